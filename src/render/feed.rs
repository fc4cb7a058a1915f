//! The Atom feeds, as RFC 4287 describes them: the documents' (`feed.xml`), newest first, and
//! one per instrument, theme and glossary term, to follow it.
//!
//! The feed depends on the documents alone: its `updated` is the newest document's date, never
//! the time of the build, so that two builds of the same site give the same bytes.

use std::fmt::Write;

use unicode_segmentation::UnicodeSegmentation;

use super::escape::escaped;
use super::views::paths;
use crate::date::PartialDate;
use crate::link::Place;
use crate::load::Site;
use crate::seed::Document;
use crate::text::slugify;

pub use crate::urls::{feed_path, FEED_PATH};

/// How many characters of a document's opening a feed entry's summary keeps at most.
const SUMMARY_LIMIT: usize = 400;

/// One entry of a feed.
struct Entry {
    /// The path (relative to the site root) its id is made from.
    id_path: String,
    title: String,
    date: PartialDate,
    /// Where it links, relative to the site root, with a fragment if any.
    link_path: String,
    author: Option<String>,
    summary: String,
}

/// What a feed says about itself.
struct Head<'a> {
    /// Where it is written, relative to the site root.
    path: &'a str,
    title: &'a str,
    subtitle: &'a str,
    /// The page it follows, relative to the site root.
    page_path: &'a str,
    /// The feed's date when it has no entry.
    fallback: Option<PartialDate>,
}

/// The title of the feed of an instrument, theme or term named `name`: the site's, then the name.
fn subject_title(site: &Site, name: &str) -> String {
    let values = [("site", site.config.title.as_str()), ("name", name)];
    site.text_with(site.language(), "feed_subject_title", &values)
}

/// The feed as XML.
///
/// Undated documents are left out: Atom requires an `updated` date on every entry, and accord
/// never invents a date that a document does not give.
pub fn atom(site: &Site) -> String {
    let entries = site
        .documents
        .iter()
        .filter_map(|document| {
            let date = document.date?;
            let path = paths::document(&document.slug);
            Some(Entry {
                id_path: path.clone(),
                title: document.title.clone(),
                date,
                link_path: path,
                author: document.publisher.clone(),
                summary: summary(document),
            })
        })
        .collect();
    write(
        site,
        &Head {
            path: FEED_PATH,
            title: &site.config.title,
            subtitle: site.config.description.trim(),
            page_path: "",
            fallback: newest_review(site),
        },
        entries,
    )
}

/// The feeds of every instrument, theme and glossary term: (path, XML).
///
/// An instrument's feed has an entry for each dated document that mentions it and for each
/// step of its status history; a theme's for each dated document with passages under it; a
/// term's for each dated document that uses it.
pub fn subject_feeds(site: &Site) -> Vec<(String, String)> {
    let mut feeds = Vec::new();
    for (i, instrument) in site.content.instruments.iter().enumerate() {
        let meta = &instrument.meta;
        let path = feed_path("instruments", &instrument.slug);
        let page = paths::instrument(&instrument.slug);
        let places = site.graph.instrument_mentions[i]
            .iter()
            .map(|m| (m.place, Some(m.sentence)));
        let mut entries = document_entries(site, &path, places);
        let steps: Vec<(PartialDate, &str, Option<&str>)> = if meta.history.is_empty() {
            meta.status
                .as_deref()
                .zip(meta.status_date)
                .map(|(status, date)| (date, status, None))
                .into_iter()
                .collect()
        } else {
            meta.history
                .iter()
                .map(|s| (s.date, s.status.as_str(), s.source.as_deref()))
                .collect()
        };
        for (date, status, source) in steps {
            entries.push(Entry {
                id_path: format!("{path}#status-{}-{}", date.iso(), slugify(status, 60)),
                title: site.text_with(site.language(), "feed_status_entry", &[("status", status)]),
                date,
                link_path: format!("{page}#status-history"),
                author: None,
                summary: match source {
                    Some(source) => site.text_with(
                        site.language(),
                        "feed_status_summary",
                        &[("status", status), ("source", source)],
                    ),
                    None => status.to_string(),
                },
            });
        }
        let title = subject_title(site, &meta.name);
        let subtitle = site.text_with(
            site.language(),
            "feed_instrument_subtitle",
            &[("name", &meta.name)],
        );
        feeds.push((
            path.clone(),
            write(
                site,
                &Head {
                    path: &path,
                    title: &title,
                    subtitle: &subtitle,
                    page_path: &page,
                    fallback: meta.reviewed,
                },
                entries,
            ),
        ));
    }
    for (t, theme) in site.content.themes.iter().enumerate() {
        let path = feed_path("themes", &theme.slug);
        let places = site.graph.theme_passages[t].iter().map(|&p| (p, None));
        let entries = document_entries(site, &path, places);
        let title = subject_title(site, &theme.meta.title);
        let subtitle = site.text_with(
            site.language(),
            "feed_theme_subtitle",
            &[("name", &theme.meta.title)],
        );
        feeds.push((
            path.clone(),
            write(
                site,
                &Head {
                    path: &path,
                    title: &title,
                    subtitle: &subtitle,
                    page_path: &paths::theme(&theme.slug),
                    fallback: theme.meta.reviewed,
                },
                entries,
            ),
        ));
    }
    for (t, term) in site.content.glossary.iter().enumerate() {
        let path = feed_path("glossary", &term.slug);
        let places = site.graph.term_mentions[t]
            .iter()
            .map(|m| (m.place, Some(m.sentence)));
        let entries = document_entries(site, &path, places);
        let title = subject_title(site, &term.meta.term);
        let subtitle = site.text_with(
            site.language(),
            "feed_term_subtitle",
            &[("term", &term.meta.term)],
        );
        feeds.push((
            path.clone(),
            write(
                site,
                &Head {
                    path: &path,
                    title: &title,
                    subtitle: &subtitle,
                    page_path: &paths::term(&term.slug),
                    fallback: term.meta.reviewed,
                },
                entries,
            ),
        ));
    }
    feeds
}

