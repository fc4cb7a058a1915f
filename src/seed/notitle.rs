//! Lines a reader would not take for a title, whatever their length: a bulleted menu entry, a
//! site's posting time ("Wednesday 02 Nov 2022 @ 12:10"), words glued to a closing bracket left
//! by a page's markup ("Organization)Download logo"), a short line opening in lower case (an
//! image caption; a line ending with a photo's credit), the site's notice about itself ("Archive
//! website"), a lone word of a few capitals (a language switch), a sharing button ("Tell a
//! friend"), a one-word tag the story names, and a line mostly in another script than the
//! body's.

use crate::date::TextLanguage;

/// What follows a bullet ("• ", "· ") opening a line, if it opens with one.
pub(super) fn unbulleted(text: &str) -> Option<&str> {
    let text = text.trim_start();
    // "- California Assembly OKs ...": a hyphen and a space open a list's entry too (a site's
    // list of other stories' headlines); a hyphen glued to a number ("-5%") is a sign.
    let rest = text
        .strip_prefix(['•', '·', '▪', '►'])
        .or_else(|| text.strip_prefix("- "))?;
    Some(rest.trim())
}

/// Words for "image" that a page's alt text holds before the image's number ("image 1",
/// "hinh anh 1", Vietnamese): a copy that lets the alt text through glues it to the title.
const IMAGE_WORDS: &[&str] = &[
    "image", "photo", "picture", "hinh anh", "ảnh", "foto", "bild",
];

/// Words of a page's tool buttons that no title holds: the font-size buttons and "print" in
/// the languages of the pages copied ("Drucken", "Imprimer", "Stampa", "Imprimir").
const PAGE_TOOLS: &[&str] = &[
    "font size",
    "text size",
    "schriftgröße",
    "taille du texte",
    "drucken",
    "imprimer",
    "print this page",
    "artikelhinweis",
];

/// A page's sharing buttons, each a line of its own above a statement ("Tell a friend"): what
/// the reader may do with the page, never what the page says.
const SHARE_BUTTONS: &[&str] = &[
    "tell a friend",
    "send to a friend",
    "email to a friend",
    "e-mail to a friend",
    "share this",
    "share this page",
    "share this article",
];

/// Whether a line is only one of a page's sharing buttons ([`SHARE_BUTTONS`]), in any case.
fn is_share_button(text: &str) -> bool {
    let text = text.trim().trim_end_matches([':', '.', ' ']).to_lowercase();
    SHARE_BUTTONS.contains(&text.as_str())
}

/// The buttons a page prints after its date ("Monday, 25 March 2019. PDF Print E-mail"): the
/// words of the buttons that save, print or mail the page.
const PAGE_BUTTONS: &[&str] = &["PDF", "Print", "E-mail", "Email"];

/// What a line says before the page's buttons that close it, when at least two of them do
/// ("Monday, 25 March 2019. PDF Print E-mail" gives "Monday, 25 March 2019").
pub(super) fn before_page_buttons(text: &str) -> Option<&str> {
    let mut rest = text.trim_end();
    let mut buttons = 0;
    while let Some((before, last)) = rest.rsplit_once(' ') {
        if !PAGE_BUTTONS.contains(&last) {
            break;
        }
        buttons += 1;
        rest = before.trim_end();
    }
    let rest = rest.trim_end_matches(['.', ' ']);
    (buttons >= 2 && !rest.is_empty()).then_some(rest)
}

/// Whether a line only names two people ("Nana Addo Dankwa Akufo-Addo and Bassirou Diomaye
/// Faye"), each in two capitalised words or more, whom the paragraph below it names again in
/// full: a photo's caption over the story, not its title (a headline says what they did).
pub(super) fn names_the_people_below(text: &str, below: &str) -> bool {
    let Some((first, second)) = text.trim().split_once(" and ") else {
        return false;
    };
    let named = |name: &str| {
        let words: Vec<&str> = name.split_whitespace().collect();
        words.len() >= 2
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
            })
            && below.contains(name.trim())
    };
    named(first) && named(second)
}

