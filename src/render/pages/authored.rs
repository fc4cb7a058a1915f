//! The pages of the authors' Markdown in `content/`: their text, table of contents, sources
//! and, for a section, the pages under it.

use super::Bodies;
use crate::load::Site;
use crate::render::views::{DateView, LinkView};
use crate::theme::PageContext;

impl Site {
    pub(super) fn content_page_context<'a>(
        &'a self,
        index: usize,
        bodies: &'a Bodies,
    ) -> (&'a str, PageContext<'a>) {
        let page = &self.content.pages[index];
        let meta = &page.entry.meta;
        let rendered = &bodies.pages[index];
        let title = meta
            .title
            .clone()
            .unwrap_or_else(|| page.entry.slug.replace('-', " "));
        let mut view = self.view(
            &page.path,
            &title,
            meta.description.as_deref().unwrap_or(""),
            "",
        );
        view.section = match page.path.split('/').next() {
            Some("about") => "about",
            _ => "",
        };
        view.toc = rendered.headings.clone();
        view.reviewed = meta.reviewed.map(DateView::from);
        view.sources = self.source_views(&meta.sources);
        view.has_code = rendered.has_code;
        self.translated_from(&mut view, &page.entry.source_path);
        let mut context = PageContext::new();
        let children: Vec<LinkView> = if page.is_section {
            // Pages are in path order, so the pages under this one follow it: looking through
            // only those keeps a site of many sections from costing sections times pages.
            self.content.pages[index + 1..]
                .iter()
                .take_while(|p| p.path.starts_with(&page.path))
                .filter(|p| {
                    p.path.len() > page.path.len()
                        && p.path[page.path.len()..]
                            .trim_end_matches('/')
                            .split('/')
                            .count()
                            == 1
                })
                .map(|p| LinkView {
                    title: p
                        .entry
                        .meta
                        .title
                        .clone()
                        .unwrap_or_else(|| p.entry.slug.clone()),
                    url: self.urls.url(&p.path),
                })
                .collect()
        } else {
            Vec::new()
        };
        context.insert_html("content_html", &rendered.html, rendered.digest);
        context.insert("children", children);
        context.insert("extra", &meta.extra);
        context.insert("date", meta.date.map(DateView::from));
        context.insert("page", view);
        let template = match &meta.template {
            Some(template) => template.as_str(),
            None if page.is_section => "section.html",
            None => "page.html",
        };
        (template, context)
    }
}
