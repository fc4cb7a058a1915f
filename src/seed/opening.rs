//! The opening lines of a copy: format labels ("Press release"), a label glued to the title,
//! navigation, tags and posting times, a breadcrumb ending with the title, bylines, date lines
//! ("Published DATE", "The press release issued by ... on DATE"), and the title itself, with a
//! date at its end. What they say becomes the document's title, kind, publisher and date.

use std::sync::OnceLock;

use regex::Regex;

use super::additions::{is_comment_form, is_post_metadata, is_posting_date, stamp_date};
pub(super) use super::date_lines::date_line;
use super::fields::{
    byline_date, field_line, is_posting_count, is_skip_link, is_view_count, named_date_field,
};
use super::framing::{
    ends_with_line, is_dateline_line, is_headline_above_byline, is_office, is_section_name,
    is_shouted_word, is_title_bar, is_title_in_site_language, title_date, title_set_over_two_lines,
    trail_steps,
};
use super::labels::{is_subscription_notice, label_of, list_tag_end, plural_label};
use super::mastheads::site_name_above_title;
use super::nordic_date::nordic_title_date;
use super::parse::{is_title_like, word_count, Block};
use super::place_date::place_date;
use super::words;
use super::words::kind_or_english as kind_in;
use crate::date::{find_dates_in, PartialDate, TextLanguage};

fn kind_prefix() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "PRESS RELEASE : Title": an upper-case label, a colon, the title.
    PATTERN.get_or_init(|| {
        Regex::new(r"^(?P<kind>\p{Lu}[\p{Lu} ]{2,40}?)\s*:\s*(?P<title>\S.*)$")
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

/// What one opening line of a copy is.
#[derive(Debug)]
pub(super) enum Line {
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
    /// "From: PUBLISHER", a feed's "Source: PUBLISHER".
    From(String),
    /// A feed's "Headline: TITLE" field, its section taken off; a title glued to an image's
    /// alt text and caption, without them.
    Headline(String),
    /// Site navigation, tags, a posting time, an empty "Published on": not the document's.
    Navigation,
    /// Anything else.
    Other,
}

fn labelled_title() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "• PRESS RELEASE : Title", "Press release: Title": a list marker, a label, a colon.
    PATTERN.get_or_init(|| {
        Regex::new(r"^[•·*\-–]?\s*(?P<kind>[\p{L} '\-]{4,40}?)\s*:\s*(?P<title>\S.*)$")
            .expect("valid constant pattern")
    })
}

fn byline() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "Written by YGTV Team on 08 September 2022 .": the author's byline and the day it was
    // written, which is the statement's when no other line gives one.
    PATTERN.get_or_init(|| {
        Regex::new(r"(?i)^(?:written\s+)?by\s+(?P<author>.{1,60}?)\s+on\s+(?P<rest>.+)$")
            .expect("valid constant pattern")
    })
}

fn feed_headline() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "Headline: Europe and Eurasia: Title": a feed's title field, after the section of the
    // feed it was filed under (a few capitalised words and a colon), which is no part of it.
    PATTERN.get_or_init(|| {
        Regex::new(r"^Headline:\s*(?:\p{Lu}[\p{L}\-]*(?:\s+(?:and|of|the|&|\p{Lu}[\p{L}\-]*)){0,3}:\s+)?(?P<title>\S.*)$")
            .expect("valid constant pattern")
    })
}

fn navigation() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // A line that ends with a breadcrumb's separator ("Home >") is one step of a trail
        // written over several lines; "For Immediate Release" is a release line, not a title;
        // an empty "Published on" may be split over two lines ("Published", "on").
        Regex::new(r"(?i)^(?:(?:tags?|tag archives|categor(?:y|ies)|subscribe|preview|updated|posted|filed under|follow this news feed|share|print)\s*:|\||image_pdf|published(?:\s+on)?\s*$|on\s*$|normal view\s*$|printable version|related articles|latest news|read more|continue reading|skip to|for immediate release\s*$|.*\s[>›»]\s*$)")
            .expect("valid constant pattern")
    })
}

