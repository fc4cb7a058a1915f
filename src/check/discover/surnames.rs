//! Surnames written in capitals after a given name, as French-language and some other
//! official pages write persons ("Marcel NIAT NJIFENJI", "Mr. MOTEGI Toshimitsu", "His
//! Excellency UHURU KENYATTA"): capitals that name a person, not an organisation's acronym.

use super::vocabulary::HONORIFICS;
use super::Word;

/// For each of `words`, whether it is a person's name written in capitals. A word in capitals
/// is one when a title of address comes right before it, or a title and a given name ("Mr.
/// Antonio TAJANI", "His Excellency UHURU KENYATTA"). A run of two words in capitals or more
/// right after a capitalised given name ("Marcel NIAT NJIFENJI") is a surname too: acronyms
/// of organisations seldom follow one another with no punctuation between. Once a text writes
/// surnames so, a single word in capitals after a given name is one too ("Philemon YANG").
pub(super) fn surnames(text: &str, words: &[Word]) -> Vec<bool> {
    let at = |i: usize| &text[words[i].start..words[i].end];
    let capitals = |i: usize| {
        let word = at(i);
        word.chars().count() >= 2 && word.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
    };
    let given = |i: usize| {
        // "Marcel", "Jean-Claude": a capital, then lower case, hyphens allowed.
        let word = at(i);
        !words[i].stop_after
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase)
            && word.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let titled = |i: usize| HONORIFICS.contains(&at(i));
    let mut marked = vec![false; words.len()];
    // Runs in capitals after a given name: (first, end) and whether the run is certain.
    let mut runs: Vec<(usize, usize, bool)> = Vec::new();
    let mut index = 1;
    while index < words.len() {
        if !capitals(index) {
            index += 1;
            continue;
        }
        let mut end = index + 1;
        while end < words.len() && capitals(end) && !words[end - 1].stop_after {
            end += 1;
        }
        let before = index - 1;
        let after_title = titled(before)
            || (before > 0
                && titled(before - 1)
                && (given(before) || (capitals(before) && !words[before].stop_after)));
        if after_title {
            runs.push((index, end, true));
        } else if given(before) {
            runs.push((index, end, end - index >= 2));
        }
        index = end;
    }
    let convention = runs.iter().any(|&(first, end, _)| end - first >= 2);
    for (first, end, certain) in runs {
        if certain || convention {
            marked[first..end].iter_mut().for_each(|m| *m = true);
        }
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn surnames_in_capitals_are_no_acronyms() {
        let text = "were greeted by the President of the Senate, Marcel NIAT NJIFENJI, the Speaker of the National Assembly Honourable CAVAYE YEGUIE DJIBRIL, the Prime Minister, Head of Government Philemon YANG and the Director of the Civil Cabinet Martin BELINGA EBOUTOU.";
        assert!(names(text)
            .iter()
            .all(|n| !n.chars().all(char::is_uppercase)));
        let read = "read by Mr. Alhadji ALIYU ISMAILA, and Professor Pierre MOUKOKO MBONJO.";
        assert!(names(read).is_empty());
        assert_eq!(names("The Japan EPA enters into force."), ["EPA"]);
    }
}
