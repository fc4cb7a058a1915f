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

/// Format labels and kind phrases, lower-case, with the kind they name, longest first.
const FRENCH_KINDS: &[(&str, &str)] = &[
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
];

const DUTCH_KINDS: &[(&str, &str)] = &[
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
];

const GERMAN_KINDS: &[(&str, &str)] = &[
    ("gemeinsame erklärung", "joint statement"),
    ("pressemitteilung", "press release"),
    ("presseerklärung", "press release"),
    ("offener brief", "open letter"),
    ("kommuniqué", "communiqué"),
    ("erklärung", "statement"),
    ("beschluss", "decision"),
    ("meldung", "news story"),
    ("rede", "speech"),
];

fn kinds(language: TextLanguage) -> &'static [(&'static str, &'static str)] {
    match language {
        TextLanguage::English => &[],
        TextLanguage::French => FRENCH_KINDS,
        TextLanguage::Dutch => DUTCH_KINDS,
        TextLanguage::German => GERMAN_KINDS,
    }
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
    static FRENCH: OnceLock<Regex> = OnceLock::new();
    static DUTCH: OnceLock<Regex> = OnceLock::new();
    static GERMAN: OnceLock<Regex> = OnceLock::new();
    let (cell, pattern) = match language {
        TextLanguage::English => return None,
        TextLanguage::French => (
            &FRENCH,
            r"(?i)\b(?:publiée?s?|diffusée?s?)\b(?:\s+par\s+(?P<publisher>.+?))?\s+le\s+(?P<rest>.+)$",
        ),
        TextLanguage::Dutch => (
            &DUTCH,
            r"(?i)\b(?:gepubliceerd|uitgegeven|verspreid)\b(?:\s+door\s+(?P<publisher>.+?))?\s+op\s+(?P<rest>.+)$",
        ),
        TextLanguage::German => (
            &GERMAN,
            r"(?i)\b(?:veröffentlicht|herausgegeben)\b(?:\s+von\s+(?P<publisher>.+?))?\s+(?:am|vom)\s+(?P<rest>.+)$",
        ),
    };
    Some(cell.get_or_init(|| Regex::new(pattern).expect("valid constant pattern")))
}

/// What may stand before a date on a line of its own: "Publié le", "Gepubliceerd op",
/// "Veröffentlicht am", "Datum:", a weekday.
pub(super) fn date_line_prefix(language: TextLanguage) -> Option<&'static Regex> {
    static FRENCH: OnceLock<Regex> = OnceLock::new();
    static DUTCH: OnceLock<Regex> = OnceLock::new();
    static GERMAN: OnceLock<Regex> = OnceLock::new();
    let (cell, pattern) = match language {
        TextLanguage::English => return None,
        TextLanguage::French => (
            &FRENCH,
            r"(?i)^(?:(?:publiée?|mise?\s+à\s+jour|diffusée?)(?:\s+le)?|date|datée?\s+du|le)?\s*:?\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?",
        ),
        TextLanguage::Dutch => (
            &DUTCH,
            r"(?i)^(?:(?:gepubliceerd|bijgewerkt|geplaatst)(?:\s+op)?|datum|op)?\s*:?\s*(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\s+)?",
        ),
        TextLanguage::German => (
            &GERMAN,
            r"(?i)^(?:(?:veröffentlicht|aktualisiert)(?:\s+am)?|datum|stand|am)?\s*:?\s*(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s+)?(?:(?:den|dem)\s+)?",
        ),
    };
    Some(cell.get_or_init(|| Regex::new(pattern).expect("valid constant pattern")))
}

/// The copying site's lines in `language`: tags, sharing, "read more", "skip to content".
pub(super) fn navigation(language: TextLanguage) -> Option<&'static Regex> {
    static FRENCH: OnceLock<Regex> = OnceLock::new();
    static DUTCH: OnceLock<Regex> = OnceLock::new();
    static GERMAN: OnceLock<Regex> = OnceLock::new();
    let (cell, pattern) = match language {
        TextLanguage::English => return None,
        TextLanguage::French => (
            &FRENCH,
            r"(?i)^(?:(?:mots-clés|étiquettes?|catégories?|thèmes?|partager|imprimer)\s*:|lire la suite|aller au contenu|version imprimable|partager sur)",
        ),
        TextLanguage::Dutch => (
            &DUTCH,
            r"(?i)^(?:(?:trefwoorden|tags?|categorieën|categorie|onderwerpen|delen|printen)\s*:|lees meer|naar de inhoud|printversie|deel op)",
        ),
        TextLanguage::German => (
            &GERMAN,
            r"(?i)^(?:(?:schlagwörter|schlagworte|kategorien?|themen|teilen|drucken)\s*:|weiterlesen|mehr lesen|zum inhalt|druckversion|teilen auf)",
        ),
    };
    Some(cell.get_or_init(|| Regex::new(pattern).expect("valid constant pattern")))
}

/// Words that may stand between a title and the date at its end ("…, le 10 juillet 2025").
pub(super) fn date_articles(language: TextLanguage) -> &'static [&'static str] {
    match language {
        TextLanguage::English => &[],
        TextLanguage::French => &["le", "du"],
        TextLanguage::Dutch => &["op", "van"],
        TextLanguage::German => &["am", "vom", "den"],
    }
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
