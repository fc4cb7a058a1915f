//! Watching the site's sources for changes.
//!
//! The site root is watched non-recursively (editors that save by renaming over the original,
//! like vim, replace `site.yaml` there, and `content/` itself may be deleted and re-created), and
//! each source folder recursively. Events are debounced by notify-debouncer-full; the rebuild
//! thread then calls [`Watch::refresh`] so that a source folder that was deleted, re-created or
//! renamed is watched again before the rebuild reads it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};

use crate::content::is_editor_temporary;

/// The source folders, watched recursively.
pub const SOURCE_DIRS: [&str; 5] = ["content", "seeds", "themes", "templates", "static"];

/// The file of settings at the root.
const CONFIG: &str = crate::site::CONFIG_FILE;

/// What the watcher tells the rebuild thread.
#[derive(Debug)]
pub enum Signal {
    /// Sources changed (their paths).
    Changed(Vec<PathBuf>),
    /// The watcher lost events: rebuild, and watch every folder afresh.
    Rescan,
    /// The search index, built off the rebuild thread (see [`crate::build::session::SearchJob`]).
    Search(crate::build::session::SearchIndex),
    /// The server is stopping.
    Stop,
}

/// The watcher of one site.
pub struct Watch {
    root: PathBuf,
    debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    watched: BTreeSet<&'static str>,
}

impl std::fmt::Debug for Watch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watch")
            .field("root", &self.root)
            .field("watched", &self.watched)
            .finish()
    }
}

impl Watch {
    /// Starts watching `root` (canonical), sending changes to `signals` once they have been quiet
    /// for `debounce`.
    pub fn start(
        root: &Path,
        debounce: Duration,
        signals: Sender<Signal>,
    ) -> notify::Result<Watch> {
        let filter_root = root.to_path_buf();
        // A tick of a fraction of the timeout: the debouncer emits an event on the first tick
        // after it has been quiet for the timeout, so the tick adds to the latency.
        let tick = (debounce / 5).max(Duration::from_millis(1));
        let mut debouncer =
            new_debouncer(debounce, Some(tick), move |result: DebounceEventResult| {
                let signal = match result {
                    Ok(events) => {
                        let paths: Vec<PathBuf> = events
                            .iter()
                            .filter(|event| counts(&event.kind))
                            .flat_map(|event| event.paths.iter())
                            .filter(|path| is_source(&filter_root, path))
                            .cloned()
                            .collect();
                        if paths.is_empty() {
                            return;
                        }
                        Signal::Changed(paths)
                    }
                    Err(_) => Signal::Rescan,
                };
                // Fails only when the server is stopping.
                let _ = signals.send(signal);
            })?;
        debouncer.watch(root, RecursiveMode::NonRecursive)?;
        let watch = Watch {
            root: root.to_path_buf(),
            debouncer,
            watched: BTreeSet::new(),
        };
        Ok(watch)
    }

    /// Adds a watch for each source folder that exists and is not watched, drops the watches
    /// of folders that are gone, and renews those that `paths` show were replaced. Returns what
    /// could not be watched (such as when the system's limit of watches is reached).
    pub fn refresh(&mut self, paths: &[PathBuf], everything: bool) -> Vec<String> {
        let mut problems = Vec::new();
        for name in SOURCE_DIRS {
            let folder = self.root.join(name);
            let replaced = everything || paths.iter().any(|p| p == &folder);
            let exists = folder.is_dir();
            if self.watched.contains(name) && (replaced || !exists) {
                // The kernel may have dropped the watch already with the folder: an error here
                // only says so.
                let _ = self.debouncer.unwatch(&folder);
                self.watched.remove(name);
            }
            if exists && !self.watched.contains(name) {
                match self.debouncer.watch(&folder, RecursiveMode::Recursive) {
                    Ok(()) => {
                        self.watched.insert(name);
                    }
                    Err(error) => problems.push(format!(
                        "cannot watch {}: {error}; changes in it are not seen",
                        folder.display()
                    )),
                }
            }
        }
        problems
    }

    /// The source folders being watched.
    pub fn watched(&self) -> Vec<&'static str> {
        self.watched.iter().copied().collect()
    }
}

/// Whether an event says something changed. Reads are reported too (the build's own reads
/// among them), and must never trigger a rebuild.
fn counts(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

/// Whether `path` is a source of the site: `site.yaml`, or a file or folder in a source
/// folder that is not an editor's temporary or swap file. `public/` and everything else at the
/// root are not.
pub fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    let mut components = relative.components();
    let Some(first) = components.next() else {
        return false;
    };
    let first = first.as_os_str().to_string_lossy();
    if components.next().is_none() {
        return first == CONFIG || SOURCE_DIRS.contains(&first.as_ref());
    }
    if !SOURCE_DIRS.contains(&first.as_ref()) {
        return false;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    !is_editor_temporary(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sources_count() {
        let root = Path::new("/site");
        for path in [
            "/site/site.yaml",
            "/site/content",
            "/site/content/about.md",
            "/site/themes/default/static/style.css",
            "/site/seeds/a.txt",
        ] {
            assert!(is_source(root, Path::new(path)), "{path}");
        }
        for path in [
            "/site/public/index.html",
            "/site/README.md",
            "/site/content/.about.md.swp",
            "/site/content/about.md~",
            "/site/content/4913",
            "/site/content/.#about.md",
            "/site",
            "/elsewhere/content/a.md",
        ] {
            assert!(!is_source(root, Path::new(path)), "{path}");
        }
    }

    #[test]
    fn reads_do_not_count() {
        assert!(!counts(&EventKind::Access(AccessKind::Open(
            notify::event::AccessMode::Any
        ))));
        assert!(counts(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(counts(&EventKind::Remove(notify::event::RemoveKind::File)));
    }
}
