//! Links in the whole output: every `href` and `src` of every HTML page, templates included,
//! resolved against the base path, must lead to a file of the output, and every `#fragment` to
//! an id of that file.

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;

use crate::html::{percent_decode, scan, FoundUrl};
use crate::site::Urls;

/// What a link resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// A file of the site: its path relative to the site root (before `index.html` is added)
    /// and the fragment, if any.
    Internal {
        /// Path relative to the site root, percent-decoded.
        path: String,
        /// The fragment without `#`, percent-decoded.
        fragment: Option<String>,
    },
    /// A link to another site.
    External(String),
    /// A link that leaves the site's base path (or climbs above its root): why.
    Outside(String),
    /// Nothing to check (`mailto:`, `tel:`, an empty link, ...).
    Ignored,
}

/// An external link and where it is: (URL, output file, line).
type ExternalUse = (String, String, usize);

/// A problem with one link of one output file.
#[derive(Debug, Clone)]
pub struct LinkProblem {
    /// The output file, relative to the site root.
    pub file: String,
    /// The line of the link in that file.
    pub line: usize,
    /// The link as the page has it.
    pub url: String,
    /// True for a missing anchor (the file exists), false for a missing file.
    pub anchor: bool,
    /// What is wrong.
    pub message: String,
}

/// Every problem with the links of `files` (the output, by path), and the external links with
/// where each first appears, in path order.
pub fn check(
    files: &BTreeMap<String, Vec<u8>>,
    urls: &Urls,
) -> (Vec<LinkProblem>, BTreeMap<String, (String, usize)>) {
    let scans: HashMap<&str, (Vec<FoundUrl>, HashSet<String>)> = files
        .par_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(path, bytes)| {
            let html = String::from_utf8_lossy(bytes);
            let scanned = scan(&html, false);
            (
                path.as_str(),
                (scanned.urls, scanned.ids.into_iter().collect()),
            )
        })
        .collect();
    let mut pages: Vec<&str> = scans.keys().copied().collect();
    pages.sort_unstable();
    let results: Vec<(Vec<LinkProblem>, Vec<ExternalUse>)> = pages
        .par_iter()
        .map(|&page| {
            let mut problems = Vec::new();
            let mut external = Vec::new();
            let (found, _) = &scans[page];
            for link in found {
                let problem = |anchor: bool, message: String| LinkProblem {
                    file: page.to_string(),
                    line: link.line,
                    url: link.url.clone(),
                    anchor,
                    message,
                };
                if page == "404.html" && is_relative_path(&link.url) {
                    problems.push(problem(
                        false,
                        format!("`{}` is relative, but 404.html is served at every depth, where it leads elsewhere", link.url),
                    ));
                    continue;
                }
                match resolve(&link.url, page, urls) {
                    Resolved::Ignored => {}
                    Resolved::External(url) => external.push((url, page.to_string(), link.line)),
                    Resolved::Outside(why) => problems.push(problem(false, why)),
                    Resolved::Internal { path, fragment } => {
                        let Some(target) = target_file(files, &path) else {
                            problems.push(problem(
                                false,
                                format!(
                                    "`{}` leads to {}, which the site does not have",
                                    link.url,
                                    urls.url(&path)
                                ),
                            ));
                            continue;
                        };
                        let Some(fragment) = fragment.filter(|f| !f.is_empty() && f != "top")
                        else {
                            continue;
                        };
                        match scans.get(target) {
                            Some((_, ids)) if ids.contains(&fragment) => {}
                            Some(_) => problems.push(problem(
                                true,
                                format!(
                                    "`{}` points to the anchor `#{fragment}`, which {target} does not have",
                                    link.url
                                ),
                            )),
                            // A fragment of a non-HTML file (an image, a PDF page) is not checked.
                            None => {}
                        }
                    }
                }
            }
            (problems, external)
        })
        .collect();
    let mut problems = Vec::new();
    let mut external: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for (found, links) in results {
        problems.extend(found);
        for (url, page, line) in links {
            external.entry(url).or_insert((page, line));
        }
    }
    (problems, external)
}

/// The output file a site path leads to, as a static host serves it: a folder's `index.html`,
/// the file itself, or (for a path without the final slash) the folder's `index.html`.
pub fn target_file<'a>(files: &'a BTreeMap<String, Vec<u8>>, path: &str) -> Option<&'a str> {
    let candidates = if path.is_empty() || path.ends_with('/') {
        vec![crate::urls::file_of(path)]
    } else {
        vec![path.to_string(), format!("{path}/index.html")]
    };
    candidates
        .into_iter()
        .find_map(|c| files.get_key_value(&c).map(|(k, _)| k.as_str()))
}

/// A path relative to the page (`style.css`, `../a/`), which only works at the page's own depth.
fn is_relative_path(url: &str) -> bool {
    let url = url.trim();
    !(url.is_empty()
        || url.starts_with('/')
        || url.starts_with('#')
        || url.starts_with('?')
        || scheme(url).is_some())
}

/// The scheme of an absolute URL, in lower case.
fn scheme(url: &str) -> Option<String> {
    let colon = url.find(':')?;
    let name = &url[..colon];
    let valid = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| name.to_ascii_lowercase())
}

