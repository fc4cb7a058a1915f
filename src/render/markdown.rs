//! Markdown to HTML for authored content: ids and self-links on headings, highlighted code,
//! links between content files resolved to page URLs.

use std::collections::HashMap;
use std::path::Path;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd,
};
use serde::{Deserialize, Serialize};

use super::escape::{escaped, push_escaped};
use super::highlight::highlight;
use crate::error::{line_column, Error, Location, Result};
use crate::text::{runs_script, slugify, TidyText, UniqueIds};

/// A heading of a rendered page, for its "Contents" list.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// Anchor id.
    pub id: String,
    /// Plain text.
    pub title: String,
}

/// A rendered Markdown body.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The HTML.
    pub html: String,
    /// Its headings, in order.
    pub headings: Vec<Heading>,
    /// Whether it has highlighted code (the page then links the code stylesheet).
    pub has_code: bool,
    /// Its text without markup, for the search index and the link previews: blocks are
    /// separated by a blank line, other whitespace is one space, raw HTML is left out.
    /// Gathered while rendering, as parsing the Markdown again for it cost a third of the search
    /// index's time.
    pub text: String,
    /// Links to anchors of content pages, checked once every page is rendered
    /// (see [`crate::build::anchors`]).
    pub fragment_links: Vec<FragmentLink>,
    /// Links and images to paths inside the site (`/map.png`, `@/files/a.pdf`, `/about/`),
    /// checked against the files of the build once all are written
    /// (see [`crate::build::file_links`]).
    pub path_links: Vec<PathLink>,
    /// The content files its links name (paths inside `content/`, sorted), with the URL each
    /// led to when it was rendered (`None`: no such file).
    pub content_links: Vec<(String, Option<String>)>,
    /// A hash of everything the HTML was made from (the Markdown, where it is, the site's
    /// settings and where its links led): pages that show the body are keyed by it
    /// (see [`crate::memo`]). Set by [`crate::load::Site::render_bodies`].
    pub digest: crate::memo::Key,
}

/// A link or image to a path inside the site, as written and as resolved.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PathLink {
    /// The address as the author wrote it.
    pub written: String,
    /// The path it leads to from the domain root (`/repo/map.png`), without fragment or query.
    pub path: String,
    /// Where it is written.
    pub location: Location,
}

/// A link to an anchor (`@/instruments/prum.md#status`, `#background`), as written.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FragmentLink {
    /// The link as the author wrote it.
    pub written: String,
    /// The URL of the page it leads to, without the fragment.
    pub url: String,
    /// The fragment, without `#`.
    pub fragment: String,
    /// Where the link is written.
    pub location: Location,
}

/// Where Markdown links to content files lead: content path (`instruments/prum.md`) to page URL.
/// Every field but `urls` is part of a body's key in a `serve` session (`render/bodies.rs`): a
/// field added here must be added there.
#[derive(Debug, Default)]
pub struct LinkTargets {
    /// Content path relative to `content/` -> URL; in a language other than the default, also
    /// the root-relative path of each of its pages (`/themes/energy/`) -> its URL in that
    /// language, so that a root-relative link in its bodies stays in the page's language.
    pub urls: HashMap<String, String>,
    /// The site's base path (`/repo/`): root-relative links are moved under it. Empty or `/`
    /// leaves them as they are.
    pub prefix: String,
    /// The label of a heading's self-link, `{heading}` filled in (`link_to_this_section` of
    /// the interface strings); empty for the English one.
    pub heading_link_label: String,
}

/// Renders authored Markdown with the site's settings; built once per build.
#[derive(Debug)]
pub struct MarkdownRenderer<'a> {
    /// Whether raw HTML is kept.
    pub unsafe_html: bool,
    /// Where content links lead.
    pub targets: &'a LinkTargets,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
}

