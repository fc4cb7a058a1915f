//! Unit tests of bonds with a third country or named by a grouping, a bond in a field,
//! work ahead in a courtesy, a meeting announced, names that name their subject, a keyword in two
//! spellings, a body's summit, a clause of concession and ties of one kind between the parties or
//! owned by them (`tests.rs` holds the rest).

use super::*;
use crate::content::Theme;

fn theme(slug: &str, keywords: &[&str]) -> Theme {
    super::tests::theme(slug, &[], keywords)
}

fn classifier() -> Classifier {
    Classifier::new(&[
        theme("relationship", &["relations", "relationship"]),
        theme("china", &["China"]),
        theme("trade", &["trade"]),
        theme("disasters", &["earthquake"]),
    ])
}

#[test]
fn relations_with_a_country_that_is_a_subject_are_that_subject() {
    let classifier = classifier();
    assert_eq!(
        classifier.classify(None, "The two leaders discussed relations with China."),
        [1]
    );
    assert_eq!(
        classifier.classify(None, "He said the relationship with Egypt is a priority."),
        [0]
    );
    assert_eq!(
        classifier.classify(None, "They discussed the relationship to China."),
        [1]
    );
}

#[test]
fn a_courtesy_that_continues_the_relationship_names_it() {
    assert_eq!(
        classifier().classify(
            None,
            "Both leaders looked forward to continuing their long-standing relationship."
        ),
        [0]
    );
}

#[test]
fn a_pact_or_a_thing_named_by_its_kind_names_its_subject() {
    let classifier = classifier();
    assert_eq!(
        classifier.classify(
            None,
            "They welcomed the Free Trade Agreement signed in May."
        ),
        [2]
    );
    assert_eq!(
        classifier.classify(None, "She recalled the Great East Japan Earthquake."),
        [3]
    );
    assert!(classifier
        .classify(None, "They met at the World Trade Conference.")
        .is_empty());
}

#[test]
fn the_effects_of_a_thing_are_felt_in_what_their_adjective_names() {
    let classifier = Classifier::new(&[theme("economy", &["economic"])]);
    assert_eq!(
        classifier.classify(
            None,
            "They compared steps for mitigating the economic impacts of the pandemic."
        ),
        [0]
    );
    assert!(classifier
        .classify(None, "They agreed to impose economic costs on the regime.")
        .is_empty());
}

