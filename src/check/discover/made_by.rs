//! A document named after the meeting that made it ("the Declaration of the East Asia Summit on
//! the Principles for Mutually Beneficial Relations"): the meeting, a forum of its own, is
//! named too, as a body's summit names the body.

use std::sync::OnceLock;

use regex::Regex;

use super::{push_once, Candidate};

fn made_by_meeting() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // A document's kind, "of the", then two capitalised words or more ending in an event's
    // kind word.
    PATTERN.get_or_init(|| {
        Regex::new(
            r"^(?:Declaration|Statement|Communiqué|Communique|Chair's Statement|Joint Statement) of the (?P<meeting>(?:\p{Lu}[\p{L}-]* ){1,4}(?:Summit|Conference|Forum))\b",
        )
        .expect("valid constant pattern")
    })
}

/// Adds to `names` the meeting each document's name found holds after "of the", when no name
/// found already gives it.
pub(super) fn meetings_of_documents(text: &str, names: &mut Vec<Candidate>) {
    let meetings: Vec<(usize, usize)> = names
        .iter()
        .filter_map(|n| {
            let caps = made_by_meeting().captures(&text[n.start..n.end])?;
            let meeting = caps.name("meeting")?;
            Some((n.start + meeting.start(), n.start + meeting.end()))
        })
        .collect();
    for (start, end) in meetings {
        push_once(names, start, end);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_document_named_after_its_meeting_names_the_meeting() {
        let text = "and the Declaration of the East Asia Summit on the Principles for Mutually Beneficial Relations.";
        let found = names(text);
        assert_eq!(
            found,
            [
                "Declaration of the East Asia Summit on the Principles for Mutually Beneficial Relations",
                "East Asia Summit"
            ]
        );
    }
}
