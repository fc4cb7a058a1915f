//! Publishing: every URL the site emits works under a subpath and at the domain root, two builds
//! are byte-identical, and the files a static host needs (404, .nojekyll, CNAME, robots.txt,
//! sitemap, Atom feed) are there and valid.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{accord, broken_links, copy_site, links, snapshot};
use regex::Regex;

/// Builds the site at `root` into `output` with a base URL; returns every output file.
fn build_at(root: &Path, output: &Path, base_url: &str) -> BTreeMap<String, Vec<u8>> {
    let result = accord(&[
        "build",
        "--root",
        root.to_str().expect("UTF-8 path"),
        "--output",
        output.to_str().expect("UTF-8 path"),
        "--base-url",
        base_url,
    ]);
    assert!(
        result.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&result.stderr)
    );
    snapshot(output)
}

fn text(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        files
            .get(path)
            .unwrap_or_else(|| panic!("{path} is missing"))
            .clone(),
    )
    .expect("UTF-8")
}

fn attribute(html: &str, pattern: &str) -> Vec<String> {
    Regex::new(pattern)
        .expect("pattern")
        .captures_iter(html)
        .map(|c| common::decode_entities(&c[1]))
        .collect()
}

/// Every link of every page stays inside the output under `prefix`; absolute URLs of the site
/// (canonical, og:url, feed, sitemap) start with `base`.
fn assert_links_stay_inside(files: &BTreeMap<String, Vec<u8>>, base: &str, prefix: &str) {
    let broken = broken_links(files, prefix);
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    let host = base
        .trim_end_matches('/')
        .split('/')
        .take(3)
        .collect::<Vec<_>>()
        .join("/");
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        for link in links(&html) {
            if link.starts_with('/') && !link.starts_with("//") {
                assert!(
                    link.starts_with(prefix),
                    "{path}: {link} points outside {prefix}"
                );
            }
            if link.starts_with(&host) {
                assert!(link.starts_with(base), "{path}: {link} is outside {base}");
            }
        }
        for pattern in [
            r#"<link rel="canonical" href="([^"]*)""#,
            r#"<meta property="og:url" content="([^"]*)""#,
        ] {
            let found = attribute(&html, pattern);
            assert_eq!(found.len(), 1, "{path}: one match of {pattern}");
            assert!(
                found[0].starts_with(base),
                "{path}: {} not under {base}",
                found[0]
            );
            if path != "404.html" {
                let expected = format!("{base}{}", path.trim_end_matches("index.html"));
                assert_eq!(found[0], expected, "{path}: canonical URL");
            }
        }
        assert_eq!(
            attribute(&html, r#"<meta property="og:title" content="([^"]*)""#).len(),
            1,
            "{path}: og:title"
        );
        let icons = attribute(&html, r#"<link rel="icon" href="([^"]*)""#);
        assert_eq!(icons.len(), 1, "{path}: favicon link");
        let icon = icons[0]
            .strip_prefix(prefix)
            .expect("favicon under the base path");
        assert!(files.contains_key(icon), "{path}: favicon {icon} missing");
    }
    // 404.html is served at any depth: all its links must be absolute paths.
    let not_found = text(files, "404.html");
    for link in links(&not_found) {
        assert!(
            link.starts_with(prefix) || link.starts_with('#') || link.contains("://"),
            "404.html: {link} would break at another depth"
        );
    }
}

#[test]
fn every_link_resolves_under_a_subpath() {
    let site = copy_site();
    let output = tempfile::tempdir().expect("temp");
    let base = "https://example.org/sub/path/";
    let files = build_at(site.path(), &output.path().join("public"), base);
    assert_links_stay_inside(&files, base, "/sub/path/");
    // No page names the domain root by mistake.
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = common::decode_entities(&String::from_utf8_lossy(bytes));
        assert!(
            !html.contains("href=\"/\"") && !html.contains("src=\"/\""),
            "{path} links the domain root"
        );
    }
}

