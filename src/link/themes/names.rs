//! When a common noun written with a capital inside a name still names its subject. Most such
//! names only say where or by whom something happens ("the UN Climate Change Conference", "the
//! Major Economies Forum"), so their words name no subject; but a pact's name says what the
//! parties agreed on ("the Free Trade Agreement", "the Research, Science and Innovation
//! Arrangement"), and a name that ends with the noun is a thing of that kind ("the Great East
//! Japan Earthquake"; a named bond is the relationship: "the Joint Declaration on Strategic
//! Partnership"). A subject written with capitals after a meeting named as a common noun and
//! "on" ("the summit on Climate Change") is no name: the meeting is about it.

use super::framing::FoldedText;

/// Last words of the names of pacts, whose other words say what the pact is about.
const PACTS: &[&str] = &[
    "accord",
    "accords",
    "agreement",
    "agreements",
    "arrangement",
    "arrangements",
    "area",
    "pact",
    "treaty",
];

/// Nouns for meetings: a meeting's name says where the leaders met ("the NATO Summit"), not
/// what they treated, even when it ends with the noun.
const MEETINGS: &[&str] = &[
    "conference",
    "consultations",
    "council",
    "dialogue",
    "forum",
    "meeting",
    "summit",
    "talks",
];

/// Small words that may join the words of a name ("Agreement for Trans-Pacific Partnership").
const JOINERS: &[&str] = &["and", "for", "of", "on", "the"];

