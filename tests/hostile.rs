//! Hostile site trees (issue 17): a site is built in CI from a repository that anyone can send a
//! pull request to, so nothing outside the site's folder may be read or published, and nothing
//! that was not meant for publishing (dotfiles, backups, drafts) may be.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

/// What the planted secret holds: found in no output file, no message, no served response.
const SECRET: &str = "PLANTED-SECRET-7f3a9c-NEVER-PUBLISHED";

/// A small site in `dir/site`, with a secret file beside it in `dir/outside/`.
struct Tree {
    _dir: tempfile::TempDir,
    root: PathBuf,
    outside: PathBuf,
}

impl Tree {
    fn new() -> Tree {
        let dir = tempfile::tempdir().expect("temporary folder");
        let root = dir.path().join("site");
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("secret.txt"), SECRET).unwrap();
        std::fs::write(outside.join("secret.md"), format!("# {SECRET}\n")).unwrap();
        let tree = Tree {
            _dir: dir,
            root,
            outside,
        };
        tree.write("site.yaml", "title: Hostile trees\nbase_url: /\n");
        tree.write("content/_index.md", "---\ntitle: Home\n---\nWelcome.\n");
        tree.write("content/about.md", "---\ntitle: About\n---\nAbout us.\n");
        tree.write(
            "seeds/statement.txt",
            "Joint statement\n\nThe two countries agreed to work together.\n",
        );
        tree.write("static/extra.css", "body { margin: 0 }\n");
        tree
    }

    fn write(&self, relative: &str, text: &str) {
        let path = self.root.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// `ln -s TARGET ROOT/LINK`.
    fn link(&self, link: &str, target: impl AsRef<Path>) {
        let path = self.root.join(link);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(target, path).unwrap();
    }

    fn build(&self) -> Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_accord"))
            .args(["build", "--root", self.root.to_str().unwrap()])
            // The build's environment holds the secret too, as a CI token would be.
            .env("ACCORD_TEST_TOKEN", SECRET)
            .output()
            .expect("run accord")
    }

    fn check(&self) -> Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_accord"))
            .args(["check", "--root", self.root.to_str().unwrap()])
            .env("ACCORD_TEST_TOKEN", SECRET)
            .output()
            .expect("run accord")
    }

    fn public(&self) -> PathBuf {
        self.root.join("public")
    }

    /// Plants links to the secret in every input folder: relative and absolute, links to
    /// links, links to folders, and a link to the build's own environment.
    fn plant_links(&self) -> Vec<&'static str> {
        let secret = self.outside.join("secret.txt");
        let theme = common::repository().join("themes/default");
        common::copy_folder(&theme, &self.root.join("themes/mine"));
        self.write(
            "site.yaml",
            "title: Hostile trees\nbase_url: /\ntheme: mine\n",
        );
        let relative = Path::new("../../outside/secret.txt");
        let links: Vec<(&str, PathBuf)> = vec![
            ("content/absolute.txt", secret.clone()),
            ("content/relative.txt", relative.into()),
            ("content/page.md", self.outside.join("secret.md")),
            ("content/sub", self.outside.clone()),
            ("content/hop.txt", "hop2.txt".into()),
            ("content/hop2.txt", secret.clone()),
            ("static/env.txt", "/proc/self/environ".into()),
            ("static/absolute.txt", secret.clone()),
            ("static/folder", self.outside.clone()),
            ("seeds/leak.txt", secret.clone()),
            ("seeds/statement.yaml", self.outside.join("secret.md")),
            ("templates/page.html", secret.clone()),
            ("themes/mine/static/theme.txt", secret.clone()),
            (
                "themes/mine/static/environ.txt",
                "/proc/self/environ".into(),
            ),
        ];
        for (link, target) in &links {
            self.link(link, target);
        }
        links.into_iter().map(|(link, _)| link).collect()
    }
}

