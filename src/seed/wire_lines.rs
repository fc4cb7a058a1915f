//! Lines a news wire or agency prints above a statement that no title holds: the wire's own
//! buttons ("Submit Release", "News Search") and an agency reporter's byline without a colon,
//! the name and the agency's initials ("By Jane Doe, XNA").

/// The buttons of a press-release wire's page, each a line of its own: what a visitor may do
/// on the wire, never what the statement says.
const WIRE_BUTTONS: &[&str] = &[
    "submit release",
    "submit a release",
    "submit press release",
    "submit a press release",
    "news search",
];

/// Whether a line is only one of a wire's buttons ([`WIRE_BUTTONS`]), in any case.
pub(super) fn is_wire_button(text: &str) -> bool {
    let text = text.trim().trim_end_matches([':', '.', ' ']).to_lowercase();
    WIRE_BUTTONS.contains(&text.as_str())
}

/// The most words of a reporter's name in an agency byline.
const LONGEST_NAME: usize = 4;

/// Whether a line is an agency's byline, "By", a reporter's name of capitalised words, a
/// comma and the agency's initials in capitals ("By Jane Doe, XNA"): the initials after the
/// comma sign it, as no headline ends on a lone acronym after a name. "By" and the initials
/// alone ("By XNA") is the agency signing its copy without a reporter's name: no headline is
/// two words, the second an acronym.
pub(super) fn is_agency_byline(text: &str) -> bool {
    let Some(rest) = text.trim().strip_prefix("By ") else {
        return false;
    };
    if super::framing::is_sign_off(rest) {
        return true;
    }
    let Some((name, agency)) = rest.rsplit_once(',') else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let agency = agency.trim();
    (1..=LONGEST_NAME).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.')
        })
        && super::framing::is_sign_off(agency)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_buttons_are_no_title() {
        assert!(is_wire_button("Submit Release"));
        assert!(is_wire_button("  submit a press release "));
        assert!(is_wire_button("News Search"));
        assert!(!is_wire_button("Minister to submit release of funds"));
        assert!(!is_wire_button("Search for news of the missing crew"));
    }

    #[test]
    fn agency_bylines_are_no_title() {
        assert!(is_agency_byline("By Jane Doe, XNA"));
        assert!(is_agency_byline("By Kofi A. Mensah, ABC"));
        assert!(is_agency_byline("By XNA"));
        assert!(!is_agency_byline("By XNA, the news of the day"));
        assert!(!is_agency_byline("By Road"));
        assert!(!is_agency_byline("By 2030, UN aims to end hunger"));
        assert!(!is_agency_byline("By Land and Sea, Allies Meet"));
        assert!(!is_agency_byline("By Jane Doe"));
        assert!(!is_agency_byline("By the Minister, on the new budget"));
        assert!(!is_agency_byline("Statement by Jane Doe, XNA"));
    }
}
