//! Which uses of a keyword are names in passing. A name may only say whose people or things are
//! meant ("the EU coordinator", "the leaders of the JEF nations", "NATO Secretary General", "the
//! EU's Strategic Compass") or where they met ("the NATO summit"), or stand among other names, one side of a pair ("EU-U.S.
//! cooperation") or an item of a list ("the United Nations, NATO, OSCE and the IMF"), whose
//! subject is what they share. A common noun may be part of a title ("their defence
//! ministers"), or be one of several adjectives that say what kind of thing the noun after them
//! is ("military and humanitarian support to Ukraine").

use std::ops::Range;

use super::fields::{self, modifiers_from};
use super::framing::{conceded, FoldedText};
use super::lists::{
    adjectives_side_by_side, is_adjective, list_items, list_of_subjects, one_of_a_kind, tokens,
    word_start, Token,
};

/// Why a keyword counts for no theme where a paragraph uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InPassing {
    /// It only says whose people or things are meant ("the EU coordinator").
    Whose,
    /// It stands beside other names or adjectives of other subjects ("EU-U.S. cooperation",
    /// "military and humanitarian support").
    Beside,
    /// It only says what kind of effect is meant ("impose economic costs on Russia").
    Effect,
    /// It is a partnership on a subject of another theme ("partnership in defeating the
    /// pandemic").
    About,
    /// It only names what goes with a thing named before it ("missiles and related
    /// technology").
    Related,
    /// Its paragraph names one party of the theme alone: none of the theme's `requires` words.
    Alone,
    /// It names a party of the statement, whose leader or minister meets or speaks in it.
    Party,
    /// It is a noun of many senses that names its theme only as a place's own ("Nordic
    /// security"), and no place owns it here ("peace and security").
    Unplaced,
    /// It stands in a clause of concession ("despite restrictions caused by the pandemic"):
    /// a circumstance, not what is treated.
    Concession,
    /// It is a common noun of a place's theme ("ceasefire") in a paragraph that names another
    /// place's theme and none of its own: it tells of that other place.
    Elsewhere,
}

impl InPassing {
    /// Why, in words for `accord check --explain-themes`.
    pub fn describe(self) -> &'static str {
        match self {
            InPassing::Whose => "it only says whose people or things are meant",
            InPassing::Beside => "it stands beside names or adjectives of other subjects",
            InPassing::Effect => "it only says what kind of effect is meant",
            InPassing::About => "it is a partnership on a subject the words after it name",
            InPassing::Related => "it only names what goes with the thing named before it",
            InPassing::Alone => {
                "its paragraph names none of the words the theme requires beside it"
            }
            InPassing::Party => "it names a party of the statement, not what is treated",
            InPassing::Unplaced => {
                "it names its subject only as a place's own, and no place owns it"
            }
            InPassing::Concession => "it names a circumstance conceded, not what is treated",
            InPassing::Elsewhere => "it tells of the other place the paragraph names",
        }
    }
}

/// Nouns for people and offices: a name just before one of them ("the EU coordinator"), or after
/// one and "of" ("the leaders of the JEF nations"), says whose they are, not what the sentence
/// treats. Words for members ("the G7 countries") are not among them: the members are the group.
pub(super) const ROLE_WORDS: &[&str] = &[
    "ambassador",
    "ambassadors",
    "chair",
    "chief",
    "commissioner",
    "coordinator",
    "coordinators",
    "councillor",
    "councilor",
    "counterpart",
    "counterparts",
    "delegation",
    "delegations",
    "envoy",
    "envoys",
    "head",
    "heads",
    "leader",
    "leaders",
    "minister",
    "ministers",
    "negotiator",
    "negotiators",
    "officials",
    "president",
    "presidents",
    "presidency",
    "representative",
    "representatives",
    "secretary",
    "spokesperson",
];

/// Nouns for a body's meetings: its name before one says where the leaders met ("the G7 and
/// NATO summits showed ...", "at the NATO summit in Madrid", "attending the UN General
/// Assembly", "the UN Climate Change Conference"), not what they treated.
const GATHERINGS: &[&str] = &["assembly", "conference", "summit", "summits"];

/// Titles of offices: a common noun before one is part of a title ("their defence ministers"),
/// where before other words for people it still names a subject ("business leaders").
const OFFICES: &[&str] = &[
    "ambassador",
    "ambassadors",
    "commissioner",
    "coordinator",
    "envoy",
    "envoys",
    "minister",
    "ministers",
    "secretary",
    "secretaries",
    "spokesperson",
];

