//! The words a theme requires beside its keywords (`requires`): a theme about two parties ("The
//! UK and the European Union") counts a paragraph only where the other party is named too. An
//! office among those words ("Prime Minister") stands for the whole statement only as the
//! publisher's own, written bare ([`bare_office`]).

use std::collections::HashSet;

use super::framing::FoldedText;
use super::parties::OFFICE_WORDS;
use super::passing::ROLE_WORDS;
use super::Classifier;
use crate::link::matcher::is_whole_word;

impl Classifier {
    /// The themes whose required words (`requires`) a folded paragraph uses: one is enough.
    pub(super) fn requirements_met(&self, folded: &FoldedText) -> HashSet<usize> {
        self.requirements_named(folded, |_, _| true)
    }

    /// [`Classifier::requirements_met`], counting only the required words found whose place
    /// (start and end in `folded`) `counts` accepts.
    pub(super) fn requirements_named(
        &self,
        folded: &FoldedText,
        counts: impl Fn(usize, usize) -> bool,
    ) -> HashSet<usize> {
        let mut met = HashSet::new();
        let Some(required) = &self.required else {
            return met;
        };
        for hit in required.find_overlapping_iter(&folded.text) {
            let (start, end) = (hit.start(), hit.end());
            let slot = hit.pattern().as_usize();
            if !is_whole_word(&folded.text, start, end)
                || self.required_capitals[slot]
                    .iter()
                    .any(|&offset| !folded.capital.get(start + offset).copied().unwrap_or(false))
                || !counts(start, end)
            {
                continue;
            }
            met.extend(self.required_themes[slot].iter().copied());
        }
        met
    }

    /// Whether folded words are, whole, one of the theme set's keywords ("brexit"): a subject,
    /// not a name of a side.
    pub(super) fn is_a_keyword(&self, words: &str) -> bool {
        self.keywords.as_ref().is_some_and(|keywords| {
            keywords
                .find_overlapping_iter(words)
                .any(|hit| hit.start() == 0 && hit.end() == words.len())
        })
    }
}

/// Acronyms of offices ("PM"), folded.
const OFFICE_ACRONYMS: &[&str] = &["pm"];

/// Whether folded words only name an office ("prime minister", "pm"), no country.
fn is_office(words: &str) -> bool {
    words.split(' ').all(|word| {
        ROLE_WORDS.contains(&word)
            || OFFICE_WORDS.contains(&word)
            || OFFICE_ACRONYMS.contains(&word)
    })
}

/// Whether the words at `start..end` name a country, or an office written as the publisher
/// writes its own: no capitalised word before it (a country's, "Danish Prime Minister"; an
/// office's own word, "Deputy", excepted), no country after it ("Prime Minister of Canada"),
/// and a holder named after it ("Prime Minister Stephen Harper") only when it opens the
/// sentence.
pub(super) fn bare_office(text: &FoldedText, start: usize, end: usize) -> bool {
    if !is_office(&text.text[start..end]) {
        return true;
    }
    let capital = |at: usize| text.capital.get(at).copied().unwrap_or(false);
    let before = text.text[..start].trim_end_matches(' ');
    let from = super::lists::word_start(before, char::is_alphanumeric);
    let owner_before = from < before.len()
        && capital(from)
        && !super::starts_sentence(&text.text, from)
        && !is_office(&before[from..]);
    let after = &text.text[end..];
    let next = end + after.len() - after.trim_start_matches(' ').len();
    let owner_after = text.text[next..].starts_with("of ") && {
        let next = next + 3 + usize::from(text.text[next + 3..].starts_with("the ")) * 4;
        capital(next)
    };
    // A holder named after it ("Prime Minister Stephen Harper") is the publisher's own leader
    // only as the subject that opens the sentence ("Prime Minister Boris Johnson met ...").
    let holder_after = next > end && !owner_after && capital(next);
    let sentence = text.sentence_starts.partition_point(|&at| at <= start);
    let opens = sentence > 0 && {
        let lead = text.text[text.sentence_starts[sentence - 1]..start].trim();
        lead.is_empty() || lead == "the"
    };
    !owner_before && !owner_after && (!holder_after || opens)
}
