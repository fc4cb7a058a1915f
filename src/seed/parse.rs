//! Reads the shape of a plain-text document: preamble lines, title, headings, paragraphs.
//!
//! Documents copied from the web arrive in a few shapes. A site label ("Press Releases") may come
//! first; the title may carry a kind ("PRESS RELEASE : ...") and a bracketed month; an
//! "issued by ... on DATE" line may follow; a breadcrumb line may end with the title, which then
//! stands again on its own line; headings stand on lines of their own. A body-only readout has
//! none of these. The rules below recognise each shape from the text alone.

use std::sync::OnceLock;

use regex::Regex;

use super::{Paragraph, Section};
use crate::date::{find_dates, PartialDate};
use crate::text::{slugify, UniqueIds};

/// What the text itself says about a document.
#[derive(Debug, Default)]
pub struct Parsed {
    /// The title, when a title line was found.
    pub title: Option<String>,
    /// The kind, from a title prefix or a kind phrase in the opening lines.
    pub kind: Option<String>,
    /// The publisher, from an "issued by" line.
    pub publisher: Option<String>,
    /// The date, from an "issued ... on" line or a bracketed month in the title.
    pub date: Option<PartialDate>,
    /// Opening lines before the body, verbatim.
    pub preamble: Vec<String>,
    /// The body.
    pub sections: Vec<Section>,
}

/// A run of non-blank lines, joined with spaces, and the line it starts on.
struct Block {
    text: String,
    line: usize,
    single_line: bool,
}

fn blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blocks.extend(current.take());
            continue;
        }
        match &mut current {
            Some(block) => {
                block.text.push(' ');
                block.text.push_str(trimmed);
                block.single_line = false;
            }
            None => {
                current = Some(Block {
                    text: trimmed.to_string(),
                    line: index + 1,
                    single_line: true,
                })
            }
        }
    }
    blocks.extend(current);
    blocks
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Ends like a sentence or a clause, not like a title or a heading.
fn ends_like_prose(text: &str) -> bool {
    text.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '’', ')', '…'])
}

fn is_title_like(block: &Block) -> bool {
    block.single_line && word_count(&block.text) <= 30 && !ends_like_prose(&block.text)
}

/// A short line standing alone: a site label, a section name, a heading.
fn is_heading_like(block: &Block) -> bool {
    block.single_line
        && word_count(&block.text) <= 12
        && block.text.len() <= 100
        && !ends_like_prose(&block.text)
        && block
            .text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

fn kind_prefix() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "PRESS RELEASE : Title": an upper-case label, a colon, the title.
    PATTERN.get_or_init(|| {
        Regex::new(r"^(?P<kind>[A-Z][A-Z ]{2,40}?)\s*:\s*(?P<title>\S.*)$")
            .expect("valid constant pattern")
    })
}

fn bracketed_date() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"\s*\[(?P<date>[^\]]{4,30})\]\s*$").expect("valid constant pattern")
    })
}

fn issued_line() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"(?i)\b(?:issued|published|released)\b(?:\s+by\s+(?P<publisher>.+?))?\s+on\s+(?P<rest>.+)$")
            .expect("valid constant pattern")
    })
}

/// Kind phrases, most specific first, looked for in the opening lines.
const KIND_PHRASES: [&str; 9] = [
    "joint statement",
    "joint declaration",
    "press release",
    "readout",
    "communiqué",
    "news story",
    "speech",
    "statement",
    "declaration",
];

fn kind_in(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    KIND_PHRASES
        .iter()
        .find(|phrase| lower.contains(*phrase))
        .map(|p| p.to_string())
}

/// Parses a seed's text (already decoded, with `\n` line endings).
pub fn parse(text: &str) -> Parsed {
    let blocks = blocks(text);
    let mut parsed = Parsed::default();
    let mut next = 0;

    // A breadcrumb line that ends with the title, then the title on its own line.
    if let [first, second, ..] = blocks.as_slice() {
        if first.single_line
            && second.single_line
            && first.text.len() > second.text.len()
            && first.text.ends_with(&second.text)
            && is_title_like(second)
        {
            parsed.preamble.push(first.text.clone());
            next = 1;
        }
    }
    // A site label ("Press Releases") before a title line.
    if next == 0
        && blocks.len() > 2
        && is_heading_like(&blocks[0])
        && word_count(&blocks[0].text) <= 4
    {
        let second = &blocks[1];
        if is_title_like(second)
            && (kind_prefix().is_match(&second.text) || bracketed_date().is_match(&second.text))
        {
            parsed.preamble.push(blocks[0].text.clone());
            next = 1;
        }
    }
    // The title line itself.
    if let Some(block) = blocks.get(next) {
        if is_title_like(block) && blocks.len() > next + 1 {
            parsed.preamble.push(block.text.clone());
            let mut title = block.text.clone();
            if let Some(caps) = kind_prefix().captures(&title) {
                parsed.kind = Some(caps["kind"].trim().to_lowercase());
                title = caps["title"].to_string();
            }
            if let Some(caps) = bracketed_date().captures(&title) {
                parsed.date = find_dates(&caps["date"]).first().map(|m| m.date);
                let start = caps.get(0).map_or(title.len(), |m| m.start());
                title.truncate(start);
            }
            parsed.title = Some(title.trim().to_string());
            next += 1;
        }
    }
    // An "issued by ... on DATE" line.
    if parsed.title.is_some() {
        if let Some(block) = blocks.get(next) {
            if let Some(caps) = issued_line().captures(&block.text) {
                if word_count(&block.text) <= 30 {
                    if let Some(date) = find_dates(&caps["rest"])
                        .first()
                        .filter(|m| m.date.is_full())
                    {
                        parsed.date = Some(date.date);
                    }
                    parsed.publisher = caps
                        .name("publisher")
                        .map(|p| p.as_str().trim().to_string());
                    parsed.kind = parsed.kind.take().or_else(|| kind_in(&block.text));
                    parsed.preamble.push(block.text.clone());
                    next += 1;
                }
            }
        }
    }
    if parsed.kind.is_none() {
        parsed.kind = parsed.preamble.iter().find_map(|line| kind_in(line));
    }
    parsed.sections = body_sections(&blocks[next..]);
    parsed
}