#[test]
fn every_link_resolves_at_the_domain_root() {
    let site = copy_site();
    let output = tempfile::tempdir().expect("temp");
    let base = "https://example.org/";
    let files = build_at(site.path(), &output.path().join("public"), base);
    assert_links_stay_inside(&files, base, "/");
}

#[test]
fn the_base_url_without_a_trailing_slash_is_the_same_site() {
    let site = copy_site();
    let output = tempfile::tempdir().expect("temp");
    let with = build_at(
        site.path(),
        &output.path().join("a"),
        "https://example.org/repo/",
    );
    let without = build_at(
        site.path(),
        &output.path().join("b"),
        "https://example.org/repo",
    );
    assert_eq!(with, without);
}

#[test]
fn two_builds_are_byte_identical() {
    let site = copy_site();
    let first = tempfile::tempdir().expect("temp");
    let second = tempfile::tempdir().expect("temp");
    let base = "https://example.org/sub/path/";
    let a = build_at(site.path(), &first.path().join("public"), base);
    let b = build_at(site.path(), &second.path().join("out"), base);
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "the same files"
    );
    for (path, bytes) in &a {
        assert!(b[path] == *bytes, "{path} differs between two builds");
    }
    // The library's in-memory build gives the same bytes as the command.
    let mut options = accord::BuildOptions::new(site.path());
    options.base_url = Some(base.to_string());
    let memory = accord::build_in_memory(&options).expect("build in memory");
    for (path, bytes) in &memory {
        assert!(a.get(path) == Some(bytes), "{path} differs in memory");
    }
}

#[test]
fn static_hosts_get_nojekyll_robots_sitemap_and_cname() {
    let site = copy_site();
    let output = tempfile::tempdir().expect("temp");
    let base = "https://example.org/sub/path/";
    let files = build_at(site.path(), &output.path().join("public"), base);
    assert!(files.contains_key(".nojekyll"));
    assert!(files.contains_key("404.html"));
    assert!(!files.contains_key("CNAME"), "no CNAME without `cname:`");
    let robots = text(&files, "robots.txt");
    assert!(
        robots.contains(&format!("Sitemap: {base}sitemap.xml\n")),
        "{robots}"
    );
    let sitemap = text(&files, "sitemap.xml");
    let document = roxmltree::Document::parse(&sitemap).expect("sitemap.xml is XML");
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "urlset");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let locations: Vec<&str> = root
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    let pages = files.keys().filter(|p| p.ends_with("index.html")).count();
    assert_eq!(locations.len(), pages, "every page once, 404 left out");
    let mut sorted = locations.clone();
    sorted.sort_unstable();
    assert_eq!(locations, sorted, "stable order");
    for location in &locations {
        let path = location
            .strip_prefix(base)
            .expect("absolute, under the base URL");
        assert!(
            files.contains_key(&format!("{path}index.html")),
            "{location} has no page"
        );
    }

    // A custom domain is written to CNAME.
    let config = std::fs::read_to_string(site.path().join("site.yaml")).expect("read");
    std::fs::write(
        site.path().join("site.yaml"),
        format!("{config}\ncname: explainer.example.org\n"),
    )
    .expect("write");
    let files = build_at(site.path(), &output.path().join("public"), base);
    assert_eq!(text(&files, "CNAME"), "explainer.example.org\n");
}

#[test]
fn without_a_host_there_is_no_invalid_sitemap() {
    let site = copy_site();
    let output = tempfile::tempdir().expect("temp");
    let files = build_at(site.path(), &output.path().join("public"), "/");
    assert!(!files.contains_key("sitemap.xml"));
    assert!(!text(&files, "robots.txt").contains("Sitemap:"));
    // The feed is still there, with ids that are absolute IRIs.
    let feed = text(&files, "feed.xml");
    let document = roxmltree::Document::parse(&feed).expect("feed.xml is XML");
    for id in document.descendants().filter(|n| n.has_tag_name("id")) {
        assert!(
            id.text().unwrap_or("").starts_with("urn:uuid:"),
            "{:?}",
            id.text()
        );
    }
}

