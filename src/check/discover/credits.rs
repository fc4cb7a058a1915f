//! News agencies' credits in a copied text: the agency's initials a wire or a news site puts
//! after a dateline's place ("Hanoi (VNA) –"), at the end of the story ("... its stability. –
//! KUNA", "... the ties.-VNA", "... the East Sea issue./.VNA") and beside a photo ("— VNA/VNS
//! Photo", "(Photo: VNA)"). They say who filed the copy, not an organisation the statement
//! names.

/// The most characters a credit at the end of a text may hold: one agency or two ("VNA/VNS").
const LONGEST_CREDIT: usize = 16;

/// The byte ranges of `text` that are news agencies' credits.
pub(super) fn credit_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let trimmed = text.trim_end();
    if let Some(start) = closing_credit(trimmed) {
        spans.push((start, trimmed.len()));
    }
    if let Some(span) = dateline_credit(text) {
        spans.push(span);
    }
    spans.extend(photo_credits(text));
    spans
}

/// Whether `word` is written as an agency's initials, or two of them joined by a slash
/// ("VNA/VNS"): capitals, two to six letters each.
fn is_credit(word: &str) -> bool {
    !word.is_empty()
        && word.split('/').all(|part| {
            (2..=6).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_uppercase())
        })
}

/// Where a credit that ends the text starts: after a dash that follows the last sentence ("–
/// KUNA", "— VNS", ".-VNA") or after a full stop and a slash ("./.VNA").
fn closing_credit(text: &str) -> Option<usize> {
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
    (apart && !before.is_empty()).then(|| text.len() - credit.len())
}

/// A dateline whose place is written in title case and whose credit is in brackets, before a
/// dash: "Hanoi (VNA) – Vietnam's Deputy Prime Minister ...". The bracket's range.
fn dateline_credit(text: &str) -> Option<(usize, usize)> {
    let open = text.find('(')?;
    let place = text[..open].trim_end().trim_end_matches(',');
    let place_words: Vec<&str> = place.split_whitespace().collect();
    if place_words.is_empty()
        || place_words.len() > 3
        || !place_words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(['.', ':']))
    {
        return None;
    }
    let close = open + text[open..].find(')')?;
    let credit = &text[open + 1..close];
    let after = text[close + 1..].trim_start();
    (is_credit(credit) && after.starts_with(['–', '—', '-'])).then_some((open + 1, close))
}

/// Photo credits: "VNA/VNS Photo" (the agencies before the word) and "Photo: VNA" (after it).
fn photo_credits(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (at, _) in text.match_indices("Photo") {
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
        if let Some(rest) = after.strip_prefix(':') {
            let credit = rest.trim_start();
            let end = credit
                .find(|c: char| !(c.is_ascii_uppercase() || c == '/'))
                .unwrap_or(credit.len());
            if is_credit(&credit[..end]) {
                let start = text.len() - credit.len();
                spans.push((start, start + end));
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
    }

    #[test]
    fn names_in_a_sentence_are_no_credits() {
        assert!(credits("They spoke about NATO-EU cooperation").is_empty());
        assert!(credits("Both are members of the EU").is_empty());
        assert!(credits("The ministers met at the UN (in New York) today.").is_empty());
        assert!(credits("They welcomed the Joint Statement (JCPOA) – and more").is_empty());
    }
}