fn weekday_date() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // A line that ends with a weekday, a dash or a comma, and a full date in words.
    PATTERN.get_or_init(|| {
        Regex::new(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*[,–—-]\s*\d{1,2}\s+\p{L}+\s+\d{4}\s*$")
            .expect("valid constant pattern")
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

fn time_of_day() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| Regex::new(r"\b\d{1,2}:\d{2}\b").expect("valid constant pattern"))
}

pub(super) fn classify_line(text: &str, language: TextLanguage) -> Line {
    if let Some(rest) = super::notitle::unbulleted(text) {
        // A short bulleted line is a menu's or a section's entry, or a date: never the title.
        return match classify_line(rest, language) {
            Line::Other if word_count(rest) <= 12 => Line::Navigation,
            line => line,
        };
    }
    if let Some(rest) = super::notitle::before_page_buttons(text) {
        return classify_line(rest, language);
    }
    if let Some(kind) = label_of(text, language) {
        return Line::Label(kind);
    }
    if is_subscription_notice(text) {
        return Line::Navigation;
    }
    // "[wanabidii] Press Releases: Title": an e-mail alert's subject, the list's tag first.
    if let Some(subject) = list_tag_end(text) {
        return match classify_line(subject, language) {
            Line::Other => Line::Headline(subject.to_string()),
            line => line,
        };
    }
    // "Press Releases", "Press Releases: Title": a site's section, named in the plural, is
    // no format label of the statement; what follows its colon is the title.
    if let Some(section) = plural_label(text, language) {
        return match section {
            Some(title) => Line::Headline(title.to_string()),
            None => Line::Navigation,
        };
    }
    if let Some(caps) = kind_prefix()
        .captures(text)
        .or_else(|| labelled_title().captures(text))
    {
        if let Some(kind) = label_of(&caps["kind"], language) {
            let title = caps["title"].trim();
            // "Joint statement: Prime Ministers Jacinda Ardern and Scott Morrison": the rest
            // names only the parties, so the joint kind is the title's head.
            let title = if super::labels::names_parties_only(&caps["kind"], title) {
                text.trim_start_matches(['•', '·', '*', '-', '–'])
            } else {
                title
            };
            return Line::LabelledTitle {
                kind,
                title: title.trim().to_string(),
            };
        }
    }
    if let Some((kind, title)) = super::labels::shouted_label_before(text, language) {
        let title = title.to_string();
        return Line::LabelledTitle { kind, title };
    }
    // "Source: United States Department of State": a feed's field naming the publisher.
    if let Some(publisher) = text
        .strip_prefix("From:")
        .or_else(|| text.strip_prefix("Source:"))
    {
        return Line::From(publisher.trim().to_string());
    }
    if let Some(caps) = feed_headline().captures(text) {
        return Line::Headline(caps["title"].trim().to_string());
    }
    if is_dateline_line(text) {
        return Line::Dated {
            date: find_dates_in(text, language)
                .first()
                .filter(|m| m.date.is_full())
                .map(|m| m.date),
            publisher: None,
            kind: None,
        };
    }
    if let Some(caps) = byline().captures(text) {
        if word_count(text) <= 16 {
            if let Some(date) = find_dates_in(&caps["rest"], language)
                .first()
                .filter(|m| m.date.is_full())
            {
                return Line::Dated {
                    date: Some(date.date),
                    publisher: None,
                    kind: None,
                };
            }
        }
    }
    // "Wednesday 01/29/14 | Mexico City | Press Release 031": a release line of fields, one
    // of them the date and one perhaps the format label (with the release's number).
    if let Some((date, fields)) = field_line(text, language) {
        let kind = fields.iter().find_map(|field| {
            label_of(
                field.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' '),
                language,
            )
        });
        return Line::Dated {
            date: Some(date),
            publisher: None,
            kind,
        };
    }
    // "By Office of ...     Date 16 Mei 2016": a byline with the page's date field.
    if let Some(date) = byline_date(text, language) {
        return Line::Dated {
            date: Some(date),
            publisher: None,
            kind: None,
        };
    }
    // "Click acá para ir directamente al contenido": a skip link, in any language; "Read:
    // 10.313 Views": the page's count of its readers; a wire's count of its postings.
    if is_skip_link(text) || is_view_count(text) || is_posting_count(text) {
        return Line::Navigation;
    }
    // "Home | Video | Search": a site's menu, its entries between bars.
    if is_shouted_word(text)
        || text.matches(" | ").count() >= 3
        || navigation().is_match(text)
        || words::navigation(language).is_some_and(|pattern| pattern.is_match(text))
    {
        return Line::Navigation;
    }
    // "Mar 2, 2021 , , ,": a site's posting line with its empty fields.
    if is_post_metadata(text) {
        return Line::Navigation;
    }
    if let Some(date) = date_line(text, language).or_else(|| place_date(text, language).map(Some)) {
        return Line::Dated {
            date,
            publisher: None,
            kind: None,
        };
    }
    // "วันที่นำเข้าข้อมูล 7 Dec 2023": a date field named in the site's own script.
    if let Some(date) = named_date_field(text, language) {
        return Line::Dated {
            date: Some(date),
            publisher: None,
            kind: None,
        };
    }
    // "Dáil Éireann Debate, Thursday - 25 January 2024": a sitting's or an issue's header,
    // dated by the weekday and the day; a title names what happened.
    if word_count(text) <= 10 && weekday_date().is_match(text) {
        return Line::Dated {
            date: find_dates_in(text, language)
                .last()
                .filter(|m| m.date.is_full())
                .map(|m| m.date),
            publisher: None,
            kind: None,
        };
    }
    let issued = words::issued_line(language).unwrap_or_else(issued_line);
    if let Some(caps) = issued.captures(text) {
        if word_count(text) <= 30 {
            return Line::Dated {
                date: find_dates_in(&caps["rest"], language)
                    .first()
                    .filter(|m| m.date.is_full())
                    .map(|m| m.date),
                publisher: caps
                    .name("publisher")
                    .map(|p| p.as_str().trim().to_string()),
                kind: kind_in(text, language),
            };
        }
    }
    // A posting time ("18:31 2024", "1/30/2025 12:10:02 AM") or a day without a year.
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if word_count(text) <= 4
        && (time_of_day().is_match(text)
            || (digits > 0
                && find_dates_in(text, language)
                    .iter()
                    .all(|m| !m.date.is_full())
                && text.split_whitespace().all(|w| {
                    w.chars()
                        .all(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
                        || crate::date::MONTHS.iter().any(|m| w.starts_with(&m[..3]))
                })))
    {
        return Line::Navigation;
    }
    // A title a copy glued to an image's alt text and caption: the title alone.
    if let Some(title) = super::notitle::title_before_image(text) {
        return Line::Headline(title.to_string());
    }
    if super::notitle::is_no_title(text, language) {
        return Line::Navigation;
    }
    Line::Other
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
                    .is_some_and(|t| block.text.contains(t));
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
