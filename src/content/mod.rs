//! Content written by the site's authors: pages, themes, instruments and the glossary.
//!
//! Everything lives under `content/` as Markdown with YAML front matter. Files in
//! `content/themes/`, `content/instruments/` and `content/glossary/` are themes, instruments and
//! glossary terms; every other `.md` file is a page, rendered at its path. Other files are assets,
//! copied through beside the pages.

pub mod front_matter;
pub mod model;
pub mod translation;
pub mod yaml_error;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::error::{Error, Location, Result};
use crate::text::is_valid_slug;
pub use model::*;

/// The folders whose Markdown files are not plain pages.
pub const THEMES_DIR: &str = "themes";
/// See [`THEMES_DIR`].
pub const INSTRUMENTS_DIR: &str = "instruments";
/// See [`THEMES_DIR`].
pub const GLOSSARY_DIR: &str = "glossary";

/// All of a site's authored content.
#[derive(Debug, Default)]
pub struct Content {
    /// Pages and section pages, in path order (the home page's path is empty).
    pub pages: Vec<Page>,
    /// Themes, by weight then title.
    pub themes: Vec<Theme>,
    /// Instruments, by name.
    pub instruments: Vec<Instrument>,
    /// Glossary terms, alphabetically.
    pub glossary: Vec<Term>,
    /// Files that are not Markdown, to copy as they are: (source, path in the output).
    pub assets: Vec<(PathBuf, PathBuf)>,
    /// Translations into the site's other languages, by (language, original's file).
    pub translations: BTreeMap<(String, PathBuf), translation::Translation>,
    /// The files of the drafts left out, whose translations are left out with them.
    pub dropped_drafts: BTreeSet<PathBuf>,
    /// In the content of another language than the default ([`Content::localized`]): the
    /// original files that have a translation into it. `None` in the default language.
    pub translated: Option<BTreeSet<PathBuf>>,
}

impl Content {
    /// The page at a URL path (`""` for the home page, `"themes/"` for the themes index).
    pub fn page_at(&self, path: &str) -> Option<&Page> {
        self.page_index(path).map(|index| &self.pages[index])
    }

    /// The index in [`Content::pages`] of the page at a URL path. A binary search, as every
    /// page's view asks for a page by path: a linear one made a 10,000-page build quadratic.
    pub fn page_index(&self, path: &str) -> Option<usize> {
        self.pages
            .binary_search_by(|page| page.path.as_str().cmp(path))
            .ok()
    }
}

/// One Markdown file of `content/`, loaded.
enum Loaded {
    Page(Page),
    Theme(Theme),
    Instrument(Instrument),
    Term(Term),
}

/// Reads `content/` below `root`. Drafts are kept only when `drafts` is true.
pub fn load(root: &Path, drafts: bool) -> Result<Content> {
    load_in(root, drafts, &[])
}

/// Reads `content/` below `root` for a site whose other languages are `languages`: a file
/// named `NAME.CODE.md` for one of them is a translation of `NAME.md`
/// ([`translation`]). Drafts are kept only when `drafts` is true.
pub fn load_in(root: &Path, drafts: bool, languages: &[String]) -> Result<Content> {
    let directory = root.join("content");
    let mut content = Content::default();
    if !directory.is_dir() {
        return Ok(content);
    }
    let mut errors = Vec::new();
    let mut markdown = Vec::new();
    let mut translations = Vec::new();
    for file in crate::tree::files(root, &directory, crate::tree::Folder::Other)? {
        let name = file
            .relative
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !is_markdown(&file.relative) {
            content.assets.push((file.path, file.relative));
            continue;
        }
        if let Some((code, original)) = translation::language_of(&name, languages) {
            let shown = file
                .path
                .strip_prefix(root)
                .unwrap_or(&file.path)
                .to_path_buf();
            translations.push(translation::load(root, &file.path, &shown, code, &original));
            continue;
        }
        markdown.push((file.path, file.relative, name));
    }
    // Every file is read and parsed on its own, so they are loaded in parallel; gathered back in
    // file order, the content and the errors are those of a sequential read.
    let loaded: Vec<Result<Loaded>> = markdown
        .par_iter()
        .map(|(path, relative, name)| load_file(root, path, relative, name))
        .collect();
    for result in loaded {
        match result {
            Ok(loaded) => content.add(loaded),
            Err(error) => errors.push(error),
        }
    }
    let translations: Vec<translation::Translation> = translations
        .into_iter()
        .filter_map(|t| t.map_err(|e| errors.push(e)).ok())
        .collect();
    Error::from_list(errors)?;
    content.finish(drafts)?;
    if !translations.is_empty() {
        translation::join(&mut content, translations, drafts)?;
    }
    Ok(content)
}

