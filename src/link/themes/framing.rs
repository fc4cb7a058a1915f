//! Which sentences of a paragraph only frame it: who met or spoke to whom, a closing courtesy,
//! the line that introduces what follows. Their words are names in passing, not subjects.

use super::fold_with_capitals;

/// Phrases of the courtesy that closes a readout: the sentence is about the next meeting, not
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

/// Words after a courtesy's phrase that announce work ahead, whose subject the sentence names.
const WORK_AHEAD: &[&str] = &[
    "discuss",
    "working together",
    "working with",
    "working closely",
    // "looked forward to a long and close working relationship": the relationship ahead.
    "working relationship",
    // "looked forward to further strengthening the relationship": the work ahead is named.
    "strengthen",
    "deepen",
    // "looked forward to continuing their long-standing relationship": it goes on, named.
    "continuing",
];

/// Phrases that say who met or spoke to whom.
const MEETING_PHRASES: &[&str] = &[
    " met ",
    " meets ",
    " meet with ",
    " spoke to ",
    " spoke with ",
    " speaks to ",
    " speaks with ",
    " spoke by ",
    " held a ",
    " hold a ",
    " holds a ",
    " was joined by ",
    // "a telephone conversation was held between the Minister of ... and ...".
    " was held between ",
    " had a telephone conversation with ",
    " had a phone call with ",
    " were joined by ",
    " will travel to ",
    " travelled to ",
    " visited ",
    // "paid a state visit to", "paid a courtesy call on": who went to whom, as "visited" says.
    " paid a ",
    " paid an ",
    // The one received says who met whom as "met" does.
    " received a ",
    " was received by ",
    " were received by ",
    // A meeting announced says who will meet whom, as one told does.
    " will meet ",
    " will be received by ",
    " expected to meet ",
    " expected to have a ",
    // Where a meeting was and who stood for each side: "The summit took place in Brussels",
    // "The EU was represented by the Presidents of ...", "... also attended the summit".
    " took place in ",
    " took place on ",
    " was represented by ",
    " were represented by ",
    " also attended ",
    // "The Prime Minister attended the Forum Leaders' Meeting in Tonga": who went where.
    " attended the ",
];

/// Words that give a meeting sentence a subject of its own ("met ... to discuss energy").
const SUBJECT_PHRASES: &[&str] = &[
    "discuss",
    "agree",
    " about ",
    "regarding",
    "condemn",
    " sign",
    // "They also announced new areas of cooperation thanks to:": what is announced is named.
    " announced ",
    "reaffirm",
    "stress",
    "underline",
    "emphasi",
    "welcome",
    "commit",
    " review",
    // "During today's negotiations, which took place in a spirit of ..., we examined in detail
    // the entire range of relations": what was examined is named.
    "examin",
    " support",
    " on the ",
    " to attend ",
    // "Under the distinguished ties and historic relations between ..., the Prince visited
    // the UAE": the bond the visit serves is named.
    "relations between",
    // "expressed their shared ambition for this partnership between France and Morocco to
    // embody:": a line introducing what follows may name the bond it serves.
    "partnership between",
    "relationship between",
    "cooperation between",
    // "will meet in Belfast tomorrow, and will continue to engage closely with the parties in
    // Northern Ireland": the work that goes on is named.
    " continue to ",
    // "paid a working visit to Cyprus to deepen cooperation through trade": the visit's
    // purpose is named.
    " to deepen ",
    " to strengthen ",
];

/// Imperatives that open a sentence pointing the reader to another text.
const POINTER_VERBS: &[&str] = &["read ", "see ", "find out ", "watch ", "download ", "view "];

/// Whether a folded sentence tells who met or spoke to whom, whatever else it says.
pub(super) fn meets(folded: &str) -> bool {
    let padded = format!(" {} ", folded.trim_end());
    MEETING_PHRASES.iter().any(|p| padded.contains(p))
}

