//! Lists in a paragraph: names side by side ("the United Nations, NATO, OSCE and the IMF"),
//! places listed after a word that introduces the subjects discussed ("the situations in
//! Haiti, Lebanon and the Sahel"), and adjectives that qualify one noun ("political, economic
//! and military support"). [`super::passing`] asks them whether a keyword stands among others.

use std::ops::Range;

use super::framing::FoldedText;

/// Small words that may stand inside a name ("Council of Europe", "the IMF").
const NAME_JOINERS: &[&str] = &["the", "of", "for", "in", "on", "de"];

/// Words that introduce a list of the subjects discussed ("the situations in Haiti, Lebanon
/// and the Sahel", "challenges posed by China, Russia and Iran"): each item is a subject.
const SUBJECT_LEADS: &[&str] = &["in", "including", "by", "on", "about", "regarding"];

/// Whether the list whose items are the name at `start` and `others` follows a word that
/// introduces subjects, so that each of its names is a subject of its own.
pub(super) fn list_of_subjects(text: &str, start: usize, others: &[Range<usize>]) -> bool {
    let mut first = others.iter().map(|o| o.start).fold(start, usize::min);
    // The first item may have taken in a small word before the list ("in Haiti").
    while let Some((word, _)) = text[first..].split_once(' ') {
        if !NAME_JOINERS.contains(&word) {
            break;
        }
        if SUBJECT_LEADS.contains(&word) {
            return true;
        }
        first += word.len() + 1;
    }
    let before = text[..first].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    let word = before.rsplit(' ').next().unwrap_or_default();
    SUBJECT_LEADS.contains(&word)
}

/// Where the word that ends `text` starts: after the last character that is not `in_word`.
pub(super) fn word_start(text: &str, in_word: impl Fn(char) -> bool) -> usize {
    text.char_indices()
        .rev()
        .find(|&(_, c)| !in_word(c))
        .map_or(0, |(at, c)| at + c.len_utf8())
}

/// Endings of adjectives: "economic", "humanitarian", "political", "military", "European".
const ADJECTIVE_ENDINGS: &[&str] = &["al", "ic", "an", "ary", "ive"];

pub(super) fn is_adjective(word: &str) -> bool {
    word.len() > 4
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// When the adjective at `start..end` is one of several that qualify one noun ("political,
/// economic, humanitarian and military support"), the places of the others: the adjectives say
/// what kind, the noun after them is what the sentence treats. Otherwise nothing.
pub(super) fn adjectives_side_by_side(text: &str, start: usize, end: usize) -> Vec<Range<usize>> {
    if !is_adjective(&text[start..end]) {
        return Vec::new();
    }
    // Words and separators, each with where it stands: `None` for ", ", " and ", ", and ".
    let separator = |rest: &str| -> Option<usize> {
        [", and ", ", or ", ", ", " and ", " or "]
            .iter()
            .find(|s| rest.starts_with(*s))
            .map(|s| s.len())
    };
    let word_at = |from: usize| -> Range<usize> {
        let length = text[from..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(text.len() - from);
        from..from + length
    };
    let mut others = Vec::new();
    // Rightwards: more adjectives, then the noun they qualify.
    let mut at = end;
    loop {
        if others.len() >= NEAR_ITEMS {
            return Vec::new();
        }
        if let Some(length) = separator(&text[at..]) {
            let next = word_at(at + length);
            if !is_adjective(&text[next.clone()]) {
                return Vec::new();
            }
            at = next.end;
            others.push(next);
        } else if text[at..].starts_with(' ') && !word_at(at + 1).is_empty() {
            break;
        } else {
            return Vec::new();
        }
    }
    // Leftwards: the adjectives before it.
    let mut at = start;
    let right = others.len();
    while others.len() < right + NEAR_ITEMS {
        let before = &text[..at];
        let Some(length) = [", and ", ", or ", ", ", " and ", " or "]
            .iter()
            .find(|s| before.ends_with(*s))
            .map(|s| s.len())
        else {
            break;
        };
        let word_end = at - length;
        let first = word_start(&text[..word_end], |c| c.is_ascii_alphabetic());
        if !is_adjective(&text[first..word_end]) {
            break;
        }
        others.push(first..word_end);
        at = first;
    }
    others
}

/// One piece of a sentence, as the reading of lists sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Token {
    /// A word, where it stands, and whether it is part of a name (written with a capital, or a
    /// small word that names hold).
    Word(Range<usize>, bool),
    /// A comma, "and" or "or": between two items of a list.
    Separator,
    /// The end of a sentence or clause.
    Stop,
}

/// The words of `text` and where each piece starts, a bracketed part ("(NATO)") left out as part of the name before it.
pub(super) fn tokens(text: &FoldedText) -> Vec<(usize, Token)> {
    let bytes = text.text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80 || b == b'\'';
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if is_word(byte) {
            let start = at;
            // A full stop inside a word or before a comma is part of it ("U.S.", "U.S.,").
            while at < bytes.len()
                && (is_word(bytes[at])
                    || bytes[at] == b'.'
                        && bytes.get(at + 1).is_some_and(|&b| is_word(b) || b == b',')
                        && !text.hyphen[at])
            {
                at += 1;
            }
            let word = &text.text[start..at];
            if word == "and" || word == "or" {
                found.push((start, Token::Separator));
            } else {
                let name = text.capital[start] || NAME_JOINERS.contains(&word);
                found.push((start, Token::Word(start..at, name)));
            }
            continue;
        }
        match byte {
            b',' => found.push((at, Token::Separator)),
            b'(' => {
                at = text.text[at..]
                    .find(')')
                    .map_or(bytes.len(), |close| at + close);
            }
            b' ' | b'"' => {}
            _ if text.hyphen[at] => {}
            _ => found.push((at, Token::Stop)),
        }
        at += 1;
    }
    found
}

