//! Incremental rebuilds for `accord serve` (issue 7).
//!
//! A full build of a 10,000-page site takes seconds; an author editing one page wants to see it
//! at once. [`Incremental`] keeps what a build made (the loaded [`Site`], the rendered Markdown
//! [`Bodies`] and every output file) and, when only ordinary content pages changed, re-reads
//! those pages, re-renders their Markdown and the few pages that show them (the page itself and
//! its parent section's list of children), and swaps them into the output. Everything else, and
//! every case it cannot prove it handles exactly, is a full rebuild as before.
//!
//! Files that depend on every page at once (the search index, the sitemap, the feed) are
//! recomputed in a second step, [`Incremental::derive`], which `serve` runs once the edited page
//! is served. The search index of a large site takes seconds to build, so that step hands it out
//! as a [`SearchJob`] that `serve` runs on a thread of its own and drops when a newer edit comes.
//! After both steps the output is byte for byte that of a clean build of the same sources;
//! `tests/incremental.rs` checks so after random edits.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::build::anchors::Anchors;
use crate::build::{BuildOptions, Site};
use crate::content::{self, Page, GLOSSARY_DIR, INSTRUMENTS_DIR, THEMES_DIR};
use crate::error::Result;
use crate::load::content_path;
use crate::output::MemorySink;
use crate::progress::Progress;
use crate::render::markdown::{LinkTargets, MarkdownRenderer, Rendered};
use crate::render::search::{self, SearchEntry};
use crate::render::{Bodies, PageKind};

/// One output file of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Its bytes, shared so that handing the whole site to the server copies no file.
    pub bytes: Arc<Vec<u8>>,
    /// Whether it is a page the build renders (the server injects its live-reload script into
    /// those, and only those).
    pub page: bool,
}

/// Every output file of the site, by path relative to the output folder (`themes/x/index.html`).
pub type Files = BTreeMap<String, OutputFile>;

/// How [`Incremental::update`] brought the output up to date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// Only the pages the change can affect were rendered again; [`Incremental::derive`] is
    /// still to be run for the files that depend on every page.
    Incremental,
    /// The whole site was built again.
    Full,
}

/// A site built once and kept up to date by rebuilding only what a change can affect.
pub struct Incremental {
    options: BuildOptions,
    site: Site,
    bodies: Bodies,
    files: Files,
    /// Content path (relative to `content/`) -> URL, as Markdown links resolve them.
    targets: LinkTargets,
    /// The paths of the pages the build generates itself (`themes/`, `` for the home page): a
    /// content page at one of them is shown inside that page, which the fast path does not
    /// render.
    generated: HashSet<String>,
    /// False while an update is half applied (or failed): the next update is then a full build.
    valid: bool,
    /// Counts the updates that changed something, so that a search index computed for an
    /// older state is never stored.
    version: u64,
    /// The search entries of everything but the content pages; gathered at the first update
    /// that needs them (a full build makes its index without keeping them).
    fixed_entries: Option<Vec<Arc<SearchEntry>>>,
    /// The search entry of each content page, beside `site.content.pages`; `None` where the
    /// page changed since it was made.
    page_entries: Vec<Option<Arc<SearchEntry>>>,
    /// Whether the sitemap, feed and other files made from every page are out of date.
    extras_pending: bool,
    /// Whether the search index is out of date.
    search_pending: bool,
}

impl std::fmt::Debug for Incremental {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Incremental")
            .field("root", &self.options.root)
            .field("files", &self.files.len())
            .field("valid", &self.valid)
            .field("version", &self.version)
            .field("extras_pending", &self.extras_pending)
            .field("search_pending", &self.search_pending)
            .finish()
    }
}

/// One content page before and after a change.
struct Change {
    /// The file, relative to the site root (`content/guides/a.md`).
    source: PathBuf,
    old: Option<Page>,
    new: Option<Page>,
}

impl Incremental {
    /// Builds the whole site in memory, as [`crate::build_in_memory`] does.
    pub fn build(options: BuildOptions) -> Result<Incremental> {
        let site = Site::load(&options)?;
        let bodies = site.render_bodies()?;
        let sink = MemorySink::default();
        site.write_bodies(&bodies, &sink, &Progress::hidden())?;
        let list = site.page_list();
        let pages: HashSet<&str> = list.iter().map(|(_, file)| file.as_str()).collect();
        let files = sink
            .into_files()
            .into_iter()
            .map(|(path, bytes)| {
                let page = pages.contains(path.as_str());
                (
                    path,
                    OutputFile {
                        bytes: Arc::new(bytes),
                        page,
                    },
                )
            })
            .collect();
        let generated = list
            .iter()
            .filter(|(kind, _)| !matches!(kind, PageKind::Content(_)))
            .map(|(_, file)| crate::urls::path_of(file).to_string())
            .collect();
        let targets = site.link_targets();
        let page_entries = vec![None; site.content.pages.len()];
        Ok(Incremental {
            options,
            site,
            bodies,
            files,
            targets,
            generated,
            valid: true,
            version: 0,
            fixed_entries: None,
            page_entries,
            extras_pending: false,
            search_pending: false,
        })
    }

