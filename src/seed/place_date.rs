//! A line that gives a place and a date and nothing else ("Brussels, 19/06/2021", "Lisbon
//! Tuesday 4/March/2025 09:30 AM"): the statement's own dateline set on a line of its own,
//! never its title. A copying site's date bar above it ("Fri. Jun 2nd, 2023") is the day the
//! copy was stored, so the place's date wins.

use super::date_lines::date_line;
use crate::date::{PartialDate, TextLanguage};

/// The most words of a place's name before the date: a city, or a city and its country.
const MOST_PLACE_WORDS: usize = 3;

/// The full date of a line that is a place's name, a comma and a date alone: "Brussels,
/// 19/06/2021", "Addis Ababa, 5 May 2010".
pub(super) fn place_date(text: &str, language: TextLanguage) -> Option<PartialDate> {
    let (place, date) = match text.trim().split_once(',') {
        Some(split) => split,
        None => return place_weekday_date(text, language),
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    let named = !words.is_empty()
        && words.len() <= MOST_PLACE_WORDS
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
    if !named {
        return None;
    }
    date_line(date.trim(), language)
        .flatten()
        .filter(PartialDate::is_full)
}

/// The full date of a line that is a place's one-word name, a weekday and a date, with its
/// clock time or not: "Lisbon Tuesday 4/March/2025 09:30 AM". The weekday says that what
/// follows the name is the date line it opens.
fn place_weekday_date(text: &str, language: TextLanguage) -> Option<PartialDate> {
    let (place, rest) = text.trim().split_once(' ')?;
    let weekday = rest.split_whitespace().next()?.trim_end_matches(',');
    let named = place.starts_with(char::is_uppercase) && place.chars().all(char::is_alphabetic);
    // "Lisbon 05.03.2020" with no comma: a date of numbers alone after the name cannot be
    // read as words of a title, so it needs no weekday to mark where the dateline starts.
    let numeric = rest.trim().starts_with(|c: char| c.is_ascii_digit()) && !rest.contains(' ');
    if !named || !(numeric || crate::date::WEEKDAYS.contains(&weekday)) {
        return None;
    }
    date_line(rest.trim(), language)
        .flatten()
        .filter(PartialDate::is_full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_and_a_date_alone_on_a_line_give_the_date() {
        let english = TextLanguage::English;
        assert_eq!(
            place_date("Brussels, 19/06/2021", english),
            PartialDate::new(2021, Some(6), Some(19))
        );
        assert_eq!(
            place_date("Addis Ababa, 5 May 2010", english),
            PartialDate::new(2010, Some(5), Some(5))
        );
        assert_eq!(place_date("Brussels, 06/07/2021", english), None);
        assert_eq!(place_date("Talks in Brussels, 5 May 2010", english), None);
        assert_eq!(place_date("Brussels, the capital", english), None);
        assert_eq!(
            place_date("Lisbon Tuesday 4/March/2025 09:30 AM", english),
            PartialDate::new(2025, Some(3), Some(4))
        );
        assert_eq!(place_date("Lisbon Tuesday talks", english), None);
        assert_eq!(
            place_date("Lisbon 04.03.2025", english),
            PartialDate::new(2025, Some(3), Some(4))
        );
        assert_eq!(
            place_date("Lisbon 03.24.2025", english),
            PartialDate::new(2025, Some(3), Some(24))
        );
        assert_eq!(place_date("Lisbon 2025 talks", english), None);
        assert_eq!(
            place_date("Talks Tuesday 4 March 2025 in Lisbon", english),
            None
        );
    }
}
