//! A news site's one-line summary printed above its byline and the page's lines (the title
//! again, an image's credit, a list of fields), then again word for word among the story's
//! first paragraphs: the body repeats its lede.

use super::parse::{word_count, Parsed};

/// How many of the story's first paragraphs, lines that are no sentences left aside, may
/// repeat the summary.
const NEAREST_PARAGRAPHS: usize = 4;

/// The fewest words of a summary: a short line may be a caption or a section's name.
const SHORTEST_SUMMARY: usize = 8;

/// The id of the paragraph that repeats the body's first one among the next four, or,
/// failing that, among the next four that end as sentences do, when the first is a sentence
/// and the repeat is word for word (a byline, the title again and a list of fields between).
pub(super) fn repeated_lede(parsed: &Parsed) -> Option<String> {
    super::body::repeated_lede(&parsed.sections).or_else(|| {
        let mut paragraphs = parsed.sections.iter().flat_map(|s| &s.paragraphs);
        let first = paragraphs.next().filter(|p| is_sentence(&p.text))?;
        let summary = plain(&first.text);
        paragraphs
            .filter(|p| is_sentence(&p.text))
            .take(NEAREST_PARAGRAPHS)
            .find(|p| plain(&p.text) == summary)
            .map(|p| p.id.clone())
    })
}

/// Whether a paragraph reads as a sentence: of some length, with its end.
fn is_sentence(text: &str) -> bool {
    word_count(text) >= SHORTEST_SUMMARY && text.trim_end().ends_with(['.', '!', '?', '"', '”'])
}

/// The words of `text` in lower case, spaces between.
fn plain(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::{Paragraph, Section};

    #[test]
    fn a_summary_above_the_byline_printed_again_in_the_story_is_a_repeated_lede() {
        let summary = "This will be the first visit by a Minister to the capital since 2019.";
        let paragraph = |n: usize, text: &str| Paragraph {
            id: format!("p-{n}"),
            text: text.to_string(),
            line: n,
            dates: Vec::new(),
        };
        let mut parsed = Parsed {
            sections: vec![Section {
                heading: None,
                id: "s".to_string(),
                paragraphs: vec![
                    paragraph(1, summary),
                    paragraph(2, "News Desk | Wellington | Updated: 20-03-2023 11:31 IST"),
                    paragraph(3, "The Minister to meet her counterpart"),
                    paragraph(4, "• Country:"),
                    paragraph(5, "• New Zealand"),
                    paragraph(6, "The Minister departs tomorrow to meet her counterpart."),
                    paragraph(7, summary),
                ],
            }],
            ..Parsed::default()
        };
        assert_eq!(repeated_lede(&parsed).as_deref(), Some("p-7"));
        parsed.sections[0].paragraphs[6].text = "The visit follows the talks.".to_string();
        assert_eq!(repeated_lede(&parsed), None);
    }
}
