//! The words of a document's opening lines in French, Dutch and German: format labels and kind
//! phrases ("Communiqué de presse", "Persbericht", "Gemeinsame Erklärung"), "published on" lines
//! and the copying site's navigation. English keeps its own rules in `opening.rs`.
//!
//! A kind is always given by its English name ("press release"), whatever the document's
//! language: it is a category of the site, which the interface names in the reader's language,
//! while the document's own label stays in its opening lines as written.

use std::sync::OnceLock;

use regex::Regex;

use crate::date::TextLanguage;

/// What one language writes in a document's opening lines.
struct Words {
    /// The language.
    language: TextLanguage,
    /// Format labels and kind phrases, lower-case, with the kind they name, longest first.
    kinds: &'static [(&'static str, &'static str)],
    /// A "published by ... on DATE" line: `publisher` and `rest` (where the date is) captured.
    issued_line: &'static str,
    /// What may stand before a date on a line of its own: "Publié le", "Gepubliceerd op",
    /// "Veröffentlicht am", "Datum:", a weekday.
    date_line_prefix: &'static str,
    /// The copying site's lines: tags, sharing, "read more", "skip to content".
    navigation: &'static str,
    /// Words that may stand between a title and the date at its end ("…, le 10 juillet 2025").
    date_articles: &'static [&'static str],
}

/// The words of each language other than English, one row per language: the one table every
/// function below reads.
const LANGUAGES: &[Words] = &[
    Words {
        language: TextLanguage::French,
        kinds: &[
            ("déclaration conjointe", "joint statement"),
            ("déclaration commune", "joint declaration"),
            ("communiqué de presse", "press release"),
            ("lettre ouverte", "open letter"),
            ("compte rendu", "readout"),
            ("compte-rendu", "readout"),
            ("déclaration", "statement"),
            ("communiqué", "communiqué"),
            ("discours", "speech"),
            ("décision", "decision"),
            ("actualité", "news story"),
            ("avis", "notice"),
        ],
        issued_line: r"(?i)\b(?:publiée?s?|diffusée?s?)\b(?:\s+par\s+(?P<publisher>.+?))?\s+le\s+(?P<rest>.+)$",
        date_line_prefix: r"(?i)^(?:(?:publiée?|mise?\s+à\s+jour|diffusée?)(?:\s+le)?|date|datée?\s+du|le)?\s*:?\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?",
        navigation: r"(?i)^(?:(?:mots-clés|étiquettes?|catégories?|thèmes?|partager|imprimer)\s*:|lire la suite|aller au contenu|version imprimable|partager sur)",
        date_articles: &["le", "du"],
    },
    Words {
        language: TextLanguage::Dutch,
        kinds: &[
            ("gemeenschappelijke verklaring", "joint declaration"),
            ("gezamenlijke verklaring", "joint statement"),
            ("nieuwsbericht", "news story"),
            ("persbericht", "press release"),
            ("communiqué", "communiqué"),
            ("open brief", "open letter"),
            ("verklaring", "statement"),
            ("mededeling", "notice"),
            ("toespraak", "speech"),
            ("verslag", "readout"),
            ("besluit", "decision"),
        ],
        issued_line: r"(?i)\b(?:gepubliceerd|uitgegeven|verspreid)\b(?:\s+door\s+(?P<publisher>.+?))?\s+op\s+(?P<rest>.+)$",
        date_line_prefix: r"(?i)^(?:(?:gepubliceerd|bijgewerkt|geplaatst)(?:\s+op)?|datum|op)?\s*:?\s*(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\s+)?",
        navigation: r"(?i)^(?:(?:trefwoorden|tags?|categorieën|categorie|onderwerpen|delen|printen)\s*:|lees meer|naar de inhoud|printversie|deel op)",
        date_articles: &["op", "van"],
    },
    Words {
        language: TextLanguage::German,
        kinds: &[
            ("gemeinsame erklärung", "joint statement"),
            ("pressemitteilung", "press release"),
            ("presseerklärung", "press release"),
            ("offener brief", "open letter"),
            ("kommuniqué", "communiqué"),
            ("erklärung", "statement"),
            ("beschluss", "decision"),
            ("meldung", "news story"),
            ("rede", "speech"),
        ],
        issued_line: r"(?i)\b(?:veröffentlicht|herausgegeben)\b(?:\s+von\s+(?P<publisher>.+?))?\s+(?:am|vom)\s+(?P<rest>.+)$",
        date_line_prefix: r"(?i)^(?:(?:veröffentlicht|aktualisiert)(?:\s+am)?|datum|stand|am)?\s*:?\s*(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s+)?(?:(?:den|dem)\s+)?",
        navigation: r"(?i)^(?:(?:schlagwörter|schlagworte|kategorien?|themen|teilen|drucken)\s*:|weiterlesen|mehr lesen|zum inhalt|druckversion|teilen auf)",
        date_articles: &["am", "vom", "den"],
    },
];

