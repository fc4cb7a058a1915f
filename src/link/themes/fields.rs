//! The field a bond's own words give it: a cooperation or ties "in", "on" or "against" a
//! subject, a cooperation "through" a means ("through trade and investment"), or a cooperation
//! of one field "between" the parties, are that subject, not the relationship; the reader of
//! keywords ([`super::passing`]) counts them only for a theme the field's words name, and for
//! the relationship when they name none ("deepen their cooperation in various areas"); a
//! cooperation between bodies below the states counts for no relationship at all.

use std::ops::Range;

use super::framing::FoldedText;
use super::passing::{MODIFIERS, PHRASE_ENDS};

/// What the words after a bond say it is in or with.
pub(super) enum Field {
    /// A scope or side ("with partners at the UN", "in various areas"): the bond counts for a
    /// theme these words name, and for its own when they name none.
    Scope(Range<usize>),
    /// A field ("against international terrorism", "in the field of culture"): the bond counts
    /// only for a theme these words name.
    Only(Range<usize>),
}

/// The words after a cooperation, ties or relations that say what they are in, when there are
/// such words: the rest of the sentence.
pub(super) fn after_bond(text: &FoldedText, start: usize, end: usize) -> Option<Field> {
    let bond = &text.text[start..end];
    let after = &text.text[end..];
    let rest = end..end + sentence_rest(after);
    // "their cooperation against international terrorism": a cooperation on a subject is that
    // subject, and one in a field no theme holds is none ("enhance cooperation in the field of
    // culture"); one in the many fields of a relationship ("in various areas") or with a side
    // ("with partners at the UN", with a party) is the bond itself unless the words name a
    // subject. A pair's names before it ("Latvian-Estonian cooperation") make it the pair's.
    let cooperation = !text.capital.get(start).copied().unwrap_or(false)
        && ["cooperation", "co operation"]
            .iter()
            .any(|noun| bond.ends_with(&format!(" {noun}")));
    if cooperation && after.starts_with(" with ") {
        return Some(Field::Scope(rest));
    }
    // "ties in defence-security and crime prevention": so are ties or relations in a field,
    // unless a pair's names before them make them the pair's ("the UK-Dutch relationship in
    // areas including ...").
    let owner = text.text[..start]
        .trim_end()
        .rfind(' ')
        .map_or(0, |space| space + 1);
    let ties = matches!(bond, "ties" | "relations" | "relationship")
        && !text.capital[owner..start].iter().any(|&c| c);
    // "deepen cooperation through trade and investment": the means is what they work on.
    let preposition = if cooperation {
        [" in ", " on ", " against ", " through "]
            .into_iter()
            .find(|p| after.starts_with(p))
    } else if ties {
        [" in ", " on "].into_iter().find(|p| after.starts_with(p))
    } else {
        None
    }?;
    if a_scope(&after[preposition.len()..]) {
        Some(Field::Scope(rest))
    } else {
        Some(Field::Only(rest))
    }
}

/// Words that open the scope of a whole relationship rather than a field: "various areas",
/// "all fields", "a wide range of sectors".
const SCOPES: &[&str] = &[
    "all",
    "different",
    "diverse",
    "every",
    "many",
    "multiple",
    "numerous",
    "several",
    "various",
];

/// Whether the words after a bond's preposition give the scope of a whole relationship.
fn a_scope(words: &str) -> bool {
    let mut words = words.split(' ').filter(|word| !word.is_empty());
    match words.next() {
        Some("a") => matches!(
            words.next(),
            Some("range" | "number" | "wide" | "variety" | "broad")
        ),
        Some(word) => SCOPES.contains(&word),
        None => false,
    }
}

/// What closes a list of fields that goes on to the rest of a relationship ("in security, the
/// economy and other areas").
const OTHER_AREAS: &[&str] = &[
    " and other areas",
    " and other fields",
    " and other sectors",
    " and other spheres",
];

/// Whether the words `after` a partnership's "in", up to the sentence's end, list fields and
/// then "other areas": the partnership spans the whole relationship, which is a subject beside
/// the fields listed.
pub(super) fn and_other_areas(after: &str) -> bool {
    let sentence = &after[..sentence_rest(after)];
    OTHER_AREAS.iter().any(|close| sentence.contains(close))
}

/// How many words after "between" may name a cooperation's sides.
const SIDE_WORDS: usize = 6;

