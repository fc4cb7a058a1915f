//! A body or mechanism that a statement names once in full with its acronym in brackets ("the
//! Joint Commission for Bilateral Cooperation (JCBC)") and then by the acronym alone ("the last
//! JCBC meeting", "the JCBC allows both foreign ministers to ..."): a reader reads the acronym
//! as the name, so it names what the name's words name ("bilateral cooperation", the
//! relationship). Only a name whose words' initials spell the acronym defines it, so a bracket
//! that only adds a country or a year defines nothing; an acronym that is a keyword itself
//! ("APEC") keeps its own themes.

use std::ops::Range;

use super::framing::FoldedText;
use super::Classifier;

/// Small words that may join the words of a name without giving the acronym a letter ("Joint
/// Commission for Bilateral Cooperation").
const JOINERS: &[&str] = &["and", "for", "of", "on", "the", "in", "to"];

/// The fewest letters an acronym has: one letter in brackets is a list's mark ("(a)").
const MIN_LETTERS: usize = 2;

/// The acronyms `text` defines, each as its folded letters ("jcbc") and the place of the name
/// it stands for: capitalised words (and small joiners between them) right before the bracket,
/// whose initials spell it.
pub(super) fn defined(text: &FoldedText) -> Vec<(String, Range<usize>)> {
    let capital = |at: usize| text.capital.get(at).copied().unwrap_or(false);
    let mut found = Vec::new();
    for (open, _) in text.text.match_indices('(') {
        let Some(length) = text.text[open + 1..].find(')') else {
            continue;
        };
        let letters = &text.text[open + 1..open + 1 + length];
        let all_capitals = letters.len() >= MIN_LETTERS
            && letters.bytes().all(|b| b.is_ascii_alphabetic())
            && (open + 1..open + 1 + length).all(capital);
        if !all_capitals {
            continue;
        }
        // Read the name's words backwards from the bracket, one initial for each capitalised
        // word, until the initials spell the acronym.
        let mut wanted = letters.chars().rev().peekable();
        let mut at = text.text[..open].trim_end().len();
        let end = at;
        let mut start = None;
        while wanted.peek().is_some() {
            let before = &text.text[..at];
            let from = before
                .rfind(|c: char| !c.is_alphanumeric())
                .map_or(0, |space| space + 1);
            let word = &before[from..];
            if word.is_empty() {
                break;
            }
            if capital(from) && word.starts_with(*wanted.peek().expect("peeked")) {
                wanted.next();
                start = Some(from);
            } else if !JOINERS.contains(&word) {
                break;
            }
            // Words are parted by one space (a hyphen is folded to one).
            match before[..from].strip_suffix(' ') {
                Some(rest) => at = rest.len(),
                None => break,
            }
        }
        if let (None, Some(start)) = (wanted.peek(), start) {
            found.push((letters.to_string(), start..end));
        }
    }
    found
}

impl Classifier {
    /// The acronyms `text` defines whose names end with a common-noun keyword of some theme,
    /// each with that keyword (the longest one ending there), unless the acronym is a keyword
    /// itself. A name so ending is a thing of the keyword's kind, as [`super::names`] reads a
    /// name: "the Joint Commission for Bilateral Cooperation" is bilateral cooperation, where
    /// "the Democratic Republic of Ruritania" is no democracy, and a name's own capitalised
    /// keyword ("Air Force") is read where the name is written in full.
    pub(super) fn acronyms_defined(&self, text: &FoldedText) -> Vec<(String, usize)> {
        let Some(keywords) = &self.keywords else {
            return Vec::new();
        };
        let themed = |phrase: &str| {
            keywords
                .find_overlapping_iter(phrase)
                .filter(|hit| super::is_whole_word(phrase, hit.start(), hit.end()))
                .map(|hit| {
                    (
                        hit.start(),
                        hit.end(),
                        self.pattern_keyword[hit.pattern().as_usize()],
                    )
                })
                .filter(|&(_, _, keyword)| !self.keyword_themes[keyword].is_empty())
                .collect::<Vec<_>>()
        };
        defined(text)
            .into_iter()
            .filter(|(letters, _)| themed(letters).is_empty())
            .filter_map(|(letters, name)| {
                let length = name.len();
                themed(&text.text[name])
                    .into_iter()
                    .filter(|&(_, end, keyword)| end == length && self.keyword_lower[keyword])
                    .min_by_key(|&(start, _, _)| start)
                    .map(|(_, _, keyword)| (letters, keyword))
            })
            .collect()
    }
}

/// The places in `text` where an acronym of `letters` stands alone, in capitals and outside the
/// bracket that defines it.
pub(super) fn uses(text: &FoldedText, letters: &str) -> Vec<Range<usize>> {
    text.text
        .match_indices(letters)
        .map(|(at, _)| at..at + letters.len())
        .filter(|place| {
            super::is_whole_word(&text.text, place.start, place.end)
                && place
                    .clone()
                    .all(|at| text.capital.get(at).copied().unwrap_or(false))
                && !text.text[..place.start].ends_with('(')
        })
        .collect()
}

/// Where `hits` (start, end, keyword) hold an acronym in the bracket right after the name it
/// stands for ("the Secretary-General of the United Nations (UN)") while a keyword inside the
/// name already gives one of its themes: the starts of those acronyms. The bracket only repeats
/// the name, which is read as it is used (here, whose office is meant), so the acronym must not
/// count as a subject of its own.
pub(super) fn repeating_their_names<'a>(
    text: &FoldedText,
    hits: &[(usize, usize, usize)],
    themes: impl Fn(usize) -> &'a [usize],
) -> Vec<usize> {
    let mut starts = Vec::new();
    for (letters, name) in defined(text) {
        let Some(open) = text.text[name.end..].find('(').map(|at| name.end + at) else {
            continue;
        };
        let bracket = open + 1..open + 1 + letters.len();
        let Some(&(_, _, acronym)) = hits
            .iter()
            .find(|&&(start, end, _)| start == bracket.start && end == bracket.end)
        else {
            continue;
        };
        let named = hits.iter().any(|&(start, end, keyword)| {
            start >= name.start
                && end <= name.end
                && themes(keyword)
                    .iter()
                    .any(|theme| themes(acronym).contains(theme))
        });
        if named {
            starts.push(bracket.start);
        }
    }
    starts
}
