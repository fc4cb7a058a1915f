//! A plan's name written in sentence case inside a sentence: "the Joint preventive and
//! emergency action plan". Only its first word is capitalised, which no word after "the" is
//! inside a sentence unless it opens a name; the lower-case words then run to the plan's kind.
//! A nationality ("the European action plan") is a word capitalised for its own sake, and
//! opens no name.

use std::sync::OnceLock;

use regex::Regex;

use super::vocabulary::NATIONALITY_ENDINGS;
use super::Candidate;

fn sentence_case_name() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "the", a capitalised word, one to five words in lower case, then the kind of a plan.
    PATTERN.get_or_init(|| {
        Regex::new(r"\bthe (?P<name>(?P<first>\p{Lu}\p{Ll}+)(?P<words>(?: \p{Ll}+){1,5}) (?:plan|programme|program|strategy|roadmap|framework|initiative))\b")
            .expect("valid constant pattern")
    })
}

/// Small words that join a clause, never a plan's own words ("the Joint talks on the plan").
const CLAUSE_WORDS: &[&str] = &[
    "a", "an", "as", "at", "by", "for", "from", "in", "is", "of", "on", "or", "the", "to", "was",
    "with",
];

/// Adds each plan named in sentence case in `text`, unless a name found already holds it.
pub(super) fn sentence_case_names(text: &str, names: &mut Vec<Candidate>) {
    for caps in sentence_case_name().captures_iter(text) {
        let (Some(name), Some(first), Some(words)) =
            (caps.name("name"), caps.name("first"), caps.name("words"))
        else {
            continue;
        };
        let nationality = NATIONALITY_ENDINGS
            .iter()
            .any(|ending| first.as_str().ends_with(ending));
        let clause = words
            .as_str()
            .split_whitespace()
            .any(|word| CLAUSE_WORDS.contains(&word));
        let (start, end) = (name.start(), name.end());
        if nationality || clause || names.iter().any(|n| n.start < end && start < n.end) {
            continue;
        }
        names.push(Candidate::without_acronym(start, end));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_plan_named_in_sentence_case_is_a_name() {
        assert_eq!(
            names("with an aim to develop the Joint preventive and emergency action plan at regional level"),
            ["Joint preventive and emergency action plan"]
        );
        assert!(names("based on the Joint risk assessment").is_empty());
        assert!(names("they discussed the European action plan").is_empty());
        assert!(names("they discussed the Joint talks on the plan").is_empty());
    }
}
