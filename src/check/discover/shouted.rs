//! Names in a text written in capitals throughout ("THE G20 IS COMMITTED ..., ALONG WITH THE
//! WORLD HEALTH ORGANIZATION (WHO), ..."): its words are no acronyms, but a name still shows
//! by the acronym in brackets that spells its words' initials, and a group named by its size
//! ("G20") keeps the figures no shouted word has.

use super::acronyms::is_acronym;
use super::{Candidate, Word};

/// The most words of a name given with its acronym in a shouted text: one a letter.
const LONGEST_SPELLED: usize = 6;

/// Adds to `names` the names a shouted `text` gives with their acronyms ("WORLD BANK GROUP
/// (WBG)": the words just before the bracket whose initials spell it, one word a letter, no
/// punctuation between them) and the groups named by their size ("G20", "G7"), when `shouted`
/// says the text is written in capitals throughout.
pub(super) fn shouted_names(text: &str, words: &[Word], shouted: bool, names: &mut Vec<Candidate>) {
    if !shouted {
        return;
    }
    let at = |i: usize| &text[words[i].start..words[i].end];
    for (index, word) in words.iter().enumerate() {
        let token = at(index);
        if is_sized_group(token) {
            names.push(Candidate::without_acronym(word.start, word.end));
            continue;
        }
        let bracketed = text[..word.start].ends_with('(') && text[word.end..].starts_with(')');
        let letters = token.len();
        if !bracketed
            || !is_acronym(token)
            || !token.bytes().all(|b| b.is_ascii_uppercase())
            || !(2..=LONGEST_SPELLED).contains(&letters)
            || index < letters
        {
            continue;
        }
        let first = index - letters;
        let run = &words[first..index];
        // One name: no punctuation inside it, only the bracket after it.
        let joined = run[..letters - 1].iter().all(|w| !w.stop_after)
            && text[run[letters - 1].end..word.start].trim() == "(";
        let spelled = run
            .iter()
            .zip(token.chars())
            .all(|(w, initial)| text[w.start..].starts_with(initial));
        let alphabetic = (first..index).all(|i| at(i).chars().all(char::is_alphabetic));
        if joined && spelled && alphabetic {
            names.push(Candidate {
                start: run[0].start,
                end: run[letters - 1].end,
                acronym: Some(token.to_string()),
            });
        }
    }
}

/// Whether a word is a group named by its size: one capital letter and its number of members
/// ("G20", "G7").
fn is_sized_group(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && (2..=3).contains(&word.len())
        && chars.all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::super::names_in;
    use super::super::tests::names;

    #[test]
    fn finds_names_spelled_by_their_acronyms_in_a_shouted_text() {
        let text = "THE G20 IS COMMITTED TO DO WHATEVER IT TAKES TO OVERCOME THE PANDEMIC, ALONG WITH THE WORLD HEALTH ORGANIZATION (WHO), INTERNATIONAL MONETARY FUND (IMF), WORLD BANK GROUP (WBG), UNITED NATIONS (UN), AND OTHER INTERNATIONAL ORGANIZATIONS.";
        let found = names(text);
        assert_eq!(
            found,
            [
                "G20",
                "WORLD HEALTH ORGANIZATION",
                "INTERNATIONAL MONETARY FUND",
                "WORLD BANK GROUP",
                "UNITED NATIONS"
            ]
        );
        let notice = "THE OPERATION IS BEING PERFORMED (AS PLANNED) TODAY";
        assert!(names_in(notice).is_empty());
    }
}
