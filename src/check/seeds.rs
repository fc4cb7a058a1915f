//! Names in the seeds that look like instruments (a run of capitalised words ending in
//! "Agreement", "Convention", "Council", ...) and that no instrument or glossary term declares:
//! the pages an author who drops in a new document should write.

use std::collections::BTreeMap;

use super::{Finding, Kind};
use crate::build::Site;
use crate::text::{fold, slugify};

/// The last word of a name that makes it a likely instrument (singular; plurals are accepted).
const KINDS: &[&str] = &[
    "Accord",
    "Agency",
    "Agreement",
    "Alliance",
    "Arrangement",
    "Charter",
    "Coalition",
    "Commission",
    "Committee",
    "Convention",
    "Corridor",
    "Council",
    "Declaration",
    "Dialogue",
    "Facility",
    "Force",
    "Forum",
    "Framework",
    "Fund",
    "Initiative",
    "Interconnector",
    "Mechanism",
    "Memorandum",
    "Organisation",
    "Organization",
    "Pact",
    "Partnership",
    "Platform",
    "Programme",
    "Program",
    "Protocol",
    "Treaty",
    "Union",
];

/// Small words allowed inside a name between capitalised words ("Trade and Cooperation
/// Agreement", "Convention on Human Rights").
const JOINERS: &[&str] = &[
    "of", "on", "for", "and", "the", "in", "to", "&", "de", "du", "des",
];

/// Capitalised words that start sentences or phrases rather than names.
const LEADING: &[&str] = &[
    "The", "A", "An", "This", "That", "These", "Those", "Both", "Each", "Every", "Our", "Their",
    "Its", "His", "Her", "New", "Any", "All", "Such", "Under", "With", "By", "In", "On", "At",
    "For", "From", "To", "And", "But", "Through", "Via", "As", "Of", "Existing", "Current",
];

struct Word {
    start: usize,
    end: usize,
    /// Punctuation right after the word ends the name there.
    stop_after: bool,
    /// Punctuation right before the word (an opening bracket or quote) starts a name there.
    stop_before: bool,
}

/// One warning per undeclared name, at its first occurrence, with the number of occurrences.
pub fn check(site: &Site) -> Vec<Finding> {
    let matcher = crate::link::Matcher::new(&site.content.instruments, &site.content.glossary).ok();
    // Folded name -> (name as first written, seed file, line, count).
    let mut found: BTreeMap<String, (String, String, usize, usize)> = BTreeMap::new();
    for document in &site.documents {
        let file = document.source_path.to_string_lossy().into_owned();
        for (_, paragraph) in document.paragraphs() {
            let text = &paragraph.text;
            let declared: Vec<(usize, usize)> = matcher
                .as_ref()
                .map(|m| m.find(text).into_iter().map(|f| (f.start, f.end)).collect())
                .unwrap_or_default();
            for (start, end, keyword) in candidates(text) {
                let covered = declared
                    .iter()
                    .any(|&(s, e)| s < keyword.1 && keyword.0 < e);
                if covered {
                    continue;
                }
                let name = &text[start..end];
                let entry = found
                    .entry(fold(name))
                    .or_insert_with(|| (name.to_string(), file.clone(), paragraph.line, 0));
                entry.3 += 1;
            }
        }
    }
    let mut findings: Vec<Finding> = found
        .into_values()
        .map(|(name, file, line, count)| {
            let times = if count == 1 {
                "once".to_string()
            } else {
                format!("{count} times")
            };
            Finding::new(
                Kind::UndeclaredInstrument,
                file,
                Some(line),
                format!("`{name}` looks like an instrument, and the seeds name it {times}, but no instrument or glossary term declares it"),
                format!(
                    "write content/instruments/{}.md with `name: {name}` (or add the name to the `aliases` of the instrument it is)",
                    slugify(&name, 60)
                ),
            )
        })
        .collect();
    findings.extend(unknown_paragraph_themes(site));
    findings.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    findings
}