/// Words that end a name's noun phrase: what follows them is not what the name qualifies.
pub(super) const PHRASE_ENDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have",
    "in", "is", "its", "of", "on", "or", "the", "their", "to", "was", "were", "will", "with",
];

/// Words for the bond between countries, which the words before them may say what kind of.
const BONDS: &[&str] = &[
    "ties",
    "relations",
    "relationship",
    "partnership",
    "partnerships",
];

/// How many words before a bond may say what kind of bond it is ("trade and commercial ties").
pub(super) const MODIFIERS: usize = 3;

/// Nouns for effects: an adjective just before one says what kind of effect is meant ("impose
/// economic costs on Russia", "humanitarian consequences"), and the subject is what causes it.
const EFFECTS: &[&str] = &[
    "consequence",
    "consequences",
    "cost",
    "costs",
    "impact",
    "impacts",
    "implications",
    "repercussions",
];

/// Whether the capitalised words from `from` end with an adjective before a common noun
/// ("European and Euro-Atlantic choice"), not with a name's own noun ("Strategic Compass",
/// "Foreign Minister").
fn adjectives_before_a_noun(text: &FoldedText, from: usize) -> bool {
    let capital = |at: usize| text.capital.get(at).copied().unwrap_or(false);
    let mut at = from;
    let mut last = "";
    loop {
        let rest = &text.text[at..];
        let length = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        if length == 0 {
            return false;
        }
        let word = &rest[..length];
        // "and" or "of" joins two capitalised words, once one has been read.
        let joiner = matches!(word, "and" | "of") && !last.is_empty();
        if !capital(at) && !joiner {
            // The first word after the capitalised ones: a common noun they qualify.
            return is_adjective(last) && !PHRASE_ENDS.contains(&word);
        }
        if !joiner {
            last = word;
        }
        if !rest[length..].starts_with(' ') {
            return false;
        }
        at += length + 1;
    }
}

/// How a use of a name stands in its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Use {
    /// The name is what the words treat.
    Subject,
    /// It only says whose people or offices are meant: it names no subject.
    Role,
    /// An adjective that only says what kind of effect is meant ("economic costs").
    Effect,
    /// A partnership on a subject ("partnership in defeating the pandemic"): it counts only for
    /// a theme that the words after it, whose place this is, hold too.
    About(Range<usize>),
    /// A word for the bond between countries qualified by the subject it binds them in
    /// ("bilateral defence ties", "trade and commercial ties", "economic partnership"): it
    /// counts only for a theme that the words before it, whose place this is, hold too, when
    /// they hold any keyword; otherwise the bond itself is the subject ("close ties").
    Kind(Range<usize>),
    /// In a clause of concession ("remained close despite restrictions caused by the
    /// pandemic"): a circumstance, which the sentence does not treat.
    Concession,
    /// A noun after "related" or "associated": what belongs to the thing named before it
    /// ("ballistic missiles, UAVs and related technology"), which is the subject.
    Related,
    /// One of several names side by side: one side of a hyphenated pair ("EU-U.S."), or an item
    /// of a list of names ("the United Nations, NATO, OSCE and the Council of Europe"). The
    /// subject is what the names share, so the name counts only for a theme that also holds one
    /// of the others, whose places in the text these are.
    Among(Vec<Range<usize>>),
}

/// Reads the uses of keywords in one paragraph; the words of its lists are read once, when a
/// name first needs them.
pub(super) struct Reader<'a> {
    text: &'a FoldedText,
    tokens: std::cell::OnceCell<Vec<(usize, Token)>>,
}

impl<'a> Reader<'a> {
    /// A reader of `text`.
    pub(super) fn new(text: &'a FoldedText) -> Self {
        Reader {
            text,
            tokens: std::cell::OnceCell::new(),
        }
    }

    /// How the keyword at `start..end` is used; `name` when it is written with capitals.
    pub(super) fn use_of(&self, start: usize, end: usize, name: bool) -> Use {
        use_of(self.text, &self.tokens, start, end, name)
    }
}

