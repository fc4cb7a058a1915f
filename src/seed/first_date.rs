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
    // The names and offices of a joint statement's authors may stand as short lines above its
    // first point ("Prime Minister Anthony Albanese", "Prime Minister of Australia"): the first
    // paragraph is the first that is more than such a line.
    let first = sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .find(|p| !is_name_line(&p.text))?;
    let date = dateline_date(&first.text, language);
    // "... spoke with X (November 5 2021).": a date in brackets in the first sentence;
    // "On 17 September 2021, ...": a sentence that opens with the day it tells.
    date.filter(|d| d.is_full())
        .or_else(|| first_sentence(sections).and_then(|s| bracketed_date(s, language)))
        .or_else(|| opening_on_date(&first.text, language))
        .or_else(|| after_yearless_dateline(&first.text, language))
        .or_else(|| meeting_date(first_sentence_of_point(&first.text), language))
        .or_else(|| signature_date(&first.text, language))
        .or_else(|| timed_date(&first.text, language))
        .filter(|d| d.is_full())
        // A caption or a one-line summary above the story: the story's lead gives the date.
        .or_else(|| {
            let next =
                super::lead::story_below(sections.iter().flat_map(|s| &s.paragraphs), first)?;
            dateline_date(&next.text, language)
                .filter(|d| d.is_full())
                .or_else(|| super::lead::credit_date(&next.text, language))
                .or_else(|| meeting_date(first_sentence_of_point(&next.text), language))
                .filter(|d| d.is_full())
        })
        .or_else(|| super::quoted_date::quoted_statement_date(sections, language))
        .or_else(|| {
            // A caption or a summary that ends its sentence, above a paragraph opening with a
            // place and a date before a dash ("Lisbon, Portugal, 4 March 2025 - ...").
            let next =
                super::lead::paragraph_after(sections.iter().flat_map(|s| &s.paragraphs), first)?;
            place_dateline_date(&next.text, language)
        })
}

/// The most characters of a dateline's place and date before its dash.
const LONGEST_PLACE_DATELINE: usize = 60;

/// The full date of a dateline in capitalised words, a place (a city and its country, each
/// closed by a comma) and a date before a dash: "Lisbon, Portugal, 4 March 2025 - ...".
fn place_dateline_date(paragraph: &str, language: TextLanguage) -> Option<PartialDate> {
    let (head, _) = [" - ", " – ", " — "]
        .iter()
        .filter_map(|dash| paragraph.split_once(dash))
        .min_by_key(|(head, _)| head.len())?;
    if head.len() > LONGEST_PLACE_DATELINE || extra_place_words(head) == 0 {
        return None;
    }
    let found = find_dates_in(head, language);
    let date = found.last()?;
    let place = &head[..date.start];
    let named = place
        .split_whitespace()
        .all(|w| w.ends_with(',') && w.starts_with(char::is_uppercase));
    (named && head[date.end..].trim().is_empty() && date.date.is_full()).then_some(date.date)
}

