//! Finding names in the seeds that look like instruments: a run of capitalised words ending in
//! "Agreement", "Convention", "Council", ...; a name given with its acronym ("North Atlantic
//! Treaty Organisation (NATO)", kept whole across "and" when the acronym spells its initials:
//! "Organisation for Security and Cooperation in Europe (OSCE)"); a bare acronym of an
//! organisation. A body's event names the body too ("Council of Europe Summit"), and a meeting
//! of a named body is not part of its name ("a European Political Community meeting").
//! `accord check` reports those no instrument or glossary term declares, and `accord suggest`
//! drafts their pages.

use std::collections::BTreeMap;

use unicode_segmentation::UnicodeSegmentation;

use crate::build::Site;
use crate::text::fold;

mod described;
mod possessed;
mod vocabulary;

use described::described_agreement;
use possessed::possessed_names;

use vocabulary::{
    COUNTS, EQUIPMENT, EVENTS, EVENT_KINDS, FIRST_KINDS, FORWARD_JOINERS, JOINERS, KINDS, LEADING,
    LOWER_KINDS, NATIONALITY_ENDINGS, NOT_ACRONYMS, OFFICES, PREFIXES, WEEKDAYS,
};

/// A name no instrument or glossary term declares, gathered over every seed.
#[derive(Debug, Clone)]
pub struct Undeclared {
    /// The name as first written.
    pub name: String,
    /// Its acronym, when a text gives one.
    pub acronym: Option<String>,
    /// Every other form written (case or spelling variants), as written.
    pub forms: Vec<String>,
    /// Where it is named, in document order.
    pub places: Vec<Naming>,
}

/// One sentence naming an undeclared instrument.
#[derive(Debug, Clone)]
pub struct Naming {
    /// Index of the document in the site's documents.
    pub document: usize,
    /// The paragraph's id (`p-3`).
    pub paragraph: String,
    /// The paragraph's line in the seed.
    pub line: usize,
    /// The sentence, trimmed.
    pub sentence: String,
}

/// Every undeclared name in the site's seeds, in order of first appearance.
pub fn undeclared(site: &Site) -> Vec<Undeclared> {
    let matcher = crate::link::Matcher::new(&site.content.instruments, &site.content.glossary).ok();
    let mut found: Vec<Undeclared> = Vec::new();
    // Folded name or acronym -> index in `found`.
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    for (d, document) in site.documents.iter().enumerate() {
        for (_, paragraph) in document.paragraphs() {
            let text = &paragraph.text;
            let declared: Vec<(usize, usize)> = matcher
                .as_ref()
                .map(|m| m.find(text).into_iter().map(|f| (f.start, f.end)).collect())
                .unwrap_or_default();
            for candidate in names_in(text) {
                if declared
                    .iter()
                    .any(|&(s, e)| s < candidate.end && candidate.start < e)
                {
                    continue;
                }
                let name = &text[candidate.start..candidate.end];
                let key = fold(name);
                let slot = match (index.get(&key).copied(), &candidate.acronym) {
                    (Some(slot), _) => slot,
                    (None, Some(acronym)) if index.contains_key(&fold(acronym)) => {
                        // The acronym came first, bare: the name now teaches what it means.
                        let slot = index[&fold(acronym)];
                        let entry = &mut found[slot];
                        entry
                            .forms
                            .push(std::mem::replace(&mut entry.name, name.to_string()));
                        slot
                    }
                    (None, _) => {
                        found.push(Undeclared {
                            name: name.to_string(),
                            acronym: None,
                            forms: Vec::new(),
                            places: Vec::new(),
                        });
                        found.len() - 1
                    }
                };
                index.insert(key, slot);
                let entry = &mut found[slot];
                if let Some(acronym) = &candidate.acronym {
                    index.insert(fold(acronym), slot);
                    entry.acronym.get_or_insert_with(|| acronym.clone());
                }
                if name != entry.name
                    && entry.acronym.as_deref() != Some(name)
                    && !entry.forms.iter().any(|f| f == name)
                {
                    entry.forms.push(name.to_string());
                }
                let sentence = text
                    .split_sentence_bound_indices()
                    .filter(|(start, _)| *start <= candidate.start)
                    .last()
                    .map_or(text.as_str(), |(_, s)| s)
                    .trim()
                    .to_string();
                let naming = Naming {
                    document: d,
                    paragraph: paragraph.id.clone(),
                    line: paragraph.line,
                    sentence,
                };
                if !entry.places.iter().any(|p| {
                    p.document == d
                        && p.paragraph == naming.paragraph
                        && p.sentence == naming.sentence
                }) {
                    entry.places.push(naming);
                }
            }
        }
    }
    found
}