/// Resolves `url`, found in the output file `page`, against the site's base URL.
pub fn resolve(url: &str, page: &str, urls: &Urls) -> Resolved {
    let url = url.trim();
    if url.is_empty() {
        return Resolved::Ignored;
    }
    let site_relative = if let Some(scheme) = scheme(url) {
        if scheme != "http" && scheme != "https" {
            return Resolved::Ignored;
        }
        let base_is_absolute = urls.base.contains("://");
        if base_is_absolute && url.starts_with(&urls.base) {
            url[urls.base.len()..].to_string()
        } else if base_is_absolute && format!("{url}/") == urls.base {
            String::new()
        } else if base_is_absolute && same_origin(url, &urls.base) {
            return Resolved::Outside(format!(
                "`{url}` is on this site's host but outside its base URL {}",
                urls.base
            ));
        } else {
            return Resolved::External(url.to_string());
        }
    } else if let Some(rest) = url.strip_prefix("//") {
        return Resolved::External(format!("https://{rest}"));
    } else if url.starts_with('/') {
        if let Some(rest) = url.strip_prefix(urls.prefix.as_str()) {
            rest.to_string()
        } else if format!("{url}/") == urls.prefix {
            String::new()
        } else {
            return Resolved::Outside(format!(
                "`{url}` points at the domain root, outside the site's base path {}",
                urls.prefix
            ));
        }
    } else {
        let folder = match page.rfind('/') {
            Some(slash) => &page[..=slash],
            None => "",
        };
        if url.starts_with('#') {
            format!("{page}{url}")
        } else {
            format!("{folder}{url}")
        }
    };
    let (without_fragment, fragment) = match site_relative.split_once('#') {
        Some((path, fragment)) => (path, Some(percent_decode(fragment))),
        None => (site_relative.as_str(), None),
    };
    let path = without_fragment
        .split_once('?')
        .map_or(without_fragment, |(path, _)| path);
    match normalise(&percent_decode(path)) {
        Some(path) => Resolved::Internal { path, fragment },
        None => Resolved::Outside(format!("`{url}` climbs above the site's root")),
    }
}

fn same_origin(url: &str, base: &str) -> bool {
    let origin = |u: &str| -> String {
        let Some((scheme, rest)) = u.split_once("://") else {
            return String::new();
        };
        let host = rest.split('/').next().unwrap_or("");
        format!(
            "{}://{}",
            scheme.to_ascii_lowercase(),
            host.to_ascii_lowercase()
        )
    };
    origin(url) == origin(base)
}

/// Removes `.` and `..` segments; `None` when `..` climbs above the root.
fn normalise(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    for (index, segment) in segments.iter().enumerate() {
        match *segment {
            "." => {}
            ".." => {
                parts.pop()?;
            }
            "" if index != last => {}
            other => parts.push(other),
        }
    }
    let mut joined = parts.join("/");
    // `a/b/..` and `a/.` name folders.
    if matches!(segments.last(), Some(&".." | &".")) && !joined.is_empty() {
        joined.push('/');
    }
    Some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn internal(path: &str, fragment: Option<&str>) -> Resolved {
        Resolved::Internal {
            path: path.into(),
            fragment: fragment.map(Into::into),
        }
    }

    #[test]
    fn links_resolve_against_the_base_path() {
        let urls = Urls::new("https://example.org/sub/path/");
        let page = "documents/a/index.html";
        assert_eq!(
            resolve("/sub/path/themes/x/#y", page, &urls),
            internal("themes/x/", Some("y"))
        );
        assert_eq!(resolve("/sub/path", page, &urls), internal("", None));
        assert_eq!(
            resolve("https://example.org/sub/path/feed.xml", page, &urls),
            internal("feed.xml", None)
        );
        assert!(matches!(
            resolve("/themes/x/", page, &urls),
            Resolved::Outside(_)
        ));
        assert!(matches!(
            resolve("https://example.org/other/", page, &urls),
            Resolved::Outside(_)
        ));
        assert_eq!(
            resolve("../b/?q=1#p%20x", page, &urls),
            internal("documents/b/", Some("p x"))
        );
        assert_eq!(
            resolve("#p3", page, &urls),
            internal("documents/a/index.html", Some("p3"))
        );
        assert!(matches!(
            resolve("../../../x", page, &urls),
            Resolved::Outside(_)
        ));
        assert_eq!(resolve("mailto:a@b.org", page, &urls), Resolved::Ignored);
        assert_eq!(
            resolve("https://www.gov.uk/x", page, &urls),
            Resolved::External("https://www.gov.uk/x".into())
        );
    }

    #[test]
    fn finds_missing_files_and_anchors() {
        let urls = Urls::new("/");
        let mut files = BTreeMap::new();
        files.insert(
            "index.html".to_string(),
            b"<a href=\"/a/\">a</a>\n<a href=\"/a/#here\">h</a>\n<a href=\"/a/#gone\">g</a>\n<a href=\"/b/\">b</a>".to_vec(),
        );
        files.insert("a/index.html".to_string(), b"<p id=\"here\">".to_vec());
        let (problems, _) = check(&files, &urls);
        let found: Vec<(usize, bool)> = problems.iter().map(|p| (p.line, p.anchor)).collect();
        assert_eq!(found, vec![(3, true), (4, false)]);
    }
}
