//! The optional `seeds/NAME.yaml` beside a seed: metadata the text does not give.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::content::front_matter::{invalid_slug, key_location, parse_yaml};
use crate::date::PartialDate;
use crate::error::{Error, Location, Result};
use crate::text::is_valid_slug;

/// Metadata for one seed. Every field is optional and overrides what the text says.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sidecar {
    /// The page title.
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<PartialDate>,
    /// Who issued the document.
    pub publisher: Option<String>,
    /// Press release, joint statement, readout, ...
    pub kind: Option<String>,
    /// Where this copy of the text was taken from.
    pub source_url: Option<String>,
    /// The page's URL segment.
    pub slug: Option<String>,
    /// The language the document is written in, a BCP 47 tag (`fr`, `nl-BE`).
    pub language: Option<String>,
    /// Markdown: where the text comes from, shown on the page.
    pub provenance: Option<String>,
    /// The official text, when the seed is a copy or rewording of it.
    pub original: Option<Original>,
    /// The licence under which the document's text may be reused, when its publisher states one.
    pub licence: Option<crate::content::model::Licence>,
    /// A short plain-language summary written for the site (plain text, paragraphs separated by
    /// a blank line), shown before the text and marked as the site's words, not the document's.
    pub overview: Option<String>,
    /// Themes set by hand for paragraphs whose words cannot decide: paragraph id (`p-3`) to
    /// theme file names. An empty list takes the paragraph out of every theme.
    #[serde(default)]
    pub paragraph_themes: BTreeMap<String, Vec<String>>,
}

/// The official publication a seed reproduces or rewords.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Original {
    /// Its official title.
    pub title: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// Where it is published.
    pub url: Option<String>,
    /// When it was published.
    pub date: Option<PartialDate>,
}

impl Sidecar {
    /// Reads a sidecar file; `shown` is the path used in messages.
    pub fn load(path: &Path, shown: &Path) -> Result<Sidecar> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(shown, "reading", e))?;
        if text.trim().is_empty() {
            return Ok(Sidecar::default());
        }
        let sidecar: Sidecar = parse_yaml(&text, shown, 1, "a seed's metadata file")?;
        if let Some(slug) = sidecar.slug.as_deref().filter(|s| !is_valid_slug(s)) {
            return Err(invalid_slug(&text, 1, shown, slug));
        }
        if let Some(language) = sidecar
            .language
            .as_deref()
            .filter(|l| !super::language::is_language_tag(l))
        {
            let location = match key_location(&text, 1, "language") {
                Some((line, column)) => Location::at(shown, line, column),
                None => Location::file(shown),
            };
            return Err(Error::input(
                location,
                format!("`{language}` is not a language tag"),
                "write a BCP 47 tag such as `fr`, `nl` or `nl-BE`",
            ));
        }
        Ok(sidecar)
    }
}