/// The fewest words of the paragraph below a tag line: a story's opening sentence, not another
/// of the page's short lines.
const SHORTEST_STORY_LINE: usize = 12;

/// Whether a line of one capitalised word stands over the story as its tag ("Uganda" above
/// "The leaders of Uganda and Tanzania held talks ..."): a country or a section a site files
/// the story under, which the story's first paragraph names. A headline says what happened, in
/// more than one word.
pub(super) fn is_tag_line(text: &str, below: &str) -> bool {
    let word = text.trim();
    !word.contains(char::is_whitespace)
        && word.starts_with(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && below.split_whitespace().count() >= SHORTEST_STORY_LINE
        && below
            .split(|c: char| !c.is_alphabetic() && c != '-')
            .any(|w| w == word)
}

/// The most characters of a photo credit after "Photo:" ("(Photo: VNA)", "Photo: Reuters").
const LONGEST_PHOTO_CREDIT: usize = 40;

/// Whether a line ends with a photo's credit, as an image caption does: "... on Wednesday. —
/// VNA/VNS Photo |", "... in Hanoi in 2013 (Photo: VNA)".
pub(super) fn is_caption(text: &str) -> bool {
    // "Photo : Agency": French typography sets a space before the colon, and pages in other
    // languages copy it; the credit is the same as "Photo: Agency".
    let spaced = text.replace(" :", ":");
    let text = spaced.trim().trim_end_matches(['|', ' ']);
    // "— VNA/VNS Photo": an agency's initials, or capitalised words, after a dash.
    // "— Bernama pic": a news agency's short word for its photo.
    if let Some(before) = text
        .strip_suffix("Photo")
        .or_else(|| text.strip_suffix(" pic"))
    {
        let credit = before.trim_end();
        let dashed = credit.rsplit_once(['—', '–']).is_some_and(|(_, who)| {
            let who = who.trim();
            !who.is_empty()
                && who.split_whitespace().count() <= 3
                && who
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
        });
        return dashed;
    }
    // "Image Credit: WAM", "Photo credit: Reuters": a credit line standing alone.
    let credit_line = [
        "image credit:",
        "photo credit:",
        "picture credit:",
        "credit:",
    ]
    .iter()
    .find_map(|mark| {
        let head = text.get(..mark.len())?;
        head.eq_ignore_ascii_case(mark)
            .then(|| text.get(mark.len()..))
            .flatten()
    });
    if let Some(credit) = credit_line {
        let credit = credit.trim();
        return !credit.is_empty() && credit.len() <= LONGEST_PHOTO_CREDIT && !credit.contains('.');
    }
    // "(Photo: VNA)", "Photo: Reuters": the credit closes the line; "(Source: VNA)" credits
    // the photo the same way, in brackets.
    // "[Source: Government/ Facebook]": the same credit in square brackets.
    let close = text
        .strip_suffix(')')
        .or_else(|| text.strip_suffix(']'))
        .unwrap_or(text);
    // "(credit: Tran Hai)": the photographer named by the credit's own word.
    let marks: &[&str] = if text.ends_with(')') {
        &[
            "(Photo:",
            "(Photo by",
            "Photo:",
            "(Source:",
            "(credit:",
            "(Credit:",
            "(Photo credit:",
        ]
    } else if text.ends_with(']') {
        &["[Photo:", "[Photo by", "[Source:", "[credit:", "[Credit:"]
    } else {
        &["(Photo:", "(Photo by", "Photo:"]
    };
    marks.iter().any(|mark| {
        close.rfind(mark).is_some_and(|at| {
            let credit = close[at + mark.len()..].trim();
            !credit.is_empty() && credit.len() <= LONGEST_PHOTO_CREDIT && !credit.contains('.')
        })
    })
}

/// The title before an image's alt text and caption that a copy glued to it: "Top diplomats
/// talk Vietnam-US relations over phone hinh anh 1Deputy Prime Minister ... (Photo: VNA)"
/// gives "Top diplomats talk Vietnam-US relations over phone". The alt text is a word for
/// "image" and a number, and the caption's first word is glued to the number.
pub(super) fn title_before_image(text: &str) -> Option<&str> {
    if let Some(title) = title_before_alt_text(text) {
        return Some(title);
    }
    if !is_caption(text) {
        return None;
    }
    let glued = text.char_indices().find_map(|(i, c)| {
        let next = text[i + c.len_utf8()..].chars().next()?;
        (c.is_ascii_digit() && next.is_uppercase()).then_some(i + c.len_utf8())
    })?;
    let before = text[..glued]
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    // The alt text's word, compared in lower case on the line's own bytes (a capital may take
    // more bytes than its small letter, so the lower-cased line is never sliced for it).
    let title = IMAGE_WORDS.iter().find_map(|w| {
        let start = before.len().checked_sub(w.len())?;
        let head = before.get(..start)?;
        let tail = before.get(start..)?;
        (tail.to_lowercase() == *w && head.ends_with(char::is_whitespace)).then_some(head)
    })?;
    let title = title.trim_end();
    (title.split_whitespace().count() >= 3).then_some(title)
}

/// The title before an image's alt text that ends the line, a word for "image" and its
/// number, perhaps after a dash ("Vietnam, Philippines hold meeting of Joint Commission - ảnh
/// 1"): the page printed the title again as the image's text.
fn title_before_alt_text(text: &str) -> Option<&str> {
    let text = text.trim_end();
    let numbered = text.trim_end_matches(|c: char| c.is_ascii_digit());
    if numbered.len() == text.len() || !numbered.ends_with(' ') {
        return None;
    }
    let before = numbered.trim_end();
    let title = IMAGE_WORDS.iter().find_map(|w| {
        let start = before.len().checked_sub(w.len())?;
        let head = before.get(..start)?;
        let tail = before.get(start..)?;
        // Written in lower case, as alt text is: a title's own capitalised word ("Image")
        // is a word of the title.
        (tail == *w && head.ends_with(char::is_whitespace)).then_some(head)
    })?;
    let title = title
        .trim_end()
        .trim_end_matches(['-', '–', '—'])
        .trim_end();
    (title.split_whitespace().count() >= 3).then_some(title)
}

/// Whether a line ends one sentence and goes on with another ("... arrived in Addis Ababa on
/// Monday (February 17). Horndiplomat reports"): a full stop after a closing bracket or a
/// word in lower case of three letters or more, then a capitalised word. A title is one
/// phrase; an initial ("Michael R. Pompeo") or a title of address ("Mr. Abdul") ends no
/// sentence.
pub(super) fn holds_a_sentence_end(text: &str) -> bool {
    text.match_indices(". ").any(|(at, _)| {
        let before = &text[..at];
        let word = before.rsplit(' ').next().unwrap_or_default();
        let ends = word.ends_with(')')
            || (word.chars().count() >= 3 && word.chars().all(char::is_lowercase));
        ends && text[at + 2..].starts_with(char::is_uppercase)
    })
}

/// Whether a line's closing full stop is an initialism's own ("... meet in U.S.", "... in
/// Washington D.C."): each letter a capital with its dot, two letters or more. The line ends
/// no sentence for it, and may be a headline.
pub(super) fn ends_with_initialism(text: &str) -> bool {
    let Some(last) = text.split_whitespace().last() else {
        return false;
    };
    let letters: Vec<&str> = last.split_terminator('.').collect();
    last.ends_with('.')
        && letters.len() >= 2
        && letters
            .iter()
            .all(|l| l.chars().count() == 1 && l.chars().all(char::is_uppercase))
}

/// Names of a site's press section that a copy keeps as a line above the statement ("Media
/// Center"): the section holds every release, and names none.
const PRESS_SECTIONS: &[&str] = &[
    "media center",
    "media centre",
    "newsroom",
    "news room",
    "press room",
    "press center",
    "press centre",
];

/// The most words of an author's name in a byline.
const LONGEST_AUTHOR: usize = 4;

/// Whether a short line is an author's byline, "By:" and a name ("By: MoDuale"): the colon
/// makes it a field, which no title opens with.
fn is_byline(text: &str) -> bool {
    text.strip_prefix("By:").is_some_and(|name| {
        let words: Vec<&str> = name.split_whitespace().collect();
        (1..=LONGEST_AUTHOR).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
    })
}

/// Whether a line that reads as nothing else is still no title.
pub(super) fn is_no_title(text: &str, _language: TextLanguage) -> bool {
    let text = text.trim();
    if PRESS_SECTIONS.contains(&text.to_lowercase().as_str())
        || is_byline(text)
        || is_share_button(text)
        || super::wire_lines::is_wire_button(text)
        || super::wire_lines::is_agency_byline(text)
    {
        return true;
    }
    // An image's caption, whose last words credit the photo.
    if is_caption(text) {
        return true;
    }
    // "Main Container", "Navigation and service": a region of the page named by its template.
    if super::chrome::is_region_name(text)
        || super::chrome::is_accessibility_tool(text)
        || super::chrome::is_site_greeting(text)
    {
        return true;
    }
    // A line that ends a sentence is prose, whatever it holds (a time, a bracket, a lower-case
    // start, another script): these rules drop a line, and no line of the body may be lost.
    if text
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?'])
    {
        return false;
    }
    let words = text.split_whitespace().count();
    // A posting time: a time of day on a short line.
    let timed = words <= 8
        && text.as_bytes().windows(4).any(|w| {
            w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
        });
    // Markup's leftovers: a closing bracket with a word glued to it.
    let glued = text.char_indices().any(|(i, c)| {
        c == ')'
            && text[i + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
    });
    // A caption's words in lower case: a short line (a paragraph may open in lower case when
    // its first words were cut off).
    let lower = words <= 6
        && text
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_lowercase);
    // The site speaking of itself ("Archive website", "The MFA has a new website:"): a short
    // line that names the website is the page's notice, not the statement's title.
    let site = words <= 6
        && text.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            matches!(w.as_str(), "website" | "homepage" | "webpage")
        });
    // A consent banner's line ("Cookies management by TermsFeed Cookie Consent", "Cookie
    // settings"): a page's notice about its cookies, never a statement's subject.
    let cookies = words <= 8
        && text.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            matches!(w.as_str(), "cookie" | "cookies")
        });
    // An image's text left as a line ("Flag of the Netherlands", "Logo of the Ministry"): what
    // a picture shows, above the title.
    let image = words <= 6
        && ["Flag of ", "Logo of ", "Emblem of ", "Coat of arms of "]
            .iter()
            .any(|mark| text.starts_with(mark));
    // A page's tools written as a line ("Artikelhinweis  Drucken  Decrease font size Increase
    // font size", "Print  Share  Text size"): the buttons around a statement, in any language.
    let tools = words <= 12 && {
        let lower = text.to_lowercase();
        PAGE_TOOLS.iter().any(|tool| lower.contains(tool))
    };
    // A text-size widget ("+ ↺ − 16 px"): a size in pixels among signs, and no other word.
    let font_size = words <= 8
        && text
            .split_whitespace()
            .any(|w| w == "px" || w.ends_with("px"))
        && text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .all(|w| w.trim_start_matches(|c: char| c.is_ascii_digit()) == "px");
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let foreign = text
        .chars()
        .filter(|c| c.is_alphabetic() && *c > '\u{024F}')
        .count();
    // A language switch ("KOR", "ENG"): a lone word of a few capitals.
    let switch =
        words == 1 && (2..=4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase());
    timed
        || glued
        || lower
        || switch
        || site
        || cookies
        || image
        || tools
        || font_size
        || (letters > 0 && foreign * 2 > letters)
}

#[cfg(test)]
#[path = "notitle_tests.rs"]
mod tests;
