//! Places each paragraph under its policy themes, and says why.
//!
//! A heading proposes: the themes that list a paragraph's heading are its candidates. The
//! paragraph's own words decide among them: when a heading is claimed by several themes, only
//! those whose keywords the paragraph uses (at least half as often as the best of them) keep it;
//! when it uses no keyword at all, the heading alone decides; when it uses none of its heading's
//! keywords but names other subjects, it is about those. A paragraph may also treat a subject
//! outside its heading: a theme whose keywords it uses at least twice, and at least half as often
//! as its heading's theme, is added. A paragraph under no claimed heading (a readout without
//! headings, an opening paragraph) belongs to every theme whose keywords it uses, as such
//! paragraphs name the subjects they list. A seed's sidecar may set a paragraph's themes outright
//! for the rare case that words cannot decide.
//!
//! Words are read as a careful reader reads them: a keyword inside a longer one counts once, for
//! the longer ("clean technology" is not also "technology"); a phrase matches with its last word
//! in either number; a name's capitals are part of it ("Allies", not "allies"); and a sentence
//! that only frames the paragraph (who met or spoke to whom, a closing courtesy, a line that
//! introduces what follows) names nothing: its words are names in passing. A paragraph made only
//! of such sentences has no theme.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

mod framing;

use framing::FoldedText;
pub use framing::Framing;

use super::matcher::is_whole_word;
use crate::content::Theme;
use crate::text::fold;

