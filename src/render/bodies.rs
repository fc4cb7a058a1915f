//! Every Markdown body of the content rendered once per build.
//!
//! Rendering the bodies (pulldown-cmark, heading ids, links, highlighted code, the plain text
//! for search) is a third of a large site's build: they are rendered in parallel, once, and
//! shared by every page that shows them. In a `serve` session they are kept in the memo
//! ([`crate::memo`]) under a hash of what their rendering reads, so that an edit renders again
//! only the bodies whose Markdown, or the targets of whose links, changed.

use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use super::markdown::{LinkTargets, MarkdownRenderer, Rendered};
use super::views::paths;
use super::Bodies;
use crate::content::Entry;
use crate::error::{CollectAll, Error, Result};
use crate::load::{content_path, Site};
use crate::memo::{Key, Memo};

/// A body to render: its Markdown, its file, its first line, whether it is a file of
/// `content/` (whose relative links lead from its path there), and a hash of the Markdown
/// ([`Entry::body_digest`], made once when the file is read rather than on every build).
type Source<'a> = (&'a str, &'a Path, usize, bool, Key);

impl Site {
    /// Renders every Markdown body of the content once; with a `memo`, takes from it every body
    /// whose inputs it holds.
    pub fn render_bodies(&self, memo: Option<&Memo>) -> Result<Bodies> {
        let targets = self.link_targets();
        let renderer = Renderer {
            markdown: MarkdownRenderer {
                unsafe_html: self.config.unsafe_html,
                targets: &targets,
            },
            memo,
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
                let digest = crate::content::body_digest(text);
                renderer.render((text, &shown, 1, false, digest))
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
            // A path written from the site's root (`/map.png`) is the same in every language.
            prefix: self.urls.root().prefix,
            heading_link_label: self
                .text(self.language(), "link_to_this_section")
                .to_string(),
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
        if !self.is_default_language() {
            self.add_original_keys(&mut targets.urls);
            let folder = self.urls.language_folder.as_str();
            for (_, file) in self.page_list() {
                let path = crate::urls::path_of(file);
                let path = path.strip_prefix(folder).unwrap_or(path);
                targets.urls.insert(format!("/{path}"), self.urls.url(path));
            }
        }
        targets
    }
}

/// The bodies of `entries`, as [`Renderer::render`] takes them.
fn sources<'e, M: 'e>(entries: impl IntoIterator<Item = &'e Entry<M>>) -> Vec<Source<'e>> {
    entries
        .into_iter()
        .map(|e| {
            (
                e.body.as_str(),
                e.source_path.as_path(),
                e.body_line,
                true,
                e.body_digest,
            )
        })
        .collect()
}

/// The Markdown renderer of a build, and the session's memo if there is one.
struct Renderer<'a> {
    markdown: MarkdownRenderer<'a>,
    memo: Option<&'a Memo>,
}

impl Renderer<'_> {
    /// Renders every body in parallel, in order; every error, not only the first.
    fn render_all(&self, sources: Vec<Source<'_>>) -> Result<Vec<Arc<Rendered>>> {
        sources
            .into_par_iter()
            .map(|source| self.render(source))
            .collect::<Vec<Result<Arc<Rendered>>>>()
            .into_iter()
            .collect_all()
    }

    /// One body. Its key is a hash of everything rendering reads but the targets of its links
    /// to content files; those are kept with the body ([`Rendered::content_links`]) and must
    /// still lead where they led, or the body is rendered again.
    fn render(
        &self,
        (markdown, path, line, in_content, digest): Source<'_>,
    ) -> Result<Arc<Rendered>> {
        let settings = &self.markdown;
        // Every body is keyed on every build: its path as bytes, quicker to hash than by its
        // components; the path inside `content/` follows from it.
        let key = Key::of("body", |h| {
            h.add(&digest);
            h.add(path.as_os_str());
            h.add(&line);
            h.add(&in_content);
            h.add(&settings.unsafe_html);
            h.add(&settings.targets.prefix);
            h.add(&settings.targets.heading_link_label);
        });
        let still_valid = |rendered: &Rendered| {
            rendered
                .content_links
                .iter()
                .all(|(path, url)| settings.targets.urls.get(path) == url.as_ref())
        };
        if let Some(rendered) = self.memo.and_then(|memo| memo.get::<Rendered>(key)) {
            if still_valid(&rendered) {
                return Ok(rendered);
            }
        }
        let content_path = if in_content {
            content_path(path)
        } else {
            String::new()
        };
        let mut rendered = settings.render(markdown, path, line, &content_path)?;
        rendered.digest = Key::of("rendered", |h| {
            h.add(&key);
            h.add(&rendered.content_links);
        });
        let rendered = Arc::new(rendered);
        if let Some(memo) = self.memo {
            memo.put(key, rendered.clone());
        }
        Ok(rendered)
    }
}
