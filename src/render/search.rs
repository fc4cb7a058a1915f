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

use pulldown_cmark::{Event, Parser, TagEnd};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::views::paths;
use crate::build::Site;
use crate::content::Page;
use crate::text::fold;

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

#[derive(Serialize)]
struct IndexFile<'a> {
    format: &'static str,
    fold: &'static str,
    entries: &'a [&'a SearchEntry],
    /// Every indexed word, sorted.
    terms: Vec<&'a str>,
    /// For each word of `terms`: entry, weight, entry, weight, ... in entry order.
    postings: Vec<&'a [u32]>,
}

/// The inverted index: each folded word, with (entry, weight) pairs in entry order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Index {
    words: BTreeMap<String, Vec<u32>>,
}

impl Index {
    /// The (entry, weight) pairs of a word, flattened.
    pub fn postings(&self, word: &str) -> Option<&[u32]> {
        self.words.get(word).map(Vec::as_slice)
    }
}

/// Words to their (entry, weight) pairs, flattened: the index of some of the entries, unsorted.
///
/// A word of up to 16 bytes (nearly every word) is its own key, packed into a `u128`: looking it
/// up hashes and compares one number and reads no other memory, where a `String` key costs a
/// pointer to follow and a `memcmp` call. Longer words have a map of their own.
#[derive(Default)]
struct Postings {
    short: FxHashMap<u128, Vec<u32>>,
    long: FxHashMap<String, Vec<u32>>,
}

impl Postings {
    /// Adds `weight` to `word` in the entry at `position`: entries are added in order, so a
    /// word already met in this entry has it as its last pair.
    fn add(&mut self, word: &str, position: u32, weight: u32) {
        let list = match packed(word) {
            Some(key) => self.short.entry(key).or_default(),
            None => {
                // Looked up twice when new, but copied only then, not on every use.
                if !self.long.contains_key(word) {
                    self.long.insert(word.to_string(), Vec::new());
                }
                self.long.get_mut(word).expect("inserted")
            }
        };
        match list.as_mut_slice() {
            [.., last, total] if *last == position => *total += weight,
            _ => list.extend([position, weight]),
        }
    }

    /// Adds the postings of entries that come after every entry of `self`.
    fn append(&mut self, later: Postings) {
        for (key, list) in later.short {
            self.short.entry(key).or_default().extend_from_slice(&list);
        }
        for (word, list) in later.long {
            self.long.entry(word).or_default().extend_from_slice(&list);
        }
    }

    /// The words, sorted.
    fn into_sorted(self) -> BTreeMap<String, Vec<u32>> {
        let short = self
            .short
            .into_iter()
            .map(|(key, list)| (unpacked(key), list));
        short.chain(self.long).collect()
    }
}

/// A word of at most 16 bytes as a number: its bytes, then zeros, which no word holds.
fn packed(word: &str) -> Option<u128> {
    let mut bytes = [0; 16];
    bytes
        .get_mut(..word.len())?
        .copy_from_slice(word.as_bytes());
    Some(u128::from_le_bytes(bytes))
}

/// The word [`packed`] into `key`.
fn unpacked(key: u128) -> String {
    let bytes = key.to_le_bytes();
    let len = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    String::from_utf8_lossy(&bytes[..len]).into_owned()
}