/// Whether `word` is a kind word that a following event noun is not part of.
fn ends_in_kind(word: &str) -> bool {
    let bare = word.strip_suffix('s').unwrap_or(word);
    word != "Ministerial" && (KINDS.contains(&word) || KINDS.contains(&bare))
}

/// A likely instrument name in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Byte range of the name.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The acronym the text gives it: "North Atlantic Treaty Organisation (NATO)".
    pub acronym: Option<String>,
}

struct Word {
    start: usize,
    end: usize,
    /// Punctuation right after the word ends the name there.
    stop_after: bool,
    /// Punctuation right before the word (an opening bracket or quote) starts a name there.
    stop_before: bool,
}

/// Likely instrument names in `text`, in order: names ending in a kind word, names given with
/// their acronym, and bare acronyms of organisations.
pub fn names_in(text: &str) -> Vec<Candidate> {
    let words = words(text);
    let mut names: Vec<Candidate> = candidates(text, &words)
        .into_iter()
        .map(|(start, end, _)| Candidate {
            start,
            end,
            acronym: None,
        })
        .collect();
    for (index, word) in words.iter().enumerate() {
        for (start, end) in acronym_parts(text, word) {
            // An acronym inside a longer name names an organisation of its own ("NATO" in
            // "NATO Summit").
            if names.iter().any(|n| n.start == start && n.end == end) {
                continue;
            }
            let acronym = &text[start..end];
            // An acronym numbered as an edition ("COP26") names the event itself: inside the
            // event's longer name ("COP26 Summit") it is no organisation of its own. A group
            // named by its size ("G7" in "G7 Summit", "NB8" in "NB8 Ministerial meeting") is
            // one.
            if is_edition(acronym)
                && names
                    .iter()
                    .any(|n| n.start <= start && end <= n.end && (n.start, n.end) != (start, end))
            {
                continue;
            }
            let bracketed = word.stop_before
                && text[..word.start].ends_with('(')
                && text[word.end..].starts_with(')');
            if bracketed && index > 0 {
                // "Name (ACR)": the name is the capitalised run just before, which may already
                // be a name ending in a kind word.
                let before = text[..word.start - 1].trim_end();
                // A run whose initials spell the acronym is one name, "and" inside and all
                // ("Organisation for Security and Cooperation in Europe (OSCE)"): the shorter
                // names found inside it are only its first words.
                if let Some(first) = run_before(text, &words, index) {
                    if spells(acronym, text, &words[first..index]) {
                        let start = words[first].start;
                        names.retain(|n| n.end <= start || n.start >= before.len());
                        names.push(Candidate {
                            start,
                            end: before.len(),
                            acronym: Some(acronym.to_string()),
                        });
                        continue;
                    }
                }
                if let Some(name) = names.iter_mut().find(|n| n.end == before.len()) {
                    name.acronym = Some(acronym.to_string());
                    continue;
                }
                if let Some(first) = run_before(text, &words, index) {
                    let initial = acronym.chars().next();
                    if text[words[first].start..].chars().next() == initial {
                        names.push(Candidate {
                            start: words[first].start,
                            end: before.len(),
                            acronym: Some(acronym.to_string()),
                        });
                        continue;
                    }
                }
            }
            // "procuring F16 jets": a numbered model of equipment, not an organisation ("NATO
            // jets" are an organisation's).
            let model = !word.stop_after
                && acronym.bytes().any(|b| b.is_ascii_digit())
                && words
                    .get(index + 1)
                    .is_some_and(|next| EQUIPMENT.contains(&&text[next.start..next.end]));
            if model {
                continue;
            }
            names.push(Candidate {
                start,
                end,
                acronym: None,
            });
        }
    }
    possessed_names(text, &words, &mut names);
    // A name written as a field label, alone before its colon ("Weapon Program:"), is a page's
    // metadata heading, not a name the text uses.
    let label = text.trim_end();
    if label.ends_with(':') && label.split_whitespace().count() <= 3 {
        let end = label.len() - 1;
        names.retain(|n| !(n.start == label.len() - label.trim_start().len() && n.end == end));
    }
    names.sort_by_key(|n| n.start);
    names
}

