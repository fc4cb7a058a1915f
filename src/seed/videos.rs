//! A site's list of its videos printed below a story: each video's running time alone on a
//! line ("01:09"), then its headline ("Two states sign agreement for gas project"). The
//! headlines are other stories', none of the statement's paragraphs.

use super::parse::{word_count, Block};

/// The fewest videos that make a list: one running time over a line may be a transcript's
/// mark.
const FEWEST_VIDEOS: usize = 2;

/// The most words of a video's headline.
const LONGEST_HEADLINE: usize = 20;

/// Whether a line is only a running time, minutes and seconds ("01:09", "1:02:30").
fn is_running_time(text: &str) -> bool {
    let parts: Vec<&str> = text.trim().split(':').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && parts[1..].iter().all(|p| p.len() == 2)
}

/// Whether blocks `at` and `at + 1` are one video of a list: its running time, then a
/// headline of a line that ends no sentence.
fn is_video(blocks: &[Block], at: usize) -> bool {
    let (Some(time), Some(headline)) = (blocks.get(at), blocks.get(at + 1)) else {
        return false;
    };
    let text = headline.text.trim();
    time.single_line
        && headline.single_line
        && is_running_time(&time.text)
        && !is_running_time(text)
        && word_count(text) <= LONGEST_HEADLINE
        && !text.ends_with(['.', '!', '?', ':', ','])
}

/// Whether block `index` is a running time or a headline of a list of videos: one of
/// [`FEWEST_VIDEOS`] or more in a row.
pub(super) fn is_video_list_entry(blocks: &[Block], index: usize) -> bool {
    let start = if is_video(blocks, index) {
        index
    } else if index > 0 && is_video(blocks, index - 1) {
        index - 1
    } else {
        return false;
    };
    let mut first = start;
    while first >= 2 && is_video(blocks, first - 2) {
        first -= 2;
    }
    let mut count = 0;
    let mut at = first;
    while is_video(blocks, at) {
        count += 1;
        at += 2;
    }
    count >= FEWEST_VIDEOS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_of_videos_is_found_by_their_running_times() {
        let blocks = [
            Block::single("The two presidents met on Saturday and spoke of the pipeline."),
            Block::single("01:09"),
            Block::single("Two neighbours sign agreement for gas project"),
            Block::single("11:16"),
            Block::single("Port city eyes a regional hub's crown"),
        ];
        assert!(!is_video_list_entry(&blocks, 0));
        assert!((1..5).all(|i| is_video_list_entry(&blocks, i)));
        // One running time over a line of speech: a transcript's mark, kept.
        let transcript = [
            Block::single("01:09"),
            Block::single("Thank you all for coming today"),
            Block::single("The minister then spoke of the pipeline and of trade."),
        ];
        assert!(!(0..3).any(|i| is_video_list_entry(&transcript, i)));
        let spoken = [
            Block::single("01:09"),
            Block::single("Thank you."),
            Block::single("02:10"),
            Block::single("We agreed."),
        ];
        assert!(!(0..4).any(|i| is_video_list_entry(&spoken, i)));
    }
}
