//! Nouns of many senses that name a theme only as a place's own. "Security" alone stands in
//! "peace and security" (in a region too), "border security", "security of supply" (also after
//! a longer keyword: "regional security of gas supply"); "Nordic security",
//! "Greenland's security", "the security of the broader region" and "security in the Baltic Sea"
//! are a place's defence, and so are the parties' own ("our security", "shared security"), as
//! is "the security and stability of the region" (a noun joined to it that the place owns too),
//! and "security and economic ties" a bond in it, or one of the fields a bond spans ("the
//! commercial, economic, military, security and political fields").

use super::framing::FoldedText;
use super::passing::PHRASE_ENDS;

/// Keywords, folded, that count only where a place owns them.
const PLACE_BOUND: &[&str] = &["security"];

/// Nouns for a place that a text names without a capital ("the region").
const PLACE_NOUNS: &[&str] = &["region", "continent", "area", "countries", "nations"];

/// Words for what binds countries in a subject ("security cooperation", "security ties", "a
/// security agreement", "security and economic integration").
const BONDS: &[&str] = &[
    "agreement",
    "agreements",
    "collaboration",
    "cooperation",
    "integration",
    "partnership",
    "relationship",
    "ties",
];

/// Nouns that make "security" a subject of its own ("security policy", "the security situation").
const SUBJECTS: &[&str] = &[
    "challenges",
    "environment",
    "issues",
    "matters",
    "policy",
    "situation",
    "threats",
];

/// Words before "security" that give it another sense ("food security", "energy security").
const OTHER_SENSES: &[&str] = &[
    "border",
    "data",
    "economic",
    "energy",
    "financial",
    "food",
    "health",
    "human",
    "job",
    "social",
    "supply",
    "water",
];

