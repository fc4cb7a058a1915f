//! A page's field lines: a release line of fields between bars, one of them its date
//! ("Wednesday 01/29/14 | Mexico City | Press Release 031", "6.2.2018 | Activities | Slovakia
//! |"), a date field named in the site's own language or script ("วันที่นำเข้าข้อมูล 7 Dec
//! 2023"), and a skip link in any language ("Click acá para ir directamente al contenido").

use super::date_lines::date_line;
use super::parse::word_count;
use crate::date::{find_dates_in, PartialDate, TextLanguage, WEEKDAYS};

/// The most words a line of fields has: more is a sentence that holds a bar.
const MOST_FIELD_WORDS: usize = 16;

/// A numeric date whose form says which number is the month: "01/29/14" (the 29th is no
/// month), "25/05/2023", "6.2.2018" (dots write the day first). "05/06/2023" could be either
/// and gives nothing: a date is never guessed. A two-digit year is of this century.
pub(super) fn numeric_date(text: &str) -> Option<PartialDate> {
    let text = text.trim();
    // "Wednesday 01/29/14": the weekday before the date.
    let text = WEEKDAYS
        .iter()
        .find_map(|day| text.strip_prefix(day))
        .map_or(text, |rest| rest.trim_start_matches(',').trim_start());
    let dotted = text.contains('.') && !text.contains('/');
    let parts: Vec<&str> = text.trim_end_matches('.').split(['/', '.']).collect();
    let [first, second, year] = parts.as_slice() else {
        return None;
    };
    let number = |part: &str| {
        (!part.is_empty() && part.len() <= 2 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u8>().ok())
            .flatten()
    };
    let (first, second) = (number(first)?, number(second)?);
    let year: u16 = match year.len() {
        2 | 4 if year.bytes().all(|b| b.is_ascii_digit()) => year.parse().ok()?,
        _ => return None,
    };
    let year = if year < 100 { 2000 + year } else { year };
    let (month, day) = if dotted || (first > 12 && second <= 12) {
        (second, first)
    } else if second > 12 && first <= 12 {
        (first, second)
    } else {
        return None;
    };
    PartialDate::new(year, Some(month), Some(day))
}

/// A line of a page's fields between bars, the first or the last of them its date: the date,
/// and the fields, for the caller to read a format label among them.
pub(super) fn field_line(text: &str, language: TextLanguage) -> Option<(PartialDate, Vec<&str>)> {
    if !text.contains('|') || word_count(text) > MOST_FIELD_WORDS {
        return None;
    }
    let fields: Vec<&str> = text
        .split('|')
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    if fields.len() < 2 {
        return None;
    }
    let date_of = |field: &str| {
        numeric_date(field).or_else(|| {
            date_line(field, language)
                .flatten()
                .filter(PartialDate::is_full)
        })
    };
    // "Economy October 14, 2015 | 7:34 am": the site's section, one capitalised word, before
    // the date in the first field.
    let after_section = |field: &str| {
        let (section, rest) = field.split_once(' ')?;
        (section.chars().all(char::is_alphabetic) && section.starts_with(char::is_uppercase))
            .then(|| date_of(rest))
            .flatten()
    };
    let date = date_of(fields[0])
        .or_else(|| fields.last().and_then(|f| date_of(f)))
        .or_else(|| after_section(fields[0]))?;
    Some((date, fields))
}

/// The date of a date field whose name is one word of another script than the date's
/// ("วันที่นำเข้าข้อมูล 7 Dec 2023", a Thai page's "date entered"): the page's own date.
pub(super) fn named_date_field(text: &str, language: TextLanguage) -> Option<PartialDate> {
    let (name, value) = text.trim().split_once(char::is_whitespace)?;
    // Its letters and their marks (Thai writes vowels as combining marks) beyond Latin.
    let foreign =
        name.chars().all(|c| c > '\u{024F}' || c == ':') && name.chars().any(char::is_alphabetic);
    if !foreign || word_count(value) > 4 {
        return None;
    }
    let found = find_dates_in(value, language);
    let date = found.first()?;
    (found.len() == 1 && date.start == 0 && value[date.end..].trim().is_empty())
        .then_some(date.date)
        .filter(PartialDate::is_full)
}

