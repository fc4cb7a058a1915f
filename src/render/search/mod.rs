//! The search index and the preview texts, built at build time from the site's data.
//!
//! `search-index.json` holds every searchable entry (each paragraph of each document, each
//! document, theme, instrument, glossary term and content page) in a fixed order, and an
//! inverted index over them in the elasticlunr style: the sorted list of every word, and for each
//! word the entries that hold it with a weight (three for each use in the entry's name, one for
//! each in its body, as elasticlunr boosts names). The theme's script matches the reader's words
//! as prefixes of the sorted words (binary search), so "Europ" finds "Europol".
//!
//! An earlier version used the `elasticlunr-rs` crate. Its index stores a tree of single
//! characters: 62 MB and 5 s of CPU for a 10,000-page site, several times this one.
//!
//! Text is folded with [`crate::text::fold`] before it is indexed (lowercase, accents and
//! compatibility forms removed: "Prüm" is indexed as "prum", "CO₂" as "co2"); the theme's script
//! folds the reader's query the same way (`normalize('NFKD')`, combining marks removed,
//! lowercased).
//!
//! `previews.json` maps each `data-preview` key of the mention links (`term-SLUG`,
//! `instrument-SLUG`) to the plain text the theme's popover shows.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use super::views::paths;
use crate::content::Page;
use crate::load::Site;
use crate::render::markdown::Rendered;
use crate::render::Bodies;

mod index;

pub use index::{build_index, index_json_of, Index};

/// The file the search index is written to, at the site root.
pub const INDEX_FILE: &str = "search-index.json";
/// The file the preview texts are written to, at the site root.
pub const PREVIEWS_FILE: &str = "previews.json";
/// Names the layout of [`INDEX_FILE`]; changes when the theme's script must change with it.
pub const FORMAT: &str = "accord-search-2";

/// The longest text kept for showing an entry in the results (whole paragraphs are always kept).
const SHOWN_TEXT_MAX: usize = 320;

/// One searchable entry, as the results list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchEntry {
    /// `paragraph`, `document`, `theme`, `instrument`, `term` or `page`.
    pub kind: &'static str,
    /// The result's title (for a paragraph: its document's title).
    pub title: String,
    /// Where the result sits, shown under the title (section, paragraph number, kind, date).
    pub context: String,
    /// Where the result leads (a paragraph's URL carries its anchor).
    pub url: String,
    /// The text shown, and searched for the words to highlight, in the result.
    pub text: String,
    /// The text indexed as the entry's name, weighted above the body.
    #[serde(skip)]
    pub name: String,
    /// The text indexed as the entry's body.
    #[serde(skip)]
    pub body: String,
}

/// What the popover of a mention link shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Preview {
    /// The term or the instrument's name.
    pub title: String,
    /// The definition or the summary, as plain text.
    pub text: String,
    /// The page the link leads to.
    pub url: String,
}

/// The files this module writes: ([`INDEX_FILE`], bytes) and ([`PREVIEWS_FILE`], bytes).
/// `bodies` are the site's rendered Markdown bodies, whose text is indexed.
pub fn files(site: &Site, bodies: &Bodies) -> Vec<(String, Vec<u8>)> {
    vec![
        (
            INDEX_FILE.to_string(),
            index_json(site, bodies).into_bytes(),
        ),
        (
            PREVIEWS_FILE.to_string(),
            previews_json(site, bodies).into_bytes(),
        ),
    ]
}

/// `search-index.json`: the entries in a fixed order and the inverted index over them.
pub fn index_json(site: &Site, bodies: &Bodies) -> String {
    let entries = entries(site, bodies);
    let entries: Vec<&SearchEntry> = entries.iter().collect();
    index_json_of(&entries, &|| false).unwrap_or_default()
}

/// Every searchable entry of the site, in a fixed order: documents (each followed by its
/// paragraphs), themes, instruments, glossary terms, content pages.
pub fn entries(site: &Site, bodies: &Bodies) -> Vec<SearchEntry> {
    let mut entries = fixed_entries(site, bodies);
    let pages: Vec<SearchEntry> = site
        .content
        .pages
        .par_iter()
        .zip(&bodies.pages)
        .map(|(page, body)| page_entry(site, page, body))
        .collect();
    entries.extend(pages);
    entries
}

