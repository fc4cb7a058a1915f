//! Markdown to HTML for authored content: ids and self-links on headings, highlighted code,
//! links between content files resolved to page URLs (`links.rs`).

mod links;

use std::path::Path;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::escape::{escaped, push_escaped};
use super::highlight::highlight;
use crate::error::{line_column, Error, Location, Result};
use crate::text::{runs_script, slugify, TidyText, UniqueIds};
use links::path_link;

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
    /// Every body's links are looked up here on every build, hence a quick hash.
    pub urls: FxHashMap<String, String>,
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
