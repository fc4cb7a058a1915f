//! `accord serve`: builds the site in memory, serves it, rebuilds on every change of its sources
//! and reloads the open pages (issue 4).
//!
//! The pieces, one job each: [`path`] turns request targets into keys of the in-memory site,
//! [`http`] answers requests, [`snapshot`] holds the site being served, [`rebuild`] rebuilds it
//! and decides what open pages must do, [`reload`] tells them over Server-Sent Events, and
//! [`watch`] notices changes.
//!
//! tiny_http is dormant, so the server binds to localhost unless told otherwise, answers on a
//! small fixed pool of workers, and hands event streams to the reload hub at once.

pub mod guard;
pub mod http;
pub mod path;
pub mod rebuild;
pub mod reload;
pub mod snapshot;
pub mod watch;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use rebuild::{Rebuilder, Settings};
use reload::Hub;
use snapshot::Current;
use watch::{Signal, Watch};

/// Request workers: enough for a browser's parallel fetches; event streams never hold one.
const WORKERS: usize = 4;

/// How many ports after a taken one are tried.
const PORT_TRIES: u16 = 50;

/// The niceness of the thread that makes the search index (the lowest priority): on Linux,
/// where a thread's own priority can be set.
#[cfg(target_os = "linux")]
const SEARCH_NICENESS: i32 = 19;

/// Arguments of `accord serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The site's folder (holding site.yaml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The address to listen on; the default keeps the preview private to this machine.
    #[arg(long, default_value = "127.0.0.1")]
    pub interface: IpAddr,
    /// The port, which must be free; without it, 1111 or the next free port. 0 lets the
    /// system choose.
    #[arg(long)]
    pub port: Option<u16>,
    /// Open the site in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Also build pages marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
    /// Overrides base_url from site.yaml; its path (`/sub/`) is where the site is served.
    #[arg(long)]
    pub base_url: Option<String>,
    /// Also answer requests for this host name (besides localhost and IP addresses); repeat
    /// for more names.
    #[arg(long = "allow-host", value_name = "NAME")]
    pub allow_hosts: Vec<String>,
}

/// Everything [`start`] needs.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// The site's folder.
    pub root: PathBuf,
    /// The address to listen on.
    pub interface: IpAddr,
    /// The port wanted (0: any free port).
    pub port: u16,
    /// Whether only that port will do (it was asked for); otherwise the next free one is taken.
    pub exact_port: bool,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    /// Whether drafts are built.
    pub drafts: bool,
    /// How long sources must be quiet before a rebuild: long enough to merge an editor's save
    /// or a `git checkout` into one rebuild, short enough to stay unnoticed.
    pub debounce: Duration,
    /// How often idle event streams get a keep-alive comment (which also finds closed tabs).
    pub keep_alive: Duration,
    /// Whether builds and rebuilds are reported on the terminal.
    pub log: bool,
    /// Host names answered besides localhost and IP addresses (see [`guard::Hosts`]).
    pub allow_hosts: Vec<String>,
}

impl ServeConfig {
    /// The defaults of `accord serve` for the site at `root`.
    pub fn new(root: impl Into<PathBuf>) -> ServeConfig {
        ServeConfig {
            root: root.into(),
            interface: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 1111,
            exact_port: false,
            base_url: None,
            drafts: false,
            debounce: Duration::from_millis(5),
            keep_alive: Duration::from_secs(15),
            log: false,
            allow_hosts: Vec::new(),
        }
    }
}

/// A running server; dropping it stops it.
pub struct ServerHandle {
    address: SocketAddr,
    prefix: String,
    server: Arc<tiny_http::Server>,
    guard: guard::Guard,
    hub: Arc<Hub>,
    signals: Sender<Signal>,
    stopping: Arc<AtomicBool>,
    workers: Vec<JoinHandle<()>>,
    rebuilder: Option<JoinHandle<()>>,
    rebuilds: Arc<AtomicUsize>,
}

impl std::fmt::Debug for ServerHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerHandle")
            .field("address", &self.address)
            .field("prefix", &self.prefix)
            .field("hub", &self.hub)
            .finish()
    }
}

impl ServerHandle {
    /// The port listened on.
    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// The address listened on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The URL of the site's home page.
    pub fn url(&self) -> String {
        let host = match self.address.ip() {
            ip if ip.is_unspecified() => "localhost".to_string(),
            IpAddr::V6(ip) => format!("[{ip}]"),
            IpAddr::V4(ip) => ip.to_string(),
        };
        format!("http://{host}:{}{}", self.address.port(), self.prefix)
    }

    /// The number of open live-reload connections.
    pub fn live_connections(&self) -> usize {
        self.hub.clients()
    }

    /// The number of rebuilds since the start (the first build not counted).
    pub fn rebuilds(&self) -> usize {
        self.rebuilds.load(Ordering::SeqCst)
    }

    /// Stops watching, closes the live-reload connections and stops answering.
    pub fn shutdown(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        if self.stopping.swap(true, Ordering::SeqCst) {
            return;
        }
        self.guard.stop();
        let _ = self.signals.send(Signal::Stop);
        if let Some(thread) = self.rebuilder.take() {
            let _ = thread.join();
        }
        for _ in &self.workers {
            self.server.unblock();
        }
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
        self.hub.stop();
    }
}

