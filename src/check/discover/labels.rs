//! What opens or follows a paragraph's names without being one: a section's number ("IV."),
//! a transcript's speaker ("PRIME MINISTER RABUKA:"), and a news outlet crediting its reporter
//! ("APA's London correspondent"), and the items of a list of areas ("focused on six areas:
//! Infrastructure ...; ...; and Cooperation for Human Development.").

/// Fields of policy that a heading or a topic names before "Cooperation" ("Security
/// Cooperation", "a working lunch on Multilateral Cooperation"): the field's cooperation, in
/// capitals as a heading writes it, names no instrument; a named one says whose or which
/// ("Mekong-Lancang Cooperation", "Permanent Structured Cooperation").
const FIELDS: &[&str] = &[
    "Security",
    "Economic",
    "Multilateral",
    "Bilateral",
    "Regional",
    "Defence",
    "Defense",
    "Military",
    "Trade",
    "Energy",
    "Cultural",
    "Development",
    "Political",
    "Scientific",
    "Technical",
];

/// Words before "Community" that make it people of one walk of life ("Vietnam Business
/// Community", "the International Community", "the Diaspora Community"), not an organisation
/// of states ("East African Community").
const COMMUNITIES: &[&str] = &[
    "Business",
    "Diaspora",
    "International",
    "Scientific",
    "Academic",
    "Investor",
];

/// Words before "Report" that make it a publication reporting on work ("the Partnership
/// Implementation Report", "Annual Report"), not a text governments agree ("the December
/// Joint Report").
const REPORTS: &[&str] = &[
    "Implementation",
    "Progress",
    "Annual",
    "Assessment",
    "Evaluation",
    "Monitoring",
];

/// Words of an office's title that name its field after "for" ("High Representative for
/// Foreign Affairs and Security Policy", "Commissioner for Trade Policy").
const TITLES: &[&str] = &[
    "Representative",
    "Commissioner",
    "Minister",
    "Secretary",
    "Director",
    "Envoy",
];

/// Whether a name is only a field's cooperation ("Security Cooperation") or only words for a
/// meeting ("the Summit Meeting between the ROK and Slovakia"): a heading, a topic or a common
/// noun in capitals, with no word to name one thing; or an office's title that ends in a
/// policy, or a run cut inside a bracket.
pub(super) fn is_generic_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    // "the High Representative for Foreign Affairs and Security Policy": an office's title
    // names the field it holds, not a policy.
    if words.last() == Some(&"Policy") && words.iter().any(|w| TITLES.contains(w)) {
        return true;
    }
    // "the Nordic-Baltic (NB8) Foreign Ministers": a run cut inside a bracket it opens was
    // formed across the bracket, not written as one name; the acronym is read on its own.
    if name
        .rfind('(')
        .is_some_and(|open| !name[open..].contains(')'))
    {
        return true;
    }
    if let [.., field, last] = words.as_slice() {
        if (*last == "Community" && COMMUNITIES.contains(field))
            || (*last == "Report" && REPORTS.contains(field))
        {
            return true;
        }
    }
    match words.as_slice() {
        [field, "Cooperation"] => FIELDS.contains(field),
        // "the Ministry Secretariat": an office's own secretariat, the state's.
        [office, "Secretariat"] => super::vocabulary::OFFICES.contains(office),
        // "a Diplomatic Mission in Ruritania": an embassy, which any state opens.
        ["Diplomatic", "Mission" | "Missions", ..] => true,
        // "their respective Leader Summit preparations": leaders' meetings in general, with no
        // body or place to say which.
        ["Leader" | "Leaders", event] => super::vocabulary::EVENT_KINDS.contains(event),
        [first, second] => {
            super::vocabulary::EVENT_KINDS.contains(first)
                && super::vocabulary::EVENT_KINDS.contains(second)
        }
        _ => false,
    }
}

/// Whether a name is only a plain word and "meeting" or "summit" in lower case, with no "of"
/// after it ("the Lisbon meeting", "the Ministerial meeting"): the text's own meeting, told
/// again by where it met or by one plain word. A body's meeting has its acronym ("the XYZ
/// summit"), and one meeting of a series is named with its day or number after "of" ("the
/// Lisbon meeting of 3 May 2004").
pub(super) fn is_place_meeting(name: &str, after: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    matches!(words.as_slice(), [place, "meeting" | "meetings" | "summit"] if is_plain_word(place))
        && !after.starts_with(" of ")
}

/// Whether a word is written as a plain word in title case: a capital, then letters in lower
/// case only ("Lisbon", not "NATO" nor "G7").
fn is_plain_word(word: &str) -> bool {
    let mut letters = word.chars();
    letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
}