/// Every file under `folder` holding `needle`.
fn files_holding(folder: &Path, needle: &str) -> Vec<String> {
    common::snapshot(folder)
        .into_iter()
        .filter(|(_, bytes)| {
            bytes
                .windows(needle.len())
                .any(|window| window == needle.as_bytes())
        })
        .map(|(path, _)| path)
        .collect()
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn links_to_a_planted_secret_fail_the_build_and_publish_nothing() {
    let tree = Tree::new();
    let first = tree.build();
    assert!(first.status.success(), "{}", text(&first));
    let before = common::snapshot(&tree.public());
    let links = tree.plant_links();
    let output = tree.build();
    let message = text(&output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    for link in &links {
        if *link == "content/hop.txt" {
            // Reported as the link it leads to, or as itself: either names the way out.
            assert!(message.contains("content/hop"), "{message}");
            continue;
        }
        assert!(message.contains(link), "{link} is not named:\n{message}");
    }
    assert!(message.contains("outside the site"), "{message}");
    assert!(message.contains("/proc/self/environ"), "{message}");
    assert!(!message.contains(SECRET), "{message}");
    assert_eq!(common::snapshot(&tree.public()), before, "public/ changed");
    assert_eq!(files_holding(&tree.public(), SECRET), Vec::<String>::new());
    let check = tree.check();
    let report = text(&check);
    assert!(!check.status.success(), "{report}");
    assert!(report.contains("static/env.txt") && report.contains("outside the site"));
    assert!(!report.contains(SECRET), "{report}");
}

#[test]
fn links_of_whole_input_folders_and_of_site_yaml_are_refused_too() {
    let tree = Tree::new();
    std::fs::write(tree.outside.join("site.yaml"), format!("title: {SECRET}\n")).unwrap();
    let first = tree.build();
    assert!(first.status.success(), "{}", text(&first));
    let before = common::snapshot(&tree.public());
    // Each input folder replaced by a link to the folder that holds the secret, one at a time,
    // then a site's interface strings and its settings file by links to files outside.
    for (name, target) in [
        ("content", tree.outside.clone()),
        ("static", tree.outside.clone()),
        ("seeds", tree.outside.clone()),
        ("templates", tree.outside.clone()),
        ("i18n", tree.outside.clone()),
        ("i18n/en.yaml", tree.outside.join("secret.txt")),
        ("site.yaml", tree.outside.join("site.yaml")),
    ] {
        let path = tree.root.join(name);
        let aside = tree.root.join(format!("{name}.aside"));
        if path.exists() {
            std::fs::rename(&path, &aside).unwrap();
        }
        tree.link(name, &target);
        for output in [tree.build(), tree.check()] {
            let message = text(&output);
            assert_eq!(output.status.code(), Some(1), "{name}: {message}");
            assert!(
                message.contains(&format!("--> {name}")),
                "{name}: {message}"
            );
            assert!(message.contains("outside the site"), "{name}: {message}");
            assert!(!message.contains(SECRET), "{name}: {message}");
        }
        std::fs::remove_file(&path).unwrap();
        if aside.exists() {
            std::fs::rename(&aside, &path).unwrap();
        }
    }
    assert_eq!(common::snapshot(&tree.public()), before, "public/ changed");
    assert_eq!(files_holding(&tree.public(), SECRET), Vec::<String>::new());
}

/// Raw `GET target` with `host`; the whole answer as text.
fn get(port: u16, target: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let request =
        format!("GET {target} HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn the_preview_serves_no_byte_of_a_planted_secret() {
    let tree = Tree::new();
    tree.plant_links();
    let mut config = accord::serve::ServeConfig::new(&tree.root);
    config.port = 0;
    std::env::set_var("ACCORD_TEST_TOKEN", SECRET);
    let server = accord::serve::start(config).expect("the server starts");
    let port = server.port();
    for target in [
        "/",
        "/about/",
        "/absolute.txt",
        "/relative.txt",
        "/page/",
        "/sub/secret.txt",
        "/hop.txt",
        "/env.txt",
        "/folder/secret.txt",
        "/theme.txt",
        "/environ.txt",
        "/documents/",
        "/pagefind/pagefind-entry.json",
        "/feed.xml",
    ] {
        let answer = get(port, target);
        assert!(answer.starts_with("HTTP/1.1 "), "{target}: {answer}");
        assert!(!answer.contains(SECRET), "{target} leaked the secret");
    }
    assert!(get(port, "/").contains("outside the site"));
    server.shutdown();
}

#[test]
fn links_that_stay_inside_the_site_are_followed() {
    let tree = Tree::new();
    tree.write("shared/logo.txt", "shared logo\n");
    tree.write(
        "shared/more/page.md",
        "---\ntitle: Shared\n---\nShared page.\n",
    );
    tree.link("static/logo.txt", "../shared/logo.txt");
    tree.link("content/shared", "../shared/more");
    let output = tree.build();
    assert!(output.status.success(), "{}", text(&output));
    let public = tree.public();
    assert_eq!(
        std::fs::read_to_string(public.join("logo.txt")).unwrap(),
        "shared logo\n"
    );
    assert!(
        std::fs::read_to_string(public.join("shared/page/index.html"))
            .unwrap()
            .contains("Shared page.")
    );
}

#[test]
fn dotfiles_backups_and_version_control_folders_are_never_published() {
    let tree = Tree::new();
    let hidden = [
        "content/.env",
        "content/.htpasswd",
        "content/.DS_Store",
        "content/.git/config",
        "content/notes.md.bak",
        "content/x.orig",
        "content/about.md~",
        "content/.md",
        "content/sub/.hidden/page.md",
        "static/.env",
        "static/.git/HEAD",
        "static/.svn/entries",
        "static/style.css.bak",
        "static/x.ORIG",
        "static/.DS_Store",
        "static/sub/.well-known/nested.txt",
        "templates/.page.html.swp",
    ];
    for path in hidden {
        tree.write(path, &format!("{SECRET}\n"));
    }
    tree.write(
        "static/.well-known/security.txt",
        "Contact: mailto:a@example.org\n",
    );
    let output = tree.build();
    assert!(output.status.success(), "{}", text(&output));
    let public = tree.public();
    assert_eq!(files_holding(&public, SECRET), Vec::<String>::new());
    assert!(public.join(".well-known/security.txt").is_file());
    assert!(!public.join(".md").exists());
    for path in hidden.iter().filter(|p| !p.ends_with("/.md")) {
        let published = path
            .split_once('/')
            .map(|(_, rest)| rest)
            .unwrap_or(path)
            .trim_end_matches(".md");
        assert!(!public.join(published).exists(), "{path} was published");
    }
}

#[test]
fn markdown_is_known_in_any_case_so_drafts_stay_drafts() {
    let tree = Tree::new();
    let draft = format!("---\ntitle: Embargoed\ndraft: true\n---\n{SECRET}\n");
    tree.write("content/embargo.MD", &draft);
    tree.write("content/later.markdown", &draft);
    tree.write("content/LATER2.Markdown", &draft);
    tree.write("content/news.Md", "---\ntitle: News\n---\nPublic news.\n");
    let output = tree.build();
    assert!(output.status.success(), "{}", text(&output));
    let public = tree.public();
    assert_eq!(files_holding(&public, SECRET), Vec::<String>::new());
    assert!(!public.join("embargo.MD").exists());
    assert!(!public.join("later.markdown").exists());
    assert!(std::fs::read_to_string(public.join("news/index.html"))
        .unwrap()
        .contains("Public news."));
}

#[test]
fn seeds_and_sidecars_are_never_passed_over_without_a_word_in_build_or_check() {
    let tree = Tree::new();
    // Obvious spellings are read: a seed in capitals, its metadata as `.yml`.
    tree.write(
        "seeds/odd.TXT",
        "Odd statement\n\nThe two sides agreed on odd spellings.\n",
    );
    tree.write(
        "seeds/odd.yml",
        "title: Odd spellings statement\nslug: odd-spellings\n",
    );
    let output = tree.build();
    assert!(output.status.success(), "{}", text(&output));
    let page = std::fs::read_to_string(tree.public().join("documents/odd-spellings/index.html"));
    assert!(page.unwrap().contains("agreed on odd spellings"));
    let check = tree.check();
    assert!(!text(&check).contains("odd."), "{}", text(&check));
    let before = common::snapshot(&tree.public());
    // What would be passed over is an error, in `build` and in `check` alike.
    tree.write("seeds/orphan.yaml", "title: Nobody's metadata\n");
    tree.write("seeds/sub/x.txt", "A statement\n\nThe text of it.\n");
    for output in [tree.build(), tree.check()] {
        let message = text(&output);
        assert_eq!(output.status.code(), Some(1), "{message}");
        assert!(message.contains("seeds/orphan.yaml"), "{message}");
        assert!(message.contains("no seed beside it"), "{message}");
        assert!(message.contains("seeds/sub/x.txt"), "{message}");
        assert!(message.contains("only at the top of seeds/"), "{message}");
        assert!(message.matches("help:").count() >= 2, "{message}");
    }
    assert_eq!(common::snapshot(&tree.public()), before, "public/ changed");
}

// ---------------------------------------------------------------------------------------------
// Hostile clients of the preview server, on loopback only, each bounded in time.

/// The resident memory of this process (the server runs in it), in bytes.
fn resident() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

/// A request with a `Host` header: (status, time taken).
fn probe(port: u16, host: &str, target: &str) -> (u16, Duration) {
    let started = std::time::Instant::now();
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return (0, started.elapsed());
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
    let request = format!("GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return (0, started.elapsed());
    }
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let status = String::from_utf8_lossy(&bytes)
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, started.elapsed())
}

/// While an attack runs, a normal page answers within a second, again and again, once the
/// attack is under way (`settle`: the attackers' own requests being answered, which for a
/// large file on a busy machine takes a moment).
fn stays_responsive(port: u16, what: &str, probes: usize) {
    stays_responsive_after(port, what, probes, Duration::from_secs(1));
}

fn stays_responsive_after(port: u16, what: &str, probes: usize, settle: Duration) {
    std::thread::sleep(settle);
    for _ in 0..probes {
        let (status, took) = probe(port, &format!("localhost:{port}"), "/about/");
        assert_eq!(status, 200, "{what}: a normal request failed");
        assert!(
            took < Duration::from_secs(1),
            "{what}: a normal request took {took:?}"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// After an attack, the server's memory comes back to within 20 MB of where it was.
fn memory_returns(before: u64, what: &str) {
    let limit = before + 20 * 1024 * 1024;
    let started = std::time::Instant::now();
    while resident() > limit && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(200));
    }
    let now = resident();
    assert!(
        now <= limit,
        "{what}: {} MB before, {} MB after",
        before >> 20,
        now >> 20
    );
}

fn connect(port: u16) -> TcpStream {
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_write_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
}

#[test]
fn no_client_can_stall_the_preview() {
    let tree = Tree::new();
    // A large static file, as a site may hold a video or a data set.
    let big = vec![b'x'; 64 * 1024 * 1024];
    std::fs::write(tree.root.join("static/big.bin"), &big).unwrap();
    drop(big);
    let mut config = accord::serve::ServeConfig::new(&tree.root);
    config.port = 0;
    let server = accord::serve::start(config).expect("the server starts");
    let port = server.port();
    stays_responsive(port, "before any attack", 2);

    // A client that pipelines 200 requests and never reads an answer.
    let before = resident();
    let mut pipelining = connect(port);
    let request = format!("GET /about/ HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n").repeat(200);
    pipelining.write_all(request.as_bytes()).unwrap();
    stays_responsive(port, "a pipelining client that never reads", 4);
    drop(pipelining);
    memory_returns(before, "a pipelining client that never reads");

    // Four clients that ask for the large file and never read it.
    let before = resident();
    let readers: Vec<TcpStream> = (0..4)
        .map(|_| {
            let mut stream = connect(port);
            let request = format!("GET /big.bin HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n");
            stream.write_all(request.as_bytes()).unwrap();
            stream
        })
        .collect();
    let what = "four clients not reading a large file";
    stays_responsive_after(port, what, 4, Duration::from_secs(3));
    drop(readers);
    memory_returns(before, "four clients not reading a large file");

    // A 100 MB request header.
    let before = resident();
    let sender = std::thread::spawn(move || {
        let mut stream = connect(port);
        let _ = stream.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ");
        let block = vec![b'a'; 1024 * 1024];
        for _ in 0..100 {
            if stream.write_all(&block).is_err() {
                return true;
            }
        }
        false
    });
    stays_responsive(port, "a 100 MB header", 3);
    assert!(sender.join().unwrap(), "the 100 MB header was read whole");
    memory_returns(before, "a 100 MB header");

    // 64 connections that send one byte a second.
    let before = resident();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let slow: Vec<_> = (0..64)
        .map(|_| {
            let stop = stop.clone();
            std::thread::spawn(move || {
                let mut stream = connect(port);
                for byte in b"GET / HTTP/1.1\r\nHost: localhost\r\n".iter().cycle() {
                    if stop.load(std::sync::atomic::Ordering::SeqCst)
                        || stream.write_all(&[*byte]).is_err()
                    {
                        break;
                    }
                    std::thread::sleep(Duration::from_secs(1));
                }
            })
        })
        .collect();
    stays_responsive(port, "64 connections sending a byte a second", 6);
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    for thread in slow {
        thread.join().unwrap();
    }
    memory_returns(before, "64 connections sending a byte a second");
    stays_responsive(port, "after every attack", 1);
    server.shutdown();
}

#[test]
fn only_hosts_that_name_the_preview_are_answered() {
    let tree = Tree::new();
    let mut config = accord::serve::ServeConfig::new(&tree.root);
    config.port = 0;
    config.allow_hosts = vec!["preview.test".into()];
    let server = accord::serve::start(config).expect("the server starts");
    let port = server.port();
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
        "localhost".to_string(),
        format!("preview.test:{port}"),
    ] {
        assert_eq!(probe(port, &host, "/").0, 200, "{host}");
    }
    for host in [
        "evil.example".to_string(),
        format!("evil.example:{port}"),
        format!("localhost.evil.example:{port}"),
        "localhost:1".to_string(),
    ] {
        let status = probe(port, &host, "/").0;
        assert!(matches!(status, 403 | 421), "{host}: {status}");
    }
    server.shutdown();
}

// ---------------------------------------------------------------------------------------------
// Errors that were unclear (issue 17): each says what is wrong, where and what to do, once,
// never names a staging folder that is gone by then, and leaves the output as it was.

/// The names in `folder`, sorted.
fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_root_that_is_a_file_or_missing_gets_one_clear_error() {
    let tree = Tree::new();
    let before = names(&tree.root);
    let file = tree.root.join("site.yaml");
    let missing = tree.root.join("nowhere");
    for command in ["build", "check"] {
        let output = common::accord(&[command, "--root", file.to_str().unwrap()]);
        let message = text(&output);
        assert_eq!(output.status.code(), Some(1), "{command}: {message}");
        assert_eq!(message.matches("error:").count(), 1, "{command}: {message}");
        assert!(
            message.contains("is a file, not the site's folder")
                && message.contains("--> --root")
                && message.contains(&format!("`--root {}`", tree.root.display())),
            "{command}: {message}"
        );
        let output = common::accord(&[command, "--root", missing.to_str().unwrap()]);
        let message = text(&output);
        assert_eq!(output.status.code(), Some(1), "{command}: {message}");
        assert_eq!(message.matches("error:").count(), 1, "{command}: {message}");
        assert!(
            message.contains("does not exist") && message.contains("help:"),
            "{command}: {message}"
        );
    }
    // Nothing was created: no output folder beside the file, no missing folder.
    assert_eq!(names(&tree.root), before);
    assert!(file.is_file());
}

#[test]
fn check_names_the_line_and_column_the_build_names() {
    let tree = Tree::new();
    tree.write(
        "content/instruments/dated.md",
        "---\nname: Dated Instrument\nstatus_date: 0000-05-01\n---\nBody\n",
    );
    for output in [tree.build(), tree.check()] {
        let message = text(&output);
        assert_eq!(output.status.code(), Some(1), "{message}");
        assert!(
            message.contains("--> content/instruments/dated.md:3:14"),
            "{message}"
        );
        assert!(message.contains("there is no year 0"), "{message}");
    }
}

/// Runs `script` with `sh`, as root of new user and mount namespaces, where it may mount file
/// systems that no one else sees; `$1` is accord and `$2`... are `args`. `None` (the test then
/// says it was skipped) where this machine allows no such namespace.
fn with_mounts(script: &str, args: &[&Path]) -> Option<Output> {
    let namespace = ["--user", "--map-root-user", "--mount"];
    let allowed = std::process::Command::new("unshare")
        .args(namespace)
        .arg("true")
        .output()
        .is_ok_and(|o| o.status.success());
    if !allowed {
        eprintln!("skipped: this machine allows no user and mount namespace (unshare)");
        return None;
    }
    let output = std::process::Command::new("unshare")
        .args(namespace)
        .args(["sh", "-c", script, "sh", env!("CARGO_BIN_EXE_accord")])
        .args(args)
        .output()
        .expect("run unshare");
    Some(output)
}

/// What the script's build said (its messages, and the output before the script's own `LEFT:`
/// line), and the names the script listed after that line.
fn split_left(output: &Output) -> (String, String) {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let (before, after) = stdout.split_once("LEFT:").unwrap_or((&stdout, ""));
    (format!("{before}{stderr}"), after.to_string())
}

#[test]
fn an_output_that_cannot_be_written_is_named_with_the_cause_and_what_to_do() {
    let tree = Tree::new();
    let first = tree.build();
    assert!(first.status.success(), "{}", text(&first));
    let before = common::snapshot(&tree.public());
    let listing = names(&tree.root);
    // The site's folder, which holds the output, seen read-only: the output exists, and a new
    // output folder would be created there.
    let script = r#"mount --bind "$2" "$2" && mount -o remount,bind,ro "$2" || exit 99
        "$1" build --root "$2"; echo "STATUS:$?"
        "$1" build --root "$2" --output fresh; echo "STATUS:$?""#;
    let Some(output) = with_mounts(script, &[&tree.root]) else {
        return;
    };
    let all = text(&output);
    assert_eq!(all.matches("STATUS:1").count(), 2, "{all}");
    assert_eq!(all.matches("error:").count(), 2, "{all}");
    assert!(
        all.contains(&format!("--> {}", tree.public().display())),
        "{all}"
    );
    assert!(
        all.contains(&format!("--> {}", tree.root.join("fresh").display())),
        "{all}"
    );
    assert!(
        all.contains("Read-only file system") && all.contains("help:"),
        "{all}"
    );
    assert!(
        all.contains("read-only file system: build onto a writable disk"),
        "{all}"
    );
    assert!(!all.contains("accord-staging"), "{all}");
    assert_eq!(common::snapshot(&tree.public()), before, "public/ changed");
    assert_eq!(
        names(&tree.root),
        listing,
        "something was left beside the output"
    );

    // A disk that fills up part-way through the build: the error names the output folder and
    // the file, not the staging folder (removed by then), and nothing is left on the disk.
    let disk = tree.root.join("small");
    std::fs::create_dir(&disk).unwrap();
    let script = r#"mount -t tmpfs -o size=48k none "$3" || exit 99
        "$1" build --root "$2" --output "$3/public"; echo "STATUS:$?"; echo LEFT:; ls -A "$3""#;
    let output = with_mounts(script, &[&tree.root, &disk]).unwrap();
    let (message, left) = split_left(&output);
    assert!(message.contains("STATUS:1"), "{message}");
    assert!(message.contains("No space left on device"), "{message}");
    assert!(
        message.contains(&format!("--> {}", disk.join("public").display())),
        "{message}"
    );
    assert!(message.contains("free some space"), "{message}");
    assert!(!message.contains("accord-staging"), "{message}");
    assert_eq!(left.trim(), "", "left on the full disk: {left}");
}

#[test]
fn an_output_that_is_a_mount_point_fails_clearly_and_leaves_nothing() {
    let tree = Tree::new();
    let first = tree.build();
    assert!(first.status.success(), "{}", text(&first));
    let before = common::snapshot(&tree.public());
    let empty = tree.root.join("mounted");
    std::fs::create_dir(&empty).unwrap();
    let listing = names(&tree.root);
    // `public/` bind-mounted onto itself (the same device as the site), and an empty file
    // system mounted at `mounted/`: both found before anything is built.
    let script = r#"mount --bind "$3" "$3" && mount -t tmpfs none "$4" || exit 99
        "$1" build --root "$2"; echo "STATUS:$?"
        "$1" build --root "$2" --output "$4"; echo "STATUS:$?""#;
    let Some(output) = with_mounts(script, &[&tree.root, &tree.public(), &empty]) else {
        return;
    };
    let all = text(&output);
    assert_eq!(all.matches("STATUS:1").count(), 2, "{all}");
    assert_eq!(
        all.matches("the output folder is a mount point").count(),
        2,
        "{all}"
    );
    assert!(
        all.contains(&format!("--> {}", tree.public().display())),
        "{all}"
    );
    assert!(all.contains(&format!("--> {}", empty.display())), "{all}");
    assert!(
        all.contains(&format!("`--output {}`", empty.join("site").display())),
        "{all}"
    );
    assert!(!all.contains("accord-staging"), "{all}");
    assert_eq!(common::snapshot(&tree.public()), before, "public/ changed");
    assert_eq!(
        names(&tree.root),
        listing,
        "something was left beside the output"
    );
}
