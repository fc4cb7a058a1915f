//! Translations of content files, by file name as in Zola and Hugo: `about.fr.md` translates
//! `about.md`, `themes/energy.nl.md` translates `themes/energy.md`. A translation has its
//! original's slug and address (under the language's folder); the keys of its front matter
//! replace the original's, the others are the original's, and its body replaces the original's.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{front_matter, Content, Entry, PageMeta};
use crate::error::{Error, Location, Result};

/// One translation file, read but not yet joined to its original.
#[derive(Debug, Clone)]
pub struct Translation {
    /// The language, as `site.yaml` names it under `languages:`.
    pub language: String,
    /// The file, relative to the site root (`content/about.fr.md`).
    pub source_path: PathBuf,
    /// The original's file, relative to the site root (`content/about.md`).
    pub original: PathBuf,
    /// Its front matter.
    pub front: serde_yaml::Mapping,
    /// Its Markdown body.
    pub body: String,
    /// 1-based line where the body starts.
    pub body_line: usize,
}

impl Translation {
    /// Whether the translation is a draft (`draft: true`).
    pub fn is_draft(&self) -> bool {
        self.front
            .get("draft")
            .and_then(serde_yaml::Value::as_bool)
            .unwrap_or(false)
    }

    /// The strings of `key` in the front matter (a list, or one string).
    pub fn strings(&self, key: &str) -> Vec<String> {
        match self.front.get(key) {
            Some(serde_yaml::Value::String(text)) => vec![text.clone()],
            Some(serde_yaml::Value::Sequence(list)) => list
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// The language of a Markdown file named `name` (`about.fr.md` is in `fr`) among `codes`, and
/// the name of its original (`about.md`). Codes match whatever their case.
pub fn language_of<'c>(name: &str, codes: &'c [String]) -> Option<(&'c str, String)> {
    let path = Path::new(name);
    let stem = path.file_stem()?.to_str()?;
    let extension = path.extension()?.to_str()?;
    let (original, code) = stem.rsplit_once('.')?;
    let code = codes.iter().find(|c| c.eq_ignore_ascii_case(code))?;
    (!original.is_empty()).then(|| (code.as_str(), format!("{original}.{extension}")))
}

/// Reads one translation file: `path` (absolute), `shown` (relative to the site root).
pub(super) fn load(
    root: &Path,
    path: &Path,
    shown: &Path,
    language: &str,
    original_name: &str,
) -> Result<Translation> {
    let text = super::read_text(root, path, shown)?;
    let split = front_matter::split(&text, shown)?;
    let value = front_matter::parse_value(split.yaml, shown, split.yaml_line, "a translation")?;
    let front =
        match value {
            serde_yaml::Value::Mapping(map) => map,
            serde_yaml::Value::Null => serde_yaml::Mapping::new(),
            _ => return Err(Error::input(
                Location::at(shown, split.yaml_line, 1),
                "the front matter of a translation must be `key: value` lines",
                "write the keys to translate (title, description, aliases...) as in the original",
            )),
        };
    Ok(Translation {
        language: language.to_string(),
        source_path: shown.to_path_buf(),
        original: shown.with_file_name(original_name),
        front,
        body: split.body.to_string(),
        body_line: split.body_line,
    })
}

/// Checks that every translation has an original among `content`'s files, and keeps the
/// translations of the originals that are built (a draft's translation goes with it).
pub(super) fn join(
    content: &mut Content,
    translations: Vec<Translation>,
    drafts: bool,
) -> Result<()> {
    let built: BTreeSet<&Path> = content.source_paths().collect();
    let mut errors = Vec::new();
    let mut kept = BTreeMap::new();
    for translation in translations {
        if translation.is_draft() && !drafts {
            continue;
        }
        if !built.contains(translation.original.as_path()) {
            // The original may be a draft that is not built: its translation is not either.
            if !translation.original_exists_as_draft(content) {
                errors.push(Error::input(
                    Location::file(&translation.source_path),
                    format!(
                        "this is a translation (`{}`) of {}, which does not exist",
                        translation.language,
                        translation.original.display()
                    ),
                    "name a translation after the file it translates (about.md is translated by about.fr.md), or write the original first",
                ));
            }
            continue;
        }
        kept.insert(
            (translation.language.clone(), translation.original.clone()),
            translation,
        );
    }
    Error::from_list(errors)?;
    content.translations = kept;
    Ok(())
}

impl Translation {
    fn original_exists_as_draft(&self, content: &Content) -> bool {
        content.dropped_drafts.contains(&self.original)
    }
}

impl Content {
    /// The source paths of every page, theme, instrument and term.
    fn source_paths(&self) -> impl Iterator<Item = &Path> {
        self.pages
            .iter()
            .map(|p| p.entry.source_path.as_path())
            .chain(self.themes.iter().map(|t| t.source_path.as_path()))
            .chain(self.instruments.iter().map(|i| i.source_path.as_path()))
            .chain(self.glossary.iter().map(|t| t.source_path.as_path()))
    }

    /// The translation into `language` of the file `original`, if there is one.
    pub fn translation(&self, language: &str, original: &Path) -> Option<&Translation> {
        self.translations
            .get(&(language.to_string(), original.to_path_buf()))
    }

    /// The content as readers of `language` see it: each entry with a translation into it
    /// takes the translation's keys and body, the others stay as they are (and are listed as
    /// untranslated by [`Content::is_translated`] of the result).
    pub fn localized(&self, language: &str) -> Result<Content> {
        let mut errors = Vec::new();
        let mut translated = BTreeSet::new();
        let pages = self
            .pages
            .iter()
            .map(|page| {
                let mut page = page.clone();
                if let Some(t) = self.translation(language, &page.entry.source_path) {
                    match page_meta(&page.entry.meta, t) {
                        Ok(meta) => page.entry = translated_entry(&page.entry, meta, t),
                        Err(error) => errors.push(error),
                    }
                }
                page
            })
            .collect();
        let mut localize = Localize {
            content: self,
            language,
            errors: Vec::new(),
        };
        let themes = localize.entries(&self.themes);
        let instruments = localize.entries(&self.instruments);
        let glossary = localize.entries(&self.glossary);
        errors.append(&mut localize.errors);
        translated.extend(
            self.translations
                .iter()
                .filter(|((code, _), _)| code == language)
                .map(|(_, t)| t.source_path.clone()),
        );
        Error::from_list(errors)?;
        Ok(Content {
            pages,
            themes,
            instruments,
            glossary,
            assets: self.assets.clone(),
            translations: self.translations.clone(),
            dropped_drafts: BTreeSet::new(),
            translated: Some(translated),
        })
    }

    /// Whether the entry read from `source_path` is shown translated: always in the default
    /// language's content, and in a localized one when it was read from a translation.
    pub fn is_translated(&self, source_path: &Path) -> bool {
        self.translated
            .as_ref()
            .is_none_or(|set| set.contains(source_path))
    }
}

/// Localizes entries into one language, gathering the errors.
struct Localize<'a> {
    content: &'a Content,
    language: &'a str,
    errors: Vec<Error>,
}

impl Localize<'_> {
    /// Each of `list` localized by its translation, if it has one.
    fn entries<M: Serialize + DeserializeOwned + Clone>(
        &mut self,
        list: &[Entry<M>],
    ) -> Vec<Entry<M>> {
        list.iter()
            .map(
                |entry| match self.content.translation(self.language, &entry.source_path) {
                    Some(t) => match overlay(&entry.meta, t) {
                        Ok(meta) => translated_entry(entry, meta, t),
                        Err(error) => {
                            self.errors.push(error);
                            entry.clone()
                        }
                    },
                    None => entry.clone(),
                },
            )
            .collect()
    }
}

