//! The build pipeline: load, link, render, write. Every stage reports all the errors it finds.
//!
//! `seed` and `content` read the inputs; `link` builds the cross-link graph; `render` turns
//! everything into pages; `output` swaps them into place.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::content::{self, Content};
use crate::error::{Error, Location, Result};
use crate::link::{Classifier, Graph, Matcher};
use crate::output::{MemorySink, Sink, Staging};
use crate::progress::Progress;
use crate::render::{Bodies, Templates, ThemeSource};
use crate::seed::{self, Document};
use crate::site::{SiteConfig, Urls};

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
}

/// What a build produced.
#[derive(Debug)]
pub struct Summary {
    /// Number of HTML pages.
    pub pages: usize,
    /// Number of files in all.
    pub files: usize,
    /// Time taken.
    pub elapsed: Duration,
}

impl Site {
    /// Loads and links the site described by `options`.
    pub fn load(options: &BuildOptions) -> Result<Site> {
        let root = options.root.clone();
        let mut config = SiteConfig::load(&root)?;
        if let Some(base_url) = &options.base_url {
            config.base_url = base_url.clone();
        }
        let urls = Urls::new(&config.base_url);
        let theme = ThemeSource::find(&root, &config.theme)?;
        let (content, documents, templates) = {
            let (loaded, templates) = rayon::join(
                || -> Result<(Content, Vec<Document>)> {
                    let (content, documents) = rayon::join(
                        || content::load(&root, options.drafts),
                        || seed::load_all(&root),
                    );
                    match (content, documents) {
                        (Ok(c), Ok(d)) => Ok((c, d)),
                        (Err(a), Err(b)) => Err(Error::Many(vec![a, b])),
                        (Err(e), _) | (_, Err(e)) => Err(e),
                    }
                },
                || match (
                    Templates::load(&root, &theme),
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
        let mut documents = documents;
        documents.sort_by(|a, b| match (a.date, b.date) {
            (Some(x), Some(y)) => x.cmp(&y).then_with(|| a.title.cmp(&b.title)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.title.cmp(&b.title),
        });
        check_document_slugs(&documents)?;
        check_references(&content, &root)?;
        templates.check_page_templates(&root, &content.pages)?;
        let matcher = Matcher::new(&content.instruments, &content.glossary)?;
        let classifier = Classifier::new(&content.themes);
        let graph = Graph::build(&documents, &content, &matcher, &classifier);
        let mut site = Site {
            root,
            config,
            urls,
            content,
            documents,
            graph,
            theme,
            templates,
        };
        site.set_globals();
        crate::owners::check(&site)?;
        Ok(site)
    }

    fn set_globals(&mut self) {
        let menu: Vec<crate::render::views::LinkView> = if self.config.menu.is_empty() {
            let mut menu = vec![
                ("Documents", "documents/"),
                ("Themes", "themes/"),
                ("Instruments", "instruments/"),
                ("Glossary", "glossary/"),
                ("Timeline", "timeline/"),
            ];
            if self.content.page_at("about/").is_some() {
                menu.push(("About", "about/"));
            }
            menu.into_iter()
                .map(|(title, path)| crate::render::views::LinkView {
                    title: title.into(),
                    url: self.urls.url(path),
                })
                .collect()
        } else {
            self.config
                .menu
                .iter()
                .map(|item| crate::render::views::LinkView {
                    title: item.title.clone(),
                    url: if item.url.contains("://") {
                        item.url.clone()
                    } else {
                        self.urls.url(&item.url)
                    },
                })
                .collect()
        };
        let site = serde_json::json!({
            "title": self.config.title,
            "description": self.config.description,
            "language": self.config.language,
            "base_url": self.urls.base,
            "root_url": self.urls.url(""),
            "publisher": self.config.publisher,
            "report_url": self.config.report_url,
            "extra": self.config.extra,
            "menu": menu,
        });
        let assets = serde_json::json!({
            "stylesheet": self.urls.url("style.css"),
            "script": self.urls.url("accord.js"),
            "syntax_css": self.urls.url("syntax.css"),
            "favicon": self.urls.url("favicon.svg"),
            "search_url": self.urls.url("search/"),
        });
        self.templates.set_global("site", &site);
        self.templates.set_global("assets", &assets);
    }

    /// Renders the whole site into `sink`, counting the pages written on `progress`; returns
    /// the number of HTML pages and of files.
    pub fn write(&self, sink: &dyn Sink, progress: &Progress) -> Result<(usize, usize)> {
        let bodies = self.render_bodies()?;
        self.write_bodies(&bodies, sink, progress)
    }

    /// [`Site::write`] with the Markdown bodies already rendered, so that a caller that keeps
    /// them (the incremental rebuild of `serve`) renders them only once.
    pub fn write_bodies(
        &self,
        bodies: &Bodies,
        sink: &dyn Sink,
        progress: &Progress,
    ) -> Result<(usize, usize)> {
        let list = self.page_list();
        let page_count = list.len();
        progress.start_pages(page_count);
        // Only the pages that Markdown anchor links point at are kept for the anchor check; every
        // other page is written as soon as it is rendered, so that the whole site's HTML is never
        // in memory at once.
        let wanted: HashSet<&str> = bodies
            .all()
            .flat_map(|rendered| rendered.fragment_links.iter().map(|l| l.url.as_str()))
            .collect();
        // The search index is one long sequential job: it runs beside the pages, not after them.
        let (checked, search_files) = rayon::join(
            || -> Result<Vec<(String, String)>> {
                let checked: Vec<Option<(String, String)>> = list
                    .into_par_iter()
                    .map(|(kind, file)| {
                        let url = self
                            .urls
                            .url(file.strip_suffix("index.html").unwrap_or(&file));
                        let checked = wanted.contains(url.as_str());
                        let (template, context) = self.page_context(kind, bodies);
                        let html = self.templates.render(template, context)?;
                        let checked = checked.then(|| (file.clone(), html.clone()));
                        sink.write(&file, html.into_bytes())?;
                        progress.page_done();
                        Ok(checked)
                    })
                    .collect::<Result<_>>()?;
                Ok(checked.into_iter().flatten().collect())
            },
            || {
                let files = crate::render::search::files(self, bodies);
                progress.search_done();
                files
            },
        );
        let anchors = crate::check::anchors::Anchors::collect(self, bodies, &checked?);
        let mut file_count = page_count;
        let has_code = bodies.pages.iter().any(|b| b.has_code);
        for (path, bytes) in self.theme.static_files()? {
            sink.write(&path.to_string_lossy().replace('\\', "/"), bytes)?;
            file_count += 1;
        }
        let static_folder = self.root.join("static");
        let static_kind = crate::tree::Folder::Static;
        for (path, bytes) in
            crate::render::templates::read_folder(&self.root, &static_folder, static_kind)?
        {
            sink.write(&path.to_string_lossy().replace('\\', "/"), bytes)?;
            file_count += 1;
        }
        for (source, relative) in &self.content.assets {
            let bytes = crate::tree::read(&self.root, source)?;
            sink.write(&relative.to_string_lossy().replace('\\', "/"), bytes)?;
            file_count += 1;
        }
        if has_code {
            sink.write(
                "syntax.css",
                crate::render::highlight::stylesheet().into_bytes(),
            )?;
            file_count += 1;
        }
        // The search index and the popovers' preview texts (see render::search).
        for (path, bytes) in self.extra_files().into_iter().chain(search_files) {
            sink.write(&path, bytes)?;
            file_count += 1;
        }
        // Checked last, once every file is written, so that `accord check` still gets the whole
        // output and can report these among the rest.
        anchors.verify()?;
        Ok((page_count, file_count))
    }

    /// The files a static host needs besides the pages: `.nojekyll` (GitHub Pages would
    /// otherwise drop files whose names start with `_`), `robots.txt`, `sitemap.xml`, the Atom
    /// feed and `CNAME` for a custom domain.
    pub(crate) fn extra_files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = vec![(".nojekyll".to_string(), Vec::new())];
        // Sitemaps and robots.txt take absolute URLs only: with a base URL that names no host
        // (`/`, for a local preview), a sitemap would be invalid, so there is none.
        let absolute = self.urls.base.contains("://");
        let mut robots = String::from("User-agent: *\nAllow: /\n");
        if absolute {
            let sitemap_url = self.urls.absolute("sitemap.xml");
            robots.push_str(&format!("\nSitemap: {sitemap_url}\n"));
            let mut sitemap = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            let mut locations: Vec<String> = self
                .page_list()
                .into_iter()
                .filter(|(kind, _)| !matches!(kind, crate::render::PageKind::NotFound))
                .map(|(_, file)| self.urls.absolute(file.trim_end_matches("index.html")))
                .collect();
            // Page order follows the content's order; sorted, the sitemap is the same on every build.
            locations.sort();
            locations.dedup();
            for location in locations {
                sitemap.push_str("  <url><loc>");
                sitemap.push_str(&crate::render::escape::escaped(&location));
                sitemap.push_str("</loc></url>\n");
            }
            sitemap.push_str("</urlset>\n");
            files.push(("sitemap.xml".into(), sitemap.into_bytes()));
        }
        files.push(("robots.txt".into(), robots.into_bytes()));
        files.push((
            crate::render::feed::FEED_PATH.to_string(),
            crate::render::feed::atom(self).into_bytes(),
        ));
        files.extend(self.data_files());
        files.extend(
            crate::render::feed::subject_feeds(self)
                .into_iter()
                .map(|(path, xml)| (path, xml.into_bytes())),
        );
        if let Some(domain) = self.config.cname.as_deref().map(str::trim) {
            if !domain.is_empty() {
                files.push(("CNAME".into(), format!("{domain}\n").into_bytes()));
            }
        }
        files
    }
}

/// The path of a content file relative to `content/`, with `/` separators.
pub(crate) fn content_path(source: &Path) -> String {
    let text = source.to_string_lossy().replace('\\', "/");
    text.strip_prefix("content/").unwrap_or(&text).to_string()
}

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

/// Builds the site into the output folder, replacing it only when everything succeeded.
pub fn build(options: &BuildOptions, output: &Path) -> Result<Summary> {
    let started = Instant::now();
    let progress = Progress::new(started);
    // The staging folder is checked and made beside loading: a build into a folder it may not
    // replace stops before rendering anything.
    let (site, staging) = rayon::join(
        || Site::load(options),
        || Staging::new(&options.root, output),
    );
    let (site, staging) = match (site, staging) {
        (Ok(site), Ok(staging)) => (site, staging),
        (Err(error), Ok(staging)) => {
            staging.abandon();
            return Err(error);
        }
        (Ok(_), Err(error)) => return Err(error),
        (Err(a), Err(b)) => return Err(Error::Many(vec![a, b])),
    };
    let written = site.write(&staging, &progress);
    progress.finish();
    match written {
        Ok((pages, files)) => {
            staging.publish()?;
            Ok(Summary {
                pages,
                files,
                elapsed: started.elapsed(),
            })
        }
        Err(error) => {
            staging.abandon();
            Err(error)
        }
    }
}

/// Builds the site in memory: every output file by path.
pub fn build_in_memory(
    options: &BuildOptions,
) -> Result<std::collections::BTreeMap<String, Vec<u8>>> {
    let site = Site::load(options)?;
    let sink = MemorySink::default();
    site.write(&sink, &Progress::hidden())?;
    Ok(sink.into_files())
}