/// Reads the Markdown file at `path` (`relative` to `content/`, named `name`) as the kind of
/// content its folder and name say.
fn load_file(root: &Path, path: &Path, relative: &Path, name: &str) -> Result<Loaded> {
    let shown = path.strip_prefix(root).unwrap_or(path);
    let folder = relative.parent().and_then(|p| p.to_str()).unwrap_or("");
    match (folder, name) {
        (_, name) if is_section_file(name) => {
            load_page(root, path, shown, relative, true).map(Loaded::Page)
        }
        (THEMES_DIR, _) => load_entry::<ThemeMeta>(root, path, shown, "a theme").map(Loaded::Theme),
        (INSTRUMENTS_DIR, _) => {
            load_entry::<InstrumentMeta>(root, path, shown, "an instrument").map(Loaded::Instrument)
        }
        (GLOSSARY_DIR, _) => {
            load_entry::<TermMeta>(root, path, shown, "a glossary term").map(Loaded::Term)
        }
        _ => load_page(root, path, shown, relative, false).map(Loaded::Page),
    }
}

impl Content {
    fn add(&mut self, loaded: Loaded) {
        match loaded {
            Loaded::Page(page) => self.pages.push(page),
            Loaded::Theme(theme) => self.themes.push(theme),
            Loaded::Instrument(instrument) => self.instruments.push(instrument),
            Loaded::Term(term) => self.glossary.push(term),
        }
    }

    /// Leaves drafts out (unless `drafts`), puts every list in its order and checks that no two
    /// pages share a URL. Entries are first put in file order (as a sorted walk lists them), so
    /// that the ties of the orders below are broken as when the folder is read at once.
    fn finish(&mut self, drafts: bool) -> Result<()> {
        if !drafts {
            let pages = self.pages.iter().filter(|p| p.entry.meta.draft);
            let themes = self.themes.iter().filter(|t| t.meta.draft);
            let instruments = self.instruments.iter().filter(|i| i.meta.draft);
            let glossary = self.glossary.iter().filter(|t| t.meta.draft);
            let dropped: Vec<PathBuf> = pages
                .map(|p| &p.entry.source_path)
                .chain(themes.map(|t| &t.source_path))
                .chain(instruments.map(|i| &i.source_path))
                .chain(glossary.map(|t| &t.source_path))
                .cloned()
                .collect();
            self.dropped_drafts.extend(dropped);
            self.pages.retain(|p| !p.entry.meta.draft);
            self.themes.retain(|t| !t.meta.draft);
            self.instruments.retain(|i| !i.meta.draft);
            self.glossary.retain(|t| !t.meta.draft);
        }
        self.assets.sort_by(|a, b| a.1.cmp(&b.1));
        self.themes
            .sort_by(|a, b| a.source_path.cmp(&b.source_path));
        self.instruments
            .sort_by(|a, b| a.source_path.cmp(&b.source_path));
        self.glossary
            .sort_by(|a, b| a.source_path.cmp(&b.source_path));
        sort_by_path(&mut self.pages, |p| &p.path);
        // Names in alphabetical order with accents and case folded ("Énergie" under E).
        self.themes
            .sort_by_cached_key(|t| (t.meta.weight, crate::text::fold(&t.meta.title)));
        self.instruments
            .sort_by_cached_key(|i| crate::text::fold(&i.meta.name));
        self.glossary
            .sort_by_cached_key(|t| crate::text::fold(&t.meta.term));
        check_unique_paths(self)
    }