/// Whether `acronym` is made of the initials of `words`: of their capitalised words ("North
/// Atlantic Treaty Organisation", NATO), or of all of them ("Joint Comprehensive Plan of Action",
/// JCPOA).
fn spells(acronym: &str, text: &str, words: &[Word]) -> bool {
    let letters: String = acronym
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let initials = |capitalised_only: bool| -> String {
        words
            .iter()
            .map(|w| &text[w.start..w.end])
            .filter(|w| !capitalised_only || is_capitalised(w))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    };
    letters.len() >= 2 && (letters == initials(true) || letters == initials(false))
}

/// The parts of a word that are acronyms of organisations: "NATO", "G7", "G-7", and each of
/// "EU" and "JCPOA" in "EU-JCPOA".
fn acronym_parts(text: &str, word: &Word) -> Vec<(usize, usize)> {
    let token = &text[word.start..word.end];
    let whole = token.trim_end_matches(['\'', '’']).trim_end_matches("’s");
    if is_acronym(whole) {
        return vec![(word.start, word.start + whole.len())];
    }
    let mut parts = Vec::new();
    let mut offset = word.start;
    for part in token.split('-') {
        let core = part.trim_end_matches("’s").trim_end_matches("'s");
        if is_acronym(core) {
            parts.push((offset, offset + core.len()));
        }
        offset += part.len() + 1;
    }
    parts
}

/// Whether an acronym is two letters or more and a number of two digits or more: an edition
/// of an event ("COP26"). A group named by its size has one letter ("G20") or a small number
/// ("NB8").
fn is_edition(acronym: &str) -> bool {
    let letters = acronym.bytes().take_while(u8::is_ascii_uppercase).count();
    letters >= 2
        && acronym.len() >= letters + 2
        && acronym.bytes().skip(letters).all(|b| b.is_ascii_digit())
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_ascii_uppercase()).count();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    // A hyphen only as in "G-7": a pair such as "NATO-EU" is two names.
    let hyphen_ok = match word.split_once('-') {
        None => true,
        Some((letters, digits)) => {
            letters.len() == 1 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        }
    };
    let shape = word
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && hyphen_ok;
    shape
        && (2..=8).contains(&word.len())
        && (letters >= 2 || (letters == 1 && digits > 0))
        && !NOT_ACRONYMS.contains(&word.to_ascii_uppercase().as_str())
}

/// The first word of the capitalised run (small joiners such as "of" allowed inside) that ends
/// at word `last`, walking back until punctuation or a lower-case word stops it.
fn run_start(text: &str, words: &[Word], last: usize) -> usize {
    let word = |i: usize| &text[words[i].start..words[i].end];
    let mut first = last;
    while first > 0 && !words[first].stop_before {
        let previous = first - 1;
        if words[previous].stop_after {
            break;
        }
        if is_capitalised(word(previous)) {
            first = previous;
        } else if JOINERS.contains(&word(previous))
            && previous > 0
            && !words[previous - 1].stop_after
            && is_capitalised(word(previous - 1))
        {
            first = previous - 1;
        } else {
            break;
        }
    }
    first
}