/// Why a sentence only frames its paragraph, so that its words name no subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// A closing courtesy ("looked forward to seeing one another at the NATO Summit").
    Closing,
    /// Who met or spoke to whom, and nothing about what.
    Meeting,
    /// The line that introduces what follows (the paragraph ends with a colon).
    Introduction,
    /// A pointer to another text ("Read the Prime Minister's statement."): its words still
    /// count, but it takes no theme from its heading alone.
    Pointer,
}

impl Framing {
    /// Reads one sentence, folded as [`super::fold_for_keywords`] folds it; `last` when it ends the
    /// paragraph. `None`: the sentence treats something, and its words count.
    fn of(folded: &str, last: bool) -> Option<Framing> {
        let trimmed = folded.trim_end();
        let padded = format!(" {trimmed} ");
        // A line that introduces what follows, unless it says what about: "... have issued the
        // following joint statement welcoming the decisions to apply for NATO membership:".
        if last && trimmed.ends_with(':') && !SUBJECT_PHRASES.iter().any(|p| padded.contains(p)) {
            return Some(Framing::Introduction);
        }
        // "looked forward to discussing co-operation on defence", "looked forward to working
        // together on ... trade" still name their subjects: work ahead, not a courtesy.
        if CLOSING_PHRASES.iter().any(|p| folded.contains(p))
            && !WORK_AHEAD.iter().any(|w| folded.contains(w))
        {
            return Some(Framing::Closing);
        }
        if POINTER_VERBS
            .iter()
            .any(|v| trimmed.trim_start().starts_with(v))
        {
            return Some(Framing::Pointer);
        }
        // "On the sidelines of the summit" says where they met, not on what; a leader
        // "supported by" an official says who came along, not a cause the meeting backed.
        let place = padded
            .replace(" on the sidelines", " ")
            .replace(" supported by ", " ");
        if MEETING_PHRASES.iter().any(|p| padded.contains(p))
            && !SUBJECT_PHRASES.iter().any(|p| place.contains(p))
        {
            return Some(Framing::Meeting);
        }
        None
    }

    /// What the sentence does, in words for `accord check --explain-themes`.
    pub fn describe(self) -> &'static str {
        match self {
            Framing::Closing => "a closing courtesy",
            Framing::Meeting => "who met or spoke to whom",
            Framing::Introduction => "a line introducing what follows",
            Framing::Pointer => "a pointer to another text (its words count, its heading does not)",
        }
    }
}

/// A paragraph folded for keyword matching, sentence by sentence.
pub(super) struct FoldedText {
    /// The folded text ([`super::fold_for_keywords`]).
    pub(super) text: String,
    /// For each byte of `text`, whether it comes from a capital.
    pub(super) capital: Vec<bool>,
    /// For each byte of `text`, whether it was a hyphen (folded to a space).
    pub(super) hyphen: Vec<bool>,
    /// Where each sentence starts in `text`, in order.
    pub(super) sentence_starts: Vec<usize>,
    /// The start and end (in `text`) of each sentence that only frames the paragraph, in order.
    framing: Vec<(usize, usize)>,
    /// The same sentences as written, with why each only frames.
    pub(super) framed: Vec<(String, Framing)>,
    /// Whether every sentence with words only frames the paragraph.
    all_framing: bool,
    /// Whether the paragraph is written all in capitals ("TACKLING THE PANDEMIC"), as some
    /// copies set a statement: its capitals then tell no name from a common noun.
    pub(super) shouted: bool,
}

/// Whether `text` writes its words all in capitals: it has letters enough to tell (a heading
/// of one acronym, "NATO", is no shouted paragraph) and none of them in lower case.
fn shouted(text: &str) -> bool {
    let mut letters = text.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= SHOUTED_LETTERS && !letters.any(char::is_lowercase)
}

/// The fewest letters of a paragraph written all in capitals that make it a shouted one.
const SHOUTED_LETTERS: usize = 40;

/// Titles written with a full stop before a name ("Mr. Damien Tsogtbaatar"): the sentence goes on
/// after them, though the stop and the capital look like a sentence's end.
const TITLES: &[&str] = &["Mr.", "Mrs.", "Ms.", "Dr.", "Prof."];

