//! The forms a keyword takes in text besides its own: its last word in the other number, and
//! a prefix closed up; which of its words its author wrote with a capital; and text folded for
//! matching, with where its capitals and sentences are.

use crate::text::fold;

/// The byte offsets of the words of a folded keyword that its author wrote with a capital.
pub(super) fn word_capitals(folded: &str, capital: &[bool]) -> Vec<usize> {
    let bytes = folded.as_bytes();
    (0..bytes.len())
        .filter(|&i| capital[i] && (i == 0 || bytes[i - 1] == b' '))
        .collect()
}

/// The other number of the last word of a folded phrase ("clean technology" and "clean
/// technologies", "fossil fuels" and "fossil fuel"), when it is a plain English word: not an
/// acronym, a number or a short word. A keyword of one word keeps its number: "partnerships with
/// third countries" are not "the partnership" between two countries.
pub(super) fn inflections(folded: &str) -> Vec<String> {
    let Some((head, last)) = folded.rsplit_once(' ') else {
        return Vec::new();
    };
    if last.len() < 4 || !last.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let join = |word: String| format!("{head} {word}");
    let mut forms = Vec::new();
    let consonant_y = last.ends_with('y') && !last.ends_with(['a', 'e', 'o', 'u']) && {
        let before = last.as_bytes()[last.len() - 2];
        !b"aeiou".contains(&before)
    };
    if let Some(stem) = last.strip_suffix("ies") {
        forms.push(join(format!("{stem}y")));
    } else if last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("is")
    {
        forms.push(join(last[..last.len() - 1].to_string()));
    } else if consonant_y {
        forms.push(join(format!("{}ies", &last[..last.len() - 1])));
    } else if last.ends_with(['x', 'z']) || last.ends_with("ch") || last.ends_with("sh") {
        forms.push(join(format!("{last}es")));
    } else {
        forms.push(join(format!("{last}s")));
    }
    forms
}

/// Prefixes that English writes with a hyphen or closed up: "counter-terrorism" and
/// "counterterrorism", "non-proliferation" and "nonproliferation".
const CLOSING_PREFIXES: &[&str] = &["anti", "co", "counter", "non"];

/// The keyword written closed up, when it begins with such a prefix (folded, its hyphen is a
/// space): "counter terrorism" gives "counterterrorism".
pub(super) fn closed_up(folded: &str) -> Option<String> {
    let (prefix, rest) = folded.split_once(' ')?;
    (CLOSING_PREFIXES.contains(&prefix) && rest.starts_with(|c: char| c.is_ascii_lowercase()))
        .then(|| format!("{prefix}{rest}"))
}

/// Folds text for keyword matching: case and typographic variants as everywhere, and hyphens as
/// spaces, so that "people-smuggling" is the keyword "people smuggling". Lengths are kept.
pub(super) fn fold_for_keywords(text: &str) -> String {
    fold(text).replace('-', " ")
}

/// [`fold_for_keywords`], and for each byte of the result whether it comes from a capital.
pub(super) fn fold_with_capitals(text: &str) -> (String, Vec<bool>) {
    if text.is_ascii() {
        let capital = text.bytes().map(|b| b.is_ascii_uppercase()).collect();
        return (fold_for_keywords(text), capital);
    }
    let mut folded = String::with_capacity(text.len());
    let mut capital = Vec::with_capacity(text.len());
    for character in text.chars() {
        let before = folded.len();
        crate::text::fold_char(character, &mut folded);
        capital.extend(std::iter::repeat_n(
            character.is_uppercase(),
            folded.len() - before,
        ));
    }
    // Hyphens as spaces, as in `fold_for_keywords`: one byte for one, so `capital` still lines up.
    (folded.replace('-', " "), capital)
}

/// Whether byte `at` of `text` begins a sentence, a quotation or the text.
pub(super) fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '\'', '(', '“', '‘', '•'])
}