#[test]
fn the_atom_feed_lists_dated_documents_newest_first() {
    const ATOM: &str = "http://www.w3.org/2005/Atom";
    let site = copy_site();
    let output = tempfile::tempdir().expect("temp");
    let base = "https://example.org/sub/path/";
    // A document with no date is left out of the feed.
    std::fs::write(
        site.path().join("seeds/zz_undated.txt"),
        "A statement with no date\n\nThe two governments agreed to keep talking.\n",
    )
    .expect("write seed");
    let files = build_at(site.path(), &output.path().join("public"), base);
    let feed = text(&files, "feed.xml");
    let document = roxmltree::Document::parse(&feed).expect("feed.xml is XML");
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "feed");
    assert_eq!(root.tag_name().namespace(), Some(ATOM));
    let child = |node: roxmltree::Node<'_, '_>, name: &str| -> Vec<String> {
        node.children()
            .filter(|n| n.tag_name().name() == name && n.tag_name().namespace() == Some(ATOM))
            .map(|n| {
                n.text()
                    .map(str::to_string)
                    .or_else(|| n.attribute("href").map(str::to_string))
                    .unwrap_or_default()
            })
            .collect()
    };
    let timestamp = Regex::new(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$").expect("pattern");
    assert_eq!(child(root, "id"), vec![base.to_string()]);
    assert_eq!(child(root, "title").len(), 1);
    let updated = child(root, "updated");
    assert_eq!(updated.len(), 1);
    assert!(timestamp.is_match(&updated[0]));
    let authors: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name((ATOM, "author")))
        .collect();
    assert_eq!(authors.len(), 1);
    assert_eq!(child(authors[0], "name").len(), 1);
    let self_link = root
        .children()
        .find(|n| n.has_tag_name((ATOM, "link")) && n.attribute("rel") == Some("self"))
        .expect("a self link");
    assert_eq!(
        self_link.attribute("href"),
        Some(&*format!("{base}feed.xml"))
    );

    let entries: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name((ATOM, "entry")))
        .collect();
    let dated = std::fs::read_dir(site.path().join("seeds"))
        .expect("seeds")
        .filter(|e| {
            let path = e.as_ref().expect("entry").path();
            path.extension().is_some_and(|x| x == "txt")
                && path.file_name().is_some_and(|n| n != "zz_undated.txt")
        })
        .count();
    assert_eq!(
        entries.len(),
        dated,
        "every dated document, and not the undated one"
    );
    let mut previous: Option<String> = None;
    let mut ids = Vec::new();
    for entry in &entries {
        let id = child(*entry, "id");
        assert_eq!(id.len(), 1);
        ids.push(id[0].clone());
        assert_eq!(child(*entry, "title").len(), 1);
        assert!(!child(*entry, "summary")[0].trim().is_empty());
        let entry_updated = child(*entry, "updated");
        assert!(timestamp.is_match(&entry_updated[0]));
        if let Some(previous) = &previous {
            assert!(*previous >= entry_updated[0], "newest first");
        } else {
            assert_eq!(
                entry_updated[0], updated[0],
                "the feed's date is its newest entry's"
            );
        }
        previous = Some(entry_updated[0].clone());
        let link = entry
            .children()
            .find(|n| n.has_tag_name((ATOM, "link")))
            .and_then(|n| n.attribute("href"))
            .expect("an entry link");
        let path = link.strip_prefix(base).expect("under the base URL");
        assert!(files.contains_key(&format!("{path}index.html")), "{link}");
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "entry ids are unique");
}

/// A workflow's YAML.
fn workflow(path: &Path) -> serde_yaml::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The steps of one job of a workflow.
fn steps<'a>(workflow: &'a serde_yaml::Value, job: &str) -> &'a Vec<serde_yaml::Value> {
    workflow["jobs"][job]["steps"]
        .as_sequence()
        .unwrap_or_else(|| panic!("the job {job} has steps"))
}