/// One entry per dated document among `places` (in document order): it links the first place
/// in that document and quotes its sentence, or its paragraph when no sentence is given.
fn document_entries(
    site: &Site,
    feed: &str,
    places: impl Iterator<Item = (Place, Option<(usize, usize)>)>,
) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut last: Option<usize> = None;
    for (place, sentence) in places {
        if last == Some(place.document) {
            continue;
        }
        last = Some(place.document);
        let document = &site.documents[place.document];
        let Some(date) = document.date else {
            continue;
        };
        let paragraph = &document.sections[place.section].paragraphs[place.paragraph];
        let quoted = sentence
            .and_then(|(start, end)| paragraph.text.get(start..end))
            .unwrap_or(&paragraph.text);
        entries.push(Entry {
            id_path: format!("{feed}#document-{}", document.slug),
            title: document.title.clone(),
            date,
            link_path: format!("{}#{}", paths::document(&document.slug), paragraph.id),
            author: document.publisher.clone(),
            summary: cut(quoted.trim(), SUMMARY_LIMIT),
        });
    }
    entries
}

/// Writes a feed: its entries newest first, then by title and id, so that the order never
/// depends on input order.
fn write(site: &Site, head: &Head<'_>, mut entries: Vec<Entry>) -> String {
    entries.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then_with(|| a.title.cmp(&b.title))
            .then_with(|| a.id_path.cmp(&b.id_path))
    });
    let updated = entries
        .first()
        .map(|e| e.date)
        .or(head.fallback)
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), timestamp);
    let author = site
        .config
        .publisher
        .clone()
        .unwrap_or_else(|| site.config.title.clone());
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        xml,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">",
        escaped(&site.config.language)
    );
    // The site's own feed keeps the site's address as its id, as it always had.
    let feed_id = if head.path == FEED_PATH {
        ""
    } else {
        head.path
    };
    let _ = writeln!(xml, "  <id>{}</id>", escaped(&id(site, feed_id)));
    let _ = writeln!(xml, "  <title>{}</title>", escaped(head.title));
    if !head.subtitle.is_empty() {
        let _ = writeln!(xml, "  <subtitle>{}</subtitle>", escaped(head.subtitle));
    }
    let _ = writeln!(xml, "  <updated>{updated}</updated>");
    let _ = writeln!(
        xml,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        escaped(&site.urls.absolute(head.path))
    );
    let _ = writeln!(
        xml,
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
        escaped(&site.urls.absolute(head.page_path))
    );
    let _ = writeln!(xml, "  <author><name>{}</name></author>", escaped(&author));
    let _ = writeln!(xml, "  <generator>accord</generator>");
    for entry in entries {
        let _ = writeln!(xml, "  <entry>");
        let _ = writeln!(xml, "    <id>{}</id>", escaped(&id(site, &entry.id_path)));
        let _ = writeln!(xml, "    <title>{}</title>", escaped(&entry.title));
        let _ = writeln!(xml, "    <updated>{}</updated>", timestamp(entry.date));
        let _ = writeln!(xml, "    <published>{}</published>", timestamp(entry.date));
        if let Some(publisher) = &entry.author {
            let _ = writeln!(
                xml,
                "    <author><name>{}</name></author>",
                escaped(publisher)
            );
        }
        let _ = writeln!(
            xml,
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            escaped(&site.urls.absolute(&entry.link_path))
        );
        let _ = writeln!(xml, "    <summary>{}</summary>", escaped(&entry.summary));
        let _ = writeln!(xml, "  </entry>");
    }
    xml.push_str("</feed>\n");
    xml
}

