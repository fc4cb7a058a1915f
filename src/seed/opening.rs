//! The opening lines of a copy: format labels ("Press release"), a label glued to the title,
//! navigation, tags and posting times, a breadcrumb ending with the title, bylines, date lines
//! ("Published DATE", "The press release issued by ... on DATE"), and the title itself, with a
//! date at its end. What they say becomes the document's title, kind, publisher and date.

use std::sync::OnceLock;

use regex::Regex;

use super::additions::{is_comment_form, is_posting_date, stamp_date};
pub(super) use super::date_lines::date_line;
use super::framing::{
    ends_with_line, is_headline_above_byline, is_office, is_section_name, is_title_bar,
    is_title_in_site_language, title_date, title_set_over_two_lines, trail_steps,
};
pub(super) use super::line_kinds::{classify_line, Line};
use super::mastheads::site_name_above_title;
use super::nordic_date::nordic_title_date;
use super::parse::{is_title_like, word_count, Block};
use super::place_date::place_date;
use crate::date::{find_dates_in, PartialDate, TextLanguage};

fn bracketed_date() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"\s*\[(?P<date>[^\]]{4,30})\]\s*$").expect("valid constant pattern")
    })
}

fn release_time() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "10/26/2023 11:52 PM EDT" at the end of a title line: when the page released it.
    PATTERN.get_or_init(|| {
        Regex::new(r"\s+\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?\s*$")
            .expect("valid constant pattern")
    })
}

/// The opening lines of a copy and what they say, up to the first line of the body.
#[derive(Default)]
pub(super) struct Opening {
    pub(super) title: Option<String>,
    pub(super) kind: Option<String>,
    pub(super) publisher: Option<String>,
    pub(super) date: Option<PartialDate>,
    /// Whether a line above the title gave the date: a site's date bar may stand there
    /// ("• Sunday, 24 November 2024", the day the page was stored).
    pub(super) dated_above_title: bool,
    /// Lines shown as the original's opening lines.
    pub(super) shown: Vec<String>,
    /// The copying site's lines.
    pub(super) navigation: Vec<String>,
    /// Index of the first body block.
    pub(super) body: usize,
}

impl Opening {
    fn set_date(&mut self, date: Option<PartialDate>) {
        if let Some(date) = date {
            if self.date.is_none_or(|d| !d.is_full() && date.is_full()) {
                self.date = Some(date);
            }
        }
    }

    fn set_title(&mut self, line: &str, language: TextLanguage) {
        let mut title = line.trim().to_string();
        // "...Minister for Europe and Foreign Affairs,[...]": a copying site cut the title and
        // marked the cut; the mark and the comma before it are the site's.
        if let Some(cut) = title
            .strip_suffix("[...]")
            .or_else(|| title.strip_suffix("[…]"))
        {
            title = cut.trim_end().trim_end_matches(',').trim_end().to_string();
        }
        // "Title ({{commentsTotal}})": a template's field the page never filled.
        if let Some(field) = title.strip_suffix("}})").and_then(|t| t.rfind("({{")) {
            title.truncate(field);
        }
        // "State visits | Title": a section's short label glued before a long title.
        if let Some((label, rest)) = title.split_once(" | ") {
            if word_count(label) <= 3 && word_count(rest) >= 3 * word_count(label) + 4 {
                title = rest.trim().to_string();
            }
        }
        if let Some(caps) = bracketed_date().captures(&title) {
            self.set_date(
                find_dates_in(&caps["date"], language)
                    .first()
                    .map(|m| m.date),
            );
            let start = caps.get(0).map_or(title.len(), |m| m.start());
            title.truncate(start);
        }
        if let Some(stamp) = release_time().find(&title) {
            self.set_date(stamp_date(stamp.as_str()));
            title.truncate(stamp.start());
        }
        self.set_date(title_date(&title, language).or_else(|| nordic_title_date(&title)));
        self.title = Some(title.trim().to_string());
    }
}

