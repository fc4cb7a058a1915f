//! Bad input gets a clear error and loses nothing. Each case is one file in `tests/bad_input/`:
//! what to write into a copy of the site, and what the error must say. For every case the build
//! must exit with status 1 (not a panic, not a signal), before a guard against hangs (speed is
//! measured in `bench/`, not asserted here), name the file (and
//! line and column where there is one, written into the case's `expect`), say what to do
//! (`help:`), leave the previous `public/` exactly as it was, and leave no staging folder behind.
//! Cases marked `succeeds` are inputs that must simply work.

mod common;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

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
    /// Symbolic links to create: link path -> target, as `ln -s TARGET LINK` would (a relative
    /// target is relative to the link's folder).
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
    /// For a case that succeeds: texts that output files must contain, by path in `public/`.
    #[serde(default)]
    output_contains: BTreeMap<String, Vec<String>>,
    /// For a case that succeeds: texts that output files must not contain.
    #[serde(default)]
    output_lacks: BTreeMap<String, Vec<String>>,
    /// How long the build may run before it is taken as hung (in a debug build, on a busy
    /// machine): a guard that keeps the suite bounded, far above the time a case needs.
    #[serde(default = "default_seconds")]
    max_seconds: u64,
}

fn default_seconds() -> u64 {
    60
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
        std::os::unix::fs::symlink(target, &link).unwrap();
    }
}

/// Runs `accord ARGS`, killing it after `limit`; returns (status code, stdout, stderr, time).
fn run_with_limit(args: &[String], limit: Duration) -> (Option<i32>, String, String, Duration) {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run accord");
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let err_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let elapsed = started.elapsed();
    let stdout = out_reader.join().unwrap();
    let stderr = err_reader.join().unwrap();
    (status.and_then(|s| s.code()), stdout, stderr, elapsed)
}

/// Folders that a build left beside `public/`: staging or set-aside copies.
fn leftovers(root: &Path) -> Vec<String> {
    std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("public.accord-"))
        .collect()
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
    let limit = Duration::from_secs(case.max_seconds);
    let (code, stdout, stderr, elapsed) = run_with_limit(&args, limit);
    let name = file.file_stem().unwrap().to_string_lossy().into_owned();
    let describe = || format!("{name} ({}):\n{stdout}{stderr}", case.description);
    if code.is_none() && elapsed >= limit {
        return Err(format!(
            "took more than {} s in {}",
            case.max_seconds,
            describe()
        ));
    }
    if stderr.contains("panicked") || code == Some(101) {
        return Err(format!("panic in {}", describe()));
    }
    let Some(code) = code else {
        return Err(format!("killed by a signal in {}", describe()));
    };
    if case.succeeds {
        if code != 0 {
            return Err(format!("expected success in {}", describe()));
        }
        for (path, texts) in &case.output_contains {
            let bytes = std::fs::read(public.join(path))
                .map_err(|e| format!("public/{path}: {e} in {}", describe()))?;
            let text = String::from_utf8_lossy(&bytes);
            for expected in texts {
                if !text.contains(expected.as_str()) {
                    return Err(format!(
                        "public/{path} lacks `{expected}` in {}",
                        describe()
                    ));
                }
            }
        }
        for (path, texts) in &case.output_lacks {
            let bytes = std::fs::read(public.join(path))
                .map_err(|e| format!("public/{path}: {e} in {}", describe()))?;
            let text = String::from_utf8_lossy(&bytes);
            for unwanted in texts {
                if text.contains(unwanted.as_str()) {
                    return Err(format!(
                        "public/{path} has `{unwanted:?}` in {}",
                        describe()
                    ));
                }
            }
        }
    } else {
        if code != 1 {
            return Err(format!(
                "expected exit status 1, got {code} in {}",
                describe()
            ));
        }
        if common::snapshot(&public) != before {
            return Err(format!("public/ changed in {}", describe()));
        }
        // Where an error has a line it has a column too: `--> FILE:LINE:COLUMN`.
        for location in stderr
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("--> "))
        {
            let numbers: Vec<&str> = location.rsplit(':').take(2).collect();
            let has_line = numbers.first().is_some_and(|n| n.parse::<usize>().is_ok());
            let has_column =
                numbers.len() == 2 && numbers.iter().all(|n| n.parse::<usize>().is_ok());
            if has_line && !has_column {
                return Err(format!(
                    "a line without a column (`{location}`) in {}",
                    describe()
                ));
            }
        }
        if !stderr.contains("help:") {
            return Err(format!(
                "no `help:` line saying what to do in {}",
                describe()
            ));
        }
    }
    let left = leftovers(root);
    if !left.is_empty() {
        return Err(format!("left {left:?} beside public/ in {}", describe()));
    }
    for expected in &case.expect {
        if !stderr.contains(expected.as_str()) && !stdout.contains(expected.as_str()) {
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
    // The slowest cases (those allowed the most time) start first, beside the quick ones.
    cases.sort_by_key(|path| {
        let text = std::fs::read_to_string(path).unwrap();
        let limit = serde_yaml::from_str::<Case>(&text).map_or(0, |c| c.max_seconds);
        std::cmp::Reverse(limit)
    });
    // Each case runs the binary; a few at a time keep the suite quick without crowding the machine.
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(index) else { break };
                if let Err(failure) = run_case(case) {
                    failures.lock().unwrap().push(failure);
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
