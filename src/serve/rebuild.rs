//! Rebuilding in memory, deciding what open pages must do, and swapping the served site.
//!
//! The site is kept up to date by a [`Session`]: it re-reads the files that changed and builds
//! again, taking from its memo every body and page whose inputs did not change. The pages are
//! swapped in first; the search index, which takes seconds on a large site, is built on a thread
//! of its own and swapped in when it is ready (see `rebuild_loop` in the module above).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use super::reload::{Change, Hub};
use super::snapshot::{Current, Snapshot};
use crate::build::session::{Files, SearchIndex, SearchJob, Session};
use crate::build::BuildOptions;
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

/// The first build: the snapshot to serve, the report when the build failed (the snapshot
/// then answers an error page for every path), and the state that later rebuilds update.
pub struct FirstBuild {
    /// What to serve.
    pub snapshot: Snapshot,
    /// The build's report, when it failed.
    pub error: Option<String>,
    /// The session that later rebuilds update.
    pub state: Option<Session>,
}

/// Builds the site for the first time. A failure is not fatal: see [`FirstBuild`].
pub fn first_build(settings: &Settings) -> FirstBuild {
    let started = Instant::now();
    match Session::start(options(settings)) {
        Ok(state) => {
            let pages = state.files().values().filter(|f| f.page).count();
            if settings.log && crate::report::verbosity() > crate::report::Verbosity::Quiet {
                println!(
                    "{} in {} ms",
                    crate::report::built(pages, state.files().len()),
                    started.elapsed().as_millis()
                );
            }
            let prefix = state
                .site()
                .map_or_else(|| "/".into(), |s| s.urls.prefix.clone());
            FirstBuild {
                snapshot: Snapshot::site(1, prefix, state.shared_files()),
                error: None,
                state: Some(state),
            }
        }
        Err(error) => {
            let report = crate::report::render(&error, &settings.root);
            if settings.log {
                eprint!("{report}");
                eprintln!("The site could not be built; serving an error page until it is fixed.");
            }
            let prefix = prefix(settings).unwrap_or_else(|| "/".into());
            FirstBuild {
                snapshot: Snapshot::failed(prefix, &report),
                error: Some(report),
                state: None,
            }
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
    state: Option<Session>,
}

impl Rebuilder {
    /// `failing` tells whether the site being served is the error page of a failed first build;
    /// `state` is the first build's, when it succeeded.
    pub fn new(
        settings: Settings,
        current: Arc<Current>,
        hub: Arc<Hub>,
        failing: bool,
        state: Option<Session>,
    ) -> Self {
        Rebuilder {
            settings,
            current,
            hub,
            failing,
            state,
        }
    }

    /// Rebuilds the site after the files at `changed` changed (an empty list, or `everything`,
    /// rebuilds it all); on success swaps it in and tells the open pages. Returns what happened
    /// and, when the search index is out of date, the job that computes it.
    pub fn rebuild(
        &mut self,
        changed: &[PathBuf],
        everything: bool,
    ) -> (Outcome, Option<SearchJob>) {
        let started = Instant::now();
        let old = self.current.get();
        let generation = old.generation + 1;
        let updated = match &mut self.state {
            Some(state) => state.update(if everything { &[] } else { changed }),
            None => Session::start(options(&self.settings)).map(|state| {
                self.state = Some(state);
            }),
        };
        if let Err(error) = updated {
            let report = crate::report::render(&error, &self.settings.root);
            if self.settings.log {
                eprint!("{report}");
                eprintln!("The rebuild failed; still serving the last good site.");
            }
            self.failing = true;
            self.hub.broadcast(Change::Error(report));
            return (Outcome::Failed, None);
        }
        let outcome = self.swap(&old, generation, started);
        // The pages are served; now the search files' job.
        let job = self.state.as_mut().and_then(Session::search_job);
        (outcome, job)
    }

    /// Serves the state's files if they differ from `old`'s, and tells the open pages.
    fn swap(&mut self, old: &Snapshot, generation: u64, started: Instant) -> Outcome {
        let Some(state) = &self.state else {
            return Outcome::Failed;
        };
        let files = state.shared_files();
        let prefix = state
            .site()
            .map_or_else(|| old.prefix.clone(), |s| s.urls.prefix.clone());
        let made = state.made();
        let changed = if old.failure.is_some() {
            files.keys().cloned().collect()
        } else {
            changed_files(&old.files, &files)
        };
        let recovered = std::mem::replace(&mut self.failing, false);
        let elapsed = started.elapsed().as_millis();
        let how = format!("Rebuilt ({made} bodies and pages made, the rest from memory)");
        if changed.is_empty() {
            // Nothing served changed: keep serving the old snapshot, so that the generation
            // the open pages know stays right.
            if recovered {
                self.hub.broadcast(Change::Reload(old.generation));
                self.say(format!("Fixed; rebuilt in {elapsed} ms, reloading pages"));
                return Outcome::Reloaded(0);
            }
            self.say(format!("{how} in {elapsed} ms; nothing changed"));
            return Outcome::Unchanged;
        }
        let stylesheets_only = changed.iter().all(|path| path.ends_with(".css"));
        let urls: Vec<String> = changed.iter().map(|p| format!("{prefix}{p}")).collect();
        let count = changed.len();
        self.current
            .replace(Snapshot::site(generation, prefix, files));
        if stylesheets_only {
            self.say(format!(
                "{how} in {elapsed} ms; only stylesheets changed ({}), swapping them",
                changed.join(", ")
            ));
            self.hub.broadcast(Change::Css(generation, urls.clone()));
            Outcome::Stylesheets(urls)
        } else {
            self.say(format!(
                "{how} in {elapsed} ms; {count} file{} changed, reloading pages",
                if count == 1 { "" } else { "s" }
            ));
            self.hub.broadcast(Change::Reload(generation));
            Outcome::Reloaded(count)
        }
    }

    /// Stores the search index a job built, and serves it, unless the site changed since.
    pub fn finish_search(&mut self, index: SearchIndex) -> bool {
        let Some(state) = &mut self.state else {
            return false;
        };
        if !state.finish_search(index) {
            return false;
        }
        self.refresh_files();
        true
    }

    /// Serves the state's files under the current generation: for files that no open page
    /// shows (the search index, the sitemap), which need no reload.
    fn refresh_files(&self) {
        let Some(state) = &self.state else { return };
        let old = self.current.get();
        if old.failure.is_some() {
            return;
        }
        let files = state.shared_files();
        if changed_files(&old.files, &files).is_empty() {
            return;
        }
        let prefix = old.prefix.clone();
        self.current
            .replace(Snapshot::site(old.generation, prefix, files));
    }

    fn say(&self, line: String) {
        if self.settings.log && crate::report::verbosity() > crate::report::Verbosity::Quiet {
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

/// What to build: pages without the live-reload script, which the server adds as it answers.
fn options(settings: &Settings) -> BuildOptions {
    BuildOptions {
        root: settings.root.clone(),
        base_url: settings.base_url.clone(),
        drafts: settings.drafts,
    }
}

/// The files added, removed or changed between two builds. Files an incremental rebuild left
/// as they were share their buffer, which makes comparing them free.
pub fn changed_files(old: &Files, new: &Files) -> Vec<String> {
    // Both maps are in path order: one walk through the two side by side, rather than a
    // search of one for each path of the other.
    let mut changed = Vec::new();
    let mut old = old.iter().peekable();
    let mut new = new.iter().peekable();
    loop {
        let order = match (old.peek(), new.peek()) {
            (None, None) => break,
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (Some((a, _)), Some((b, _))) => a.cmp(b),
        };
        match order {
            std::cmp::Ordering::Less => changed.extend(old.next().map(|(path, _)| path.clone())),
            std::cmp::Ordering::Greater => changed.extend(new.next().map(|(path, _)| path.clone())),
            std::cmp::Ordering::Equal => {
                if let (Some((path, before)), Some((_, after))) = (old.next(), new.next()) {
                    let same = (Arc::ptr_eq(&before.bytes, &after.bytes)
                        || before.bytes == after.bytes)
                        && before.page == after.page;
                    if !same {
                        changed.push(path.clone());
                    }
                }
            }
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::session::OutputFile;

    fn files(list: &[(&str, &str)]) -> Files {
        list.iter()
            .map(|(path, text)| {
                let file = OutputFile {
                    bytes: Arc::new(text.as_bytes().to_vec()),
                    page: path.ends_with(".html"),
                };
                (path.to_string(), file)
            })
            .collect()
    }

    #[test]
    fn added_removed_and_changed_files_are_found() {
        let old = files(&[
            ("a/index.html", "<body>A</body>"),
            ("b/index.html", "<body>B</body>"),
            ("style.css", "body{}"),
            ("gone.txt", "x"),
        ]);
        let new = files(&[
            ("a/index.html", "<body>A</body>"),
            ("b/index.html", "<body>B!</body>"),
            ("style.css", "body{color:red}"),
            ("new.txt", "y"),
        ]);
        assert_eq!(
            changed_files(&old, &new),
            ["b/index.html", "gone.txt", "new.txt", "style.css"]
        );
        assert!(changed_files(&new, &new.clone()).is_empty());
    }
}
