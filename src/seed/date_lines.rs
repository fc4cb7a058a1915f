//! A line that is only a date: "Published 3 May 2021", "27.05.2010.", "2018-07-04", a weekday
//! and a date, a date with the place and the publisher after a dash ("November 25, 2021 –
//! Ottawa, Ontario – Global Affairs Canada").

use std::sync::OnceLock;

use regex::Regex;

use super::parse::word_count;
use super::words;
use crate::date::{find_dates_in, PartialDate, TextLanguage};

fn dotted_date() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "27.05.2010." as European pages write a day; "15. 2. 2016" with a space after each dot,
    // as Czech and Slovak pages write it.
    PATTERN.get_or_init(|| {
        Regex::new(r"^(?P<d>\d{1,2})\. ?(?P<m>\d{1,2})\. ?(?P<y>(?:19|20)\d{2})\b")
            .expect("valid constant pattern")
    })
}

pub(super) fn date_line_prefix() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // "FOR IMMEDIATE RELEASE June 24, 2009": a release line dated on the same line.
        Regex::new(r"(?i)^(?:(?:first\s+)?published(?:\s+on)?|publication\s+date|(?:last\s+)?updated(?:\s+on)?|date|dated|released|issued|for\s+immediate\s+release)?\s*:?\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?")
            .expect("valid constant pattern")
    })
}

fn ordinal_day() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "21. June 2011": a day written as an ordinal with a dot, as German writes it, before the
    // month's name; the dot is dropped so that the day reads as "21 June 2011".
    PATTERN.get_or_init(|| {
        Regex::new(r"^(?P<d>\d{1,2})\.\s+(?P<rest>\p{L}.*)$").expect("valid constant pattern")
    })
}

fn year_first_dotted_date() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "President's News - 2024.10.23": a page's stamp, the year first and dots between, after
    // the name of its section (a few words and a dash) or alone.
    PATTERN.get_or_init(|| {
        Regex::new(r"^(?:(?:\S+\s+){0,3}\S+\s+[-–—|]\s+)?(?P<y>(?:19|20)\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\.?$")
            .expect("valid constant pattern")
    })
}

fn year_first_spaced_date() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "2021 03 17": a page's date field, the year first and spaces between its numbers; two
    // digits each for the month and the day, as such a field writes them.
    PATTERN.get_or_init(|| {
        Regex::new(r"^(?P<y>(?:19|20)\d{2}) (?P<m>\d{2}) (?P<d>\d{2})$")
            .expect("valid constant pattern")
    })
}

fn month_between_slashes() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "31/October/2024": a day, a month's name and a year between slashes, as some pages write
    // their date line; the slashes stand where spaces would.
    PATTERN.get_or_init(|| {
        Regex::new(r"\b(?P<d>\d{1,2})/(?P<m>\p{L}{3,})/(?P<y>(?:19|20)\d{2})\b")
            .expect("valid constant pattern")
    })
}

fn slashed_date() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "29/06/2015" alone: a page's date field in numbers between slashes.
    PATTERN.get_or_init(|| {
        Regex::new(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})$")
            .expect("valid constant pattern")
    })
}

/// The date of a line that is only a date in numbers between slashes, when one of its first
/// two numbers is above twelve and so can only be the day ("29/06/2015", "06/29/2015"). Read
/// either way round, the others are left to a page's own order of its dates.
fn unambiguous_slashed_date(text: &str) -> Option<PartialDate> {
    let caps = slashed_date().captures(text.trim())?;
    let number = |name: &str| caps[name].parse::<u8>().ok();
    let (a, b) = (number("a")?, number("b")?);
    let year = caps["y"].parse::<u16>().ok()?;
    let (day, month) = match (a > 12, b > 12) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return None,
    };
    PartialDate::new(year, Some(month), Some(day)).filter(PartialDate::is_full)
}

/// A line that is only a date, possibly after "Published", "Updated" or a weekday; in
/// capitals too ("1 JUNE 2021", a sign-off's last line), read as a sentence writes it.
pub(super) fn date_line(text: &str, language: TextLanguage) -> Option<Option<PartialDate>> {
    match date_line_as_written(text, language) {
        Some(Some(date)) => Some(Some(date)),
        found if text.chars().any(char::is_lowercase) => found,
        found => date_line_as_written(&capitalised(text), language).or(found),
    }
}

