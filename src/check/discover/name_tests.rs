//! Tests of the rules that read organisations named before their bodies, portfolios listed in
//! a minister's title, and names formed without a kind word at their end.

use super::tests::names;
use super::*;

#[test]
fn an_organisation_before_its_body_is_named_too() {
    assert_eq!(
        names("coordination at the United Nations Security Council today"),
        ["United Nations", "United Nations Security Council"]
    );
    assert_eq!(
        names("The Chairperson of the African Union Commission arrived."),
        ["African Union", "African Union Commission"]
    );
    // Only an organisation's name goes before its bodies.
    assert_eq!(
        names("the Nordic Council of Ministers met"),
        ["Nordic Council of Ministers"]
    );
}

#[test]
fn an_organisation_before_its_instrument_is_named_too() {
    let found = names("respecting the 1982 United Nations Convention on the Law of the Sea.");
    assert!(found.contains(&"United Nations"), "{found:?}");
    assert!(
        found.contains(&"United Nations Convention on the Law of the Sea"),
        "{found:?}"
    );
    let found = names("a grave breach of the United Nations Charter as well");
    assert!(found.contains(&"United Nations"), "{found:?}");
}

#[test]
fn a_kind_word_alone_after_and_is_no_part_of_a_name() {
    // (In a minister's title the portfolios name no body at all: `portfolios.rs`.)
    assert_eq!(
        names("They spoke of the European Union and Cooperation, José"),
        ["European Union"]
    );
    assert_eq!(
        names("the EU-UK Trade and Cooperation Agreement"),
        ["EU-UK Trade and Cooperation Agreement", "EU"]
    );
}

#[test]
fn a_subject_goes_on_through_a_list_that_and_closes() {
    assert_eq!(
        names("the U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities."),
        ["U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities"]
    );
    // A list that goes on in lower case, or that no "and" closes, is the sentence's.
    assert_eq!(
        names("the Framework for Security, Russia said, and more"),
        ["Framework for Security"]
    );
    assert_eq!(
        names("the Forum for Trade, Canada, the UK and the EU"),
        ["Forum for Trade", "EU"]
    );
}

#[test]
fn sentences_glued_by_a_copy_are_read_apart() {
    assert_eq!(
        names("continuing cooperation within NATO.As regards the situation in Belarus"),
        ["NATO"]
    );
    assert_eq!(
        names("the U.S.Embassy and the Japan-U.K. information security agreement"),
        ["Japan-U.K. information security agreement"]
    );
    assert!(names("Washington, DC (STL.News) The below is attributable").is_empty());
}

#[test]
fn a_known_name_after_a_capital_article_a_map_s_part_a_heading_and_a_state_s_letters() {
    assert_eq!(
        names("the Eastern Flank countries – The Bucharest Nine – which is"),
        ["Bucharest Nine"]
    );
    assert!(names("the regional cooperation of NATO’s Eastern Flank countries").len() == 1);
    assert_eq!(names("I. Strategic Partnership:"), Vec::<&str>::new());
    assert_eq!(names("2. Trade Agreement:"), Vec::<&str>::new());
    assert_eq!(names("the China- Lao PDR railway"), Vec::<&str>::new());
}

#[test]
fn agendas_deals_guidelines_and_roadmaps_are_names_without_their_owner() {
    assert_eq!(
        names("fully support the Strategic Agenda adopted in June"),
        ["Strategic Agenda"]
    );
    assert_eq!(
        names("a rapid adoption of the “European Green Deal” to be proposed"),
        ["European Green Deal"]
    );
    assert_eq!(
        names("the priorities of the Political Guidelines for the next term"),
        ["Political Guidelines"]
    );
    assert_eq!(
        names("recommitted to the Trans-Tasman Roadmap to 2035, as the guiding"),
        ["Trans-Tasman Roadmap to 2035"]
    );
    assert_eq!(
        names("the conclusion of the WTO's Doha Development Agenda"),
        ["WTO", "Doha Development Agenda"]
    );
}

#[test]
fn a_bank_states_own_together_is_a_name_and_a_state_s_bank_or_a_place_is_not() {
    assert_eq!(
        names("the role of the European Investment Bank in climate financing"),
        ["European Investment Bank"]
    );
    assert_eq!(names("loans from the World Bank and"), ["World Bank"]);
    assert!(names("settlements in the West Bank and").is_empty());
    assert!(names("the Reserve Bank of Examplia raised rates").is_empty());
}

#[test]
fn a_pair_spaced_around_its_hyphen_its_members_meeting_and_a_portfolio_s_commission() {
    let text = "at the 8th Mekong - Lancang Cooperation Foreign Ministers’ Meeting (FMM MLC) in";
    let found = names_in(text);
    let named: Vec<&str> = found.iter().map(|c| &text[c.start..c.end]).collect();
    assert_eq!(
        named,
        [
            "8th Mekong - Lancang Cooperation Foreign Ministers’ Meeting",
            "Mekong - Lancang Cooperation"
        ]
    );
    assert_eq!(found[0].acronym.as_deref(), Some("FMM MLC"));
    // A dash between clauses joins nothing.
    assert_eq!(
        names("the bond with NATO - Cooperation Council members"),
        ["NATO", "Cooperation Council"]
    );
    assert!(names("the Office of the Central Commission for Foreign Affairs, and").is_empty());
}

