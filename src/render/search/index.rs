//! The inverted index of `search-index.json`: each folded word of the entries, sorted, with the
//! entries that hold it and a weight (three per use in an entry's name, one per use in its body).

use std::collections::BTreeMap;
use std::hash::Hash;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::{SearchEntry, FORMAT};
use crate::text::fold;

#[derive(Serialize)]
struct IndexFile<'a> {
    format: &'static str,
    fold: &'static str,
    entries: &'a [&'a SearchEntry],
    /// Every indexed word, sorted.
    terms: Vec<&'a str>,
    /// For each word of `terms`: entry, weight, entry, weight, ... in entry order.
    postings: Vec<&'a [u32]>,
}

/// The inverted index: each folded word, with (entry, weight) pairs in entry order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Index {
    words: BTreeMap<String, Vec<u32>>,
}

impl Index {
    /// The (entry, weight) pairs of a word, flattened.
    pub fn postings(&self, word: &str) -> Option<&[u32]> {
        self.words.get(word).map(Vec::as_slice)
    }
}

/// Words to their (entry, weight) pairs, flattened: the index of some of the entries, unsorted.
///
/// A word of up to 16 bytes (nearly every word) is its own key, packed into a `u128`: looking it
/// up hashes and compares one number and reads no other memory, where a `String` key costs a
/// pointer to follow and a `memcmp` call. Longer words have a map of their own.
#[derive(Default)]
struct Postings {
    short: FxHashMap<u128, Vec<u32>>,
    long: FxHashMap<String, Vec<u32>>,
}

impl Postings {
    /// Adds the postings of entries that come after every entry of `self`.
    fn append(&mut self, later: Postings) {
        for (key, list) in later.short {
            self.short.entry(key).or_default().extend_from_slice(&list);
        }
        for (word, list) in later.long {
            self.long.entry(word).or_default().extend_from_slice(&list);
        }
    }

    /// The words, sorted.
    fn into_sorted(self) -> BTreeMap<String, Vec<u32>> {
        let short = self
            .short
            .into_iter()
            .map(|(key, list)| (unpacked(key), list));
        short.chain(self.long).collect()
    }
}

/// A word of at most 16 bytes as a number: its bytes, then zeros, which no word holds.
fn packed(word: &str) -> Option<u128> {
    let mut bytes = [0; 16];
    bytes
        .get_mut(..word.len())?
        .copy_from_slice(word.as_bytes());
    Some(u128::from_le_bytes(bytes))
}

/// The word [`packed`] into `key`.
fn unpacked(key: u128) -> String {
    let bytes = key.to_le_bytes();
    let len = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    String::from_utf8_lossy(&bytes[..len]).into_owned()
}

/// A word of the index, as [`for_each_word`] hands it on.
#[derive(Debug, Clone, Copy)]
enum Word<'a> {
    /// A word of up to 16 bytes, [`packed`]: nearly every word. Whole ASCII words are packed
    /// straight from the text, without going through a buffer.
    Packed(u128),
    /// A longer word.
    Long(&'a str),
}

/// Calls `found` with each word of `text` as the index knows it: `fold(text)` split at every
/// character that is neither alphanumeric nor `_`, words of one character left out.
///
/// The folded text is never built: most text is ASCII, which [`fold`] only lowercases, so ASCII
/// words are lowercased as they are packed (or copied), and only the runs of other characters go
/// through [`fold`]. That gives the same words because [`fold`] folds each character on its own
/// (`the_words_are_those_of_the_folded_text` checks it). `word` is the buffer other words are
/// built in, kept from one call to the next to spare an allocation per word.
fn for_each_word(text: &str, word: &mut String, mut found: impl FnMut(Word)) {
    let is_word_byte = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'_';
    let bytes = text.as_bytes();
    let mut at = 0;
    word.clear();
    while at < bytes.len() {
        let start = at;
        if is_word_byte(bytes[at]) {
            while at < bytes.len() && is_word_byte(bytes[at]) {
                at += 1;
            }
            // A whole word when nothing is pending before it and ASCII that is not a word's
            // follows: no accented letter joins it (`Prüm` is one word).
            let whole = word.is_empty() && bytes.get(at).is_none_or(u8::is_ascii);
            let run = &bytes[start..at];
            if whole && run.len() <= 16 {
                if run.len() > 1 {
                    found(Word::Packed(packed_lowercase(run)));
                }
                continue;
            }
            let from = word.len();
            word.push_str(&text[start..at]);
            word[from..].make_ascii_lowercase();
        } else if bytes[at].is_ascii() {
            end_word(word, &mut found);
            at += 1;
        } else {
            // A run of non-ASCII bytes starts and ends at character boundaries.
            while at < bytes.len() && !bytes[at].is_ascii() {
                at += 1;
            }
            for character in fold(&text[start..at]).chars() {
                if character.is_alphanumeric() || character == '_' {
                    word.push(character);
                } else {
                    end_word(word, &mut found);
                }
            }
        }
    }
    end_word(word, &mut found);
}

