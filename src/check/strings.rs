//! Interface strings a language of the site lacks: a key of the theme's English file that
//! neither the theme nor the site gives in that language is shown in the default language
//! instead, which `accord check` lists, one finding per language.

use super::{Finding, Kind};
use crate::build::Site;

/// How many missing keys a finding names before it only counts the rest.
const SHOWN: usize = 12;

/// One warning per language of the site that lacks interface strings.
pub fn check(site: &Site) -> Vec<Finding> {
    let strings = site.strings();
    let mut findings = Vec::new();
    for language in languages(site) {
        let missing = strings.missing(&language);
        if missing.is_empty() {
            continue;
        }
        let file = format!("i18n/{language}.yaml");
        let has_any = strings.keys_of(&language).is_some()
            || language
                .split('-')
                .next()
                .is_some_and(|primary| strings.keys_of(primary).is_some());
        let mut named: Vec<String> = missing
            .iter()
            .take(SHOWN)
            .map(|k| format!("`{k}`"))
            .collect();
        if missing.len() > SHOWN {
            named.push(format!("and {} more", missing.len() - SHOWN));
        }
        let message = if has_any {
            format!(
                "{} interface string{} missing in `{language}`, shown in `{}` instead: {}",
                missing.len(),
                if missing.len() == 1 { " is" } else { "s are" },
                fallback(site, &language),
                named.join(", ")
            )
        } else {
            format!(
                "the theme has no interface strings in `{language}`: every label, heading and date is shown in `{}`",
                fallback(site, &language)
            )
        };
        findings.push(Finding::new(
            Kind::MissingStrings,
            file,
            None,
            message,
            format!(
                "write the missing keys in i18n/{language}.yaml at the site's root (the theme's i18n/en.yaml lists every key with its English text)"
            ),
        ));
    }
    findings
}

/// The languages pages are written in: the default one and, in order, the others.
fn languages(site: &Site) -> Vec<String> {
    std::iter::once(site.language())
        .chain(site.config.language_codes())
        .map(str::to_string)
        .collect()
}

/// The language a missing key is shown in: the default language, unless that is the language
/// that lacks it, then English.
fn fallback(site: &Site, language: &str) -> String {
    if site.language().eq_ignore_ascii_case(language) {
        crate::i18n::BASE_LANGUAGE.to_string()
    } else {
        site.language().to_string()
    }
}
