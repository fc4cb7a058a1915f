//! Lists in a paragraph: names side by side ("the United Nations, NATO, OSCE and the IMF"),
//! places listed after a word that introduces the subjects discussed ("the situations in
//! Haiti, Lebanon and the Sahel"), and adjectives that qualify one noun ("political, economic
//! and military support"). [`super::passing`] asks them whether a keyword stands among others.
//! Each adjective so listed goes with the noun ("political support" too), and a list's short
//! item ("military, humanitarian, economic and financial support") is what it lists: each of
//! its names is treated. Adjectives before an exchange or a word for fields ("economic and
//! cultural exchange", "the political and economic spheres") each name a field of their own.

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

/// Nouns whose adjectives name the fields they span, each a subject: an exchange, a word for
/// fields, and a bond listed by its fields ("political, diplomatic and economic relations",
/// "political, economic, social and cultural cooperation"), as a list of areas is.
const FIELD_NOUNS: &[&str] = &[
    "exchange",
    "exchanges",
    "fields",
    "spheres",
    "sectors",
    "areas",
    "cooperation",
    "relations",
    "ties",
];

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
            // Fields of an exchange or a bond ("economic and cultural exchange", "political and
            // economic cooperation"): each adjective names a field of its own.
            if FIELD_NOUNS.contains(&&text[word_at(at + 1)]) {
                return Vec::new();
            }
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

/// Adjectives listed before one noun, each with the noun ("military, humanitarian, economic and
/// financial support" says "military support" too): for each adjective but the last, which
/// stands beside the noun already, its place in `text` and the keyword `keyword` finds for the
/// two together ("military support"), if one does.
pub(super) fn distributed(
    text: &FoldedText,
    keyword: impl Fn(&str) -> Option<usize>,
) -> Vec<(usize, usize, usize)> {
    let capital = |at: usize| text.capital.get(at).copied().unwrap_or(false);
    // The words of the text, each with where it starts, and the separator before the next.
    let mut words: Vec<(usize, &str, &str)> = Vec::new();
    let mut at = 0;
    for piece in text.text.split_inclusive(|c: char| !c.is_alphanumeric()) {
        let word = piece.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !word.is_empty() {
            words.push((at, word, &text.text[at + word.len()..at + piece.len()]));
        } else if let Some(last) = words.last_mut() {
            // Separators of more than one character ("," then " ") run on.
            let from = last.0 + last.1.len();
            last.2 = &text.text[from..at + piece.len()];
        }
        at += piece.len();
    }
    let adjective = |index: usize| {
        let (at, word, _) = words[index];
        !capital(at)
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && word != "and"
            && word != "or"
    };
    let mut found = Vec::new();
    let mut index = 0;
    while index < words.len() {
        // A run of adjectives joined by commas, then "and" or "or" before the last, then the noun.
        let first = index;
        let mut chain = vec![index];
        let mut next = index;
        loop {
            if !adjective(next) {
                break;
            }
            match words[next].2 {
                ", " if next + 1 < words.len() && adjective(next + 1) => {
                    next += 1;
                    chain.push(next);
                }
                " " | ", "
                    if next + 2 < words.len()
                        && matches!(words[next + 1].1, "and" | "or")
                        && words[next + 1].2 == " "
                        && adjective(next + 2) =>
                {
                    next += 2;
                    chain.push(next);
                    break;
                }
                _ => break,
            }
        }
        let last = *chain.last().unwrap_or(&first);
        if chain.len() >= 2 && words[last].2 == " " && last + 1 < words.len() {
            let noun = words[last + 1].1;
            for &item in &chain[..chain.len() - 1] {
                let (at, word, _) = words[item];
                if let Some(slot) = keyword(&format!("{word} {noun}")) {
                    found.push((at, at + word.len(), slot));
                }
            }
        }
        index = last.max(first) + 1;
    }
    found
}

/// How many words a paragraph may have at most to be a list's short item.
const SHORT_ITEM_WORDS: usize = 8;

/// Whether a folded paragraph is a short item of a list: a few words and no sentence's end
/// ("military, humanitarian, economic and financial support"). Such an item is what it lists,
/// so names side by side in it each name their subject.
pub(super) fn short_item(text: &str) -> bool {
    let text = text.trim();
    text.split_whitespace().nth(SHORT_ITEM_WORDS).is_none()
        && !text.contains(['.', ';', ':', '?', '!'])
}

/// How many common words after "and other" may name the kind a name is one of.
const KIND_WORDS: usize = 4;

/// When the name that ends at `end` is followed by "and other" and a few common words ("the
/// Andean Community and other regional economic blocs"), the place of those words: the name is
/// one of that kind, and what the kind's words name is what the sentence treats.
pub(super) fn one_of_a_kind(text: &FoldedText, end: usize) -> Option<Range<usize>> {
    let from = end + text.text[end..].strip_prefix(" and other ").map(|_| 11)?;
    let mut to = from;
    for word in text.text[from..].split(' ').take(KIND_WORDS) {
        let length = word
            .find(|c: char| !c.is_ascii_lowercase())
            .unwrap_or(word.len());
        if length == 0
            || text.capital.get(to).copied().unwrap_or(false)
            || super::passing::PHRASE_ENDS.contains(&&word[..length])
        {
            break;
        }
        to += length;
        if length < word.len() {
            break;
        }
        to += 1;
    }
    let to = text.text[..to].trim_end().len();
    (to > from).then_some(from..to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjectives_listed_before_one_noun_each_go_with_it() {
        let text = FoldedText::new("military, humanitarian, economic and financial support");
        let keyword = |phrase: &str| match phrase {
            "military support" => Some(0),
            "economic support" => Some(1),
            _ => None,
        };
        let found = distributed(&text, keyword);
        assert_eq!(found, [(0, 8, 0), (24, 32, 1)]);
        // One adjective alone stands beside its noun already.
        assert!(distributed(&FoldedText::new("military support"), keyword).is_empty());
    }

    #[test]
    fn adjectives_of_the_fields_of_an_exchange_each_name_one() {
        let text = "from political coordination to economic and cultural exchange";
        let start = text.find("economic").unwrap_or_default();
        assert!(adjectives_side_by_side(text, start, start + "economic".len()).is_empty());
        // A bond listed by its fields spans each of them.
        for text in [
            "to strengthen political, cultural and economic relations",
            "historic ties and political, economic, social and cultural cooperation",
            "cooperation in the scientific, economic and educational areas",
            "their political and economic ties",
        ] {
            let start = text.find("economic").unwrap_or_default();
            assert!(adjectives_side_by_side(text, start, start + "economic".len()).is_empty());
        }
        let text = "political, economic and military support";
        let start = text.find("economic").unwrap_or_default();
        assert_eq!(
            adjectives_side_by_side(text, start, start + "economic".len()).len(),
            2
        );
    }

    #[test]
    fn a_short_item_has_a_few_words_and_no_sentence_end() {
        assert!(short_item(
            "military, humanitarian, economic and financial support"
        ));
        assert!(!short_item("They discussed support."));
        assert!(!short_item(
            "They discussed military, humanitarian, economic and financial support for it"
        ));
    }
}
