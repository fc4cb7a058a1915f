//! News agencies' credits in a copied text: the agency's initials a wire or a news site puts
//! after a dateline's place ("Hanoi (VNA) –"), at the end of the story ("... its stability. –
//! KUNA", "... the ties.-VNA", "... the East Sea issue./.VNA") and beside a photo ("— VNA/VNS
//! Photo", "(Photo: VNA)"). They say who filed the copy, not an organisation the statement
//! names.

/// The most characters a credit at the end of a text may hold: one agency or two ("VNA/VNS").
const LONGEST_CREDIT: usize = 16;

/// The most words of a dateline before its bracketed credit: a place of up to three words and
/// a day ("New Delhi, March 3").
const MOST_DATELINE_WORDS: usize = 5;

/// The byte ranges of `text` that are news agencies' credits.
pub(super) fn credit_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let trimmed = text.trim_end();
    spans.extend(closing_credit(trimmed));
    if let Some(span) = dateline_credit(text) {
        spans.push(span);
    }
    spans.extend(photo_credits(text));
    spans.extend(bare_dateline_credit(text));
    spans.extend(interviewers(text));
    spans.extend(desk_credit(text));
    spans
}

/// The words a newspaper signs its staff's copy with after its initials ("TBS Report", "UNB
/// Desk").
const DESK_WORDS: &[&str] = &[
    "Report",
    "Desk",
    "Correspondent",
    "Reporter",
    "Staff",
    "Online",
];

/// A line that is only a paper's initials and its desk's word ("TBS Report"): the byline of the
/// paper's own staff, not a report the statement names. The whole line's range.
fn desk_credit(text: &str) -> Option<(usize, usize)> {
    let line = text.trim();
    let (initials, desk) = line.split_once(' ')?;
    (is_credit(initials) && DESK_WORDS.contains(&desk)).then(|| {
        let start = text.len() - text.trim_start().len();
        (start, start + line.len())
    })
}

/// The most letters of an agency's initials after "told" ("EFE", "AFP", "Reuters" is a word).
const LONGEST_INTERVIEWER: usize = 6;

/// The initials a source speaks to: "Silvero told EFE that ...". What one tells things to is a
/// news agency interviewing the speaker, never an instrument.
fn interviewers(text: &str) -> Vec<(usize, usize)> {
    text.match_indices("told ")
        .filter(|(at, _)| *at == 0 || text[..*at].ends_with(' '))
        .filter_map(|(at, mark)| {
            let start = at + mark.len();
            let word = text[start..]
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default();
            ((2..=LONGEST_INTERVIEWER).contains(&word.len())
                && word.bytes().all(|b| b.is_ascii_uppercase()))
            .then_some((start, start + word.len()))
        })
        .collect()
}

/// The agencies `texts` (a document's paragraphs) credit, as written: such initials name the
/// agency wherever else the document writes them, as on a story's last line ("GNA").
pub(super) fn credited<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    texts
        .flat_map(|text| {
            credit_spans(text)
                .into_iter()
                .map(move |(start, end)| &text[start..end])
        })
        .collect()
}

/// A dateline whose credit has no brackets: after the place and the day, before a dash,
/// glued or spaced ("Accra, March 27, GNA- President ...", "Accra, May 2, GNA – The ..."), or between slashes after the place ("Ulaanbaatar
/// /MONTSAME/ The visit ..."). The credit's range.
fn bare_dateline_credit(text: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    for (index, token) in text.split(' ').take(MOST_DATELINE_WORDS + 1).enumerate() {
        let start = offset;
        offset += token.len() + 1;
        if index == 0 {
            continue;
        }
        // The place and the day before it: title case or figures, the last with a comma
        // after it before a dash.
        let place = text[..start].split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && !w.contains(['.', ':', '(', '/'])
        });
        if !place {
            return None;
        }
        // "Ulaanbaatar /MONTSAME/. On March 16 ...": a full stop or a comma may close it.
        if let Some(inside) = token
            .trim_end_matches(['.', ',', ':'])
            .strip_prefix('/')
            .and_then(|rest| rest.strip_suffix('/'))
        {
            let capitals = (2..=LONGEST_CREDIT).contains(&inside.len())
                && inside.bytes().all(|b| b.is_ascii_uppercase());
            return capitals.then_some((start + 1, start + 1 + inside.len()));
        }
        let credit = token.trim_end_matches(['-', '–', '—']);
        // "Accra, May 18, XNA – The ...": the dash may stand alone after the credit.
        let spaced_dash = text
            .get(offset..)
            .is_some_and(|rest| rest.starts_with(['-', '–', '—']));
        let dashed = credit.len() < token.len() || spaced_dash;
        if dashed && is_credit(credit) && text[..start].trim_end().ends_with(',') {
            return Some((start, start + credit.len()));
        }
    }
    None
}