/// Calls `found` with each word of `text` as the index knows it: `fold(text)` split at every
/// character that is neither alphanumeric nor `_`, words of one character left out.
///
/// The folded text is never built: most text is ASCII, which [`fold`] only lowercases, so ASCII
/// words are copied and lowercased in place, and only the runs of other characters go through
/// [`fold`]. That gives the same words because [`fold`] folds each character on its own
/// (`the_words_are_those_of_the_folded_text` checks it). `word` is the buffer words are built in,
/// kept from one call to the next to spare an allocation per word.
fn for_each_word(text: &str, word: &mut String, mut found: impl FnMut(&str)) {
    let is_word_byte = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'_';
    let bytes = text.as_bytes();
    let mut at = 0;
    word.clear();
    while at < bytes.len() {
        let start = at;
        if is_word_byte(bytes[at]) {
            while at < bytes.len() && is_word_byte(bytes[at]) {
                at += 1;
            }
            let from = word.len();
            word.push_str(&text[start..at]);
            word[from..].make_ascii_lowercase();
        } else if bytes[at].is_ascii() {
            end_word(word, &mut found);
            at += 1;
        } else {
            // A run of non-ASCII bytes starts and ends at character boundaries.
            while at < bytes.len() && !bytes[at].is_ascii() {
                at += 1;
            }
            for character in fold(&text[start..at]).chars() {
                if character.is_alphanumeric() || character == '_' {
                    word.push(character);
                } else {
                    end_word(word, &mut found);
                }
            }
        }
    }
    end_word(word, &mut found);
}

/// Hands on the word built so far unless it is shorter than two characters, and starts the next.
fn end_word(word: &mut String, found: &mut impl FnMut(&str)) {
    // A character takes at most four bytes: only short words need counting.
    if word.len() > 4 || word.chars().count() > 1 {
        found(word);
    }
    word.clear();
}

/// The postings of `entries`, the first of which is at `first` in the whole list. Each word's
/// weights in an entry are summed: three per use in the entry's name, one per use in its body.
fn postings_of(entries: &[&SearchEntry], first: usize) -> Postings {
    let mut postings = Postings::default();
    let mut word = String::new();
    for (offset, entry) in entries.iter().enumerate() {
        let position = u32::try_from(first + offset).unwrap_or(u32::MAX);
        for (text, weight) in [(&entry.name, 3), (&entry.body, 1)] {
            for_each_word(text, &mut word, |word| postings.add(word, position, weight));
        }
    }
    postings
}

/// The files this module writes: ([`INDEX_FILE`], bytes) and ([`PREVIEWS_FILE`], bytes).
pub fn files(site: &Site) -> Vec<(String, Vec<u8>)> {
    vec![
        (INDEX_FILE.to_string(), index_json(site).into_bytes()),
        (PREVIEWS_FILE.to_string(), previews_json(site).into_bytes()),
    ]
}

/// `search-index.json`: the entries in a fixed order and the inverted index over them.
pub fn index_json(site: &Site) -> String {
    let entries = entries(site);
    let entries: Vec<&SearchEntry> = entries.iter().collect();
    index_json_of(&entries, &|| false).unwrap_or_default()
}

/// [`index_json`] of entries gathered already (`serve` keeps them from one edit to the next).
/// Indexing a large site takes a while: `None` as soon as `cancelled` says the result is no
/// longer wanted.
pub fn index_json_of(entries: &[&SearchEntry], cancelled: &dyn Fn() -> bool) -> Option<String> {
    let index = build_index_of(entries, cancelled)?;
    let (terms, postings): (Vec<&str>, Vec<&[u32]>) = index
        .words
        .iter()
        .map(|(word, list)| (word.as_str(), list.as_slice()))
        .unzip();
    let file = IndexFile {
        format: FORMAT,
        fold: "NFKD, combining marks removed, lowercase (accord::text::fold)",
        entries,
        terms,
        postings,
    };
    let mut json = serde_json::to_string(&file).unwrap_or_default();
    json.push('\n');
    Some(json)
}

/// Builds the inverted index over `entries`: an entry is known by its position.
pub fn build_index(entries: &[SearchEntry]) -> Index {
    let entries: Vec<&SearchEntry> = entries.iter().collect();
    build_index_of(&entries, &|| false).unwrap_or_default()
}

/// Entries counted in parallel at a time, between two looks at `cancelled`.
const BATCH: usize = 4096;
/// Entries counted by one task. Each task copies the words it meets once, and the merge looks
/// each of them up once: larger groups mean fewer copies and look-ups, smaller ones more tasks to
/// share among the threads. [`BATCH`] is a multiple of it, so that positions are
/// `batch * BATCH + group * GROUP + offset`.
const GROUP: usize = 512;

