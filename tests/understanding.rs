//! How well accord understands documents: on the UK-Belgium site, every paragraph carries the
//! themes a careful reader expects and no other.

mod common;

use std::collections::BTreeMap;

use accord::{BuildOptions, Site};
use common::*;

fn load(root: &std::path::Path) -> Site {
    Site::load(&BuildOptions {
        root: root.to_path_buf(),
        base_url: None,
        drafts: false,
        inject: None,
    })
    .expect("the site loads")
}

/// `paragraph id -> theme slugs` for the seed whose file name starts with `prefix`.
fn site_themes(site: &Site, prefix: &str) -> BTreeMap<String, Vec<String>> {
    let (d, document) = site
        .documents
        .iter()
        .enumerate()
        .find(|(_, d)| {
            d.source_path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .unwrap_or_else(|| panic!("no seed {prefix}"));
    let mut themes = BTreeMap::new();
    for (s, section) in document.sections.iter().enumerate() {
        for (p, paragraph) in section.paragraphs.iter().enumerate() {
            let place = accord::link::Place {
                document: d,
                section: s,
                paragraph: p,
            };
            let mut slugs: Vec<String> = site
                .graph
                .at(place)
                .themes
                .iter()
                .map(|&t| site.content.themes[t].slug.clone())
                .collect();
            slugs.sort();
            themes.insert(paragraph.id.clone(), slugs);
        }
    }
    themes
}

fn expected(rows: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
    rows.iter()
        .map(|(id, slugs)| {
            let mut slugs: Vec<String> = slugs.iter().map(|s| s.to_string()).collect();
            slugs.sort();
            (id.to_string(), slugs)
        })
        .collect()
}

const RELATIONSHIP: &str = "the-relationship";
const SECURITY: &str = "security-and-defence";
const CRIME: &str = "protecting-citizens";
const MIGRATION: &str = "irregular-migration";
const GROWTH: &str = "growth-trade-innovation";
const RESEARCH: &str = "research-and-health";
const ENERGY: &str = "energy-and-net-zero";

#[test]
fn every_paragraph_of_the_site_has_the_themes_a_reader_expects() {
    let site = load(&repository());
    // The 2024 readout has no headings: its words alone decide.
    assert_eq!(
        site_themes(&site, "000_"),
        expected(&[
            ("p-1", &[RELATIONSHIP]),
            // "close partnership ... new cooperation on illegal migration and law enforcement"
            ("p-2", &[RELATIONSHIP, MIGRATION, CRIME]),
            ("p-3", &[MIGRATION]),
            // The law enforcement agreement, with officers "in counter-people smuggling
            // operations".
            ("p-4", &[CRIME, MIGRATION]),
            ("p-5", &[MIGRATION]),
            ("p-6", &[SECURITY]),
            ("p-7", &[SECURITY]),
            ("p-8", &[ENERGY]),
        ])
    );
    // The 2025 statement: one heading is claimed by two themes, and the opening paragraph lists
    // five subjects.
    assert_eq!(
        site_themes(&site, "003_"),
        expected(&[
            (
                "p-1",
                &[RELATIONSHIP, SECURITY, MIGRATION, GROWTH, RESEARCH, ENERGY]
            ),
            ("p-2", &[SECURITY]),
            ("p-3", &[CRIME]),
            ("p-4", &[CRIME]),
            ("p-5", &[MIGRATION]),
            ("p-6", &[GROWTH]),
            ("p-7", &[GROWTH]),
            // Horizon Europe, universities: research only.
            ("p-8", &[RESEARCH]),
            // Medical supply chains, then the energy memorandum and interconnectors.
            ("p-9", &[RESEARCH, ENERGY]),
            // Hydrogen, the London Protocol, CO2 storage: energy only.
            ("p-10", &[ENERGY]),
        ])
    );
}

#[test]
fn a_theme_lists_only_the_instruments_its_sentences_name() {
    let site = load(&repository());
    let theme = |slug: &str| {
        site.content
            .themes
            .iter()
            .position(|t| t.slug == slug)
            .expect("theme exists")
    };
    let instruments = |slug: &str| -> Vec<String> {
        site.graph.theme_instruments[theme(slug)]
            .keys()
            .map(|&i| site.content.instruments[i].slug.clone())
            .collect()
    };
    let research = instruments(RESEARCH);
    for energy_only in ["london-protocol", "nautilus", "nemo-link"] {
        assert!(
            !research.contains(&energy_only.to_string()),
            "{energy_only} listed under research: {research:?}"
        );
    }
    assert!(
        research.contains(&"horizon-europe".to_string()),
        "{research:?}"
    );
    let energy = instruments(ENERGY);
    for expected in ["london-protocol", "nautilus"] {
        assert!(energy.contains(&expected.to_string()), "{energy:?}");
    }
}

#[test]
fn theme_pages_number_paragraphs_as_document_pages_do() {
    let site = copy_site();
    let public = build(site.path());
    let files = snapshot(&public);
    let page = |path: &str| String::from_utf8(files[path].clone()).expect("UTF-8");
    let label = regex::Regex::new(
        r##"<a href="[^"]*/documents/[^/"]+/#p-(\d+)">[^<]*, paragraph (\d+)</a>"##,
    )
    .expect("valid pattern");
    let mut seen = 0;
    for path in files
        .keys()
        .filter(|p| p.starts_with("themes/") && p.ends_with("index.html"))
    {
        for caps in label.captures_iter(&page(path)) {
            assert_eq!(&caps[1], &caps[2], "in {path}: {}", &caps[0]);
            seen += 1;
        }
    }
    assert!(
        seen > 10,
        "only {seen} paragraph labels found on theme pages"
    );
}

#[test]
fn explain_themes_names_the_heading_and_the_words() {
    let output = accord(&[
        "check",
        "--explain-themes",
        "--root",
        repository().to_str().expect("UTF-8 path"),
    ]);
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("under \"Research, health and energy security\""),
        "{text}"
    );
    assert!(
        text.contains("not Energy and net zero: its heading proposes it"),
        "{text}"
    );
    assert!(text.contains("\"Horizon Europe\""), "{text}");
}

#[test]
fn a_sidecar_sets_a_paragraphs_themes_by_hand() {
    let site = copy_site();
    let sidecar = std::fs::read_dir(site.path().join("seeds"))
        .expect("seeds")
        .map(|e| e.expect("entry").path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("003_"))
                && p.extension().is_some_and(|e| e == "yaml")
        })
        .expect("the 2025 sidecar");
    let mut text = std::fs::read_to_string(&sidecar).expect("read sidecar");
    text.push_str("\nparagraph_themes:\n  p-10: [research-and-health, no-such-theme]\n");
    std::fs::write(&sidecar, text).expect("write sidecar");
    let loaded = load(site.path());
    assert_eq!(site_themes(&loaded, "003_")["p-10"], [RESEARCH]);
    let output = accord(&[
        "check",
        "--format",
        "json",
        "--root",
        site.path().to_str().expect("UTF-8"),
    ]);
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        report.contains("`no-such-theme`, which does not exist"),
        "{report}"
    );
}
