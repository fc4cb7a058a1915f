//! The checks the fuzz targets run on each input, shared with `tests/fuzz_corpus.rs`, which
//! replays the committed corpora through these same functions without libFuzzer.
//!
//! Each function takes arbitrary bytes and panics only when accord breaks one of its promises:
//! no panic on any input, errors that point inside the file, ranges that are character
//! boundaries of the text they index.
// `pub` for the fuzz targets and tests/fuzz_corpus.rs that include this file as a module.
#![allow(dead_code, unreachable_pub)]

use std::path::Path;

use accord::content::front_matter::{parse_yaml, split};
use accord::content::{Entry, Instrument, InstrumentMeta, PageMeta, Term, TermMeta, ThemeMeta};
use accord::link::Matcher;
use accord::seed::parse::{first_sentence_title, parse};
use accord::seed::sidecar::Sidecar;
use accord::site::SiteConfig;

/// The seed reader: bytes decoded as a seed would be, then parsed into a document's shape.
pub fn seed(data: &[u8]) {
    let text = match accord::seed::decode(Path::new("seeds/fuzz.txt"), data) {
        Ok(text) => text,
        Err(error) => {
            check_error(&error);
            return;
        }
    };
    assert!(!text.contains('\r'), "line endings are unified");
    let lines = text.lines().count().max(1);
    let parsed = parse(&text);
    let mut ids = std::collections::HashSet::new();
    let mut last_line = 0;
    for section in &parsed.sections {
        assert!(
            ids.insert(section.id.clone()),
            "duplicate id {}",
            section.id
        );
        for paragraph in &section.paragraphs {
            assert!(
                ids.insert(paragraph.id.clone()),
                "duplicate id {}",
                paragraph.id
            );
            assert!(!paragraph.text.trim().is_empty(), "empty paragraph");
            assert!(paragraph.line > last_line && paragraph.line <= lines);
            last_line = paragraph.line;
        }
    }
    if let Some(title) = parsed
        .title
        .clone()
        .or_else(|| first_sentence_title(&parsed.sections))
    {
        let slug = accord::text::slugify(&title, 60);
        assert!(
            slug.is_empty() || accord::text::is_valid_slug(&slug),
            "{slug}"
        );
    }
}

/// The front matter splitter and the YAML reader of every kind of content file.
pub fn front_matter(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let path = Path::new("content/fuzz.md");
    let parts = match split(&text, path) {
        Ok(parts) => parts,
        Err(error) => {
            check_error(&error);
            return;
        }
    };
    assert!(
        text.ends_with(parts.body),
        "the body is the end of the file"
    );
    assert!(text.contains(parts.yaml), "the YAML is part of the file");
    assert!(parts.yaml_line >= 1 && parts.body_line >= parts.yaml_line);
    let yaml = parts.yaml;
    let first = parts.yaml_line;
    check_result(parse_yaml::<PageMeta>(yaml, path, first, "a page"));
    check_result(parse_yaml::<ThemeMeta>(yaml, path, first, "a theme"));
    check_result(parse_yaml::<InstrumentMeta>(
        yaml,
        path,
        first,
        "an instrument",
    ));
    check_result(parse_yaml::<TermMeta>(yaml, path, first, "a glossary term"));
    check_result(parse_yaml::<Sidecar>(
        yaml,
        path,
        first,
        "a seed's metadata",
    ));
    check_result(parse_yaml::<SiteConfig>(yaml, path, first, "site.yaml"));
    check_result(parse_yaml::<
        std::collections::BTreeMap<String, serde_yaml::Value>,
    >(yaml, path, first, "a page"));
}

/// The mention matcher: names from the input (before a NUL byte, one per line) and a fixed set
/// that exercises folding, searched in the rest of the input.
pub fn matcher(data: &[u8]) {
    let (names, text) = match data.iter().position(|&b| b == 0) {
        Some(index) => (
            String::from_utf8_lossy(&data[..index]).into_owned(),
            String::from_utf8_lossy(&data[index + 1..]).into_owned(),
        ),
        None => (String::new(), String::from_utf8_lossy(data).into_owned()),
    };
    let mut instruments = vec![
        instrument(
            "Law Enforcement Cooperation Agreement",
            &["LECA", "JEF+", "e\u{301}te\u{301}"],
        ),
        instrument("Prüm", &["Prum", "CO₂", "ﬁsh", "İstanbul", "Straße"]),
    ];
    let mut terms = vec![term("NATO", &["-", "½", "A"]), term("Agreement", &[])];
    let given: Vec<&str> = names.lines().take(16).collect();
    for (index, chunk) in given.chunks(4).enumerate() {
        if index % 2 == 0 {
            instruments.push(instrument(&format!("fuzz instrument {index}"), chunk));
        } else {
            terms.push(term(&format!("fuzz term {index}"), chunk));
        }
    }
    let matcher = match Matcher::new(&instruments, &terms) {
        Ok(matcher) => matcher,
        Err(error) => {
            check_error(&error);
            return;
        }
    };
    let mut previous_end = 0;
    for found in matcher.find(&text) {
        assert!(found.start < found.end, "empty mention {found:?}");
        assert!(found.end <= text.len(), "mention past the end {found:?}");
        assert!(text.is_char_boundary(found.start), "{found:?} in {text:?}");
        assert!(text.is_char_boundary(found.end), "{found:?} in {text:?}");
        assert!(found.start >= previous_end, "overlapping mentions");
        assert!(!found.targets.is_empty());
        previous_end = found.end;
    }
}

fn instrument(name: &str, aliases: &[&str]) -> Instrument {
    let mut meta: InstrumentMeta =
        serde_yaml::from_str("name: placeholder").expect("a valid constant");
    meta.name = name.to_string();
    meta.aliases = aliases.iter().map(|a| a.to_string()).collect();
    entry(name, meta)
}

fn term(name: &str, aliases: &[&str]) -> Term {
    let mut meta: TermMeta = serde_yaml::from_str("term: placeholder").expect("a valid constant");
    meta.term = name.to_string();
    meta.aliases = aliases.iter().map(|a| a.to_string()).collect();
    entry(name, meta)
}

fn entry<M>(name: &str, meta: M) -> Entry<M> {
    Entry {
        slug: accord::text::slugify(name, 60),
        source_path: format!("content/{}.md", accord::text::slugify(name, 60)).into(),
        meta,
        body: String::new(),
        body_line: 1,
        digest: Default::default(),
        body_digest: Default::default(),
    }
}

fn check_result<T>(result: accord::Result<T>) {
    if let Err(error) = result {
        check_error(&error);
    }
}

/// Errors must say where and what, with lines counted from 1.
fn check_error(error: &accord::Error) {
    for error in error.flatten() {
        let shown = error.to_string();
        assert!(!shown.is_empty());
        if let accord::Error::Input { location, hint, .. } = error {
            assert!(location.line.is_none_or(|l| l >= 1), "{shown}");
            assert!(location.column.is_none_or(|c| c >= 1), "{shown}");
            assert!(!hint.is_empty(), "{shown}");
        }
    }
}