/// The entries of everything but the content pages, in the order of [`entries`]: documents
/// (each followed by its paragraphs), themes, instruments, glossary terms.
pub fn fixed_entries(site: &Site, bodies: &Bodies) -> Vec<SearchEntry> {
    let mut entries = Vec::new();
    for document in &site.documents {
        let url = site.urls.url(&paths::document(&document.slug));
        let date = document
            .date
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        let first = document
            .paragraphs()
            .next()
            .map(|(_, p)| p.text.as_str())
            .unwrap_or("");
        let mut about = vec![document.kind.clone()];
        about.extend(document.publisher.clone());
        about.extend(document.preamble.iter().cloned());
        entries.push(SearchEntry {
            kind: "document",
            title: document.title.clone(),
            context: join_present([Some(capitalised(&document.kind)), Some(date.clone())]),
            url: url.clone(),
            text: shortened(first, SHOWN_TEXT_MAX),
            name: document.title.clone(),
            body: about.join("\n"),
        });
        for section in &document.sections {
            for (number, paragraph) in section.paragraphs.iter().enumerate() {
                let place = paragraph_label(&paragraph.id, number);
                entries.push(SearchEntry {
                    kind: "paragraph",
                    title: document.title.clone(),
                    context: join_present([
                        section.heading.as_ref().map(|h| format!("“{h}”")),
                        Some(place),
                        Some(date.clone()),
                    ]),
                    url: format!("{url}#{}", paragraph.id),
                    text: paragraph.text.clone(),
                    name: String::new(),
                    body: paragraph.text.clone(),
                });
            }
        }
    }
    for (theme, rendered) in site.content.themes.iter().zip(&bodies.themes) {
        let body = &rendered.text;
        entries.push(SearchEntry {
            kind: "theme",
            title: theme.meta.title.clone(),
            context: String::new(),
            url: site.urls.url(&paths::theme(&theme.slug)),
            text: shown_or(&theme.meta.summary, body),
            name: theme.meta.title.clone(),
            body: [
                theme.meta.summary.as_str(),
                body,
                &theme.meta.keywords.join(", "),
            ]
            .join("\n"),
        });
    }
    for (instrument, rendered) in site.content.instruments.iter().zip(&bodies.instruments) {
        let meta = &instrument.meta;
        let body = &rendered.text;
        let mut names = vec![meta.name.clone()];
        names.extend(meta.short_name.clone());
        names.extend(meta.aliases.iter().cloned());
        let mut searched = vec![meta.summary.clone(), body.to_string()];
        searched.extend(meta.status.clone());
        searched.extend(meta.history.iter().map(|h| h.status.clone()));
        searched.push(meta.parties.join(", "));
        entries.push(SearchEntry {
            kind: "instrument",
            title: match &meta.short_name {
                Some(short) => format!("{} ({short})", meta.name),
                None => meta.name.clone(),
            },
            context: capitalised(&meta.kind),
            url: site.urls.url(&paths::instrument(&instrument.slug)),
            text: shown_or(&meta.summary, body),
            name: names.join("\n"),
            body: searched.join("\n"),
        });
    }
    for (term, rendered) in site.content.glossary.iter().zip(&bodies.glossary) {
        let definition = rendered.text.to_string();
        let mut names = vec![term.meta.term.clone()];
        names.extend(term.meta.aliases.iter().cloned());
        entries.push(SearchEntry {
            kind: "term",
            title: term.meta.term.clone(),
            context: String::new(),
            url: site.urls.url(&paths::term(&term.slug)),
            text: shortened(&definition, SHOWN_TEXT_MAX),
            name: names.join("\n"),
            body: definition,
        });
    }
    entries
}

/// The entry of one content page, whose body rendered as `rendered`.
pub fn page_entry(site: &Site, page: &Page, rendered: &Rendered) -> SearchEntry {
    let body = &rendered.text;
    let title = page
        .entry
        .meta
        .title
        .clone()
        .unwrap_or_else(|| page.entry.slug.replace('-', " "));
    let description = page.entry.meta.description.clone().unwrap_or_default();
    SearchEntry {
        kind: "page",
        title: if page.path.is_empty() {
            site.config.title.clone()
        } else {
            title.clone()
        },
        context: String::new(),
        url: site.urls.url(&page.path),
        text: shown_or(&description, body),
        name: title,
        body: [description.as_str(), body].join("\n"),
    }
}

