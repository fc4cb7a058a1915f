//! Every URL the site emits and every mapping between output files and URLs, in one place: the
//! base URL and its path prefix ([`Urls`]), the path of each kind of page ([`paths`]), numbered
//! pages, feeds, the key of a content file for Markdown links, and the file a page is written to.

use std::path::Path;

use serde::Serialize;

/// Makes every URL the site emits from its base URL, so that a site served under a subpath
/// (`https://org.github.io/repo/`) never points at the domain root by mistake.
#[derive(Debug, Clone, Serialize)]
pub struct Urls {
    /// The absolute base, with a trailing slash (`https://org.github.io/repo/`), or the path
    /// prefix alone when the base URL has no scheme.
    pub base: String,
    /// The path part, with leading and trailing slashes (`/repo/`).
    pub prefix: String,
    /// The folder of the pages' language inside the site (`fr/`), empty for the default
    /// language: `base` and `prefix` end with it.
    #[serde(skip)]
    pub language_folder: String,
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
            language_folder: String::new(),
        }
    }

    /// The URLs of the pages in the language `code`, served under `/CODE/` (lower-cased) below
    /// the site's root; files every language shares (styles, scripts, images) stay at the root
    /// ([`Urls::asset`]).
    pub fn for_language(&self, code: &str) -> Urls {
        let root = self.root();
        let folder = language_folder(code);
        Urls {
            base: format!("{}{folder}", root.base),
            prefix: format!("{}{folder}", root.prefix),
            language_folder: folder,
        }
    }

    /// The URLs of the site's default language, at its root.
    pub fn root(&self) -> Urls {
        let strip = |text: &str| {
            text.strip_suffix(self.language_folder.as_str())
                .unwrap_or(text)
                .to_string()
        };
        Urls {
            base: strip(&self.base),
            prefix: strip(&self.prefix),
            language_folder: String::new(),
        }
    }

    /// The URL of a file every language shares (`style.css`), at the site's root.
    pub fn asset(&self, path: &str) -> String {
        self.root().url(path)
    }

    /// The output file (relative to the output folder) of the page at the URL path `path` in
    /// this language: [`file_of`] inside the language's folder.
    pub fn file(&self, path: &str) -> String {
        format!("{}{}", self.language_folder, file_of(path))
    }

    /// The output file (relative to the output folder) of a file of this language that is not
    /// a page (`feed.xml`).
    pub fn other_file(&self, path: &str) -> String {
        format!("{}{path}", self.language_folder)
    }

    /// The URL of the output file `file` (relative to the output folder, any language).
    pub fn file_url(&self, file: &str) -> String {
        self.root().url(path_of(file))
    }

    /// The absolute URL of the output file `file` (relative to the output folder, any language).
    pub fn file_absolute(&self, file: &str) -> String {
        self.root().absolute(path_of(file))
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

/// The folder of the pages in the language `code` inside the site: the tag lower-cased, with a
/// trailing slash (`fr/`, `nl-be/`).
pub fn language_folder(code: &str) -> String {
    format!("{}/", code.to_lowercase())
}

/// URL paths (relative to the site root) of every kind of page.
pub mod paths {
    /// A document's page.
    pub fn document(slug: &str) -> String {
        format!("documents/{slug}/")
    }
    /// A theme's page.
    pub fn theme(slug: &str) -> String {
        format!("themes/{slug}/")
    }
    /// An instrument's page.
    pub fn instrument(slug: &str) -> String {
        format!("instruments/{slug}/")
    }
    /// A glossary entry.
    pub fn term(slug: &str) -> String {
        format!("glossary/#{slug}")
    }
}

/// The path of page `number` of a list whose first page is at `base` (`instruments/nato/`):
/// the first page is `base` itself, the others `base` + `page/N/`.
pub fn page_path(base: &str, number: usize) -> String {
    if number <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{number}/")
    }
}

/// Where the full list of a term's uses starts.
pub fn uses_path(slug: &str) -> String {
    format!("glossary/{slug}/")
}

/// The path of the Atom feed of an instrument, theme or term (`instruments`, `themes` or
/// `glossary` as `section`), relative to the site root.
pub fn feed_path(section: &str, slug: &str) -> String {
    format!("{section}/{slug}/feed.xml")
}

/// The folder of the search index (Pagefind's files, every language's), relative to the output
/// folder.
pub const SEARCH_FOLDER: &str = "pagefind/";

/// The URL the search index records for the page written to `file`: from the site's root, for
/// Pagefind's script puts the path it was loaded from (the site's base path) before it.
pub fn search_url(file: &str) -> String {
    format!("/{}", path_of(file))
}

/// Where the feed is written, relative to the site root.
pub const FEED_PATH: &str = "feed.xml";

/// The path of a content file relative to `content/`, with `/` separators.
pub fn content_path(source: &Path) -> String {
    let text = source.to_string_lossy().replace('\\', "/");
    text.strip_prefix("content/").unwrap_or(&text).to_string()
}

/// The file a page at the URL path `path` (`themes/x/`, `` for the home page) is written to.
pub fn file_of(path: &str) -> String {
    format!("{path}index.html")
}

/// The URL path of the page written to `file` (`themes/x/index.html` gives `themes/x/`); any
/// other file is its own path.
pub fn path_of(file: &str) -> &str {
    file.strip_suffix("index.html").unwrap_or(file)
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

    #[test]
    fn other_languages_live_in_a_folder_of_their_own() {
        let urls = Urls::new("https://example.org/sub/");
        let french = urls.for_language("fr-BE");
        assert_eq!(french.url("themes/x/"), "/sub/fr-be/themes/x/");
        assert_eq!(french.absolute(""), "https://example.org/sub/fr-be/");
        assert_eq!(french.asset("style.css"), "/sub/style.css");
        assert_eq!(french.file("themes/x/"), "fr-be/themes/x/index.html");
        assert_eq!(
            french.file_url("fr-be/themes/x/index.html"),
            "/sub/fr-be/themes/x/"
        );
        assert_eq!(french.root().url(""), "/sub/");
        assert_eq!(urls.file("about/"), "about/index.html");
        assert_eq!(
            urls.for_language("nl").for_language("fr").url(""),
            "/sub/fr/"
        );
    }

    #[test]
    fn files_and_url_paths_map_both_ways() {
        assert_eq!(file_of("themes/x/"), "themes/x/index.html");
        assert_eq!(file_of(""), "index.html");
        assert_eq!(path_of("themes/x/index.html"), "themes/x/");
        assert_eq!(path_of("index.html"), "");
        assert_eq!(path_of("style.css"), "style.css");
        assert_eq!(page_path("themes/x/", 1), "themes/x/");
        assert_eq!(page_path("themes/x/", 3), "themes/x/page/3/");
        assert_eq!(
            content_path(Path::new("content/guides/a.md")),
            "guides/a.md"
        );
    }
}
