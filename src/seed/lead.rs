//! The paragraph that leads a story when the first one does not: a photo's caption copied
//! above the text (no sentence's end) or a news site's one-line summary above the paragraph
//! that opens with the dateline. The date the first paragraph would give is then the next
//! one's: "hosted the annual ... Dialogue in Honiara on 30 October 2019", "ISLAMABAD:
//! (UrduPoint/Pakistan Point News-May 20th, 2021) Pakistan and Thailand ...".

use super::dateline::dateline_end;
use super::Paragraph;
use crate::date::{find_dates_in, PartialDate, TextLanguage};

/// The most characters of a dateline's bracketed credit after its place.
const LONGEST_CREDIT: usize = 80;

/// The paragraph after `first` when `first` stands above the story: a caption, which ends
/// with no sentence's mark, or a summary of one sentence above a paragraph that opens with a
/// dateline.
pub(super) fn story_below<'a>(
    paragraphs: impl Iterator<Item = &'a Paragraph>,
    first: &Paragraph,
) -> Option<&'a Paragraph> {
    let next = paragraph_after(paragraphs, first)?;
    let text = first.text.trim();
    let caption = !text.ends_with(['.', '!', '?', '"', '”', ':', ';']);
    let summary =
        dateline_end(text).is_none() && dateline_end(&next.text).is_some() && sentences(text) == 1;
    (caption || summary).then_some(next)
}

/// The paragraph that follows `first` (found by identity, not by text: a page may print a
/// paragraph twice) among `paragraphs`.
pub(super) fn paragraph_after<'a>(
    mut paragraphs: impl Iterator<Item = &'a Paragraph>,
    first: &Paragraph,
) -> Option<&'a Paragraph> {
    paragraphs.find(|p| std::ptr::eq(*p, first))?;
    paragraphs.next()
}

/// How many sentences `text` holds.
fn sentences(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    text.split_sentence_bounds()
        .filter(|s| !s.trim().is_empty())
        .count()
}

/// The full date of the bracketed credit after a dateline's place ("ISLAMABAD:
/// (UrduPoint/Pakistan Point News-May 20th, 2021)"): the day the story was filed.
pub(super) fn credit_date(paragraph: &str, language: TextLanguage) -> Option<PartialDate> {
    let end = dateline_end(paragraph)?;
    let rest = paragraph[end..].trim_start();
    let credit = rest.strip_prefix('(')?;
    let close = credit.find(')').filter(|&c| c <= LONGEST_CREDIT)?;
    find_dates_in(&credit[..close], language)
        .into_iter()
        .map(|m| m.date)
        .find(PartialDate::is_full)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(text: &str) -> Paragraph {
        Paragraph {
            id: "p".to_string(),
            text: text.to_string(),
            line: 1,
            dates: Vec::new(),
        }
    }

    #[test]
    fn a_caption_or_a_summary_above_the_dateline_stands_above_the_story() {
        let caption = paragraph("Co-Chairs Ms Klugman and Mr Beck, with the two delegations");
        let story = paragraph("The Government hosted the dialogue in Honiara on 30 October 2019.");
        let list = [caption, story];
        assert!(story_below(list.iter(), &list[0]).is_some_and(|p| p.text.starts_with("The")));
        let summary =
            paragraph("Both sides have reviewed the entire gamut of bilateral relations.");
        let dated = paragraph(
            "ISLAMABAD: (UrduPoint/Pakistan Point News-May 20th, 2021) Pakistan and Thailand renewed their desire.",
        );
        let list = [summary, dated];
        assert!(story_below(list.iter(), &list[0]).is_some());
        assert_eq!(
            credit_date(&list[1].text, TextLanguage::English),
            PartialDate::new(2021, Some(5), Some(20))
        );
        // A lead of its own, ended as a sentence, is the story.
        let lead = paragraph("The ministers met in Honiara. They discussed security.");
        let list = [lead, paragraph("They agreed to meet again.")];
        assert!(story_below(list.iter(), &list[0]).is_none());
    }
}
