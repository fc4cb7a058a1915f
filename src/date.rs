//! Dates as documents give them: sometimes a day, sometimes only a month or a year.
//!
//! A date that no document or sidecar gives stays unknown: accord never fills in a missing day.

use std::fmt;
use std::sync::OnceLock;

use regex::Regex;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

mod languages;
pub(crate) use languages::nordic_month_number;
pub use languages::TextLanguage;

/// The days of the week in English, as written before a date ("Tuesday, 29 June 2021"): a blog's
/// posting line, a paragraph's opening date, and the end of a name ("the Six Nations on Friday").
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The months' English names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// The year, e.g. 2025.
    pub year: u16,
    /// 1 to 12, when known.
    pub month: Option<u8>,
    /// 1 to 31, when known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time after the day is ignored).
    pub fn parse_iso(text: &str) -> Option<Self> {
        let text = text.trim();
        // Other generators write full timestamps (`2023-01-01T10:00:00Z`): keep the day.
        let text = match text.as_bytes().get(10) {
            Some(b'T' | b' ') => &text[..10],
            _ => text,
        };
        let mut parts = text.split('-');
        let year: u16 = parse_digits(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(month) => Some(parse_digits(month, 2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(day) => Some(parse_digits(day, 2)?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Self::new(year, month, day)
    }

    /// A date from its parts, if they make a real calendar date (there is no year 0).
    pub fn new(year: u16, month: Option<u8>, day: Option<u8>) -> Option<Self> {
        if year == 0 {
            return None;
        }
        if let Some(month) = month {
            if !(1..=12).contains(&month) {
                return None;
            }
            if let Some(day) = day {
                if day == 0 || day > days_in_month(year, month) {
                    return None;
                }
            }
        } else if day.is_some() {
            return None;
        }
        Some(PartialDate { year, month, day })
    }

    /// `2025-12-12`, `2025-12` or `2025`: the form used in URLs, sorting and `datetime` attributes.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// True when the day is known.
    pub fn is_full(&self) -> bool {
        self.day.is_some()
    }
}

impl fmt::Display for PartialDate {
    /// `12 December 2025`, `December 2025` or `2025`, as GOV.UK writes dates.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{} {} {}", d, MONTHS[usize::from(m) - 1], self.year),
            (Some(m), None) => write!(f, "{} {}", MONTHS[usize::from(m) - 1], self.year),
            _ => write!(f, "{}", self.year),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // YAML reads 2025 as a number and 2025-12-12 as a string: accept both. The check runs
        // inside the visitor, so that an error points at the value's line and column.
        struct DateVisitor;
        impl serde::de::Visitor<'_> for DateVisitor {
            type Value = PartialDate;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a date: YYYY-MM-DD, YYYY-MM or YYYY")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<PartialDate, E> {
                PartialDate::parse_iso(text).ok_or_else(|| {
                    let year = text.split('-').next().unwrap_or_default();
                    let zero = !year.is_empty() && year.bytes().all(|b| b == b'0');
                    let why = if zero { "there is no year 0; " } else { "" };
                    E::custom(format!(
                        "`{text}` is not a date: {why}write YYYY-MM-DD, YYYY-MM or YYYY"
                    ))
                })
            }
            fn visit_u64<E: serde::de::Error>(self, year: u64) -> Result<PartialDate, E> {
                self.visit_str(&year.to_string())
            }
            fn visit_i64<E: serde::de::Error>(self, year: i64) -> Result<PartialDate, E> {
                self.visit_str(&year.to_string())
            }
        }
        deserializer.deserialize_any(DateVisitor)
    }
}

