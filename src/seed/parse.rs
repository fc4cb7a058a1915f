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
struct Block {
    text: String,
    line: usize,
    single_line: bool,
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
        let trimmed = line.trim();
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

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Ends like a sentence or a clause, not like a title or a heading.
fn ends_like_prose(text: &str) -> bool {
    text.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '’', ')', '…'])
}

fn is_title_like(block: &Block) -> bool {
    // A title may end with a bracket ("... Force (JEF)", "... (12 March 2022)"), not a sentence.
    let bracketed = block.text.ends_with(')') && !block.text.contains(". ");
    block.single_line
        && word_count(&block.text) <= 30
        && (!ends_like_prose(&block.text) || bracketed)
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

/// What one opening line of a copy is.
#[derive(Debug)]
enum Line {
    /// A format label on its own ("Press release", "News story"): the kind.
    Label(String),
    /// A format label glued to the title ("PRESS RELEASE : Title", "Press release: Title").
    LabelledTitle { kind: String, title: String },
    /// "The press release issued by PUBLISHER on DATE.", "Published DATE", a date alone.
    Dated {
        date: Option<PartialDate>,
        publisher: Option<String>,
        kind: Option<String>,
    },
    /// "From: PUBLISHER".
    From(String),
    /// Site navigation, tags, a posting time, an empty "Published on": not the document's.
    Navigation,
    /// Anything else.
    Other,
}

/// GOV.UK's format labels and the kinds other publishers print above a title, singular.
const LABELS: &[&str] = &[
    "press release",
    "news story",
    "policy paper",
    "speech",
    "correspondence",
    "statement",
    "joint statement",
    "oral statement to parliament",
    "written statement to parliament",
    "guidance",
    "readout",
    "media note",
    "notice",
    "transcript",
    "open letter",
    "declaration",
    "joint declaration",
    "communiqué",
    "decision",
    "corporate report",
    "news article",
];

fn label_of(text: &str) -> Option<String> {
    let lower = text.trim().trim_end_matches(':').trim().to_lowercase();
    LABELS.contains(&lower.as_str()).then_some(lower)
}

fn labelled_title() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "• PRESS RELEASE : Title", "Press release: Title": a list marker, a label, a colon.
    PATTERN.get_or_init(|| {
        Regex::new(r"^[•·*\-–]?\s*(?P<kind>[A-Za-zé ]{4,40}?)\s*:\s*(?P<title>\S.*)$")
            .expect("valid constant pattern")
    })
}

fn navigation() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"(?i)^(?:(?:tags?|tag archives|categor(?:y|ies)|subscribe|preview|updated|posted|filed under|follow this news feed|share|print)\s*:|\||image_pdf|published on\s*$|printable version|related articles|latest news|read more|continue reading|skip to)")
            .expect("valid constant pattern")
    })
}

fn time_of_day() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| Regex::new(r"\b\d{1,2}:\d{2}\b").expect("valid constant pattern"))
}

fn dotted_date() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "27.05.2010." as European pages write a day.
    PATTERN.get_or_init(|| {
        Regex::new(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})\b")
            .expect("valid constant pattern")
    })
}

fn date_line_prefix() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"(?i)^(?:(?:first\s+)?published(?:\s+on)?|(?:last\s+)?updated(?:\s+on)?|date|dated|released|issued)?\s*:?\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?")
            .expect("valid constant pattern")
    })
}

/// A line that is only a date, possibly after "Published", "Updated" or a weekday.
fn date_line(text: &str) -> Option<Option<PartialDate>> {
    if word_count(text) > 8 {
        return None;
    }
    if let Some(caps) = dotted_date().captures(text) {
        let number = |name: &str| caps[name].parse::<u16>().ok();
        let day = number("d").and_then(|d| u8::try_from(d).ok());
        let month = number("m").and_then(|m| u8::try_from(m).ok());
        return Some(number("y").and_then(|y| PartialDate::new(y, month, day)));
    }
    let rest = &text[date_line_prefix().find(text).map_or(0, |m| m.end())..];
    let dates = find_dates(rest);
    let first = dates.first()?;
    let after =
        rest[first.end..].trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
    (first.start == 0 && after.is_empty()).then_some(Some(first.date))
}

