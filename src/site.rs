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
    /// The site's other languages, by BCP 47 tag, each served under `/TAG/` (lower-cased);
    /// `language` stays the default one, at the root. Empty: a site in one language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub languages: BTreeMap<String, LanguageConfig>,
}

/// The settings of one of the site's other languages (`languages:` in `site.yaml`).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageConfig {
    /// The site's name in this language; the default language's when not given.
    pub title: Option<String>,
    /// The site's description in this language; the default language's when not given.
    pub description: Option<String>,
    /// The main navigation in this language; the site's own sections when empty.
    #[serde(default)]
    pub menu: Vec<MenuItem>,
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

    /// Checks the settings that become URLs and files: `base_url` (from `site.yaml`, or from
    /// the `--base-url` flag when `from_flag`) and `cname`. `root` is the site's folder, whose
    /// `site.yaml` gives the line of a wrong setting.
    pub fn check(&self, root: &Path, from_flag: bool) -> Result<()> {
        let mut errors = Vec::new();
        if let Err(problem) = check_base_url(&self.base_url) {
            let location = if from_flag {
                Location::file("--base-url")
            } else {
                setting_location(root, "base_url")
            };
            errors.push(Error::input(
                location,
                format!("the base URL `{}` {problem}", self.base_url.escape_debug()),
                "give where the site is published, as https://example.org/path/ (or a path alone, /path/)",
            ));
        }
        if let Some(domain) = &self.cname {
            if let Err(problem) = check_domain(domain) {
                errors.push(Error::input(
                    setting_location(root, "cname"),
                    format!("the cname `{}` {problem}", domain.escape_debug()),
                    "give the custom domain alone, such as explainer.example.org (no scheme, no path)",
                ));
            }
        }
        errors.extend(self.check_languages(root));
        Error::from_list(errors)
    }
}

impl SiteConfig {
    /// The other languages' codes in the order their pages are listed (the default first is
    /// not among them).
    pub fn language_codes(&self) -> impl Iterator<Item = &str> {
        self.languages.keys().map(String::as_str)
    }

    /// The errors of `languages:`: each code must be a BCP 47 tag, other than the default
    /// language and than each other once lower-cased (the URL prefix).
    fn check_languages(&self, root: &Path) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut prefixes: BTreeMap<String, &str> = BTreeMap::new();
        for code in self.languages.keys() {
            let location = || language_location(root, code);
            if !is_language_tag(code) {
                errors.push(Error::input(
                    location(),
                    format!("`{}` under `languages` is not a language tag", code.escape_debug()),
                    "use a BCP 47 tag such as fr, nl, de or fr-BE (letters, then `-` and letters or digits)",
                ));
                continue;
            }
            let prefix = code.to_lowercase();
            if prefix == self.language.to_lowercase() {
                errors.push(Error::input(
                    location(),
                    format!("`{code}` under `languages` is the site's default language (`language: {}`)", self.language),
                    "list only the other languages under `languages`: the default one is at the site's root",
                ));
            } else if let Some(first) = prefixes.insert(prefix.clone(), code) {
                errors.push(Error::input(
                    location(),
                    format!("`{code}` and `{first}` under `languages` would both be served under /{prefix}/"),
                    "keep one of them",
                ));
            }
        }
        errors
    }
}

/// Whether `code` is a BCP 47 language tag as a URL prefix can carry it: a primary subtag of
/// two to eight letters, then subtags of one to eight letters or digits, joined by `-`.
pub fn is_language_tag(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=8).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Where the language `code` is set under `languages:` in `site.yaml`, for messages.
fn language_location(root: &Path, code: &str) -> Location {
    let text = std::fs::read_to_string(root.join(CONFIG_FILE)).unwrap_or_default();
    let start = text.lines().position(|line| line.starts_with("languages:"));
    let found = start.and_then(|start| {
        text.lines()
            .enumerate()
            .skip(start)
            .find_map(|(index, line)| {
                let trimmed = line.trim_start();
                let name = trimmed.trim_start_matches(['"', '\'']);
                (name.starts_with(code)
                    && name[code.len()..]
                        .trim_start_matches(['"', '\''])
                        .starts_with(':'))
                .then(|| Location::at(CONFIG_FILE, index + 1, line.len() - trimmed.len() + 1))
            })
    });
    found.unwrap_or_else(|| setting_location(root, "languages"))
}

