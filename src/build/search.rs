//! The search index, made by Pagefind (`pagefind::api`) from the pages as they are rendered.
//!
//! Pagefind reads each page's `<html lang>` and keeps one index per language, and indexes only
//! what the templates mark: the element with `data-pagefind-body`, less what is inside
//! `data-pagefind-ignore`. Every element with an id and a `data-pagefind-title` (the paragraphs
//! of documents, the passages on theme and instrument pages) becomes a result of its own that
//! links to its anchor. The files go to [`SEARCH_FOLDER`]; the theme's script loads them only
//! when the reader starts searching, and then only the chunks the typed words need.
//!
//! Pagefind folds diacritics itself ("Prum" finds "Prüm"); compatibility forms (the subscript of
//! "CO₂", ligatures, full-width letters) it does not, so each page is indexed in Unicode's NFKC
//! form, in which "CO₂" is "CO2".
//!
//! Pagefind numbers pages in the order they are added, so the caller adds them in the order of
//! the site's page list, whatever order they were rendered in: the index is the same in every
//! build.

use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};
pub use crate::urls::SEARCH_FOLDER;

/// The attribute that marks the part of a page the search indexes.
const BODY_MARKER: &str = "data-pagefind-body";

/// How many pages may wait for the indexer: enough to keep it busy, few enough that the site's
/// HTML is never all in memory.
const WAITING_PAGES: usize = 64;

/// The index's files: each path relative to the output folder, and its bytes.
pub type IndexFiles = Vec<(String, Vec<u8>)>;

/// Whether `html` has a part to index: pages without one are not given to Pagefind at all.
pub fn is_indexed(html: &str) -> bool {
    html.contains(BODY_MARKER)
}

/// A search index being made on a thread of its own; [`SearchIndexer::add`] gives it pages,
/// [`SearchIndexer::finish`] waits for its files.
#[derive(Debug)]
pub struct SearchIndexer {
    pages: SyncSender<(String, String)>,
    worker: JoinHandle<Result<IndexFiles>>,
}

impl SearchIndexer {
    /// Starts the indexer's thread.
    pub fn start() -> Result<SearchIndexer> {
        let (pages, waiting) = sync_channel(WAITING_PAGES);
        let worker = std::thread::Builder::new()
            .name("accord-search".into())
            .spawn(move || index(waiting.into_iter(), &|| false).map(Option::unwrap_or_default))
            .map_err(|error| Error::Search {
                page: SEARCH_FOLDER.to_string(),
                message: format!("could not start its thread: {error}"),
            })?;
        Ok(SearchIndexer { pages, worker })
    }

    /// Gives the indexer the page written to `file` (relative to the output folder): one that
    /// [`is_indexed`].
    pub fn add(&self, file: String, html: String) {
        // A send fails only when the indexer stopped on an error, which `finish` reports.
        let _ = self.pages.send((file, html));
    }

    /// Waits for the index and returns its files, with their paths relative to the output
    /// folder (`pagefind/pagefind.js`, `pagefind/index/en_....pf_index`).
    pub fn finish(self) -> Result<IndexFiles> {
        drop(self.pages);
        self.worker.join().unwrap_or_else(|_| {
            Err(Error::Search {
                page: SEARCH_FOLDER.to_string(),
                message: "the indexer stopped unexpectedly".to_string(),
            })
        })
    }
}

/// The files of the index of `pages` ((file, HTML) in the order they are to be numbered), or
/// `None` once `cancelled` says the index is no longer wanted.
pub fn index(
    pages: impl Iterator<Item = (String, String)>,
    cancelled: &dyn Fn() -> bool,
) -> Result<Option<IndexFiles>> {
    let failed = |page: &str, error: &dyn std::fmt::Display| Error::Search {
        page: page.to_string(),
        message: error.to_string(),
    };
    // Pagefind's API is async; one thread is all it needs here.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|error| failed(SEARCH_FOLDER, &error))?;
    let options = PagefindServiceConfig::builder().build();
    let mut pagefind = PagefindIndex::new(Some(options)).map_err(|e| failed(SEARCH_FOLDER, &e))?;
    runtime.block_on(async {
        for (file, html) in pages {
            if cancelled() {
                return Ok(None);
            }
            let url = crate::urls::search_url(&file);
            let html: String = if unicode_normalization::is_nfkc_quick(html.chars())
                == unicode_normalization::IsNormalized::Yes
            {
                html
            } else {
                html.nfkc().collect()
            };
            pagefind
                .add_html_file(Some(file.clone()), Some(url), html)
                .await
                .map_err(|error| failed(&file, &error))?;
        }
        let files = pagefind
            .get_files()
            .await
            .map_err(|error| failed(SEARCH_FOLDER, &error))?;
        Ok(Some(
            files
                .into_iter()
                .map(|file| {
                    let name = file.filename.to_string_lossy().replace('\\', "/");
                    (format!("{SEARCH_FOLDER}{name}"), file.contents)
                })
                .collect(),
        ))
    })
}
