//! Text helpers shared by the pipeline: folding for matching, slugs for URLs, sentences.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Text folded for matching, with a map from each folded byte back to the original text.
///
/// Folding lowercases, strips accents ("Prüm" -> "prum"), applies compatibility forms
/// ("CO₂" -> "co2"), and writes every dash as "-" and every curly quote as a straight one, so that
/// a name matches however a document typed it.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original of the character it came from;
    /// one extra entry at the end holds the original's length.
    origin: Vec<usize>,
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (offset, character) in original.char_indices() {
            let before = text.len();
            fold_char(character, &mut text);
            origin.extend(std::iter::repeat_n(offset, text.len() - before));
        }
        origin.push(original.len());
        Folded { text, origin }
    }

    /// Maps a folded byte range back to the original's byte range.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let original_start = self.origin[start];
        // The end is the start of the first original character after the last folded byte; a
        // character can fold to several bytes, so skip the rest of its expansion. The final entry
        // is the original's length, which ends the scan.
        let original_end = if end <= start {
            original_start
        } else {
            let last = self.origin[end - 1];
            let mut next = end;
            while self.origin[next] == last {
                next += 1;
            }
            self.origin[next]
        };
        (original_start, original_end)
    }
}

/// Folds a short string (an alias, a keyword, a search word) the same way as [`Folded`].
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for character in text.chars() {
        fold_char(character, &mut folded);
    }
    folded
}

/// Appends `character` folded as [`fold`] folds it.
pub fn fold_char(character: char, out: &mut String) {
    match character {
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => out.push('"'),
        '\u{00A0}' | '\u{202F}' | '\u{2007}' => out.push(' '),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            for decomposed in std::iter::once(c).nfkd() {
                if !is_combining_mark(decomposed) {
                    out.extend(decomposed.to_lowercase());
                }
            }
        }
    }
}

/// Whether the character can be part of a word: matches must not start or end inside a word.
pub fn is_word_char(character: char) -> bool {
    character.is_alphanumeric() || character == '_'
}

/// A URL slug: lowercase ASCII letters and digits joined by single hyphens, at most `max` bytes,
/// cut at a word boundary.
pub fn slugify(text: &str, max: usize) -> String {
    let mut slug = String::new();
    for word in fold(text)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !slug.is_empty() && slug.len() + 1 + word.len() > max {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    slug.truncate(max);
    slug
}

/// The candidate closest to `written` when it is close enough to be what was meant (a typo:
/// `see_aslo` for `see_also`), for "did you mean" in error messages.
pub fn did_you_mean<'a>(
    written: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let written = written.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| {
            (
                strsim::jaro_winkler(&written, &candidate.to_lowercase()),
                candidate,
            )
        })
        // Below 0.8 the closest name is usually another word, not a typo of this one.
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, candidate)| candidate)
}

/// Whether a slug given by an author is safe as one URL path segment.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug != "."
        && slug != ".."
        && slug
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.')
        && !slug.starts_with('.')
}

/// Whether a link or image address has a scheme that runs a script (`javascript:`, `vbscript:`,
/// `data:`), however it is cased or split by whitespace and control characters (which browsers
/// drop from a URL's scheme).
pub fn runs_script(dest: &str) -> bool {
    let Some((scheme, _)) = dest.split_once(':') else {
        return false;
    };
    let scheme: String = scheme
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(scheme.as_str(), "javascript" | "vbscript" | "data")
}

/// Makes unique ids: `base`, then `base-2`, `base-3`, ... Each base remembers the last number it
/// gave, so that ids stay linear in time however often a heading repeats (a seed of 20,000
/// identical headings once took 40 s).
#[derive(Debug, Default)]
pub struct UniqueIds {
    used: std::collections::HashSet<String>,
    next: std::collections::HashMap<String, usize>,
}

impl UniqueIds {
    /// Marks `id` as taken, so that no base is given it.
    pub fn reserve(&mut self, id: &str) {
        self.used.insert(id.to_string());
    }

