use super::*;

/// The names `names_in` finds in `text`, as written; the other rule modules' tests use it too.
pub(super) fn names(text: &str) -> Vec<&str> {
    names_in(text)
        .into_iter()
        .map(|c| &text[c.start..c.end])
        .collect()
}

#[test]
fn finds_capitalised_names_ending_in_a_kind() {
    assert_eq!(
        names("They signed the Example Cooperation Agreement, and the Agreement holds."),
        vec!["Example Cooperation Agreement"]
    );
    assert_eq!(
        names("Under the European Convention on Human Rights (ECHR) and the Council of Europe."),
        vec!["European Convention on Human Rights", "Council of Europe"]
    );
    // "EU" names an organisation of its own inside the agreement's name.
    assert_eq!(
        names("The EU-UK Trade and Cooperation Agreement applies."),
        vec!["EU-UK Trade and Cooperation Agreement", "EU"]
    );
    assert_eq!(
        names("The Joint Expeditionary Force met."),
        vec!["Joint Expeditionary Force"]
    );
    assert_eq!(
        names("the Coalition of the Willing. The Council of the European Union"),
        vec!["Coalition of the Willing", "Council of the European Union"]
    );
    assert!(names("a new agreement and an Agreement").is_empty());
}

#[test]
fn reads_acronyms_brackets_and_lists_of_names() {
    let text = "Allies of the North Atlantic Treaty Organisation (NATO) met. NATO and JEF partners, the UK and the US, spoke.";
    let found = names_in(text);
    assert_eq!(
        &text[found[0].start..found[0].end],
        "North Atlantic Treaty Organisation"
    );
    assert_eq!(found[0].acronym.as_deref(), Some("NATO"));
    assert_eq!(
        names(text),
        ["North Atlantic Treaty Organisation", "NATO", "JEF"]
    );
    assert_eq!(
        names("They upheld the Belfast (Good Friday) Agreement."),
        ["Belfast (Good Friday) Agreement"]
    );
    // Two names joined by "and the" stay two names.
    assert_eq!(
        names("the Charter of Paris and the Paris Agreement and the Joint Expeditionary Force and the UK-led Carrier Strike Group"),
        ["Charter of Paris", "Paris Agreement", "Joint Expeditionary Force", "Carrier Strike Group"]
    );
    assert_eq!(
        names("the President of the European Council António Costa at the NATO summit"),
        ["European Council", "NATO summit", "NATO"]
    );
}

#[test]
fn a_name_its_acronym_spells_stays_whole_and_an_event_is_apart_from_its_body() {
    let text = "the Organisation for Security and Cooperation in Europe (OSCE), the Organisation for Economic Co-operation and Development (OECD) and the Joint Comprehensive Plan of Action (JCPOA).";
    let found = names_in(text);
    let named: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|c| (&text[c.start..c.end], c.acronym.as_deref()))
        .collect();
    assert_eq!(
        named,
        [
            (
                "Organisation for Security and Cooperation in Europe",
                Some("OSCE")
            ),
            (
                "Organisation for Economic Co-operation and Development",
                Some("OECD")
            ),
            ("Joint Comprehensive Plan of Action", Some("JCPOA"))
        ]
    );
    // Letters that spell no acronym do not glue two names across "and".
    assert_eq!(
        names("the Paris Agreement and the Energy Charter (ECT)"),
        ["Paris Agreement", "Energy Charter"]
    );
    // A meeting of a body is the body's, and a body's summit names the body too.
    assert_eq!(
        names("at the European Political Community meeting and the Council of Europe Summit"),
        [
            "European Political Community",
            "Council of Europe",
            "Council of Europe Summit"
        ]
    );
    assert_eq!(
        names("the G-7 Ministerial meeting and the Prime Minister’s summit statement"),
        ["G-7 Ministerial meeting", "G-7"]
    );
    // Offices and a state's armed forces are no instruments.
    assert!(names(
        "the Minister of Foreign Affairs and International Cooperation and the Ukrainian Armed Forces"
    )
    .is_empty());
    assert_eq!(
        names("the Nordic Foreign Policy Cooperation"),
        ["Nordic Foreign Policy Cooperation"]
    );
    assert_eq!(
        names("the anniversary of the Entente Cordiale and the Six Nations on Friday"),
        ["Entente Cordiale"]
    );
}