/// `previews.json`: `term-SLUG` and `instrument-SLUG` to the text their popover shows, sorted
/// by key.
pub fn previews_json(site: &Site, bodies: &Bodies) -> String {
    let mut json = serde_json::to_string(&previews(site, bodies)).unwrap_or_default();
    json.push('\n');
    json
}

/// The preview of every glossary term (its definition) and instrument (its summary), by the key
/// the mention links carry in `data-preview`.
pub fn previews(site: &Site, bodies: &Bodies) -> BTreeMap<String, Preview> {
    let mut previews = BTreeMap::new();
    for (term, rendered) in site.content.glossary.iter().zip(&bodies.glossary) {
        previews.insert(
            format!("term-{}", term.slug),
            Preview {
                title: term.meta.term.clone(),
                text: rendered.text.to_string(),
                url: site.urls.url(&paths::term(&term.slug)),
            },
        );
    }
    for (instrument, rendered) in site.content.instruments.iter().zip(&bodies.instruments) {
        let meta = &instrument.meta;
        let text = if meta.summary.trim().is_empty() {
            shortened(&rendered.text, SHOWN_TEXT_MAX)
        } else {
            meta.summary.trim().to_string()
        };
        previews.insert(
            format!("instrument-{}", instrument.slug),
            Preview {
                title: match &meta.short_name {
                    Some(short) => format!("{} ({short})", meta.name),
                    None => meta.name.clone(),
                },
                text,
                url: site.urls.url(&paths::instrument(&instrument.slug)),
            },
        );
    }
    previews
}

/// `text` cut at a word boundary to at most about `max` bytes, with an ellipsis when cut.
pub fn shortened(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind(char::is_whitespace).unwrap_or(end);
    format!("{}…", text[..cut].trim_end())
}

fn shown_or(summary: &str, body: &str) -> String {
    if summary.trim().is_empty() {
        shortened(body, SHOWN_TEXT_MAX)
    } else {
        summary.trim().to_string()
    }
}

fn paragraph_label(id: &str, number: usize) -> String {
    match id.strip_prefix("p-") {
        Some(rest) => format!("paragraph {rest}"),
        None => format!("paragraph {}", number + 1),
    }
}