fn parse_digits<T: std::str::FromStr>(text: &str, width: usize) -> Option<T> {
    if text.len() == width && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

fn month_number(name: &str) -> Option<u8> {
    let name = name.to_ascii_lowercase();
    MONTHS
        .iter()
        // An abbreviation is the month's first letters, three or more: "Sep" and "Sept".
        .position(|m| name.len() >= 3 && m.to_ascii_lowercase().starts_with(&name))
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// A date found in running text: where it stands and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// The date.
    pub date: PartialDate,
    /// Byte range of the words that give it, a qualifier included ("late 2025").
    pub start: usize,
    /// End of that byte range.
    pub end: usize,
    /// A year or month the text names as a target ("by 2030", "2030 net zero ambitions"), not
    /// as the date of an event.
    pub target: bool,
}

/// Words before a year or a month that say a target is meant: "by 2030", "until 2027".
const TARGET_BEFORE: &[&str] = &["by", "until", "till", "before", "through"];

/// Words after a year that say a target is meant: "2030 targets", "2050 net zero ambitions".
const TARGET_AFTER: &[&str] = &[
    "target",
    "targets",
    "ambition",
    "ambitions",
    "goal",
    "goals",
    "commitment",
    "commitments",
    "net zero",
    "agenda",
    "strategy",
    "plan",
    "deadline",
];

fn is_target(
    text: &str,
    mention_start: usize,
    mention_end: usize,
    date: PartialDate,
    language: TextLanguage,
) -> bool {
    if date.is_full() {
        return false;
    }
    // Only the word before matters: never lower-case the whole text before each date.
    let before = text[..mention_start].trim_end();
    let last_word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let last_word = last_word.as_str();
    // Words after, with any kind of space ("net\u{a0}zero") as one.
    let after = text[mention_end..]
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let (before_words, after_words) =
        languages::target_words(language).unwrap_or((TARGET_BEFORE, TARGET_AFTER));
    before_words.contains(&last_word)
        || after_words.iter().any(|w| {
            after.starts_with(w)
                && after[w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
}

fn date_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        let m = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
        let pattern = format!(
            r"\b(?:(?P<q>[Ee]arly|[Mm]id|[Ll]ate|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s+of)?[\s-]+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{m})\s*,?\s+(?P<y1>\d{{4}})|(?P<m2>{m})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,\s*(?P<y2>\d{{4}})|(?P<m3>{m})\s+(?P<y3>\d{{4}})|(?P<y4>(?:19|20)\d{{2}}))\b"
        );
        Regex::new(&pattern).expect("the date pattern is a valid constant")
    })
}

/// Every date written in `text` in English: "19 May 2025", "May 19, 2025", "January 2024", or a
/// year alone.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    find_dates_in(text, TextLanguage::English)
}