/// The byte ranges of the capitalised runs after "Distributed by" ("Distributed by APO Group
/// on behalf of ..."): a wire's credit names the company that sent the copy.
pub(super) fn distributor_runs(text: &str) -> Vec<(usize, usize)> {
    text.match_indices("istributed by ")
        .map(|(at, credit)| {
            let from = at + credit.len();
            let run: usize = text[from..]
                .split_inclusive(' ')
                .take_while(|w| w.starts_with(char::is_uppercase))
                .map(str::len)
                .sum();
            (from, from + run)
        })
        .collect()
}

/// Whether `word` is written as an agency's initials, or two of them joined by a slash
/// ("VNA/VNS"): capitals, two to six letters each.
fn is_credit(word: &str) -> bool {
    !word.is_empty()
        && word.split('/').all(|part| {
            (2..=6).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_uppercase())
        })
}

/// The range of a credit that ends the text: in brackets after its last sentence ("(KUNA)"),
/// after a dash that follows the last sentence ("– KUNA", "— VNS", ".-VNA") or after a full
/// stop and a slash ("./.VNA").
fn closing_credit(text: &str) -> Option<(usize, usize)> {
    // "... its stability. (KUNA)": the credit in brackets after the last sentence.
    if let Some(inside) = text.strip_suffix(')') {
        let open = inside.rfind('(')?;
        let credit = &inside[open + 1..];
        let after_sentence = inside[..open]
            .trim_end()
            .ends_with(['.', '!', '?', '"', '”']);
        return (after_sentence && is_credit(credit)).then_some((open + 1, inside.len()));
    }
    if let Some(span) = reporter_initials(text) {
        return Some(span);
    }
    let cut = text.rfind(['–', '—', '-', '/'])?;
    let credit = text[cut..]
        .trim_start_matches(['–', '—', '-', '/', '.'])
        .trim();
    if credit.len() > LONGEST_CREDIT || !is_credit(credit) {
        return None;
    }
    let before = text[..cut].trim_end_matches(['/', '.', ' ']);
    // The dash stands after a sentence's end or apart from the words before it, not inside a
    // hyphenated pair ("EU-NATO").
    let apart = text[..cut].ends_with([' ', '.', '/']) || text[cut..].starts_with(['–', '—']);
    (apart && !before.is_empty()).then(|| (text.len() - credit.len(), text.len()))
}

/// The most letters of a reporter's initials that close a story.
const LONGEST_INITIALS: usize = 3;

/// A reporter's initials after the story's last sentence, with no dash ("... for the benefit
/// of the people of the region. AS"): the last sentence ends on a word in lower case, so that
/// an initialism's own full stop ("the U.S. UN") is no sentence's end.
fn reporter_initials(text: &str) -> Option<(usize, usize)> {
    let (before, initials) = text.rsplit_once(". ")?;
    let last = before.rsplit(' ').next().unwrap_or_default();
    let sentence_end = last.chars().count() >= 2 && last.chars().all(char::is_lowercase);
    ((2..=LONGEST_INITIALS).contains(&initials.len())
        && initials.bytes().all(|b| b.is_ascii_uppercase())
        && sentence_end)
        .then(|| (text.len() - initials.len(), text.len()))
}

/// A dateline whose place is written in title case and whose credit is in brackets, before a
/// dash or a colon: "Hanoi (VNA) – Vietnam's Deputy Prime Minister ...", "New Delhi, March 3
/// (ANI): ...". The bracket's range.
fn dateline_credit(text: &str) -> Option<(usize, usize)> {
    let open = text.find('(')?;
    let place = text[..open].trim_end().trim_end_matches(',');
    // "(VOVWORLD) - Deputy Prime Minister ...": a site's own name in capitals opens its copy
    // in brackets, with no place before it; such a name may be longer than an agency's
    // initials.
    if place.is_empty() {
        let close = open + text[open..].find(')')?;
        let credit = &text[open + 1..close];
        let after = text[close + 1..].trim_start();
        let capitals = (2..=LONGEST_CREDIT).contains(&credit.len())
            && credit.bytes().all(|b| b.is_ascii_uppercase());
        return (capitals && after.starts_with(['–', '—', '-', ':'])).then_some((open + 1, close));
    }
    // "Hanoi", "New Delhi, March 3": the place in title case, and the day it was filed.
    let place_words: Vec<&str> = place.split_whitespace().collect();
    if place_words.is_empty()
        || place_words.len() > MOST_DATELINE_WORDS
        || !place_words.iter().all(|w| {
            w.trim_end_matches(',')
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && !w.contains(['.', ':'])
        })
    {
        return None;
    }
    let close = open + text[open..].find(')')?;
    let credit = &text[open + 1..close];
    let after = text[close + 1..].trim_start();
    (is_credit(credit) && after.starts_with(['–', '—', '-', ':'])).then_some((open + 1, close))
}

