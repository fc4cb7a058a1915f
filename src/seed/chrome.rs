//! A page's region names left as lines by a copy: "Main Container", "Main Content",
//! "Navigation and service", "Content". Screen readers and page templates name the regions of
//! a page; a copy that keeps their text puts those names above the title, and no title is made
//! of them alone. An accessibility menu's entries ("Accessibility", "Contrast", "Text Reader")
//! are the page's tools, above the title in the same way.

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

/// The entries of a page's accessibility menu, each a line of its own above the title
/// ("Accessibility", "Contrast", "Highlight Links", "Text Reader"): the page's tools, never
/// a statement's title.
const ACCESSIBILITY_ENTRIES: &[&str] = &[
    "accessibility",
    "contrast",
    "high contrast",
    "saturation",
    "grayscale",
    "highlight links",
    "cursor",
    "big cursor",
    "disable animations",
    "text reader",
    "screen reader",
    "readable font",
];

/// The most words of an accessibility menu's note about its reader ("To use the text reader
/// on the site, download the program.").
const LONGEST_READER_NOTE: usize = 14;

/// Whether a line is an entry of a page's accessibility menu, or the menu's short note about
/// its text reader (a sentence, which is still the page's and not the statement's).
pub(super) fn is_accessibility_tool(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    ACCESSIBILITY_ENTRIES.contains(&lower.as_str())
        || (lower.split_whitespace().count() <= LONGEST_READER_NOTE
            && (lower.contains("text reader") || lower.contains("screen reader")))
}

/// The most words of a site's greeting ("Welcome to the United Nations. It's your world.").
const LONGEST_GREETING: usize = 10;

/// Whether a line is a site's greeting to its visitor: a short line opening with "Welcome to"
/// the site's owner, perhaps with its motto after it. It is the page's, not the statement's,
/// though it ends as a sentence.
pub(super) fn is_site_greeting(text: &str) -> bool {
    let text = text.trim();
    text.starts_with("Welcome to ")
        && text.split_whitespace().count() <= LONGEST_GREETING
        && text.matches(". ").count() <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_s_greeting_is_read_as_such() {
        assert!(is_site_greeting(
            "Welcome to the United Nations. It's your world."
        ));
        assert!(is_site_greeting("Welcome to GOV.UK"));
        assert!(!is_site_greeting(
            "Welcome to Canberra, Prime Minister, for our first annual Leaders' Meeting on trade and security."
        ));
    }

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

    #[test]
    fn an_accessibility_menu_s_entries_are_the_page_s_tools() {
        assert!(is_accessibility_tool("Accessibility"));
        assert!(is_accessibility_tool("Highlight Links"));
        assert!(is_accessibility_tool(
            "To use the text reader on the site, download the program."
        ));
        assert!(!is_accessibility_tool("Accessibility of the single market"));
        assert!(!is_accessibility_tool(
            "The ministers discussed the contrast between the two markets and agreed to meet again next year in the capital."
        ));
    }
}
