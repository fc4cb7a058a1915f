//! A numbered meeting of a body's members: "the 53rd Pacific Islands Forum (PIF) Leaders’
//! Meeting", "the 51st Pacific Islands Forum Leaders Retreat". The body meets again and again
//! under the same words; its ordinal tells which session the text means, so it is part of the
//! name. A summit named by its parties ("the 17th Canada-European Union Summit") is no body's
//! members' meeting: its ordinal only counts the series, and stays out.

use std::sync::OnceLock;

use regex::Regex;

use super::{push_once, Candidate};

fn numbered_meeting() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // An ordinal, one to eight capitalised words or bracketed acronyms (the body's name), then
    // the members ("Leaders", "Ministers’") and the word for their meeting.
    PATTERN.get_or_init(|| {
        Regex::new(
            r"\b\d{1,3}(?:st|nd|rd|th) (?:(?:\p{Lu}[\p{L}\-]*|\(\p{Lu}{2,}\)) ){1,8}?(?:Leaders|Ministers)[’']? (?:Meeting|Retreat|Forum|Summit)\b",
        )
        .expect("valid constant pattern")
    })
}

fn numbered_summit() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // An ordinal, one to three capitalised words without a hyphen (a grouping's name or its
    // adjective, no pair of parties), "Summit", perhaps "and Related Summits".
    PATTERN.get_or_init(|| {
        Regex::new(
            r"\b\d{1,3}(?:st|nd|rd|th) (?:\p{Lu}\p{L}* ){1,3}?Summit(?: and Related Summits)?\b",
        )
        .expect("valid constant pattern")
    })
}

/// Puts the ordinal into each numbered summit of a grouping in `text` ("the 33rd Arab
/// Summit", "the 31st ASEAN Summit and Related Summits"): the grouping's members meet in
/// their summit as a body's members do. The names found inside that end with a summit's word
/// give way; the grouping's own name ("ASEAN") stays.
fn summits_with_ordinals(text: &str, names: &mut Vec<Candidate>) {
    for found in numbered_summit().find_iter(text) {
        let (start, end) = (found.start(), found.end());
        names.retain(|n| {
            let inside = n.start >= start && n.end <= end;
            !(inside && text[n.start..n.end].contains("Summit"))
        });
        push_once(names, start, end);
    }
}

/// Puts the ordinal into each numbered meeting of a body's members in `text`: the name found
/// without it (or not found, "Retreat" being no kind word of its own) gives way to the name
/// with it, and keeps its acronym. Names inside that end before the meeting's word (the body,
/// "Pacific Islands Forum") stay.
pub(super) fn with_ordinals(text: &str, names: &mut Vec<Candidate>) {
    summits_with_ordinals(text, names);
    for found in numbered_meeting().find_iter(text) {
        let (start, end) = (found.start(), found.end());
        let mut acronym = None;
        names.retain(|n| {
            let inside = n.start >= start && n.end == end;
            if inside && acronym.is_none() {
                acronym.clone_from(&n.acronym);
            }
            !inside
        });
        names.push(Candidate {
            start,
            end,
            acronym,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_numbered_meeting_of_a_body_s_members_keeps_its_ordinal() {
        let found = names(
            "Prime Minister Anthony Albanese attended the 53rd Pacific Islands Forum (PIF) Leaders’ Meeting in Tonga.",
        );
        assert!(found.contains(&"53rd Pacific Islands Forum (PIF) Leaders’ Meeting"));
        assert!(!found.contains(&"Pacific Islands Forum (PIF) Leaders’ Meeting"));
        assert_eq!(
            names("We have just concluded the 51st Pacific Islands Forum Leaders Retreat and"),
            [
                "51st Pacific Islands Forum Leaders Retreat",
                "Pacific Islands Forum"
            ]
        );
        assert_eq!(
            names("ahead of the 33rd Arab Summit, scheduled in Bahrain"),
            ["33rd Arab Summit"]
        );
        let asean = names("attending the 31st ASEAN Summit and Related Summits in Manila");
        assert!(asean.contains(&"31st ASEAN Summit and Related Summits"));
        assert!(!asean.contains(&"ASEAN Summit") && !asean.contains(&"Related Summits"));
        // A summit named by its parties keeps its ordinal out.
        let summit = names("the 17th Canada-European Union Summit took place");
        assert!(summit.contains(&"Canada-European Union Summit"));
        assert!(summit.iter().all(|name| !name.starts_with("17th")));
    }
}
