//! The parties of a statement: the countries or bodies whose leaders or ministers meet or speak
//! in it. A party's name mostly says who speaks ("the Iranian foreign minister referred to ..."),
//! not what is treated: a region's theme should come from the region's affairs (another country
//! of it, a conflict, a place), not from the name of a party that happens to lie in it. Two
//! parties named side by side ("relations between Estonia and Ukraine") name the sides of their
//! bond, and a party as the owner of a named institution ("the Verkhovna Rada of Ukraine") says
//! whose it is. And a party the opening names is there in every paragraph, for a theme that
//! requires it.

use std::ops::Range;

use super::framing::{meets, FoldedText};
use super::lists::word_start;
use super::passing::{Reader, Use, ROLE_WORDS};
use super::Classifier;

/// How many paragraphs from the top are read for the meeting that names the parties: the
/// opening paragraph says who met whom, sometimes after a line or two of provenance.
const OPENING_PARAGRAPHS: usize = 3;

/// How many paragraphs, lines of a page's heading included, are read at most for the opening.
const OPENING_LINES: usize = 12;

/// Whether two folded words are forms of one name: they share a stem of four letters or more
/// that leaves at most one letter of the shorter out ("chin" of "china" and "chinese"), so that
/// "Iran" is not "Iraq".
pub(super) fn same_stem(a: &str, b: &str) -> bool {
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let shorter = a.len().min(b.len());
    common >= 4 && common + 1 >= shorter
}

/// Words of a body's name: a name of several words that holds one is a body's ("European
/// Commission", "Security Council"), whose affairs are its theme's whoever speaks for it; one
/// without is a country's ("Saudi Arabia", "People's Republic of China").
const BODY_WORDS: &[&str] = &[
    "agency",
    "alliance",
    "assembly",
    "bank",
    "coalition",
    "commission",
    "community",
    "council",
    "court",
    "force",
    "forum",
    "fund",
    "group",
    "nations",
    "organisation",
    "organization",
    "parliament",
    "union",
];

/// Words of offices' names beside the nouns for people and offices ("Deputy Prime Minister",
/// "Minister of Foreign Affairs", "Secretary of State").
pub(super) const OFFICE_WORDS: &[&str] = &[
    "affairs", "deputy", "foreign", "general", "h.e", "his", "her", "prime", "state", "vice",
];

/// Words of a country's own form of name ("the Republic of Estonia", "the State of Qatar").
const COUNTRY_FORMS: &[&str] = &[
    "commonwealth",
    "duchy",
    "emirates",
    "federation",
    "kingdom",
    "principality",
    "republic",
    "state",
    "states",
];

/// Nouns for the bond of two parties named after it with "between" ("relations between Estonia
/// and Ukraine", "a Joint Statement between the United States of America and India").
const BONDS: &[&str] = &[
    "communique",
    "cooperation",
    "declaration",
    "dialogue",
    "operation",
    "partnership",
    "relations",
    "relationship",
    "statement",
    "ties",
];

/// Nouns for a meeting whose two sides are named after it with "between" ("the summit between
/// China and the European Union"): the meeting an opening tells of is the statement's own.
const MEETINGS: &[&str] = &["summit"];

/// Words that refer back to the two parties of a statement ("the two countries").
const THE_TWO: &[&str] = &[
    "the two countries",
    "both countries",
    "the two nations",
    "both nations",
];

/// The parties of one statement, as the folded words that name them ("iraq", "iranian").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parties {
    /// The names of parties that some theme holds as a keyword.
    names: Vec<String>,
    /// Every word that names a party, a keyword or not ("estonia", "us"): a party's name beside
    /// another party's names the two sides of their bond.
    sides: Vec<String>,
    /// The themes whose `requires` words the opening meeting names: the other party is there.
    pub(super) required: Vec<usize>,
    /// The acronyms the opening defines, each with the keyword its name uses
    /// ([`super::acronyms`]).
    pub(super) acronyms: Vec<(String, usize)>,
}

impl Parties {
    /// No parties: every name counts as its paragraph uses it.
    pub fn none() -> Self {
        Parties::default()
    }

    /// Whether the folded word `word` names a party, in any of its forms ("Iraq" and "Iraqi",
    /// "Russia" and "Russian"): the two share all but a last letter or two of the shorter.
    pub(super) fn holds(&self, word: &str) -> bool {
        self.names.iter().any(|name| same_stem(name, word))
    }

    /// Whether a folded word names a party, a keyword or not; a short name ("US") only as
    /// itself.
    fn is_side(&self, word: &str) -> bool {
        self.names
            .iter()
            .chain(&self.sides)
            .any(|name| name == word || same_stem(name, word))
    }

