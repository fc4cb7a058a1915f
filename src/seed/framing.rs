//! A page's own lines around a statement that no format label marks: a breadcrumb trail
//! ("Home > News > ... > Title", whose last step is the title), a section name ("Japan-Germany
//! Relations"), a metadata line with its date ("Nyhet | Dato: 31.10.2018") and a closing line with the office and the date ("ENDS Press Office 14
//! April 2021"), a page's title bar ("Title - News - Site name") and the title in the site's
//! own language above the English one, a date at a title's end; and the lines that are no
//! title: an office's name ("MINISTRY FOR FOREIGN AFFAIRS"), a dateline standing alone, one
//! word in capitals ("ADVERTISEMENT").

use super::opening::date_line;
use super::parse::{word_count, Block};
use super::words;
use crate::date::{find_dates_in, PartialDate, TextLanguage};

/// The steps of a breadcrumb trail written on one line: two separators or more ("Home > News >
/// April 2012 > Title"). A single "A > B" may be prose; a trail has steps. The last step may
/// be the title; the others are the site's sections. Slashes separate steps too ("Home /
/// Announcements / News"), but only short capitalised ones: a title may pair names with a
/// slash, never three short sections.
pub(super) fn trail_steps(line: &str) -> Option<Vec<&str>> {
    let separators = [" > ", " › ", " » "];
    if let Some(separator) = separators.iter().find(|s| line.matches(*s).count() >= 2) {
        let steps: Vec<&str> = line.split(separator).map(str::trim).collect();
        return steps.last().is_some_and(|s| !s.is_empty()).then_some(steps);
    }
    let steps: Vec<&str> = line.split(" / ").map(str::trim).collect();
    let short = steps
        .iter()
        .all(|step| (1..=3).contains(&word_count(step)) && step.starts_with(char::is_uppercase));
    (steps.len() >= 3 && short).then_some(steps)
}

/// Whether a short line names a site's section about a relationship ("Japan-Germany
/// Relations", "Japan-United States of America Relations", "Diplomatic Relations"): a page
/// files the statement under it, and a title says what happened.
pub(super) fn is_section_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words.last() == Some(&"Relations")
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "the"))
}

/// The date a paragraph opens with, after "On" and before a comma: "On 17 September 2021,
/// Valmiermuiža hosted ...".
pub(super) fn opening_on_date(paragraph: &str, language: TextLanguage) -> Option<PartialDate> {
    let rest = paragraph.strip_prefix("On ")?;
    // "On Tuesday, 29 June 2021, ...": the weekday before the day.
    let rest = rest
        .split_once(", ")
        .filter(|(day, _)| crate::date::WEEKDAYS.contains(day))
        .map_or(rest, |(_, after)| after);
    let first = find_dates_in(rest, language).into_iter().next()?;
    (first.start == 0 && rest[first.end..].starts_with(',') && first.date.is_full())
        .then_some(first.date)
}

/// The date of a page's metadata line, fields between bars with the date last ("Nyhet | Dato:
/// 31.10.2018", "News | Published: 3 May 2021").
pub(super) fn metadata_date(line: &str, language: TextLanguage) -> Option<PartialDate> {
    if !line.contains(" | ") || word_count(line) > 8 {
        return None;
    }
    let field = line.rsplit(" | ").next()?.trim();
    // "Dato: 31.10.2018": the field's name, one word, before its value.
    let value = match field.split_once(": ") {
        Some((name, value)) if !name.contains(' ') => value,
        _ => field,
    };
    date_line(value.trim(), language)
        .flatten()
        .filter(|d| d.is_full())
        .or_else(|| {
            // "Tale/innlegg | Dato: 12.04.2024 | Statsministerens kontor": a named date field
            // between others, the office last.
            line.split(" | ").find_map(|field| {
                let (name, value) = field.trim().split_once(": ")?;
                if name.contains(' ') {
                    return None;
                }
                date_line(value.trim(), language)
                    .flatten()
                    .filter(|d| d.is_full())
            })
        })
}

