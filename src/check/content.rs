//! Entries that nothing uses: glossary terms and instruments that no document and no other page
//! mentions, and aliases that no document writes.

use std::collections::HashSet;

use super::{line_of_key, Finding, Kind};
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
    let written = written_aliases(site, &folded_paragraphs);
    let written = |alias: &str| written.contains(alias);
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
        let unused: Vec<(&str, &str)> = instrument
            .meta
            .short_name
            .iter()
            .map(|n| ("short_name", n.as_str()))
            .chain(
                instrument
                    .meta
                    .aliases
                    .iter()
                    .map(|a| ("aliases", a.as_str())),
            )
            .filter(|(_, alias)| {
                let folded = fold(alias.trim());
                !(folded.is_empty() || folded == name || written(&folded))
            })
            .collect();
        findings.extend(unused_aliases(
            &path,
            &shown,
            &unused,
            &instrument.meta.name,
        ));
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
        let unused: Vec<(&str, &str)> = term
            .meta
            .aliases
            .iter()
            .map(|a| ("aliases", a.as_str()))
            .filter(|(_, alias)| {
                let folded = fold(alias.trim());
                !(folded.is_empty() || folded == name || written(&folded))
            })
            .collect();
        findings.extend(unused_aliases(&path, &shown, &unused, &term.meta.term));
    }
    findings
}

/// The folded aliases (and short names) of every instrument and term that some paragraph
/// writes as whole words, even inside a longer name: found in one pass over the text for all
/// of them, as a pass per alias made `check` quadratic in the number of aliases.
fn written_aliases(site: &Site, folded_paragraphs: &[String]) -> HashSet<String> {
    let content = &site.content;
    let aliases: HashSet<String> = content
        .instruments
        .iter()
        .flat_map(|i| i.meta.short_name.iter().chain(&i.meta.aliases))
        .chain(content.glossary.iter().flat_map(|t| &t.meta.aliases))
        .map(|alias| fold(alias.trim()))
        .filter(|alias| !alias.is_empty())
        .collect();
    let aliases: Vec<String> = aliases.into_iter().collect();
    // Overlapping matches, so that an alias inside a longer one is found too.
    let Ok(automaton) = aho_corasick::AhoCorasick::new(&aliases) else {
        // Too many patterns for the automaton: one search per alias, as before.
        return aliases
            .into_iter()
            .filter(|alias| folded_paragraphs.iter().any(|p| contains_word(p, alias)))
            .collect();
    };
    let mut written = vec![false; aliases.len()];
    for paragraph in folded_paragraphs {
        for found in automaton.find_overlapping_iter(paragraph) {
            let before = paragraph[..found.start()].chars().next_back();
            let after = paragraph[found.end()..].chars().next();
            if !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char) {
                written[found.pattern().as_usize()] = true;
            }
        }
    }
    aliases
        .into_iter()
        .zip(written)
        .filter_map(|(alias, written)| written.then_some(alias))
        .collect()
}

/// The warnings for the `unused` aliases of one entry, as (key, alias), each at the first line
/// of its file that holds it (else at its key's line). The file is read and searched once for
/// all of them.
fn unused_aliases(
    path: &std::path::Path,
    shown: &str,
    unused: &[(&str, &str)],
    owner: &str,
) -> Vec<Finding> {
    if unused.is_empty() {
        return Vec::new();
    }
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|start| *start <= offset);
    let mut first: Vec<Option<usize>> = vec![None; unused.len()];
    let needles: Vec<&str> = unused.iter().map(|(_, alias)| *alias).collect();
    if let Ok(automaton) = aho_corasick::AhoCorasick::new(&needles) {
        for found in automaton.find_overlapping_iter(&text) {
            let slot = &mut first[found.pattern().as_usize()];
            if slot.is_none() {
                *slot = Some(line_of(found.start()));
            }
        }
    }
    // As [`line_of_key`] finds it, on the text already read.
    let key_line = |key: &str| {
        text.lines()
            .position(|line| {
                line.strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with(':'))
            })
            .map(|i| i + 1)
    };
    let (short_name_line, aliases_line) = (key_line("short_name"), key_line("aliases"));
    unused
        .iter()
        .zip(first)
        .map(|((key, alias), line)| {
            let key_line = if *key == "short_name" {
                short_name_line
            } else {
                aliases_line
            };
            Finding::new(
                Kind::UnusedAlias,
                shown,
                line.or(key_line),
                format!("no document writes `{alias}` (an alias of {owner})"),
                "remove the alias if documents never use it, or check its spelling",
            )
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_unused_alias_is_at_the_first_line_that_holds_it() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("x.md");
        std::fs::write(
            &path,
            "---\nname: X\nshort_name: XA\naliases:\n  - \"Ex\"\n  - \"Ex two\"\n---\nEx\n",
        )
        .unwrap();
        let unused = [
            ("short_name", "XA"),
            ("aliases", "Ex two"),
            ("aliases", "gone"),
        ];
        let lines: Vec<Option<usize>> = unused_aliases(&path, "x.md", &unused, "X")
            .iter()
            .map(|f| f.line)
            .collect();
        assert_eq!(lines, [Some(3), Some(6), Some(4)]);
    }
}
