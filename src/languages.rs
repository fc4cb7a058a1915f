//! A site in several languages: the default language at the root, each other language of
//! `site.yaml`'s `languages:` under `/CODE/`, with every page in every language.
//!
//! The links between documents and content are found once, each document with the names of its
//! own language: the default language's names plus those of the translations into the
//! document's language ([`Linkers`]). Each other language is then a [`Site`] of its own
//! ([`Site::localized`]): the same documents and links, the content translated where a
//! translation exists, its own settings (title, description, menu) and URLs, so that every page
//! renders as it does in the default language.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::content::{translation::Translation, Content, Instrument, Term, Theme};
use crate::error::Result;
use crate::link::{Classifier, Graph, Matcher};
use crate::load::Site;
use crate::render::escape::escaped;
use crate::seed::Document;

/// The matcher and classifier of each language: the default language's, and for each other
/// language one that also knows the names and keywords of the translations into it.
pub struct Linkers {
    default: (Matcher, Classifier),
    by_language: BTreeMap<String, (Matcher, Classifier)>,
}

impl Linkers {
    /// The linkers of `content` in its default language and each of `languages`.
    pub fn new(content: &Content, languages: &[String]) -> Result<Linkers> {
        let default = (
            Matcher::new(&content.instruments, &content.glossary)?,
            Classifier::new(&content.themes),
        );
        let mut by_language = BTreeMap::new();
        for code in languages {
            let has_any = content.translations.keys().any(|(c, _)| c == code);
            if !has_any {
                continue;
            }
            let instruments = with_names(
                &content.instruments,
                content,
                code,
                |i: &mut Instrument, t| {
                    i.meta.aliases.extend(
                        t.strings("name")
                            .into_iter()
                            .chain(t.strings("short_name"))
                            .chain(t.strings("aliases")),
                    );
                },
            );
            let terms = with_names(&content.glossary, content, code, |term: &mut Term, t| {
                term.meta
                    .aliases
                    .extend(t.strings("term").into_iter().chain(t.strings("aliases")));
            });
            let themes = with_names(&content.themes, content, code, |theme: &mut Theme, t| {
                theme.meta.keywords.extend(t.strings("keywords"));
                theme.meta.headings.extend(t.strings("headings"));
            });
            by_language.insert(
                code.clone(),
                (
                    Matcher::new(&instruments, &terms)?,
                    Classifier::new(&themes),
                ),
            );
        }
        Ok(Linkers {
            default,
            by_language,
        })
    }

    /// The graph of `documents`, each linked in its own language.
    pub fn graph(&self, documents: &[Document], content: &Content, languages: &[String]) -> Graph {
        Graph::build_in(documents, content, &|document| {
            let linkers = document_language(document, languages)
                .and_then(|code| self.by_language.get(code))
                .unwrap_or(&self.default);
            (&linkers.0, &linkers.1)
        })
    }
}

/// Each of `entries` with what `add` takes from its translation into `code`, if it has one.
fn with_names<M: Clone>(
    entries: &[crate::content::Entry<M>],
    content: &Content,
    code: &str,
    add: impl Fn(&mut crate::content::Entry<M>, &Translation),
) -> Vec<crate::content::Entry<M>> {
    entries
        .iter()
        .map(|entry| {
            let mut entry = entry.clone();
            if let Some(t) = content.translation(code, &entry.source_path) {
                add(&mut entry, t);
            }
            entry
        })
        .collect()
}

/// The language of a document among the site's other `languages` (as `site.yaml` writes it);
/// `None` for a document in the default language or in a language the site does not have.
pub fn document_language<'a>(document: &Document, languages: &'a [String]) -> Option<&'a str> {
    languages
        .iter()
        .find(|c| c.eq_ignore_ascii_case(&document.language))
        .map(String::as_str)
}

impl Site {
    /// The site's other languages, as `site.yaml` names them.
    pub fn other_languages(&self) -> Vec<String> {
        self.config.languages.keys().cloned().collect()
    }

    /// The site as readers of `code`, one of its other languages, see it: the same documents
    /// and links, the content translated where a translation exists, the language's own title,
    /// description and menu, and its pages under `/CODE/`.
    pub fn localized(&self, code: &str) -> Result<Site> {
        let settings = self.config.languages.get(code).cloned().unwrap_or_default();
        let mut config = self.config.clone();
        config.language = code.to_string();
        if let Some(title) = settings.title {
            config.title = title;
        }
        if let Some(description) = settings.description {
            config.description = description;
        }
        config.menu = settings.menu;
        let mut site = Site {
            root: self.root.clone(),
            config,
            urls: self.urls.for_language(code),
            content: self.content.localized(code)?,
            documents: self.documents.clone(),
            graph: self.graph.clone(),
            theme: self.theme.clone(),
            templates: self.templates.clone(),
            default_language: Some(self.config.language.clone()),
            listed_pages: std::sync::OnceLock::new(),
        };
        site.set_globals();
        Ok(site)
    }

    /// The language of a document's text when it is not the page's (a document in English on a
    /// French page): `{code, name}` for its `lang` attribute and the note that it is the
    /// original. `None` for a document in the page's language.
    pub fn text_language(&self, document: &Document) -> Option<serde_json::Value> {
        let code = &document.language;
        (!code.eq_ignore_ascii_case(&self.config.language))
            .then(|| serde_json::json!({ "code": code, "name": language_name(code) }))
    }

