//! Names formed otherwise than by a kind word at their end: a format named by the count of the
//! states in it ("the 3+1 mechanism"), an agenda named by its year ("Agenda 2063", "the 2030
//! Agenda"), a call to action named by where it was made ("the Christchurch Call to Action"),
//! a named operation that states take part in ("Greece's participation in Operation
//! Prosperity Guardian"), and a formation that framework nations lead ("the Enhanced Forward
//! Presence framework nations"), and a grouping named in quotation marks ("the “Friends of
//! the Western Balkans” group"), and an organisation named after its founding document ("the
//! Charter of the United Nations").

use super::vocabulary::{KINDS, LEADING};
use super::{is_capitalised, push_once, Candidate, Word};

/// Lower-case nouns that a count of states names as a format: "the 3+1 mechanism", "the 2+2
/// dialogue".
const FORMAT_NOUNS: &[&str] = &[
    "mechanism",
    "format",
    "dialogue",
    "framework",
    "initiative",
    "ministerial",
];

/// Words before a named operation that say a state takes part in it, as in a formation
/// several countries join: "participation in", "contribution to", "joined". An operation only
/// remembered ("the anniversary of Operation Market Garden") is history, no instrument.
const TAKING_PART: &[&str] = &[
    "participation in",
    "participating in",
    "participate in",
    "participates in",
    "contribution to",
    "contributions to",
    "contributing to",
    "contributes to",
    "support to",
    "part of",
    "join",
    "joins",
    "joined",
    "joining",
];

/// The most capitalised words an operation's name has after "Operation".
const MOST_OPERATION_WORDS: usize = 3;

/// Lower-case nouns after a quoted name that make it a grouping of states: "the “Friends of the
/// Western Balkans” group", "the “Weimar Triangle” format".
const GROUPINGS: &[&str] = &["group", "format", "initiative", "process"];

/// The most words a quoted grouping's name has.
const MOST_QUOTED_WORDS: usize = 7;

/// The byte ranges of names in quotation marks that a grouping's noun follows ("the “Friends of
/// the Western Balkans” group"): capitalised words, joining words between them. A quotation
/// of speech is a sentence, and no grouping's noun follows it.
fn quoted_groupings(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (open, close) in [('“', '”'), ('"', '"')] {
        let mut from = 0;
        while let Some(at) = text[from..].find(open) {
            let start = from + at + open.len_utf8();
            let Some(length) = text[start..].find(close) else {
                break;
            };
            let end = start + length;
            from = end + close.len_utf8();
            let inside = &text[start..end];
            let words: Vec<&str> = inside.split_whitespace().collect();
            let named = (2..=MOST_QUOTED_WORDS).contains(&words.len())
                && words.first().is_some_and(|w| is_capitalised(w))
                && words.last().is_some_and(|w| is_capitalised(w))
                && words
                    .iter()
                    .all(|w| is_capitalised(w) || matches!(*w, "of" | "the" | "and" | "for"));
            let noun = text[from..]
                .split_whitespace()
                .next()
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()));
            if named && noun.is_some_and(|n| GROUPINGS.contains(&n)) {
                found.push((start, end));
            }
        }
    }
    found
}

/// The byte ranges of names whose kind word a quotation completes: "the Declaration on “the
/// reinforced exceptional partnership”", "Joint Declaration on ‘Reinforced Exceptional
/// Partnership’". The name runs from the capitalised words before the kind word to the closing
/// quotation mark; what the quotation holds may be in lower case.
fn quoted_subjects(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (open, close) in [('“', '”'), ('‘', '’'), ('"', '"'), ('\'', '\'')] {
        for (at, _) in text.match_indices(open) {
            let before = &text[..at];
            let Some(head) = before
                .strip_suffix("on ")
                .or_else(|| before.strip_suffix("of "))
            else {
                continue;
            };
            let head = head.trim_end();
            let kind = head.rsplit(' ').next().unwrap_or(head);
            if !KINDS.contains(&kind) {
                continue;
            }
            let inside = at + open.len_utf8();
            let Some(length) = text[inside..].find(close) else {
                continue;
            };
            let quoted = &text[inside..inside + length];
            if quoted.is_empty() || quoted.split_whitespace().count() > MOST_QUOTED_WORDS {
                continue;
            }
            // "Joint Declaration": the capitalised words before the kind word are its name's.
            let mut start = head.len() - kind.len();
            for word in head[..start].split_whitespace().rev() {
                if !is_capitalised(word) || LEADING.contains(&word) {
                    break;
                }
                start = text[..start].trim_end().len() - word.len();
            }
            found.push((start, inside + length + close.len_utf8()));
        }
    }
    found
}

