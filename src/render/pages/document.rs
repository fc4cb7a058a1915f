//! A document's page: its full text, paragraph by paragraph, with themes and linked mentions.

use crate::theme::PageContext;

use super::{Bodies, PageView};
use crate::link::Place;
use crate::load::Site;
use crate::render::markdown::Heading;
use crate::render::views::{paths, DateView};

impl Site {
    pub(super) fn document_context(
        &self,
        index: usize,
        bodies: &Bodies,
        context: &mut PageContext,
    ) -> PageView {
        let document = &self.documents[index];
        let mut toc = Vec::new();
        let mut all_themes = std::collections::BTreeSet::new();
        let mut dates = Vec::new();
        let page_url = self.urls.absolute(&paths::document(&document.slug));
        let mut number = 0;
        let sections: Vec<serde_json::Value> = document
            .sections
            .iter()
            .enumerate()
            .map(|(s, section)| {
                let mut section_themes = std::collections::BTreeSet::new();
                let paragraphs: Vec<serde_json::Value> = section
                    .paragraphs
                    .iter()
                    .enumerate()
                    .map(|(p, paragraph)| {
                        let place = Place {
                            document: index,
                            section: s,
                            paragraph: p,
                        };
                        let themes = &self.graph.at(place).themes;
                        number += 1;
                        section_themes.extend(themes.iter().copied());
                        for mention in &paragraph.dates {
                            dates.push(serde_json::json!({
                                "date": DateView::from(mention.date),
                                "text": &paragraph.text[mention.start..mention.end],
                                "url": format!("#{}", paragraph.id),
                            }));
                        }
                        serde_json::json!({
                            "id": paragraph.id,
                            "html": self.paragraph_html(place),
                            "themes": self.theme_links(themes.iter().copied()),
                            "citation": self.paragraph_citation(index, number),
                            "permalink": format!("{page_url}#{}", paragraph.id),
                        })
                    })
                    .collect();
                all_themes.extend(section_themes.iter().copied());
                if let Some(heading) = &section.heading {
                    toc.push(Heading {
                        level: 2,
                        id: section.id.clone(),
                        title: heading.clone(),
                    });
                }
                // One list of themes for the section when its paragraphs share them; otherwise
                // each paragraph shows its own, so a long section without headings does not
                // claim every theme for every paragraph.
                let uniform = section.paragraphs.iter().enumerate().all(|(p, _)| {
                    let place = Place {
                        document: index,
                        section: s,
                        paragraph: p,
                    };
                    self.graph.at(place).themes.len() == section_themes.len()
                });
                serde_json::json!({
                    "heading": section.heading,
                    "id": section.id,
                    "themes": self.theme_links(section_themes),
                    "themes_per_paragraph": !uniform,
                    "paragraphs": paragraphs,
                })
            })
            .collect();
        // Mentions are in document order, so a binary search finds this document's: a scan of
        // every instrument's mentions made each document page cost the whole archive's.
        let instruments = (0..self.content.instruments.len()).filter(|&i| {
            let mentions = &self.graph.instrument_mentions[i];
            let first = mentions.partition_point(|m| m.place.document < index);
            mentions
                .get(first)
                .is_some_and(|m| m.place.document == index)
        });
        context.insert(
            "document",
            serde_json::json!({
                "title": document.title,
                "language": document.language,
                "kind": document.kind,
                "publisher": document.publisher,
                "date": document.date.map(DateView::from),
                "source_url": document.source_url,
                "source_file": document.source_path.to_string_lossy().replace('\\', "/"),
                "provenance_html": bodies.provenance[index].as_ref().map(|r| r.html.clone()),
                "original": document.original,
                "overview": document.overview.as_deref().map(paragraphs_of),
                "original_date": document.original.as_ref().and_then(|o| o.date).map(DateView::from),
                "preamble": document.preamble,
                "repeated_lede": document.repeated_lede.as_deref().and_then(|id| id.strip_prefix("p-")),
                "sections": sections,
                "themes": self.theme_links(all_themes),
                "instruments": self.instrument_links(self.by_instrument_name(instruments)),
                "dates": dates,
                "text_language": self.text_language(document),
            }),
        );
        let summary = self.document_summary(index).summary;
        let mut view = self.view(
            &paths::document(&document.slug),
            &document.title,
            &summary,
            "documents",
        );
        view.toc = toc;
        view.has_code = bodies.provenance[index]
            .as_ref()
            .is_some_and(|note| note.has_code);
        view.json_ld = Some(self.document_json_ld(index));
        view
    }
}

/// The paragraphs of a plain-text note: blocks separated by blank lines, each on one line.
pub(super) fn paragraphs_of(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|block| block.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|block| !block.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::paragraphs_of;

    #[test]
    fn a_note_splits_into_paragraphs_at_blank_lines() {
        assert_eq!(
            paragraphs_of("One line\nwrapped.\n\n\nTwo.\n"),
            vec!["One line wrapped.".to_string(), "Two.".to_string()]
        );
        assert!(paragraphs_of(" \n\n ").is_empty());
    }
}
