//! Every Markdown body of the content rendered once per build, and kept for the next build.
//!
//! Rendering the bodies (pulldown-cmark, heading ids, links, highlighted code, the plain text
//! for search) is a third of a large site's build. A body's result depends only on its text,
//! where it sits (its file and first line, for links and the places errors name), the raw-HTML
//! setting, the site's base path, and the URLs of the content files its links name. So
//! `accord build` keeps each body's result under a hash of all but the last ([`Kept`]), with
//! the URL each content link led to, and a rebuild takes every body whose inputs are unchanged
//! and whose content links lead where they did from there instead of rendering it again: adding
//! a page renders again only the bodies that link to its file.

use std::path::Path;

use rayon::prelude::*;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::markdown::{FragmentLink, Heading, LinkTargets, MarkdownRenderer, Rendered};
use super::views::paths;
use super::Bodies;
use crate::build::{content_path, Site};
use crate::content::Entry;
use crate::error::{CollectAll, Error, Result};
use crate::output::kept::{Kept, KeyHasher};

/// The name of the files of kept bodies in the cache folder.
pub const KEPT_NAME: &str = "rendered-markdown";
/// How many files the kept bodies are spread over: an edit rewrites one of them, a sixty-fourth
/// of a large site's rendered Markdown, not all of it.
pub const KEPT_FILES: usize = 64;

/// A body to render: its Markdown, its file, its first line, its path inside `content/`.
type Source<'a> = (&'a str, &'a Path, usize, String);

impl Site {
    /// Renders every Markdown body of the content once.
    pub fn render_bodies(&self) -> Result<Bodies> {
        self.render_bodies_kept(&Kept::nothing())
    }

    /// [`Site::render_bodies`], taking each body whose inputs are unchanged from `kept` and
    /// remembering every body in it for the next build.
    pub fn render_bodies_kept(&self, kept: &Kept) -> Result<Bodies> {
        let targets = self.link_targets();
        let renderer = KeptRenderer {
            renderer: MarkdownRenderer {
                unsafe_html: self.config.unsafe_html,
                targets: &targets,
            },
            settings: KeyHasher::default()
                .field(&[u8::from(self.config.unsafe_html)])
                .field(targets.prefix.as_bytes())
                .key(),
            kept,
        };
        let results = [
            renderer.render_all(sources(self.content.pages.iter().map(|p| &p.entry))),
            renderer.render_all(sources(&self.content.themes)),
            renderer.render_all(sources(&self.content.instruments)),
            renderer.render_all(sources(&self.content.glossary)),
        ];
        let mut errors = Vec::new();
        let mut lists = Vec::new();
        for result in results {
            match result {
                Ok(list) => lists.push(list),
                Err(error) => {
                    errors.push(error);
                    lists.push(Vec::new());
                }
            }
        }
        let mut provenance = Vec::new();
        for document in &self.documents {
            let note = document.provenance.as_deref().map(|text| {
                let shown = document.source_path.with_extension("yaml");
                renderer.render((text, &shown, 1, String::new()))
            });
            match note.transpose() {
                Ok(note) => provenance.push(note),
                Err(error) => {
                    errors.push(error);
                    provenance.push(None);
                }
            }
        }
        Error::from_list(errors)?;
        let glossary = lists.pop().unwrap_or_default();
        let instruments = lists.pop().unwrap_or_default();
        let themes = lists.pop().unwrap_or_default();
        let pages = lists.pop().unwrap_or_default();
        Ok(Bodies {
            pages,
            themes,
            instruments,
            glossary,
            provenance,
            ..Bodies::default()
        })
    }

    /// Where Markdown links to content files lead, for [`MarkdownRenderer`].
    pub(crate) fn link_targets(&self) -> LinkTargets {
        let mut targets = LinkTargets {
            prefix: self.urls.prefix.clone(),
            ..LinkTargets::default()
        };
        for page in &self.content.pages {
            targets.urls.insert(
                content_path(&page.entry.source_path),
                self.urls.url(&page.path),
            );
        }
        for theme in &self.content.themes {
            targets.urls.insert(
                content_path(&theme.source_path),
                self.urls.url(&paths::theme(&theme.slug)),
            );
        }
        for instrument in &self.content.instruments {
            targets.urls.insert(
                content_path(&instrument.source_path),
                self.urls.url(&paths::instrument(&instrument.slug)),
            );
        }
        for term in &self.content.glossary {
            targets.urls.insert(
                content_path(&term.source_path),
                self.urls.url(&paths::term(&term.slug)),
            );
        }
        targets
    }
}

