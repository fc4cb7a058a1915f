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

/// Whether the word starting at byte `start` of `text` follows a clock time ("Updated:
/// 20-03-2023 11:31 IST"): capitals there name the time's zone, no organisation.
pub(super) fn after_clock_time(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    let Some(time) = before.rsplit(' ').next() else {
        return false;
    };
    let Some((hours, minutes)) = time.split_once(':') else {
        return false;
    };
    (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && hours
            .bytes()
            .chain(minutes.bytes())
            .all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn capitals_after_a_clock_time_are_its_zone() {
        assert!(names(
            "Wellington | Updated: 20-03-2023 11:31 IST | Created: 20-03-2023 11:31 IST"
        )
        .is_empty());
        assert_eq!(names("at 10:30 the OSCE met"), ["OSCE"]);
    }
}