/// The date of a closing line that signs the release with the office and the day, every word
/// capitalised ("ENDS Press Office 14 April 2021", "Press Office, 3 May 2019"): a body
/// sentence has words in lower case.
pub(super) fn footer_date(line: &str, language: TextLanguage) -> Option<PartialDate> {
    if word_count(line) > 8 {
        return None;
    }
    let last = find_dates_in(line, language).pop()?;
    let before = line[..last.start].trim_end_matches([',', ' ', '-', '–']);
    let signed = !before.is_empty()
        && before
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    (signed && line[last.end..].trim().is_empty() && last.date.is_full()).then_some(last.date)
}

/// The date of a signature block: short lines of capitalised words, the signer's name and
/// office, perhaps the place, then the day alone ("YB DATO’ SERI HISHAMMUDDIN HUSSEIN",
/// "PUTRAJAYA", "1 JUNE 2021"). A paragraph's lines are sentences with words in lower case; a
/// list's items are not all capitalised names.
pub(super) fn signature_date(block: &str, language: TextLanguage) -> Option<PartialDate> {
    let lines: Vec<&str> = block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let (day, names) = lines.split_last()?;
    let signed = !names.is_empty()
        && names.len() <= 4
        && names.iter().all(|line| {
            word_count(line) <= 8
                && !line.ends_with(['.', ';', ':'])
                && line.split_whitespace().all(|w| {
                    w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                        || matches!(w, "of" | "and" | "the" | "for")
                })
        });
    if !signed {
        return None;
    }
    date_line(day, language).flatten().filter(|d| d.is_full())
}

/// Whether the last line of a copy is a news agency's sign-off: its initials alone ("VNA",
/// "VNA/VNS"), after the story. A body's last sentence has more than one word.
pub(super) fn is_sign_off(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line.split('/').all(|part| {
            (2..=6).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_uppercase())
        })
}

/// The most words of a page's button line after a story ("Share this: Tweet").
const BUTTON_WORDS: usize = 3;

/// Where the page's buttons under the story begin: the index from which every block to the
/// end is a short line ("Share this: Tweet", "WhatsApp", "Email"; a story's sentences are
/// longer), `blocks.len()` when the last block is not one. Found once, from the end, so that
/// asking it of every block keeps a long seed's parse linear.
pub(super) fn buttons_start(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .rposition(|b| !(b.single_line && word_count(&b.text) <= BUTTON_WORDS))
        .map_or(0, |story_end| story_end + 1)
}