/// The sentences of `text`, a title's full stop ending none.
fn sentences(text: &str) -> Vec<&str> {
    use unicode_segmentation::UnicodeSegmentation;
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for piece in text.split_sentence_bounds() {
        let end = at + piece.len();
        match bounds.last_mut() {
            Some(last) if after_a_title(&text[last.0..last.1]) => last.1 = end,
            _ => bounds.push((at, end)),
        }
        at = end;
    }
    bounds
        .into_iter()
        .map(|(from, to)| &text[from..to])
        .collect()
}

/// Whether `sentence` ends with a title's full stop ("... the Minister of Mongolia, Mr.").
fn after_a_title(sentence: &str) -> bool {
    let trimmed = sentence.trim_end();
    TITLES.iter().any(|title| {
        trimmed
            .strip_suffix(title)
            .is_some_and(|before| !before.ends_with(char::is_alphanumeric))
    })
}

impl FoldedText {
    pub(super) fn new(text: &str) -> Self {
        let sentences = sentences(text);
        let mut folded = String::with_capacity(text.len());
        let mut capital = Vec::with_capacity(text.len());
        let mut hyphen = Vec::with_capacity(text.len());
        let mut sentence_starts = Vec::new();
        let mut framing = Vec::new();
        let mut framed = Vec::new();
        let mut any_treats = false;
        let last_words = sentences
            .iter()
            .rposition(|s| s.chars().any(char::is_alphanumeric));
        for (index, sentence) in sentences.iter().enumerate() {
            let start = folded.len();
            sentence_starts.push(start);
            let (part, part_capital) = fold_with_capitals(sentence);
            folded.push_str(&part);
            capital.extend(part_capital);
            // `fold` is the same folding with hyphens kept: one byte for one.
            hyphen.extend(crate::text::fold(sentence).bytes().map(|b| b == b'-'));
            if !sentence.chars().any(char::is_alphanumeric) {
                continue;
            }
            match Framing::of(&folded[start..], Some(index) == last_words) {
                Some(why) => {
                    // A courtesy governs only what follows it: "welcomed the strong bilateral
                    // relationship, and looked forward to ..." still treats the relationship.
                    let from = match why {
                        Framing::Closing => CLOSING_PHRASES
                            .iter()
                            .filter_map(|p| folded[start..].find(p))
                            .min()
                            .map_or(start, |at| start + at),
                        _ => start,
                    };
                    if why != Framing::Pointer {
                        framing.push((from, folded.len()));
                    }
                    framed.push((sentence.trim().to_string(), why));
                }
                None => any_treats = true,
            }
        }
        FoldedText {
            text: folded,
            capital,
            hyphen,
            sentence_starts,
            all_framing: !any_treats && !framed.is_empty(),
            shouted: shouted(text),
            framing,
            framed,
        }
    }

    /// Whether byte `at` lies in a sentence that only frames the paragraph.
    pub(super) fn framing(&self, at: usize) -> bool {
        // Sentences come in order: the one that could hold `at` is the last starting at or before it.
        let after = self.framing.partition_point(|&(start, _)| start <= at);
        after > 0 && at < self.framing[after - 1].1
    }

    /// Whether the paragraph only frames: it treats no subject.
    pub(super) fn all_framing(&self) -> bool {
        self.all_framing
    }
}

/// Words that open a clause of concession: what follows is a circumstance the sentence
/// grants, not its subject.
const CONCESSIONS: &[&str] = &["despite", "notwithstanding"];