    /// Whether this is the site in its default language (at the root).
    pub fn is_default_language(&self) -> bool {
        self.default_language.is_none()
    }

    /// The original file of the content entry read from `source_path`: itself, or the file a
    /// translation translates.
    pub fn original_of(&self, source_path: &Path) -> std::path::PathBuf {
        let name = source_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match crate::content::translation::language_of(&name, &self.other_languages()) {
            Some((_, original)) => source_path.with_file_name(original),
            None => source_path.to_path_buf(),
        }
    }
}

/// One language version of a page, for the `<link rel="alternate" hreflang>` of its head, the
/// sitemap and the language switcher.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// The language's BCP 47 tag (`hreflang`).
    pub language: String,
    /// The language's name in that language (`Français`), for the switcher.
    pub name: String,
    /// The page's URL in that language.
    pub url: String,
    /// Its absolute URL.
    pub absolute: String,
    /// Whether it is the language of the page that lists it.
    pub current: bool,
    /// Whether the page's text is translated into it (a page of an untranslated entry shows
    /// the default language's text, with a notice).
    pub translated: bool,
}

impl Site {
    /// The page at `path` in every language of the site, the default first; empty for a site
    /// in one language. `source` is the content file the page shows, if any: the page is
    /// translated into a language when that file has a translation into it.
    pub fn alternates(&self, path: &str, source: Option<&Path>) -> Vec<Alternate> {
        if self.config.languages.is_empty() || path.ends_with(".html") {
            return Vec::new();
        }
        let root = self.urls.root();
        let original = source.map(|s| self.original_of(s));
        let default = self
            .default_language
            .clone()
            .unwrap_or_else(|| self.config.language.clone());
        let mut list = vec![(default, root.clone(), true)];
        for code in self.config.languages.keys() {
            let translated = original
                .as_ref()
                .is_none_or(|o| self.content.translation(code, o).is_some());
            list.push((code.clone(), root.for_language(code), translated));
        }
        list.into_iter()
            .map(|(code, urls, translated)| Alternate {
                current: urls.language_folder == self.urls.language_folder,
                url: urls.url(path),
                absolute: urls.absolute(path),
                name: language_name(&code),
                language: code,
                translated,
            })
            .collect()
    }

    /// `sitemap.xml` of a site in several languages: every page in every language, each with
    /// its alternates (`xhtml:link`) and the default language as `x-default`.
    pub fn sitemap_in_languages(&self) -> String {
        let mut paths: Vec<String> = self
            .page_list()
            .iter()
            .filter(|(kind, _)| !matches!(kind, crate::render::PageKind::NotFound))
            .map(|(_, file)| crate::urls::path_of(file).to_string())
            .collect();
        paths.sort();
        paths.dedup();
        let mut entries: Vec<(String, String)> = Vec::new();
        for path in &paths {
            let alternates = self.alternates(path, None);
            let mut links = String::new();
            for alternate in &alternates {
                links.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    escaped(&alternate.language),
                    escaped(&alternate.absolute)
                ));
            }
            if let Some(default) = alternates.first() {
                links.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
                    escaped(&default.absolute)
                ));
            }
            for alternate in &alternates {
                entries.push((alternate.absolute.clone(), links.clone()));
            }
        }
        entries.sort();
        let mut sitemap = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (location, links) in entries {
            sitemap.push_str("  <url>\n    <loc>");
            sitemap.push_str(&escaped(&location));
            sitemap.push_str("</loc>\n");
            sitemap.push_str(&links);
            sitemap.push_str("  </url>\n");
        }
        sitemap.push_str("</urlset>\n");
        sitemap
    }

    /// In another language than the default, Markdown links name the original files
    /// (`@/about.md`) wherever they are written: each translation's URL is also its
    /// original's.
    pub(crate) fn add_original_keys(&self, urls: &mut rustc_hash::FxHashMap<String, String>) {
        let languages = self.other_languages();
        let extra: Vec<(String, String)> = urls
            .iter()
            .filter_map(|(key, url)| {
                let (folder, name) = key.rsplit_once('/').unwrap_or(("", key));
                let (_, original) = crate::content::translation::language_of(name, &languages)?;
                let original = if folder.is_empty() {
                    original
                } else {
                    format!("{folder}/{original}")
                };
                Some((original, url.clone()))
            })
            .collect();
        urls.extend(extra);
    }
}

/// The name of a language in that language, for the switcher: the languages whose interface
/// the default theme ships, and the tag itself for any other.
pub fn language_name(code: &str) -> String {
    let primary = code.split('-').next().unwrap_or(code).to_ascii_lowercase();
    match primary.as_str() {
        "en" => "English",
        "fr" => "Français",
        "nl" => "Nederlands",
        "de" => "Deutsch",
        "es" => "Español",
        "it" => "Italiano",
        "pt" => "Português",
        "pl" => "Polski",
        "ga" => "Gaeilge",
        "cy" => "Cymraeg",
        _ => return code.to_string(),
    }
    .to_string()
}
