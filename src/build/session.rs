//! A build kept alive: what `accord serve` runs.
//!
//! A [`Session`] builds the site once, then, for every list of paths the watcher reports,
//! re-reads those files only ([`Site::reread`]) and runs the same pipeline as `accord build`
//! with the session's [`Memo`]: every Markdown body and every page whose key (a hash of all it
//! is made from) the memo holds is taken from it, everything else is made and stored. Nothing
//! says which pages an edit affects: a page is made again exactly when something it shows
//! changed. The output is byte for byte that of a clean build (`tests/incremental.rs`).
//!
//! The search index is the one exception to "the same pipeline": it depends on every page and
//! takes seconds on a large site, so a session makes it after the pages are served, on a thread
//! of the caller's ([`Session::search_job`]), from the pages the session holds, in the order a
//! clean build gives them to it (so that it is the same index).

use std::collections::BTreeMap;
use std::ops::Bound;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::error::Result;
use crate::load::{BuildOptions, Site};
use crate::memo::Memo;
use crate::output::Sink;
use crate::progress::Progress;
use crate::urls::SEARCH_FOLDER;

/// One output file of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Its bytes, shared with the memo and between the served snapshots.
    pub bytes: Arc<Vec<u8>>,
    /// Whether it is a page the build renders (the server injects its live-reload script into
    /// those, and only those).
    pub page: bool,
}

/// Every output file of the site, by path relative to the output folder (`themes/x/index.html`).
pub type Files = BTreeMap<String, OutputFile>;

/// A site built once and kept up to date from the paths that changed.
pub struct Session {
    options: BuildOptions,
    /// The site as last read; `None` after a read failed (the next update reads everything).
    site: Option<Site>,
    /// Every page's file of the last successful build, in the order the search index takes
    /// them.
    page_files: Vec<String>,
    memo: Memo,
    /// Shared with the snapshot being served, which so takes no copy of it.
    files: Arc<Files>,
    /// Counts the successful builds, so that a search index made for an older one is refused.
    version: u64,
    /// Whether the search index is older than the pages.
    search_pending: bool,
    /// How many bodies and pages the last successful build made.
    made: usize,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("root", &self.options.root)
            .field("files", &self.files.len())
            .field("memo", &self.memo)
            .field("version", &self.version)
            .finish()
    }
}

impl Session {
    /// Builds the whole site in memory, search index included.
    pub fn start(options: BuildOptions) -> Result<Session> {
        let mut session = Session {
            options,
            site: None,
            page_files: Vec::new(),
            memo: Memo::default(),
            files: Arc::default(),
            version: 0,
            search_pending: false,
            made: 0,
        };
        session.update(&[])?;
        session.finish_search_now()?;
        Ok(session)
    }

    /// The output files of the last successful build. The search index may be that of an
    /// earlier one until [`Session::finish_search`] stores the new one.
    pub fn files(&self) -> &Files {
        &self.files
    }

    /// [`Session::files`], shared rather than copied (for serving them).
    pub fn shared_files(&self) -> Arc<Files> {
        self.files.clone()
    }

    /// The site as last read successfully, if it was.
    pub fn site(&self) -> Option<&Site> {
        self.site.as_ref()
    }

    /// How many bodies and pages the last build made rather than took from the memo.
    pub fn made(&self) -> usize {
        self.made
    }

    /// The number of pieces of work in the memo (one build's bodies and pages).
    pub fn memo_len(&self) -> usize {
        self.memo.len()
    }

    /// Brings the output up to date after the files at `changed` (absolute, or relative to the
    /// site's folder) changed, appeared or went; an empty list reads everything again. On an
    /// error the last good output stays, and the error is the one a clean build reports.
    pub fn update(&mut self, changed: &[PathBuf]) -> Result<()> {
        // Whether the site still needs the owners' check ([`Site::reload`] leaves it out).
        let (site, unchecked) = match self.site.take() {
            Some(site) if !changed.is_empty() => (site.reload(&self.options, changed), true),
            _ => (Site::load(&self.options), false),
        };
        // What failed to read is reported as a clean build reports it: with every error of the
        // site, not only those of the files read again.
        let (site, unchecked) = match site {
            Ok(site) => (site, unchecked),
            Err(_) => (Site::load(&self.options)?, false),
        };
        let sink = SharedSink::default();
        let render = || {
            site.render_bodies(Some(&self.memo)).and_then(|bodies| {
                site.write_bodies(&bodies, &sink, &Progress::hidden(), Some(&self.memo))
            })
        };
        // The owners' check goes through every page, one after another: it runs beside the
        // rendering rather than before it, and what was rendered is thrown away if it fails.
        let (owners, written) = match unchecked {
            true => rayon::join(|| crate::owners::check(&site), render),
            false => (Ok(()), render()),
        };
        if let Err(error) = owners {
            // Reported as a clean build reports it, which fails on it before rendering.
            return Err(Site::load(&self.options).err().unwrap_or(error));
        }
        let written = match written {
            Ok(written) => written,
            Err(error) => {
                // The site was read as the files are: only rendering failed.
                self.site = Some(site);
                return Err(error);
            }
        };
        self.made = self.memo.misses();
        self.memo.sweep();
        let pages: rustc_hash::FxHashSet<&str> =
            written.page_files.iter().map(String::as_str).collect();
        // The last index is served until the new one is made: its files, side by side in path
        // order, are taken over.
        let search = self
            .files
            .range::<str, _>((Bound::Included(SEARCH_FOLDER), Bound::Unbounded))
            .take_while(|(path, _)| path.starts_with(SEARCH_FOLDER))
            .map(|(path, file)| (path.clone(), file.clone()));
        let files: Files = sink
            .into_files()
            .into_iter()
            .map(|(path, bytes)| {
                let page = pages.contains(path.as_str());
                (path, OutputFile { bytes, page })
            })
            .chain(search)
            .collect();
        self.files = Arc::new(files);
        self.site = Some(site);
        self.page_files = written.page_files;
        self.version += 1;
        self.search_pending = true;
        Ok(())
    }