/// How many items of a list, or adjectives side by side, are read on each side of a word.
const NEAR_ITEMS: usize = 8;

/// When the name at `start..end` is an item of a list of three or more names, the places of the
/// other items; otherwise nothing. A capitalised word alone at the start of a sentence
/// ("Today, NATO and the EU") is not counted as an item: it may be any word.
pub(super) fn list_items(
    text: &FoldedText,
    tokens: &[(usize, Token)],
    start: usize,
    end: usize,
) -> Vec<Range<usize>> {
    let before = tokens.partition_point(|(at, _)| *at < start);
    let after = tokens.partition_point(|(at, _)| *at < end);
    // Leftwards: the words of the name's own item first, then the items before it.
    let leftwards = tokens[..before].iter().rev().map(Some).chain([None]);
    let mut items = items_beside(text, leftwards, true);
    // Rightwards: the items after it.
    let rightwards = tokens[after..].iter().map(Some).chain([None]);
    items.extend(items_beside(text, rightwards, false));
    items
}

/// The other items of a list, read from a name outwards through `tokens` (the name's own item
/// first, `None` at the end of the text), at most [`NEAR_ITEMS`]: a few items are enough to
/// tell, and a text that is one endless list is not read to its ends for every name in it.
fn items_beside<'a>(
    text: &FoldedText,
    tokens: impl Iterator<Item = Option<&'a (usize, Token)>>,
    leftwards: bool,
) -> Vec<Range<usize>> {
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut item: Option<Range<usize>> = None;
    let mut own = true;
    let mut words_in_item = 0;
    let mut capital_in_item = false;
    for token in tokens.map(|token| token.map(|(_, token)| token)) {
        if items.len() >= NEAR_ITEMS {
            break;
        }
        match token {
            Some(Token::Word(range, true)) => {
                item = Some(item.map_or(range.clone(), |i| {
                    i.start.min(range.start)..i.end.max(range.end)
                }));
                words_in_item += 1;
                capital_in_item |= text.capital[range.start];
            }
            Some(Token::Separator) => {
                if !own && capital_in_item {
                    items.extend(item.take());
                }
                own = false;
                item = None;
                words_in_item = 0;
                capital_in_item = false;
            }
            _ => {
                // A lone capitalised word that starts the sentence may be any word.
                let sentence_start = leftwards && !matches!(token, Some(Token::Word(..)));
                if !own && capital_in_item && !(sentence_start && words_in_item == 1) {
                    items.extend(item.take());
                }
                break;
            }
        }
    }
    items
}
