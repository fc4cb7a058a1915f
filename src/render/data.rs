//! Open data: the structure a build finds, as JSON and CSV files under `data/`, with a JSON
//! Schema for each JSON file, and the page at `data/` that describes them.
//!
//! Every data set is a flat table: one field list drives the JSON records, the CSV columns, the
//! schema and the page, so that the four can never disagree. Lists (themes, aliases) are JSON
//! arrays and, in CSV, one cell with the items joined by [`LIST_SEPARATOR`].

use std::fmt::Write;

use serde_json::{json, Value};

use super::escape::escaped;
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
    /// What it means, for the schema and the downloads page.
    pub description: &'static str,
}

/// One table of the open data.
#[derive(Debug)]
pub struct Dataset {
    /// The files' name without extension: `documents` gives `documents.json`, `documents.csv`
    /// and `documents.schema.json`.
    pub name: &'static str,
    /// What one record is.
    pub description: &'static str,
    /// The fields, in column order.
    pub fields: &'static [Field],
    /// The records, each with one value per field.
    pub records: Vec<Vec<Value>>,
}

const fn field(name: &'static str, kind: FieldKind, description: &'static str) -> Field {
    Field {
        name,
        kind,
        description,
    }
}

use FieldKind::{Count, List, OptionalDate, OptionalText, OptionalUrl, Text, Url};

const DOCUMENT_FIELDS: &[Field] = &[
    field(
        "slug",
        Text,
        "The document's identifier: the last part of its page's address.",
    ),
    field("title", Text, "Its title."),
    field(
        "kind",
        Text,
        "What kind of document it is (press release, joint statement, ...).",
    ),
    field("publisher", OptionalText, "Who issued it, when known."),
    field(
        "date",
        OptionalDate,
        "When it was issued, when known: YYYY, YYYY-MM or YYYY-MM-DD.",
    ),
    field("url", Url, "Its page on this site."),
    field(
        "source_file",
        Text,
        "The plain-text copy the site was built from.",
    ),
    field("source_url", OptionalUrl, "Where that copy was taken from."),
    field(
        "original_title",
        OptionalText,
        "The official publication the copy reproduces or rewords.",
    ),
    field(
        "original_publisher",
        OptionalText,
        "Who published the official publication.",
    ),
    field(
        "original_url",
        OptionalUrl,
        "Where the official publication is.",
    ),
    field(
        "original_date",
        OptionalDate,
        "When the official publication was published.",
    ),
    field(
        "licence",
        OptionalText,
        "The licence of the document's text, when one is stated.",
    ),
    field(
        "licence_url",
        OptionalUrl,
        "Where that licence's terms are.",
    ),
    field(
        "provenance",
        OptionalText,
        "Markdown: where the text comes from.",
    ),
    field("paragraphs", Count, "How many paragraphs it has."),
];

const PARAGRAPH_FIELDS: &[Field] = &[
    field(
        "document",
        Text,
        "The slug of the document (documents.json).",
    ),
    field(
        "id",
        Text,
        "The paragraph's anchor on the document's page (p-1, p-2, ...).",
    ),
    field("number", Count, "Its number in the document, from 1."),
    field("url", Url, "Its address: the document's page and anchor."),
    field("date", OptionalDate, "The document's date, when known."),
    field(
        "section",
        OptionalText,
        "The heading the paragraph is under, when there is one.",
    ),
    field(
        "themes",
        List,
        "The slugs of the themes it is placed under (themes.json).",
    ),
    field("text", Text, "Its text, as the document gives it."),
];

const MENTION_FIELDS: &[Field] = &[
    field("kind", Text, "instrument or term: what is mentioned."),
    field(
        "target",
        Text,
        "The slug of the instrument (instruments.json) or term (glossary.json).",
    ),
    field(
        "target_url",
        Url,
        "The page of the instrument or the glossary entry.",
    ),
    field("document", Text, "The slug of the document."),
    field(
        "paragraph",
        Text,
        "The anchor of the paragraph (paragraphs.json).",
    ),
    field("paragraph_url", Url, "The paragraph's address."),
    field(
        "sentence",
        Text,
        "The sentence the mention stands in (a sentence longer than 2,000 characters is cut at a word, with an ellipsis).",
    ),
];

const INSTRUMENT_FIELDS: &[Field] = &[
    field(
        "slug",
        Text,
        "The instrument's identifier: the last part of its page's address.",
    ),
    field("name", Text, "Its full name."),
    field(
        "short_name",
        OptionalText,
        "Its abbreviation or short form.",
    ),
    field("aliases", List, "Other ways the documents write it."),
    field(
        "kind",
        Text,
        "Agreement, treaty, platform, organisation, ...",
    ),
    field("purpose", OptionalText, "What it is for."),
    field("summary", Text, "What it is, in two plain sentences."),
    field("parties", List, "Who is party to it."),
    field("status", OptionalText, "Its status now, when known."),
    field(
        "status_date",
        OptionalDate,
        "When that status was last confirmed.",
    ),
    field("themes", List, "The slugs of the themes it belongs to."),
    field("url", Url, "Its page on this site."),
    field(
        "feed_url",
        Url,
        "Its Atom feed: new documents that mention it, changes of status.",
    ),
    field(
        "mentions",
        Count,
        "How many sentences of the documents mention it.",
    ),
];

