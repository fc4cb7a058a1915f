//! A photo's caption printed twice next to each other before the story, the second time with
//! its credit after it ("... in Tallinn on Friday.", then "... in Tallinn on Friday. Source:
//! A. Photographer/Agency"): a page prints the caption under the picture and again as the
//! picture's text. Neither line is a lede, and the day the caption gives is the page's when no
//! other line gives a full date.

use super::parse::{word_count, Block};
use crate::date::{find_dates_in, PartialDate, TextLanguage};

/// How many blocks into the body a caption may stand: it comes with the picture at the top.
const CAPTION_REACH: usize = 4;

/// The most words of a credit after the caption's second printing.
const LONGEST_CREDIT: usize = 8;

/// The fewest words of a caption: a shorter line printed twice is a heading or a site's name.
const SHORTEST_CAPTION: usize = 6;

/// Whether the first line is printed again as the second, with a short credit after it.
fn printed_again(first: &Block, second: &Block) -> bool {
    if !first.single_line || !second.single_line || word_count(&first.text) < SHORTEST_CAPTION {
        return false;
    }
    second
        .text
        .strip_prefix(first.text.trim_end())
        .is_some_and(|credit| {
            // "... on Friday. Source: X": the credit starts a word of its own. A line printed
            // again with nothing after it is a summary over its lede, not a caption.
            credit.starts_with(char::is_whitespace)
                && (1..=LONGEST_CREDIT).contains(&word_count(credit))
        })
}

/// Whether the block at `index`, among the first of the body that starts at `body`, is one of
/// a caption's two printings.
pub(super) fn is_caption_printed_twice(blocks: &[Block], index: usize, body: usize) -> bool {
    if index >= body + CAPTION_REACH {
        return false;
    }
    let with_next = blocks
        .get(index + 1)
        .is_some_and(|next| printed_again(&blocks[index], next));
    let with_previous = index
        .checked_sub(1)
        .and_then(|previous| blocks.get(previous))
        .is_some_and(|previous| printed_again(previous, &blocks[index]));
    with_next || with_previous
}

/// The first full date a caption gives ("... on Friday. 8 June, 2018."): the day its picture
/// was taken, which is the meeting's when the page dates nothing else.
pub(super) fn caption_date(caption: &str, language: TextLanguage) -> Option<PartialDate> {
    find_dates_in(caption, language)
        .into_iter()
        .map(|m| m.date)
        .find(PartialDate::is_full)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lines: &[&str]) -> Vec<Block> {
        lines.iter().map(|line| Block::single(line)).collect()
    }

    #[test]
    fn a_caption_printed_again_with_its_credit_is_no_lede() {
        let blocks = page(&[
            "Two ministers shake hands in Lisbon on Monday. 3 March, 2031.",
            "Two ministers shake hands in Lisbon on Monday. 3 March, 2031. Source: Ana Lima/Agency",
            "The ministers met in Lisbon on Monday and discussed trade.",
        ]);
        assert!(is_caption_printed_twice(&blocks, 0, 0));
        assert!(is_caption_printed_twice(&blocks, 1, 0));
        assert!(!is_caption_printed_twice(&blocks, 2, 0));
        assert_eq!(
            caption_date(&blocks[0].text, TextLanguage::English),
            PartialDate::new(2031, Some(3), Some(3))
        );
    }

    #[test]
    fn a_paragraph_that_goes_on_after_the_line_above_is_no_caption() {
        let blocks = page(&[
            "The ministers met in Lisbon on Monday.",
            "The ministers met in Lisbon on Monday. They discussed trade, energy, transport and the \
             region's security, and agreed to meet again next year in the other capital.",
        ]);
        assert!(!is_caption_printed_twice(&blocks, 0, 0));
        // A short line printed twice is a heading, not a caption.
        let blocks = page(&["Joint press release", "Joint press release Photo: Agency"]);
        assert!(!is_caption_printed_twice(&blocks, 0, 0));
        // A summary printed again word for word is the lede's repeat, which a page makes.
        let summary = "The Prime Minister met the President in Lisbon today.";
        assert!(!is_caption_printed_twice(&page(&[summary, summary]), 0, 0));
        // Far down the story, two such lines are no caption over it.
        let blocks = page(&[
            "One.",
            "Two.",
            "Three.",
            "Four.",
            "Two ministers shake hands in Lisbon on Monday.",
            "Two ministers shake hands in Lisbon on Monday. Photo: Agency",
        ]);
        assert!(!is_caption_printed_twice(&blocks, 4, 0));
    }
}
