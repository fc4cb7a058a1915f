//! What copying sites and blogs add around a statement: a series or section name before the
//! title ("Oval Office Chat: Title"), a country tag before a dash ("Canada – Title"), a blog's
//! posting date above the title and its comment form below the text; and a date the first
//! sentence gives in brackets ("(November 5 2021)").

use crate::date::{find_dates_in, PartialDate, TextLanguage};

/// The lines of a blog's comment form: a copy that ends with one was posted on a blog.
pub(super) fn is_comment_form(line: &str) -> bool {
    let line = line.trim();
    // "Comments are Closed": a news site's form, closed, says the same.
    matches!(line, "Post a Comment" | "Leave a Reply" | "Leave a comment")
        || line.eq_ignore_ascii_case("comments are closed")
        || line
            .strip_suffix("comments:")
            .or_else(|| line.strip_suffix("comment:"))
            .is_some_and(|count| {
                let count = count.trim();
                count == "No" || (!count.is_empty() && count.bytes().all(|b| b.is_ascii_digit()))
            })
}

/// Whether a line is a site's posting line: a date, then the site's empty fields (its
/// category, author and tags) as bare commas ("Mar 2, 2021 , , ,"). The site posted the copy
/// then; the statement's own date is elsewhere, if the text gives one.
pub(super) fn is_post_metadata(line: &str) -> bool {
    let line = line.trim_end();
    let fields = line.trim_end_matches([',', ' ']);
    let empty = line[fields.len()..].matches(',').count();
    empty >= 2
        && fields.split_whitespace().count() <= 4
        && fields.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether a short line is a weekday and a date ("Thursday, September 24, 2015"): the date a
/// blog prints above each post.
pub(super) fn is_posting_date(line: &str) -> bool {
    let first = line
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_end_matches(',');
    crate::date::WEEKDAYS.contains(&first) && line.split_whitespace().count() <= 5
}

/// The title without what a site put before it: a series or section name before a colon when
/// the text never names it ("Oval Office Chat: Prime Minister Cameron of the United Kingdom"),
/// or one word tagging the country or section before a dash ("Canada – Minister Joly speaks
/// with ..."). A title's own colon stays: before a date ("PM call with X: 2 August 2023"), or
/// after the subject the text names ("Canada-United Kingdom Joint Declaration: Review and
/// Refresh").
pub(super) fn without_site_prefix(
    title: &str,
    body: &str,
    language: TextLanguage,
) -> Option<String> {
    // "Department of Foreign Affairs and Trade of Ireland : Minister Coveney to attend ...": a
    // copying site puts the publisher's name before a spaced colon.
    if let Some((prefix, rest)) = title.split_once(" : ") {
        if is_publisher_name(prefix) && is_title(rest) {
            return Some(rest.trim().to_string());
        }
    }
    if let Some((prefix, rest)) = title.split_once(": ") {
        // "Tanzania: Ethiopia, Tanzania Vow to Deepen Cooperation": a news site files a story
        // under one of the countries its headline names, one word before a colon; a title's
        // own colon follows a subject it does not repeat at once.
        let tag = prefix.len() >= 3
            && prefix.starts_with(char::is_uppercase)
            && prefix.chars().all(char::is_alphabetic)
            && rest
                .split(|c: char| !c.is_alphabetic())
                .any(|word| word == prefix);
        if tag && is_title(rest) && !rest.contains(": ") {
            return Some(rest.trim().to_string());
        }
        let words: Vec<&str> = prefix.split_whitespace().collect();
        let named = (2..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
        // "Bilateral Cooperation: FM ... Holds Talks ...": a topic whose every word the text
        // takes up ("bilateral relations", "boosting cooperation") is the title's own.
        let body_lower = body.to_lowercase();
        let body_words: std::collections::HashSet<&str> =
            body_lower.split(|c: char| !c.is_alphanumeric()).collect();
        let said = body_lower.contains(&prefix.to_lowercase())
            || words
                .iter()
                .all(|w| body_words.contains(w.to_lowercase().as_str()));
        if named
            && !said
            && !super::labels::names_own_kind(prefix)
            && is_title(rest)
            && !rest.contains(": ")
            && find_dates_in(rest, language).is_empty()
        {
            return Some(rest.trim().to_string());
        }
    }
    for dash in [" – ", " — ", " - "] {
        if let Some((prefix, rest)) = title.split_once(dash) {
            // "Algeria – Tunisia: 27 Agreements Signed": a dash between two names before the
            // headline's colon pairs them; no tag stands before it.
            let paired = rest
                .split_whitespace()
                .next()
                .is_some_and(|word| word.ends_with(':'));
            let tag = prefix.chars().count() >= 3
                && prefix.starts_with(char::is_uppercase)
                && prefix.chars().skip(1).all(char::is_lowercase)
                && !paired;
            if tag && is_title(rest) && rest.split_whitespace().count() >= 4 {
                return Some(rest.trim().to_string());
            }
            break;
        }
    }
    None
}

/// Whether `text` names a public body that issues statements: capitalised words and joining
/// words only, one of them a body's word ("Department of Foreign Affairs and Trade of
/// Ireland", "Ministry of Foreign Affairs", "Government of Canada").
fn is_publisher_name(text: &str) -> bool {
    const BODIES: [&str; 8] = [
        "Department",
        "Ministry",
        "Office",
        "Government",
        "Embassy",
        "Agency",
        "Presidency",
        "Secretariat",
    ];
    const JOINING: [&str; 5] = ["of", "and", "for", "the", "&"];
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=10).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || JOINING.contains(w))
        && words.iter().any(|w| BODIES.contains(w))
}

