//! The command line as a user meets it: `check --deny-warnings` and `allow:`, `--quiet` and
//! `--verbose`, the same counts from `build` and `serve`, and a port asked for that is taken.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::accord;

/// A new site made by `accord init`.
fn new_site(temp: &Path) -> PathBuf {
    let site = temp.join("site");
    let made = accord(&["init", site.to_str().expect("UTF-8")]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    site
}

/// Adds `line` to the front matter of the content file `file`.
fn add_to_front_matter(site: &Path, file: &str, line: &str) {
    let path = site.join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    let text = text.replacen("---\n", &format!("---\n{line}\n"), 1);
    std::fs::write(&path, text).expect("write");
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn deny_warnings_fails_on_warnings_and_allow_silences_one_entrys() {
    let temp = tempfile::tempdir().expect("temp");
    let site = new_site(temp.path());
    let root = site.to_str().expect("UTF-8");
    let check = |extra: &[&str]| {
        let mut args = vec![
            "check",
            "--root",
            root,
            "--base-url",
            "https://example.org/",
        ];
        args.extend_from_slice(extra);
        accord(&args)
    };
    let plain = check(&[]);
    assert!(
        plain.status.success(),
        "warnings alone pass: {}",
        stdout(&plain)
    );
    assert!(
        stdout(&plain).contains("unused-term")
            || stdout(&plain).contains("glossary terms nothing mentions")
    );
    let denied = check(&["--deny-warnings"]);
    assert!(!denied.status.success(), "{}", stdout(&denied));

    add_to_front_matter(
        &site,
        "content/glossary/interconnector.md",
        "allow: [unused-term, unused-alias]",
    );
    add_to_front_matter(
        &site,
        "content/instruments/energy-memorandum.md",
        "allow: [unused-alias, placeholder]",
    );
    add_to_front_matter(
        &site,
        "content/themes/energy.md",
        "allow: [unmatched-heading]",
    );
    let allowed = check(&["--deny-warnings"]);
    let text = stdout(&allowed);
    assert!(allowed.status.success(), "{text}");
    assert!(text.contains("0 errors, 0 warnings"), "{text}");
    assert!(text.contains("silenced by `allow`"), "{text}");

    // A kind that is not one is itself a warning, with the closest kind.
    add_to_front_matter(&site, "content/about.md", "allow: [unused-trem]");
    let mistyped = check(&[]);
    let text = stdout(&mistyped);
    assert!(text.contains("`allow` names `unused-trem`"), "{text}");
    assert!(text.contains("did you mean `unused-term`?"), "{text}");
}

#[test]
fn quiet_prints_only_errors_and_verbose_more() {
    let temp = tempfile::tempdir().expect("temp");
    let site = new_site(temp.path());
    let root = site.to_str().expect("UTF-8");
    let out = temp.path().join("out");
    let out = out.to_str().expect("UTF-8");
    let quiet = accord(&["build", "--quiet", "--root", root, "--output", out]);
    assert!(quiet.status.success());
    assert_eq!(stdout(&quiet), "", "nothing on success");
    let normal = accord(&["build", "--root", root, "--output", out]);
    assert!(stdout(&normal).starts_with("Built "), "{}", stdout(&normal));
    let verbose = accord(&["-v", "build", "--root", root, "--output", out]);
    assert!(stdout(&verbose).contains(out), "{}", stdout(&verbose));

    let checked = accord(&["check", "-q", "--root", root]);
    assert!(checked.status.success());
    assert_eq!(
        stdout(&checked),
        "",
        "warnings are not printed: {}",
        stdout(&checked)
    );
    std::fs::write(
        site.join("content/about.md"),
        "---\ntitle: About\n---\n[x](@/missing.md)\n",
    )
    .expect("write");
    let failed = accord(&["check", "--quiet", "--root", root]);
    assert!(!failed.status.success());
    assert!(stdout(&failed).contains("missing.md"), "errors still are");
    let quiet_init = accord(&[
        "init",
        "-q",
        temp.path().join("quiet").to_str().expect("UTF-8"),
    ]);
    assert!(quiet_init.status.success());
    assert_eq!(stdout(&quiet_init), "");
}

/// Starts `accord serve ARGS` and returns its first lines up to "Serving the site at".
fn serve_until_ready(args: &[&str]) -> (std::process::Child, Vec<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_accord"))
        .arg("serve")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("accord serve starts");
    let mut lines = Vec::new();
    let reader = BufReader::new(child.stdout.take().expect("stdout"));
    for line in reader.lines() {
        let line = line.expect("a line");
        let ready = line.starts_with("Serving the site at");
        lines.push(line);
        if ready {
            break;
        }
    }
    (child, lines)
}

#[test]
fn build_and_serve_say_the_same_and_a_port_asked_for_must_be_free() {
    let temp = tempfile::tempdir().expect("temp");
    let site = new_site(temp.path());
    let root = site.to_str().expect("UTF-8");
    let out = temp.path().join("out");
    let built = accord(&[
        "build",
        "--root",
        root,
        "--output",
        out.to_str().expect("UTF-8"),
    ]);
    let built = stdout(&built);
    let counts = |line: &str| line.split(" in ").next().unwrap_or("").to_string();

    let (mut server, lines) = serve_until_ready(&["--root", root, "--port", "0"]);
    let served = lines.iter().find(|l| l.starts_with("Built ")).cloned();
    let address = lines
        .last()
        .and_then(|l| l.strip_prefix("Serving the site at "))
        .map(str::to_string);
    assert_eq!(
        served.as_deref().map(counts),
        Some(counts(built.trim())),
        "{lines:?} and {built}"
    );
    assert!(counts(built.trim()).starts_with("Built 1"), "{built}");

    // The port the first server took, asked for again: an error, not another port.
    let port = address
        .as_deref()
        .and_then(|a| a.rsplit(':').next())
        .map(|p| p.trim_end_matches('/').to_string())
        .expect("a port");
    let second = accord(&["serve", "--root", root, "--port", &port]);
    let _ = server.kill();
    let _ = server.wait();
    assert!(!second.status.success());
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(
        stderr.contains(&format!("port {port}")) && stderr.contains("in use"),
        "{stderr}"
    );
    assert!(stderr.contains("--port"), "says what to do: {stderr}");
}