fn body_sections(blocks: &[Block]) -> Vec<Section> {
    let mut sections = vec![Section {
        heading: None,
        id: "start".to_string(),
        paragraphs: Vec::new(),
    }];
    let mut used_ids = UniqueIds::default();
    used_ids.reserve("start");
    let mut paragraph_number = 0;
    for (index, block) in blocks.iter().enumerate() {
        let followed_by_prose = blocks.get(index + 1).is_some_and(|b| !is_heading_like(b));
        if is_heading_like(block) && followed_by_prose {
            let base = Some(slugify(&block.text, 50))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "section".into());
            // Paragraph ids are `p-N`; a heading never takes that form, nor another heading's id.
            let base = if base.starts_with("p-") {
                format!("section-{base}")
            } else {
                base
            };
            let id = used_ids.unique(&base);
            sections.push(Section {
                heading: Some(block.text.clone()),
                id,
                paragraphs: Vec::new(),
            });
            continue;
        }
        paragraph_number += 1;
        let dates = find_dates(&block.text);
        let paragraph = Paragraph {
            id: format!("p-{paragraph_number}"),
            text: block.text.clone(),
            line: block.line,
            dates,
        };
        if let Some(section) = sections.last_mut() {
            section.paragraphs.push(paragraph);
        }
    }
    if sections[0].paragraphs.is_empty() && sections.len() > 1 {
        sections.remove(0);
    }
    sections
}

/// The first sentence of the first paragraph of `sections`, trimmed.
pub fn first_sentence(sections: &[Section]) -> Option<&str> {
    use unicode_segmentation::UnicodeSegmentation;
    let first = sections.iter().flat_map(|s| &s.paragraphs).next()?;
    Some(first.text.split_sentence_bounds().next()?.trim())
}

/// A title for a document that has no title line: its first sentence, shortened to a headline.
pub fn first_sentence_title(sections: &[Section]) -> Option<String> {
    let sentence = first_sentence(sections)?.trim_end_matches(['.', '!', '?']);
    if sentence.chars().count() <= 90 {
        return Some(sentence.to_string());
    }
    let mut title = String::new();
    for word in sentence.split_whitespace() {
        if title.chars().count() + word.chars().count() + 1 > 85 {
            break;
        }
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(word);
    }
    title.push('…');
    Some(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_press_release_with_label_and_issued_line() {
        let text = "Press Releases\n\nPRESS RELEASE : Leaders meet [January 2024]\n\nThe press release issued by 10 Downing Street on 23 January 2024.\n\nThe Prime Minister welcomed a guest.\n\nThey agreed things.";
        let parsed = parse(text);
        assert_eq!(parsed.title.as_deref(), Some("Leaders meet"));
        assert_eq!(parsed.kind.as_deref(), Some("press release"));
        assert_eq!(parsed.publisher.as_deref(), Some("10 Downing Street"));
        assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2024-01-23"));
        assert_eq!(parsed.preamble.len(), 3);
        assert_eq!(parsed.sections.len(), 1);
        assert_eq!(parsed.sections[0].paragraphs.len(), 2);
    }

    #[test]
    fn reads_a_breadcrumb_title_and_headings() {
        let text = "Home World Two countries agree\n\nTwo countries agree\n\nOpening paragraph.\n\nSecurity and defence\n\nA paragraph on defence.\n\nAnother one.";
        let parsed = parse(text);
        assert_eq!(parsed.title.as_deref(), Some("Two countries agree"));
        assert_eq!(
            parsed.preamble,
            ["Home World Two countries agree", "Two countries agree"]
        );
        let headings: Vec<_> = parsed.sections.iter().map(|s| s.heading.clone()).collect();
        assert_eq!(headings, [None, Some("Security and defence".to_string())]);
        assert_eq!(parsed.sections[1].paragraphs[1].id, "p-3");
        assert!(parsed.date.is_none());
    }

    #[test]
    fn a_heading_like_a_paragraph_id_gets_another_id() {
        // "P 1" slugs to `p-1`, the first paragraph's id: this once looped for ever.
        let text = "Title\n\nOpening.\n\nP 1\n\nA paragraph.\n\nP 1\n\nAnother.";
        let parsed = parse(text);
        let ids: Vec<&str> = parsed.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["start", "section-p-1", "section-p-1-2"]);
    }

    #[test]
    fn a_body_only_readout_has_no_title_and_no_date() {
        let text = "The Foreign Secretary met her counterpart today. They discussed NATO.\n\nThey agreed to meet again.";
        let parsed = parse(text);
        assert!(parsed.title.is_none());
        assert!(parsed.date.is_none());
        assert_eq!(
            first_sentence_title(&parsed.sections).as_deref(),
            Some("The Foreign Secretary met her counterpart today")
        );
    }
}