/// The patterns of one row, compiled.
struct Patterns {
    issued_line: Regex,
    date_line_prefix: Regex,
    navigation: Regex,
}

/// The row of `language`; `None` for English, which keeps its own rules.
fn words(language: TextLanguage) -> Option<(usize, &'static Words)> {
    LANGUAGES
        .iter()
        .enumerate()
        .find(|(_, words)| words.language == language)
}

/// The patterns of `language`, compiled once.
fn patterns(language: TextLanguage) -> Option<&'static Patterns> {
    static COMPILED: [OnceLock<Patterns>; LANGUAGES.len()] =
        [const { OnceLock::new() }; LANGUAGES.len()];
    let (row, words) = words(language)?;
    let compile = |pattern| Regex::new(pattern).expect("valid constant pattern");
    Some(COMPILED[row].get_or_init(|| Patterns {
        issued_line: compile(words.issued_line),
        date_line_prefix: compile(words.date_line_prefix),
        navigation: compile(words.navigation),
    }))
}

fn kinds(language: TextLanguage) -> &'static [(&'static str, &'static str)] {
    words(language).map_or(&[], |(_, words)| words.kinds)
}

/// The kind a whole line names in `language` ("Communiqué de presse"), as its English name.
pub(super) fn label_of(line: &str, language: TextLanguage) -> Option<String> {
    let lower = line.trim().trim_end_matches(':').trim().to_lowercase();
    kinds(language)
        .iter()
        .find(|(label, _)| *label == lower)
        .map(|(_, kind)| kind.to_string())
}

/// The kind a phrase in `line` names in `language`, as its English name: the phrase stands as
/// words of their own, not inside a longer word ("Rede", not "geredet").
pub(super) fn kind_in(line: &str, language: TextLanguage) -> Option<String> {
    let lower = line.to_lowercase();
    kinds(language)
        .iter()
        .find(|(phrase, _)| {
            lower.match_indices(phrase).any(|(start, found)| {
                let before = lower[..start].chars().next_back();
                let after = lower[start + found.len()..].chars().next();
                before.is_none_or(|c| !c.is_alphanumeric())
                    && after.is_none_or(|c| !c.is_alphanumeric())
            })
        })
        .map(|(_, kind)| kind.to_string())
}

/// A "published by ... on DATE" line: `publisher` and `rest` (where the date is) captured.
pub(super) fn issued_line(language: TextLanguage) -> Option<&'static Regex> {
    patterns(language).map(|p| &p.issued_line)
}

/// What may stand before a date on a line of its own ([`Words::date_line_prefix`]).
pub(super) fn date_line_prefix(language: TextLanguage) -> Option<&'static Regex> {
    patterns(language).map(|p| &p.date_line_prefix)
}

/// The copying site's lines in `language`: tags, sharing, "read more", "skip to content".
pub(super) fn navigation(language: TextLanguage) -> Option<&'static Regex> {
    patterns(language).map(|p| &p.navigation)
}

/// Words that may stand between a title and the date at its end ("…, le 10 juillet 2025").
pub(super) fn date_articles(language: TextLanguage) -> &'static [&'static str] {
    words(language).map_or(&[], |(_, words)| words.date_articles)
}

/// Kind phrases, most specific first, looked for in the opening lines.
const KIND_PHRASES: [&str; 9] = [
    "joint statement",
    "joint declaration",
    "press release",
    "readout",
    "communiqué",
    "news story",
    "speech",
    "statement",
    "declaration",
];

/// The kind a phrase of `text` names: in the document's language first, then in English.
pub(super) fn kind_or_english(text: &str, language: TextLanguage) -> Option<String> {
    if let Some(kind) = kind_in(text, language) {
        return Some(kind);
    }
    let lower = text.to_lowercase();
    KIND_PHRASES
        .iter()
        .find(|phrase| lower.contains(*phrase))
        .map(|p| p.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_kinds_in_english() {
        let french = TextLanguage::French;
        assert_eq!(
            label_of("Communiqué de presse", french).as_deref(),
            Some("press release")
        );
        assert_eq!(
            kind_in("Déclaration conjointe de la Belgique", french).as_deref(),
            Some("joint statement")
        );
        let german = TextLanguage::German;
        assert_eq!(
            kind_in("Rede des Bundeskanzlers", german).as_deref(),
            Some("speech")
        );
        // Inside a longer word, a kind phrase names nothing.
        assert_eq!(kind_in("Er hat lange geredet", german), None);
        assert_eq!(
            label_of("Gezamenlijke verklaring", TextLanguage::Dutch).as_deref(),
            Some("joint statement")
        );
        assert_eq!(label_of("Persbericht", TextLanguage::English), None);
    }
}