#[test]
fn a_name_owned_by_an_organisation_needs_no_kind_word() {
    assert_eq!(
        names("cooperation as described in the EU’s Strategic Compass."),
        vec!["EU", "Strategic Compass"]
    );
    // An office is no instrument, nor a single word.
    assert_eq!(names("NATO’s Secretary General spoke."), vec!["NATO"]);
    assert_eq!(names("the EU’s Parliament"), vec!["EU"]);
}

#[test]
fn a_field_label_is_no_name() {
    assert!(names("Weapon Program: ").is_empty());
    assert_eq!(
        names("The Weapon Program was ended:"),
        vec!["Weapon Program"]
    );
}

#[test]
fn an_edition_inside_its_event_is_no_organisation() {
    assert_eq!(
        names("ahead of the UK-hosted COP26 Summit and the G7 Summit."),
        vec!["COP26 Summit", "G7 Summit", "G7"]
    );
    assert_eq!(names("at COP26 in Glasgow"), vec!["COP26"]);
    assert_eq!(
        names("ready for the NB8 Ministerial meeting"),
        vec!["NB8 Ministerial meeting", "NB8"]
    );
}

#[test]
fn a_model_of_equipment_is_no_organisation() {
    assert!(names("supporting with everything from training to procuring F16 jets.").is_empty());
    assert_eq!(names("NATO jets and the F-35."), vec!["NATO", "F-35"]);
}

#[test]
fn formats_agreements_and_documents_in_lower_case_or_without_a_usual_kind() {
    assert_eq!(
        names("efforts in the Normandy format to implement the Minsk agreements."),
        vec!["Normandy format", "Minsk agreements"]
    );
    assert_eq!(
        names("the requirements set out in the Vienna Document."),
        vec!["Vienna Document"]
    );
    // A lower-case kind names nothing after a lower-case word.
    assert!(names("a trilateral format and a new agreement").is_empty());
    // Lower-case words that say what kind of agreement, after the parties' name.
    assert_eq!(
        names("an ambitious conclusion to the Canada-EU comprehensive economic and trade agreement negotiations"),
        vec!["Canada-EU comprehensive economic and trade agreement", "EU"]
    );
    assert!(names("talks on a bilateral free trade agreement once the UK has left").is_empty());
    assert!(names("The free trade agreement. Both sides said the trade agreement").is_empty());
}

#[test]
fn departments_and_ship_prefixes_are_no_organisations() {
    assert!(names("DFID humanitarian advisers and RFA Mounts Bay were in the area.").is_empty());
}

#[test]
fn a_count_of_nations_is_no_organisation() {
    assert!(names("their emphatic win against France in the Six Nations on Friday.").is_empty());
    assert_eq!(names("at the United Nations"), vec!["United Nations"]);
}

#[test]
fn members_meetings_formats_in_one_word_conferences_areas_and_reports_are_names() {
    assert_eq!(
        names("Looking ahead to the NATO leaders’ summit in Vilnius next month."),
        ["NATO leaders’ summit", "NATO"]
    );
    assert_eq!(
        names("the decisions adopted during the Ramstein-format meeting and others"),
        ["Ramstein-format meeting"]
    );
    assert_eq!(
        names("when I visited London for the Ukraine Recovery Conference."),
        ["Ukraine Recovery Conference"]
    );
    assert_eq!(
        names("including Northern Ireland and the Common Travel Area."),
        ["Common Travel Area"]
    );
    assert_eq!(
        names("as set out in the December Joint Report, to be examined"),
        ["Joint Report"]
    );
    // A possessive plural alone is no name: "the leaders’ meeting".
    assert!(names("the leaders’ meeting went well").is_empty());
}

#[test]
fn a_political_party_is_no_organisation() {
    assert!(names("He encouraged Sinn Féin and the DUP to engage.").is_empty());
}

#[test]
fn a_meeting_of_a_named_body_and_letters_after_a_name_are_no_names() {
    assert_eq!(
        names("her support at the Coalition of the Willing meeting in Paris"),
        ["Coalition of the Willing"]
    );
    assert!(names("The Rt Hon Sir Keir Starmer KCB KC MP met Micheál Martin TD.").is_empty());
}

