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

/// Every phrase of `text` in straight or curly double quotes.
fn quotations(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (open, close) in [('"', '"'), ('“', '”')] {
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + open.len_utf8()..];
            let Some(end) = after.find(close) else { break };
            found.push(after[..end].to_string());
            rest = &after[end + close.len_utf8()..];
        }
    }
    found
}

/// The folded text of every seed, with whether the seed is a rewording of an official text.
fn seed_texts(site: &accord::Site) -> Vec<(bool, String)> {
    site.documents
        .iter()
        .map(|d| {
            let text: Vec<&str> = d.paragraphs().map(|(_, p)| p.text.as_str()).collect();
            (d.original.is_some(), accord::text::fold(&text.join(" ")))
        })
        .collect()
}

#[test]
fn no_page_credits_an_official_text_with_words_only_its_rewording_has() {
    let site = site();
    let seeds = seed_texts(&site);
    // Words quoted from a rewording, and from no faithful copy, are the rewording's own.
    let reworded_only = |quote: &str| {
        let quote = accord::text::fold(quote.trim());
        quote.split_whitespace().count() >= 2
            && seeds.iter().any(|(r, t)| *r && t.contains(&quote))
            && !seeds.iter().any(|(r, t)| !*r && t.contains(&quote))
    };
    let originals: Vec<&str> = site
        .documents
        .iter()
        .filter_map(|d| d.original.as_ref()?.url.as_deref())
        .collect();
    let mut wrong = Vec::new();
    for instrument in &site.content.instruments {
        for entry in &instrument.meta.history {
            let credits_original = entry
                .source
                .as_deref()
                .is_some_and(|s| originals.contains(&s));
            for quote in quotations(&entry.status) {
                if credits_original && reworded_only(&quote) {
                    wrong.push(format!(
                        "{}: history of {} quotes “{quote}” but cites the official text",
                        instrument.source_path.display(),
                        entry.date.iso()
                    ));
                }
            }
        }
    }
    // In running text, a paragraph quoting the rewording must say it is quoting a rewording.
    let bodies = site
        .content
        .instruments
        .iter()
        .map(|e| (&e.source_path, &e.body))
        .chain(
            site.content
                .themes
                .iter()
                .map(|e| (&e.source_path, &e.body)),
        )
        .chain(
            site.content
                .glossary
                .iter()
                .map(|e| (&e.source_path, &e.body)),
        )
        .chain(
            site.content
                .pages
                .iter()
                .map(|p| (&p.entry.source_path, &p.entry.body)),
        );
    for (path, body) in bodies {
        for paragraph in body.split("\n\n") {
            let says_so = paragraph.to_lowercase().contains("reword");
            for quote in quotations(paragraph) {
                if !says_so && reworded_only(&quote) {
                    wrong.push(format!(
                        "{}: quotes “{quote}” from a rewording without saying so",
                        path.display()
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_page_states_a_fact_dated_after_its_review() {
    let site = site();
    let mut late = Vec::new();
    // Dates to the month or day written in a body are facts the page states; a year alone is
    // as often a target ("by 2030") as a fact, so it is left out.
    let body_dates = |body: &str| {
        accord::date::find_dates(body)
            .into_iter()
            .map(|m| m.date)
            .filter(|d| d.month.is_some())
            .collect::<Vec<_>>()
    };
    let mut check = |path: &std::path::Path,
                     reviewed: Option<accord::date::PartialDate>,
                     dates: Vec<accord::date::PartialDate>| {
        if let (Some(reviewed), Some(latest)) = (reviewed, dates.into_iter().max()) {
            if latest > reviewed {
                late.push(format!(
                    "{}: reviewed {} but states a fact of {}",
                    path.display(),
                    reviewed.iso(),
                    latest.iso()
                ));
            }
        }
    };
    for instrument in &site.content.instruments {
        let meta = &instrument.meta;
        let mut dates = body_dates(&instrument.body);
        dates.extend(meta.history.iter().map(|h| h.date));
        dates.extend(meta.status_date);
        check(&instrument.source_path, meta.reviewed, dates);
    }
    for theme in &site.content.themes {
        check(
            &theme.source_path,
            theme.meta.reviewed,
            body_dates(&theme.body),
        );
    }
    for term in &site.content.glossary {
        check(
            &term.source_path,
            term.meta.reviewed,
            body_dates(&term.body),
        );
    }
    for page in &site.content.pages {
        let entry = &page.entry;
        check(
            &entry.source_path,
            entry.meta.reviewed,
            body_dates(&entry.body),
        );
    }
    assert!(late.is_empty(), "{}", late.join("\n"));
}

#[test]
fn an_instruments_status_is_no_older_than_the_latest_step_of_its_history() {
    let site = site();
    let mut stale = Vec::new();
    for instrument in &site.content.instruments {
        let meta = &instrument.meta;
        let latest = meta.history.iter().map(|h| h.date).max();
        if let (Some(status_date), Some(latest)) = (meta.status_date, latest) {
            if status_date < latest {
                stale.push(format!(
                    "{}: status dated {} but its history goes on to {}: date the status from the latest step, or say \"since\" in it",
                    instrument.source_path.display(),
                    status_date.iso(),
                    latest.iso()
                ));
            }
        }
    }
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}