/// Month names of languages whose pages accord meets in date fields but whose text it does not
/// otherwise read: Indonesian and Malay, Spanish, Italian, Portuguese; `None` for any other
/// word. A field holds a date, so its month word is a month.
fn field_month(word: &str) -> Option<u8> {
    const MONTHS: [&[&str]; 12] = [
        &["januari", "enero", "gennaio", "janeiro"],
        &["februari", "febrero", "febbraio", "fevereiro"],
        &["maret", "mac", "marzo", "março"],
        &["april", "abril", "aprile"],
        &["mei", "mayo", "maggio", "maio"],
        &["juni", "jun", "junio", "giugno", "junho"],
        &["juli", "julai", "julio", "luglio", "julho"],
        &["agustus", "ogos", "agosto"],
        &["september", "septiembre", "settembre", "setembro"],
        &["oktober", "octubre", "ottobre", "outubro"],
        &["november", "noviembre", "novembre", "novembro"],
        &["desember", "disember", "diciembre", "dicembre", "dezembro"],
    ];
    let word = word.to_lowercase();
    MONTHS
        .iter()
        .position(|names| names.contains(&word.as_str()))
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// The date a field's value writes, in English or as "16 Mei 2016" (a day, a month named in
/// the site's own language, a year).
fn field_value_date(value: &str, language: TextLanguage) -> Option<PartialDate> {
    let value = value.trim().trim_start_matches(':').trim();
    if let Some(date) = date_line(value, language)
        .flatten()
        .filter(PartialDate::is_full)
    {
        return Some(date);
    }
    let words: Vec<&str> = value.split_whitespace().collect();
    let [day, month, year] = words.as_slice() else {
        return None;
    };
    let day = day.trim_end_matches('.').parse::<u8>().ok()?;
    let year = (year.len() == 4)
        .then(|| year.parse::<u16>().ok())
        .flatten()?;
    PartialDate::new(year, Some(field_month(month)?), Some(day))
}

/// The date of a byline that ends with the page's date field ("By Office of Assistant to
/// Deputy Cabinet Secretary ...     Date 16 Mei 2016"): the publisher's own date.
pub(super) fn byline_date(text: &str, language: TextLanguage) -> Option<PartialDate> {
    if !text.starts_with("By ") || word_count(text) > 24 {
        return None;
    }
    if let Some((_, value)) = text.rsplit_once(" Date") {
        return field_value_date(value, language);
    }
    // "By JT - Jan 06,2018 - Last updated at Jan 06,2018": the author, then the day of
    // publication between dashes.
    let (_, rest) = text.split_once(" - ")?;
    let field = rest.split(" - ").next()?.trim();
    let found = find_dates_in(field, language);
    match found.as_slice() {
        [date] if date.start == 0 && date.end == field.len() && date.date.is_full() => {
            Some(date.date)
        }
        _ => None,
    }
}

/// Whether a short line counts a page's views ("Read: 10.313 Views", "| 13,631 view").
pub(super) fn is_view_count(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| *w != "|")
        .map(|w| w.trim_start_matches('|'))
        .collect();
    let Some(last) = words.last() else {
        return false;
    };
    words.len() <= 3
        && matches!(last.to_lowercase().as_str(), "view" | "views")
        && words.iter().any(|w| {
            w.bytes().any(|b| b.is_ascii_digit())
                && w.bytes()
                    .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        })
}

/// Whether a line counts the site's own postings ("There were 2,113 press releases posted in
/// the last 24 hours and 392,352 in the last 365 days."): a wire's counter above every page,
/// which tells of the site, not of the statement. It is "posted in the last" with a number
/// before it; a statement speaks of its own subject.
pub(super) fn is_posting_count(text: &str) -> bool {
    let lower = text.to_lowercase();
    let Some((before, _)) = lower.split_once(" posted in the last ") else {
        return false;
    };
    word_count(text) <= 24
        && before
            .split_whitespace()
            .any(|w| w.bytes().next().is_some_and(|b| b.is_ascii_digit()))
}

/// Words that end a skip link, in the languages pages are written in: the content or the menu
/// it jumps to or over ("Skip to content", "Aller au contenu", "Hoppa yfir valmynd").
const SKIPPED: &[&str] = &[
    "content",
    "contents",
    "contenido",
    "contenu",
    "conteúdo",
    "contenuto",
    "inhalt",
    "inhoud",
    "indhold",
    "innhold",
    "innehåll",
    "sisältöön",
    "treści",
    "obsah",
    "obsahu",
    "tartalomhoz",
    "turinio",
    "sisu",
    "saturu",
    "valmynd",
    "menu",
    "menú",
    "navigation",
    "navegación",
];

