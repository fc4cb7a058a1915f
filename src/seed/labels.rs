//! Format labels: the kinds publishers print above a title ("Press release", "MFA Press
//! Statement"), a site's section named by a label in the plural ("Press Releases"), and a
//! mailing list's tag before an e-mail alert's subject ("[wanabidii] ...") and its notice to
//! the subscriber.

use super::parse::word_count;
use super::words;
use crate::date::TextLanguage;

/// GOV.UK's format labels and the kinds other publishers print above a title, singular.
const LABELS: &[&str] = &[
    "press release",
    "press statement",
    "news story",
    "policy paper",
    "speech",
    "correspondence",
    "statement",
    "joint statement",
    "oral statement to parliament",
    "written statement to parliament",
    "guidance",
    "readout",
    "media note",
    "notice",
    "transcript",
    "open letter",
    "declaration",
    "joint declaration",
    "communiqué",
    "decision",
    "corporate report",
    "news article",
];

pub(super) fn label_of(text: &str, language: TextLanguage) -> Option<String> {
    if let Some(kind) = words::label_of(text, language) {
        return Some(kind);
    }
    let label = text.trim().trim_end_matches(':').trim();
    let lower = label.to_lowercase();
    if LABELS.contains(&lower.as_str()) {
        return Some(lower);
    }
    // "Press release from Prime Minister's Office": the label naming its sender, a name
    // (capitalised) of a few words; a title would go on with a verb or a lower-case word.
    if let Some(kind) = label_from_sender(label, &lower) {
        return Some(kind);
    }
    // "MFA Press Statement": the publisher's initials before its label.
    let (initials, rest) = label.split_once(' ')?;
    let rest = rest.to_lowercase();
    ((2..=6).contains(&initials.len())
        && initials.bytes().all(|b| b.is_ascii_uppercase())
        && LABELS.contains(&rest.as_str()))
    .then_some(rest)
}

/// The label of a line giving a format label and its sender ("Press release from Prime
/// Minister's Office"): the sender is a short name of an institution, every word capitalised
/// but joining words. A title names people as senders ("Joint statement from Nordic-Baltic
/// Foreign Ministers"); a site's label line names the office that runs the site.
fn label_from_sender(label: &str, lower: &str) -> Option<String> {
    // The words that make a name an institution's, first ("Ministry of ...") or last ("Prime
    // Minister's Office").
    const INSTITUTIONS: [&str; 9] = [
        "office",
        "ministry",
        "department",
        "government",
        "embassy",
        "secretariat",
        "chancellery",
        "presidency",
        "agency",
    ];
    let (kind, _) = lower.split_once(" from ")?;
    let kind = LABELS.iter().find(|known| **known == kind)?;
    let sender = label.get(kind.len() + " from ".len()..)?.trim();
    let named = sender.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "for" | "the" | "&")
    });
    let sender_lower = sender.to_lowercase();
    let words: Vec<&str> = sender_lower.split_whitespace().collect();
    let institution = [words.first(), words.last()]
        .into_iter()
        .flatten()
        .any(|w| INSTITUTIONS.contains(w));
    (named
        && institution
        && sender.starts_with(char::is_uppercase)
        && (1..=8).contains(&word_count(sender))
        && !sender.ends_with(['.', ':']))
    .then(|| kind.to_string())
}

/// Whether a line's joint kind before its colon ("Joint statement") is followed only by its
/// parties ("Prime Ministers Jacinda Ardern and Scott Morrison": capitalised words and joining
/// words, no verb or subject in lower case): the kind is then the title's head, which alone
/// would name no subject.
pub(super) fn names_parties_only(kind: &str, rest: &str) -> bool {
    let joint = kind.trim().to_lowercase().starts_with("joint ");
    let words: Vec<&str> = rest.split_whitespace().collect();
    joint
        && words.len() >= 2
        && words.iter().all(|w| {
            matches!(*w, "and" | "of" | "the")
                || (w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | ',')))
        })
}

/// Whether a title's lead before its colon names the document's own kind after other words,
/// the parties' names ("JAPAN UK JOINT STATEMENT" before ": A Framework for the Future"): it
/// is the title's first part, not a site's tag, whose words name no format.
pub(super) fn names_own_kind(lead: &str) -> bool {
    let lower = lead.trim().to_lowercase();
    !LABELS.contains(&lower.as_str())
        && LABELS.iter().any(|label| {
            lower
                .strip_suffix(label)
                .is_some_and(|before| before.ends_with(' ') && !before.trim().is_empty())
        })
}

/// The subject after a mailing list's tag ("[wanabidii] Press Releases: Title" gives "Press
/// Releases: Title"): a list's name in brackets, one word, that its e-mails' subjects open with.
pub(super) fn list_tag_end(text: &str) -> Option<&str> {
    let rest = text.strip_prefix('[')?;
    let (tag, subject) = rest.split_once(']')?;
    let subject = subject.trim();
    (!tag.is_empty()
        && tag.len() <= 30
        && !tag.contains(' ')
        && tag.chars().any(char::is_alphabetic)
        && !subject.is_empty())
    .then_some(subject)
}

/// The most words of a site's path written with slashes ("Embassy Archives What's New/Press
/// Releases"): a headline runs longer.
const LONGEST_SECTION_PATH: usize = 8;

