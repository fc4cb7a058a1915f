//! A body or an agreement named with the two states it joins ("the Joint Commission for
//! Cooperation between Kenya and Somalia"): two proper names after "between", with no article,
//! are the name's own, as "of Kenya" would be. "between the two ministers" or "between the
//! Prime Minister of ..." tell the setting of a meeting, and stay out.

use super::vocabulary::KINDS;
use super::Candidate;

/// The most words of one party's name ("United Arab Emirates").
const MOST_PARTY_WORDS: usize = 3;

/// Extends each name that ends in a kind word over "between" and the two parties after it.
pub(super) fn with_parties(text: &str, names: &mut [Candidate]) {
    const BETWEEN: &str = " between ";
    for name in names.iter_mut() {
        let written = &text[name.start..name.end];
        let last = written.rsplit(' ').next().unwrap_or_default();
        let bare = last.strip_suffix('s').unwrap_or(last);
        if !KINDS.contains(&last) && !KINDS.contains(&bare) {
            continue;
        }
        let Some(rest) = text[name.end..].strip_prefix(BETWEEN) else {
            continue;
        };
        if let Some(length) = two_parties(rest) {
            name.end += BETWEEN.len() + length;
        }
    }
}

/// Whether a word is a proper name's: a capital, then letters or hyphens.
fn is_proper(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && word.chars().any(char::is_lowercase)
}

/// The length of "A and B" opening `rest`, each one to three proper words, the second closed
/// by punctuation, the text's end or a word in lower case.
fn two_parties(rest: &str) -> Option<usize> {
    let (first, after) = rest.split_once(" and ")?;
    let first_words: Vec<&str> = first.split(' ').collect();
    if first_words.len() > MOST_PARTY_WORDS || !first_words.iter().all(|w| is_proper(w)) {
        return None;
    }
    let mut offset = 0;
    let mut end = None;
    let mut count = 0;
    for word in after.split(' ') {
        let clean = word.trim_end_matches([',', '.', ';', ':', '”', '"', '’', ')']);
        if !is_proper(clean) {
            // A capitalised word that is no proper name's ("Kenya and Somalia PLC") leaves the
            // parties unsure.
            if word.starts_with(char::is_uppercase) {
                return None;
            }
            break;
        }
        count += 1;
        end = Some(offset + clean.len());
        if clean.len() < word.len() {
            break;
        }
        offset += word.len() + 1;
    }
    let end = end.filter(|_| (1..=MOST_PARTY_WORDS).contains(&count))?;
    Some(first.len() + " and ".len() + end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_states_after_between_belong_to_the_name() {
        assert_eq!(
            two_parties("Examplia and Otherland. This will boost trade."),
            Some("Examplia and Otherland".len())
        );
        assert_eq!(
            two_parties("Examplia and South Otherland to meet"),
            Some("Examplia and South Otherland".len())
        );
        assert_eq!(two_parties("the two ministers and their teams."), None);
        assert_eq!(
            two_parties("the Prime Minister of Examplia and the President."),
            None
        );
        assert_eq!(two_parties("Examplia and"), None);
        let text = "the Joint Commission for Cooperation between Examplia and Otherland. It met.";
        let start = text.find("Joint").unwrap_or_default();
        let end = text.find(" between").unwrap_or_default();
        let mut names = [Candidate {
            start,
            end,
            acronym: None,
        }];
        with_parties(text, &mut names);
        assert_eq!(
            &text[names[0].start..names[0].end],
            "Joint Commission for Cooperation between Examplia and Otherland"
        );
    }
}