/// Every date written in `text`, a text in `language`: in French, Dutch and German also
/// "10 juillet 2025", "1er mars 2024", "10. Juli 2025", "mars 2024" and the numeric
/// "10/07/2025" (day first, as these languages write it).
pub fn find_dates_in(text: &str, language: TextLanguage) -> Vec<DateMention> {
    let pattern = languages::pattern(language).unwrap_or_else(date_pattern);
    let english = language == TextLanguage::English;
    pattern
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let year = |name: &str| caps.name(name).and_then(|y| y.as_str().parse::<u16>().ok());
            let month = |name: &str| {
                let written = caps.name(name)?.as_str().trim_end_matches('.');
                if english {
                    month_number(written)
                } else {
                    written
                        .parse::<u8>()
                        .ok()
                        .or_else(|| languages::month_number(written))
                }
            };
            let day = |name: &str| caps.name(name).and_then(|d| d.as_str().parse::<u8>().ok());
            let date = if let Some(y) = year("y1") {
                PartialDate::new(y, month("m1"), day("d1"))
            } else if let Some(y) = year("y2") {
                PartialDate::new(y, month("m2"), day("d2"))
            } else if let Some(y) = year("y3") {
                PartialDate::new(y, month("m3"), None)
            } else {
                PartialDate::new(year("y4")?, None, None)
            }?;
            Some(DateMention {
                date,
                start: whole.start(),
                end: whole.end(),
                target: is_target(text, whole.start(), whole.end(), date, language),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_forms() {
        assert_eq!(
            PartialDate::parse_iso("2025-12-12").unwrap().to_string(),
            "12 December 2025"
        );
        assert_eq!(
            PartialDate::parse_iso("2024-01").unwrap().to_string(),
            "January 2024"
        );
        assert_eq!(PartialDate::parse_iso("2026").unwrap().to_string(), "2026");
        assert!(PartialDate::parse_iso("2025-02-30").is_none());
        assert!(PartialDate::parse_iso("25-12-12").is_none());
        assert!(PartialDate::parse_iso("0000-01-01").is_none());
        assert!(PartialDate::parse_iso("0000").is_none());
        assert!(PartialDate::parse_iso("0001-01-01").is_some());
    }

    #[test]
    fn finds_dates_in_prose() {
        let found =
            find_dates("agreed on 19 May 2025, to sign in 2026 [January 2024] and May 4, 2023");
        let shown: Vec<String> = found.iter().map(|m| m.date.to_string()).collect();
        assert_eq!(shown, ["19 May 2025", "2026", "January 2024", "4 May 2023"]);
    }

    #[test]
    fn reads_every_abbreviation_of_a_month() {
        let found = find_dates("7 Sept 2017, 8 Sep 2017, 9 Sept. 2017 and 1 Dec 2020");
        let shown: Vec<String> = found.iter().map(|m| m.date.to_string()).collect();
        assert_eq!(
            shown,
            [
                "7 September 2017",
                "8 September 2017",
                "9 September 2017",
                "1 December 2020"
            ]
        );
    }

    #[test]
    fn reads_qualified_dates_and_targets() {
        let text = "signed in late 2025, to meet our respective 2030 net zero ambitions, by 2027, in 2026, and on 3 May 2025";
        let found = find_dates(text);
        let written: Vec<&str> = found.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(written, ["late 2025", "2030", "2027", "2026", "3 May 2025"]);
        let targets: Vec<bool> = found.iter().map(|m| m.target).collect();
        assert_eq!(targets, [false, true, true, false, false]);
    }

    #[test]
    fn orders_less_precise_first() {
        let year = PartialDate::parse_iso("2025").unwrap();
        let day = PartialDate::parse_iso("2025-01-01").unwrap();
        assert!(year < day);
    }

    fn found(text: &str, language: TextLanguage) -> Vec<(String, String, bool)> {
        find_dates_in(text, language)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.date.iso(), m.target))
            .collect()
    }

    #[test]
    fn finds_french_dates() {
        let text = "Le Premier ministre a reçu son homologue le 10 juillet 2025, après la réunion du 1er mars 2024 et celle du 10/07/2023, en février 2024 et en 2026.";
        let dates: Vec<String> = found(text, TextLanguage::French)
            .into_iter()
            .map(|(_, iso, _)| iso)
            .collect();
        assert_eq!(
            dates,
            ["2025-07-10", "2024-03-01", "2023-07-10", "2024-02", "2026"]
        );
        let upper = found(
            "10 JUILLET 2025 · 3 août 2025 · 5 déc. 2024",
            TextLanguage::French,
        );
        let isos: Vec<&str> = upper.iter().map(|(_, iso, _)| iso.as_str()).collect();
        assert_eq!(isos, ["2025-07-10", "2025-08-03", "2024-12-05"]);
    }

    #[test]
    fn finds_dutch_dates() {
        let text = "De premier ontving zijn ambtgenoot op 3 maart 2024 en op 10 juli 2025; het akkoord van 15-01-2024 geldt vanaf mei 2025.";
        let isos: Vec<String> = found(text, TextLanguage::Dutch)
            .into_iter()
            .map(|(_, iso, _)| iso)
            .collect();
        assert_eq!(isos, ["2024-03-03", "2025-07-10", "2024-01-15", "2025-05"]);
    }

    #[test]
    fn finds_german_dates() {
        let text = "Am 10. Juli 2025 trafen sich die Regierungschefs, nach dem Treffen vom 3. März 2024 und dem 24.03.2022; Ende 2025 folgt ein Bericht, bis 2030 die Ziele.";
        let all = found(text, TextLanguage::German);
        let written: Vec<&str> = all.iter().map(|(w, _, _)| w.as_str()).collect();
        assert_eq!(
            written,
            [
                "10. Juli 2025",
                "3. März 2024",
                "24.03.2022",
                "Ende 2025",
                "2030"
            ]
        );
        let isos: Vec<&str> = all.iter().map(|(_, iso, _)| iso.as_str()).collect();
        assert_eq!(
            isos,
            ["2025-07-10", "2024-03-03", "2022-03-24", "2025", "2030"]
        );
        let targets: Vec<bool> = all.iter().map(|(_, _, t)| *t).collect();
        assert_eq!(targets, [false, false, false, false, true]);
        // Austria's January, and an impossible day that is no date.
        assert_eq!(
            found("am 2. Jänner 2024", TextLanguage::German)[0].1,
            "2024-01-02"
        );
        let impossible = found("am 31. Februar 2024", TextLanguage::German);
        assert!(impossible.iter().all(|(_, iso, _)| iso != "2024-02-31"));
    }

    #[test]
    fn targets_and_qualifiers_in_french_and_dutch() {
        let french = found(
            "d’ici 2030, début 2026 et fin juin 2025",
            TextLanguage::French,
        );
        let written: Vec<(&str, bool)> = french.iter().map(|(w, _, t)| (w.as_str(), *t)).collect();
        assert_eq!(
            written,
            [
                ("2030", true),
                ("début 2026", false),
                ("fin juin 2025", false)
            ]
        );
        let dutch = found("tegen 2030 en medio 2025", TextLanguage::Dutch);
        let written: Vec<(&str, bool)> = dutch.iter().map(|(w, _, t)| (w.as_str(), *t)).collect();
        assert_eq!(written, [("2030", true), ("medio 2025", false)]);
    }

    #[test]
    fn english_text_reads_no_other_language() {
        // A rover, not a month; and a day-first number is not read in English, where the order
        // of day and month is not known.
        let isos: Vec<String> = found("Mars 2020 landed on 10/07/2021", TextLanguage::English)
            .into_iter()
            .map(|(_, iso, _)| iso)
            .collect();
        assert_eq!(isos, ["2020", "2021"]);
        assert_eq!(TextLanguage::of("fr-BE"), TextLanguage::French);
        assert_eq!(TextLanguage::of("NL"), TextLanguage::Dutch);
        assert_eq!(TextLanguage::of("de-AT"), TextLanguage::German);
        assert_eq!(TextLanguage::of("en-GB"), TextLanguage::English);
        assert_eq!(TextLanguage::of("es"), TextLanguage::English);
    }
}
