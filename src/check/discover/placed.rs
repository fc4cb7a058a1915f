//! A name that goes on with its place before its acronym ("the Treaty of Amity and
//! Cooperation in Southeast Asia (TAC)"): the acronym spells the name's words without the
//! place, so the place is part of the name, not a phrase after it.

use std::sync::OnceLock;

use regex::Regex;

use super::Candidate;

fn place_and_acronym() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // " in Southeast Asia (TAC)": a place of one to three capitalised words, then the bracket.
    PATTERN.get_or_init(|| {
        Regex::new(r"^ in (?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+ \((?P<acronym>\p{Lu}{2,6})\)")
            .expect("valid constant pattern")
    })
}

/// Extends each name in `names` that the text carries on with " in PLACE (ACRONYM)", when the
/// acronym spells the initials of the name's capitalised words, over the place; the acronym
/// becomes the name's, and no longer a name of its own.
pub(super) fn extend_placed_names(text: &str, names: &mut Vec<Candidate>) {
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for name in names.iter_mut() {
        let Some(caps) = place_and_acronym().captures(&text[name.end..]) else {
            continue;
        };
        let Some(acronym) = caps.name("acronym") else {
            continue;
        };
        let initials: String = text[name.start..name.end]
            .split_whitespace()
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect();
        if initials != acronym.as_str() {
            continue;
        }
        let at = name.end + acronym.start();
        taken.push((at, at + acronym.len()));
        // The place ends before " (".
        name.end = at - " (".len();
        name.acronym = Some(acronym.as_str().to_string());
    }
    names.retain(|n| !taken.contains(&(n.start, n.end)));
    super::keep_first_of_each_span(names);
}

#[cfg(test)]
mod tests {
    use super::super::names_in;

    #[test]
    fn a_place_before_the_acronym_belongs_to_the_name() {
        let text = "the Treaty of Amity and Cooperation in Southeast Asia (TAC) as well as";
        let found: Vec<(&str, Option<String>)> = names_in(text)
            .into_iter()
            .map(|n| (&text[n.start..n.end], n.acronym))
            .collect();
        assert_eq!(
            found,
            [(
                "Treaty of Amity and Cooperation in Southeast Asia",
                Some("TAC".to_string())
            )]
        );
    }
}
