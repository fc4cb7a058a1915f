//! A paragraph that only links another story of the site ("Also read: Squeeze from the EU to
//! Paraguay ..."): the names in its headline are that story's, not the statement's.

/// The marks a site puts before a link to another of its stories.
/// "Next article“...”": the link to the site's next or previous story, its headline glued on.
const RELATED_MARKS: &[&str] = &[
    "also read:",
    "read also:",
    "read more:",
    "see also:",
    "next article",
    "previous article",
];

/// Whether `text` opens with a mark of a link to another story.
pub(super) fn links_another_story(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(16).collect();
    let head = head.to_lowercase();
    RELATED_MARKS.iter().any(|mark| head.starts_with(mark))
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_link_to_another_story_names_nothing_of_the_statement() {
        assert!(names("Also read: Squeeze from the EU to Paraguay with the sesame").is_empty());
        assert_eq!(names("They also read the EU's statement."), ["EU"]);
        assert!(names("Next article“Ministry: an Example Agenda” Meeting").is_empty());
    }
}
