//! Names of an organisation's own things, which need no kind word: "the EU’s Strategic
//! Compass".

use super::vocabulary::OFFICES;
use super::{is_acronym, is_capitalised, is_date_word, Candidate, Word};

/// Last words of a run that name a part of a map, not a thing an organisation made: "NATO’s
/// Eastern Flank", "the EU’s Eastern Neighbourhood", "the AU’s Great Lakes Region".
const PLACE_WORDS: &[&str] = &[
    "Flank",
    "Flanks",
    "Neighbourhood",
    "Neighborhood",
    "Region",
    "Border",
    "Borders",
    "Coast",
    "Wing",
];

/// "the EU’s Strategic Compass": a run of two or more capitalised words owned by an
/// organisation's acronym is a name of that organisation's, whatever its last word (its kind
/// word may be missing). An office ("NATO’s Secretary General") is no instrument.
pub(super) fn possessed_names(text: &str, words: &[Word], names: &mut Vec<Candidate>) {
    let word = |i: usize| &text[words[i].start..words[i].end];
    for owner in 0..words.len().saturating_sub(2) {
        let Some(acronym) = word(owner)
            .strip_suffix("’s")
            .or_else(|| word(owner).strip_suffix("'s"))
        else {
            continue;
        };
        if !is_acronym(acronym) || words[owner].stop_after {
            continue;
        }
        let first = owner + 1;
        let mut last = first;
        while last + 1 < words.len()
            && !words[last].stop_after
            && !words[last + 1].stop_before
            && is_capitalised(word(last + 1))
        {
            last += 1;
        }
        let run = first..=last;
        // "NATO’s Eastern Flank countries": a part of an organisation's map is a place.
        if PLACE_WORDS.contains(&word(last)) {
            continue;
        }
        if last == first
            || !is_capitalised(word(first))
            || words[first].stop_before
            || run
                .clone()
                .any(|k| OFFICES.contains(&word(k)) || is_date_word(word(k)))
        {
            continue;
        }
        let (start, end) = (words[first].start, words[last].end);
        if !names.iter().any(|n| n.start < end && start < n.end) {
            names.push(Candidate::without_acronym(start, end));
        }
    }
}

/// "the Council of Europe’s European Commission for Democracy": a name of two words or more
/// that owns the capitalised name after it is two names, the owner's and its body's, not one.
/// A one-word owner ("People’s Republic") is part of the name it opens.
pub(super) fn split_possessed(text: &str, names: &mut Vec<Candidate>) {
    let mut parts = Vec::new();
    names.retain(|n| {
        let written = &text[n.start..n.end];
        let Some((at, mark)) = ["’s ", "'s "]
            .iter()
            .find_map(|mark| written.find(mark).map(|at| (at, mark.len())))
        else {
            return true;
        };
        let owner = &written[..at];
        let owned = &written[at + mark..];
        if !owner.contains(' ') || !owned.starts_with(char::is_uppercase) {
            return true;
        }
        parts.push(Candidate::without_acronym(n.start, n.start + at));
        parts.push(Candidate {
            start: n.start + at + mark,
            end: n.end,
            acronym: n.acronym.clone(),
        });
        false
    });
    for part in parts {
        if !names
            .iter()
            .any(|n| n.start == part.start && n.end == part.end)
        {
            names.push(part);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_owner_of_two_words_and_its_body_are_two_names() {
        let text = "the Council of Europe’s European Commission for Democracy";
        let mut names = vec![Candidate::without_acronym(4, text.len())];
        split_possessed(text, &mut names);
        let spans: Vec<&str> = names.iter().map(|n| &text[n.start..n.end]).collect();
        assert_eq!(
            spans,
            ["Council of Europe", "European Commission for Democracy"]
        );
        let text = "the People’s Republic of China";
        let mut names = vec![Candidate::without_acronym(4, text.len())];
        split_possessed(text, &mut names);
        assert_eq!(names.len(), 1);
    }
}