    /// The output files as they are now. After [`How::Incremental`], the files that depend
    /// on every page are those of the previous state until [`Incremental::derive`] runs.
    pub fn files(&self) -> &Files {
        &self.files
    }

    /// The site as loaded and updated.
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// Whether [`Incremental::derive`] has work to do.
    pub fn derived_pending(&self) -> bool {
        self.extras_pending || self.search_pending
    }

    /// Brings the output up to date with the sources after the files at `changed` (absolute,
    /// or relative to the site's root) changed, were added or were removed. On an error the
    /// state is kept but marked stale, so that the next update is a full build.
    pub fn update(&mut self, changed: &[PathBuf]) -> Result<How> {
        if self.valid {
            if let Some(changes) = self.changes(changed) {
                if changes.is_empty() {
                    return Ok(How::Incremental);
                }
                self.valid = false;
                if self.apply(changes).is_ok() {
                    self.valid = true;
                    self.version += 1;
                    self.extras_pending = true;
                    self.search_pending = true;
                    return Ok(How::Incremental);
                }
                // Whatever made the fast path give up (an error in the new text among them),
                // a full build reports it as a clean build would.
            }
        }
        self.valid = false;
        let version = self.version + 1;
        let options = self.options.clone();
        *self = Incremental::build(options)?;
        self.version = version;
        Ok(How::Full)
    }

    /// Recomputes the files that depend on every page: the search index, the sitemap,
    /// `robots.txt` and the feed. Files whose bytes did not change keep their buffers.
    pub fn derive(&mut self) {
        if let Some(job) = self.derive_start() {
            if let Some(index) = job.run(&|| false) {
                self.derive_finish(index);
            }
        }
    }

    /// The first part of [`Incremental::derive`], quick: brings the sitemap, feed and
    /// `robots.txt` up to date, and returns the search index to compute when it is out of date.
    /// The job holds no reference to the state, so that it can run on another thread while
    /// the next edits are applied; [`Incremental::derive_finish`] stores its result.
    pub fn derive_start(&mut self) -> Option<SearchJob> {
        if self.extras_pending {
            for (path, bytes) in self.site.extra_files() {
                self.put(path, bytes, false);
            }
            self.extras_pending = false;
        }
        if !self.search_pending {
            return None;
        }
        let site = &self.site;
        let bodies = &self.bodies;
        let fixed = self.fixed_entries.get_or_insert_with(|| {
            search::fixed_entries(site, bodies)
                .into_iter()
                .map(Arc::new)
                .collect()
        });
        {
            use rayon::prelude::*;
            self.page_entries
                .par_iter_mut()
                .zip(&site.content.pages)
                .zip(&bodies.pages)
                .filter(|((entry, _), _)| entry.is_none())
                .for_each(|((entry, page), body)| {
                    *entry = Some(Arc::new(search::page_entry(site, page, body)));
                });
        }
        let mut entries = fixed.clone();
        entries.extend(self.page_entries.iter().flatten().cloned());
        Some(SearchJob {
            version: self.version,
            entries,
        })
    }

    /// Stores the search index a [`SearchJob`] computed, unless the site changed since the job
    /// was made (a newer job is then due). Returns whether it was stored.
    pub fn derive_finish(&mut self, index: SearchIndex) -> bool {
        if index.version != self.version || !self.valid {
            return false;
        }
        self.put(search::INDEX_FILE.to_string(), index.bytes, false);
        self.search_pending = false;
        true
    }

    /// Stores a file, keeping the old buffer when the bytes are the same (so that the server
    /// sees at a pointer comparison that it did not change).
    fn put(&mut self, path: String, bytes: Vec<u8>, page: bool) {
        if let Some(old) = self.files.get(&path) {
            if old.page == page && *old.bytes == bytes {
                return;
            }
        }
        self.files.insert(
            path,
            OutputFile {
                bytes: Arc::new(bytes),
                page,
            },
        );
    }