/// The first word of the capitalised run (small joiners allowed inside) that ends right before
/// word `index`, when it has at least two words.
fn run_before(text: &str, words: &[Word], index: usize) -> Option<usize> {
    let word = |i: usize| &text[words[i].start..words[i].end];
    let last = index.checked_sub(1)?;
    if !is_capitalised(word(last))
        || words[last].stop_after && !text[words[last].end..].starts_with(" (")
    {
        return None;
    }
    let mut first = run_start(text, words, last);
    while first < last && (LEADING.contains(&word(first)) || JOINERS.contains(&word(first))) {
        first += 1;
    }
    (first < last).then_some(first)
}

/// Byte ranges of likely instrument names in `text` ending in a kind word, each with the range
/// of its kind word.
fn candidates(text: &str, words: &[Word]) -> Vec<(usize, usize, (usize, usize))> {
    let word = |i: usize| &text[words[i].start..words[i].end];
    let mut names = Vec::new();
    for i in 0..words.len() {
        if let Some(name) = described_agreement(text, words, i) {
            let mut first = run_start(text, words, name);
            while first < name
                && (LEADING.contains(&word(first))
                    || JOINERS.contains(&word(first))
                    || is_date_word(word(first)))
            {
                first += 1;
            }
            names.push((
                words[first].start,
                words[i].end,
                (words[i].start, words[i].end),
            ));
            continue;
        }
        let bare = word(i).strip_suffix('s').unwrap_or(word(i));
        // "NATO leaders’ summit", "EU ministers’ meeting": the members of a named body meet; a
        // plural in lower case stands between the body's name and the event.
        if LOWER_KINDS.contains(&word(i))
            && i >= 2
            && is_members_possessive(word(i - 1), &text[words[i - 1].end..])
        {
            let body = i - 2;
            let joined = !words[body].stop_after && !words[i - 1].stop_before;
            // "the European Council leaders’ meeting" is the body's event, not a name (`EVENTS`).
            let own_event = EVENTS.contains(&word(i)) && ends_in_kind(word(body));
            if joined && is_capitalised(word(body)) && !own_event {
                let mut first = run_start(text, words, body);
                while first < body
                    && (LEADING.contains(&word(first))
                        || JOINERS.contains(&word(first))
                        || is_date_word(word(first)))
                {
                    first += 1;
                }
                names.push((
                    words[first].start,
                    words[i].end,
                    (words[i].start, words[i].end),
                ));
                continue;
            }
        }
        let lower_kind = LOWER_KINDS.contains(&word(i))
            && i > 0
            && !words[i - 1].stop_after
            && is_capitalised(word(i - 1))
            && !(EVENTS.contains(&word(i)) && ends_in_kind(word(i - 1)))
            // "the Coalition of the Willing meeting": a meeting of the name just found, which
            // ends in a word that is no kind word.
            && !(EVENTS.contains(&word(i))
                && names
                    .last()
                    .is_some_and(|&(_, end, _): &(usize, usize, _)| end == words[i - 1].end))
            // "the Prime Minister’s summit" is one person's: a plural's ("G7 Foreign
            // Ministers’ meeting") names the body that meets.
            && !word(i - 1).ends_with("’s")
            && !word(i - 1).ends_with("'s")
            && (word(i) != "partnership" || is_partnership_name(text, &words[i - 1]));
        // "Entente Cordiale": a kind word that comes first, before the one word that names it.
        if FIRST_KINDS.contains(&word(i))
            && i + 1 < words.len()
            && !words[i].stop_after
            && !words[i + 1].stop_before
            && is_capitalised(word(i + 1))
        {
            names.push((
                words[i].start,
                words[i + 1].end,
                (words[i].start, words[i].end),
            ));
            continue;
        }
        if !KINDS.contains(&word(i)) && !KINDS.contains(&bare) && !lower_kind {
            continue;
        }
        // Capitalised words right after belong to the same name when a kind word of their own
        // ends it ("Council Regulation" is not a council, "European Council Summit" is a
        // summit); otherwise they are another name ("the European Council António Costa").
        let mut j = i;
        let mut later_kind = false;
        while j + 1 < words.len() && !words[j].stop_after && is_capitalised(word(j + 1)) {
            j += 1;
            let bare = word(j).strip_suffix('s').unwrap_or(word(j));
            later_kind |= KINDS.contains(&word(j)) || KINDS.contains(&bare);
        }
        if j + 1 < words.len()
            && !words[j].stop_after
            && LOWER_KINDS.contains(&word(j + 1))
            && !(EVENTS.contains(&word(j + 1)) && ends_in_kind(word(j)))
            && !KINDS.contains(&word(j))
            && (word(j + 1) != "partnership" || is_partnership_name(text, &words[j]))
        {
            later_kind = true;
        }
        if word(i) == "Ministerial"
            && i + 1 < words.len()
            && !words[i].stop_after
            && word(i + 1) == "meeting"
        {
            // "Ministerial meeting" is one kind.
            later_kind = true;
        }
        if later_kind {
            continue;
        }
        let mut first = run_start(text, words, i);
        while first < i
            && ((LEADING.contains(&word(first)) && !after_article(text, words, first))
                || JOINERS.contains(&word(first))
                || is_date_word(word(first)))
        {
            first += 1;
        }
        // "Convention on Human Rights", "Council of Europe", "Coalition of the Willing": one or
        // two small words, then capitalised ones.
        let mut last = i;
        let mut next = i + 1;
        loop {
            let joiners = (next..words.len())
                .take(2)
                .take_while(|&j| !words[j - 1].stop_after && FORWARD_JOINERS.contains(&word(j)))
                .count();
            let after = next + joiners;
            let continues = joiners > 0
                && after < words.len()
                && !words[after - 1].stop_after
                && !words[after].stop_before
                && is_capitalised(word(after))
                && !LEADING.contains(&word(after))
                && !is_date_word(word(after));
            if !continues {
                break;
            }
            last = after;
            next = after + 1;
            while next < words.len()
                && !words[next - 1].stop_after
                && !words[next].stop_before
                && is_capitalised(word(next))
            {
                last = next;
                next += 1;
            }
        }
        // Inside the previous name ("European Union" in "Council of the European Union").
        let inside = names
            .last()
            .is_some_and(|&(_, end, _): &(usize, usize, _)| end >= words[i].end);
        if (first == i && last == i) || inside {
            continue;
        }
        // A ministry or an office ("Minister of Foreign Affairs and International
        // Cooperation"), or a state's armed forces, is no instrument.
        if (first..=last).any(|k| OFFICES.contains(&word(k)))
            || (i > first && word(i - 1) == "Armed")
        {
            continue;
        }
        // A count of nations ("the Six Nations", "First Nations") names a tournament or
        // peoples, never an organisation: "United Nations" is not a count.
        if first + 1 == last && word(last) == "Nations" && COUNTS.contains(&word(first)) {
            continue;
        }
        // "Council of Europe Summit", "European Council Summit": the body that meets is named
        // too, before its event.
        if last > first
            && EVENT_KINDS.contains(&word(last))
            && !JOINERS.contains(&word(last - 1))
            && (first..last).any(|k| {
                let bare = word(k).strip_suffix('s').unwrap_or(word(k));
                KINDS.contains(&word(k)) || KINDS.contains(&bare)
            })
        {
            names.push((
                words[first].start,
                words[last - 1].end,
                (words[i].start, words[i].end),
            ));
        }
        names.push((
            words[first].start,
            words[last].end,
            (words[i].start, words[i].end),
        ));
    }
    names
}

