//! One multi-pattern matcher over every instrument name and glossary term, built once per build.

use std::collections::HashMap;
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::content::{Instrument, Term};
use crate::error::{Error, Location, Result};
use crate::text::{fold, is_word_char, Folded};

/// What a name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// An instrument, by index in `Content::instruments`.
    Instrument(usize),
    /// A glossary term, by index in `Content::glossary`.
    Term(usize),
}

/// A name found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range in the original text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// What the name refers to: an instrument first, then a glossary term sharing the name.
    pub targets: Vec<Target>,
}

/// Finds whole-word mentions of instruments and glossary terms; the longest name wins.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: Option<AhoCorasick>,
    targets: Vec<Vec<Target>>,
}

impl Matcher {
    /// Builds the matcher. A name declared by two instruments, or by two glossary terms, is an
    /// error: a mention could not say which one it means.
    pub fn new(instruments: &[Instrument], terms: &[Term]) -> Result<Self> {
        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        let mut index_of: HashMap<String, usize> = HashMap::new();
        let mut owner_paths: HashMap<(String, bool), &Path> = HashMap::new();
        let mut errors = Vec::new();
        let named = instruments
            .iter()
            .enumerate()
            .flat_map(|(i, instrument)| {
                instrument.names().map(move |name| {
                    (
                        name,
                        Target::Instrument(i),
                        instrument.source_path.as_path(),
                    )
                })
            })
            .chain(terms.iter().enumerate().flat_map(|(i, term)| {
                term.names()
                    .map(move |name| (name, Target::Term(i), term.source_path.as_path()))
            }));
        for (name, target, path) in named {
            let folded = fold(name.trim());
            if folded.is_empty() {
                continue;
            }
            let is_instrument = matches!(target, Target::Instrument(_));
            match owner_paths.get(&(folded.clone(), is_instrument)) {
                Some(first) if *first != path => {
                    let what = if is_instrument {
                        "instruments"
                    } else {
                        "glossary terms"
                    };
                    errors.push(Error::input(
                        Location::file(path),
                        format!("the name `{name}` is also declared by {}", first.display()),
                        format!("two {what} cannot share a name: keep it on one of them"),
                    ));
                    continue;
                }
                Some(_) => continue,
                None => {
                    owner_paths.insert((folded.clone(), is_instrument), path);
                }
            }
            let index = *index_of.entry(folded.clone()).or_insert_with(|| {
                patterns.push(folded);
                targets.push(Vec::new());
                patterns.len() - 1
            });
            targets[index].push(target);
        }
        Error::from_list(errors)?;
        for list in &mut targets {
            list.sort();
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            let built = AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns);
            // Building only fails past aho-corasick's size limits, far beyond any glossary.
            Some(built.map_err(|e| {
                Error::input(
                    Location::file("content"),
                    format!("too many names to match: {e}"),
                    "declare fewer aliases",
                )
            })?)
        };
        Ok(Matcher { automaton, targets })
    }

    /// Every whole-word mention in `text`, in order, not overlapping.
    pub fn find(&self, text: &str) -> Vec<Found> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let folded = Folded::new(text);
        let haystack = folded.text.as_str();
        automaton
            .find_iter(haystack)
            .filter(|m| is_whole_word(haystack, m.start(), m.end()))
            .map(|m| {
                let (start, end) = folded.original_range(m.start(), m.end());
                Found {
                    start,
                    end,
                    targets: self.targets[m.pattern().as_usize()].clone(),
                }
            })
            .collect()
    }
}

/// True when `start..end` of `text` neither starts nor ends inside a word.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    // A name that itself starts or ends with punctuation ("JEF+") is bounded by that punctuation.
    let open_start = first.is_some_and(is_word_char) && before.is_some_and(is_word_char);
    let open_end = last.is_some_and(is_word_char) && after.is_some_and(is_word_char);
    !open_start && !open_end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Entry, InstrumentMeta, TermMeta};

    fn instrument(name: &str, aliases: &[&str]) -> Instrument {
        let meta: InstrumentMeta = serde_yaml::from_str(&format!("name: {name}")).unwrap();
        let mut entry = Entry {
            slug: fold(name),
            source_path: name.into(),
            meta,
            body: String::new(),
            body_line: 1,
            digest: Default::default(),
            body_digest: Default::default(),
        };
        entry.meta.aliases = aliases.iter().map(|a| a.to_string()).collect();
        entry
    }

    fn term(name: &str) -> Term {
        let meta: TermMeta = serde_yaml::from_str(&format!("term: {name}")).unwrap();
        Entry {
            slug: fold(name),
            source_path: format!("g/{name}").into(),
            meta,
            body: String::new(),
            body_line: 1,
            digest: Default::default(),
            body_digest: Default::default(),
        }
    }

    #[test]
    fn longest_whole_word_match_wins() {
        let matcher = Matcher::new(
            &[
                instrument("Law Enforcement Cooperation Agreement", &[]),
                instrument("Agreement", &[]),
            ],
            &[],
        )
        .unwrap();
        let text = "the Law Enforcement Cooperation Agreement and an Agreements list";
        let found = matcher.find(text);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &text[found[0].start..found[0].end],
            "Law Enforcement Cooperation Agreement"
        );
    }

    #[test]
    fn matches_across_accents_subscripts_and_case() {
        let matcher = Matcher::new(&[instrument("Prum", &[])], &[term("CO2")]).unwrap();
        let text = "Prüm arrangements and CO₂ storage";
        let shown: Vec<&str> = matcher
            .find(text)
            .iter()
            .map(|f| &text[f.start..f.end])
            .collect();
        assert_eq!(shown, ["Prüm", "CO₂"]);
    }

    #[test]
    fn a_name_with_a_plus_matches_before_a_space() {
        let matcher = Matcher::new(
            &[instrument("Joint Expeditionary Force", &["JEF+", "JEF"])],
            &[],
        )
        .unwrap();
        let text = "mechanisms such as JEF+ and the JEF";
        let shown: Vec<&str> = matcher
            .find(text)
            .iter()
            .map(|f| &text[f.start..f.end])
            .collect();
        assert_eq!(shown, ["JEF+", "JEF"]);
    }

    #[test]
    fn two_instruments_cannot_share_a_name() {
        let error = Matcher::new(
            &[instrument("A", &["Shared"]), instrument("B", &["Shared"])],
            &[],
        )
        .unwrap_err();
        assert!(error.to_string().contains("also declared"), "{error}");
    }

    #[test]
    fn an_instrument_and_a_term_can_share_a_name() {
        let matcher = Matcher::new(&[instrument("NATO", &[])], &[term("NATO")]).unwrap();
        let found = matcher.find("NATO Allies");
        assert_eq!(found[0].targets, [Target::Instrument(0), Target::Term(0)]);
    }
}
