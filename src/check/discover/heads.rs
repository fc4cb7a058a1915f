//! A meeting named for the heads who meet, written in lower case after its capitalised words:
//! "the Consultative Meeting of the heads of Central Asian states". The heads are no common
//! words of the sentence but the rest of the meeting's name: without them the name is cut.

use std::sync::OnceLock;

use regex::Regex;

use super::Candidate;

/// Kind words of a gathering whose name may go on with the heads who meet.
const GATHERINGS: &[&str] = &["Meeting", "Summit", "Council", "Conference"];

fn heads_of() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "of the heads of Central Asian states", "of Heads of State and Government": the heads,
    // perhaps the region's capitalised words, then the states or governments they lead.
    PATTERN.get_or_init(|| {
        Regex::new(
            r"^ of (?:the )?[Hh]eads of (?:\p{Lu}[\p{L}-]* ){0,3}(?:[Ss]tates?|[Gg]overnments?)(?: and [Gg]overnments?)?\b",
        )
        .expect("valid constant pattern")
    })
}

/// Extends each name ending in a gathering's kind word by the heads who meet, when the text
/// names them right after it.
pub(super) fn with_heads(text: &str, names: &mut [Candidate]) {
    for name in names.iter_mut() {
        let written = &text[name.start..name.end];
        if !GATHERINGS.iter().any(|kind| written.ends_with(kind)) {
            continue;
        }
        if let Some(heads) = heads_of().find(&text[name.end..]) {
            name.end += heads.end();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_meeting_s_name_goes_on_with_the_heads_who_meet() {
        assert_eq!(
            names("the agenda of the next Consultative Meeting of the heads of Central Asian states was noted."),
            ["Consultative Meeting of the heads of Central Asian states"]
        );
        assert_eq!(
            names("at the Nordic Summit of heads of state and government in May"),
            ["Nordic Summit of heads of state and government"]
        );
        // The heads of a department are no heads of states.
        assert_eq!(
            names("the Consultative Meeting of the heads of departments"),
            ["Consultative Meeting"]
        );
    }
}
