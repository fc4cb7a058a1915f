//! Unit tests of `notitle.rs`: lines that are no title.

use super::*;

#[test]
fn a_title_glued_to_an_image_s_alt_text_is_read_before_it() {
    assert_eq!(
        title_before_image(
            "Top diplomats talk relations over phone hinh anh 1Deputy Prime Minister met Kerry in Hanoi (Photo: VNA)"
        ),
        Some("Top diplomats talk relations over phone")
    );
    assert_eq!(
        title_before_image("Leaders meet in Rome image 2The leaders met (Photo: AFP)"),
        Some("Leaders meet in Rome")
    );
    assert_eq!(
        title_before_image("The G7 met in 2023 (Photo: Reuters)"),
        None
    );
    assert_eq!(title_before_image("Talks on G7Summit plans"), None);
    assert_eq!(
        title_before_image("Two countries hold meeting of their Joint Commission - ảnh 1"),
        Some("Two countries hold meeting of their Joint Commission")
    );
    assert_eq!(title_before_image("Leaders agree on Image 2"), None);
    assert_eq!(title_before_image("The G7 summit of 2023"), None);
    assert_eq!(
        title_before_image(
            "Joint Statement on the President’s visit hinh anh 1President A and President B (Source: VNA)"
        ),
        Some("Joint Statement on the President’s visit")
    );
    // Letters whose capitals and small letters differ in length are no trouble.
    assert_eq!(
        title_before_image("Talks in İstanbul İMAGE 1The ministers (Photo: AA)"),
        None
    );
    assert_eq!(
        title_before_image("Leaders meet in Rome IMAGE 1The leaders met (Photo: AFP)"),
        Some("Leaders meet in Rome")
    );
}

#[test]
fn a_press_section_s_name_is_no_title() {
    let english = TextLanguage::English;
    assert!(is_no_title("Media Center", english) && is_no_title("Newsroom", english));
    assert!(!is_no_title("Media Center opens in Lima", english));
    assert!(is_no_title("By: MoDuale", english));
    assert!(!is_no_title("By: the numbers, trade grows", english));
}

#[test]
fn a_line_of_two_sentences_holds_a_sentence_end() {
    assert!(holds_a_sentence_end(
        "U.S. Secretary of State Michael R. Pompeo arrived in Addis Ababa on Monday (February 17). Horndiplomat reports"
    ));
    assert!(holds_a_sentence_end("The ministers met today. They agreed"));
    assert!(!holds_a_sentence_end(
        "Readout of the Secretary-General’s meeting with H.E. Mr. Abdul Hamid, President of Bangladesh"
    ));
    assert!(!holds_a_sentence_end("Michael R. Pompeo meets Dr. Abiy"));
}

#[test]
fn posting_times_markup_captions_and_other_scripts_are_no_titles() {
    let no = |t| is_no_title(t, TextLanguage::English);
    assert!(no("Wednesday 02 Nov 2022 @ 12:10"));
    assert!(no("MENAFN - African Press Organization)Download logo"));
    assert!(no(
        "The two ministers shake hands before a meeting in Tokyo June 11, 2018. — Bernama pic"
    ));
    assert!(!no("Leaders discuss the topic"));
    assert!(no("neformala vizite Lietuva"));
    assert!(no("바로가기 메뉴"));
    assert!(no("KOR"));
    assert!(!no(
        "the Minister of Foreign Affairs and International Cooperation of the Republic"
    ));
    assert!(!no("PM call with Prime Minister Rutte of the Netherlands"));
    assert!(no("Archive website") && no("The MFA has a new website:"));
    assert!(!no("The ministry launched its new website."));
    assert!(!no("Joint Statement (Japan and Italy)"));
    assert!(!no("text: <script>alert(1)</script> end."));
    assert!(!no("see you at 10:30."));
    assert_eq!(unbulleted("• 30 June 2017"), Some("30 June 2017"));
    assert!(no(
        "The minister holds phone talks with his counterpart on Wednesday. — VNA/VNS Photo |"
    ));
    assert!(no("The ministers met in Hanoi in 2013 (Photo: VNA)"));
    assert!(no("Image Credit: WAM") && no("Photo credit: Reuters"));
    assert!(!no("Credit: the minister thanked the bank. It lent more."));
    assert!(!no("The minister opens a photo exhibition (Photo Week)"));
    assert!(!no("Ministers launch a joint Photo"));
    assert_eq!(unbulleted("Faithful"), None);
    assert_eq!(
        unbulleted("- LPGA golfer finally back in action"),
        Some("LPGA golfer finally back in action")
    );
    assert_eq!(unbulleted("-5% in exports"), None);
    assert!(no("+ ↺ − 16 px") && no("− 14px +"));
    assert!(!no("Screens of 16 px"));
    assert!(no("Accessibility") && no("Text Reader"));
    assert!(no("Cookies management by TermsFeed Cookie Consent"));
    assert!(no("Flag of the Netherlands"));
    assert!(no(
        "Artikelhinweis  Drucken  Decrease font size Increase font size"
    ));
    assert!(no("Print this page  Share"));
    assert!(!no("Ministers agree on the size of the fund"));
    assert!(!no(
        "Flag of the Netherlands raised over the embassy in Canberra today"
    ));
}

