//! Unit tests of a statement's parties: how they are found (a meeting sentence, the title, a bond
//! between them, the party a statement opens with), a theme about two parties that needs the
//! other named, a party that is no subject of a region's theme, and the uses of a party's name
//! that name no subject.

use super::tests::theme;
use super::*;
use crate::content::{Theme, ThemeMeta};

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
        classifier.classify(
            None,
            "Estonia supports Ukraine’s European and Euro-Atlantic choice."
        ),
        [1]
    );
    // A named thing of its own says whose it is.
    assert!(classifier
        .classify(None, "He met Ukraine’s Foreign Minister.")
        .is_empty());
}

#[test]
fn a_title_names_the_parties_who_speak() {
    let classifier = classifier();
    let parties = classifier.parties_titled(
        Some("Joint Declaration by the President of Estonia and the President of Ukraine"),
        ["Noting that the relations between Estonia and Ukraine have evolved."],
    );
    // Beside the other party, the party's name names a side of their bond.
    assert_eq!(
        classifier.classify_in(
            &parties,
            None,
            "Noting that the relations between Estonia and Ukraine have evolved."
        ),
        [2]
    );
    // Alone, it names the party's affairs for the theme named first after it.
    assert_eq!(
        classifier.classify_in(&parties, None, "Estonia will support Ukraine’s reforms."),
        [1]
    );
}

#[test]
fn the_sides_of_a_bilateral_bond_are_parties() {
    let classifier = classifier();
    let opening = [
        "The Minister held a phone call with US Secretary of State Antony Blinken.",
        "The call reviewed the bilateral relations between the State of Qatar and the US.",
    ];
    let parties = classifier.parties(opening);
    assert_eq!(classifier.classify_in(&parties, None, opening[1]), [2]);
    assert_eq!(classifier.classify(None, opening[1]), [0, 2]);
}

#[test]
fn a_pair_that_opens_a_statement_on_the_two_countries_is_its_parties() {
    let classifier = classifier();
    let opening =
        ["Abu Dhabi: The UAE and Saudi Arabia stressed the relations between the two countries."];
    let parties = classifier.parties(opening);
    assert_eq!(classifier.classify_in(&parties, None, opening[0]), [2]);
}

#[test]
fn a_party_is_no_subject_of_a_theme_that_names_a_region_first() {
    let mut region = super::tests::theme("region", &[], &["China"]);
    region.meta.title = "The Indo-Pacific and China".into();
    let classifier = Classifier::new(&[region]);
    let parties = classifier.parties_titled(
        Some(
            "Thai Foreign Minister and China’s Minister of Foreign Affairs agree to expedite talks",
        ),
        ["They met in Beijing."],
    );
    assert!(classifier
        .classify_in(&parties, None, "He invited the minister to visit China.")
        .is_empty());
    assert_eq!(
        classifier.classify(None, "He invited the minister to visit China."),
        [0]
    );
}

#[test]
fn a_party_that_owns_a_named_institution_names_no_subject() {
    let classifier = classifier();
    let parties = classifier.parties(["The President of Estonia met the President of Ukraine."]);
    assert!(classifier
        .classify_in(&parties, None, "They met the Verkhovna Rada of Ukraine.")
        .is_empty());
    assert_eq!(
        classifier.classify_in(&parties, None, "They support the Republic of Ukraine."),
        [1]
    );
}

#[test]
fn an_acronym_of_a_party_stands_for_its_name() {
    let mut region = super::tests::theme("region", &[], &["China", "People's Republic of China"]);
    region.meta.title = "The Indo-Pacific and China".into();
    let classifier = Classifier::new(&[region]);
    let parties =
        classifier.parties(["The Minister spoke with PRC State Councilor Wang Yi today."]);
    assert!(classifier
        .classify_in(&parties, None, "They discussed cooperation with China.")
        .is_empty());
}

#[test]
fn names_beside_signs_of_several_bytes_are_read_whole() {
    let classifier = classifier();
    let text = "«Relations between» the President of «Estonia» and Ukraine… €5 and Qatar.";
    let parties = classifier.parties_titled(Some(text), [text, "Both countries … and Qatar."]);
    // Reading such text finds what it finds, and never cuts a character.
    let _ = classifier.classify_in(&parties, None, text);
}

