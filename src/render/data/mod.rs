//! Open data: the structure a build finds, as JSON and CSV files under `data/`, with a JSON
//! Schema for each JSON file, and the page at `data/` that describes them.
//!
//! Every data set is a flat table: one field list drives the JSON records, the CSV columns, the
//! schema and the page, so that the four can never disagree. Lists (themes, aliases) are JSON
//! arrays and, in CSV, one cell with the items joined by [`LIST_SEPARATOR`].

mod format;
mod page;

pub use format::cell_text;

use serde_json::Value;

use super::feed::feed_path;
use super::views::paths;
use crate::content::model::Licence;
use crate::date::PartialDate;
use crate::link::{Mention, Target};
use crate::load::Site;

/// Where the data files and their page are, relative to the site root.
pub const DATA_PATH: &str = "data/";

/// How many characters of a mention's sentence the data keeps: a paragraph of megabytes with no
/// sentence end would otherwise be copied whole into every one of its mentions.
const SENTENCE_LIMIT: usize = 2000;

/// What joins the items of a list in one CSV cell.
pub const LIST_SEPARATOR: &str = "; ";

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// Text, always present.
    Text,
    /// Text or null (an empty CSV cell).
    OptionalText,
    /// A date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null.
    OptionalDate,
    /// An address, always present.
    Url,
    /// An address or null.
    OptionalUrl,
    /// A whole number from 0.
    Count,
    /// A list of texts.
    List,
}

/// One field of a data set.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The JSON key and CSV column name.
    pub name: &'static str,
    /// What it holds.
    pub kind: FieldKind,
    /// The interface string that says what it means (`data_about_...`), for the schema (in the
    /// site's default language) and the downloads page (in the page's).
    pub about: &'static str,
}

/// One table of the open data.
#[derive(Debug)]
pub struct Dataset {
    /// The files' name without extension: `documents` gives `documents.json`, `documents.csv`
    /// and `documents.schema.json`.
    pub name: &'static str,
    /// The interface string that says what one record is (`data_set_...`).
    pub about: &'static str,
    /// The fields, in column order.
    pub fields: &'static [Field],
    /// The records, each with one value per field.
    pub records: Vec<Vec<Value>>,
}

const fn field(name: &'static str, kind: FieldKind, about: &'static str) -> Field {
    Field { name, kind, about }
}

use FieldKind::{Count, List, OptionalDate, OptionalText, OptionalUrl, Text, Url};

const DOCUMENT_FIELDS: &[Field] = &[
    field("slug", Text, "data_about_document_slug"),
    field("title", Text, "data_about_title"),
    field("kind", Text, "data_about_document_kind"),
    field("publisher", OptionalText, "data_about_publisher"),
    field("date", OptionalDate, "data_about_issued"),
    field("url", Url, "data_about_page"),
    field("source_file", Text, "data_about_source_file"),
    field("source_url", OptionalUrl, "data_about_source_url"),
    field("original_title", OptionalText, "data_about_original_title"),
    field(
        "original_publisher",
        OptionalText,
        "data_about_original_publisher",
    ),
    field("original_url", OptionalUrl, "data_about_original_url"),
    field("original_date", OptionalDate, "data_about_original_date"),
    field("licence", OptionalText, "data_about_licence"),
    field("licence_url", OptionalUrl, "data_about_licence_url"),
    field("provenance", OptionalText, "data_about_provenance"),
    field("paragraphs", Count, "data_about_paragraph_count"),
];

const PARAGRAPH_FIELDS: &[Field] = &[
    field("document", Text, "data_about_document_ref"),
    field("id", Text, "data_about_paragraph_anchor"),
    field("number", Count, "data_about_paragraph_number"),
    field("url", Url, "data_about_paragraph_url"),
    field("date", OptionalDate, "data_about_document_date"),
    field("section", OptionalText, "data_about_section"),
    field("themes", List, "data_about_paragraph_themes"),
    field("text", Text, "data_about_text"),
];