    /// Whether the name at `run` holds a word that names a party.
    fn run_is_side(&self, text: &FoldedText, run: Range<usize>) -> bool {
        text.text[run]
            .split(' ')
            .any(|word| !word.is_empty() && self.is_side(word))
    }

    /// Whether the party's name at `start..end` stands beside another party's name, joined by
    /// "and" ("relations between Estonia and Ukraine", "the State of Qatar and the US"): it names
    /// the two sides of their bond, not a subject, even for a theme named after it.
    pub(super) fn paired(&self, text: &FoldedText, start: usize, end: usize) -> bool {
        let run = name_run(text, start, end);
        let after = &text.text[run.end..];
        if let Some(rest) = after.strip_prefix(" and ") {
            let from = run.end + " and ".len() + if rest.starts_with("the ") { 4 } else { 0 };
            if let Some(other) = name_at(text, from) {
                if self.run_is_side(text, other) {
                    return true;
                }
            }
        }
        let before = &text.text[..run.start];
        let before = before.strip_suffix("the ").unwrap_or(before);
        if let Some(rest) = before.strip_suffix(" and ") {
            let from = rest.rfind(' ').map_or(0, |at| at + 1);
            if let Some(other) = name_at(text, from) {
                if other.end == rest.len() && self.run_is_side(text, other) {
                    return true;
                }
            }
        }
        false
    }

    /// Whether the party's name at `start` says whose named institution is meant ("the
    /// Verkhovna Rada of Ukraine", "the Riigikogu of the Republic of Estonia"): the institution
    /// is what is named, not the party's affairs. A country's own form of name ("the Republic
    /// of Estonia", "the State of Qatar") is the party itself.
    pub(super) fn owns_a_body(&self, text: &FoldedText, start: usize) -> bool {
        let Some(before) = text.text[..start].strip_suffix(" of ") else {
            return false;
        };
        let from = word_start(before, char::is_alphanumeric);
        let word = &before[from..];
        text.capital.get(from).copied().unwrap_or(false)
            && !super::starts_sentence(&text.text, from)
            && !COUNTRY_FORMS.contains(&word)
            && !ROLE_WORDS.contains(&word)
            && !OFFICE_WORDS.contains(&word)
    }

    /// Adds the words of the name at `run`, and the keywords `classifier` finds in it that name
    /// a country.
    fn add(&mut self, classifier: &Classifier, text: &FoldedText, run: Range<usize>) {
        for (at, word) in words_of(&text.text, run.clone()) {
            let word = word.strip_suffix("'s").unwrap_or(word);
            // The words of an office ("Deputy Prime Minister") name no party.
            let office = ROLE_WORDS.contains(&word) || OFFICE_WORDS.contains(&word);
            if text.capital.get(at).copied().unwrap_or(false)
                && !office
                && !self.sides.iter().any(|s| s == word)
            {
                self.sides.push(word.to_string());
            }
            // An acronym stands for the country whose name's capitals it spells ("PRC State
            // Councilor": the People's Republic of China, and China in it).
            let acronym = word.len() >= 2
                && text.capital[at..at + word.len()].iter().all(|&c| c)
                && word.bytes().all(|b| b.is_ascii_alphabetic());
            if acronym {
                self.add_spelled(classifier, word);
            }
        }
        let Some(keywords) = &classifier.keywords else {
            return;
        };
        for hit in keywords.find_overlapping_iter(&text.text[run.clone()]) {
            let (start, end) = (run.start + hit.start(), run.start + hit.end());
            let keyword = classifier.pattern_keyword[hit.pattern().as_usize()];
            if country(classifier, text, keyword, start, end) {
                let word = text.text[start..end].to_string();
                if !self.names.contains(&word) {
                    self.names.push(word);
                }
            }
        }
    }
}

impl Parties {
    /// Adds the country names among `classifier`'s keywords whose capitals spell the folded
    /// acronym `acronym`, and the country names inside them.
    fn add_spelled(&mut self, classifier: &Classifier, acronym: &str) {
        for (slot, name) in classifier.keyword_names.iter().enumerate() {
            let initials: String = name
                .split([' ', '-'])
                .filter_map(|word| word.chars().next().filter(|c| c.is_uppercase()))
                .flat_map(char::to_lowercase)
                .collect();
            // A name that holds the acronym itself is not spelled by it (and reading it again
            // would find the acronym again).
            let holds_it = name
                .split([' ', '-'])
                .any(|word| word.eq_ignore_ascii_case(acronym));
            if initials != acronym || !name.contains(' ') || holds_it {
                continue;
            }
            let text = FoldedText::new(name);
            let whole = 0..text.text.len();
            if country(classifier, &text, slot, whole.start, whole.end) {
                self.add(classifier, &text, whole);
            }
        }
    }
}

