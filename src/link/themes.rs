//! Places each paragraph under its policy themes, and says why.
//!
//! A heading proposes: the themes that list a paragraph's heading are its candidates. The
//! paragraph's own words decide among them: when a heading is claimed by several themes, only
//! those whose keywords the paragraph uses (at least half as much as the best of them) keep it;
//! when it uses no keyword at all, the heading alone decides; when it uses none of its heading's
//! keywords but names other subjects, it is about those. A paragraph may also treat a subject
//! outside its heading: a theme is added whose keywords weigh at least two and at least half as
//! much as its heading's theme's, each use weighing one and one more when it opens a sentence
//! (its subject: "Membership of the European Union also gives ..."), and which it names with two
//! keywords or as a sentence's subject. A paragraph under no claimed heading (a readout without
//! headings, an opening paragraph) belongs to every theme whose keywords it uses, as such
//! paragraphs name the subjects they list. A seed's sidecar may set a paragraph's themes outright
//! for the rare case that words cannot decide.
//!
//! Words are read as a careful reader reads them: a keyword inside a longer one counts once, for
//! the longer ("clean technology" is not also "technology"); a phrase matches with its last word
//! in either number; a name's capitals are part of it ("Allies", not "allies"); and a sentence
//! that only frames the paragraph (who met or spoke to whom, a closing courtesy, a line that
//! introduces what follows) names nothing: its words are names in passing. A paragraph made only
//! of such sentences has no theme. So is a word that only says whose people are meant ("the EU
//! coordinator", "their defence ministers") or where they met ("the NATO summit"); and one of
//! several names or adjectives side by side (a body's acronym in a hyphenated pair, "EU-U.S.
//! cooperation", where a country's name so joined is still a place treated, "U.S.-China
//! relations"; a list of names, unless it lists the places
//! discussed, "the situations in Haiti, Lebanon and the Sahel"; "military and humanitarian
//! support") counts only for a theme that holds another of them too; and a noun after "related"
//! names what goes with the thing before it ("missiles and related technology"), a clause of
//! concession a circumstance granted ("despite restrictions caused by the pandemic"), and a
//! "partnership in" or "on" a subject counts only for that subject's theme, as a bond of one
//! kind does ("bilateral defence ties", "economic ties between" them; relations "between" its
//! parties or theirs are the relationship), and a bond with a
//! country that is no party and a subject of its own ("relations with China") ([`passing`]). A
//! country whose leader or minister meets or speaks in the statement (or whose bond the title or
//! opening names) is a party ([`parties`]): its name counts for a theme named first after it,
//! not for a region's theme, and for none beside another party's ("between Estonia and
//! Ukraine"). A common noun written with a capital inside a name counts only in a pact's name,
//! when the name ends with it ("the Free Trade Agreement", "the Great East Japan Earthquake") or
//! in a list of fields after "areas:" or as the last item of a list of common nouns ("trade,
//! transport, Defence and Security") ([`names`]); a meeting keyword after a grouping's acronym
//! ("this SEECP annual summit") is the grouping's, no bond of the parties ([`gatherings`]);
//! and a noun of many
//! senses only as a place's own ("Nordic security", not "peace and security") ([`places`]).
//! An acronym the opening defines ("the Joint Commission for Bilateral Cooperation (JCBC)")
//! counts alone for the common-noun keyword that ends its name ([`acronyms`]).

use std::collections::HashMap;

use aho_corasick::AhoCorasick;

mod acronyms;
mod compile;
mod elsewhere;
mod fields;
mod fields_listed;
mod forms;
mod framing;
mod gatherings;
mod lists;
mod names;
mod parties;
mod passing;
mod places;
mod required;

use forms::{fold_with_capitals, starts_sentence};
use framing::FoldedText;
pub use framing::Framing;
pub use parties::Parties;
pub use passing::InPassing;

use super::matcher::is_whole_word;
use crate::text::fold;

