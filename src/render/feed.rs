//! The Atom feed of the documents (`feed.xml`), newest first, as RFC 4287 describes it.
//!
//! The feed depends on the documents alone: its `updated` is the newest document's date, never
//! the time of the build, so that two builds of the same site give the same bytes.

use std::fmt::Write;

use unicode_segmentation::UnicodeSegmentation;

use super::escape::escaped;
use super::views::paths;
use crate::build::Site;
use crate::date::PartialDate;
use crate::seed::Document;

/// Where the feed is written, relative to the site root.
pub const FEED_PATH: &str = "feed.xml";

/// How many characters of a document's opening a feed entry's summary keeps at most.
const SUMMARY_LIMIT: usize = 400;

/// The feed as XML.
///
/// Undated documents are left out: Atom requires an `updated` date on every entry, and accord
/// never invents a date that a document does not give.
pub fn atom(site: &Site) -> String {
    let mut dated: Vec<(&Document, PartialDate)> = site
        .documents
        .iter()
        .filter_map(|d| d.date.map(|date| (d, date)))
        .collect();
    // Newest first; documents of the same date by title, so the order never depends on input order.
    dated.sort_by(|(a, x), (b, y)| y.cmp(x).then_with(|| a.title.cmp(&b.title)));
    let updated = dated
        .first()
        .map(|(_, date)| *date)
        .or_else(|| newest_review(site))
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
    let _ = writeln!(xml, "  <id>{}</id>", escaped(&id(site, "")));
    let _ = writeln!(xml, "  <title>{}</title>", escaped(&site.config.title));
    if !site.config.description.trim().is_empty() {
        let _ = writeln!(
            xml,
            "  <subtitle>{}</subtitle>",
            escaped(site.config.description.trim())
        );
    }
    let _ = writeln!(xml, "  <updated>{updated}</updated>");
    let _ = writeln!(
        xml,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        escaped(&site.urls.absolute(FEED_PATH))
    );
    let _ = writeln!(
        xml,
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
        escaped(&site.urls.absolute(""))
    );
    let _ = writeln!(xml, "  <author><name>{}</name></author>", escaped(&author));
    let _ = writeln!(xml, "  <generator>accord</generator>");
    for (document, date) in dated {
        let path = paths::document(&document.slug);
        let _ = writeln!(xml, "  <entry>");
        let _ = writeln!(xml, "    <id>{}</id>", escaped(&id(site, &path)));
        let _ = writeln!(xml, "    <title>{}</title>", escaped(&document.title));
        let _ = writeln!(xml, "    <updated>{}</updated>", timestamp(date));
        let _ = writeln!(xml, "    <published>{}</published>", timestamp(date));
        if let Some(publisher) = &document.publisher {
            let _ = writeln!(
                xml,
                "    <author><name>{}</name></author>",
                escaped(publisher)
            );
        }
        let _ = writeln!(
            xml,
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            escaped(&site.urls.absolute(&path))
        );
        let _ = writeln!(
            xml,
            "    <summary>{}</summary>",
            escaped(&summary(document))
        );
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
    if first.chars().count() <= SUMMARY_LIMIT {
        return first.to_string();
    }
    let mut kept = String::new();
    for sentence in first.split_sentence_bounds() {
        if kept.chars().count() + sentence.chars().count() > SUMMARY_LIMIT {
            break;
        }
        kept.push_str(sentence);
    }
    if kept.trim().is_empty() {
        let cut: String = first.chars().take(SUMMARY_LIMIT).collect();
        let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
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
    fn partial_dates_take_their_first_day() {
        let date = PartialDate::new(2024, Some(3), None).unwrap();
        assert_eq!(timestamp(date), "2024-03-01T00:00:00Z");
    }
}
