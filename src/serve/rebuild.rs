//! Rebuilding in memory, deciding what open pages must do, and swapping the served site.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use super::reload::{snippet, Change, Hub};
use super::snapshot::{Current, Snapshot};
use crate::build::{build_in_memory, BuildOptions};
use crate::site::{SiteConfig, Urls};

/// What to build, as given on the command line.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The site's folder.
    pub root: PathBuf,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    /// Whether drafts are built.
    pub drafts: bool,
    /// Whether rebuilds are reported on the terminal.
    pub log: bool,
}

/// What one rebuild did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The output is the same as before: nothing to tell the pages.
    Unchanged,
    /// Pages changed (the number of changed files): open pages reload.
    Reloaded(usize),
    /// Only stylesheets changed (their URL paths): open pages swap them.
    Stylesheets(Vec<String>),
    /// The build failed: the last good site stays served and pages show the report.
    Failed,
}

/// Builds the site for the first time. A failure is not fatal: the snapshot then answers an
/// error page for every path, and the report is returned to be shown.
pub fn first_build(settings: &Settings) -> (Snapshot, Option<String>) {
    let started = Instant::now();
    let prefix = prefix(settings).unwrap_or_else(|| "/".into());
    match build(settings, 1, &prefix) {
        Ok(files) => {
            if settings.log {
                println!(
                    "Built {} files in {} ms",
                    files.len(),
                    started.elapsed().as_millis()
                );
            }
            (Snapshot::site(1, prefix, files), None)
        }
        Err(report) => {
            if settings.log {
                eprint!("{report}");
                eprintln!("The site could not be built; serving an error page until it is fixed.");
            }
            let snapshot = Snapshot::failed(prefix, &report);
            (snapshot, Some(report))
        }
    }
}

/// Rebuilds on demand and keeps the served site and the open pages up to date.
#[derive(Debug)]
pub struct Rebuilder {
    settings: Settings,
    current: Arc<Current>,
    hub: Arc<Hub>,
    failing: bool,
}

impl Rebuilder {
    /// `failing` tells whether the site being served is the error page of a failed first build.
    pub fn new(settings: Settings, current: Arc<Current>, hub: Arc<Hub>, failing: bool) -> Self {
        Rebuilder {
            settings,
            current,
            hub,
            failing,
        }
    }

    /// Rebuilds the site; on success swaps it in and tells the open pages.
    pub fn rebuild(&mut self) -> Outcome {
        let started = Instant::now();
        let old = self.current.get();
        let prefix = prefix(&self.settings).unwrap_or_else(|| old.prefix.clone());
        let generation = old.generation + 1;
        let files = match build(&self.settings, generation, &prefix) {
            Ok(files) => files,
            Err(report) => {
                if self.settings.log {
                    eprint!("{report}");
                    eprintln!("The rebuild failed; still serving the last good site.");
                }
                self.failing = true;
                self.hub.broadcast(Change::Error(report));
                return Outcome::Failed;
            }
        };
        let changed = if old.failure.is_some() {
            files.keys().cloned().collect()
        } else {
            changed_files(
                &old.files,
                &files,
                snippet(old.generation, &old.prefix).as_bytes(),
                snippet(generation, &prefix).as_bytes(),
            )
        };
        let recovered = std::mem::replace(&mut self.failing, false);
        let elapsed = started.elapsed().as_millis();
        if changed.is_empty() {
            // The new build differs only by its generation: keep serving the old one, so the
            // generation the open pages know stays right.
            if recovered {
                self.hub.broadcast(Change::Reload(old.generation));
                self.say(format!("Fixed; rebuilt in {elapsed} ms, reloading pages"));
                return Outcome::Reloaded(0);
            }
            self.say(format!("Rebuilt in {elapsed} ms; nothing changed"));
            return Outcome::Unchanged;
        }
        let stylesheets_only = changed.iter().all(|path| path.ends_with(".css"));
        let urls: Vec<String> = changed.iter().map(|p| format!("{prefix}{p}")).collect();
        let count = changed.len();
        self.current
            .replace(Snapshot::site(generation, prefix, files));
        if stylesheets_only {
            self.say(format!(
                "Rebuilt in {elapsed} ms; only stylesheets changed ({}), swapping them",
                changed.join(", ")
            ));
            self.hub.broadcast(Change::Css(generation, urls.clone()));
            Outcome::Stylesheets(urls)
        } else {
            self.say(format!(
                "Rebuilt in {elapsed} ms; {count} file{} changed, reloading pages",
                if count == 1 { "" } else { "s" }
            ));
            self.hub.broadcast(Change::Reload(generation));
            Outcome::Reloaded(count)
        }
    }

