//! Build-time check of the paths inside the site that Markdown links and images lead to
//! (`/about/`, `/map.png`, `@/files/report.pdf`), as Zola fails a build on a broken internal link:
//! once every file is written, each must lead to one of them.

use std::collections::BTreeMap;

use rustc_hash::FxHashSet;

use crate::error::{Error, Result};
use crate::render::Bodies;

/// The hint of every broken-path error, which also lets `accord check` recognise them (it
/// reports them again from the output, with the page they break on).
pub const HINT_PREFIX: &str = "link to a file the site has";

/// Fails with one error per Markdown link or image whose path is none of `files` (the output
/// files, relative to the output folder), in source order. `prefix` is the site's base path.
pub fn verify(bodies: &Bodies, files: &FxHashSet<String>, prefix: &str) -> Result<()> {
    let prefix = if prefix.is_empty() { "/" } else { prefix };
    let mut errors: BTreeMap<super::anchors::PlaceKey, Error> = BTreeMap::new();
    // One buffer for the paths looked up: every link of every page is checked on every build.
    let mut wanted = String::new();
    for link in bodies.all().flat_map(|rendered| &rendered.path_links) {
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
            files.contains(&wanted)
        } else {
            files.contains(&wanted) || {
                wanted.push_str("/index.html");
                files.contains(&wanted)
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
