//! Places each paragraph under its policy themes, and says why.
//!
//! A heading proposes: the themes that list a paragraph's heading are its candidates. The
//! paragraph's own words decide among them: when a heading is claimed by several themes, only
//! those whose keywords the paragraph uses (at least half as often as the best of them) keep it;
//! when it uses none of their keywords, the heading alone decides. A paragraph may also treat a
//! subject outside its heading: a theme whose keywords it uses at least twice, and at least half
//! as often as its heading's theme, is added. A paragraph under no claimed heading (a readout
//! without headings, an opening paragraph) belongs to every theme whose keywords it uses, as
//! such paragraphs name the subjects they list. A seed's sidecar may set a paragraph's themes
//! outright for the rare case that words cannot decide.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::matcher::is_whole_word;
use crate::content::Theme;
use crate::text::fold;

/// Theme rules for one build, compiled once.
#[derive(Debug, Clone)]
pub struct Classifier {
    by_heading: HashMap<String, Vec<usize>>,
    by_slug: HashMap<String, usize>,
    keywords: Option<AhoCorasick>,
    keyword_themes: Vec<Vec<usize>>,
    /// Each keyword as its first author wrote it, for explanations.
    keyword_names: Vec<String>,
    /// Whether the keyword is written all in lower case: a common noun ("summit"), which a
    /// capitalised word inside a sentence ("the NATO Summit") is not.
    keyword_lower: Vec<bool>,
    theme_count: usize,
}

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

/// Folds text for keyword matching: case and typographic variants as everywhere, and hyphens as
/// spaces, so that "people-smuggling" is the keyword "people smuggling". Lengths are kept.
fn fold_for_keywords(text: &str) -> String {
    fold(text).replace('-', " ")
}

/// [`fold_for_keywords`], and for each byte of the result whether it comes from a capital.
fn fold_with_capitals(text: &str) -> (String, Vec<bool>) {
    if text.is_ascii() {
        let capital = text.bytes().map(|b| b.is_ascii_uppercase()).collect();
        return (fold_for_keywords(text), capital);
    }
    let mut folded = String::with_capacity(text.len());
    let mut capital = Vec::with_capacity(text.len());
    for character in text.chars() {
        let before = folded.len();
        crate::text::fold_char(character, &mut folded);
        capital.extend(std::iter::repeat_n(
            character.is_uppercase(),
            folded.len() - before,
        ));
    }
    // Hyphens as spaces, as in `fold_for_keywords`: one byte for one, so `capital` still lines up.
    (folded.replace('-', " "), capital)
}

/// Whether byte `at` of `text` begins a sentence, a quotation or the text.
fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '\'', '(', '“', '‘', '•'])
}

impl Classifier {
    /// Compiles the headings and keywords of `themes`.
    pub fn new(themes: &[Theme]) -> Self {
        let mut by_heading: HashMap<String, Vec<usize>> = HashMap::new();
        let mut keyword_index: HashMap<String, usize> = HashMap::new();
        let mut patterns = Vec::new();
        let mut keyword_themes: Vec<Vec<usize>> = Vec::new();
        let mut keyword_names = Vec::new();
        let mut keyword_lower = Vec::new();
        let mut by_slug = HashMap::new();
        for (index, theme) in themes.iter().enumerate() {
            by_slug.insert(theme.slug.clone(), index);
            for heading in &theme.meta.headings {
                let themes = by_heading.entry(heading_key(heading)).or_default();
                if !themes.contains(&index) {
                    themes.push(index);
                }
            }
            for keyword in &theme.meta.keywords {
                let folded = fold_for_keywords(keyword.trim());
                if folded.trim().is_empty() {
                    continue;
                }
                let slot = *keyword_index.entry(folded.clone()).or_insert_with(|| {
                    patterns.push(folded);
                    keyword_names.push(keyword.trim().to_string());
                    keyword_lower.push(!keyword.chars().any(char::is_uppercase));
                    keyword_themes.push(Vec::new());
                    patterns.len() - 1
                });
                if !keyword_themes[slot].contains(&index) {
                    keyword_themes[slot].push(index);
                }
            }
        }
        // Keywords are short phrases written by authors: building cannot exceed the size limits.
        let keywords = (!patterns.is_empty())
            .then(|| {
                // Overlapping matches: "Northern Ireland Protocol" is about the EU and about
                // Northern Ireland when both are keywords.
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
                    .ok()
            })
            .flatten();
        Classifier {
            by_heading,
            by_slug,
            keywords,
            keyword_themes,
            keyword_names,
            keyword_lower,
            theme_count: themes.len(),
        }
    }

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

