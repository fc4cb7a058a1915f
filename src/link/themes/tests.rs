use super::*;
use crate::content::{Theme, ThemeMeta};

pub(super) fn theme(slug: &str, headings: &[&str], keywords: &[&str]) -> Theme {
    let meta: ThemeMeta = serde_yaml::from_str(&format!(
        "title: {slug}\nheadings: [{}]\nkeywords: [{}]",
        headings.join(", "),
        keywords.join(", ")
    ))
    .expect("valid test theme");
    Theme {
        slug: slug.to_string(),
        source_path: format!("content/themes/{slug}.md").into(),
        meta,
        body: String::new(),
        body_line: 1,
        digest: Default::default(),
        body_digest: Default::default(),
    }
}

fn themes() -> Vec<Theme> {
    vec![
        theme(
            "research",
            &["Research and energy"],
            &["research", "health"],
        ),
        theme(
            "energy",
            &["Research and energy"],
            &["energy", "hydrogen", "interconnector"],
        ),
        theme("crime", &["Crime"], &["law enforcement", "surveillance"]),
        theme("migration", &[], &["people smuggling", "small boats"]),
    ]
}

#[test]
fn words_decide_among_the_themes_a_heading_proposes() {
    let classifier = Classifier::new(&themes());
    let heading = Some("Research and energy");
    assert_eq!(classifier.classify(heading, "Research on health."), [0]);
    assert_eq!(
        classifier.classify(heading, "Hydrogen and a new interconnector."),
        [1]
    );
    assert_eq!(
        classifier.classify(heading, "Health research, and energy via hydrogen."),
        [0, 1]
    );
    // No keyword of either: the heading alone decides.
    assert_eq!(classifier.classify(heading, "Other matters."), [0, 1]);
}

#[test]
fn a_paragraph_adds_a_theme_it_clearly_treats_outside_its_heading() {
    let classifier = Classifier::new(&themes());
    let text = "Law enforcement officers and surveillance, in counter-people smuggling work against small boats.";
    assert_eq!(classifier.classify(Some("Crime"), text), [2, 3]);
    // One passing word is not enough.
    assert_eq!(
        classifier.classify(
            Some("Crime"),
            "Law enforcement and surveillance, also on energy."
        ),
        [2]
    );
    // Named once, but as the subject of a sentence.
    assert_eq!(
        classifier.classify(
            Some("Crime"),
            "Law enforcement and surveillance grew. Small boats also crossed."
        ),
        [2, 3]
    );
    let explained = classifier.explain(Some("Crime"), text);
    assert_eq!(
        explained[1].reason,
        Reason::Words(vec!["people smuggling".into(), "small boats".into()])
    );
}

#[test]
fn a_paragraph_under_no_claimed_heading_takes_every_theme_it_names() {
    let classifier = Classifier::new(&themes());
    assert_eq!(
        classifier.classify(
            None,
            "Cooperation on research, energy and people-smuggling."
        ),
        [0, 1, 3]
    );
    assert!(classifier
        .classify(Some("Unclaimed"), "Nothing here.")
        .is_empty());
}

#[test]
fn names_are_not_common_nouns_and_the_longest_keyword_wins() {
    let themes = vec![
        theme("relations", &[], &["summit", "relationship"]),
        theme("defence", &[], &["NATO", "Allies"]),
        theme(
            "eu",
            &[],
            &["Northern Ireland Protocol", "EU", "clean technology"],
        ),
        theme(
            "ni",
            &[],
            &["Northern Ireland", "Northern Ireland Protocol"],
        ),
        theme("research", &[], &["technology"]),
    ];
    let classifier = Classifier::new(&themes);
    assert_eq!(
        classifier.classify(None, "They prepared the Summit with the Allies."),
        [1]
    );
    assert_eq!(classifier.classify(None, "Summit plans were made."), [0]);
    // A phrase both themes list counts for both; a shorter keyword inside a longer one
    // does not count on its own.
    assert_eq!(
        classifier.classify(None, "On the Northern Ireland Protocol they disagreed."),
        [2, 3]
    );
    assert_eq!(
        classifier.classify(None, "They invest in clean technology."),
        [2]
    );
    // The other number of a phrase's last word.
    assert_eq!(
        classifier.classify(None, "They invest in new, clean technologies."),
        [2]
    );
    // A name's capitals are part of it.
    assert!(classifier
        .classify(None, "They spoke as friends and allies.")
        .is_empty());
    assert_eq!(classifier.classify(None, "As NATO Allies they spoke."), [1]);
}

