//! The site being served: one complete build, replaced as a whole.
//!
//! Requests take an `Arc` of the current snapshot and keep it for the whole response, so a
//! request that arrives during a rebuild gets the previous complete site, never a mix. Files are
//! shared between snapshots (an incremental rebuild changes a few), and pages are stored without
//! the live-reload script: it is added as each page is answered, with the snapshot's generation,
//! so that a page left as it was by a rebuild still carries the current generation.

use std::sync::{Arc, RwLock};

use super::path::prefix_segments;
use super::reload::snippet;
use crate::build::session::Files;

/// One complete build of the site, in memory.
#[derive(Debug)]
pub struct Snapshot {
    /// Counts successful builds that changed something; written into every page's script.
    pub generation: u64,
    /// The site's path prefix, with leading and trailing slashes (`/sub/`).
    pub prefix: String,
    /// The same prefix, split into segments.
    pub prefix_segments: Vec<String>,
    /// Every output file by relative path (`themes/x/index.html`), shared with the session
    /// that built them.
    pub files: Arc<Files>,
    /// The live-reload script for this generation, added to every page as it is answered.
    pub snippet: String,
    /// When the very first build failed: the page answered for every path instead of the site.
    pub failure: Option<Vec<u8>>,
}

impl Snapshot {
    /// A successful build.
    pub fn site(generation: u64, prefix: String, files: impl Into<Arc<Files>>) -> Snapshot {
        Snapshot {
            generation,
            prefix_segments: prefix_segments(&prefix),
            snippet: snippet(generation, &prefix),
            prefix,
            files: files.into(),
            failure: None,
        }
    }

    /// The bytes to answer for the file at `path`: a page with the live-reload script.
    pub fn body(&self, path: &str) -> Option<Vec<u8>> {
        let file = self.files.get(path)?;
        if !file.page {
            return Some(file.bytes.to_vec());
        }
        // As the build would have put it: before the last `</body>`, or at the very end.
        let bytes = file.bytes.as_slice();
        let end = bytes
            .windows(7)
            .rposition(|w| w == b"</body>")
            .unwrap_or(bytes.len());
        let mut body = Vec::with_capacity(bytes.len() + self.snippet.len());
        body.extend_from_slice(&bytes[..end]);
        body.extend_from_slice(self.snippet.as_bytes());
        body.extend_from_slice(&bytes[end..]);
        Some(body)
    }

    /// Stands in for a site whose first build failed: every path answers a page that says so
    /// and carries the live-reload script, so that it reloads once the error is fixed.
    pub fn failed(prefix: String, report: &str) -> Snapshot {
        let page = format!(
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>The site could not be built</title>\n</head>\n<body>\n\
             <h1>The site could not be built</h1>\n\
             <p>Fix the error below; this page reloads by itself when the site builds.</p>\n\
             <pre>{}</pre>\n{}</body>\n</html>\n",
            crate::render::escape::escaped(report),
            snippet(0, &prefix),
        );
        Snapshot {
            generation: 0,
            prefix_segments: prefix_segments(&prefix),
            snippet: snippet(0, &prefix),
            prefix,
            files: Arc::default(),
            failure: Some(page.into_bytes()),
        }
    }
}

/// The current snapshot, swapped atomically after each successful rebuild.
#[derive(Debug)]
pub struct Current {
    snapshot: RwLock<Arc<Snapshot>>,
}

impl Current {
    /// Starts with `snapshot`.
    pub fn new(snapshot: Snapshot) -> Current {
        Current {
            snapshot: RwLock::new(Arc::new(snapshot)),
        }
    }

    /// The snapshot to answer one request from.
    pub fn get(&self) -> Arc<Snapshot> {
        self.snapshot
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Replaces the snapshot; requests already answering keep the old one until they finish.
    pub fn replace(&self, snapshot: Snapshot) {
        let snapshot = Arc::new(snapshot);
        *self
            .snapshot
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = snapshot;
    }
}
