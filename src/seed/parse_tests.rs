//! Unit tests of `parse.rs`: titles, headlines and dates read from whole texts.

use super::*;

#[test]
fn a_headline_that_asks_is_a_title() {
    let text = "Algeria – Tunisia: 27 Agreements Signed, Towards an “Economic Merger”?\n\nPresident Tebboune is on an official visit to Tunisia. He was greeted warmly.\n\nThe two presidents held talks on trade.";
    let parsed = parse(text);
    assert_eq!(
        parsed.title.as_deref(),
        Some("Algeria – Tunisia: 27 Agreements Signed, Towards an “Economic Merger”?")
    );
    assert!(!is_headline_question(
        "What does the agreement mean for trade?"
    ));
}

#[test]
fn reads_a_press_release_with_label_and_issued_line() {
    let text = "Press Releases\n\nPRESS RELEASE : Leaders meet [January 2024]\n\nThe press release issued by 10 Downing Street on 23 January 2024.\n\nThe Prime Minister welcomed a guest.\n\nThey agreed things.";
    let parsed = parse(text);
    assert_eq!(parsed.title.as_deref(), Some("Leaders meet"));
    assert_eq!(parsed.kind.as_deref(), Some("press release"));
    assert_eq!(parsed.publisher.as_deref(), Some("10 Downing Street"));
    assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2024-01-23"));
    // "Press Releases" is the copying site's navigation.
    assert_eq!(parsed.preamble.len(), 2);
    assert_eq!(parsed.sections.len(), 1);
    assert_eq!(parsed.sections[0].paragraphs.len(), 2);
}

#[test]
fn reads_a_breadcrumb_title_and_headings() {
    let text = "Home World Two countries agree\n\nTwo countries agree\n\nOpening paragraph.\n\nSecurity and defence\n\nA paragraph on defence.\n\nAnother one.";
    let parsed = parse(text);
    assert_eq!(parsed.title.as_deref(), Some("Two countries agree"));
    // The breadcrumb is navigation: not one of the original's opening lines.
    assert_eq!(parsed.preamble, ["Two countries agree"]);
    let headings: Vec<_> = parsed.sections.iter().map(|s| s.heading.clone()).collect();
    assert_eq!(headings, [None, Some("Security and defence".to_string())]);
    assert_eq!(parsed.sections[1].paragraphs[1].id, "p-3");
    assert!(parsed.date.is_none());
}

#[test]
fn a_line_of_a_space_or_a_zero_width_space_is_blank_and_loses_no_paragraph() {
    let text = "Title line of the page\n\nFirst paragraph.\n\n \n\nSecond paragraph.\n\n\u{200B}\n\nThird paragraph.\n \nFourth paragraph.";
    let parsed = parse(text);
    let paragraphs: Vec<&str> = parsed
        .sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(
        paragraphs,
        [
            "First paragraph.",
            "Second paragraph.",
            "Third paragraph.",
            "Fourth paragraph."
        ]
    );
}

#[test]
fn a_short_title_followed_by_a_short_heading_loses_no_line() {
    let text = "Title line\n\nSame heading\n\nA paragraph.\n\nSame heading\n\nAnother.";
    let parsed = parse(text);
    assert_eq!(parsed.title.as_deref(), Some("Title line"));
    let headings: Vec<_> = parsed.sections.iter().map(|s| s.heading.clone()).collect();
    assert_eq!(
        headings,
        [
            Some("Same heading".to_string()),
            Some("Same heading".to_string())
        ]
    );
}

#[test]
fn a_heading_like_a_paragraph_id_gets_another_id() {
    // "P 1" slugs to `p-1`, the first paragraph's id: this once looped for ever.
    let text = "Title\n\nOpening.\n\nP 1\n\nA paragraph.\n\nP 1\n\nAnother.";
    let parsed = parse(text);
    let ids: Vec<&str> = parsed.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["start", "section-p-1", "section-p-1-2"]);
}

#[test]
fn a_body_only_readout_has_no_title_and_no_date() {
    let text = "The Foreign Secretary met her counterpart today. They discussed NATO.\n\nThey agreed to meet again.";
    let parsed = parse(text);
    assert!(parsed.title.is_none());
    assert!(parsed.date.is_none());
    assert_eq!(
        first_sentence_title(&parsed.sections).as_deref(),
        Some("The Foreign Secretary met her counterpart today")
    );
}

