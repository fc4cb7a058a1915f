//! "What was promised": the commitments the documents make, quoted sentence by sentence and
//! listed per theme and per instrument in date order, so a reader can follow one promise from
//! document to document.

use super::{Bodies, PageView};
use crate::link::commitments::Commitments;
use crate::link::{Mention, Target};
use crate::load::Site;
use crate::render::paginate::PER_PAGE;
use crate::render::views::{paths, PassageView};
use crate::theme::PageContext;

/// Where the page of every commitment is. A section page at this path (`content/promises/_index.md`) gives its introduction,
/// and its front matter's `hide` list (quotations of sentences) hides wrong finds.
pub(super) const PROMISES_PATH: &str = "promises/";

impl Site {
    /// Every commitment of the build less the hidden ones; found once per build.
    fn commitments<'b>(&self, bodies: &'b Bodies) -> &'b [Mention] {
        bodies.commitments.get_or_init(|| {
            let hidden: Vec<String> = self
                .content
                .page_at(PROMISES_PATH)
                .and_then(|page| page.entry.meta.extra.get("hide"))
                .and_then(|hide| hide.as_sequence())
                .map(|list| {
                    list.iter()
                        .filter_map(|q| q.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            Commitments::find(&self.documents)
                .hide(&self.documents, &hidden)
                .found
        })
    }

    /// The commitments in a theme's passages, oldest first, at most a page of them.
    pub(super) fn theme_promises(&self, theme: usize, bodies: &Bodies) -> Vec<PassageView> {
        self.commitments(bodies)
            .iter()
            .filter(|m| self.graph.at(m.place).themes.contains(&theme))
            .take(PER_PAGE)
            .map(|m| self.mention_passage(m))
            .collect()
    }

    /// The commitments whose sentence names an instrument, oldest first, at most a page of them.
    pub(super) fn instrument_promises(
        &self,
        instrument: usize,
        bodies: &Bodies,
    ) -> Vec<PassageView> {
        self.commitments(bodies)
            .iter()
            .filter(|m| {
                self.graph.at(m.place).names.iter().any(|name| {
                    name.sentence.0 == m.sentence.0
                        && name.found.targets.contains(&Target::Instrument(instrument))
                })
            })
            .take(PER_PAGE)
            .map(|m| self.mention_passage(m))
            .collect()
    }

    pub(super) fn promises_context(&self, bodies: &Bodies, context: &mut PageContext) -> PageView {
        let themes: Vec<serde_json::Value> = self
            .theme_order()
            .into_iter()
            .map(|t| {
                let theme = &self.content.themes[t];
                serde_json::json!({
                    "title": theme.meta.title,
                    "slug": theme.slug,
                    "url": self.urls.url(&paths::theme(&theme.slug)),
                    "promises": self.theme_promises(t, bodies),
                })
            })
            .collect();
        let instruments: Vec<serde_json::Value> = self
            .by_instrument_name(0..self.content.instruments.len())
            .into_iter()
            .filter_map(|i| {
                let instrument = &self.content.instruments[i];
                let promises = self.instrument_promises(i, bodies);
                (!promises.is_empty()).then(|| {
                    serde_json::json!({
                        "title": instrument.meta.name,
                        "slug": instrument.slug,
                        "url": self.urls.url(&paths::instrument(&instrument.slug)),
                        "promises": promises,
                    })
                })
            })
            .collect();
        context.insert("themes", themes);
        context.insert("instruments", instruments);
        context.insert("count", self.commitments(bodies).len());
        self.view(
            PROMISES_PATH,
            self.text(self.language(), "promises_title"),
            self.text(self.language(), "promises_description"),
            "",
        )
    }
}