const STATUS_FIELDS: &[Field] = &[
    field(
        "instrument",
        Text,
        "The slug of the instrument (instruments.json).",
    ),
    field("date", OptionalDate, "When this status held or began."),
    field("status", Text, "What the status was."),
    field(
        "source",
        OptionalText,
        "Where that is said: an address or a citation.",
    ),
];

const THEME_FIELDS: &[Field] = &[
    field(
        "slug",
        Text,
        "The theme's identifier: the last part of its page's address.",
    ),
    field("title", Text, "Its name."),
    field("summary", Text, "One line on what it covers."),
    field("url", Url, "Its page on this site."),
    field(
        "feed_url",
        Url,
        "Its Atom feed: new documents with passages under it.",
    ),
    field(
        "passages",
        Count,
        "How many paragraphs are placed under it.",
    ),
    field(
        "instruments",
        List,
        "The slugs of the instruments its passages mention.",
    ),
];

const TERM_FIELDS: &[Field] = &[
    field(
        "slug",
        Text,
        "The term's identifier: its anchor on the glossary page.",
    ),
    field("term", Text, "The term as it is usually written."),
    field("aliases", List, "Other ways the documents write it."),
    field("see_also", List, "Slugs of related terms or instruments."),
    field("url", Url, "Its entry in the glossary."),
    field("feed_url", Url, "Its Atom feed: new documents that use it."),
    field("uses", Count, "How many sentences of the documents use it."),
    field("definition", Text, "Markdown: what it means."),
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
                description: "One record per document: its metadata and provenance.",
                fields: DOCUMENT_FIELDS,
                records: self.document_records(),
            },
            Dataset {
                name: "paragraphs",
                description: "One record per paragraph of every document, in document order.",
                fields: PARAGRAPH_FIELDS,
                records: self.paragraph_records(),
            },
            Dataset {
                name: "mentions",
                description:
                    "One record per sentence that mentions an instrument or a glossary term.",
                fields: MENTION_FIELDS,
                records: self.mention_records(),
            },
            Dataset {
                name: "instruments",
                description: "One record per agreement, treaty, platform or organisation.",
                fields: INSTRUMENT_FIELDS,
                records: self.instrument_records(),
            },
            Dataset {
                name: "instrument-status",
                description:
                    "The status history of the instruments: one record per step, oldest first.",
                fields: STATUS_FIELDS,
                records: self.status_records(),
            },
            Dataset {
                name: "themes",
                description: "One record per policy theme.",
                fields: THEME_FIELDS,
                records: self.theme_records(),
            },
            Dataset {
                name: "glossary",
                description: "One record per glossary term.",
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
            let schema = dataset.schema(&self.urls.absolute(&format!("{base}.schema.json")));
            // Serialising a `Value` cannot fail: its keys are strings.
            let mut bytes = serde_json::to_vec_pretty(&schema).unwrap_or_default();
            bytes.push(b'\n');
            files.push((format!("{base}.schema.json"), bytes));
        }
        files
    }

    /// The body of the downloads page, as HTML: the files, their fields and their licences.
    pub fn data_page_html(&self) -> String {
        let language = self.language();
        let say = |key: &str, values: &[(&str, &str)]| self.html_with(language, key, values);
        let mut html = String::new();
        let _ = writeln!(
            html,
            "<p>{}</p>",
            say(
                "data_intro",
                &[
                    (
                        "schema",
                        "<a href=\"https://json-schema.org/\">JSON Schema</a>"
                    ),
                    ("separator", &escaped(LIST_SEPARATOR.trim())),
                ]
            )
        );
        let _ = writeln!(
            html,
            "<h2 id=\"licences\">{}</h2>",
            say("data_licences", &[])
        );
        let _ = match &self.config.licence {
            Some(licence) => writeln!(
                html,
                "<p>{}</p>",
                say("data_site_licence", &[("licence", &licence_html(licence))])
            ),
            None => writeln!(html, "<p>{}</p>", say("data_no_site_licence", &[])),
        };
        let _ = writeln!(
            html,
            "<p>{}</p>\n<ul>",
            say(
                "data_documents_terms",
                &[
                    ("text", "<code>text</code>"),
                    ("sentence", "<code>sentence</code>")
                ]
            )
        );
        for document in &self.documents {
            let url = self.urls.url(&paths::document(&document.slug));
            let terms = match &document.licence {
                Some(licence) => licence_html(licence),
                None => say("data_no_document_licence", &[]),
            };
            let link = format!(
                "<a href=\"{}\">{}</a>",
                escaped(&url),
                escaped(&document.title)
            );
            let _ = writeln!(
                html,
                "<li>{}</li>",
                say(
                    "data_document_terms",
                    &[("document", &link), ("terms", &terms)]
                )
            );
        }
        html.push_str("</ul>\n");
        for dataset in self.datasets() {
            // The data files are the same in every language: one copy, at the root.
            let base = self.urls.asset(&format!("{DATA_PATH}{}", dataset.name));
            let (name, base) = (escaped(dataset.name), escaped(&base));
            let file = |ending: &str| format!("<a href=\"{base}.{ending}\">{name}.{ending}</a>");
            let records = self.html_counted(
                language,
                "data_records",
                i64::try_from(dataset.records.len()).ok(),
                &[
                    ("description", &escaped(dataset.description)),
                    ("json", &file("json")),
                    ("csv", &file("csv")),
                    ("schema", &file("schema.json")),
                ],
            );
            let _ = writeln!(html, "<h2 id=\"{name}\">{name}</h2>\n<p>{records}</p>");
            let _ = write!(
                html,
                "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
                 <th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
                say("data_field", &[]),
                say("data_type", &[]),
                say("data_what", &[]),
            );
            for field in dataset.fields {
                let _ = writeln!(
                    html,
                    "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                    escaped(field.name),
                    say(field.kind.label(), &[]),
                    escaped(field.description)
                );
            }
            html.push_str("</tbody>\n</table>\n");
        }
        html
    }
}