#[test]
fn reads_a_govuk_page_copied_as_text() {
    let text = "Policy paper\n\nA plan for two countries: 2 August 2023\n\nFrom:\nPrime Minister's Office\n\nPublished 3 August 2023\n\nThe two governments agreed a plan, and they will carry it out together over the coming years with partners in the region and beyond it.\n\nUpdates to this page\n\nPublished 3 August 2023";
    let parsed = parse(text);
    assert_eq!(
        parsed.title.as_deref(),
        Some("A plan for two countries: 2 August 2023")
    );
    assert_eq!(parsed.kind.as_deref(), Some("policy paper"));
    assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2023-08-02"));
    let paragraphs: Vec<&str> = parsed
        .sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .map(|p| p.text.as_str())
        .collect();
    assert!(
        paragraphs[0].starts_with("The two governments"),
        "{paragraphs:?}"
    );
    assert!(
        !paragraphs.iter().any(|p| p.starts_with("Published")),
        "{paragraphs:?}"
    );
}

#[test]
fn skips_tags_bylines_and_posting_times_and_reads_a_date_line() {
    let text = "Tag Archives: Summit\nSecretary Smith's Call With the Foreign Minister of Freedonia\n1/30/2025 12:10:02 AM\nOffice of the Spokesperson\nJanuary 29, 2025\nThe below is attributable to the Spokesperson, who spoke at length about the call and what the two ministers said to one another:\nSecretary Smith spoke with the Foreign Minister today.";
    let parsed = parse(text);
    assert_eq!(
        parsed.title.as_deref(),
        Some("Secretary Smith's Call With the Foreign Minister of Freedonia")
    );
    assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2025-01-29"));
    assert!(!parsed.preamble.iter().any(|l| l.contains("Tag")));
    assert_eq!(parsed.sections[0].paragraphs.len(), 2);
}

#[test]
fn a_dateline_line_a_feed_s_fields_and_a_dated_byline_are_no_title() {
    let body = "The two ministers spoke today about trade and security, and agreed to meet again.";
    let parsed = parse(&format!("Lisbon, March 3, XNEWS\n\n{body}"));
    assert_eq!(parsed.title, None);
    assert_eq!(parsed.sections[0].paragraphs.len(), 1);
    let parsed = parse(&format!(
        "Source: Ministry of Examples\n\nHeadline: Asia and Pacific: Minister Smith's Call With Minister Jones\n\n{body}"
    ));
    assert_eq!(
        parsed.title.as_deref(),
        Some("Minister Smith's Call With Minister Jones")
    );
    assert_eq!(parsed.publisher.as_deref(), Some("Ministry of Examples"));
    let parsed = parse(&format!(
        "Ministers Meet In Lisbon\n\nWritten by News Desk on 12 March 2021 .\n\n{body}"
    ));
    assert_eq!(parsed.title.as_deref(), Some("Ministers Meet In Lisbon"));
    assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2021-03-12"));
    assert_eq!(parsed.sections[0].paragraphs.len(), 1);
}

#[test]
fn a_release_time_a_dated_place_line_and_a_dateline_stamped_on_the_title_are_read() {
    let body =
        "The two ministers spoke today about trade and security, and agreed to meet again soon.";
    // The title line ends with the release time printed again below it.
    let parsed = parse(&format!(
        "Minister Smith's Meeting with Minister Jones 10/26/2023 11:52 PM EDT\n\n10/26/2023 11:52 PM EDT\n\n{body}"
    ));
    assert_eq!(
        parsed.title.as_deref(),
        Some("Minister Smith's Meeting with Minister Jones")
    );
    // A date line with the place and the publisher after a dash.
    let parsed = parse(&format!(
        "Minister Smith speaks with Minister Jones\n\nNovember 25, 2021 – Lisbon, Portugal – Ministry of Examples\n\n{body}"
    ));
    assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2021-11-25"));
    assert_eq!(parsed.sections[0].paragraphs.len(), 1);
    // The site's dateline on the title and the body; an empty "Published on" in two lines.
    let parsed = parse(&format!(
        "LISBON: Phone call between two ministers\n\nPublished\n\non\n\nLISBON: {body}"
    ));
    assert_eq!(
        parsed.title.as_deref(),
        Some("Phone call between two ministers")
    );
    assert_eq!(parsed.sections[0].paragraphs.len(), 1);
    // A record page: a view switch, the heading, the sitting's dated header.
    let parsed = parse(&format!(
        "Normal View\n\nOfficial Engagements\n\nExample Assembly Debate, Thursday - 25 January 2024\n\n{body}"
    ));
    assert_eq!(parsed.title.as_deref(), Some("Official Engagements"));
    assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2024-01-25"));
}