    /// A new id: `base` if it is free, else `base-N` with the smallest free N from 2.
    pub fn unique(&mut self, base: &str) -> String {
        let counter = self.next.entry(base.to_string()).or_insert(1);
        let mut id = if *counter == 1 {
            base.to_string()
        } else {
            format!("{base}-{counter}")
        };
        while self.used.contains(&id) {
            *counter += 1;
            id = format!("{base}-{counter}");
        }
        self.used.insert(id.clone());
        id
    }
}

/// Text with its whitespace tidied, gathered piece by piece: a run of whitespace holding a blank
/// line ("\n\n") becomes one, any other run one space, and there is none at either end. That is
/// the pieces joined, split at "\n\n", each part's words (`split_whitespace`) joined by a space,
/// and the parts that are not empty joined by "\n\n", without building the untidy text first
/// (`tidy_text_is_split_and_join` checks it, for every way of cutting a text into pieces).
///
/// The Markdown renderer gathers each body's plain text from thousands of small pieces; most
/// are printable ASCII with single spaces, which are copied in one piece after a quick check.
#[derive(Debug, Default)]
pub struct TidyText {
    text: String,
    /// The whitespace met since the last word.
    gap: Gap,
    /// Whether the last character pushed was a newline, as a "\n\n" may come in two pieces.
    after_newline: bool,
}

/// Whitespace between two words, from least to most.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    #[default]
    None,
    Space,
    BlankLine,
}

impl TidyText {
    /// An empty text with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        TidyText {
            text: String::with_capacity(capacity),
            ..TidyText::default()
        }
    }

    /// Adds `piece` at the end.
    pub fn push(&mut self, piece: &str) {
        if piece.is_empty() {
            return;
        }
        // Printable ASCII and spaces only: no other whitespace, no newline. The check runs over
        // every byte without stopping early, which the compiler turns into a few wide compares.
        let printable = piece
            .bytes()
            .fold(true, |all, byte| all & (b' '..=b'~').contains(&byte));
        if printable {
            let middle = piece.trim_matches(' ');
            if piece.starts_with(' ') {
                self.gap = self.gap.max(Gap::Space);
            }
            if !middle.contains("  ") {
                // Words and single spaces: copied as they are.
                if !middle.is_empty() {
                    self.word(middle);
                }
            } else {
                for (index, word) in middle.split(' ').enumerate() {
                    if index > 0 {
                        self.gap = self.gap.max(Gap::Space);
                    }
                    if !word.is_empty() {
                        self.word(word);
                    }
                }
            }
            if piece.ends_with(' ') {
                self.gap = self.gap.max(Gap::Space);
            }
            self.after_newline = false;
            return;
        }
        let mut word_start = None;
        for (at, character) in piece.char_indices() {
            if character.is_whitespace() {
                if let Some(start) = word_start.take() {
                    self.word(&piece[start..at]);
                }
                let gap = if character == '\n' && self.after_newline {
                    Gap::BlankLine
                } else {
                    Gap::Space
                };
                self.gap = self.gap.max(gap);
                self.after_newline = character == '\n';
            } else {
                word_start.get_or_insert(at);
                self.after_newline = false;
            }
        }
        if let Some(start) = word_start {
            self.word(&piece[start..]);
        }
    }

    /// Adds a run of characters that are not whitespace, after the gap met before it.
    fn word(&mut self, word: &str) {
        if !self.text.is_empty() {
            match self.gap {
                Gap::None => {}
                Gap::Space => self.text.push(' '),
                Gap::BlankLine => self.text.push_str("\n\n"),
            }
        }
        self.gap = Gap::None;
        self.text.push_str(word);
    }

    /// The tidied text.
    pub fn finish(self) -> String {
        self.text
    }
}

/// The byte ranges of a text's sentences, in order (Unicode sentence bounds). Split once and
/// look up with [`sentence_holding`]: a paragraph may hold thousands of things to place.
pub fn sentence_ranges(text: &str) -> Vec<(usize, usize)> {
    use unicode_segmentation::UnicodeSegmentation;
    text.split_sentence_bound_indices()
        .map(|(start, sentence)| (start, start + sentence.len()))
        .collect()
}

