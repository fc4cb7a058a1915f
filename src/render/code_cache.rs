//! Highlighted code blocks kept from one `accord build` to the next.
//!
//! Highlighting a line that no block of the build had before means running syntect's regular
//! expressions over it, which on the 10,000-page benchmark (2,000 code blocks) is a tenth of the
//! whole build's processor time. A block's HTML depends only on its language, its text and the
//! accord binary, so a rebuild takes the HTML of every block whose text it saw last time from a
//! file in the cache folder beside the output.
//!
//! The file belongs to one binary: it records the executable's size and modification time, and
//! a build by any other binary (a new release, a rebuilt development copy) starts afresh. It
//! holds the blocks of the last build only, so it never grows past one build's code.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

/// The first line of the file, naming its format; the binary's fingerprint follows.
const HEADER: &str = "accord highlighted code 1";

/// The blocks of the previous build, and those this build highlighted or took from them.
#[derive(Debug, Default)]
struct Blocks {
    previous: HashMap<u128, Arc<str>>,
    used: Mutex<HashMap<u128, Arc<str>>>,
}

/// Set by [`load`] for one `accord build`; unset, nothing is remembered (`serve` and `check`,
/// which keep the process's line cache instead).
static BLOCKS: OnceLock<Blocks> = OnceLock::new();

/// The key of a block: its language and text.
fn key(language: &str, code: &str) -> u128 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(language.as_bytes());
    hasher.update(&[0]);
    hasher.update(code.as_bytes());
    hasher.digest128()
}

/// The HTML of the block, from the previous build's file or from `highlight`, remembered for the
/// next build when a cache was loaded.
pub fn cached(language: &str, code: &str, highlight: impl FnOnce() -> String) -> String {
    let Some(blocks) = BLOCKS.get() else {
        return highlight();
    };
    let key = key(language, code);
    let html: Arc<str> = match blocks.previous.get(&key) {
        Some(html) => Arc::clone(html),
        None => highlight().into(),
    };
    let shown = html.to_string();
    blocks
        .used
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .insert(key, html);
    shown
}

/// Takes the blocks saved at `path` by the previous build of this binary, if any, and starts
/// remembering this build's. Only the first call in a process does anything.
pub fn load(path: &Path) {
    BLOCKS.get_or_init(|| Blocks {
        previous: fingerprint()
            .and_then(|fingerprint| parse(&std::fs::read(path).ok()?, &fingerprint))
            .unwrap_or_default(),
        used: Mutex::default(),
    });
}

/// Saves this build's blocks at `path` for the next build (see
/// [`crate::output::replace_kept_file`]); none, and the file goes.
pub fn save(path: &Path) {
    let Some(blocks) = BLOCKS.get() else {
        return;
    };
    let used = blocks
        .used
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // The same blocks as last time (the usual rebuild): the file already holds them.
    if !used.is_empty()
        && used.len() == blocks.previous.len()
        && used.keys().all(|key| blocks.previous.contains_key(key))
    {
        return;
    }
    let bytes = fingerprint()
        .filter(|_| !used.is_empty())
        .map(|fingerprint| text(&used, &fingerprint));
    crate::output::replace_kept_file(path, bytes.as_deref());
}

/// What tells this binary from any other: its size and modification time.
fn fingerprint() -> Option<String> {
    let metadata = std::env::current_exe().ok()?.metadata().ok()?;
    let modified = metadata
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!(
        "{} {} {}",
        env!("CARGO_PKG_VERSION"),
        metadata.len(),
        modified.as_nanos()
    ))
}

/// The file: the header and fingerprint on one line, then each block as its key and length on a
/// line and its HTML, in key order (the same blocks give the same file).
fn text(blocks: &HashMap<u128, Arc<str>>, fingerprint: &str) -> Vec<u8> {
    let mut sorted: Vec<(&u128, &Arc<str>)> = blocks.iter().collect();
    sorted.sort_unstable_by_key(|(key, _)| **key);
    let mut bytes = format!("{HEADER} {fingerprint}\n").into_bytes();
    for (key, html) in sorted {
        bytes.extend_from_slice(format!("{key:032x} {}\n", html.len()).as_bytes());
        bytes.extend_from_slice(html.as_bytes());
    }
    bytes
}

/// The blocks in a file written by [`text`] for `fingerprint`; `None` for another binary's file
/// or one that is not whole.
fn parse(bytes: &[u8], fingerprint: &str) -> Option<HashMap<u128, Arc<str>>> {
    let text = std::str::from_utf8(bytes).ok()?;
    let (first, mut rest) = text.split_once('\n')?;
    if first != format!("{HEADER} {fingerprint}") {
        return None;
    }
    let mut blocks = HashMap::new();
    while !rest.is_empty() {
        let (line, after) = rest.split_once('\n')?;
        let (key, length) = line.split_once(' ')?;
        let key = u128::from_str_radix(key, 16).ok()?;
        let length: usize = length.parse().ok()?;
        let html = after.get(..length)?;
        blocks.insert(key, Arc::from(html));
        rest = &after[length..];
    }
    Some(blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_file_reads_back_for_the_same_binary_only() {
        let blocks: HashMap<u128, Arc<str>> = [
            (
                key("rust", "fn main() {}\n"),
                Arc::from("<pre>one\n</pre>\n"),
            ),
            (key("json", "{}"), Arc::from("<pre>“two”</pre>")),
        ]
        .into_iter()
        .collect();
        let file = text(&blocks, "0.1.0 10 20");
        assert_eq!(parse(&file, "0.1.0 10 20"), Some(blocks.clone()));
        assert_eq!(parse(&file, "0.1.0 10 21"), None, "another binary's file");
        for cut in 1..file.len() {
            if let Some(partial) = parse(&file[..cut], "0.1.0 10 20") {
                assert!(partial.len() < blocks.len() || cut == file.len());
                assert!(partial.iter().all(|(k, html)| blocks[k] == *html));
            }
        }
        assert_ne!(
            key("rust", "x"),
            key("rus", "tx"),
            "the language is kept apart"
        );
    }
}
