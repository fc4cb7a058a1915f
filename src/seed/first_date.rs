//! The date a statement's first paragraph gives when no line above it does: a dateline
//! ("Brussels 24.03.2022 Today, ...", "LONDON, 3 March 2016 –"), a news agency's bracketed
//! credit ("RIYADH, (APP - ... - 11th Oct, 2023)"), a date in brackets in the first sentence
//! ("(November 5 2021)"), a sentence that opens with its day ("On 17 September 2021, ..."), and
//! the day a declaration's first point says its authors met ("We, the Presidents ..., met in
//! Tallinn, on 12 December 2006, ...", "1. ... welcomed ... to their Leaders' Meeting on 16
//! August 2024.").

use super::additions::bracketed_date;
use super::dateline::dateline_end;
use super::framing::opening_on_date;
use super::opening::date_line;
use super::parse::first_sentence;
use super::Section;
use crate::date::{find_dates_in, PartialDate, TextLanguage};

/// The date of the first paragraph of `sections`, read as the module says.
pub(super) fn first_paragraph_date(
    sections: &[Section],
    language: TextLanguage,
) -> Option<PartialDate> {
    // A dateline: "Brussels 24.03.2022 Today, ...", "LONDON, 3 March 2016 –",
    // "Bruxelles, le 10 juillet 2025 –" (one word more than in English).
    let words = if language == TextLanguage::English {
        4
    } else {
        5
    };
    let first = sections.iter().flat_map(|s| &s.paragraphs).next()?;
    let opening: String = first
        .text
        .split_whitespace()
        .take(words)
        .collect::<Vec<_>>()
        .join(" ");
    // A place in capitals with a bracketed credit holds its date further on: "RIYADH,
    // (APP - Pakistan Point News - 11th Oct, 2023) Prince ...".
    let credit = dateline_end(&first.text).map_or("", |end| &first.text[..end]);
    let date = opening
        .split_whitespace()
        .find_map(|word| date_line(word.trim_end_matches([',', ':']), language).flatten())
        .or_else(|| {
            [opening.as_str(), credit]
                .into_iter()
                .flat_map(|part| find_dates_in(part, language))
                .map(|m| m.date)
                .find(|d| d.is_full())
        });
    // "... spoke with X (November 5 2021).": a date in brackets in the first sentence;
    // "On 17 September 2021, ...": a sentence that opens with the day it tells.
    date.filter(|d| d.is_full())
        .or_else(|| first_sentence(sections).and_then(|s| bracketed_date(s, language)))
        .or_else(|| opening_on_date(&first.text, language))
        .or_else(|| meeting_date(first_sentence_of_point(&first.text), language))
        .filter(|d| d.is_full())
}

/// The first sentence of a paragraph, after its number if it is a numbered point ("1. The
/// Prime Minister ..."): the number is no sentence of its own.
fn first_sentence_of_point(paragraph: &str) -> &str {
    use unicode_segmentation::UnicodeSegmentation;
    let text = paragraph.trim_start();
    let text = text
        .split_once(". ")
        .filter(|(number, _)| {
            !number.is_empty() && number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit())
        })
        .map_or(text, |(_, rest)| rest);
    text.split_sentence_bounds().next().unwrap_or(text)
}

/// Words of a first sentence that say its authors met: the day after them, "on DATE", is the
/// day of the meeting the statement comes from.
const MEETING_WORDS: &[&str] = &["met", "meet", "meeting", "meetings", "Meeting", "Summit"];

/// The one full date a declaration's first sentence gives after "on", in the same clause as
/// the words that say its authors met: "We, the Presidents ..., met in Tallinn, on 12 December
/// 2006, to mark ...", "1. The Prime Minister ... welcomed ... for their first annual Leaders'
/// Meeting on 16 August 2024". A sentence with two dates, or a date not after "on", tells
/// something else.
fn meeting_date(sentence: &str, language: TextLanguage) -> Option<PartialDate> {
    let found = find_dates_in(sentence, language);
    let full: Vec<_> = found.iter().filter(|m| m.date.is_full()).collect();
    let [date] = full.as_slice() else {
        return None;
    };
    let before = sentence[..date.start].trim_end().trim_end_matches(',');
    let before = before.strip_suffix("on")?;
    // The meeting's words stand in the words just before, within the clause.
    let clause = before
        .rsplit([';', '(', ')'])
        .next()
        .unwrap_or(before)
        .split_whitespace()
        .rev()
        .take(8)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| MEETING_WORDS.contains(&w));
    clause.then_some(date.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declaration_s_first_sentence_gives_the_day_its_authors_met() {
        let english = TextLanguage::English;
        let day = |y, m, d| PartialDate::new(y, Some(m), Some(d));
        assert_eq!(
            meeting_date(
                "We, the Presidents of two states, met in Tallinn, on 12 December 2006, to mark the anniversary.",
                english
            ),
            day(2006, 12, 12)
        );
        assert_eq!(
            first_sentence_of_point("1. The Prime Minister met. Then"),
            "The Prime Minister met. "
        );
        assert_eq!(
            meeting_date(
                "1. The Prime Minister welcomed his counterpart to Canberra for their first annual Leaders’ Meeting on 16 August 2024.",
                english
            ),
            day(2024, 8, 16)
        );
        // A date of something else, or two dates, give none.
        assert_eq!(
            meeting_date(
                "The agreement signed on 5 May 2010 entered into force.",
                english
            ),
            None
        );
        assert_eq!(
            meeting_date(
                "They met on 3 May 2021 and again on 4 June 2021 in Rome.",
                english
            ),
            None
        );
    }
}
