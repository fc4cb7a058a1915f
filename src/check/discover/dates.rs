//! Words that belong to a date rather than to a name: a year, a day's number, a month or a
//! weekday, written out or cut short, so that a name neither starts nor runs on over one.

use crate::date::{MONTHS, WEEKDAYS};

/// Whether a word is a year of four digits ("2015"), as a name in a series may begin with.
pub(super) fn is_year(word: &str) -> bool {
    word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a word belongs to a date: a day's or a year's number, a month or a weekday.
pub(super) fn is_date_word(word: &str) -> bool {
    // "the 100 Year Partnership": three digits are neither a day nor a year.
    let count = word.len() == 3 && word.bytes().all(|b| b.is_ascii_digit());
    // "the 5+5 Defence Initiative": states counted by a plus are no date either.
    (word.starts_with(|c: char| c.is_ascii_digit()) && !count && !word.contains('+'))
        || MONTHS.contains(&word)
        || WEEKDAYS.contains(&word)
        || is_month_abbreviation(word)
}

/// A month's name cut to its first three letters, or "Sept" ("on Aug. 8"): news sites write
/// dates so, and a name never ends in one ("the Supreme Interstate Council on Aug. 8").
fn is_month_abbreviation(word: &str) -> bool {
    let word = word.strip_suffix('.').unwrap_or(word);
    (word.len() == 3 || word == "Sept")
        && MONTHS
            .iter()
            .any(|month| month.starts_with(word) && *month != word)
}