/// Whether the word at `start` stands in a clause of concession ("despite restrictions caused
/// by the COVID-19 pandemic"), which runs from its opening word to the clause's end, or in a
/// clause that opens with "ahead of" an event.
pub(super) fn conceded(text: &str, start: usize) -> bool {
    let clause = text[..start]
        .rfind([',', '.', ';', ':', '(', '–'])
        .map_or(0, |at| at + 1);
    text[clause..start]
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| CONCESSIONS.contains(&word))
        || text[clause..start].contains("in spite of ")
        // A clause that dates what follows by an event ("Ahead of the second anniversary of
        // the Russian invasion, our meeting takes place ...") grants a circumstance too.
        || text[clause..start].trim_start().starts_with("ahead of ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_all_in_capitals_is_shouted_and_an_acronym_is_not() {
        let copy = FoldedText::new(
            "TACKLING THE PANDEMIC AND ITS INTERTWINED HEALTH, SOCIAL AND ECONOMIC IMPACTS IS OUR \
             ABSOLUTE PRIORITY.",
        );
        assert!(copy.shouted);
        assert!(!FoldedText::new("NATO and the EU").shouted);
        assert!(!FoldedText::new("UK-EU SUMMIT").shouted);
        // Its common nouns count though written with a capital.
        let themes = [crate::link::themes::tests::theme(
            "health",
            &[],
            &["pandemic", "health"],
        )];
        let classifier = crate::link::themes::Classifier::new(&themes);
        let text = "WE ARE DEEPLY SADDENED BY THE TRAGIC LOSS OF LIFE. TACKLING THE PANDEMIC AND \
                    ITS HEALTH IMPACTS IS OUR ABSOLUTE PRIORITY.";
        assert_eq!(classifier.classify(None, text), [0]);
    }

    #[test]
    fn where_a_meeting_took_place_and_who_stood_for_each_side_frame() {
        let text = FoldedText::new(
            "The EU-NATO Summit took place in Brussels on 5 May. The EU was represented by the \
             President of the European Council. The NATO Secretary General also attended the \
             summit.",
        );
        assert!(text.all_framing());
        let attended = FoldedText::new(
            "From 27 to 29 August, the Prime Minister attended the 53rd Pacific Islands Forum \
             (PIF) Leaders' Meeting in Tonga.",
        );
        assert!(attended.all_framing());
    }

    #[test]
    fn who_came_along_to_a_meeting_names_no_cause() {
        assert!(FoldedText::new(
            "The Prime Minister, supported by the Foreign Secretary, met the President of \
             Ruritania ahead of the Regional Forum meeting at the Forum Secretariat."
        )
        .all_framing());
        // What the meeting backs is still its subject.
        assert!(!FoldedText::new(
            "The Prime Minister met the President of Ruritania and voiced support for its reforms."
        )
        .all_framing());
    }

    #[test]
    fn a_visit_paid_says_who_went_to_whom_unless_its_purpose_is_named() {
        assert!(FoldedText::new(
            "At the invitation of the King of Ruritania, the President paid a state visit to \
             Ruritania on 3 and 4 May."
        )
        .all_framing());
        assert!(
            FoldedText::new("The Secretary paid an official visit to Ruritania.").all_framing()
        );
        assert!(!FoldedText::new(
            "The Minister paid a working visit to Ruritania to deepen cooperation in fisheries."
        )
        .all_framing());
    }

    #[test]
    fn what_a_meeting_examined_is_named() {
        assert!(!FoldedText::new(
            "During today's negotiations, which took place in a spirit of mutual understanding, \
             we examined in detail the entire range of relations."
        )
        .all_framing());
    }

    #[test]
    fn a_line_introducing_what_was_announced_names_it() {
        assert!(
            !FoldedText::new("They also announced new areas of cooperation thanks to:")
                .all_framing()
        );
        assert!(
            FoldedText::new("During the summit, ministers made the following announcements:")
                .all_framing()
        );
    }

    /// A title's full stop before a name ("Mr. Alan Brown") ends no sentence, so a meeting's
    /// sentence goes on to its end and frames it all; a full stop before a title still does.
    #[test]
    fn a_titles_full_stop_ends_no_sentence() {
        let text = FoldedText::new(
            "The Minister met with the Minister of Ruritania, Mr. Alan Brown, at the United \
             Nations Headquarters in Geneva.",
        );
        assert_eq!(text.sentence_starts.len(), 1);
        assert!(text.all_framing());
        assert_eq!(
            sentences("They met in Oslo. Dr. Jane Smith spoke on trade."),
            ["They met in Oslo. ", "Dr. Jane Smith spoke on trade."]
        );
        assert_eq!(
            sentences("The sentence ends with Dr. Who is next?").len(),
            1
        );
        assert_eq!(sentences("It was Mr. No.").len(), 1);
    }
}