impl MarkdownRenderer<'_> {
    /// Renders `source`, the body of `path` (relative to the site root) starting at `first_line`.
    /// `content_path` is the file's path relative to `content/`, for resolving relative links.
    pub fn render(
        &self,
        source: &str,
        path: &Path,
        first_line: usize,
        content_path: &str,
    ) -> Result<Rendered> {
        let mut rendered = Rendered::default();
        // Sized for the usual number of events (about one per 8 bytes of Markdown), so that the
        // list is not copied again and again as it grows.
        let mut events: Vec<Event> = Vec::with_capacity(source.len() / 8);
        let mut used_ids = UniqueIds::default();
        let mut heading: Option<(HeadingLevel, Option<String>, Vec<Event>)> = None;
        let mut code: Option<(String, String)> = None;
        let mut errors = Vec::new();
        let mut looked_up = Vec::new();
        // The text is at most about as long as the Markdown it comes from.
        let mut text = TidyText::with_capacity(source.len());
        let at = |offset: usize| {
            let (line, column) = line_column(source, offset);
            Location::at(path, first_line + line - 1, column)
        };
        for (event, range) in Parser::new_ext(source, options()).into_offset_iter() {
            push_plain(&mut text, &event);
            if let Some((_, code_text)) = &mut code {
                match event {
                    Event::Text(t) => code_text.push_str(&t),
                    Event::End(TagEnd::CodeBlock) => {
                        let (language, code_text) = code.take().unwrap_or_default();
                        rendered.has_code |= !language.is_empty();
                        events.push(Event::Html(highlight(&code_text, &language).into()));
                    }
                    _ => {}
                }
                continue;
            }
            let event = match event {
                Event::Start(Tag::CodeBlock(kind)) => {
                    let language = match kind {
                        CodeBlockKind::Fenced(info) => info.to_string(),
                        CodeBlockKind::Indented => String::new(),
                    };
                    code = Some((language, String::new()));
                    continue;
                }
                Event::Start(Tag::Heading { level, id, .. }) => {
                    heading = Some((level, id.map(|i| i.to_string()), Vec::new()));
                    continue;
                }
                Event::End(TagEnd::Heading(_)) => {
                    if let Some((level, id, inner)) = heading.take() {
                        self.push_heading(
                            level,
                            id,
                            inner,
                            &mut used_ids,
                            &mut rendered,
                            &mut events,
                        );
                    }
                    continue;
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => match self.resolve(&dest_url, link_type, content_path, &mut looked_up) {
                    Ok(url) => {
                        if let Some(link) = path_link(&dest_url, &url, at(range.start)) {
                            rendered.path_links.push(link);
                        }
                        let link =
                            self.fragment_link(&dest_url, &url, content_path, &mut looked_up);
                        if let Some((page, fragment)) = link {
                            rendered.fragment_links.push(FragmentLink {
                                written: dest_url.trim().to_string(),
                                url: page,
                                fragment,
                                location: at(range.start),
                            });
                        }
                        Event::Start(Tag::Link {
                            link_type,
                            dest_url: url,
                            title,
                            id,
                        })
                    }
                    Err(message) => {
                        errors.push(Error::input(at(range.start), message.0, message.1));
                        Event::Start(Tag::Link {
                            link_type,
                            dest_url,
                            title,
                            id,
                        })
                    }
                },
                Event::Start(Tag::Image { ref dest_url, .. }) if runs_script(dest_url) => {
                    errors.push(Error::input(
                        at(range.start),
                        format!("the image address `{}` would run a script", dest_url.trim()),
                        "give the image an https:// address or a path inside the site",
                    ));
                    event
                }
                // Images resolve as links do: `/map.png`, `@/map.png` and `map.png` (beside the
                // Markdown file) all work under any base path.
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let dest_url =
                        match self.resolve(&dest_url, link_type, content_path, &mut looked_up) {
                            Ok(url) => {
                                if let Some(link) = path_link(&dest_url, &url, at(range.start)) {
                                    rendered.path_links.push(link);
                                }
                                url
                            }
                            Err(message) => {
                                errors.push(Error::input(at(range.start), message.0, message.1));
                                dest_url
                            }
                        };
                    Event::Start(Tag::Image {
                        link_type,
                        dest_url,
                        title,
                        id,
                    })
                }
                Event::Html(html) | Event::InlineHtml(html) if !self.unsafe_html => {
                    Event::Text(html)
                }
                other => other,
            };
            match &mut heading {
                Some((_, _, inner)) => inner.push(event),
                None => events.push(event),
            }
        }
        Error::from_list(errors)?;
        // HTML runs to about 1.7 times the Markdown's length (more with highlighted code): room
        // for twice that spares the copies of a growing string, and keeps a third less memory
        // than the spare room that doubling leaves.
        let mut html = String::with_capacity(source.len() * 2);
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        rendered.html = html;
        rendered.text = text.finish();
        looked_up.sort_unstable();
        looked_up.dedup();
        rendered.content_links = looked_up;
        Ok(rendered)
    }

    /// The URL of the content file at `path` (inside `content/`), noted in `looked_up`.
    fn url_of(&self, path: &str, looked_up: &mut Vec<(String, Option<String>)>) -> Option<&String> {
        let url = self.targets.urls.get(path);
        looked_up.push((path.to_string(), url.cloned()));
        url
    }

    fn push_heading<'e>(
        &self,
        level: HeadingLevel,
        id: Option<String>,
        inner: Vec<Event<'e>>,
        used_ids: &mut UniqueIds,
        rendered: &mut Rendered,
        events: &mut Vec<Event<'e>>,
    ) {
        let title: String = inner
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let base = id.unwrap_or_else(|| {
            Some(slugify(&title, 60))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "section".into())
        });
        let id = used_ids.unique(&base);
        let number = level as u8;
        let id_html = escaped(&id);
        events.push(Event::Html(format!("<h{number} id=\"{id_html}\">").into()));
        events.extend(inner);
        let form = match self.targets.heading_link_label.as_str() {
            "" => "Link to this section: {heading}",
            form => form,
        };
        let mut title_html = String::new();
        push_escaped(&mut title_html, &title);
        let form = crate::i18n::escape_form(form);
        let label = crate::i18n::fill_values(&form, None, &[("heading", &title_html)]);
        let link = format!(
            " <a class=\"heading-link\" href=\"#{id_html}\" aria-label=\"{label}\">#</a></h{number}>\n"
        );
        events.push(Event::Html(link.into()));
        rendered.headings.push(Heading {
            level: number,
            id,
            title,
        });
    }

    /// The page and fragment of a resolved link that points at an anchor of a content page
    /// (a link to a content file, or `#id` on the page itself); `None` for any other link.
    fn fragment_link(
        &self,
        written: &str,
        resolved: &str,
        content_path: &str,
        looked_up: &mut Vec<(String, Option<String>)>,
    ) -> Option<(String, String)> {
        let (page, fragment) = resolved.split_once('#')?;
        if written.trim_start().starts_with('#') {
            let own = self.url_of(content_path, looked_up)?;
            let own = own.split('#').next().unwrap_or(own);
            return Some((own.to_string(), fragment.to_string()));
        }
        // Only links to content files are checked here; others are checked by `accord check`
        // on the output (a build must not pass or fail depending on the base path).
        let file = written.trim().split('#').next().unwrap_or("");
        let is_content = is_content_file(file);
        is_content.then(|| (page.to_string(), fragment.to_string()))
    }

    /// A root-relative link (`/docs/page/`, as other generators' content has them) moved under
    /// the site's base path, so that a site published at `/repo/` does not point at the domain
    /// root. Links that already start with the base path are left as they are.
    fn under_base_path(&self, link: &str) -> Option<String> {
        let prefix = self.targets.prefix.as_str();
        if prefix.len() <= 1 || !link.starts_with('/') || link.starts_with("//") {
            return None;
        }
        if link.starts_with(prefix) || format!("{link}/") == prefix {
            return None;
        }
        Some(format!("{prefix}{}", &link[1..]))
    }

    /// A root-relative link to a page (`/themes/energy/`, with or without the base path) in the
    /// language of the pages being rendered, when [`LinkTargets::urls`] has that page.
    fn in_language(
        &self,
        link: &str,
        looked_up: &mut Vec<(String, Option<String>)>,
    ) -> Option<String> {
        if !link.starts_with('/') || link.starts_with("//") {
            return None;
        }
        let (path, rest) = link.split_at(link.find(['?', '#']).unwrap_or(link.len()));
        let base = self.targets.prefix.trim_end_matches('/');
        let inside = match path.strip_prefix(base) {
            Some(inside) if !base.is_empty() && (inside.is_empty() || inside.starts_with('/')) => {
                inside
            }
            _ => path,
        };
        let key = if inside.is_empty() { "/" } else { inside };
        let url = match self.url_of(key, looked_up) {
            Some(url) => url,
            None if !key.ends_with('/') => self.url_of(&format!("{key}/"), looked_up)?,
            None => return None,
        };
        Some(format!("{url}{rest}"))
    }

    /// `path` (inside the output) as a path from the domain root, under the base path.
    fn site_path(&self, path: &str, suffix: &str) -> String {
        let prefix = self.targets.prefix.trim_end_matches('/');
        format!("{prefix}/{}{suffix}", path.trim_start_matches('/'))
    }

    /// Resolves a link destination: content links to page URLs; `javascript:` refused.
    fn resolve<'u>(
        &self,
        dest: &CowStr<'u>,
        link_type: LinkType,
        content_path: &str,
        looked_up: &mut Vec<(String, Option<String>)>,
    ) -> Result<CowStr<'u>, (String, String)> {
        let trimmed = dest.trim();
        if runs_script(trimmed) {
            return Err((
                format!("the link `{trimmed}` would run a script"),
                "link to a page or an https:// address instead".to_string(),
            ));
        }
        if matches!(link_type, LinkType::Email | LinkType::Autolink)
            || trimmed.contains("://")
            || trimmed.starts_with("mailto:")
        {
            return Ok(dest.clone());
        }
        let (file, fragment) = match trimmed.split_once('#') {
            Some((file, fragment)) => (file, Some(fragment)),
            None => (trimmed, None),
        };
        let suffix = fragment.map(|f| format!("#{f}")).unwrap_or_default();
        let target = if !is_content_file(file) {
            // A file of static/ or content/ (an image, a PDF): `@/map.png` from either folder,
            // `/map.png` from the site's root, `map.png` beside the Markdown file.
            if let Some(rest) = file.strip_prefix("@/") {
                return Ok(self.site_path(rest, &suffix).into());
            }
            if is_relative_file(file) {
                let joined = join_relative(content_path, file);
                return Ok(self.site_path(&joined, &suffix).into());
            }
            if let Some(url) = self.in_language(trimmed, looked_up) {
                return Ok(url.into());
            }
            return Ok(match self.under_base_path(trimmed) {
                Some(rooted) => rooted.into(),
                None => dest.clone(),
            });
        } else if let Some(rest) = file.strip_prefix("@/") {
            rest.to_string()
        } else {
            join_relative(content_path, file)
        };
        let Some(url) = self.url_of(&target, looked_up) else {
            return Err((
                format!("the link `{trimmed}` points to content/{target}, which does not exist"),
                "correct the path (links to content files are relative to this file, or start with `@/` from content/)".to_string(),
            ));
        };
        if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
            return Ok(format!("{url}#{fragment}").into());
        }
        Ok(url.clone().into())
    }
}

