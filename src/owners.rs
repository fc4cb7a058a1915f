//! Every output path has exactly one owner (issue 17).
//!
//! A build writes pages it generates, files it generates (the search index, the feed, ...),
//! the authors' pages, `static/` and the files beside the Markdown in `content/`. Were two of
//! them to land on one path, one would silently replace the other (and the search index would
//! still list the loser), so a clash is an error naming both. The one overlap that is meant is a
//! theme's `static/` file replaced by the site's own, and a section page (`_index.md`) at the
//! path of a generated list, which is shown on it as its introduction.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Location, Result};
use crate::load::Site;
use crate::render::PageKind;

/// Who writes an output file.
#[derive(Debug, Clone)]
enum Owner {
    /// A file of the site: a page, an asset or a static file.
    Source(PathBuf),
    /// Something accord generates, described.
    Generated(String),
}

impl Owner {
    fn describe(&self) -> String {
        match self {
            Owner::Source(path) => path.display().to_string(),
            Owner::Generated(what) => what.clone(),
        }
    }
}

/// Checks that no two sources of `site` write the same output path.
pub fn check(site: &Site) -> Result<()> {
    let mut owners: BTreeMap<String, Owner> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut claim = |path: String, owner: Owner| {
        if let Some(first) = owners.get(&path) {
            if let (Owner::Source(a), Owner::Source(b)) = (&owner, first) {
                if a == b {
                    return;
                }
            }
            let (source, other) = match (&owner, first) {
                (Owner::Source(source), _) => (source.clone(), first.describe()),
                (_, Owner::Source(source)) => (source.clone(), owner.describe()),
                _ => return,
            };
            errors.push(Error::input(
                Location::file(source),
                format!("this would be written to /{path}, where {other} is written"),
                "rename or move one of the two (a page can also be given another `slug`)",
            ));
        } else {
            owners.insert(path, owner);
        }
    };
    for (kind, file) in site.page_list() {
        let owner = match kind {
            PageKind::Content(index) => {
                Owner::Source(site.content.pages[index].entry.source_path.clone())
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
        claim(file, owner);
    }
    // A plain page at a generated page's path: only section pages are introductions.
    for page in site.content.pages.iter().filter(|p| !p.is_section) {
        claim(
            format!("{}index.html", page.path),
            Owner::Source(page.entry.source_path.clone()),
        );
    }
    let generated = site.extra_files().into_iter().map(|(path, _)| path).chain([
        crate::render::search::INDEX_FILE.to_string(),
        crate::render::search::PREVIEWS_FILE.to_string(),
        "syntax.css".to_string(),
    ]);
    for path in generated {
        let owner = Owner::Generated(format!("the {path} that accord generates"));
        claim(path, owner);
    }
    let static_folder = site.root.join("static");
    for file in crate::tree::files(&site.root, &static_folder, crate::tree::Folder::Static)? {
        let source = Path::new("static").join(&file.relative);
        claim(slashed(&file.relative), Owner::Source(source));
    }
    for (source, relative) in &site.content.assets {
        let source = source.strip_prefix(&site.root).unwrap_or(source);
        claim(slashed(relative), Owner::Source(source.to_path_buf()));
    }
    Error::from_list(errors)
}

fn slashed(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
