//! A document's full name set alone on a line, as a list of the documents signed prints it
//! ("Memorandum of Understanding (MOU) on the development of a natural gas export project from
//! Tanzania to Kenya"): the subject in lower case after "on" or "for" is the name's own, since
//! nothing else stands on the line to say otherwise.

use super::Candidate;

/// The most words of a line that is a document's name: a longer line is prose.
const MOST_WORDS: usize = 25;

/// Extends a name opening a paragraph of one unfinished line to the line's end, when "on",
/// "for" or "between" follows the name (after its bracketed acronym or not).
pub(super) fn whole_line_names(text: &str, names: &mut [Candidate]) {
    let line = text.trim_end();
    if line.contains('\n')
        || line.ends_with(['.', ':', '!', '?'])
        || line.split_whitespace().count() > MOST_WORDS
    {
        return;
    }
    let Some(name) = names.iter_mut().find(|n| n.start == 0) else {
        return;
    };
    let mut rest = &line[name.end..];
    if let Some(inside) = rest.strip_prefix(" (") {
        match inside.find(')') {
            Some(close) => rest = &inside[close + 1..],
            None => return,
        }
    }
    if [" on ", " for ", " between "]
        .iter()
        .any(|joiner| rest.starts_with(joiner))
    {
        name.end = line.len();
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_document_s_name_alone_on_its_line_runs_to_the_line_s_end() {
        assert_eq!(
            names("Memorandum of Understanding (MOU) on cooperation in culture, arts and heritage"),
            ["Memorandum of Understanding (MOU) on cooperation in culture, arts and heritage"]
        );
        assert_eq!(
            names("Memorandum of Understanding on trade was signed today."),
            ["Memorandum of Understanding"]
        );
    }
}