/// Whether the keyword at `start..end` is one that counts only where a place owns it, and no
/// place does.
pub(super) fn unplaced(text: &FoldedText, start: usize, end: usize) -> bool {
    let word = &text.text[start..end];
    // "Regional security of gas supply" is the supply's, whatever keyword ends in "security".
    if word.ends_with("security") && of_supply(&text.text[end..]) {
        return true;
    }
    if !PLACE_BOUND.contains(&word) {
        return false;
    }
    // An item of a list of fields ("reinforce our collaboration in the areas of: global peace
    // and security; growth") is a field of work, whatever words go with it.
    if super::names::in_a_list_of_fields(text, start) {
        return false;
    }
    // An item of a list of subjects after another field ("our shared priorities on trade,
    // security and sustainable development", "Brexit, migration, security and other issues").
    if after_a_listed_field(&text.text[..start]) {
        return false;
    }
    let capital = |at: usize| text.capital.get(at).copied().unwrap_or(false);
    // "Peace and security" is an aim of every policy, wherever it is sought.
    let before = &text.text[..start];
    if before.ends_with("peace and ") || before.ends_with("peace, ") {
        return true;
    }
    // The subject of a bond or a focus: "our coordination on security", "focusing our
    // cooperation on security".
    if before.ends_with(" on ") {
        return false;
    }
    // One of the fields a bond spans: "partnership in security, the economy and other areas".
    if super::fields_listed::listed_after_a_bond(before) {
        return false;
    }
    // Before it: a place's name or adjective ("Nordic security"), or an owner ("Greenland's"),
    // which may own another noun joined to it ("Transatlantic unity and security").
    let before_pair = before
        .strip_suffix(" and ")
        .and_then(|rest| {
            let from = rest
                .rfind(|c: char| !c.is_alphanumeric())
                .map(|at| at + 1)?;
            rest[from..]
                .bytes()
                .all(|b| b.is_ascii_lowercase())
                .then(|| &before[..from])
        })
        .filter(|rest| !rest.trim_end().is_empty());
    for leading in std::iter::once(before).chain(before_pair) {
        let Some(previous) = leading.strip_suffix(' ') else {
            continue;
        };
        let from = previous
            .rfind(|c: char| !c.is_alphanumeric() && c != '\'')
            .map_or(0, |at| at + 1);
        // "Greenland's security", or the parties' own: "the cornerstone of our security".
        // A security the parties hold together is theirs too: "shared security", "our
        // collective security".
        let owner = previous[from..].ends_with("'s")
            || matches!(
                &previous[from..],
                "our" | "their" | "shared" | "common" | "collective" | "mutual"
            );
        if owner
            || (from < previous.len() && capital(from) && !super::starts_sentence(leading, from))
        {
            return false;
        }
    }
    // After it: "of" or "in" and a place, within a few words ("of the broader region"), or a
    // bond it qualifies ("security and economic ties").
    let after: Vec<(usize, &str)> = text.text[end..]
        .split(' ')
        .scan(end, |at, piece| {
            let here = *at;
            *at += piece.len() + 1;
            Some((here, piece))
        })
        .skip(1)
        .take(6)
        .collect();
    let words: Vec<&str> = after
        .iter()
        .map(|(_, w)| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // A noun joined to it shares its place when the place owns both: "the security and
    // stability of the region"; not one "in" it ("achieving security and stability in the
    // region", an aim pursued there), nor the world at large ("of the region and the world").
    let joined = match (words.first(), after.get(1)) {
        (Some(&"and"), Some(&(at, piece)))
            if !capital(at)
                && piece.bytes().all(|b| b.is_ascii_lowercase())
                && words.get(2) == Some(&"of")
                && !text.text[end..]
                    .split([',', '.', ';', ':'])
                    .next()
                    .is_some_and(|clause| clause.split(' ').any(|word| word == "world")) =>
        {
            2
        }
        _ => 0,
    };
    if matches!(words.get(joined), Some(&("of" | "in"))) {
        for (index, &(at, piece)) in after.iter().enumerate().skip(joined + 1).take(3) {
            if capital(at) || PLACE_NOUNS.contains(&words[index]) {
                return false;
            }
            if piece.ends_with([',', '.', ';', ':']) {
                break;
            }
        }
    }
    // A subject it names right after it ("security policy issues", "the security situation"),
    // unless the word before it gives it another sense ("food security situation").
    let previous_word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if words
        .first()
        .is_some_and(|word| SUBJECTS.contains(word) && !OTHER_SENSES.contains(&previous_word))
    {
        return false;
    }
    // Up to a clause's end or a small word other than "and": a bond among them is qualified.
    for (index, &(_, piece)) in after.iter().enumerate().take(3) {
        let word = words[index];
        if BONDS.contains(&word) {
            return false;
        }
        if piece.ends_with([',', '.', ';', ':']) || (word != "and" && PHRASE_ENDS.contains(&word)) {
            break;
        }
    }
    // One of a list of fields a bond or its fields span: "cooperation in the commercial,
    // economic, military, security and political fields", "deeper security, economic and
    // people-to-people links".
    !listed_before_a_bond(text, end)
}

/// Nouns that close a list of fields of cooperation ("the political and security fields",
/// "economic and people-to-people links"), beside the bonds themselves.
const FIELD_HEADS: &[&str] = &["areas", "domains", "fields", "links", "sectors", "spheres"];

/// Whether the text after a keyword (from `end`) goes on a list of short items, joined by
/// commas or "and", whose last item ends with a bond or a word for fields: the keyword is one
/// of the fields it names. Each item has three words at most (a hyphenated word, "people-to-
/// people", is one), and a small word ("of", "in") or a clause's end closes the list first.
fn listed_before_a_bond(text: &FoldedText, end: usize) -> bool {
    let after = &text.text[end..];
    if !(after.starts_with(',') || after.starts_with(" and ")) {
        return false;
    }
    let mut item_words = 0;
    let mut at = end;
    for piece in after.split(' ').take(20) {
        let start = at;
        at += piece.len() + 1;
        let word = piece.trim_matches(|c: char| !c.is_alphanumeric());
        if BONDS.contains(&word) || FIELD_HEADS.contains(&word) {
            return true;
        }
        // A word joined to the one before by a hyphen continues it.
        let joined = start > 0 && text.hyphen.get(start - 1).copied().unwrap_or(false);
        if joined {
            continue;
        }
        if matches!(word, "and" | "or") || word.is_empty() {
            item_words = 0;
            continue;
        }
        item_words += 1;
        if item_words > 3 || PHRASE_ENDS.contains(&word) || piece.ends_with(['.', ';', ':']) {
            return false;
        }
        if piece.ends_with(',') {
            item_words = 0;
        }
    }
    false
}

/// Whether `after` (the text after "security") names a supply within a few words of "of"
/// ("of energy supply", "of gas supplies"): security in the sense of a supply that does not fail.
fn of_supply(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" of ") else {
        return false;
    };
    for piece in rest.split(' ').take(3) {
        let word = piece.trim_end_matches(|c: char| !c.is_alphanumeric());
        if matches!(word, "supply" | "supplies") {
            return true;
        }
        if piece.ends_with([',', '.', ';', ':']) {
            break;
        }
    }
    false
}

