//! A site's notice about its cookies, printed above the story in the site's language ("Este
//! sitio web utiliza cookies propias y de terceros ... Más información en nuestra política de
//! Cookies"): the page speaks to its reader, and the statement's title comes after it.

/// The most words of a consent notice: a banner's sentence or two, never a story's paragraph.
const LONGEST_NOTICE: usize = 60;

/// Words that name the site or the reader's visit in a consent notice, in the languages of the
/// set: a statement that names cookies (a trade in biscuits) names no website with them.
const SITE_WORDS: &[&str] = &[
    "website",
    "site",
    "web",
    "browsing",
    "browser",
    "sitio",
    "navegación",
    "navegador",
    "webseite",
    "navigateur",
    "navigation",
    "sito",
    "navigazione",
    "página",
];

/// Whether a line is a consent notice: it names cookies and the website or the reader's
/// browsing, in one or two sentences.
pub(super) fn is_consent_notice(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .collect();
    words.len() <= LONGEST_NOTICE
        && words.iter().any(|w| w == "cookie" || w == "cookies")
        && words.iter().any(|w| SITE_WORDS.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_of_a_site_s_cookies_is_found_in_any_language() {
        assert!(is_consent_notice(
            "Este sitio web utiliza cookies para su funcionamiento. Más información en nuestra política de Cookies"
        ));
        assert!(is_consent_notice(
            "This website uses cookies to improve your experience. Accept"
        ));
        assert!(is_consent_notice(
            "Diese Webseite verwendet Cookies. Mehr erfahren"
        ));
        assert!(!is_consent_notice(
            "The two ministers agreed to lower tariffs on cookies and other baked goods."
        ));
        assert!(!is_consent_notice(
            "The Minister presented the new website of the Ministry to the press."
        ));
    }
}