#[test]
fn an_acronym_after_parties_takes_a_first_party_of_two_words() {
    assert_eq!(
        names("to meet the requirements of the South Korea-ASEAN FTA in order"),
        ["South Korea-ASEAN FTA", "ASEAN"]
    );
    assert_eq!(names("under the Japan-EU EPA and"), ["Japan-EU EPA", "EU"]);
}

#[test]
fn a_body_a_minister_appoints_is_the_state_s() {
    assert!(names(
        "proposals put forth by the Greenland Committee, appointed by Minister Smith, on"
    )
    .is_empty());
    assert_eq!(
        names("the Joint Committee appointed under the Trade Agreement"),
        ["Joint Committee", "Trade Agreement"]
    );
}

#[test]
fn an_item_of_a_list_of_areas_is_no_name() {
    assert!(names(
        "The work focused on three areas: Economic Integration for Development; Security and Defense for Integration; and Cooperation for Human Development."
    )
    .is_empty());
    // A list of names is still read.
    assert_eq!(
        names(
            "They welcomed: the Paris Agreement; the Trade Agreement, signed in May; and growth."
        ),
        ["Paris Agreement", "Trade Agreement"]
    );
}

#[test]
fn a_state_s_armed_service_and_its_zones_are_no_instruments() {
    assert!(names(
        "the Royal Malaysian Air Force (RMAF) said that 16 aircraft of the People’s Liberation Army Air Force (PLAAF) entered the Malaysian Maritime Zone (MMZ); the RMAF and the PLAAF"
    )
    .is_empty());
    assert_eq!(
        names("The Joint Expeditionary Force met."),
        ["Joint Expeditionary Force"]
    );
}

#[test]
fn a_name_in_capitals_after_a_style_a_style_and_a_street_s_quarter_are_no_names() {
    assert!(names("His Excellency UHURU KENYATTA, President of Kenya, arrived.").is_empty());
    assert!(names("accompanied by HRH Crown Prince Moulay El Hassan").is_empty());
    assert!(names("U.S. Department of State · 2201 C Street NW · Washington").is_empty());
}

#[test]
fn a_field_s_cooperation_and_words_for_a_meeting_alone_are_no_names() {
    assert!(names("Security Cooperation").is_empty());
    assert!(names("a working bilateral lunch on Multilateral Cooperation.").is_empty());
    assert!(names("During the Summit Meeting between the ROK and Slovakia, both").is_empty());
    assert_eq!(
        names("the Mekong-Lancang Cooperation and the Trilateral Meeting"),
        ["Mekong-Lancang Cooperation", "Trilateral Meeting"]
    );
}

#[test]
fn a_joint_non_paper_is_named() {
    assert_eq!(
        names(
            "as stated in the Joint Non-paper on Open Strategic Autonomy of the EU of July 2023."
        ),
        ["Joint Non-paper on Open Strategic Autonomy of the EU", "EU"]
    );
}

#[test]
fn a_state_s_legislature_is_no_instrument() {
    assert!(names("the restoration of the Northern Ireland Assembly. That").is_empty());
    assert_eq!(
        names("at the UN General Assembly and the AU Assembly"),
        ["UN General Assembly", "UN", "AU Assembly", "AU"]
    );
}

#[test]
fn a_month_cut_short_ends_a_name() {
    assert_eq!(
        names("the meeting of the Supreme Interstate Council on Aug. 8 in the capital"),
        ["Supreme Interstate Council"]
    );
    assert_eq!(
        names("the Council of Europe on Sept. 8"),
        ["Council of Europe"]
    );
}

#[test]
fn a_name_carried_on_by_and_is_one_name() {
    assert_eq!(
        names("We adopted the Strategic Partnership and Alliance Program for ten years."),
        ["Strategic Partnership and Alliance Program"]
    );
    assert_eq!(
        names("based on the Vietnam-Mongolia Cooperation and Friendship Treaty."),
        ["Vietnam-Mongolia Cooperation and Friendship Treaty"]
    );
}

#[test]
fn a_subject_ending_in_a_kind_word_closes_the_name_before_in() {
    assert_eq!(
        names("the meeting of the Vietnam-Philippines Joint Commission for Bilateral Cooperation in Manila on Wednesday."),
        ["Vietnam-Philippines Joint Commission for Bilateral Cooperation"]
    );
    assert_eq!(
        names("the Declaration Against Arbitrary Detention in State-to-State Relations."),
        ["Declaration Against Arbitrary Detention in State-to-State Relations"]
    );
}

#[test]
fn a_republic_s_initials_are_no_organisation() {
    assert_eq!(
        names("the legal basis of the RA-EU relations, the minister noted"),
        ["EU"]
    );
    assert!(names("(\"Off. Herald of RS - Treaties\", No. 15/2015)").is_empty());
}