fn classify_line(text: &str) -> Line {
    if let Some(kind) = label_of(text) {
        return Line::Label(kind);
    }
    if let Some(caps) = kind_prefix()
        .captures(text)
        .or_else(|| labelled_title().captures(text))
    {
        if let Some(kind) = label_of(&caps["kind"]) {
            return Line::LabelledTitle {
                kind,
                title: caps["title"].trim().to_string(),
            };
        }
    }
    if let Some(publisher) = text.strip_prefix("From:") {
        return Line::From(publisher.trim().to_string());
    }
    if navigation().is_match(text) {
        return Line::Navigation;
    }
    if let Some(date) = date_line(text) {
        return Line::Dated {
            date,
            publisher: None,
            kind: None,
        };
    }
    if let Some(caps) = issued_line().captures(text) {
        if word_count(text) <= 30 {
            return Line::Dated {
                date: find_dates(&caps["rest"])
                    .first()
                    .filter(|m| m.date.is_full())
                    .map(|m| m.date),
                publisher: caps
                    .name("publisher")
                    .map(|p| p.as_str().trim().to_string()),
                kind: kind_in(text),
            };
        }
    }
    // A posting time ("18:31 2024", "1/30/2025 12:10:02 AM") or a day without a year.
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if word_count(text) <= 4
        && (time_of_day().is_match(text)
            || (digits > 0
                && find_dates(text).iter().all(|m| !m.date.is_full())
                && text.split_whitespace().all(|w| {
                    w.chars()
                        .all(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
                        || crate::date::MONTHS.iter().any(|m| w.starts_with(&m[..3]))
                })))
    {
        return Line::Navigation;
    }
    Line::Other
}

/// A date written at the end of a title: "Title: 2 August 2023", "Title, 1 February 2023",
/// "Title (12 March 2022)".
fn title_date(title: &str) -> Option<PartialDate> {
    let last = find_dates(title).pop()?;
    let after =
        title[last.end..].trim_matches(|c: char| c.is_whitespace() || matches!(c, ')' | ']' | '.'));
    let before = title[..last.start].trim_end();
    let separated = before.ends_with([':', ',', '(', '-', '–', '|']);
    (after.is_empty() && separated && last.date.is_full()).then_some(last.date)
}

/// The opening lines of a copy and what they say, up to the first line of the body.
#[derive(Default)]
struct Opening {
    title: Option<String>,
    kind: Option<String>,
    publisher: Option<String>,
    date: Option<PartialDate>,
    /// Lines shown as the original's opening lines.
    shown: Vec<String>,
    /// The copying site's lines.
    navigation: Vec<String>,
    /// Index of the first body block.
    body: usize,
}

impl Opening {
    fn set_date(&mut self, date: Option<PartialDate>) {
        if let Some(date) = date {
            if self.date.is_none_or(|d| !d.is_full() && date.is_full()) {
                self.date = Some(date);
            }
        }
    }

    fn set_title(&mut self, line: &str) {
        let mut title = line.trim().to_string();
        if let Some(caps) = bracketed_date().captures(&title) {
            self.set_date(find_dates(&caps["date"]).first().map(|m| m.date));
            let start = caps.get(0).map_or(title.len(), |m| m.start());
            title.truncate(start);
        }
        self.set_date(title_date(&title));
        self.title = Some(title.trim().to_string());
    }
}

/// Reads the opening lines: labels, navigation, breadcrumbs, the title, bylines and date lines,
/// until the first line that reads as body text.
fn opening(blocks: &[Block]) -> Opening {
    let mut opening = Opening::default();
    // A short title-like line before any long one: a byline, a site name, or a short title.
    let mut short: Option<usize> = None;
    let mut index = 0;
    while index < blocks.len().saturating_sub(1) && index < 20 {
        let block = &blocks[index];
        let next = &blocks[index + 1];
        if !block.single_line {
            break;
        }
        match classify_line(&block.text) {
            Line::Label(kind) => {
                opening.kind.get_or_insert(kind);
                opening.shown.push(block.text.clone());
            }
            Line::LabelledTitle { kind, title } => {
                opening.kind.get_or_insert(kind);
                if opening.title.is_none() {
                    opening.set_title(&title);
                }
                opening.shown.push(block.text.clone());
            }
            Line::Dated {
                date,
                publisher,
                kind,
            } => {
                opening.set_date(date);
                if opening.publisher.is_none() {
                    opening.publisher = publisher;
                }
                if opening.kind.is_none() {
                    opening.kind = kind;
                }
                opening.shown.push(block.text.clone());
            }
            Line::From(publisher) => {
                opening.publisher.get_or_insert(publisher);
                opening.shown.push(block.text.clone());
            }
            Line::Navigation => opening.navigation.push(block.text.clone()),
            Line::Other => {
                let breadcrumb = next.single_line
                    && block.text.len() > next.text.len()
                    && block.text.ends_with(&next.text);
                let repeated = opening
                    .title
                    .as_deref()
                    .is_some_and(|t| block.text.contains(t));
                if breadcrumb || repeated {
                    // The title follows (or came) on its own line: this one is navigation.
                    opening.navigation.push(block.text.clone());
                } else if is_title_like(block) && opening.title.is_none() {
                    if word_count(&block.text) >= 5 {
                        opening.set_title(&block.text);
                        opening.shown.push(block.text.clone());
                    } else if short.is_none() {
                        short = Some(index);
                    } else {
                        // A second short line: the first was the title and this one opens the
                        // body (a heading), so that no line of the text is lost.
                        break;
                    }
                } else if is_title_like(block)
                    && word_count(&block.text) <= 8
                    && !matches!(classify_line(&next.text), Line::Other)
                {
                    // A byline between the title and a date line.
                    opening.navigation.push(block.text.clone());
                } else {
                    break;
                }
            }
        }
        index += 1;
    }
    if opening.title.is_none() {
        if let Some(short) = short {
            // No long title line: the short one was the title, and what follows it is body.
            opening.set_title(&blocks[short].text);
            opening.shown.push(blocks[short].text.clone());
            index = index.max(short + 1);
        }
    } else if let Some(short) = short {
        // A short line before the title: the site's name or a byline.
        opening.navigation.push(blocks[short].text.clone());
    }
    opening.body = index;
    opening
}

/// Parses a seed's text (already decoded, with `\n` line endings).
pub fn parse(text: &str) -> Parsed {
    let blocks = blocks(text);
    let opening = opening(&blocks);
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
        parsed.kind = parsed.preamble.iter().find_map(|line| kind_in(line));
    }
    // "Published DATE", "Updated DATE" and "From:" lines further down (GOV.UK prints them at
    // the foot of the page) are metadata too, not paragraphs.
    let mut body = Vec::new();
    for block in &blocks[opening.body.min(blocks.len())..] {
        if block.single_line {
            match classify_line(&block.text) {
                Line::Dated { date, .. } if word_count(&block.text) <= 8 => {
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
        }
        body.push(block);
    }
    parsed.sections = body_sections(&body);
    parsed.repeated_lede = repeated_lede(&parsed.sections);
    if parsed.date.is_none_or(|d| !d.is_full()) {
        // A dateline: "Brussels 24.03.2022 Today, ...", "LONDON, 3 March 2016 –".
        if let Some(first) = parsed.sections.iter().flat_map(|s| &s.paragraphs).next() {
            let opening: String = first
                .text
                .split_whitespace()
                .take(4)
                .collect::<Vec<_>>()
                .join(" ");
            let date = opening
                .split_whitespace()
                .find_map(|word| date_line(word.trim_end_matches([',', ':'])).flatten())
                .or_else(|| {
                    find_dates(&opening)
                        .into_iter()
                        .map(|m| m.date)
                        .find(|d| d.is_full())
                });
            if date.is_some_and(|d| d.is_full()) {
                parsed.date = date;
            }
        }
    }
    parsed
}

fn body_sections(blocks: &[&Block]) -> Vec<Section> {
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

/// A paragraph among the first few that repeats the first one: nine in ten of the shorter's
/// words are the longer's.
fn repeated_lede(sections: &[Section]) -> Option<String> {
    let words = |text: &str| -> std::collections::HashSet<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let mut paragraphs = sections.iter().flat_map(|s| &s.paragraphs);
    let first = paragraphs.next()?;
    let lede = words(&first.text);
    for later in paragraphs.take(3) {
        let body = words(&later.text);
        let (small, large) = if lede.len() <= body.len() {
            (&lede, &body)
        } else {
            (&body, &lede)
        };
        if small.len() < 6 {
            continue;
        }
        let shared = small.iter().filter(|w| large.contains(*w)).count();
        if shared * 10 >= small.len() * 8 && large.len() <= small.len() * 2 {
            return Some(later.id.clone());
        }
    }
    None
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
        // "Press Releases" is the copying site's navigation.
        assert_eq!(parsed.preamble.len(), 2);
        assert_eq!(parsed.sections.len(), 1);
        assert_eq!(parsed.sections[0].paragraphs.len(), 2);
    }

    #[test]
    fn reads_a_breadcrumb_title_and_headings() {
        let text = "Home World Two countries agree\n\nTwo countries agree\n\nOpening paragraph.\n\nSecurity and defence\n\nA paragraph on defence.\n\nAnother one.";
        let parsed = parse(text);
        assert_eq!(parsed.title.as_deref(), Some("Two countries agree"));
        // The breadcrumb is navigation: not one of the original's opening lines.
        assert_eq!(parsed.preamble, ["Two countries agree"]);
        let headings: Vec<_> = parsed.sections.iter().map(|s| s.heading.clone()).collect();
        assert_eq!(headings, [None, Some("Security and defence".to_string())]);
        assert_eq!(parsed.sections[1].paragraphs[1].id, "p-3");
        assert!(parsed.date.is_none());
    }

    #[test]
    fn a_short_title_followed_by_a_short_heading_loses_no_line() {
        let text = "Title line\n\nSame heading\n\nA paragraph.\n\nSame heading\n\nAnother.";
        let parsed = parse(text);
        assert_eq!(parsed.title.as_deref(), Some("Title line"));
        let headings: Vec<_> = parsed.sections.iter().map(|s| s.heading.clone()).collect();
        assert_eq!(
            headings,
            [
                Some("Same heading".to_string()),
                Some("Same heading".to_string())
            ]
        );
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

    #[test]
    fn reads_a_govuk_page_copied_as_text() {
        let text = "Policy paper\n\nA plan for two countries: 2 August 2023\n\nFrom:\nPrime Minister's Office\n\nPublished 3 August 2023\n\nThe two governments agreed a plan, and they will carry it out together over the coming years with partners in the region and beyond it.\n\nUpdates to this page\n\nPublished 3 August 2023";
        let parsed = parse(text);
        assert_eq!(
            parsed.title.as_deref(),
            Some("A plan for two countries: 2 August 2023")
        );
        assert_eq!(parsed.kind.as_deref(), Some("policy paper"));
        assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2023-08-02"));
        let paragraphs: Vec<&str> = parsed
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .map(|p| p.text.as_str())
            .collect();
        assert!(
            paragraphs[0].starts_with("The two governments"),
            "{paragraphs:?}"
        );
        assert!(
            !paragraphs.iter().any(|p| p.starts_with("Published")),
            "{paragraphs:?}"
        );
    }

    #[test]
    fn skips_tags_bylines_and_posting_times_and_reads_a_date_line() {
        let text = "Tag Archives: Summit\nSecretary Smith's Call With the Foreign Minister of Freedonia\n1/30/2025 12:10:02 AM\nOffice of the Spokesperson\nJanuary 29, 2025\nThe below is attributable to the Spokesperson, who spoke at length about the call and what the two ministers said to one another:\nSecretary Smith spoke with the Foreign Minister today.";
        let parsed = parse(text);
        assert_eq!(
            parsed.title.as_deref(),
            Some("Secretary Smith's Call With the Foreign Minister of Freedonia")
        );
        assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2025-01-29"));
        assert!(!parsed.preamble.iter().any(|l| l.contains("Tag")));
        assert_eq!(parsed.sections[0].paragraphs.len(), 2);
    }
}
