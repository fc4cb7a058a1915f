//! `accord serve`, end to end: a server started in-process on a temporary copy of the site,
//! spoken to over raw TCP (HTTP requests and Server-Sent Events).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use accord::serve::{start, ServeConfig, ServerHandle};

/// Generous: the machine may be busy compiling or testing something else.
const EVENT_TIMEOUT: Duration = Duration::from_secs(60);

// ---------------------------------------------------------------------------------------------
// A temporary site and a server on it

struct Site {
    _dir: tempfile::TempDir,
    root: PathBuf,
    /// A file beside the site, which no request may reach.
    outside: PathBuf,
}

impl Site {
    fn new() -> Site {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("site");
        let source = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::create_dir_all(&root).expect("site dir");
        std::fs::copy(source.join("site.yaml"), root.join("site.yaml")).expect("site.yaml");
        copy_dir(&source.join("content"), &root.join("content"));
        copy_dir(&source.join("seeds"), &root.join("seeds"));
        std::fs::create_dir_all(root.join("static/files")).expect("static");
        std::fs::write(root.join("static/extra.css"), "body { margin: 0 }\n").expect("css");
        std::fs::write(root.join("static/files/note.txt"), "a note\n").expect("txt");
        std::fs::write(root.join("static/files/data.json"), "{}\n").expect("json");
        std::fs::write(root.join("static/files/data.xml"), "<a/>\n").expect("xml");
        std::fs::write(root.join("static/files/pixel.png"), b"\x89PNG\r\n").expect("png");
        let outside = dir.path().join("secret.txt");
        std::fs::write(&outside, "TOP-SECRET-OUTSIDE-THE-SITE").expect("secret");
        Site {
            _dir: dir,
            root,
            outside,
        }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    fn serve(&self) -> ServerHandle {
        self.serve_with(|_| {})
    }

    fn serve_with(&self, change: impl FnOnce(&mut ServeConfig)) -> ServerHandle {
        let mut config = ServeConfig::new(&self.root);
        config.port = 0;
        change(&mut config);
        start(config).expect("the server starts")
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Replaces `from` with `to` in a file.
fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

// ---------------------------------------------------------------------------------------------
// A minimal HTTP client

#[derive(Debug)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends one request with raw bytes as its target (so that nothing normalises it on the way).
fn raw(port: u16, method: &str, target: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let mut request = Vec::new();
    request.extend_from_slice(method.as_bytes());
    request.push(b' ');
    request.extend_from_slice(target);
    request.extend_from_slice(b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(&request).expect("send");
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).expect("the server answers");
    parse_reply(&bytes)
}

fn get(port: u16, target: &str) -> Reply {
    raw(port, "GET", target.as_bytes())
}

fn parse_reply(bytes: &[u8]) -> Reply {
    if bytes.is_empty() {
        // The connection was closed without an answer (tiny_http does so for a request line
        // that is not UTF-8): status 0, which the tests treat as refused.
        return Reply {
            status: 0,
            headers: Vec::new(),
            body: Vec::new(),
        };
    }
    let end = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    let head = String::from_utf8_lossy(&bytes[..end]);
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let body = bytes[end + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    assert!(!chunked, "responses are sent with Content-Length");
    Reply {
        status,
        headers,
        body,
    }
}

// ---------------------------------------------------------------------------------------------
// A minimal EventSource

struct Events {
    reader: BufReader<TcpStream>,
}

#[derive(Debug, Clone, PartialEq)]
struct Event {
    name: String,
    data: String,
}

impl Events {
    fn connect(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        stream
            .write_all(
                b"GET /__accord/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n",
            )
            .expect("send");
        stream
            .set_read_timeout(Some(Duration::from_millis(250)))
            .expect("timeout");
        let mut events = Events {
            reader: BufReader::new(stream),
        };
        let status = events.line(EVENT_TIMEOUT).expect("a status line");
        assert!(status.starts_with("HTTP/1.1 200"), "{status}");
        let mut content_type = String::new();
        loop {
            let line = events.line(EVENT_TIMEOUT).expect("headers");
            if line.is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                if name.eq_ignore_ascii_case("content-type") {
                    content_type = value.trim().to_string();
                }
            }
        }
        assert_eq!(content_type, "text/event-stream");
        events
    }

    /// One line, without its end; `None` on timeout or end of stream.
    fn line(&mut self, timeout: Duration) -> Option<String> {
        let deadline = Instant::now() + timeout;
        let mut line = String::new();
        loop {
            match self.reader.read_line(&mut line) {
                Ok(0) => return None,
                Ok(_) if line.ends_with('\n') => {
                    return Some(line.trim_end_matches(['\r', '\n']).to_string())
                }
                Ok(_) => {}
                Err(e)
                    if e.kind() == std::io::ErrorKind::WouldBlock
                        || e.kind() == std::io::ErrorKind::TimedOut =>
                {
                    if Instant::now() > deadline {
                        return None;
                    }
                }
                Err(_) => return None,
            }
        }
    }

    /// The next event (comments and `retry:` skipped).
    fn next(&mut self, timeout: Duration) -> Option<Event> {
        let deadline = Instant::now() + timeout;
        let mut name = String::from("message");
        let mut data: Vec<String> = Vec::new();
        let mut seen = false;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = self.line(left)?;
            if line.is_empty() {
                if seen {
                    return Some(Event {
                        name,
                        data: data.join("\n"),
                    });
                }
                continue;
            }
            if let Some(value) = line.strip_prefix("event:") {
                name = value.trim().to_string();
                seen = true;
            } else if let Some(value) = line.strip_prefix("data:") {
                data.push(value.strip_prefix(' ').unwrap_or(value).to_string());
                seen = true;
            }
        }
    }

    /// Skips events until one named in `names` arrives.
    fn wait_for(&mut self, names: &[&str]) -> Event {
        let deadline = Instant::now() + EVENT_TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.next(left) {
                Some(event) if names.contains(&event.name.as_str()) => return event,
                Some(_) => {}
                None => panic!("no {names:?} event within {EVENT_TIMEOUT:?}"),
            }
        }
    }
}

/// Polls until `check` holds, failing after the generous timeout.
fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + EVENT_TIMEOUT;
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

// ---------------------------------------------------------------------------------------------
// Serving

#[test]
fn pages_content_types_head_and_cache_control() {
    let site = Site::new();
    let server = site.serve();
    let port = server.port();

    let home = get(port, "/");
    assert_eq!(home.status, 200);
    assert_eq!(
        home.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(home.header("cache-control"), Some("no-store"));
    assert!(home.text().contains("UK–Belgium partnership explained"));
    assert!(
        home.text()
            .contains("data-accord-events=\"/__accord/events\""),
        "the live-reload script is injected"
    );

    let moved = get(port, "/themes?x=1");
    assert_eq!(moved.status, 301);
    assert_eq!(moved.header("location"), Some("/themes/?x=1"));
    let themes = get(port, "/themes/");
    assert_eq!(themes.status, 200);
    assert!(themes.text().contains("</html>"));

    for (path, kind) in [
        ("/style.css", "text/css; charset=utf-8"),
        ("/accord.js", "text/javascript; charset=utf-8"),
        ("/favicon.svg", "image/svg+xml; charset=utf-8"),
        ("/files/note.txt", "text/plain; charset=utf-8"),
        ("/files/data.json", "application/json; charset=utf-8"),
        ("/files/data.xml", "text/xml; charset=utf-8"),
        ("/files/pixel.png", "image/png"),
    ] {
        let reply = get(port, path);
        assert_eq!(reply.status, 200, "{path}");
        assert_eq!(reply.header("content-type"), Some(kind), "{path}");
        assert_eq!(reply.header("cache-control"), Some("no-store"), "{path}");
    }

    let missing = get(port, "/no/such/page/");
    assert_eq!(missing.status, 404);
    assert_eq!(missing.header("cache-control"), Some("no-store"));
    assert_eq!(
        missing.body,
        get(port, "/404.html").body,
        "the site's 404 page"
    );

    // A folder without index.html is never listed.
    let folder = get(port, "/files/");
    assert_eq!(folder.status, 404);
    assert!(!folder.text().contains("note.txt"));

    let head = raw(port, "HEAD", b"/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty(), "HEAD has no body");
    assert_eq!(
        head.header("content-length"),
        Some(home.body.len().to_string().as_str())
    );
    assert_eq!(
        head.header("content-type"),
        Some("text/html; charset=utf-8")
    );

    assert_eq!(raw(port, "POST", b"/").status, 405);
    server.shutdown();
}

#[test]
fn no_request_reaches_a_file_outside_the_site() {
    let site = Site::new();
    let server = site.serve();
    let port = server.port();
    let secret = std::fs::read_to_string(&site.outside).expect("secret");
    let name = "secret.txt";
    let absolute = site.outside.to_string_lossy().into_owned();
    let targets: Vec<Vec<u8>> = vec![
        format!("/../{name}").into(),
        format!("/../../{name}").into(),
        format!("/files/../../{name}").into(),
        format!("/%2e%2e/{name}").into(),
        format!("/%2E%2E/{name}").into(),
        format!("/%2e%2e%2f{name}").into(),
        format!("/files%2f..%2f..%2f{name}").into(),
        format!("/..%5c{name}").into(),
        format!("/..\\{name}").into(),
        format!("/%c0%ae%c0%ae/{name}").into(),
        format!("/%e0%80%ae%e0%80%ae/{name}").into(),
        format!("/%c0%af..%c0%af{name}").into(),
        format!("/%252e%252e/{name}").into(),
        format!("/.%2e/{name}").into(),
        format!("/{name}%00.html").into(),
        format!("/%00/../{name}").into(),
        format!("/{absolute}").into(),
        format!("/{}", absolute.trim_start_matches('/')).into(),
        format!("//{absolute}").into(),
        absolute.clone().into(),
        format!("file://{absolute}").into(),
        format!("http://localhost/../{name}").into(),
        b"/etc/passwd".to_vec(),
        b"/../../../../../../etc/passwd".to_vec(),
        b"/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd".to_vec(),
        b"/\x00".to_vec(),
        b"/\xc0\xae\xc0\xae/etc/passwd".to_vec(),
        b"/site.yaml".to_vec(),
        b"/content/about.md".to_vec(),
        b"/../site/site.yaml".to_vec(),
    ];
    for target in &targets {
        let shown = String::from_utf8_lossy(target);
        let reply = raw(port, "GET", target);
        assert!(
            matches!(reply.status, 0 | 400 | 404),
            "{shown}: status {}",
            reply.status
        );
        let text = reply.text();
        assert!(!text.contains(&secret), "{shown} leaked the file");
        assert!(!text.contains("root:x:0:0"), "{shown} leaked /etc/passwd");
        assert!(!text.contains("base_url:"), "{shown} leaked site.yaml");
    }
    // The server is still up and well.
    assert_eq!(get(port, "/").status, 200);
    server.shutdown();
}

#[test]
fn the_site_is_served_under_its_base_url_path() {
    let site = Site::new();
    let server = site.serve_with(|config| config.base_url = Some("/sub/dir/".into()));
    let port = server.port();
    assert!(server.url().ends_with("/sub/dir/"), "{}", server.url());
    let home = get(port, "/sub/dir/");
    assert_eq!(home.status, 200);
    assert!(home.text().contains("href=\"/sub/dir/style.css\""));
    assert!(home
        .text()
        .contains("data-accord-events=\"/sub/dir/__accord/events\""));
    assert_eq!(get(port, "/sub/dir/style.css").status, 200);
    assert_eq!(get(port, "/").header("location"), Some("/sub/dir/"));
    assert_eq!(get(port, "/sub/dir").header("location"), Some("/sub/dir/"));
    assert_eq!(
        get(port, "/sub/dir/themes").header("location"),
        Some("/sub/dir/themes/")
    );
    assert_eq!(get(port, "/style.css").status, 404);
    server.shutdown();
}

#[test]
fn a_taken_port_is_replaced_by_the_next_free_one() {
    let site = Site::new();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port();
    let server = site.serve_with(|config| config.port = port);
    assert_ne!(server.port(), port);
    assert_eq!(get(server.port(), "/").status, 200);
    server.shutdown();
}

// ---------------------------------------------------------------------------------------------
// Live reload

#[test]
fn an_edit_sends_reload_and_the_new_page_is_served() {
    let site = Site::new();
    let server = site.serve();
    let port = server.port();
    let mut events = Events::connect(port);
    let hello = events.wait_for(&["hello"]);
    assert_eq!(hello.data.len(), 16, "the generation: {hello:?}");

    edit(
        &site.path("content/about.md"),
        "title: ",
        "title: Freshly edited ",
    );
    let reload = events.wait_for(&["reload", "css", "error"]);
    assert_eq!(reload.name, "reload", "{reload:?}");
    assert_ne!(reload.data, hello.data, "a new generation");
    let page = get(port, "/about/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Freshly edited"));
    assert!(
        page.text()
            .contains(&format!("data-accord-build=\"{}\"", reload.data)),
        "the page carries the generation it was built as"
    );
    server.shutdown();
}

#[test]
fn after_a_page_edit_every_page_carries_the_new_generation() {
    let site = Site::new();
    let server = site.serve();
    let port = server.port();
    let mut events = Events::connect(port);
    events.wait_for(&["hello"]);
    let before = get(port, "/themes/").text();
    edit(&site.path("content/about.md"), "title: ", "title: Edited ");
    let reload = events.wait_for(&["reload", "css", "error"]);
    assert_eq!(reload.name, "reload", "{reload:?}");
    // Only the about page was rendered again; the others still say which build they belong
    // to, or their script would reload them for ever.
    let after = get(port, "/themes/").text();
    assert_ne!(before, after);
    assert!(
        after.contains(&format!("data-accord-build=\"{}\"", reload.data)),
        "an untouched page carries the new generation"
    );
    assert_eq!(after.matches("data-accord-build=").count(), 1, "one script");
    assert!(get(port, "/about/").text().contains("Edited"));
    server.shutdown();
}

#[test]
fn a_broken_file_sends_an_error_keeps_the_old_pages_and_a_fix_reloads() {
    let site = Site::new();
    let server = site.serve();
    let port = server.port();
    let before = get(port, "/about/").body;
    let mut events = Events::connect(port);
    events.wait_for(&["hello"]);

    let about = site.path("content/about.md");
    let good = std::fs::read_to_string(&about).expect("read");
    std::fs::write(&about, good.replacen("title: ", "title: [unclosed ", 1)).expect("write");
    let error = events.wait_for(&["error", "reload", "css"]);
    assert_eq!(error.name, "error", "{error:?}");
    assert!(error.data.contains("content/about.md"), "{}", error.data);
    assert_eq!(
        get(port, "/about/").body,
        before,
        "the last good page stays"
    );

    // A page opened now learns of the error at once.
    let mut late = Events::connect(port);
    assert_eq!(late.wait_for(&["error"]).data, error.data);

    std::fs::write(&about, good.replacen("title: ", "title: Fixed ", 1)).expect("write");
    assert_eq!(events.wait_for(&["reload", "error", "css"]).name, "reload");
    assert_eq!(late.wait_for(&["reload", "error", "css"]).name, "reload");
    assert!(get(port, "/about/").text().contains("Fixed"));
    server.shutdown();
}

#[test]
fn a_stylesheet_only_change_sends_css_not_reload() {
    let site = Site::new();
    let server = site.serve();
    let port = server.port();
    let mut events = Events::connect(port);
    events.wait_for(&["hello"]);
    std::fs::write(site.path("static/extra.css"), "body { margin: 1px }\n").expect("write");
    let event = events.wait_for(&["reload", "css", "error"]);
    assert_eq!(event.name, "css", "{event:?}");
    assert!(event.data.contains("\"/extra.css\""), "{}", event.data);
    assert_eq!(get(port, "/extra.css").text(), "body { margin: 1px }\n");
    server.shutdown();
}

#[test]
fn a_rename_over_save_and_a_deleted_file_are_picked_up() {
    let site = Site::new();
    let server = site.serve();
    let port = server.port();
    let mut events = Events::connect(port);
    events.wait_for(&["hello"]);

    // As vim and many editors save: write a temporary file, then rename it over the original.
    let about = site.path("content/about.md");
    let text = std::fs::read_to_string(&about).expect("read");
    let temporary = site.path("content/.about.md.swp");
    std::fs::write(
        &temporary,
        text.replacen("title: ", "title: Renamed over ", 1),
    )
    .expect("write");
    std::fs::rename(&temporary, &about).expect("rename");
    assert_eq!(events.wait_for(&["reload", "css", "error"]).name, "reload");
    assert!(get(port, "/about/").text().contains("Renamed over"));

    assert_eq!(get(port, "/accessibility/").status, 200);
    // The page goes with its translations (a translation of no file fails the build).
    for name in [
        "accessibility.fr.md",
        "accessibility.nl.md",
        "accessibility.md",
    ] {
        let _ = std::fs::remove_file(site.path(&format!("content/{name}")));
    }
    assert_eq!(events.wait_for(&["reload", "css", "error"]).name, "reload");
    assert_eq!(get(port, "/accessibility/").status, 404);
    server.shutdown();
}

#[test]
fn a_content_folder_deleted_and_recreated_is_watched_again() {
    let site = Site::new();
    let server = site.serve();
    let port = server.port();
    let mut events = Events::connect(port);
    events.wait_for(&["hello"]);
    let content = site.path("content");
    let away = site.root.parent().expect("parent").join("content-away");
    std::fs::rename(&content, &away).expect("move away");
    if events.wait_for(&["reload", "error"]).name == "reload" {
        assert_eq!(
            get(port, "/about/").status,
            404,
            "the page went with its folder"
        );
    }
    std::fs::rename(&away, &content).expect("move back");
    assert_eq!(events.wait_for(&["reload", "error"]).name, "reload");
    assert_eq!(get(port, "/about/").status, 200);
    // The folder that came back is watched: an edit inside it is seen.
    edit(
        &site.path("content/about.md"),
        "title: ",
        "title: Back again ",
    );
    assert_eq!(events.wait_for(&["reload", "error"]).name, "reload");
    assert!(get(port, "/about/").text().contains("Back again"));
    server.shutdown();
}

#[test]
fn a_site_whose_first_build_fails_is_still_served_and_recovers() {
    let site = Site::new();
    let about = site.path("content/about.md");
    let good = std::fs::read_to_string(&about).expect("read");
    std::fs::write(&about, good.replacen("title: ", "title: [unclosed ", 1)).expect("write");
    let server = site.serve();
    let port = server.port();
    for path in ["/", "/about/", "/style.css"] {
        let page = get(port, path);
        assert_eq!(page.status, 500, "{path}");
        assert!(page.text().contains("content/about.md"), "{path}");
        assert!(page.text().contains("data-accord-events"), "{path}");
    }
    let mut events = Events::connect(port);
    assert!(events
        .wait_for(&["error"])
        .data
        .contains("content/about.md"));
    std::fs::write(&about, good).expect("write");
    assert_eq!(events.wait_for(&["reload", "error"]).name, "reload");
    assert_eq!(get(port, "/about/").status, 200);
    server.shutdown();
}

#[test]
fn a_hundred_open_pages_neither_block_requests_nor_leak() {
    let site = Site::new();
    let server = site.serve_with(|config| config.keep_alive = Duration::from_millis(200));
    let port = server.port();
    let mut tabs: Vec<Events> = (0..100).map(|_| Events::connect(port)).collect();
    for tab in &mut tabs {
        tab.wait_for(&["hello"]);
    }
    assert_eq!(server.live_connections(), 100);
    // An ordinary request still answers (the timeout is generous on purpose: this is about
    // being answered at all, not about speed).
    let page = get(port, "/about/");
    assert_eq!(page.status, 200);
    // Every tab hears about a change.
    edit(
        &site.path("content/about.md"),
        "title: ",
        "title: Broadcast ",
    );
    for tab in &mut tabs {
        assert_eq!(tab.wait_for(&["reload", "error", "css"]).name, "reload");
    }
    // Closed tabs are released.
    drop(tabs);
    eventually("the closed tabs to be released", || {
        server.live_connections() == 0
    });
    assert_eq!(get(port, "/").status, 200);
    server.shutdown();
}

#[test]
fn temporary_files_and_the_output_folder_are_ignored_and_bursts_make_one_rebuild() {
    let site = Site::new();
    std::fs::create_dir_all(site.path("public")).expect("public");
    let server = site.serve();
    // Not sources: an editor's swap and backup files, vim's probe file, the output folder, and
    // other files at the root.
    for name in [
        "content/.about.md.swp",
        "content/about.md~",
        "content/4913",
        "content/.#about.md",
        "public/index.html",
        "README.md",
    ] {
        std::fs::write(site.path(name), "ignored").expect("write");
    }
    // Reading the sources (as every build does) is not a change either.
    let _ = std::fs::read_to_string(site.path("content/about.md"));
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(server.rebuilds(), 0, "ignored files caused a rebuild");

    // A burst of writes, as a `git checkout` makes, is one rebuild, not one per file (a few on
    // a busy machine, where the burst can outlast the 5 ms debounce).
    let mut events = Events::connect(server.port());
    events.wait_for(&["hello"]);
    for index in 0..30 {
        std::fs::write(
            site.path(&format!("content/burst-{index}.md")),
            format!("---\ntitle: Burst {index}\n---\nText.\n"),
        )
        .expect("write");
    }
    assert_eq!(events.wait_for(&["reload", "error"]).name, "reload");
    eventually("the burst's pages", || {
        get(server.port(), "/burst-29/").status == 200
    });
    assert!(
        server.rebuilds() <= 6,
        "{} rebuilds for 30 files",
        server.rebuilds()
    );
    server.shutdown();
}