/// Theme rules for one build, compiled once.
#[derive(Debug, Clone)]
pub struct Classifier {
    /// Every theme's `requires` words, each pattern pointing to its themes and the capitals it
    /// needs (as `keyword_capitals`).
    required: Option<AhoCorasick>,
    required_themes: Vec<Vec<usize>>,
    required_capitals: Vec<Vec<usize>>,
    /// Whether each theme has `requires` words.
    theme_requires: Vec<bool>,
    by_heading: HashMap<String, Vec<usize>>,
    by_slug: HashMap<String, usize>,
    /// Every keyword and its inflected forms, each pattern pointing to its keyword.
    keywords: Option<AhoCorasick>,
    /// For each pattern of `keywords`, the keyword it is a form of.
    pattern_keyword: Vec<usize>,
    keyword_themes: Vec<Vec<usize>>,
    /// Each keyword as its first author wrote it, for explanations.
    keyword_names: Vec<String>,
    /// Whether the keyword is written all in lower case: a common noun ("summit"), which a
    /// capitalised word inside a sentence ("the NATO Summit") is not.
    keyword_lower: Vec<bool>,
    /// For each keyword, the byte offsets (in its folded form) of the words it writes with a
    /// capital: a name ("Allies") is not the common noun ("allies"), so the text must write
    /// those words with a capital too.
    keyword_capitals: Vec<Vec<usize>>,
    /// Each theme's title, folded, word by word: a party's name counts for a theme named
    /// after it.
    title_words: Vec<Vec<String>>,
    /// Whether each theme is named after a place ([`elsewhere`]).
    place: Vec<bool>,
    theme_count: usize,
}

/// What a paragraph says of one theme: its keywords used, as the theme writes them, in order of
/// first use; their weight; whether one opens a sentence.
type Named = (Vec<String>, usize, bool);

/// Why a paragraph is under a theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Its heading is one the theme lists; `words` are the theme's keywords it uses, if any.
    Heading {
        /// The heading, as written.
        heading: String,
        /// The theme's keywords found in the paragraph, as the theme writes them, in order of first use.
        words: Vec<String>,
    },
    /// The theme's keywords found in the paragraph, as the theme writes them, in order of first use.
    Words(Vec<String>),
    /// The seed's sidecar sets the paragraph's themes.
    Sidecar,
}

/// One theme of a paragraph and the reason for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// Index of the theme.
    pub theme: usize,
    /// Why.
    pub reason: Reason,
}

impl Classifier {
    /// The themes that list `heading`, in ascending order.
    pub fn heading_themes(&self, heading: &str) -> &[usize] {
        self.by_heading
            .get(&heading_key(heading))
            .map_or(&[], Vec::as_slice)
    }

    /// The index of the theme whose file is `slug`.
    pub fn theme_by_slug(&self, slug: &str) -> Option<usize> {
        self.by_slug.get(slug).copied()
    }

    /// For each theme, the keywords of it that `text` uses, as the author wrote them, each once,
    /// in order of use; their weight, one for each use and one more for a use that opens a
    /// sentence (its subject, most often: "Membership of the European Union also gives ...");
    /// and whether any use opens a sentence. Sentences that only frame the paragraph
    /// ([`Framing`]) are left out, and a keyword inside a longer one is not counted on its own.
    fn words(&self, parties: &Parties, text: &str) -> Vec<Named> {
        self.reading(parties, text).0
    }

