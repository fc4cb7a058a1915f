//! The values every template sees: the site's settings, its main navigation and the URLs of
//! its assets.

use crate::load::Site;
use crate::render::views::LinkView;

impl Site {
    /// Gives the templates the values every page sees (`site`, with the menu, and `assets`).
    pub fn set_globals(&mut self) {
        let language = self.language();
        let menu: Vec<LinkView> = if self.config.menu.is_empty() {
            let mut menu = vec![
                ("documents", "documents/"),
                ("themes", "themes/"),
                ("instruments", "instruments/"),
                ("glossary", "glossary/"),
                ("timeline", "timeline/"),
            ];
            if self.content.page_at("about/").is_some() {
                menu.push(("about", "about/"));
            }
            menu.into_iter()
                .map(|(key, path)| LinkView {
                    title: self.text(language, key).to_string(),
                    url: self.urls.url(path),
                })
                .collect()
        } else {
            self.config
                .menu
                .iter()
                .map(|item| LinkView {
                    title: item.title.clone(),
                    url: if item.url.contains("://") {
                        item.url.clone()
                    } else {
                        self.urls.url(&item.url)
                    },
                })
                .collect()
        };
        let site = serde_json::json!({
            "title": self.config.title,
            "description": self.config.description,
            "language": self.config.language,
            "base_url": self.urls.base,
            "root_url": self.urls.url(""),
            "publisher": self.config.publisher,
            "report_url": self.config.report_url,
            "extra": self.config.extra,
            "menu": menu,
        });
        let assets = serde_json::json!({
            "stylesheet": self.urls.asset("style.css"),
            "script": self.urls.asset("accord.js"),
            "syntax_css": self.urls.asset("syntax.css"),
            "favicon": self.urls.asset("favicon.svg"),
            "search_url": self.urls.url("search/"),
            "search_script": self.urls.asset(&format!("{}pagefind.js", crate::urls::SEARCH_FOLDER)),
        });
        self.templates.set_global("site", &site);
        self.templates.set_global("assets", &assets);
    }
}