fn build_index_of(entries: &[&SearchEntry], cancelled: &dyn Fn() -> bool) -> Option<Index> {
    // Groups of entries are counted in parallel, then merged in entry order, so that the index is
    // the same on every build. Words are sorted once, at the end.
    let mut words = Postings::default();
    for (batch, chunk) in entries.chunks(BATCH).enumerate() {
        if cancelled() {
            return None;
        }
        let groups: Vec<Postings> = chunk
            .par_chunks(GROUP)
            .enumerate()
            .map(|(group, entries)| postings_of(entries, batch * BATCH + group * GROUP))
            .collect();
        for group in groups {
            words.append(group);
        }
    }
    Some(Index {
        words: words.into_sorted(),
    })
}

/// Every searchable entry of the site, in a fixed order: documents (each followed by its
/// paragraphs), themes, instruments, glossary terms, content pages.
pub fn entries(site: &Site) -> Vec<SearchEntry> {
    let mut entries = fixed_entries(site);
    // Parsing each page's Markdown for its text is most of the work on a site of many pages.
    let pages: Vec<SearchEntry> = site
        .content
        .pages
        .par_iter()
        .map(|page| page_entry(site, page))
        .collect();
    entries.extend(pages);
    entries
}

/// The entries of everything but the content pages, in the order of [`entries`]: documents
/// (each followed by its paragraphs), themes, instruments, glossary terms.
pub fn fixed_entries(site: &Site) -> Vec<SearchEntry> {
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
    for theme in &site.content.themes {
        let body = plain_text(&theme.body);
        entries.push(SearchEntry {
            kind: "theme",
            title: theme.meta.title.clone(),
            context: String::new(),
            url: site.urls.url(&paths::theme(&theme.slug)),
            text: shown_or(&theme.meta.summary, &body),
            name: theme.meta.title.clone(),
            body: [
                theme.meta.summary.as_str(),
                &body,
                &theme.meta.keywords.join(", "),
            ]
            .join("\n"),
        });
    }
    for instrument in &site.content.instruments {
        let meta = &instrument.meta;
        let body = plain_text(&instrument.body);
        let mut names = vec![meta.name.clone()];
        names.extend(meta.short_name.clone());
        names.extend(meta.aliases.iter().cloned());
        let mut searched = vec![meta.summary.clone(), body.clone()];
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
            text: shown_or(&meta.summary, &body),
            name: names.join("\n"),
            body: searched.join("\n"),
        });
    }
    for term in &site.content.glossary {
        let definition = plain_text(&term.body);
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

/// The entry of one content page.
pub fn page_entry(site: &Site, page: &Page) -> SearchEntry {
    let body = plain_text(&page.entry.body);
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
        text: shown_or(&description, &body),
        name: title,
        body: [description.as_str(), &body].join("\n"),
    }
}

/// `previews.json`: `term-SLUG` and `instrument-SLUG` to the text their popover shows, sorted
/// by key.
pub fn previews_json(site: &Site) -> String {
    let mut json = serde_json::to_string(&previews(site)).unwrap_or_default();
    json.push('\n');
    json
}

/// The preview of every glossary term (its definition) and instrument (its summary), by the key
/// the mention links carry in `data-preview`.
pub fn previews(site: &Site) -> BTreeMap<String, Preview> {
    let mut previews = BTreeMap::new();
    for term in &site.content.glossary {
        previews.insert(
            format!("term-{}", term.slug),
            Preview {
                title: term.meta.term.clone(),
                text: plain_text(&term.body),
                url: site.urls.url(&paths::term(&term.slug)),
            },
        );
    }
    for instrument in &site.content.instruments {
        let meta = &instrument.meta;
        let text = if meta.summary.trim().is_empty() {
            shortened(&plain_text(&instrument.body), SHOWN_TEXT_MAX)
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

/// The text of a Markdown body without its markup: blocks are separated by a blank line, raw
/// HTML is dropped.
pub fn plain_text(markdown: &str) -> String {
    let mut text = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::BlockQuote(_),
            ) => text.push_str("\n\n"),
            _ => {}
        }
    }
    collapsed(&text)
}

