//! The pages of a site and the context each template gets.
//!
//! Long lists (documents, passages, mentions, timeline events) are split into pages of
//! [`super::paginate::PER_PAGE`] items, so that no page grows without bound.

mod authored;
mod changes;
mod document;
mod glossary;
mod lists;
mod promises;
mod timeline;
mod topics;

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use super::markdown::{Heading, Rendered};
use super::paginate::{page_count, page_path, pager, Pager, PER_PAGE, TIMELINE_PER_PAGE};
use super::views::{paths, DateView, LinkView};
use crate::content::Source;
use crate::error::Result;
use crate::load::Site;
use crate::memo::Key;
use crate::theme::PageContext;
pub(crate) use lists::name_key;
pub(crate) use timeline::TimelineEvent;

/// Rendered Markdown bodies of the build's content, by kind and index.
#[derive(Debug, Default)]
pub struct Bodies {
    /// Content pages, by index in `Content::pages`.
    pub pages: Vec<Arc<Rendered>>,
    /// Themes.
    pub themes: Vec<Arc<Rendered>>,
    /// Instruments.
    pub instruments: Vec<Arc<Rendered>>,
    /// Glossary terms.
    pub glossary: Vec<Arc<Rendered>>,
    /// Seed provenance notes, by document.
    pub provenance: Vec<Option<Arc<Rendered>>>,
    /// Documents newest first (undated last), computed once per build for every list page.
    pub newest_first: std::sync::OnceLock<Vec<usize>>,
    /// Timeline events in date order, computed once per build for every timeline page.
    pub timeline: std::sync::OnceLock<Vec<TimelineEvent>>,
    /// The documents' commitments less the hidden ones, found once per build.
    pub commitments: std::sync::OnceLock<Vec<crate::link::Mention>>,
    /// [`Site::shared_digest`], computed once per build.
    pub shared_digest: std::sync::OnceLock<Key>,
}

impl Bodies {
    /// Every rendered Markdown body of the build: pages, themes, instruments, terms, notes.
    pub fn all(&self) -> impl Iterator<Item = &Rendered> {
        self.pages
            .iter()
            .chain(&self.themes)
            .chain(&self.instruments)
            .chain(&self.glossary)
            .chain(self.provenance.iter().flatten())
            .map(|rendered| &**rendered)
    }
}

/// One page to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// The home page.
    Home,
    /// A page of the list of documents (1-based page number).
    Documents(usize),
    /// One document.
    Document(usize),
    /// The list of themes.
    Themes,
    /// A page of one theme: (theme, page number).
    Theme(usize, usize),
    /// The list of instruments.
    Instruments,
    /// A page of one instrument: (instrument, page number).
    Instrument(usize, usize),
    /// The glossary.
    Glossary,
    /// A page of the timeline.
    Timeline(usize),
    /// A page of the uses of a glossary term too often used to list on the glossary:
    /// (term, page number).
    TermUses(usize, usize),
    /// The search page.
    Search,
    /// The page describing the open data downloads.
    Data,
    /// Each theme's passages compared across the documents.
    Changes,
    /// The commitments the documents make.
    Promises,
    /// An authored content page.
    Content(usize),
    /// The "page not found" page.
    NotFound,
}

/// What every template gets as `page`.
#[derive(Debug, Serialize)]
pub(crate) struct PageView {
    title: String,
    description: String,
    /// Path relative to the site root (`themes/x/`); `404.html` for the 404 page.
    path: String,
    url: String,
    canonical: String,
    /// Which main navigation entry is current.
    section: &'static str,
    breadcrumbs: Vec<LinkView>,
    toc: Vec<Heading>,
    reviewed: Option<DateView>,
    sources: Vec<Source>,
    has_code: bool,
    /// The accessibility statement's URL, when the site has `content/accessibility.md`.
    accessibility_url: Option<String>,
    /// Where this page sits in a list split into pages.
    pager: Option<Pager>,
    /// The Atom feed that follows the page's instrument, theme or term.
    feed: Option<LinkView>,
    /// schema.org JSON-LD describing the page's subject, safe inside a `<script>` element.
    json_ld: Option<String>,
    /// The page in each of the site's languages (empty for a site in one language).
    translations: Vec<crate::languages::Alternate>,
    /// Whether the page shows an entry not translated into its language yet (its text is the
    /// default language's), with the URL of the original.
    not_translated: bool,
    /// The default language's tag and the page's URL in it, when `not_translated`.
    original: Option<crate::languages::Alternate>,
}