const MENTION_FIELDS: &[Field] = &[
    field("kind", Text, "data_about_mention_kind"),
    field("target", Text, "data_about_target"),
    field("target_url", Url, "data_about_target_url"),
    field("document", Text, "data_about_document_ref"),
    field("paragraph", Text, "data_about_paragraph_ref"),
    field("paragraph_url", Url, "data_about_paragraph_address"),
    field("sentence", Text, "data_about_sentence"),
];

const INSTRUMENT_FIELDS: &[Field] = &[
    field("slug", Text, "data_about_instrument_slug"),
    field("name", Text, "data_about_name"),
    field("short_name", OptionalText, "data_about_short_name"),
    field("aliases", List, "data_about_aliases"),
    field("kind", Text, "data_about_instrument_kind"),
    field("purpose", OptionalText, "data_about_purpose"),
    field("summary", Text, "data_about_instrument_summary"),
    field("parties", List, "data_about_parties"),
    field("status", OptionalText, "data_about_status"),
    field("status_date", OptionalDate, "data_about_status_date"),
    field("themes", List, "data_about_instrument_themes"),
    field("url", Url, "data_about_page"),
    field("feed_url", Url, "data_about_instrument_feed"),
    field("mentions", Count, "data_about_mention_count"),
];

const STATUS_FIELDS: &[Field] = &[
    field("instrument", Text, "data_about_instrument_ref"),
    field("date", OptionalDate, "data_about_status_step_date"),
    field("status", Text, "data_about_status_step"),
    field("source", OptionalText, "data_about_status_source"),
];

const THEME_FIELDS: &[Field] = &[
    field("slug", Text, "data_about_theme_slug"),
    field("title", Text, "data_about_theme_title"),
    field("summary", Text, "data_about_theme_summary"),
    field("url", Url, "data_about_page"),
    field("feed_url", Url, "data_about_theme_feed"),
    field("passages", Count, "data_about_passage_count"),
    field("instruments", List, "data_about_theme_instruments"),
];

const TERM_FIELDS: &[Field] = &[
    field("slug", Text, "data_about_term_slug"),
    field("term", Text, "data_about_term"),
    field("aliases", List, "data_about_aliases"),
    field("see_also", List, "data_about_see_also"),
    field("url", Url, "data_about_term_url"),
    field("feed_url", Url, "data_about_term_feed"),
    field("uses", Count, "data_about_use_count"),
    field("definition", Text, "data_about_definition"),
];

fn text(value: &str) -> Value {
    Value::String(value.to_string())
}

fn optional(value: Option<&str>) -> Value {
    value.map_or(Value::Null, text)
}

fn date(value: Option<PartialDate>) -> Value {
    value.map_or(Value::Null, |d| Value::String(d.iso()))
}

fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> Value {
    Value::Array(items.into_iter().map(text).collect())
}

fn count(n: usize) -> Value {
    Value::from(n)
}

impl Site {
    /// Every data set of the open data, in the order the downloads page lists them.
    pub fn datasets(&self) -> Vec<Dataset> {
        vec![
            Dataset {
                name: "documents",
                about: "data_set_documents",
                fields: DOCUMENT_FIELDS,
                records: self.document_records(),
            },
            Dataset {
                name: "paragraphs",
                about: "data_set_paragraphs",
                fields: PARAGRAPH_FIELDS,
                records: self.paragraph_records(),
            },
            Dataset {
                name: "mentions",
                about: "data_set_mentions",
                fields: MENTION_FIELDS,
                records: self.mention_records(),
            },
            Dataset {
                name: "instruments",
                about: "data_set_instruments",
                fields: INSTRUMENT_FIELDS,
                records: self.instrument_records(),
            },
            Dataset {
                name: "instrument-status",
                about: "data_set_instrument_status",
                fields: STATUS_FIELDS,
                records: self.status_records(),
            },
            Dataset {
                name: "themes",
                about: "data_set_themes",
                fields: THEME_FIELDS,
                records: self.theme_records(),
            },
            Dataset {
                name: "glossary",
                about: "data_set_glossary",
                fields: TERM_FIELDS,
                records: self.term_records(),
            },
        ]
    }