/// Whether `text` reads as a title of its own: three words or more, the first capitalised.
fn is_title(text: &str) -> bool {
    text.split_whitespace().count() >= 3 && text.trim_start().starts_with(char::is_uppercase)
}

/// A full date the first sentence writes in brackets, alone: "spoke with ... (November 5
/// 2021)", "today (5 November 2021)".
pub(super) fn bracketed_date(sentence: &str, language: TextLanguage) -> Option<PartialDate> {
    sentence.match_indices('(').find_map(|(open, _)| {
        let inside = &sentence[open + 1..];
        let inside = inside[..inside.find(')')?].trim();
        // "November 5 2021": a month, a day and a year without the comma between them.
        let words: Vec<&str> = inside.split_whitespace().collect();
        let inside = match words.as_slice() {
            [month, day, year]
                if month.starts_with(char::is_uppercase)
                    && day.len() <= 2
                    && day.bytes().all(|b| b.is_ascii_digit())
                    && year.len() == 4
                    && year.bytes().all(|b| b.is_ascii_digit()) =>
            {
                format!("{month} {day}, {year}")
            }
            _ => inside.to_string(),
        };
        let found = find_dates_in(&inside, language);
        let date = found.first()?;
        let alone = found.len() == 1
            && inside[..date.start].trim().is_empty()
            && inside[date.end..].trim().is_empty();
        (alone && date.date.is_full()).then_some(date.date)
    })
}