/// Theme rules for one build, compiled once.
#[derive(Debug, Clone)]
pub struct Classifier {
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
        let mut keyword_themes: Vec<Vec<usize>> = Vec::new();
        let mut keyword_names = Vec::new();
        let mut keyword_lower = Vec::new();
        let mut keyword_capitals = Vec::new();
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
                let slot = *keyword_index.entry(folded.clone()).or_insert_with(|| {
                    keyword_capitals.push(word_capitals(&folded, &capital));
                    keyword_folded.push(folded);
                    keyword_names.push(keyword.trim().to_string());
                    keyword_lower.push(!keyword.chars().any(char::is_uppercase));
                    keyword_themes.push(Vec::new());
                    keyword_folded.len() - 1
                });
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
        // Each keyword, then the inflected forms of those whose forms no author wrote as a
        // keyword of their own.
        let mut patterns = keyword_folded.clone();
        let mut pattern_keyword: Vec<usize> = (0..patterns.len()).collect();
        let mut forms_taken = std::collections::HashSet::new();
        for (slot, folded) in keyword_folded.iter().enumerate() {
            for form in inflections(folded) {
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
        Classifier {
            by_heading,
            by_slug,
            keywords,
            pattern_keyword,
            keyword_themes,
            keyword_names,
            keyword_lower,
            keyword_capitals,
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
    /// and the number of uses. Sentences that only frame the paragraph ([`Framing`])
    /// are left out, and a keyword inside a longer one is not counted on its own.
    fn words(&self, text: &str) -> Vec<(Vec<String>, usize)> {
        let mut found = vec![(Vec::new(), 0); self.theme_count];
        let Some(keywords) = &self.keywords else {
            return found;
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
            // is part of a name.
            if self.keyword_lower[keyword]
                && folded.capital[start]
                && !starts_sentence(&folded.text, start)
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
        // The longest keyword at a place wins: "clean technology" is not also "technology".
        hits.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
        let mut reach = 0;
        for (start, end, keyword) in hits {
            if end <= reach && start < reach {
                continue;
            }
            reach = reach.max(end);
            let word = &self.keyword_names[keyword];
            for &theme in &self.keyword_themes[keyword] {
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

    /// The sentences of a paragraph whose words name no subject, as written, with why.
    pub fn framing_sentences(&self, text: &str) -> Vec<(String, Framing)> {
        FoldedText::new(text).framed
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
        // A paragraph that only frames (who met whom, a closing courtesy, a line introducing
        // what follows) treats no subject, whatever its heading, unless words before a
        // courtesy name one.
        if FoldedText::new(text).all_framing() && words.iter().all(|(_, count)| *count == 0) {
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
        // A paragraph that uses none of its heading's keywords but names other subjects is
        // about those: the heading gives way to the words.
        if best == 0 && words.iter().any(|(_, count)| *count > 0) {
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

/// The byte offsets of the words of a folded keyword that its author wrote with a capital.
fn word_capitals(folded: &str, capital: &[bool]) -> Vec<usize> {
    let bytes = folded.as_bytes();
    (0..bytes.len())
        .filter(|&i| capital[i] && (i == 0 || bytes[i - 1] == b' '))
        .collect()
}

/// The other number of the last word of a folded phrase ("clean technology" and "clean
/// technologies", "fossil fuels" and "fossil fuel"), when it is a plain English word: not an
/// acronym, a number or a short word. A keyword of one word keeps its number: "partnerships with
/// third countries" are not "the partnership" between two countries.
fn inflections(folded: &str) -> Vec<String> {
    let Some((head, last)) = folded.rsplit_once(' ') else {
        return Vec::new();
    };
    if last.len() < 4 || !last.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let join = |word: String| format!("{head} {word}");
    let mut forms = Vec::new();
    let consonant_y = last.ends_with('y') && !last.ends_with(['a', 'e', 'o', 'u']) && {
        let before = last.as_bytes()[last.len() - 2];
        !b"aeiou".contains(&before)
    };
    if let Some(stem) = last.strip_suffix("ies") {
        forms.push(join(format!("{stem}y")));
    } else if last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("is")
    {
        forms.push(join(last[..last.len() - 1].to_string()));
    } else if consonant_y {
        forms.push(join(format!("{}ies", &last[..last.len() - 1])));
    } else if last.ends_with(['x', 'z']) || last.ends_with("ch") || last.ends_with("sh") {
        forms.push(join(format!("{last}es")));
    } else {
        forms.push(join(format!("{last}s")));
    }
    forms
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
    fn names_are_not_common_nouns_and_the_longest_keyword_wins() {
        let themes = vec![
            theme("relations", &[], &["summit", "relationship"]),
            theme("defence", &[], &["NATO", "Allies"]),
            theme(
                "eu",
                &[],
                &["Northern Ireland Protocol", "EU", "clean technology"],
            ),
            theme(
                "ni",
                &[],
                &["Northern Ireland", "Northern Ireland Protocol"],
            ),
            theme("research", &[], &["technology"]),
        ];
        let classifier = Classifier::new(&themes);
        assert_eq!(
            classifier.classify(None, "They prepared the NATO Summit together."),
            [1]
        );
        assert_eq!(classifier.classify(None, "Summit plans were made."), [0]);
        // A phrase both themes list counts for both; a shorter keyword inside a longer one
        // does not count on its own.
        assert_eq!(
            classifier.classify(None, "On the Northern Ireland Protocol they disagreed."),
            [2, 3]
        );
        assert_eq!(
            classifier.classify(None, "They invest in clean technology."),
            [2]
        );
        // The other number of a phrase's last word.
        assert_eq!(
            classifier.classify(None, "They invest in new, clean technologies."),
            [2]
        );
        // A name's capitals are part of it.
        assert!(classifier
            .classify(None, "They spoke as friends and allies.")
            .is_empty());
        assert_eq!(classifier.classify(None, "As NATO Allies they spoke."), [1]);
    }

    #[test]
    fn sentences_that_only_frame_a_paragraph_name_no_subject() {
        let themes = vec![
            theme("relations", &["Relations"], &["relationship"]),
            theme("defence", &[], &["NATO", "defence"]),
            theme("eu", &[], &["European Council", "EU"]),
        ];
        let classifier = Classifier::new(&themes);
        // A closing courtesy.
        assert!(classifier
            .classify(
                None,
                "They looked forward to seeing one another at the NATO Summit."
            )
            .is_empty());
        // What comes before the courtesy still counts.
        assert_eq!(
            classifier.classify(
                None,
                "They welcomed the close relationship, and looked forward to meeting at the NATO Summit."
            ),
            [0]
        );
        // And it does not frame when it names what they will discuss.
        assert_eq!(
            classifier.classify(
                None,
                "They looked forward to discussing co-operation with the EU, notably on defence."
            ),
            [1, 2]
        );
        // Who met whom, even under a heading.
        assert!(classifier
            .classify(
                Some("Relations"),
                "The Prime Minister met the President of the European Council in London."
            )
            .is_empty());
        // A pointer to another text takes no theme from its heading alone, but its words count.
        assert!(classifier
            .classify(Some("Relations"), "Read the Prime Minister's statement.")
            .is_empty());
        assert_eq!(
            classifier.classify(Some("Relations"), "Read the documents on defence."),
            [1]
        );
        // A line that introduces what follows.
        assert!(classifier
            .classify(None, "The NATO ministers met in Brussels and agreed to:")
            .is_empty());
        // The framing sentence is left out, the next one counts.
        assert_eq!(
            classifier.classify(
                None,
                "The Prime Minister met the President of the European Council. They discussed defence."
            ),
            [1]
        );
    }

    #[test]
    fn no_keyword_counts_inside_a_phrase_a_theme_sets_aside() {
        let meta: ThemeMeta = serde_yaml::from_str(
            "title: trade\nkeywords: [business]\nnot_keywords: [business model, United Kingdom of Great Britain and Northern Ireland]",
        )
        .expect("valid test theme");
        let themes = vec![
            Theme {
                slug: "trade".into(),
                source_path: "content/themes/trade.md".into(),
                meta,
                body: String::new(),
                body_line: 1,
            },
            theme("ni", &[], &["Northern Ireland"]),
        ];
        let classifier = Classifier::new(&themes);
        assert_eq!(classifier.classify(None, "Business leaders met."), [0]);
        assert!(classifier
            .classify(None, "They will break the business model of the gangs.")
            .is_empty());
        assert!(classifier
            .classify(
                None,
                "The United Kingdom of Great Britain and Northern Ireland and the Netherlands agree."
            )
            .is_empty());
        assert_eq!(classifier.classify(None, "In Northern Ireland, too."), [1]);
    }

    #[test]
    fn a_heading_gives_way_when_the_paragraph_names_only_other_subjects() {
        let classifier = Classifier::new(&themes());
        assert_eq!(
            classifier.classify(Some("Crime"), "Documents on people smuggling and energy."),
            [1, 3]
        );
        assert_eq!(classifier.classify(Some("Crime"), "Other matters."), [2]);
    }
}