/// The newest `reviewed` date of the content: the feed's date when no document has one.
fn newest_review(site: &Site) -> Option<PartialDate> {
    let content = &site.content;
    content
        .pages
        .iter()
        .filter_map(|p| p.entry.meta.reviewed)
        .chain(content.themes.iter().filter_map(|t| t.meta.reviewed))
        .chain(content.instruments.iter().filter_map(|i| i.meta.reviewed))
        .chain(content.glossary.iter().filter_map(|t| t.meta.reviewed))
        .max()
}

/// An RFC 3339 timestamp at midnight UTC; a date known only to the month or year takes its first
/// day, which keeps it in order with the dates around it.
fn timestamp(date: PartialDate) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        date.year,
        date.month.unwrap_or(1),
        date.day.unwrap_or(1)
    )
}

/// An Atom id must be an absolute IRI. The page's absolute URL is one when the base URL names a
/// host; a site built with a bare path (`/`) gets a stable `urn:uuid:` made from its title and
/// the page's path instead.
fn id(site: &Site, path: &str) -> String {
    let absolute = site.urls.absolute(path);
    if absolute.contains("://") {
        return absolute;
    }
    urn_uuid(&format!("{}\n{}", site.config.title, path))
}

/// A name-based UUID (version 8: custom) from two FNV-1a hashes of `name`: the same name always
/// gives the same id.
fn urn_uuid(name: &str) -> String {
    let hash = |offset: u64| {
        name.bytes().fold(offset, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let high = hash(0xcbf2_9ce4_8422_2325);
    let low = hash(0x6c62_272e_07bb_0142);
    let high = (high & !0xf000) | 0x8000;
    let low = (low & !(0b11 << 62)) | (0b10 << 62);
    format!(
        "urn:uuid:{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        high >> 32,
        (high >> 16) & 0xffff,
        high & 0xffff,
        low >> 48,
        low & 0xffff_ffff_ffff
    )
}

/// The opening of the document: its first paragraph, cut at a sentence end within the limit.
fn summary(document: &Document) -> String {
    let first = document
        .paragraphs()
        .next()
        .map(|(_, p)| p.text.trim())
        .unwrap_or("");
    cut(first, SUMMARY_LIMIT)
}

/// `text` cut at a sentence end within the limit, or at a word with an ellipsis.
pub(crate) fn cut(text: &str, limit: usize) -> String {
    // Only the first `limit + 1` characters are looked at, so that a paragraph of megabytes
    // costs no more than a short one.
    let Some((end, _)) = text.char_indices().nth(limit) else {
        return text.to_string();
    };
    let head = &text[..end];
    // `head` has `limit` characters and may end in a sentence cut short: only sentences that end
    // before its last character are kept.
    let mut kept = String::new();
    let mut count = 0;
    for sentence in head.split_sentence_bounds() {
        count += sentence.chars().count();
        if count > limit - 1 {
            break;
        }
        kept.push_str(sentence);
    }
    if kept.trim().is_empty() {
        let cut = head.rsplit_once(' ').map_or(head, |(words, _)| words);
        format!("{}…", cut.trim_end())
    } else {
        kept.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_uuids() {
        let a = urn_uuid("Site\ndocuments/a/");
        assert_eq!(a, urn_uuid("Site\ndocuments/a/"));
        assert_ne!(a, urn_uuid("Site\ndocuments/b/"));
        assert_eq!(a.len(), "urn:uuid:".len() + 36);
        assert_eq!(&a[9 + 14..9 + 15], "8");
    }

    #[test]
    fn summaries_of_long_text_stop_at_the_limit() {
        let long = "word ".repeat(100_000);
        let summary = cut(&long, SUMMARY_LIMIT);
        assert!(summary.ends_with('…') && summary.chars().count() <= SUMMARY_LIMIT + 1);
        let sentences = "A short sentence. ".repeat(100);
        let summary = cut(&sentences, SUMMARY_LIMIT);
        assert!(summary.ends_with("sentence.") && summary.chars().count() <= SUMMARY_LIMIT);
        assert_eq!(cut("Short.", SUMMARY_LIMIT), "Short.");
    }

    #[test]
    fn partial_dates_take_their_first_day() {
        let date = PartialDate::new(2024, Some(3), None).unwrap();
        assert_eq!(timestamp(date), "2024-03-01T00:00:00Z");
    }
}
