//! Finding names in the seeds that look like instruments: a run of capitalised words ending in
//! "Agreement", "Convention", "Council", ...; a name given with its acronym ("North Atlantic
//! Treaty Organisation (NATO)", kept whole across "and" when the acronym spells its initials:
//! "Organisation for Security and Cooperation in Europe (OSCE)"); a bare acronym of an
//! organisation. A body's event names the body too ("Council of Europe Summit"), and a meeting
//! of a named body is not part of its name ("a European Political Community meeting").
//! `accord check` reports those no instrument or glossary term declares, and `accord suggest`
//! drafts their pages.

use std::collections::BTreeMap;

use crate::build::Site;
use crate::text::{fold, sentence_holding, sentence_ranges};

mod acronyms;
mod between_parties;
mod body_meetings;
mod carried;
mod credits;
mod cut;
mod dates;
mod described;
mod formed;
mod heads;
mod item_names;
mod joint_bodies;
mod kind_context;
mod kinds;
mod known;
mod labels;
mod listed;
mod lists;
mod made_by;
mod numbered;
mod owners;
mod parties;
mod periods;
mod placed;
mod policies;
mod portfolios;
mod possessed;
mod postnominal;
mod projects;
mod quoted;
mod related;
mod runs;
mod sentence_case;
mod series;
mod sessions;
mod shouted;
mod spaced;
mod subjects;
mod surnames;
mod titled;
mod vocabulary;
mod words;

use acronyms::{
    acronym_parts, bracketed_pair, is_acronym, is_currency, is_edition, is_pair, is_place_code,
    spells,
};
use dates::{is_date_word, is_year};
use kinds::candidates;
use known::known_names;
use labels::{
    credits_a_reporter, download_link_end, is_generic_name, is_section_number, listed_areas,
    speaker_label_end,
};
use owners::drop_owners;
use possessed::{possessed_names, split_possessed};
use runs::{is_capitalised, is_capitalised_start, run_before, run_start};
use words::words;

