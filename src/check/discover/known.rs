//! Organisations known by one word, which no kind word marks: "the Commonwealth", "the
//! Francophonie", "Interpol".

use super::vocabulary::JOINERS;
use super::{is_capitalised, Candidate, Word};

/// International organisations and groupings whose usual name is one word.
const ONE_WORD_NAMES: &[&str] = &[
    "Benelux",
    "Commonwealth",
    "Eurocontrol",
    "Eurogroup",
    "Eurojust",
    "Europol",
    "Francophonie",
    "Frontex",
    "Interpol",
    "Mercosur",
];

/// Adds to `names` each one-word name standing alone: not inside a longer capitalised run
/// ("the Commonwealth Games", "Foreign, Commonwealth & Development Office") nor inside a name
/// found already.
pub(super) fn one_word_names(text: &str, words: &[Word], names: &mut Vec<Candidate>) {
    let word = |k: usize| &text[words[k].start..words[k].end];
    for k in 0..words.len() {
        let bare = word(k).trim_end_matches("’s").trim_end_matches("'s");
        if !ONE_WORD_NAMES.contains(&bare) {
            continue;
        }
        let joined_before = k > 0
            && !words[k - 1].stop_after
            && !words[k].stop_before
            && is_capitalised(word(k - 1));
        let joined_after = !words[k].stop_after
            && k + 1 < words.len()
            && !words[k + 1].stop_before
            && (is_capitalised(word(k + 1))
                || (JOINERS.contains(&word(k + 1))
                    && k + 2 < words.len()
                    && !words[k + 1].stop_after
                    && is_capitalised(word(k + 2))));
        let (start, end) = (words[k].start, words[k].start + bare.len());
        if joined_before || joined_after || names.iter().any(|n| n.start < end && start < n.end) {
            continue;
        }
        names.push(Candidate {
            start,
            end,
            acronym: None,
        });
    }
}
