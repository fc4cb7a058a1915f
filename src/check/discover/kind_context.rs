//! Tests on the words around a kind word: a mission's body, an ordinal inside a name, a
//! partnership's name, an article before a name, the members of a body and where a name starts.

use super::vocabulary::{JOINERS, KINDS, LEADING, MISSIONS, NATIONALITY_ENDINGS};
use super::{is_capitalised, is_date_word, run_start, Word};

/// The last word of the body whose mission (or a mission's mandate) ends at word `kind`: the
/// last kind word before it ("African Union" in "African Union Transition Mission").
pub(super) fn mission_body(text: &str, words: &[Word], first: usize, kind: usize) -> Option<usize> {
    let word = |k: usize| &text[words[k].start..words[k].end];
    (first..kind).rev().find(|&k| {
        let bare = word(k).strip_suffix('s').unwrap_or(word(k));
        !MISSIONS.contains(&word(k)) && (KINDS.contains(&word(k)) || KINDS.contains(&bare))
    })
}

/// Whether word `index` is "Mandate" after "Mission": a mission's mandate, named as the mission
/// is ("African Union Mission Mandate in Somalia").
pub(super) fn is_mission_mandate(text: &str, words: &[Word], index: usize) -> bool {
    index > 0
        && &text[words[index].start..words[index].end] == "Mandate"
        && MISSIONS.contains(&&text[words[index - 1].start..words[index - 1].end])
        && !words[index - 1].stop_after
}

/// Whether word `index` is an ordinal inside a name, before the capitalised word it counts
/// ("for the 21st Century"), not the day of a date ("the 5th March").
pub(super) fn is_ordinal_in_name(text: &str, words: &[Word], index: usize) -> bool {
    let word = |i: usize| &text[words[i].start..words[i].end];
    let ordinal = word(index)
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .to_ascii_lowercase();
    word(index).starts_with(|c: char| c.is_ascii_digit())
        && matches!(ordinal.as_str(), "st" | "nd" | "rd" | "th")
        && index + 1 < words.len()
        && !words[index].stop_after
        && is_capitalised(word(index + 1))
        && !is_date_word(word(index + 1))
}

/// Whether a capitalised word before "partnership" in lower case names it ("the Eastern
/// partnership"): one plain word inside a sentence, not a pair ("UK–Belgium partnership"), an
/// acronym ("EU partnership") or a nationality ("the British partnership").
pub(super) fn is_partnership_name(text: &str, word: &Word) -> bool {
    let name = &text[word.start..word.end];
    let inside_sentence = !text[..word.start]
        .trim_end()
        .ends_with(['.', '!', '?', ':', '“', '"'])
        && !text[..word.start].trim().is_empty();
    // "the Canada-United Kingdom partnership": the last word of a pair of names.
    let previous = text[..word.start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    let ends_a_pair = previous
        .split(['-', '–'])
        .skip(1)
        .any(|part| part.starts_with(char::is_uppercase));
    inside_sentence
        && !ends_a_pair
        && !word.stop_before
        && name.chars().all(char::is_alphabetic)
        && name.chars().skip(1).any(char::is_lowercase)
        && !NATIONALITY_ENDINGS
            .iter()
            .any(|ending| name.ends_with(ending))
}

/// Whether word `index` follows "the", "a" or "an" in lower case: a capitalised word there
/// starts a name ("the Next Steps in Strategic Partnership", "the New Development Bank"), even
/// one that usually starts a sentence.
pub(super) fn after_article(text: &str, words: &[Word], index: usize) -> bool {
    index > 0
        && !words[index - 1].stop_after
        && !words[index].stop_before
        && matches!(
            &text[words[index - 1].start..words[index - 1].end],
            "the" | "a" | "an"
        )
}

/// Whether `word` is a kind word that a following event noun is not part of.
pub(super) fn ends_in_kind(word: &str) -> bool {
    let bare = word.strip_suffix('s').unwrap_or(word);
    word != "Ministerial" && (KINDS.contains(&word) || KINDS.contains(&bare))
}

/// Whether a word and the `rest` of the text after it make a lower-case plural in the
/// possessive ("leaders’", "ministers'"): the members of a body.
pub(super) fn is_members_possessive(word: &str, rest: &str) -> bool {
    rest.starts_with(['’', '\''])
        && word.len() > 3
        && word.ends_with('s')
        && word.chars().all(|c| c.is_ascii_lowercase())
}

/// The first word of the capitalised run that ends at word `last`, past the leading, joining
/// and date words a name does not begin with.
pub(super) fn trimmed_start(text: &str, words: &[Word], last: usize) -> usize {
    let word = |i: usize| &text[words[i].start..words[i].end];
    let mut first = run_start(text, words, last);
    while first < last
        && (LEADING.contains(&word(first))
            || JOINERS.contains(&word(first))
            || is_date_word(word(first)))
    {
        first += 1;
    }
    first
}
