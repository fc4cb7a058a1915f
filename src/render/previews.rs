//! `previews.json`: the text the theme's popover shows for each mention link of a glossary term
//! or an instrument, by the `data-preview` key the link carries (`term-SLUG`,
//! `instrument-SLUG`). Each language has its own (`fr/previews.json`).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::load::Site;
use crate::render::Bodies;
use crate::urls::paths;

/// The file the preview texts are written to, in each language's folder.
pub const PREVIEWS_FILE: &str = "previews.json";

/// The longest summary shown in a popover, when an instrument has none of its own.
const SHOWN_TEXT_MAX: usize = 320;

/// What the popover of a mention link shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Preview {
    /// The term or the instrument's name.
    pub title: String,
    /// The definition or the summary, as plain text.
    pub text: String,
    /// The page the link leads to.
    pub url: String,
}

/// `previews.json`: `term-SLUG` and `instrument-SLUG` to the text their popover shows, sorted
/// by key.
pub fn previews_json(site: &Site, bodies: &Bodies) -> String {
    let mut json = serde_json::to_string(&previews(site, bodies)).unwrap_or_default();
    json.push('\n');
    json
}

/// The preview of every glossary term (its definition) and instrument (its summary), by the key
/// the mention links carry in `data-preview`.
pub fn previews(site: &Site, bodies: &Bodies) -> BTreeMap<String, Preview> {
    let mut previews = BTreeMap::new();
    for (term, rendered) in site.content.glossary.iter().zip(&bodies.glossary) {
        previews.insert(
            format!("term-{}", term.slug),
            Preview {
                title: term.meta.term.clone(),
                text: rendered.text.to_string(),
                url: site.urls.url(&paths::term(&term.slug)),
            },
        );
    }
    for (instrument, rendered) in site.content.instruments.iter().zip(&bodies.instruments) {
        let meta = &instrument.meta;
        let text = if meta.summary.trim().is_empty() {
            shortened(&rendered.text, SHOWN_TEXT_MAX)
        } else {
            meta.summary.trim().to_string()
        };
        previews.insert(
            format!("instrument-{}", instrument.slug),
            Preview {
                title: match &meta.short_name {
                    Some(short) => format!("{} ({short})", meta.name),
                    None => meta.name.clone(),
                },
                text,
                url: site.urls.url(&paths::instrument(&instrument.slug)),
            },
        );
    }
    previews
}

/// `text` cut at a word boundary to at most about `max` bytes, with an ellipsis when cut.
pub fn shortened(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind(char::is_whitespace).unwrap_or(end);
    format!("{}…", text[..cut].trim_end())
}
