//! `accord init`: a new site builds and checks at once, refuses to overwrite anything, and takes
//! content written for another generator (Hugo's layout) as it is.

mod common;

use std::path::{Path, PathBuf};

use common::{accord, broken_links, copy_folder, snapshot};

fn init(directory: &Path) -> std::process::Output {
    accord(&["init", directory.to_str().expect("UTF-8 path")])
}

fn build(root: &Path, output: &Path, base_url: Option<&str>) {
    let mut extra = vec!["--output", output.to_str().expect("UTF-8 path")];
    if let Some(base_url) = base_url {
        extra.extend(["--base-url", base_url]);
    }
    common::build_with(root, &extra);
}

#[test]
fn a_new_site_builds_and_checks_at_once() {
    let temp = tempfile::tempdir().expect("temp");
    let site = temp.path().join("my-site");
    let result = init(&site);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    for file in [
        "site.yaml",
        "content/_index.md",
        "seeds/README.md",
        ".gitignore",
    ] {
        assert!(site.join(file).is_file(), "{file} missing");
    }
    for (folder, count) in [("themes", 1), ("instruments", 1), ("glossary", 1)] {
        let found = std::fs::read_dir(site.join("content").join(folder))
            .expect("folder")
            .count();
        assert_eq!(found, count, "content/{folder}");
    }
    let seeds: Vec<PathBuf> = std::fs::read_dir(site.join("seeds"))
        .expect("seeds")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(
        seeds,
        vec![site.join("seeds/README.md")],
        "no documents yet"
    );
    assert!(!site.join("themes").exists(), "the theme is built in");

    let output = temp.path().join("public");
    build(&site, &output, None);
    let files = snapshot(&output);
    for page in [
        "index.html",
        "themes/energy/index.html",
        "instruments/energy-memorandum/index.html",
        "glossary/index.html",
        "about/index.html",
        "404.html",
        "feed.xml",
    ] {
        assert!(files.contains_key(page), "{page} missing");
    }
    let checked = accord(&["check", "--root", site.to_str().expect("UTF-8")]);
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stdout)
    );
    // Nothing in the starter is about a particular pair of countries.
    let starter = std::fs::read_to_string(site.join("site.yaml")).expect("read");
    assert!(!starter.contains("Belgium") && !starter.contains("UK"));
}

#[test]
fn a_site_overrides_the_built_in_theme_file_by_file() {
    let temp = tempfile::tempdir().expect("temp");
    let site = temp.path().join("site");
    assert!(init(&site).status.success());
    std::fs::create_dir_all(site.join("templates")).expect("mkdir");
    std::fs::write(
        site.join("templates/404.html"),
        "{% extends \"base.html\" %}{% block content %}<h1>Lost at sea</h1>{% endblock content %}",
    )
    .expect("write");
    let output = temp.path().join("public");
    build(&site, &output, None);
    let not_found = std::fs::read_to_string(output.join("404.html")).expect("404");
    assert!(not_found.contains("Lost at sea"));
    let home = std::fs::read_to_string(output.join("index.html")).expect("home");
    assert!(
        home.contains("<!DOCTYPE html>"),
        "other templates come from the built-in theme"
    );
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let temp = tempfile::tempdir().expect("temp");
    let site = temp.path().join("busy");
    std::fs::create_dir_all(&site).expect("mkdir");
    std::fs::write(site.join("notes.txt"), "mine").expect("write");
    let result = init(&site);
    assert!(!result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("not empty"), "{stderr}");
    assert!(stderr.contains("help:"), "{stderr}");
    assert!(!site.join("site.yaml").exists(), "nothing written");
    assert_eq!(
        std::fs::read_to_string(site.join("notes.txt")).expect("read"),
        "mine"
    );

    let file = temp.path().join("a-file");
    std::fs::write(&file, "x").expect("write");
    let result = init(&file);
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("not a folder"));

    // An existing empty folder is fine.
    let empty = temp.path().join("empty");
    std::fs::create_dir_all(&empty).expect("mkdir");
    assert!(init(&empty).status.success());
}