#[test]
fn a_word_that_starts_sentences_starts_a_name_after_the() {
    assert_eq!(
        names("Phase 1 of the Next Steps in Strategic Partnership includes it."),
        ["Next Steps in Strategic Partnership"]
    );
    assert_eq!(
        names("Next Generation Partnership talks began."),
        ["Generation Partnership"]
    );
}

#[test]
fn a_partnership_in_lower_case_is_a_name_only_after_one_plain_word() {
    assert_eq!(
        names("in Ukraine, Moldova, and the wider Eastern partnership region."),
        ["Eastern partnership"]
    );
    for text in [
        "They welcomed the UK–Belgium partnership.",
        "They welcomed the British partnership.",
        "Strategic partnership is the aim.",
    ] {
        assert!(names(text).is_empty(), "{text}");
    }
    // The organisation is named; its partnership is not a name of its own.
    assert_eq!(names("They welcomed the EU partnership."), ["EU"]);
}

#[test]
fn a_datelines_place_and_credit_are_no_names() {
    assert_eq!(
        names("RIYADH, (APP - Point News - 11th Oct, 2023) The NATO Allies met."),
        ["NATO"]
    );
    // A name in capitals that opens a sentence is still one.
    assert_eq!(names("NATO, the EU and the G7 met."), ["NATO", "EU", "G7"]);
}

#[test]
fn reads_a_group_with_added_members_and_names_that_go_on() {
    assert_eq!(names("They discussed the P5+1 talks with Iran."), ["P5+1"]);
    assert_eq!(
        names("the Joint Declaration on Strategic Partnership for the 21st Century between them"),
        ["Joint Declaration on Strategic Partnership for the 21st Century"]
    );
    assert_eq!(
        names("at the Major Economies Forum on Energy and Climate, and discussed"),
        ["Major Economies Forum on Energy and Climate"]
    );
    // "and" joins two names after a body's name that has no subject.
    assert_eq!(
        names("the Council of Europe and Ukraine agreed"),
        ["Council of Europe"]
    );
    // The day of a date is no ordinal inside a name.
    assert_eq!(
        names("the Agreement on Trade of the 5th March"),
        ["Agreement on Trade"]
    );
}

#[test]
fn names_a_body_with_its_numbered_act_and_its_heads_meeting() {
    assert_eq!(
        names("full implementation of UN Security Council Resolution 1874. They"),
        [
            "UN Security Council",
            "UN Security Council Resolution 1874",
            "UN"
        ]
    );
    assert_eq!(
        names("London hosted the Commonwealth Heads of Government meeting, and"),
        ["Commonwealth", "Commonwealth Heads of Government meeting"]
    );
}

#[test]
fn a_shouted_line_and_a_time_zone_are_no_acronyms() {
    assert!(names("THE OPERATION IS BEING PERFORMED").is_empty());
    assert!(names("Posted 01 July 2022 18:43 (UTC +04:00)").is_empty());
    // Two acronyms side by side are no shouted line.
    assert_eq!(names("NATO EU"), ["NATO", "EU"]);
}

#[test]
fn a_news_agency_crediting_its_reporter_is_no_name() {
    assert_eq!(
        names("The ministers met in Lisbon, XNA’s Lisbon correspondent reports."),
        Vec::<&str>::new()
    );
    assert_eq!(names("NATO's reporter said so."), Vec::<&str>::new());
    assert_eq!(
        names("NATO's Strategic Concept"),
        vec!["NATO", "Strategic Concept"]
    );
}

#[test]
fn a_flight_s_number_and_a_pair_s_partnership_are_no_names() {
    assert_eq!(
        names("They discussed Flight XY123 and the Canada-United Kingdom partnership."),
        Vec::<&str>::new()
    );
    assert_eq!(
        names("They welcomed the Eastern partnership."),
        vec!["Eastern partnership"]
    );
}

#[test]
fn a_bracketed_part_may_hold_joining_words_and_a_state_s_forces_are_no_name() {
    assert_eq!(
        names("They discussed the UK's the Example Troubles (Legacy and Reconciliation) Act."),
        vec!["Example Troubles (Legacy and Reconciliation) Act"]
    );
    assert_eq!(
        names("They paid tribute to the Somali Security Forces and the Joint Expeditionary Force."),
        vec!["Joint Expeditionary Force"]
    );
}