/// A format label in the plural, alone (`Some(None)`) or before a colon and a title
/// (`Some(Some(title))`): "Press Releases", "Press Statements: Title" are a site's sections.
pub(super) fn plural_label(text: &str, language: TextLanguage) -> Option<Option<&str>> {
    // "Embassy Archives What's New/Press Releases": a short path whose last step is the
    // plural section is the site's breadcrumb, whatever steps come before it.
    if let Some((path, last)) = text.trim().rsplit_once('/') {
        if !path.trim().is_empty()
            && word_count(text) <= LONGEST_SECTION_PATH
            && !last.contains(':')
            && plural_label(last, language) == Some(None)
        {
            return Some(None);
        }
    }
    let (label, title) = match text.split_once(':') {
        Some((label, title)) if !title.trim().is_empty() => (label, Some(title.trim())),
        _ => (text.trim_end_matches(':'), None),
    };
    // "Press Releases", "Speeches": the plural with "s" or "es".
    let label = label.trim();
    let singular = [label.strip_suffix("es"), label.strip_suffix('s')]
        .into_iter()
        .flatten()
        .find(|singular| label_of(singular, language).is_some())?;
    (word_count(singular) <= 3).then_some(title)
}

/// Whether a line is an e-mail alert's notice to its subscriber ("You are subscribed to Press
/// Releases for U.S. Department of State. This information has recently been updated, and is
/// now available."): the list speaks of itself, before the statement it carries. A site's
/// notice about its cookies speaks to the reader the same way (`consent.rs`).
pub(super) fn is_subscription_notice(text: &str) -> bool {
    let text = text.trim();
    if super::consent::is_consent_notice(text) {
        return true;
    }
    (text.starts_with("You are subscribed to ") || text.starts_with("You have subscribed to "))
        && word_count(text) <= 40
}

/// The fewest words of a label in capitals naming its sender ("PRESS RELEASE BY THE MINISTRY").
const FEWEST_SHOUTED_LABEL_WORDS: usize = 3;

/// A format label in capitals that names its sender, glued to the title on one line ("PRESS
/// RELEASE BY THE MINISTRY FOR FOREIGN AND EUROPEAN AFFAIRS AND TRADE “We will continue ...”
/// – Minister Ian Borg"): the kind and the title, which starts at the first word not in
/// capitals, capitalised or opening a quotation.
pub(super) fn shouted_label_before(text: &str, language: TextLanguage) -> Option<(String, &str)> {
    let text = text.trim();
    let shouted = |w: &str| {
        w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
            || matches!(w, "&" | "-" | "–")
    };
    let mut run = Vec::new();
    let mut title = None;
    let mut offset = 0;
    for word in text.split(' ') {
        let start = offset;
        offset += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        if !shouted(word) {
            title = Some(start);
            break;
        }
        run.push(word);
    }
    let title = &text[title?..];
    let opens = title.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"' | '‘'));
    if run.len() < FEWEST_SHOUTED_LABEL_WORDS || !opens || word_count(title) < 3 {
        return None;
    }
    (1..run.len())
        .rev()
        .find_map(|n| label_of(&run[..n].join(" "), language))
        .map(|kind| (kind, title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_in_capitals_naming_its_sender_is_glued_to_the_title() {
        let english = TextLanguage::English;
        let line = "PRESS RELEASE BY THE MINISTRY FOR FOREIGN AND EUROPEAN AFFAIRS AND TRADE “We will continue to work together” – Minister Ian Borg";
        let (kind, title) = shouted_label_before(line, english).expect("a label and a title");
        assert_eq!(kind, "press release");
        assert!(title.starts_with("“We will continue"));
        assert!(shouted_label_before("NATO SUMMIT IN VILNIUS Leaders meet", english).is_none());
        assert!(shouted_label_before("PRESS RELEASE by the ministry", english).is_none());
    }

    #[test]
    fn a_joint_kind_before_its_parties_heads_the_title() {
        let parties = "Prime Ministers Jacinda Ardern and Scott Morrison";
        assert!(names_parties_only("Joint statement", parties));
        assert!(!names_parties_only("Press release", parties));
        assert!(!names_parties_only(
            "Joint statement",
            "Leaders agree to deepen ties"
        ));
    }

    #[test]
    fn labels_sections_in_the_plural_and_a_list_s_tag() {
        assert!(names_own_kind("JAPAN UK JOINT STATEMENT"));
        assert!(!names_own_kind("Joint Statement"));
        assert!(!names_own_kind("Europe and Eurasia"));
        let english = TextLanguage::English;
        assert_eq!(
            label_of("Press release", english).as_deref(),
            Some("press release")
        );
        assert_eq!(
            label_of("Press release from Prime Minister's Office", english).as_deref(),
            Some("press release")
        );
        assert_eq!(
            label_of(
                "Joint statement from Nordic-Baltic Foreign Ministers",
                english
            ),
            None
        );
        assert_eq!(plural_label("Press Releases", english), Some(None));
        assert_eq!(
            plural_label("Press Releases: U.S.-Israel Strategic Dialogue", english),
            Some(Some("U.S.-Israel Strategic Dialogue"))
        );
        assert_eq!(plural_label("Ministers", english), None);
        assert_eq!(plural_label("Speeches", english), Some(None));
        assert_eq!(
            plural_label("Archives What's New/Press Releases", english),
            Some(None)
        );
        assert_eq!(plural_label("Visits/Ministers", english), None);
        assert_eq!(
            plural_label(
                "The 2023/24 Press Releases of the ministry on its reform plan",
                english
            ),
            None
        );
        assert_eq!(
            list_tag_end("[wanabidii] Press Releases: Title"),
            Some("Press Releases: Title")
        );
        assert_eq!(list_tag_end("[Updated 5 May] Title"), None);
        assert!(is_subscription_notice(
            "You are subscribed to Press Releases for U.S. Department of State. This information has recently been updated, and is now available."
        ));
        assert!(!is_subscription_notice("You are welcome to the summit."));
    }
}
