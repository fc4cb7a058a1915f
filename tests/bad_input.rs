//! Bad input gets a clear error and loses nothing. Each case is one file in `tests/bad_input/`:
//! what to write into a copy of the site, and what the error must say. For every case the build
//! must exit non-zero, name the file (and line where there is one), not panic, and leave the
//! previous `public/` exactly as it was.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

/// One case, as written in `tests/bad_input/NAME.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case is about.
    description: String,
    /// Text files to write, by path relative to the site root.
    #[serde(default)]
    write: BTreeMap<String, String>,
    /// Files to write from hexadecimal bytes.
    #[serde(default)]
    write_hex: BTreeMap<String, String>,
    /// Files to write as a text repeated many times: path -> [prefix, repeated, times, suffix].
    #[serde(default)]
    write_repeated: BTreeMap<String, (String, String, usize, String)>,
    /// Symbolic links to create: link path -> target.
    #[serde(default)]
    symlink: BTreeMap<String, String>,
    /// Files or folders to remove.
    #[serde(default)]
    remove: Vec<String>,
    /// Extra arguments for `accord build`; `{root}` stands for the site's folder.
    #[serde(default)]
    args: Vec<String>,
    /// Texts the error output must contain.
    expect: Vec<String>,
    /// When true the build must succeed instead (inputs that must simply work).
    #[serde(default)]
    succeeds: bool,
}

fn apply(case: &Case, root: &Path) {
    for path in &case.remove {
        let target = root.join(path);
        if target.is_dir() {
            std::fs::remove_dir_all(&target).unwrap();
        } else {
            std::fs::remove_file(&target).unwrap();
        }
    }
    let write = |path: &str, bytes: Vec<u8>| {
        let target = root.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    };
    for (path, text) in &case.write {
        write(path, text.clone().into_bytes());
    }
    for (path, hex) in &case.write_hex {
        let clean: String = hex.chars().filter(|c| c.is_ascii_hexdigit()).collect();
        let bytes = (0..clean.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&clean[i..i + 2], 16).unwrap())
            .collect();
        write(path, bytes);
    }
    for (path, (prefix, repeated, times, suffix)) in &case.write_repeated {
        let mut text = prefix.clone();
        text.push_str(&repeated.repeat(*times));
        text.push_str(suffix);
        write(path, text.into_bytes());
    }
    for (link, target) in &case.symlink {
        let link = root.join(link);
        std::fs::create_dir_all(link.parent().unwrap()).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(root.join(target), &link).unwrap();
    }
}

fn run_case(file: &Path) -> Result<(), String> {
    let case: Case = serde_yaml::from_str(&std::fs::read_to_string(file).unwrap())
        .map_err(|e| format!("{}: unreadable case: {e}", file.display()))?;
    let site = common::copy_site();
    let root = site.path();
    let public = common::build(root);
    let before = common::snapshot(&public);
    apply(&case, root);
    let root_text = root.to_str().unwrap();
    let mut args = vec![
        "build".to_string(),
        "--root".to_string(),
        root_text.to_string(),
    ];
    args.extend(case.args.iter().map(|a| a.replace("{root}", root_text)));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = common::accord(&args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let name = file.file_stem().unwrap().to_string_lossy().into_owned();
    let describe = || format!("{name} ({}):\n{stderr}", case.description);
    if stderr.contains("panicked") {
        return Err(format!("panic in {}", describe()));
    }
    if case.succeeds {
        if !output.status.success() {
            return Err(format!("expected success in {}", describe()));
        }
    } else {
        if output.status.success() {
            return Err(format!("expected failure in {}", describe()));
        }
        if common::snapshot(&public) != before {
            return Err(format!("public/ changed in {}", describe()));
        }
        if !stderr.contains("help:") {
            return Err(format!(
                "no `help:` line saying what to do in {}",
                describe()
            ));
        }
    }
    for expected in &case.expect {
        if !stderr.contains(expected.as_str())
            && !String::from_utf8_lossy(&output.stdout).contains(expected.as_str())
        {
            return Err(format!("output lacks `{expected}` in {}", describe()));
        }
    }
    Ok(())
}

#[test]
fn every_bad_input_case_fails_clearly_and_loses_nothing() {
    let folder = common::repository().join("tests/bad_input");
    let mut cases: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 4, "cases found: {cases:?}");
    let failures: Vec<String> = cases.iter().filter_map(|c| run_case(c).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
