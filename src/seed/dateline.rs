//! The dateline that opens a news copy's first paragraph: a place written in capitals, then
//! the news agency's credit and the date in brackets or the date alone, then a dash ("LONDON,
//! 3 March 2016 –", "RIYADH, (APP - Pakistan Point News - 11th Oct, 2023) Prince ...",
//! "WASHINGTON — The President ..."). It says where and when the text was filed: its words are
//! no names the text uses, and its date may be the statement's.

/// The most characters a bracketed credit after the place may hold: a longer bracket is prose.
const LONGEST_CREDIT: usize = 120;

/// The most characters between the place and the dash: a date, and an agency's credit after it
/// ("May 4, 2025 /CNW/").
const LONGEST_DATE_AND_CREDIT: usize = 40;

/// Whether `text` opens with a month's English name or its abbreviation ("Dec.", "Sept"),
/// followed by a day.
fn opens_with_month(text: &str) -> bool {
    let word = text.split_whitespace().next().unwrap_or_default();
    let name = word.trim_end_matches(['.', ',']).to_ascii_lowercase();
    let day = text[word.len()..].trim_start();
    name.len() >= 3
        && crate::date::MONTHS
            .iter()
            .any(|month| month.to_ascii_lowercase().starts_with(&name))
        && day.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `text` opens with a full date in English words ("09 January 2024").
fn opens_with_full_date(text: &str) -> bool {
    crate::date::find_dates_in(text, crate::date::TextLanguage::English)
        .first()
        .is_some_and(|found| found.start == 0 && found.date.is_full())
}

/// The fewest letters of a place followed by a colon: fewer could be an acronym's.
const MIN_COLON_PLACE_LETTERS: usize = 5;

/// The most words the place may have ("NEW DELHI", "WASHINGTON, D.C.").
const MOST_PLACE_WORDS: usize = 3;

/// Whether `word` is written the way a dateline writes a place: capitals only (dots allowed, as
/// in "D.C."), three letters or more in all, in any alphabet.
fn is_place_word(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters > 0
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '-' || c == '\'')
}

/// The byte length of the dateline that opens `text`, when it opens with one: a place in
/// capitals, then (after a comma or not) a bracketed credit, a date, a dash, or a comma that a
/// bracket, a digit or a dash follows. `None` when the first words are not such a place, or
/// nothing after them marks a dateline: "NATO, the EU and the UN ..." opens with a name.
pub fn dateline_end(text: &str) -> Option<usize> {
    let mut end = 0;
    let mut letters = 0;
    let mut words = 0;
    // The place: words in capitals ("WASHINGTON, D.C."), up to a bracket, a date or a dash.
    for token in text.split_inclusive(char::is_whitespace) {
        let word = token.trim().trim_end_matches([',', ':']);
        if word.is_empty() || !is_place_word(word) || words == MOST_PLACE_WORDS {
            break;
        }
        words += 1;
        letters += word.chars().filter(|c| c.is_alphabetic()).count();
        end += token.len();
        if token.trim_end().ends_with(':') {
            break;
        }
    }
    if words == 0 || letters < 3 {
        return None;
    }
    let place = text[..end].trim_end();
    // "COLOMBO: Prime Minister ...": a place and a colon. An acronym opening a paragraph
    // ("NATO: ...") is as short as a place name can be, so a place of five letters or more.
    if place.ends_with(':') {
        return (letters >= MIN_COLON_PLACE_LETTERS).then_some(place.len());
    }
    let rest = &text[place.len()..];
    let after = rest.trim_start_matches([',', ' ', '\u{a0}']);
    let start_after = text.len() - after.len();
    if let Some(inside) = after.strip_prefix('(') {
        let close = inside.find(')')?;
        return (close <= LONGEST_CREDIT).then_some(start_after + 1 + close + 1);
    }
    for dash in ['—', '–', '-'] {
        if let Some(tail) = after.strip_prefix(dash) {
            return Some(text.len() - tail.len());
        }
    }

    // "LONDON, 3 March 2016 –", "TEHRAN, Dec. 14 (MNA) –", "OTTAWA, ON, May 4, 2025 /CNW/ -":
    // a comma, then the date, day or month first, with the agency's credit or not, then a dash.
    // "MANILA 09 January 2024 —": without the comma, only a full date says the place is a
    // dateline's ("NATO 2030 - ..." opens with a name).
    let dated = if place.ends_with(',') {
        after.starts_with(|c: char| c.is_ascii_digit()) || opens_with_month(after)
    } else {
        opens_with_full_date(after)
    };
    if dated {
        let dash = after
            .char_indices()
            .take_while(|&(i, _)| i <= LONGEST_DATE_AND_CREDIT)
            .find(|&(i, c)| matches!(c, '—' | '–') || (c == '-' && after[i..].starts_with("- ")))?;
        return Some(start_after + dash.0 + dash.1.len_utf8());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dateline(text: &str) -> Option<&str> {
        dateline_end(text).map(|end| text[..end].trim())
    }

    #[test]
    fn reads_a_place_with_a_credit_a_date_or_a_dash() {
        assert_eq!(
            dateline("RIYADH, (APP - Point News - 11th Oct, 2023) Prince Faisal spoke."),
            Some("RIYADH, (APP - Point News - 11th Oct, 2023)")
        );
        assert_eq!(
            dateline("LONDON, 3 March 2016 – The two leaders met."),
            Some("LONDON, 3 March 2016 –")
        );
        assert_eq!(
            dateline("TEHRAN, Dec. 14 (MNA) – The Foreign Minister held a call."),
            Some("TEHRAN, Dec. 14 (MNA) –")
        );
        assert_eq!(
            dateline("OTTAWA, ON, May 4, 2025 /CNW/ - Yesterday, the Prime Minister spoke."),
            Some("OTTAWA, ON, May 4, 2025 /CNW/ -")
        );
        assert_eq!(
            dateline("NEW DELHI — The Prime Minister spoke."),
            Some("NEW DELHI —")
        );
        assert_eq!(
            dateline("WASHINGTON, D.C. (Reuters) The call."),
            Some("WASHINGTON, D.C. (Reuters)")
        );
        assert_eq!(
            dateline("LISBON: The Prime Minister spoke."),
            Some("LISBON:")
        );
        assert_eq!(
            dateline("MANILA 09 January 2024 — The two ministers met."),
            Some("MANILA 09 January 2024 —")
        );
        assert_eq!(dateline("NATO 2030 - the Allies agree."), None);
    }

    #[test]
    fn a_name_in_capitals_that_opens_a_sentence_is_no_dateline() {
        assert_eq!(dateline("NATO, the EU and the UN met."), None);
        assert_eq!(dateline("NATO Allies met today."), None);
        assert_eq!(dateline("NATO: Allies met today."), None);
        assert_eq!(dateline("The Prime Minister spoke."), None);
        assert_eq!(dateline("UK, 3 March"), None);
        // A month's name that is no date ("May" as a verb) has no day after it.
        assert_eq!(dateline("NATO, May the Allies agree - they do."), None);
    }
}
