//! What `accord check` says about the seeds: names that look like instruments nobody declared
//! (found by [`super::discover`]), and sidecars' `paragraph_themes` that name nothing.

use super::discover::undeclared;
use super::{Finding, Kind};
use crate::load::Site;
use crate::text::slugify;

/// One warning per undeclared name, at its first occurrence, with the number of occurrences.
pub fn check(site: &Site) -> Vec<Finding> {
    let mut findings: Vec<Finding> = undeclared(site)
        .into_iter()
        .map(|entry| {
            let name = &entry.name;
            let first = &entry.places[0];
            let file = site.documents[first.document]
                .source_path
                .to_string_lossy()
                .into_owned();
            let also = entry
                .acronym
                .as_ref()
                .map(|a| format!(" (written `{a}` too)"))
                .unwrap_or_default();
            let count = entry.places.len();
            let times = if count == 1 {
                "once".to_string()
            } else {
                format!("{count} times")
            };
            Finding::new(
                Kind::UndeclaredInstrument,
                file,
                Some(first.line),
                format!("`{name}`{also} looks like an instrument, and the seeds name it {times}, but no instrument or glossary term declares it"),
                match &entry.acronym {
                    Some(acronym) => format!(
                        "write content/instruments/{}.md with `name: {name}` and `short_name: {acronym}` (or add the names to the `aliases` of the instrument it is); `accord suggest` drafts it",
                        slugify(name, 60)
                    ),
                    None => format!(
                        "write content/instruments/{}.md with `name: {name}` (or add the name to the `aliases` of the instrument it is); `accord suggest` drafts it",
                        slugify(name, 60)
                    ),
                },
            )
        })
        .collect();
    findings.extend(unknown_paragraph_themes(site));
    findings.extend(unmatched_headings(site));
    findings.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    findings
}

/// A sidecar's `paragraph_themes` that name a paragraph the seed does not have, or a theme the
/// site does not have: the build ignores them, so the author should hear of it.
fn unknown_paragraph_themes(site: &Site) -> Vec<Finding> {
    let mut findings = Vec::new();
    for document in &site.documents {
        let sidecar = document.source_path.with_extension("yaml");
        let line = super::line_of_key(&site.root.join(&sidecar), "paragraph_themes");
        let file = sidecar.to_string_lossy().into_owned();
        for (id, slugs) in &document.paragraph_themes {
            if !document.paragraphs().any(|(_, p)| &p.id == id) {
                findings.push(Finding::new(
                    Kind::Settings,
                    file.clone(),
                    line,
                    format!("`paragraph_themes` names the paragraph `{id}`, which the seed does not have"),
                    "use a paragraph id shown by `accord check --explain-themes` (p-1, p-2, ...)",
                ));
            }
            for slug in slugs {
                if !site.content.themes.iter().any(|t| &t.slug == slug) {
                    findings.push(Finding::new(
                        Kind::Settings,
                        file.clone(),
                        line,
                        format!("`paragraph_themes` gives `{id}` the theme `{slug}`, which does not exist"),
                        "use the file name of a theme in content/themes/",
                    ));
                }
            }
        }
    }
    findings
}

/// Theme `headings:` that no seed's heading matches: a misspelling, or a heading since reworded,
/// silently places nothing.
fn unmatched_headings(site: &Site) -> Vec<Finding> {
    let written: std::collections::HashSet<String> = site
        .documents
        .iter()
        .flat_map(|d| d.sections.iter().filter_map(|s| s.heading.as_deref()))
        .map(|h| crate::text::fold(h.trim()))
        .collect();
    let mut findings = Vec::new();
    for theme in &site.content.themes {
        for heading in &theme.meta.headings {
            if written.contains(&crate::text::fold(heading.trim())) {
                continue;
            }
            let file = theme.source_path.to_string_lossy().into_owned();
            findings.push(Finding::new(
                Kind::UnmatchedHeading,
                file,
                super::line_containing(&site.root.join(&theme.source_path), "headings"),
                format!("the heading \"{heading}\" is in no seed, so it places no paragraph under this theme"),
                "write it exactly as a seed's heading line (case aside), or remove it; `accord check --explain-themes` shows each paragraph's heading",
            ));
        }
    }
    findings
}