/// Adds what `event`, as parsed, gives to a body's plain text (see [`Rendered::text`]).
fn push_plain(text: &mut TidyText, event: &Event) {
    match event {
        Event::Text(t) | Event::Code(t) => text.push(t),
        Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::TableCell) => text.push(" "),
        Event::End(
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::TableHead
            | TagEnd::TableRow,
        ) => text.push("\n\n"),
        _ => {}
    }
}

/// The [`PathLink`] of a link written as `written` and resolved to `url`, when it leads to a path
/// inside the site that is not a content page's (those are looked up as they are resolved).
fn path_link(written: &str, url: &str, location: Location) -> Option<PathLink> {
    let written = written.trim();
    let file = written.split(['#', '?']).next().unwrap_or("");
    if is_content_file(file) || !url.starts_with('/') || url.starts_with("//") {
        return None;
    }
    let path = url.split(['#', '?']).next().unwrap_or(url);
    Some(PathLink {
        written: written.to_string(),
        path: path.to_string(),
        location,
    })
}

/// Whether a link names a content file (`@/x.md`, `../x.md`), which leads to that file's page.
fn is_content_file(file: &str) -> bool {
    file.ends_with(".md") && !file.starts_with('/')
}

/// Whether a link names a file by a path relative to the Markdown file (`map.png`,
/// `files/report.pdf`): its last part has an extension. Other relative links (`../about/`) are
/// left for the browser to resolve from the page's URL, as other generators' content expects.
fn is_relative_file(file: &str) -> bool {
    let last = file.rsplit('/').next().unwrap_or(file);
    !file.is_empty()
        && !file.starts_with('/')
        && !file.contains(':')
        && last.rsplit_once('.').is_some_and(|(stem, extension)| {
            !stem.is_empty() && !extension.is_empty() && !matches!(extension, "html" | "htm")
        })
}