/// The bodies of `entries`, as [`KeptRenderer::render`] takes them.
fn sources<'e, M: 'e>(entries: impl IntoIterator<Item = &'e Entry<M>>) -> Vec<Source<'e>> {
    entries
        .into_iter()
        .map(|e| {
            (
                e.body.as_str(),
                e.source_path.as_path(),
                e.body_line,
                content_path(&e.source_path),
            )
        })
        .collect()
}

/// A [`Rendered`] body as the kept file holds it (written and read by postcard, field by field
/// in this order); read back, its strings are parts of the file.
#[derive(Serialize, Deserialize)]
struct KeptBody<'a> {
    #[serde(borrow)]
    html: &'a str,
    headings: Cow<'a, [Heading]>,
    has_code: bool,
    #[serde(borrow)]
    text: &'a str,
    fragment_links: Cow<'a, [FragmentLink]>,
    content_links: Cow<'a, [(String, Option<String>)]>,
}

impl<'a> KeptBody<'a> {
    fn of(rendered: &'a Rendered) -> KeptBody<'a> {
        KeptBody {
            html: &rendered.html,
            headings: Cow::Borrowed(&rendered.headings),
            has_code: rendered.has_code,
            text: &rendered.text,
            fragment_links: Cow::Borrowed(&rendered.fragment_links),
            content_links: Cow::Borrowed(&rendered.content_links),
        }
    }

    /// The body, its strings read in place from `kept`, the file this was read from.
    fn rendered(self, kept: &Kept) -> Option<Rendered> {
        Some(Rendered {
            html: kept.shared(self.html)?,
            headings: self.headings.into_owned(),
            has_code: self.has_code,
            text: kept.shared(self.text)?,
            fragment_links: self.fragment_links.into_owned(),
            content_links: self.content_links.into_owned(),
        })
    }
}

/// The Markdown renderer of a build, with the bodies kept from the previous build.
struct KeptRenderer<'a> {
    renderer: MarkdownRenderer<'a>,
    /// What every body depends on besides its own text, place and content links: whether raw
    /// HTML is kept and the site's base path.
    settings: u128,
    kept: &'a Kept,
}

impl KeptRenderer<'_> {
    /// Renders every body in parallel, in order; every error, not only the first.
    fn render_all(&self, sources: Vec<Source<'_>>) -> Result<Vec<Rendered>> {
        sources
            .into_par_iter()
            .map(|source| self.render(source))
            .collect::<Vec<Result<Rendered>>>()
            .into_iter()
            .collect_all()
    }

    /// One body: kept from the previous build when its inputs are the same and each content
    /// file its links name leads where it led, else rendered (and kept, when it renders without
    /// error: an error is found again by the next build).
    fn render(&self, (markdown, path, line, content_path): Source<'_>) -> Result<Rendered> {
        let key = KeyHasher::default()
            .field(&self.settings.to_le_bytes())
            .field(path.as_os_str().as_encoded_bytes())
            .field(&(line as u64).to_le_bytes())
            .field(content_path.as_bytes())
            .field(markdown.as_bytes())
            .key();
        if let Some(rendered) = self
            .kept
            .take(key)
            .and_then(|bytes| postcard::from_bytes::<KeptBody>(bytes).ok())
            .and_then(|body| body.rendered(self.kept))
            .filter(|rendered| {
                let urls = &self.renderer.targets.urls;
                rendered
                    .content_links
                    .iter()
                    .all(|(path, url)| urls.get(path) == url.as_ref())
            })
        {
            return Ok(rendered);
        }
        let rendered = self.renderer.render(markdown, path, line, &content_path)?;
        // Sized for the record up front: grown by doubling, the records of a large site would
        // hold as much spare room again as they hold Markdown.
        let estimate = rendered.html.len()
            + rendered.text.len()
            + 256 * (1 + rendered.headings.len() + rendered.fragment_links.len())
            + 64 * rendered.content_links.len();
        let mut bytes = Vec::with_capacity(estimate);
        if postcard::to_io(&KeptBody::of(&rendered), &mut bytes).is_ok() {
            self.kept.put(key, bytes);
        }
        Ok(rendered)
    }
}
