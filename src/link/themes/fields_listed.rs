//! A noun of many senses named as a field a bond or a talk spans: "partnership in security,
//! the economy and other areas", "cooperation in political and security", "ties in matters of
//! security", "in all fields including politics, economics, security". The labels read each
//! listed field as treated (tests/eval/README.md, "Themes"), so such a "security" counts for
//! defence though no place owns it ([`super::places`]).

/// Words for what binds countries, after which "in" opens the fields it spans.
const BONDS: &[&str] = &[
    "collaboration",
    "cooperation",
    "partnership",
    "partnerships",
    "relations",
    "ties",
];

/// Words that open a list of fields on their own ("components that include security").
const OPENERS: &[&str] = &["include ", "includes ", "including ", "in matters of "];

/// Whether the text `before` a keyword ends with a list of fields it belongs to: a bond and
/// "in" or an opener, then items of a word each ("the economy" too) joined by commas or "and".
pub(super) fn listed_after_a_bond(before: &str) -> bool {
    opens_or_goes_on(before, 8)
}

/// Whether `rest` ends with a list's opener, or with a joiner after an item that goes on a
/// list back to one; `depth` bounds how many items are read back.
fn opens_or_goes_on(rest: &str, depth: usize) -> bool {
    if OPENERS.iter().any(|opener| rest.ends_with(opener)) {
        return true;
    }
    if let Some(head) = rest.strip_suffix(" in ") {
        let bond = head.rsplit(' ').next().unwrap_or_default();
        return BONDS.contains(&bond);
    }
    if depth == 0 {
        return false;
    }
    let Some(head) = rest
        .strip_suffix(", and ")
        .or_else(|| rest.strip_suffix(", "))
        .or_else(|| rest.strip_suffix(" and "))
    else {
        return false;
    };
    // The item before the joiner: one plain word ("diplomacy"), or two when the first is
    // "the" ("the economy"); a longer run is a clause ("trade brings jobs and security").
    let start = head.rfind(' ').map_or(0, |at| at + 1);
    let word = &head[start..];
    if word.is_empty() || !word.chars().all(char::is_alphanumeric) {
        return false;
    }
    let before_item = head[..start].strip_suffix("the ").unwrap_or(&head[..start]);
    opens_or_goes_on(before_item, depth - 1)
}