/// The date of a release stamp "10/26/2023 11:52 PM EDT": a twelve-hour clock writes the
/// month first, unless the first number cannot be a month ("26/10/2023 11:52 AM").
pub(super) fn stamp_date(stamp: &str) -> Option<PartialDate> {
    let date = stamp.split_whitespace().next()?;
    let mut parts = date.split('/').map(|p| p.parse::<u16>().ok());
    let (first, second, year) = (parts.next()??, parts.next()??, parts.next()??);
    let twelve_hour = stamp.contains("AM") || stamp.contains("PM");
    let (month, day) = if twelve_hour && first <= 12 {
        (first, second)
    } else if second <= 12 {
        (second, first)
    } else {
        return None;
    };
    PartialDate::new(
        year,
        Some(u8::try_from(month).ok()?),
        Some(u8::try_from(day).ok()?),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_bracketed_date_and_a_release_stamp() {
        let english = TextLanguage::English;
        let sentence = "Joly today (November 5) spoke with Le Drian, Minister (November 5 2021).";
        assert_eq!(
            bracketed_date(sentence, english),
            PartialDate::new(2021, Some(11), Some(5))
        );
        assert_eq!(bracketed_date("the G7 (2021 and 2022) met", english), None);
        assert_eq!(
            stamp_date("10/26/2023 11:52 PM EDT"),
            PartialDate::new(2023, Some(10), Some(26))
        );
        assert_eq!(
            stamp_date("26/10/2023 11:52"),
            PartialDate::new(2023, Some(10), Some(26))
        );
    }

    #[test]
    fn a_topic_whose_words_the_text_takes_up_stays_in_the_title() {
        let english = TextLanguage::English;
        let body = "They discussed bilateral relations and boosting cooperation.";
        let title = "Bilateral Cooperation: FM Bourita Holds Talks with Bahraini Counterpart";
        assert_eq!(without_site_prefix(title, body, english), None);
    }

    #[test]
    fn drops_a_series_name_and_a_country_tag_but_keeps_a_title_s_own_colon() {
        let english = TextLanguage::English;
        let body = "President Obama spoke today by phone with Prime Minister Cameron.";
        assert_eq!(
            without_site_prefix(
                "Oval Office Chat: Prime Minister Cameron of the United Kingdom",
                body,
                english
            )
            .as_deref(),
            Some("Prime Minister Cameron of the United Kingdom")
        );
        assert_eq!(
            without_site_prefix(
                "PM call with Chancellor Scholz: 2 August 2023",
                body,
                english
            ),
            None
        );
        // A lead naming the document's kind after its parties is the title's own.
        assert_eq!(
            without_site_prefix(
                "JAPAN UK JOINT STATEMENT: A Framework for the Future",
                body,
                english
            ),
            None
        );
        let declared = "The Canada-United Kingdom Joint Declaration of 2011 set out ...";
        assert_eq!(
            without_site_prefix(
                "Canada-United Kingdom Joint Declaration: Review and Refresh",
                declared,
                english
            ),
            None
        );
        assert_eq!(
            without_site_prefix(
                "Canada – Minister Joly speaks with Elizabeth Truss",
                body,
                english
            )
            .as_deref(),
            Some("Minister Joly speaks with Elizabeth Truss")
        );
        assert_eq!(
            without_site_prefix("E3-JCPOA - Joint statement by spokespersons", body, english),
            None
        );
        assert_eq!(
            without_site_prefix(
                "Department of Foreign Affairs and Trade of Ireland : Minister Coveney to attend meeting",
                body,
                english
            )
            .as_deref(),
            Some("Minister Coveney to attend meeting")
        );
        assert_eq!(
            without_site_prefix(
                "Tanzania: Ethiopia, Tanzania Vow to Deepen Cooperation in Various Areas",
                body,
                english
            )
            .as_deref(),
            Some("Ethiopia, Tanzania Vow to Deepen Cooperation in Various Areas")
        );
        assert_eq!(
            without_site_prefix("Ukraine: Statement by the Foreign Minister", body, english),
            None
        );
        // A dash pairing two names before the headline's colon is the title's own.
        assert_eq!(
            without_site_prefix(
                "Algeria – Tunisia: 27 Agreements Signed, Towards an “Economic Merger”?",
                body,
                english
            ),
            None
        );
        // A spaced colon after words that name no public body stays in the title.
        assert_eq!(
            without_site_prefix("Brexit talks : what comes next", body, english),
            None
        );
        assert!(is_comment_form("No comments:") && is_comment_form("12 comments:"));
        assert!(is_comment_form("Comments are Closed"));
        assert!(is_post_metadata("Mar 2, 2021 , , ,"));
        assert!(!is_post_metadata("Mar 2, 2021") && !is_post_metadata("London, Paris, Berlin"));
        assert!(is_posting_date("Thursday, September 24, 2015"));
    }

    #[test]
    fn a_copy_s_additions_and_a_late_date_line_are_read() {
        let blog = "Sunday, March 3, 2019\n\nNews Digest: Foreign Secretary meets counterpart\n\n\
                    The Foreign Secretary met his counterpart yesterday (2 March 2019) in London.\n\n\
                    2 comments:\n";
        let parsed = super::super::parse::parse(blog);
        assert_eq!(
            parsed.title.as_deref(),
            Some("Foreign Secretary meets counterpart")
        );
        // The blog posted it the next day: its date is no statement's.
        assert_eq!(parsed.date, PartialDate::new(2019, Some(3), Some(2)));
        let copy = "Canada – Minister Joly concludes trip to Germany and Belgium\n\n\
                    The Honourable Mélanie Joly today concluded a productive trip to Germany.\n\n\
                    May 16, 2022 – Berlin, Germany – Global Affairs Canada\n\n\
                    At the G7 meeting, Minister Joly reaffirmed Canada’s commitment.\n";
        let parsed = super::super::parse::parse(copy);
        assert_eq!(
            parsed.title.as_deref(),
            Some("Minister Joly concludes trip to Germany and Belgium")
        );
        assert_eq!(parsed.date, PartialDate::new(2022, Some(5), Some(16)));
    }
}