#[test]
fn a_credit_in_square_brackets_closes_a_caption() {
    assert!(is_caption("[Source: Fiji Government/ Facebook]"));
    assert!(is_caption(
        "Prime Minister A and Prime Minister B [Source: Government/Facebook]"
    ));
    assert!(!is_caption("Leaders meet [in Apia]"));
    // A space before the colon, as French typography sets it.
    assert!(is_caption("Photo : NEWS AGENCY Pictures") && !is_caption("Leaders : a meeting"));
}

#[test]
fn a_one_word_tag_the_story_names_is_no_title() {
    let story =
        "The leaders of Uganda and Tanzania held bilateral talks at State House on Saturday.";
    assert!(is_tag_line("Uganda", story));
    assert!(!is_tag_line("Kenya", story));
    assert!(!is_tag_line("Uganda Tanzania", story));
    assert!(!is_tag_line("Uganda", "Uganda and Tanzania met."));
}

#[test]
fn an_initialism_s_full_stop_ends_no_sentence() {
    assert!(ends_with_initialism(
        "Ministers of two countries meet in U.S."
    ));
    assert!(ends_with_initialism("Talks held in Washington D.C."));
    assert!(!ends_with_initialism("Ministers met in the capital."));
    assert!(!ends_with_initialism("Ministers met the US."));
    assert!(!ends_with_initialism("Ministers met Mr. A."));
}

#[test]
fn a_sharing_button_is_no_title() {
    assert!(is_no_title("Tell a friend", TextLanguage::English));
    assert!(is_no_title("SHARE THIS ARTICLE:", TextLanguage::English));
    assert!(!is_no_title(
        "Tell a friend about the new visa rules",
        TextLanguage::English
    ));
}

#[test]
fn a_credit_s_own_word_closes_a_caption() {
    assert!(is_caption(
        "PM Nguyen Van A (R) and Ambassador Li Wei (credit: Tran Hai)"
    ));
    assert!(is_caption("The two ministers at the talks [Credit: MFA]"));
    assert!(!is_caption(
        "Ministers discuss tax credit (credit: the new rules. Then more)"
    ));
}

#[test]
fn the_buttons_after_a_date_are_left_out() {
    assert_eq!(
        before_page_buttons("Monday, 25 March 2019. PDF Print E-mail"),
        Some("Monday, 25 March 2019")
    );
    assert_eq!(before_page_buttons("How to Print a PDF"), None);
    assert_eq!(before_page_buttons("Print E-mail"), None);
}

#[test]
fn two_names_given_again_below_are_a_caption() {
    let below = "President Ama Kofi Mensah received President Jean Paul Diallo in Accra.";
    assert!(names_the_people_below(
        "Ama Kofi Mensah and Jean Paul Diallo",
        below
    ));
    assert!(!names_the_people_below(
        "Ghana and Senegal Deepen Ties",
        below
    ));
    assert!(!names_the_people_below(
        "Ama Kofi Mensah and Jean Paul Diallo",
        "The two Presidents met in Accra."
    ));
}
