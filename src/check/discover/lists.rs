//! Names whose subjects are listed: "the Research, Science and Innovation Arrangement" (the
//! list before the kind word) and "Framework for Security, Public Health, and Safe
//! Communities" (the list after it).

use super::vocabulary::LEADING;
use super::{is_acronym, is_capitalised, is_date_word, Word};

/// The start of a name whose subjects are listed with commas before the last two joined by
/// "and" ("the Research, Science and Innovation Arrangement"): the run found back from the
/// kind word stops at the comma, and the listed words before it belong to the name when an
/// article opens the list.
pub(super) fn listed_start(text: &str, words: &[Word], first: usize, kind: usize) -> usize {
    let word = |k: usize| &text[words[k].start..words[k].end];
    if first + 1 >= kind || word(first + 1) != "and" {
        return first;
    }
    let mut start = first;
    while start > 0
        && words[start - 1].stop_after
        && text[words[start - 1].end..words[start].start] == *", "
        && is_capitalised(word(start - 1))
        && !is_acronym(word(start - 1))
        && !LEADING.contains(&word(start - 1))
        && !is_date_word(word(start - 1))
    {
        start -= 1;
    }
    let opened =
        start > 0 && !words[start - 1].stop_after && matches!(word(start - 1), "the" | "a" | "an");
    if opened {
        start
    } else {
        first
    }
}

/// The most subjects a name's list may hold ("for Security, Public Health, and Safe
/// Communities" holds three).
const MOST_LISTED_SUBJECTS: usize = 6;

/// The last word of a list of capitalised subjects that starts at word `first`, after a
/// comma, and that "and" closes (", and Safe Communities" or " and Safe Communities"). `None`
/// when the list is not such a list: a lower-case word, an article or a sentence's end inside
/// it, or no "and" closing it.
pub(super) fn listed_topic_end(text: &str, words: &[Word], first: usize) -> Option<usize> {
    let word = |k: usize| &text[words[k].start..words[k].end];
    let plain = |k: usize| {
        k < words.len()
            && !words[k].stop_before
            && is_capitalised(word(k))
            && !LEADING.contains(&word(k))
    };
    // The end of the capitalised run that starts at `k`.
    let run_end = |mut k: usize| {
        while k + 1 < words.len() && !words[k].stop_after && plain(k + 1) {
            k += 1;
        }
        k
    };
    let mut k = first;
    for _ in 0..MOST_LISTED_SUBJECTS {
        if !plain(k) {
            return None;
        }
        k = run_end(k);
        let between = words.get(k + 1).map(|w| &text[words[k].end..w.start])?;
        let closing = word(k + 1) == "and" && matches!(between, " " | ", ");
        if closing {
            return (!words[k + 1].stop_after && plain(k + 2)).then(|| run_end(k + 2));
        }
        if between != ", " {
            return None;
        }
        k += 1;
    }
    None
}