/// [`packed`] of `run` (at most 16 ASCII bytes) lowercased.
fn packed_lowercase(run: &[u8]) -> u128 {
    let mut bytes = [0; 16];
    bytes[..run.len()].copy_from_slice(run);
    ascii_lowercase(u128::from_le_bytes(bytes))
}

/// Every byte of `bytes` (each below 0x80) lowercased, all sixteen at once: adding
/// `0x80 - b'A'` to a byte sets its top bit from `A` up, adding `0x80 - b'Z' - 1` from past `Z`,
/// and the bytes with the first bit but not the second get 0x20 added. A byte-by-byte loop was
/// a sixth of counting the words.
fn ascii_lowercase(bytes: u128) -> u128 {
    const EACH: u128 = u128::from_le_bytes([1; 16]);
    let from_a = bytes + EACH * u128::from(0x80 - b'A');
    let past_z = bytes + EACH * u128::from(0x80 - b'Z' - 1);
    let upper = from_a & !past_z & (EACH * 0x80);
    bytes | (upper >> 2)
}

/// Hands on the word built so far unless it is shorter than two characters, and starts the next.
fn end_word(word: &mut String, found: &mut impl FnMut(Word)) {
    // A character takes at most four bytes: only short words need counting.
    if word.len() > 4 || word.chars().count() > 1 {
        found(packed(word).map_or(Word::Long(word), Word::Packed));
    }
    word.clear();
}

/// The postings of `entries`, the first of which is at `first` in the whole list. Each word's
/// weights in an entry are summed: three per use in the entry's name, one per use in its body.
///
/// An entry's words are counted in a map of their own first, which stays in the processor's
/// cache, and each word then goes once into the group's lists: adding every use of a word to
/// the group's lists reached into a different list for each word, twice as often.
fn postings_of(entries: &[&SearchEntry], first: usize) -> Postings {
    let mut postings = Postings::default();
    let mut short: FxHashMap<u128, u32> = FxHashMap::default();
    let mut long: FxHashMap<String, u32> = FxHashMap::default();
    let mut word = String::new();
    for (offset, entry) in entries.iter().enumerate() {
        let position = u32::try_from(first + offset).unwrap_or(u32::MAX);
        for (text, weight) in [(&entry.name, 3), (&entry.body, 1)] {
            for_each_word(text, &mut word, |word| match word {
                Word::Packed(key) => *short.entry(key).or_default() += weight,
                Word::Long(text) => match long.get_mut(text) {
                    Some(total) => *total += weight,
                    None => {
                        long.insert(text.to_string(), weight);
                    }
                },
            });
        }
        add_counts(&mut postings.short, &mut short, position);
        add_counts(&mut postings.long, &mut long, position);
    }
    postings
}

/// Adds one entry's word counts to the group's lists, emptying `counts`.
fn add_counts<K: Hash + Eq>(
    lists: &mut FxHashMap<K, Vec<u32>>,
    counts: &mut FxHashMap<K, u32>,
    position: u32,
) {
    for (key, weight) in counts.drain() {
        lists.entry(key).or_default().extend([position, weight]);
    }
}

/// [`index_json`] of entries gathered already (`serve` keeps them from one edit to the next).
/// Indexing a large site takes a while: `None` as soon as `cancelled` says the result is no
/// longer wanted.
pub fn index_json_of(entries: &[&SearchEntry], cancelled: &dyn Fn() -> bool) -> Option<String> {
    let index = build_index_of(entries, cancelled)?;
    let (terms, postings): (Vec<&str>, Vec<&[u32]>) = index
        .words
        .iter()
        .map(|(word, list)| (word.as_str(), list.as_slice()))
        .unzip();
    let file = IndexFile {
        format: FORMAT,
        fold: "NFKD, combining marks removed, lowercase (accord::text::fold)",
        entries,
        terms,
        postings,
    };
    let mut json = serde_json::to_string(&file).unwrap_or_default();
    json.push('\n');
    Some(json)
}

/// Builds the inverted index over `entries`: an entry is known by its position.
pub fn build_index(entries: &[SearchEntry]) -> Index {
    let entries: Vec<&SearchEntry> = entries.iter().collect();
    build_index_of(&entries, &|| false).unwrap_or_default()
}

/// Entries counted in parallel at a time, between two looks at `cancelled`.
const BATCH: usize = 4096;
/// Entries counted by one task. Each task copies the words it meets once, and the merge looks
/// each of them up once: larger groups mean fewer copies and look-ups, smaller ones more tasks to
/// share among the threads. [`BATCH`] is a multiple of it, so that positions are
/// `batch * BATCH + group * GROUP + offset`.
const GROUP: usize = 512;

