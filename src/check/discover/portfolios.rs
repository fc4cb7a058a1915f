//! The portfolios a minister's title lists: "the Minister for Foreign Affairs, European Union
//! and Cooperation, José Manuel Albares". A name among them is the field the minister answers
//! for, written as the office's title; the text does not speak of the body itself there.

use std::sync::OnceLock;

use regex::Regex;

use super::Candidate;

fn title_before() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // The office (perhaps a minister of state), "for" or "of", then the portfolios before the name: capitalised words with
    // commas between, "and" or "the" (at least one comma: a list, not the office's one field).
    PATTERN.get_or_init(|| {
        Regex::new(r"(?:Minister(?:\s+of\s+State)?|Ministry|Secretary of State)\s+(?:for|of)\s+(?:(?:\p{Lu}[\p{L}\-]*|and|the)\s+)*\p{Lu}[\p{L}\-]*,\s+(?:and\s+)?$")
            .expect("valid constant pattern")
    })
}

/// Drops from `names` each one listed among a minister's portfolios in `text`.
pub(super) fn drop_portfolios(text: &str, names: &mut Vec<Candidate>) {
    names.retain(|n| {
        text.get(..n.start)
            .is_none_or(|before| !title_before().is_match(before))
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_name_among_a_minister_s_portfolios_is_no_body_the_text_speaks_of() {
        assert!(names(
            "the Minister for Foreign Affairs, European Union and Cooperation, José Manuel Albares;"
        )
        .is_empty());
        assert!(names(
            "met HE Lord Ahmad, Minister of State for the Middle East, South Asia and United Nations at the Office"
        )
        .iter()
        .all(|name| !name.contains("South Asia")));
        assert_eq!(
            names("The Minister welcomed the European Union and its partners."),
            ["European Union"]
        );
    }
}
