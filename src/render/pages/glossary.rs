//! The glossary page, and the pages listing every use of a term used too often for the glossary.

use std::collections::HashMap;

use crate::theme::PageContext;

use super::{name_key, Bodies, PageView};
use crate::load::Site;
use crate::render::markdown::Heading;
use crate::render::paginate::{page_path, page_range, PER_PAGE};
use crate::render::views::{paths, LinkView, PassageView};

/// How many uses of a term the glossary quotes; a term used more often gets pages of its own.
pub(crate) const USES_SHOWN: usize = 10;

pub(crate) use crate::urls::uses_path;

/// The letter a glossary term is listed under: its first character, folded and uppercased.
fn initial(term: &str) -> String {
    crate::text::fold(term)
        .chars()
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_default()
}

impl Site {
    pub(super) fn glossary_context(&self, bodies: &Bodies, context: &mut PageContext) -> PageView {
        let slugs: HashMap<&str, LinkView> = self
            .content
            .glossary
            .iter()
            .map(|t| {
                (
                    t.slug.as_str(),
                    LinkView {
                        title: t.meta.term.clone(),
                        url: self.urls.url(&paths::term(&t.slug)),
                    },
                )
            })
            .collect();
        let instruments: HashMap<&str, usize> = self
            .content
            .instruments
            .iter()
            .enumerate()
            .map(|(i, t)| (t.slug.as_str(), i))
            .collect();
        // In the alphabetical order of the terms in the page's language, under their letters.
        let glossary = &self.content.glossary;
        let mut order: Vec<usize> = (0..glossary.len()).collect();
        order.sort_by_cached_key(|&t| (name_key(&glossary[t].meta.term), t));
        let mut seen_letters: Vec<String> = Vec::new();
        let terms: Vec<serde_json::Value> = order
            .iter()
            .map(|&index| {
                let term = &glossary[index];
                // The A to Z list links to the first term of each letter.
                let letter = initial(&term.meta.term);
                let first_of_letter = !seen_letters.contains(&letter);
                if first_of_letter {
                    seen_letters.push(letter.clone());
                }
                let see_also: Vec<LinkView> = term
                    .meta
                    .see_also
                    .iter()
                    .filter_map(|slug| {
                        slugs.get(slug.as_str()).cloned().or_else(|| {
                            instruments
                                .get(slug.as_str())
                                .and_then(|&i| self.instrument_links([i]).pop())
                        })
                    })
                    .collect();
                // A term that only names an instrument has its uses on that instrument's page:
                // listing them here too would say the same thing in two places.
                let instrument = self.instrument_named_by(term);
                let all_uses: &[crate::link::Mention] = match instrument {
                    Some(_) => &[],
                    None => &self.graph.term_mentions[index],
                };
                // A term used very often lists its first uses here and the rest on its own pages.
                let uses: Vec<PassageView> = all_uses
                    .iter()
                    .take(USES_SHOWN)
                    .map(|m| self.mention_passage(m))
                    .collect();
                let uses_url =
                    (all_uses.len() > USES_SHOWN).then(|| self.urls.url(&uses_path(&term.slug)));
                serde_json::json!({
                    "slug": term.slug,
                    "term": term.meta.term,
                    "aliases": term.meta.aliases,
                    "definition_html": bodies.glossary[index].html,
                    "sources": self.source_views(&term.meta.sources),
                    "see_also": see_also,
                    "uses": uses,
                    "uses_count": all_uses.len(),
                    "uses_url": uses_url,
                    "feed": self.feed_link("glossary", &term.slug, &self.text_with(self.language(), "quoted", &[("text", &term.meta.term)])),
                    "instrument": instrument.and_then(|i| self.instrument_links([i]).pop()),
                    "letter": letter,
                    "first_of_letter": first_of_letter,
                })
            })
            .collect();
        let letters = seen_letters;
        context.insert("terms", terms);
        context.insert("letters", letters);
        let mut view = self.view(
            "glossary/",
            self.text(self.language(), "glossary"),
            self.text(self.language(), "glossary_description"),
            "glossary",
        );
        view.toc = order
            .iter()
            .map(|&t| &glossary[t])
            .map(|t| Heading {
                level: 2,
                id: t.slug.clone(),
                title: t.meta.term.clone(),
            })
            .collect();
        view.has_code = bodies.glossary.iter().any(|definition| definition.has_code);
        view
    }

    /// The instrument a glossary term is only another entry for: one that declares every name
    /// of the term.
    pub(super) fn instrument_named_by(&self, term: &crate::content::Term) -> Option<usize> {
        let names: Vec<String> = term.names().map(|n| crate::text::fold(n.trim())).collect();
        self.content.instruments.iter().position(|instrument| {
            let own: Vec<String> = instrument
                .names()
                .map(|n| crate::text::fold(n.trim()))
                .collect();
            names.iter().all(|name| own.contains(name))
        })
    }

    pub(super) fn term_uses_context(
        &self,
        index: usize,
        number: usize,
        bodies: &Bodies,
        context: &mut PageContext,
    ) -> PageView {
        let term = &self.content.glossary[index];
        let all_uses = &self.graph.term_mentions[index];
        let uses: Vec<PassageView> = all_uses[page_range(all_uses.len(), number, PER_PAGE)]
            .iter()
            .map(|m| self.mention_passage(m))
            .collect();
        context.insert(
            "term",
            serde_json::json!({
                "slug": term.slug,
                "term": term.meta.term,
                "url": self.urls.url(&paths::term(&term.slug)),
                "definition_html": bodies.glossary[index].html,
                "uses": uses,
                "uses_count": all_uses.len(),
            }),
        );
        let base = uses_path(&term.slug);
        let title = self.text_with(
            self.language(),
            "term_uses_title",
            &[("term", &term.meta.term)],
        );
        let mut view = self.view(&page_path(&base, number), &title, "", "glossary");
        view.breadcrumbs.push(LinkView {
            title: self.text(self.language(), "glossary").into(),
            url: self.urls.url("glossary/"),
        });
        view.feed = Some(self.feed_link(
            "glossary",
            &term.slug,
            &self.text_with(self.language(), "quoted", &[("text", &term.meta.term)]),
        ));
        view.pager = self.pager(&base, all_uses.len(), number, PER_PAGE);
        view.has_code = bodies.glossary[index].has_code;
        view
    }
}
