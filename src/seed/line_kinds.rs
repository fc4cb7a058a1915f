//! One opening line of a copy and what it is: a format label, a label glued to the title, a
//! date line, a "From:" line, a feed's headline field, navigation, or anything else. Kept apart
//! from the reading of the opening so that the body's reader can ask the same question of a line.

use std::sync::OnceLock;

use regex::Regex;

use super::additions::is_post_metadata;
use super::date_lines::date_line;
use super::fields::{
    byline_date, field_line, is_posting_count, is_skip_link, is_view_count, named_date_field,
};
use super::framing::{is_dateline_line, is_shouted_word};
use super::labels::{is_subscription_notice, label_of, list_tag_end, plural_label};
use super::parse::word_count;
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
        // an empty "Published on" may be split over two lines ("Published", "on"); "close"
        // alone is a dialog's button left above the story, which no title is.
        Regex::new(r"(?i)^(?:(?:tags?|tag archives|categor(?:y|ies)|subscribe|preview|updated|posted|filed under|follow this news feed|share|print)\s*:|\||image_pdf|published(?:\s+on)?\s*$|on\s*$|normal view\s*$|printable version|related articles|latest news|read more|continue reading|skip to|for immediate release\s*$|close\s*$|.*\s[>›»]\s*$)")
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