    /// What changed, when every path is an ordinary content page (or an editor's temporary
    /// file); `None` when a full build is needed.
    fn changes(&self, changed: &[PathBuf]) -> Option<Vec<Change>> {
        // A page of a site in several languages is also each language's page (and a
        // translation is joined to its original): such a site is always rebuilt whole.
        if !self.site.config.languages.is_empty() {
            return None;
        }
        let root = &self.options.root;
        let mut sources = BTreeSet::new();
        for path in changed {
            let relative = if path.is_absolute() {
                path.strip_prefix(root).ok()?.to_path_buf()
            } else {
                path.clone()
            };
            let name = relative.file_name()?.to_str()?;
            if content::is_editor_temporary(name) {
                continue;
            }
            let inside = relative.strip_prefix("content").ok()?;
            if inside.extension().is_none_or(|e| e != "md") {
                sources.extend(self.folder_change(&relative)?);
                continue;
            }
            let folder = inside.parent().and_then(|p| p.to_str())?;
            let special = [THEMES_DIR, INSTRUMENTS_DIR, GLOSSARY_DIR].contains(&folder);
            if special && name != "_index.md" {
                return None;
            }
            // A path through a symbolic link, `..` or `.` would name a file the content
            // loader sees under another name.
            if relative
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
            {
                return None;
            }
            sources.insert(relative);
        }
        let mut changes = Vec::new();
        for source in sources {
            let full = root.join(&source);
            let old = self
                .site
                .content
                .pages
                .iter()
                .find(|p| p.entry.source_path == source)
                .cloned();
            let metadata = std::fs::symlink_metadata(&full);
            let new = match metadata {
                Ok(m) if m.is_file() => match content::load_page_file(root, &full) {
                    Ok(page) if page.entry.meta.draft && !self.options.drafts => None,
                    Ok(page) => Some(page),
                    // The full build reports the error, with every other error of the site.
                    Err(_) => return None,
                },
                Ok(_) => return None,
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
                Err(_) => return None,
            };
            if old.is_none() && new.is_none() {
                continue;
            }
            changes.push(Change { source, old, new });
        }
        Some(changes)
    }

    /// The pages that a change of `relative`, a path in `content/` that is not a Markdown file,
    /// removed: none for a folder just made (the files put in it later are reported on their
    /// own) or a file the site did not have, the pages it held for a folder that went. `None`
    /// for anything else (an asset, a folder that came with files, one that held other content).
    fn folder_change(&self, relative: &Path) -> Option<Vec<PathBuf>> {
        let root = &self.options.root;
        match std::fs::symlink_metadata(root.join(relative)) {
            Ok(metadata) if metadata.is_dir() => {
                let empty = walkdir::WalkDir::new(root.join(relative))
                    .into_iter()
                    .all(|entry| entry.is_ok_and(|e| !e.file_type().is_file()));
                empty.then(Vec::new)
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                let content = &self.site.content;
                let under = |path: &Path| path.starts_with(relative);
                let other = content
                    .themes
                    .iter()
                    .map(|e| e.source_path.as_path())
                    .chain(content.instruments.iter().map(|e| e.source_path.as_path()))
                    .chain(content.glossary.iter().map(|e| e.source_path.as_path()))
                    .chain(
                        content
                            .assets
                            .iter()
                            .map(|(source, _)| source.strip_prefix(root).unwrap_or(source)),
                    )
                    .any(under);
                if other {
                    return None;
                }
                Some(
                    content
                        .pages
                        .iter()
                        .map(|p| &p.entry.source_path)
                        .filter(|p| under(p))
                        .cloned()
                        .collect(),
                )
            }
            _ => None,
        }
    }

