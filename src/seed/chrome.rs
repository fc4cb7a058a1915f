//! A page's region names left as lines by a copy: "Main Container", "Main Content",
//! "Navigation and service", "Content". Screen readers and page templates name the regions of
//! a page; a copy that keeps their text puts those names above the title, and no title is made
//! of them alone.

/// Words that name a region of a page, in the languages pages are copied from: the region
/// ("container", "content", "navigation", "sidebar") and the words that qualify it ("main",
/// "service", "top").
const REGION_WORDS: &[&str] = &[
    "main",
    "content",
    "contents",
    "container",
    "navigation",
    "nav",
    "service",
    "services",
    "menu",
    "header",
    "footer",
    "sidebar",
    "wrapper",
    "region",
    "top",
    "primary",
    "secondary",
    "inhalt",
    "hauptinhalt",
    "hauptnavigation",
    "servicenavigation",
    "contenu",
    "principal",
    "principale",
    "contenido",
    "contenuto",
    "inhoud",
];

/// Words that join region words without naming anything ("Navigation and service").
const JOINING: &[&str] = &["and", "und", "et", "y", "e", "en", "&"];

/// The most words of a region's name.
const LONGEST_REGION_NAME: usize = 4;

/// Whether a line only names a region of the page: every word a region word or a joining
/// word, at least one a region word, four words at most.
pub(super) fn is_region_name(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
                .to_lowercase()
        })
        .collect();
    !words.is_empty()
        && words.len() <= LONGEST_REGION_NAME
        && words.iter().any(|w| REGION_WORDS.contains(&w.as_str()))
        && words
            .iter()
            .all(|w| REGION_WORDS.contains(&w.as_str()) || JOINING.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_s_region_names_are_read_as_such() {
        assert!(is_region_name("Main Container"));
        assert!(is_region_name("Main Content"));
        assert!(is_region_name("Navigation and service"));
        assert!(is_region_name("Content"));
        assert!(is_region_name("Contenu principal"));
        assert!(!is_region_name("Canada-EU Summit Joint Declaration"));
        assert!(!is_region_name("Main outcomes of the summit"));
        assert!(!is_region_name("and"));
        assert!(!is_region_name("Content of the agreement"));
    }
}
