//! The body of a seed: its blocks read as headings and paragraphs, and a paragraph that
//! repeats the lede.

use super::parse::{is_heading_like, Block};
use super::{Paragraph, Section};
use crate::date::{find_dates_in, TextLanguage};
use crate::text::{slugify, UniqueIds};

/// The sections of the body `blocks`: a short line followed by prose is a heading, every
/// other block a paragraph.
pub(super) fn body_sections(blocks: &[&Block], language: TextLanguage) -> Vec<Section> {
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
        let dates = find_dates_in(&block.text, language);
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

/// A paragraph among the next four that repeats the first one: eight in ten of the shorter's
/// words are the longer's, and the longer has at most half as many words again (a paragraph
/// that opens with the lede's list of signatories and goes on is not a repeat). A news site's
/// one-line summary may come back as the story's fourth paragraph, after its dateline's lead
/// and two paragraphs of who met. A photo's caption, which marks where its people stand ("(l)",
/// "(r)"), is neither a lede nor its repeat: a page may print one caption under each photo.
pub(super) fn repeated_lede(sections: &[Section]) -> Option<String> {
    let words = |text: &str| -> std::collections::HashSet<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let mut paragraphs = sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .filter(|p| !names_where_people_stand(&p.text) && !closes_with_photo_credit(&p.text));
    let first = paragraphs.next()?;
    let lede = words(&first.text);
    for later in paragraphs.take(4) {
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
        if shared * 10 >= small.len() * 8 && large.len() * 2 <= small.len() * 3 {
            return Some(later.id.clone());
        }
    }
    None
}

/// The marks of a photo's caption that tell where each person stands in it.
const STANDING_MARKS: &[&str] = &[
    "(l)",
    "(r)",
    "(c)",
    "(left)",
    "(right)",
    "(centre)",
    "(center)",
    "(l-r)",
    "(l to r)",
    "(from left)",
    "(middle)",
];

/// Whether a paragraph tells where the people of a photo stand ("H.E. A (l) and H.E. B"), as
/// only a caption does.
fn names_where_people_stand(text: &str) -> bool {
    let lower = text.to_lowercase();
    STANDING_MARKS.iter().any(|mark| lower.contains(mark))
}

/// Whether a paragraph ends with a bracketed credit that names a photo ("... in Nairobi. |
/// (Photo: William Ruto.)", "... and President Macron. (File photo)"): only a caption closes
/// so, and a caption printed above the story shares the first paragraph's names without being
/// its lede.
fn closes_with_photo_credit(text: &str) -> bool {
    let Some(inside) = text.trim_end().strip_suffix(')') else {
        return false;
    };
    let Some(open) = inside.rfind('(') else {
        return false;
    };
    inside[open + 1..]
        .split(|c: char| !c.is_alphabetic())
        .any(|word| word.eq_ignore_ascii_case("photo") || word.eq_ignore_ascii_case("photos"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_closed_by_a_photo_credit_is_no_lede() {
        assert!(closes_with_photo_credit(
            "The two leaders meet in the capital. | (Photo: Jane Doe.)"
        ));
        assert!(closes_with_photo_credit(
            "The two leaders at the palace. (File photo)"
        ));
        assert!(!closes_with_photo_credit(
            "The leaders met at the palace (the former residence)."
        ));
        assert!(!closes_with_photo_credit(
            "They agreed on a photography exhibition (2024)"
        ));
        let paragraph = |n: usize, text: &str| Paragraph {
            id: format!("p-{n}"),
            text: text.to_string(),
            line: n,
            dates: Vec::new(),
        };
        let sections = vec![Section {
            heading: None,
            id: "start".to_string(),
            paragraphs: vec![
                paragraph(1, "President A and President B at the palace in the capital on Monday. (Photo: C.)"),
                paragraph(2, "President A met President B on Monday at the palace in the capital and discussed trade."),
                paragraph(3, "They agreed to meet again next year."),
            ],
        }];
        assert_eq!(repeated_lede(&sections), None);
    }

    #[test]
    fn a_summary_repeated_as_the_fourth_paragraph_after_it_is_a_repeated_lede() {
        let paragraph = |n: usize, text: &str| Paragraph {
            id: format!("p-{n}"),
            text: text.to_string(),
            line: n,
            dates: Vec::new(),
        };
        let summary = "Both sides have reviewed the entire gamut of bilateral relations from trade to culture and tourism.";
        let mut paragraphs = vec![
            paragraph(1, summary),
            paragraph(2, "ISLAMABAD: Pakistan and Thailand renewed their commitment."),
            paragraph(3, "The spokesperson said so in a statement on the consultations."),
            paragraph(4, "The secretaries led their respective delegations."),
            paragraph(5, "They reviewed the entire gamut of bilateral relations from trade to culture and tourism."),
        ];
        let sections = |paragraphs: Vec<Paragraph>| {
            vec![Section {
                heading: None,
                id: "start".to_string(),
                paragraphs,
            }]
        };
        assert_eq!(
            repeated_lede(&sections(paragraphs.clone())).as_deref(),
            Some("p-5")
        );
        // A fifth paragraph after it is the story going on.
        paragraphs.insert(
            4,
            paragraph(6, "They also met the press afterwards at the ministry."),
        );
        assert_eq!(repeated_lede(&sections(paragraphs)), None);
        // Two photos' captions, the second lower down, are no lede and no repeat of it.
        let captions = vec![
            paragraph(
                1,
                "H.E. Nana Chair, ECOWAS AHSG (l) and H.E. Jean Brou, President, 21st Sept, 2020.",
            ),
            paragraph(
                2,
                "President Nana paid a working visit to the Commission today in Abuja.",
            ),
            paragraph(
                3,
                "He was briefed by the President of the Commission on its work.",
            ),
            paragraph(
                4,
                "H.E. Nana Chair, ECOWAS AHSG (r) and H.E. Jean Brou, President, 21st Sept, 2020.",
            ),
        ];
        assert_eq!(repeated_lede(&sections(captions)), None);
    }
}