/// Joins a relative link to the folder of the file it is written in, inside `content/`.
fn join_relative(from: &str, link: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for segment in link.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(source: &str, targets: &LinkTargets, unsafe_html: bool) -> Result<Rendered> {
        MarkdownRenderer {
            unsafe_html,
            targets,
        }
        .render(source, Path::new("content/a/page.md"), 1, "a/page.md")
    }

    #[test]
    fn headings_get_ids_and_self_links() {
        let out = render(
            "# Hello world\n\n## Hello world\n",
            &LinkTargets::default(),
            true,
        )
        .unwrap();
        assert!(out.html.contains(
            "<h1 id=\"hello-world\">Hello world <a class=\"heading-link\" href=\"#hello-world\""
        ));
        assert!(out.html.contains("id=\"hello-world-2\""));
        assert_eq!(out.headings.len(), 2);
    }

    #[test]
    fn content_links_resolve_and_missing_ones_fail_with_a_line() {
        let mut targets = LinkTargets::default();
        targets
            .urls
            .insert("instruments/prum.md".into(), "/instruments/prum/".into());
        let out = render(
            "[a](../instruments/prum.md) [b](@/instruments/prum.md#status)",
            &targets,
            true,
        )
        .unwrap();
        assert!(out.html.contains("href=\"/instruments/prum/\""));
        assert!(out.html.contains("href=\"/instruments/prum/#status\""));
        let error = render("text\n\n[a](missing.md)", &targets, true).unwrap_err();
        let Error::Input { location, .. } = error else {
            panic!()
        };
        assert_eq!(location.line, Some(3));
    }

    #[test]
    fn root_relative_links_move_under_the_base_path() {
        let targets = LinkTargets {
            prefix: "/repo/".into(),
            ..LinkTargets::default()
        };
        let out = render(
            "[a](/docs/page/#x) [b](/repo/about/) [c](//cdn.example.org/x)",
            &targets,
            true,
        )
        .unwrap();
        assert!(
            out.html.contains("href=\"/repo/docs/page/#x\""),
            "{}",
            out.html
        );
        assert!(out.html.contains("href=\"/repo/about/\""));
        assert!(out.html.contains("href=\"//cdn.example.org/x\""));
    }

    #[test]
    fn root_relative_links_to_pages_stay_in_the_language_of_the_targets() {
        let mut targets = LinkTargets {
            prefix: "/repo/".into(),
            ..LinkTargets::default()
        };
        for path in ["/", "/themes/energy/"] {
            let url = format!("/repo/fr{path}");
            targets.urls.insert(path.into(), url);
        }
        let out = render(
            "[a](/themes/energy/#x) [b](/repo/themes/energy) [c](/) [d](/data/x.csv) [e](/repo/) \
             ![f](/map.png) [g](/repository/)",
            &targets,
            true,
        )
        .unwrap();
        for expected in [
            "href=\"/repo/fr/themes/energy/#x\">a",
            "href=\"/repo/fr/themes/energy/\">b",
            "href=\"/repo/fr/\">c",
            "href=\"/repo/data/x.csv\">d",
            "href=\"/repo/fr/\">e",
            "src=\"/repo/map.png\"",
            "href=\"/repo/repository/\">g",
        ] {
            assert!(out.html.contains(expected), "{expected} in {}", out.html);
        }
        // Where they led is kept, so that a body is rendered again when a page comes or goes.
        assert!(out
            .content_links
            .contains(&("/data/x.csv".to_string(), None)));
    }

    #[test]
    fn images_and_files_resolve_like_links_under_any_base_path() {
        for (prefix, base) in [("/repo/", "/repo/"), ("/", "/"), ("", "/")] {
            let targets = LinkTargets {
                prefix: prefix.into(),
                ..LinkTargets::default()
            };
            let out = render(
                "![a](/map.png) ![b](@/map.png) ![c](map.png) ![d](../img/x.svg#v) \
                 [e](@/files/report.pdf) [f](report.pdf) [g](../about/) ![h](https://example.org/y.png)",
                &targets,
                true,
            )
            .unwrap();
            for expected in [
                format!("src=\"{base}map.png\" alt=\"a\""),
                format!("src=\"{base}map.png\" alt=\"b\""),
                format!("src=\"{base}a/map.png\" alt=\"c\""),
                format!("src=\"{base}img/x.svg#v\""),
                format!("href=\"{base}files/report.pdf\""),
                format!("href=\"{base}a/report.pdf\""),
                "href=\"../about/\"".to_string(),
                "src=\"https://example.org/y.png\"".to_string(),
            ] {
                assert!(
                    out.html.contains(&expected),
                    "{prefix}: {expected} in {}",
                    out.html
                );
            }
        }
    }

    #[test]
    fn javascript_links_are_refused_and_raw_html_can_be_turned_off() {
        for hostile in [
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](java&#x09;script:alert(1))",
            "[x](<java\tscript:alert(1)>)",
            "[x](&#106;avascript:alert(1))",
            "[x](javascript&colon;alert(1))",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: vbscript:msgbox(1)",
            "![x](javascript:alert(1))",
        ] {
            for unsafe_html in [true, false] {
                assert!(
                    render(hostile, &LinkTargets::default(), unsafe_html).is_err(),
                    "{hostile}"
                );
            }
        }
        let out = render("<b>bold</b>", &LinkTargets::default(), false).unwrap();
        assert!(out.html.contains("&lt;b&gt;"));
    }

    #[test]
    fn code_is_highlighted_with_classes() {
        let out = render(
            "```rust\nfn main() {}\n```\n",
            &LinkTargets::default(),
            true,
        )
        .unwrap();
        assert!(out.has_code);
        assert!(out.html.contains("class=\"hl-"), "{}", out.html);
    }

    #[test]
    fn the_text_is_the_body_without_markup() {
        let out = render(
            "# Title {#t}\n\nA *term* with a [link](https://example.org) and `code`.\n\n\
             <b>raw</b> Second\nline.\n\n| a | b |\n|---|---|\n| c | d |\n\n\
             ```text\nlet x\n```\n\n- \"quoted\"\n- item",
            &LinkTargets::default(),
            true,
        )
        .unwrap();
        assert_eq!(
            out.text,
            "Title\n\nA term with a link and code.\n\nraw Second line.\n\na b\n\nc d\n\n\
             let x\n\n“quoted”\n\nitem"
        );
    }
}
