//! The UK-Belgium site builds completely: a page per seed, every sentence reproduced, every
//! mention linked, every link and anchor resolving.

mod common;

use std::collections::BTreeMap;

use common::*;
use unicode_segmentation::UnicodeSegmentation;

fn built_site() -> (tempfile::TempDir, BTreeMap<String, Vec<u8>>) {
    let site = copy_site();
    let public = build(site.path());
    let files = snapshot(&public);
    (site, files)
}

fn page(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        files
            .get(path)
            .unwrap_or_else(|| panic!("no {path}"))
            .clone(),
    )
    .expect("UTF-8 page")
}

fn document_pages(files: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    files
        .keys()
        .filter(|p| {
            p.starts_with("documents/") && p.ends_with("/index.html") && p.matches('/').count() == 2
        })
        .cloned()
        .collect()
}

#[test]
fn there_is_a_page_per_seed_reproducing_every_sentence() {
    let (site, files) = built_site();
    let seeds: Vec<_> = std::fs::read_dir(site.path().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    let pages = document_pages(&files);
    assert_eq!(pages.len(), seeds.len(), "one page per seed: {pages:?}");
    let texts: Vec<String> = pages
        .iter()
        .map(|p| visible_text(&page(&files, p)))
        .collect();
    for seed in &seeds {
        let text = std::fs::read_to_string(seed).unwrap();
        // The copying site's navigation (a breadcrumb) is left off the page on purpose.
        let navigation = accord::seed::parse::parse(&text).navigation;
        let mut missing = Vec::new();
        for sentence in text.split_sentence_bounds() {
            let sentence = collapse(sentence);
            if sentence.is_empty() || navigation.iter().any(|line| collapse(line) == sentence) {
                continue;
            }
            if !texts.iter().any(|t| t.contains(&sentence)) {
                missing.push(sentence);
            }
        }
        assert!(
            missing.is_empty(),
            "{}: sentences not reproduced verbatim: {missing:#?}",
            seed.display()
        );
    }
}

#[test]
fn every_paragraph_has_an_anchor_and_every_instrument_page_links_to_existing_ones() {
    let (_site, files) = built_site();
    let instrument_pages: Vec<&String> = files
        .keys()
        .filter(|p| {
            p.starts_with("instruments/")
                && p.matches('/').count() == 2
                && p.ends_with("/index.html")
        })
        .collect();
    assert!(
        instrument_pages.len() >= 10,
        "instrument pages: {instrument_pages:?}"
    );
    let mut passage_links = 0;
    for path in instrument_pages {
        let html = page(&files, path);
        for link in links(&html) {
            let Some((document, anchor)) = link.split_once('#') else {
                continue;
            };
            if !document.starts_with("/documents/") {
                continue;
            }
            passage_links += 1;
            let target = page(
                &files,
                &format!("{}index.html", document.trim_start_matches('/')),
            );
            assert!(
                ids(&target).contains(&anchor.to_string()),
                "{path}: {link} has no anchor"
            );
            assert!(
                anchor.starts_with("p-"),
                "{path}: {link} is not a paragraph anchor"
            );
        }
    }
    assert!(
        passage_links >= 20,
        "instrument pages quote passages ({passage_links} links)"
    );
}

#[test]
fn the_status_of_the_law_enforcement_agreement_moves_in_date_order() {
    let (_site, files) = built_site();
    let path = files
        .keys()
        .find(|p| {
            p.starts_with("instruments/")
                && p.contains("law-enforcement")
                && p.ends_with("/index.html")
        })
        .expect("a law enforcement agreement page")
        .clone();
    let text = visible_text(&page(&files, &path));
    let mentions = text
        .find("Every mention in the documents")
        .expect("a list of mentions");
    let text = &text[mentions..];
    let early = text
        .find("expected to be finalised in the coming weeks")
        .expect("the January 2024 mention");
    let late = text
        .find("aim to sign in 2026")
        .expect("the December 2025 mention");
    assert!(early < late, "mentions are in date order");
}

#[test]
fn glossary_terms_used_in_a_document_are_linked_in_each_section() {
    let root = repository();
    let site = accord::Site::load(&accord::BuildOptions::new(&root)).expect("the site loads");
    let mut checked = 0;
    for (d, document) in site.documents.iter().enumerate() {
        for (s, section) in document.sections.iter().enumerate() {
            let mut found = std::collections::BTreeSet::new();
            let mut linked = std::collections::BTreeSet::new();
            for p in 0..section.paragraphs.len() {
                let place = accord::link::Place {
                    document: d,
                    section: s,
                    paragraph: p,
                };
                for name in &site.graph.at(place).names {
                    found.insert(name.found.targets[0]);
                    if name.linked {
                        linked.insert(name.found.targets[0]);
                    }
                }
            }
            checked += found.len();
            assert_eq!(
                found, linked,
                "{}: section {s} mentions names it never links",
                document.title
            );
        }
    }
    assert!(checked > 20, "names were found ({checked})");
}

#[test]
fn no_internal_link_or_anchor_is_broken() {
    let (_site, files) = built_site();
    let broken = broken_links(&files, "/");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn mentions_in_documents_link_to_instrument_pages_and_glossary_entries() {
    let (_site, files) = built_site();
    let mut instrument_links = 0;
    let mut term_links = 0;
    for path in document_pages(&files) {
        let html = page(&files, &path);
        instrument_links += html.matches("class=\"mention mention-instrument\"").count();
        term_links += html.matches("class=\"mention mention-term\"").count();
    }
    assert!(
        instrument_links >= 15,
        "instrument mentions linked: {instrument_links}"
    );
    assert!(term_links >= 10, "glossary mentions linked: {term_links}");
}

#[test]
fn a_new_seed_builds_into_a_linked_themed_page_with_no_code_change() {
    let site = copy_site();
    std::fs::write(
        site.path().join("seeds/zz_readout.txt"),
        "The Foreign Secretary met the Belgian Foreign Minister in Brussels today to discuss NATO and security in Europe.\n\n\
         They agreed that their police forces would keep working together through Europol against organised crime and people smuggling.\n\n\
         Both ministers looked forward to meeting again.\n",
    )
    .unwrap();
    let public = build(site.path());
    let files = snapshot(&public);
    let path = files
        .keys()
        .find(|p| p.starts_with("documents/the-foreign-secretary-met"))
        .unwrap_or_else(|| {
            panic!(
                "a page titled from the first sentence: {:?}",
                document_pages(&files)
            )
        })
        .clone();
    let html = page(&files, &path);
    assert!(html.contains("/instruments/nato/"), "NATO is linked");
    assert!(html.contains("/instruments/europol/"), "Europol is linked");
    assert!(html.contains("Undated"), "no date is guessed");
    assert!(
        html.contains("class=\"section-themes"),
        "paragraphs have themes"
    );
    let nato = page(&files, "instruments/nato/index.html");
    assert!(
        nato.contains("The Foreign Secretary met the Belgian Foreign Minister"),
        "NATO's page quotes the new readout"
    );
}

#[test]
fn markup_in_a_seed_stays_text() {
    let site = copy_site();
    std::fs::write(
        site.path().join("seeds/zz_hostile.txt"),
        "Hostile <script>alert(1)</script> title\n\nA paragraph with \"><img src=x onerror=alert(1)> inside, and NATO.\n\nAnother <b>paragraph</b>.\n",
    )
    .unwrap();
    let files = snapshot(&build(site.path()));
    let path = files
        .keys()
        .find(|p| p.starts_with("documents/hostile"))
        .expect("the hostile document's page")
        .clone();
    let html = page(&files, &path);
    assert!(
        !html.contains("<script>alert(1)"),
        "no script element from the seed"
    );
    assert!(!html.contains("<img src=x"), "no img element from the seed");
    assert!(!html.contains("<b>paragraph"), "no b element from the seed");
    let text = visible_text(&html);
    assert!(
        text.contains("<script>alert(1)</script>"),
        "the markup is shown as text"
    );
    assert!(
        text.contains("\"><img src=x onerror=alert(1)>"),
        "the attribute breaker is shown as text"
    );
    for (path, bytes) in &files {
        if path.ends_with(".html") {
            let html = String::from_utf8_lossy(bytes);
            assert!(
                !html.contains("onerror=alert(1)>"),
                "{path} carries the payload as markup"
            );
        }
    }
}

#[test]
fn dates_in_the_text_are_extracted_and_shown() {
    let (_site, files) = built_site();
    let timeline = visible_text(&page(&files, "timeline/index.html"));
    assert!(
        timeline.contains("19 May 2025"),
        "the Renewed Agenda date is on the timeline"
    );
    assert!(
        timeline.contains("23 January 2024"),
        "the press release date is on the timeline"
    );
    assert!(
        timeline.contains("2026"),
        "the year 2026 is on the timeline"
    );
}

#[test]
fn the_home_page_and_the_about_page_cite_their_sources() {
    let (_site, files) = built_site();
    for path in ["index.html", "about/index.html"] {
        let html = page(&files, path);
        assert!(
            html.contains("id=\"sources\"") && html.contains("https://www.gov.uk/"),
            "{path} lists no sources"
        );
    }
}

#[test]
fn instrument_status_headings_do_not_date_the_status_from_its_start() {
    let (_site, files) = built_site();
    for (path, bytes) in &files {
        if !(path.starts_with("instruments/")
            && path.matches('/').count() == 2
            && path.ends_with("/index.html"))
        {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        assert!(
            !html.contains("Status on"),
            "{path}: a status heading dated from the status's start reads as stale"
        );
    }
}

#[test]
fn a_glossary_term_that_only_names_an_instrument_points_to_it_instead_of_listing_its_uses() {
    let (_site, files) = built_site();
    let glossary = page(&files, "glossary/index.html");
    let entry = |slug: &str| {
        let start = glossary
            .find(&format!("id=\"{slug}\""))
            .unwrap_or_else(|| panic!("no glossary entry {slug}"));
        let end = glossary[start..]
            .find("class=\"glossary-entry\"")
            .map_or(glossary.len(), |e| start + e);
        glossary[start..end].to_string()
    };
    let nato = entry("nato");
    assert!(nato.contains("/instruments/nato/"), "{nato}");
    assert!(!nato.contains("Where the documents use it"), "{nato}");
    // A term of its own still lists where the documents use it.
    assert!(entry("small-boats").contains("Where the documents use it"));
}

#[test]
fn the_instruments_index_groups_by_purpose_not_by_one_kind_per_item() {
    let (_site, files) = built_site();
    let index = page(&files, "instruments/index.html");
    let groups = index.matches("<h2 id=\"kind-").count();
    let items = index.matches("<li>\n    <h3>").count();
    assert!(
        groups >= 2 && groups * 3 <= items,
        "{groups} groups for {items} instruments"
    );
}

#[test]
fn a_document_page_opens_with_the_sites_summary_marked_as_the_sites() {
    let (_site, files) = built_site();
    for path in document_pages(&files) {
        let html = page(&files, &path);
        let summary = html.find("id=\"overview-heading\"").expect("a summary");
        let text = html.find("class=\"document-text\"").expect("the text");
        assert!(summary < text, "{path}: the summary comes before the text");
        assert!(html.contains("this site's summary, not part of the document"));
    }
}

#[test]
fn a_section_without_headings_tags_each_paragraph_with_its_own_themes() {
    let (_site, files) = built_site();
    let readout = page(&files, "documents/sunak-de-croo-meeting-2024/index.html");
    assert!(
        readout.matches("para-themes").count() >= 3,
        "per-paragraph themes"
    );
}

#[test]
fn what_was_promised_follows_a_promise_from_document_to_document() {
    let (_site, files) = built_site();
    let instrument = page(
        &files,
        "instruments/law-enforcement-cooperation-agreement/index.html",
    );
    let promised = &instrument[instrument
        .find("id=\"promises-heading\"")
        .expect("the instrument lists its promises")..];
    let before = promised
        .find("expected to be finalised in the coming weeks")
        .expect("the 2024 promise");
    let after = promised
        .find("both sides aim to sign in 2026")
        .expect("the 2025 promise");
    assert!(before < after, "oldest first");
    let promises = page(&files, "promises/index.html");
    assert!(promises.contains("aim to sign in 2026"));
    // content/promises.md hides a sentence that states a view, not a promise.
    assert!(!promises.contains("vital importance of ending"));
    assert!(promises.contains("documents/uk-belgium-joint-statement-2025/#p-"));
}

#[test]
fn what_changed_sets_each_themes_documents_side_by_side_in_date_order() {
    let (_site, files) = built_site();
    let changes = page(&files, "changes/index.html");
    let first = changes.find("23 January 2024").expect("the 2024 document");
    let second = changes.find("12 December 2025").expect("the 2025 document");
    assert!(first < second, "date order");
    assert!(changes.contains("Named for the first time"));
    let theme = page(&files, "themes/protecting-citizens/index.html");
    assert!(theme.contains("id=\"changes-heading\""));
    assert!(
        theme.contains("Named again:"),
        "the agreement is named in both"
    );
    assert!(
        theme.contains("aim to sign it in 2026"),
        "the editorial note from content/"
    );
}
