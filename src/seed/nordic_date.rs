//! A title ending with its day written in a Nordic language ("Pressemøde onsdag den 4. maj
//! 2022"): Danish, Norwegian and Swedish write the day with a full stop, the month's name in
//! lower case and the weekday before, which the date readers of other languages miss.

use std::sync::OnceLock;

use regex::Regex;

use crate::date::{nordic_month_number, PartialDate};

fn weekday_and_date() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "onsdag den 4. maj 2022", "tisdagen den 3. mars 2020": the weekday, perhaps "den", the
    // day with its full stop, the month and the year, at the title's end.
    PATTERN.get_or_init(|| {
        Regex::new(
            r"(?i)\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag)(?:en)?\s+(?:den\s+)?(?P<d>\d{1,2})\.\s*(?P<m>\p{L}+)\s+(?P<y>(?:19|20)\d{2})\s*$",
        )
        .expect("valid constant pattern")
    })
}

/// The date a title ends with, written with its weekday in a Nordic language.
pub(super) fn nordic_title_date(title: &str) -> Option<PartialDate> {
    let caps = weekday_and_date().captures(title.trim())?;
    let name = caps["m"].to_lowercase();
    let month = nordic_month_number(&name)?;
    let day = caps["d"].parse::<u8>().ok()?;
    let year = caps["y"].parse::<u16>().ok()?;
    PartialDate::new(year, Some(month), Some(day)).filter(PartialDate::is_full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_danish_title_s_day() {
        assert_eq!(
            nordic_title_date("Pressemøde onsdag den 4. maj 2022"),
            PartialDate::new(2022, Some(5), Some(4))
        );
        assert_eq!(nordic_title_date("Pressemøde 4. maj 2022 om aftalen"), None);
        assert_eq!(nordic_title_date("Meeting on Wednesday 4 May 2022"), None);
    }
}