/// A sidecar's `paragraph_themes` that name a paragraph the seed does not have, or a theme the
/// site does not have: the build ignores them, so the author should hear of it.
fn unknown_paragraph_themes(site: &Site) -> Vec<Finding> {
    let mut findings = Vec::new();
    for document in &site.documents {
        let sidecar = document.source_path.with_extension("yaml");
        let line = super::line_of_key(&site.root.join(&sidecar), "paragraph_themes");
        let file = sidecar.to_string_lossy().into_owned();
        for (id, slugs) in &document.paragraph_themes {
            if !document.paragraphs().any(|(_, p)| &p.id == id) {
                findings.push(Finding::new(
                    Kind::Settings,
                    file.clone(),
                    line,
                    format!("`paragraph_themes` names the paragraph `{id}`, which the seed does not have"),
                    "use a paragraph id shown by `accord check --explain-themes` (p-1, p-2, ...)",
                ));
            }
            for slug in slugs {
                if !site.content.themes.iter().any(|t| &t.slug == slug) {
                    findings.push(Finding::new(
                        Kind::Settings,
                        file.clone(),
                        line,
                        format!("`paragraph_themes` gives `{id}` the theme `{slug}`, which does not exist"),
                        "use the file name of a theme in content/themes/",
                    ));
                }
            }
        }
    }
    findings
}

/// Byte ranges of likely instrument names in `text`, each with the range of its kind word.
fn candidates(text: &str) -> Vec<(usize, usize, (usize, usize))> {
    let words = words(text);
    let word = |i: usize| &text[words[i].start..words[i].end];
    let mut names = Vec::new();
    for i in 0..words.len() {
        let bare = word(i).strip_suffix('s').unwrap_or(word(i));
        if !KINDS.contains(&word(i)) && !KINDS.contains(&bare) {
            continue;
        }
        // A capitalised word right after belongs to the same name: its own kind word, if any,
        // ends it ("Council Regulation" is not a council).
        if i + 1 < words.len() && !words[i].stop_after && is_capitalised(word(i + 1)) {
            continue;
        }
        let mut first = i;
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
        while first < i && (LEADING.contains(&word(first)) || JOINERS.contains(&word(first))) {
            first += 1;
        }
        // "Convention on Human Rights", "Council of Europe", "Coalition of the Willing": one or
        // two small words, then capitalised ones.
        let mut last = i;
        let mut next = i + 1;
        loop {
            let joiners = (next..words.len())
                .take(2)
                .take_while(|&j| !words[j - 1].stop_after && JOINERS.contains(&word(j)))
                .count();
            let after = next + joiners;
            let continues = joiners > 0
                && after < words.len()
                && !words[after - 1].stop_after
                && !words[after].stop_before
                && is_capitalised(word(after))
                && !LEADING.contains(&word(after));
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
        names.push((
            words[first].start,
            words[last].end,
            (words[i].start, words[i].end),
        ));
    }
    names
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
        words.push(Word {
            start,
            end: start + core.len(),
            stop_after: core.len() + leading < token.len(),
            stop_before: leading > 0,
        });
    }
    words
}

fn is_punctuation(c: char) -> bool {
    !(c.is_alphanumeric() || c == '&' || c == '-' || c == '\u{2013}')
}

fn is_capitalised(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        candidates(text)
            .into_iter()
            .map(|(s, e, _)| &text[s..e])
            .collect()
    }

    #[test]
    fn finds_capitalised_names_ending_in_a_kind() {
        assert_eq!(
            names("They signed the Example Cooperation Agreement, and the Agreement holds."),
            vec!["Example Cooperation Agreement"]
        );
        assert_eq!(
            names(
                "Under the European Convention on Human Rights (ECHR) and the Council of Europe."
            ),
            vec!["European Convention on Human Rights", "Council of Europe"]
        );
        assert_eq!(
            names("The EU-UK Trade and Cooperation Agreement applies."),
            vec!["EU-UK Trade and Cooperation Agreement"]
        );
        assert_eq!(
            names("The Joint Expeditionary Force met."),
            vec!["Joint Expeditionary Force"]
        );
        assert_eq!(
            names("the Coalition of the Willing. The Council of the European Union"),
            vec!["Coalition of the Willing", "Council of the European Union"]
        );
        assert!(names("a new agreement and an Agreement").is_empty());
    }
}
