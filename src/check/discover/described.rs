//! Agreements named by the parties and lower-case words that say what kind of agreement they
//! are: "the Canada-EU comprehensive economic and trade agreement", "the UK-India free trade
//! agreement". The name before the words makes them one instrument; without it ("a bilateral
//! free trade agreement") they are a common noun.

use super::vocabulary::{GOVERNMENTS, LEADING};
use super::{is_capitalised, Word};

/// Lower-case words that cannot describe an agreement: articles, pronouns, prepositions, verbs
/// and the like end the search for the name ("the EU said the trade agreement ...").
const NOT_DESCRIPTIONS: &[&str] = &[
    "a", "about", "after", "agreed", "an", "any", "are", "as", "at", "be", "been", "before", "by",
    "for", "from", "had", "has", "have", "her", "his", "in", "into", "is", "its", "no", "not",
    "of", "on", "or", "our", "reached", "said", "says", "signed", "such", "that", "the", "their",
    "these", "this", "those", "to", "was", "welcomed", "were", "which", "who", "will", "with",
    "would",
];

/// The most lower-case words read between the name and "agreement".
const MOST_WORDS: usize = 5;

/// When word `index` is "agreement" or "agreements" after lower-case words that describe it and
/// a capitalised name ("Canada-EU comprehensive economic and trade agreement"), the index of
/// the name's last word.
pub(super) fn described_agreement(text: &str, words: &[Word], index: usize) -> Option<usize> {
    let word = |k: usize| &text[words[k].start..words[k].end];
    // "the Iran nuclear deal": a deal so named is an agreement.
    if !matches!(word(index), "agreement" | "agreements" | "deal" | "deals") {
        return None;
    }
    let mut first = index;
    while first > 0 {
        let previous = first - 1;
        if words[previous].stop_after || words[first].stop_before {
            return None;
        }
        let candidate = word(previous);
        if is_capitalised(candidate) {
            break;
        }
        let plain = candidate
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-');
        if !plain || NOT_DESCRIPTIONS.contains(&candidate) || index - previous > MOST_WORDS {
            return None;
        }
        first = previous;
    }
    // At least one describing word, which neither starts nor ends with "and".
    if first == index || first == 0 || word(first) == "and" || word(index - 1) == "and" {
        return None;
    }
    let name = first - 1;
    let name_word = word(name);
    // A possessive is whose agreement it is ("the Prime Minister's trade agreement"); a word
    // that opens a sentence or a phrase ("The", "Both") names nothing.
    let possessive = name_word.ends_with("’s") || name_word.ends_with("'s");
    let opens = name == 0 || words[name - 1].stop_after;
    let named = name_word.contains('-') || name_word.chars().all(|c| !c.is_lowercase());
    // "the Kremlin peace deal": a government's deal, not a name.
    let government = GOVERNMENTS.contains(&name_word);
    // "27 cooperation agreements": a number counts the agreements, and names none.
    let count = name_word.chars().all(|c| c.is_ascii_digit());
    (!possessive && !government && !count && !LEADING.contains(&name_word) && (!opens || named))
        .then_some(name)
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_count_of_agreements_is_no_name() {
        assert!(
            names("a signing ceremony of 27 cooperation agreements by the ministers").is_empty()
        );
        assert_eq!(
            names("They hailed the UK-India free trade agreement today."),
            vec!["UK-India free trade agreement"]
        );
    }
}