    /// For each theme, the keywords of it that `text` uses, as the author wrote them, each once, in order of use,
    /// and the number of uses.
    fn words(&self, text: &str) -> Vec<(Vec<String>, usize)> {
        let mut found = vec![(Vec::new(), 0); self.theme_count];
        let Some(keywords) = &self.keywords else {
            return found;
        };
        let (folded, capital) = fold_with_capitals(text);
        for hit in keywords.find_overlapping_iter(&folded) {
            if !is_whole_word(&folded, hit.start(), hit.end()) {
                continue;
            }
            // A common-noun keyword does not match a capitalised word inside a sentence, which
            // is part of a name.
            if self.keyword_lower[hit.pattern().as_usize()]
                && capital[hit.start()]
                && !starts_sentence(&folded, hit.start())
            {
                continue;
            }
            let word = &self.keyword_names[hit.pattern().as_usize()];
            for &theme in &self.keyword_themes[hit.pattern().as_usize()] {
                let (words, count): &mut (Vec<String>, usize) = &mut found[theme];
                *count += 1;
                if !words.iter().any(|w| w == word) {
                    words.push(word.clone());
                }
            }
        }
        found
    }

    /// The themes whose keywords `text` uses at all, in ascending order: the subjects a
    /// sentence treats.
    pub fn themes_named(&self, text: &str) -> Vec<usize> {
        self.words(text)
            .iter()
            .enumerate()
            .filter(|(_, (_, count))| *count > 0)
            .map(|(theme, _)| theme)
            .collect()
    }

    /// The themes of a paragraph, by index, in ascending order.
    pub fn classify(&self, heading: Option<&str>, text: &str) -> Vec<usize> {
        self.explain(heading, text)
            .into_iter()
            .map(|a| a.theme)
            .collect()
    }