/// Where `key:` is set in `site.yaml`, for messages.
pub(crate) fn setting_location(root: &Path, key: &str) -> Location {
    let text = std::fs::read_to_string(root.join(CONFIG_FILE)).unwrap_or_default();
    let prefix = format!("{key}:");
    match text.lines().position(|line| line.starts_with(&prefix)) {
        Some(index) => Location::at(CONFIG_FILE, index + 1, 1),
        None => Location::file(CONFIG_FILE),
    }
}

/// Why `base_url` cannot be used, if it cannot: it must be an http(s) URL or a path starting
/// with `/`, with no query, fragment, whitespace, control characters or characters that would
/// need escaping in HTML, as it begins every link of every page.
pub fn check_base_url(base_url: &str) -> std::result::Result<(), String> {
    if let Some(c) = base_url
        .chars()
        .find(|c| c.is_whitespace() || c.is_control())
    {
        return Err(format!(
            "contains {}, which a URL cannot",
            if c.is_whitespace() {
                "a space or line break"
            } else {
                "a control character"
            }
        ));
    }
    if base_url.contains(['?', '#']) {
        return Err("has a query or a fragment (`?` or `#`), which every link would carry".into());
    }
    if let Some(c) = base_url.chars().find(|c| {
        matches!(
            c,
            '"' | '\'' | '<' | '>' | '\\' | '`' | '^' | '{' | '}' | '|'
        )
    }) {
        return Err(format!("contains `{c}`, which a URL cannot"));
    }
    match base_url.split_once("://") {
        Some((scheme, rest)) => {
            if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
                return Err(format!("has the scheme `{scheme}`: only http and https are published"));
            }
            let host = rest.split('/').next().unwrap_or("");
            if host.is_empty() || host.contains('@') {
                return Err("names no host (or a user name before it)".into());
            }
            Ok(())
        }
        None if base_url.starts_with("//") => {
            Err("starts with `//`, which browsers read as another host".into())
        }
        None if base_url.starts_with('/') => Ok(()),
        None if base_url.contains(':') => {
            Err("is neither an http(s) URL nor a path starting with `/`".into())
        }
        None => Err(format!(
            "has no scheme, so it would be read as a path: write https://{} (or /{} for a path alone)",
            base_url,
            base_url.trim_start_matches('/')
        )),
    }
}

/// Why `cname` is not a domain name, if it is not.
pub fn check_domain(domain: &str) -> std::result::Result<(), String> {
    let name = domain.trim();
    if name.is_empty() {
        return Ok(());
    }
    let label_ok = |label: &str| {
        !label.is_empty()
            && label.len() <= 63
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    };
    if name.len() > 253 || !name.trim_end_matches('.').split('.').all(label_ok) {
        return Err("is not a domain name (letters, digits, `-` and dots only)".into());
    }
    Ok(())
}

/// [`crate::urls::Urls`], where it lives now: kept here for the code that names it so.
pub use crate::urls::Urls;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_http_urls_or_paths() {
        for good in [
            "/",
            "/sub/",
            "https://example.org/",
            "http://localhost:1111/a/",
            "HTTPS://ex.org",
        ] {
            assert_eq!(check_base_url(good), Ok(()), "{good}");
        }
        for bad in [
            "https://ex.org/?q=1#frag",
            "javascript:alert(1)//",
            "https://ex.org/a b/",
            "https://ex.org/\n<script>",
            "example.org/accord",
            "//evil.example/",
            "ftp://ex.org/",
            "https://user@ex.org/",
            "https:///path",
            "/a\"onload=x",
        ] {
            assert!(check_base_url(bad).is_err(), "{bad}");
        }
        assert!(check_base_url("example.org/accord")
            .unwrap_err()
            .contains("https://example.org/accord"));
    }

    #[test]
    fn language_codes_are_tags() {
        for good in ["fr", "nl", "de", "fr-BE", "zh-Hant-TW", "nl-BE"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in ["", "f", "fr_BE", "../x", "fr/", "fr-", "é", "1a"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn a_cname_is_a_domain_name() {
        assert_eq!(check_domain("explainer.example.org"), Ok(()));
        assert_eq!(check_domain(" explainer.example.org\n"), Ok(()));
        for bad in [
            "a.org\n<script>",
            "https://a.org",
            "a.org/x",
            "a..org",
            "-a.org",
        ] {
            assert!(check_domain(bad).is_err(), "{bad}");
        }
    }
}