/// A document in a list.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct DocumentSummary {
    title: String,
    url: String,
    kind: String,
    publisher: Option<String>,
    date: Option<DateView>,
    summary: String,
}

/// How many passages a theme page links for each instrument (the instrument's page has them all).
const PLACES_SHOWN: usize = 5;

impl Site {
    /// Every page the site has, with the output file each is written to.
    pub fn page_list(&self) -> &[(PageKind, String)] {
        self.listed_pages.get_or_init(|| self.make_page_list())
    }

    /// [`Site::page_list`], made anew.
    pub(crate) fn make_page_list(&self) -> Vec<(PageKind, String)> {
        // Each language's pages are in its folder (`fr/`), the default language's at the root.
        let file = |path: String| self.urls.file(&path);
        let mut list = vec![
            (PageKind::Home, file(String::new())),
            (PageKind::Themes, file("themes/".into())),
            (PageKind::Instruments, file("instruments/".into())),
            (PageKind::Glossary, file("glossary/".into())),
            (PageKind::Search, file("search/".into())),
            (PageKind::Data, file(super::data::DATA_PATH.into())),
            (PageKind::Changes, file(changes::CHANGES_PATH.into())),
            (PageKind::Promises, file(promises::PROMISES_PATH.into())),
            (PageKind::NotFound, self.urls.other_file("404.html")),
        ];
        for number in 1..=page_count(self.documents.len(), PER_PAGE) {
            list.push((
                PageKind::Documents(number),
                file(page_path("documents/", number)),
            ));
        }
        for number in 1..=page_count(self.timeline_length(), TIMELINE_PER_PAGE) {
            list.push((
                PageKind::Timeline(number),
                file(page_path("timeline/", number)),
            ));
        }
        for (i, document) in self.documents.iter().enumerate() {
            list.push((PageKind::Document(i), file(paths::document(&document.slug))));
        }
        for (i, theme) in self.content.themes.iter().enumerate() {
            for number in 1..=page_count(self.graph.theme_passages[i].len(), PER_PAGE) {
                list.push((
                    PageKind::Theme(i, number),
                    file(page_path(&paths::theme(&theme.slug), number)),
                ));
            }
        }
        for (i, instrument) in self.content.instruments.iter().enumerate() {
            for number in 1..=page_count(self.graph.instrument_mentions[i].len(), PER_PAGE) {
                list.push((
                    PageKind::Instrument(i, number),
                    file(page_path(&paths::instrument(&instrument.slug), number)),
                ));
            }
        }
        for (i, term) in self.content.glossary.iter().enumerate() {
            let uses = self.graph.term_mentions[i].len();
            if uses > glossary::USES_SHOWN && self.instrument_named_by(term).is_none() {
                for number in 1..=page_count(uses, PER_PAGE) {
                    list.push((
                        PageKind::TermUses(i, number),
                        file(page_path(&glossary::uses_path(&term.slug), number)),
                    ));
                }
            }
        }
        let generated: rustc_hash::FxHashSet<String> =
            list.iter().map(|(_, file)| file.clone()).collect();
        for (index, page) in self.content.pages.iter().enumerate() {
            let file = file(page.path.clone());
            // Section intros of generated lists (`content/themes/_index.md`) are shown on those lists.
            if !generated.contains(&file) {
                list.push((PageKind::Content(index), file));
            }
        }
        list
    }

    /// A hash of everything a page's context may read, short of the content: the site's
    /// settings and addresses, the templates with the values every template sees and the
    /// interface strings ([`Templates::digest`]), and whether the site has an accessibility
    /// statement (linked from every page).
    ///
    /// [`Templates::digest`]: crate::theme::Templates::digest
    pub(crate) fn shared_digest(&self, bodies: &Bodies) -> Key {
        *bodies.shared_digest.get_or_init(|| {
            Key::of("shared by every page", |h| {
                h.add_serialized(&self.config);
                h.add_serialized(&self.urls);
                h.add(&self.urls.language_folder);
                h.add(&self.default_language);
                h.add(&self.templates.digest());
                h.add(&self.content.page_at("accessibility/").is_some());
            })
        })
    }