#[test]
fn a_heading_that_joins_two_names_before_a_bond_names_the_parties() {
    let classifier = classifier();
    let text = "Qatar and Estonia look back on a fruitful visit.";
    for heading in [
        "Qatar-Estonia: Joint Statement",
        "Estonia-Qatar Strategic Dialogue",
    ] {
        // In the title, or in a short line of the page above the prose.
        let parties = classifier.parties_titled(Some(heading), [text]);
        assert!(classifier
            .classify_in(&parties, None, "They discussed security in Qatar.")
            .is_empty());
        let parties = classifier.parties(["Press release", heading, text]);
        assert!(classifier
            .classify_in(&parties, None, "They discussed security in Qatar.")
            .is_empty());
    }
    // Without a bond's noun after it, a hyphened pair is a route or a border.
    let parties = classifier.parties_titled(Some("Qatar-Estonia flights resume"), [text]);
    assert_eq!(
        classifier.classify_in(&parties, None, "They discussed security in Qatar."),
        [0]
    );
}

#[test]
fn a_title_bond_between_two_names_is_the_statement_s_own() {
    let classifier = classifier();
    let parties = classifier.parties_titled(
        Some("Declaration on strategic cooperation between Qatar and Estonia"),
        ["The Presidents declare:"],
    );
    assert!(classifier
        .classify_in(&parties, None, "They discussed security in Qatar.")
        .is_empty());
}

#[test]
fn an_office_named_with_its_country_or_holder_is_no_other_party() {
    let meta: crate::content::ThemeMeta =
        serde_yaml::from_str("title: uk and eu\nkeywords: [EU]\nrequires: [UK, Prime Minister]")
            .expect("valid test theme");
    let mut eu = super::tests::theme("uk-and-eu", &[], &[]);
    eu.meta = meta;
    let classifier = Classifier::new(&[eu]);
    let text = "The partnership between Canada and the EU is deep and lasting.";
    for opening in [
        "Justin Trudeau, Prime Minister of Canada, and the President of the European Council met in Montreal.",
        "Canada was represented by Prime Minister Stephen Harper, who met the EU's leaders.",
        "The Chancellor met Danish Prime Minister Mette Frederiksen.",
    ] {
        let parties = classifier.parties([opening, text]);
        assert!(classifier.classify_in(&parties, None, text).is_empty(), "{opening}");
    }
    // Written bare, or with its holder as the sentence's subject, the office is the
    // publisher's own.
    let parties = classifier.parties([
        "Prime Minister Boris Johnson met with Dutch Prime Minister Mark Rutte.",
        text,
    ]);
    assert_eq!(classifier.classify_in(&parties, None, text), [0]);
    let parties = classifier.parties([
        "The Prime Minister spoke to Danish Prime Minister Mette Frederiksen.",
        text,
    ]);
    assert_eq!(classifier.classify_in(&parties, None, text), [0]);
}

#[test]
fn a_subject_the_opening_meeting_treats_names_no_other_party() {
    let meta: crate::content::ThemeMeta =
        serde_yaml::from_str("title: uk and eu\nkeywords: [EU, Brexit]\nrequires: [UK, Brexit]")
            .expect("valid test theme");
    let mut eu = super::tests::theme("uk-and-eu", &[], &[]);
    eu.meta = meta;
    let classifier = Classifier::new(&[eu]);
    let text = "They stressed the unity of the EU.";
    // The subject discussed is no side of the meeting: the paragraph needs its own.
    let parties = classifier.parties([
        "The Minister met his Ruritanian colleague, and the two discussed trade and Brexit.",
        text,
    ]);
    assert!(classifier.classify_in(&parties, None, text).is_empty());
    // A side the opening names still stands for the whole statement.
    let parties = classifier.parties(["The Minister met his UK colleague.", text]);
    assert_eq!(classifier.classify_in(&parties, None, text), [0]);
}

#[test]
fn the_sides_of_a_summit_the_opening_tells_of_are_parties() {
    let mut region = super::tests::theme("region", &[], &["China"]);
    region.meta.title = "The Indo-Pacific and China".into();
    let classifier = Classifier::new(&[
        region,
        super::tests::theme("relationship", &[], &["relations", "partnership"]),
    ]);
    let opening = "We have just concluded our plenary session of the summit between China and \
                   the European Union.";
    let parties = classifier.parties([opening]);
    // China is a side of the meeting, not the region the statement is about.
    assert_eq!(
        classifier.classify_in(
            &parties,
            None,
            "China is one of our most important partners. We celebrate our relations."
        ),
        [1]
    );
    // Without the summit, China is a subject.
    assert_eq!(
        classifier.classify_in(
            &Parties::none(),
            None,
            "China is one of our most important partners. We celebrate our relations."
        ),
        [0, 1]
    );
}