/// The benchmark corpus generator, when the shared folder is beside the repository.
fn corpus_generator() -> Option<PathBuf> {
    let repository = common::repository();
    [
        repository.join("../shared/bench/gen_corpus.py"),
        PathBuf::from("/work/shared/bench/gen_corpus.py"),
    ]
    .into_iter()
    .find(|p| p.is_file())
}

#[test]
fn content_from_another_generator_builds_as_it_is() {
    // CI lays shared/ beside the clone: a missing generator is a failure, not a skip.
    let generator =
        corpus_generator().expect("../shared/bench/gen_corpus.py beside the repository");
    let temp = tempfile::tempdir().expect("temp");
    let corpus = temp.path().join("corpus");
    let made = std::process::Command::new("python3")
        .arg(&generator)
        .args(["-n", "50", "--tools", "hugo", "--out"])
        .arg(&corpus)
        .output();
    let made = made.expect("python3 runs the corpus generator");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let content = walkdir::WalkDir::new(&corpus)
        .into_iter()
        .filter_map(Result::ok)
        .find(|e| e.file_type().is_dir() && e.path().ends_with("hugo/content"))
        .expect("the corpus's hugo/content")
        .into_path();

    let site = temp.path().join("site");
    assert!(init(&site).status.success());
    // The corpus's own home page replaces the starter's.
    copy_folder(&content, &site.join("content"));

    let output = temp.path().join("public");
    build(&site, &output, None);
    let files = snapshot(&output);
    let pages = files.keys().filter(|p| p.ends_with("index.html")).count();
    assert!(pages >= 50 + 10, "every corpus page and section: {pages}");
    let broken = broken_links(&files, "/");
    assert!(broken.is_empty(), "{}", broken.join("\n"));

    // Its root-relative links (`/docs/page-00001/`) follow the site under a subpath.
    let output = temp.path().join("sub");
    build(&site, &output, Some("https://example.org/sub/"));
    let files = snapshot(&output);
    let broken = broken_links(&files, "/sub/");
    assert!(broken.is_empty(), "{}", broken.join("\n"));

    let checked = accord(&["check", "--root", site.to_str().expect("UTF-8")]);
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stdout)
    );
}

#[test]
fn mistakes_are_named_in_words_with_did_you_mean() {
    let temp = tempfile::tempdir().expect("temp");
    let site = temp.path().join("site");
    assert!(init(&site).status.success());
    let root = site.to_str().expect("UTF-8");
    let edit = |file: &str, from: &str, to: &str| {
        let path = site.join(file);
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(text.contains(from), "{file} has {from}");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    };
    let build_error = || {
        let output = accord(&["build", "--root", root, "--output", "../out"]);
        assert!(!output.status.success());
        String::from_utf8_lossy(&output.stderr).into_owned()
    };

    edit("site.yaml", "publisher:", "publsher:");
    let stderr = build_error();
    assert!(
        stderr.contains("`publsher` is not a key of site.yaml"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `publisher`?"), "{stderr}");
    edit("site.yaml", "publsher:", "publisher:");

    edit(
        "content/glossary/interconnector.md",
        "[energy-memorandum]",
        "[energy-memorandun]",
    );
    let stderr = build_error();
    assert!(
        stderr.contains("content/glossary/interconnector.md:4:12"),
        "the line and column of the slug: {stderr}"
    );
    assert!(
        stderr.contains("did you mean `energy-memorandum`?"),
        "{stderr}"
    );
    edit(
        "content/glossary/interconnector.md",
        "[energy-memorandun]",
        "[energy-memorandum]",
    );

    edit("content/themes/energy.md", "weight: 1", "weight: first");
    let stderr = build_error();
    assert!(
        stderr.contains("`weight` in a theme should be a whole number, not the text \"first\""),
        "{stderr}"
    );
    edit(
        "content/themes/energy.md",
        "weight: first",
        "title: [x]\nweight: 1",
    );
    let stderr = build_error();
    for rust in ["struct", "ThemeMeta", "i64", "sequence"] {
        assert!(!stderr.contains(rust), "no Rust words ({rust}): {stderr}");
    }
}