#[test]
fn sentences_that_only_frame_a_paragraph_name_no_subject() {
    let themes = vec![
        theme("relations", &["Relations"], &["relationship"]),
        theme("defence", &[], &["NATO", "defence"]),
        theme("eu", &[], &["European Council", "EU"]),
    ];
    let classifier = Classifier::new(&themes);
    // A closing courtesy.
    assert!(classifier
        .classify(
            None,
            "They looked forward to seeing one another at the NATO Summit."
        )
        .is_empty());
    // What comes before the courtesy still counts.
    assert_eq!(
        classifier.classify(
            None,
            "They welcomed the close relationship, and looked forward to meeting at the NATO Summit."
        ),
        [0]
    );
    // And it does not frame when it names what they will discuss.
    assert_eq!(
        classifier.classify(
            None,
            "They looked forward to discussing co-operation with the EU, notably on defence."
        ),
        [1, 2]
    );
    // Nor when it names the work they will do together.
    assert_eq!(
        classifier.classify(
            None,
            "They looked forward to working together on shared priorities, including defence."
        ),
        [1]
    );
    // Who met whom, even under a heading.
    assert!(classifier
        .classify(
            Some("Relations"),
            "The Prime Minister met the President of the European Council in London."
        )
        .is_empty());
    // A courtesy that names the work ahead on a subject keeps that subject.
    assert_eq!(
        classifier.classify(
            None,
            "They looked forward to further strengthening the relationship."
        ),
        [0]
    );
    // Who met whom, told in the passive, and the heads of a party named after their office.
    assert!(classifier
        .classify(
            None,
            "Today, a telephone conversation was held between the EU coordinator and the NATO envoy."
        )
        .is_empty());
    assert!(classifier
        .classify(None, "The presidents of the EU welcomed the plan.")
        .is_empty());
    // A pointer to another text takes no theme from its heading alone, but its words count.
    assert!(classifier
        .classify(Some("Relations"), "Read the Prime Minister's statement.")
        .is_empty());
    assert_eq!(
        classifier.classify(Some("Relations"), "Read the documents on defence."),
        [1]
    );
    // A line that introduces what follows.
    assert!(classifier
        .classify(None, "The NATO ministers met in Brussels and agreed to:")
        .is_empty());
    // The framing sentence is left out, the next one counts.
    assert_eq!(
        classifier.classify(
            None,
            "The Prime Minister met the President of the European Council. They discussed defence."
        ),
        [1]
    );
}

#[test]
fn no_keyword_counts_inside_a_phrase_a_theme_sets_aside() {
    let meta: ThemeMeta = serde_yaml::from_str(
        "title: trade\nkeywords: [business]\nnot_keywords: [business model, United Kingdom of Great Britain and Northern Ireland]",
    )
    .expect("valid test theme");
    let themes = vec![
        Theme {
            slug: "trade".into(),
            source_path: "content/themes/trade.md".into(),
            meta,
            body: String::new(),
            body_line: 1,
            digest: Default::default(),
            body_digest: Default::default(),
        },
        theme("ni", &[], &["Northern Ireland"]),
    ];
    let classifier = Classifier::new(&themes);
    assert_eq!(classifier.classify(None, "Business leaders met."), [0]);
    assert!(classifier
        .classify(None, "They will break the business model of the gangs.")
        .is_empty());
    assert!(classifier
        .classify(
            None,
            "The United Kingdom of Great Britain and Northern Ireland and the Netherlands agree."
        )
        .is_empty());
    assert_eq!(classifier.classify(None, "In Northern Ireland, too."), [1]);
}