#[test]
fn states_parties_groups_and_national_agencies_are_no_instruments() {
    assert!(
        names("Blinken hosted PRC Director of the CCP Central Foreign Affairs Commission.")
            .is_empty()
    );
    assert!(names("to degrade and ultimately defeat ISIL and to reach").is_empty());
    // A name that spells a party teaches an acronym that is no instrument either.
    assert!(names("the Chinese Communist Party (CCP) met; the CCP said").is_empty());
    assert!(names("the People's Republic of China (PRC) and the PRC").is_empty());
    // An agency is a state's unless a word makes it international.
    assert!(names("facilitated by the Investment Promotion Agency.").is_empty());
    assert_eq!(
        names("the International Atomic Energy Agency reported"),
        ["International Atomic Energy Agency"]
    );
}

#[test]
fn reads_deals_policies_missions_and_one_word_names() {
    assert_eq!(
        names("The Prime Minister reiterated the position on the Iran nuclear deal, noting"),
        ["Iran nuclear deal"]
    );
    assert!(names("the deal is upheld, and a fair and comprehensive deal").is_empty());
    assert_eq!(
        names("the signing of a Japan-U.K. information security agreement in order to"),
        ["Japan-U.K. information security agreement"]
    );
    assert_eq!(
        names("the importance of Sri Lanka to India’s Neighbourhood First policy."),
        ["Neighbourhood First policy"]
    );
    assert!(names("the British Foreign policy and the China policy").is_empty());
    assert_eq!(
        names("views on the African Union Mission Mandate in Somalia and the transition to a new African Union Transition Mission in Somalia, paying"),
        [
            "African Union",
            "African Union Mission Mandate in Somalia",
            "African Union",
            "African Union Transition Mission in Somalia"
        ]
    );
    assert!(names("the Permanent Mission to the UN")
        .iter()
        .all(|n| *n == "UN"));
    assert_eq!(
        names("endorsed the Declaration Against Arbitrary Detention in State-to-State Relations."),
        ["Declaration Against Arbitrary Detention in State-to-State Relations"]
    );
    // "in" after a subject of one word says where.
    assert_eq!(
        names("the Conference on Disarmament in Geneva"),
        ["Conference on Disarmament"]
    );
    assert_eq!(
        names("support for the world Francophonie and the Commonwealth."),
        ["Francophonie", "Commonwealth"]
    );
    assert!(
        names("the Foreign, Commonwealth & Development Office and the Commonwealth Games")
            .is_empty()
    );
    assert_eq!(
        names("as Five Eyes partners, and the Quad’s work with the Weimar Triangle."),
        ["Five Eyes", "Quad", "Weimar Triangle"]
    );
}

#[test]
fn new_kinds_of_names_stay_narrow() {
    // A government's policy, a trade mission and a nationality before a common noun are no
    // names.
    assert!(names("the Trump Administration policy and the Home Office policy").is_empty());
    assert!(names("a UK Trade Mission visited").is_empty());
    assert_eq!(
        names("the African Union Mission arrived"),
        ["African Union", "African Union Mission"]
    );
    assert_eq!(
        names("training by the EU Military Assistance Mission."),
        ["EU Military Assistance Mission", "EU"]
    );
    assert!(names("the Alliance against Russian aggression").is_empty());
    assert_eq!(
        names("the Convention against Torture and the Global Coalition Against Daesh"),
        [
            "Convention against Torture",
            "Global Coalition Against Daesh"
        ]
    );
    // A state's name inside an instrument's is no state's.
    assert_eq!(
        names("the UK-Republic of Korea Free Trade Agreement"),
        ["UK-Republic of Korea Free Trade Agreement"]
    );
    // The owner before the name says whose it is and is no part of it.
    assert_eq!(names("NASA’s Artemis Accords"), ["Artemis Accords"]);
    assert_eq!(
        names("the African Union Development Agency"),
        ["African Union Development Agency"]
    );
}

#[test]
fn offices_and_states_given_with_their_acronyms_are_no_instruments() {
    assert!(names("spoke to External Affairs Minister (EAM) S Jaishankar; EAM said").is_empty());
    assert!(names("Mexico’s Ministry of Foreign Affairs (SRE) said").is_empty());
    assert_eq!(
        names("the Office of the High Commissioner for Human Rights (OHCHR) said"),
        ["OHCHR"]
    );
    assert!(names("the Democratic Republic of the Congo (DRC) and the DRC").is_empty());
    assert!(names("the Islamic Revolutionary Guard Corps (IRGC)").is_empty());
    assert_eq!(
        names("the United Nations Office on Drugs and Crime (UNODC)"),
        ["United Nations Office on Drugs and Crime"]
    );
    assert!(names("the British High Commission and the Kremlin peace deal").is_empty());
    assert_eq!(
        names("the ASEAN (the Association of Southeast Asian Nations) met"),
        ["ASEAN", "Association of Southeast Asian Nations"]
    );
}

