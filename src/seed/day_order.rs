//! A page's date field written in numbers whose day and month could be either way round
//! ("News story | Date: 11/09/2020"), read in the order the same text writes its dates in
//! words: "9 September" puts the day first, as the page's numbers do; "September 9" the month.

use std::sync::OnceLock;

use regex::Regex;

use super::parse::word_count;
use crate::date::PartialDate;

/// The most words of a date field's line: a label or two and the date.
const MOST_FIELD_WORDS: usize = 8;

fn month_names() -> String {
    crate::date::MONTHS.join("|")
}

fn day_then_month() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "9 September", "9th September".
    PATTERN.get_or_init(|| {
        Regex::new(&format!(
            r"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{})\b",
            month_names()
        ))
        .expect("valid constant pattern")
    })
}

fn month_then_day() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "September 9", "September 9th" (not "September 2020").
    PATTERN.get_or_init(|| {
        Regex::new(&format!(
            r"\b(?:{})\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
            month_names()
        ))
        .expect("valid constant pattern")
    })
}

fn field_value() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // A date field's value closing its line, after a bar or a field's name and colon.
    PATTERN.get_or_init(|| {
        Regex::new(r"[|:]\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})\s*$")
            .expect("valid constant pattern")
    })
}

/// Whether `text` writes its dates in words with the day first (`Some(true)`), the month first
/// (`Some(false)`), or gives no sign either way.
pub(super) fn day_first(text: &str) -> Option<bool> {
    let days = day_then_month().find_iter(text).count();
    let months = month_then_day().find_iter(text).count();
    match days.cmp(&months) {
        std::cmp::Ordering::Greater => Some(true),
        std::cmp::Ordering::Less => Some(false),
        std::cmp::Ordering::Equal => None,
    }
}

/// The date of the first short field line among `lines` whose numbers could be read either
/// way, in the order `text` writes its dates in words.
pub(super) fn field_date<'a>(
    lines: impl IntoIterator<Item = &'a str>,
    text: &str,
) -> Option<PartialDate> {
    let caps = lines
        .into_iter()
        .filter(|line| word_count(line) <= MOST_FIELD_WORDS)
        .find_map(|line| field_value().captures(line))?;
    let number = |name: &str| caps[name].parse::<u8>().ok();
    let (a, b) = (number("a")?, number("b")?);
    let year = caps["y"].parse::<u16>().ok()?;
    let (day, month) = if day_first(text)? { (a, b) } else { (b, a) };
    PartialDate::new(year, Some(month), Some(day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_field_either_way_round_is_read_in_the_text_s_order() {
        let day_first_text = "The ministers met in Estonia 9 September and released it.";
        assert_eq!(
            field_date(["News story | Date: 11/09/2020"], day_first_text),
            PartialDate::new(2020, Some(9), Some(11))
        );
        let month_first_text = "The ministers met on September 9 and released it.";
        assert_eq!(
            field_date(["News story | Date: 11/09/2020"], month_first_text),
            PartialDate::new(2020, Some(11), Some(9))
        );
        assert_eq!(field_date(["Date: 11/09/2020"], "No dates in words."), None);
        assert_eq!(
            field_date(["They met on 11/09/2020 in Oslo"], day_first_text),
            None
        );
        assert_eq!(day_first("in September 2020"), None);
    }
}
