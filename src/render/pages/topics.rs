//! Theme and instrument pages: what the documents say about a subject, split into pages.

use crate::theme::PageContext;

use super::{ranked, Bodies, PageView, PLACES_SHOWN};
use crate::content::StatusEntry;
use crate::load::Site;
use crate::render::paginate::{page_path, page_range, PER_PAGE};
use crate::render::views::{paths, DateView, LinkView, PassageView};

impl Site {
    pub(super) fn theme_context(
        &self,
        index: usize,
        number: usize,
        bodies: &Bodies,
        context: &mut PageContext,
    ) -> PageView {
        let theme = &self.content.themes[index];
        let all_passages = &self.graph.theme_passages[index];
        let mut groups: Vec<(usize, Vec<PassageView>)> = Vec::new();
        for &place in &all_passages[page_range(all_passages.len(), number, PER_PAGE)] {
            match groups.last_mut() {
                Some((document, passages)) if *document == place.document => {
                    passages.push(self.passage(place))
                }
                _ => groups.push((place.document, vec![self.passage(place)])),
            }
        }
        let groups: Vec<serde_json::Value> = groups
            .into_iter()
            .map(|(d, passages)| serde_json::json!({ "document": self.document_summary(d), "passages": passages }))
            .collect();
        let in_theme = &self.graph.theme_instruments[index];
        let instruments: Vec<serde_json::Value> = self
            .by_instrument_name(in_theme.keys().copied())
            .into_iter()
            .map(|i| {
                let places = &in_theme[&i];
                let instrument = &self.content.instruments[i];
                serde_json::json!({
                    "name": instrument.meta.name,
                    "slug": instrument.slug,
                    "url": self.urls.url(&paths::instrument(&instrument.slug)),
                    "summary": instrument.meta.summary,
                    "place_count": places.len(),
                    "places": places.iter().take(PLACES_SHOWN).map(|&p| LinkView {
                        title: self.text_with(self.language(), "passage_source", &[
                            ("document", &self.documents[p.document].title),
                            ("number", &self.paragraph_number(p)),
                        ]),
                        url: self.place_url(p),
                    }).collect::<Vec<_>>(),
                })
            })
            .collect();
        let related = ranked(&self.graph.related_themes[index]);
        context.insert(
            "theme",
            serde_json::json!({
                "title": theme.meta.title,
                "summary": theme.meta.summary,
                "body_html": bodies.themes[index].html,
                "headings": theme.meta.headings,
                "groups": groups,
                "passage_count": all_passages.len(),
                "document_count": all_passages.iter().enumerate().filter(|(n, p)| *n == 0 || all_passages[n - 1].document != p.document).count(),
                "instruments": instruments,
                "related": self.theme_links(related),
                "changes": self.theme_changes(index, false),
                "promises": self.theme_promises(index, bodies),
            }),
        );
        let base = paths::theme(&theme.slug);
        let mut view = self.view(
            &page_path(&base, number),
            &theme.meta.title,
            &theme.meta.summary,
            "themes",
        );
        view.pager = self.pager(&base, all_passages.len(), number, PER_PAGE);
        view.reviewed = theme.meta.reviewed.map(DateView::from);
        view.sources = self.source_views(&theme.meta.sources);
        view.toc = bodies.themes[index].headings.clone();
        view.has_code = bodies.themes[index].has_code;
        view.feed = Some(self.feed_link("themes", &theme.slug, &theme.meta.title));
        self.translated_from(&mut view, &theme.source_path);
        view
    }

    pub(super) fn instrument_context(
        &self,
        index: usize,
        number: usize,
        bodies: &Bodies,
        context: &mut PageContext,
    ) -> PageView {
        let instrument = &self.content.instruments[index];
        let meta = &instrument.meta;
        let all_mentions = &self.graph.instrument_mentions[index];
        let mentions: Vec<PassageView> = all_mentions
            [page_range(all_mentions.len(), number, PER_PAGE)]
        .iter()
        .map(|m| self.mention_passage(m))
        .collect();
        let history: Vec<serde_json::Value> = meta
            .history
            .iter()
            .map(|StatusEntry { date, status, source }| {
                serde_json::json!({
                    "date": DateView::from(*date),
                    "status": status,
                    "source": source,
                    "source_is_url": source.as_deref().is_some_and(|s| s.starts_with("http://") || s.starts_with("https://")),
                })
            })
            .collect();
        let neighbours = ranked(&self.graph.instrument_neighbours[index]);
        context.insert(
            "instrument",
            serde_json::json!({
                "name": meta.name,
                "slug": instrument.slug,
                "short_name": meta.short_name,
                "aliases": meta.aliases,
                "kind": meta.kind,
                "summary": meta.summary,
                "parties": meta.parties,
                "status": meta.status,
                "status_date": meta.status_date.map(DateView::from),
                "history": history,
                "body_html": bodies.instruments[index].html,
                "mentions": mentions,
                "mention_count": all_mentions.len(),
                "themes": self.theme_links(self.graph.instrument_themes[index].iter().copied()),
                "neighbours": self.instrument_links(neighbours),
                "promises": self.instrument_promises(index, bodies),
            }),
        );
        let base = paths::instrument(&instrument.slug);
        let mut view = self.view(
            &page_path(&base, number),
            &meta.name,
            &meta.summary,
            "instruments",
        );
        view.pager = self.pager(&base, all_mentions.len(), number, PER_PAGE);
        view.reviewed = meta.reviewed.map(DateView::from);
        view.sources = self.source_views(&meta.sources);
        view.toc = bodies.instruments[index].headings.clone();
        view.has_code = bodies.instruments[index].has_code;
        view.feed = Some(self.feed_link("instruments", &instrument.slug, &meta.name));
        self.translated_from(&mut view, &instrument.source_path);
        if number == 1 {
            view.json_ld = Some(self.instrument_json_ld(index));
        }
        view
    }
}
