//! Unit tests of how a statement's parties are found (a meeting sentence, the title, a bond
//! between them) and of the uses of a party's name that name no subject (`tests.rs` holds the
//! first rules of parties).

use super::*;

fn classifier() -> Classifier {
    let mut region = super::tests::theme("region", &[], &["Middle East", "Qatar", "Saudi Arabia"]);
    region.meta.title = "The Middle East".into();
    let mut war = super::tests::theme("war", &[], &["Ukraine", "Ukrainian", "Russia"]);
    war.meta.title = "Ukraine and Russia".into();
    Classifier::new(&[
        region,
        war,
        super::tests::theme("relationship", &[], &["relations", "partnership"]),
        super::tests::theme("order", &[], &["democratic"]),
    ])
}

#[test]
fn an_owner_of_an_adjective_and_a_common_noun_is_the_subject() {
    let classifier = classifier();
    assert_eq!(
        classifier.classify(None, "Estonia supports Ukraine’s European and Euro-Atlantic choice."),
        [1]
    );
    // A named thing of its own says whose it is.
    assert!(classifier
        .classify(None, "He met Ukraine’s Foreign Minister.")
        .is_empty());
}
