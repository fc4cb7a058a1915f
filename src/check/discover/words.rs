//! The words of a text as names are read from them: their offsets without the punctuation
//! around them, whether punctuation ends or starts a name there, and sentences a copy glued
//! together ("within NATO.As regards ...") read apart.

use super::vocabulary::JOINERS;
use super::{is_capitalised, Word};

/// The words of `text` without the punctuation around them.
pub(super) fn words(text: &str) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    // A quotation mark standing alone ("the « Weimar Triangle » meeting") closes or opens a
    // quoted name: the words on either side of it are not one name.
    let mut quoted = false;
    for (start_of_token, token) in pieces(text) {
        let token = token.trim_end();
        let leading = token.len() - token.trim_start_matches(is_punctuation).len();
        let core = token.trim_matches(is_punctuation);
        if core.is_empty() {
            if token.contains(['«', '»', '“', '”', '"']) {
                if let Some(last) = words.last_mut() {
                    last.stop_after = true;
                }
                quoted = true;
            }
            continue;
        }
        let leading_stop = leading > 0 || std::mem::take(&mut quoted);
        let start = start_of_token + leading;
        let trailing = &token[leading + core.len()..];
        words.push(Word {
            start,
            end: start + core.len(),
            // A possessive's apostrophe ("Ministers’ meeting") does not end a name.
            stop_after: !trailing.is_empty() && !matches!(trailing, "’" | "'"),
            stop_before: leading_stop,
        });
    }
    // The full stop of a dotted abbreviation ("Japan-U.K. information security agreement")
    // ends no sentence when a word in lower case follows.
    for k in 1..words.len() {
        let core = &text[words[k - 1].start..words[k - 1].end];
        let dotted = core
            .rsplit_once('.')
            .is_some_and(|(_, last)| last.len() == 1 && last.starts_with(char::is_uppercase));
        let between = &text[words[k - 1].end..words[k].start];
        // A list of parties ending in one ("Japan-Australia-India-U.S. Summit Meeting") is an
        // adjective, before a capitalised word too.
        let listed = core.contains('-') && text[words[k].start..].starts_with(char::is_uppercase);
        if dotted
            && between.trim_end() == "."
            && (text[words[k].start..].starts_with(char::is_lowercase) || listed)
        {
            words[k - 1].stop_after = false;
        }
    }
    // A bracketed part inside a name, "Belfast (Good Friday) Agreement", does not end it: a
    // capitalised word, "(", capitalised words, ")", a capitalised word.
    for open in 1..words.len() {
        if !(text[..words[open].start].ends_with('(') && words[open].stop_before) {
            continue;
        }
        let close =
            (open..words.len().min(open + 3)).find(|&j| text[words[j].end..].starts_with(')'));
        let Some(close) = close else { continue };
        let capitalised = |i: usize| is_capitalised(&text[words[i].start..words[i].end]);
        // "(Legacy and Reconciliation)": joining words inside, between capitalised ones.
        let inside_capitalised = capitalised(open)
            && capitalised(close)
            && (open..=close)
                .all(|i| capitalised(i) || JOINERS.contains(&&text[words[i].start..words[i].end]));
        let tight = text[words[close].end..].starts_with(") ");
        if inside_capitalised
            && tight
            && close + 1 < words.len()
            && capitalised(open - 1)
            && capitalised(close + 1)
            && !words[open - 1].stop_after
            && words[close].end + 2 == words[close + 1].start
        {
            words[open].stop_before = false;
            words[close].stop_after = false;
        }
    }
    words
}

/// The whitespace-separated tokens of `text` with their offsets, a token split where a copy
/// glued two sentences ("within NATO.As regards ..."): after a full stop that follows a word
/// of two characters or more without dots (so not "U.S.") and comes before a capital and a
/// lower-case letter, outside brackets ("(STL.News)" is a site's name).
fn pieces(text: &str) -> Vec<(usize, &str)> {
    let mut pieces = Vec::new();
    let mut offset = 0;
    for token in text.split_inclusive(char::is_whitespace) {
        let mut from = 0;
        // "(STL.News)": a site's name in brackets, a credit, is one word.
        let bracketed = token.starts_with('(');
        for (at, _) in token.match_indices('.').filter(|_| !bracketed) {
            let before = &token[from..at];
            let after = &token[at + 1..];
            let mut next = after.chars();
            let glued = next.next().is_some_and(char::is_uppercase)
                && next.next().is_some_and(char::is_lowercase)
                && before.chars().filter(|c| c.is_alphanumeric()).count() >= 2
                && !before.contains('.')
                && before
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            if glued {
                pieces.push((offset + from, &token[from..at + 1]));
                from = at + 1;
            }
        }
        pieces.push((offset + from, &token[from..]));
        offset += token.len();
    }
    pieces
}

fn is_punctuation(c: char) -> bool {
    !(c.is_alphanumeric() || c == '&' || c == '-' || c == '\u{2013}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotation_mark_alone_parts_the_words_around_it() {
        let text = "an enlarged « Weimar + Ukraine » meeting of Ministers";
        let words = words(text);
        let at = |w: &str| words.iter().position(|x| &text[x.start..x.end] == w);
        let (Some(ukraine), Some(meeting)) = (at("Ukraine"), at("meeting")) else {
            panic!("words lost");
        };
        assert!(words[ukraine].stop_after && words[meeting].stop_before);
        assert!(words[at("Weimar").unwrap_or(0)].stop_before);
    }
}