/// The range of the sentence that holds `offset`: the last of `sentences` (from
/// [`sentence_ranges`]) that starts at or before it; `None` for a text with no sentence.
pub fn sentence_holding(sentences: &[(usize, usize)], offset: usize) -> Option<(usize, usize)> {
    let after = sentences.partition_point(|&(start, _)| start <= offset);
    after.checked_sub(1).map(|index| sentences[index])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_found_in_the_sentence_that_holds_it() {
        let text = "They met on 3 May. A review follows in June 2026. Nothing more.";
        let sentences = sentence_ranges(text);
        let holding = |word: &str| {
            let (start, end) = sentence_holding(&sentences, text.find(word).unwrap()).unwrap();
            &text[start..end]
        };
        assert_eq!(holding("June"), "A review follows in June 2026. ");
        assert_eq!(holding("3 May"), "They met on 3 May. ");
        assert_eq!(holding("Nothing"), "Nothing more.");
        assert_eq!(sentence_holding(&sentence_ranges(""), 0), None);
    }

    #[test]
    fn folds_accents_subscripts_and_dashes() {
        assert_eq!(fold("Prüm"), "prum");
        assert_eq!(fold("CO₂"), "co2");
        assert_eq!(
            fold("European Union–United Kingdom"),
            "european union-united kingdom"
        );
        assert_eq!(fold("Iran’s"), "iran's");
    }

    #[test]
    fn maps_folded_ranges_back() {
        let original = "the Prüm arrangements and CO₂ storage";
        let folded = Folded::new(original);
        let start = folded.text.find("prum").unwrap();
        let (a, b) = folded.original_range(start, start + 4);
        assert_eq!(&original[a..b], "Prüm");
        let start = folded.text.find("co2").unwrap();
        let (a, b) = folded.original_range(start, start + 3);
        assert_eq!(&original[a..b], "CO₂");
    }

    #[test]
    fn slugs_are_plain() {
        assert_eq!(
            slugify("Prüm arrangements & CO₂", 60),
            "prum-arrangements-co2"
        );
        assert_eq!(slugify("A very long title indeed", 12), "a-very-long");
        assert!(!is_valid_slug("../x"));
        assert!(!is_valid_slug("a/b"));
        assert!(is_valid_slug("joint-statement-2025"));
    }

    #[test]
    fn unique_ids_number_repeats_in_linear_time() {
        let mut ids = UniqueIds::default();
        ids.reserve("start");
        assert_eq!(ids.unique("start"), "start-2");
        assert_eq!(ids.unique("a"), "a");
        ids.reserve("a-2");
        assert_eq!(ids.unique("a"), "a-3");
        assert_eq!(ids.unique("a-3"), "a-3-2");
        let started = std::time::Instant::now();
        for _ in 0..50_000 {
            ids.unique("same");
        }
        assert_eq!(ids.unique("same"), "same-50001");
        assert!(started.elapsed().as_secs() < 5);
    }

    #[test]
    fn script_urls_are_recognised_however_written() {
        for url in [
            "javascript:x",
            " JaVaScRiPt:x",
            "java\tscript:x",
            "vbscript:x",
            "data:x",
        ] {
            assert!(runs_script(url), "{url}");
        }
        for url in [
            "https://x.org/javascript:",
            "/javascript/",
            "mailto:a@b",
            "JavaScript tips",
        ] {
            assert!(!runs_script(url), "{url}");
        }
    }

    #[test]
    fn did_you_mean_finds_typos_and_nothing_else() {
        let keys = ["title", "summary", "see_also", "sources"];
        assert_eq!(did_you_mean("see_aslo", keys), Some("see_also"));
        assert_eq!(did_you_mean("Titel", keys), Some("title"));
        assert_eq!(did_you_mean("source", keys), Some("sources"));
        assert_eq!(did_you_mean("colour", keys), None);
    }
}
