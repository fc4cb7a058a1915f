//! A meeting of a body named by its acronym, "meeting" in lower case after it ("the last JCBC
//! meeting"): the meeting is the body's, as "a European Political Community meeting" is, and
//! the name is the body's acronym alone. A group named by its size ("G7 meeting") keeps its
//! meeting: its acronym holds a number, and its meetings are what it is. A format written
//! with no article ("cooperation in NB8 format") says how the group named by the acronym meets,
//! as "in trilateral format" does: the name is the group's ("the Normandy format" is one).

use super::acronyms::is_acronym;
use super::Candidate;

/// Lower-case words for a body's meeting.
const MEETINGS: &[&str] = &["meeting", "meetings"];

/// Cuts each name written as an acronym of capitals and a lower-case word for its meeting down
/// to the acronym, once.
pub(super) fn body_of_meeting(text: &str, names: &mut Vec<Candidate>) {
    for name in names.iter_mut() {
        let written = &text[name.start..name.end];
        let Some((acronym, meeting)) = written.split_once(' ') else {
            continue;
        };
        let lettered =
            acronym.chars().count() >= 2 && acronym.chars().all(|c| c.is_ascii_uppercase());
        if lettered && MEETINGS.contains(&meeting) {
            name.end = name.start + acronym.len();
        }
        if meeting == "format" && is_acronym(acronym) && text[..name.start].ends_with(" in ") {
            name.end = name.start + acronym.len();
        }
    }
    super::keep_first_of_each_span(names);
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_meeting_of_a_body_named_by_its_acronym_names_the_body() {
        assert_eq!(
            names("The last JCBC meeting between the two ministers was held in 2014."),
            ["JCBC"]
        );
        assert!(names("at the G7 meeting in Italy").contains(&"G7 meeting"));
        assert_eq!(
            names("the Nordic cooperation in XY8 format and in the Example format"),
            ["XY8", "Example format"]
        );
        assert!(names("at the NATO Foreign Ministers meeting")
            .contains(&"NATO Foreign Ministers meeting"));
    }
}
