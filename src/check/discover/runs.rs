//! Capitalised runs: where a name that ends at a word starts, walking back over capitalised
//! words and the small joiners inside names, and which words count as capitalised.

use super::spaced;
use super::{
    is_acronym, is_year, Word, EVENT_KINDS, JOINERS, KINDS, LEADING, LOWER_KINDS, PREFIXES,
};

/// The first word of the capitalised run (small joiners such as "of" allowed inside) that ends
/// at word `last`, walking back until punctuation or a lower-case word stops it.
pub(super) fn run_start(text: &str, words: &[Word], last: usize) -> usize {
    let word = |i: usize| &text[words[i].start..words[i].end];
    let mut first = last;
    while first > 0 && !words[first].stop_before {
        let previous = first - 1;
        if words[previous].stop_after {
            break;
        }
        // "the 2014 Vision Statement and 2015 Blueprint for ...": a year after "and" opens a
        // name of its own.
        if word(previous) == "and" && is_year(word(first)) {
            break;
        }
        if is_capitalised(word(previous)) {
            first = previous;
        } else if spaced::is_spaced_hyphen(text, words, previous) {
            // "the Mekong - Lancang Cooperation": a pair of names spaced around its hyphen.
            first = previous - 1;
        } else if JOINERS.contains(&word(previous))
            && previous > 0
            // "Summits on The Africa ... Area": a capitalised article starts a name.
            && !matches!(word(first), "The" | "A" | "An")
            // "the ... Meeting and NATO summit", "the Free Trade Agreement and Currency Swap
            // Agreement", "the G7 and G20 summits": an event's name, the same kind word or an
            // acronym before "and" ends a name of its own; names are not joined.
            && (word(previous) != "and" || !ends_a_name(word(previous - 1), word(last)))
            // "Minister for Foreign Affairs, European Union and Cooperation": a name that ends
            // in a kind word of its own before "and" is not joined to a lone kind word after it.
            && !(word(previous) == "and" && first == last && KINDS.contains(&word(previous - 1)))
            // "ASEAN (the Association of ...)": a bracket opened before the joiner.
            && !words[previous].stop_before
            && !words[previous - 1].stop_after
            && is_capitalised(word(previous - 1))
            // "the UK's the Northern Ireland ... Act": an owner before the name is not in it.
            && !word(previous - 1).ends_with("'s")
            && !word(previous - 1).ends_with("’s")
        {
            first = previous - 1;
        } else {
            break;
        }
    }
    first
}

/// Whether a word before "and" ends a name of its own, so that the run ending in `kind` does
/// not go back past it: an event ("Meeting", "summit"), the run's own kind word, an acronym.
fn ends_a_name(word: &str, kind: &str) -> bool {
    let bare = |w: &'_ str| w.strip_suffix('s').unwrap_or(w).to_lowercase();
    EVENT_KINDS.contains(&word)
        || matches!(word, "summit" | "meeting")
        || bare(word) == bare(kind)
        || is_acronym(word)
}

/// The first word of the capitalised run (small joiners allowed inside) that ends right before
/// word `index`, when it has at least two words.
pub(super) fn run_before(text: &str, words: &[Word], index: usize) -> Option<usize> {
    let word = |i: usize| &text[words[i].start..words[i].end];
    let last = index.checked_sub(1)?;
    if !is_capitalised(word(last))
        || words[last].stop_after && !text[words[last].end..].starts_with(" (")
    {
        return None;
    }
    let mut first = run_start(text, words, last);
    while first < last && (LEADING.contains(&word(first)) || JOINERS.contains(&word(first))) {
        first += 1;
    }
    (first < last).then_some(first)
}

/// Starts with a capital or a digit, and is not a hyphenated word ending in lower case
/// ("UK-led"), unless its first part is a prefix ("Co-operation") or its last part is a kind
/// word in lower case that makes it a name ("Ramstein-format", as "Normandy format").
pub(super) fn is_capitalised(word: &str) -> bool {
    if let (Some((first, _)), Some((_, last))) = (word.split_once('-'), word.rsplit_once('-')) {
        if !PREFIXES.contains(&first)
            && last.chars().next().is_some_and(char::is_lowercase)
            && !LOWER_KINDS.contains(&last)
        {
            return false;
        }
    }
    is_capitalised_start(word)
}

/// Starts with a capital or a digit.
pub(super) fn is_capitalised_start(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}
