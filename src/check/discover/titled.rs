//! An event named by a title in quotation marks after its kind in lower case: "a conference
//! marking “Twenty Years of Example Diplomacy”", "a seminar entitled “Oceans and the Law”".
//! The kind word is common; the quoted title, written in title case, is the event's own name.

use std::sync::OnceLock;

use regex::Regex;

use super::{push_once, Candidate};

fn titled_event() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // An event in lower case, the word that introduces its title, an opening quotation mark,
    // then the title up to the next quotation mark of any kind (copies close a title with an
    // opening mark as often as with a closing one).
    PATTERN.get_or_init(|| {
        Regex::new(
            r#"\b(?:conference|summit|forum|seminar|symposium|exhibition|festival|workshop|round ?table)s? (?:marking|entitled|titled|called|themed|under the (?:title|theme)) [“"‘](?P<title>\p{Lu}[^“”"‘’\n]{3,120})[“”"’]"#,
        )
        .expect("valid constant pattern")
    })
}

/// Small words a title in title case writes in lower case.
const TITLE_JOINERS: &[&str] = &[
    "of", "and", "the", "for", "in", "on", "to", "a", "an", "at", "with", "between",
];

/// Whether `title` is written in title case: two words or more, each capitalised, a number or
/// one of the small words titles keep in lower case. A sentence quoted after the event ("a
/// forum called “we must act now”") is no title.
fn is_title_case(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    words.len() >= 2
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || TITLE_JOINERS.contains(w)
        })
}

/// Adds the quoted title of each event `text` names by one.
pub(super) fn titled_events(text: &str, names: &mut Vec<Candidate>) {
    for caps in titled_event().captures_iter(text) {
        let Some(title) = caps.name("title") else {
            continue;
        };
        let written = title.as_str().trim_end_matches([' ', ',', '.']);
        if is_title_case(written) {
            push_once(names, title.start(), title.start() + written.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_quoted_title_after_an_event_names_it() {
        assert!(names(
            "They met on the side-lines of a conference marking “Thirty Years of Example Diplomacy“."
        )
        .contains(&"Thirty Years of Example Diplomacy"));
        assert!(
            names("a seminar entitled \"Oceans and the Law\" in the capital")
                .contains(&"Oceans and the Law")
        );
        // A sentence quoted after the event is no title, and a quote with no event before it
        // names nothing.
        assert!(names("a forum called “we must act now” by its hosts").is_empty());
        assert!(names("He spoke of “Thirty Years of Example Diplomacy”.").is_empty());
    }
}