#[test]
fn a_breadcrumb_trail_over_several_lines_and_an_office_line_are_no_title() {
    // One paragraph per line, as the long line shows (short lines would be one wrapped block).
    let text = "Home >\nNews & Policies >\nSeptember 2004\n|\nFor Immediate Release\nOffice of the Press Secretary\nSeptember 21, 2004\nJoint Statement Between Two Countries\nThe two leaders met today, noted that their relations had never been as close, and agreed to work together on trade, security and climate over the coming years.";
    let parsed = parse(text);
    assert_eq!(
        parsed.title.as_deref(),
        Some("Joint Statement Between Two Countries")
    );
    assert_eq!(
        parsed.publisher.as_deref(),
        Some("Office of the Press Secretary")
    );
    assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2004-09-21"));
    let paragraphs: Vec<&str> = parsed
        .sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(
        paragraphs,
        ["The two leaders met today, noted that their relations had never been as close, and agreed to work together on trade, security and climate over the coming years."]
    );
}

#[test]
fn a_title_in_capitals_set_over_two_lines_is_one_title() {
    let text = "MEMORANDUM\nOF UNDERSTANDING ON COOPERATION BETWEEN THE TWO MINISTRIES\n\nThe Ministries of the two countries, hereinafter referred to as the Parties, have agreed on the following points, which they will carry out together over the coming years.\n\nThey agreed.";
    let parsed = parse(text);
    assert_eq!(
        parsed.title.as_deref(),
        Some("MEMORANDUM OF UNDERSTANDING ON COOPERATION BETWEEN THE TWO MINISTRIES")
    );
}

#[test]
fn a_headline_sentence_above_the_publisher_s_name_is_the_title() {
    let text = "The President paid a visit to the neighbouring country to discuss regional issues.\n\nMinistry of Foreign Affairs of Ruritania\n\nThe President during her visit on Monday exchanged views with her counterpart.\n\nThe two leaders talked about trade.";
    let parsed = parse(text);
    assert_eq!(
        parsed.title.as_deref(),
        Some("The President paid a visit to the neighbouring country to discuss regional issues.")
    );
    assert_eq!(parsed.sections[0].paragraphs.len(), 2);
    // A lead sentence that goes on into the body is no title.
    let text = "The President paid a visit to the neighbouring country to discuss regional issues.\n\nThe two leaders talked about trade.";
    assert_eq!(parse(text).title, None);
}

#[test]
fn a_site_name_and_tagline_above_the_title_are_no_title() {
    let text = "News Site Name\n\nTruth and More\n\nTelephone conversation between two leaders today\n\nThe Prime Minister had a telephone conversation with the President about trade.\n\nThey agreed to meet.";
    let parsed = parse(text);
    assert_eq!(
        parsed.title.as_deref(),
        Some("Telephone conversation between two leaders today")
    );
    assert_eq!(parsed.navigation, ["News Site Name", "Truth and More"]);
    assert_eq!(parsed.sections[0].paragraphs.len(), 2);
}

#[test]
fn a_release_line_gives_its_date_and_a_datelines_credit_holds_one() {
    let text = "Office of the Press Secretary\n\nFOR IMMEDIATE RELEASE                   June 24, 2009\n\nReadout of the call with the Prime Minister\nThe President spoke with the Prime Minister on Tuesday evening about the forum and what the two countries can do together on the issues it treats.";
    let parsed = parse(text);
    assert_eq!(
        parsed.title.as_deref(),
        Some("Readout of the call with the Prime Minister")
    );
    assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2009-06-24"));
    let text = "A Minister Receives a Call\n\nRIYADH, (APP - Point News - 11th Oct, 2023) The Minister received a telephone call on Tuesday.\n\nThey discussed the region.";
    let parsed = parse(text);
    assert_eq!(parsed.date.map(|d| d.iso()).as_deref(), Some("2023-10-11"));
}