#[test]
fn a_heading_gives_way_when_the_paragraph_names_only_other_subjects() {
    let classifier = Classifier::new(&themes());
    assert_eq!(
        classifier.classify(Some("Crime"), "Documents on people smuggling and energy."),
        [1, 3]
    );
    assert_eq!(classifier.classify(Some("Crime"), "Other matters."), [2]);
}

#[test]
fn a_name_that_only_says_whose_people_or_stands_among_other_names_names_nothing() {
    let classifier = Classifier::new(&[
        theme("eu", &[], &["EU", "UK-EU"]),
        theme("defence", &[], &["NATO", "JEF", "defence"]),
        theme("ukraine", &[], &["Ukraine", "Russia"]),
        theme("order", &[], &["United Nations", "Council of Europe"]),
    ]);
    // Whose people are meant.
    assert!(classifier
        .classify(None, "The EU coordinator has paused the talks.")
        .is_empty());
    assert!(classifier
        .classify(None, "We, the leaders of the JEF nations, met today.")
        .is_empty());
    assert!(classifier
        .classify(None, "They saw NATO Secretary General Stoltenberg.")
        .is_empty());
    // `--explain-themes` says which keywords counted for nothing, and why.
    assert_eq!(
        classifier.names_in_passing(
            &Parties::none(),
            "The EU coordinator discussed EU-U.S. cooperation."
        ),
        [
            ("EU".to_string(), InPassing::Whose),
            ("EU".to_string(), InPassing::Beside)
        ]
    );
    // The members are the group; the name as subject counts.
    assert_eq!(classifier.classify(None, "The JEF nations met."), [1]);
    assert_eq!(classifier.classify(None, "The EU and NATO agreed."), [0, 1]);
    // One side of a pair names the pair: a theme treats it only when it holds both sides.
    assert!(classifier
        .classify(None, "They discussed EU-U.S. cooperation.")
        .is_empty());
    assert!(classifier
        .classify(None, "They discussed NATO-EU cooperation.")
        .is_empty());
    assert_eq!(classifier.classify(None, "The Russia-Ukraine war."), [2]);
    // A country's name joined to another is still a place treated; the acronym beside it is not.
    assert_eq!(
        classifier.classify(None, "They discussed EU-Russia talks."),
        [2]
    );
    assert_eq!(classifier.classify(None, "The UK-EU summit."), [0]);
    // An item of a list of names, likewise: here the list is of international bodies.
    assert_eq!(
        classifier.classify(
            None,
            "They work through the United Nations (UN), NATO, OSCE and the Council of Europe."
        ),
        [3]
    );
    // A word that starts the sentence is not an item: it may be any word.
    assert_eq!(
        classifier.classify(None, "Today, NATO and the EU agreed."),
        [0, 1]
    );
    // Whose named thing: the thing is the subject.
    assert!(classifier
        .classify(None, "As described in the EU’s Strategic Compass.")
        .is_empty());
    assert_eq!(classifier.classify(None, "The EU’s members agreed."), [0]);
}

#[test]
fn a_common_noun_that_names_a_role_or_a_kind_of_something_names_nothing() {
    let classifier = Classifier::new(&[
        theme("defence", &[], &["defence"]),
        theme("aid", &[], &["humanitarian"]),
        theme("trade", &[], &["economic"]),
        theme("ukraine", &[], &["Ukraine"]),
    ]);
    // "defence ministers" are people; "defence cooperation" is a subject.
    assert!(classifier
        .classify(None, "They will talk with their defence ministers.")
        .is_empty());
    assert_eq!(classifier.classify(None, "Defence cooperation grew."), [0]);
    // Adjectives side by side say what kind of support; the support to Ukraine is the
    // subject.
    assert_eq!(
        classifier.classify(
            None,
            "They pledged political, economic, humanitarian and military support to Ukraine."
        ),
        [3]
    );
    assert_eq!(
        classifier.classify(
            None,
            "They noted military and humanitarian support to Ukraine."
        ),
        [3]
    );
    // Letters outside ASCII around them are read as any other.
    assert_eq!(
        classifier.classify(
            None,
            "Aide ø humanitarian and military support to Ukraine, Türkiye-EU."
        ),
        [3]
    );
    assert_eq!(
        classifier.classify(None, "Aide ø and humanitarian support to Ukraine."),
        [1, 3]
    );
    // Alone, an adjective still names its subject.
    assert_eq!(
        classifier.classify(None, "They sent humanitarian support to Ukraine."),
        [1, 3]
    );
    // An adjective that says what kind of effect is meant: the cause is the subject.
    assert_eq!(
        classifier.classify(
            None,
            "They will impose economic costs on Ukraine's invaders."
        ),
        [3]
    );
    assert_eq!(classifier.classify(None, "Economic growth returned."), [2]);
}

