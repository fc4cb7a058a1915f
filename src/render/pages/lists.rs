//! The home page and the lists of documents, themes and instruments, each in the order a
//! reader of the page's language expects: names alphabetical with accents folded.

use std::collections::BTreeMap;

use super::{Bodies, DocumentSummary, PageView};
use crate::load::Site;
use crate::render::paginate::{page_path, page_range, PER_PAGE};
use crate::render::views::{paths, DateView, LinkView};
use crate::theme::PageContext;

/// How many documents the home page lists.
const HOME_DOCUMENTS: usize = 10;

impl Site {
    /// Document indexes newest first, undated ones last; sorted once per build.
    pub(super) fn newest_first<'b>(&self, bodies: &'b Bodies) -> &'b [usize] {
        bodies.newest_first.get_or_init(|| {
            let mut order: Vec<usize> = (0..self.documents.len()).collect();
            order.sort_by(
                |&a, &b| match (self.documents[a].date, self.documents[b].date) {
                    (Some(x), Some(y)) => y.cmp(&x).then(a.cmp(&b)),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => a.cmp(&b),
                },
            );
            order
        })
    }

    /// Every theme in the site's order: by weight, then by title in the page's language.
    pub(crate) fn theme_order(&self) -> Vec<usize> {
        let themes = &self.content.themes;
        let mut order: Vec<usize> = (0..themes.len()).collect();
        order.sort_by_cached_key(|&t| (themes[t].meta.weight, name_key(&themes[t].meta.title), t));
        order
    }

    /// `instruments` (indexes) in the alphabetical order of their names in the page's language:
    /// a translation's names are not in the order of the default language's.
    pub(crate) fn by_instrument_name(
        &self,
        instruments: impl IntoIterator<Item = usize>,
    ) -> Vec<usize> {
        let all = &self.content.instruments;
        let mut order: Vec<usize> = instruments.into_iter().collect();
        order.sort_by_cached_key(|&i| (name_key(&all[i].meta.name), i));
        order
    }

    fn theme_summaries(&self) -> Vec<serde_json::Value> {
        self.theme_order()
            .into_iter()
            .map(|i| {
                let theme = &self.content.themes[i];
                serde_json::json!({
                    "slug": theme.slug,
                    "title": theme.meta.title,
                    "summary": theme.meta.summary,
                    "url": self.urls.url(&paths::theme(&theme.slug)),
                    "passages": self.graph.theme_passages[i].len(),
                    "instruments": self.graph.theme_instruments[i].len(),
                })
            })
            .collect()
    }

    fn instrument_summaries(&self) -> Vec<serde_json::Value> {
        self.by_instrument_name(0..self.content.instruments.len())
            .into_iter()
            .map(|i| {
                let instrument = &self.content.instruments[i];
                serde_json::json!({
                    "slug": instrument.slug,
                    "name": instrument.meta.name,
                    "short_name": instrument.meta.short_name,
                    "kind": instrument.meta.kind,
                    "purpose": instrument.meta.purpose,
                    "summary": instrument.meta.summary,
                    "status": instrument.meta.status,
                    "status_date": instrument.meta.status_date.map(DateView::from),
                    "url": self.urls.url(&paths::instrument(&instrument.slug)),
                    "mentions": self.graph.instrument_mentions[i].len(),
                })
            })
            .collect()
    }

    pub(super) fn home_context(&self, bodies: &Bodies, context: &mut PageContext) -> PageView {
        // The home page lists the latest documents only; the documents list has them all.
        let documents: Vec<DocumentSummary> = self
            .newest_first(bodies)
            .iter()
            .take(HOME_DOCUMENTS)
            .map(|&i| self.document_summary(i))
            .collect();
        context.insert("latest", documents.first().cloned());
        context.insert("documents", documents);
        context.insert("document_count", self.documents.len());
        context.insert("themes", self.theme_summaries());
        context.insert("instruments", self.instrument_summaries());
        context.insert("glossary_count", self.content.glossary.len());
        context.insert("grid", self.grid());
        let home = self.content.page_at("");
        let title = home
            .and_then(|p| p.entry.meta.title.clone())
            .unwrap_or_else(|| self.config.title.clone());
        let mut view = self.view("", &title, &self.config.description, "home");
        if let Some(page) = home {
            view.reviewed = page.entry.meta.reviewed.map(DateView::from);
            view.sources = self.source_views(&page.entry.meta.sources);
        }
        view
    }

    /// The theme x instrument grid: which instruments appear under which theme.
    fn grid(&self) -> serde_json::Value {
        let themes = self.theme_order();
        let columns: Vec<LinkView> = self.theme_links(themes.iter().copied());
        let rows: Vec<serde_json::Value> = self
            .by_instrument_name(0..self.content.instruments.len())
            .into_iter()
            .filter(|&i| !self.graph.instrument_mentions[i].is_empty())
            .map(|i| {
                let instrument = &self.content.instruments[i];
                let cells: Vec<serde_json::Value> = themes
                    .iter()
                    .map(|&t| {
                        let theme = &self.content.themes[t];
                        let count = self.graph.theme_instruments[t].get(&i).map_or(0, Vec::len);
                        serde_json::json!({
                            "count": count,
                            "theme": theme.meta.title,
                            "url": (count > 0).then(|| format!("{}#instrument-{}", self.urls.url(&paths::theme(&theme.slug)), instrument.slug)),
                        })
                    })
                    .collect();
                serde_json::json!({
                    "name": instrument.meta.short_name.clone().unwrap_or_else(|| instrument.meta.name.clone()),
                    "full_name": instrument.meta.name,
                    "url": self.urls.url(&paths::instrument(&instrument.slug)),
                    "cells": cells,
                })
            })
            .collect();
        serde_json::json!({ "columns": columns, "rows": rows })
    }

    pub(super) fn documents_context(
        &self,
        number: usize,
        bodies: &Bodies,
        context: &mut PageContext,
    ) -> PageView {
        let order = self.newest_first(bodies);
        let documents: Vec<DocumentSummary> = order[page_range(order.len(), number, PER_PAGE)]
            .iter()
            .map(|&i| self.document_summary(i))
            .collect();
        context.insert("documents", documents);
        let mut view = self.view(
            &page_path("documents/", number),
            self.text(self.language(), "documents"),
            self.text(self.language(), "documents_description"),
            "documents",
        );
        view.pager = self.pager("documents/", order.len(), number, PER_PAGE);
        view
    }

    pub(super) fn themes_context(&self, context: &mut PageContext) -> PageView {
        context.insert("themes", self.theme_summaries());
        self.view(
            "themes/",
            self.text(self.language(), "themes"),
            self.text(self.language(), "themes_description"),
            "themes",
        )
    }

    pub(super) fn instruments_context(&self, context: &mut PageContext) -> PageView {
        // Groups in alphabetical order of their names, accents folded (keyed by the folded name).
        let mut by_kind: BTreeMap<(String, String), Vec<serde_json::Value>> = BTreeMap::new();
        for summary in self.instrument_summaries() {
            // Grouped by what each is for when the author says so, which helps a reader more
            // than a list of kinds with one item each.
            let kind = summary["purpose"]
                .as_str()
                .or(summary["kind"].as_str())
                .unwrap_or("instrument")
                .to_string();
            by_kind
                .entry((name_key(&kind), kind))
                .or_default()
                .push(summary);
        }
        let groups: Vec<serde_json::Value> = by_kind
            .into_iter()
            .map(|((_, kind), list)| serde_json::json!({ "kind": kind, "instruments": list }))
            .collect();
        context.insert("groups", groups);
        context.insert("instruments", self.instrument_summaries());
        self.view(
            "instruments/",
            self.text(self.language(), "instruments"),
            self.text(self.language(), "instruments_description"),
            "instruments",
        )
    }
}

/// The key that puts names in alphabetical order in any language: accents and case folded, so
/// that "Énergie" comes between "Défense" and "Police", not after "Z".
pub(crate) fn name_key(name: &str) -> String {
    crate::text::fold(name)
}
