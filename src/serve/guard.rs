//! What tiny_http lacks, in front of it (issue 17): no client can stall the preview, and a page
//! on another site cannot read it through DNS rebinding.
//!
//! tiny_http reads request heads of any size, gives every worker a request of one pipelining
//! connection (each then waits for the one before it), and writes answers with no deadline, so
//! one client that never reads holds every worker. The guard owns the public socket instead:
//! one thread per connection (a bounded number of them) reads each request head with a size
//! limit and a deadline, refuses `Host` values that do not name this server, and hands the
//! request to tiny_http on a private loopback connection. The answer is read back whole (a
//! worker is free as soon as it has answered) and written to the client with a deadline. Event
//! streams are copied as they come. tiny_http answers only requests that carry the guard's
//! token, so that its private port cannot be reached around the guard.

use std::io::{Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The header that carries the guard's token to tiny_http.
pub const TOKEN_HEADER: &str = "X-Accord-Guard";

/// The longest request head read: far above what a browser sends.
pub const MAX_HEAD: usize = 16 * 1024;

/// Requests answered on one connection before it is closed.
pub const MAX_REQUESTS: usize = 100;

/// Connections served at once; more are closed at once.
pub const MAX_CONNECTIONS: usize = 256;

/// How long a client may take to send a request head (or, kept alive, to start the next).
const HEAD_DEADLINE: Duration = Duration::from_secs(10);

/// How long one write to a client may block; a whole answer gets this plus a second per
/// megabyte.
const WRITE_DEADLINE: Duration = Duration::from_secs(5);

/// How long tiny_http may take to answer (it answers from memory).
const ANSWER_DEADLINE: Duration = Duration::from_secs(30);

/// Which `Host` values the server answers.
#[derive(Debug, Clone)]
pub struct Hosts {
    /// The port listened on.
    pub port: u16,
    /// The interface listened on.
    pub interface: IpAddr,
    /// Names given with `--allow-host`.
    pub names: Vec<String>,
}

impl Hosts {
    /// Whether a request with this `Host` value is answered: `localhost` (and names under
    /// `.localhost`), any IP address (DNS rebinding needs a name; an address names the server
    /// itself), the configured interface and the names allowed, each with this server's port
    /// or none. A request without `Host` (HTTP/1.0) is answered: a browser always sends one.
    pub fn allows(&self, host: Option<&str>) -> bool {
        let Some(host) = host.map(str::trim) else {
            return true;
        };
        let (name, port) = split_port(host);
        if port.is_some_and(|p| p != self.port.to_string()) {
            return false;
        }
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        let bare = name.trim_start_matches('[').trim_end_matches(']');
        name == "localhost"
            || name.ends_with(".localhost")
            || bare.parse::<IpAddr>().is_ok()
            || bare == self.interface.to_string()
            || self.names.iter().any(|n| n.eq_ignore_ascii_case(&name))
    }
}

/// `host:port` split; `[::1]:80` keeps its brackets.
fn split_port(host: &str) -> (&str, Option<&str>) {
    if host.starts_with('[') {
        return match host.rfind("]:") {
            Some(index) => (&host[..=index], Some(&host[index + 2..])),
            None => (host, None),
        };
    }
    match host.rsplit_once(':') {
        Some((name, port)) if !name.contains(':') => (name, Some(port)),
        _ => (host, None),
    }
}

/// A random token: the keys of the standard library's randomly seeded hasher.
pub fn new_token() -> String {
    use std::hash::{BuildHasher, Hasher};
    let part = || {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        hasher.finish()
    };
    format!("{:016x}{:016x}", part(), part())
}

/// The running guard.
#[derive(Debug)]
pub struct Guard {
    address: SocketAddr,
    stopping: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Guard {
    /// Serves `listener`, handing requests to tiny_http at `inner` with `token`.
    pub fn start(
        listener: TcpListener,
        inner: SocketAddr,
        token: String,
        hosts: Hosts,
    ) -> std::io::Result<Guard> {
        let address = listener.local_addr()?;
        let stopping = Arc::new(AtomicBool::new(false));
        let open = Arc::new(AtomicUsize::new(0));
        let settings = Arc::new((inner, token, hosts));
        let thread = std::thread::Builder::new()
            .name("accord-guard".into())
            .spawn({
                let stopping = stopping.clone();
                move || {
                    for client in listener.incoming() {
                        if stopping.load(Ordering::SeqCst) {
                            break;
                        }
                        let Ok(client) = client else { continue };
                        if open.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
                            continue;
                        }
                        open.fetch_add(1, Ordering::SeqCst);
                        let counted = open.clone();
                        let settings = settings.clone();
                        let spawned = std::thread::Builder::new()
                            .name("accord-connection".into())
                            .stack_size(256 * 1024)
                            .spawn(move || {
                                let (inner, token, hosts) = &*settings;
                                connection(client, *inner, token, hosts);
                                counted.fetch_sub(1, Ordering::SeqCst);
                            });
                        if spawned.is_err() {
                            open.fetch_sub(1, Ordering::SeqCst);
                        }
                    }
                }
            })?;
        Ok(Guard {
            address,
            stopping,
            thread: Some(thread),
        })
    }

    /// Stops accepting connections (those open end on their own deadlines).
    pub fn stop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        // The accepting thread wakes for a connection only.
        let mut wake = self.address;
        if wake.ip().is_unspecified() {
            wake.set_ip(match wake.ip() {
                IpAddr::V4(_) => IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
                IpAddr::V6(_) => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
            });
        }
        let _ = TcpStream::connect_timeout(&wake, Duration::from_secs(1));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A request head, parsed as far as the guard needs.
#[derive(Debug, PartialEq, Eq)]
struct Head {
    /// `GET /path HTTP/1.1`.
    request_line: String,
    /// The headers, in order.
    headers: Vec<(String, String)>,
}

impl Head {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn keep_alive(&self) -> bool {
        let connection = self.header("Connection").unwrap_or("").to_ascii_lowercase();
        if self.request_line.ends_with("HTTP/1.0") {
            connection.contains("keep-alive")
        } else {
            !connection.contains("close")
        }
    }

    fn has_body(&self) -> bool {
        self.header("Transfer-Encoding").is_some()
            || self
                .header("Content-Length")
                .is_some_and(|n| n.trim() != "0")
    }

    /// The head sent to tiny_http: one request per private connection, with the token.
    fn forwarded(&self, token: &str) -> Vec<u8> {
        let mut out = format!("{}\r\n", self.request_line);
        for (name, value) in &self.headers {
            let dropped = ["connection", "keep-alive", "proxy-connection", TOKEN_HEADER]
                .iter()
                .any(|d| name.eq_ignore_ascii_case(d));
            if !dropped {
                out.push_str(&format!("{name}: {value}\r\n"));
            }
        }
        out.push_str(&format!(
            "Connection: close\r\n{TOKEN_HEADER}: {token}\r\n\r\n"
        ));
        out.into_bytes()
    }
}

/// Why a request head was not read.
#[derive(Debug, PartialEq, Eq)]
enum Refusal {
    /// The connection closed (or stayed idle) before a request began: nothing to answer.
    Closed,
    /// Answer with this status and close.
    Status(u16, &'static str),
}

/// Parses a complete head (without the blank line that ends it).
fn parse_head(bytes: &[u8]) -> Result<Head, Refusal> {
    let bad = Refusal::Status(400, "Bad request.\n");
    let text = std::str::from_utf8(bytes).map_err(|_| Refusal::Status(400, "Bad request.\n"))?;
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let request_line = lines.next().ok_or(bad)?.to_string();
    let mut headers = Vec::new();
    for line in lines.filter(|l| !l.is_empty()) {
        // Folded header lines are obsolete and a way to smuggle: refused.
        let Some((name, value)) = line
            .split_once(':')
            .filter(|_| !line.starts_with([' ', '\t']))
        else {
            return Err(Refusal::Status(400, "Bad request.\n"));
        };
        if name.is_empty() || name.contains([' ', '\t']) {
            return Err(Refusal::Status(400, "Bad request.\n"));
        }
        headers.push((name.to_string(), value.trim().to_string()));
    }
    if request_line.split(' ').count() != 3 || !request_line.starts_with(|c: char| c.is_ascii()) {
        return Err(Refusal::Status(400, "Bad request.\n"));
    }
    Ok(Head {
        request_line,
        headers,
    })
}

/// Where a head ends in `bytes`: (end of the head, start of what follows).
fn head_end(bytes: &[u8]) -> Option<(usize, usize)> {
    let crlf = bytes.windows(4).position(|w| w == b"\r\n\r\n");
    let lf = bytes.windows(2).position(|w| w == b"\n\n");
    match (crlf, lf) {
        (Some(a), Some(b)) if b + 1 < a => Some((b, b + 2)),
        (Some(a), _) => Some((a, a + 4)),
        (None, Some(b)) => Some((b, b + 2)),
        (None, None) => None,
    }
}

/// Reads one request head from `client`, keeping what follows it in `pending`.
fn read_head(client: &mut TcpStream, pending: &mut Vec<u8>) -> Result<Head, Refusal> {
    let deadline = Instant::now() + HEAD_DEADLINE;
    let mut chunk = [0u8; 4096];
    loop {
        // Blank lines between requests are allowed (RFC 9112, 2.2).
        while pending.first().is_some_and(|b| *b == b'\r' || *b == b'\n') {
            pending.remove(0);
        }
        if let Some((end, next)) = head_end(pending) {
            let head = parse_head(&pending[..end]);
            pending.drain(..next);
            return head;
        }
        if pending.len() > MAX_HEAD {
            return Err(Refusal::Status(431, "The request's header is too large.\n"));
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || client.set_read_timeout(Some(left)).is_err() {
            return Err(if pending.is_empty() {
                Refusal::Closed
            } else {
                Refusal::Status(408, "The request took too long to arrive.\n")
            });
        }
        match client.read(&mut chunk) {
            Ok(0) => return Err(Refusal::Closed),
            Ok(read) => pending.extend_from_slice(&chunk[..read]),
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) if pending.is_empty() => return Err(Refusal::Closed),
            Err(_) => {
                return Err(Refusal::Status(
                    408,
                    "The request took too long to arrive.\n",
                ))
            }
        }
    }
}

/// A short answer of the guard's own, after which the connection is closed.
fn refuse(client: &mut TcpStream, status: u16, text: &str) {
    let reason = match status {
        400 => "Bad Request",
        403 => "Forbidden",
        408 => "Request Timeout",
        413 => "Content Too Large",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Error",
    };
    let answer = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
        text.len()
    );
    let _ = client.set_write_timeout(Some(WRITE_DEADLINE));
    let _ = client.write_all(answer.as_bytes());
    let _ = client.shutdown(Shutdown::Write);
}

/// Serves one client connection.
fn connection(mut client: TcpStream, inner: SocketAddr, token: &str, hosts: &Hosts) {
    let _ = client.set_nodelay(true);
    let mut pending = Vec::new();
    for served in 1..=MAX_REQUESTS {
        let head = match read_head(&mut client, &mut pending) {
            Ok(head) => head,
            Err(Refusal::Closed) => return,
            Err(Refusal::Status(status, text)) => return refuse(&mut client, status, text),
        };
        if head.has_body() {
            return refuse(&mut client, 413, "Only GET and HEAD are supported.\n");
        }
        if !hosts.allows(head.header("Host")) {
            let text = "This preview answers only for localhost and its own addresses; \
                        to reach it under another name, start it with --allow-host NAME.\n";
            return refuse(&mut client, 403, text);
        }
        let keep = head.keep_alive() && served < MAX_REQUESTS;
        if !forward(&mut client, &head, keep, inner, token) || !keep {
            let _ = client.shutdown(Shutdown::Both);
            return;
        }
    }
}

/// Hands one request to tiny_http and its answer to the client; `false` when the connection
/// cannot go on.
fn forward(
    client: &mut TcpStream,
    head: &Head,
    keep: bool,
    inner: SocketAddr,
    token: &str,
) -> bool {
    let Ok(mut server) = TcpStream::connect(inner) else {
        refuse(client, 503, "The preview is stopping.\n");
        return false;
    };
    let _ = server.set_nodelay(true);
    let _ = server.set_read_timeout(Some(ANSWER_DEADLINE));
    if server.write_all(&head.forwarded(token)).is_err() {
        return false;
    }
    // The answer's head, then either the whole answer (tiny_http closes after it) or, for an
    // event stream, a copy that lasts as long as the stream.
    let mut answer = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let (end, body_start) = loop {
        if let Some(found) = head_end(&answer) {
            break found;
        }
        match server.read(&mut chunk) {
            Ok(0) | Err(_) => return false,
            Ok(read) => answer.extend_from_slice(&chunk[..read]),
        }
    };
    let Ok(answer_head) = std::str::from_utf8(&answer[..end]) else {
        return false;
    };
    let streaming = answer_head.lines().any(|l| {
        l.to_ascii_lowercase()
            .starts_with("content-type: text/event-stream")
    });
    let mut new_head: String = answer_head
        .split("\r\n")
        .filter(|l| !l.to_ascii_lowercase().starts_with("connection:"))
        .map(|l| format!("{l}\r\n"))
        .collect();
    let keep = keep && !streaming;
    new_head.push_str(if keep {
        "Connection: keep-alive\r\n\r\n"
    } else {
        "Connection: close\r\n\r\n"
    });
    if streaming {
        let mut first = new_head.into_bytes();
        first.extend_from_slice(&answer[body_start..]);
        if write_within(client, &first).is_err() {
            return false;
        }
        let _ = server.set_read_timeout(None);
        loop {
            match server.read(&mut chunk) {
                Ok(0) | Err(_) => return false,
                Ok(read) => {
                    if write_within(client, &chunk[..read]).is_err() {
                        return false;
                    }
                }
            }
        }
    }
    // Sized up front, so that a large file is one allocation, given back whole when done.
    let length = answer_head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    let mut body = Vec::with_capacity(length);
    body.extend_from_slice(&answer[body_start..]);
    drop(answer);
    if server.read_to_end(&mut body).is_err() {
        return false;
    }
    drop(server);
    write_within(client, new_head.as_bytes()).is_ok() && write_within(client, &body).is_ok()
}

/// Writes `bytes` to the client, giving up when a write blocks longer than the deadline or the
/// whole takes longer than the deadline and a second per megabyte.
fn write_within(client: &mut TcpStream, bytes: &[u8]) -> std::io::Result<()> {
    let deadline = Instant::now() + WRITE_DEADLINE + Duration::from_secs(bytes.len() as u64 >> 20);
    for part in bytes.chunks(64 * 1024) {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        client.set_write_timeout(Some(left.min(WRITE_DEADLINE)))?;
        client.write_all(part)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts() -> Hosts {
        Hosts {
            port: 1111,
            interface: "127.0.0.1".parse().unwrap(),
            names: vec!["preview.test".into()],
        }
    }

    #[test]
    fn only_hosts_naming_this_server_are_allowed() {
        let hosts = hosts();
        for host in [
            "localhost",
            "localhost:1111",
            "LOCALHOST:1111",
            "127.0.0.1:1111",
            "127.0.0.2",
            "[::1]:1111",
            "[::1]",
            "app.localhost:1111",
            "preview.test:1111",
            "192.168.1.20:1111",
        ] {
            assert!(hosts.allows(Some(host)), "{host}");
        }
        assert!(hosts.allows(None));
        for host in [
            "evil.example",
            "evil.example:1111",
            "localhost:2222",
            "localhost.evil.example",
            "127.0.0.1.nip.io:1111",
            "",
        ] {
            assert!(!hosts.allows(Some(host)), "{host}");
        }
    }

    #[test]
    fn heads_are_parsed_and_forwarded_with_the_token_and_one_connection() {
        let head = parse_head(
            b"GET /a HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\nX-Accord-Guard: guess",
        )
        .unwrap();
        assert!(head.keep_alive() && !head.has_body());
        let forwarded = String::from_utf8(head.forwarded("t0k")).unwrap();
        assert_eq!(
            forwarded,
            "GET /a HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Accord-Guard: t0k\r\n\r\n"
        );
        assert!(parse_head(b"GET /a HTTP/1.1\r\n folded: header").is_err());
        assert!(parse_head(b"GET /a HTTP/1.1\r\nBad Name: x").is_err());
        let old = parse_head(b"GET / HTTP/1.0\nContent-Length: 5").unwrap();
        assert!(!old.keep_alive() && old.has_body());
    }

    #[test]
    fn heads_end_at_a_blank_line() {
        assert_eq!(head_end(b"GET / HTTP/1.1\r\n\r\nnext"), Some((14, 18)));
        assert_eq!(head_end(b"GET / HTTP/1.1\n\nnext"), Some((14, 16)));
        assert_eq!(head_end(b"GET / HTTP/1.1\r\nHost: x\r\n"), None);
    }
}
