//! `site.yaml`: the settings of a site, and the one helper that makes every URL it emits.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::content::front_matter::parse_yaml;
use crate::error::{Error, Location, Result};

/// The file that holds a site's settings, at the site root.
pub const CONFIG_FILE: &str = "site.yaml";

/// A link in the site's main navigation.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MenuItem {
    /// The link text.
    pub title: String,
    /// A path inside the site (`about/`) or an absolute URL.
    pub url: String,
}

/// The settings in `site.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// The site's name, in the header and in every page title.
    pub title: String,
    /// One or two sentences on what the site explains.
    #[serde(default)]
    pub description: String,
    /// The language of the pages, as a BCP 47 tag (`en-GB`).
    #[serde(default = "default_language")]
    pub language: String,
    /// Where the site is published, such as `https://org.github.io/repo/`.
    #[serde(default = "default_base_url")]
    pub base_url: String,
    /// The visual theme: a folder in `themes/`, or `default` for the built-in one.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Who publishes the site.
    pub publisher: Option<String>,
    /// The licence of the site's own writing (explainer pages, glossary, open data).
    pub licence: Option<crate::content::model::Licence>,
    /// A custom domain for GitHub Pages: written to `CNAME`.
    pub cname: Option<String>,
    /// Where readers report an error (an issue tracker URL).
    pub report_url: Option<String>,
    /// Whether raw HTML written in Markdown is kept (authors are trusted by default).
    #[serde(default = "default_true")]
    pub unsafe_html: bool,
    /// Links of the main navigation; the default is the site's own sections.
    #[serde(default)]
    pub menu: Vec<MenuItem>,
    /// Anything else, for templates (`config.extra.KEY`).
    #[serde(default)]
    pub extra: BTreeMap<String, serde_yaml::Value>,
}

fn default_language() -> String {
    "en".to_string()
}
fn default_base_url() -> String {
    "/".to_string()
}
fn default_theme() -> String {
    "default".to_string()
}
fn default_true() -> bool {
    true
}

impl SiteConfig {
    /// Reads `site.yaml` at `root`.
    pub fn load(root: &Path) -> Result<SiteConfig> {
        let path = root.join(CONFIG_FILE);
        let Some(text) = crate::tree::read_text_if_exists(root, &path)? else {
            return Err(Error::input(
                Location::file(CONFIG_FILE),
                format!("there is no {CONFIG_FILE} in {}", root.display()),
                "run accord in the site's folder (or pass --root), or create a site with `accord init DIR`",
            ));
        };
        parse_yaml(&text, Path::new(CONFIG_FILE), 1, "site.yaml")
    }
}

/// Makes every URL the site emits from its base URL, so that a site served under a subpath
/// (`https://org.github.io/repo/`) never points at the domain root by mistake.
#[derive(Debug, Clone, Serialize)]
pub struct Urls {
    /// The absolute base, with a trailing slash (`https://org.github.io/repo/`), or the path
    /// prefix alone when the base URL has no scheme.
    pub base: String,
    /// The path part, with leading and trailing slashes (`/repo/`).
    pub prefix: String,
}

impl Urls {
    /// Parses a base URL such as `https://example.org/sub/path/`, `/sub/` or `/`.
    pub fn new(base_url: &str) -> Urls {
        let trimmed = base_url.trim();
        let (origin, path) = match trimmed.split_once("://") {
            Some((scheme, rest)) => {
                let slash = rest.find('/').unwrap_or(rest.len());
                (format!("{scheme}://{}", &rest[..slash]), &rest[slash..])
            }
            None => (String::new(), trimmed),
        };
        let inner = path.trim_matches('/');
        let prefix = if inner.is_empty() {
            "/".to_string()
        } else {
            format!("/{inner}/")
        };
        Urls {
            base: format!("{origin}{prefix}"),
            prefix,
        }
    }

    /// The URL of a path inside the site (`themes/migration/`), as the site's pages link to it.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.prefix, path.trim_start_matches('/'))
    }

    /// The absolute URL of a path inside the site, for feeds, sitemaps and canonical links.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.base, path.trim_start_matches('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_keep_the_subpath() {
        let urls = Urls::new("https://example.org/sub/path");
        assert_eq!(urls.url("themes/x/"), "/sub/path/themes/x/");
        assert_eq!(urls.absolute("/"), "https://example.org/sub/path/");
        let root = Urls::new("https://example.org/");
        assert_eq!(root.url(""), "/");
        assert_eq!(Urls::new("/").absolute("a/"), "/a/");
    }
}
