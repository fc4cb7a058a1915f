//! The parties of a statement: the countries or bodies whose leaders or ministers meet or speak
//! in it. A party's name mostly says who speaks ("the Iranian foreign minister referred to ..."),
//! not what is treated: a region's theme should come from the region's affairs (another country
//! of it, a conflict, a place), not from the name of a party that happens to lie in it. And a
//! party the opening names is there in every paragraph, for a theme that requires it.

use super::framing::{meets, FoldedText};
use super::passing::{Reader, Use};
use super::Classifier;

/// How many paragraphs from the top are read for the meeting that names the parties: the
/// opening paragraph says who met whom, sometimes after a line or two of provenance.
const OPENING_PARAGRAPHS: usize = 3;

/// The parties of one statement, as the folded words that name them ("iraq", "iranian").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parties {
    names: Vec<String>,
    /// The themes whose `requires` words the opening meeting names: the other party is there.
    pub(super) required: Vec<usize>,
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
}

/// Whether two folded words are forms of one name: they share a stem of four letters or more
/// that leaves at most one letter of the shorter out ("chin" of "china" and "chinese"), so that
/// "Iran" is not "Iraq".
pub(super) fn same_stem(a: &str, b: &str) -> bool {
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let shorter = a.len().min(b.len());
    common >= 4 && common + 1 >= shorter
}

impl Classifier {
    /// The parties of a statement whose paragraphs are `paragraphs`, in order: the names that
    /// say whose leader or minister meets or speaks in the sentence of its opening paragraphs
    /// that tells the meeting ("Prime Minister of Iraq", "Iranian Foreign Minister"). Only names
    /// some theme holds matter, so only keywords are read.
    pub fn parties<'a>(&self, paragraphs: impl IntoIterator<Item = &'a str>) -> Parties {
        let mut names: Vec<String> = Vec::new();
        let mut required = Vec::new();
        let Some(keywords) = &self.keywords else {
            return Parties { names, required };
        };
        for text in paragraphs.into_iter().take(OPENING_PARAGRAPHS) {
            let folded = FoldedText::new(text);
            let reader = Reader::new(&folded);
            let mut met = false;
            for (index, &from) in folded.sentence_starts.iter().enumerate() {
                let to = folded
                    .sentence_starts
                    .get(index + 1)
                    .copied()
                    .unwrap_or(folded.text.len());
                if !meets(&folded.text[from..to]) {
                    continue;
                }
                met = true;
                for hit in keywords.find_overlapping_iter(&folded.text[from..to]) {
                    let (start, end) = (from + hit.start(), from + hit.end());
                    let keyword = self.pattern_keyword[hit.pattern().as_usize()];
                    // Places only: a country's name or adjective is one word with a capital; a
                    // body's name is an acronym or several words ("NATO Secretary-General": NATO's
                    // affairs are its theme's, whoever speaks for it).
                    let acronym = folded.capital[start..end].iter().filter(|&&c| c).count() > 1;
                    if self.keyword_lower[keyword]
                        || acronym
                        || folded.text[start..end].contains(' ')
                        || !super::super::matcher::is_whole_word(&folded.text, start, end)
                        || !folded.capital[start]
                    {
                        continue;
                    }
                    if reader.use_of(start, end, true) == Use::Role {
                        let word = folded.text[start..end].to_string();
                        if !names.contains(&word) {
                            names.push(word);
                        }
                    }
                }
            }
            if met {
                required = self.requirements_met(&folded).into_iter().collect();
                break;
            }
        }
        Parties { names, required }
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