/// Words that open a skip link: "Skip to", "Jump to", "Zum Inhalt springen", "Click here to go".
const SKIPPING: &[&str] = &[
    "skip",
    "jump",
    "go",
    "click",
    "hoppa",
    "saltar",
    "ir",
    "aller",
    "zum",
    "naar",
    "przejdź",
    "preskočiť",
    "hyppää",
    "vai",
    "gå",
];

/// Whether a short line is a skip link, in any language: it opens with a word for skipping or
/// going and ends with the content or the menu it jumps to or over; or it is an access key's
/// anchor, marked with ":::" before or after its few words ("::: To the bottom Area").
pub(super) fn is_skip_link(text: &str) -> bool {
    let marked = text.trim().starts_with(":::") || text.trim().ends_with(":::");
    if marked && (1..=6).contains(&word_count(text.trim().trim_matches(':'))) {
        return true;
    }
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    (2..=8).contains(&words.len())
        && !text.trim_end().ends_with('.')
        && SKIPPING.contains(&first.as_str())
        && SKIPPED.contains(&last.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numeric_dates_only_where_the_month_is_plain() {
        let day = |y, m, d| PartialDate::new(y, Some(m), Some(d));
        assert_eq!(numeric_date("Wednesday 01/29/14"), day(2014, 1, 29));
        assert_eq!(numeric_date("05/25/2023"), day(2023, 5, 25));
        assert_eq!(numeric_date("25/05/2023"), day(2023, 5, 25));
        assert_eq!(numeric_date("6.2.2018"), day(2018, 2, 6));
        assert_eq!(numeric_date("05/06/2023"), None);
        assert_eq!(numeric_date("1/2"), None);
        assert_eq!(numeric_date("Press Release 031"), None);
    }

    #[test]
    fn reads_release_lines_date_fields_and_skip_links() {
        let english = TextLanguage::English;
        let (date, fields) = field_line(
            "Wednesday 01/29/14 | Mexico City | Press Release 031",
            english,
        )
        .expect("a release line");
        assert_eq!(Some(date), PartialDate::new(2014, Some(1), Some(29)));
        assert_eq!(fields.len(), 3);
        let (date, _) = field_line("6.2.2018 | Activities of the office | Slovakia |", english)
            .expect("a metadata line");
        assert_eq!(Some(date), PartialDate::new(2018, Some(2), Some(6)));
        assert!(field_line("Home | News | Contact", english).is_none());
        assert_eq!(
            named_date_field("วันที่นำเข้าข้อมูล 7 Dec 2023", english),
            PartialDate::new(2023, Some(12), Some(7))
        );
        assert_eq!(named_date_field("Meeting 7 Dec 2023", english), None);
        assert_eq!(
            byline_date(
                "By Office of Assistant to Deputy Cabinet Secretary     Date 16 Mei 2016",
                english
            ),
            PartialDate::new(2016, Some(5), Some(16))
        );
        assert_eq!(
            byline_date("By the way, the date 16 May 2016", english),
            None
        );
        assert_eq!(
            byline_date("By JT - Jan 06,2018 - Last updated at Jan 06,2018", english),
            PartialDate::new(2018, Some(1), Some(6))
        );
        assert_eq!(byline_date("By JT - Amman bureau", english), None);
        let (date, _) = field_line("Economy October 14, 2015 | 7:34 am", english)
            .expect("a section's date line");
        assert_eq!(Some(date), PartialDate::new(2015, Some(10), Some(14)));
        assert!(is_view_count("Read: 10.313 Views") && is_view_count("| 13,631 view"));
        assert!(!is_view_count("Different views"));
        assert!(is_posting_count(
            "There were 2,113 press releases posted in the last 24 hours and 392,352 in the last 365 days."
        ));
        assert!(!is_posting_count(
            "The minister posted in the last days a message on aid."
        ));
        assert!(is_skip_link("Click acá para ir directamente al contenido"));
        assert!(is_skip_link("Hoppa yfir valmynd") && is_skip_link("Skip to main content"));
        assert!(!is_skip_link("Go to the content of the agreement."));
        assert!(!is_skip_link("Table of contents"));
        assert!(is_skip_link("To the central content area :::"));
        assert!(is_skip_link("::: To the bottom Area") && !is_skip_link(":::"));
    }
}
