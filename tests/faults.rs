//! Faults lose nothing: a build killed at any moment leaves `public/` as the complete previous
//! build or the complete new one, and the next build removes what the killed one left; a preview
//! server under a storm of edits, renames and deletions ends serving exactly what a clean build of
//! the final files gives, recovers from a deleted `content/` by itself, and answers a new request
//! at once while hundreds of idle connections hang on it.
//!
//! The 30-second load test of the preview server is `tests/load.sh` (it needs `wrk`).

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::{Duration, Instant};

use accord::serve::{start, ServeConfig, ServerHandle};
use regex::Regex;

/// A small random number generator (xorshift), seeded from the clock unless `ACCORD_FAULT_SEED`
/// is set, so that a failure can be replayed: the seed is printed.
struct Random(u64);

impl Random {
    fn new(name: &str) -> Random {
        let seed = std::env::var("ACCORD_FAULT_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(1, |d| d.as_nanos() as u64)
            })
            | 1;
        println!("{name}: ACCORD_FAULT_SEED={seed}");
        Random(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn word(&mut self) -> String {
        const WORDS: [&str; 12] = [
            "alpha",
            "bravo",
            "NATO",
            "Europol",
            "harbour",
            "energy",
            "treaty",
            "review",
            "Prüm",
            "sanctions",
            "wind",
            "policy",
        ];
        WORDS[self.below(WORDS.len() as u64) as usize].to_string()
    }
}

// ---------------------------------------------------------------------------------------------
// Killing `accord build`

const ABOUT_A: &str = "An explainer built for the kill test, version A.";
const ABOUT_B: &str = "An explainer built for the kill test, version B, which is longer.";

fn set_about(root: &Path, text: &str) {
    let path = root.join("content/about.md");
    let original = std::fs::read_to_string(&path).unwrap();
    // The file is `---`, the front matter, `---`, the body: the body is replaced.
    let (front, _) = original[3..].split_once("\n---\n").unwrap();
    std::fs::write(&path, format!("---{front}\n---\n{text}\n")).unwrap();
}

fn staging_leftovers(root: &Path) -> Vec<String> {
    std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("public.accord-"))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one() {
    let mut random = Random::new("kill");
    let site = common::copy_site();
    let root = site.path();
    let root_text = root.to_str().unwrap();
    // The two complete sites, and how long a build takes here.
    set_about(root, ABOUT_B);
    let b = common::snapshot(&common::build(root));
    set_about(root, ABOUT_A);
    let started = Instant::now();
    let a = common::snapshot(&common::build(root));
    let duration = started.elapsed();
    assert_ne!(a, b);
    let mut current = 'A';
    let mut outcomes = BTreeMap::new();
    for trial in 0..20 {
        // Each trial builds the other version, and is killed somewhere between its start and a
        // little after the time a whole build takes.
        let (target, text) = if current == 'A' {
            ('B', ABOUT_B)
        } else {
            ('A', ABOUT_A)
        };
        set_about(root, text);
        // Every other trial aims at the end of the build, where the new site is swapped in.
        let whole = duration.as_micros() as u64;
        let delay = Duration::from_micros(if trial % 2 == 0 {
            random.below(whole * 5 / 4 + 1)
        } else {
            whole * 7 / 10 + random.below(whole * 6 / 10 + 1)
        });
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_accord"))
            .args(["build", "--root", root_text])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        // SIGKILL: nothing of accord runs after it.
        let _ = child.kill();
        let status = child.wait().unwrap();
        let now = common::snapshot(&root.join("public"));
        let state = if now == a {
            'A'
        } else if now == b {
            'B'
        } else {
            panic!(
                "trial {trial}: killed after {delay:?} ({status}), public/ is neither build: {} files",
                now.len()
            );
        };
        assert!(
            state == current || state == target,
            "trial {trial}: public/ went to {state} while building {target} from {current}"
        );
        *outcomes
            .entry((state == target, status.success()))
            .or_insert(0) += 1;
        current = state;
    }
    println!("(switched, finished) -> trials: {outcomes:?}, build time {duration:?}");
    // What the killed builds left beside public/ is removed by the next build, which succeeds.
    let left_before = staging_leftovers(root);
    common::build(root);
    assert_eq!(
        staging_leftovers(root),
        Vec::<String>::new(),
        "left before: {left_before:?}"
    );
    // A folder that only looks like a staging folder (no marker file) is never removed.
    let lookalike = root.join("public.accord-staging-999999999");
    std::fs::create_dir_all(&lookalike).unwrap();
    std::fs::write(lookalike.join("mine.txt"), "not accord's").unwrap();
    common::build(root);
    assert!(lookalike.join("mine.txt").is_file());
}

// ---------------------------------------------------------------------------------------------
// The preview server

/// Fetches `target` from the server; returns the status and body.
fn get(port: u16, target: &str) -> (u16, Vec<u8>) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let request = format!("GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).expect("an answer");
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers");
    let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut body = bytes[split + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    (status, body)
}

fn dechunk(mut bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(end) = bytes.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&bytes[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&bytes[end + 2..end + 2 + size]);
        bytes = &bytes[end + 2 + size + 2..];
    }
}

/// The live-reload script the server puts into every page.
fn without_reload_script(html: &[u8]) -> Vec<u8> {
    let pattern =
        Regex::new(r#"(?s)<script data-accord-build="[0-9a-f]{16}".*?</script>"#).unwrap();
    pattern
        .replace_all(&String::from_utf8_lossy(html), "")
        .into_owned()
        .into_bytes()
}

/// Differences between what the server serves and a clean build of the files now on disk; the
/// paths of `gone` (files of earlier builds) must be missing.
fn differences(server: &ServerHandle, root: &Path, gone: &[String]) -> Vec<String> {
    let built = match accord::build_in_memory(&accord::BuildOptions::new(root)) {
        Ok(files) => files,
        Err(error) => return vec![format!("the final files do not build: {error}")],
    };
    let mut differences = Vec::new();
    for (path, bytes) in &built {
        let (status, body) = get(server.port(), &format!("/{path}"));
        let body = if path.ends_with(".html") {
            without_reload_script(&body)
        } else {
            body
        };
        if status != 200 || &body != bytes {
            differences.push(format!("/{path}: status {status}, {} bytes", body.len()));
        }
    }
    for path in gone.iter().filter(|p| !built.contains_key(*p)) {
        let (status, _) = get(server.port(), &format!("/{path}"));
        if status != 404 {
            differences.push(format!("/{path}: gone, but status {status}"));
        }
    }
    differences
}

/// Waits until the server serves exactly a clean build of the files on disk.
fn settles(server: &ServerHandle, root: &Path, gone: &[String]) {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        std::thread::sleep(Duration::from_millis(500));
        let found = differences(server, root, gone);
        if found.is_empty() {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "after 120 s the server still differs from a clean build ({} rebuilds):\n{}",
            server.rebuilds(),
            found.join("\n")
        );
    }
}

fn serve(root: &Path) -> ServerHandle {
    let mut config = ServeConfig::new(root);
    config.port = 0;
    start(config).expect("the server starts")
}

fn page(random: &mut Random, broken: bool) -> String {
    let title = format!("Storm {} {}", random.word(), random.word());
    if broken {
        // Front matter that is never closed: the rebuild fails until the file is fixed.
        return format!("---\ntitle: {title}\n\nNo closing fence.\n");
    }
    let words: Vec<String> = (0..1 + random.below(30)).map(|_| random.word()).collect();
    format!("---\ntitle: {title}\n---\n{}.\n", words.join(" "))
}

#[test]
fn five_hundred_edits_renames_and_deletions_end_in_a_clean_build() {
    let mut random = Random::new("storm");
    let site = common::copy_site();
    let root = site.path();
    let folder = root.join("content/storm");
    std::fs::create_dir_all(&folder).unwrap();
    let server = serve(root);
    let mut ever = std::collections::BTreeSet::new();
    let slots = 12;
    let file = |n: u64| folder.join(format!("page-{n}.md"));
    let term = root.join("content/glossary/zz-storm.md");
    for _ in 0..500 {
        let n = random.below(slots);
        let path = file(n);
        match random.below(12) {
            // Write or overwrite a page, now and then broken.
            0..=3 => {
                let broken = random.below(8) == 0;
                std::fs::write(&path, page(&mut random, broken)).unwrap();
                ever.insert(format!("storm/page-{n}/index.html"));
            }
            // Save the way editors do: a temporary file renamed over the page.
            4 => {
                let temporary = folder.join(format!(".page-{n}.md.swp"));
                std::fs::write(&temporary, page(&mut random, false)).unwrap();
                std::fs::rename(&temporary, &path).unwrap();
                ever.insert(format!("storm/page-{n}/index.html"));
            }
            // Rename a page to another slot.
            5 | 6 => {
                let to = file(random.below(slots));
                if path.exists() && to != path {
                    std::fs::rename(&path, &to).unwrap();
                    ever.insert(format!(
                        "storm/{}/index.html",
                        to.file_stem().unwrap().to_string_lossy()
                    ));
                }
            }
            // Delete a page.
            7 | 8 => {
                let _ = std::fs::remove_file(&path);
            }
            // A glossary term whose aliases change which words of the documents are linked.
            10 => {
                const ALIASES: [&str; 4] = ["harbour", "wind", "alpha", "bravo"];
                let aliases: Vec<&str> = ALIASES
                    .iter()
                    .copied()
                    .filter(|_| random.below(2) == 0)
                    .collect();
                std::fs::write(
                    &term,
                    format!(
                        "---\nterm: Storm term\naliases: [{}]\n---\nA definition with {}.\n",
                        aliases.join(", "),
                        random.word()
                    ),
                )
                .unwrap();
            }
            11 => {
                let _ = std::fs::remove_file(&term);
            }
            // Edit an existing page of the site.
            _ => {
                let about = root.join("content/about.md");
                let mut text = std::fs::read_to_string(&about).unwrap();
                text.push_str(&format!("\n{} {}.\n", random.word(), random.word()));
                std::fs::write(&about, text).unwrap();
            }
        }
        // Mostly quick bursts, sometimes a pause long enough for a rebuild to start or finish.
        let pause = match random.below(20) {
            0 => 50 + random.below(300),
            1..=4 => random.below(30),
            _ => random.below(4),
        };
        std::thread::sleep(Duration::from_millis(pause));
    }
    // The final files are valid: a page left broken is fixed, as an author would.
    for n in 0..slots {
        let path = file(n);
        if std::fs::read_to_string(&path).is_ok_and(|t| t.contains("No closing fence")) {
            std::fs::write(&path, page(&mut random, false)).unwrap();
        }
    }
    let gone: Vec<String> = ever.into_iter().collect();
    settles(&server, root, &gone);
    println!("{} rebuilds", server.rebuilds());
}

#[test]
fn a_deleted_and_restored_content_folder_recovers_by_itself() {
    let site = common::copy_site();
    let root = site.path();
    let server = serve(root);
    let saved = tempfile::tempdir().unwrap();
    common::copy_folder(&root.join("content"), &saved.path().join("content"));
    std::fs::remove_dir_all(root.join("content")).unwrap();
    // Without content/ the site has no about page: wait until the server says so.
    let deadline = Instant::now() + Duration::from_secs(60);
    while get(server.port(), "/about/").0 != 404 {
        assert!(Instant::now() < deadline, "the deletion was never noticed");
        std::thread::sleep(Duration::from_millis(200));
    }
    common::copy_folder(&saved.path().join("content"), &root.join("content"));
    settles(&server, root, &[]);
    // And the restored folder is watched again: an edit in it is picked up.
    set_about(root, ABOUT_B);
    settles(&server, root, &[]);
    assert!(String::from_utf8_lossy(&get(server.port(), "/about/").1).contains(ABOUT_B));
}

#[test]
fn two_hundred_idle_connections_do_not_delay_a_new_request() {
    let site = common::copy_site();
    let server = serve(site.path());
    // Slowloris: connections that open and never send a whole request.
    let mut idle = Vec::new();
    for index in 0..200 {
        let mut stream = TcpStream::connect(("127.0.0.1", server.port())).expect("connect");
        if index % 2 == 0 {
            // Half of them send the start of a request line and stop.
            let _ = stream.write_all(b"GET /abo");
        }
        idle.push(stream);
    }
    std::thread::sleep(Duration::from_millis(300));
    for _ in 0..5 {
        let started = Instant::now();
        let (status, body) = get(server.port(), "/about/");
        let took = started.elapsed();
        assert_eq!(status, 200);
        assert!(!body.is_empty());
        assert!(
            took < Duration::from_secs(1),
            "a request took {took:?} with 200 idle connections"
        );
    }
    drop(idle);
}
