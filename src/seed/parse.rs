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
    let last = blocks.len().saturating_sub(1);
    for (index, block) in blocks.iter().enumerate().skip(opening.body) {
        // "VNA" alone under the story: the agency signs its copy.
        if index == last && index > opening.body && block.single_line && is_sign_off(&block.text) {
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
mod tests {
    use super::*;

    #[test]
    fn a_headline_that_asks_is_a_title() {
        let text = "Algeria – Tunisia: 27 Agreements Signed, Towards an “Economic Merger”?\n\nPresident Tebboune is on an official visit to Tunisia. He was greeted warmly.\n\nThe two presidents held talks on trade.";
        let parsed = parse(text);
        assert_eq!(
            parsed.title.as_deref(),
            Some("Algeria – Tunisia: 27 Agreements Signed, Towards an “Economic Merger”?")
        );
        assert!(!is_headline_question(
            "What does the agreement mean for trade?"
        ));
    }

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
    fn a_line_of_a_space_or_a_zero_width_space_is_blank_and_loses_no_paragraph() {
        let text = "Title line of the page\n\nFirst paragraph.\n\n \n\nSecond paragraph.\n\n\u{200B}\n\nThird paragraph.\n \nFourth paragraph.";
        let parsed = parse(text);
        let paragraphs: Vec<&str> = parsed
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(
            paragraphs,
            [
                "First paragraph.",
                "Second paragraph.",
                "Third paragraph.",
                "Fourth paragraph."
            ]
        );
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

    #[test]
    fn a_dateline_line_a_feed_s_fields_and_a_dated_byline_are_no_title() {
        let body =
            "The two ministers spoke today about trade and security, and agreed to meet again.";
        let parsed = parse(&format!("Lisbon, March 3, XNEWS\n\n{body}"));
        assert_eq!(parsed.title, None);
        assert_eq!(parsed.sections[0].paragraphs.len(), 1);
        let parsed = parse(&format!(
            "Source: Ministry of Examples\n\nHeadline: Asia and Pacific: Minister Smith's Call With Minister Jones\n\n{body}"
        ));
        assert_eq!(
            parsed.title.as_deref(),
            Some("Minister Smith's Call With Minister Jones")
        );
        assert_eq!(parsed.publisher.as_deref(), Some("Ministry of Examples"));
        let parsed = parse(&format!(
            "Ministers Meet In Lisbon\n\nWritten by News Desk on 12 March 2021 .\n\n{body}"
        ));
        assert_eq!(parsed.title.as_deref(), Some("Ministers Meet In Lisbon"));
        assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2021-03-12"));
        assert_eq!(parsed.sections[0].paragraphs.len(), 1);
    }

    #[test]
    fn a_release_time_a_dated_place_line_and_a_dateline_stamped_on_the_title_are_read() {
        let body = "The two ministers spoke today about trade and security, and agreed to meet again soon.";
        // The title line ends with the release time printed again below it.
        let parsed = parse(&format!(
            "Minister Smith's Meeting with Minister Jones 10/26/2023 11:52 PM EDT\n\n10/26/2023 11:52 PM EDT\n\n{body}"
        ));
        assert_eq!(
            parsed.title.as_deref(),
            Some("Minister Smith's Meeting with Minister Jones")
        );
        // A date line with the place and the publisher after a dash.
        let parsed = parse(&format!(
            "Minister Smith speaks with Minister Jones\n\nNovember 25, 2021 – Lisbon, Portugal – Ministry of Examples\n\n{body}"
        ));
        assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2021-11-25"));
        assert_eq!(parsed.sections[0].paragraphs.len(), 1);
        // The site's dateline on the title and the body; an empty "Published on" in two lines.
        let parsed = parse(&format!(
            "LISBON: Phone call between two ministers\n\nPublished\n\non\n\nLISBON: {body}"
        ));
        assert_eq!(
            parsed.title.as_deref(),
            Some("Phone call between two ministers")
        );
        assert_eq!(parsed.sections[0].paragraphs.len(), 1);
        // A record page: a view switch, the heading, the sitting's dated header.
        let parsed = parse(&format!(
            "Normal View\n\nOfficial Engagements\n\nExample Assembly Debate, Thursday - 25 January 2024\n\n{body}"
        ));
        assert_eq!(parsed.title.as_deref(), Some("Official Engagements"));
        assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2024-01-25"));
    }

    #[test]
    fn a_breadcrumb_trail_over_several_lines_and_an_office_line_are_no_title() {
        // One paragraph per line, as the long line shows (short lines would be one wrapped block).
        let text = "Home >\nNews & Policies >\nSeptember 2004\n|\nFor Immediate Release\nOffice of the Press Secretary\nSeptember 21, 2004\nJoint Statement Between Two Countries\nThe two leaders met today, noted that their relations had never been as close, and agreed to work together on trade, security and climate over the coming years.";
        let parsed = parse(text);
        assert_eq!(
            parsed.title.as_deref(),
            Some("Joint Statement Between Two Countries")
        );
        assert_eq!(
            parsed.publisher.as_deref(),
            Some("Office of the Press Secretary")
        );
        assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2004-09-21"));
        let paragraphs: Vec<&str> = parsed
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(
            paragraphs,
            ["The two leaders met today, noted that their relations had never been as close, and agreed to work together on trade, security and climate over the coming years."]
        );
    }

    #[test]
    fn a_title_in_capitals_set_over_two_lines_is_one_title() {
        let text = "MEMORANDUM\nOF UNDERSTANDING ON COOPERATION BETWEEN THE TWO MINISTRIES\n\nThe Ministries of the two countries, hereinafter referred to as the Parties, have agreed on the following points, which they will carry out together over the coming years.\n\nThey agreed.";
        let parsed = parse(text);
        assert_eq!(
            parsed.title.as_deref(),
            Some("MEMORANDUM OF UNDERSTANDING ON COOPERATION BETWEEN THE TWO MINISTRIES")
        );
    }

    #[test]
    fn a_headline_sentence_above_the_publisher_s_name_is_the_title() {
        let text = "The President paid a visit to the neighbouring country to discuss regional issues.\n\nMinistry of Foreign Affairs of Ruritania\n\nThe President during her visit on Monday exchanged views with her counterpart.\n\nThe two leaders talked about trade.";
        let parsed = parse(text);
        assert_eq!(
            parsed.title.as_deref(),
            Some("The President paid a visit to the neighbouring country to discuss regional issues.")
        );
        assert_eq!(parsed.sections[0].paragraphs.len(), 2);
        // A lead sentence that goes on into the body is no title.
        let text = "The President paid a visit to the neighbouring country to discuss regional issues.\n\nThe two leaders talked about trade.";
        assert_eq!(parse(text).title, None);
    }

    #[test]
    fn a_site_name_and_tagline_above_the_title_are_no_title() {
        let text = "News Site Name\n\nTruth and More\n\nTelephone conversation between two leaders today\n\nThe Prime Minister had a telephone conversation with the President about trade.\n\nThey agreed to meet.";
        let parsed = parse(text);
        assert_eq!(
            parsed.title.as_deref(),
            Some("Telephone conversation between two leaders today")
        );
        assert_eq!(parsed.navigation, ["News Site Name", "Truth and More"]);
        assert_eq!(parsed.sections[0].paragraphs.len(), 2);
    }

    #[test]
    fn a_release_line_gives_its_date_and_a_datelines_credit_holds_one() {
        let text = "Office of the Press Secretary\n\nFOR IMMEDIATE RELEASE                   June 24, 2009\n\nReadout of the call with the Prime Minister\nThe President spoke with the Prime Minister on Tuesday evening about the forum and what the two countries can do together on the issues it treats.";
        let parsed = parse(text);
        assert_eq!(
            parsed.title.as_deref(),
            Some("Readout of the call with the Prime Minister")
        );
        assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2009-06-24"));
        let text = "A Minister Receives a Call\n\nRIYADH, (APP - Point News - 11th Oct, 2023) The Minister received a telephone call on Tuesday.\n\nThey discussed the region.";
        let parsed = parse(text);
        assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2023-10-11"));
    }

    #[test]
    fn reads_titles_labels_publishers_and_dates_in_french_dutch_and_german() {
        let french = parse_in("COMMUNIQUÉ DE PRESSE : Le Premier ministre reçoit son homologue, le 10 juillet 2025\n\nLe Premier ministre a reçu ce jeudi son homologue britannique pour un long entretien de travail sur les relations entre les deux pays.", TextLanguage::French);
        assert_eq!(
            french.title.as_deref(),
            Some("Le Premier ministre reçoit son homologue, le 10 juillet 2025")
        );
        assert_eq!(french.kind.as_deref(), Some("press release"));
        assert_eq!(french.date.map(|d| d.iso()).as_deref(), Some("2025-07-10"));

        let dutch = parse_in("Persbericht\n\nEerste Minister ontvangt Britse ambtgenoot\n\nGepubliceerd door de Kanselarij van de Eerste Minister op 3 maart 2024\n\nDe Eerste Minister heeft vandaag zijn Britse ambtgenoot ontvangen voor een lang werkgesprek over de betrekkingen tussen beide landen.", TextLanguage::Dutch);
        assert_eq!(
            dutch.title.as_deref(),
            Some("Eerste Minister ontvangt Britse ambtgenoot")
        );
        assert_eq!(dutch.kind.as_deref(), Some("press release"));
        assert_eq!(
            dutch.publisher.as_deref(),
            Some("de Kanselarij van de Eerste Minister")
        );
        assert_eq!(dutch.date.map(|d| d.iso()).as_deref(), Some("2024-03-03"));

        let german = parse_in("Gemeinsame Erklärung: Zusammenarbeit in der Nordsee [März 2024]\n\nVeröffentlicht am 3. März 2024\n\nDie beiden Regierungen haben heute eine gemeinsame Erklärung über ihre Zusammenarbeit in der Nordsee und darüber hinaus veröffentlicht.", TextLanguage::German);
        assert_eq!(
            german.title.as_deref(),
            Some("Zusammenarbeit in der Nordsee")
        );
        assert_eq!(german.kind.as_deref(), Some("joint statement"));
        assert_eq!(german.date.map(|d| d.iso()).as_deref(), Some("2024-03-03"));
        // Read as English, the same German text gives no kind and no day.
        let english = parse("Gemeinsame Erklärung: Zusammenarbeit in der Nordsee [März 2024]\n\nVeröffentlicht am 3. März 2024\n\nDie beiden Regierungen haben heute eine gemeinsame Erklärung über ihre Zusammenarbeit in der Nordsee und darüber hinaus veröffentlicht.");
        assert_eq!(english.kind, None);
        assert!(english.date.is_none_or(|d| !d.is_full()));
    }
}