    /// A hash of everything the page `kind` is made from, when it can be found without making
    /// the page's context (a content page of a site in one language: see
    /// [`Site::content_page_inputs`]); `None` when the page is keyed by its context
    /// ([`PageContext::key`]).
    pub fn page_inputs(&self, kind: PageKind, bodies: &Bodies) -> Option<Key> {
        match kind {
            PageKind::Content(index) => self.content_page_inputs(index, bodies),
            _ => None,
        }
    }

    /// Renders one page to HTML.
    pub fn render_page(&self, kind: PageKind, bodies: &Bodies) -> Result<String> {
        let (template, context) = self.page_context(kind, bodies);
        self.templates.render(template, context)
    }

    /// The template that renders a page, and what it gets.
    pub fn page_context<'a>(
        &'a self,
        kind: PageKind,
        bodies: &'a Bodies,
    ) -> (&'a str, PageContext<'a>) {
        let mut context = PageContext::new();
        let (template, mut view) = match kind {
            PageKind::Home => ("home.html", self.home_context(bodies, &mut context)),
            PageKind::Documents(number) => (
                "documents.html",
                self.documents_context(number, bodies, &mut context),
            ),
            PageKind::Document(d) => (
                "document.html",
                self.document_context(d, bodies, &mut context),
            ),
            PageKind::Themes => ("themes.html", self.themes_context(&mut context)),
            PageKind::Theme(t, number) => (
                "theme.html",
                self.theme_context(t, number, bodies, &mut context),
            ),
            PageKind::Instruments => ("instruments.html", self.instruments_context(&mut context)),
            PageKind::Instrument(i, number) => (
                "instrument.html",
                self.instrument_context(i, number, bodies, &mut context),
            ),
            PageKind::Glossary => ("glossary.html", self.glossary_context(bodies, &mut context)),
            PageKind::TermUses(t, number) => (
                "term_uses.html",
                self.term_uses_context(t, number, bodies, &mut context),
            ),
            PageKind::Timeline(number) => (
                "timeline.html",
                self.timeline_context(number, bodies, &mut context),
            ),
            PageKind::Search => (
                "search.html",
                self.view(
                    "search/",
                    self.text(self.language(), "search"),
                    self.text(self.language(), "search_description"),
                    "search",
                ),
            ),
            PageKind::Changes => ("changes.html", self.changes_context(&mut context)),
            PageKind::Promises => ("promises.html", self.promises_context(bodies, &mut context)),
            PageKind::NotFound => (
                "404.html",
                self.view(
                    "404.html",
                    self.text(self.language(), "not_found_title"),
                    "",
                    "",
                ),
            ),
            PageKind::Data => {
                context.insert("content_html", self.data_page_html());
                (
                    "page.html",
                    self.view(
                        super::data::DATA_PATH,
                        self.text(self.language(), "open_data"),
                        self.text(self.language(), "open_data_description"),
                        "",
                    ),
                )
            }
            PageKind::Content(p) => return self.content_page_context(p, bodies),
        };
        context.insert("page_number", view.pager.as_ref().map_or(1, |p| p.current));
        // A generated page whose introduction is a content page is translated with it.
        if !self.config.languages.is_empty() && view.path != "404.html" {
            if let Some(page) = self.content.page_at(&view.path) {
                self.translated_from(&mut view, &page.entry.source_path);
            }
        }
        view.has_code |= self.intro(&view.path, bodies, &mut context);
        // A generated list whose introduction is a content page cites that page's sources.
        if let Some(page) = self
            .content
            .page_at(&view.path)
            .filter(|_| view.sources.is_empty() && view.path != "404.html")
        {
            view.sources = self.source_views(&page.entry.meta.sources);
            view.reviewed = page.entry.meta.reviewed.map(DateView::from);
        }
        context.insert("page", view);
        (template, context)
    }

    /// Gives a generated page at `path` its introduction, the section page at the same path
    /// (`content/themes/_index.md`), if there is one; returns whether that has code.
    fn intro<'a>(&self, path: &str, bodies: &'a Bodies, context: &mut PageContext<'a>) -> bool {
        let lookup = if path == "404.html" {
            None
        } else {
            self.content.page_index(path)
        };
        if let Some(index) = lookup {
            let intro = &bodies.pages[index];
            context.insert_html("intro_html", &intro.html, intro.digest);
            return intro.has_code;
        }
        false
    }

    pub(crate) fn view(
        &self,
        path: &str,
        title: &str,
        description: &str,
        section: &'static str,
    ) -> PageView {
        let language = self.language();
        let mut breadcrumbs = vec![LinkView {
            title: self.text(language, "home").into(),
            url: self.urls.url(""),
        }];
        let parent = match section {
            "documents" => Some(("documents", "documents/")),
            "themes" => Some(("themes", "themes/")),
            "instruments" => Some(("instruments", "instruments/")),
            _ => None,
        };
        if let Some((key, parent_path)) = parent {
            if parent_path != path {
                breadcrumbs.push(LinkView {
                    title: self.text(language, key).into(),
                    url: self.urls.url(parent_path),
                });
            }
        }
        if path.is_empty() {
            breadcrumbs.clear();
        }
        PageView {
            title: title.to_string(),
            description: description.to_string(),
            path: path.to_string(),
            url: self.urls.url(path),
            canonical: self.urls.absolute(path),
            section,
            breadcrumbs,
            toc: Vec::new(),
            reviewed: None,
            sources: Vec::new(),
            has_code: false,
            accessibility_url: self
                .content
                .page_at("accessibility/")
                .map(|_| self.urls.url("accessibility/")),
            pager: None,
            feed: None,
            json_ld: None,
            translations: self.alternates(path, None),
            not_translated: false,
            original: None,
        }
    }

    /// Marks `view` as showing the content read from `source`: its alternates say which
    /// languages have it translated, and a page of an untranslated entry says so.
    fn translated_from(&self, view: &mut PageView, source: &std::path::Path) {
        if self.config.languages.is_empty() {
            return;
        }
        view.translations = self.alternates(&view.path, Some(source));
        if !self.content.is_translated(source) {
            view.not_translated = true;
            view.original = view.translations.first().cloned();
        }
    }

    /// The feed of an instrument, theme or term (see [`super::feed::subject_feeds`]), for the
    /// page's `<link rel="alternate">` and its "follow" link.
    fn feed_link(&self, section: &str, slug: &str, name: &str) -> LinkView {
        LinkView {
            title: self.text_with(self.language(), "follow_title", &[("name", name)]),
            url: self.urls.url(&super::feed::feed_path(section, slug)),
        }
    }

    pub(crate) fn document_summary(&self, index: usize) -> DocumentSummary {
        let document = &self.documents[index];
        let summary = document.summary.clone();
        DocumentSummary {
            title: document.title.clone(),
            url: self.urls.url(&paths::document(&document.slug)),
            kind: document.kind.clone(),
            publisher: document.publisher.clone(),
            date: document.date.map(DateView::from),
            summary,
        }
    }

    /// The pager of page `number` of a list of `count` items at `base`, in the page's language.
    fn pager(&self, base: &str, count: usize, number: usize, per_page: usize) -> Option<Pager> {
        let title = |number: usize, total: usize| {
            let (number, total) = (number.to_string(), total.to_string());
            self.text_with(
                self.language(),
                "pager_page_of",
                &[("number", &number), ("total", &total)],
            )
        };
        pager(base, count, number, per_page, |p| self.urls.url(p), title)
    }

    /// The number of the paragraph at `place` as its document's page numbers it: straight
    /// through the document, not within its section.
    pub(crate) fn paragraph_number(&self, place: crate::link::Place) -> String {
        let document = &self.documents[place.document];
        let id = &document.sections[place.section].paragraphs[place.paragraph].id;
        match id.strip_prefix("p-") {
            Some(number) => number.to_string(),
            None => (place.paragraph + 1).to_string(),
        }
    }

    /// Renders every page in parallel; returns (output file, HTML) pairs in page-list order.
    pub fn render_all(&self, bodies: &Bodies) -> Result<Vec<(String, String)>> {
        self.page_list()
            .par_iter()
            .map(|(kind, file)| {
                self.render_page(*kind, bodies)
                    .map(|html| (file.clone(), html))
            })
            .collect()
    }
}

pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Keys ordered by descending count, then by index.
pub(crate) fn ranked(counts: &BTreeMap<usize, usize>) -> Vec<usize> {
    let mut list: Vec<(usize, usize)> = counts.iter().map(|(&k, &v)| (k, v)).collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list.into_iter().map(|(k, _)| k).collect()
}
