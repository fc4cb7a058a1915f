//! How French, Dutch and German write dates: month names, the words that qualify or aim a date,
//! and the numeric form `10/07/2025`. English keeps its own pattern in the parent module, so that
//! an English document is read exactly as before.

use std::sync::OnceLock;

use regex::Regex;

/// A language whose written dates accord reads in a document's text.
///
/// Any other language is read with the English rules: its years and its dates written in English
/// are still found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TextLanguage {
    /// "10 July 2025", "July 10, 2025".
    #[default]
    English,
    /// "le 10 juillet 2025", "1er mars 2024", "10/07/2025".
    French,
    /// "10 juli 2025", "op 3 maart 2024", "10-07-2025".
    Dutch,
    /// "10. Juli 2025", "3. März 2024", "10.07.2025".
    German,
}

impl TextLanguage {
    /// The language of a BCP 47 tag (`fr`, `nl-BE`, `de-AT`), by its first subtag, in any case.
    pub fn of(tag: &str) -> TextLanguage {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        LANGUAGES
            .iter()
            .find(|words| words.tag.eq_ignore_ascii_case(primary))
            .map_or(TextLanguage::English, |words| words.language)
    }
}

/// What one language writes around its dates.
struct Words {
    /// The language, and its primary subtag (`fr`).
    language: TextLanguage,
    tag: &'static str,
    /// Month names and their usual abbreviations (without the full stop), lower-case, longest
    /// first within a month, with the month's number. No name means two months in two of the
    /// languages.
    months: &'static [(&'static str, u8)],
    /// What may stand after the day: `er` (1er), `.` (10.).
    day_suffix: &'static str,
    /// Words before a date that say how precise it is: "début 2025", "Ende 2025".
    qualifiers: &'static [&'static str],
    /// The last word before a year that makes it a target: "d'ici 2030", "bis 2030".
    target_before: &'static [&'static str],
    /// Words after a year that make it a target: "2030-doelen".
    target_after: &'static [&'static str],
}

/// What each language other than English writes around its dates, one row per language: the
/// one table [`month_number`], [`pattern`] and [`target_words`] read.
const LANGUAGES: &[Words] = &[
    Words {
        language: TextLanguage::French,
        tag: "fr",
        months: &[
            ("janvier", 1),
            ("janv", 1),
            ("février", 2),
            ("fevrier", 2),
            ("févr", 2),
            ("fevr", 2),
            ("mars", 3),
            ("avril", 4),
            ("avr", 4),
            ("mai", 5),
            ("juin", 6),
            ("juillet", 7),
            ("juil", 7),
            ("août", 8),
            ("aout", 8),
            ("septembre", 9),
            ("sept", 9),
            ("octobre", 10),
            ("oct", 10),
            ("novembre", 11),
            ("nov", 11),
            ("décembre", 12),
            ("decembre", 12),
            ("déc", 12),
        ],
        day_suffix: "er|ᵉʳ",
        qualifiers: &[
            "début",
            "mi",
            "fin",
            "courant",
            "printemps",
            "été",
            "automne",
            "hiver",
        ],
        target_before: &["ici", "avant", "horizon"],
        target_after: &["objectif", "objectifs"],
    },
    Words {
        language: TextLanguage::Dutch,
        tag: "nl",
        months: &[
            ("januari", 1),
            ("jan", 1),
            ("februari", 2),
            ("feb", 2),
            ("maart", 3),
            ("mrt", 3),
            ("april", 4),
            ("apr", 4),
            ("mei", 5),
            ("juni", 6),
            ("jun", 6),
            ("juli", 7),
            ("jul", 7),
            ("augustus", 8),
            ("aug", 8),
            ("september", 9),
            ("sept", 9),
            ("sep", 9),
            ("oktober", 10),
            ("okt", 10),
            ("november", 11),
            ("nov", 11),
            ("december", 12),
            ("dec", 12),
        ],
        day_suffix: "ste|de|e",
        qualifiers: &[
            "begin", "medio", "midden", "eind", "einde", "voorjaar", "lente", "zomer", "najaar",
            "herfst", "winter",
        ],
        target_before: &["tegen", "voor", "tot", "uiterlijk"],
        target_after: &[
            "doel",
            "doelen",
            "doelstelling",
            "doelstellingen",
            "ambitie",
            "ambities",
        ],
    },
    Words {
        language: TextLanguage::German,
        tag: "de",
        months: &[
            ("januar", 1),
            ("jänner", 1),
            ("jän", 1),
            ("jan", 1),
            ("februar", 2),
            ("feb", 2),
            ("märz", 3),
            ("maerz", 3),
            ("mär", 3),
            ("april", 4),
            ("apr", 4),
            ("mai", 5),
            ("juni", 6),
            ("jun", 6),
            ("juli", 7),
            ("jul", 7),
            ("august", 8),
            ("aug", 8),
            ("september", 9),
            ("sept", 9),
            ("sep", 9),
            ("oktober", 10),
            ("okt", 10),
            ("november", 11),
            ("nov", 11),
            ("dezember", 12),
            ("dez", 12),
        ],
        day_suffix: r"\.",
        qualifiers: &[
            "anfang",
            "mitte",
            "ende",
            "frühjahr",
            "frühling",
            "sommer",
            "herbst",
            "winter",
        ],
        target_before: &["bis", "vor", "spätestens"],
        target_after: &["ziel", "ziele", "zielen"],
    },
];