/// Fields of policy named in a word, which make "security" listed right after them a field too.
const LISTED_FIELDS: &[&str] = &[
    "climate",
    "economy",
    "energy",
    "health",
    "investment",
    "migration",
    "trade",
];

/// Whether the text `before` "security" ends with a field of [`LISTED_FIELDS`] and a comma,
/// the field itself an item of the list: after a comma, or after the word that opens it ("on
/// trade, security and ...", "of trade, security and ...").
fn after_a_listed_field(before: &str) -> bool {
    let Some(head) = before.strip_suffix(", ") else {
        return false;
    };
    let word = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    if !LISTED_FIELDS.contains(&word) {
        return false;
    }
    let rest = head[..head.len() - word.len()].trim_end();
    rest.ends_with([',', ':'])
        || [" on", " of", " in", " to", " including"]
            .iter()
            .any(|opener| rest.ends_with(opener))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unplaced_in(text: &str) -> bool {
        let folded = FoldedText::new(text);
        let start = folded
            .text
            .find("security")
            .expect("the word is in the text");
        unplaced(&folded, start, start + "security".len())
    }

    #[test]
    fn security_listed_after_a_field_is_a_field() {
        assert!(!unplaced_in(
            "They discussed our shared priorities on trade, security and sustainable development."
        ));
        assert!(!unplaced_in(
            "They discussed the future of the EU, Brexit, migration, security and other issues."
        ));
        assert!(unplaced_in("Free trade, security of supply matters."));
    }

    #[test]
    fn a_places_security_is_its_defence() {
        assert!(!unplaced_in("We deplore any threat to Nordic security."));
        assert!(!unplaced_in(
            "A framework on Greenland’s security was agreed."
        ));
        assert!(!unplaced_in(
            "It ensures the long term security of the broader region."
        ));
        assert!(!unplaced_in(
            "They will discuss security in the Baltic Sea."
        ));
        assert!(!unplaced_in(
            "They agreed on strengthening security and economic ties."
        ));
        assert!(!unplaced_in(
            "They stressed their shared interest in security and economic integration."
        ));
        assert!(!unplaced_in(
            "They will work towards an information security agreement."
        ));
        assert!(!unplaced_in(
            "They stressed bilateral cooperation in ensuring Transatlantic unity and security."
        ));
        assert!(!unplaced_in(
            "Cooperation between them is a significant element of the security and stability of the region;"
        ));
    }

    #[test]
    fn security_among_the_fields_of_a_bond_is_defence() {
        assert!(!unplaced_in(
            "They lauded cooperation in the commercial, economic, military, security and political fields in a manner that achieves stability."
        ));
        assert!(!unplaced_in(
            "It will pave the way for deeper security, economic and people-to-people links."
        ));
        assert!(!unplaced_in(
            "A framework of cooperation spanning political, economic, security, development, education, and people-to-people ties."
        ));
        assert!(unplaced_in(
            "It achieves security, stability and prosperity of the two countries."
        ));
    }

    #[test]
    fn security_listed_as_a_field_is_defence() {
        assert!(!unplaced_in(
            "We will reinforce our collaboration in the areas of: global peace and security; growth."
        ));
    }

    #[test]
    fn the_parties_own_security_is_their_defence() {
        assert!(!unplaced_in(
            "More is required of us to assure our security."
        ));
        assert!(!unplaced_in("It focuses on security of our countries."));
        assert!(!unplaced_in(
            "It is a format of our coordination on security."
        ));
        assert!(!unplaced_in(
            "Its pillars are prosperity and shared security."
        ));
        assert!(!unplaced_in("It is the basis of our collective security."));
    }

    #[test]
    fn security_as_a_subject_is_defence() {
        assert!(!unplaced_in(
            "They discussed international security policy issues."
        ));
        assert!(!unplaced_in("They assessed the security situation."));
        assert!(unplaced_in("They discussed the food security situation."));
        assert!(of_supply(" of gas supply at regional level."));
        assert!(!of_supply(" of the broader region, supply chains."));
    }

    #[test]
    fn security_in_other_senses_names_no_defence() {
        assert!(unplaced_in(
            "It plays a role in achieving security and stability in the region."
        ));
        assert!(unplaced_in(
            "They maintain the security and stability of the region and the entire world."
        ));
        assert!(unplaced_in(
            "They work for peace and security in the region."
        ));
        assert!(unplaced_in("They discussed border security."));
        assert!(unplaced_in("Security of supply matters to both."));
    }
}