/// `text` with each word's first letter kept and the others in lower case: "1 JUNE 2021"
/// gives "1 June 2021".
fn capitalised(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            let mut letters = word.chars();
            letters.next().map_or(String::new(), |first| {
                first.to_string() + &letters.as_str().to_lowercase()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn date_line_as_written(text: &str, language: TextLanguage) -> Option<Option<PartialDate>> {
    let unslashed = month_between_slashes().replace_all(text, "$d $m $y");
    let text = unslashed.as_ref();
    // A place and a publisher after the date make the line longer, not prose.
    if word_count(text) > 8 && !(word_count(text) <= 16 && text.contains(['–', '—'])) {
        return None;
    }
    if let Some(date) = dated_field_line(text, language) {
        return Some(Some(date));
    }
    // "2018-07-04" alone: a page's date field written as ISO writes it ("Date", then its value
    // on a line of its own).
    // "2021-04-19 11:00": the same with the clock time it was put out.
    let alone = text.trim();
    let timed_iso = alone
        .get(10..)
        .is_some_and(|time| clock_time().is_match(time) && !time.trim().is_empty());
    if let Some(date) = (alone.len() == 10 || timed_iso)
        .then(|| PartialDate::parse_iso(&alone[..10]))
        .flatten()
        .filter(PartialDate::is_full)
    {
        return Some(Some(date));
    }
    if let Some(date) = unambiguous_slashed_date(alone)
        .or_else(|| super::published_field::published_field_date(alone))
    {
        return Some(Some(date));
    }
    let prefix = words::date_line_prefix(language).unwrap_or_else(date_line_prefix);
    let rest = &text[prefix.find(text).map_or(0, |m| m.end())..];
    let stamp = year_first_dotted_date()
        .captures(alone)
        .or_else(|| year_first_spaced_date().captures(alone));
    // "Publication date 8.6.2015 19.10": a field's name before the dotted date.
    let dotted = dotted_date()
        .captures(text)
        .or_else(|| dotted_date().captures(rest));
    let day_first = dotted.is_some();
    if let Some(caps) = dotted.or(stamp) {
        let number = |name: &str| caps[name].parse::<u16>().ok();
        let day = number("d").and_then(|d| u8::try_from(d).ok());
        let month = number("m").and_then(|m| u8::try_from(m).ok());
        // "10.13.2014": a second number above twelve is no month, so the page writes the
        // month first, as American pages do with slashes.
        let (day, month) = match (day, month) {
            (Some(d), Some(m)) if day_first && m > 12 && d <= 12 => (Some(m), Some(d)),
            other => other,
        };
        return Some(number("y").and_then(|y| PartialDate::new(y, month, day)));
    }
    let undotted = ordinal_day()
        .captures(rest)
        .map(|caps| format!("{} {}", &caps["d"], &caps["rest"]));
    let rest = undotted.as_deref().unwrap_or(rest);
    let dates = find_dates_in(rest, language);
    let first = dates.first()?;
    let after =
        rest[first.end..].trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
    let timed = first.date.is_full() && clock_time().is_match(&rest[first.end..]);
    let span = is_span_end(&rest[first.end..], first.date, language);
    (first.start == 0
        && (after.is_empty() || timed || span || is_place_and_publisher(&rest[first.end..])))
    .then_some(Some(first.date))
}

/// Whether what follows a full date on its line is the end of a span of days, after a dash
/// and nothing else ("06 Sep. 2018 - 07 Sep. 2018"): the item's first day is its date.
fn is_span_end(after: &str, first: PartialDate, language: TextLanguage) -> bool {
    let Some(rest) = after.trim_start().strip_prefix(['-', '–', '—']) else {
        return false;
    };
    let rest = rest.trim();
    let dates = find_dates_in(rest, language);
    first.is_full()
        && dates.first().is_some_and(|end| {
            end.start == 0 && end.date.is_full() && rest[end.end..].trim().is_empty()
        })
}

fn clock_time() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "23 April 2020, 14:06": a full date with the time a news agency put it out is still the
    // page's date line; a time alone, or a day without its year, is only a posting time.
    PATTERN.get_or_init(|| {
        Regex::new(r"(?i)^\s*[,–—-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\s*$")
            .expect("valid constant pattern")
    })
}

/// Whether what follows a date on its line is where and by whom it was issued, after a dash:
/// "November 25, 2021 – Ottawa, Ontario – Global Affairs Canada". Every word is capitalised
/// or a joining word: a sentence after a date has words in lower case.
fn is_place_and_publisher(after: &str) -> bool {
    let Some(rest) = after
        .trim_start()
        .strip_prefix(['–', '—'])
        .or_else(|| after.trim_start().strip_prefix("- "))
    else {
        return false;
    };
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '–' | '—'))
        .filter(|w| !w.is_empty() && *w != "-")
        .collect();
    !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "for" | "the" | "&")
        })
}

/// The most words of the value of a field after a date ("Source: a site's address").
const LONGEST_FIELD_VALUE: usize = 3;

/// The most letters of a weekday's name, short or whole, before a date and its comma.
const LONGEST_WEEKDAY: usize = 9;

