//! Compiling a theme set: its headings, keywords, phrases in which no keyword counts and the
//! words a theme requires, into the matchers a [`Classifier`] reads every paragraph with.

use std::collections::HashMap;

use aho_corasick::{AhoCorasickBuilder, MatchKind};

use super::elsewhere;
use super::forms::{closed_up, fold_for_keywords, fold_with_capitals, inflections, word_capitals};
use super::{heading_key, Classifier};
use crate::content::Theme;

impl Classifier {
    /// Compiles the headings and keywords of `themes`.
    pub fn new(themes: &[Theme]) -> Self {
        let mut by_heading: HashMap<String, Vec<usize>> = HashMap::new();
        let mut keyword_index: HashMap<String, usize> = HashMap::new();
        let mut keyword_themes: Vec<Vec<usize>> = Vec::new();
        let mut keyword_names = Vec::new();
        let mut keyword_lower = Vec::new();
        let mut keyword_capitals: Vec<Vec<usize>> = Vec::new();
        let mut keyword_folded: Vec<String> = Vec::new();
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
                let (folded, capital) = fold_with_capitals(keyword.trim());
                if folded.trim().is_empty() {
                    continue;
                }
                let lower = !keyword.chars().any(char::is_uppercase);
                let capitals = word_capitals(&folded, &capital);
                let slot = match keyword_index.get(&folded) {
                    // One keyword written twice ("Alliance" and "alliance"): each spelling
                    // counts, so a word needs a capital only where every spelling has one,
                    // and the common noun written with a capital is a name.
                    Some(&slot) => {
                        keyword_capitals[slot].retain(|at| capitals.contains(at));
                        keyword_lower[slot] &= lower;
                        slot
                    }
                    None => {
                        keyword_index.insert(folded.clone(), keyword_folded.len());
                        keyword_capitals.push(capitals);
                        keyword_folded.push(folded);
                        keyword_names.push(keyword.trim().to_string());
                        keyword_lower.push(lower);
                        keyword_themes.push(Vec::new());
                        keyword_folded.len() - 1
                    }
                };
                if !keyword_themes[slot].contains(&index) {
                    keyword_themes[slot].push(index);
                }
            }
        }
        // Phrases in which no keyword counts: slots of their own with no theme, which win their
        // place as any longer keyword does. A phrase that is also a keyword stays a keyword.
        for theme in themes {
            for phrase in &theme.meta.not_keywords {
                let (folded, capital) = fold_with_capitals(phrase.trim());
                if folded.trim().is_empty() || keyword_index.contains_key(&folded) {
                    continue;
                }
                keyword_index.insert(folded.clone(), keyword_folded.len());
                keyword_capitals.push(word_capitals(&folded, &capital));
                keyword_folded.push(folded);
                keyword_names.push(phrase.trim().to_string());
                keyword_lower.push(!phrase.chars().any(char::is_uppercase));
                keyword_themes.push(Vec::new());
            }
        }
        // The words a theme requires beside its keywords, each phrase once with all its themes.
        let mut required_index: HashMap<String, usize> = HashMap::new();
        let mut required_patterns: Vec<String> = Vec::new();
        let mut required_themes: Vec<Vec<usize>> = Vec::new();
        let mut required_capitals: Vec<Vec<usize>> = Vec::new();
        for (index, theme) in themes.iter().enumerate() {
            for word in &theme.meta.requires {
                let (folded, capital) = fold_with_capitals(word.trim());
                if folded.trim().is_empty() {
                    continue;
                }
                let slot = *required_index.entry(folded.clone()).or_insert_with(|| {
                    required_capitals.push(word_capitals(&folded, &capital));
                    required_patterns.push(folded);
                    required_themes.push(Vec::new());
                    required_patterns.len() - 1
                });
                if !required_themes[slot].contains(&index) {
                    required_themes[slot].push(index);
                }
            }
        }
        let theme_requires: Vec<bool> = (0..themes.len())
            .map(|t| required_themes.iter().any(|themes| themes.contains(&t)))
            .collect();
        // Short phrases written by authors: building cannot exceed the size limits.
        let required = (!required_patterns.is_empty())
            .then(|| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&required_patterns)
                    .ok()
            })
            .flatten();
        // Each keyword, then the inflected forms of those whose forms no author wrote as a
        // keyword of their own.
        let mut patterns = keyword_folded.clone();
        let mut pattern_keyword: Vec<usize> = (0..patterns.len()).collect();
        let mut forms_taken = std::collections::HashSet::new();
        for (slot, folded) in keyword_folded.iter().enumerate() {
            for form in inflections(folded).into_iter().chain(closed_up(folded)) {
                if !keyword_index.contains_key(&form) && forms_taken.insert(form.clone()) {
                    patterns.push(form);
                    pattern_keyword.push(slot);
                }
            }
        }
        // Keywords are short phrases written by authors: building cannot exceed the size limits.
        let keywords = (!patterns.is_empty())
            .then(|| {
                // Overlapping matches, so that a longer keyword can be preferred to the shorter
                // ones inside it ("clean technology" to "technology") whatever their order.
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
                    .ok()
            })
            .flatten();
        let title_words: Vec<Vec<String>> = themes
            .iter()
            .map(|theme| {
                fold_for_keywords(&theme.meta.title)
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|word| word.len() >= 4)
                    .map(str::to_string)
                    .collect()
            })
            .collect();
        let place = elsewhere::place_themes(
            &title_words,
            &keyword_themes,
            &keyword_lower,
            &keyword_folded,
            &theme_requires,
        );
        Classifier {
            required,
            required_themes,
            required_capitals,
            theme_requires,
            by_heading,
            by_slug,
            keywords,
            pattern_keyword,
            keyword_themes,
            keyword_names,
            keyword_lower,
            keyword_capitals,
            title_words,
            place,
            theme_count: themes.len(),
        }
    }
}