/// Reads the opening lines: labels, navigation, breadcrumbs, the title, bylines and date lines,
/// until the first line that reads as body text.
pub(super) fn read_opening(blocks: &[Block], language: TextLanguage) -> Opening {
    let mut opening = Opening::default();
    // The steps of a breadcrumb trail: the last is the title when a line gives it again, the
    // others are sections.
    let mut trail: Vec<&str> = Vec::new();
    // A short title-like line before any long one: a byline, a site name, or a short title.
    let mut short: Option<usize> = None;
    let mut index = 0;
    // A blog's date above the title is when the copy was posted, not the statement's date.
    let blog = blocks
        .iter()
        .rev()
        .take(5)
        .any(|b| is_comment_form(&b.text));
    while index < blocks.len().saturating_sub(1) && index < 20 {
        let block = &blocks[index];
        let next = &blocks[index + 1];
        if !block.single_line {
            break;
        }
        if opening.title.is_none()
            && super::notitle::names_the_people_below(&block.text, &next.text)
        {
            opening.navigation.push(block.text.clone());
            index += 1;
            continue;
        }
        match classify_line(&block.text, language) {
            Line::Label(kind) => {
                opening.kind.get_or_insert(kind);
                opening.shown.push(block.text.clone());
            }
            Line::LabelledTitle { kind, title } => {
                opening.kind.get_or_insert(kind);
                if opening.title.is_none() {
                    opening.set_title(&title, language);
                }
                opening.shown.push(block.text.clone());
            }
            Line::Dated { .. }
                if blog && opening.title.is_none() && is_posting_date(&block.text) =>
            {
                opening.navigation.push(block.text.clone());
            }
            Line::Dated {
                date,
                publisher,
                kind,
            } => {
                let before = opening.date;
                if opening.dated_above_title && place_date(&block.text, language).is_some() {
                    opening.date = None;
                }
                opening.set_date(date);
                if opening.date != before {
                    opening.dated_above_title = opening.title.is_none();
                }
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
            Line::Headline(title) => {
                if opening.title.is_none() {
                    opening.set_title(&title, language);
                }
                opening.shown.push(block.text.clone());
            }
            Line::Navigation => opening.navigation.push(block.text.clone()),
            Line::Other => {
                // A title line that ends with the release time printed again below it ("Title
                // 10/26/2023 11:52 PM EDT") is the title, not a breadcrumb ending with it.
                let breadcrumb = next.single_line
                    && block.text.len() > next.text.len()
                    && block.text.ends_with(&next.text)
                    && matches!(classify_line(&next.text, language), Line::Other);
                let repeated = opening
                    .title
                    .as_deref()
                    .is_some_and(|t| block.text.contains(t))
                    || is_printed_again_below(&blocks[index..]);
                let step = trail.iter().position(|s| *s == block.text);
                // The title alone below its title bar ("Title - News - Site name"), or below
                // the same title in the site's own language: this line is the title.
                let bar = opening.title.as_deref().and_then(|title| {
                    let position = opening
                        .shown
                        .iter()
                        .position(|line| is_title_bar(line, &block.text))?;
                    title.starts_with(block.text.as_str()).then_some(position)
                });
                let translated = opening.title.as_deref().is_some_and(|title| {
                    opening.shown.len() == 1
                        && opening.shown[0].trim() == title
                        && is_title_like(block)
                        && is_title_in_site_language(title, &block.text)
                });
                if let Some(position) = bar.or(translated.then_some(0)) {
                    let line = opening.shown.remove(position);
                    opening.navigation.push(line);
                    opening.title = None;
                    opening.set_title(&block.text, language);
                    opening.shown.push(block.text.clone());
                } else if let Some(steps) = trail_steps(&block.text) {
                    trail = steps;
                    opening.navigation.push(block.text.clone());
                } else if step.is_some_and(|p| p + 1 == trail.len()) && opening.title.is_none() {
                    opening.set_title(&block.text, language);
                    opening.shown.push(block.text.clone());
                } else if step.is_some() || is_section_name(&block.text) {
                    opening.navigation.push(block.text.clone());
                } else if is_office(&block.text) {
                    // "Office of the Press Secretary" above the title: the publisher's byline.
                    opening
                        .publisher
                        .get_or_insert_with(|| block.text.trim().to_string());
                    opening.navigation.push(block.text.clone());
                } else if breadcrumb || repeated {
                    // The title follows (or came) on its own line: this one is navigation.
                    opening.navigation.push(block.text.clone());
                } else if is_title_like(block) && opening.title.is_none() {
                    let glued = short.filter(|s| ends_with_line(&block.text, &blocks[*s].text));
                    if let Some(glued) = glued {
                        // "Dutch government visits Berlin Close cooperation and friendship"
                        // below "Close cooperation and friendship": a section's line glued to
                        // the title printed again; the short line alone is the title.
                        opening.set_title(&blocks[glued].text, language);
                        opening.shown.push(blocks[glued].text.clone());
                        opening.navigation.push(block.text.clone());
                        short = None;
                    } else if short.is_some() && site_name_above_title(blocks, index) {
                        // A site's name and its tagline (or a second name) above the title:
                        // neither line is the title.
                        opening
                            .navigation
                            .extend(short.take().map(|s| blocks[s].text.clone()));
                        opening.navigation.push(block.text.clone());
                    } else if word_count(&block.text) >= 5 {
                        match title_set_over_two_lines(blocks, index) {
                            Some(joined) => opening.set_title(&joined, language),
                            None => opening.set_title(&block.text, language),
                        }
                        opening.shown.push(block.text.clone());
                    } else if short.is_none() {
                        short = Some(index);
                    } else if short.is_some_and(|s| is_site_name_word(blocks, s, index)) {
                        // "State", "News", "Agency" above the title: the site's name set one
                        // word a line, as its logo stands; the title comes below.
                        opening
                            .navigation
                            .extend(short.take().map(|s| blocks[s].text.clone()));
                        opening.navigation.push(block.text.clone());
                    } else {
                        // A second short line: the first was the title and this one opens the
                        // body (a heading), so that no line of the text is lost.
                        break;
                    }
                } else if is_title_like(block)
                    && word_count(&block.text) <= 8
                    && !matches!(classify_line(&next.text, language), Line::Other)
                {
                    // A byline between the title and a date line.
                    opening.navigation.push(block.text.clone());
                } else if opening.title.is_none()
                    && opening.shown.is_empty()
                    && is_headline_above_byline(block, next)
                {
                    opening.set_title(&block.text, language);
                    opening.shown.push(block.text.clone());
                } else {
                    break;
                }
            }
        }
        index += 1;
    }
    if opening.title.is_none() && short.is_none() {
        // A trail whose last step the copy does not print again: that step is the title.
        if let Some(last) = trail.last().filter(|last| word_count(last) >= 3) {
            opening.set_title(last, language);
        }
    }
    // "Uganda" over a story that names Uganda: the site's tag, no title.
    let tag = short.filter(|&s| {
        blocks
            .get(s + 1)
            .is_some_and(|below| super::notitle::is_tag_line(&blocks[s].text, &below.text))
    });
    if let (None, Some(tag)) = (&opening.title, tag) {
        opening.navigation.push(blocks[tag].text.clone());
        index = index.max(tag + 1);
    } else if opening.title.is_none() {
        if let Some(short) = short {
            // No long title line: the short one was the title, and what follows it is body.
            opening.set_title(&blocks[short].text, language);
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

/// Whether the first of `blocks`, a line ending with a full stop, is printed again below it
/// without the stop, after more copies of itself or none ("Two ministers meet.", "Two
/// ministers meet.", then "Two ministers meet"): an image's text above the title, which the
/// page prints once more as its title. A summary printed again as its lede keeps its stop.
fn is_printed_again_below(blocks: &[Block]) -> bool {
    const MOST_IMAGE_TEXT_COPIES: usize = 4;
    let Some((line, below)) = blocks.split_first() else {
        return false;
    };
    let line = line.text.trim();
    let Some(title) = line.strip_suffix('.') else {
        return false;
    };
    // Copies of an image's text come in twos or threes; looking no further keeps a page of
    // thousands of identical lines linear.
    below
        .iter()
        .take(MOST_IMAGE_TEXT_COPIES)
        .map(|b| b.text.trim())
        .find(|b| *b != line)
        .is_some_and(|b| b == title.trim_end())
}

/// Whether the one-word lines at `first` and `second` are words of a site's name set one a
/// line ("State", "News", "Agency"): each a single capitalised word, and the run of such lines
/// from `first` ends at a title-like line of several words, so that no heading of the body is
/// taken for one.
fn is_site_name_word(blocks: &[Block], first: usize, second: usize) -> bool {
    let one_word = |b: &Block| {
        b.single_line
            && word_count(&b.text) == 1
            && b.text.starts_with(char::is_uppercase)
            && b.text.chars().all(char::is_alphabetic)
    };
    let run_end = blocks[first..]
        .iter()
        .position(|b| !one_word(b))
        .map(|offset| first + offset);
    second == first + 1
        && one_word(&blocks[first])
        && one_word(&blocks[second])
        && run_end
            .is_some_and(|end| word_count(&blocks[end].text) >= 5 && is_title_like(&blocks[end]))
}
