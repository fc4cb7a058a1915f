//! Answers HTTP requests from the in-memory site. Nothing here touches the filesystem.

use std::sync::Arc;

use tiny_http::{Header, Method, Request, Response};

use super::path::{encode_segments, RequestPath};
use super::reload::{Hub, EVENTS_PATH, MAX_CLIENTS};
use super::snapshot::{Current, Snapshot};

/// What the request workers share.
#[derive(Debug, Clone)]
pub struct Context {
    /// The site being served.
    pub current: Arc<Current>,
    /// The live-reload hub, which takes over event-stream requests.
    pub hub: Arc<Hub>,
    /// The token every request passed on by the guard carries (see [`super::guard`]).
    pub token: Arc<str>,
}

/// An answer, before it is written: kept apart from tiny_http so it can be tested directly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The HTTP status code.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: String,
    /// The body (sent for GET, not for HEAD).
    pub body: Vec<u8>,
    /// The `Location` of a redirect.
    pub location: Option<String>,
}

impl Answer {
    fn text(status: u16, text: &str) -> Answer {
        Answer {
            status,
            content_type: "text/plain; charset=utf-8".into(),
            body: text.as_bytes().to_vec(),
            location: None,
        }
    }
}

/// Answers one request. Event-stream requests are handed to the hub at once, so that a worker
/// is never held by an open tab.
pub fn handle(request: Request, context: &Context) {
    let from_guard = request.headers().iter().any(|header| {
        header.field.equiv(super::guard::TOKEN_HEADER) && header.value.as_str() == &*context.token
    });
    if !from_guard {
        respond(request, Answer::text(403, "Forbidden.\n"), &[]);
        return;
    }
    let head = match request.method() {
        Method::Get => false,
        Method::Head => true,
        _ => {
            let answer = Answer::text(405, "Only GET and HEAD are supported.\n");
            respond(request, answer, &[("Allow", "GET, HEAD")]);
            return;
        }
    };
    let path = match RequestPath::parse(request.url()) {
        Ok(path) => path,
        Err(refusal) => {
            respond(
                request,
                Answer::text(400, &format!("Bad request: {refusal:?}\n")),
                &[],
            );
            return;
        }
    };
    let snapshot = context.current.get();
    if is_events(&path, &snapshot) {
        if head {
            let mut answer = Answer::text(200, "");
            answer.content_type = "text/event-stream".into();
            respond(request, answer, &[]);
        } else if context.hub.clients() >= MAX_CLIENTS {
            respond(request, Answer::text(503, "Too many open pages.\n"), &[]);
        } else {
            context.hub.add(request.into_writer());
        }
        return;
    }
    let answer = resolve(&snapshot, &path);
    respond(request, answer, &[]);
}

/// The event stream answers both under the site's prefix and at the domain root.
fn is_events(path: &RequestPath, snapshot: &Snapshot) -> bool {
    let events: Vec<&str> = EVENTS_PATH.split('/').collect();
    let relative = path
        .strip_prefix(&snapshot.prefix_segments)
        .unwrap_or(&path.segments);
    !path.trailing_slash && (relative == events.as_slice() || path.segments == events.as_slice())
}

/// Finds what to answer for `path` in the snapshot.
pub fn resolve(snapshot: &Snapshot, path: &RequestPath) -> Answer {
    if let Some(page) = &snapshot.failure {
        return Answer {
            status: 500,
            content_type: "text/html; charset=utf-8".into(),
            body: page.clone(),
            location: None,
        };
    }
    let Some(relative) = path.strip_prefix(&snapshot.prefix_segments) else {
        // The domain root of a site published under a subpath leads to the site.
        if path.segments.is_empty() {
            return redirect(302, snapshot.prefix.clone(), path);
        }
        return not_found(snapshot);
    };
    let joined = relative.join("/");
    if relative.is_empty() && !path.trailing_slash && !snapshot.prefix_segments.is_empty() {
        return redirect(301, snapshot.prefix.clone(), path);
    }
    let key = if relative.is_empty() {
        "index.html".to_string()
    } else if path.trailing_slash {
        format!("{joined}/index.html")
    } else {
        joined.clone()
    };
    if let Some(body) = snapshot.body(&key) {
        return Answer {
            status: 200,
            content_type: content_type(&key),
            body,
            location: None,
        };
    }
    if !path.trailing_slash && snapshot.files.contains_key(&format!("{joined}/index.html")) {
        let mut segments = snapshot.prefix_segments.clone();
        segments.extend(relative.iter().cloned());
        return redirect(301, format!("{}/", encode_segments(&segments)), path);
    }
    not_found(snapshot)
}

fn redirect(status: u16, location: String, path: &RequestPath) -> Answer {
    let location = match &path.query {
        Some(query) if query.is_ascii() => format!("{location}?{query}"),
        _ => location,
    };
    Answer {
        status,
        content_type: "text/plain; charset=utf-8".into(),
        body: format!("Moved to {location}\n").into_bytes(),
        location: Some(location),
    }
}