/// The one full date of a paragraph given with a clock time after it, as a page stamps its
/// copy under a photo's caption ("Photo: Government press office, 26 Jan 2024 - 19:30,
/// Tbilisi,Georgia"): the day the page was filed.
fn timed_date(paragraph: &str, language: TextLanguage) -> Option<PartialDate> {
    let timed: Vec<PartialDate> = find_dates_in(paragraph, language)
        .into_iter()
        .filter(|m| m.date.is_full())
        .filter(|m| {
            let after = paragraph
                .get(m.end..)
                .unwrap_or_default()
                .trim_start_matches([' ', '-', '–', ',']);
            let hours = after.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&hours)
                && after.get(hours..hours + 1) == Some(":")
                && after
                    .get(hours + 1..hours + 3)
                    .is_some_and(|m| m.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(|m| m.date)
        .collect();
    match timed.as_slice() {
        [date] => Some(*date),
        _ => None,
    }
}

/// Whether a paragraph is only a short line of names: a few words, no figure and no
/// sentence's end.
fn is_name_line(text: &str) -> bool {
    let text = text.trim();
    text.split_whitespace().count() <= 8
        && !text.chars().any(|c| c.is_ascii_digit())
        && !text.ends_with(['.', '!', '?', ':', ';'])
}

/// The most words between "signed" and the day of the signature: the signatories and the
/// place ("signed by Maia Sandu and Klaus Iohannis in Chisinau on August 31, 2024").
const SIGNATURE_SPAN: usize = 12;

/// The day a news site's lead says the text was signed: a sentence of the first paragraph
/// with one full date, after "on", and "signed by" among the words before it in its clause
/// ("The joint declaration, signed by ... in Chisinau on August 31, 2024, outlines ..."). A
/// copy that gives the text of a signed declaration or memorandum dates it by its signature.
fn signature_date(paragraph: &str, language: TextLanguage) -> Option<PartialDate> {
    use unicode_segmentation::UnicodeSegmentation;
    paragraph.split_sentence_bounds().find_map(|sentence| {
        let found = find_dates_in(sentence, language);
        let full: Vec<_> = found.iter().filter(|m| m.date.is_full()).collect();
        let [date] = full.as_slice() else {
            return None;
        };
        let before = sentence.get(..date.start)?.trim_end();
        let before = before.strip_suffix(" on")?;
        // "signed by" its signatories: the news of a signature; an older instrument is
        // recalled by its day alone ("the agreement signed on 12 May 2015").
        let words: Vec<&str> = before
            .rsplit([';', '(', ')'])
            .next()
            .unwrap_or(before)
            .split_whitespace()
            .rev()
            .take(SIGNATURE_SPAN)
            .collect();
        let signed = words
            .windows(2)
            .any(|pair| pair[0] == "by" && pair[1] == "signed");
        signed.then_some(date.date)
    })
}

/// The date of the dateline that opens a paragraph: "Brussels 24.03.2022 Today, ...",
/// "LONDON, 3 March 2016 –", "Bruxelles, le 10 juillet 2025 –" (one word more than in
/// English), "RIYADH, (APP - Pakistan Point News - 11th Oct, 2023) Prince ...". Perhaps a day
/// without its year.
pub(super) fn dateline_date(paragraph: &str, language: TextLanguage) -> Option<PartialDate> {
    let words = if language == TextLanguage::English {
        4
    } else {
        5
    };
    // "February 3/ 2022": the year after a slash is one word more of the same date.
    let read = year_after_slash(paragraph);
    let words = words + usize::from(read != paragraph) + extra_place_words(&read);
    let opening: String = read
        .split_whitespace()
        .take(words)
        .collect::<Vec<_>>()
        .join(" ");
    // A place in capitals with a bracketed credit holds its date further on.
    let credit = dateline_end(paragraph).map_or("", |end| &paragraph[..end]);
    opening
        .split_whitespace()
        .find_map(|word| date_line(word.trim_end_matches([',', ':']), language).flatten())
        // "Skopje, 5 November 2024 (MIA) -": a year alone is part of a fuller date.
        .filter(|d| d.is_full())
        .or_else(|| {
            [opening.as_str(), credit]
                .into_iter()
                .flat_map(|part| {
                    find_dates_in(part, language)
                        .into_iter()
                        .filter(move |m| !ends_a_span_of_days(part, m.start))
                })
                .map(|m| m.date)
                .find(|d| d.is_full())
        })
}

/// The most names of a dateline's place, each closed by its comma ("Suva, Fiji, 15 ...").
const MOST_PLACE_NAMES: usize = 3;

/// How many capitalised names closed by a comma open `paragraph` beyond the first: a
/// dateline's place may name its city and its country ("Suva, Fiji, 15 September 2023 -"),
/// which puts the date one word further.
fn extra_place_words(paragraph: &str) -> usize {
    paragraph
        .split_whitespace()
        .take(MOST_PLACE_NAMES)
        .take_while(|w| {
            w.ends_with(',')
                && w.starts_with(char::is_uppercase)
                && w.trim_end_matches(',').chars().all(char::is_alphabetic)
        })
        .count()
        .saturating_sub(1)
}

/// A dateline's day and year set apart by a slash ("Addis Abeba, February 3/ 2022 –", "Port
/// Town March 5/2020 The ...") written with a comma instead, as the dates are read: the slash
/// stands where the comma would. A day that follows another slash ("05/03/2020") is a
/// numeric date's, not a named month's, and keeps its slash.
fn year_after_slash(opening: &str) -> String {
    let mut out = String::with_capacity(opening.len() + 8);
    let mut rest = opening;
    while let Some(at) = rest.find('/') {
        let after = &rest[at + 1..];
        let spaced = after.starts_with(' ');
        let year = after.trim_start_matches(' ').get(..4).unwrap_or_default();
        let digits = rest[..at]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        let before_day = rest[..at - digits].chars().next_back();
        let day =
            (1..=2).contains(&digits) && (spaced || before_day.is_some_and(char::is_whitespace));
        let is_year = year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && !after
                .trim_start_matches(' ')
                .get(4..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        out.push_str(&rest[..at]);
        out.push_str(if day && is_year {
            ", "
        } else if spaced {
            "/ "
        } else {
            "/"
        });
        rest = if spaced { &after[1..] } else { after };
    }
    out.push_str(rest);
    out
}

/// Whether the date at `start` of `text` is the last day of a span ("On 27-28 June 2023",
/// "from 28 to 29 September 2016"): a meeting of several days gives no one date of the
/// statement, so the labels read none there.
pub(super) fn ends_a_span_of_days(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let before = before.trim_end();
    let joined = before
        .strip_suffix(['-', '–', '—'])
        .or_else(|| before.strip_suffix(" to"))
        .or_else(|| before.strip_suffix(" and"));
    joined.is_some_and(|head| {
        let day = head
            .trim_end()
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()
            .unwrap_or_default();
        (1..=2).contains(&day.len())
    })
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
    // "H.E. Mr. U. Khurelsukh, the Prime Minister of Mongolia, ... met ...": a title of
    // address or an initial ends with a full stop but ends no sentence.
    let mut end = 0;
    for piece in text.split_sentence_bounds() {
        end += piece.len();
        if !ends_with_abbreviation(piece) {
            break;
        }
    }
    &text[..end]
}

/// Whether a piece of text ends with a title of address or an initial and its full stop
/// ("Mr.", "H.E.", "U."): short, capitalised, with no lower-case letter after its second.
fn ends_with_abbreviation(piece: &str) -> bool {
    let last = piece.split_whitespace().last().unwrap_or_default();
    let letters: Vec<char> = last.chars().filter(|c| c.is_alphabetic()).collect();
    last.ends_with('.')
        && (1..=3).contains(&letters.len())
        && letters.first().is_some_and(|c| c.is_uppercase())
        && (letters.len() <= 1
            || letters.iter().all(|c| c.is_uppercase())
            || matches!(last, "Mr." | "Mrs." | "Ms." | "Dr."))
}

/// Words of a first sentence that say its authors met: the day after them, "on DATE", is the
/// day of the meeting the statement comes from. "held" tells it of a meeting named by its own
/// word ("The 12th Annual Consultation between ... was held in Kuching, Malaysia on 22nd
/// November 2017").
/// "hosted" tells it of a meeting a government received ("... hosted the annual 3rd ...
/// Bilateral Security Dialogue in Honiara on 30 October 2019").
const MEETING_WORDS: &[&str] = &[
    "met", "meet", "meeting", "meetings", "Meeting", "Summit", "held", "hosted",
];

/// The most words not capitalised between the words that say the authors met and "on DATE"
/// ("meeting of the Belgian and Luxembourg governments took place on 4 July 2016").
const MEETING_SPAN: usize = 8;

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
    let before = before.strip_suffix("on").or_else(|| after_place(before))?;
    // The meeting's words stand in the words just before, within the clause; the names of
    // those who met ("the meeting between Prime Minister Keir Starmer and Prime Minister
    // Donald Tusk in Warsaw on ...") are not counted, however many they are.
    let mut lower = 0;
    let clause = before
        .rsplit([';', '(', ')'])
        .next()
        .unwrap_or(before)
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .take_while(|w| {
            if !w.starts_with(char::is_uppercase) {
                lower += 1;
            }
            lower <= MEETING_SPAN
        })
        .any(|w| MEETING_WORDS.contains(&w));
    clause.then_some(date.date)
}

/// The words before "in PLACE" at the end of `before` ("..., on meeting in Kiev" gives "...,
/// on meeting"): a meeting's place may stand between its words and its day ("on meeting in
/// Kiev March 24, 2005"). The place is one to three capitalised words.
fn after_place(before: &str) -> Option<&str> {
    let mut rest = before.trim_end();
    for taken in 0..=3 {
        let (head, word) = rest.rsplit_once(' ')?;
        if taken > 0 && matches!(word, "in" | "at") {
            return Some(head);
        }
        if taken == 3 || !word.starts_with(char::is_uppercase) {
            return None;
        }
        rest = head.trim_end().trim_end_matches(',');
    }
    None
}

/// The date after a dateline that gives a day without its year, when the sentence then opens
/// with its full day ("AUSTRIA, April 10 - On 11th April 2022, Foreign Minister ..."): a wire
/// stamps the day it posted the copy, the statement tells the day of its event.
fn after_yearless_dateline(paragraph: &str, language: TextLanguage) -> Option<PartialDate> {
    let (head, rest) = [" - ", " – ", " — "]
        .iter()
        .filter_map(|dash| paragraph.split_once(dash))
        .min_by_key(|(head, _)| head.len())?;
    // "AUSTRIA, April 10": a place and a day, no year (a day alone is no date found).
    let yearless = super::parse::word_count(head) <= 5
        && head.chars().any(|c| c.is_ascii_digit())
        && find_dates_in(head, language)
            .iter()
            .all(|m| !m.date.is_full());
    if !yearless {
        return None;
    }
    opening_on_date(rest.trim_start(), language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_naming_its_city_and_country_gives_its_date() {
        let english = TextLanguage::English;
        assert_eq!(
            dateline_date(
                "Lisbon, Portugal, 4 March 2025 - The two ministers met.",
                english
            ),
            PartialDate::new(2025, Some(3), Some(4))
        );
        assert_eq!(extra_place_words("Lisbon, Portugal, 4 March"), 1);
        assert_eq!(extra_place_words("Lisbon, 4 March 2025"), 0);
        assert_eq!(extra_place_words("Trade, energy, and 4 March"), 0);
        assert_eq!(
            place_dateline_date(
                "Lisbon, Portugal, 4 March 2025 - The ministers met.",
                english
            ),
            PartialDate::new(2025, Some(3), Some(4))
        );
        assert_eq!(
            place_dateline_date(
                "Lisbon, Portugal, and Spain met in 2025 - they agreed.",
                english
            ),
            None
        );
    }

    #[test]
    fn a_date_with_its_clock_time_stamps_the_page() {
        let caption = "They held a meeting in Tbilisi. Photo: Government press office, 26 Jan 2024 - 19:30, Tbilisi,Georgia";
        assert!(timed_date(caption, TextLanguage::English).is_some());
        let plain = "They met on 26 Jan 2024 in Tbilisi.";
        assert!(timed_date(plain, TextLanguage::English).is_none());
    }

    #[test]
    fn a_government_hosting_the_meeting_dates_it() {
        let sentence = "The Government hosted the annual 3rd Solomon Islands – Australia Bilateral Security Dialogue in Honiara on 30 October 2019.";
        assert_eq!(
            meeting_date(sentence, TextLanguage::English),
            PartialDate::new(2019, Some(10), Some(30))
        );
    }

    #[test]
    fn titles_and_initials_end_no_first_sentence() {
        let paragraph = "H.E. Mr. U. Khurelsukh, the Prime Minister of Mongolia, met the Honorable Mike Pompeo, the US Secretary of State, on September 20, 2018, and exchanged views. The two sides agreed.";
        let sentence = first_sentence_of_point(paragraph);
        assert!(sentence.ends_with("exchanged views. "));
        assert!(meeting_date(sentence, TextLanguage::English).is_some());
    }

    #[test]
    fn a_lead_dates_the_signature_of_the_text() {
        let english = TextLanguage::English;
        let lead = "The two states plan to collaborate on funds. The joint declaration, signed by Maia Sandu and Klaus Iohannis in Chisinau on August 31, 2024, outlines these objectives.";
        assert_eq!(
            signature_date(lead, english).map(|d| d.iso()),
            Some("2024-08-31".to_string())
        );
        // A day that is not the signature's, or two dates, say something else.
        assert_eq!(
            signature_date("They met on August 31, 2024.", english),
            None
        );
        assert_eq!(
            signature_date(
                "The treaty signed on May 2, 2010 and on June 3, 2011.",
                english
            ),
            None
        );
    }

    #[test]
    fn the_names_of_those_who_met_stand_between_the_meeting_and_its_day() {
        let english = TextLanguage::English;
        let day = |s| meeting_date(s, english).map(|d| d.iso());
        assert_eq!(
            day("This statement was released following the meeting between Prime Minister Keir Starmer and Prime Minister Donald Tusk in Warsaw on 17 January 2025."),
            Some("2025-01-17".to_string())
        );
        assert_eq!(
            day("The 9th joint meeting of the Belgian and Luxembourg governments took place on 4 July 2016, under the chairmanship of both."),
            Some("2016-07-04".to_string())
        );
        assert_eq!(
            day("The meeting recalled that the two countries and all of their many partners agreed on 4 July 2016 to act."),
            None
        );
    }

    #[test]
    fn an_author_s_name_line_is_no_first_paragraph() {
        assert!(is_name_line("Prime Minister of Australia"));
        assert!(is_name_line("The Hon Anthony Albanese MP"));
        assert!(!is_name_line("LONDON, 3 March 2016 –"));
        assert!(!is_name_line("The leaders met today."));
    }

    #[test]
    fn a_slash_between_a_dateline_s_day_and_year_reads_as_a_comma() {
        let date = dateline_date(
            "Addis Abeba, February 3/ 2022 – The presidents held talks.",
            TextLanguage::English,
        );
        assert_eq!(date, PartialDate::new(2022, Some(2), Some(3)));
        assert_eq!(year_after_slash("and/ or 2022"), "and/ or 2022");
        let glued = dateline_date(
            "Port Town March 5/2020 The envoys met.",
            TextLanguage::English,
        );
        assert_eq!(glued, PartialDate::new(2020, Some(3), Some(5)));
        assert_eq!(year_after_slash("on 05/03/2020 the"), "on 05/03/2020 the");
        assert_eq!(year_after_slash("a/b 12/2020"), "a/b 12, 2020");
    }

    #[test]
    fn a_span_of_days_gives_no_date() {
        let english = TextLanguage::English;
        let text =
            "On 27-28 June 2023, the Partnership Committee met for the fourth time in Brussels.";
        assert_eq!(dateline_date(text, english), None);
        assert!(ends_a_span_of_days("from 28 to 29 September 2016", 11));
        assert!(!ends_a_span_of_days("On 28 June 2023", 3));
        assert!(!ends_a_span_of_days("EU-UK 28 June 2023", 6));
    }

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
        assert_eq!(
            meeting_date(
                "President of Georgia and President of Ukraine, on meeting in Kiev March 24, 2005:",
                english
            ),
            day(2005, 3, 24)
        );
        assert_eq!(
            meeting_date(
                "The 12th Annual Consultation between the Prime Minister of Malaysia and the President of Indonesia was held in Kuching, Malaysia on 22nd November 2017.",
                english
            ),
            day(2017, 11, 22)
        );
        assert_eq!(
            after_yearless_dateline(
                "AUSTRIA, April 10 - On 11th April 2022, Foreign Minister Schallenberg attended.",
                english
            ),
            day(2022, 4, 11)
        );
        assert_eq!(
            dateline_date("Skopje, 5 November 2024 (MIA) - As part of", english),
            day(2024, 11, 5)
        );
        assert_eq!(
            after_yearless_dateline("AUSTRIA, April 10 - The minister attended.", english),
            None
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