#[test]
fn a_bonds_name_in_a_title_is_no_party() {
    let classifier = Classifier::new(&[super::tests::theme(
        "relationship",
        &[],
        &["Leaders' Dialogue"],
    )]);
    let text = "Prime Minister James Marape and Prime Minister Anthony Albanese held the fifth \
                Papua New Guinea-Australia Annual Leaders’ Dialogue on 8 February 2024.";
    let parties = classifier.parties_titled(
        Some("Australia-Papua New Guinea Annual Leaders' Dialogue"),
        [text],
    );
    assert_eq!(classifier.classify_in(&parties, None, text), [0]);
}

#[test]
fn a_theme_about_two_parties_needs_a_paragraph_that_names_the_other() {
    let meta: ThemeMeta = serde_yaml::from_str(
        "title: uk and eu\nkeywords: [EU, Brexit]\nrequires: [UK, Britain, Brexit]",
    )
    .expect("valid test theme");
    let themes = vec![
        Theme {
            slug: "uk-and-eu".into(),
            source_path: "content/themes/uk-and-eu.md".into(),
            meta,
            body: String::new(),
            body_line: 1,
            digest: Default::default(),
            body_digest: Default::default(),
        },
        theme("trade", &[], &["economy"]),
    ];
    let classifier = Classifier::new(&themes);
    // The EU alone: the other party is not named.
    assert_eq!(
        classifier.classify(None, "We are already the EU’s fourth largest economy."),
        [1]
    );
    assert_eq!(
        classifier.names_in_passing(
            &Parties::none(),
            "We are already the EU’s fourth largest economy."
        ),
        [("EU".to_string(), InPassing::Alone)]
    );
    // Named in another sentence of the paragraph, or by a keyword that is required itself.
    assert_eq!(
        classifier.classify(
            None,
            "The UK set out its plans. It will work closely with the EU."
        ),
        [0]
    );
    assert_eq!(classifier.classify(None, "They discussed Brexit."), [0]);
}

#[test]
fn a_party_of_the_statement_is_no_subject_of_a_region_theme() {
    let mut region = theme("region", &[], &["Middle East", "Iraq", "Iraqi", "Syria"]);
    region.meta.title = "The Middle East".into();
    let mut war = theme("war", &[], &["Ukraine", "Ukrainian"]);
    war.meta.title = "Ukraine and Russia".into();
    let themes = vec![region, war, theme("trade", &[], &["trade"])];
    let classifier = Classifier::new(&themes);
    let parties = classifier.parties([
        "The Prime Minister met with Prime Minister of Iraq Mohammed Al-Sudani today.",
        "He welcomed the fact that Iraq has become safer.",
    ]);
    // Iraq speaks: its name is no subject of the region's theme.
    assert_eq!(
        classifier.classify_in(&parties, None, "They discussed trade with Iraq."),
        [2]
    );
    assert_eq!(
        classifier.names_in_passing(&parties, "Iraqi trade grows."),
        [("Iraqi".to_string(), InPassing::Party)]
    );
    // Another country of the region is.
    assert_eq!(
        classifier.classify_in(&parties, None, "They discussed Syria and Iraq."),
        [0]
    );
    // A theme named after a party treats the party's affairs.
    let parties = classifier.parties(["President Zelenskyy met the Ukrainian Foreign Minister."]);
    assert_eq!(
        classifier.classify_in(&parties, None, "Support for Ukraine."),
        [1]
    );
}

#[test]
fn the_other_party_of_a_theme_may_be_the_one_the_statement_opens_with() {
    let meta: ThemeMeta =
        serde_yaml::from_str("title: uk and eu\nkeywords: [EU]\nrequires: [UK, Prime Minister]")
            .expect("valid test theme");
    let mut eu = theme("uk-and-eu", &[], &[]);
    eu.meta = meta;
    let classifier = Classifier::new(&[eu]);
    let text = "He will consult our EU partners.";
    assert!(classifier.classify(None, text).is_empty());
    let parties = classifier.parties(["The Taoiseach spoke with the Prime Minister today.", text]);
    assert_eq!(classifier.classify_in(&parties, None, text), [0]);
}
