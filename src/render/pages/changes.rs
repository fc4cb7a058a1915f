//! "What changed between the documents": each theme's passages set side by side in date order,
//! with the instruments each document names for the first time, names again, or no longer names.
//! The site's own account of the change comes from the theme's `changes` front matter.

use std::collections::{BTreeMap, BTreeSet};

use super::document::paragraphs_of;
use super::PageView;
use crate::link::Place;
use crate::load::Site;
use crate::render::views::LinkView;
use crate::theme::PageContext;

/// Where the page comparing every theme is; a content page at this path gives its introduction.
pub(super) const CHANGES_PATH: &str = "changes/";
/// How many documents each theme's comparison shows, the latest ones: the theme page has all
/// passages, and a comparison of hundreds of documents would not be read.
const DOCUMENTS_SHOWN: usize = 10;

impl Site {
    /// The comparison of one theme across the documents. `quote` adds each document's passages
    /// (for the page comparing every theme; the theme's own page already quotes them).
    pub(super) fn theme_changes(&self, theme: usize, quote: bool) -> serde_json::Value {
        let passages = &self.graph.theme_passages[theme];
        let mut named: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for (&instrument, places) in &self.graph.theme_instruments[theme] {
            for place in places {
                named.entry(place.document).or_default().insert(instrument);
            }
        }
        let mut by_document: BTreeMap<usize, Vec<Place>> = BTreeMap::new();
        for &place in passages {
            by_document.entry(place.document).or_default().push(place);
        }
        // Documents are in date order, so "before" is "earlier".
        let (present, absent): (Vec<usize>, Vec<usize>) =
            (0..self.documents.len()).partition(|d| by_document.contains_key(d));
        let names: Vec<BTreeSet<usize>> = present
            .iter()
            .map(|d| named.get(d).cloned().unwrap_or_default())
            .collect();
        let (compared, dropped) = compare(&names);
        // Only the latest documents are shown: the others are not rendered at all.
        let earlier = present.len().saturating_sub(DOCUMENTS_SHOWN);
        let steps: Vec<serde_json::Value> = present
            .iter()
            .zip(compared)
            .skip(earlier)
            .map(|(&document, (new, again))| {
                let places = &by_document[&document];
                serde_json::json!({
                    "document": self.document_summary(document),
                    "paragraphs": places.iter().map(|&p| LinkView {
                        title: self.text_with(self.language(), "citation_paragraph", &[("number", &self.paragraph_number(p))]),
                        url: self.place_url(p),
                    }).collect::<Vec<_>>(),
                    "passages": if quote { places.iter().map(|&p| self.plain_passage(p)).collect() } else { Vec::new() },
                    "new": self.instrument_links(new),
                    "again": self.instrument_links(again),
                })
            })
            .collect();
        let absent: Vec<LinkView> = absent
            .iter()
            .rev()
            .take(DOCUMENTS_SHOWN)
            .rev()
            .map(|&d| {
                let summary = self.document_summary(d);
                LinkView {
                    title: summary.title,
                    url: summary.url,
                }
            })
            .collect();
        let meta = &self.content.themes[theme].meta;
        serde_json::json!({
            "title": meta.title,
            "url": self.theme_links([theme]).pop().map(|l| l.url),
            "note": meta.changes.as_deref().map(paragraphs_of).unwrap_or_default(),
            "steps": steps,
            "earlier": earlier,
            "absent": absent,
            "dropped": self.instrument_links(dropped),
        })
    }

    pub(super) fn changes_context(&self, context: &mut PageContext) -> PageView {
        let themes: Vec<serde_json::Value> = self
            .theme_order()
            .into_iter()
            .map(|t| self.theme_changes(t, true))
            .collect();
        context.insert("themes", themes);
        self.view(
            CHANGES_PATH,
            self.text(self.language(), "changes_title"),
            self.text(self.language(), "changes_description"),
            "",
        )
    }
}

impl Site {
    /// A paragraph quoted as plain text: the comparison page quotes every theme's passages, and
    /// their links are on the document and theme pages already (linking them again made a long
    /// paragraph cost as much here as on every theme page together).
    fn plain_passage(&self, place: Place) -> crate::render::views::PassageView {
        let paragraph =
            &self.documents[place.document].sections[place.section].paragraphs[place.paragraph];
        self.mention_passage(&crate::link::Mention {
            place,
            sentence: (0, paragraph.text.len()),
        })
    }
}

/// Instruments a document names for the first time, and those it names again.
type Step = (Vec<usize>, Vec<usize>);

/// For the instruments each document names (in date order): those it names for the first time
/// and those it names again; and those named before but not by the last document.
fn compare(named: &[BTreeSet<usize>]) -> (Vec<Step>, Vec<usize>) {
    let mut seen: BTreeSet<usize> = BTreeSet::new();
    let steps = named
        .iter()
        .map(|here| {
            let new = here.difference(&seen).copied().collect();
            let again = here.intersection(&seen).copied().collect();
            seen.extend(here.iter().copied());
            (new, again)
        })
        .collect();
    let last = named.last().cloned().unwrap_or_default();
    (steps, seen.difference(&last).copied().collect())
}

#[cfg(test)]
mod tests {
    use super::compare;
    use std::collections::BTreeSet;

    fn set(items: &[usize]) -> BTreeSet<usize> {
        items.iter().copied().collect()
    }

    #[test]
    fn each_document_names_instruments_new_or_again_and_the_last_drops_some() {
        let (steps, dropped) = compare(&[set(&[1, 2]), set(&[2, 3]), set(&[3, 4])]);
        assert_eq!(
            steps,
            vec![(vec![1, 2], vec![]), (vec![3], vec![2]), (vec![4], vec![3]),]
        );
        assert_eq!(dropped, vec![1, 2]);
    }

    #[test]
    fn no_documents_compare_to_nothing() {
        let (steps, dropped) = compare(&[]);
        assert!(steps.is_empty() && dropped.is_empty());
    }
}
