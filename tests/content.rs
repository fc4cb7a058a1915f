//! The UK-Belgium content is complete: every paragraph has a theme, every page cites sources,
//! and every known name in a document is linked.

mod common;

use accord::link::Place;

fn site() -> accord::Site {
    accord::Site::load(&accord::BuildOptions::new(common::repository())).expect("the site loads")
}

#[test]
fn every_paragraph_of_every_document_has_a_theme() {
    let site = site();
    let mut unthemed = Vec::new();
    let mut count = 0;
    for (d, document) in site.documents.iter().enumerate() {
        for (s, section) in document.sections.iter().enumerate() {
            for (p, paragraph) in section.paragraphs.iter().enumerate() {
                count += 1;
                if site
                    .graph
                    .at(Place {
                        document: d,
                        section: s,
                        paragraph: p,
                    })
                    .themes
                    .is_empty()
                {
                    unthemed.push(format!(
                        "{} {}: {}",
                        document.title, paragraph.id, paragraph.text
                    ));
                }
            }
        }
    }
    assert!(count >= 18, "both documents were read ({count} paragraphs)");
    assert!(
        unthemed.is_empty(),
        "paragraphs without a theme:\n{}",
        unthemed.join("\n")
    );
}

#[test]
fn every_instrument_and_glossary_entry_cites_a_source_and_a_review_date() {
    let site = site();
    assert!(
        site.content.instruments.len() >= 18,
        "instruments: {}",
        site.content.instruments.len()
    );
    assert!(
        site.content.glossary.len() >= 20,
        "glossary terms: {}",
        site.content.glossary.len()
    );
    for instrument in &site.content.instruments {
        let path = instrument.source_path.display();
        assert!(!instrument.meta.sources.is_empty(), "{path} has no source");
        assert!(
            instrument.meta.reviewed.is_some(),
            "{path} has no review date"
        );
        assert!(
            !instrument.meta.summary.trim().is_empty(),
            "{path} has no summary"
        );
        assert!(instrument.meta.status.is_some(), "{path} has no status");
    }
    for term in &site.content.glossary {
        let path = term.source_path.display();
        assert!(!term.meta.sources.is_empty(), "{path} has no source");
        assert!(!term.body.trim().is_empty(), "{path} has no definition");
    }
    for theme in &site.content.themes {
        assert!(
            !theme.meta.sources.is_empty(),
            "{} has no source",
            theme.source_path.display()
        );
        assert!(
            theme.meta.reviewed.is_some(),
            "{} has no review date",
            theme.source_path.display()
        );
    }
}

#[test]
fn every_known_name_in_a_document_is_linked_where_it_first_appears_in_a_section() {
    let site = site();
    for (d, document) in site.documents.iter().enumerate() {
        for (s, section) in document.sections.iter().enumerate() {
            let mut seen = std::collections::HashSet::new();
            for p in 0..section.paragraphs.len() {
                for name in &site
                    .graph
                    .at(Place {
                        document: d,
                        section: s,
                        paragraph: p,
                    })
                    .names
                {
                    let first = seen.insert(name.found.targets[0]);
                    assert_eq!(
                        name.linked,
                        first,
                        "{} {}: `{}` linked={} but first in section={}",
                        document.title,
                        section.paragraphs[p].id,
                        &section.paragraphs[p].text[name.found.start..name.found.end],
                        name.linked,
                        first
                    );
                }
            }
        }
    }
}

#[test]
fn every_alias_an_instrument_declares_appears_in_a_document_or_is_its_name() {
    let site = site();
    for (i, instrument) in site.content.instruments.iter().enumerate() {
        assert!(
            !site.graph.instrument_mentions[i].is_empty(),
            "{} is never mentioned by any document",
            instrument.source_path.display()
        );
    }
}

#[test]
fn the_rewording_says_where_it_comes_from_and_links_the_original() {
    let site = site();
    let rewording = site
        .documents
        .iter()
        .find(|d| d.original.is_some())
        .expect("a document whose sidecar names its original");
    let original = rewording.original.as_ref().unwrap();
    assert!(original
        .url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://www.gov.uk/")));
    assert_eq!(
        rewording.date.map(|d| d.iso()).as_deref(),
        Some("2025-12-12")
    );
    assert!(
        rewording
            .provenance
            .as_deref()
            .is_some_and(|p| p.contains("reword")),
        "the page says it is a rewording"
    );
}
