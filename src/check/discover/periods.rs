//! The span of years a plan or a programme runs for, written after its name ("the Plan of
//! Action for 2017-2020", "the Defence Cooperation Action Plan 2018-2021"): it tells which of
//! the plans in a series is meant, so it belongs to the name as a year before it does.

use std::sync::OnceLock;

use regex::Regex;

use super::Candidate;

fn span_of_years() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // " 2018-2021", " for 2024-2025", "for the period 2017–2020" right after a name; a second
    // year written in full, so that "2018-19" or a day's number is not taken.
    PATTERN.get_or_init(|| {
        Regex::new(r"^ (?:for (?:the (?:period|years) )?)?(?:19|20)\d{2} ?[-–] ?(?:19|20)\d{2}\b")
            .expect("valid constant pattern")
    })
}

/// Extends each name in `names` over a span of years written right after it.
pub(super) fn with_periods(text: &str, names: &mut [Candidate]) {
    for name in names.iter_mut() {
        if let Some(span) = span_of_years().find(&text[name.end..]) {
            name.end += span.end();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_span_of_years_after_a_plan_s_name_belongs_to_it() {
        assert_eq!(
            names("They will realise the Plan of Action for 2017-2020 soon."),
            ["Plan of Action for 2017-2020"]
        );
        assert_eq!(
            names("the signing of the Defence Cooperation Action Plan 2018-2021; and"),
            ["Defence Cooperation Action Plan 2018-2021"]
        );
        assert_eq!(
            names("the Paris Agreement in 2018-19 was"),
            ["Paris Agreement"]
        );
    }
}
