//! Reads the shape of a plain-text document: preamble lines, title, headings, paragraphs.
//!
//! Documents copied from the web arrive in a few shapes. A site label ("Press Releases") may come
//! first; the title may carry a kind ("PRESS RELEASE : ...") and a bracketed month; an
//! "issued by ... on DATE" line may follow; a breadcrumb line may end with the title, which then
//! stands again on its own line; headings stand on lines of their own. A body-only readout has
//! none of these. The rules below recognise each shape from the text alone.

use super::additions::without_site_prefix;
use super::dateline::dateline_end;
use super::framing::{footer_date, is_sign_off, metadata_date, signature_date};
use super::opening::{classify_line, date_line, Line};
use super::words::kind_or_english as kind_in;
use super::Section;
use crate::date::{PartialDate, TextLanguage};

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
    /// Opening lines before the body that are the document's own (label, title, date lines),
    /// verbatim: what a page shows as the original's opening lines.
    pub preamble: Vec<String>,
    /// Lines left off the page: the copying site's navigation, breadcrumbs, tags, posting
    /// times, bylines, a repeated title, and the "Published"/"From:" lines below the body.
    pub navigation: Vec<String>,
    /// The body.
    pub sections: Vec<Section>,
    /// The id of a paragraph that repeats an earlier one almost word for word (a copy that
    /// prints the lede, then the body that begins with it again).
    pub repeated_lede: Option<String>,
}

/// A run of non-blank lines, joined with spaces, and the line it starts on.
pub(super) struct Block {
    pub(super) text: String,
    pub(super) line: usize,
    pub(super) single_line: bool,
}

#[cfg(test)]
impl Block {
    /// A block of one line, as the tests of the modules that read blocks build them.
    pub(super) fn single(text: &str) -> Block {
        Block {
            text: text.to_string(),
            line: 1,
            single_line: true,
        }
    }
}

/// Lines longer than this are not wrapped by hand: a text that has one sets each paragraph on
/// a line of its own, blank lines between them or not (as copies of web pages do).
const UNWRAPPED_LINE: usize = 120;