    fn say(&self, line: String) {
        if self.settings.log {
            println!("{line}");
        }
    }
}

/// The site's path prefix, read afresh because `site.yaml` may have changed; `None` when
/// `site.yaml` cannot be read (the build then reports why).
fn prefix(settings: &Settings) -> Option<String> {
    let base_url = match &settings.base_url {
        Some(base_url) => base_url.clone(),
        None => SiteConfig::load(&settings.root).ok()?.base_url,
    };
    Some(Urls::new(&base_url).prefix)
}

fn build(
    settings: &Settings,
    generation: u64,
    prefix: &str,
) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let options = BuildOptions {
        root: settings.root.clone(),
        base_url: settings.base_url.clone(),
        drafts: settings.drafts,
        inject: Some(snippet(generation, prefix)),
    };
    build_in_memory(&options).map_err(|error| crate::report::render(&error, &settings.root))
}

/// The files added, removed or changed between two builds, ignoring the injected script (which
/// differs in every build by its generation).
pub fn changed_files(
    old: &BTreeMap<String, Vec<u8>>,
    new: &BTreeMap<String, Vec<u8>>,
    old_snippet: &[u8],
    new_snippet: &[u8],
) -> Vec<String> {
    let mut changed: Vec<String> = new
        .iter()
        .filter(|(path, bytes)| match old.get(*path) {
            Some(before) => !same_output(before, bytes, old_snippet, new_snippet),
            None => true,
        })
        .map(|(path, _)| path.clone())
        .collect();
    changed.extend(old.keys().filter(|p| !new.contains_key(*p)).cloned());
    changed.sort();
    changed
}

fn same_output(old: &[u8], new: &[u8], old_snippet: &[u8], new_snippet: &[u8]) -> bool {
    if old == new {
        return true;
    }
    if old.len() + new_snippet.len() != new.len() + old_snippet.len() {
        return false;
    }
    match (snippet_at(old, old_snippet), snippet_at(new, new_snippet)) {
        (Some(i), Some(j)) => {
            old[..i] == new[..j] && old[i + old_snippet.len()..] == new[j + new_snippet.len()..]
        }
        _ => false,
    }
}

/// Where the build put the snippet: right before the last `</body>`, or at the very end.
fn snippet_at(page: &[u8], snippet: &[u8]) -> Option<usize> {
    let end = page
        .windows(7)
        .rposition(|w| w == b"</body>")
        .unwrap_or(page.len());
    let start = end.checked_sub(snippet.len())?;
    (page.get(start..end)? == snippet).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str, generation: u64) -> Vec<u8> {
        format!(
            "<html><body>{body}{}</body></html>",
            snippet(generation, "/")
        )
        .into_bytes()
    }

    #[test]
    fn pages_differing_only_by_generation_are_unchanged() {
        let old = BTreeMap::from([
            ("a/index.html".to_string(), page("A", 1)),
            ("b/index.html".to_string(), page("B", 1)),
            ("style.css".to_string(), b"body{}".to_vec()),
            ("gone.txt".to_string(), b"x".to_vec()),
        ]);
        let new = BTreeMap::from([
            ("a/index.html".to_string(), page("A", 2)),
            ("b/index.html".to_string(), page("B!", 2)),
            ("style.css".to_string(), b"body{color:red}".to_vec()),
            ("new.txt".to_string(), b"y".to_vec()),
        ]);
        let changed = changed_files(
            &old,
            &new,
            snippet(1, "/").as_bytes(),
            snippet(2, "/").as_bytes(),
        );
        assert_eq!(
            changed,
            ["b/index.html", "gone.txt", "new.txt", "style.css"]
        );
    }
}