/// Whether the common-noun keyword at `start..end`, written with a capital inside a sentence,
/// names its subject: it stands in a pact's name, or it ends a name as its last word, right
/// after another capitalised word ("Japan Earthquake", not "Ministry of Defence").
pub(super) fn names_its_subject(text: &FoldedText, start: usize, end: usize) -> bool {
    let one_word = !text.text[start..end].contains(' ');
    let capital = |at: usize| text.capital.get(at).copied().unwrap_or(false);
    // The words of the name after the keyword: capitalised words, and small words or a comma
    // between two of them.
    let mut last = &text.text[start..end];
    let mut at = end;
    let mut more = false;
    loop {
        let rest = &text.text[at..];
        let skip = if rest.starts_with(", ") {
            2
        } else if rest.starts_with(' ') {
            1
        } else {
            break;
        };
        let from = at + skip;
        let length = text.text[from..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(text.text.len() - from);
        if length == 0 {
            break;
        }
        let word = &text.text[from..from + length];
        if capital(from) {
            last = word;
            more = true;
            at = from + length;
        } else if skip == 1 && JOINERS.contains(&word) {
            // A joiner belongs to the name only before another capitalised word.
            let next = from + length + 1;
            if text.text[from + length..].starts_with(' ') && capital(next) {
                at = from + length;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    if more {
        return PACTS.contains(&last);
    }
    // The keyword ends the name: a thing of its kind, when a capitalised word stands before it.

    let before = text.text[..start].trim_end();
    let word_from = before
        .rfind(|c: char| !c.is_alphanumeric())
        .map_or(0, |at| at + 1);
    one_word
        && !MEETINGS.contains(&&text.text[start..end])
        && before.len() + 1 == start
        && word_from < before.len()
        && capital(word_from)
        && !super::starts_sentence(&text.text, word_from)
        && !an_office(text, word_from)
}

/// Whether the keyword at `start`, written with capitals, follows a meeting written as a common
/// noun and "on" ("the forthcoming summit on Climate Change"): no name holds the capitals, which
/// only stress the subject the meeting is about, so the keyword names it.
pub(super) fn a_meetings_subject(text: &FoldedText, start: usize) -> bool {
    let Some(before) = text.text[..start].strip_suffix(" on ") else {
        return false;
    };
    let word_from = before
        .rfind(|c: char| !c.is_alphanumeric())
        .map_or(0, |at| at + 1);
    MEETINGS.contains(&&before[word_from..])
        && !text.capital.get(word_from).copied().unwrap_or(false)
}

/// Nouns of offices: a name that holds one is an office's ("the Ministry of Foreign Affairs and
/// Foreign Trade", "Minister for Health"), which says who speaks, not what is treated.
const OFFICE_NOUNS: &[&str] = &[
    "commissioner",
    "department",
    "minister",
    "ministry",
    "office",
    "secretary",
];

/// Whether the name whose capitalised word starts at `from` belongs to an office: its words
/// before, capitalised or small words between them, hold an office's noun.
fn an_office(text: &FoldedText, from: usize) -> bool {
    let capital = |at: usize| text.capital.get(at).copied().unwrap_or(false);
    let mut at = from;
    while let Some(before) = text.text[..at].strip_suffix(' ') {
        let word_from = before
            .rfind(|c: char| !c.is_alphanumeric())
            .map_or(0, |at| at + 1);
        let word = &before[word_from..];
        if word.is_empty() || !(capital(word_from) || JOINERS.contains(&word)) {
            return false;
        }
        if OFFICE_NOUNS.contains(&word) {
            return true;
        }
        at = word_from;
    }
    false
}

/// Nouns that introduce a list of the fields a meeting or a partnership covers, each written as
/// a heading ("focused on six areas: Infrastructure, ...; Economic Integration; Security and
/// Defense").
const FIELDS: &[&str] = &[
    "areas",
    "fields",
    "pillars",
    "priorities",
    "sectors",
    "themes",
    "topics",
];

/// Whether the word at `start` stands in a list of fields after a colon ("focused on six areas:
/// Infrastructure, Border Facilitation; Economic Integration for Development", "in the areas
/// of: global peace and security"): its capital is a heading's, and the word names its subject.
pub(super) fn in_a_list_of_fields(text: &FoldedText, start: usize) -> bool {
    let sentence = text.sentence_starts.partition_point(|&s| s <= start);
    let from = sentence
        .checked_sub(1)
        .map_or(0, |index| text.sentence_starts[index]);
    let Some(colon) = text.text[from..start].rfind(':').map(|at| from + at) else {
        return false;
    };
    // "in the areas of: ..." introduces the fields as "areas:" does.
    let before = text.text[from..colon].trim_end();
    let before = before.strip_suffix(" of").unwrap_or(before);
    let lead = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    FIELDS.contains(&lead)
}

/// Whether the capitalised word at `start` ends a list of common nouns, as an item of its own
/// ("cooperation in trade, mining, energy, transport, Defence and Security, including ..."):
/// its capitals only set it apart, and it names a field as the items before it do. The item is
/// capitalised words alone (joined by "and") up to the clause's end, after two items at least
/// of one lower-case word each, so that a name that goes on ("the Energy Charter Treaty") or a
/// name after one word stays a name.
pub(super) fn ends_a_list_of_common_nouns(text: &FoldedText, start: usize) -> bool {
    let capital = |at: usize| text.capital.get(at).copied().unwrap_or(false);
    // The item: capitalised words, each joined to the next by "and" ("Defence and Security"),
    // then a comma or a clause's end.
    let mut at = start;
    let mut joiner = false;
    loop {
        let rest = &text.text[at..];
        let length = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let fits = if joiner {
            &rest[..length] == "and"
        } else {
            length > 0 && capital(at)
        };
        if !fits {
            return false;
        }
        joiner = !joiner;
        let after = &rest[length..];
        if after.is_empty() || after.starts_with([',', '.', ';', ':']) {
            // An item ends with a word, not with "and".
            if !joiner {
                return false;
            }
            break;
        }
        if !after.starts_with(' ') {
            return false;
        }
        at += length + 1;
    }
    // Before it: ", " (or ", and ") and at least two items of one lower-case word each.
    let before = &text.text[..start];
    let Some(mut before) = before
        .strip_suffix(", and ")
        .or_else(|| before.strip_suffix(", "))
    else {
        return false;
    };
    for item in 0..2 {
        let from = before
            .rfind(|c: char| !c.is_alphanumeric())
            .map_or(0, |at| at + 1);
        let word = &before[from..];
        if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) || capital(from) {
            return false;
        }
        if item == 0 {
            match before[..from].strip_suffix(", ") {
                Some(rest) => before = rest,
                None => return false,
            }
        }
    }
    true
}

/// How many words a paragraph may have to be a heading line of its own.
const HEADING_WORDS: usize = 6;

/// Small words a heading writes without a capital ("Governance and Democracy", "Peace and
/// Security in the Region").
const HEADING_SMALL_WORDS: &[&str] = &["and", "for", "in", "of", "on", "the", "to", "with"];

/// Whether the paragraph is a heading line ("Governance and Democracy"): a few words, each with
/// a capital but the small ones, and no sentence's end. Its capitals are a heading's, and its
/// common nouns name its subject.
pub(super) fn a_heading_line(text: &FoldedText) -> bool {
    let trimmed = text.text.trim_end();
    if trimmed.ends_with(['.', ':', ';', ',', '?', '!']) {
        return false;
    }
    let mut words = 0;
    let mut at = 0;
    for word in text.text.split(' ') {
        let here = at;
        at += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        words += 1;
        let capital = text.capital.get(here).copied().unwrap_or(false);
        if words > HEADING_WORDS
            || !word.chars().all(|c| c.is_alphanumeric() || c == '\'')
            || (!capital && !HEADING_SMALL_WORDS.contains(&word))
        {
            return false;
        }
    }
    words > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(text: &str, keyword: &str) -> bool {
        let folded = FoldedText::new(text);
        let start = folded
            .text
            .find(keyword)
            .expect("the keyword is in the text");
        names_its_subject(&folded, start, start + keyword.len())
    }

    #[test]
    fn a_field_listed_as_a_heading_names_its_subject() {
        let folded =
            FoldedText::new("It focused on six areas: Infrastructure; Economic Integration.");
        let start = folded
            .text
            .find("economic")
            .expect("the word is in the text");
        assert!(in_a_list_of_fields(&folded, start));
        let folded = FoldedText::new("They met at the Economic Forum.");
        let start = folded
            .text
            .find("economic")
            .expect("the word is in the text");
        assert!(!in_a_list_of_fields(&folded, start));
    }

    #[test]
    fn a_capitalised_field_that_ends_a_list_of_common_nouns_names_its_subject() {
        let text =
            "cooperation in trade, mining, energy, transport, Defence and Security, including";
        let folded = FoldedText::new(text);
        let start = folded
            .text
            .find("defence")
            .expect("the word is in the text");
        assert!(ends_a_list_of_common_nouns(&folded, start));
        // A name that goes on, or one after a single common noun, stays a name.
        let folded = FoldedText::new("trade, tourism, Energy Charter Treaty.");
        let start = folded.text.find("energy").expect("the word is in the text");
        assert!(!ends_a_list_of_common_nouns(&folded, start));
        let folded = FoldedText::new("They discussed trade, Security Council reform.");
        let start = folded
            .text
            .find("security")
            .expect("the word is in the text");
        assert!(!ends_a_list_of_common_nouns(&folded, start));
    }

    #[test]
    fn a_line_of_a_few_capitalised_words_is_a_heading() {
        assert!(a_heading_line(&FoldedText::new("Governance and Democracy")));
        assert!(a_heading_line(&FoldedText::new(
            "Peace and Security in the Region"
        )));
        assert!(!a_heading_line(&FoldedText::new("They met in Paris.")));
        assert!(!a_heading_line(&FoldedText::new("Democracy matters")));
        assert!(!a_heading_line(&FoldedText::new(
            "Trade and Investment and Energy and the Climate and the Economy"
        )));
    }

    #[test]
    fn an_offices_name_names_no_subject() {
        assert!(!subject(
            "The Minister of Foreign Affairs and Foreign Trade met him.",
            "trade"
        ));
        assert!(subject(
            "They remembered the Great East Japan Earthquake.",
            "earthquake"
        ));
    }

    #[test]
    fn a_pacts_name_names_its_subject() {
        assert!(subject(
            "They welcomed the Free Trade Agreement signed in February.",
            "trade"
        ));
        assert!(subject(
            "They signed the Research, Science and Innovation Arrangement.",
            "research"
        ));
    }

    #[test]
    fn a_name_that_ends_with_the_noun_is_a_thing_of_its_kind() {
        assert!(subject(
            "It recovers from the Great East Japan Earthquake.",
            "earthquake"
        ));
    }

    #[test]
    fn a_meetings_or_an_offices_name_names_no_subject() {
        assert!(!subject(
            "They met at the UN Climate Change Conference in Glasgow.",
            "climate"
        ));
        assert!(!subject("He met the Ministry of Defence.", "defence"));
        assert!(!subject("They prepared the NATO Summit.", "summit"));
        assert!(!subject(
            "They met at the Major Economies Forum on Energy and Climate.",
            "climate"
        ));
    }

    /// A subject written with capitals after a meeting and "on" is what the meeting is about;
    /// a meeting's own name, written with capitals, still only says where they met.
    #[test]
    fn a_subject_in_capitals_after_a_meeting_and_on_is_named() {
        let themes = [crate::link::themes::tests::theme(
            "climate",
            &[],
            &["climate change"],
        )];
        let classifier = crate::link::themes::Classifier::new(&themes);
        assert_eq!(
            classifier.classify(
                None,
                "The two leaders also discussed the coming summit on Climate Change in Oslo."
            ),
            [0]
        );
        assert!(classifier
            .classify(
                None,
                "The two leaders also discussed the coming Summit on Climate Change in Oslo."
            )
            .is_empty());
        assert!(classifier
            .classify(
                None,
                "The two leaders also discussed the budget of the Office on Climate Change."
            )
            .is_empty());
    }
}