/// `original` with the translation's front matter and body; its slug stays the original's.
fn translated_entry<M: Clone, N>(original: &Entry<N>, meta: M, t: &Translation) -> Entry<M> {
    Entry {
        slug: original.slug.clone(),
        source_path: t.source_path.clone(),
        meta,
        body: t.body.clone(),
        body_line: t.body_line,
        digest: crate::memo::Key::of("translated entry", |h| {
            h.add(&original.digest);
            h.add(&t.source_path);
            h.add_serialized(&t.front);
            h.add(&t.body);
            h.add(&t.body_line);
        }),
        body_digest: super::body_digest(&t.body),
    }
}

/// The original's front matter with the translation's keys in place of its own.
fn overlay<M: Serialize + DeserializeOwned>(original: &M, t: &Translation) -> Result<M> {
    let mut value = serde_yaml::to_value(original).map_err(|e| invalid(t, &e.to_string()))?;
    if let serde_yaml::Value::Mapping(map) = &mut value {
        for (key, item) in &t.front {
            map.insert(key.clone(), item.clone());
        }
    }
    M::deserialize(value).map_err(|e| invalid(t, &e.to_string()))
}

/// A page's front matter translated: as [`overlay`], with every key kept for templates.
fn page_meta(original: &PageMeta, t: &Translation) -> Result<PageMeta> {
    let mut meta: PageMeta = overlay(original, t)?;
    let mut extra = original.extra.clone();
    for (key, item) in &t.front {
        if let Some(key) = key.as_str() {
            extra.insert(key.to_string(), item.clone());
        }
    }
    meta.extra = extra;
    Ok(meta)
}

fn invalid(t: &Translation, problem: &str) -> Error {
    Error::input(
        Location::file(&t.source_path),
        format!("this translation's front matter cannot be read: {problem}"),
        "give the keys the original takes (docs/reference.md lists them), with values of the same kind",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_is_named_after_its_original() {
        let codes = vec!["fr".to_string(), "nl-BE".to_string()];
        assert_eq!(
            language_of("about.fr.md", &codes),
            Some(("fr", "about.md".to_string()))
        );
        assert_eq!(
            language_of("_index.NL-be.md", &codes),
            Some(("nl-BE", "_index.md".to_string()))
        );
        assert_eq!(language_of("about.de.md", &codes), None);
        assert_eq!(language_of("about.md", &codes), None);
        assert_eq!(language_of(".fr.md", &codes), None);
        assert_eq!(language_of("a.fr.md", &[]), None);
    }
}
