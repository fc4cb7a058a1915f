//! Where a page's opening starts: below a calendar or weather box at the top
//! (`seed/widgets.rs`), or at a title found further down by its second print or its date, the
//! lines above it the site's.

use super::date_lines::date_line;
use super::notitle::is_caption;
use super::opening::{read_opening, Opening};
use super::parse::{is_title_like, word_count, Block};
use crate::date::{find_dates_in, PartialDate, TextLanguage};

/// Reads the opening lines ([`read_opening`]); when they stop before a title found further down
/// by [`anchored_title`], the lines above that title are the site's and the opening is read
/// again from it.
pub(super) fn opening(blocks: &[Block], language: TextLanguage) -> Opening {
    // A calendar or weather box at the top: its lines are the site's, read from below it.
    if let Some(k) = super::widgets::after_box(blocks) {
        return read_from(blocks, k, language);
    }
    let first = read_opening(blocks, language);
    let Some(k) = anchored_title(blocks, language) else {
        return first;
    };
    let found = first.title.as_deref().unwrap_or_default();
    // A line printed twice in a row right below the title the first reading found is a
    // photo's caption and its alt text, not the title printed again.
    let caption_below = !found.is_empty()
        && first.body == k
        && blocks.get(k + 1).is_some_and(|b| b.text == blocks[k].text);
    if k == 0
        || first.body > k
        || (!found.is_empty() && blocks[k].text.contains(found))
        || caption_below
    {
        return first;
    }
    read_from(blocks, k, language)
}

/// The opening read from block `k`, the lines above it the site's.
fn read_from(blocks: &[Block], k: usize, language: TextLanguage) -> Opening {
    let mut again = read_opening(&blocks[k..], language);
    let mut navigation: Vec<String> = blocks[..k].iter().map(|b| b.text.clone()).collect();
    navigation.append(&mut again.navigation);
    again.navigation = navigation;
    again.body += k;
    again
}

/// The index of the title when site lines the opening cannot read stand above it (an account
/// line, a site's notice in sentences): a title-like line of five words or more that the copy
/// prints again as a line of its own further down, or one ending in a full date that the next
/// line gives alone ("..., 18 March 2020" above "18 March 2020"). Only the first eight blocks
/// are looked at: a title comes early.
pub(super) fn anchored_title(blocks: &[Block], language: TextLanguage) -> Option<usize> {
    (0..blocks.len().min(8)).find(|&k| {
        let block = &blocks[k];
        // A photo's caption printed twice, as a page sets it under its picture and as the
        // picture's alt text, is no title found again.
        if !is_title_like(block) || word_count(&block.text) < 5 || is_caption(&block.text) {
            return false;
        }
        let repeated = blocks[k + 1..]
            .iter()
            .any(|b| b.single_line && b.text == block.text);
        let dated = ends_in_date(&block.text, language).is_some_and(|date| {
            blocks.get(k + 1).is_some_and(|next| {
                next.single_line && date_line(&next.text, language).flatten() == Some(date)
            })
        });
        repeated || dated
    })
}

/// The full date a line ends with, after a comma or a colon.
fn ends_in_date(line: &str, language: TextLanguage) -> Option<PartialDate> {
    let last = find_dates_in(line, language).pop()?;
    let before = line[..last.start].trim_end();
    let after = line[last.end..].trim();
    (after.is_empty() && before.ends_with([',', ':']) && last.date.is_full()).then_some(last.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_below_site_lines_is_found_by_its_second_print_or_its_date() {
        let title = "Communiqué on the Chairperson's working visit to South Africa";
        let blocks = [
            Block::single("Set Up FREE Account Submit Release"),
            Block::single("There were 967 press releases posted in the last 24 hours."),
            Block::single(title),
            Block::single("The Chairperson concluded a visit today."),
            Block::single("You just read:"),
            Block::single(title),
        ];
        assert_eq!(anchored_title(&blocks, TextLanguage::English), Some(2));
        let blocks = [
            Block::single("Officials will never ask you for money. Call the helpline."),
            Block::single("Minister's Telephone Call with the Foreign Minister, 18 March 2020"),
            Block::single("18 March 2020"),
            Block::single("The Minister spoke with the Foreign Minister today."),
        ];
        assert_eq!(anchored_title(&blocks, TextLanguage::English), Some(1));
        let caption = "Overview of the talks between the two Prime Ministers (Photo: VNA)";
        let blocks = [
            Block::single("Prime Minister holds talks with his counterpart"),
            Block::single("The Prime Minister held talks with his counterpart on March 13."),
            Block::single(caption),
            Block::single(caption),
            Block::single("At the talks, the two sides discussed trade."),
        ];
        assert_eq!(anchored_title(&blocks, TextLanguage::English), None);
    }

    #[test]
    fn a_line_printed_twice_below_the_title_is_a_caption() {
        let caption = "Tilkynnt um stofnun nýrrar prófessorsstöðu í norðurslóðafræðum";
        let blocks = [
            Block::single("Ministry for Foreign Affairs"),
            Block::single("Norway and Iceland increase their co-operation on arctic issues"),
            Block::single(caption),
            Block::single(caption),
            Block::single("The Foreign Ministers announced yesterday a new professorship. It is part of a memorandum."),
        ];
        let read = opening(&blocks, TextLanguage::English);
        assert_eq!(
            read.title.as_deref(),
            Some("Norway and Iceland increase their co-operation on arctic issues")
        );
    }
}
