//! A page's publication field with its date in numbers between slashes ("Published:
//! 11/15/2023", "Publicado: 2/5/2021"), often the copy's closing line. A day above twelve
//! tells the order; else the field's own word does, when its language writes the day first
//! (Spanish "Publicado", French "Publié", German "Veröffentlicht"), whatever the language the
//! story was translated into: the site kept its own field.

use std::sync::OnceLock;

use regex::Regex;

use crate::date::PartialDate;

fn published_field() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"^(?P<word>\p{L}+(?: \p{L}+){0,2})\s*:?\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})$")
            .expect("valid constant pattern")
    })
}

/// Words of a publication field in languages that write the day before the month.
const DAY_FIRST_FIELDS: &[&str] = &[
    "publicado",
    "publicada",
    "publicado el",
    "fecha",
    "data",
    "publié",
    "publié le",
    "publiée le",
    "veröffentlicht",
    "veröffentlicht am",
    "datum",
    "pubblicato",
    "pubblicato il",
    "gepubliceerd",
    "gepubliceerd op",
];

/// Words of a publication field that tell no order of the day and the month.
const OPEN_ORDER_FIELDS: &[&str] = &[
    "published",
    "published on",
    "posted",
    "posted on",
    "date",
    "updated",
    "last updated",
];

/// The date of a publication field written in numbers ([`published_field`]): the day is the
/// number above twelve, or the first number after a field's word of a day-first language. An
/// order neither tells is left unread.
pub(super) fn published_field_date(text: &str) -> Option<PartialDate> {
    let caps = published_field().captures(text.trim())?;
    let word = caps["word"].to_lowercase();
    let number = |name: &str| caps[name].parse::<u8>().ok();
    let (a, b) = (number("a")?, number("b")?);
    let year = caps["y"].parse::<u16>().ok()?;
    let day_first = DAY_FIRST_FIELDS.contains(&word.as_str());
    if !day_first && !OPEN_ORDER_FIELDS.contains(&word.as_str()) {
        return None;
    }
    let (day, month) = match (a > 12, b > 12) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        (false, false) if day_first => (a, b),
        _ => return None,
    };
    PartialDate::new(year, Some(month), Some(day)).filter(PartialDate::is_full)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> Option<String> {
        published_field_date(text).map(|d| d.iso())
    }

    #[test]
    fn a_field_s_date_in_numbers_is_read_in_the_field_s_order() {
        assert_eq!(iso("Published: 11/15/2023").as_deref(), Some("2023-11-15"));
        assert_eq!(iso("Published 15/11/2023").as_deref(), Some("2023-11-15"));
        assert_eq!(iso("Publicado: 2/5/2021").as_deref(), Some("2021-05-02"));
        assert_eq!(iso("Publié le 3/4/2020").as_deref(), Some("2020-04-03"));
        // English tells no order: neither number above twelve leaves the day unread.
        assert_eq!(iso("Published: 2/5/2021"), None);
        // Not a publication field.
        assert_eq!(iso("Room 11/15/2023"), None);
        assert_eq!(iso("Publicado: 2/5/2021 by the ministry"), None);
    }
}