#[test]
fn a_partnership_on_a_subject_is_that_subject() {
    let classifier = Classifier::new(&[
        theme("health", &[], &["pandemic"]),
        theme("relationship", &[], &["partnership", "friendship"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "They praised their partnership in defeating the pandemic."
        ),
        [0]
    );
    assert_eq!(
        classifier.classify(
            None,
            "They praised their partnership on friendship and health."
        ),
        [1]
    );
    assert_eq!(
        classifier.classify(None, "They praised their partnership."),
        [1]
    );
}

#[test]
fn a_common_noun_after_related_names_what_goes_with_the_thing_before() {
    let classifier = Classifier::new(&[
        theme("research", &[], &["technology"]),
        theme("ukraine", &[], &["Ukraine"]),
    ]);
    assert_eq!(
        classifier.classify(
            None,
            "They must halt transfers of missiles, drones and related technology to Ukraine's invaders."
        ),
        [1]
    );
    assert_eq!(
        classifier.classify(None, "They shared new technology with Ukraine."),
        [0, 1]
    );
}

#[test]
fn an_introduction_that_says_what_about_keeps_its_words() {
    let classifier = Classifier::new(&themes());
    // A bare introduction names nothing; one that says what it stresses treats that.
    assert!(classifier
        .classify(None, "The ministers said on people smuggling:")
        .is_empty());
    assert_eq!(
        classifier.classify(
            None,
            "The ministers issued this statement, emphasising the fight against people smuggling:"
        ),
        [3]
    );
}

#[test]
fn a_keyword_with_a_prefix_matches_it_closed_up() {
    let themes = vec![theme(
        "crime",
        &[],
        &["counter-terrorism", "non-proliferation"],
    )];
    let classifier = Classifier::new(&themes);
    assert_eq!(
        classifier.classify(None, "They agreed to work on counterterrorism."),
        [0]
    );
    assert_eq!(
        classifier.classify(None, "They agreed to work on counter-terrorism."),
        [0]
    );
    assert_eq!(
        classifier.classify(None, "They agreed to work on nonproliferation."),
        [0]
    );
}

#[test]
fn a_bond_of_one_kind_is_that_subject() {
    let themes = vec![
        theme("defence", &[], &["defence"]),
        theme(
            "relationship",
            &[],
            &["ties", "partnership", "relationship"],
        ),
        theme("trade", &[], &["trade", "economic"]),
    ];
    let classifier = Classifier::new(&themes);
    assert_eq!(
        classifier.classify(
            None,
            "They welcomed the deepening of bilateral defence ties."
        ),
        [0]
    );
    assert_eq!(
        classifier.classify(
            None,
            "They agreed to enhance trade and economic partnership."
        ),
        [2]
    );
    // Its parties named or owning it, or no subject named: the relationship.
    assert_eq!(
        classifier.classify(
            None,
            "They welcomed the economic relationship between our countries."
        ),
        [1, 2]
    );
    assert_eq!(
        classifier.classify(None, "They will strengthen their economic partnership."),
        [1, 2]
    );
    assert_eq!(
        classifier.classify(None, "They praised the close ties."),
        [1]
    );
    assert_eq!(
        classifier.classify(None, "They discussed U.S.-China ties."),
        [1]
    );
}