fn build_index_of(entries: &[&SearchEntry], cancelled: &dyn Fn() -> bool) -> Option<Index> {
    // Groups of entries are counted in parallel, then merged in entry order, so that the index is
    // the same on every build. Words are sorted once, at the end.
    let mut words = Postings::default();
    for (batch, chunk) in entries.chunks(BATCH).enumerate() {
        if cancelled() {
            return None;
        }
        let groups: Vec<Postings> = chunk
            .par_chunks(GROUP)
            .enumerate()
            .map(|(group, entries)| postings_of(entries, batch * BATCH + group * GROUP))
            .collect();
        for group in groups {
            words.append(group);
        }
    }
    Some(Index {
        words: words.into_sorted(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{entry, AWKWARD};
    use super::*;

    #[test]
    fn sixteen_bytes_are_lowercased_as_each_byte_is() {
        for byte in 0..0x80u8 {
            for at in [0, 7, 15] {
                let mut bytes = *b"Mixed_Case-09zZ@";
                bytes[at] = byte;
                let mut expected = bytes;
                expected.make_ascii_lowercase();
                assert_eq!(
                    ascii_lowercase(u128::from_le_bytes(bytes)).to_le_bytes(),
                    expected,
                    "byte {byte:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn the_index_is_the_same_for_the_same_entries() {
        let entries = vec![
            entry("Europol", "police cooperation"),
            entry("Prüm", "DNA, fingerprints and vehicle data"),
            entry("NATO", "alliance"),
        ];
        assert_eq!(build_index(&entries), build_index(&entries));
        let refs: Vec<&SearchEntry> = entries.iter().collect();
        assert_eq!(
            index_json_of(&refs, &|| false),
            index_json_of(&refs, &|| false)
        );
        assert_eq!(
            index_json_of(&refs, &|| true),
            None,
            "a cancelled index is not finished"
        );
    }

    #[test]
    fn the_words_are_those_of_the_folded_text() {
        let mut cases: Vec<String> = AWKWARD.iter().map(|s| s.to_string()).collect();
        let shared: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../../tests/browser/fold-cases.json")).unwrap();
        cases.extend(
            shared
                .iter()
                .map(|c| c["input"].as_str().unwrap().to_string()),
        );
        // Every character of the planes that have compatibility forms, alone and between words,
        // covers those `fold` turns into several characters, into none or into punctuation.
        cases.extend(
            (0..0x30000)
                .filter_map(char::from_u32)
                .map(|c| format!("{c} a{c}b {c}{c}")),
        );
        let mut buffer = String::new();
        for text in cases {
            let expected: Vec<String> = fold(&text)
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .filter(|w| w.chars().count() > 1)
                .map(str::to_string)
                .collect();
            let mut words = Vec::new();
            for_each_word(&text, &mut buffer, |word| {
                words.push(match word {
                    Word::Packed(key) => unpacked(key),
                    Word::Long(text) => text.to_string(),
                })
            });
            assert_eq!(words, expected, "{text:?}");
        }
    }

    #[test]
    fn the_index_is_that_of_counting_each_entry_on_its_own() {
        // More entries than a batch, so that groups and batches are merged; words short and long
        // (over the 16 bytes of a packed word), accented, repeated in the name and the body.
        let vocabulary = [
            "Prüm",
            "europol",
            "co₂",
            "a",
            "internationalisation",
            "Überstaatlichkeitsgrundsätze",
            "x_y",
            "sixteen_bytes_ab",
            "seventeen_bytes_a",
            "NATO",
        ];
        let entries: Vec<SearchEntry> = (0..BATCH + GROUP + 7)
            .map(|n| {
                let pick = |k: usize| vocabulary[(n * 7 + k * 3 + n / 5) % vocabulary.len()];
                entry(
                    &format!("{} {}", pick(0), pick(1)),
                    &format!("{} {}, {} – {}", pick(2), pick(1), pick(n % 4), n),
                )
            })
            .collect();
        let mut expected: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (position, entry) in entries.iter().enumerate() {
            let mut weights: BTreeMap<String, u32> = BTreeMap::new();
            for (text, weight) in [(&entry.name, 3), (&entry.body, 1)] {
                for word in fold(text)
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .filter(|w| w.chars().count() > 1)
                {
                    *weights.entry(word.to_string()).or_default() += weight;
                }
            }
            for (word, weight) in weights {
                let list = expected.entry(word).or_default();
                list.extend([position as u32, weight]);
            }
        }
        let index = build_index(&entries);
        assert!(expected.contains_key("uberstaatlichkeitsgrundsatze"));
        assert!(expected.contains_key("sixteen_bytes_ab"));
        assert_eq!(index.words, expected);
    }

    #[test]
    fn accents_and_compatibility_forms_are_folded_at_index_time() {
        let index = build_index(&[entry("Prüm", "Storing CO₂ under the North Sea")]);
        assert_eq!(
            index.postings("prum"),
            Some(&[0, 3][..]),
            "a name counts three"
        );
        assert_eq!(index.postings("prüm"), None);
        assert_eq!(index.postings("co2"), Some(&[0, 1][..]));
    }
}
