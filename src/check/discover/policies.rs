//! A policy named by the capitalised words before "policy" in lower case ("the Act East policy").

use super::vocabulary::{GOVERNMENTS, KINDS, LEADING, NATIONALITY_ENDINGS, OFFICES};
use super::{is_acronym, is_capitalised, is_date_word, Word};

/// When word `index` is "policy" after two capitalised words or more that name it ("India’s
/// Neighbourhood First policy", "the Act East policy"), the first of them. One word is a
/// subject ("the China policy"), and an owner, an acronym or a nationality says whose policy
/// it is ("the UK's", "EU", "British"), not which.
pub(super) fn named_policy(text: &str, words: &[Word], index: usize) -> Option<usize> {
    let word = |k: usize| &text[words[k].start..words[k].end];
    if index >= words.len() || word(index) != "policy" {
        return None;
    }
    let mut first = index;
    while first > 0 && !words[first].stop_before && !words[first - 1].stop_after {
        let previous = word(first - 1);
        let owner = previous.ends_with("’s") || previous.ends_with("'s");
        let nationality = NATIONALITY_ENDINGS.iter().any(|e| previous.ends_with(e));
        let bare = previous.strip_suffix('s').unwrap_or(previous);
        // "the Trump Administration policy", "the Home Office policy": a government's.
        // A kind word just before "policy" names a body's ("the European Union policy"); one
        // further back opens the name ("the Act East policy").
        let body = first == index && (KINDS.contains(&previous) || KINDS.contains(&bare));
        let government = OFFICES.contains(&previous) || GOVERNMENTS.contains(&previous) || body;
        if !is_capitalised(previous)
            || owner
            || nationality
            || government
            || is_acronym(previous)
            || LEADING.contains(&previous)
            || is_date_word(previous)
        {
            break;
        }
        first -= 1;
    }
    (index - first >= 2).then_some(first)
}
