//! Commitments: the sentences in which a document says what its authors will do, have agreed to
//! do or aim to do ("will", "agreed to", "aim to", "committed to", "pledged", ...).
//!
//! A sentence is found by its wording alone, so a find can be wrong ("the will of the people"):
//! the site hides such a find by quoting it in its content (see [`Commitments::hide`]).

use unicode_segmentation::UnicodeSegmentation;

use super::{Mention, Place};
use crate::seed::Document;
use crate::text::{fold, is_word_char};

/// Words and phrases that make a sentence a commitment, folded as [`fold`] folds text.
const MARKERS: &[&str] = &[
    "will",
    "shall",
    "agreed to",
    "agreed on",
    "agreed that",
    "agreeing to",
    "aim to",
    "aims to",
    "committed to",
    "commit to",
    "commits to",
    "pledged",
    "pledge to",
    "promised",
    "promise to",
    "intend to",
    "intends to",
    "is intended to",
    "are intended to",
    "expected to be",
    "is planned",
    "are planned",
    "reaffirmed their commitment",
];

/// Every commitment of a build's documents, in document order.
#[derive(Debug, Clone, Default)]
pub struct Commitments {
    /// Where each commitment is: its paragraph and the byte range of its sentence.
    pub found: Vec<Mention>,
}

impl Commitments {
    /// Finds the commitments of `documents`, in their order.
    pub fn find(documents: &[Document]) -> Commitments {
        let mut found = Vec::new();
        for (d, document) in documents.iter().enumerate() {
            for (s, section) in document.sections.iter().enumerate() {
                for (p, paragraph) in section.paragraphs.iter().enumerate() {
                    let text = paragraph.text.as_str();
                    for (start, sentence) in text.split_sentence_bound_indices() {
                        if is_commitment(sentence) {
                            found.push(Mention {
                                place: Place {
                                    document: d,
                                    section: s,
                                    paragraph: p,
                                },
                                sentence: (start, start + sentence.trim_end().len()),
                            });
                        }
                    }
                }
            }
        }
        Commitments { found }
    }

    /// Leaves out every commitment whose sentence contains one of `quotes` (compared folded, so
    /// case and curly quotes do not matter): how an author hides a wrong find.
    pub fn hide(mut self, documents: &[Document], quotes: &[String]) -> Commitments {
        let quotes: Vec<String> = quotes
            .iter()
            .map(|q| fold(q.trim()))
            .filter(|q| !q.is_empty())
            .collect();
        if quotes.is_empty() {
            return self;
        }
        self.found.retain(|mention| {
            let sentence = fold(sentence_of(documents, mention));
            !quotes.iter().any(|q| sentence.contains(q.as_str()))
        });
        self
    }
}

/// The text of a mention's sentence.
pub fn sentence_of<'a>(documents: &'a [Document], mention: &Mention) -> &'a str {
    let place = mention.place;
    let text = &documents[place.document].sections[place.section].paragraphs[place.paragraph].text;
    &text[mention.sentence.0..mention.sentence.1]
}

/// Whether a sentence says that something will be, or has been agreed to be, done.
pub fn is_commitment(sentence: &str) -> bool {
    let folded = fold(sentence);
    MARKERS.iter().any(|marker| contains_words(&folded, marker))
}

/// Whether `needle` stands in `haystack` as whole words.
fn contains_words(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(start, _)| {
        let end = start + needle.len();
        !haystack[..start]
            .chars()
            .next_back()
            .is_some_and(is_word_char)
            && !haystack[end..].chars().next().is_some_and(is_word_char)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn future_and_agreed_action_is_a_commitment() {
        assert!(is_commitment("Cooperation will build on the agreement."));
        assert!(is_commitment("Both sides aim to sign it in 2026."));
        assert!(is_commitment(
            "They agreed to continue joint action on sanctions."
        ));
        assert!(is_commitment(
            "Both governments pledged to maintain support."
        ));
        assert!(is_commitment(
            "The two countries also committed to closer cooperation."
        ));
        assert!(is_commitment(
            "The agreement, which is expected to be finalised in the coming weeks."
        ));
        assert!(is_commitment(
            "Annual exchanges on security of supply are planned."
        ));
    }

    #[test]
    fn words_that_only_contain_a_marker_are_not_a_commitment() {
        assert!(!is_commitment(
            "Partners in the Coalition of the Willing met."
        ));
        assert!(!is_commitment("The leaders discussed wider issues."));
        assert!(!is_commitment("Goodwill was shown on both sides."));
        assert!(!is_commitment("They aimed high."));
    }

    fn document(text: &str) -> Document {
        let root = tempfile::tempdir().unwrap();
        let path = root.path().join("seeds/a.txt");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        crate::seed::load_one(root.path(), &path).unwrap()
    }

    #[test]
    fn each_commitment_is_one_sentence_of_its_paragraph_and_can_be_hidden() {
        let documents = vec![document(
            "Leaders met today.\n\nThey discussed trade. They will meet again in May. Both \
             agreed to talk.\n",
        )];
        let found = Commitments::find(&documents);
        let sentences: Vec<&str> = found
            .found
            .iter()
            .map(|m| sentence_of(&documents, m))
            .collect();
        assert_eq!(
            sentences,
            ["They will meet again in May.", "Both agreed to talk."]
        );
        let kept = found.hide(&documents, &["WILL MEET again".to_string()]);
        assert_eq!(kept.found.len(), 1);
        assert_eq!(
            sentence_of(&documents, &kept.found[0]),
            "Both agreed to talk."
        );
    }
}