/// Whether a capitalised word before "partnership" in lower case names it ("the Eastern
/// partnership"): one plain word inside a sentence, not a pair ("UK–Belgium partnership"), an
/// acronym ("EU partnership") or a nationality ("the British partnership").
fn is_partnership_name(text: &str, word: &Word) -> bool {
    let name = &text[word.start..word.end];
    let inside_sentence = !text[..word.start]
        .trim_end()
        .ends_with(['.', '!', '?', ':', '“', '"'])
        && !text[..word.start].trim().is_empty();
    inside_sentence
        && !word.stop_before
        && name.chars().all(char::is_alphabetic)
        && name.chars().skip(1).any(char::is_lowercase)
        && !NATIONALITY_ENDINGS
            .iter()
            .any(|ending| name.ends_with(ending))
}

/// Whether word `index` follows "the", "a" or "an" in lower case: a capitalised word there
/// starts a name ("the Next Steps in Strategic Partnership", "the New Development Bank"), even
/// one that usually starts a sentence.
fn after_article(text: &str, words: &[Word], index: usize) -> bool {
    index > 0
        && !words[index - 1].stop_after
        && !words[index].stop_before
        && matches!(
            &text[words[index - 1].start..words[index - 1].end],
            "the" | "a" | "an"
        )
}

