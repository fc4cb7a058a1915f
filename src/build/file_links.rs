//! Build-time check of the paths inside the site that Markdown links and images lead to
//! (`/about/`, `/map.png`, `@/files/report.pdf`), as Zola fails a build on a broken internal link:
//! once every file is written, each must lead to one of them.

use std::collections::BTreeMap;
use std::sync::Arc;

use rustc_hash::FxHashSet;

use crate::error::{Error, Result};
use crate::memo::{Key, KeyHasher, Memo};
use crate::render::markdown::Rendered;
use crate::render::{Bodies, PageKind};

/// The hint of every broken-path error, which also lets `accord check` recognise them (it
/// reports them again from the output, with the page they break on).
pub const HINT_PREFIX: &str = "link to a file the site has";

/// Every file one language of a site writes, relative to the output folder: the files of its
/// pages, the other files it writes, and, for a language other than the default, every file
/// the default language wrote (shared by all).
pub struct Written<'a> {
    /// The page list ([`crate::load::Site::page_list`]).
    pub pages: &'a [(PageKind, String)],
    /// The files beside the pages, in the order they were written.
    pub files: &'a [String],
    /// The default language's files, for another language.
    pub shared: &'a [String],
}

impl Written<'_> {
    /// Every file, in an order that follows from the inputs.
    fn all(&self) -> impl Iterator<Item = &str> {
        self.pages
            .iter()
            .map(|(_, file)| file.as_str())
            .chain(self.files.iter().map(String::as_str))
            .chain(self.shared.iter().map(String::as_str))
    }
}

/// [`verify`] against the files of `written`; with the `memo` of a `serve` session, only the
/// bodies not yet checked against the same files: the bodies that passed are kept, by their
/// digest (which stands for their links), under a hash of every file, so that after an edit
/// that leaves the files as they were only the bodies it changed are looked at again.
pub fn verify_written(
    bodies: &Bodies,
    written: &Written<'_>,
    prefix: &str,
    memo: Option<&Memo>,
) -> Result<()> {
    let files = || -> FxHashSet<&str> { written.all().collect() };
    let Some(memo) = memo else {
        return verify(bodies.all(), &files(), prefix);
    };
    let mut hasher = KeyHasher::new("path links");
    hasher.add(prefix);
    for file in written.all() {
        hasher.add(file);
    }
    let key = hasher.finish();
    let passed = memo.find::<CheckedBodies>(key);
    let passed = passed.as_ref().map(|passed| &passed.0);
    let unchecked = bodies
        .all()
        .filter(|body| !passed.is_some_and(|passed| passed.contains(&body.digest)));
    let files = files();
    verify(unchecked, &files, prefix)?;
    // Tests run unoptimized: there, every body is checked again, so that an input the key
    // leaves out shows as a failure.
    if cfg!(debug_assertions) {
        assert!(
            verify(bodies.all(), &files, prefix).is_ok(),
            "the key of the path links' check misses something the check reads"
        );
    }
    let checked = bodies.all().map(|body| body.digest).collect();
    memo.put(key, Arc::new(CheckedBodies(checked)));
    Ok(())
}

/// The digests of the bodies whose path links all lead to files of the site, in the memo
/// under a hash of the site's files.
struct CheckedBodies(FxHashSet<Key>);

/// Fails with one error per Markdown link or image of `bodies` whose path is none of `files`
/// (the output files, relative to the output folder), in source order. `prefix` is the site's
/// base path.
pub fn verify<'b>(
    bodies: impl Iterator<Item = &'b Rendered>,
    files: &FxHashSet<&str>,
    prefix: &str,
) -> Result<()> {
    let prefix = if prefix.is_empty() { "/" } else { prefix };
    let mut errors: BTreeMap<super::anchors::PlaceKey, Error> = BTreeMap::new();
    // One buffer for the paths looked up: every link of every page is checked on every build.
    let mut wanted = String::new();
    for link in bodies.flat_map(|rendered| &rendered.path_links) {
        // A path outside the base path is not the site's (another site on the same host).
        let Some(relative) = link.path.strip_prefix(prefix) else {
            continue;
        };
        wanted.clear();
        if relative.contains('%') {
            wanted.push_str(&crate::html::percent_decode(relative));
        } else {
            wanted.push_str(relative);
        }
        let found = if wanted.is_empty() || wanted.ends_with('/') {
            wanted.push_str("index.html");
            files.contains(wanted.as_str())
        } else {
            files.contains(wanted.as_str()) || {
                wanted.push_str("/index.html");
                files.contains(wanted.as_str())
            }
        };
        if found {
            continue;
        }
        let location = &link.location;
        errors.insert(
            super::anchors::place_key(location),
            Error::input(
                location.clone(),
                format!(
                    "the link `{}` leads to {}, which the site does not have",
                    link.written, link.path
                ),
                format!(
                    "{HINT_PREFIX}: `@/about.md` for a page (by its file in content/), `@/map.png` or `/map.png` for a file of static/ or content/, `map.png` for a file beside this one"
                ),
            ),
        );
    }
    Error::from_list(errors.into_values().collect())
}

/// Whether `error` is a broken-path error of [`verify`].
pub fn is_path_error(error: &Error) -> bool {
    matches!(error, Error::Input { hint, .. } if hint.starts_with(HINT_PREFIX))
}