/// How the keyword at `start..end` of `text` is used; `name` when it is written with capitals.
/// A common noun is read only for roles ("their defence ministers") and as one of several
/// adjectives: before another noun it still names its subject ("research cooperation"), and it
/// may stand in a list of subjects. `tokens` holds the words of the paragraph's lists, read once.
fn use_of(
    text: &FoldedText,
    tokens: &std::cell::OnceCell<Vec<(usize, Token)>>,
    start: usize,
    end: usize,
    name: bool,
) -> Use {
    if conceded(&text.text, start) {
        return Use::Concession;
    }
    // "the Andean Community and other regional economic blocs": one of the kind named after.
    if let (true, Some(kind)) = (name, one_of_a_kind(text, end)) {
        return Use::Kind(kind);
    }
    let bytes = text.text.as_bytes();
    // A name may end with a full stop ("U.S.").
    let word_byte = |at: usize| {
        bytes
            .get(at)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'.')
    };
    // "EU-U.S.", "NATO-EU": a hyphen joins a body's acronym to another name, and the pair is
    // the subject. A country's name so joined is still a place treated: "U.S.-China relations"
    // and "the India-China border" treat China, "Iran-backed militias" Iran.
    let pair = name && acronym(text, start, end);
    if pair && text.hyphen.get(end).copied().unwrap_or(false) && word_byte(end + 1) {
        let partner_end = (end + 1..bytes.len())
            .find(|&at| !word_byte(at))
            .unwrap_or(bytes.len());
        return Use::Among(std::iter::once(end + 1..partner_end).collect());
    }
    if pair && start >= 2 && text.hyphen[start - 1] && word_byte(start - 2) {
        let partner = word_start(&text.text[..start - 1], |c| {
            c.is_ascii_alphanumeric() || c == '.'
        });
        return Use::Among(std::iter::once(partner..start - 1).collect());
    }
    // "the EU's Strategic Compass": whose named thing is meant; the thing is the subject. But
    // capitalised adjectives before a common noun say what kind of thing the owner's is
    // ("Ukraine's European and Euro-Atlantic choice"): the owner is the subject.
    if name
        && text.text[end..].starts_with("'s ")
        && text.capital.get(end + 3).copied().unwrap_or(false)
        && !adjectives_before_a_noun(text, end + 3)
    {
        return Use::Role;
    }
    // "the leaders of the JEF nations": whose people are meant.
    let before = text.text[..start].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    if let Some(before) = before.strip_suffix(" of") {
        let word = before.rsplit(' ').next().unwrap_or_default();
        // "the Minister of Foreign Affairs of the People's Republic of China": an office's
        // name before "of" says whose it is, as the office's noun does.
        if ROLE_WORDS.contains(&word) || before.ends_with(" foreign affairs") {
            return Use::Role;
        }
    }
    // The next few words of its noun phrase: a role among them makes the name a modifier, and
    // so does a meeting of a body named by one word ("the NATO summit"; a summit of two
    // parties, "the UK-EU summit", is their bond).
    let body = name && !text.text[start..end].contains(' ');
    let mut rest = &text.text[end..];
    for _ in 0..if name { 3 } else { 1 } {
        let Some(after) = rest.strip_prefix(' ') else {
            break;
        };
        let word_end = after
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(after.len());
        let word = &after[..word_end];
        if word.is_empty() || PHRASE_ENDS.contains(&word) {
            break;
        }
        if (name && ROLE_WORDS.contains(&word))
            || (body && GATHERINGS.contains(&word))
            || OFFICES.contains(&word)
        {
            return Use::Role;
        }
        rest = &after[word_end..];
    }
    // "the U.S.-Netherlands partnership in defeating the pandemic": a partnership on one
    // subject is that subject; it counts for a theme only if the words after it share it.
    if !name && matches!(&text.text[start..end], "partnership" | "partnerships") {
        let after = &text.text[end..];
        if ["in ", "on ", "against "]
            .iter()
            .any(|p| after.trim_start().starts_with(p))
        {
            if fields::and_other_areas(after) {
                return Use::Subject;
            }
            let clause = after.find([',', '.', ';', ':']).unwrap_or(after.len());
            return Use::About(end..end + clause);
        }
    }
    // A cooperation or ties in a field named after them, between bodies below the states, or
    // between the parties inside a body of many ([`fields`]).
    if !name {
        if let Some(rest) = fields::below_the_states(text, start, end)
            .or_else(|| fields::within_a_body(text, start, end))
        {
            return Use::About(rest);
        }
        match fields::after_bond(text, start, end) {
            Some(fields::Field::Scope(rest)) => return Use::Kind(rest),
            Some(fields::Field::Only(rest)) => return Use::About(rest),
            None => {}
        }
    }
    // "relations with China": a bond with a country named alone is with that country, which
    // may be no party but a subject of its own; the reader of keywords tells which.
    // "The relationship to Russia", "relations towards China" say the same.
    if !name && BONDS.contains(&&text.text[start..end]) {
        let after = &text.text[end..];
        if let Some((rest, lead)) = [" with ", " to ", " towards "]
            .iter()
            .find_map(|lead| after.strip_prefix(lead).map(|rest| (rest, lead.len())))
        {
            let from = end + lead;
            if text.capital.get(from).copied().unwrap_or(false) {
                let length = rest
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(rest.len());
                return Use::Kind(from..from + length);
            }
        }
    }
    // "friendly diplomatic relations with any countries": a bond with countries at large is
    // no relationship between named sides; it counts only where the words after it name one.
    if !name && BONDS.contains(&&text.text[start..end]) {
        let rest = &text.text[end..];
        if let Some(after) = ["with any ", "with all ", "with other ", "with third "]
            .iter()
            .find_map(|p| rest.strip_prefix(' ').and_then(|r| r.strip_prefix(p)))
        {
            let from = text.text.len() - after.len();
            let clause = after.find([',', '.', ';', ':']).unwrap_or(after.len());
            return Use::About(from..from + clause);
        }
    }
    // "the AUKUS partnership": a grouping's acronym before the bond names a pact of its own,
    // whose subject is the grouping's, whoever its parties are.
    if !name && BONDS.contains(&&text.text[start..end]) {
        if let Some(grouping) = grouping_before(text, start) {
            return Use::Kind(grouping);
        }
    }
    // "bilateral defence ties": the bond in one subject is that subject.
    // Relations "between" or "with" their parties are the relationship, whatever their kind
    // ("the economic relationship between our countries"); so are those they own. Ties or a
    // partnership of one kind stay of that kind even between them ("economic ties between the
    // UK and Cote d'Ivoire", "economic partnership between Nepal and India").
    let relations = matches!(
        &text.text[start..end],
        "relations" | "relationship" | "relationships"
    );
    let parties_named = ["between ", "with "]
        .iter()
        .filter(|&&p| relations || p == "with ")
        .any(|p| text.text[end..].trim_start().starts_with(p));
    if !name && !parties_named && BONDS.contains(&&text.text[start..end]) {
        let from = modifiers_from(text, start);
        // "their economic partnership": owned by the parties, it is their relationship too; a
        // relationship of one kind they own is still of that kind ("their security and defence
        // relationship"), as the parties name no pact of theirs by it.
        let owned = !relations
            && matches!(
                text.text[..from].split(' ').rev().nth(1),
                Some("their" | "our")
            );
        if from < start && !owned {
            return Use::Kind(from..start);
        }
    }
    if !name {
        if let Some(field) = fields::before_cooperation(text, start, end) {
            return Use::Kind(field);
        }
    }
    // "trilateral energy cooperation": a bond of several parties in one subject is that
    // subject, as "bilateral defence ties" is.
    if !name && matches!(&text.text[start..end], "bilateral" | "trilateral") {
        if let Some(kind) = kind_after(text, end) {
            return Use::Kind(kind);
        }
    }
    // "missiles and related technology": what goes with the thing named before.
    if !name {
        let before = text.text[..start].trim_end();
        let previous = before.rsplit(' ').next().unwrap_or_default();
        if matches!(previous, "related" | "associated") {
            return Use::Related;
        }
    }
    // "economic costs": the kind of an effect, not a subject; but the effects "of" a thing
    // ("the health and economic impacts of the pandemic") are felt in what the adjective names.
    if !name && is_adjective(&text.text[start..end]) {
        let mut next = text.text[end..]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty());
        let effect = next.next().unwrap_or_default();
        if EFFECTS.contains(&effect) && next.next() != Some("of") {
            return Use::Effect;
        }
    }
    // Three names or more make a list; two adjectives side by side already qualify one noun.
    let (others, fewest) = if name {
        (
            list_items(text, tokens.get_or_init(|| self::tokens(text)), start, end),
            2,
        )
    } else {
        (adjectives_side_by_side(&text.text, start, end), 1)
    };
    if others.len() >= fewest {
        // An acronym names a body, and a list of bodies ("the United Nations, NATO, OSCE and
        // the IMF") is what they share, wherever it stands.
        if name && !acronym(text, start, end) && list_of_subjects(&text.text, start, &others) {
            return Use::Subject;
        }
        return Use::Among(others);
    }
    Use::Subject
}