/// A mapping's string values, by key (the `env:` of a workflow or a step).
fn string_map(value: &serde_yaml::Value) -> BTreeMap<String, String> {
    value
        .as_mapping()
        .map(|mapping| {
            mapping
                .iter()
                .map(|(key, value)| {
                    (
                        key.as_str().expect("a string key").to_string(),
                        value.as_str().expect("a string value").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_workflow_accord_init_writes_builds_and_checks_a_new_site_under_a_subpath() {
    let temp = tempfile::tempdir().expect("temp");
    let site = temp.path().join("site");
    let made = accord(&["init", site.to_str().expect("UTF-8")]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert!(!site.join("Cargo.toml").exists());
    let pages = workflow(&site.join(".github/workflows/pages.yml"));

    // It installs the accord of this version, from this repository.
    let global = string_map(&pages["env"]);
    assert_eq!(global["ACCORD_VERSION"], env!("CARGO_PKG_VERSION"));
    assert_eq!(global["ACCORD_REPOSITORY"], env!("CARGO_PKG_REPOSITORY"));
    // It deploys with the official Pages actions, taking the base URL from configure-pages.
    let uses: Vec<&str> = steps(&pages, "build")
        .iter()
        .chain(steps(&pages, "deploy"))
        .filter_map(|step| step["uses"].as_str())
        .collect();
    for action in [
        "actions/configure-pages@",
        "actions/upload-pages-artifact@",
        "actions/deploy-pages@",
    ] {
        assert!(
            uses.iter().any(|u| u.starts_with(action)),
            "{action}: {uses:?}"
        );
    }

    // Every `run:` step of the build job, in order, as GitHub runs them (bash -e), with the
    // accord under test on the PATH (so the install step finds it and installs nothing) and the
    // base URL configure-pages gives a project site.
    let binary = Path::new(env!("CARGO_BIN_EXE_accord"));
    let path = format!(
        "{}:{}",
        binary.parent().expect("a folder").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut ran = Vec::new();
    for step in steps(&pages, "build") {
        let Some(script) = step["run"].as_str() else {
            continue;
        };
        assert!(
            !script.contains("${{"),
            "expressions go through env: {script}"
        );
        let mut command = std::process::Command::new("bash");
        command
            .args([
                "--noprofile",
                "--norc",
                "-e",
                "-o",
                "pipefail",
                "-c",
                script,
            ])
            .current_dir(&site)
            .env("PATH", &path)
            .envs(&global);
        for (key, value) in string_map(&step["env"]) {
            let value = match value.as_str() {
                "${{ steps.pages.outputs.base_url }}" => "https://example.org/my-site".to_string(),
                other => {
                    assert!(!other.contains("${{"), "unknown expression: {other}");
                    value
                }
            };
            command.env(key, value);
        }
        let output = command.output().expect("bash runs");
        assert!(
            output.status.success(),
            "{script}\n{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        ran.push(script.to_string());
    }
    assert!(ran.iter().any(|s| s.contains("accord build")), "{ran:?}");
    assert!(ran.iter().any(|s| s.contains("accord check")), "{ran:?}");

    // The uploaded folder holds the site, every link under the subpath.
    let upload = steps(&pages, "build")
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.contains("upload-pages"))
        })
        .expect("an upload step");
    let folder = site.join(upload["with"]["path"].as_str().expect("a path"));
    let files = snapshot(&folder);
    assert!(files.contains_key("index.html") && files.contains_key("404.html"));
    let broken = broken_links(&files, "/my-site/");
    assert!(broken.is_empty(), "{}", broken.join("\n"));
    let home = text(&files, "index.html");
    assert!(home.contains("href=\"/my-site/"), "links under the subpath");
    assert!(
        home.contains("https://example.org/my-site/"),
        "canonical URL"
    );
}

#[test]
fn accords_own_workflow_runs_the_same_steps_as_a_new_sites() {
    let repository = common::repository();
    let own = workflow(&repository.join(".github/workflows/pages.yml"));
    let starter = workflow(&repository.join("init/.github/workflows/pages.yml"));
    // Everything after the step that installs accord is the same.
    let after_install = |workflow: &serde_yaml::Value| -> Vec<serde_yaml::Value> {
        let steps = steps(workflow, "build");
        let install = steps
            .iter()
            .position(|s| s["name"].as_str() == Some("Install accord"))
            .expect("an \"Install accord\" step");
        steps[install + 1..].to_vec()
    };
    assert_eq!(after_install(&own), after_install(&starter));
    assert_eq!(own["jobs"]["deploy"], starter["jobs"]["deploy"]);
    for key in ["on", "permissions", "concurrency"] {
        assert_eq!(own[key], starter[key], "{key}");
    }
}

#[test]
fn images_and_files_work_under_a_subpath_however_they_are_written() {
    let temp = tempfile::tempdir().expect("temp");
    let site = temp.path().join("site");
    assert!(accord(&["init", site.to_str().expect("UTF-8")])
        .status
        .success());
    std::fs::write(site.join("static/map.png"), b"not really a PNG").expect("write");
    std::fs::create_dir_all(site.join("content/files")).expect("mkdir");
    std::fs::write(site.join("content/files/report.pdf"), b"%PDF").expect("write");
    let about = std::fs::read_to_string(site.join("content/about.md")).expect("read");
    std::fs::write(
        site.join("content/about.md"),
        format!(
            "{about}\n\n![A](/map.png) ![B](@/map.png) [C](@/files/report.pdf) [D](files/report.pdf)\n"
        ),
    )
    .expect("write");
    let output = temp.path().join("public");
    let files = build_at(&site, &output, "https://example.org/sub/");
    let page = text(&files, "about/index.html");
    for expected in [
        r#"src="/sub/map.png" alt="A""#,
        r#"src="/sub/map.png" alt="B""#,
        r#"href="/sub/files/report.pdf">C"#,
        r#"href="/sub/files/report.pdf">D"#,
    ] {
        assert!(page.contains(expected), "{expected}");
    }
    let broken = broken_links(&files, "/sub/");
    assert!(broken.is_empty(), "{}", broken.join("\n"));
    let checked = accord(&[
        "check",
        "--root",
        site.to_str().expect("UTF-8"),
        "--base-url",
        "https://example.org/sub/",
    ]);
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stdout)
    );
}

#[test]
fn a_broken_internal_link_or_image_fails_the_build_and_keeps_the_last_output() {
    let temp = tempfile::tempdir().expect("temp");
    let site = temp.path().join("site");
    assert!(accord(&["init", site.to_str().expect("UTF-8")])
        .status
        .success());
    let output = temp.path().join("public");
    let files = build_at(&site, &output, "https://example.org/sub/");
    let about = site.join("content/about.md");
    let text = std::fs::read_to_string(&about).expect("read");
    std::fs::write(
        &about,
        format!("{text}\n[fine](/about/) [lost](/nowhere/) ![map](@/map.png)\n"),
    )
    .expect("write");
    let line = text.lines().count() + 2;
    let result = accord(&[
        "build",
        "--root",
        site.to_str().expect("UTF-8"),
        "--output",
        output.to_str().expect("UTF-8"),
        "--base-url",
        "https://example.org/sub/",
    ]);
    assert!(!result.status.success(), "the build fails");
    let stderr = String::from_utf8_lossy(&result.stderr);
    for expected in [
        format!("content/about.md:{line}:"),
        "`/nowhere/` leads to /sub/nowhere/".to_string(),
        "`@/map.png` leads to /sub/map.png".to_string(),
        "`@/about.md`".to_string(),
    ] {
        assert!(stderr.contains(&expected), "{expected} in {stderr}");
    }
    assert!(
        !stderr.contains("`/about/`"),
        "a link that works is not reported: {stderr}"
    );
    assert_eq!(
        snapshot(&output),
        files,
        "the last output is left as it was"
    );

    // The file in place, the build passes.
    std::fs::write(site.join("static/map.png"), b"png").expect("write");
    std::fs::write(
        &about,
        format!("{text}\n[fine](/about/) ![map](@/map.png)\n"),
    )
    .expect("write");
    build_at(&site, &output, "https://example.org/sub/");
}