    fn document_records(&self) -> Vec<Vec<Value>> {
        self.documents
            .iter()
            .map(|d| {
                let original = d.original.as_ref();
                let licence: Option<&Licence> = d.licence.as_ref();
                vec![
                    text(&d.slug),
                    text(&d.title),
                    text(&d.kind),
                    optional(d.publisher.as_deref()),
                    date(d.date),
                    text(&self.urls.absolute(&paths::document(&d.slug))),
                    text(&d.source_path.to_string_lossy().replace('\\', "/")),
                    optional(d.source_url.as_deref()),
                    optional(original.map(|o| o.title.as_str())),
                    optional(original.and_then(|o| o.publisher.as_deref())),
                    optional(original.and_then(|o| o.url.as_deref())),
                    date(original.and_then(|o| o.date)),
                    optional(licence.map(|l| l.name.as_str())),
                    optional(licence.and_then(|l| l.url.as_deref())),
                    optional(d.provenance.as_deref().map(str::trim)),
                    count(d.paragraphs().count()),
                ]
            })
            .collect()
    }

    fn paragraph_records(&self) -> Vec<Vec<Value>> {
        let mut records = Vec::new();
        for (d, document) in self.documents.iter().enumerate() {
            let page = self.urls.absolute(&paths::document(&document.slug));
            let mut number = 0;
            for (s, section) in document.sections.iter().enumerate() {
                for (p, paragraph) in section.paragraphs.iter().enumerate() {
                    number += 1;
                    let themes = &self.graph.paragraphs[d][s][p].themes;
                    records.push(vec![
                        text(&document.slug),
                        text(&paragraph.id),
                        count(number),
                        text(&format!("{page}#{}", paragraph.id)),
                        date(document.date),
                        optional(section.heading.as_deref()),
                        list(themes.iter().map(|&t| self.content.themes[t].slug.as_str())),
                        text(&paragraph.text),
                    ]);
                }
            }
        }
        records
    }

    fn mention_records(&self) -> Vec<Vec<Value>> {
        let mut mentions: Vec<(Target, &Mention)> = Vec::new();
        for (i, list) in self.graph.instrument_mentions.iter().enumerate() {
            mentions.extend(list.iter().map(|m| (Target::Instrument(i), m)));
        }
        for (t, list) in self.graph.term_mentions.iter().enumerate() {
            mentions.extend(list.iter().map(|m| (Target::Term(t), m)));
        }
        // In reading order: by paragraph, then sentence; instruments before terms in a sentence.
        mentions.sort_by_key(|(target, m)| (m.place, m.sentence, target_order(*target)));
        mentions
            .into_iter()
            .map(|(target, mention)| {
                let place = mention.place;
                let document = &self.documents[place.document];
                let paragraph = &document.sections[place.section].paragraphs[place.paragraph];
                let (kind, slug, path) = match target {
                    Target::Instrument(i) => {
                        let slug = &self.content.instruments[i].slug;
                        ("instrument", slug, paths::instrument(slug))
                    }
                    Target::Term(t) => {
                        let slug = &self.content.glossary[t].slug;
                        ("term", slug, paths::term(slug))
                    }
                };
                let (start, end) = mention.sentence;
                let sentence = paragraph.text.get(start..end).unwrap_or("");
                vec![
                    text(kind),
                    text(slug),
                    text(&self.urls.absolute(&path)),
                    text(&document.slug),
                    text(&paragraph.id),
                    text(&format!(
                        "{}#{}",
                        self.urls.absolute(&paths::document(&document.slug)),
                        paragraph.id
                    )),
                    text(&super::feed::cut(sentence.trim(), SENTENCE_LIMIT)),
                ]
            })
            .collect()
    }