/// The places of bonds named by two names or adjectives joined by a hyphen ("Latvian-Estonian
/// cooperation", "the Nordic-Baltic co-operation", "the Spanish-Portuguese Summit"): the pair's own bond, as "bilateral
/// cooperation" is theirs: each is a hit of the keyword "bilateral cooperation", if
/// `keyword_names` holds it, from the pair's first name to the bond's noun, outside a sentence
/// that only frames.
pub(super) fn pair_bonds(
    text: &FoldedText,
    keyword_names: &[String],
) -> Vec<(usize, usize, usize)> {
    let Some(keyword) = keyword_names
        .iter()
        .position(|name| name.eq_ignore_ascii_case("bilateral cooperation"))
    else {
        return Vec::new();
    };
    let capital = |at: usize| text.capital.get(at).copied().unwrap_or(false);
    let mut bonds = Vec::new();
    for (at, _) in text.hyphen.iter().enumerate().filter(|&(_, &is)| is) {
        let before = &text.text[..at];
        let from = word_start(before, char::is_alphanumeric);
        if from == at || !capital(from) || !capital(at + 1) {
            continue;
        }
        let rest = &text.text[at + 1..];
        let length = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        // A body's acronym on either side ("EU-UK cooperation") makes it the body's affair,
        // which `Use::Among` reads.
        if acronym(text, from, at) || acronym(text, at + 1, at + 1 + length) {
            continue;
        }
        let after = &rest[length..];
        // A pair's summit or consultations ("the Spanish-Portuguese Summit") are the meetings
        // that structure its relationship, as its cooperation is its bond.
        let noun = [
            "cooperation",
            "co operation",
            "summit",
            "summits",
            "consultations",
        ]
        .into_iter()
        .find(|noun| {
            after
                .strip_prefix(' ')
                .and_then(|after| after.strip_prefix(noun))
                .is_some_and(|end| !end.starts_with(char::is_alphanumeric))
        });
        if let Some(noun) = noun.filter(|_| !text.framing(from)) {
            bonds.push((from, at + 1 + length + 1 + noun.len(), keyword));
        }
    }
    bonds
}