use vocabulary::{
    EQUIPMENT, EVENT_KINDS, HONORIFICS, JOINERS, KINDS, LEADING, LOWER_KINDS, PREFIXES, STREETS,
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
        // "GNA" alone on the last line: an agency the document's dateline credits.
        let credited = credits::credited(document.paragraphs().map(|(_, p)| p.text.as_str()));
        for (_, paragraph) in document.paragraphs() {
            let text = &paragraph.text;
            let declared: Vec<(usize, usize)> = matcher
                .as_ref()
                .map(|m| m.find(text).into_iter().map(|f| (f.start, f.end)).collect())
                .unwrap_or_default();
            // Split once per paragraph, and only if it names something: one paragraph may name
            // thousands.
            let mut sentences: Option<Vec<(usize, usize)>> = None;
            for candidate in names_in(text) {
                if declared
                    .iter()
                    .any(|&(s, e)| s < candidate.end && candidate.start < e)
                {
                    continue;
                }
                let name = &text[candidate.start..candidate.end];
                if credited.contains(&name) {
                    continue;
                }
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
                let sentences = sentences.get_or_insert_with(|| sentence_ranges(text));
                let sentence = sentence_holding(sentences, candidate.start)
                    .map_or(text.as_str(), |(start, end)| &text[start..end])
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

/// Keeps the first of the names found for the same words, once a rule has cut two of them to
/// the same span ("... Cooperation", "Treaty ..."; "JCBC meeting", "JCBC").
pub(super) fn keep_first_of_each_span(names: &mut Vec<Candidate>) {
    let mut seen: Vec<(usize, usize)> = Vec::new();
    names.retain(|n| {
        let fresh = !seen.contains(&(n.start, n.end));
        seen.push((n.start, n.end));
        fresh
    });
}

impl Candidate {
    /// A name the text gives no acronym for.
    pub(crate) fn without_acronym(start: usize, end: usize) -> Self {
        Candidate {
            start,
            end,
            acronym: None,
        }
    }
}

/// Adds the name at `start..end` to `names` unless that very span is there already: a name
/// found inside another one stays beside it.
fn push_once(names: &mut Vec<Candidate>, start: usize, end: usize) {
    if !names.iter().any(|n| n.start == start && n.end == end) {
        names.push(Candidate::without_acronym(start, end));
    }
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
    if related::links_another_story(text) {
        return Vec::new();
    }
    let words = words(text);
    let mut names: Vec<Candidate> = candidates(text, &words)
        .into_iter()
        .map(|(start, end, _)| Candidate::without_acronym(start, end))
        .collect();
    // A line in capitals throughout ("THE OPERATION IS BEING PERFORMED") is a site's shouted
    // notice: its words are not acronyms.
    // A line of one long word in capitals ("TURKEY", "ADVERTISEMENT") is a page's section or
    // a dateline's place: an acronym is used in a sentence.
    let lettered = words
        .iter()
        .filter(|w| text[w.start..w.end].chars().any(char::is_alphabetic))
        .count();
    let alone = lettered == 1 && words.len() == 1 && words[0].end - words[0].start >= 5;
    // "JOINT COMMUNIQUE": a word too long for an acronym shows the line is shouted.
    let long = words.iter().any(|w| w.end - w.start > 8);
    let shouted = (lettered >= 4 || alone || long)
        && words
            .iter()
            .all(|w| !text[w.start..w.end].chars().any(char::is_lowercase));
    // The end of a bracket of two acronyms given to the name before it.
    let mut paired: Option<usize> = None;
    let surnames = surnames::surnames(text, &words);
    let common = acronyms::common_nouns(text, &words);
    for (index, word) in words.iter().enumerate().filter(|_| !shouted) {
        for (start, end) in acronym_parts(text, word) {
            // An acronym inside a longer name names an organisation of its own ("NATO" in
            // "NATO Summit").
            if names.iter().any(|n| n.start == start && n.end == end) {
                continue;
            }
            let acronym = &text[start..end];
            // "11:31 IST": a clock time's zone.
            if dates::after_clock_time(text, start) {
                continue;
            }
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
            // "Foreign Ministers’ Meeting (FMM MLC)": two acronyms in one bracket are the
            // name's acronym, written in two parts.
            if let Some(pair_end) = bracketed_pair(text, &words, index) {
                let before = text[..word.start - 1].trim_end();
                if let Some(name) = names.iter_mut().find(|n| n.end == before.len()) {
                    name.acronym = Some(text[word.start..pair_end].to_string());
                    paired = Some(pair_end);
                    continue;
                }
            }
            if paired.is_some_and(|end| word.start < end) {
                continue;
            }
            let bracketed = word.stop_before
                && text[..word.start].ends_with('(')
                && text[word.end..].starts_with(')');
            // "Praha (CZ)" alone on its line (a weather box, a dateline): a town and its
            // state's code, not an organisation.
            if bracketed && index == 1 && words.len() == 2 && is_place_code(acronym) {
                continue;
            }
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
                        // A longer name that holds the run ("Session of the United Nations General
                        // Assembly (UNGA)") stays.
                        names.retain(|n| {
                            n.end <= start || n.start >= before.len() || n.start < start
                        });
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
            // "Flight PS752": a flight's number, not an organisation.
            let flight = index > 0
                && matches!(
                    &text[words[index - 1].start..words[index - 1].end],
                    "Flight" | "flight"
                );
            // "Marcel NIAT NJIFENJI", "Mr. MOTEGI Toshimitsu": a surname in capitals.
            let surname = surnames[index];
            let at = |i: usize| &text[words[i].start..words[i].end];
            // "HRH Crown Prince ...": a style of address is no organisation's acronym.
            let style = HONORIFICS.contains(&acronym);
            // "2201 C Street NW": the quarter of a street's address.
            let quarter = index > 0
                && STREETS.contains(&at(index - 1))
                && matches!(acronym, "NW" | "NE" | "SW" | "SE");
            // "EUR 12 billion": a currency's code before an amount.
            let amount = is_currency(acronym, words.get(index + 1).map(|w| &text[w.start..w.end]));
            // "a free trade agreement (FTA)": a common noun shortened.
            let common = common.contains(&acronym);
            // "the Example NPP project": a plant the place has.
            let placed = acronyms::is_placed_common_noun(text, &words, index);
            let flight = flight || surname || style || quarter || amount || common || placed;
            if model || flight {
                continue;
            }
            // "the Japan-EU EPA": an agreement known by its acronym after its parties.
            let parties = index > 0
                && start == word.start
                && !words[index - 1].stop_after
                && is_pair(&text[words[index - 1].start..words[index - 1].end]);
            // "the South Korea-ASEAN FTA": the first party may have two words.
            let two_words = parties
                && index > 1
                && !words[index - 2].stop_after
                && !words[index - 1].stop_before
                && is_capitalised(at(index - 2))
                && at(index - 2).chars().all(char::is_alphabetic)
                && !is_acronym(at(index - 2))
                && !LEADING.contains(&at(index - 2));
            names.push(Candidate {
                start: if two_words {
                    words[index - 2].start
                } else if parties {
                    words[index - 1].start
                } else {
                    start
                },
                end,
                acronym: None,
            });
        }
    }
    shouted::shouted_names(text, &words, shouted, &mut names);
    possessed_names(text, &words, &mut names);
    listed::extend_listed_names(text, &mut names);
    placed::extend_placed_names(text, &mut names);
    made_by::meetings_of_documents(text, &mut names);
    known_names(text, &words, &mut names);
    formed::formed_names(text, &words, &mut names);
    carried::drop_carried_on(text, &mut names);
    // "a Protocol on political consultations between ...": a subject in lower case.
    subjects::extend_with_subjects(text, &mut names);
    subjects::events_on_subjects(text, &mut names);
    // A name written as a field label, alone before its colon ("Weapon Program:"), is a page's
    // metadata heading, not a name the text uses.
    // So is a numbered section heading ("I. Strategic Partnership:", "2) Trade Agreement:"):
    // its number and the name before the colon say what the section treats.
    let label = text.trim_end();
    if label.ends_with(':') && label.split_whitespace().count() <= 4 {
        let end = label.len() - 1;
        let numbered = label
            .split_once(' ')
            .filter(|(number, _)| is_section_number(number))
            .map_or(0, |(number, _)| number.len() + 1);
        let opening = label.len() - label.trim_start().len();
        names.retain(|n| !((n.start == opening || n.start == opening + numbered) && n.end == end));
    }
    // "APA's London correspondent reports": a news agency crediting its own reporter, not a
    // name the statement uses.
    names.retain(|n| !credits_a_reporter(&text[n.end..]));
    // "Security Cooperation", "the Summit Meeting between ...": a field's cooperation, words
    // for a meeting, with no word that names one.
    names.retain(|n| !is_generic_name(&text[n.start..n.end]));
    names.retain(|n| !labels::is_place_meeting(&text[n.start..n.end], &text[n.end..]));
    // "...; and Cooperation for Human Development.": an item of a list of areas.
    let areas = listed_areas(text);
    names.retain(|n| !areas.contains(&(n.start, n.end)));
    // "the Greenland Committee, appointed by Minister ...": a body a minister or a government
    // appoints is the state's own, as its offices are.
    names.retain(|n| {
        let after = text[n.end..].trim_start_matches([',', ' ']);
        !(after.starts_with("appointed by ") || after.starts_with("set up by the Government"))
    });
    for n in names.iter_mut() {
        if let Some(end) = owners::with_second_signatory(text, n.start, n.end) {
            n.end = end;
        }
    }
    // "Hanoi (VNA) –", "... – KUNA", "VNA/VNS Photo": a news agency's credit for its copy.
    let credits = credits::credit_spans(text);
    names.retain(|n| !credits.iter().any(|&(s, e)| n.start < e && s < n.end));
    drop_owners(text, &mut names);
    acronyms::name_paired_unions(text, &mut names);
    for (from, to) in credits::distributor_runs(text) {
        names.retain(|n| !(n.start >= from && n.end <= to));
    }
    // "ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: Well, ...": a transcript's speaker, in
    // capitals before a colon, is no list of acronyms.
    // "Download the Joint Communiqué (pdf)": a link to a file.
    if let Some(end) = speaker_label_end(text).or_else(|| download_link_end(text)) {
        names.retain(|n| n.start >= end);
    }
    // A dateline's place and credit ("RIYADH, (APP - ...)") say where the text was filed.
    if let Some(end) = crate::seed::dateline::dateline_end(text) {
        names.retain(|n| n.start >= end);
    }
    // "of Good Neighbourship and Friendly Cooperation between ...": a name cut by a line break.
    names.retain(|n| !cut::opens_cut_line(text, n.start));
    names.retain(|n| !postnominal::is_after_person(text, n.start, n.end));
    // "the Global Coalition against Daesh’s efforts": the possessive is no part of the name.
    for name in &mut names {
        let written = &text[name.start..name.end];
        if let Some(bare) = written
            .strip_suffix("’s")
            .or_else(|| written.strip_suffix("'s"))
        {
            if bare.contains(' ') {
                name.end = name.start + bare.len();
            }
        }
    }
    quoted::within_quotes(text, &mut names);
    titled::titled_events(text, &mut names);
    split_possessed(text, &mut names);
    numbered::with_ordinals(text, &mut names);
    joint_bodies::paired_bodies(text, &mut names);
    joint_bodies::paired_years(text, &mut names);
    heads::with_heads(text, &mut names);
    projects::drop_project_offices(text, &mut names);
    body_meetings::body_of_meeting(text, &mut names);
    portfolios::drop_portfolios(text, &mut names);
    sentence_case::sentence_case_names(text, &mut names);
    parties::drop_parties(text, &mut names);
    periods::with_periods(text, &mut names);
    item_names::whole_line_names(text, &mut names);
    between_parties::with_parties(text, &mut names);
    names.sort_by_key(|n| n.start);
    names
}

#[cfg(test)]
mod acronym_tests;
#[cfg(test)]
mod name_tests;
#[cfg(test)]
mod tests;
