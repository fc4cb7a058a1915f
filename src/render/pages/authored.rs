//! The pages of the authors' Markdown in `content/`: their text, table of contents, sources
//! and, for a section, the pages under it.

use super::Bodies;
use crate::content::Page;
use crate::load::Site;
use crate::memo::Key;
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
        let children: Vec<LinkView> = self
            .children_of(index)
            .map(|p| LinkView {
                title: p
                    .entry
                    .meta
                    .title
                    .clone()
                    .unwrap_or_else(|| p.entry.slug.clone()),
                url: self.urls.url(&p.path),
            })
            .collect();
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

    /// The pages listed on the content page `index`: for a section, the pages right under it;
    /// for any other page, none.
    fn children_of(&self, index: usize) -> impl Iterator<Item = &Page> {
        let page = &self.content.pages[index];
        let under = if page.is_section {
            &self.content.pages[index + 1..]
        } else {
            &[]
        };
        // Pages are in path order, so the pages under this one follow it: looking through
        // only those keeps a site of many sections from costing sections times pages.
        under
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
    }

    /// A hash of everything [`Site::content_page_context`] reads to make the page `index`,
    /// and so of the page itself with the templates: the page's file, its rendered body, the
    /// files of the pages it lists and what every page shares ([`Site::shared_digest`]).
    /// Hashing these rather than the context lets a `serve` session take an unchanged page
    /// from its memo without making the context at all. `None` for a site in several
    /// languages, whose pages also read their translations: those are keyed by their context.
    pub(super) fn content_page_inputs(&self, index: usize, bodies: &Bodies) -> Option<Key> {
        if !self.config.languages.is_empty() || self.default_language.is_some() {
            return None;
        }
        let page = &self.content.pages[index];
        Some(Key::of("content page inputs", |h| {
            h.add(&self.shared_digest(bodies));
            h.add(&page.entry.digest);
            h.add(&page.path);
            h.add(&page.is_section);
            h.add(&bodies.pages[index].digest);
            for child in self.children_of(index) {
                h.add(&child.entry.digest);
                h.add(&child.path);
            }
        }))
    }
}