#[test]
fn reads_titles_labels_publishers_and_dates_in_french_dutch_and_german() {
    let french = parse_in("COMMUNIQUÉ DE PRESSE : Le Premier ministre reçoit son homologue, le 10 juillet 2025\n\nLe Premier ministre a reçu ce jeudi son homologue britannique pour un long entretien de travail sur les relations entre les deux pays.", TextLanguage::French);
    assert_eq!(
        french.title.as_deref(),
        Some("Le Premier ministre reçoit son homologue, le 10 juillet 2025")
    );
    assert_eq!(french.kind.as_deref(), Some("press release"));
    assert_eq!(french.date.map(|d| d.iso()).as_deref(), Some("2025-07-10"));

    let dutch = parse_in("Persbericht\n\nEerste Minister ontvangt Britse ambtgenoot\n\nGepubliceerd door de Kanselarij van de Eerste Minister op 3 maart 2024\n\nDe Eerste Minister heeft vandaag zijn Britse ambtgenoot ontvangen voor een lang werkgesprek over de betrekkingen tussen beide landen.", TextLanguage::Dutch);
    assert_eq!(
        dutch.title.as_deref(),
        Some("Eerste Minister ontvangt Britse ambtgenoot")
    );
    assert_eq!(dutch.kind.as_deref(), Some("press release"));
    assert_eq!(
        dutch.publisher.as_deref(),
        Some("de Kanselarij van de Eerste Minister")
    );
    assert_eq!(dutch.date.map(|d| d.iso()).as_deref(), Some("2024-03-03"));

    let german = parse_in("Gemeinsame Erklärung: Zusammenarbeit in der Nordsee [März 2024]\n\nVeröffentlicht am 3. März 2024\n\nDie beiden Regierungen haben heute eine gemeinsame Erklärung über ihre Zusammenarbeit in der Nordsee und darüber hinaus veröffentlicht.", TextLanguage::German);
    assert_eq!(
        german.title.as_deref(),
        Some("Zusammenarbeit in der Nordsee")
    );
    assert_eq!(german.kind.as_deref(), Some("joint statement"));
    assert_eq!(german.date.map(|d| d.iso()).as_deref(), Some("2024-03-03"));
    // Read as English, the same German text gives no kind and no day.
    let english = parse("Gemeinsame Erklärung: Zusammenarbeit in der Nordsee [März 2024]\n\nVeröffentlicht am 3. März 2024\n\nDie beiden Regierungen haben heute eine gemeinsame Erklärung über ihre Zusammenarbeit in der Nordsee und darüber hinaus veröffentlicht.");
    assert_eq!(english.kind, None);
    assert!(english.date.is_none_or(|d| !d.is_full()));
}

#[test]
fn an_image_s_text_printed_again_below_a_close_button_is_no_title() {
    // A paragraph on one long line: a copy of a web page, each line a block of its own.
    let text = "close\nTwo ministers hold talks in the capital.\nTwo ministers hold talks in the capital\n\nThe foreign minister received his counterpart on Monday, and the two discussed trade, energy, transport and the situation in the region at length.\n\nThey agreed to meet again.";
    let parsed = parse(text);
    assert_eq!(
        parsed.title.as_deref(),
        Some("Two ministers hold talks in the capital")
    );
}

#[test]
fn a_site_name_set_one_word_a_line_is_no_title() {
    let text = "National\n\nPress\n\nService\n\nTwo ministers discuss closer cooperation\n\nThe foreign minister received his counterpart on Monday and they discussed trade.\n\nThey agreed to meet again.";
    let parsed = parse(text);
    assert_eq!(
        parsed.title.as_deref(),
        Some("Two ministers discuss closer cooperation")
    );
}

#[test]
fn a_photo_credit_above_the_story_is_no_title() {
    let text = "Photo : NEWS AGENCY Pictures\n\nThe foreign minister received his counterpart on Monday and they discussed trade and security in the region.";
    assert_eq!(parse(text).title, None);
}
