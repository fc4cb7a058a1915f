//! `accord new`, `accord suggest`, and the warnings `check` gives a site still holding init's
//! examples.

mod common;

use common::*;

fn root_arg(path: &std::path::Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

fn new_site() -> tempfile::TempDir {
    let temp = tempfile::tempdir().expect("a temporary folder");
    let output = accord(&["init", root_arg(&temp.path().join("site"))]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    temp
}

#[test]
fn new_writes_every_key_with_a_comment_and_never_overwrites() {
    let temp = new_site();
    let site = temp.path().join("site");
    for (kind, file, key) in [
        ("theme", "content/themes/trade-and-growth.md", "keywords:"),
        (
            "instrument",
            "content/instruments/trade-and-growth.md",
            "aliases:",
        ),
        ("term", "content/glossary/trade-and-growth.md", "see_also:"),
        ("page", "content/trade-and-growth.md", "description:"),
    ] {
        let output = accord(&["new", kind, "Trade and growth", "--root", root_arg(&site)]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = std::fs::read_to_string(site.join(file)).expect("the new file");
        assert!(text.contains(key), "{text}");
        // Every key line has a comment line above it.
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.starts_with('#') && line.contains(':') {
                assert!(
                    lines[i - 1].starts_with('#'),
                    "{file}: `{line}` has no comment"
                );
            }
        }
        let again = accord(&["new", kind, "Trade and growth", "--root", root_arg(&site)]);
        assert!(!again.status.success());
        assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
    }
    let build = accord(&["build", "--root", root_arg(&site)]);
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
}

#[test]
fn suggest_drafts_instruments_and_themes_from_the_seeds() {
    let temp = new_site();
    let site = temp.path().join("site");
    let statements = repository().join("tests/eval/statements");
    for name in [
        "govworld-jef-leaders-2022.txt",
        "feedage-fco-g7-toronto-2018.txt",
    ] {
        std::fs::copy(statements.join(name), site.join("seeds").join(name))
            .expect("copy a statement");
    }
    let output = accord(&["suggest", "--root", root_arg(&site)]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let jef =
        std::fs::read_to_string(site.join("content/instruments/joint-expeditionary-force.md"))
            .expect("a draft for the JEF");
    assert!(jef.contains("name: \"Joint Expeditionary Force\""), "{jef}");
    assert!(jef.contains("short_name: \"JEF\""), "{jef}");
    assert!(jef.contains("draft: true"), "{jef}");
    assert!(
        jef.contains("JEF is an important contributor to regional security"),
        "{jef}"
    );
    assert!(jef.contains("govworld-jef-leaders-2022.txt), p-"), "{jef}");
    let theme = std::fs::read_to_string(site.join("content/themes/notes-to-editors.md"))
        .expect("a draft theme for an unclaimed heading");
    assert!(
        theme.contains("headings: [\"Notes to editors\"]"),
        "{theme}"
    );
    // A second run leaves the drafts alone: the instrument is declared now, if only as a draft.
    let edited = jef.replace("kind: instrument", "kind: military formation");
    std::fs::write(
        site.join("content/instruments/joint-expeditionary-force.md"),
        &edited,
    )
    .expect("edit");
    let again = accord(&["suggest", "--root", root_arg(&site)]);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(!String::from_utf8_lossy(&again.stdout)
        .contains("drafted content/instruments/joint-expeditionary-force.md"));
    assert_eq!(
        std::fs::read_to_string(site.join("content/instruments/joint-expeditionary-force.md"))
            .expect("read"),
        edited
    );
    // The drafts build.
    let build = accord(&["build", "--drafts", "--root", root_arg(&site)]);
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
}

#[test]
fn check_warns_about_inits_examples_and_headings_no_seed_has() {
    let temp = new_site();
    let site = temp.path().join("site");
    let output = accord(&["check", "--format", "json", "--root", root_arg(&site)]);
    let report = String::from_utf8_lossy(&output.stdout);
    for expected in [
        "the party `Country A` is an example",
        "`status: Example` is an example",
        "has no URL",
        "the heading \\\"Energy\\\" is in no seed",
    ] {
        assert!(
            report.contains(expected),
            "{expected} missing from {report}"
        );
    }
    assert!(report.contains("\"kind\": \"placeholder\""), "{report}");
    assert!(
        report.contains("\"kind\": \"unmatched-heading\""),
        "{report}"
    );
}
