//! A year that opens a name in a series: "the 2010 NPT Review Conference", "the 2014 Vision
//! Statement and 2015 Blueprint for Defence and Security Cooperation". A review conference, a
//! summit or a plan comes back under the same name, and its year tells which one is meant; a
//! treaty's or a convention's name is its own ("the 2017 Defence Treaty", "the 1982 United
//! Nations Convention on the Law of the Sea" name the treaty and the convention).

use super::acronyms::is_pair;
use super::{is_year, Word};

/// Kind words of instruments whose name is unique without their year.
const NAMED_WITHOUT_YEAR: &[&str] = &[
    "Treaty",
    "Treaties",
    "Convention",
    "Conventions",
    "Agreement",
    "Agreements",
    "Act",
    "Charter",
    "Protocol",
    "Accord",
    "Accords",
    "Law",
    "Constitution",
];

/// Whether word `year` is a year that numbers the name running to the kind word at `kind`: it
/// follows "the" or "and" (a list of names), the kind is not one of a treaty or a law, and no
/// pair of parties follows it ("the 2016 UK-France Summit": the parties name their summit, the
/// year only dates it).
pub(super) fn numbers_a_series(text: &str, words: &[Word], year: usize, kind: usize) -> bool {
    let word = |i: usize| &text[words[i].start..words[i].end];
    year > 0
        && year < kind
        && is_year(word(year))
        && !words[year].stop_before
        && matches!(word(year - 1), "the" | "The" | "and")
        && !NAMED_WITHOUT_YEAR.contains(&word(kind))
        && !is_pair(word(year + 1))
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_year_opens_the_name_of_a_conference_or_a_plan_in_a_series() {
        assert_eq!(
            names("Building on the 2014 Vision Statement and 2015 Blueprint for Defence and Security Cooperation, they met."),
            vec!["2015 Blueprint for Defence and Security Cooperation"]
        );
        assert_eq!(
            names("They prepare the 2010 NPT Review Conference together."),
            vec!["2010 NPT Review Conference", "NPT"]
        );
        assert_eq!(
            names("Under the 2017 Defence Treaty they act."),
            vec!["Defence Treaty"]
        );
        assert_eq!(
            names("At the 2016 UK-France Summit they met."),
            vec!["UK-France Summit"]
        );
    }
}