/// Whether `line` is `title` as a page's title bar prints it: the title, then the page's
/// section and the site's name, each after a separator ("Joint Declaration of the Presidents
/// - News - National Security Bureau"). The title printed alone below is the title.
pub(super) fn is_title_bar(line: &str, title: &str) -> bool {
    let Some(rest) = line.strip_prefix(title) else {
        return false;
    };
    let parts: Vec<&str> = rest.split([' ', '\u{a0}']).collect();
    let rest = parts.join(" ");
    let mut steps = rest.split(['-', '–', '—', '|']).map(str::trim);
    // Nothing before the first separator: the title ends where the bar's parts begin.
    steps.next().is_some_and(str::is_empty)
        && word_count(title) >= 3
        && steps.clone().count() >= 1
        && steps.all(|step| {
            !step.is_empty()
                && word_count(step) <= 5
                && step.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// Words that nearly every English title of five words or more holds.
const ENGLISH_SMALL_WORDS: &[&str] = &[
    "the", "of", "and", "with", "to", "in", "on", "for", "at", "by", "from", "is", "are",
];

/// Whether `line`, a title-like line above an English one, is the same title in the site's own
/// language ("Štátny tajomník Ivan Korčok prijal maďarského ministra ..." above "State
/// Secretary Korčok receives Péter Szijjártó, Minister of ..."): it holds none of English's
/// small words, two of its common words have letters beyond ASCII, and the line below holds
/// English's small words.
pub(super) fn is_title_in_site_language(line: &str, english: &str) -> bool {
    let small = |text: &str| {
        text.split_whitespace()
            .filter(|w| ENGLISH_SMALL_WORDS.contains(&w.to_lowercase().as_str()))
            .count()
    };
    // Common words with letters beyond ASCII ("prijal maďarského ministra"): a name's
    // letters ("Péter Szijjártó") are capitalised.
    let accented = line
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase))
        .filter(|w| w.chars().any(|c| c.is_alphabetic() && !c.is_ascii()))
        .count();
    word_count(line) >= 5
        && word_count(english) >= 5
        && small(line) == 0
        && accented >= 2
        && small(english) >= 1
        && !english.starts_with("By ")
}

/// A date written at the end of a title: "Title: 2 August 2023", "Title, 1 February 2023",
/// "Title (12 March 2022)".
pub(super) fn title_date(title: &str, language: TextLanguage) -> Option<PartialDate> {
    let last = find_dates_in(title, language).pop()?;
    let after =
        title[last.end..].trim_matches(|c: char| c.is_whitespace() || matches!(c, ')' | ']' | '.'));
    let mut before = title[..last.start].trim_end();
    // "Titre, le 10 juillet 2025", "Titel am 10. Juli 2025": the word before the date goes.
    if let Some((head, word)) = before.rsplit_once(char::is_whitespace) {
        if words::date_articles(language).contains(&word.to_lowercase().as_str()) {
            before = head.trim_end();
        }
    }
    // "Joint declaration – Government Consultations Netherlands - Germany 27 March 2023": a
    // title set in parts by a dash names its event, then the day, with no mark between; a date
    // after a word in lower case ("the anniversary of 4 June 1989") recalls another day.
    let named_event = before
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|word| word.starts_with(char::is_uppercase))
        && [" – ", " — ", " - ", ": "]
            .iter()
            .any(|mark| before.contains(mark));
    let separated = before.ends_with([':', ',', '(', '-', '–', '|']) || named_event;
    (after.is_empty() && separated && last.date.is_full()).then_some(last.date)
}

/// Whether `line` ends with `short`, a whole line of a few words printed again after other
/// words glued to it (a section's name or a kicker before the title).
pub(super) fn ends_with_line(line: &str, short: &str) -> bool {
    let (line, short) = (line.trim(), short.trim());
    word_count(short) >= 2
        && line.len() > short.len()
        && line
            .strip_suffix(short)
            .is_some_and(|head| head.ends_with(char::is_whitespace))
}

/// Whether a line only names an office that issues statements ("Office of the Press Secretary",
/// "Ministry of Foreign Affairs"): a byline, never a title, which says what happened.
pub(super) fn is_office(line: &str) -> bool {
    // Printed in capitals too, as a masthead ("MINISTRY FOR FOREIGN AFFAIRS").
    const OFFICES: [&str; 6] = [
        "office of ",
        "ministry of ",
        "ministry for ",
        "department of ",
        "department for ",
        "bureau of ",
    ];
    let line = line.trim();
    let lower = line.to_lowercase();
    // "Ministry of Foreign Affairs and International Cooperation of the Italian Republic": a
    // longer office's name is still a name, its words capitalised but for joining words.
    let named = word_count(line) <= 16
        && line.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "for" | "the" | "&")
        });
    // "Federal Department of Foreign Affairs of the Swiss Confederation", "Royal Ministry of
    // ...": one or two capitalised words may qualify the office, when the whole line is a name;
    // "The Press and Information Office of ...": after "the", and joined by "and".
    let qualified = named
        && OFFICES.iter().any(|office| {
            lower.find(office).is_some_and(|at| {
                let before = line.get(..at).unwrap_or("");
                let qualifiers: Vec<&str> = before
                    .split_whitespace()
                    .enumerate()
                    .filter(|(i, w)| !(matches!(*w, "and" | "&") || (*i == 0 && *w == "The")))
                    .map(|(_, w)| w)
                    .collect();
                (1..=2).contains(&qualifiers.len())
                    && qualifiers
                        .iter()
                        .all(|w| w.chars().all(char::is_alphabetic))
            })
        });
    (OFFICES.iter().any(|office| lower.starts_with(office)) || qualified)
        && (word_count(line) <= 8 || named)
        && !line.ends_with(['.', ':'])
}