#[test]
fn a_list_of_places_discussed_names_each_place() {
    let classifier = Classifier::new(&[
        theme("china", &["China"]),
        theme("russia", &["Russia"]),
        theme("order", &["United Nations", "OSCE"]),
        theme("defence", &["NATO"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "They discussed challenges posed by China, Russia, and Iran."
        ),
        [0, 1]
    );
    assert_eq!(
        classifier.classify(
            None,
            "They exchanged views on the situations in China, Haiti and Russia."
        ),
        [0, 1]
    );
    assert_eq!(
        classifier.classify(
            None,
            "They work together in fora including the United Nations, NATO, OSCE and the IMF."
        ),
        [2]
    );
}

#[test]
fn a_hyphenated_place_in_a_list_of_places_discussed_is_no_acronym() {
    let classifier =
        Classifier::new(&[theme("indo", &["Indo-Pacific"]), theme("me", &["Lebanon"])]);
    assert_eq!(
        classifier.classify(
            None,
            "They exchanged views on the situations in Haiti, Lebanon, the Indo-Pacific region, and the Sahel."
        ),
        [0, 1]
    );
}

#[test]
fn a_keyword_written_in_two_spellings_counts_in_either() {
    let classifier = Classifier::new(&[theme("defence", &["Alliance", "alliance"])]);
    assert_eq!(
        classifier.classify(None, "Sweden should join the alliance soon."),
        [0]
    );
    assert_eq!(
        classifier.classify(None, "Sweden should join the Alliance soon."),
        [0]
    );
}

#[test]
fn a_bodys_summit_says_where_leaders_met() {
    let classifier =
        Classifier::new(&[theme("defence", &["NATO"]), theme("ukraine", &["Ukraine"])]);
    assert_eq!(
        classifier.classify(None, "The NATO summit showed unity in support of Ukraine."),
        [1]
    );
    assert_eq!(
        classifier.classify(None, "NATO agreed to support Ukraine."),
        [0, 1]
    );
}

#[test]
fn a_circumstance_conceded_is_not_treated() {
    let classifier = Classifier::new(&[
        theme("relationship", &["relations"]),
        theme("health", &["pandemic"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "Relations remained close despite restrictions caused by the pandemic."
        ),
        [0]
    );
    assert_eq!(
        classifier.classify(
            None,
            "Despite the pandemic, relations remained close, and the pandemic was discussed."
        ),
        [0, 1]
    ); // A clause dating what follows by an event is a circumstance too.
    assert_eq!(
        classifier.classify(
            None,
            "Ahead of the anniversary of the pandemic, our relations remained close."
        ),
        [0]
    );
}

#[test]
fn a_groupings_partnership_is_the_groupings_subject() {
    let classifier = Classifier::new(&[
        theme("defence", &["AUKUS"]),
        theme("relationship", &["partnership", "relationship"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "He hoped to build on the strong AUKUS partnership between the UK, Australia and the US."
        ),
        [0]
    );
    assert_eq!(
        classifier.classify(None, "They praised the closer UK and EU relationship."),
        [1]
    );
}

#[test]
fn a_visit_that_serves_the_relations_between_the_parties_names_them() {
    assert_eq!(
        classifier().classify(
            None,
            "Under the historic relations between the two countries, the Prince visited the UAE."
        ),
        [0]
    );
}

#[test]
fn a_bodys_assembly_or_conference_is_where_leaders_meet() {
    let classifier = Classifier::new(&[theme("order", &["UN"])]);
    assert!(classifier
        .classify(
            None,
            "They would both attend the UN General Assembly next month."
        )
        .is_empty());
    assert_eq!(
        classifier.classify(None, "They will lead action for a UN treaty on the oceans."),
        [0]
    );
}

#[test]
fn a_bond_of_several_parties_in_one_subject_is_that_subject() {
    let classifier = Classifier::new(&[
        theme("relationship", &["trilateral"]),
        theme("energy", &["energy"]),
    ]);
    assert_eq!(
        classifier.classify(None, "They will promote trilateral energy cooperation."),
        [1]
    );
    // Without a subject of its own, the bond is the relationship.
    assert_eq!(
        classifier.classify(None, "They will promote trilateral cooperation."),
        [0]
    );
    assert_eq!(
        classifier.classify(None, "They will promote trilateral and close cooperation."),
        [0]
    );
}

#[test]
fn a_meeting_announced_says_who_will_meet_whom() {
    let classifier = classifier();
    assert!(classifier
        .classify(
            None,
            "On the sidelines, the Minister is expected to have a meeting in trade format."
        )
        .is_empty());
    assert!(classifier
        .classify(
            None,
            "The Minister will meet his counterpart in a trade hub."
        )
        .is_empty());
    // Work that goes on beside it is named.
    assert_eq!(
        classifier.classify(
            None,
            "The ministers will meet tomorrow, and will continue to work on trade."
        ),
        [2]
    );
}

#[test]
fn a_line_introducing_what_follows_may_name_the_bond_it_serves() {
    let classifier = Classifier::new(&[theme("relationship", &["partnership"])]);
    assert_eq!(
        classifier.classify(
            None,
            "They expressed their ambition for this partnership between France and Morocco:"
        ),
        [0]
    );
    assert!(classifier
        .classify(
            None,
            "They expressed their ambition for this partnership to embody:"
        )
        .is_empty());
}

#[test]
fn a_pair_joined_by_a_hyphen_before_cooperation_is_its_bilateral_cooperation() {
    let classifier = Classifier::new(&[
        theme("relationship", &["bilateral cooperation"]),
        theme("trade", &["trade"]),
    ]);
    assert_eq!(
        classifier.classify(None, "They praised the Latvian-Estonian co-operation."),
        [0]
    );
    // A pair's summit is a meeting that structures its relationship.
    assert_eq!(
        classifier.classify(
            None,
            "The leaders chaired the XXXV Spanish-Portuguese Summit."
        ),
        [0]
    );
    // A body's acronym on one side makes it the body's affair.
    assert!(classifier
        .classify(None, "They praised the EU-UK cooperation.")
        .is_empty());
}

#[test]
fn a_bond_with_countries_at_large_is_no_relationship() {
    let classifier = classifier();
    assert!(classifier
        .classify(
            None,
            "Having friendly relations with any countries is our way."
        )
        .is_empty());
    // A bond with a named country is still read as one.
    assert_eq!(
        classifier.classify(None, "He said the relationship with Egypt is a priority."),
        [0]
    );
}

#[test]
fn a_cooperation_on_a_named_subject_is_that_subject() {
    let classifier = Classifier::new(&[
        theme("relationship", &["their cooperation"]),
        theme("crime", &["terrorism"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "Both agreed to strengthen their cooperation against international terrorism."
        ),
        [1]
    );
    assert_eq!(
        classifier.classify(
            None,
            "They vowed to deepen their cooperation in various areas."
        ),
        [0]
    );
    assert!(classifier
        .classify(
            None,
            "They agreed to deepen their cooperation in the field of culture."
        )
        .is_empty());
}

#[test]
fn a_cooperation_of_one_kind_between_the_parties_is_that_kind() {
    let classifier = Classifier::new(&[
        theme("relationship", &["cooperation between"]),
        theme("trade", &["economic"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "He called for enhanced economic cooperation between the two countries."
        ),
        [1]
    );
    assert_eq!(
        classifier.classify(
            None,
            "They discussed bilateral cooperation between the two countries."
        ),
        [0]
    );
}

#[test]
fn ties_in_a_field_are_that_field_unless_a_pair_owns_them() {
    let classifier = Classifier::new(&[
        theme("relationship", &["ties", "relationship"]),
        theme("defence", &["defence"]),
    ]);
    assert_eq!(
        classifier.classify(None, "They agreed on intensifying ties in defence."),
        [1]
    );
    assert_eq!(
        classifier.classify(
            None,
            "They noted the strength of the UK-Dutch relationship in defence."
        ),
        [0, 1]
    );
}

#[test]
fn a_cooperation_between_bodies_below_the_states_is_no_relationship() {
    let classifier = Classifier::new(&[
        theme("relationship", &["cooperation between"]),
        theme("development", &["development"]),
    ]);
    assert!(classifier
        .classify(
            None,
            "Encouraging the cooperation between relevant institutions aiming at training."
        )
        .is_empty());
    assert_eq!(
        classifier.classify(
            None,
            "They discussed cooperation between our international development programmes."
        ),
        [1]
    );
}

#[test]
fn a_cooperation_between_the_parties_inside_a_body_of_many_is_that_bodys() {
    let classifier = Classifier::new(&[
        theme(
            "relationship",
            &["cooperation between", "fruitful cooperation"],
        ),
        theme("order", &["multilateral", "regional organisations"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "They praised cooperation between the two states within regional organisations."
        ),
        [1]
    );
    assert_eq!(
        classifier.classify(
            None,
            "They praised the fruitful cooperation between Norway and Chile within multilateral bodies."
        ),
        [1]
    );
    assert_eq!(
        classifier.classify(None, "They praised cooperation between the two states."),
        [0]
    );
}

#[test]
fn ties_of_one_kind_between_the_parties_stay_of_that_kind() {
    let classifier = Classifier::new(&[
        theme("relationship", &["relations", "ties", "partnership"]),
        theme("trade", &["economic"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "He discussed increasing economic ties between the UK and Cote d’Ivoire."
        ),
        [1]
    );
    assert_eq!(
        classifier.classify(
            None,
            "He responded to proposals on economic partnership between Nepal and India."
        ),
        [1]
    );
    // Relations between them are their relationship, whatever their kind.
    assert_eq!(
        classifier.classify(
            None,
            "They valued the economic relations between Australia and the Netherlands."
        ),
        [0, 1]
    );
}

#[test]
fn a_relationship_of_one_kind_the_parties_own_is_that_kind() {
    let classifier = Classifier::new(&[
        theme("defence", &["defence"]),
        theme("relationship", &["partnership", "relationship"]),
        theme("trade", &["economic"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "The Prime Ministers also reflected on their security and defence relationship."
        ),
        [0]
    );
    // A partnership they own is their bond.
    assert_eq!(
        classifier.classify(None, "They will strengthen their economic partnership."),
        [1, 2]
    );
}

#[test]
fn a_cooperation_through_a_means_is_that_means() {
    let classifier = Classifier::new(&[
        theme("relationship", &["deepen cooperation"]),
        theme("trade", &["trade"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "They saw room for both nations to deepen cooperation through trade and tourism."
        ),
        [1]
    );
    // Through many channels, it is still the bond itself.
    assert_eq!(
        classifier.classify(
            None,
            "They resolved to deepen cooperation through various channels."
        ),
        [0]
    );
}

/// A name followed by "and other" and a kind is one of that kind: what the kind's words name is
/// the subject; a kind that names no theme leaves the name as it is.
#[test]
fn a_name_and_others_of_its_kind_is_that_kind() {
    let classifier = Classifier::new(&[
        theme("order", &["Andean Community"]),
        theme("trade", &["economic"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "They will strengthen the Andean Community and other regional economic blocs in the region."
        ),
        [1]
    );
    assert_eq!(
        classifier.classify(
            None,
            "They will strengthen the Andean Community and other regional bodies."
        ),
        [0]
    );
}

/// A partnership in fields that go on to "other areas" spans the whole relationship: the bond
/// is treated beside the fields listed.
#[test]
fn a_partnership_in_fields_and_other_areas_is_the_relationship_too() {
    let classifier = Classifier::new(&[
        theme("defence", &["security"]),
        theme("relationship", &["partnership"]),
        theme("trade", &["economy"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "They sought to deepen the partnership in security, the economy and other areas."
        ),
        [0, 1, 2]
    );
    assert_eq!(
        classifier.classify(
            None,
            "They sought to deepen the partnership in the economy."
        ),
        [2]
    );
}