#[test]
fn offices_forces_surnames_and_lists_of_parties() {
    assert!(names("A press release by the Ministry of External Affairs (MEA) said").is_empty());
    assert!(names("the Self-Defense Forces and the Rapid Support Forces (RSF)").is_empty());
    assert!(names("said Commissioner of the Royal Example Police Force Jan Smith").is_empty());
    assert_eq!(
        names("the Example Police Treaty"),
        ["Example Police Treaty"]
    );
    assert!(names("Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs").is_empty());
    assert!(names("Prime Minister KISHIDA Fumio held a meeting").is_empty());
    assert_eq!(
        names("Singapore is a pillar of India’s Act East policy."),
        ["Act East policy"]
    );
    assert!(names("the European Union policy")
        .iter()
        .all(|n| *n == "European Union"));
    assert_eq!(
        names("the Japan-Australia-India-U.S. Summit Meeting to be held"),
        ["Japan-Australia-India-U.S. Summit Meeting"]
    );
    // Where "policy" would come, the text ends: no word past the end is read.
    let _ = names("India’s Act East");
}

#[test]
fn a_possessive_ends_no_name_and_a_count_opens_one() {
    assert_eq!(
        names("aligned with the Global Coalition against Daesh’s stabilization efforts"),
        ["Global Coalition against Daesh"]
    );
    assert_eq!(
        names("discussed the 100 Year Partnership"),
        ["100 Year Partnership"]
    );
}

#[test]
fn a_transcript_s_speaker_is_no_acronym() {
    assert_eq!(
        names("ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: We backed AUKUS."),
        ["AUKUS"]
    );
    assert!(names("PRIME MINISTER RABUKA: We will forget about it.").is_empty());
    assert_eq!(names("NATO, EU, G7: all met."), ["NATO", "EU", "G7"]);
}

#[test]
fn events_joined_by_and_are_two_names_and_a_listed_subject_opens_one() {
    assert_eq!(
        names("reflecting on the Commonwealth Heads of Government Meeting and NATO summit"),
        [
            "Commonwealth",
            "Commonwealth Heads of Government Meeting",
            "NATO summit",
            "NATO"
        ]
    );
    assert_eq!(
        names("they signed the Research, Science and Innovation Arrangement"),
        ["Research, Science and Innovation Arrangement"]
    );
    // Without an article opening the list, the listed word is another name's.
    assert_eq!(
        names("with Canada, Trade and Investment Agreement talks"),
        ["Trade and Investment Agreement"]
    );
    assert_eq!(
        names("ahead of the Summits on The African Free Trade Area"),
        ["African Free Trade Area"]
    );
    assert_eq!(
        names("during the Ordinary Session of the Nordic Council in Oslo"),
        ["Ordinary Session of the Nordic Council", "Nordic Council"]
    );
    assert!(
        names("hosting the Example Islands Forum Leaders Meeting in May")
            .contains(&"Example Islands Forum")
    );
    assert_eq!(
        names("The 2nd Meeting of the Example Dialogue Forum was held today."),
        [
            "2nd Meeting of the Example Dialogue Forum",
            "Example Dialogue Forum"
        ]
    );
    assert!(
        !names("the 7th Meeting of the Example Joint Commission for Bilateral Cooperation")
            .contains(&"Example Joint Commission")
    );
    assert_eq!(
        names("They backed the Five-Point Consensus and the Example Grants."),
        ["Five-Point Consensus", "Example Grants"]
    );
    assert_eq!(
        names("expanding the Youth Mobility Scheme"),
        ["Youth Mobility Scheme"]
    );
}

#[test]
fn a_body_named_in_the_possessive_before_its_lower_case_meeting() {
    assert_eq!(
        names("They agreed that the Example Sea Council's meeting in May was a milestone."),
        ["Example Sea Council"]
    );
}