#[test]
fn an_instrument_of_a_republic_is_no_state() {
    assert_eq!(
        names("Reaffirming the Bilateral Strategic Partnership for the European Integration of the Republic of Moldova (Bucharest, April 27, 2010) and the Joint Declaration of the Presidents of the Republic of Moldova and Romania (Chisinau, December 29, 2020),"),
        [
            "Bilateral Strategic Partnership for the European Integration of the Republic of Moldova",
            "Joint Declaration of the Presidents of the Republic of Moldova and Romania"
        ]
    );
    // The state alone stays a state, with its partner.
    assert!(names("the Republic of Moldova and Romania will cooperate").is_empty());
}

#[test]
fn a_preamble_s_participle_and_a_possessive_are_no_part_of_a_name() {
    assert_eq!(
        names("Recalling the Paris Agreement, the parties"),
        ["Paris Agreement"]
    );
    assert_eq!(
        names("the European Council’s decision in December 2023 to open negotiations"),
        ["European Council"]
    );
}

#[test]
fn a_communique_is_a_kind_of_text() {
    assert_eq!(
        names("the spirit of the historical Joint Communiqué signed in 1976 that established relations"),
        ["Joint Communiqué"]
    );
    // A person's visit is what a communiqué "on H.E. ..." tells, not its name.
    assert!(names("Communiqué on H.E. Moussa Faki Mahamat's visit").is_empty());
}

#[test]
fn people_of_a_walk_of_life_and_a_report_on_work_are_no_instruments() {
    assert!(names("received the delegation of Vietnam Business Community.").is_empty());
    assert!(
        names("as outlined in the recently published Partnership Implementation Report.")
            .is_empty()
    );
    assert_eq!(
        names("the East African Community met"),
        ["East African Community"]
    );
    assert_eq!(names("the December Joint Report said"), ["Joint Report"]);
}

#[test]
fn a_town_and_its_states_code_alone_on_a_line_name_nothing() {
    assert!(names("Praha (CZ)").is_empty());
    assert_eq!(names("the United Nations (UN) said"), ["United Nations"]);
}

#[test]
fn a_run_cut_inside_a_bracket_it_opens_is_no_name() {
    let text = "After the Nordic-Baltic (NB8) Foreign Ministers’ annual meeting they met.";
    assert!(!names(text).iter().any(|n| n.contains('(')));
    assert_eq!(
        names("the North Atlantic Treaty Organisation (NATO) met"),
        ["North Atlantic Treaty Organisation"]
    );
}

#[test]
fn a_plan_named_by_its_capitalised_words_is_a_name() {
    assert_eq!(
        names("Some of the commitments made in the Joint Plan of Action include:"),
        ["Joint Plan of Action"]
    );
    assert_eq!(
        names("the future Joint Comprehensive Plan of Action to be finalized by June 30."),
        ["Joint Comprehensive Plan of Action"]
    );
    assert!(names("a new plan of action and a Plan").is_empty());
}

#[test]
fn a_named_set_of_measures_is_a_name() {
    assert_eq!(
        names("NATO adopted the Immediate Assurance Measures last year."),
        ["NATO", "Immediate Assurance Measures"]
    );
    assert!(names("They agreed new measures and a Measure.").is_empty());
}

#[test]
fn a_subject_goes_on_through_its_means_and_stops_at_a_bracket() {
    assert_eq!(
        names("Canada is joining the Council of Europe’s European Commission for Democracy through Law (the Venice Commission), which will help"),
        ["Council of Europe", "European Commission for Democracy through Law", "Venice Commission"]
    );
}

#[test]
fn the_schengen_area_the_eurozone_and_the_common_travel_area_are_known_groupings() {
    assert_eq!(
        names("Croatia’s entry to the Schengen, the eurozone and the OECD."),
        ["Schengen", "eurozone", "OECD"]
    );
    assert_eq!(
        names("migration, the Schengen area and the rule of law"),
        ["Schengen area"]
    );
    assert_eq!(
        names("avoiding a hard border, maintaining the common travel area and"),
        ["common travel area"]
    );
    // A name the kind word makes longer is read whole.
    assert_eq!(
        names("the Schengen Agreement applies"),
        ["Schengen Agreement"]
    );
}

#[test]
fn a_consultation_in_the_singular_is_a_kind_as_consultations_are() {
    assert_eq!(
        names("1. The 12th Annual Consultation between the Prime Minister of Malaysia"),
        ["Annual Consultation"]
    );
}

#[test]
fn a_kind_word_after_a_sentence_s_article_is_a_common_noun() {
    assert_eq!(
        names("The meeting of Prime Ministers will focus on the Council of the European Union."),
        ["Council of the European Union"]
    );
    assert!(names("A meeting of Foreign Ministers was held.").is_empty());
}

#[test]
fn the_alone_after_a_kind_word_joins_no_name() {
    assert!(
        !names("As members of the UN Security Council the Ministers reiterated it.")
            .contains(&"UN Security Council the Ministers")
    );
    assert_eq!(
        names("They met at the Council of the European Union."),
        ["Council of the European Union"]
    );
}
