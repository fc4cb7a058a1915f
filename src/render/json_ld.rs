//! schema.org descriptions (JSON-LD) of document and instrument pages, for search engines and
//! citation tools, and the citation offered for each paragraph.
//!
//! The JSON goes inside a `<script>` element, where the HTML parser ends the element at the
//! first `</script` whatever JSON thinks of it: [`script_safe`] writes `<`, `>` and `&` as JSON
//! escapes, so no text from a document can close the element or become markup.

use serde_json::{json, Value};

use super::views::paths;
use crate::build::Site;

/// `value` as JSON that is safe inside `<script type="application/ld+json">`.
pub fn script_safe(value: &Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn organisation(name: &str) -> Value {
    json!({ "@type": "Organization", "name": name })
}

impl Site {
    /// The JSON-LD of a document's page: the statement, who issued it and when, the site page
    /// that reproduces it, and the publication it is based on.
    pub fn document_json_ld(&self, index: usize) -> String {
        let document = &self.documents[index];
        let url = self.urls.absolute(&paths::document(&document.slug));
        let mut statement = json!({
            "@context": "https://schema.org",
            "@type": "Article",
            "@id": format!("{url}#document"),
            "url": url,
            "headline": document.title,
            "name": document.title,
            "genre": self.strings().kind(self.language(), &document.kind).unwrap_or(&document.kind),
            // The document's own language, whatever the page's (an English statement on a
            // French page).
            "inLanguage": document.language,
            "isPartOf": {
                "@type": "WebSite",
                "name": self.config.title,
                "url": self.urls.absolute(""),
            },
        });
        if let Some(publisher) = &document.publisher {
            statement["publisher"] = organisation(publisher);
        }
        if let Some(date) = document.date {
            statement["datePublished"] = Value::String(date.iso());
        }
        if let Some(original) = &document.original {
            let mut based_on = json!({ "@type": "CreativeWork", "name": original.title });
            if let Some(url) = &original.url {
                based_on["url"] = Value::String(url.clone());
            }
            if let Some(publisher) = &original.publisher {
                based_on["publisher"] = organisation(publisher);
            }
            if let Some(date) = original.date {
                based_on["datePublished"] = Value::String(date.iso());
            }
            statement["isBasedOn"] = based_on;
        } else if let Some(source) = &document.source_url {
            statement["isBasedOn"] = json!({ "@type": "CreativeWork", "url": source });
        }
        if let Some(licence) = &document.licence {
            statement["license"] =
                Value::String(licence.url.clone().unwrap_or_else(|| licence.name.clone()));
        }
        let mentions: Vec<Value> = self
            .content
            .instruments
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                // Mentions are in document order: a binary search finds this document's.
                let mentions = &self.graph.instrument_mentions[*i];
                let first = mentions.partition_point(|m| m.place.document < index);
                mentions
                    .get(first)
                    .is_some_and(|m| m.place.document == index)
            })
            .map(|(_, instrument)| {
                json!({
                    "@type": "Thing",
                    "name": instrument.meta.name,
                    "url": self.urls.absolute(&paths::instrument(&instrument.slug)),
                })
            })
            .collect();
        if !mentions.is_empty() {
            statement["mentions"] = Value::Array(mentions);
        }
        script_safe(&statement)
    }

    /// The JSON-LD of an instrument's page: what it is, its other names, its status and the
    /// documents that mention it.
    pub fn instrument_json_ld(&self, index: usize) -> String {
        let instrument = &self.content.instruments[index];
        let meta = &instrument.meta;
        let url = self.urls.absolute(&paths::instrument(&instrument.slug));
        let kind = meta.kind.to_lowercase();
        let is_organisation = ["organisation", "organization", "agency", "body"]
            .iter()
            .any(|word| kind.contains(word));
        let mut thing = json!({
            "@context": "https://schema.org",
            "@type": if is_organisation { "Organization" } else { "CreativeWork" },
            "@id": format!("{url}#instrument"),
            "url": url,
            "name": meta.name,
        });
        let other_names: Vec<&str> = meta
            .short_name
            .iter()
            .chain(&meta.aliases)
            .map(String::as_str)
            .collect();
        if !other_names.is_empty() {
            thing["alternateName"] = json!(other_names);
        }
        if !meta.summary.trim().is_empty() {
            thing["description"] = Value::String(meta.summary.trim().to_string());
        }
        if !is_organisation {
            thing["genre"] = Value::String(meta.kind.clone());
            if let Some(status) = &meta.status {
                thing["creativeWorkStatus"] = Value::String(status.clone());
            }
        }
        let mut documents: Vec<usize> = self.graph.instrument_mentions[index]
            .iter()
            .map(|m| m.place.document)
            .collect();
        documents.dedup();
        let subject_of: Vec<Value> = documents
            .into_iter()
            .map(|d| {
                let document = &self.documents[d];
                let mut article = json!({
                    "@type": "Article",
                    "name": document.title,
                    "url": self.urls.absolute(&paths::document(&document.slug)),
                });
                if let Some(date) = document.date {
                    article["datePublished"] = Value::String(date.iso());
                }
                article
            })
            .collect();
        if !subject_of.is_empty() {
            thing["subjectOf"] = Value::Array(subject_of);
        }
        script_safe(&thing)
    }

    /// The citation of a paragraph, as plain text without its address: title, publisher, date
    /// and paragraph number (`number` counts from 1 through the whole document).
    pub fn paragraph_citation(&self, index: usize, number: usize) -> String {
        let document = &self.documents[index];
        let language = self.language();
        let mut parts = vec![self.text_with(language, "quoted", &[("text", &document.title)])];
        if let Some(publisher) = &document.publisher {
            parts.push(publisher.clone());
        }
        parts.push(document.date.map_or_else(
            || self.text(language, "citation_undated").to_string(),
            |date| self.date_text(language, date),
        ));
        parts.push(self.text_with(
            language,
            "citation_paragraph",
            &[("number", &number.to_string())],
        ));
        format!("{}.", parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_closes_the_script_element() {
        let value = json!({ "name": "</script><script>alert(1)</script> & <!--" });
        let safe = script_safe(&value);
        assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
        let back: Value = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back, value);
    }
}
