//! What a page prints below its story that is none of the statement: a list of the site's other
//! stories, their headlines one a line after a wide gap of blank lines, and the site's footer
//! from its copyright notice on ("Copyright © 2012 - PRIVACY", the ministry's address).

use std::sync::OnceLock;

use regex::Regex;

use super::parse::{word_count, Block};

/// The fewest blank lines that set a list apart from the story: a paragraph break is one, and
/// a copy may leave two or three between paragraphs.
const FEWEST_BLANK_LINES: usize = 5;

/// The fewest headlines that make a list of other stories.
const FEWEST_HEADLINES: usize = 3;

/// The most words of a headline of the list, or of a footer's line.
const LONGEST_LINE: usize = 40;

fn copyright() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "Copyright © 2012", "© 2020 Ministry", "All rights reserved": a site's notice of its
    // rights, which only its footer prints.
    PATTERN.get_or_init(|| {
        Regex::new(r"(?i)©|\bcopyright\s+(?:\(c\)|\d{4})|\ball rights reserved\b")
            .expect("valid constant pattern")
    })
}

/// Whether a block is a short line that ends no sentence: a headline or a footer's line.
fn is_short_line(block: &Block) -> bool {
    let text = block.text.trim();
    block.single_line
        && word_count(text) <= LONGEST_LINE
        && !text.ends_with(['.', '!', '?', ':', ',', ';', '"', '”'])
}

/// Where what the page prints below its story begins: the index from which every block to the
/// end is a short line that ends no sentence, and the first of them either follows
/// [`FEWEST_BLANK_LINES`] blank lines or more with [`FEWEST_HEADLINES`] or more from it, or
/// holds a copyright notice; `blocks.len()` when there is none. Found once, from the end, so
/// that asking it of every block keeps a long seed's parse linear.
pub(super) fn page_end_start(blocks: &[Block]) -> usize {
    let mut start = blocks.len();
    let mut found = blocks.len();
    while start > 1 && is_short_line(&blocks[start - 1]) {
        start -= 1;
        let block = &blocks[start];
        let before = &blocks[start - 1];
        let gap = block.line.saturating_sub(before.line + 1);
        let set_apart = before.single_line
            && gap >= FEWEST_BLANK_LINES
            && blocks.len() - start >= FEWEST_HEADLINES;
        if set_apart || copyright().is_match(&block.text) {
            found = start;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, text: &str) -> Block {
        Block {
            text: text.to_string(),
            line,
            single_line: true,
        }
    }

    #[test]
    fn other_stories_after_a_wide_gap_are_no_part_of_the_statement() {
        let page = [
            at(1, "Minister Visits Neighbour"),
            at(2, "The ministers met and signed a programme."),
            at(9, "Council adopts resolution on water"),
            at(10, "Two states discuss energy cooperation"),
            at(11, "Minister addresses the Assembly, calling for action"),
        ];
        assert_eq!(page_end_start(&page), 2);
        // Two short lines after the gap are too few to be a list.
        assert_eq!(page_end_start(&page[..4]), 4);
        // A short line that the story's sentences follow closely is the story's.
        let close = [
            at(1, "Minister Visits Neighbour"),
            at(2, "The ministers met and signed a programme."),
            at(4, "Council adopts resolution on water"),
            at(5, "Two states discuss energy cooperation"),
            at(6, "Minister addresses the Assembly"),
        ];
        assert_eq!(page_end_start(&close), close.len());
    }

    #[test]
    fn the_footer_begins_at_its_copyright_notice() {
        let page = [
            at(1, "The ministers will meet again in June."),
            at(
                3,
                "MINISTRY OF FOREIGN AFFAIRS – COPYRIGHT © 2010 - PRIVACY",
            ),
            at(
                5,
                "Ministry of Foreign Affairs, Main Square 20, CP 01000, Phone: 555 0100",
            ),
            at(7, "Copyright © 2012 - PRIVACY"),
        ];
        assert_eq!(page_end_start(&page), 1);
        let prose = [
            at(1, "The ministers will meet again in June."),
            at(3, "They discussed the copyright of the treaty's text."),
        ];
        assert_eq!(page_end_start(&prose), prose.len());
    }
}