/// A title in capitals set over two lines, cut before a joining word ("MEMORANDUM" above "OF
/// UNDERSTANDING ON ENHANCED COOPERATION BETWEEN ..."): the line at `index` goes on from the
/// short line in capitals above it, and the title is both, joined by a space.
pub(super) fn title_set_over_two_lines(blocks: &[Block], index: usize) -> Option<String> {
    const JOINING: [&str; 7] = ["OF", "ON", "AND", "FOR", "BETWEEN", "TO", "IN"];
    let above = &blocks[index.checked_sub(1)?];
    let line = blocks[index].text.trim();
    let capitals = |text: &str| !text.chars().any(char::is_lowercase);
    let first = line.split_whitespace().next()?;
    (above.single_line
        && (1..=3).contains(&word_count(&above.text))
        && above.text.chars().any(char::is_alphabetic)
        && capitals(&above.text)
        && capitals(line)
        && JOINING.contains(&first))
    .then(|| format!("{} {line}", above.text.trim()))
}

/// The most words of a headline written as a sentence.
const LONGEST_HEADLINE_SENTENCE: usize = 20;

/// Whether the first line is a news site's headline written as one whole sentence, full stop
/// and all ("President X paid a visit to Tanzania to discuss various regional issues."), shown
/// by the publisher's name standing alone on the line below it (`next`, "Ministry of Foreign
/// Affairs of Ethiopia"): a lead sentence goes on into the body, not into a byline.
pub(super) fn is_headline_above_byline(block: &Block, next: &Block) -> bool {
    let text = block.text.trim();
    block.single_line
        && next.single_line
        && (5..=LONGEST_HEADLINE_SENTENCE).contains(&word_count(text))
        && text.starts_with(char::is_uppercase)
        && text.ends_with('.')
        && !text[..text.len() - 1].contains(['.', ':', ';'])
        && is_office(&next.text)
}

/// Whether a short line is a dateline standing alone: a place, a day and a month, and a news
/// agency's credit, all capitalised ("Baku, December 8, AZERTAC"). It says where and when the
/// copy was filed; a title has words in lower case or no day. The dash that leads a dateline
/// into its story may stay at the line's end when the story starts on the next line ("AKP
/// Phnom Penh, August 22, 2018 —").
pub(super) fn is_dateline_line(text: &str) -> bool {
    let text = text.trim_end().trim_end_matches(['—', '–', '-']);
    let tokens: Vec<&str> = text
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| matches!(c, ',' | '.' | ';')))
        .filter(|t| !t.is_empty())
        .collect();
    let is_month = |t: &str| {
        t.len() >= 3
            && crate::date::MONTHS
                .iter()
                .any(|m| m.to_ascii_lowercase().starts_with(&t.to_ascii_lowercase()))
    };
    let is_day = |t: &str| {
        t.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
            .parse::<u8>()
            .is_ok_and(|d| (1..=31).contains(&d))
    };
    let is_number = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let capitalised = |t: &str| t.starts_with(char::is_uppercase);
    // "Tuesday, 21. June 2011": a weekday is no place; the line is a date line.
    let weekday = |t: &str| crate::date::WEEKDAYS.contains(&t);
    text.contains(',')
        && !tokens.iter().any(|t| weekday(t))
        && tokens.len() <= 6
        && tokens.iter().any(|t| is_month(t))
        && tokens.iter().any(|t| is_day(t))
        && tokens
            .iter()
            .filter(|t| !is_month(t) && !is_number(t) && !is_day(t))
            .count()
            >= 1
        && tokens
            .iter()
            .all(|t| is_month(t) || is_number(t) || is_day(t) || capitalised(t))
}