/// Whether the keyword at `start..end` is a country's name or adjective: written with a capital,
/// a whole word, no acronym (a body's: "NATO Secretary-General"), one word or several without a
/// body's word ("Saudi Arabia", not "European Commission").
fn country(
    classifier: &Classifier,
    text: &FoldedText,
    keyword: usize,
    start: usize,
    end: usize,
) -> bool {
    let acronym = text.capital[start..end].iter().filter(|&&c| c).count()
        > text.text[start..end].split(' ').count();
    !classifier.keyword_lower[keyword]
        && !acronym
        // Nor is a bond's or a meeting's name ("Leaders' Dialogue", "Strategic Partnership").
        && !text.text[start..end]
            .split(' ')
            .any(|word| BODY_WORDS.contains(&word) || BONDS.contains(&word))
        && super::super::matcher::is_whole_word(&text.text, start, end)
        && text.capital[start]
}

/// The words of `text` within `run`, each with where it starts.
fn words_of(text: &str, run: Range<usize>) -> impl Iterator<Item = (usize, &str)> {
    let from = run.start;
    text[run].split(' ').scan(from, |at, word| {
        let here = *at;
        *at += word.len() + 1;
        Some((here, word))
    })
}

/// The name of capitalised words that starts at `from`, if a capitalised word does.
fn name_at(text: &FoldedText, from: usize) -> Option<Range<usize>> {
    let capital = text.capital.get(from).copied().unwrap_or(false);
    let length = text.text[from..]
        .find(|c: char| !c.is_alphanumeric() && c != '\'')
        .unwrap_or(text.text.len() - from);
    (capital && length > 0).then(|| name_run(text, from, from + length))
}

