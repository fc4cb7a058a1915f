//! Example values that `accord init` writes for the author to replace: parties named "Country A",
//! `status: Example`, a source with no URL, a summary that says to replace it. A site published
//! with them would tell readers something untrue.

use std::path::Path;

use super::{line_containing, Finding, Kind};
use crate::build::Site;
use crate::content::model::Source;

/// Words of init's examples that no real page says.
/// (`accord init --language fr` writes the French ones.)
const EXAMPLE_PHRASES: &[&str] = &[
    "Replace this example",
    "replace with a real source",
    "Remplacez cet exemple",
    "remplacez par une vraie source",
];

/// One warning per example value left.
pub fn check(site: &Site) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut warn = |path: &Path, needle: &str, message: String, hint: &str| {
        findings.push(Finding::new(
            Kind::Placeholder,
            path.to_string_lossy(),
            line_containing(&site.root.join(path), needle),
            message,
            hint,
        ));
    };
    let sourceless = |sources: &[Source]| -> Vec<String> {
        sources
            .iter()
            .filter(|s| s.url.as_deref().is_none_or(|u| u.trim().is_empty()))
            .map(|s| s.title.clone())
            .collect()
    };
    for instrument in &site.content.instruments {
        let path = &instrument.source_path;
        for party in &instrument.meta.parties {
            if is_example_party(party) {
                warn(
                    path,
                    party,
                    format!("the party `{party}` is an example"),
                    "name the real parties, or remove `parties`",
                );
            }
        }
        if instrument.meta.status.as_deref().is_some_and(|s| {
            s.trim().eq_ignore_ascii_case("example") || s.trim().eq_ignore_ascii_case("exemple")
        }) {
            warn(
                path,
                "status",
                "`status: Example` is an example".into(),
                "give the status a source states, or remove `status`",
            );
        }
        for title in sourceless(&instrument.meta.sources) {
            warn(
                path,
                &title,
                format!("the source \"{title}\" has no URL"),
                "give the source's `url`, so that readers can check it",
            );
        }
        for phrase in EXAMPLE_PHRASES {
            if instrument.meta.summary.contains(phrase) || instrument.body.contains(phrase) {
                warn(
                    path,
                    phrase,
                    format!("the text still says \"{phrase}\""),
                    "replace the example text with your own",
                );
            }
        }
    }
    for theme in &site.content.themes {
        for title in sourceless(&theme.meta.sources) {
            warn(
                &theme.source_path,
                &title,
                format!("the source \"{title}\" has no URL"),
                "give the source's `url`, so that readers can check it",
            );
        }
    }
    for term in &site.content.glossary {
        for title in sourceless(&term.meta.sources) {
            warn(
                &term.source_path,
                &title,
                format!("the source \"{title}\" has no URL"),
                "give the source's `url`, so that readers can check it",
            );
        }
    }
    for page in &site.content.pages {
        for title in sourceless(&page.entry.meta.sources) {
            warn(
                &page.entry.source_path,
                &title,
                format!("the source \"{title}\" has no URL"),
                "give the source's `url`, so that readers can check it",
            );
        }
    }
    findings
}

/// "Country A", "Country B" (French "Pays A"): init's example parties.
fn is_example_party(party: &str) -> bool {
    let party = party.trim();
    party
        .strip_prefix("Country ")
        .or_else(|| party.strip_prefix("Pays "))
        .is_some_and(|rest| rest.len() == 1 && rest.chars().all(|c| c.is_ascii_uppercase()))
}
