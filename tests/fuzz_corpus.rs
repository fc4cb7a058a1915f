//! Replays the committed fuzz corpora (`fuzz/corpus/TARGET/`) through the same checks the fuzz
//! targets run (`fuzz/checks.rs`), without libFuzzer: every input that once found a crash, a hang
//! or new code stays a regression test. See `fuzz/README.md` for the fuzzing runs themselves.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Runs `check` on every file of `fuzz/corpus/TARGET`; each input must pass quickly.
fn replay(target: &str, check: fn(&[u8])) {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no corpus in {}", folder.display());
    let mut slow = Vec::new();
    for input in &inputs {
        let bytes = std::fs::read(input).unwrap();
        let started = Instant::now();
        let outcome = std::panic::catch_unwind(|| check(&bytes));
        assert!(
            outcome.is_ok(),
            "{target}: {} fails the check again",
            input.display()
        );
        // Generous for a debug build on a busy machine; a hang (like the one that once looped
        // for ever on a heading "P 1") takes far longer.
        if started.elapsed() > Duration::from_secs(10) {
            slow.push(input.display().to_string());
        }
    }
    assert!(slow.is_empty(), "{target}: slow inputs: {slow:?}");
    println!("{target}: {} inputs replayed", inputs.len());
}

#[test]
fn the_seed_reader_corpus_replays() {
    replay("seed", checks::seed);
}

#[test]
fn the_front_matter_corpus_replays() {
    replay("front_matter", checks::front_matter);
}

#[test]
fn the_matcher_corpus_replays() {
    replay("matcher", checks::matcher);
}