/// The whole name that the word at `start..end` is part of: the capitalised words beside it,
/// and "of" between two of them ("the State of Qatar", "People's Republic of China"), but not
/// an office's "of" ("President of Estonia": the office says whose, the name is the country's).
fn name_run(text: &FoldedText, start: usize, end: usize) -> Range<usize> {
    let capital = |at: usize| text.capital.get(at).copied().unwrap_or(false);
    let word_before = |at: usize| -> Option<(usize, &str)> {
        let before = text.text[..at].strip_suffix(' ')?;
        let from = word_start(before, |c| c.is_alphanumeric() || c == '\'');
        (from < before.len()).then(|| (from, &before[from..]))
    };
    let word_after = |at: usize| -> Option<(usize, &str)> {
        let from = at + text.text[at..].strip_prefix(' ').map(|_| 1)?;
        let length = text.text[from..]
            .find(|c: char| !c.is_alphanumeric() && c != '\'')
            .unwrap_or(text.text.len() - from);
        (length > 0).then(|| (from, &text.text[from..from + length]))
    };
    let (mut first, mut last) = (start, end);
    while let Some((at, word)) = word_before(first) {
        if capital(at) && !super::starts_sentence(&text.text, at) {
            first = at;
        } else if word == "of" {
            match word_before(at) {
                Some((name, office))
                    if capital(name) && !ROLE_WORDS.contains(&office) && office != "affairs" =>
                {
                    first = name;
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    while let Some((at, word)) = word_after(last) {
        if capital(at) {
            last = at + word.len();
        } else if word == "of" {
            match word_after(at + word.len()) {
                Some((name, next)) if capital(name) => last = name + next.len(),
                _ => break,
            }
        } else {
            break;
        }
    }
    first..last
}

/// How many words a line of the opening may have to be a heading, whose hyphened pair before a
/// bond's noun names the statement's parties ("Israel-Netherlands: Joint Statement").
const HEADING_WORDS: usize = 8;

/// The two names of a heading joined by a hyphen before a bond's noun ("Israel-Netherlands:
/// Joint Statement", "U.S.-Israel Strategic Dialogue"): a heading so written names whose bond
/// the statement is, as "between" does.
fn hyphened_bond(text: &FoldedText) -> Vec<(Range<usize>, Range<usize>)> {
    let mut pairs = Vec::new();
    let hyphens = text.hyphen.iter().enumerate().filter(|&(_, &is)| is);
    for (at, _) in hyphens {
        let next = at + 1;
        if !text.capital.get(next).copied().unwrap_or(false) {
            continue;
        }
        let before = &text.text[..at];
        let from = word_start(before, |c| c.is_alphanumeric() || c == '.');
        if from == at || !text.capital.get(from).copied().unwrap_or(false) {
            continue;
        }
        let length = text.text[next..]
            .find(|c: char| !c.is_alphanumeric() && c != '.')
            .unwrap_or(text.text.len() - next);
        let to = next + length;
        let after = text.text[to..].trim_start_matches([':', ' ', '\u{2013}']);
        let bond = after
            .split(' ')
            .take(3)
            .any(|word| BONDS.contains(&word.trim_end_matches([',', '.', ':'])));
        if bond {
            let trim = |range: Range<usize>| {
                let end = range.start + text.text[range.clone()].trim_end_matches('.').len();
                range.start..end
            };
            pairs.push((trim(from..at), trim(next..to)));
        }
    }
    pairs
}

/// Whether the words from `at` name the two sides of a bond: "between" after a bond's noun
/// ("relations between", "cooperation between"), or a statement's opening subject.
fn pair_after(text: &FoldedText, at: usize) -> Option<(Range<usize>, Range<usize>)> {
    let from = at
        + if text.text[at..].starts_with("the ") {
            4
        } else {
            0
        };
    let first = name_at(text, from)?;
    let rest = text.text[first.end..].strip_prefix(" and ")?;
    let from = first.end + " and ".len() + if rest.starts_with("the ") { 4 } else { 0 };
    let second = name_at(text, from)?;
    Some((first, second))
}

impl Classifier {
    /// The parties of a statement whose paragraphs are `paragraphs`, in order: the names that
    /// say whose leader or minister meets or speaks in the sentence of its opening paragraphs
    /// that tells the meeting ("Prime Minister of Iraq", "Iranian Foreign Minister"), and the
    /// sides of a bond its opening names ([`Classifier::parties_titled`]).
    pub fn parties<'a>(&self, paragraphs: impl IntoIterator<Item = &'a str>) -> Parties {
        self.parties_titled(None, paragraphs)
    }

    /// [`Classifier::parties`] of a statement whose title is `title`: a title says who speaks
    /// ("Joint Declaration by the President of Estonia and the President of Ukraine", "Foreign
    /// Minister discusses ... with Jordanian Foreign Minister") or whose bond it is ("Joint
    /// Statement Between the United States of America and India"). A bond's two sides named
    /// "between" them in the opening ("bilateral relations between the State of Qatar and the
    /// US") are parties when the bond is "bilateral" or one side is a party already, and so are
    /// the two names that open a statement which speaks of "the two countries" ("The UAE and
    /// Saudi Arabia stressed ..."). A title's bond "between" two names is the statement's own,
    /// and a heading's two names joined by a hyphen before a bond's noun ("Israel-Netherlands:
    /// Joint Statement", "U.S.-Israel Strategic Dialogue") name its parties too. The opening is
    /// its first paragraphs of prose, the short lines of a page above them read as well.
    pub fn parties_titled<'a>(
        &self,
        title: Option<&str>,
        paragraphs: impl IntoIterator<Item = &'a str>,
    ) -> Parties {
        let mut parties = Parties::default();
        if self.keywords.is_none() {
            return parties;
        }
        // Lines of a page (a heading, a menu entry, a dateline) come before the prose: they are
        // read, but only paragraphs of prose count towards the opening.
        let mut opening: Vec<&str> = Vec::new();
        let mut prose = 0;
        for text in paragraphs.into_iter().take(OPENING_LINES) {
            if prose == OPENING_PARAGRAPHS {
                break;
            }
            if text.split_whitespace().nth(HEADING_WORDS).is_some() {
                prose += 1;
            }
            opening.push(text);
        }
        // The title first, then the opening, each folded once for both passes below.
        let texts: Vec<(bool, &str, FoldedText)> = title
            .map(|text| (true, text))
            .into_iter()
            .chain(opening.iter().map(|&text| (false, text)))
            .map(|(is_title, text)| (is_title, text, FoldedText::new(text)))
            .collect();
        for (is_title, _, folded) in &texts {
            let is_title = *is_title;
            let reader = Reader::new(folded);
            let mut meets_here = false;
            for (index, &from) in folded.sentence_starts.iter().enumerate() {
                let to = folded
                    .sentence_starts
                    .get(index + 1)
                    .copied()
                    .unwrap_or(folded.text.len());
                if !is_title && !meets(&folded.text[from..to]) {
                    continue;
                }
                meets_here = !is_title;
                self.speakers(folded, &reader, from..to, &mut parties);
            }
            if meets_here {
                // An office stands for the whole statement only as the publisher's own, written
                // bare ("The Prime Minister spoke to ..."): one that says whose it is ("Prime
                // Minister of Canada", "Danish Prime Minister") or who holds it ("Prime Minister
                // Stephen Harper") may be the other side's. A subject the meeting treated
                // ("discussed ... Brexit") is a keyword itself: it says what they spoke of in
                // that sentence, not who the other side is.
                parties.required = self
                    .requirements_named(folded, |start, end| {
                        super::required::bare_office(folded, start, end)
                            && !self.is_a_keyword(&folded.text[start..end])
                    })
                    .into_iter()
                    .collect();
                break;
            }
        }
        for (_, _, folded) in &texts {
            parties.acronyms.extend(self.acronyms_defined(folded));
        }
        // Bonds between two named sides, and a pair that opens a statement about "the two
        // countries".
        let two = opening.iter().any(|text| {
            let folded = crate::text::fold(text);
            THE_TWO.iter().any(|p| folded.contains(p))
        });
        for (is_title, text, folded) in &texts {
            let (is_title, text) = (*is_title, *text);
            let mut pairs = Vec::new();
            if is_title || text.split_whitespace().nth(HEADING_WORDS).is_none() {
                pairs.extend(hyphened_bond(folded));
            }
            for (at, _) in folded.text.match_indices(" between ") {
                let before = folded.text[..at].trim_end();
                let bond = before.rsplit(' ').next().unwrap_or_default();
                if !BONDS.contains(&bond) && !MEETINGS.contains(&bond) {
                    continue;
                }
                // A title's bond is the statement's own ("Declaration on strategic cooperation
                // between Georgia and Ukraine"), and a summit between two sides that the opening
                // tells of is the meeting the statement reports ("our plenary session of the
                // summit between China and the European Union").
                let bilateral = is_title
                    || MEETINGS.contains(&bond)
                    || before.rsplit(' ').take(3).any(|word| word == "bilateral");
                if let Some((first, second)) = pair_after(folded, at + " between ".len()) {
                    if bilateral
                        || parties.run_is_side(folded, first.clone())
                        || parties.run_is_side(folded, second.clone())
                    {
                        pairs.push((first, second));
                    }
                }
            }
            if two {
                for &from in &folded.sentence_starts {
                    // After a dateline ("Abu Dhabi: The UAE and Saudi Arabia stressed ...").
                    let sentence = &folded.text[from..];
                    let skip = sentence
                        .find(": ")
                        .filter(|&at| sentence[..at].split(' ').count() <= 3)
                        .map_or(0, |at| at + 2);
                    if let Some((first, second)) = pair_after(folded, from + skip) {
                        let next = folded.text[second.end..].trim_start();
                        if next.starts_with(|c: char| c.is_ascii_lowercase() || c == ',') {
                            pairs.push((first, second));
                        }
                    }
                }
            }
            for (first, second) in pairs {
                parties.add(self, folded, first);
                parties.add(self, folded, second);
            }
        }
        parties
    }

    /// Adds to `parties` the names that say whose leader or minister meets or speaks in the
    /// sentence at `sentence` of `folded` ("Prime Minister of Iraq", "Iranian Foreign Minister",
    /// "the Presidents of the Republic of Lithuania").
    fn speakers(
        &self,
        folded: &FoldedText,
        reader: &Reader<'_>,
        sentence: Range<usize>,
        parties: &mut Parties,
    ) {
        let mut at = sentence.start;
        while at < sentence.end {
            let length = folded.text[at..sentence.end]
                .find(|c: char| !c.is_alphanumeric() && c != '\'')
                .unwrap_or(sentence.end - at);
            if length == 0 {
                at += folded.text[at..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            let (start, end) = (at, at + length);
            at = end;
            if !folded.capital[start] {
                continue;
            }
            let run = name_run(folded, start, end);
            let role = reader.use_of(start, end, true) == Use::Role
                || reader.use_of(run.start, run.end, true) == Use::Role;
            if role {
                parties.add(self, folded, start..end);
                parties.add(self, folded, run);
            }
        }
    }
}
#[cfg(test)]
mod tests {
    use super::same_stem;

    #[test]
    fn forms_of_one_name_share_a_stem() {
        assert!(same_stem("iraq", "iraqi"));
        assert!(same_stem("china", "chinese"));
        assert!(same_stem("ukraine", "ukrainian"));
        assert!(!same_stem("iran", "iraq"));
        assert!(same_stem("iran", "iranian"));
    }
}