    /// Brings the content up to date after the files or folders at `changed` (relative to
    /// `root`, inside `content/`) changed, appeared or went: everything read from them is
    /// dropped and what is there now is read, by the same rules as [`load`]. Nothing else is
    /// read again. For a site without other languages: translations are joined to the whole
    /// content as it is read ([`load_in`]).
    pub fn reload(&mut self, root: &Path, drafts: bool, changed: &[PathBuf]) -> Result<()> {
        // The watcher names a file once per event (a write, then its close): read it once, or
        // its second reading would clash with its first.
        let mut changed = changed.to_vec();
        changed.sort();
        changed.dedup();
        let changed = changed.as_slice();
        let directory = root.join("content");
        // Every file read is asked about: a path that does not hold the last name of a changed
        // one as bytes cannot lie under it, which is quicker to see than by comparing the two
        // paths' components.
        // (A name or path that is not UTF-8 is compared by its components alone.)
        let last_names: Vec<Option<&str>> = changed
            .iter()
            .map(|c| c.file_name().and_then(|name| name.to_str()))
            .collect();
        let gone = |source: &Path| {
            let text = source.to_str();
            changed.iter().zip(&last_names).any(|(c, name)| {
                let may = match (text, name) {
                    (Some(text), Some(name)) => text.contains(name),
                    _ => true,
                };
                may && source.starts_with(c)
            })
        };
        self.dropped_drafts.retain(|p| !gone(p));
        self.pages.retain(|p| !gone(&p.entry.source_path));
        self.themes.retain(|e| !gone(&e.source_path));
        self.instruments.retain(|e| !gone(&e.source_path));
        self.glossary.retain(|e| !gone(&e.source_path));
        self.assets
            .retain(|(source, _)| !gone(source.strip_prefix(root).unwrap_or(source)));
        let mut errors = Vec::new();
        for path in changed {
            // A path inside another changed folder is read with that folder.
            if changed.iter().any(|c| c != path && path.starts_with(c)) {
                continue;
            }
            let Ok(inside) = path.strip_prefix("content") else {
                continue;
            };
            let full = root.join(path);
            let found = match std::fs::symlink_metadata(&full) {
                Err(_) => continue,
                Ok(_) if crate::tree::is_ignored_path(inside, crate::tree::Folder::Other) => {
                    continue
                }
                Ok(_) if crate::tree::is_folder(root, &full)? => {
                    crate::tree::files(root, &full, crate::tree::Folder::Other)?
                }
                Ok(_) => vec![crate::tree::TreeFile {
                    path: full.clone(),
                    relative: PathBuf::new(),
                }],
            };
            for file in found {
                // A file named itself has no path of its own below `inside`.
                let relative = if file.relative.as_os_str().is_empty() {
                    inside.to_path_buf()
                } else {
                    inside.join(&file.relative)
                };
                let path = directory.join(&relative);
                if !is_markdown(&relative) {
                    // Read through the tree's rules, as the build reads assets.
                    crate::tree::inside(root, &file.path)?;
                    self.assets.push((path, relative));
                    continue;
                }
                let name = relative
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                match load_file(root, &path, &relative, &name) {
                    Ok(loaded) => self.add(loaded),
                    Err(error) => errors.push(error),
                }
            }
        }
        Error::from_list(errors)?;
        self.finish(drafts)
    }
}

/// Whether `path` is a Markdown file: `.md` or `.markdown`, in any case, so that a draft named
/// `embargo.MD` stays a draft rather than being copied through as it is.
pub fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

/// Whether a Markdown file named `name` is a section page (`_index.md`, in any case).
pub fn is_section_file(name: &str) -> bool {
    let path = Path::new(name);
    is_markdown(path) && path.file_stem().is_some_and(|s| s == "_index")
}

/// Editors leave swap and backup files beside the ones being edited; they are not content.
pub fn is_editor_temporary(name: &str) -> bool {
    name.starts_with(".#")
        || name.starts_with('.')
            && (name.ends_with(".swp") || name.ends_with(".swo") || name.ends_with(".swx"))
        || name.ends_with('~')
        || name.starts_with('#') && name.ends_with('#')
        || name == "4913"
}

