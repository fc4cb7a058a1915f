//! Entries that nothing uses: glossary terms and instruments that no document and no other page
//! mentions, and aliases that no document writes.

use std::collections::HashSet;

use super::{line_containing, line_of_key, Finding, Kind};
use crate::link::{Matcher, Target};
use crate::load::Site;
use crate::text::{fold, is_word_char};

/// The warnings about unused terms, instruments and aliases, in content order.
pub fn check(site: &Site) -> Vec<Finding> {
    let content = &site.content;
    let mut mentioned: HashSet<Target> = site
        .graph
        .paragraphs
        .iter()
        .flatten()
        .flatten()
        .flat_map(|links| links.names.iter())
        .flat_map(|name| name.found.targets.iter().copied())
        .collect();
    // Every paragraph folded as the matcher folds it: an alias is used when a document writes
    // it anywhere, even inside a longer name that the matcher preferred.
    let folded_paragraphs: Vec<String> = site
        .documents
        .iter()
        .flat_map(|d| d.paragraphs().map(|(_, p)| fold(&p.text)))
        .collect();
    let written = |alias: &str| folded_paragraphs.iter().any(|p| contains_word(p, alias));
    // A mention on another page (a theme's text, another term's definition, `see_also`) is a use
    // too: the entry is not dead, only the documents do not name it.
    if let Ok(matcher) = Matcher::new(&content.instruments, &content.glossary) {
        let bodies = content
            .pages
            .iter()
            .map(|p| (None, p.entry.body.as_str()))
            .chain(content.themes.iter().map(|t| (None, t.body.as_str())))
            .chain(
                content
                    .instruments
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (Some(Target::Instrument(i)), e.body.as_str())),
            )
            .chain(
                content
                    .glossary
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (Some(Target::Term(i)), e.body.as_str())),
            );
        for (own, body) in bodies {
            for found in matcher.find(body) {
                mentioned.extend(found.targets.iter().filter(|t| Some(**t) != own));
            }
        }
    }
    for (i, term) in content.glossary.iter().enumerate() {
        for slug in &term.meta.see_also {
            if let Some(j) = content.glossary.iter().position(|t| &t.slug == slug) {
                if j != i {
                    mentioned.insert(Target::Term(j));
                }
            }
            if let Some(j) = content.instruments.iter().position(|t| &t.slug == slug) {
                mentioned.insert(Target::Instrument(j));
            }
        }
    }
    let mut findings = Vec::new();
    for (i, instrument) in content.instruments.iter().enumerate() {
        let target = Target::Instrument(i);
        let path = site.root.join(&instrument.source_path);
        let shown = instrument.source_path.to_string_lossy().into_owned();
        if !mentioned.contains(&target) {
            findings.push(Finding::new(
                Kind::UnusedInstrument,
                shown.clone(),
                line_of_key(&path, "name"),
                format!(
                    "no document and no other page mentions {}",
                    instrument.meta.name
                ),
                "add the names the documents use to `aliases`, or remove the page if no document needs it",
            ));
        }
        let name = fold(instrument.meta.name.trim());
        let aliases = instrument
            .meta
            .short_name
            .iter()
            .map(|n| ("short_name", n))
            .chain(instrument.meta.aliases.iter().map(|a| ("aliases", a)));
        for (key, alias) in aliases {
            let folded = fold(alias.trim());
            if folded.is_empty() || folded == name || written(&folded) {
                continue;
            }
            findings.push(unused_alias(
                &path,
                &shown,
                key,
                alias,
                &instrument.meta.name,
            ));
        }
    }
    for (i, term) in content.glossary.iter().enumerate() {
        let target = Target::Term(i);
        let path = site.root.join(&term.source_path);
        let shown = term.source_path.to_string_lossy().into_owned();
        if !mentioned.contains(&target) {
            findings.push(Finding::new(
                Kind::UnusedTerm,
                shown.clone(),
                line_of_key(&path, "term"),
                format!(
                    "no document and no other page mentions the term {}",
                    term.meta.term
                ),
                "add the words the documents use to `aliases`, or remove the term if no document needs it",
            ));
        }
        let name = fold(term.meta.term.trim());
        for alias in &term.meta.aliases {
            let folded = fold(alias.trim());
            if folded.is_empty() || folded == name || written(&folded) {
                continue;
            }
            findings.push(unused_alias(
                &path,
                &shown,
                "aliases",
                alias,
                &term.meta.term,
            ));
        }
    }
    findings
}

/// Whether `needle` occurs in `haystack` as whole words (both already folded).
fn contains_word(haystack: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(found) = haystack[from..].find(needle) {
        let start = from + found;
        let end = start + needle.len();
        let before = haystack[..start].chars().next_back();
        let after = haystack[end..].chars().next();
        if !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char) {
            return true;
        }
        from = start + haystack[start..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

fn unused_alias(
    path: &std::path::Path,
    shown: &str,
    key: &str,
    alias: &str,
    owner: &str,
) -> Finding {
    let line = line_containing(path, alias).or_else(|| line_of_key(path, key));
    Finding::new(
        Kind::UnusedAlias,
        shown,
        line,
        format!("no document writes `{alias}` (an alias of {owner})"),
        "remove the alias if documents never use it, or check its spelling",
    )
}