/// Nouns for working together, after the words that say in what ("energy cooperation").
const WORKING_TOGETHER: &[&str] = &["collaboration", "cooperation", "operation", "projects"];

/// The common words from `end` up to a bond's noun or one for working together, if there are
/// one to [`MODIFIERS`] of them ("trilateral energy cooperation": "energy").
fn kind_after(text: &FoldedText, end: usize) -> Option<Range<usize>> {
    let from = end + 1;
    let mut at = from;
    for _ in 0..=MODIFIERS {
        let rest = text.text.get(at..)?;
        let length = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let word = &rest[..length];
        let plain = !word.is_empty()
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !text.capital[at..at + length].iter().any(|&c| c);
        if !plain {
            return None;
        }
        if BONDS.contains(&word) || WORKING_TOGETHER.contains(&word) {
            return (at > from).then(|| from..at - 1);
        }
        if word != "and" && PHRASE_ENDS.contains(&word) {
            return None;
        }
        at += length;
        at += usize::from(text.text[at..].starts_with(' '));
    }
    None
}

/// Whether the name at `start..end` is an acronym: two letters or more, every one a capital
/// ("EU", "U.S.", "NATO"), where a place's name is not ("China", "Indo-Pacific").
fn acronym(text: &FoldedText, start: usize, end: usize) -> bool {
    let letters = text.text.as_bytes()[start..end]
        .iter()
        .zip(&text.capital[start..end])
        .filter(|(b, _)| b.is_ascii_alphabetic());
    letters.clone().count() > 1 && letters.into_iter().all(|(_, &c)| c)
}

/// The place of an acronym standing alone right before `start` ("the AUKUS partnership"),
/// not one side of a pair ("UK-EU", "the UK and EU relationship").
fn grouping_before(text: &FoldedText, start: usize) -> Option<Range<usize>> {
    let before = text.text[..start].strip_suffix(' ')?;
    let from = word_start(before, |c| c.is_ascii_alphanumeric());
    let word = &before[from..];
    let capitals = word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && text.capital[from..before.len()].iter().all(|&c| c);
    let previous = before[..from].strip_suffix(' ')?;
    let previous = &previous[word_start(previous, |c| c.is_ascii_alphanumeric())..];
    let alone = !previous.is_empty()
        && previous.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(previous, "and" | "or");
    (capitals && alone).then_some(from..before.len())
}
