//! Loading a site: its settings, seeds, content and templates, read and linked into the [`Site`]
//! that every later stage reads. Nothing here renders or writes.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::content::{self, Content};
use crate::error::{Error, Location, Result};
use crate::link::{Classifier, Graph, Matcher};
use crate::seed::{self, Document};
use crate::site::{SiteConfig, Urls};
use crate::theme::{Templates, ThemeSource};

/// What to build and how.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site's folder (holding `site.yaml`).
    pub root: PathBuf,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    /// Whether drafts are built.
    pub drafts: bool,
}

impl BuildOptions {
    /// Options for building the site at `root` as it is.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            base_url: None,
            drafts: false,
        }
    }
}

/// A loaded and linked site, ready to render.
#[derive(Debug)]
pub struct Site {
    /// The site's folder.
    pub root: PathBuf,
    /// `site.yaml`.
    pub config: SiteConfig,
    /// The URL helper.
    pub urls: Urls,
    /// Authored content.
    pub content: Content,
    /// The documents, oldest first (undated ones last).
    pub documents: Vec<Document>,
    /// The cross-link graph.
    pub graph: Graph,
    /// The theme in use.
    pub theme: ThemeSource,
    /// The template set.
    pub templates: Templates,
    /// For the site in one of its other languages ([`Site::localized`]), the default
    /// language; `None` for the site in its default language.
    pub default_language: Option<String>,
    /// [`Site::page_list`], made once: the owners' check, the writing of the pages and the
    /// sitemap each go through every page of it. Every `Site` is built whole (by
    /// [`Site::read`], [`Site::reread`] or [`Site::localized`]) and its inputs are not changed
    /// after, so the list, made on first use, stays that of the site.
    pub(crate) listed_pages: std::sync::OnceLock<Vec<(crate::render::PageKind, String)>>,
}
impl Site {
    /// Reads and links the site described by `options`, without the values every template
    /// sees: [`Site::load`] (in [`crate::build`]) sets those too.
    pub fn read(options: &BuildOptions) -> Result<Site> {
        let root = options.root.clone();
        let mut config = SiteConfig::load(&root)?;
        if let Some(base_url) = &options.base_url {
            config.base_url = base_url.clone();
        }
        config.check(&root, options.base_url.is_some())?;
        let urls = Urls::new(&config.base_url);
        let languages: Vec<String> = config.languages.keys().cloned().collect();
        let theme = ThemeSource::find(&root, &config.theme)?;
        let (content, documents, templates) = {
            let (loaded, templates) = rayon::join(
                || -> Result<(Content, Vec<Document>)> {
                    let (content, documents) = rayon::join(
                        || content::load_in(&root, options.drafts, &languages),
                        || seed::load_all(&root, &config.language),
                    );
                    match (content, documents) {
                        (Ok(c), Ok(d)) => Ok((c, d)),
                        (Err(a), Err(b)) => Err(Error::Many(vec![a, b])),
                        (Err(e), _) | (_, Err(e)) => Err(e),
                    }
                },
                || match (
                    Templates::load(&root, &theme, &config.language),
                    theme.check_static_files(&root),
                ) {
                    (Ok(templates), Ok(())) => Ok(templates),
                    (Err(a), Err(b)) => Err(Error::Many(vec![a, b])),
                    (Err(e), _) | (_, Err(e)) => Err(e),
                },
            );
            match (loaded, templates) {
                (Ok((content, documents)), Ok(templates)) => (content, documents, templates),
                (Err(a), Err(b)) => return Err(Error::Many(vec![a, b])),
                (Err(e), _) | (_, Err(e)) => return Err(e),
            }
        };
        Site::assemble(root, config, urls, content, documents, theme, templates)
    }