fn target_order(target: Target) -> (u8, usize) {
    match target {
        Target::Instrument(i) => (0, i),
        Target::Term(t) => (1, t),
    }
}

fn licence_html(licence: &Licence) -> String {
    match &licence.url {
        Some(url) => format!(
            "<a href=\"{}\">{}</a>",
            escaped(url),
            escaped(&licence.name)
        ),
        None => escaped(&licence.name),
    }
}

impl FieldKind {
    /// The interface string that names the kind on the downloads page.
    fn label(self) -> &'static str {
        match self {
            Text => "data_type_text",
            OptionalText => "data_type_optional_text",
            OptionalDate => "data_type_optional_date",
            Url => "data_type_url",
            OptionalUrl => "data_type_optional_url",
            Count => "data_type_count",
            List => "data_type_list",
        }
    }

    fn schema(self) -> Value {
        match self {
            Text => json!({ "type": "string" }),
            OptionalText => json!({ "type": ["string", "null"] }),
            OptionalDate => json!({
                "type": ["string", "null"],
                "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
            }),
            Url => json!({ "type": "string", "format": "uri-reference" }),
            OptionalUrl => json!({ "type": ["string", "null"], "format": "uri-reference" }),
            Count => json!({ "type": "integer", "minimum": 0 }),
            List => json!({ "type": "array", "items": { "type": "string" } }),
        }
    }
}

impl Dataset {
    /// The records as a JSON array of objects, one per line, keys in field order.
    pub fn json(&self) -> String {
        let mut out = String::from("[\n");
        for (index, record) in self.records.iter().enumerate() {
            out.push('{');
            for (position, (field, value)) in self.fields.iter().zip(record).enumerate() {
                if position > 0 {
                    out.push(',');
                }
                // Serialising a string or a `Value` cannot fail.
                out.push_str(&serde_json::to_string(field.name).unwrap_or_default());
                out.push(':');
                out.push_str(&serde_json::to_string(value).unwrap_or_default());
            }
            out.push('}');
            if index + 1 < self.records.len() {
                out.push(',');
            }
            out.push('\n');
        }
        out.push_str("]\n");
        out
    }

    /// The records as CSV (RFC 4180): a header row, CRLF line ends, null as an empty cell.
    pub fn csv(&self) -> String {
        let mut out = String::new();
        let header: Vec<String> = self.fields.iter().map(|f| csv_cell(f.name)).collect();
        out.push_str(&header.join(","));
        out.push_str("\r\n");
        for record in &self.records {
            let cells: Vec<String> = record.iter().map(|v| csv_cell(&cell_text(v))).collect();
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// The JSON Schema (draft 2020-12) of the JSON file, whose address is `id`.
    pub fn schema(&self, id: &str) -> Value {
        let mut properties = serde_json::Map::new();
        for field in self.fields {
            let mut schema = field.kind.schema();
            schema["description"] = text(field.description);
            properties.insert(field.name.to_string(), schema);
        }
        let required: Vec<&str> = self.fields.iter().map(|f| f.name).collect();
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": id,
            "title": self.name,
            "description": self.description,
            "type": "array",
            "items": {
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": false
            }
        })
    }
}

/// A value as one CSV cell: text as it is, numbers in decimal, lists joined, null empty.
pub fn cell_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(cell_text)
            .collect::<Vec<_>>()
            .join(LIST_SEPARATOR),
        other => other.to_string(),
    }
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_quote_what_needs_it() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn cells_flatten_lists_and_nulls() {
        assert_eq!(cell_text(&Value::Null), "");
        assert_eq!(cell_text(&json!(["a", "b"])), "a; b");
        assert_eq!(cell_text(&json!(3)), "3");
    }
}
