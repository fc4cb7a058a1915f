//! A document's name that goes on with its subject in lower case: "a Protocol on political
//! consultations between the two ministries", "the Memorandum of Understanding on the
//! establishment of a mechanism for political consultations,". The kind is capitalised, the
//! subject after "on" is not; it runs to the word that opens the sentence's next part
//! ("between", "with", "signed", a verb) or to its punctuation.

use std::sync::OnceLock;

use regex::Regex;

use super::Candidate;

fn subject_name() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // A document's kind, "on", then up to twelve words in lower case.
    PATTERN.get_or_init(|| {
        Regex::new(r"\b(?P<kind>Protocol|Memorandum of Understanding|Memorandum|Agreement|Convention|Treaty|Arrangement) on (?P<subject>\p{Ll}[\p{Ll}\-]*(?: \p{Ll}[\p{Ll}\-]*){0,11})")
            .expect("valid constant pattern")
    })
}

fn event_on_subject() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // "the forthcoming summit on Climate Change": an event in lower case, "on", and a subject
    // of two or more capitalised words, as a named conference writes its theme.
    PATTERN.get_or_init(|| {
        Regex::new(
            r"\b(?:summit|conference) on \p{Lu}[\p{L}\-]*(?: (?:and |of |the )*\p{Lu}[\p{L}\-]*)+",
        )
        .expect("valid constant pattern")
    })
}

/// Adds each event named in lower case with a capitalised subject ("the summit on Climate
/// Change"): the subject's capitals make the event one named meeting, not any summit.
pub(super) fn events_on_subjects(text: &str, names: &mut Vec<Candidate>) {
    for event in event_on_subject().find_iter(text) {
        if !names
            .iter()
            .any(|n| n.start == event.start() && n.end == event.end())
        {
            names.push(Candidate::without_acronym(event.start(), event.end()));
        }
    }
}

/// Words that end the subject: they open the sentence's next part, not the document's name.
const CLAUSE_WORDS: &[&str] = &[
    "between", "with", "signed", "by", "and", "to", "in", "at", "was", "were", "is", "are", "will",
    "which", "that", "as", "from", "during", "under", "has", "have",
];

/// Words a subject cannot end on: they join its words.
const JOINERS: &[&str] = &["of", "for", "the", "a", "an", "on"];

/// The fewest words of a subject that makes the name: "on cooperation" alone is what any
/// memorandum is on, and names none.
const FEWEST_WORDS: usize = 2;

/// Extends each document's name in `names` that `text` writes on with its lower-case subject,
/// or adds the name when no candidate ends at its kind.
pub(super) fn extend_with_subjects(text: &str, names: &mut Vec<Candidate>) {
    for caps in subject_name().captures_iter(text) {
        let (Some(kind), Some(subject)) = (caps.name("kind"), caps.name("subject")) else {
            continue;
        };
        let words: Vec<&str> = subject
            .as_str()
            .split(' ')
            .take_while(|w| !CLAUSE_WORDS.contains(w))
            .collect();
        let mut kept = words.len();
        while kept > 0 && JOINERS.contains(&words[kept - 1]) {
            kept -= 1;
        }
        if kept < FEWEST_WORDS {
            continue;
        }
        let length: usize = words[..kept].iter().map(|w| w.len()).sum::<usize>() + kept - 1;
        let end = subject.start() + length;
        match names
            .iter_mut()
            .find(|n| n.end == kind.end() && n.start <= kind.start())
        {
            Some(name) => name.end = end,
            None => names.push(Candidate::without_acronym(kind.start(), end)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, names: &mut Vec<Candidate>) -> Vec<String> {
        extend_with_subjects(text, names);
        names
            .iter()
            .map(|n| text[n.start..n.end].to_string())
            .collect()
    }

    #[test]
    fn a_document_s_lower_case_subject_is_part_of_its_name() {
        let text = "They signed a Protocol on cultural exchanges between the two ministries.";
        assert_eq!(
            found(text, &mut Vec::new()),
            ["Protocol on cultural exchanges"]
        );
        let text = "In the spirit of the Memorandum of Understanding on the creation of a \
                    forum for regular talks, the ministers met.";
        let start = text.find("Memorandum").unwrap_or_default();
        let mut names = vec![Candidate::without_acronym(
            start,
            start + "Memorandum of Understanding".len(),
        )];
        assert_eq!(
            found(text, &mut names),
            ["Memorandum of Understanding on the creation of a forum for regular talks"]
        );
    }

    #[test]
    fn an_event_on_a_capitalised_subject_is_named() {
        let mut names = Vec::new();
        let text = "They discussed the coming summit on Ocean Shipping in Lisbon.";
        events_on_subjects(text, &mut names);
        let found: Vec<&str> = names.iter().map(|n| &text[n.start..n.end]).collect();
        assert_eq!(found, ["summit on Ocean Shipping"]);
        let mut names = Vec::new();
        events_on_subjects("They met at the summit on Monday.", &mut names);
        assert!(names.is_empty());
    }

    #[test]
    fn a_one_word_subject_or_a_clause_is_no_name() {
        let text = "The sides signed Memorandum of Understanding on cooperation between them.";
        assert!(found(text, &mut Vec::new()).is_empty());
        let text = "The Agreement on trade was signed in May.";
        assert!(found(text, &mut Vec::new()).is_empty());
        let text = "The Treaty on the Functioning of the Union applies.";
        assert!(found(text, &mut Vec::new()).is_empty());
    }
}