fn blocks(text: &str) -> Vec<Block> {
    let one_per_line = text
        .lines()
        .any(|line| line.trim().chars().count() > UNWRAPPED_LINE);
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    for (index, line) in text.lines().enumerate() {
        // A line holding only spaces, or characters that show nothing (a zero-width space, a
        // byte-order mark a copy left inside), is blank: it separates paragraphs.
        let trimmed = line.trim();
        let trimmed = if trimmed.chars().all(is_invisible) {
            ""
        } else {
            trimmed
        };
        if trimmed.is_empty() || one_per_line {
            blocks.extend(current.take());
        }
        if trimmed.is_empty() {
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

/// Whether a character shows nothing: a space or a zero-width character.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

pub(super) fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Ends like a sentence or a clause, not like a title or a heading.
fn ends_like_prose(text: &str) -> bool {
    // French and German close quotations with `»` and `“`.
    text.ends_with([
        '.', '!', '?', ':', ';', ',', '"', '”', '’', ')', '…', '»', '“',
    ])
}

/// A headline that asks ("Algeria – Tunisia: 27 Agreements Signed, Towards an “Economic
/// Merger”?"): it ends with a question mark, but every word of four letters or more is
/// capitalised, as a headline's words are and a sentence's are not.
fn is_headline_question(text: &str) -> bool {
    let long: Vec<&str> = text
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    text.trim_end_matches(['"', '”', '’']).ends_with('?')
        && long.len() >= 4
        && long
            .iter()
            .all(|word| word.chars().next().is_some_and(char::is_uppercase))
}

pub(super) fn is_title_like(block: &Block) -> bool {
    // A title may end with a bracket ("... Force (JEF)", "... (12 March 2022)"), not a sentence.
    let bracketed = block.text.ends_with(')') && !block.text.contains(". ");
    block.single_line
        && word_count(&block.text) <= 30
        && (!ends_like_prose(&block.text)
            || bracketed
            || is_headline_question(&block.text)
            || super::notitle::ends_with_initialism(&block.text))
        && !super::notitle::holds_a_sentence_end(&block.text)
}

/// A short line standing alone: a site label, a section name, a heading.
pub(super) fn is_heading_like(block: &Block) -> bool {
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

/// Parses a seed's text in English (already decoded, with `\n` line endings).
pub fn parse(text: &str) -> Parsed {
    parse_in(text, TextLanguage::English)
}

/// Parses a seed's text written in `language`: its dates, format labels and "published on"
/// lines are read in that language (and in English).
pub fn parse_in(text: &str, language: TextLanguage) -> Parsed {
    let blocks = blocks(text);
    let opening = super::start::opening(&blocks, language);
    let dated_above_title = opening.dated_above_title;
    let mut parsed = Parsed {
        title: opening.title,
        kind: opening.kind,
        publisher: opening.publisher,
        date: opening.date,
        preamble: opening.shown,
        navigation: opening.navigation,
        sections: Vec::new(),
        repeated_lede: None,
    };
    if parsed.kind.is_none() {
        parsed.kind = parsed
            .preamble
            .iter()
            .find_map(|line| kind_in(line, language));
    }
    // "Published DATE", "Updated DATE" and "From:" lines further down (GOV.UK prints them at
    // the foot of the page) are metadata too, not paragraphs.
    let mut body = Vec::new();
    // The first full date of a photo's caption printed twice above the story.
    let mut caption_date = None;
    let last = blocks.len().saturating_sub(1);
    let buttons_start = super::framing::buttons_start(&blocks);
    let page_end = super::page_end::page_end_start(&blocks);
    for (index, block) in blocks.iter().enumerate().skip(opening.body) {
        if super::captions::is_caption_printed_twice(&blocks, index, opening.body) {
            caption_date =
                caption_date.or_else(|| super::captions::caption_date(&block.text, language));
            parsed.navigation.push(block.text.clone());
            continue;
        }
        // "VNA" alone under the story: the agency signs its copy.
        // "XNA", then only the page's share buttons ("Share this: Tweet", "Email"): the same.
        let closing = index == last || index + 1 >= buttons_start;
        if closing && index > opening.body && block.single_line && is_sign_off(&block.text) {
            parsed.navigation.push(block.text.clone());
            continue;
        }
        // "NB8 sumazinta.jpg" and its caption: the page's picture, left as text.
        // A list of the site's videos below the story: other stories' headlines.
        if super::images::is_image_or_caption(&blocks, index)
            || super::videos::is_video_list_entry(&blocks, index)
        {
            parsed.navigation.push(block.text.clone());
            continue;
        }
        if block.single_line {
            match classify_line(&block.text, language) {
                // A date line with its place and publisher may follow the lede ("May 16, 2022
                // – Berlin, Germany – Global Affairs Canada").
                Line::Dated { date, .. }
                    if word_count(&block.text) <= 8
                        || date_line(&block.text, language).flatten().is_some() =>
                {
                    if parsed.date.is_none_or(|d| !d.is_full()) {
                        parsed.date = date.or(parsed.date);
                    }
                    parsed.navigation.push(block.text.clone());
                    continue;
                }
                Line::From(publisher) => {
                    parsed.publisher.get_or_insert(publisher);
                    parsed.navigation.push(block.text.clone());
                    continue;
                }
                _ => {}
            }
            // A metadata line ("Nyhet | Dato: 31.10.2018") or a closing line signed with the
            // office and the day ("ENDS Press Office 14 April 2021").
            let dated =
                metadata_date(&block.text, language).or_else(|| footer_date(&block.text, language));
            if let Some(date) = dated {
                if parsed.date.is_none_or(|d| !d.is_full()) {
                    parsed.date = Some(date);
                }
                parsed.navigation.push(block.text.clone());
                continue;
            }
        }
        // "YB DATO’ SERI ...", "PUTRAJAYA", "1 JUNE 2021": a signature block with its day.
        if !block.single_line {
            if let Some(date) = signature_date(&block.text, language) {
                if parsed.date.is_none_or(|d| !d.is_full()) {
                    parsed.date = Some(date);
                }
                parsed.navigation.push(block.text.clone());
                continue;
            }
        }
        // Other stories' headlines and the site's footer below the story.
        if index >= page_end && index > opening.body {
            parsed.navigation.push(block.text.clone());
            continue;
        }
        body.push(block);
    }
    parsed.sections = super::body::body_sections(&body, language);
    parsed.repeated_lede = super::summary_repeat::repeated_lede(&parsed);
    // "COLOMBO: Title" above "COLOMBO: Prime Minister ...": the copying site stamped its
    // dateline on the title too; it is no part of the title.
    if let (Some(title), Some(first)) = (
        &mut parsed.title,
        parsed.sections.iter().flat_map(|s| &s.paragraphs).next(),
    ) {
        if let Some(end) = dateline_end(&first.text) {
            let stamp = first.text[..end].trim_end();
            if let Some(rest) = title.strip_prefix(stamp) {
                if !rest.trim().is_empty() {
                    *title = rest.trim().to_string();
                }
            }
        }
    }
    if let Some(title) = &mut parsed.title {
        let body: String = parsed
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        if let Some(shorter) = without_site_prefix(title, &body, language) {
            *title = shorter;
        }
    }
    if parsed.date.is_none_or(|d| !d.is_full()) {
        // "Date: 11/09/2020" among the first lines, either way round: read in the text's order.
        let lines = blocks
            .iter()
            .take(opening.body + 8)
            .map(|b| b.text.as_str());
        if let Some(date) = super::day_order::field_date(lines, text) {
            parsed.date = Some(date);
        }
    }
    if parsed.date.is_none_or(|d| !d.is_full()) {
        if let Some(date) = super::first_date::first_paragraph_date(&parsed.sections, language) {
            parsed.date = Some(date);
        } else if caption_date.is_some() {
            // Nothing else dates the page: the day its picture was taken is the meeting's.
            parsed.date = caption_date;
        }
    } else if dated_above_title {
        // A date line above the title and a dateline opening the body that disagree: the
        // line above is a site's date bar (the day the page was stored); the dateline is the
        // statement's own ("• Sunday, 24 November 2024", then "Skopje, 5 November 2024 -").
        let first = parsed.sections.iter().flat_map(|s| &s.paragraphs).next();
        if let Some(date) = first
            .and_then(|p| super::first_date::dateline_date(&p.text, language))
            .filter(|d| d.is_full())
        {
            parsed.date = Some(date);
        }
    }
    parsed
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
#[path = "parse_tests.rs"]
mod tests;