pub(crate) fn read_text(root: &Path, path: &Path, shown: &Path) -> Result<String> {
    let bytes = crate::tree::read(root, path)?;
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let (line, column) = crate::error::line_column(valid, valid.len());
        Error::input(
            Location::at(shown, line, column),
            "this Markdown file is not UTF-8 text (is it a binary file?)",
            "save it as UTF-8, or give a file that is not Markdown another extension than .md",
        )
    })?;
    // Line endings are unified as seeds' are, so that front matter written with old Mac (CR)
    // or mixed endings is read as YAML, not as the page's first heading.
    if text.contains('\r') {
        Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Ok(text)
    }
}

fn file_slug(path: &Path, shown: &Path) -> Result<String> {
    let slug = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if is_valid_slug(&slug) {
        Ok(slug)
    } else {
        Err(Error::input(
            Location::file(shown),
            format!("`{slug}` cannot be used in a URL"),
            "rename the file using letters, digits, `-` and `_` only",
        ))
    }
}

fn load_entry<M: DeserializeOwned>(
    root: &Path,
    path: &Path,
    shown: &Path,
    what: &str,
) -> Result<Entry<M>> {
    let text = read_text(root, path, shown)?;
    let split = front_matter::split(&text, shown)?;
    if split.yaml.is_empty() && split.yaml_line == 1 && !text.starts_with("---") {
        return Err(Error::input(
            Location::at(shown, 1, 1),
            format!("{what} needs front matter"),
            "start the file with `---`, the YAML keys (docs/reference.md in accord's repository explains them), and `---`",
        ));
    }
    let meta = front_matter::parse_yaml(split.yaml, shown, split.yaml_line, what)?;
    let body = body_digest(split.body);
    Ok(Entry {
        slug: file_slug(path, shown)?,
        source_path: shown.to_path_buf(),
        meta,
        body: split.body.to_string(),
        body_line: split.body_line,
        digest: source_digest(shown, &text, split.body, body),
        body_digest: body,
    })
}