    /// Links what was read into a site: the checks that span files, the mention matcher and
    /// the cross-link graph.
    fn assemble(
        root: PathBuf,
        config: SiteConfig,
        urls: Urls,
        content: Content,
        mut documents: Vec<Document>,
        theme: ThemeSource,
        templates: Templates,
    ) -> Result<Site> {
        let languages: Vec<String> = config.languages.keys().cloned().collect();
        documents.sort_by(|a, b| match (a.date, b.date) {
            (Some(x), Some(y)) => x.cmp(&y).then_with(|| a.title.cmp(&b.title)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.title.cmp(&b.title),
        });
        check_document_slugs(&documents)?;
        check_references(&content, &root)?;
        templates.check_page_templates(&root, &content.pages)?;
        let graph = if languages.is_empty() {
            let matcher = Matcher::new(&content.instruments, &content.glossary)?;
            let classifier = Classifier::new(&content.themes);
            Graph::build(&documents, &content, &matcher, &classifier)
        } else {
            crate::languages::Linkers::new(&content, &languages)?
                .graph(&documents, &content, &languages)
        };
        Ok(Site {
            root,
            config,
            urls,
            content,
            documents,
            graph,
            theme,
            templates,
            default_language: None,
            listed_pages: std::sync::OnceLock::new(),
        })
    }

    /// The site after the files at `changed` (absolute, or relative to the site's folder)
    /// changed, appeared or went, reading only what they hold: the content files or folders
    /// named (the whole content folder in a site of several languages, whose translations are
    /// joined to it as it is read), all the seeds when one of them changed, the templates and
    /// interface strings when one of them changed. A change to `site.yaml`, or to anything
    /// outside the site's folders, reads everything. Without the values every template sees,
    /// as [`Site::read`].
    pub fn reread(self, options: &BuildOptions, changed: &[PathBuf]) -> Result<Site> {
        let Site {
            root,
            config,
            urls,
            mut content,
            mut documents,
            graph: _,
            theme,
            mut templates,
            default_language: _,
            listed_pages: _,
        } = self;
        let mut relative = Vec::new();
        for path in changed {
            match path.strip_prefix(&root) {
                Ok(inside) => relative.push(inside.to_path_buf()),
                Err(_) if path.is_relative() => relative.push(path.clone()),
                Err(_) => return Site::read(options),
            }
        }
        let top = |path: &PathBuf| {
            path.components()
                .next()
                .and_then(|c| c.as_os_str().to_str())
                .map(str::to_string)
                .unwrap_or_default()
        };
        let mut content_paths = Vec::new();
        let (mut seeds, mut templates_changed, mut statics) = (false, false, false);
        for path in relative {
            if path
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
            {
                return Site::read(options);
            }
            match top(&path).as_str() {
                "content" => content_paths.push(path),
                "seeds" => seeds = true,
                "templates" | "themes" | "i18n" => templates_changed = true,
                "static" => statics = true,
                // Dotfiles and editors' backups are never read.
                name if crate::tree::is_ignored(name) => {}
                _ => return Site::read(options),
            }
        }
        if !content_paths.is_empty() {
            if config.languages.is_empty() {
                content.reload(&root, options.drafts, &content_paths)?;
            } else {
                let languages: Vec<String> = config.languages.keys().cloned().collect();
                content = content::load_in(&root, options.drafts, &languages)?;
            }
        }
        if seeds {
            documents = seed::load_all(&root, &config.language)?;
        }
        if templates_changed {
            templates = Templates::load(&root, &theme, &config.language)?;
        }
        if templates_changed || statics {
            theme.check_static_files(&root)?;
        }
        Site::assemble(root, config, urls, content, documents, theme, templates)
    }
}

pub(crate) use crate::urls::content_path;

fn check_document_slugs(documents: &[Document]) -> Result<()> {
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    let mut errors = Vec::new();
    for document in documents {
        if let Some(first) = seen.insert(&document.slug, &document.source_path) {
            errors.push(Error::input(
                Location::file(&document.source_path),
                format!(
                    "this document has the same URL (/documents/{}/) as {}",
                    document.slug,
                    first.display()
                ),
                "give one of them another `slug` in its sidecar NAME.yaml",
            ));
        }
    }
    Error::from_list(errors)
}

/// Theme and see-also references must name existing themes, terms or instruments.
fn check_references(content: &Content, root: &Path) -> Result<()> {
    let themes: HashSet<&str> = content.themes.iter().map(|t| t.slug.as_str()).collect();
    let targets: HashSet<&str> = content
        .glossary
        .iter()
        .map(|t| t.slug.as_str())
        .chain(content.instruments.iter().map(|i| i.slug.as_str()))
        .collect();
    let suggestion = |slug: &str, known: &HashSet<&str>| match crate::text::did_you_mean(
        slug,
        known.iter().copied(),
    ) {
        Some(close) => format!("did you mean `{close}`? Otherwise, "),
        None => String::new(),
    };
    let mut errors = Vec::new();
    for instrument in &content.instruments {
        for theme in &instrument.meta.themes {
            if !themes.contains(theme.as_str()) {
                errors.push(Error::input(
                    slug_location(root, &instrument.source_path, instrument.body_line, theme),
                    format!("`themes` names `{theme}`, which does not exist in content/themes/"),
                    format!(
                        "{}use the file name (without .md) of a theme in content/themes/ (one of: {})",
                        suggestion(theme, &themes),
                        sorted(&themes)
                    ),
                ));
            }
        }
    }
    for term in &content.glossary {
        for slug in &term.meta.see_also {
            if !targets.contains(slug.as_str()) {
                errors.push(Error::input(
                    slug_location(root, &term.source_path, term.body_line, slug),
                    format!("`see_also` names `{slug}`, which is neither a glossary term nor an instrument"),
                    format!(
                        "{}use the file name (without .md) of a file in content/glossary/ or content/instruments/",
                        suggestion(slug, &targets)
                    ),
                ));
            }
        }
    }
    Error::from_list(errors)
}

/// Where `slug` is written in the front matter of `path` (which ends before `body_line`): the
/// first line that has it, or the file when it cannot be read.
fn slug_location(root: &Path, path: &Path, body_line: usize, slug: &str) -> Location {
    let text = std::fs::read_to_string(root.join(path)).unwrap_or_default();
    text.lines()
        .take(body_line.saturating_sub(1))
        .enumerate()
        .find_map(|(index, line)| {
            let column = line.find(slug)?;
            Some(Location::at(
                path,
                index + 1,
                line[..column].chars().count() + 1,
            ))
        })
        .unwrap_or_else(|| Location::file(path))
}

fn sorted(set: &HashSet<&str>) -> String {
    let mut list: Vec<&str> = set.iter().copied().collect();
    list.sort_unstable();
    list.join(", ")
}