    /// [`Classifier::words`], and the keywords used only in passing ([`passing`]), as the theme
    /// writes them, each with why.
    fn reading(&self, parties: &Parties, text: &str) -> (Vec<Named>, Vec<(String, InPassing)>) {
        let mut found = vec![(Vec::new(), 0, false); self.theme_count];
        let mut in_passing = Vec::new();
        let Some(keywords) = &self.keywords else {
            return (found, in_passing);
        };
        let folded = FoldedText::new(text);
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        for hit in keywords.find_overlapping_iter(&folded.text) {
            let (start, end) = (hit.start(), hit.end());
            let keyword = self.pattern_keyword[hit.pattern().as_usize()];
            if !is_whole_word(&folded.text, start, end) || folded.framing(start) {
                continue;
            }
            // A common-noun keyword does not match a capitalised word inside a sentence, which
            // is part of a name, unless the name is a pact's or a thing of its kind ([`names`]).
            // A paragraph all in capitals tells no name by them.
            if self.keyword_lower[keyword]
                && !folded.shouted
                && folded.capital[start]
                && !starts_sentence(&folded.text, start)
                && !names::names_its_subject(&folded, start, end)
                && !names::a_meetings_subject(&folded, start)
                && !names::in_a_list_of_fields(&folded, start)
                && !names::ends_a_list_of_common_nouns(&folded, start)
                && !names::a_heading_line(&folded)
            {
                continue;
            }
            // A name's capitals are part of it: "Allies" is not "allies".
            if self.keyword_capitals[keyword]
                .iter()
                .any(|&offset| !folded.capital.get(start + offset).copied().unwrap_or(false))
            {
                continue;
            }
            hits.push((start, end, keyword));
        }
        // "The JCBC" is the "Joint Commission for Bilateral Cooperation" its opening defined.
        for (letters, keyword) in &parties.acronyms {
            for place in acronyms::uses(&folded, letters) {
                if !folded.framing(place.start) {
                    hits.push((place.start, place.end, *keyword));
                }
            }
        }
        // "Latvian-Estonian cooperation" is the pair's bilateral cooperation.
        hits.extend(passing::pair_bonds(&folded, &self.keyword_names));
        // "military, humanitarian and economic support" says "military support".
        hits.extend(lists::distributed(&folded, |phrase| {
            keywords
                .find_overlapping_iter(phrase)
                .find(|hit| hit.start() == 0 && hit.end() == phrase.len())
                .map(|hit| self.pattern_keyword[hit.pattern().as_usize()])
        }));
        // The longest keyword at a place wins: "clean technology" is not also "technology".
        hits.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
        let mut reach = 0;
        hits.retain(|&(start, end, _)| {
            let kept = !(end <= reach && start < reach);
            reach = reach.max(end);
            kept
        });
        // "the United Nations (UN)": the bracket repeats the name, which is read as it is used.
        let repeated = acronyms::repeating_their_names(&folded, &hits, |keyword| {
            self.keyword_themes[keyword].as_slice()
        });
        hits.retain(|&(start, _, _)| !repeated.contains(&start));
        let reader = passing::Reader::new(&folded);
        let mut met = self.requirements_met(&folded);
        met.extend(parties.required.iter().copied());
        for &(start, end, keyword) in &hits {
            // A name that only says whose people are meant names nothing; one of several names
            // side by side (a pair, a list) counts for a theme that holds another of them.
            let word = &self.keyword_names[keyword];
            if places::unplaced(&folded, start, end) {
                in_passing.push((word.clone(), InPassing::Unplaced));
                continue;
            }
            // "This SEECP annual summit": a grouping's meeting, no bond of the parties.
            if self.keyword_lower[keyword]
                && gatherings::grouping_before(&folded, start, word)
                    .is_some_and(|grouping| !parties.holds(&folded.text[grouping]))
            {
                in_passing.push((word.clone(), InPassing::Whose));
                continue;
            }
            let (others, beside) = match reader.use_of(start, end, !self.keyword_lower[keyword]) {
                passing::Use::Subject => (None, InPassing::Beside),
                passing::Use::Role => {
                    in_passing.push((word.clone(), InPassing::Whose));
                    continue;
                }
                passing::Use::Effect => {
                    in_passing.push((word.clone(), InPassing::Effect));
                    continue;
                }
                passing::Use::Related => {
                    in_passing.push((word.clone(), InPassing::Related));
                    continue;
                }
                passing::Use::Concession => {
                    in_passing.push((word.clone(), InPassing::Concession));
                    continue;
                }
                // A short item of a list ("military, humanitarian, economic and financial
                // support") is what it lists: each name side by side is treated.
                passing::Use::Among(_) if lists::short_item(&folded.text) => {
                    (None, InPassing::Beside)
                }
                passing::Use::Among(others) => (Some(others), InPassing::Beside),
                passing::Use::About(rest) => (Some(vec![rest]), InPassing::About),
                passing::Use::Kind(kind) => {
                    let first = hits.partition_point(|&(other, _, _)| other < kind.start);
                    let named = hits[first..]
                        .iter()
                        .take_while(|&&(other, _, _)| other < kind.end)
                        .any(|&(at, to, k)| {
                            !self.keyword_themes[k].is_empty()
                                && !parties.holds(&folded.text[at..to])
                        });
                    if named {
                        (Some(vec![kind]), InPassing::About)
                    } else {
                        (None, InPassing::Beside)
                    }
                }
            };
            let mut counted = false;
            let mut alone = false;
            let mut party = false;
            // A party's name ("the Iraqi Prime Minister", "Iraq" in a UK-Iraq readout) says who
            // speaks: it counts for a theme named after it ("Ukraine and Russia": its war, support
            // to it), not for one named after a region it lies in.
            let of_party = !self.keyword_lower[keyword] && parties.holds(&folded.text[start..end]);
            // Beside another party's name ("relations between Estonia and Ukraine"), it names
            // the two sides of their bond: no subject, even for a theme named after it.
            // So does it as the owner of a named institution ("the Verkhovna Rada of Ukraine").
            if of_party
                && (parties.paired(&folded, start, end) || parties.owns_a_body(&folded, start))
            {
                in_passing.push((word.clone(), InPassing::Party));
                continue;
            }
            // Within the first words of its sentence: "Membership of the European Union".
            let sentence = folded.sentence_starts.partition_point(|&s| s <= start);
            let opens = sentence >= 1 && {
                let from = folded.sentence_starts[sentence - 1];
                folded.text[from..start].split_whitespace().nth(3).is_none()
            };
            for &theme in &self.keyword_themes[keyword] {
                // A theme about two parties counts a paragraph that names the other one too.
                if self.theme_requires[theme] && !met.contains(&theme) {
                    alone = true;
                    continue;
                }
                if of_party
                    && !self.title_words[theme]
                        .first()
                        .is_some_and(|title| parties::same_stem(title, &folded.text[start..end]))
                {
                    party = true;
                    continue;
                }
                if let Some(others) = &others {
                    // Hits are in order of place: those inside each other item are found by
                    // halving, not by reading every hit.
                    let shared = others.iter().any(|place| {
                        let first = hits.partition_point(|&(other, _, _)| other < place.start);
                        hits[first..]
                            .iter()
                            .take_while(|&&(other, _, _)| other < place.end)
                            .any(|&(_, _, keyword)| self.keyword_themes[keyword].contains(&theme))
                    });
                    if !shared {
                        continue;
                    }
                }
                let (words, weight, subject) = &mut found[theme];
                *weight += 1 + usize::from(opens);
                *subject |= opens;
                counted = true;
                if !words.iter().any(|w| w == word) {
                    words.push(word.clone());
                }
            }
            // A phrase set aside (`not_keywords`) has no theme to count for.
            if !counted && !self.keyword_themes[keyword].is_empty() {
                let why = if alone {
                    InPassing::Alone
                } else if party {
                    InPassing::Party
                } else {
                    beside
                };
                in_passing.push((word.clone(), why));
            }
        }
        for theme in elsewhere::told_of_another_place(&found, &self.place) {
            let (words, weight, subject) = &mut found[theme];
            in_passing.extend(words.drain(..).map(|word| (word, InPassing::Elsewhere)));
            (*weight, *subject) = (0, false);
        }
        (found, in_passing)
    }

