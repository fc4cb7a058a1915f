//! Every output path has exactly one owner (issue 17).
//!
//! A build writes pages it generates, files it generates (the search index, the feed, ...),
//! the authors' pages, `static/` and the files beside the Markdown in `content/`. Were two of
//! them to land on one path, one would silently replace the other (and the search index would
//! still list the loser), so a clash is an error naming both. The one overlap that is meant is a
//! theme's `static/` file replaced by the site's own, and a section page (`_index.md`) at the
//! path of a generated list, which is shown on it as its introduction.
//!
//! In a site with several languages, the folder of each language other than the default
//! (`fr/`) holds that language's pages: a page, asset or static file of the site in it
//! (`content/fr/x.md`, `static/fr/logo.png`) is a clash with the language's pages as a whole,
//! whether or not one of them has its exact path.

use std::borrow::Cow;
use std::path::Path;

use rustc_hash::FxHashMap;

use crate::error::{Error, Location, Result};
use crate::load::Site;
use crate::render::PageKind;
use crate::urls::SEARCH_FOLDER;

/// Who writes an output file.
#[derive(Debug, Clone)]
enum Owner<'a> {
    /// A file of the site: a page, an asset or a static file.
    Source(Cow<'a, Path>),
    /// Something accord generates, described.
    Generated(String),
}

/// Every output path claimed so far and its owner. A quick hash, and paths and sources
/// borrowed from the site where it has them: this runs on every build and every edit `serve`
/// sees, over every page.
type Owners<'a> = FxHashMap<Cow<'a, str>, Owner<'a>>;

impl Owner<'_> {
    fn describe(&self) -> String {
        match self {
            Owner::Source(path) => path.display().to_string(),
            Owner::Generated(what) => what.clone(),
        }
    }
}

/// Claims `path` for `owner`, or adds to `errors` that another owner has it.
fn claim<'a>(
    owners: &mut Owners<'a>,
    errors: &mut Vec<Error>,
    path: Cow<'a, str>,
    owner: Owner<'a>,
) {
    let Some(first) = owners.get(&path) else {
        owners.insert(path, owner);
        return;
    };
    if let (Owner::Source(a), Owner::Source(b)) = (&owner, first) {
        if a == b {
            return;
        }
    }
    let (source, other) = match (&owner, first) {
        (Owner::Source(source), _) => (source.to_path_buf(), first.describe()),
        (_, Owner::Source(source)) => (source.to_path_buf(), owner.describe()),
        _ => return,
    };
    errors.push(Error::input(
        Location::file(source),
        format!("this would be written to /{path}, where {other} is written"),
        "rename or move one of the two (a page can also be given another `slug`)",
    ));
}

/// Checks that no two sources of `site` write the same output path.
pub fn check(site: &Site) -> Result<()> {
    let mut owners = Owners::default();
    let mut errors = Vec::new();
    for (kind, file) in site.page_list() {
        let owner = match *kind {
            PageKind::Content(index) => {
                Owner::Source(Cow::Borrowed(&site.content.pages[index].entry.source_path))
            }
            PageKind::Document(index) => Owner::Generated(format!(
                "the page of the document {}",
                site.documents[index].source_path.display()
            )),
            PageKind::Search => Owner::Generated("the search page".into()),
            PageKind::Home => Owner::Generated("the home page".into()),
            PageKind::NotFound => Owner::Generated("the page-not-found page".into()),
            _ => Owner::Generated("a page accord generates".into()),
        };
        claim(&mut owners, &mut errors, Cow::Borrowed(file), owner);
    }
    // A plain page at a generated page's path: only section pages are introductions.
    let mut file = String::new();
    for page in site.content.pages.iter().filter(|p| !p.is_section) {
        file.clear();
        file.push_str(&page.path);
        file.push_str("index.html");
        let source = page.entry.source_path.as_path();
        // Nearly every page is in the page list at this path, so is claimed already: looked
        // up without making a string of it.
        if matches!(owners.get(file.as_str()), Some(Owner::Source(first)) if first == source) {
            continue;
        }
        let owner = Owner::Source(Cow::Borrowed(source));
        claim(&mut owners, &mut errors, Cow::Owned(file.clone()), owner);
    }
    let generated = site.extra_files().into_iter().map(|(path, _)| path).chain([
        crate::render::previews::PREVIEWS_FILE.to_string(),
        "syntax.css".to_string(),
    ]);
    for path in generated {
        let owner = Owner::Generated(format!("the {path} that accord generates"));
        claim(&mut owners, &mut errors, Cow::Owned(path), owner);
    }
    let static_folder = site.root.join("static");
    for file in crate::tree::files(&site.root, &static_folder, crate::tree::Folder::Static)? {
        let source = Path::new("static").join(&file.relative);
        let owner = Owner::Source(Cow::Owned(source));
        claim(
            &mut owners,
            &mut errors,
            Cow::Owned(slashed(&file.relative)),
            owner,
        );
    }
    for (source, relative) in &site.content.assets {
        let source = source.strip_prefix(&site.root).unwrap_or(source);
        let owner = Owner::Source(Cow::Borrowed(source));
        claim(
            &mut owners,
            &mut errors,
            Cow::Owned(slashed(relative)),
            owner,
        );
    }
    errors.extend(language_folder_clashes(site, &owners));
    // The search index's folder is accord's alone: Pagefind names its files after their content.
    for (path, owner) in in_folder(&owners, SEARCH_FOLDER) {
        if let Owner::Source(source) = owner {
            errors.push(Error::input(
                Location::file(source.to_path_buf()),
                format!(
                    "this would be written to /{path}, in the folder /{SEARCH_FOLDER} where \
                     accord writes the search index"
                ),
                format!("move it out of {SEARCH_FOLDER}"),
            ));
        }
    }
    Error::from_list(errors)
}

/// The site's files that would be written inside the folder of one of its other languages.
fn language_folder_clashes(site: &Site, owners: &Owners<'_>) -> Vec<Error> {
    let mut errors = Vec::new();
    for code in site.other_languages() {
        let folder = crate::urls::language_folder(&code);
        for (path, owner) in in_folder(owners, &folder) {
            let Owner::Source(source) = owner else {
                continue;
            };
            // `content/` or `static/`, then the language's folder.
            let top = source.components().next().map(|c| slashed(c.as_ref()));
            let source_folder = format!("{}/{folder}", top.unwrap_or_default());
            errors.push(Error::input(
                Location::file(source.to_path_buf()),
                format!("this would be written to /{path}, inside /{folder}, where the pages in `{code}` are written"),
                format!("move it out of {source_folder}: a page in `{code}` is a translation named after its original (about.{code}.md), and files every language shares go outside /{folder}"),
            ));
        }
    }
    errors
}

/// The output paths inside `folder` and their owners, in path order.
fn in_folder<'o, 'a>(
    owners: &'o Owners<'a>,
    folder: &str,
) -> Vec<(&'o Cow<'a, str>, &'o Owner<'a>)> {
    let mut inside: Vec<_> = owners
        .iter()
        .filter(|(path, _)| path.starts_with(folder))
        .collect();
    inside.sort_unstable_by(|a, b| a.0.cmp(b.0));
    inside
}

fn slashed(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