/// `text` with its whitespace tidied: a run of whitespace holding a blank line ("\n\n") becomes
/// one, any other run one space, and there is none at either end.
///
/// That is `text` split at "\n\n", each part's words (`split_whitespace`) joined by a space,
/// and the parts that are not empty joined by "\n\n", in one pass and without a `Vec` of each:
/// a "\n\n" lies inside a run of whitespace, so the parts break only there, and a part between
/// two breaks of one run is empty (`collapsed_is_split_and_join` checks it).
fn collapsed(text: &str) -> String {
    let bytes = text.as_bytes();
    // The width of the character at `at`, and whether it is whitespace as `split_whitespace`
    // means it (`char::is_whitespace`, which unlike `u8::is_ascii_whitespace` includes U+000B).
    let character_at = |at: usize| -> (usize, bool) {
        let byte = bytes[at];
        if byte.is_ascii() {
            (1, char::from(byte).is_whitespace())
        } else {
            let character = text[at..].chars().next().unwrap_or_default();
            (character.len_utf8(), character.is_whitespace())
        }
    };
    let mut out = String::with_capacity(text.len());
    // Words separated by single spaces are copied as they are, in one piece rather than one
    // `push_str` each: `copy` is the part of `text` waiting to be copied.
    let mut copy = 0..0;
    let mut at = 0;
    while at < bytes.len() {
        let space_start = at;
        let mut blank_line = false;
        while at < bytes.len() {
            let (width, space) = character_at(at);
            if !space {
                break;
            }
            // The byte before, a newline, is whitespace too: it belongs to this run.
            blank_line |= bytes[at] == b'\n' && at > 0 && bytes[at - 1] == b'\n';
            at += width;
        }
        let start = at;
        while at < bytes.len() {
            // Printable ASCII, most of the text, is never whitespace.
            if (b'!'..=b'~').contains(&bytes[at]) {
                at += 1;
                continue;
            }
            let (width, space) = character_at(at);
            if space {
                break;
            }
            at += width;
        }
        if start == at {
            // Whitespace at the end.
        } else if !copy.is_empty() && copy.end == space_start && &text[space_start..start] == " " {
            copy.end = at;
        } else {
            if !copy.is_empty() {
                out.push_str(&text[copy]);
                out.push_str(if blank_line { "\n\n" } else { " " });
            }
            copy = start..at;
        }
    }
    out.push_str(&text[copy]);
    out
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

    fn entry(name: &str, body: &str) -> SearchEntry {
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
    fn accents_and_compatibility_forms_are_folded_at_index_time() {
        let index = build_index(&[entry("Prüm", "Storing CO₂ under the North Sea")]);
        assert_eq!(
            index.postings("prum"),
            Some(&[0, 3][..]),
            "a name counts three"
        );
        assert_eq!(index.postings("prüm"), None);
        assert_eq!(index.postings("co2"), Some(&[0, 1][..]));
    }

    #[test]
    fn fold_matches_the_shared_cases_the_browser_test_checks_in_javascript() {
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../tests/browser/fold-cases.json")).unwrap();
        assert!(cases.len() > 5);
        for case in cases {
            let input = case["input"].as_str().unwrap();
            assert_eq!(fold(input), case["folded"].as_str().unwrap(), "{input}");
        }
    }

    #[test]
    fn the_index_is_the_same_for_the_same_entries() {
        let entries = vec![
            entry("Europol", "police cooperation"),
            entry("Prüm", "DNA, fingerprints and vehicle data"),
            entry("NATO", "alliance"),
        ];
        assert_eq!(build_index(&entries), build_index(&entries));
        let refs: Vec<&SearchEntry> = entries.iter().collect();
        assert_eq!(
            index_json_of(&refs, &|| false),
            index_json_of(&refs, &|| false)
        );
        assert_eq!(
            index_json_of(&refs, &|| true),
            None,
            "a cancelled index is not finished"
        );
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

    #[test]
    fn markdown_becomes_plain_text() {
        let text =
            plain_text("A *term* with a [link](x.md) and `code`.\n\n<b>raw</b> Second\nline.");
        assert_eq!(text, "A term with a link and code.\n\nraw Second line.");
    }

    /// Awkward text for the fast paths: accents, compatibility forms, dashes and quotes that
    /// fold to punctuation, one-character words, U+000B and other Unicode whitespace, blank lines
    /// between and around words.
    const AWKWARD: &[&str] = &[
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
    fn the_words_are_those_of_the_folded_text() {
        let mut cases: Vec<String> = AWKWARD.iter().map(|s| s.to_string()).collect();
        let shared: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../tests/browser/fold-cases.json")).unwrap();
        cases.extend(
            shared
                .iter()
                .map(|c| c["input"].as_str().unwrap().to_string()),
        );
        // Every character of the planes that have compatibility forms, alone and between words,
        // covers those `fold` turns into several characters, into none or into punctuation.
        cases.extend(
            (0..0x30000)
                .filter_map(char::from_u32)
                .map(|c| format!("{c} a{c}b {c}{c}")),
        );
        let mut buffer = String::new();
        for text in cases {
            let expected: Vec<String> = fold(&text)
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .filter(|w| w.chars().count() > 1)
                .map(str::to_string)
                .collect();
            let mut words = Vec::new();
            for_each_word(&text, &mut buffer, |w| words.push(w.to_string()));
            assert_eq!(words, expected, "{text:?}");
        }
    }

    #[test]
    fn the_index_is_that_of_counting_each_entry_on_its_own() {
        // More entries than a batch, so that groups and batches are merged; words short and long
        // (over the 16 bytes of a packed word), accented, repeated in the name and the body.
        let vocabulary = [
            "Prüm",
            "europol",
            "co₂",
            "a",
            "internationalisation",
            "Überstaatlichkeitsgrundsätze",
            "x_y",
            "sixteen_bytes_ab",
            "seventeen_bytes_a",
            "NATO",
        ];
        let entries: Vec<SearchEntry> = (0..BATCH + GROUP + 7)
            .map(|n| {
                let pick = |k: usize| vocabulary[(n * 7 + k * 3 + n / 5) % vocabulary.len()];
                entry(
                    &format!("{} {}", pick(0), pick(1)),
                    &format!("{} {}, {} – {}", pick(2), pick(1), pick(n % 4), n),
                )
            })
            .collect();
        let mut expected: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (position, entry) in entries.iter().enumerate() {
            let mut weights: BTreeMap<String, u32> = BTreeMap::new();
            for (text, weight) in [(&entry.name, 3), (&entry.body, 1)] {
                for word in fold(text)
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .filter(|w| w.chars().count() > 1)
                {
                    *weights.entry(word.to_string()).or_default() += weight;
                }
            }
            for (word, weight) in weights {
                let list = expected.entry(word).or_default();
                list.extend([position as u32, weight]);
            }
        }
        let index = build_index(&entries);
        assert!(expected.contains_key("uberstaatlichkeitsgrundsatze"));
        assert!(expected.contains_key("sixteen_bytes_ab"));
        assert_eq!(index.words, expected);
    }

    #[test]
    fn collapsed_is_split_and_join() {
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
            assert_eq!(collapsed(&text), expected, "{text:?}");
        }
    }

    #[test]
    fn long_text_is_cut_at_a_word() {
        assert_eq!(shortened("short", 10), "short");
        assert_eq!(shortened("one two three four", 9), "one two…");
        assert_eq!(shortened("ééééé", 3), "é…");
    }
}