    /// The keywords a paragraph uses only in passing, as the theme writes them, with why: for
    /// `accord check --explain-themes`.
    pub fn names_in_passing(&self, parties: &Parties, text: &str) -> Vec<(String, InPassing)> {
        self.reading(parties, text).1
    }

    /// The themes whose keywords `text` uses at all, in ascending order: the subjects a
    /// sentence treats.
    pub fn themes_named(&self, text: &str) -> Vec<usize> {
        self.words(&Parties::none(), text)
            .iter()
            .enumerate()
            .filter(|(_, (_, weight, _))| *weight > 0)
            .map(|(theme, _)| theme)
            .collect()
    }

    /// The sentences of a paragraph whose words name no subject, as written, with why.
    pub fn framing_sentences(&self, text: &str) -> Vec<(String, Framing)> {
        FoldedText::new(text).framed
    }

    /// The themes of a paragraph, by index, in ascending order.
    pub fn classify(&self, heading: Option<&str>, text: &str) -> Vec<usize> {
        self.classify_in(&Parties::none(), heading, text)
    }

    /// The themes of a paragraph of a statement whose parties are `parties`, by index, in
    /// ascending order.
    pub fn classify_in(&self, parties: &Parties, heading: Option<&str>, text: &str) -> Vec<usize> {
        self.explain_in(parties, heading, text)
            .into_iter()
            .map(|a| a.theme)
            .collect()
    }

