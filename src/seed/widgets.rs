//! A page's calendar or weather box above the statement: a row of weekday names ("Wed Thu Fri
//! Sat Sun"), perhaps a row of numbers under it (the days' temperatures or dates), with the
//! day the page was stored and a town around it. The box tells the reader's day, not the
//! statement's: none of its lines is the title, and its dates are not the statement's.

use super::parse::Block;

/// Weekday names and their short forms in the languages pages are copied from: a box's row
/// holds nothing else.
const WEEKDAYS: &[&str] = &[
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
    "lun",
    "mar",
    "mer",
    "jeu",
    "ven",
    "sam",
    "dim",
    "mié",
    "jue",
    "vie",
    "sáb",
    "dom",
];

/// The fewest names in a row of weekdays: two may be a title's words ("Sat Sun" is rare, but
/// "Mar Do" is not a row).
const FEWEST_DAYS: usize = 3;

/// How far down the page a box may stand: it is above the title, among the site's lines.
const BOX_REACH: usize = 40;

/// Whether a line is a row of weekday names and nothing else ("Wed Thu Fri Sat Sun").
pub(super) fn is_weekday_row(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',']).to_lowercase())
        .collect();
    words.len() >= FEWEST_DAYS && words.iter().all(|w| WEEKDAYS.contains(&w.as_str()))
}

/// Whether a line is a row of numbers (temperatures, days of a month): "28 28 26 28 30",
/// "33° 32°".
fn is_number_row(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= FEWEST_DAYS
        && words.iter().all(|w| {
            let number = w
                .trim_end_matches(['°', 'C', 'F', '%'])
                .trim_start_matches(['-', '+']);
            !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
        })
}

/// The index of the first block after a calendar or weather box that opens the page: the
/// block after the last weekday row (and the rows of numbers under it), when every block above
/// it is a line of its own. `None` when the page opens with no such box.
pub(super) fn after_box(blocks: &[Block]) -> Option<usize> {
    let reach = blocks.len().min(BOX_REACH);
    let lines = blocks[..reach]
        .iter()
        .position(|b| !b.single_line)
        .unwrap_or(reach);
    let last_row = (0..lines)
        .rev()
        .find(|&i| is_weekday_row(&blocks[i].text))?;
    let end = (last_row + 1..lines)
        .find(|&i| !is_number_row(&blocks[i].text))
        .unwrap_or(lines);
    (end < blocks.len()).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Block> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Block {
                text: t.to_string(),
                line: i + 1,
                single_line: true,
            })
            .collect()
    }

    #[test]
    fn a_weather_box_s_rows_are_found_and_skipped() {
        assert!(is_weekday_row("Wed Thu Fri Sat Sun"));
        assert!(is_weekday_row("Mo Di Mi Do Fr"));
        assert!(!is_weekday_row("Sun and Moon"));
        assert!(!is_weekday_row("Mar Do"));
        assert!(is_number_row("28 28 26 28 30"));
        assert!(!is_number_row("2024 Summit"));
        let page = lines(&[
            "July 18th, 2024 AAAA",
            "Thu 18 July 2024",
            "Praha (CZ)",
            "Wed Thu Fri Sat Sun",
            "28 30 31 31 32",
            "Joint Statement of the Heads of Government",
            "We, the Prime Ministers, meeting in Bratislava on June 19, 2015, adopt it.",
        ]);
        assert_eq!(after_box(&page), Some(5));
        assert_eq!(after_box(&page[5..]), None);
    }
}