    /// The search index's work, when it is older than the pages, as a job that holds no
    /// reference to the session (see [`SearchJob::run`]).
    pub fn search_job(&mut self) -> Option<SearchJob> {
        if !self.search_pending {
            return None;
        }
        let pages = self
            .page_files
            .iter()
            .filter_map(|file| Some((file.clone(), self.files.get(file)?.bytes.clone())))
            .collect();
        Some(SearchJob {
            version: self.version,
            pages,
        })
    }

    /// Stores the search index a [`SearchJob`] made, unless the site changed since (a newer job
    /// is then due). Returns whether it was stored.
    pub fn finish_search(&mut self, index: SearchIndex) -> bool {
        if index.version != self.version || !self.search_pending {
            return false;
        }
        Arc::make_mut(&mut self.files).retain(|path, _| !path.starts_with(SEARCH_FOLDER));
        for (path, bytes) in index.files {
            self.put(path, bytes);
        }
        self.search_pending = false;
        true
    }

    /// Whether the search index is older than the pages.
    pub fn search_pending(&self) -> bool {
        self.search_pending
    }

    /// Makes the search index now, on this thread.
    pub fn finish_search_now(&mut self) -> Result<()> {
        if let Some(job) = self.search_job() {
            if let Some(index) = job.run(&|| false)? {
                self.finish_search(index);
            }
        }
        Ok(())
    }

    /// Stores a file that is not a page, keeping the old buffer when the bytes are the same.
    fn put(&mut self, path: String, bytes: Vec<u8>) {
        if self.files.get(&path).is_some_and(|old| *old.bytes == bytes) {
            return;
        }
        let bytes = Arc::new(bytes);
        Arc::make_mut(&mut self.files).insert(path, OutputFile { bytes, page: false });
    }
}

/// The search index to make for one build: see [`Session::search_job`].
#[derive(Debug)]
pub struct SearchJob {
    version: u64,
    /// Every page, (file, HTML), in the order the index takes them.
    pages: Vec<(String, Arc<Vec<u8>>)>,
}

impl SearchJob {
    /// Makes the index (seconds on a site of 10,000 pages); `None` once `cancelled` says that
    /// it is no longer wanted.
    pub fn run(&self, cancelled: &dyn Fn() -> bool) -> Result<Option<SearchIndex>> {
        let pages = self
            .pages
            .iter()
            // Rendered HTML is UTF-8, so this takes the text again.
            .map(|(file, bytes)| (file.clone(), String::from_utf8_lossy(bytes).into_owned()))
            .filter(|(_, html)| super::search::is_indexed(html));
        let files = super::search::index(pages, cancelled)?;
        Ok(files.map(|files| SearchIndex {
            version: self.version,
            files,
        }))
    }
}

/// What a [`SearchJob`] made, for [`Session::finish_search`].
#[derive(Debug)]
pub struct SearchIndex {
    version: u64,
    files: Vec<(String, Vec<u8>)>,
}

/// A sink that keeps the buffers it is given, so that a page taken from the memo is not copied.
/// They are gathered in a list and put in path order once at the end: every page of the site
/// goes through here on every edit, and a push holds the lock for less time than an insertion
/// into a sorted map.
#[derive(Default)]
struct SharedSink {
    files: Mutex<Vec<(String, Arc<Vec<u8>>)>>,
}

impl SharedSink {
    /// The files in path order; of two written to the same path, the later one (as a map
    /// keeps it).
    fn into_files(self) -> Vec<(String, Arc<Vec<u8>>)> {
        let mut files = self.files.into_inner().unwrap_or_else(|p| p.into_inner());
        // A stable sort keeps the writes to one path in the order they came.
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let mut last: Vec<(String, Arc<Vec<u8>>)> = Vec::with_capacity(files.len());
        for (path, bytes) in files {
            match last.last_mut() {
                Some(previous) if previous.0 == path => previous.1 = bytes,
                _ => last.push((path, bytes)),
            }
        }
        last
    }
}

impl Sink for SharedSink {
    fn write(&self, path: &str, bytes: Vec<u8>) -> Result<()> {
        self.write_shared(path, Arc::new(bytes))
    }

    fn write_shared(&self, path: &str, bytes: Arc<Vec<u8>>) -> Result<()> {
        let path = path.to_string();
        self.files
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push((path, bytes));
        Ok(())
    }
}
