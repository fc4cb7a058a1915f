//! A body two states set up together, named by their pair and written in lower case: "the
//! Saudi-Kuwaiti coordination council", "the India-Pakistan joint commission". The pair of
//! parties makes the lower-case words one body's name, as it makes "the EU-Canada summit" one
//! meeting's.

use std::sync::OnceLock;

use regex::Regex;

use super::Candidate;

fn paired_body() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // Two capitalised parties joined by a hyphen, one or two words in lower case (what the
    // body does), then the body's word.
    PATTERN.get_or_init(|| {
        Regex::new(
            r"\b\p{Lu}\p{L}+[-–]\p{Lu}\p{L}+ (?P<words>(?:\p{Ll}+ ){1,2})(?:council|commission|committee)\b",
        )
        .expect("valid constant pattern")
    })
}

/// Small words that join a clause, never a body's own words ("the Saudi-Kuwaiti talks with
/// the committee").
const CLAUSE_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// Adds the bodies named by a pair of parties and lower-case words in `text`, unless a name
/// found already holds them.
pub(super) fn paired_bodies(text: &str, names: &mut Vec<Candidate>) {
    for caps in paired_body().captures_iter(text) {
        let (Some(whole), Some(words)) = (caps.get(0), caps.name("words")) else {
            continue;
        };
        if words
            .as_str()
            .split_whitespace()
            .any(|word| CLAUSE_WORDS.contains(&word))
        {
            continue;
        }
        let (start, end) = (whole.start(), whole.end());
        if names.iter().any(|n| n.start <= start && end <= n.end) {
            continue;
        }
        names.push(Candidate::without_acronym(start, end));
    }
}

fn paired_year() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // Two capitalised parties joined by a hyphen, one to three capitalised words (what the
    // year celebrates), then "Year".
    PATTERN.get_or_init(|| {
        Regex::new(r"\b\p{Lu}\p{L}+[-–]\p{Lu}\p{L}+ (?:\p{Lu}\p{L}+ ){1,3}Years?\b")
            .expect("valid constant pattern")
    })
}

/// Adds the years two states declare together, named by their pair ("the Japan-Peru
/// Friendship Year"): a programme of the two states' events. "Year" alone is no kind word, as
/// a "New Year" is no programme; a year followed by another capitalised word is only part of
/// a longer name ("Three Year Defence Cooperation Action Plan").
pub(super) fn paired_years(text: &str, names: &mut Vec<Candidate>) {
    for whole in paired_year().find_iter(text) {
        let (start, end) = (whole.start(), whole.end());
        let goes_on = text[end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        if goes_on || names.iter().any(|n| n.start <= start && end <= n.end) {
            continue;
        }
        names.retain(|n| n.end <= start || n.start >= end);
        names.push(Candidate::without_acronym(start, end));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_pair_names_a_body_written_in_lower_case() {
        assert_eq!(
            names("They also commended the establishment of the Saudi-Kuwaiti coordination council that"),
            ["Saudi-Kuwaiti coordination council"]
        );
        assert!(names("the Saudi-Kuwaiti talks with the committee").is_empty());
    }

    #[test]
    fn a_pair_names_a_year_of_its_own() {
        assert_eq!(
            names("in preparation for the “Japan-Peru Friendship Year” in 2019"),
            ["Japan-Peru Friendship Year"]
        );
        assert!(names("They met after the Chinese New Year holiday").is_empty());
        assert!(
            names("the Mexico-Canada Three Year Defence Plan was signed")
                .iter()
                .all(|n| !n.ends_with("Year"))
        );
    }
}
