//! What templates see: plain serialisable views of documents, themes, instruments and terms.
//!
//! Views hold finished strings (URLs made by [`Urls`], escaped HTML where a field says `html`),
//! so templates only lay them out.

use serde::Serialize;

use super::escape::{escaped, push_escaped};
use crate::content::Source;
use crate::date::PartialDate;
use crate::link::{Mention, Place, Target};
use crate::load::Site;

/// A date as templates show it.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    /// `2025-12-12`, for `<time datetime>`.
    pub iso: String,
    /// `12 December 2025`, in English: themes show `date | date`, in the page's language.
    pub display: String,
    /// The date as a document words it ("late 2025"), shown as it is by the filter `date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub written: Option<String>,
}

impl From<PartialDate> for DateView {
    fn from(date: PartialDate) -> Self {
        DateView {
            iso: date.iso(),
            display: date.to_string(),
            written: None,
        }
    }
}

/// A link: text and URL.
#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    /// The link text.
    pub title: String,
    /// Where it leads.
    pub url: String,
}

/// A quoted passage that links back to its paragraph.
#[derive(Debug, Clone, Serialize)]
pub struct PassageView {
    /// The quoted text, escaped, with mentions linked.
    pub html: String,
    /// The paragraph's URL with its anchor.
    pub url: String,
    /// The document's title.
    pub document: String,
    /// The document's URL.
    pub document_url: String,
    /// The document's date.
    pub date: Option<DateView>,
    /// The section heading the passage is under.
    pub section: Option<String>,
    /// The paragraph's anchor id.
    pub anchor: String,
    /// The language of the quoted text, when it is not the page's (see [`Site::text_language`]).
    pub language: Option<String>,
}

pub use crate::urls::paths;

impl Site {
    /// The URL a mention target links to.
    pub fn target_url(&self, target: Target) -> String {
        match target {
            Target::Instrument(i) => self
                .urls
                .url(&paths::instrument(&self.content.instruments[i].slug)),
            Target::Term(t) => self.urls.url(&paths::term(&self.content.glossary[t].slug)),
        }
    }

    /// The URL of a paragraph: its document page and anchor.
    pub fn place_url(&self, place: Place) -> String {
        let document = &self.documents[place.document];
        let paragraph = &document.sections[place.section].paragraphs[place.paragraph];
        format!(
            "{}#{}",
            self.urls.url(&paths::document(&document.slug)),
            paragraph.id
        )
    }

    /// A paragraph's text as HTML: escaped, with the names the linker chose to link as links.
    pub fn paragraph_html(&self, place: Place) -> String {
        let text = &self.documents[place.document].sections[place.section].paragraphs
            [place.paragraph]
            .text;
        let links = self.graph.at(place);
        let mut html = String::with_capacity(text.len() + 64 * links.names.len());
        let mut cursor = 0;
        for name in links.names.iter().filter(|n| n.linked) {
            push_escaped(&mut html, &text[cursor..name.found.start]);
            let target = name.found.targets[0];
            let (class, preview) = match target {
                Target::Instrument(i) => (
                    "mention mention-instrument",
                    format!("instrument-{}", self.content.instruments[i].slug),
                ),
                Target::Term(t) => (
                    "mention mention-term",
                    format!("term-{}", self.content.glossary[t].slug),
                ),
            };
            html.push_str(&format!(
                "<a class=\"{class}\" href=\"{}\" data-preview=\"{}\">",
                escaped(&self.target_url(target)),
                escaped(&preview)
            ));
            push_escaped(&mut html, &text[name.found.start..name.found.end]);
            html.push_str("</a>");
            cursor = name.found.end;
        }
        push_escaped(&mut html, &text[cursor..]);
        html
    }

    /// A passage quoting a whole paragraph.
    pub fn passage(&self, place: Place) -> PassageView {
        self.passage_with(place, self.paragraph_html(place))
    }

    /// A passage quoting the sentence of a mention.
    pub fn mention_passage(&self, mention: &Mention) -> PassageView {
        let text = &self.documents[mention.place.document].sections[mention.place.section]
            .paragraphs[mention.place.paragraph]
            .text;
        let (start, end) = mention.sentence;
        self.passage_with(mention.place, escaped(text[start..end].trim()))
    }

    fn passage_with(&self, place: Place, html: String) -> PassageView {
        let document = &self.documents[place.document];
        let section = &document.sections[place.section];
        PassageView {
            html,
            url: self.place_url(place),
            document: document.title.clone(),
            document_url: self.urls.url(&paths::document(&document.slug)),
            date: document.date.map(DateView::from),
            section: section.heading.clone(),
            anchor: section.paragraphs[place.paragraph].id.clone(),
            language: self
                .text_language(document)
                .and_then(|l| l["code"].as_str().map(str::to_string)),
        }
    }

    /// Links to themes, by index.
    pub fn theme_links(&self, themes: impl IntoIterator<Item = usize>) -> Vec<LinkView> {
        themes
            .into_iter()
            .map(|t| {
                let theme = &self.content.themes[t];
                LinkView {
                    title: theme.meta.title.clone(),
                    url: self.urls.url(&paths::theme(&theme.slug)),
                }
            })
            .collect()
    }

    /// Links to instruments, by index.
    pub fn instrument_links(&self, instruments: impl IntoIterator<Item = usize>) -> Vec<LinkView> {
        instruments
            .into_iter()
            .map(|i| {
                let instrument = &self.content.instruments[i];
                LinkView {
                    title: instrument.meta.name.clone(),
                    url: self.urls.url(&paths::instrument(&instrument.slug)),
                }
            })
            .collect()
    }

    /// Sources with their URLs kept only when they are web addresses.
    pub fn source_views(&self, sources: &[Source]) -> Vec<Source> {
        sources
            .iter()
            .map(|s| Source {
                title: s.title.clone(),
                url: s
                    .url
                    .clone()
                    .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
            })
            .collect()
    }
}
