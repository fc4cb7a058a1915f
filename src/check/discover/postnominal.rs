//! Letters after a person's name: honours and offices that follow a name introduced by a style
//! ("Senator the Hon Linda Reynolds CSC", "The Rt Hon Stephen Smith MP", "Sir Keir Starmer KCB
//! KC MP"). They say who the person is, not an organisation the text names, whatever the
//! letters.

/// Styles that introduce a person's name with its letters after it.
const STYLES: &[&str] = &[
    "Hon",
    "Hon.",
    "Honourable",
    "Honorable",
    "Sir",
    "Dame",
    "Senator",
];

/// The most words of a person's name between a style and the letters after it.
const LONGEST_PERSON_NAME: usize = 4;

/// Whether the name at `start..end` of `text` is letters after a person's name: one word in
/// capitals (perhaps one of several), after a style and a capitalised name, and before the
/// end of the text, a comma, or more letters.
pub(super) fn is_after_person(text: &str, start: usize, end: usize) -> bool {
    let (Some(written), Some(before), Some(after)) =
        (text.get(start..end), text.get(..start), text.get(end..))
    else {
        return false;
    };
    let capitals = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    if !capitals(written) {
        return false;
    }
    let closes = after.trim_start().is_empty()
        || after.starts_with(',')
        || after
            .split_whitespace()
            .next()
            .is_some_and(|w| capitals(w.trim_end_matches(',')));
    if !closes {
        return false;
    }
    // Back over other letters ("KCB KC") and the person's name to the style.
    let mut words = before.split_whitespace().rev().skip_while(|w| capitals(w));
    let mut names = 0;
    for word in words.by_ref() {
        if STYLES.contains(&word) {
            return (1..=LONGEST_PERSON_NAME).contains(&names);
        }
        if !word.starts_with(char::is_uppercase) || word.ends_with([',', '.', ';', ':']) {
            return false;
        }
        names += 1;
        if names > LONGEST_PERSON_NAME {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn letters_after_a_styled_name_are_no_names() {
        assert!(names("Senator the Hon Linda Reynolds CSC").is_empty());
        assert!(names("The Hon Stephen Smith XYZ, Minister for Defence").is_empty());
        assert_eq!(
            names("The Hon Stephen Smith spoke at NATO today."),
            ["NATO"]
        );
        assert_eq!(names("Sir Keir Starmer met NATO allies"), ["NATO"]);
    }
}