    /// The themes of a paragraph with the reason for each, in ascending order of theme.
    pub fn explain(&self, heading: Option<&str>, text: &str) -> Vec<Assignment> {
        self.explain_in(&Parties::none(), heading, text)
    }

    /// [`Classifier::explain`] for a paragraph of a statement whose parties are `parties`.
    pub fn explain_in(
        &self,
        parties: &Parties,
        heading: Option<&str>,
        text: &str,
    ) -> Vec<Assignment> {
        let words = self.words(parties, text);
        let candidates = heading.map_or(&[][..], |h| self.heading_themes(h));
        let mut assigned = Vec::new();
        // A paragraph that only frames (who met whom, a closing courtesy, a line introducing
        // what follows) treats no subject, whatever its heading, unless words before a
        // courtesy name one.
        if FoldedText::new(text).all_framing() && words.iter().all(|(_, weight, _)| *weight == 0) {
            return assigned;
        }
        if candidates.is_empty() {
            for (theme, (found, count, _)) in words.into_iter().enumerate() {
                if count > 0 {
                    assigned.push(Assignment {
                        theme,
                        reason: Reason::Words(found),
                    });
                }
            }
            return assigned;
        }
        let heading = heading.unwrap_or_default().trim().to_string();
        let best = candidates.iter().map(|&t| words[t].1).max().unwrap_or(0);
        // A paragraph that uses none of its heading's keywords but names other subjects is
        // about those: the heading gives way to the words.
        if best == 0 && words.iter().any(|(_, weight, _)| *weight > 0) {
            for (theme, (found, count, _)) in words.into_iter().enumerate() {
                if count > 0 {
                    assigned.push(Assignment {
                        theme,
                        reason: Reason::Words(found),
                    });
                }
            }
            return assigned;
        }
        for (theme, (found, count, subject)) in words.into_iter().enumerate() {
            if candidates.contains(&theme) {
                if count * 2 >= best {
                    assigned.push(Assignment {
                        theme,
                        reason: Reason::Heading {
                            heading: heading.clone(),
                            words: found,
                        },
                    });
                }
            } else if count >= 2 && (found.len() >= 2 || subject) && count * 2 >= best {
                assigned.push(Assignment {
                    theme,
                    reason: Reason::Words(found),
                });
            }
        }
        assigned
    }
}

/// Headings compare without case, typographic variants or surrounding spaces.
fn heading_key(heading: &str) -> String {
    fold(heading.trim())
}

#[cfg(test)]
mod acronyms_tests;
#[cfg(test)]
mod bond_tests;
#[cfg(test)]
mod fields_listed_tests;
#[cfg(test)]
mod party_tests;
#[cfg(test)]
mod tests;