/// Where `part`, a slice of `text`, is in it.
fn range_in(text: &str, part: &str) -> std::ops::Range<usize> {
    let start = (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    start..start + part.len()
}

/// The [`Entry::digest`] of the file `shown` (relative to the site root) that holds `text`,
/// whose Markdown body is `body` (a slice of it), of [`body_digest`] `digest`: the body is
/// hashed once, not twice.
fn source_digest(
    shown: &Path,
    text: &str,
    body: &str,
    digest: crate::memo::Key,
) -> crate::memo::Key {
    let body_start = range_in(text, body).start;
    crate::memo::Key::of("content file", |h| {
        h.add(shown);
        h.add(text.get(..body_start).unwrap_or(text));
        h.add(&digest);
    })
}

/// The [`Entry::body_digest`] of the Markdown `body`.
pub(crate) fn body_digest(body: &str) -> crate::memo::Key {
    crate::memo::Key::of("markdown", |h| h.add(body))
}

/// The part `range` of `text` as a string of its own: when it runs to the end, `text` cut in
/// place rather than copied, as the Markdown of a large site is tens of megabytes.
fn part_of(mut text: String, range: std::ops::Range<usize>) -> String {
    if range.end == text.len() && text.is_char_boundary(range.start) {
        text.drain(..range.start);
        text
    } else {
        text.get(range).unwrap_or_default().to_string()
    }
}

fn load_page(
    root: &Path,
    path: &Path,
    shown: &Path,
    relative: &Path,
    is_section: bool,
) -> Result<Page> {
    let text = read_text(root, path, shown)?;
    let split = front_matter::split(&text, shown)?;
    let meta = front_matter::page_meta(&split, shown)?;
    let mut segments: Vec<String> = relative
        .parent()
        .into_iter()
        .flat_map(|p| p.iter())
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    if !is_section {
        let last = match &meta.slug {
            Some(slug) if is_valid_slug(slug) => slug.clone(),
            Some(slug) => {
                return Err(front_matter::invalid_slug(
                    split.yaml,
                    split.yaml_line,
                    shown,
                    slug,
                ))
            }
            None => file_slug(path, shown)?,
        };
        if last != "index" {
            segments.push(last);
        }
    }
    let path_string: String = segments.iter().map(|s| format!("{s}/")).collect();
    let body_line = split.body_line;
    let body = range_in(&text, split.body);
    let body_digest = body_digest(split.body);
    let digest = crate::memo::Key::of("content page", |h| {
        h.add(&source_digest(shown, &text, split.body, body_digest));
        h.add(&is_section);
    });
    Ok(Page {
        entry: Entry {
            slug: segments.last().cloned().unwrap_or_default(),
            source_path: shown.to_path_buf(),
            meta,
            body: part_of(text, body),
            body_line,
            digest,
            body_digest,
        },
        path: path_string,
        is_section,
    })
}

/// Reads the one page or section page at `path`, a Markdown file below `root/content/` that is
/// not a theme, an instrument or a glossary term, exactly as [`load`] reads it. Drafts are
/// returned too: the caller decides whether to keep them.
pub fn load_page_file(root: &Path, path: &Path) -> Result<Page> {
    let directory = root.join("content");
    let shown = path.strip_prefix(root).unwrap_or(path);
    let Ok(relative) = path.strip_prefix(&directory) else {
        return Err(Error::input(
            Location::file(shown),
            "this file is not in the site's content/ folder",
            "move it under content/",
        ));
    };
    let is_section = relative
        .file_name()
        .is_some_and(|n| is_section_file(&n.to_string_lossy()));
    load_page(root, path, shown, relative, is_section)
}

/// Puts `items` in the order of their `path`, those of the same path in the order they are in
/// (as a stable sort does). A reload leaves the pages in order but for those it read, appended
/// at the end: those are put in place one by one, since a sort of the whole list allocates a
/// buffer of half of it, which on a large site was most of an edit's reading.
fn sort_by_path<T>(items: &mut Vec<T>, path: impl Fn(&T) -> &str) {
    /// Past this many items out of order, sorting them all is cheaper than placing each.
    const PLACED_ONE_BY_ONE: usize = 64;
    let in_order = 1 + items
        .windows(2)
        .take_while(|pair| path(&pair[0]) <= path(&pair[1]))
        .count();
    if in_order >= items.len() {
        return;
    }
    if items.len() - in_order > PLACED_ONE_BY_ONE {
        items.sort_by(|a, b| path(a).cmp(path(b)));
        return;
    }
    let mut rest = items.split_off(in_order);
    rest.sort_by(|a, b| path(a).cmp(path(b)));
    for item in rest {
        // After the items of the same path, as a stable sort leaves it.
        let at = items.partition_point(|p| path(p) <= path(&item));
        items.insert(at, item);
    }
}

/// Fails when two pages have the same URL. The pages are in path order ([`sort_by_path`]), so
/// those of one URL are side by side.
fn check_unique_paths(content: &Content) -> Result<()> {
    let mut errors = Vec::new();
    for pair in content.pages.windows(2) {
        let (first, page) = (&pair[0], &pair[1]);
        if page.path == first.path {
            errors.push(Error::input(
                Location::file(&page.entry.source_path),
                format!(
                    "this page has the same URL (/{}) as {}",
                    page.path,
                    first.entry.source_path.display()
                ),
                "rename one of the files or give it another `slug`",
            ));
        }
    }
    Error::from_list(errors)
}

/// Names used by more than one entry of the same kind, for error messages.
pub fn duplicate_names<'a>(
    names: impl Iterator<Item = (&'a str, &'a Path)>,
) -> BTreeMap<String, Vec<&'a Path>> {
    let mut by_name: BTreeMap<String, Vec<&Path>> = BTreeMap::new();
    for (name, path) in names {
        let entry = by_name.entry(crate::text::fold(name)).or_default();
        if !entry.contains(&path) {
            entry.push(path);
        }
    }
    by_name.retain(|_, paths| paths.len() > 1);
    by_name
}

#[cfg(test)]
mod tests;
