//! Live reload: the Server-Sent Events hub and the script injected into served pages.
//!
//! One thread owns every open event stream and writes each event to all of them, so that
//! request workers never block on a slow browser tab; a stream whose write or flush fails (its
//! tab closed) is dropped there. A keep-alive comment is written periodically so that closed
//! tabs are noticed even when nothing changes.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The path of the event stream, relative to the site's prefix (and also at the domain root).
pub const EVENTS_PATH: &str = "__accord/events";

/// The script, with its configuration read from its own `<script>` element's attributes.
const SCRIPT: &str = include_str!("live.js");

/// The most event streams held at once; a further tab is answered 503 and its EventSource
/// retries later, so a runaway client cannot exhaust threads or sockets.
pub const MAX_CLIENTS: usize = 512;

/// What changed, as told to every open page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Pages changed: reload. Carries the new build's generation.
    Reload(u64),
    /// Only stylesheets changed: swap them in place. Carries the generation and the URL paths.
    Css(u64, Vec<String>),
    /// The rebuild failed: show the report over the page (the last good site stays served).
    Error(String),
}

/// The generation as written into pages and events: fixed width, so that pages of two builds
/// that differ only in it have the same length.
pub fn generation_text(generation: u64) -> String {
    format!("{generation:016x}")
}

/// The HTML injected before `</body>` of every page built for serving.
pub fn snippet(generation: u64, prefix: &str) -> String {
    format!(
        "<script data-accord-build=\"{}\" data-accord-events=\"{}\">{}</script>",
        generation_text(generation),
        crate::render::escape::escaped(&format!("{prefix}{EVENTS_PATH}")),
        SCRIPT
    )
}

enum Message {
    Add(Box<dyn Write + Send>),
    Change(Change),
    Stop,
}

/// The hub: hands new event streams and changes to the broadcasting thread.
pub struct Hub {
    sender: Mutex<Sender<Message>>,
    clients: Arc<AtomicUsize>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for Hub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hub")
            .field("clients", &self.clients())
            .finish()
    }
}

impl Hub {
    /// Starts the broadcasting thread. `generation` and `error` describe the site being served,
    /// told to every page that connects (so that a page that missed a change still catches up).
    pub fn start(
        generation: u64,
        error: Option<String>,
        keep_alive: Duration,
    ) -> std::io::Result<Hub> {
        let (sender, receiver) = mpsc::channel();
        let clients = Arc::new(AtomicUsize::new(0));
        let count = clients.clone();
        let thread = std::thread::Builder::new()
            .name("accord-sse".into())
            .spawn(move || {
                let mut state = Broadcaster {
                    generation,
                    error,
                    streams: Vec::new(),
                    count,
                };
                let mut next_ping = Instant::now() + keep_alive;
                loop {
                    let wait = next_ping.saturating_duration_since(Instant::now());
                    match receiver.recv_timeout(wait) {
                        Ok(Message::Add(stream)) => state.add(stream),
                        Ok(Message::Change(change)) => state.change(change),
                        Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => break,
                        Err(RecvTimeoutError::Timeout) => {
                            state.send_all(b": keep-alive\n\n");
                            next_ping = Instant::now() + keep_alive;
                        }
                    }
                }
                state.streams.clear();
                state.count.store(0, Ordering::SeqCst);
            })?;
        Ok(Hub {
            sender: Mutex::new(sender),
            clients,
            thread: Mutex::new(Some(thread)),
        })
    }

    /// Takes over the raw connection of an EventSource request (its status line not yet written).
    pub fn add(&self, stream: Box<dyn Write + Send>) {
        self.send(Message::Add(stream));
    }

    /// Tells every open page about a change.
    pub fn broadcast(&self, change: Change) {
        self.send(Message::Change(change));
    }

    /// The number of open event streams.
    pub fn clients(&self) -> usize {
        self.clients.load(Ordering::SeqCst)
    }