/// The number of a month named in French, Dutch or German (`juillet`, `mrt.`, `März`).
pub(super) fn month_number(name: &str) -> Option<u8> {
    let name = name.trim_end_matches('.').to_lowercase();
    LANGUAGES
        .iter()
        .flat_map(|words| words.months)
        .find(|(known, _)| *known == name)
        .map(|(_, number)| *number)
}

/// The months' names in Danish, Norwegian and Swedish, with their numbers (read only in a
/// title's weekday and date, `seed/nordic_date.rs`).
const NORDIC_MONTHS: &[(&str, u8)] = &[
    ("januar", 1),
    ("januari", 1),
    ("februar", 2),
    ("februari", 2),
    ("marts", 3),
    ("mars", 3),
    ("april", 4),
    ("maj", 5),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("august", 8),
    ("augusti", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("december", 12),
    ("desember", 12),
];

/// The number of a month named in Danish, Norwegian or Swedish, in lower case (`maj`, `mars`).
pub(crate) fn nordic_month_number(name: &str) -> Option<u8> {
    NORDIC_MONTHS
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, number)| *number)
}

/// The row of `language`; `None` for English, read by the parent module's own pattern.
fn words(language: TextLanguage) -> Option<(usize, &'static Words)> {
    LANGUAGES
        .iter()
        .enumerate()
        .find(|(_, words)| words.language == language)
}

fn build_pattern(words: &Words) -> Regex {
    let months: Vec<&str> = words.months.iter().map(|(name, _)| *name).collect();
    let months = months.join("|");
    let qualifiers = words.qualifiers.join("|");
    let suffix = words.day_suffix;
    // The capture names are those of the English pattern, read the same way by `find_dates`:
    // 1 day-month-year, 2 numeric day/month/year, 3 month-year, 4 a year alone.
    let pattern = format!(
        r"(?i)\b(?:(?P<q>{qualifiers})[\s-]+)?(?:(?P<d1>\d{{1,2}})(?:{suffix})?\s+(?P<m1>(?:{months})\.?)\s+(?P<y1>\d{{4}})|(?P<d2>\d{{1,2}})[./-](?P<m2>\d{{1,2}})[./-](?P<y2>\d{{4}})|(?P<m3>(?:{months})\.?)\s+(?P<y3>\d{{4}})|(?P<y4>(?:19|20)\d{{2}}))\b"
    );
    Regex::new(&pattern).expect("the date pattern is a valid constant")
}

/// The date pattern of a language other than English, built once.
pub(super) fn pattern(language: TextLanguage) -> Option<&'static Regex> {
    static PATTERNS: [OnceLock<Regex>; LANGUAGES.len()] =
        [const { OnceLock::new() }; LANGUAGES.len()];
    let (row, words) = words(language)?;
    Some(PATTERNS[row].get_or_init(|| build_pattern(words)))
}

/// The words before and after a year that make it a target, in `language`.
pub(super) fn target_words(
    language: TextLanguage,
) -> Option<(&'static [&'static str], &'static [&'static str])> {
    words(language).map(|(_, w)| (w.target_before, w.target_after))
}
