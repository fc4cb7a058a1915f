//! A name set in quotation marks and followed by its kind ("India's ‘Neighbourhood First’
//! policy"): the quotation marks bound the name; the kind word after them, in lower case, only
//! says what it is, as "the policy" would. A capitalised word after them ("the “Belt and Road”
//! Initiative") is the name's own.

use super::Candidate;

/// Pairs of opening and closing quotation marks.
const QUOTES: &[(char, char)] = &[('‘', '’'), ('“', '”')];

/// Ends each name in `names` that opens right after a quotation mark at the matching closing
/// mark inside it, when a word in lower case follows that mark within the name.
pub(super) fn within_quotes(text: &str, names: &mut [Candidate]) {
    for name in names.iter_mut() {
        let before = text[..name.start].trim_end_matches(' ');
        let Some(&(_, close)) = QUOTES.iter().find(|(open, _)| before.ends_with(*open)) else {
            continue;
        };
        let written = &text[name.start..name.end];
        let Some(at) = written.find(close) else {
            continue;
        };
        let after = &written[at + close.len_utf8()..];
        let lower = after
            .strip_prefix(' ')
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_lowercase);
        if lower && !written[..at].trim().is_empty() {
            name.end = name.start + written[..at].trim_end().len();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_quoted_name_ends_at_its_closing_quotation_mark() {
        assert_eq!(
            names("Sri Lanka is at the centre of India’s ‘Neighbourhood First’ policy, he said."),
            ["Neighbourhood First"]
        );
        assert!(!names("the “Belt and Road” Initiative").contains(&"Belt and Road"));
    }
}