impl Drop for ServerHandle {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Builds the site, starts serving it and watching it. A site that does not build still starts
/// (its pages show the error until it is fixed); only a port or a watch that cannot be had is
/// an error.
pub fn start(config: ServeConfig) -> std::io::Result<ServerHandle> {
    let root = std::fs::canonicalize(&config.root)?;
    let settings = Settings {
        root: root.clone(),
        base_url: config.base_url.clone(),
        drafts: config.drafts,
        log: config.log,
    };
    let listener = bind(config.interface, config.port, config.exact_port, config.log)?;
    let address = listener.local_addr()?;
    // Watch before the first build, so that an edit made while it runs is not lost.
    let (signals, receiver) = mpsc::channel();
    let mut watch =
        Watch::start(&root, config.debounce, signals.clone()).map_err(std::io::Error::other)?;
    warn(config.log, watch.refresh(&[], false));
    let rebuild::FirstBuild {
        snapshot,
        error,
        state,
    } = rebuild::first_build(&settings);
    let prefix = snapshot.prefix.clone();
    let failing = error.is_some();
    let hub = Arc::new(Hub::start(snapshot.generation, error, config.keep_alive)?);
    let current = Arc::new(Current::new(snapshot));
    // tiny_http answers on a private loopback port, behind the guard (see [`guard`]).
    let private = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
    let _ = socket2::SockRef::from(&private).set_tcp_nodelay(true);
    let private_address = private.local_addr()?;
    let server =
        Arc::new(tiny_http::Server::from_listener(private, None).map_err(std::io::Error::other)?);
    let token = guard::new_token();
    let hosts = guard::Hosts {
        port: address.port(),
        interface: config.interface,
        names: config.allow_hosts.clone(),
    };
    let guard = guard::Guard::start(listener, private_address, token.clone(), hosts)?;
    let stopping = Arc::new(AtomicBool::new(false));
    let context = http::Context {
        current: current.clone(),
        hub: hub.clone(),
        token: token.into(),
    };
    let mut workers = Vec::new();
    for index in 0..WORKERS {
        let server = server.clone();
        let context = context.clone();
        let stopping = stopping.clone();
        workers.push(
            std::thread::Builder::new()
                .name(format!("accord-http-{index}"))
                .spawn(move || loop {
                    match server.recv() {
                        Ok(request) => http::handle(request, &context),
                        Err(_) if stopping.load(Ordering::SeqCst) => break,
                        Err(_) => continue,
                    }
                })?,
        );
    }
    let rebuilder = Rebuilder::new(settings, current, hub.clone(), failing, state);
    let rebuilds = Arc::new(AtomicUsize::new(0));
    let rebuilder = std::thread::Builder::new()
        .name("accord-rebuild".into())
        .spawn({
            let rebuilds = rebuilds.clone();
            let signals = signals.clone();
            move || rebuild_loop(receiver, signals, watch, rebuilder, &rebuilds, config.log)
        })?;
    Ok(ServerHandle {
        address,
        prefix,
        server,
        guard,
        hub,
        signals,
        stopping,
        workers,
        rebuilder: Some(rebuilder),
        rebuilds,
    })
}

/// Rebuilds once for every burst of changes: whatever arrived during a rebuild is merged into
/// the next one.
///
/// The search index, which takes seconds on a large site, is built on a thread of its own after
/// the pages are served, and comes back as [`Signal::Search`]; a change that arrives meanwhile
/// cancels it, so that it never delays the next edit's pages.
fn rebuild_loop(
    signals: Receiver<Signal>,
    sender: Sender<Signal>,
    mut watch: Watch,
    mut rebuilder: Rebuilder,
    rebuilds: &AtomicUsize,
    log: bool,
) {
    let mut indexing: Option<Arc<AtomicBool>> = None;
    let cancel = |indexing: &mut Option<Arc<AtomicBool>>| {
        if let Some(cancelled) = indexing.take() {
            cancelled.store(true, Ordering::SeqCst);
        }
    };
    while let Ok(signal) = signals.recv() {
        let mut paths = Vec::new();
        let mut everything = false;
        let mut changed = false;
        for signal in std::iter::once(signal).chain(signals.try_iter()) {
            match signal {
                Signal::Changed(list) => {
                    paths.extend(list);
                    changed = true;
                }
                Signal::Rescan => {
                    everything = true;
                    changed = true;
                }
                // An index made for an older state of the site is refused there.
                Signal::Search(index) => {
                    if rebuilder.finish_search(index) && log {
                        println!("Search index updated");
                    }
                }
                Signal::Stop => {
                    cancel(&mut indexing);
                    return;
                }
            }
        }
        if !changed {
            continue;
        }
        cancel(&mut indexing);
        warn(log, watch.refresh(&paths, everything));
        let (_, job) = rebuilder.rebuild(&paths, everything);
        rebuilds.fetch_add(1, Ordering::SeqCst);
        if let Some(job) = job {
            let cancelled = Arc::new(AtomicBool::new(false));
            indexing = Some(cancelled.clone());
            let sender = sender.clone();
            // Without the thread the index stays as it was until the next change: only the
            // search page is behind, so that is not worth stopping the server for.
            let _ = std::thread::Builder::new()
                .name("accord-search-index".into())
                .spawn(move || {
                    // Work for later: the next edit's rebuild, on the same cores, goes first.
                    // Threads the index starts (Pagefind's) inherit the priority.
                    #[cfg(target_os = "linux")]
                    let _ = rustix::process::setpriority_process(None, SEARCH_NICENESS);
                    match job.run(&|| cancelled.load(Ordering::SeqCst)) {
                        Ok(Some(index)) => {
                            let _ = sender.send(Signal::Search(index));
                        }
                        Ok(None) => {}
                        // The pages are served; only search is behind, as it is said.
                        Err(error) => eprintln!("warning: {error}"),
                    }
                });
        }
    }
}

fn warn(log: bool, problems: Vec<String>) {
    if log {
        for problem in problems {
            eprintln!("warning: {problem}");
        }
    }
}

/// Binds `port`, or the next free one when it is taken and any port will do (`exact` false).
fn bind(interface: IpAddr, port: u16, exact: bool, log: bool) -> std::io::Result<TcpListener> {
    let mut candidate = port;
    loop {
        match TcpListener::bind((interface, candidate)) {
            Ok(listener) => {
                // tiny_http writes a response in several small writes and never sets
                // TCP_NODELAY, so Nagle's algorithm meets the client's delayed ACK and every
                // kept-alive response waits ~40 ms. Accepted sockets inherit the option from the
                // listener (Linux, the BSDs, Windows); where one does not, only speed suffers.
                let _ = socket2::SockRef::from(&listener).set_tcp_nodelay(true);
                if candidate != port && log {
                    println!("Port {port} is in use; using port {candidate} instead.");
                }
                return Ok(listener);
            }
            Err(error)
                if error.kind() == std::io::ErrorKind::AddrInUse
                    && !exact
                    && port != 0
                    && candidate < u16::MAX
                    && candidate - port < PORT_TRIES =>
            {
                candidate += 1;
            }
            Err(error) => return Err(error),
        }
    }
}

/// Runs the preview server until Ctrl-C.
pub fn run(args: ServeArgs) -> ExitCode {
    let mut config = ServeConfig::new(&args.root);
    config.interface = args.interface;
    config.port = args.port.unwrap_or(1111);
    config.exact_port = args.port.is_some();
    config.base_url = args.base_url;
    config.drafts = args.drafts;
    config.allow_hosts = args.allow_hosts;
    config.log = true;
    let (stop, stopped) = mpsc::channel();
    let presses = AtomicUsize::new(0);
    if let Err(error) = ctrlc::set_handler(move || {
        // A second Ctrl-C does not wait for a clean stop (of a long rebuild, say).
        if presses.fetch_add(1, Ordering::SeqCst) > 0 {
            std::process::exit(130);
        }
        let _ = stop.send(());
    }) {
        eprintln!("error: cannot catch Ctrl-C: {error}");
        return ExitCode::FAILURE;
    }
    let handle = match start(config) {
        Ok(handle) => handle,
        Err(error) if error.kind() == std::io::ErrorKind::AddrInUse => {
            eprintln!(
                "error: port {} of {} is in use by another program\n  help: pass another --port, or leave --port out to take the next free port",
                args.port.unwrap_or(1111),
                args.interface,
            );
            return ExitCode::FAILURE;
        }
        Err(error) => {
            eprintln!(
                "error: cannot serve {} on {}:{}: {error}",
                args.root.display(),
                args.interface,
                args.port.unwrap_or(1111)
            );
            return ExitCode::FAILURE;
        }
    };
    println!("Serving the site at {}", handle.url());
    if !args.interface.is_loopback() {
        println!(
            "Listening on {}: other machines on the network can see it.",
            args.interface
        );
    }
    println!("Watching for changes; press Ctrl-C to stop.");
    if args.open {
        open_browser(&handle.url());
    }
    let _ = stopped.recv();
    println!("Stopping.");
    handle.shutdown();
    ExitCode::SUCCESS
}

/// Opens `url` in the default browser. The opener's own messages (xdg-open prints several when
/// there is no browser) are hidden and replaced by one line; it is waited for on a thread of its
/// own, so that it never lingers as a defunct process.
fn open_browser(url: &str) {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut command = std::process::Command::new("cmd");
        command.args(["/C", "start", ""]);
        command
    } else {
        std::process::Command::new("xdg-open")
    };
    command
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let url = url.to_string();
    let waiting = std::thread::Builder::new()
        .name("accord-open".into())
        .spawn(move || {
            let opened = command.status().is_ok_and(|status| status.success());
            if !opened {
                eprintln!("No browser could be opened here; open {url} yourself.");
            }
        });
    if waiting.is_err() {
        eprintln!("No browser could be opened here; open the address above yourself.");
    }
}
