//! Lines a reader would not take for a title, whatever their length: a bulleted menu entry, a
//! site's posting time ("Wednesday 02 Nov 2022 @ 12:10"), words glued to a closing bracket left
//! by a page's markup ("Organization)Download logo"), a short line opening in lower case (an
//! image caption), a lone word of a few capitals (a language switch), and a line mostly in
//! another script than the body's.

use crate::date::TextLanguage;

/// What follows a bullet ("• ", "· ") opening a line, if it opens with one.
pub(super) fn unbulleted(text: &str) -> Option<&str> {
    let rest = text.trim_start().strip_prefix(['•', '·', '▪', '►'])?;
    Some(rest.trim())
}

/// Whether a line that reads as nothing else is still no title.
pub(super) fn is_no_title(text: &str, _language: TextLanguage) -> bool {
    let text = text.trim();
    // A line that ends a sentence is prose, whatever it holds (a time, a bracket, a lower-case
    // start, another script): these rules drop a line, and no line of the body may be lost.
    if text
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?'])
    {
        return false;
    }
    let words = text.split_whitespace().count();
    // A posting time: a time of day on a short line.
    let timed = words <= 8
        && text.as_bytes().windows(4).any(|w| {
            w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
        });
    // Markup's leftovers: a closing bracket with a word glued to it.
    let glued = text.char_indices().any(|(i, c)| {
        c == ')'
            && text[i + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
    });
    // A caption's words in lower case: a short line (a paragraph may open in lower case when
    // its first words were cut off).
    let lower = words <= 6
        && text
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_lowercase);
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let foreign = text
        .chars()
        .filter(|c| c.is_alphabetic() && *c > '\u{024F}')
        .count();
    // A language switch ("KOR", "ENG"): a lone word of a few capitals.
    let switch =
        words == 1 && (2..=4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase());
    timed || glued || lower || switch || (letters > 0 && foreign * 2 > letters)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posting_times_markup_captions_and_other_scripts_are_no_titles() {
        let no = |t| is_no_title(t, TextLanguage::English);
        assert!(no("Wednesday 02 Nov 2022 @ 12:10"));
        assert!(no("MENAFN - African Press Organization)Download logo"));
        assert!(no("neformala vizite Lietuva"));
        assert!(no("바로가기 메뉴"));
        assert!(no("KOR"));
        assert!(!no(
            "the Minister of Foreign Affairs and International Cooperation of the Republic"
        ));
        assert!(!no("PM call with Prime Minister Rutte of the Netherlands"));
        assert!(!no("Joint Statement (Japan and Italy)"));
        assert!(!no("text: <script>alert(1)</script> end."));
        assert!(!no("see you at 10:30."));
        assert_eq!(unbulleted("• 30 June 2017"), Some("30 June 2017"));
        assert_eq!(unbulleted("Faithful"), None);
    }
}
