//! Build-time check of the anchors that Markdown links point at.
//!
//! A link such as `@/instruments/prum.md#status` can only be checked once the target page is
//! rendered, because most ids come from the templates, not from the Markdown. The renderer records
//! every such link ([`FragmentLink`]); after rendering, the ids of the pages they lead to are read
//! from the HTML and every link is checked against them.

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::load::Site;
use crate::render::markdown::FragmentLink;
use crate::render::Bodies;

/// The hint of every broken-anchor error, which also lets `accord check` recognise them.
pub const HINT_PREFIX: &str = "link to one of the ids the page has";

/// The anchor links of a build and the ids of the pages they lead to.
#[derive(Debug, Default)]
pub struct Anchors {
    links: Vec<FragmentLink>,
    /// Page URL -> its ids; only the pages that some link points at.
    ids: HashMap<String, HashSet<String>>,
}

impl Anchors {
    /// Gathers the anchor links of `bodies` and reads the ids of the pages they point at from
    /// `pages`, the (output file, HTML) pairs of the build.
    pub fn collect(site: &Site, bodies: &Bodies, pages: &[(String, String)]) -> Anchors {
        let links: Vec<FragmentLink> = bodies
            .all()
            .flat_map(|rendered| rendered.fragment_links.iter().cloned())
            .collect();
        if links.is_empty() {
            return Anchors::default();
        }
        let wanted: HashSet<&str> = links.iter().map(|l| l.url.as_str()).collect();
        let ids = pages
            .par_iter()
            .filter_map(|(file, html)| {
                let url = site.urls.file_url(file);
                wanted.contains(url.as_str()).then(|| {
                    let ids = crate::html::scan(html, true).ids.into_iter().collect();
                    (url, ids)
                })
            })
            .collect();
        Anchors { links, ids }
    }

    /// Fails with one error per link whose anchor its page does not have, in source order.
    pub fn verify(&self) -> Result<()> {
        let mut errors: BTreeMap<PlaceKey, Error> = BTreeMap::new();
        for link in &self.links {
            let fragment = crate::html::percent_decode(&link.fragment);
            if fragment.is_empty() || fragment == "top" {
                continue;
            }
            let Some(ids) = self.ids.get(&link.url) else {
                continue;
            };
            if ids.contains(&fragment) {
                continue;
            }
            let mut known: Vec<&str> = ids.iter().map(String::as_str).collect();
            known.sort_unstable();
            let shown = known.len().min(12);
            let more = if known.len() > shown { ", ..." } else { "" };
            let location = &link.location;
            errors.insert(
                place_key(location),
                Error::input(
                    location.clone(),
                    format!(
                        "the link `{}` points to the anchor `#{fragment}`, which the page {} does not have",
                        link.written, link.url
                    ),
                    format!(
                        "{HINT_PREFIX}: {}{more}",
                        known[..shown].join(", ")
                    ),
                ),
            );
        }
        Error::from_list(errors.into_values().collect())
    }
}

/// Whether `error` is a broken-anchor error of [`Anchors::verify`].
pub fn is_anchor_error(error: &Error) -> bool {
    matches!(error, Error::Input { hint, .. } if hint.starts_with(HINT_PREFIX))
}

/// Where a broken link is written, as a key: the errors of a build come out in file, line and
/// column order, one per place.
pub(crate) type PlaceKey = (String, usize, usize);

/// The [`PlaceKey`] of `location`.
pub(crate) fn place_key(location: &crate::error::Location) -> PlaceKey {
    (
        location.path.to_string_lossy().into_owned(),
        location.line.unwrap_or(0),
        location.column.unwrap_or(0),
    )
}