/// Whether a word numbers a section: a number or a Roman numeral and a full stop or a
/// bracket ("2.", "IV.", "3)").
pub(super) fn is_section_number(word: &str) -> bool {
    let Some(number) = word.strip_suffix(['.', ')']) else {
        return false;
    };
    !number.is_empty()
        && number.len() <= 4
        && (number.bytes().all(|b| b.is_ascii_digit())
            || number.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
}

/// The most words a link's line holds: a verb, the file's title and its format.
const LONGEST_LINK: usize = 12;

/// The end of a paragraph that is a link to a file ("Download the Joint Communiqué (pdf)"):
/// it offers the statement itself or its attachment to save, and names no instrument the
/// statement speaks of. A sentence that goes on after a full stop is no link.
pub(super) fn download_link_end(text: &str) -> Option<usize> {
    let line = text.trim_end();
    let link = line.starts_with("Download ")
        && line.split_whitespace().count() <= LONGEST_LINK
        && !line.contains(". ");
    link.then_some(line.len())
}

/// The end of a speaker's label that opens a paragraph: two words or more, none in lower case,
/// one of them an office or a title, before a colon ("PRIME MINISTER RABUKA:"). A list of
/// acronyms before a colon ("NATO, EU, G7: ...") names no speaker.
pub(super) fn speaker_label_end(text: &str) -> Option<usize> {
    const SPEAKERS: &[&str] = &[
        "MINISTER",
        "PRESIDENT",
        "SECRETARY",
        "CHANCELLOR",
        "TAOISEACH",
        "SPOKESPERSON",
        "JOURNALIST",
        "REPORTER",
        "MR",
        "MS",
        "MRS",
        "DR",
    ];
    let colon = text.find(':')?;
    let label = &text[..colon];
    let words: Vec<&str> = label
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    (words.len() >= 2
        && !label.chars().any(char::is_lowercase)
        && words.iter().any(|w| SPEAKERS.contains(w)))
    .then_some(colon)
}

/// Whether the words right after a name make it a news outlet's credit: its possessive, then
/// its reporter within two more words ("’s London correspondent", "'s reporter"); or a source's
/// press service that reports the news ("the XYZ press service has reported"), an office
/// speaking of itself as an outlet would.
pub(super) fn credits_a_reporter(after: &str) -> bool {
    if let Some(rest) = after.strip_prefix(" press service") {
        return rest.split_whitespace().take(3).any(|word| {
            matches!(
                word.trim_end_matches([',', '.']),
                "reported" | "reports" | "said" | "says"
            )
        });
    }
    let Some(rest) = after
        .strip_prefix("’s ")
        .or_else(|| after.strip_prefix("'s "))
    else {
        return false;
    };
    rest.split_whitespace().take(3).any(|word| {
        let word = word
            .trim_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        matches!(
            word.as_str(),
            "correspondent" | "correspondents" | "reporter" | "reporters"
        )
    })
}

/// The byte ranges of the items of a list of areas after a colon, three or more set apart by
/// semicolons ("six areas: Infrastructure, Border Facilitation and Connectivity; Economic
/// Integration for Development; ...; and Cooperation for Human Development."): each is a
/// subject of work, however capitalised, and a name that is a whole item is no instrument.
pub(super) fn listed_areas(text: &str) -> Vec<(usize, usize)> {
    let Some(colon) = text.find(": ") else {
        return Vec::new();
    };
    let list_start = colon + 2;
    let list = &text[list_start..];
    let list = list.split_once(". ").map_or(list, |(first, _)| first);
    let list = list.trim_end_matches('.');
    if list.matches("; ").count() < 2 {
        return Vec::new();
    }
    let mut items = Vec::new();
    let mut offset = list_start;
    for item in list.split("; ") {
        let bare = item.strip_prefix("and ").unwrap_or(item);
        let start = offset + (item.len() - bare.len());
        items.push((start, start + bare.trim_end().len()));
        offset += item.len() + 2;
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offices_field_and_a_run_cut_at_a_bracket_are_no_names() {
        assert!(is_generic_name(
            "High Representative for Foreign Affairs and Security Policy"
        ));
        assert!(!is_generic_name("Common Foreign and Security Policy"));
        assert!(is_generic_name("Nordic-Baltic (NB8"));
        assert!(!is_generic_name("Belfast (Good Friday) Agreement"));
    }

    #[test]
    fn a_place_s_meeting_an_office_s_secretariat_and_an_embassy_are_no_names() {
        assert!(is_place_meeting("Lisbon meeting", "."));
        assert!(is_place_meeting("Ministerial meeting", " on Monday"));
        assert!(!is_place_meeting("Lisbon meeting", " of 3 May 2004"));
        assert!(!is_place_meeting("XYZ summit", "."));
        assert!(!is_place_meeting("G7 summit", "."));
        assert!(is_generic_name("Ministry Secretariat"));
        assert!(!is_generic_name("Commonwealth Secretariat"));
        assert!(is_generic_name("Diplomatic Mission in Ruritania"));
        assert!(!is_generic_name("Training Mission in Ruritania"));
        assert!(credits_a_reporter(" press service has reported."));
        assert!(!credits_a_reporter(" press service and the Council"));
        assert!(is_generic_name("Leader Summit"));
        assert!(!is_generic_name("Example Leaders Summit"));
    }

    #[test]
    fn a_link_to_a_file_names_nothing() {
        use super::super::tests::names;
        assert!(names("Download the Joint Communiqué (pdf)").is_empty());
        let sentence = "Download figures were high. The Paris Agreement was signed.";
        assert_eq!(names(sentence), ["Paris Agreement"]);
    }
}
