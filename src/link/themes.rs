//! Places each paragraph under its policy themes.
//!
//! A paragraph under a heading that a theme lists belongs to that theme. A paragraph under no
//! listed heading (a document without headings, or an opening paragraph) belongs to the themes
//! whose keywords it mentions most: every theme with at least half the best score.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::matcher::is_whole_word;
use crate::content::Theme;
use crate::text::fold;

/// Theme rules for one build, compiled once.
#[derive(Debug, Clone)]
pub struct Classifier {
    by_heading: HashMap<String, Vec<usize>>,
    keywords: Option<AhoCorasick>,
    keyword_themes: Vec<Vec<usize>>,
    theme_count: usize,
}

impl Classifier {
    /// Compiles the headings and keywords of `themes`.
    pub fn new(themes: &[Theme]) -> Self {
        let mut by_heading: HashMap<String, Vec<usize>> = HashMap::new();
        let mut keyword_index: HashMap<String, usize> = HashMap::new();
        let mut patterns = Vec::new();
        let mut keyword_themes: Vec<Vec<usize>> = Vec::new();
        for (index, theme) in themes.iter().enumerate() {
            for heading in &theme.meta.headings {
                by_heading
                    .entry(fold(heading.trim()))
                    .or_default()
                    .push(index);
            }
            for keyword in &theme.meta.keywords {
                let folded = fold(keyword.trim());
                if folded.is_empty() {
                    continue;
                }
                let slot = *keyword_index.entry(folded.clone()).or_insert_with(|| {
                    patterns.push(folded);
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
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&patterns)
                    .ok()
            })
            .flatten();
        Classifier {
            by_heading,
            keywords,
            keyword_themes,
            theme_count: themes.len(),
        }
    }

    /// The themes of a paragraph, by index, in ascending order.
    pub fn classify(&self, heading: Option<&str>, text: &str) -> Vec<usize> {
        if let Some(themes) = heading.and_then(|h| self.by_heading.get(&fold(h.trim()))) {
            let mut themes = themes.clone();
            themes.sort_unstable();
            themes.dedup();
            return themes;
        }
        let Some(keywords) = &self.keywords else {
            return Vec::new();
        };
        let folded = fold(text);
        let mut scores = vec![0usize; self.theme_count];
        for found in keywords.find_iter(&folded) {
            if is_whole_word(&folded, found.start(), found.end()) {
                for &theme in &self.keyword_themes[found.pattern().as_usize()] {
                    scores[theme] += 1;
                }
            }
        }
        let best = scores.iter().copied().max().unwrap_or(0);
        if best == 0 {
            return Vec::new();
        }
        scores
            .iter()
            .enumerate()
            .filter(|(_, &score)| score * 2 >= best)
            .map(|(i, _)| i)
            .collect()
    }
}
