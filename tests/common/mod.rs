//! Helpers shared by the integration tests: temporary copies of the site, running the binary,
//! and reading the HTML it writes.
// Each test file uses some of these, and they are `pub` for the test files, not for export.
#![allow(dead_code, unreachable_pub)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use regex::Regex;

/// The repository, which is also the UK-Belgium site.
pub fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies the site's sources (not `public/`, not `target/`) into a new temporary folder.
pub fn copy_site() -> tempfile::TempDir {
    let temp = tempfile::tempdir().expect("a temporary folder");
    let source = repository();
    std::fs::copy(source.join("site.yaml"), temp.path().join("site.yaml")).expect("copy site.yaml");
    for folder in ["content", "seeds"] {
        copy_folder(&source.join(folder), &temp.path().join(folder));
    }
    temp
}

/// Copies a folder recursively.
pub fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder") {
        let entry = entry.expect("folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// Runs `accord ARGS` and returns its output.
pub fn accord(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .output()
        .expect("run accord")
}

/// Builds the site at `root` into `root/public`, asserting success.
pub fn build(root: &Path) -> PathBuf {
    build_with(root, &[]);
    root.join("public")
}

/// Runs `accord build --root ROOT EXTRA...` (such as `--output DIR` or `--base-url URL`),
/// asserting success.
pub fn build_with(root: &Path, extra: &[&str]) {
    let mut args = vec!["build", "--root", root.to_str().expect("UTF-8 path")];
    args.extend_from_slice(extra);
    let output = accord(&args);
    assert!(
        output.status.success(),
        "build failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Every file under `folder`, by relative path, with its bytes.
pub fn snapshot(folder: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(folder).sort_by_file_name() {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            let relative = entry
                .path()
                .strip_prefix(folder)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/");
            files.insert(relative, std::fs::read(entry.path()).expect("read"));
        }
    }
    files
}

/// The visible text of an HTML page: tags removed, entities decoded, whitespace collapsed.
pub fn visible_text(html: &str) -> String {
    let without_scripts = Regex::new(r"(?s)<(script|style)\b.*?</(script|style)>")
        .expect("pattern")
        .replace_all(html, " ");
    // Inline elements join their text to the words around them; other tags separate words.
    let without_inline = Regex::new(r"</?(?:a|span|time|b|i|em|strong|code|dfn|abbr|mark)\b[^>]*>")
        .expect("pattern")
        .replace_all(&without_scripts, "");
    let without_tags = Regex::new(r"<[^>]*>")
        .expect("pattern")
        .replace_all(&without_inline, " ");
    collapse(&decode_entities(&without_tags))
}

/// Decodes the entities accord's escaping produces.
pub fn decode_entities(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}

/// Collapses runs of whitespace into single spaces.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every `href` and `src` value in a page, entities decoded.
pub fn links(html: &str) -> Vec<String> {
    Regex::new(r#"\s(?:href|src)="([^"]*)""#)
        .expect("pattern")
        .captures_iter(html)
        .map(|c| decode_entities(&c[1]))
        .collect()
}

/// Every `id` value in a page.
pub fn ids(html: &str) -> Vec<String> {
    Regex::new(r#"\sid="([^"]*)""#)
        .expect("pattern")
        .captures_iter(html)
        .map(|c| decode_entities(&c[1]))
        .collect()
}

/// Checks every internal link and anchor of a built site whose pages live under `prefix`
/// (`/` or `/sub/path/`); returns the broken ones as "page -> link".
pub fn broken_links(site: &BTreeMap<String, Vec<u8>>, prefix: &str) -> Vec<String> {
    let pages: BTreeMap<&str, String> = site
        .iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(path, bytes)| (path.as_str(), String::from_utf8_lossy(bytes).into_owned()))
        .collect();
    let mut broken = Vec::new();
    for (page, html) in &pages {
        let page_dir = match page.rfind('/') {
            Some(i) => &page[..=i],
            None => "",
        };
        for link in links(html) {
            if link.contains("://") || link.starts_with("mailto:") || link.starts_with("data:") {
                continue;
            }
            let (path, fragment) = match link.split_once('#') {
                Some((p, f)) => (p.to_string(), Some(f.to_string())),
                None => (link.clone(), None),
            };
            let target = if path.is_empty() {
                page.to_string()
            } else if let Some(rest) = path.strip_prefix(prefix) {
                rest.to_string()
            } else if path.starts_with('/') {
                broken.push(format!("{page} -> {link} (outside the base path {prefix})"));
                continue;
            } else {
                format!("{page_dir}{path}")
            };
            let target = target.split('?').next().unwrap_or("").to_string();
            let file = if target.is_empty() || target.ends_with('/') {
                format!("{target}index.html")
            } else {
                target
            };
            let Some(bytes) = site.get(&file) else {
                broken.push(format!("{page} -> {link} (no file {file})"));
                continue;
            };
            if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                let target_html = String::from_utf8_lossy(bytes);
                if !ids(&target_html).contains(&fragment) {
                    broken.push(format!("{page} -> {link} (no id {fragment} in {file})"));
                }
            }
        }
    }
    broken
}
