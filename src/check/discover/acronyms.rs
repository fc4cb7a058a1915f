//! Acronyms of organisations: their shape ("NATO", "G7", "G-7", "P5+1"), the parts of a
//! hyphenated word that are acronyms ("EU" and "JCPOA" in "EU-JCPOA"), an edition of an event
//! ("COP26"), a list of parties before an acronym ("Japan-EU EPA"), and a name its acronym
//! spells.

use super::vocabulary::{EVENTS, LOWER_KINDS, NOT_ACRONYMS};
use super::{is_capitalised, is_capitalised_start, Candidate, Word};
use crate::date::WEEKDAYS;

/// Whether `acronym` is made of the initials of `words`: of their capitalised words ("North
/// Atlantic Treaty Organisation", NATO), or of all of them ("Joint Comprehensive Plan of Action",
/// JCPOA).
pub(super) fn spells(acronym: &str, text: &str, words: &[Word]) -> bool {
    let letters: String = acronym
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let initials = |capitalised_only: bool| -> String {
        words
            .iter()
            .map(|w| &text[w.start..w.end])
            .filter(|w| !capitalised_only || is_capitalised(w))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    };
    letters.len() >= 2 && (letters == initials(true) || letters == initials(false))
}

/// The parts of a word that are acronyms of organisations: "NATO", "G7", "G-7", and each of
/// "EU" and "JCPOA" in "EU-JCPOA".
pub(super) fn acronym_parts(text: &str, word: &Word) -> Vec<(usize, usize)> {
    let token = &text[word.start..word.end];
    let whole = token.trim_end_matches(['\'', '’']).trim_end_matches("’s");
    if is_acronym(whole) || is_lower_led(whole) {
        return vec![(word.start, word.start + whole.len())];
    }
    // "CH-3003 Bern": a state's code before a postal code, in an address. "Reference:
    // ABC-12345": letters before a number longer than a year's make a file's reference.
    let postal = whole.split_once('-').is_some_and(|(code, number)| {
        let digits = number.bytes().all(|b| b.is_ascii_digit());
        digits && (number.len() > 4 || (code.len() <= 2 && number.len() == 4))
    });
    if postal {
        return Vec::new();
    }
    let mut parts = Vec::new();
    let mut offset = word.start;
    for part in token.split('-') {
        let core = part.trim_end_matches("’s").trim_end_matches("'s");
        if is_acronym(core) {
            parts.push((offset, offset + core.len()));
        }
        offset += part.len() + 1;
    }
    parts
}

/// Whether `word` is an acronym whose first letter stays in lower case before its capitals
/// ("eFP" for enhanced Forward Presence): the initial of a prefix-like first word ("e-", "i-")
/// is written small as that word is. Two to four capitals follow, nothing else.
fn is_lower_led(word: &str) -> bool {
    let mut chars = word.chars();
    let first = chars.next().is_some_and(|c| c.is_ascii_lowercase());
    let rest = chars.as_str();
    first
        && (2..=4).contains(&rest.len())
        && rest.chars().all(|c| c.is_ascii_uppercase())
        && !NOT_ACRONYMS.contains(&word.to_ascii_uppercase().as_str())
}

/// Whether the acronym at word `index` stands between "the" and a place's one name before it
/// and a lower-case noun after it ("the Example NPP project"): it shortens a common noun the
/// place has (a plant, a port), not an organisation. A body that meets or agrees there ("the
/// Vilnius NATO summit") is named all the same.
pub(super) fn is_placed_common_noun(text: &str, words: &[Word], index: usize) -> bool {
    let at = |k: usize| &text[words[k].start..words[k].end];
    index >= 2
        && index + 1 < words.len()
        && at(index - 2) == "the"
        && !words[index - 2].stop_after
        && !words[index - 1].stop_after
        && !words[index].stop_after
        && is_capitalised(at(index - 1))
        && at(index - 1).chars().all(char::is_alphabetic)
        && !is_acronym(at(index - 1))
        && at(index + 1).starts_with(char::is_lowercase)
        && !LOWER_KINDS.contains(&at(index + 1))
        && !EVENTS.contains(&at(index + 1))
}

/// Whether a word is a hyphenated list of parties, each capitalised ("Japan-EU", "EU-US").
pub(super) fn is_pair(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['-', '–']).collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.starts_with(char::is_uppercase) && p.chars().all(char::is_alphabetic))
}

/// Starts each of `names` that pairs a state with a union at the union: "Turkey-African Union
/// relations" names the African Union.
pub(super) fn name_paired_unions(text: &str, names: &mut [Candidate]) {
    for n in names.iter_mut() {
        let name = &text[n.start..n.end];
        if let Some((first, rest)) = name.split_once('-') {
            if name.ends_with(" Union") && !first.contains(' ') && is_capitalised_start(rest) {
                n.start += first.len() + 1;
            }
        }
    }
}

/// Whether an acronym is two letters or more and a number of two digits or more: an edition
/// of an event ("COP26"). A group named by its size has one letter ("G20") or a small number
/// ("NB8").
pub(super) fn is_edition(acronym: &str) -> bool {
    let letters = acronym.bytes().take_while(u8::is_ascii_uppercase).count();
    letters >= 2
        && acronym.len() >= letters + 2
        && acronym.bytes().skip(letters).all(|b| b.is_ascii_digit())
}

