//! Unit tests of acronyms a statement defines ([`super::acronyms`]): which brackets define one,
//! and how a later use alone counts for the theme of the name's last keyword.

use super::acronyms::defined;
use super::framing::FoldedText;
use super::*;

fn classifier() -> Classifier {
    Classifier::new(&[
        super::tests::theme("relationship", &[], &["bilateral cooperation"]),
        super::tests::theme("order", &[], &["democratic"]),
        super::tests::theme("defence", &[], &["Air Force"]),
    ])
}

/// The acronyms `text` defines, with the names they stand for.
fn names(text: &str) -> Vec<(String, String)> {
    let folded = FoldedText::new(text);
    defined(&folded)
        .into_iter()
        .map(|(letters, name)| (letters, folded.text[name].to_string()))
        .collect()
}

#[test]
fn a_name_whose_initials_spell_the_bracket_defines_it() {
    assert_eq!(
        names("They met at the Joint Commission for Bilateral Cooperation (JCBC) in Oslo."),
        [(
            "jcbc".to_string(),
            "joint commission for bilateral cooperation".to_string()
        )]
    );
    // A hyphenated word gives each part its letter.
    assert_eq!(names("at the Asia-Pacific Trade Council (APTC)").len(), 1);
    // A bracket of other words, or of letters the name does not spell, defines nothing.
    assert!(names("The Trade Council (Norway) met.").is_empty());
    assert!(names("The Joint Commission for Bilateral Cooperation (JBX) met.").is_empty());
    assert!(names("the list (a) of items").is_empty());
}

#[test]
fn an_acronym_alone_counts_for_its_names_last_keyword() {
    let classifier = classifier();
    let opening =
        "The two ministers opened the Joint Commission for Bilateral Cooperation (JCBC) in Oslo.";
    let later = "The last JCBC session was held in 2014.";
    let parties = classifier.parties([opening, later]);
    assert_eq!(classifier.classify_in(&parties, None, later), [0]);
    // Without the definition, the letters name nothing.
    assert!(classifier
        .classify_in(&Parties::none(), None, later)
        .is_empty());
    // Lower-case letters are a word, not the acronym.
    assert!(classifier
        .classify_in(&parties, None, "The jcbc file was lost.")
        .is_empty());
}

#[test]
fn a_keyword_before_the_names_end_or_in_capitals_gives_the_acronym_nothing() {
    let classifier = classifier();
    let opening = "Envoys of the Democratic Republic of Ruritania (DRR) and the Royal Ruritanian Air Force (RRAF) met.";
    let later = "The DRR thanked the RRAF for its report.";
    let parties = classifier.parties([opening, later]);
    assert!(classifier.classify_in(&parties, None, later).is_empty());
}

/// An acronym in brackets right after its name repeats it: a name that only says whose office
/// is meant names nothing, and its bracket names nothing either.
#[test]
fn an_acronym_in_brackets_after_its_name_counts_as_the_name() {
    let classifier = Classifier::new(&[
        super::tests::theme("order", &[], &["United Nations", "UN"]),
        super::tests::theme("health", &[], &["pandemic"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "The talks with the General Secretary of the United Nations (UN) were on the pandemic."
        ),
        [1]
    );
    assert_eq!(
        classifier.classify(
            None,
            "They spoke of reforming the United Nations (UN) after the pandemic."
        ),
        [0, 1]
    );
}
