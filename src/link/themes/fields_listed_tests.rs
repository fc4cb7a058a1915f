//! Unit tests of a noun of many senses named as a field a bond spans ([`super::fields_listed`]).

use super::*;

fn classifier() -> Classifier {
    Classifier::new(&[
        super::tests::theme("defence", &[], &["security"]),
        super::tests::theme("trade", &[], &["trade"]),
    ])
}

#[test]
fn security_listed_as_a_field_of_a_bond_is_treated() {
    let classifier = classifier();
    for text in [
        "They discussed efforts to promote bilateral partnership in security, the economy and other areas.",
        "They welcomed the bilateral partnership in diplomacy, security, the economy and technologies.",
        "The agreement covers multifaceted cooperation in political and security; border issues.",
        "They agreed to strengthen cooperation ties in matters of security and free movement.",
        "They agreed on a state agenda with components that include security, tourism and culture.",
    ] {
        assert_eq!(classifier.classify(None, text), [0], "{text}");
    }
}

#[test]
fn security_outside_a_list_of_fields_still_needs_a_place() {
    let classifier = classifier();
    for text in [
        "They spoke of regional peace and security and of their cooperation in peace and security.",
        "Investment in the country brings security to its workers.",
        "The bilateral partnership in trade brings jobs and security.",
    ] {
        assert!(!classifier.classify(None, text).contains(&0), "{text}");
    }
}