    /// Applies `changes` to the site and renders the pages they affect. An error means the
    /// fast path cannot give the clean build's result (the caller then builds everything).
    fn apply(&mut self, changes: Vec<Change>) -> std::result::Result<(), GiveUp> {
        if changes.is_empty() {
            return Ok(());
        }
        // The pages the output shows these pages on, and the URL each content file has.
        let mut paths: BTreeSet<String> = BTreeSet::new();
        let mut moved: BTreeSet<String> = BTreeSet::new();
        for change in &changes {
            for page in change.old.iter().chain(&change.new) {
                if self.generated.contains(&page.path) {
                    return Err(GiveUp);
                }
                paths.insert(page.path.clone());
            }
            let old_path = change.old.as_ref().map(|p| &p.path);
            let new_path = change.new.as_ref().map(|p| &p.path);
            if old_path != new_path {
                moved.insert(content_path(&change.source));
            }
        }
        // Every page's menu and footer depend on whether these pages exist.
        for special in ["about/", "accessibility/"] {
            let before = self.site.content.page_at(special).is_some();
            let after = changes.iter().fold(before, |exists, change| {
                let was = change.old.as_ref().is_some_and(|p| p.path == special);
                let is = change.new.as_ref().is_some_and(|p| p.path == special);
                (exists && !was) || is
            });
            if before != after {
                return Err(GiveUp);
            }
        }
        let sources: HashSet<&Path> = changes.iter().map(|c| c.source.as_path()).collect();
        if !moved.is_empty() && self.linked_from_elsewhere(&moved, &sources) {
            return Err(GiveUp);
        }
        let had_code = self.bodies.pages.iter().any(|b| b.has_code);

        // Swap the pages in, keeping the content's order (by path) and the bodies beside them.
        for change in &changes {
            if let Some(index) = self.index_of(&change.source) {
                self.site.content.pages.remove(index);
                self.bodies.pages.remove(index);
                self.page_entries.remove(index);
            }
            self.targets.urls.remove(&content_path(&change.source));
        }
        for change in &changes {
            let Some(page) = &change.new else { continue };
            let index = match self
                .site
                .content
                .pages
                .binary_search_by(|p| p.path.cmp(&page.path))
            {
                // Two files with one URL: the full build reports it.
                Ok(_) => return Err(GiveUp),
                Err(index) => index,
            };
            self.targets
                .urls
                .insert(content_path(&change.source), self.site.urls.url(&page.path));
            self.site.content.pages.insert(index, page.clone());
            self.bodies.pages.insert(index, Rendered::default());
            self.page_entries.insert(index, None);
        }
        let new_pages: Vec<Page> = changes.iter().filter_map(|c| c.new.clone()).collect();
        self.site
            .templates
            .check_page_templates(&self.options.root, &new_pages)
            .map_err(|_| GiveUp)?;

        // Their Markdown, with the links of the site as it is now.
        let renderer = MarkdownRenderer {
            unsafe_html: self.site.config.unsafe_html,
            targets: &self.targets,
        };
        for change in &changes {
            if change.new.is_none() {
                continue;
            }
            let index = self.index_of(&change.source).ok_or(GiveUp)?;
            let entry = &self.site.content.pages[index].entry;
            let rendered = renderer
                .render(
                    &entry.body,
                    &entry.source_path,
                    entry.body_line,
                    &content_path(&entry.source_path),
                )
                .map_err(|_| GiveUp)?;
            self.bodies.pages[index] = rendered;
        }
        // Whether the code stylesheet is written depends on every page; a static file of that
        // name would show through when it goes, which only a full build gets right.
        if self.bodies.pages.iter().any(|b| b.has_code) != had_code {
            return Err(GiveUp);
        }

        // The pages to render again: the changed pages and the sections that list them.
        let mut affected: BTreeSet<String> = BTreeSet::new();
        for path in &paths {
            affected.insert(path.clone());
            if let Some(parent) = parent_path(path) {
                affected.insert(parent);
            }
        }
        let by_path: HashMap<&str, usize> = self
            .site
            .content
            .pages
            .iter()
            .enumerate()
            .map(|(i, p)| (p.path.as_str(), i))
            .collect();
        let mut render: Vec<(usize, String)> = Vec::new();
        let mut gone: Vec<String> = Vec::new();
        for path in &affected {
            if self.generated.contains(path) {
                // A parent that the build generates (the home page, `themes/`) does not list
                // content pages.
                continue;
            }
            let file = crate::urls::file_of(path);
            match by_path.get(path.as_str()) {
                Some(&index) => render.push((index, file)),
                None => gone.push(file),
            }
        }
        let rendered: Vec<(String, String)> = {
            use rayon::prelude::*;
            render
                .par_iter()
                .map(|(index, file)| {
                    self.site
                        .render_page(PageKind::Content(*index), &self.bodies)
                        .map(|html| (file.clone(), html))
                })
                .collect::<Result<_>>()
                .map_err(|_| GiveUp)?
        };
        self.check_anchors(&rendered)?;
        for file in gone {
            self.files.remove(&file);
        }
        for (file, html) in rendered {
            self.put(file, html.into_bytes(), true);
        }
        Ok(())
    }

    /// The index in the content's pages of the page read from `source`.
    fn index_of(&self, source: &Path) -> Option<usize> {
        self.site
            .content
            .pages
            .iter()
            .position(|p| p.entry.source_path == source)
    }

