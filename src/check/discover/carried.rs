//! Names a longer name starting where they start carries on: "the Strategic Partnership and
//! Alliance Program" holds "Strategic Partnership", and "the Framework Bilateral Cooperation
//! agreement" holds "Framework Bilateral Cooperation". The shorter is the longer one's first
//! part, not a name of its own.

use super::Candidate;

/// The lower-case kind words of a document that end a name ("the ... Cooperation
/// agreement"): the words before them name the document, not a field of cooperation.
const DOCUMENTS: &[&str] = &[" agreement", " agreements"];

/// Drops from `names` each name that a longer one starting where it starts carries on: by
/// "and" into more words ("the Vietnam-Mongolia Cooperation and Friendship Treaty"), or by a
/// document's kind word in lower case right after it.
pub(super) fn drop_carried_on(text: &str, names: &mut Vec<Candidate>) {
    let spans: Vec<(usize, usize)> = names.iter().map(|n| (n.start, n.end)).collect();
    names.retain(|n| {
        let after = &text[n.end..];
        // "the European Economic Area and Example Grants": grants are named after those who
        // give them, so the first giver's name, ending in its own kind word, is a name too.
        let by_and = after.starts_with(" and ")
            && spans.iter().any(|&(start, end)| {
                start == n.start
                    && end > n.end + " and ".len()
                    && !(text[..end].ends_with(" Grants") && text[n.start..n.end].contains(' '))
            });
        let by_document = DOCUMENTS.iter().any(|kind| {
            after.starts_with(kind)
                && !after[kind.len()..].starts_with(char::is_alphanumeric)
                && spans.contains(&(n.start, n.end + kind.len()))
        });
        !(by_and || by_document)
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_document_s_kind_word_in_lower_case_carries_the_name_on() {
        assert_eq!(
            names("to prioritise the Framework Bilateral Cooperation agreement currently under consideration"),
            ["Framework Bilateral Cooperation agreement"]
        );
        assert!(
            names("through the Example Economic Area and Ruritania Grants, which")
                .contains(&"Example Economic Area")
        );
    }
}
