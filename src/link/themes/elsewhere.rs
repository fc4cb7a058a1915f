//! A theme named after a place ("Ukraine and Russia", "The Middle East") holds its place's names
//! and the common nouns of what happens there ("ceasefire", "invasion"). Such a noun says which
//! place only through the names beside it: in a paragraph that names another place's theme and
//! none of its own ("the situation in Gaza ... the need for a ceasefire"), it is that place's
//! ceasefire, not its own theme's.

use super::parties::same_stem;
use super::Named;

/// Whether a theme is named after a place: the first long word of its title begins one of its
/// names (a keyword written with a capital), as "Ukraine" in "Ukraine and Russia" or "Middle
/// East" in "The Middle East and Iran" (`names` folded); and none of its common nouns (`common`,
/// its keywords written without a capital, folded) begins with it: "International law and
/// order" lists "international law", so its word is no place's even when a body's name
/// ("International Criminal Court") opens with it.
pub(super) fn named_after_a_place(
    title_words: &[String],
    names: &[String],
    common: &[String],
) -> bool {
    let Some(first) = title_words.first() else {
        return false;
    };
    let opens_with_it = |keyword: &String| {
        keyword
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|word| same_stem(first, word))
    };
    names.iter().any(opens_with_it) && !common.iter().any(opens_with_it)
}

/// For each theme, whether it is named after a place ([`named_after_a_place`]), from each
/// theme's long title words and each keyword's themes, case (`lower`: no capital) and folded
/// form. A theme that requires its other party's words (`requires`) is a bond of two, not a
/// place.
pub(super) fn place_themes(
    title_words: &[Vec<String>],
    keyword_themes: &[Vec<usize>],
    lower: &[bool],
    folded: &[String],
    requires: &[bool],
) -> Vec<bool> {
    (0..title_words.len())
        .map(|theme| {
            let written = |capital: bool| -> Vec<String> {
                keyword_themes
                    .iter()
                    .enumerate()
                    .filter(|(slot, held)| held.contains(&theme) && lower[*slot] != capital)
                    .map(|(slot, _)| folded[slot].clone())
                    .collect()
            };
            !requires[theme]
                && named_after_a_place(&title_words[theme], &written(true), &written(false))
        })
        .collect()
}

/// Whether a keyword, as its theme writes it, is a common noun: no capital in it.
fn common(word: &str) -> bool {
    !word.chars().any(char::is_uppercase)
}

/// The place themes of `found` (as [`super::Classifier::words`] reads a paragraph) named only by
/// common nouns while another place theme is named by one of its names: their nouns tell of
/// that other place.
pub(super) fn told_of_another_place(found: &[Named], place: &[bool]) -> Vec<usize> {
    let named = |theme: usize| found[theme].0.iter().any(|word| !common(word));
    let other_place_named =
        |theme: usize| (0..found.len()).any(|other| other != theme && place[other] && named(other));
    (0..found.len())
        .filter(|&theme| {
            place[theme]
                && found[theme].1 > 0
                && found[theme].0.iter().all(|word| common(word))
                && other_place_named(theme)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_theme_is_named_after_a_place_its_title_opens_with() {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(named_after_a_place(
            &names(&["ukraine", "russia"]),
            &names(&["ukraine", "russia"]),
            &names(&["ceasefire"])
        ));
        assert!(named_after_a_place(
            &names(&["middle", "east", "iran"]),
            &names(&["middle east", "iran"]),
            &[]
        ));
        // A body's name that shares a stem with a later word is no place of the title's.
        assert!(!named_after_a_place(
            &names(&["crime", "terrorism", "justice"]),
            &names(&["international criminal court"]),
            &[]
        ));
        // Nor is one that opens with a common noun of the theme's.
        assert!(!named_after_a_place(
            &names(&["international", "order"]),
            &names(&["international criminal court"]),
            &names(&["international law"])
        ));
    }

    #[test]
    fn a_common_noun_tells_of_the_other_place_named() {
        let found = |words: &[&str]| -> Named {
            (
                words.iter().map(|w| w.to_string()).collect(),
                words.len(),
                false,
            )
        };
        let place = [true, true, false];
        // "the situation in Gaza ... the need for a ceasefire".
        let gaza = [
            found(&["ceasefire"]),
            found(&["Gaza", "Israel"]),
            found(&[]),
        ];
        assert_eq!(told_of_another_place(&gaza, &place), [0]);
        // Its own place named: its own theme's.
        let ukraine = [
            found(&["ceasefire", "Ukraine"]),
            found(&["Gaza"]),
            found(&[]),
        ];
        assert!(told_of_another_place(&ukraine, &place).is_empty());
        // No other place named: the noun is read as its theme's.
        let alone = [found(&["ceasefire"]), found(&[]), found(&["aid"])];
        assert!(told_of_another_place(&alone, &place).is_empty());
    }
}
