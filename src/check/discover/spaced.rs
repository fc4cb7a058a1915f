//! A hyphen spaced between two names ("Mekong - Lancang Cooperation"): a copy's way of
//! writing a pair of names, which joins them into one run.

use super::vocabulary::LEADING;
use super::{is_acronym, is_capitalised, Word};

/// Whether word `index` is a hyphen spaced between two capitalised words, each a plain word
/// ("Mekong - Lancang Cooperation"): a pair of names a copy wrote with spaces. A dash ("–")
/// between clauses, or a hyphen after an acronym or a leading word, joins no name.
pub(super) fn is_spaced_hyphen(text: &str, words: &[Word], index: usize) -> bool {
    let word = |i: usize| &text[words[i].start..words[i].end];
    index > 0
        && index + 1 < words.len()
        && word(index) == "-"
        && text[words[index - 1].end..words[index + 1].start] == *" - "
        && [index - 1, index + 1].iter().all(|&k| {
            is_capitalised(word(k))
                && word(k).chars().all(char::is_alphabetic)
                && !is_acronym(word(k))
                && !LEADING.contains(&word(k))
        })
}