    /// Whether any Markdown other than the changed pages' may link to one of the content files
    /// `moved` (whose URL changed, or which appeared or went): such a link now resolves
    /// differently, or not at all. Matching the file name in the text errs on the side of a full
    /// build.
    fn linked_from_elsewhere(&self, moved: &BTreeSet<String>, changed: &HashSet<&Path>) -> bool {
        let names: Vec<&str> = moved
            .iter()
            .map(|path| path.rsplit('/').next().unwrap_or(path))
            .collect();
        let mentions = |text: &str| names.iter().any(|name| text.contains(name));
        let content = &self.site.content;
        content
            .pages
            .iter()
            .filter(|p| !changed.contains(p.entry.source_path.as_path()))
            .any(|p| mentions(&p.entry.body))
            || content.themes.iter().any(|e| mentions(&e.body))
            || content.instruments.iter().any(|e| mentions(&e.body))
            || content.glossary.iter().any(|e| mentions(&e.body))
            || self
                .site
                .documents
                .iter()
                .filter_map(|d| d.provenance.as_deref())
                .any(mentions)
    }

    /// Checks the anchors that Markdown links point at on the pages just rendered, and those
    /// that the changed pages' links point at, as a full build checks all of them.
    fn check_anchors(&self, rendered: &[(String, String)]) -> std::result::Result<(), GiveUp> {
        let has_links = |b: &Rendered| !b.fragment_links.is_empty();
        let bodies = &self.bodies;
        let any = bodies.pages.iter().any(has_links)
            || bodies.themes.iter().any(has_links)
            || bodies.instruments.iter().any(has_links)
            || bodies.glossary.iter().any(has_links)
            || bodies.provenance.iter().flatten().any(has_links);
        if !any {
            return Ok(());
        }
        let mut pages: Vec<(String, String)> = rendered.to_vec();
        let mut wanted: BTreeSet<String> = BTreeSet::new();
        for (file, _) in rendered {
            let url = crate::urls::path_of(file);
            let index = self
                .site
                .content
                .pages
                .iter()
                .position(|p| p.path == url)
                .ok_or(GiveUp)?;
            for link in &bodies.pages[index].fragment_links {
                wanted.insert(link.url.clone());
            }
        }
        let shown: HashSet<&str> = rendered.iter().map(|(f, _)| f.as_str()).collect();
        for (file, output) in &self.files {
            if !output.page || shown.contains(file.as_str()) {
                continue;
            }
            let url = self.site.urls.file_url(file);
            if wanted.contains(&url) {
                let html = String::from_utf8(output.bytes.to_vec()).map_err(|_| GiveUp)?;
                pages.push((file.clone(), html));
            }
        }
        Anchors::collect(&self.site, bodies, &pages)
            .verify()
            .map_err(|_| GiveUp)
    }
}

/// The search index to compute for one state of the site: see [`Incremental::derive_start`].
#[derive(Debug)]
pub struct SearchJob {
    version: u64,
    entries: Vec<Arc<SearchEntry>>,
}

impl SearchJob {
    /// Builds the index (seconds on a site of 10,000 pages); `None` once `cancelled` says
    /// that it is no longer wanted.
    pub fn run(&self, cancelled: &dyn Fn() -> bool) -> Option<SearchIndex> {
        let entries: Vec<&SearchEntry> = self.entries.iter().map(|e| e.as_ref()).collect();
        let json = search::index_json_of(&entries, cancelled)?;
        Some(SearchIndex {
            version: self.version,
            bytes: json.into_bytes(),
        })
    }
}

/// The result of a [`SearchJob`], for [`Incremental::derive_finish`].
#[derive(Debug)]
pub struct SearchIndex {
    version: u64,
    bytes: Vec<u8>,
}

/// The fast path cannot produce a clean build's output for this change.
#[derive(Debug)]
struct GiveUp;

/// The URL path of the section that lists the page at `path` (`guides/` for `guides/a/`);
/// `None` for the home page.
fn parent_path(path: &str) -> Option<String> {
    let trimmed = path.strip_suffix('/')?;
    Some(match trimmed.rfind('/') {
        Some(index) => trimmed[..=index].to_string(),
        None => String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_are_one_segment_up() {
        assert_eq!(parent_path("guides/a/").as_deref(), Some("guides/"));
        assert_eq!(parent_path("a/").as_deref(), Some(""));
        assert_eq!(parent_path("a/b/c/").as_deref(), Some("a/b/"));
        assert_eq!(parent_path(""), None);
    }
}
