//! A meeting that a grouping's acronym names ("this SEECP annual summit", "the ASEAN annual
//! summits") is the grouping's: a common-noun keyword for the parties' own meetings ("annual
//! summit") so placed only says whose meeting it was and where the leaders met, not that they
//! treated their bond, as "the NATO summit" names no alliance matter. A party's acronym before
//! it ("the EU annual summit" in an EU statement) leaves it the parties' own, which
//! [`super::Classifier`] tells.

use std::ops::Range;

use super::framing::FoldedText;

/// Last words of keywords that name a meeting.
const MEETINGS: &[&str] = &[
    "conference",
    "conferences",
    "consultations",
    "forum",
    "meeting",
    "meetings",
    "summit",
    "summits",
];

/// The place of the acronym standing alone right before the use at `start` of `keyword` (as
/// the theme writes it) when the keyword names a meeting ("this SEECP annual summit"), if there
/// is one: not one side of a hyphenated pair ("the UK-EU annual summit"), which names the two
/// sides of a bond. The keyword's own words are asked, not the text's: a pair read as a bond
/// ("the XXXV Spanish-Portuguese Summit" as "bilateral cooperation") names no meeting.
pub(super) fn grouping_before(
    text: &FoldedText,
    start: usize,
    keyword: &str,
) -> Option<Range<usize>> {
    let last = keyword.rsplit(' ').next().unwrap_or_default();
    if !MEETINGS.contains(&last.to_lowercase().as_str()) {
        return None;
    }
    let before = text.text[..start].strip_suffix(' ')?;
    let from = before
        .rfind(|c: char| !c.is_ascii_alphanumeric())
        .map_or(0, |at| at + 1);
    let word = &before[from..];
    let acronym = word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && text.capital[from..before.len()].iter().all(|&c| c);
    // Alone: at the text's start or after a space, not after a hyphen (which the folded text
    // writes as a space it marks) or another name's part.
    let alone = from == 0
        || (before[..from].ends_with(' ') && !text.hyphen.get(from - 1).copied().unwrap_or(false));
    (acronym && alone).then_some(from..before.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grouping(text: &str, keyword: &str) -> Option<String> {
        let folded = FoldedText::new(text);
        let start = folded
            .text
            .find(keyword)
            .expect("the keyword is in the text");
        grouping_before(&folded, start, keyword).map(|range| folded.text[range].to_string())
    }

    #[test]
    fn a_groupings_acronym_before_a_meeting_names_whose_it_is() {
        assert_eq!(
            grouping(
                "This SEECP annual summit was an opportunity.",
                "annual summit"
            )
            .as_deref(),
            Some("seecp")
        );
        // One side of a pair names a bond; a common word before it is no grouping.
        assert_eq!(grouping("the UK-EU annual summit", "annual summit"), None);
        assert_eq!(grouping("their first annual summit", "annual summit"), None);
        // A keyword that names no meeting is not read here.
        assert_eq!(grouping("the ASEAN partnership", "partnership"), None);
        let folded = FoldedText::new("the XXXV Spanish-Portuguese Summit");
        let start = folded
            .text
            .find("spanish")
            .expect("the pair is in the text");
        assert_eq!(
            grouping_before(&folded, start, "bilateral cooperation"),
            None
        );
    }
}