/// The words of `text` without the punctuation around them.
fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut offset = 0;
    for token in text.split_inclusive(char::is_whitespace) {
        let start_of_token = offset;
        offset += token.len();
        let token = token.trim_end();
        let leading = token.len() - token.trim_start_matches(is_punctuation).len();
        let core = token.trim_matches(is_punctuation);
        if core.is_empty() {
            continue;
        }
        let start = start_of_token + leading;
        let trailing = &token[leading + core.len()..];
        words.push(Word {
            start,
            end: start + core.len(),
            // A possessive's apostrophe ("Ministers’ meeting") does not end a name.
            stop_after: !trailing.is_empty() && !matches!(trailing, "’" | "'"),
            stop_before: leading > 0,
        });
    }
    // A bracketed part inside a name, "Belfast (Good Friday) Agreement", does not end it: a
    // capitalised word, "(", capitalised words, ")", a capitalised word.
    for open in 1..words.len() {
        if !(text[..words[open].start].ends_with('(') && words[open].stop_before) {
            continue;
        }
        let close =
            (open..words.len().min(open + 3)).find(|&j| text[words[j].end..].starts_with(')'));
        let Some(close) = close else { continue };
        let capitalised = |i: usize| is_capitalised(&text[words[i].start..words[i].end]);
        let inside_capitalised = (open..=close).all(capitalised);
        let tight = text[words[close].end..].starts_with(") ");
        if inside_capitalised
            && tight
            && close + 1 < words.len()
            && capitalised(open - 1)
            && capitalised(close + 1)
            && !words[open - 1].stop_after
            && words[close].end + 2 == words[close + 1].start
        {
            words[open].stop_before = false;
            words[close].stop_after = false;
        }
    }
    words
}

fn is_punctuation(c: char) -> bool {
    !(c.is_alphanumeric() || c == '&' || c == '-' || c == '\u{2013}')
}

fn is_date_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        || crate::date::MONTHS.contains(&word)
        || WEEKDAYS.contains(&word)
}

/// Whether a word and the `rest` of the text after it make a lower-case plural in the
/// possessive ("leaders’", "ministers'"): the members of a body.
fn is_members_possessive(word: &str, rest: &str) -> bool {
    rest.starts_with(['’', '\''])
        && word.len() > 3
        && word.ends_with('s')
        && word.chars().all(|c| c.is_ascii_lowercase())
}

/// Starts with a capital or a digit, and is not a hyphenated word ending in lower case
/// ("UK-led"), unless its first part is a prefix ("Co-operation") or its last part is a kind
/// word in lower case that makes it a name ("Ramstein-format", as "Normandy format").
fn is_capitalised(word: &str) -> bool {
    if let (Some((first, _)), Some((_, last))) = (word.split_once('-'), word.rsplit_once('-')) {
        if !PREFIXES.contains(&first)
            && last.chars().next().is_some_and(char::is_lowercase)
            && !LOWER_KINDS.contains(&last)
        {
            return false;
        }
    }
    is_capitalised_start(word)
}

fn is_capitalised_start(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests;
