//! The progress bar of `accord build`: shown on a terminal once a build has run for a second, and
//! never when standard error is not a terminal (CI logs, pipes, tests), so that logs stay clean
//! and small sites build without a flicker.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a build runs before its bar appears.
const SHOW_AFTER: Duration = Duration::from_secs(1);

/// Counts the pages written; draws itself only where a person is watching.
#[derive(Debug)]
pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    /// False when nothing may be drawn (not a terminal).
    enabled: bool,
    shown: AtomicBool,
    search_done: AtomicBool,
    remaining: AtomicUsize,
}

impl Progress {
    /// A bar for a build that started at `started`, drawn on standard error if it is a terminal.
    pub fn new(started: Instant) -> Progress {
        let quiet = crate::report::verbosity() == crate::report::Verbosity::Quiet;
        Progress::with_terminal(started, std::io::stderr().is_terminal() && !quiet)
    }

    /// A bar that never draws.
    pub fn hidden() -> Progress {
        Progress::with_terminal(Instant::now(), false)
    }

    fn with_terminal(started: Instant, enabled: bool) -> Progress {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        // A bar that never draws needs no style: parsing the template is work for every edit
        // `serve` rebuilds.
        if enabled {
            // The template is a constant: it parses, and if it ever did not the default bar
            // would do.
            let style =
                ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} pages, {elapsed}")
                    .map(|style| style.progress_chars("=> "))
                    .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar.set_message("Building");
        }
        Progress {
            bar,
            started,
            enabled,
            shown: AtomicBool::new(false),
            search_done: AtomicBool::new(false),
            remaining: AtomicUsize::new(0),
        }
    }

    /// Sets the number of pages to write.
    pub fn start_pages(&self, total: usize) {
        self.bar.set_length(total as u64);
        self.remaining.store(total, Ordering::Relaxed);
        self.show_if_slow();
    }

    /// Counts one page written.
    pub fn page_done(&self) {
        self.bar.inc(1);
        let before = self.remaining.fetch_sub(1, Ordering::Relaxed);
        if before == 1 && !self.search_done.load(Ordering::Relaxed) {
            self.bar.set_message("Building the search index");
        }
        self.show_if_slow();
    }

    /// Notes that the search index is built.
    pub fn search_done(&self) {
        self.search_done.store(true, Ordering::Relaxed);
        self.show_if_slow();
    }

    /// Removes the bar, if it was drawn, before the summary line is printed.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }

    fn show_if_slow(&self) {
        if !self.enabled
            || self.shown.load(Ordering::Relaxed)
            || self.started.elapsed() < SHOW_AFTER
        {
            return;
        }
        if !self.shown.swap(true, Ordering::Relaxed) {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hidden_bar_counts_without_drawing() {
        let progress = Progress::hidden();
        progress.start_pages(2);
        progress.page_done();
        progress.page_done();
        progress.search_done();
        assert_eq!(progress.bar.position(), 2);
        assert!(!progress.shown.load(Ordering::Relaxed));
        progress.finish();
    }
}
