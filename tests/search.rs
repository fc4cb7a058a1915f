//! The search index (issue 21): Pagefind's files, read back as the browser reads them.
//!
//! Pagefind writes one index per language and a "fragment" per page: gzip of `pagefind_dcd`
//! followed by JSON with the page's URL, its text, its metadata and its anchors (the elements
//! with an id, which become results of their own). These tests build the UK–Belgium site under
//! a subpath, in memory, and check what a search would find and where its links lead.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;

use serde_json::Value;

fn built() -> BTreeMap<String, Vec<u8>> {
    let mut options = accord::BuildOptions::new(Path::new(env!("CARGO_MANIFEST_DIR")));
    options.base_url = Some("/sub/".to_string());
    accord::build_in_memory(&options).expect("the site builds")
}

/// Every page's fragment: the JSON Pagefind's script reads for a result.
fn fragments(files: &BTreeMap<String, Vec<u8>>) -> Vec<Value> {
    files
        .iter()
        .filter(|(path, _)| path.starts_with("pagefind/fragment/"))
        .map(|(path, bytes)| {
            let mut text = String::new();
            flate2::read::GzDecoder::new(&bytes[..])
                .read_to_string(&mut text)
                .unwrap_or_else(|e| panic!("{path}: not gzip: {e}"));
            let json = text
                .strip_prefix("pagefind_dcd")
                .expect("Pagefind's marker");
            serde_json::from_str(json).unwrap_or_else(|e| panic!("{path}: not JSON: {e}"))
        })
        .collect()
}

/// The output file of a URL the index records (from the site's root, without the base path).
fn file_of(url: &str) -> String {
    let path = url.trim_start_matches('/');
    format!("{path}index.html")
}

#[test]
fn every_language_has_its_index_and_every_result_leads_to_a_page_and_anchor() {
    let files = built();
    let entry: Value = serde_json::from_slice(&files["pagefind/pagefind-entry.json"]).unwrap();
    let languages: BTreeMap<String, u64> = entry["languages"]
        .as_object()
        .expect("languages")
        .iter()
        .map(|(code, index)| (code.clone(), index["page_count"].as_u64().unwrap()))
        .collect();
    let fragments = fragments(&files);
    assert_eq!(
        languages.values().sum::<u64>() as usize,
        fragments.len(),
        "one fragment per indexed page: {languages:?}"
    );
    for code in ["en", "fr", "nl"] {
        assert!(
            languages.keys().any(|key| key.starts_with(code)),
            "{languages:?}"
        );
    }
    let mut kinds = BTreeSet::new();
    for fragment in &fragments {
        let url = fragment["url"].as_str().expect("url");
        assert!(url.starts_with('/') && !url.starts_with("/sub/"), "{url}");
        let file = file_of(url);
        let page = files
            .get(&file)
            .map(|bytes| String::from_utf8_lossy(bytes).into_owned())
            .unwrap_or_else(|| panic!("{url}: no page {file}"));
        for anchor in fragment["anchors"].as_array().expect("anchors") {
            let id = anchor["id"].as_str().expect("id");
            assert!(
                page.contains(&format!("id=\"{id}\"")),
                "{url}#{id}: no such id"
            );
        }
        kinds.insert(fragment["meta"]["kind"].as_str().unwrap_or("").to_string());
        // What the page wraps around the text is left out: no pager, contents or citation.
        let content = fragment["content"].as_str().expect("content");
        assert!(!content.contains("Cite this paragraph"), "{url}");
    }
    for kind in ["Glossary", "Theme", "Joint statement", "Page"] {
        assert!(kinds.contains(kind), "no page of kind {kind}: {kinds:?}");
    }
    // Only the pages with a text of their own are indexed: not the lists, the home page or
    // the search page itself.
    let urls: BTreeSet<&str> = fragments.iter().filter_map(|f| f["url"].as_str()).collect();
    for left_out in ["/", "/search/", "/themes/", "/fr/", "/timeline/"] {
        assert!(!urls.contains(left_out), "{left_out} is indexed");
    }
    assert!(urls.iter().any(|url| url.starts_with("/fr/themes/")));
}

#[test]
fn paragraphs_are_results_titled_with_their_number_and_themes() {
    let files = built();
    let fragments = fragments(&files);
    let document = fragments
        .iter()
        .find(|f| f["url"] == "/documents/uk-belgium-joint-statement-2025/")
        .expect("the 2025 statement is indexed");
    assert!(document["meta"]["date"]
        .as_str()
        .is_some_and(|date| date.ends_with("2025")));
    let titles: Vec<&str> = document["anchors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["id"].as_str().is_some_and(|id| id.starts_with("p-")))
        .filter_map(|a| a["title"].as_str())
        .collect();
    assert!(titles.len() >= 10, "{titles:?}");
    assert!(
        titles
            .iter()
            .all(|t| t.starts_with("Paragraph ") && t.contains(" · ")),
        "{titles:?}"
    );
}

#[test]
fn subscripts_are_indexed_folded_and_diacritics_kept() {
    let files = built();
    let fragments = fragments(&files);
    let text: String = fragments
        .iter()
        .filter_map(|f| f["content"].as_str())
        .collect::<Vec<_>>()
        .join("\n");
    // The seeds write "CO₂"; Pagefind does not fold compatibility forms, so the page is indexed
    // in NFKC, where a reader's "CO2" finds it.
    assert!(text.contains("CO2"), "CO2 is not indexed");
    assert!(!text.contains("CO₂"), "a subscript is indexed as it is");
    // Diacritics stay in the text; Pagefind folds them when it matches ("Prum" finds "Prüm").
    assert!(text.contains("Prüm"));
}

#[test]
fn the_index_is_the_same_in_two_builds() {
    let search = |files: BTreeMap<String, Vec<u8>>| -> BTreeMap<String, Vec<u8>> {
        files
            .into_iter()
            .filter(|(path, _)| path.starts_with("pagefind/"))
            .collect()
    };
    let first = search(built());
    assert!(first.len() > 10);
    assert!(
        first == search(built()),
        "two builds made different indexes"
    );
}
