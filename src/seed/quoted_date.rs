//! The date a news copy's quoted statement gives in its first paragraph, when the copy's own
//! lines give none: the copy introduces the text ("The governments ... have released the
//! following joint statement ...:"), and the statement's first paragraph tells the day its
//! authors acted ("''The United States ... and the United Arab Emirates ..., on October 20,
//! 2020 further developed bilateral ties ...").

use super::first_date::ends_a_span_of_days;
use super::Section;
use crate::date::{find_dates_in, PartialDate, TextLanguage};

/// How many of the first paragraphs may hold the line that introduces the quoted text: a
/// copy's own lead is a few paragraphs at most.
const LEAD_PARAGRAPHS: usize = 8;

/// Words for a text a copy quotes whole.
const TEXT_WORDS: &[&str] = &["statement", "declaration", "communiqué", "communique"];

/// Whether `paragraph` introduces a quoted text: it ends with a colon and names the text
/// ("the following joint statement on solidifying their strategic partnership:").
fn introduces_a_text(paragraph: &str) -> bool {
    let text = paragraph.trim_end();
    text.ends_with(':')
        && text
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| TEXT_WORDS.contains(&word.to_lowercase().as_str()))
}

/// The date of the first paragraph of the text quoted after its introduction among the first
/// paragraphs of `sections`: its one full date, after "on". An earlier instrument is dated
/// after other words ("signed in 2015", "of 12 May 2015"); a span of days is no one day.
pub(super) fn quoted_statement_date(
    sections: &[Section],
    language: TextLanguage,
) -> Option<PartialDate> {
    let paragraphs: Vec<&str> = sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .take(LEAD_PARAGRAPHS + 1)
        .map(|p| p.text.as_str())
        .collect();
    let opening = paragraphs
        .windows(2)
        .find(|pair| introduces_a_text(pair[0]))
        .map(|pair| pair[1])?;
    let opening = opening.trim_start_matches(['\'', '"', '“', '‘', ' ']);
    // The whole paragraph, not its first sentence as Unicode bounds it: the titles and
    // initials of those who act ("H.H. Sheikh", "Michael R. Pompeo") end no sentence.
    on_date(opening, language)
}

/// The one full date of `text`, when "on" stands before it.
fn on_date(text: &str, language: TextLanguage) -> Option<PartialDate> {
    let found = find_dates_in(text, language);
    let full: Vec<_> = found.iter().filter(|m| m.date.is_full()).collect();
    let [date] = full.as_slice() else {
        return None;
    };
    let before = text.get(..date.start)?.trim_end();
    (before.ends_with(" on") && !ends_a_span_of_days(text, date.start)).then_some(date.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_statement_s_first_sentence_gives_its_day() {
        let english = TextLanguage::English;
        assert!(introduces_a_text(
            "The governments of the two nations have released the following joint statement on solidifying their strategic partnership:"
        ));
        assert!(!introduces_a_text("The leaders discussed the following:"));
        assert_eq!(
            on_date(
                "The United States and the United Arab Emirates, on October 20, 2020 further developed bilateral ties.",
                english
            ),
            PartialDate::new(2020, Some(10), Some(20))
        );
        assert_eq!(
            on_date(
                "They recalled the agreement of 12 May 2015 and its annex.",
                english
            ),
            None
        );
    }
}
