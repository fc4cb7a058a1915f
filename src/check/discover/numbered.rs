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
    // An ordinal, a capitalised word and up to ten more, bracketed acronyms, "for" or a dash
    // between them (the body's name: "Forum for East Asia - Latin American Cooperation"),
    // then the members ("Leaders", "Ministers’", "Ministerial") and the word for their meeting;
    // "ministerial meeting" may be written in lower case ("the 18th BIMSTEC ministerial
    // meeting"), the ordinal still naming the session.
    PATTERN.get_or_init(|| {
        Regex::new(
            r"\b\d{1,3}(?:st|nd|rd|th) \p{Lu}[\p{L}\-]* (?:(?:\p{Lu}[\p{L}\-]*|\(\p{Lu}{2,}\)|for|-) ){0,10}?(?:(?:Leaders|Ministers|Ministerial)[’']? (?:Meeting|Retreat|Forum|Summit)|ministerial meeting)\b",
        )
        .expect("valid constant pattern")
    })
}

fn numbered_summit() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // An ordinal, one to three capitalised words without a hyphen (a grouping's name or its
    // adjective, no pair of parties), "Summit", perhaps "and Related Summits" or the members
    // who meet in it ("of Heads of State and Government").
    PATTERN.get_or_init(|| {
        Regex::new(
            r"\b\d{1,3}(?:st|nd|rd|th) (?:\p{Lu}\p{L}* ){1,3}?Summit(?: and Related Summits| of Heads of State and Government)?\b",
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

fn numbered_session() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // An ordinal, "Ordinary" or "Extraordinary Session of the", the body's capitalised words,
    // perhaps its members ("of Heads of State and Government").
    PATTERN.get_or_init(|| {
        Regex::new(
            r"\b\d{1,3}(?:st|nd|rd|th) (?:Ordinary|Extraordinary) Session of the (?:\p{Lu}[\p{L}\-]* ){0,5}\p{Lu}[\p{L}\-]*(?: of Heads of State and Government)?",
        )
        .expect("valid constant pattern")
    })
}

/// Puts the ordinal into each numbered ordinary or extraordinary session of a body in `text`
/// ("the 35th Ordinary Session of the African Union Assembly"): a body's ordinary sessions are
/// counted as its members' meetings are, and the ordinal tells which one the text means. A
/// session of the heads of state and government keeps them ("the 57th Ordinary Session of the
/// ECOWAS Authority of Heads of State and Government"). The name found without the ordinal
/// gives way; the body's own name stays.
fn sessions_with_ordinals(text: &str, names: &mut Vec<Candidate>) {
    for found in numbered_session().find_iter(text) {
        let (start, end) = (found.start(), found.end());
        names.retain(|n| {
            let inside = n.start >= start && n.end <= end;
            !(inside && text[n.start..n.end].contains("Session"))
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
    numbered_resolutions(text, names);
    sessions_with_ordinals(text, names);
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

fn lower_case_resolutions() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // One to four capitalised words (the body), "resolution" or "resolutions" in lower case,
    // perhaps "no.", and the acts' numbers joined by commas or "and".
    PATTERN.get_or_init(|| {
        Regex::new(
            r"\b(?:\p{Lu}[\p{L}\-]* ){1,4}resolutions? (?:[Nn]os?\. ?|number )?\d{3,4}(?:(?:,| and) \d{3,4})*\b",
        )
        .expect("valid constant pattern")
    })
}

/// Adds each body's numbered resolutions written in lower case ("the XY Council resolutions
/// no. 1234 and 1240"): the numbers name the acts, as "Resolution 1234" does in capitals.
fn numbered_resolutions(text: &str, names: &mut Vec<Candidate>) {
    for found in lower_case_resolutions().find_iter(text) {
        push_once(names, found.start(), found.end());
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_body_s_numbered_resolutions_in_lower_case_are_named() {
        let found = names("They called for the XY Council resolutions no. 1234 and 1240 to apply.");
        assert!(found.contains(&"XY Council resolutions no. 1234 and 1240"));
        assert!(names("They recalled its resolution on trade.").is_empty());
    }

    #[test]
    fn a_numbered_ministerial_meeting_in_lower_case_keeps_its_ordinal() {
        let found =
            names("They met on the sidelines of the 9th ABCD ministerial meeting in Colombo.");
        assert!(found.contains(&"9th ABCD ministerial meeting"));
        assert!(found.contains(&"ABCD"));
        assert!(names("They met at the ministerial meeting in Colombo.").is_empty());
    }

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
        let heads = names("the upcoming Council and 38th SADC Summit of Heads of State and Government, to be held");
        assert!(heads.contains(&"38th SADC Summit of Heads of State and Government"));
        assert!(!heads.contains(&"38th SADC Summit"));
        let forum = names("to participate in the 4th Forum for East Asia - Latin American Cooperation (FEALAC) Ministerial Meeting in Tokyo");
        assert!(forum.contains(
            &"4th Forum for East Asia - Latin American Cooperation (FEALAC) Ministerial Meeting"
        ));
    }

    #[test]
    fn a_numbered_session_of_a_body_keeps_its_ordinal() {
        let found = names("held talks on the sidelines of the 35th Ordinary Session of the African Union Assembly in Addis Ababa.");
        assert!(
            found.contains(&"35th Ordinary Session of the African Union Assembly"),
            "{found:?}"
        );
        let found = names("his election at the 57th Ordinary Session of the ECOWAS Authority of Heads of State and Government in Niamey, Niger");
        assert!(
            found.contains(
                &"57th Ordinary Session of the ECOWAS Authority of Heads of State and Government"
            ),
            "{found:?}"
        );
    }
}