/// Sides of a cooperation below the states: bodies and people whose working together is a
/// field's, not the states' bond.
const BELOW_THE_STATES: &[&str] = &[
    "academics",
    "agencies",
    "institutes",
    "institutions",
    "programmes",
    "programs",
    "researchers",
    "scientists",
    "universities",
];

/// Whether the keyword at `start..end` is "cooperation between", however it is spelt.
fn is_cooperation_between(text: &FoldedText, start: usize, end: usize) -> bool {
    matches!(
        &text.text[start..end],
        "cooperation between" | "co operation between"
    )
}

/// The words after a cooperation between bodies or people below the states, when it is one:
/// the rest of the sentence, which alone may give it a theme.
///
/// "cooperation between relevant institutions", "between our respective international
/// development programmes": a cooperation of bodies or people below the states is no bond
/// between the states, and only the field its words name, if any.
pub(super) fn below_the_states(
    text: &FoldedText,
    start: usize,
    end: usize,
) -> Option<Range<usize>> {
    if !is_cooperation_between(text, start, end) {
        return None;
    }
    let after = &text.text[end..];
    let rest = sentence_rest(after);
    let sides = &after[..after.find(',').unwrap_or(after.len()).min(rest)];
    sides
        .split_whitespace()
        .take(SIDE_WORDS)
        .any(|word| BELOW_THE_STATES.contains(&word))
        .then_some(end..end + rest)
}

/// The words after a cooperation between the parties inside a body of many, when it is one:
/// the rest of the sentence, which alone may give it a theme.
///
/// "cooperation between the two countries within the African Union", "productive cooperation
/// between Armenia and Georgia within international organizations": the parties working
/// together inside a body of many is that body's work, not their bond with each other.
pub(super) fn within_a_body(text: &FoldedText, start: usize, end: usize) -> Option<Range<usize>> {
    let after = &text.text[end..];
    let sides_from = if is_cooperation_between(text, start, end) {
        0
    } else {
        let bond = &text.text[start..end];
        let cooperation = !text.capital.get(start).copied().unwrap_or(false)
            && ["cooperation", "co operation"].iter().any(|noun| {
                bond.strip_suffix(noun)
                    .is_some_and(|head| head.is_empty() || head.ends_with(' '))
            });
        if !cooperation || !after.starts_with(" between ") {
            return None;
        }
        " between ".len()
    };
    let rest = sentence_rest(after);
    let sides = &after[sides_from..after.find(',').unwrap_or(after.len()).min(rest)];
    sides
        .split_whitespace()
        .take(SIDE_WORDS + 1)
        .any(|word| word == "within")
        .then_some(end..end + rest)
}

/// The words before "cooperation between" that say its field, when there are such words.
///
/// "enhanced economic cooperation between the two countries": working together in one field
/// is that field, even between the parties; only a relationship or ties of a kind between them
/// are still their bond, and so is a "bilateral" one ("bilateral and multilateral cooperation
/// between Lithuania and the U.S.").
pub(super) fn before_cooperation(
    text: &FoldedText,
    start: usize,
    end: usize,
) -> Option<Range<usize>> {
    if !is_cooperation_between(text, start, end) {
        return None;
    }
    let from = modifiers_from(text, start);
    let bilateral = text.text[from..start]
        .split(' ')
        .any(|word| matches!(word, "bilateral" | "trilateral"));
    (from < start && !bilateral).then_some(from..start)
}

/// Where the common words before a bond that may say its kind begin ("trade and commercial"
/// before "ties"), at most [`MODIFIERS`] of them; `start` when there are none.
pub(super) fn modifiers_from(text: &FoldedText, start: usize) -> usize {
    let before = &text.text[..start];
    let mut from = start;
    for word in before.split(' ').rev().skip(1).take(MODIFIERS) {
        // The words are split at single spaces: each one and its space lie before `from`.
        let at = from - word.len() - 1;
        // Common words only: a name before it says whose bond it is ("U.S.-China relations").
        let plain = !word.is_empty()
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !text.capital[at..from - 1].iter().any(|&c| c);
        if !plain || (word != "and" && PHRASE_ENDS.contains(&word)) {
            break;
        }
        from = at;
    }
    from
}

/// The rest of a sentence: to its end, not to a comma ("on the regional situations, such as
/// China").
fn sentence_rest(after: &str) -> usize {
    after.find(['.', ';', ':']).unwrap_or(after.len())
}