/// The date of a line that is a full date and one field of the page's after it, a capitalised
/// name, a colon and a short value: "Wed, 6 Jul 2022 Source: example.com" gives the day and the
/// site the copy came from, as a date line does, while a sentence goes on in lower case. A
/// word and a comma may stand before the date (a weekday's short name, a place).
fn dated_field_line(text: &str, language: TextLanguage) -> Option<PartialDate> {
    let (head, value) = text.trim().rsplit_once(':')?;
    let (date, name) = head.trim_end().rsplit_once(' ')?;
    let field = name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().all(char::is_alphabetic)
        && (1..=LONGEST_FIELD_VALUE).contains(&value.split_whitespace().count());
    if !field {
        return None;
    }
    let date = date.trim();
    let date = date
        .split_once(", ")
        .filter(|(word, _)| {
            word.chars().count() <= LONGEST_WEEKDAY && word.chars().all(char::is_alphabetic)
        })
        .map_or(date, |(_, rest)| rest);
    let found = find_dates_in(date, language);
    let first = found.first()?;
    (first.start == 0 && date[first.end..].trim().is_empty() && first.date.is_full())
        .then_some(first.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dotted_date_whose_second_number_is_no_month_is_month_first() {
        assert_eq!(
            date_line("03.24.2031", TextLanguage::English),
            Some(PartialDate::new(2031, Some(3), Some(24)))
        );
        assert_eq!(
            date_line("24.03.2031", TextLanguage::English),
            Some(PartialDate::new(2031, Some(3), Some(24)))
        );
    }

    #[test]
    fn a_date_followed_by_the_copy_s_source_is_a_date_line() {
        assert_eq!(
            date_line(
                "Thu, 4 Mar 2032 Source: example-radio.com",
                TextLanguage::English
            ),
            Some(PartialDate::new(2032, Some(3), Some(4)))
        );
        assert_eq!(
            date_line("4 March 2032 Fuente: Agencia Sur", TextLanguage::English),
            Some(PartialDate::new(2032, Some(3), Some(4)))
        );
        // A sentence after the date is no field.
        assert_eq!(
            date_line(
                "4 March 2032 the ministers met: they talked",
                TextLanguage::English
            ),
            None
        );
    }

    #[test]
    fn a_date_line_in_capitals_is_read() {
        let english = TextLanguage::English;
        assert_eq!(
            date_line("1 JUNE 2021", english),
            Some(PartialDate::new(2021, Some(6), Some(1)))
        );
        assert_eq!(date_line("PUTRAJAYA", english), None);
        assert_eq!(
            date_line("29/06/2015", english),
            Some(PartialDate::new(2015, Some(6), Some(29)))
        );
        assert_eq!(unambiguous_slashed_date("06/07/2015"), None);
        assert_eq!(capitalised("1 JUNE 2021"), "1 June 2021");
        assert_eq!(
            date_line("President's News - 2024.10.23", english),
            Some(PartialDate::new(2024, Some(10), Some(23)))
        );
        assert_eq!(
            date_line("15. 2. 2016 16:20", english),
            Some(PartialDate::new(2016, Some(2), Some(15)))
        );
        assert_eq!(
            date_line("Publication date 8.6.2015 19.10", english),
            Some(PartialDate::new(2015, Some(6), Some(8)))
        );
        assert_eq!(
            date_line("Tuesday, 21. June 2011", english),
            Some(PartialDate::new(2011, Some(6), Some(21)))
        );
        assert_eq!(date_line("21. Session of the Council", english), None);
        assert_eq!(
            date_line("23 April 2020, 14:06", english),
            Some(PartialDate::new(2020, Some(4), Some(23)))
        );
        assert_eq!(date_line("23 April, 14:06", english), None);
        assert_eq!(
            date_line("2024.10.23", english),
            Some(PartialDate::new(2024, Some(10), Some(23)))
        );
        assert_eq!(
            date_line(
                "Talks on the new budget for the years - 2024.10.23",
                english
            ),
            None
        );
    }

    #[test]
    fn a_year_first_date_spaced_or_a_month_between_slashes_is_a_date_line() {
        let english = TextLanguage::English;
        assert_eq!(
            date_line("2019 11 05", english),
            Some(PartialDate::new(2019, Some(11), Some(5)))
        );
        assert_eq!(date_line("2019 13 05", english), Some(None));
        assert_eq!(
            date_line("Tuesday 4/March/2025 09:30 AM", english),
            Some(PartialDate::new(2025, Some(3), Some(4)))
        );
        assert_eq!(date_line("2019 was a year of talks", english), None);
    }

    #[test]
    fn an_iso_date_with_its_clock_time_is_a_date_line() {
        let english = TextLanguage::English;
        assert_eq!(
            date_line("2021-04-19 11:00", english),
            Some(PartialDate::new(2021, Some(4), Some(19)))
        );
        assert_eq!(date_line("2021-04-19 delegation", english), None);
    }

    #[test]
    fn a_span_of_days_is_dated_by_its_first() {
        let english = TextLanguage::English;
        assert_eq!(
            date_line("06 Sep. 2018 - 07 Sep. 2018", english),
            Some(PartialDate::new(2018, Some(9), Some(6)))
        );
        assert_eq!(
            date_line("06 Sep. 2018 - 07 Sep. 2018 talks", english),
            None
        );
    }
}