    fn instrument_records(&self) -> Vec<Vec<Value>> {
        self.content
            .instruments
            .iter()
            .enumerate()
            .map(|(i, instrument)| {
                let meta = &instrument.meta;
                let themes = self.graph.instrument_themes[i]
                    .iter()
                    .map(|&t| self.content.themes[t].slug.as_str());
                vec![
                    text(&instrument.slug),
                    text(&meta.name),
                    optional(meta.short_name.as_deref()),
                    list(meta.aliases.iter().map(String::as_str)),
                    text(&meta.kind),
                    optional(meta.purpose.as_deref()),
                    text(meta.summary.trim()),
                    list(meta.parties.iter().map(String::as_str)),
                    optional(meta.status.as_deref()),
                    date(meta.status_date),
                    list(themes),
                    text(&self.urls.absolute(&paths::instrument(&instrument.slug))),
                    text(
                        &self
                            .urls
                            .absolute(&feed_path("instruments", &instrument.slug)),
                    ),
                    count(self.graph.instrument_mentions[i].len()),
                ]
            })
            .collect()
    }

    fn status_records(&self) -> Vec<Vec<Value>> {
        self.content
            .instruments
            .iter()
            .flat_map(|instrument| {
                instrument.meta.history.iter().map(|step| {
                    vec![
                        text(&instrument.slug),
                        date(Some(step.date)),
                        text(&step.status),
                        optional(step.source.as_deref()),
                    ]
                })
            })
            .collect()
    }

    fn theme_records(&self) -> Vec<Vec<Value>> {
        self.content
            .themes
            .iter()
            .enumerate()
            .map(|(t, theme)| {
                let instruments = self.graph.theme_instruments[t]
                    .keys()
                    .map(|&i| self.content.instruments[i].slug.as_str());
                vec![
                    text(&theme.slug),
                    text(&theme.meta.title),
                    text(theme.meta.summary.trim()),
                    text(&self.urls.absolute(&paths::theme(&theme.slug))),
                    text(&self.urls.absolute(&feed_path("themes", &theme.slug))),
                    count(self.graph.theme_passages[t].len()),
                    list(instruments),
                ]
            })
            .collect()
    }

    fn term_records(&self) -> Vec<Vec<Value>> {
        self.content
            .glossary
            .iter()
            .enumerate()
            .map(|(t, term)| {
                vec![
                    text(&term.slug),
                    text(&term.meta.term),
                    list(term.meta.aliases.iter().map(String::as_str)),
                    list(term.meta.see_also.iter().map(String::as_str)),
                    text(&self.urls.absolute(&paths::term(&term.slug))),
                    text(&self.urls.absolute(&feed_path("glossary", &term.slug))),
                    count(self.graph.term_mentions[t].len()),
                    text(term.body.trim()),
                ]
            })
            .collect()
    }

    /// The data files: `data/NAME.json`, `data/NAME.csv` and `data/NAME.schema.json` for every
    /// data set.
    pub fn data_files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = Vec::new();
        for dataset in self.datasets() {
            let base = format!("{DATA_PATH}{}", dataset.name);
            files.push((format!("{base}.json"), dataset.json().into_bytes()));
            files.push((format!("{base}.csv"), dataset.csv().into_bytes()));
            let id = self.urls.absolute(&format!("{base}.schema.json"));
            let schema = dataset.schema(&id, |key| self.text(self.language(), key));
            // Serialising a `Value` cannot fail: its keys are strings.
            let mut bytes = serde_json::to_vec_pretty(&schema).unwrap_or_default();
            bytes.push(b'\n');
            files.push((format!("{base}.schema.json"), bytes));
        }
        files
    }
}

fn target_order(target: Target) -> (u8, usize) {
    match target {
        Target::Instrument(i) => (0, i),
        Target::Term(t) => (1, t),
    }
}
