//! Where the links of authored Markdown lead: content files to their pages' URLs (in the
//! language being rendered), files beside the Markdown or in `static/` to their paths under the
//! base path; `javascript:` refused.

use pulldown_cmark::{CowStr, LinkType};

use super::{MarkdownRenderer, PathLink};
use crate::error::Location;
use crate::text::runs_script;

impl MarkdownRenderer<'_> {
    /// The URL of the content file at `path` (inside `content/`), noted in `looked_up`.
    pub(super) fn url_of(
        &self,
        path: &str,
        looked_up: &mut Vec<(String, Option<String>)>,
    ) -> Option<&String> {
        let url = self.targets.urls.get(path);
        looked_up.push((path.to_string(), url.cloned()));
        url
    }

    /// The page and fragment of a resolved link that points at an anchor of a content page
    /// (a link to a content file, or `#id` on the page itself); `None` for any other link.
    pub(super) fn fragment_link(
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
    pub(super) fn resolve<'u>(
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

/// The [`PathLink`] of a link written as `written` and resolved to `url`, when it leads to a path
/// inside the site that is not a content page's (those are looked up as they are resolved).
pub(super) fn path_link(written: &str, url: &str, location: Location) -> Option<PathLink> {
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