    /// Closes every stream and stops the thread.
    pub fn stop(&self) {
        self.send(Message::Stop);
        let thread = self
            .thread
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        if let Some(thread) = thread {
            let _ = thread.join();
        }
    }

    fn send(&self, message: Message) {
        // A send fails only once the thread has stopped, when there is nobody left to tell.
        let _ = self
            .sender
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .send(message);
    }
}

struct Broadcaster {
    generation: u64,
    error: Option<String>,
    streams: Vec<Box<dyn Write + Send>>,
    count: Arc<AtomicUsize>,
}

impl Broadcaster {
    fn add(&mut self, mut stream: Box<dyn Write + Send>) {
        if self.streams.len() >= MAX_CLIENTS {
            let _ = stream.write_all(
                b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
            return;
        }
        let mut greeting = String::from(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n\
             Connection: keep-alive\r\nX-Accel-Buffering: no\r\n\r\nretry: 500\n\n",
        );
        greeting.push_str(&event("hello", &generation_text(self.generation)));
        if let Some(report) = &self.error {
            greeting.push_str(&event("error", report));
        }
        // Counted before the greeting is written, so that whoever has read it sees the count.
        self.count.store(self.streams.len() + 1, Ordering::SeqCst);
        if write_event(&mut stream, greeting.as_bytes()) {
            self.streams.push(stream);
        }
        self.count.store(self.streams.len(), Ordering::SeqCst);
    }

    fn change(&mut self, change: Change) {
        let text = match change {
            Change::Reload(generation) => {
                self.generation = generation;
                self.error = None;
                event("reload", &generation_text(generation))
            }
            Change::Css(generation, files) => {
                self.generation = generation;
                self.error = None;
                let data = serde_json::json!({
                    "build": generation_text(generation),
                    "files": files,
                });
                event("css", &data.to_string())
            }
            Change::Error(report) => {
                let text = event("error", &report);
                self.error = Some(report);
                text
            }
        };
        self.send_all(text.as_bytes());
    }

    fn send_all(&mut self, bytes: &[u8]) {
        self.streams.retain_mut(|stream| write_event(stream, bytes));
        self.count.store(self.streams.len(), Ordering::SeqCst);
    }
}

/// Writes and flushes; `false` when the tab is gone.
fn write_event(stream: &mut Box<dyn Write + Send>, bytes: &[u8]) -> bool {
    stream.write_all(bytes).is_ok() && stream.flush().is_ok()
}

/// One SSE event; a multi-line payload becomes several `data:` lines, which EventSource joins
/// back with newlines.
pub fn event(name: &str, data: &str) -> String {
    let mut out = format!("event: {name}\n");
    // EventSource ends a line at CR, LF or CRLF: a lone CR left in an author's text (an error
    // message quoting it) would otherwise start a line of its own, such as `event: reload`.
    let mut lines: Vec<&str> = data
        .split("\r\n")
        .flat_map(|l| l.split(['\r', '\n']))
        .collect();
    // A final line break ends the last line rather than starting an empty one.
    if lines.len() > 1 && lines.last() == Some(&"") {
        lines.pop();
    }
    for line in lines {
        out.push_str("data: ");
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_carriage_return_cannot_start_a_line_of_its_own() {
        let injected = event("error", "bad\revent: reload\r\ndata: x\nend");
        assert_eq!(
            injected,
            "event: error\ndata: bad\ndata: event: reload\ndata: data: x\ndata: end\n\n"
        );
    }

    #[test]
    fn multi_line_data_is_split_into_data_lines() {
        assert_eq!(
            event("error", "one\r\ntwo"),
            "event: error\ndata: one\ndata: two\n\n"
        );
        assert_eq!(event("reload", ""), "event: reload\ndata: \n\n");
    }

    #[test]
    fn snippets_of_two_builds_have_the_same_length() {
        assert_eq!(snippet(1, "/").len(), snippet(u64::MAX, "/").len());
        assert!(!snippet(1, "/").contains("</body>"));
    }
}
