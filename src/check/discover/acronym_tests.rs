//! Tests of the rules that read acronyms: an acronym after its parties, a wire's and a
//! page's words in capitals, a state's code, an office's or an armed service's acronym given
//! with its name.

use super::tests::names;

#[test]
fn an_acronym_after_its_parties_and_a_wire_s_words_are_read_as_written() {
    assert_eq!(
        names("the launch of the Japan-EU EPA is important"),
        ["Japan-EU EPA", "EU"]
    );
    assert_eq!(
        names("under UN Security Council Resolutions on North Korea"),
        ["UN Security Council", "UN"]
    );
    assert!(names("Distributed by APO Group on behalf of the sender.").is_empty());
    assert!(names("ENDS Press Office 14 APRIL 2021").is_empty());
    assert!(names("Subscribe to our RSS feed").is_empty());
    assert!(names("the UK's new High Commissions in Tonga").is_empty());
    assert_eq!(names("within the Single Market"), ["Single Market"]);
    assert!(names("ISTANBUL").is_empty());
    assert!(names("JOINT COMMUNIQUE").is_empty());
    assert!(names("a call by HE Song Tao [Photo: MFA]").is_empty());
    assert_eq!(
        names("the 68th Session of the United Nations General Assembly (UNGA), where"),
        [
            "68th Session of the United Nations General Assembly",
            "United Nations General Assembly"
        ]
    );
    assert_eq!(names("NATO"), ["NATO"]);
    assert_eq!(
        names("the Free Trade Agreement and Currency Swap Agreement"),
        ["Free Trade Agreement", "Currency Swap Agreement"]
    );
}

#[test]
fn a_states_code_a_cabinet_a_surname_in_capitals_and_a_state_paired_with_a_union() {
    assert_eq!(
        names("met H.E. Mr. Antonio TAJANI, Vice-President of the Council of Ministers."),
        Vec::<&str>::new()
    );
    assert_eq!(names("the DRC and the NATO allies"), vec!["NATO"]);
    assert_eq!(
        names("Turkey-African Union bilateral relations"),
        vec!["African Union"]
    );
}

#[test]
fn an_office_s_acronym_after_its_name_names_no_instrument() {
    assert_eq!(
        names("Cassis, the head of the Federal Department of Foreign Affairs FDFA, met him. The FDFA said so."),
        Vec::<&str>::new()
    );
    assert_eq!(
        names("FDFA Communication\nCH-3003 Bern, Switzerland"),
        vec!["FDFA"]
    );
}

#[test]
fn a_state_s_armed_service_given_with_its_acronym_is_no_instrument() {
    assert_eq!(
        names("The Royal Malaysian Air Force (RMAF) saw aircraft of the People’s Liberation Army Air Force (PLAAF)."),
        Vec::<&str>::new()
    );
}

#[test]
fn a_file_s_reference_number_is_no_acronym() {
    assert_eq!(names("Reference: ABC-12345"), Vec::<&str>::new());
    assert_eq!(names("the NATO-2030 agenda"), ["NATO"]);
}

#[test]
fn an_acronym_may_open_with_its_first_letter_in_lower_case() {
    assert_eq!(
        names("its soldiers serve in the xQR battalion in the north"),
        ["xQR"]
    );
    // A molecule so written is no organisation, and a word in lower case with one capital is
    // no acronym.
    assert!(names("the mRNA vaccines and the pH of the soil").is_empty());
}

#[test]
fn an_acronym_after_a_place_s_name_before_a_noun_is_what_the_place_has() {
    assert!(names("the Example NPP project is dominated by politics").is_empty());
    assert!(names("at the Vilnius NATO summit").contains(&"NATO"));
}
