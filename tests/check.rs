//! `accord check`: planted problems are each reported with file and line and fail the check;
//! the real site passes. Also: the build itself refuses a Markdown link to a missing anchor.

mod common;

use std::path::Path;

use common::{accord, copy_site};
use serde_json::Value;

fn check(root: &Path, extra: &[&str]) -> (bool, String, String) {
    let mut args = vec!["check", "--root", root.to_str().expect("UTF-8 path")];
    args.extend_from_slice(extra);
    let output = accord(&args);
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn append(path: &Path, text: &str) {
    let mut current = std::fs::read_to_string(path).expect("read");
    current.push_str(text);
    std::fs::write(path, current).expect("write");
}

/// The 1-based number of the last line of `path`.
fn last_line(path: &Path) -> usize {
    std::fs::read_to_string(path).expect("read").lines().count()
}

/// A copy of the site with a broken link, a broken anchor (both in Markdown), a broken link in
/// a template override and in a static HTML file, and an undeclared instrument in a new seed.
fn planted_site() -> tempfile::TempDir {
    let site = copy_site();
    let root = site.path();
    append(
        &root.join("content/about.md"),
        "\nSee [a page that is gone](/no/such/page/).\n",
    );
    append(
        &root.join("content/accessibility.md"),
        "\nSee [the status](@/instruments/nemo-link.md#no-such-anchor).\n",
    );
    std::fs::create_dir_all(root.join("templates/partials")).expect("mkdir");
    std::fs::write(
        root.join("templates/partials/page_footer.html"),
        "<p class=\"planted\">\n<a href=\"{{ site.root_url }}missing-from-template/\">gone</a></p>\n",
    )
    .expect("write template");
    std::fs::create_dir_all(root.join("static")).expect("mkdir");
    std::fs::write(
        root.join("static/legacy.html"),
        "<!DOCTYPE html>\n<title>Old</title>\n<p><a href=\"timeline/#not-a-year\">old</a></p>\n",
    )
    .expect("write static page");
    std::fs::write(
        root.join("seeds/zz_example.txt"),
        "Joint statement on an example\n\nThe ministers welcomed the Example Cooperation Agreement, signed on 3 March 2025.\n",
    )
    .expect("write seed");
    site
}

#[test]
fn planted_problems_are_reported_with_file_and_line_and_fail() {
    let site = planted_site();
    let root = site.path();
    let (ok, stdout, stderr) = check(root, &["--format", "json"]);
    assert!(!ok, "check must fail:\n{stdout}\n{stderr}");
    let report: Value = serde_json::from_str(&stdout).expect("JSON report");
    let findings = report["findings"].as_array().expect("findings");
    let find = |kind: &str, file: &str, needle: &str| -> Vec<&Value> {
        findings
            .iter()
            .filter(|f| {
                f["kind"] == kind
                    && f["file"] == file
                    && f["message"].as_str().unwrap_or("").contains(needle)
            })
            .collect()
    };

    // A Markdown link to a page that does not exist: the output page and line, and the source.
    let broken = find("broken-link", "about/index.html", "/no/such/page/");
    assert_eq!(broken.len(), 1, "{stdout}");
    assert!(broken[0]["line"].as_u64().is_some_and(|l| l > 1));
    assert_eq!(broken[0]["severity"], "error");
    let about_line = last_line(&root.join("content/about.md"));
    assert_eq!(
        broken[0]["source"],
        format!("content/about.md:{about_line}"),
        "{stdout}"
    );

    // A Markdown link to an anchor the instrument page does not have.
    let anchor = find(
        "broken-anchor",
        "accessibility/index.html",
        "#no-such-anchor",
    );
    assert_eq!(anchor.len(), 1, "{stdout}");
    assert!(anchor[0]["message"]
        .as_str()
        .unwrap_or("")
        .contains("#no-such-anchor"));
    let accessibility_line = last_line(&root.join("content/accessibility.md"));
    assert_eq!(
        anchor[0]["source"],
        format!("content/accessibility.md:{accessibility_line}")
    );
    // It is reported once, not also as a build error.
    assert!(
        findings.iter().all(|f| f["kind"] != "build-error"),
        "{stdout}"
    );

    // The template's broken link is found on every page that uses it, at its line.
    let template: Vec<&Value> = findings
        .iter()
        .filter(|f| {
            f["kind"] == "broken-link"
                && f["message"]
                    .as_str()
                    .unwrap_or("")
                    .contains("missing-from-template")
        })
        .collect();
    assert!(template.len() > 5, "{stdout}");
    assert!(template.iter().all(|f| f["line"].as_u64().is_some()));

    // A broken anchor in a static HTML file: the whole output is checked, not only pages.
    let legacy = find("broken-anchor", "legacy.html", "#not-a-year");
    assert_eq!(legacy.len(), 1, "{stdout}");
    assert_eq!(legacy[0]["line"], 3);

    // The undeclared instrument in the new seed, with the seed's file and line.
    let undeclared = find(
        "undeclared-instrument",
        "seeds/zz_example.txt",
        "Example Cooperation Agreement",
    );
    assert_eq!(undeclared.len(), 1, "{stdout}");
    assert_eq!(undeclared[0]["severity"], "warning");
    assert_eq!(undeclared[0]["line"], 3);
    assert!(undeclared[0]["message"]
        .as_str()
        .unwrap_or("")
        .contains("Example Cooperation Agreement"));
    assert!(undeclared[0]["hint"]
        .as_str()
        .unwrap_or("")
        .contains("content/instruments/example-cooperation-agreement.md"));

    let errors = findings.iter().filter(|f| f["severity"] == "error").count();
    assert_eq!(report["errors"], errors);

    // The text report groups and counts them.
    let (ok, text, _) = check(root, &[]);
    assert!(!ok);
    assert!(text.contains("broken anchors: 2 errors\n"), "{text}");
    // The site's own seeds may name organisations nobody declared yet ("EU"): the group is
    // there, and the planted name in it.
    assert!(
        text.contains("likely instruments nobody declared: "),
        "{text}"
    );
    assert!(
        text.contains("`Example Cooperation Agreement` looks like an instrument"),
        "{text}"
    );
    assert!(
        text.contains(&format!("written in content/about.md:{about_line}")),
        "{text}"
    );
    assert!(
        text.lines().last().is_some_and(|l| l.contains(" errors, ")),
        "{text}"
    );
}

#[test]
fn the_real_site_passes() {
    let site = copy_site();
    let (ok, stdout, stderr) = check(site.path(), &[]);
    assert!(ok, "accord check failed on the site:\n{stdout}\n{stderr}");
    assert!(stdout.contains("0 errors"), "{stdout}");
    let (ok, stdout, _) = check(
        site.path(),
        &[
            "--base-url",
            "https://example.org/sub/path/",
            "--format",
            "json",
        ],
    );
    assert!(ok, "{stdout}");
    let report: Value = serde_json::from_str(&stdout).expect("JSON report");
    assert_eq!(report["errors"], 0);
    assert!(report["files_checked"].as_u64().is_some_and(|n| n > 10));
}

#[test]
fn the_build_refuses_a_markdown_link_to_a_missing_anchor() {
    let site = copy_site();
    let root = site.path();
    append(
        &root.join("content/about.md"),
        "\nSee [the status](@/instruments/nemo-link.md#status) and [nothing](@/instruments/nemo-link.md#nothing-here).\n",
    );
    let line = last_line(&root.join("content/about.md"));
    append(
        &root.join("content/accessibility.md"),
        "\n[Back up](#no-heading-like-this)\n",
    );
    let same_page_line = last_line(&root.join("content/accessibility.md"));
    let output = accord(&[
        "build",
        "--root",
        root.to_str().expect("UTF-8"),
        "--output",
        root.join("out").to_str().expect("UTF-8"),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains(&format!("content/about.md:{line}:")),
        "{stderr}"
    );
    assert!(stderr.contains("#nothing-here"), "{stderr}");
    assert!(!stderr.contains("`#status`"), "{stderr}");
    assert!(
        stderr.contains(&format!("content/accessibility.md:{same_page_line}:")),
        "{stderr}"
    );
    assert!(!root.join("out").exists(), "a failed build writes nothing");
}