fn join_present<const N: usize>(parts: [Option<String>; N]) -> String {
    parts
        .into_iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    pub(super) fn entry(name: &str, body: &str) -> SearchEntry {
        SearchEntry {
            kind: "term",
            title: name.into(),
            context: String::new(),
            url: String::new(),
            text: String::new(),
            name: name.into(),
            body: body.into(),
        }
    }

    #[test]
    fn fold_matches_the_shared_cases_the_browser_test_checks_in_javascript() {
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../../tests/browser/fold-cases.json")).unwrap();
        assert!(cases.len() > 5);
        for case in cases {
            let input = case["input"].as_str().unwrap();
            assert_eq!(fold(input), case["folded"].as_str().unwrap(), "{input}");
        }
    }

    /// Builds the repository's own site in memory.
    fn build_site() -> std::collections::BTreeMap<String, Vec<u8>> {
        let options = crate::BuildOptions::new(env!("CARGO_MANIFEST_DIR"));
        crate::build_in_memory(&options).expect("the repository's site builds")
    }

    #[test]
    fn the_built_index_finds_prum_and_is_the_same_in_two_builds() {
        let first = build_site();
        let second = build_site();
        assert_eq!(first[INDEX_FILE], second[INDEX_FILE]);
        assert_eq!(first[PREVIEWS_FILE], second[PREVIEWS_FILE]);
        let file: serde_json::Value = serde_json::from_slice(&first[INDEX_FILE]).unwrap();
        assert_eq!(file["format"], FORMAT);
        let entries = file["entries"].as_array().unwrap();
        let term = entries
            .iter()
            .position(|e| e["kind"] == "term" && e["title"] == "Prüm")
            .expect("the Prüm glossary entry is indexed");
        assert!(entries[term]["url"]
            .as_str()
            .unwrap()
            .ends_with("glossary/#prum"));
        let paragraph = entries
            .iter()
            .position(|e| e["kind"] == "paragraph" && e["text"].as_str().unwrap().contains("Prüm"))
            .expect("a paragraph mentioning Prüm is indexed");
        assert!(entries[paragraph]["url"].as_str().unwrap().contains("#p-"));
        // The folded word is in the index, and both entries are under it.
        let terms: Vec<&str> = file["terms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        let at = terms
            .binary_search(&"prum")
            .expect("the folded word is indexed");
        let postings: Vec<u64> = file["postings"][at]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_u64().unwrap())
            .collect();
        let holders: Vec<u64> = postings.chunks(2).map(|pair| pair[0]).collect();
        assert!(holders.contains(&(term as u64)));
        assert!(holders.contains(&(paragraph as u64)));
    }

    #[test]
    fn every_preview_key_in_the_pages_has_a_preview() {
        let files = build_site();
        let previews: BTreeMap<String, serde_json::Value> =
            serde_json::from_slice(&files[PREVIEWS_FILE]).unwrap();
        let keys = regex::Regex::new(r#"data-preview="([^"]+)""#).unwrap();
        let mut seen = 0;
        for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
            let html = String::from_utf8_lossy(bytes);
            for key in keys.captures_iter(&html) {
                seen += 1;
                let preview = previews.get(&key[1]);
                assert!(preview.is_some(), "{path}: no preview for {}", &key[1]);
                assert!(
                    preview.unwrap()["text"]
                        .as_str()
                        .is_some_and(|t| !t.is_empty()),
                    "{path}: empty preview"
                );
            }
        }
        assert!(seen > 10);
    }

    /// Awkward text for the fast paths: accents, compatibility forms, dashes and quotes that
    /// fold to punctuation, one-character words, U+000B and other Unicode whitespace, blank lines
    /// between and around words.
    pub(super) const AWKWARD: &[&str] = &[
        "",
        " ",
        "a",
        "é",
        "ab",
        "Prüm arrangements and CO₂ storage — Iran’s “deal”; x y z Ωmega ½ ﬁnal ǅ ß İstanbul",
        "snake_case and_so_on 42 a1 _ __ x_",
        "Ünïcödé\u{0301}\u{0301} e\u{0301}e\u{0301} ŉ ﬃ ⅻ ①② ＡＢＣ ｱ",
        "one\n\ntwo\n\n\nthree\n \nfour\r\n\r\nfive\u{000B}six\u{00A0}seven\u{2003}eight\u{3000}nine",
        "\n\n  leading and trailing \n\n\n",
        "tab\tsep\u{000C}form\u{0085}next\u{2028}line\u{2029}para\u{1680}ogham\u{202F}narrow",
        "\n\n\n\n",
        "x\n\n\n\ny",
    ];

    #[test]
    fn tidy_text_is_split_and_join() {
        let mut cases: Vec<String> = AWKWARD.iter().map(|s| s.to_string()).collect();
        // Every arrangement of up to six pieces among words and kinds of whitespace.
        let pieces = ["w", "\n", " ", "\u{000B}", "\u{00A0}", "é"];
        for length in 0..=6u32 {
            for mut n in 0..pieces.len().pow(length) {
                let mut text = String::new();
                for _ in 0..length {
                    text.push_str(pieces[n % pieces.len()]);
                    n /= pieces.len();
                }
                cases.push(text);
            }
        }
        for text in cases {
            let expected = text
                .split("\n\n")
                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n");
            let mut whole = crate::text::TidyText::default();
            whole.push(&text);
            assert_eq!(whole.finish(), expected, "{text:?}");
            // Gathered in pieces, cut anywhere (in three pieces for the shorter texts), the text
            // is tidied the same.
            let cuts: Vec<usize> = (0..=text.len())
                .filter(|&at| text.is_char_boundary(at))
                .collect();
            for (index, &first) in cuts.iter().enumerate() {
                let seconds = if cuts.len() <= 6 {
                    &cuts[index..]
                } else {
                    &[first][..]
                };
                for &second in seconds {
                    let mut tidy = crate::text::TidyText::default();
                    for piece in [&text[..first], &text[first..second], &text[second..]] {
                        tidy.push(piece);
                    }
                    assert_eq!(tidy.finish(), expected, "{text:?} cut at {first}, {second}");
                }
            }
        }
    }

    #[test]
    fn long_text_is_cut_at_a_word() {
        assert_eq!(shortened("short", 10), "short");
        assert_eq!(shortened("one two three four", 9), "one two…");
        assert_eq!(shortened("ééééé", 3), "é…");
    }
}
