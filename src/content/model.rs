//! The kinds of content an author writes, as read from front matter.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::date::PartialDate;

/// A source cited by a page.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// What the source is called.
    pub title: String,
    /// Where to read it.
    pub url: Option<String>,
}

/// The licence under which a text may be reused, as `site.yaml` or a seed's sidecar states it.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// Its name: "Open Government Licence v3.0".
    pub name: String,
    /// Where its terms are published.
    pub url: Option<String>,
}

/// Front matter of an ordinary Markdown page. Keys accord does not know (such as `tags` from
/// another generator) are kept in `extra` and passed to templates.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct PageMeta {
    /// Page title.
    pub title: Option<String>,
    /// One-line summary for listings, search results and link previews.
    pub description: Option<String>,
    /// Publication date.
    pub date: Option<PartialDate>,
    /// Drafts are built only with `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// Template to render with instead of `page.html` or `section.html`.
    pub template: Option<String>,
    /// Replaces the last part of the page's URL.
    pub slug: Option<String>,
    /// Sort key among siblings (lower first).
    pub weight: Option<i64>,
    /// When the page was last reviewed.
    pub reviewed: Option<PartialDate>,
    /// Sources the page cites.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Warnings of `accord check` not reported for this entry (`unused-term`, ...).
    #[serde(default)]
    pub allow: Vec<String>,
    /// Every key of the front matter, known or not, for templates (`page.extra.tags`).
    #[serde(skip)]
    pub extra: BTreeMap<String, serde_yaml::Value>,
}

/// A policy theme: `content/themes/SLUG.md`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeMeta {
    /// The theme's name.
    pub title: String,
    /// One line for the home page.
    #[serde(default)]
    pub summary: String,
    /// Document section headings that belong to this theme.
    #[serde(default)]
    pub headings: Vec<String>,
    /// What changed between the documents on this theme, in the site's words (plain text,
    /// paragraphs separated by a blank line): shown with the passages set side by side.
    pub changes: Option<String>,
    /// Words and phrases that place a paragraph under no listed heading in this theme.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Phrases in which no keyword counts ("business model", "United Kingdom of Great Britain
    /// and Northern Ireland"): the longest phrase at a place wins, and these name no theme.
    #[serde(default)]
    pub not_keywords: Vec<String>,
    /// For a theme about two parties ("the UK and the EU"): words of which a paragraph must use
    /// one for this theme's keywords to count in it ("UK", "Britain"), so that a paragraph about
    /// one party alone ("the EU's fourth largest economy") is not placed here. A keyword listed
    /// here counts wherever it is used. Empty: every keyword counts on its own.
    #[serde(default)]
    pub requires: Vec<String>,
    /// Order on the home page.
    #[serde(default)]
    pub weight: i64,
    /// When the page was last reviewed.
    pub reviewed: Option<PartialDate>,
    /// Sources the page cites.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Drafts are built only with `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// Warnings of `accord check` not reported for this entry (`unused-term`, ...).
    #[serde(default)]
    pub allow: Vec<String>,
}

/// One step in an instrument's status history.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StatusEntry {
    /// When this status held or began.
    pub date: PartialDate,
    /// What the status was.
    pub status: String,
    /// Where that is said: a URL or a citation.
    pub source: Option<String>,
}

/// An agreement, treaty, protocol, platform, programme or organisation: `content/instruments/SLUG.md`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct InstrumentMeta {
    /// Full name.
    pub name: String,
    /// Abbreviation or short form.
    pub short_name: Option<String>,
    /// Every other way documents write it.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Agreement, treaty, protocol, platform, programme, organisation, ...
    #[serde(default = "default_kind")]
    pub kind: String,
    /// What it is for, in a reader's words ("Energy and climate"): the instruments index groups
    /// by it, and by `kind` when it is not given.
    pub purpose: Option<String>,
    /// Two plain sentences on what it is.
    #[serde(default)]
    pub summary: String,
    /// Who is party to it.
    #[serde(default)]
    pub parties: Vec<String>,
    /// Its status now.
    pub status: Option<String>,
    /// When that status was last confirmed.
    pub status_date: Option<PartialDate>,
    /// Its status over time, oldest first.
    #[serde(default)]
    pub history: Vec<StatusEntry>,
    /// Themes it belongs to besides those of the passages that mention it (theme slugs).
    #[serde(default)]
    pub themes: Vec<String>,
    /// When the page was last reviewed.
    pub reviewed: Option<PartialDate>,
    /// Sources the page cites.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Drafts are built only with `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// Warnings of `accord check` not reported for this entry (`unused-term`, ...).
    #[serde(default)]
    pub allow: Vec<String>,
}

fn default_kind() -> String {
    "instrument".to_string()
}

/// A glossary entry: `content/glossary/SLUG.md`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TermMeta {
    /// The term as it is usually written.
    pub term: String,
    /// Other ways documents write it.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Slugs of related glossary terms or instruments.
    #[serde(default)]
    pub see_also: Vec<String>,
    /// Sources the definition relies on.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// When the entry was last reviewed.
    pub reviewed: Option<PartialDate>,
    /// Drafts are built only with `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// Warnings of `accord check` not reported for this entry (`unused-term`, ...).
    #[serde(default)]
    pub allow: Vec<String>,
}

/// A content file read from disk: its metadata, its Markdown and where it came from.
#[derive(Debug, Clone)]
pub struct Entry<M> {
    /// The file name without `.md`: the page's URL segment or anchor.
    pub slug: String,
    /// The file, relative to the site root.
    pub source_path: PathBuf,
    /// The front matter.
    pub meta: M,
    /// The Markdown body.
    pub body: String,
    /// 1-based line of the file where the body starts, for error messages.
    pub body_line: usize,
    /// A hash of what the entry was read from (its file's path and text; for a translation,
    /// the original's hash and the translation's file too): everything above follows from it,
    /// so that the memo's keys take it in place of the entry (see [`crate::memo`]).
    pub digest: crate::memo::Key,
    /// A hash of the Markdown body alone, made once when the file is read: the key of the
    /// rendered body takes it in place of the text (see `render/bodies.rs`).
    pub body_digest: crate::memo::Key,
}

/// A policy theme.
pub type Theme = Entry<ThemeMeta>;
/// An instrument.
pub type Instrument = Entry<InstrumentMeta>;
/// A glossary term.
pub type Term = Entry<TermMeta>;

/// An ordinary page or a section's own page (`_index.md`).
#[derive(Debug, Clone)]
pub struct Page {
    /// The page's file and text.
    pub entry: Entry<PageMeta>,
    /// The URL path relative to the site root, without leading slash: `about/`, `` for the home.
    pub path: String,
    /// True for `_index.md`.
    pub is_section: bool,
}

impl Instrument {
    /// Name, short name and aliases: every way a document may write this instrument.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.meta.name.as_str())
            .chain(self.meta.short_name.as_deref())
            .chain(self.meta.aliases.iter().map(String::as_str))
    }
}

impl Term {
    /// The term and its aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.meta.term.as_str()).chain(self.meta.aliases.iter().map(String::as_str))
    }
}