/// Photo credits: "VNA/VNS Photo" (the agencies before the word) and "Photo: VNA" (after it).
fn photo_credits(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    // "photo: AGENCY": a caption's credit line in lower case reads as one capitalised.
    let found = text
        .match_indices("Photo")
        .chain(text.match_indices("photo:"));
    for (at, _) in found {
        let before = text[..at].trim_end();
        let word_start = before
            .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '—' | '–'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        if is_credit(&before[word_start..]) {
            spans.push((word_start, before.len()));
        }
        let after = &text[at + "Photo".len()..];
        // "Photos: ...": a gallery's credit reads as a single photo's.
        let after = after.strip_prefix('s').unwrap_or(after);
        if let Some(rest) = after.strip_prefix(':') {
            let credit = rest.trim_start();
            let end = credit
                .find(|c: char| !(c.is_ascii_uppercase() || c == '/'))
                .unwrap_or(credit.len());
            if is_credit(&credit[..end]) {
                let start = text.len() - credit.len();
                spans.push((start, start + end));
            } else if let Some(close) = credit.find(')') {
                // "(Photo: Viet Dung/ VNA)": the photographer, then the agency after a slash.
                let inside = &credit[..close];
                // "Photos: Pepe Méndez (NOLSOM)": the photographer, then the agency in
                // brackets.
                let bracket = inside.rfind('(').map(|open| &inside[open + 1..]);
                if let Some(agency) = bracket.filter(|agency| is_credit(agency)) {
                    let start = text.len() - credit.len() + close - agency.len();
                    spans.push((start, start + agency.len()));
                } else if let Some(slash) = inside.rfind('/') {
                    let agency = inside[slash + 1..].trim_start();
                    if is_credit(agency) {
                        let start = text.len() - credit.len() + close - agency.len();
                        spans.push((start, start + agency.len()));
                    }
                }
            }
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credits(text: &str) -> Vec<&str> {
        credit_spans(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn the_agency_a_source_told_is_a_credit() {
        assert_eq!(
            credits("Asked about it, Silvero told EFE that they met."),
            ["EFE"]
        );
        assert!(credits("He told the EU Council that it met.").is_empty());
    }

    #[test]
    fn agencies_credits_are_found_where_copies_put_them() {
        assert_eq!(credits("It was discussed. – KUNA"), vec!["KUNA"]);
        assert_eq!(credits("They will work with the ties.-VNA"), vec!["VNA"]);
        assert_eq!(credits("including the East Sea issue./.VNA"), vec!["VNA"]);
        assert_eq!(credits("Hanoi (VNA) – The ministers spoke."), vec!["VNA"]);
        assert_eq!(
            credits("The minister holds talks on Wednesday. — VNA/VNS Photo |"),
            vec!["VNA/VNS"]
        );
        assert_eq!(credits("He met Kerry in 2013 (Photo: VNA)"), vec!["VNA"]);
        assert_eq!(credits("photo: XYZA"), vec!["XYZA"]);
        assert_eq!(
            credits("New Delhi, March 3 (ANI): The minister said"),
            vec!["ANI"]
        );
        assert_eq!(credits("They agreed on it. (KUNA)"), vec!["KUNA"]);
        assert_eq!(
            credits("(VOVWORLD) - The Deputy Prime Minister chaired"),
            vec!["VOVWORLD"]
        );
        assert_eq!(
            credits("The minister met the President (Photo: Viet Dung/ VNA)"),
            vec!["VNA"]
        );
        assert_eq!(
            credits("Accra, March 27, GNA- President Akufo-Addo received"),
            vec!["GNA"]
        );
        assert_eq!(
            credits("Lagos, May 2, XNA – The Minister received the envoy"),
            vec!["XNA"]
        );
        assert!(credits("Lagos, May 2, - The Minister met the EU envoy").is_empty());
        assert_eq!(
            credits("Ulaanbaatar /MONTSAME/ The visit by the Vietnamese PM"),
            vec!["MONTSAME"]
        );
        assert_eq!(
            credits("Ulaanbaatar /MONTSAME/. On March 16, the Minister met"),
            vec!["MONTSAME"]
        );
        assert_eq!(credits("Photos: Ana Ruiz (AGNP)"), vec!["AGNP"]);
        assert_eq!(credits("XYZ Report"), vec!["XYZ Report"]);
        assert!(credits("XYZ Report on the talks").is_empty());
        assert!(credits("Annual Report").is_empty());
        assert!(credits("Photos: Ana Ruiz (Madrid)").is_empty());
        assert!(credits("Madrid /the city/. On March 16").is_empty());
        assert_eq!(
            credits("They will champion the ideals of the region. AS"),
            vec!["AS"]
        );
        assert!(credits("They met at the U.S. UN").is_empty());
        let story = ["Accra, March 27, GNA- President Akufo-Addo received", "GNA"];
        assert_eq!(credited(story.into_iter()), vec!["GNA"]);
    }

    #[test]
    fn names_in_a_sentence_are_no_credits() {
        assert!(credits("They spoke about NATO-EU cooperation").is_empty());
        assert!(credits("Both are members of the EU").is_empty());
        assert!(credits("They spoke of the Treaty on European Union (TEU)").is_empty());
        assert!(credits("The ministers met at the UN (in New York) today.").is_empty());
        assert!(credits("They welcomed the Joint Statement (JCPOA) – and more").is_empty());
        assert!(credits("(NATO) is an alliance").is_empty());
        assert!(credits("Brussels, 4 May, NATO-EU talks began").is_empty());
    }
}
