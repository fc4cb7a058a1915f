//! The page at `data/` that describes the downloads: their files, fields and licences.

use std::fmt::Write;

use super::{DATA_PATH, LIST_SEPARATOR};
use crate::content::model::Licence;
use crate::load::Site;
use crate::render::escape::escaped;
use crate::render::views::paths;

impl Site {
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
        // The files are made once, from the default language's site: a reader of another
        // language is told that their names and summaries are in the default language.
        if let Some(code) = &self.default_language {
            let name = format!(
                "<span lang=\"{}\">{}</span>",
                escaped(code),
                escaped(&crate::languages::language_name(code))
            );
            let note = say("data_language_note", &[("language", &name)]);
            let _ = writeln!(html, "<p>{note}</p>");
        }
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
                    ("description", &say(dataset.about, &[])),
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
                    say(field.about, &[])
                );
            }
            html.push_str("</tbody>\n</table>\n");
        }
        html
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