/// Whether three capitals before a number are a currency's code ("EUR 12 billion", "USD
/// 5.3m"): an amount of money, not an organisation.
pub(super) fn is_currency(acronym: &str, next: Option<&str>) -> bool {
    // "USD10 billion": the code glued to its amount. Only codes of currencies that statements
    // count trade and aid in, so that an edition ("COP26") stays an edition.
    let code = acronym.trim_end_matches(|c: char| c.is_ascii_digit());
    if code.len() < acronym.len() {
        return GLUED_CURRENCIES.contains(&code);
    }
    acronym.len() == 3
        && acronym.bytes().all(|b| b.is_ascii_uppercase())
        && next.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Currency codes that copies write glued to an amount ("USD10 billion", "EUR5m"). "COP" (the
/// Colombian peso) is left out: "COP26" is a conference's edition.
const GLUED_CURRENCIES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "AUD", "CAD", "RUB", "SAR", "AED",
];

/// Whether a word is a Roman numeral of an edition written with I, V, X and L ("XXXV" in "the
/// XXXV Spanish-Portuguese Summit", "IX"): a number, not an acronym. C, D and M are left out:
/// numerals that large number no meeting, and acronyms use them ("MDC", "CD").
fn is_roman_numeral(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

/// Whether a word has the shape of an organisation's acronym and is none of the capitals that
/// name something else (a state, a title, a month, a Roman numeral).
pub(super) fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_ascii_uppercase()).count();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    // A hyphen only as in "G-7": a pair such as "NATO-EU" is two names.
    let hyphen_ok = match word.split_once('-') {
        None => true,
        Some((letters, digits)) => {
            letters.len() == 1 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        }
    };
    // "P5+1": a group and the members added to it.
    let plus_ok = word
        .split('+')
        .skip(1)
        .all(|part| part.bytes().next().is_some_and(|b| b.is_ascii_digit()));
    let shape = word
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '+')
        && plus_ok
        && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && hyphen_ok;
    shape
        && (2..=8).contains(&word.len())
        && (letters >= 2 || (letters == 1 && digits > 0))
        && !NOT_ACRONYMS.contains(&word.to_ascii_uppercase().as_str())
        && !is_roman_numeral(word)
        // "18 MARCH 2020", "MONDAY": a date in capitals.
        && !crate::date::MONTHS
            .iter()
            .chain(WEEKDAYS)
            .any(|name| name.eq_ignore_ascii_case(word))
}

/// Whether a bracketed acronym after a town alone on its line is a state's two-letter code
/// ("Praha (CZ)", "Budapest (HU)"): weather boxes and datelines name towns so.
pub(super) fn is_place_code(acronym: &str) -> bool {
    acronym.len() == 2 && acronym.bytes().all(|b| b.is_ascii_uppercase())
}

/// When word `index` opens a bracket of two acronyms and nothing else ("(FMM MLC)"), the end
/// of the second.
pub(super) fn bracketed_pair(text: &str, words: &[Word], index: usize) -> Option<usize> {
    let (first, second) = (words.get(index)?, words.get(index + 1)?);
    let opened = first.stop_before && text[..first.start].ends_with('(');
    let closed = text[second.end..].starts_with(')');
    let spaced = text[first.end..second.start] == *" ";
    (index > 0
        && opened
        && closed
        && spaced
        && is_acronym(&text[first.start..first.end])
        && is_acronym(&text[second.start..second.end]))
    .then_some(second.end)
}

/// The acronyms `text` gives in brackets after lower-case words whose initials spell them
/// ("a free trade agreement (FTA)"): a common noun shortened, which names no instrument, there
/// or wherever else the text writes it.
pub(super) fn common_nouns<'a>(text: &'a str, words: &[Word]) -> Vec<&'a str> {
    let mut found = Vec::new();
    for (index, word) in words.iter().enumerate() {
        let acronym = &text[word.start..word.end];
        let letters = acronym.len();
        let bracketed = text[..word.start].ends_with('(') && text[word.end..].starts_with(')');
        if !bracketed || !is_acronym(acronym) || !(2..=index).contains(&letters) {
            continue;
        }
        let run = &words[index - letters..index];
        let lower = run
            .iter()
            .all(|w| text[w.start..w.end].chars().all(char::is_lowercase));
        let joined = run[..letters - 1].iter().all(|w| !w.stop_after)
            && text[run[letters - 1].end..word.start].trim() == "(";
        if lower && joined && spells(acronym, text, run) {
            found.push(acronym);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_and_currencies_are_no_organisations() {
        assert!(!is_acronym("XXXV") && !is_acronym("IX"));
        assert!(is_acronym("MDC") && is_acronym("NATO"));
        assert!(is_currency("EUR", Some("12")));
        assert!(!is_currency("EUR", Some("and")) && !is_currency("NATO", Some("12")));
        assert!(is_currency("USD10", Some("billion")) && is_currency("EUR5", None));
        assert!(!is_currency("COP26", Some("in")) && !is_currency("G20", None));
    }

    #[test]
    fn an_acronym_of_lower_case_words_is_a_common_noun() {
        use super::super::tests::names;
        let text = "the conclusion of a free trade agreement (FTA), and the FTA's entry";
        assert!(names(text).is_empty());
        assert_eq!(
            names("the North Atlantic Treaty Organisation (NATO)"),
            ["North Atlantic Treaty Organisation"]
        );
    }

    #[test]
    fn a_towns_state_code_is_two_capitals() {
        assert!(is_place_code("CZ") && is_place_code("HU"));
        assert!(!is_place_code("NATO") && !is_place_code("G7"));
    }
}