fn not_found(snapshot: &Snapshot) -> Answer {
    match snapshot.body("404.html") {
        Some(page) => Answer {
            status: 404,
            content_type: "text/html; charset=utf-8".into(),
            body: page,
            location: None,
        },
        None => Answer::text(404, "Not found.\n"),
    }
}

/// The `Content-Type` of a file by its name; text types say they are UTF-8, as accord writes.
pub fn content_type(path: &str) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let textual = mime.type_() == mime_guess::mime::TEXT
        || matches!(
            mime.subtype().as_str(),
            "javascript" | "json" | "xml" | "svg" | "rss+xml" | "atom+xml"
        )
        || mime.suffix().is_some_and(|s| s == "xml" || s == "json");
    if textual && mime.get_param("charset").is_none() {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

fn respond(request: Request, answer: Answer, extra: &[(&str, &str)]) {
    let mut headers = vec![
        header("Content-Type", &answer.content_type),
        header("Cache-Control", "no-store"),
        header("X-Content-Type-Options", "nosniff"),
    ];
    if let Some(location) = &answer.location {
        headers.push(header("Location", location));
    }
    headers.extend(extra.iter().map(|(name, value)| header(name, value)));
    let length = answer.body.len();
    let response = Response::new(
        tiny_http::StatusCode(answer.status),
        headers.into_iter().flatten().collect(),
        std::io::Cursor::new(answer.body),
        Some(length),
        None,
    )
    // The whole body is in memory: always send Content-Length, never chunks (HEAD included).
    .with_chunked_threshold(usize::MAX);
    // A failure here means the client went away; there is nobody to tell.
    let _ = request.respond(response);
}

/// A header, or `None` for a value that is not ASCII (never sent rather than panicking).
fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::session::{Files, OutputFile};

    fn site(prefix: &str) -> Snapshot {
        let files: Files = [
            ("index.html", &b"home"[..]),
            ("404.html", b"missing"),
            ("themes/index.html", b"themes"),
            ("style.css", b"body{}"),
        ]
        .into_iter()
        .map(|(path, bytes)| {
            let file = OutputFile {
                bytes: Arc::new(bytes.to_vec()),
                page: false,
            };
            (path.to_string(), file)
        })
        .collect();
        Snapshot::site(1, prefix.to_string(), files)
    }

    #[test]
    fn pages_get_the_script_of_the_snapshot_s_generation_other_files_do_not() {
        let page = |html: &str| OutputFile {
            bytes: Arc::new(html.as_bytes().to_vec()),
            page: true,
        };
        let mut files = Files::new();
        files.insert("index.html".into(), page("<html><body>home</body></html>"));
        files.insert("a/index.html".into(), page("no body end"));
        files.insert(
            "static.html".into(),
            OutputFile {
                bytes: Arc::new(b"<body></body>".to_vec()),
                page: false,
            },
        );
        let snapshot = Snapshot::site(7, "/".into(), files);
        let script = crate::serve::reload::snippet(7, "/");
        assert_eq!(
            get(&snapshot, "/").body,
            format!("<html><body>home{script}</body></html>").into_bytes()
        );
        assert_eq!(
            get(&snapshot, "/a/").body,
            format!("no body end{script}").into_bytes()
        );
        assert_eq!(get(&snapshot, "/static.html").body, b"<body></body>");
    }

    fn get(snapshot: &Snapshot, target: &str) -> Answer {
        match RequestPath::parse(target) {
            Ok(path) => resolve(snapshot, &path),
            Err(e) => panic!("{target}: {e:?}"),
        }
    }

    #[test]
    fn directories_answer_with_their_index_and_redirect_without_slash() {
        let site = site("/");
        assert_eq!(get(&site, "/").body, b"home");
        assert_eq!(get(&site, "/themes/").body, b"themes");
        let moved = get(&site, "/themes?a=1");
        assert_eq!(moved.status, 301);
        assert_eq!(moved.location.as_deref(), Some("/themes/?a=1"));
        let missing = get(&site, "/nothing/");
        assert_eq!((missing.status, missing.body), (404, b"missing".to_vec()));
        assert_eq!(get(&site, "/style.css/").status, 404);
    }

    #[test]
    fn a_prefix_is_honoured() {
        let site = site("/sub/");
        assert_eq!(get(&site, "/sub/").body, b"home");
        assert_eq!(get(&site, "/sub/themes/").body, b"themes");
        assert_eq!(
            get(&site, "/sub/themes").location.as_deref(),
            Some("/sub/themes/")
        );
        assert_eq!(get(&site, "/sub").location.as_deref(), Some("/sub/"));
        assert_eq!(get(&site, "/").location.as_deref(), Some("/sub/"));
        assert_eq!(get(&site, "/themes/").status, 404);
    }

    #[test]
    fn content_types_are_guessed_with_charsets_for_text() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("style.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("favicon.svg"), "image/svg+xml; charset=utf-8");
        assert_eq!(content_type("photo.png"), "image/png");
        assert_eq!(content_type(".nojekyll"), "application/octet-stream");
    }
}
