//! The timeline: events (a document's publication, an instrument's change of status), then the
//! dates documents only mention, and the years they name as targets, in order. A date known
//! only to the month, season or year comes after the exact dates it could follow ("late 2025"
//! after 15 January 2025), and shows as the document writes it.

use crate::theme::PageContext;

use super::{capitalised, Bodies, PageView};
use crate::date::PartialDate;
use crate::link::Place;
use crate::load::Site;
use crate::render::escape::escaped;
use crate::render::markdown::Heading;
use crate::render::paginate::{page_path, page_range, TIMELINE_PER_PAGE};
use crate::render::views::{paths, DateView};
use crate::text::{sentence_holding, sentence_ranges};

/// What happened on a date: events first, then mentions, on the same date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EventKind {
    /// A document was published.
    Published(usize),
    /// An instrument's status changed: (instrument, history entry).
    Status(usize, usize),
    /// A paragraph mentions the date (or names it as a target): the paragraph, the mention,
    /// and the byte range of the sentence that holds it.
    Mentioned(Place, usize, (usize, usize)),
}

/// Where a date sorts: a month or a year alone after the days it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SortDate {
    year: u16,
    month: u8,
    day: u8,
}

impl From<PartialDate> for SortDate {
    fn from(date: PartialDate) -> Self {
        SortDate {
            year: date.year,
            month: date.month.unwrap_or(13),
            day: date.day.unwrap_or(32),
        }
    }
}

/// One event of the timeline, light enough to sort for thousands of documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimelineEvent {
    /// Where it sorts.
    pub order: SortDate,
    /// When.
    pub date: PartialDate,
    /// What.
    pub kind: EventKind,
}

impl Site {
    /// Every timeline event, in date order; computed once per build.
    fn timeline_events<'b>(&self, bodies: &'b Bodies) -> &'b [TimelineEvent] {
        bodies.timeline.get_or_init(|| {
            let mut events = Vec::new();
            for (d, document) in self.documents.iter().enumerate() {
                if let Some(date) = document.date {
                    events.push(TimelineEvent {
                        order: date.into(),
                        date,
                        kind: EventKind::Published(d),
                    });
                }
                for (s, section) in document.sections.iter().enumerate() {
                    for (p, paragraph) in section.paragraphs.iter().enumerate() {
                        // Split once per paragraph: one paragraph may hold thousands of dates.
                        let sentences = sentence_ranges(&paragraph.text);
                        for (m, mention) in paragraph.dates.iter().enumerate() {
                            let place = Place {
                                document: d,
                                section: s,
                                paragraph: p,
                            };
                            events.push(TimelineEvent {
                                order: mention.date.into(),
                                date: mention.date,
                                kind: EventKind::Mentioned(
                                    place,
                                    m,
                                    sentence_holding(&sentences, mention.start)
                                        .unwrap_or((0, paragraph.text.len())),
                                ),
                            });
                        }
                    }
                }
            }
            for (i, instrument) in self.content.instruments.iter().enumerate() {
                for (h, entry) in instrument.meta.history.iter().enumerate() {
                    events.push(TimelineEvent {
                        order: entry.date.into(),
                        date: entry.date,
                        kind: EventKind::Status(i, h),
                    });
                }
            }
            events.sort();
            events
        })
    }

    /// How many events the timeline has, for splitting it into pages.
    pub(super) fn timeline_length(&self) -> usize {
        let mentioned: usize = self
            .documents
            .iter()
            .flat_map(|d| d.paragraphs())
            .map(|(_, p)| p.dates.len())
            .sum();
        let published = self.documents.iter().filter(|d| d.date.is_some()).count();
        let status: usize = self
            .content
            .instruments
            .iter()
            .map(|i| i.meta.history.len())
            .sum();
        mentioned + published + status
    }

    fn event_view(&self, event: &TimelineEvent) -> serde_json::Value {
        let date = DateView::from(event.date);
        match event.kind {
            EventKind::Published(d) => {
                let document = &self.documents[d];
                serde_json::json!({
                    "date": date, "kind": "published", "event": true,
                    "html": self.html_with(self.language(), "document_published_event", &[("kind", &escaped(&self.strings().kind(self.language(), &document.kind).map_or_else(|| capitalised(&document.kind), str::to_string))), ("title", &escaped(&document.title))]),
                    "url": self.urls.url(&paths::document(&document.slug)),
                    "document": document.title,
                })
            }
            EventKind::Mentioned(place, m, (sentence_start, sentence_end)) => {
                let document = &self.documents[place.document];
                let paragraph = &document.sections[place.section].paragraphs[place.paragraph];
                let mention = &paragraph.dates[m];
                let mut date = date;
                if !mention.date.is_full() {
                    // "late 2025", "spring 2026": as written, not as a bare year.
                    date.display = paragraph.text[mention.start..mention.end].to_string();
                    date.written = Some(date.display.clone());
                }
                let kind = if mention.target {
                    "target"
                } else {
                    "mentioned"
                };
                let sentence = &paragraph.text[sentence_start..sentence_end];
                serde_json::json!({
                    "date": date, "kind": kind, "event": false,
                    "html": escaped(sentence.trim()),
                    "url": self.place_url(place),
                    "document": document.title,
                })
            }
            EventKind::Status(i, h) => {
                let instrument = &self.content.instruments[i];
                serde_json::json!({
                    "date": date, "kind": "status", "event": true,
                    "html": format!("{}: {}", escaped(&instrument.meta.name), escaped(&instrument.meta.history[h].status)),
                    "url": self.urls.url(&paths::instrument(&instrument.slug)),
                    "document": serde_json::Value::Null,
                })
            }
        }
    }

    pub(super) fn timeline_context(
        &self,
        number: usize,
        bodies: &Bodies,
        context: &mut PageContext,
    ) -> PageView {
        let events = self.timeline_events(bodies);
        let mut years: Vec<serde_json::Value> = Vec::new();
        let mut current: Option<(u16, Vec<serde_json::Value>)> = None;
        for event in &events[page_range(events.len(), number, TIMELINE_PER_PAGE)] {
            let view = self.event_view(event);
            match &mut current {
                Some((year, list)) if *year == event.date.year => list.push(view),
                _ => {
                    if let Some((year, list)) = current.take() {
                        years.push(serde_json::json!({ "year": year, "events": list }));
                    }
                    current = Some((event.date.year, vec![view]));
                }
            }
        }
        if let Some((year, list)) = current {
            years.push(serde_json::json!({ "year": year, "events": list }));
        }
        let mut view = self.view(
            &page_path("timeline/", number),
            self.text(self.language(), "timeline"),
            self.text(self.language(), "timeline_description"),
            "timeline",
        );
        view.toc = years
            .iter()
            .map(|y| Heading {
                level: 2,
                id: format!("y{}", y["year"]),
                title: y["year"].to_string(),
            })
            .collect();
        context.insert("years", years);
        view.pager = self.pager("timeline/", events.len(), number, TIMELINE_PER_PAGE);
        view
    }
}