/// Documents that an organisation has as its own, named after it with "of the": "the Charter
/// of the United Nations", "the Statute of the International Criminal Court".
const FOUNDING_DOCUMENTS: &[&str] = &["Charter", "Statute", "Constitution", "Covenant"];

/// Last words of an organisation named after its founding document ("United Nations",
/// "African Union", "World Health Organization").
const ORGANISATION_ENDINGS: &[&str] = &["Nations", "Union", "Organisation", "Organization"];

/// The organisations that the names found own as their founding document ("Charter of the
/// United Nations" gives "United Nations"), as byte ranges: an organisation named inside a
/// longer name is named too.
fn owners_of_documents(text: &str, names: &[Candidate]) -> Vec<(usize, usize)> {
    names
        .iter()
        .filter_map(|n| {
            let name = &text[n.start..n.end];
            let (document, owner) = name.split_once(" of the ")?;
            let words: Vec<&str> = owner.split_whitespace().collect();
            let named = FOUNDING_DOCUMENTS.contains(&document)
                && words.len() >= 2
                && words
                    .last()
                    .is_some_and(|w| ORGANISATION_ENDINGS.contains(w));
            named.then(|| (n.end - owner.len(), n.end))
        })
        .collect()
}

/// Whether `word` counts states joined by a plus: "3+1", "5+5", "2+2".
fn is_count_of_states(word: &str) -> bool {
    let mut parts = word.split('+');
    let count = parts.clone().count();
    count >= 2 && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `word` is a year as agendas are named by one: four digits, 1900 to 2099.
fn is_year(word: &str) -> bool {
    word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.bytes().all(|b| b.is_ascii_digit())
}

/// Adds the names formed otherwise than by a kind word at their end to `names`, where no name
/// found already covers them.
pub(super) fn formed_names(text: &str, words: &[Word], names: &mut Vec<Candidate>) {
    let word = |k: usize| &text[words[k].start..words[k].end];
    let joined =
        |k: usize| k + 1 < words.len() && !words[k].stop_after && !words[k + 1].stop_before;
    // The first of the capitalised words, joined to each other, that end at word `last`.
    let run_start = |last: usize| {
        let mut first = last;
        while first > 0
            && !words[first - 1].stop_after
            && !words[first].stop_before
            && is_capitalised(word(first - 1))
            && !LEADING.contains(&word(first - 1))
        {
            first -= 1;
        }
        first
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    // "the ASEAN Community Vision 2025": a vision named by the year it looks to, after the
    // capitalised words that say whose; it holds a name found inside it ("ASEAN Community").
    let mut visions: Vec<(usize, usize)> = Vec::new();
    for k in 0..words.len() {
        if word(k) == "Vision" && joined(k) && is_year(word(k + 1)) {
            visions.push((words[run_start(k)].start, words[k + 1].end));
        }
        // "the 3+1 mechanism": a format of the states counted.
        if is_count_of_states(word(k)) && joined(k) && FORMAT_NOUNS.contains(&word(k + 1)) {
            found.push((k, k + 1));
        }
        // "Agenda 2063", "the 2030 Agenda".
        if word(k) == "Agenda" && joined(k) && is_year(word(k + 1)) {
            found.push((k, k + 1));
        }
        if is_year(word(k)) && joined(k) && word(k + 1) == "Agenda" {
            found.push((k, k + 1));
        }
        // "the Christchurch Call to Action": the capitalised words before name the call.
        if word(k) == "Call"
            && k > 0
            && joined(k)
            && word(k + 1) == "to"
            && joined(k + 1)
            && word(k + 2) == "Action"
        {
            let first = run_start(k);
            if first < k {
                found.push((first, k + 2));
            }
        }
        // "the Enhanced Forward Presence framework nations": the nations that lead a
        // multinational formation, named by the capitalised words before them.
        if word(k) == "framework"
            && joined(k)
            && matches!(word(k + 1), "nation" | "nations")
            && k > 0
            && !words[k].stop_before
            && !words[k - 1].stop_after
        {
            let first = run_start(k - 1);
            let named = (first..k).all(|w| is_capitalised(word(w)) && !LEADING.contains(&word(w)));
            if k - first >= 2 && named {
                found.push((first, k - 1));
            }
        }
        // "participation in Operation Prosperity Guardian".
        if word(k) == "Operation" && k > 0 && !words[k].stop_before {
            let mut last = k;
            while last - k < MOST_OPERATION_WORDS
                && joined(last)
                && is_capitalised(word(last + 1))
                && !LEADING.contains(&word(last + 1))
            {
                last += 1;
            }
            let before = text[..words[k].start].trim_end().to_lowercase();
            let taking_part = TAKING_PART.iter().any(|cue| {
                before.ends_with(cue)
                    && before[..before.len() - cue.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            });
            if last > k && taking_part {
                found.push((k, last));
            }
        }
    }
    let spans = found
        .into_iter()
        .map(|(first, last)| (words[first].start, words[last].end))
        .chain(quoted_groupings(text));
    for (start, end) in spans {
        if !names.iter().any(|n| n.start < end && start < n.end) {
            names.push(Candidate::without_acronym(start, end));
        }
    }
    for (start, end) in visions {
        names.retain(|n| !(start <= n.start && n.end <= end));
        names.push(Candidate::without_acronym(start, end));
    }
    // A kind word whose quotation completes it: the whole name, in place of the quotation's.
    for (start, end) in quoted_subjects(text) {
        names.retain(|n| !(start <= n.start && n.end <= end));
        names.push(Candidate::without_acronym(start, end));
    }
    // Inside a name found: no overlap test, only the same name twice is left out.
    for (start, end) in owners_of_documents(text, names) {
        push_once(names, start, end);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn formats_agendas_calls_and_operations_are_named() {
        assert_eq!(
            names("cooperation through the 3+1 mechanism with Cyprus"),
            ["3+1 mechanism"]
        );
        assert_eq!(
            names("Malta's role in the 5+5 Defence Initiative and"),
            ["5+5 Defence Initiative"]
        );
        assert_eq!(
            names("activities in support of Agenda 2063."),
            ["Agenda 2063"]
        );
        assert_eq!(names("the 2030 Agenda is shared"), ["2030 Agenda"]);
        assert_eq!(
            names("the implementation of the ASEAN Community Vision 2025, and"),
            ["ASEAN Community Vision 2025"]
        );
        assert_eq!(
            names("as part of the Christchurch Call to Action, and"),
            ["Christchurch Call to Action"]
        );
        assert_eq!(
            names("Greece's participation in Operation Prosperity Guardian."),
            ["Operation Prosperity Guardian"]
        );
        assert_eq!(
            names("the dedication of the Enhanced Forward Presence framework nations and"),
            ["Enhanced Forward Presence"]
        );
        assert!(names("the British framework nation role").is_empty());
        assert_eq!(
            names("its active role in the “Friends of the Western Balkans” group."),
            ["Friends of the Western Balkans"]
        );
        assert!(names("he said “Never Again” to them").is_empty());
        assert_eq!(
            names("signed the Declaration on “the reinforced exceptional partnership” between"),
            ["Declaration on “the reinforced exceptional partnership”"]
        );
        assert_eq!(
            names("the Joint Declaration on ‘Reinforced Exceptional Partnership’ was"),
            ["Joint Declaration on ‘Reinforced Exceptional Partnership’"]
        );
        assert!(names("the statement on “peace” was read").is_empty());
        assert_eq!(
            names("enshrined in the Charter of the United Nations, including"),
            ["Charter of the United Nations", "United Nations"]
        );
    }

    #[test]
    fn counts_years_and_remembered_operations_name_nothing() {
        assert!(names("the anniversary of Operation Market Garden").is_empty());
        assert!(names("a 2+2 increase in 2020").is_empty());
        assert!(names("They issued a call to action in 2020.").is_empty());
        assert!(names("the agenda for 2063 was set").is_empty());
    }
}