/// Whether a line is one word in capitals ("ADVERTISEMENT", "TURKEY"): a page's notice or
/// section, never a title.
pub(super) fn is_shouted_word(line: &str) -> bool {
    let line = line.trim();
    !line.contains(char::is_whitespace)
        && line.chars().filter(|c| c.is_alphabetic()).count() >= 5
        && !line.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_s_share_buttons_are_short_lines() {
        let page = [
            Block::single("The ministers agreed to meet again next year."),
            Block::single("XNA"),
            Block::single("Share this: Tweet"),
            Block::single("Email"),
        ];
        assert_eq!(buttons_start(&page), 1);
        assert_eq!(buttons_start(&page[..1]), 1);
        assert_eq!(buttons_start(&page[1..]), 0);
    }

    #[test]
    fn reads_a_trail_a_section_and_dated_site_lines() {
        assert_eq!(
            trail_steps("Home >  News >  April 2012 >  Japan-Germany Summit Telephone Talk"),
            Some(vec![
                "Home",
                "News",
                "April 2012",
                "Japan-Germany Summit Telephone Talk"
            ])
        );
        assert_eq!(trail_steps("Exports > imports in 2020"), None);
        assert_eq!(
            trail_steps("Home / Announcements / News"),
            Some(vec!["Home", "Announcements", "News"])
        );
        assert_eq!(trail_steps("EU / US talks on trade and climate"), None);
        assert!(is_section_name("Japan-Germany Relations"));
        assert!(is_section_name("Japan-United States of America Relations"));
        assert!(!is_section_name("Talks on relations"));
        assert!(!is_section_name("UK-France Summit 2016"));
        assert!(is_title_bar(
            "Joint Declaration of the Presidents - News - National Security Bureau",
            "Joint Declaration of the Presidents"
        ));
        assert!(!is_title_bar(
            "Joint Declaration of the Presidents - a new step for the region",
            "Joint Declaration of the Presidents"
        ));
        assert!(is_title_in_site_language(
            "Štátny tajomník Ivan Korčok prijal maďarského ministra zahraničných vecí",
            "State Secretary Korčok receives Péter Szijjártó, Minister of Foreign Affairs"
        ));
        assert!(!is_title_in_site_language(
            "President Park: President Jokowi’s Visit Enhances Synergy",
            "By Office of Assistant to Deputy Cabinet Secretary"
        ));
        assert!(!is_title_in_site_language(
            "Minister Coveney meets Péter Szijjártó today",
            "The ministers spoke about the region and its future"
        ));
        let dated = |t| title_date(t, TextLanguage::English).map(|d| d.iso());
        assert_eq!(
            dated(
                "Joint declaration – Government Consultations Netherlands - Germany 27 March 2023"
            ),
            Some("2023-03-27".to_string())
        );
        assert_eq!(dated("Statement on the anniversary of 4 June 1989"), None);
        assert_eq!(dated("Statement – the anniversary of 4 June 1989"), None);
        assert!(ends_with_line(
            "Dutch government visits Berlin Close cooperation and friendship",
            "Close cooperation and friendship"
        ));
        assert!(!ends_with_line("Talks in Berlin", "Berlin"));
        assert!(!ends_with_line("Close cooperation", "Close cooperation"));
        assert!(!ends_with_line(
            "Very close cooperation",
            "lose cooperation"
        ));
        assert!(is_office("MINISTRY FOR FOREIGN AFFAIRS"));
        assert!(is_office(
            "Ministry of Foreign Affairs and International Cooperation of the Italian Republic"
        ));
        assert!(is_office(
            "Federal Department of Foreign Affairs of the Swiss Confederation"
        ));
        assert!(is_office(
            "The Press and Information Office of the Federal Government"
        ));
        assert!(!is_office(
            "The Ministers and Heads of the Office of the Envoy"
        ));
        assert!(!is_office(
            "Federal Councillor Meets Head of Department of Trade"
        ));
        assert!(is_dateline_line("Baku, December 8, AZERTAC"));
        assert!(is_dateline_line("XNA Port Town, March 3, 2019 —"));
        assert!(!is_dateline_line(
            "Port Town, March 3, 2019 — the talks began"
        ));
        assert!(!is_dateline_line("Tuesday, 21. June 2011"));
        assert!(!is_office(
            "Ministry of Foreign Affairs hosts a seminar on trade and security in the region"
        ));
        // A date field's value on a line of its own, written as ISO writes it.
        let iso = TextLanguage::English;
        assert_eq!(
            date_line("2018-07-04", iso),
            Some(PartialDate::new(2018, Some(7), Some(4)))
        );
        assert_eq!(date_line("2018-07-04 was the day", iso), None);
        assert!(is_sign_off("VNA") && is_sign_off("VNA/VNS"));
        assert!(!is_sign_off("Ends.") && !is_sign_off("NATO summit") && !is_sign_off("G7"));
        assert!(is_shouted_word("ADVERTISEMENT"));
        assert!(!is_shouted_word("G7") && !is_shouted_word("UK-France Summit"));
        let english = TextLanguage::English;
        let day = |y, m, d| PartialDate::new(y, Some(m), Some(d));
        assert_eq!(
            metadata_date("Nyhet | Dato: 31.10.2018", english),
            day(2018, 10, 31)
        );
        assert_eq!(
            metadata_date(
                "Tale/innlegg | Dato: 12.04.2024 | Statsministerens kontor",
                english
            )
            .map(|d| d.iso()),
            Some("2024-04-12".to_string())
        );
        assert_eq!(metadata_date("Home | About us", english), None);
        assert_eq!(
            footer_date("ENDS Press Office 14 April 2021", english),
            day(2021, 4, 14)
        );
        assert_eq!(
            footer_date("The talks ended on 14 April 2021", english),
            None
        );
        assert_eq!(
            signature_date(
                "YB DATO’ SERI HISHAMMUDDIN HUSSEIN\nPUTRAJAYA\n1 JUNE 2021",
                english
            ),
            day(2021, 6, 1)
        );
        assert_eq!(
            signature_date(
                "The ministers met in Rome.\nThey agreed.\n1 June 2021",
                english
            ),
            None
        );
        assert_eq!(
            opening_on_date("On 17 September 2021, Riga hosted", english),
            day(2021, 9, 17)
        );
        assert_eq!(opening_on_date("On Monday, they met", english), None);
        assert!(opening_on_date("On Tuesday, 29 June 2021, they met", english).is_some());
    }

    #[test]
    fn pages_with_trails_sections_and_initialled_labels_give_their_titles() {
        use crate::seed::parse::parse;
        let trail = "Home > News > The Leader in Action > Talks with the President of the Council\n\nThe Leader in Action\n\nTalks with the President of the Council\n\nAugust 15, 2017\n\nOn August 15, 2017, the Prime Minister held talks with the President.";
        assert_eq!(
            parse(trail).title.as_deref(),
            Some("Talks with the President of the Council")
        );
        let section = "Japan-United States of America Relations\n\nJune 14, 2019\n\nOn June 14, the Prime Minister held a telephone talk with the President.";
        assert_eq!(parse(section).title, None);
        assert_eq!(
            parse(section).date.map(|d| d.iso()).as_deref(),
            Some("2019-06-14")
        );
        let label = "MFA Press Statement: Minister's Meeting with the Foreign Minister, 4 September 2018\n\nThe Minister met the Foreign Minister today.";
        assert_eq!(
            parse(label).title.as_deref(),
            Some("Minister's Meeting with the Foreign Minister, 4 September 2018")
        );
        assert_eq!(parse(label).kind.as_deref(), Some("press statement"));
    }
}
