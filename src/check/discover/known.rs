//! Organisations and groupings known by a name no kind word marks: "the Commonwealth", "the
//! Francophonie", "Interpol", "the Quad", "the Five Eyes", "the Schengen area", "the eurozone".

use super::vocabulary::{JOINERS, LEADING};
use super::{is_capitalised, Candidate, Word};

/// International organisations and groupings whose usual name has no kind word.
const KNOWN_NAMES: &[&str] = &[
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
    "Quad",
    // The EU's market without internal frontiers.
    "Single Market",
    "Five Eyes",
    // The group of small island states the United Nations recognises, named without a kind.
    "Small Island Developing States",
    "Weimar Triangle",
    "Lublin Triangle",
    "Bucharest Nine",
    // The states without checks at their common borders, named with or without their area's
    // word ("the Schengen area", "join the Schengen"); the longer forms come first.
    "Schengen area",
    "Schengen Area",
    "Schengen zone",
    "Schengen Zone",
    "Schengen",
    // The travel area of the British Isles, written in lower case as often as capitalised
    // (the capitalised form ends in a kind word and is found by it).
    "common travel area",
    // The states that use the euro, written in lower case as often as not.
    "eurozone",
    "Eurozone",
];

/// Adds to `names` each known name standing alone: not inside a longer capitalised run ("the
/// Commonwealth Games", "Foreign, Commonwealth & Development Office") nor inside a name found
/// already.
pub(super) fn known_names(text: &str, words: &[Word], names: &mut Vec<Candidate>) {
    let word = |k: usize| &text[words[k].start..words[k].end];
    for first in 0..words.len() {
        // The known name whose words start here, and its last word.
        let Some(k) = KNOWN_NAMES.iter().find_map(|known| {
            let last = first + known.split(' ').count() - 1;
            let matches = last < words.len()
                && known.split(' ').enumerate().all(|(n, part)| {
                    let written = word(first + n);
                    let written = if first + n == last {
                        written.trim_end_matches("’s").trim_end_matches("'s")
                    } else {
                        written
                    };
                    written == part && (n == 0 || !words[first + n - 1].stop_after)
                });
            matches.then_some(last)
        }) else {
            continue;
        };
        let bare = word(k).trim_end_matches("’s").trim_end_matches("'s");
        // "– The Bucharest Nine –": an article written with a capital opens the name, it is
        // no longer run.
        let joined_before = first > 0
            && !words[first - 1].stop_after
            && !words[first].stop_before
            && is_capitalised(word(first - 1))
            && !LEADING.contains(&word(first - 1));
        let joined_after = !words[k].stop_after
            && k + 1 < words.len()
            && !words[k + 1].stop_before
            && (is_capitalised(word(k + 1))
                || (JOINERS.contains(&word(k + 1))
                    && k + 2 < words.len()
                    && !words[k + 1].stop_after
                    && is_capitalised(word(k + 2))));
        let (start, end) = (words[first].start, words[k].start + bare.len());
        if joined_before || joined_after || names.iter().any(|n| n.start < end && start < n.end) {
            continue;
        }
        names.push(Candidate::without_acronym(start, end));
    }
}