    /// The themes of a paragraph with the reason for each, in ascending order of theme.
    pub fn explain(&self, heading: Option<&str>, text: &str) -> Vec<Assignment> {
        let words = self.words(text);
        let candidates = heading.map_or(&[][..], |h| self.heading_themes(h));
        let mut assigned = Vec::new();
        if candidates.is_empty() && is_closing_formula(text) {
            return assigned;
        }
        if candidates.is_empty() {
            for (theme, (found, count)) in words.into_iter().enumerate() {
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
        for (theme, (found, count)) in words.into_iter().enumerate() {
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
            } else if count >= 2 && found.len() >= 2 && count * 2 >= best {
                assigned.push(Assignment {
                    theme,
                    reason: Reason::Words(found),
                });
            }
        }
        assigned
    }
}

/// Phrases of the courtesy that closes a readout: the paragraph is about the next meeting, not
/// about what it names in passing ("looked forward to seeing one another at the NATO Summit").
const CLOSING_PHRASES: &[&str] = &[
    "look forward to",
    "looked forward to",
    "stay in close touch",
    "stay in touch",
    "remain in close contact",
    "keep in close contact",
    "speak again",
    "speaking again",
];

/// A paragraph of one sentence that only closes the meeting with a courtesy.
fn is_closing_formula(text: &str) -> bool {
    use unicode_segmentation::UnicodeSegmentation;
    let one_sentence = text
        .split_sentence_bounds()
        .filter(|s| !s.trim().is_empty())
        .nth(1)
        .is_none();
    one_sentence && {
        let folded = fold(text);
        CLOSING_PHRASES.iter().any(|p| folded.contains(p))
    }
}

/// Headings compare without case, typographic variants or surrounding spaces.
fn heading_key(heading: &str) -> String {
    fold(heading.trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ThemeMeta;

    fn theme(slug: &str, headings: &[&str], keywords: &[&str]) -> Theme {
        let meta: ThemeMeta = serde_yaml::from_str(&format!(
            "title: {slug}\nheadings: [{}]\nkeywords: [{}]",
            headings.join(", "),
            keywords.join(", ")
        ))
        .expect("valid test theme");
        Theme {
            slug: slug.to_string(),
            source_path: format!("content/themes/{slug}.md").into(),
            meta,
            body: String::new(),
            body_line: 1,
        }
    }

    fn themes() -> Vec<Theme> {
        vec![
            theme(
                "research",
                &["Research and energy"],
                &["research", "health"],
            ),
            theme(
                "energy",
                &["Research and energy"],
                &["energy", "hydrogen", "interconnector"],
            ),
            theme("crime", &["Crime"], &["law enforcement", "surveillance"]),
            theme("migration", &[], &["people smuggling", "small boats"]),
        ]
    }

    #[test]
    fn words_decide_among_the_themes_a_heading_proposes() {
        let classifier = Classifier::new(&themes());
        let heading = Some("Research and energy");
        assert_eq!(classifier.classify(heading, "Research on health."), [0]);
        assert_eq!(
            classifier.classify(heading, "Hydrogen and a new interconnector."),
            [1]
        );
        assert_eq!(
            classifier.classify(heading, "Health research, and energy via hydrogen."),
            [0, 1]
        );
        // No keyword of either: the heading alone decides.
        assert_eq!(classifier.classify(heading, "Other matters."), [0, 1]);
    }

    #[test]
    fn a_paragraph_adds_a_theme_it_clearly_treats_outside_its_heading() {
        let classifier = Classifier::new(&themes());
        let text = "Law enforcement officers and surveillance, in counter-people smuggling work against small boats.";
        assert_eq!(classifier.classify(Some("Crime"), text), [2, 3]);
        // One passing word is not enough.
        assert_eq!(
            classifier.classify(
                Some("Crime"),
                "Law enforcement and surveillance, also on energy."
            ),
            [2]
        );
        let explained = classifier.explain(Some("Crime"), text);
        assert_eq!(
            explained[1].reason,
            Reason::Words(vec!["people smuggling".into(), "small boats".into()])
        );
    }

    #[test]
    fn a_paragraph_under_no_claimed_heading_takes_every_theme_it_names() {
        let classifier = Classifier::new(&themes());
        assert_eq!(
            classifier.classify(
                None,
                "Cooperation on research, energy and people-smuggling."
            ),
            [0, 1, 3]
        );
        assert!(classifier
            .classify(Some("Unclaimed"), "Nothing here.")
            .is_empty());
    }

    #[test]
    fn names_are_not_common_nouns_and_overlapping_keywords_both_count() {
        let themes = vec![
            theme("relations", &[], &["summit", "relationship"]),
            theme("defence", &[], &["NATO"]),
            theme("eu", &[], &["Northern Ireland Protocol"]),
            theme("ni", &[], &["Northern Ireland"]),
        ];
        let classifier = Classifier::new(&themes);
        assert_eq!(
            classifier.classify(None, "They prepared the NATO Summit together."),
            [1]
        );
        assert_eq!(classifier.classify(None, "Summit plans were made."), [0]);
        assert_eq!(
            classifier.classify(None, "On the Northern Ireland Protocol they disagreed."),
            [2, 3]
        );
        assert!(classifier
            .classify(
                None,
                "They looked forward to seeing one another at the NATO Summit."
            )
            .is_empty());
    }
}
