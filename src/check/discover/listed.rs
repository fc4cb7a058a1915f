//! A name whose subjects are listed with commas before "and" ("the Zone of Peace, Freedom and
//! Neutrality Declaration"): the name found after the last comma ("Freedom and Neutrality
//! Declaration") is only its end, and the whole list, its head and "of" belong to it.

use super::Candidate;

/// The most subjects listed with commas before the last two.
const MOST_LISTED: usize = 4;

/// Extends each name in `names` that opens with one capitalised word and "and" back over the
/// subjects listed before it with commas, to the head word and "of" before the first subject.
pub(super) fn extend_listed_names(text: &str, names: &mut [Candidate]) {
    for name in names.iter_mut() {
        if let Some(start) = listed_start(text, name.start, name.end) {
            name.start = start;
        }
    }
}

/// The start of the head of the list the name at `start..end` ends: "Zone" in "the Zone of
/// Peace, Freedom and Neutrality Declaration" for "Freedom and Neutrality Declaration".
fn listed_start(text: &str, start: usize, end: usize) -> Option<usize> {
    let name = text.get(start..end)?;
    let (first, rest) = name.split_once(' ')?;
    if !rest.starts_with("and ") || !is_subject(first) {
        return None;
    }
    let mut before = text.get(..start)?;
    let mut listed = 0;
    // Each ", Subject" before, back to "Head of Subject".
    loop {
        before = before.strip_suffix(", ")?;
        let (head, subject) = before.rsplit_once(' ')?;
        if !is_subject(subject) {
            return None;
        }
        if let Some(of) = head.strip_suffix(" of") {
            let (outside, head_word) = of.rsplit_once(' ').unwrap_or(("", of));
            let opens = outside
                .rsplit(' ')
                .next()
                .is_none_or(|w| w.is_empty() || !w.starts_with(char::is_uppercase) || w == "The");
            // Every slice here is a prefix of `text`: the head word starts where it ends.
            return (is_subject(head_word) && opens).then(|| of.len() - head_word.len());
        }
        listed += 1;
        if listed > MOST_LISTED {
            return None;
        }
        before = head;
    }
}

/// Whether a word is one capitalised word of letters, as a listed subject is.
fn is_subject(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_list_of_subjects_with_commas_belongs_to_the_name() {
        assert_eq!(
            names("as well as in the Zone of Peace, Freedom and Neutrality Declaration, and"),
            ["Zone of Peace, Freedom and Neutrality Declaration"]
        );
        assert_eq!(
            names("we met in Paris, Trade and Investment Council members"),
            ["Trade and Investment Council"]
        );
    }
}
