//! `shanfang-check serve`: the validator as an HTTP/1.1 service, for a
//! portal's back end (Java, Node, Python) to re-validate what its page
//! accepted. The same reader and rules as the CLI, so the same JSON text
//! gets the same report:
//!
//! - `POST /v1/validate` (`?lang=zh|en&promote=…&today=YYYY-MM-DD`): one
//!   filing as JSON text → 200 with the CLI's report (`--format json`); 400
//!   `{"error": "…"}` for text that is not JSON or not an object; 413 past
//!   `--max-body`; 415 for a content type that is not JSON. With
//!   `Content-Type: application/x-ndjson`, one filing per line, answered
//!   with one record per line as each line is read (`{"line": N, …report}`
//!   or `{"line": N, "error": "…"}`, as `--jsonl --format json` writes them).
//! - `GET /v1/rules?lang=`, `GET /v1/schema` (`/v1/schema/canonical`),
//!   `GET /healthz`, `GET /readyz`; with `--www DIR`, the filing form
//!   beside the API.
//!
//! Connections are bounded (`--max-connections`: further clients wait in
//! the listen queue); a request must arrive whole within
//! `--request-timeout`, and an idle connection is closed after
//! `--idle-timeout`, so slow clients cannot starve the others. A request
//! refused before its body was read is answered at once and its body then
//! read and thrown away (bounded), so clients that send their whole body
//! first read the refusal. Every request is logged on stderr (method, path,
//! status, duration: never the body, which holds names and phones), through
//! a bounded buffer that a stuck stderr cannot turn into a stuck service.
//! SIGTERM or SIGINT first drains (`--drain`: `/readyz` answers 503 while
//! everything else is served as before, so a balancer that probes it stops
//! sending new requests), then stops accepting and finishes the requests in
//! flight (at most `--shutdown-grace`); a second signal ends the drain.

use std::convert::Infallible;
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Body, Frame, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, Notify, Semaphore};

use shanfang_core::formats::Date;
use shanfang_core::report::{Lang, Options, Promote};

const NAME: &str = "shanfang-check serve";

const USAGE: &str = "\
Usage: shanfang-check serve [OPTIONS]

Serves the validator over HTTP/1.1 (README: \"Server-side re-validation\"):
  POST /v1/validate        one filing (application/json) → its report;
                           application/x-ndjson: one filing per line → one
                           record per line, streamed
                           query: lang=zh|en, promote=all|CLAUSE,…, today=YYYY-MM-DD
  GET  /v1/rules?lang=     the rule catalogue
  GET  /v1/schema          the JSON Schema of the input (/v1/schema/canonical: of a stored filing)
  GET  /healthz            200 while the service runs
  GET  /readyz             200 while it takes new requests; 503 from SIGTERM on

Options:
  --listen ADDR             address to listen on (default 127.0.0.1:8790;
                            port 0 picks a free one, printed on stderr)
  --max-body SIZE           the largest request body, or NDJSON line
                            (default 1MiB; K, KiB, M, MiB accepted): 413
  --max-connections N       connections served at once (default 256);
                            more wait to be accepted
  --request-timeout SECS    a request's body must arrive within this
                            (default 10): 408; a refused request's body
                            is read and thrown away (at most 64 MiB)
                            within this too, so that its client reads
                            the refusal
  --idle-timeout SECS       a connection with no request for this long, or
                            sending its headers slower, is closed (default 30)
  --threads N               worker threads (default: one per core)
  --drain SECS              on SIGTERM or SIGINT, how long to go on serving
                            with /readyz answering 503, so that a balancer
                            probing it stops sending requests first
                            (default 0; behind a balancer, a few of its
                            probe intervals)
  --shutdown-grace SECS     then how long requests in flight may take to
                            finish (default 30)
  --www DIR                 also serve the files of DIR (the filing form):
                            gzipped for clients that take it, each with
                            an ETag (304 when the client has it)
  --quiet                   no access log (stderr, through a 1 MiB
                            buffer: lines past it are dropped and counted)
  -h, --help                print this help and exit
";

/// What `serve` runs with.
#[derive(Clone, Debug)]
pub struct Config {
    pub listen: String,
    pub max_body: usize,
    pub max_connections: usize,
    pub request_timeout: Duration,
    pub idle_timeout: Duration,
    pub threads: usize,
    pub shutdown_grace: Duration,
    /// From SIGTERM, how long to go on serving with `/readyz` at 503.
    pub drain: Duration,
    pub www: Option<PathBuf>,
    pub access_log: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: "127.0.0.1:8790".into(),
            max_body: 1 << 20,
            max_connections: 256,
            request_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(30),
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            shutdown_grace: Duration::from_secs(30),
            drain: Duration::ZERO,
            www: None,
            access_log: true,
        }
    }
}

enum Parsed {
    Run(Config),
    Help,
}

fn parse_args(argv: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Parsed, String> {
    let mut c = Config::default();
    let mut argv = argv.into_iter();
    let secs = |name: &str, v: String| -> Result<Duration, String> {
        v.trim()
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s > 0.0 && *s < 1e6)
            .map(Duration::from_secs_f64)
            .ok_or_else(|| format!("{name} takes a number of seconds, not {v:?}"))
    };
    let count = |name: &str, v: String| -> Result<usize, String> {
        v.trim()
            .parse::<usize>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| format!("{name} takes a positive number, not {v:?}"))
    };
    while let Some(arg) = argv.next() {
        let arg = arg.into_string().map_err(|a| format!("unknown argument {:?}", a.to_string_lossy()))?;
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = || -> Result<String, String> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => argv
                    .next()
                    .ok_or_else(|| format!("option {name} needs a value"))?
                    .into_string()
                    .map_err(|_| format!("the value of {name} is not valid UTF-8")),
            }
        };
        match name.as_str() {
            "--listen" => c.listen = value()?,
            "--max-body" => c.max_body = crate::cli::parse_size(&value()?).map_err(|e| format!("--max-body: {e}"))?,
            "--max-connections" => c.max_connections = count("--max-connections", value()?)?,
            "--request-timeout" => c.request_timeout = secs("--request-timeout", value()?)?,
            "--idle-timeout" => c.idle_timeout = secs("--idle-timeout", value()?)?,
            "--threads" => c.threads = count("--threads", value()?)?,
            "--shutdown-grace" => c.shutdown_grace = secs("--shutdown-grace", value()?)?,
            // 0 is allowed: no drain, as without the option.
            "--drain" => {
                let v = value()?;
                c.drain = if v.trim() == "0" { Duration::ZERO } else { secs("--drain", v)? };
            }
            "--www" => {
                let dir = PathBuf::from(value()?);
                if !dir.is_dir() {
                    return Err(format!("--www: {} is not a directory", dir.display()));
                }
                c.www = Some(dir.canonicalize().map_err(|e| format!("--www: {e}"))?);
            }
            "--quiet" if inline.is_none() => c.access_log = false,
            "-h" | "--help" if inline.is_none() => return Ok(Parsed::Help),
            _ => return Err(format!("unknown option {name:?}")),
        }
    }
    Ok(Parsed::Run(c))
}

/// `shanfang-check serve …`: exit 0 after a graceful shutdown, 2 on a
/// usage error or when the address cannot be bound.
pub fn main(argv: impl IntoIterator<Item = std::ffi::OsString>) -> ExitCode {
    let config = match parse_args(argv) {
        Ok(Parsed::Run(c)) => c,
        Ok(Parsed::Help) => {
            let _ = std::io::stdout().write_all(USAGE.as_bytes());
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("{NAME}: {msg}\nTry 'shanfang-check serve --help' for more information.");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(config.threads).enable_all().build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("{NAME}: cannot start: {e}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(run(config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("{NAME}: {msg}");
            ExitCode::from(2)
        }
    }
}

struct Service {
    config: Config,
    /// stderr, through its bounded buffer.
    log: Arc<Log>,
    /// What the GET endpoints answer, made once at start-up (a clone of
    /// `Bytes` is a reference count).
    schema: Bytes,
    canonical_schema: Bytes,
    rules_zh: Bytes,
    rules_en: Bytes,
    /// SIGTERM came: `/readyz` answers 503 (the drain).
    draining: std::sync::atomic::AtomicBool,
    /// The files of `--www` as served (bytes, gzipped bytes, ETag), by path,
    /// each made once and made again when the file changes.
    files: std::sync::Mutex<std::collections::HashMap<PathBuf, Arc<Served>>>,
}

/// A file of `--www` as it is sent: read and compressed once, not per request.
struct Served {
    /// What the file was when read: its length and modification time.
    len: u64,
    modified: Option<SystemTime>,
    kind: &'static str,
    bytes: Bytes,
    /// Gzipped (level 9), when the type compresses and it saves a tenth.
    gzip: Option<Bytes>,
    /// Brotli (quality 11), beside the gzip: 18% fewer bytes than it over the
    /// served page's files (bench/README.md, round 14).
    brotli: Option<Bytes>,
    /// A strong validator: a hash of the bytes (`If-None-Match` → 304).
    etag: HeaderValue,
    /// An HTML file's Content-Security-Policy, naming its inline scripts.
    policy: Option<HeaderValue>,
}

/// The policy of a page of `--www`: its own files only, the module compiled
/// (`wasm-unsafe-eval`, not `unsafe-eval`), and of inline scripts only the
/// ones the page carries, each by its SHA-256. Images may be `data:` or
/// `blob:` (a photo chosen on the device, never uploaded).
fn page_policy(html: &[u8]) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let mut scripts = String::new();
    for body in inline_scripts(html) {
        let digest = sha2::Sha256::digest(body);
        scripts.push_str(" 'sha256-");
        scripts.push_str(&base64::engine::general_purpose::STANDARD.encode(digest));
        scripts.push('\'');
    }
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{scripts}; style-src 'self'; \
         img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
    )
}

/// The text of each `<script>` without a `src`, byte for byte as the
/// browser hashes it (between the tag's `>` and `</script>`).
fn inline_scripts(html: &[u8]) -> Vec<&[u8]> {
    let lower = html.to_ascii_lowercase();
    let find = |from: usize, what: &[u8]| lower[from..].windows(what.len()).position(|w| w == what).map(|i| from + i);
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(open) = find(at, b"<script") {
        let Some(tag_end) = find(open, b">") else { break };
        let Some(close) = find(tag_end, b"</script") else { break };
        let tag = &lower[open..tag_end];
        let has_src = tag.split(|b| b.is_ascii_whitespace()).any(|a| a.starts_with(b"src="));
        if !has_src {
            out.push(&html[tag_end + 1..close]);
        }
        at = close + 1;
    }
    out
}

/// A file whose name carries its content's hash (`app.3f2a9c1b.js`, as the
/// served build writes them): it never changes under that name, so a browser
/// may keep it a year without asking.
fn content_named(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() >= 3
        && parts[1..parts.len() - 1].iter().any(|p| p.len() >= 8 && p.bytes().all(|b| b.is_ascii_hexdigit()))
}

impl Served {
    fn new(bytes: Vec<u8>, kind: &'static str, len: u64, modified: Option<SystemTime>) -> Served {
        use std::hash::{Hash, Hasher};
        // SipHash with fixed keys: the same bytes give the same tag in
        // every process, so a restart does not invalidate the browsers' copies.
        let mut h = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut h);
        let etag = HeaderValue::from_str(&format!("\"{:016x}-{:x}\"", h.finish(), bytes.len()))
            .unwrap_or(HeaderValue::from_static("\"0\""));
        let compressible = kind.starts_with("text/")
            || kind.contains("json")
            || kind.contains("javascript")
            || kind == "application/wasm"
            || kind == "image/svg+xml";
        let gzip = (compressible && bytes.len() > 1024)
            .then(|| {
                let mut z =
                    flate2::write::GzEncoder::new(Vec::with_capacity(bytes.len() / 3), flate2::Compression::best());
                z.write_all(&bytes).ok()?;
                z.finish().ok()
            })
            .flatten()
            .filter(|z| z.len() < bytes.len() * 9 / 10)
            .map(Bytes::from);
        let policy = kind.starts_with("text/html").then(|| HeaderValue::from_str(&page_policy(&bytes)).ok()).flatten();
        let brotli = gzip
            .as_ref()
            .and_then(|gz| {
                let mut out = Vec::with_capacity(gz.len());
                let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
                brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).ok()?;
                (out.len() < gz.len()).then_some(out)
            })
            .map(Bytes::from);
        Served { len, modified, kind, bytes: bytes.into(), gzip, brotli, etag, policy }
    }
}

/// Whether the client takes `coding` (`Accept-Encoding: gzip`, not `gzip;q=0`).
fn takes(headers: &hyper::HeaderMap, coding_wanted: &str) -> bool {
    headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).any(
        |c| {
            let mut parts = c.split(';').map(str::trim);
            let coding = parts.next().unwrap_or("");
            let q0 =
                parts.any(|p| p.strip_prefix("q=").is_some_and(|q| q.trim().parse::<f32>().is_ok_and(|q| q == 0.0)));
            (coding.eq_ignore_ascii_case(coding_wanted) || coding == "*") && !q0
        },
    )
}

/// Accepts connections until SIGTERM or SIGINT, drains (`--drain`), then
/// lets the requests in flight finish.
pub async fn run(config: Config) -> Result<(), String> {
    let listener =
        TcpListener::bind(&config.listen).await.map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let addr: SocketAddr = listener.local_addr().map_err(|e| e.to_string())?;
    let log = Log::start(std::io::stderr());
    log.line(format_args!(
        "{NAME}: listening on http://{addr} ({} threads, at most {} connections)",
        config.threads, config.max_connections
    ));
    let service = Arc::new(Service {
        log,
        schema: Bytes::from_static(crate::schema::FILING.as_bytes()),
        canonical_schema: Bytes::from_static(crate::schema::CANONICAL.as_bytes()),
        rules_zh: (shanfang_core::catalogue::to_json(Lang::Zh) + "\n").into(),
        rules_en: (shanfang_core::catalogue::to_json(Lang::En) + "\n").into(),
        draining: false.into(),
        files: Default::default(),
        config,
    });
    let connections = Arc::new(Connections::default());
    let permits = Arc::new(Semaphore::new(service.config.max_connections));
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(service.config.idle_timeout).keep_alive(true);
    let accept =
        Accept { listener: &listener, permits: &permits, http: &http, connections: &connections, service: &service };
    let mut stop = std::pin::pin!(shutdown_signal());
    let signal = accept.until(&mut stop).await?;
    // The drain: still serving, but not ready, so that a probing balancer
    // takes this instance out before it stops accepting. A second signal
    // ends it.
    let drain = service.config.drain;
    if !drain.is_zero() {
        service.draining.store(true, std::sync::atomic::Ordering::Relaxed);
        service.log.line(format_args!("{NAME}: {signal}: draining for {drain:?} (/readyz answers 503)"));
        let mut again = std::pin::pin!(async {
            tokio::select! {
                s = shutdown_signal() => s,
                _ = tokio::time::sleep(drain) => "drained",
            }
        });
        accept.until(&mut again).await?;
    }
    // Everything from here, the last lines on stderr included, within the grace.
    let deadline = Instant::now() + service.config.shutdown_grace;
    drop(listener);
    service.log.line(format_args!("{NAME}: {signal}: finishing the requests in flight"));
    // Every connection is asked to close: an idle one at once, a busy one
    // after its request. All slots back means all closed.
    connections.close_all();
    let all = u32::try_from(service.config.max_connections).unwrap_or(u32::MAX);
    tokio::select! {
        _ = permits.acquire_many(all) => service.log.line(format_args!("{NAME}: stopped")),
        _ = tokio::time::sleep_until(deadline.into()) => service.log.line(format_args!(
            "{NAME}: stopped; requests still running after {:?} were cut",
            service.config.shutdown_grace
        )),
    };
    let log = service.log.clone();
    // A stuck stderr blocks only the log's own thread, which is not waited for.
    tokio::task::spawn_blocking(move || log.flush_until(deadline)).await.map_err(|e| e.to_string())?;
    Ok(())
}

/// The accept loop's parts, shared by the serving and the draining phase.
struct Accept<'a> {
    listener: &'a TcpListener,
    permits: &'a Arc<Semaphore>,
    http: &'a http1::Builder,
    connections: &'a Arc<Connections>,
    service: &'a Arc<Service>,
}

impl Accept<'_> {
    /// Accepts and serves connections until `stop` is ready; returns what it said.
    async fn until(
        &self,
        stop: &mut (impl std::future::Future<Output = &'static str> + Unpin),
    ) -> Result<&'static str, String> {
        loop {
            let stream = tokio::select! {
                accepted = self.listener.accept() => match accepted {
                    Ok((stream, _)) => stream,
                    Err(e) => {
                        // Out of file descriptors and the like: wait, go on.
                        self.service.log.line(format_args!("{NAME}: accept failed: {e}"));
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
                signal = &mut *stop => return Ok(signal),
            };
            // A connection slot. When every one is taken, the connection
            // that has waited longest for a request is asked to close (an
            // idle keep-alive connection closes at once, a busy one after
            // its request), so a new client is not left waiting for
            // --idle-timeout behind connections that do nothing. Further
            // clients wait in the kernel's listen queue meanwhile.
            let permit = match self.permits.clone().try_acquire_owned() {
                Ok(p) => p,
                Err(_) => {
                    self.connections.close_least_recent();
                    tokio::select! {
                        p = self.permits.clone().acquire_owned() => p.map_err(|e| e.to_string())?,
                        signal = &mut *stop => return Ok(signal),
                    }
                }
            };
            let _ = stream.set_nodelay(true);
            let svc = self.service.clone();
            let conn = self.connections.open();
            let touched = conn.clone();
            let connections = self.connections.clone();
            let served = self.http.serve_connection(
                TokioIo::new(stream),
                service_fn(move |req| {
                    touched.touch(&connections);
                    handle(svc.clone(), req)
                }),
            );
            let connections = self.connections.clone();
            tokio::spawn(async move {
                let mut served = std::pin::pin!(served);
                tokio::select! {
                    _ = served.as_mut() => {}
                    _ = conn.close.notified() => {
                        served.as_mut().graceful_shutdown();
                        let _ = served.await;
                    }
                }
                connections.closed(conn.id);
                drop(permit);
            });
        }
    }
}

/// The connections being served, so that one can be asked to close: the
/// least recently used when every slot is taken and a client is waiting,
/// or all of them on shutdown. (hyper closes an idle connection at once and
/// a busy one after the request in flight.)
#[derive(Default)]
struct Connections {
    next: std::sync::atomic::AtomicU64,
    open: std::sync::Mutex<Vec<Arc<Conn>>>,
    /// When the service started: request times are kept relative to it.
    started: std::sync::OnceLock<Instant>,
}

struct Conn {
    id: u64,
    /// When its last request began, in ms since the service started.
    last_request: std::sync::atomic::AtomicU64,
    /// Asked to close (not asked twice).
    closing: std::sync::atomic::AtomicBool,
    close: Notify,
}

impl Conn {
    fn touch(&self, connections: &Connections) {
        self.last_request.store(connections.now_ms(), std::sync::atomic::Ordering::Relaxed);
    }

    fn ask_to_close(&self) {
        if !self.closing.swap(true, std::sync::atomic::Ordering::Relaxed) {
            // A stored permit if the task is not waiting yet: never lost.
            self.close.notify_one();
        }
    }
}

impl Connections {
    fn now_ms(&self) -> u64 {
        self.started.get_or_init(Instant::now).elapsed().as_millis() as u64
    }

    fn open(&self) -> Arc<Conn> {
        let conn = Arc::new(Conn {
            id: self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            last_request: self.now_ms().into(),
            closing: false.into(),
            close: Notify::new(),
        });
        if let Ok(mut open) = self.open.lock() {
            open.push(conn.clone());
        }
        conn
    }

    fn closed(&self, id: u64) {
        if let Ok(mut open) = self.open.lock() {
            open.retain(|c| c.id != id);
        }
    }

    fn close_least_recent(&self) {
        let Ok(open) = self.open.lock() else { return };
        let oldest = open
            .iter()
            .filter(|c| !c.closing.load(std::sync::atomic::Ordering::Relaxed))
            .min_by_key(|c| c.last_request.load(std::sync::atomic::Ordering::Relaxed));
        if let Some(c) = oldest {
            c.ask_to_close();
        }
    }

    fn close_all(&self) {
        if let Ok(open) = self.open.lock() {
            for c in open.iter() {
                c.ask_to_close();
            }
        }
    }
}

async fn shutdown_signal() -> &'static str {
    use tokio::signal::unix::{signal, SignalKind};
    let (mut term, mut int) = match (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) {
        (Ok(t), Ok(i)) => (t, i),
        (t, i) => {
            eprintln!("{NAME}: cannot watch for SIGTERM/SIGINT: {:?} {:?}", t.err(), i.err());
            return std::future::pending().await;
        }
    };
    tokio::select! {
        _ = term.recv() => "SIGTERM",
        _ = int.recv() => "SIGINT",
    }
}

/// Everything the service writes on stderr (its messages and the access
/// log) goes through here: a line is appended to a bounded buffer that a
/// thread of its own writes out fifty times a second (small writes: a long
/// one stalls the requests behind it). A request never waits on the terminal,
/// the journal or a log shipper, nor wakes a thread (a line handed over
/// through a channel, a wake-up each, halved the requests a core could
/// serve). When stderr is slow or stuck (a pipe nobody reads), the buffer
/// fills and further lines are dropped and counted; once stderr takes lines
/// again, one line says how many were lost. Memory stays bounded, and no
/// write can keep the service from stopping: the last lines get what is left
/// of `--shutdown-grace`, no more.
pub struct Log {
    state: std::sync::Mutex<Pending>,
    /// Signalled by the writer when it has written everything it took.
    idle: std::sync::Condvar,
}

#[derive(Default)]
struct Pending {
    bytes: Vec<u8>,
    /// Lines refused since the last write because the buffer was full.
    dropped: u64,
    /// The writer is in a write (possibly stuck there).
    writing: bool,
}

/// The most the log holds while stderr does not take it.
const LOG_BUFFER: usize = 1 << 20;

impl Log {
    /// Starts the writer thread, writing to `sink` (stderr in the service).
    fn start(sink: impl Write + Send + 'static) -> Arc<Log> {
        let log = Arc::new(Log { state: std::sync::Mutex::new(Pending::default()), idle: std::sync::Condvar::new() });
        let writer = log.clone();
        std::thread::spawn(move || {
            let mut sink = sink;
            loop {
                std::thread::sleep(Duration::from_millis(20));
                writer.write_out(&mut sink);
            }
        });
        log
    }

    /// Appends one line (`text` without its end), or counts it as dropped
    /// when the buffer is full.
    fn line(&self, text: std::fmt::Arguments<'_>) {
        let Ok(mut state) = self.state.lock() else { return };
        if state.bytes.len() >= LOG_BUFFER {
            state.dropped += 1;
            return;
        }
        let _ = state.bytes.write_fmt(text);
        state.bytes.push(b'\n');
    }

    fn access(&self, method: &Method, path: &str, status: u16, took: Duration) {
        let now = utc_now();
        let ms = took.as_secs_f64() * 1000.0;
        self.line(format_args!("{now} {method} {path} {status} {ms:.3}ms"));
    }

    /// The writer's turn: takes what is pending and writes it, outside the
    /// lock (a stuck write holds up no request).
    fn write_out(&self, sink: &mut impl Write) {
        let (bytes, dropped) = {
            let Ok(mut state) = self.state.lock() else { return };
            if state.bytes.is_empty() && state.dropped == 0 {
                return;
            }
            state.writing = true;
            let dropped = std::mem::take(&mut state.dropped);
            (std::mem::replace(&mut state.bytes, Vec::with_capacity(1 << 16)), dropped)
        };
        let _ = sink.write_all(&bytes);
        if dropped > 0 {
            let _ = writeln!(sink, "{NAME}: {dropped} log lines dropped: stderr was not taking them");
        }
        let _ = sink.flush();
        if let Ok(mut state) = self.state.lock() {
            state.writing = false;
        }
        self.idle.notify_all();
    }

    /// Waits until everything logged so far is written, or `until`.
    fn flush_until(&self, until: Instant) {
        let Ok(mut state) = self.state.lock() else { return };
        while state.writing || !state.bytes.is_empty() || state.dropped > 0 {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            match self.idle.wait_timeout(state, left.min(Duration::from_millis(20))) {
                Ok((s, _)) => state = s,
                Err(_) => return,
            }
        }
    }
}

/// `2026-12-03T06:12:45.123Z`.
fn utc_now() -> String {
    let now = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default();
    let secs = now.as_secs() as i64;
    let day = Date::from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{day}T{:02}:{:02}:{:02}.{:03}Z", s / 3600, s / 60 % 60, s % 60, now.subsec_millis())
}

type Answer = Response<BoxBody<Bytes, Infallible>>;

async fn handle(svc: Arc<Service>, req: Request<Incoming>) -> Result<Answer, Infallible> {
    let start = Instant::now();
    let (head, body) = req.into_parts();
    let mut body = RequestBody::new(body, &head.headers);
    let answer = route(&svc, &head, &mut body).await;
    if answer.status() != StatusCode::REQUEST_TIMEOUT {
        body.drain_after_answer(svc.config.request_timeout);
    }
    if svc.config.access_log {
        // The path only: the query holds options, never the filing, but a
        // path is all the log needs.
        svc.log.access(&head.method, head.uri.path(), answer.status().as_u16(), start.elapsed());
    }
    Ok(answer)
}

/// A request's body, as the routes leave it. A request refused before its
/// body was read (413, 415, 400, 404, 405) is answered at once, and what the
/// client still sends is then read and thrown away: a client that writes its
/// whole body before reading (Java's HttpURLConnection, Python's urllib)
/// would otherwise meet a connection closed with its data unread, which the
/// kernel turns into a reset that loses the answer (nginx's lingering close
/// does the same for it). Bounded: at most `DRAIN_LIMIT` bytes, within
/// `--request-timeout`, and the connection's slot is held no longer.
struct RequestBody {
    body: Option<Incoming>,
    /// The client sent `Expect: 100-continue`: it sends nothing before it is told to.
    awaits_continue: bool,
    /// A route has asked for some of the body (for an awaiting client, hyper then sent 100 Continue).
    read: bool,
}

/// The most of a refused request's body that is read and thrown away.
const DRAIN_LIMIT: u64 = 64 << 20;

impl RequestBody {
    fn new(body: Incoming, headers: &hyper::HeaderMap) -> RequestBody {
        let awaits_continue = headers
            .get(header::EXPECT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("100-continue"));
        RequestBody { body: Some(body), awaits_continue, read: false }
    }

    /// The declared length, when there is one.
    fn declared(&self) -> u64 {
        self.body.as_ref().map_or(0, |b| b.size_hint().lower())
    }

    /// The body for a route that reads it all as it goes (NDJSON).
    fn take(&mut self) -> Option<Incoming> {
        self.read = true;
        self.body.take()
    }

    /// The next data within `wait`; `None` at its end.
    async fn next_chunk(&mut self, wait: Duration) -> Result<Option<Bytes>, Answer> {
        self.read = true;
        match &mut self.body {
            Some(body) => next_chunk(body, wait).await,
            None => Ok(None),
        }
    }

    /// Reads and discards, in a task of its own, what the client still
    /// sends after its answer; the answer goes out meanwhile. Nothing is
    /// asked of a client waiting for 100 Continue that was never given it
    /// (hyper closes the connection instead).
    fn drain_after_answer(&mut self, wait: Duration) {
        let Some(mut body) = self.body.take() else { return };
        if body.is_end_stream() || (self.awaits_continue && !self.read) {
            return;
        }
        tokio::spawn(async move {
            let deadline = tokio::time::Instant::now() + wait;
            let mut left = DRAIN_LIMIT;
            while let Ok(Some(Ok(frame))) = tokio::time::timeout_at(deadline, body.frame()).await {
                let n = frame.data_ref().map_or(0, |d| d.len() as u64);
                left = match left.checked_sub(n) {
                    Some(l) if l > 0 => l,
                    _ => return,
                };
            }
        });
    }
}

fn body(bytes: impl Into<Bytes>) -> BoxBody<Bytes, Infallible> {
    Full::new(bytes.into()).boxed()
}

fn json(status: StatusCode, text: impl Into<Bytes>) -> Answer {
    let mut r = Response::new(body(text));
    *r.status_mut() = status;
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
    r
}

#[derive(serde::Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
}

fn error(status: StatusCode, msg: &str) -> Answer {
    let mut text = serde_json::to_vec(&ErrorBody { error: msg }).unwrap_or_default();
    text.push(b'\n');
    json(status, text)
}

async fn route(svc: &Service, req: &hyper::http::request::Parts, body: &mut RequestBody) -> Answer {
    let path = req.uri.path();
    let get = matches!(req.method, Method::GET | Method::HEAD);
    match path {
        "/v1/validate" if req.method == Method::POST => validate(svc, req, body).await,
        "/v1/rules" if get => match request_options(req.uri.query()) {
            Ok(o) => json(
                StatusCode::OK,
                if o.options.lang == Lang::Zh { svc.rules_zh.clone() } else { svc.rules_en.clone() },
            ),
            Err(msg) => error(StatusCode::BAD_REQUEST, &msg),
        },
        "/v1/schema" if get => json(StatusCode::OK, svc.schema.clone()),
        "/v1/schema/canonical" if get => json(StatusCode::OK, svc.canonical_schema.clone()),
        // Ready for new requests: 503 once SIGTERM came (the drain), so a
        // probing balancer stops sending here before the service stops.
        "/readyz" if get => {
            if svc.draining.load(std::sync::atomic::Ordering::Relaxed) {
                json(StatusCode::SERVICE_UNAVAILABLE, "{\"status\":\"draining\"}\n")
            } else {
                json(StatusCode::OK, "{\"status\":\"ready\"}\n")
            }
        }
        "/healthz" if get => json(
            StatusCode::OK,
            format!(
                "{{\"status\":\"ok\",\"standard\":\"{}\",\"version\":\"{}\"}}\n",
                shanfang_core::report::STANDARD,
                env!("CARGO_PKG_VERSION")
            ),
        ),
        "/v1/validate" | "/v1/rules" | "/v1/schema" | "/v1/schema/canonical" | "/healthz" | "/readyz" => {
            let allow = if path == "/v1/validate" { "POST" } else { "GET, HEAD" };
            let mut r = error(StatusCode::METHOD_NOT_ALLOWED, &format!("{path} takes {allow}"));
            r.headers_mut().insert(header::ALLOW, HeaderValue::from_static(allow));
            r
        }
        _ if path.starts_with("/v1/") => error(StatusCode::NOT_FOUND, &format!("no endpoint {path}")),
        _ => match &svc.config.www {
            Some(dir) if get => static_file(svc, dir, req, path).await,
            Some(_) => error(StatusCode::METHOD_NOT_ALLOWED, "files are served to GET and HEAD"),
            None => error(StatusCode::NOT_FOUND, &format!("no endpoint {path}")),
        },
    }
}

/// What a request's query asks for: the CLI's options (`lang`, `promote`,
/// repeated or comma-separated, `today`).
struct RequestOptions {
    options: Options,
    today: Date,
}

fn request_options(query: Option<&str>) -> Result<RequestOptions, String> {
    let mut lang = Lang::Zh;
    let mut promote = Promote::None;
    let mut today = None;
    for (key, value) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
        match &*key {
            "lang" => lang = Lang::parse(value.trim())?,
            "promote" => promote = promote.merge(Promote::parse_list(&value)?),
            "today" => {
                today = Some(
                    Date::parse(value.trim())
                        .ok_or_else(|| format!("today must be a real date written YYYY-MM-DD, not {value:?}"))?,
                )
            }
            other => return Err(format!("unknown parameter {other:?} (lang, promote, today)")),
        }
    }
    Ok(RequestOptions { options: Options { lang, promote }, today: today.unwrap_or_else(shanfang_core::today) })
}

enum Kind {
    Json,
    NdJson,
}

/// The media type of a request: JSON (also `…+json`, or none given) or NDJSON.
fn kind_of(req: &hyper::http::request::Parts) -> Result<Kind, String> {
    let Some(value) = req.headers.get(header::CONTENT_TYPE) else { return Ok(Kind::Json) };
    let text = value.to_str().unwrap_or("");
    let media = text.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match media.as_str() {
        "application/json" => Ok(Kind::Json),
        "application/x-ndjson" | "application/jsonl" | "application/jsonlines" => Ok(Kind::NdJson),
        m if m.starts_with("application/") && m.ends_with("+json") => Ok(Kind::Json),
        _ => Err(format!(
            "Content-Type must be application/json (one filing) or application/x-ndjson (one filing per line), not {text:?}"
        )),
    }
}

async fn validate(svc: &Service, req: &hyper::http::request::Parts, body: &mut RequestBody) -> Answer {
    let kind = match kind_of(req) {
        Ok(k) => k,
        Err(msg) => return error(StatusCode::UNSUPPORTED_MEDIA_TYPE, &msg),
    };
    let opts = match request_options(req.uri.query()) {
        Ok(o) => o,
        Err(msg) => return error(StatusCode::BAD_REQUEST, &msg),
    };
    match kind {
        Kind::Json => validate_one(svc, body, opts).await,
        Kind::NdJson => validate_lines(svc, body, opts).await,
    }
}

fn too_large(limit: usize) -> String {
    format!("the body is larger than the limit of {limit} bytes (--max-body)")
}

async fn validate_one(svc: &Service, body: &mut RequestBody, opts: RequestOptions) -> Answer {
    let limit = svc.config.max_body;
    // A declared length over the limit is refused before anything is read.
    if body.declared() > limit as u64 {
        return error(StatusCode::PAYLOAD_TOO_LARGE, &too_large(limit));
    }
    // The whole body within --request-timeout; past the limit, the rest is
    // left to the drain (`RequestBody`).
    let deadline = Instant::now() + svc.config.request_timeout;
    let mut bytes = Vec::new();
    loop {
        let wait = deadline.saturating_duration_since(Instant::now());
        match body.next_chunk(wait).await {
            Err(answer) => return answer,
            Ok(None) => break,
            Ok(Some(chunk)) if bytes.len() + chunk.len() > limit => {
                return error(StatusCode::PAYLOAD_TOO_LARGE, &too_large(limit))
            }
            Ok(Some(chunk)) => bytes.extend_from_slice(&chunk),
        }
    }
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return error(StatusCode::BAD_REQUEST, "the body is not UTF-8 text");
    };
    match shanfang_core::validate_str(text, &opts.options, opts.today) {
        Ok(report) => {
            // Exactly what `shanfang-check --format json` writes.
            let mut out = report.to_json().into_bytes();
            out.push(b'\n');
            json(StatusCode::OK, out)
        }
        Err(rejected) => error(StatusCode::BAD_REQUEST, &rejected.to_string()),
    }
}

/// Splits a byte stream into lines, holding at most `limit` bytes of one.
struct Lines {
    buf: Vec<u8>,
    over: bool,
    number: usize,
    limit: usize,
}

/// A filing line of an NDJSON body: its number and its filing's bytes
/// (`cli::jsonl_filing`), or `None` when it was over the limit.
type Line = (usize, Option<Vec<u8>>);

impl Lines {
    fn push(&mut self, mut chunk: &[u8], out: &mut Vec<Line>) {
        while let Some(i) = chunk.iter().position(|&b| b == b'\n') {
            self.take(&chunk[..i]);
            self.end(out);
            chunk = &chunk[i + 1..];
        }
        self.take(chunk);
    }

    fn take(&mut self, part: &[u8]) {
        if self.over {
            return;
        }
        if self.buf.len() + part.len() > self.limit {
            self.over = true;
            self.buf = Vec::new();
        } else {
            self.buf.extend_from_slice(part);
        }
    }

    fn end(&mut self, out: &mut Vec<Line>) {
        self.number += 1;
        let line = std::mem::take(&mut self.buf);
        if std::mem::replace(&mut self.over, false) {
            out.push((self.number, None));
        } else if let Some(filing) = crate::cli::jsonl_filing(self.number, &line) {
            // As the CLI reads a line; a blank one is skipped.
            out.push((self.number, Some(filing.to_vec())));
        }
    }

    fn finish(&mut self, out: &mut Vec<Line>) {
        if !self.buf.is_empty() || self.over {
            self.end(out);
        }
    }
}

/// One NDJSON record: `{"line":N,…report}` or `{"line":N,"error":"…"}`,
/// as `shanfang-check --jsonl --format json` writes them.
fn record(line: Line, opts: &RequestOptions, limit: usize) -> Bytes {
    let (number, text) = line;
    let mut out = Vec::with_capacity(4096);
    match text.as_deref().map(std::str::from_utf8) {
        None => crate::cli::write_line_error(
            &mut out,
            number,
            &format!("the line is larger than the limit of {limit} bytes (--max-body)"),
        ),
        Some(Err(_)) => crate::cli::write_line_error(&mut out, number, "not UTF-8 text"),
        Some(Ok(text)) => match shanfang_core::validate_str(text, &opts.options, opts.today) {
            Ok(report) => crate::cli::write_line_report(&mut out, number, &report),
            Err(rejected) => crate::cli::write_line_error(&mut out, number, &rejected.to_string()),
        },
    }
    Bytes::from(out)
}

/// NDJSON: each line's record is sent as soon as the line has arrived;
/// a stream with no filing at all is a 400, like the CLI's empty input.
async fn validate_lines(svc: &Service, body: &mut RequestBody, opts: RequestOptions) -> Answer {
    let limit = svc.config.max_body;
    let wait = svc.config.request_timeout;
    let Some(mut body) = body.take() else { return error(StatusCode::BAD_REQUEST, "no body") };
    let mut lines = Lines { buf: Vec::new(), over: false, number: 0, limit };
    let mut ready: Vec<Line> = Vec::new();
    let mut ended = false;
    // Read until the first filing, so that an empty stream can still be
    // answered with a status.
    while ready.is_empty() && !ended {
        match next_chunk(&mut body, wait).await {
            Ok(Some(chunk)) => lines.push(&chunk, &mut ready),
            Ok(None) => {
                lines.finish(&mut ready);
                ended = true;
            }
            Err(answer) => return answer,
        }
    }
    if ready.is_empty() {
        return error(
            StatusCode::BAD_REQUEST,
            "no filing: each non-blank line of an application/x-ndjson body is one filing, and there is none",
        );
    }
    let (tx, rx) = mpsc::channel::<Result<Frame<Bytes>, Infallible>>(16);
    tokio::spawn(async move {
        let send = |line: Line| {
            let tx = tx.clone();
            let bytes = record(line, &opts, limit);
            async move { tx.send(Ok(Frame::data(bytes))).await.is_ok() }
        };
        for line in ready.drain(..) {
            if !send(line).await {
                return;
            }
        }
        while !ended {
            let mut batch = Vec::new();
            match next_chunk(&mut body, wait).await {
                Ok(Some(chunk)) => lines.push(&chunk, &mut batch),
                Ok(None) => {
                    lines.finish(&mut batch);
                    ended = true;
                }
                Err(_) => {
                    // The stream stalled or broke: say so in its place, and stop.
                    let msg = "the request body stopped arriving (--request-timeout) or could not be read";
                    let mut out = Vec::new();
                    crate::cli::write_line_error(&mut out, lines.number + 1, msg);
                    let _ = tx.send(Ok(Frame::data(Bytes::from(out)))).await;
                    return;
                }
            }
            for line in batch {
                if !send(line).await {
                    return;
                }
            }
        }
    });
    let mut r = Response::new(StreamBody::new(Records(rx)).boxed());
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/x-ndjson; charset=utf-8"));
    r
}

/// The next data of a body within `wait`; `None` at its end.
async fn next_chunk(body: &mut Incoming, wait: Duration) -> Result<Option<Bytes>, Answer> {
    loop {
        match tokio::time::timeout(wait, body.frame()).await {
            Err(_) => {
                return Err(error(
                    StatusCode::REQUEST_TIMEOUT,
                    "the request body did not arrive in time (--request-timeout)",
                ))
            }
            Ok(None) => return Ok(None),
            Ok(Some(Err(e))) => {
                return Err(error(StatusCode::BAD_REQUEST, &format!("the request body could not be read: {e}")))
            }
            Ok(Some(Ok(frame))) => {
                if let Ok(data) = frame.into_data() {
                    return Ok(Some(data));
                }
            }
        }
    }
}

/// The records of an NDJSON answer as the stream `StreamBody` takes.
struct Records(mpsc::Receiver<Result<Frame<Bytes>, Infallible>>);

impl futures_core::Stream for Records {
    type Item = Result<Frame<Bytes>, Infallible>;
    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.0.poll_recv(cx)
    }
}

/// A file of `--www`: GET or HEAD, `/` is `index.html`; nothing outside the
/// directory (no `..`, no hidden files). Sent as nginx or Caddy would send
/// it: gzipped for a client that takes it (with `Vary: Accept-Encoding`),
/// with an `ETag` and `304 Not Modified` when the client has it already;
/// `Cache-Control: no-cache` (asked each time, the bytes sent only when they
/// changed) except for a file named by its content's hash, kept a year
/// (`immutable`); an HTML page with its Content-Security-Policy
/// ([`page_policy`]); `Referrer-Policy: no-referrer`.
async fn static_file(svc: &Service, dir: &Path, req: &hyper::http::request::Parts, path: &str) -> Answer {
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy().into_owned();
    let mut file = dir.to_path_buf();
    for part in decoded.split('/').filter(|p| !p.is_empty()) {
        if part == ".." || part.starts_with('.') || part.contains('\\') || part.contains('\0') {
            return error(StatusCode::NOT_FOUND, "no such file");
        }
        file.push(part);
    }
    if tokio::fs::metadata(&file).await.is_ok_and(|m| m.is_dir()) {
        file.push("index.html");
    }
    // Symbolic links may not lead out of the directory either.
    let Ok(real) = tokio::fs::canonicalize(&file).await else { return error(StatusCode::NOT_FOUND, "no such file") };
    if !real.starts_with(dir) {
        return error(StatusCode::NOT_FOUND, "no such file");
    }
    let Ok(meta) = tokio::fs::metadata(&real).await else { return error(StatusCode::NOT_FOUND, "no such file") };
    let (len, modified) = (meta.len(), meta.modified().ok());
    let cached = svc.files.lock().ok().and_then(|f| f.get(&real).cloned());
    let served = match cached.filter(|s| s.len == len && s.modified == modified) {
        Some(s) => s,
        None => {
            let Ok(bytes) = tokio::fs::read(&real).await else { return error(StatusCode::NOT_FOUND, "no such file") };
            let kind = match real.extension().and_then(|e| e.to_str()).unwrap_or("") {
                "html" => "text/html; charset=utf-8",
                "js" | "mjs" => "text/javascript; charset=utf-8",
                "css" => "text/css; charset=utf-8",
                "json" => "application/json; charset=utf-8",
                "webmanifest" => "application/manifest+json",
                "wasm" => "application/wasm",
                "svg" => "image/svg+xml",
                "png" => "image/png",
                "ico" => "image/x-icon",
                "webp" => "image/webp",
                "txt" | "md" => "text/plain; charset=utf-8",
                _ => "application/octet-stream",
            };
            // Compressing is the CPU's work: off the request threads.
            let Ok(s) = tokio::task::spawn_blocking(move || Served::new(bytes, kind, len, modified)).await else {
                return error(StatusCode::INTERNAL_SERVER_ERROR, "the file could not be read");
            };
            let s = Arc::new(s);
            if let Ok(mut files) = svc.files.lock() {
                files.insert(real.clone(), s.clone());
            }
            s
        }
    };
    let fresh = req.headers.get_all(header::IF_NONE_MATCH).iter().filter_map(|v| v.to_str().ok()).any(|v| {
        v.split(',')
            .map(str::trim)
            .any(|t| t == "*" || t.trim_start_matches("W/") == served.etag.to_str().unwrap_or(""))
    });
    // Brotli where the client takes it, else gzip, else the bytes as they are.
    let encoded = match (&served.brotli, &served.gzip) {
        (Some(br), _) if takes(&req.headers, "br") => Some(("br", br)),
        (_, Some(gz)) if takes(&req.headers, "gzip") => Some(("gzip", gz)),
        _ => None,
    };
    let mut r = if fresh {
        let mut r = Response::new(body(Bytes::new()));
        *r.status_mut() = StatusCode::NOT_MODIFIED;
        r
    } else {
        Response::new(body(encoded.map_or(&served.bytes, |(_, b)| b).clone()))
    };
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(served.kind));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if content_named(&real) { "public, max-age=31536000, immutable" } else { "no-cache" }),
    );
    h.insert(header::ETAG, served.etag.clone());
    if let Some(policy) = &served.policy {
        h.insert(header::CONTENT_SECURITY_POLICY, policy.clone());
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if served.gzip.is_some() {
        h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        if let Some((coding, _)) = encoded.filter(|_| !fresh) {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::{channel, Receiver};
    use std::sync::Mutex;

    /// stderr as a stuck pipe: a write blocks until the test lets it through.
    struct Stuck {
        open: Receiver<()>,
        written: Arc<Mutex<Vec<u8>>>,
    }

    impl Write for Stuck {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let _ = self.open.recv();
            self.written.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_stuck_stderr_holds_nothing_up_and_the_lines_it_missed_are_counted() {
        let (open, opened) = channel();
        let written = Arc::new(Mutex::new(Vec::new()));
        let log = Log::start(Stuck { open: opened, written: written.clone() });
        log.line(format_args!("first"));
        // The writer takes "first" and is stuck writing it.
        std::thread::sleep(Duration::from_millis(100));
        let line = "x".repeat(99);
        let start = Instant::now();
        for _ in 0..20_000 {
            log.line(format_args!("{line}"));
        }
        assert!(start.elapsed() < Duration::from_secs(1), "appending never waits on the sink");
        let (held, dropped) = {
            let state = log.state.lock().unwrap();
            (state.bytes.len(), state.dropped)
        };
        assert!(held <= LOG_BUFFER + 100, "bounded: {held} B");
        let kept = LOG_BUFFER.div_ceil(100);
        assert_eq!(dropped, 20_000 - kept as u64);
        // Waiting for a stuck sink ends at its deadline.
        let start = Instant::now();
        log.flush_until(Instant::now() + Duration::from_millis(200));
        assert!(start.elapsed() < Duration::from_secs(1));
        // Once the sink takes lines again, everything kept is written, then how many were lost.
        std::thread::spawn(move || while open.send(()).is_ok() {});
        log.flush_until(Instant::now() + Duration::from_secs(10));
        let text = String::from_utf8(written.lock().unwrap().clone()).unwrap();
        assert!(text.starts_with("first\n"));
        assert_eq!(text.matches(&line).count(), kept);
        assert!(
            text.ends_with(&format!("{NAME}: {dropped} log lines dropped: stderr was not taking them\n")),
            "{}",
            &text[text.len() - 200..]
        );
    }

    #[test]
    fn a_page_policy_names_each_inline_script_by_its_hash_and_no_script_with_a_src() {
        let html =
            b"<head><script>alert(1)</script><SCRIPT src=\"a.js\"></SCRIPT><script type=\"module\"></script></head>";
        assert_eq!(inline_scripts(html), vec![&b"alert(1)"[..], &b""[..]]);
        let policy = page_policy(html);
        // SHA-256 of "alert(1)" and of "", base64 (the values CSP's examples give).
        assert!(policy.contains("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"), "{policy}");
        assert!(policy.contains("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"), "{policy}");
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"));
        assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
    }

    #[test]
    fn only_a_name_with_a_content_hash_is_kept_a_year() {
        assert!(content_named(Path::new("assets/app.3f2a9c1b.js")));
        assert!(content_named(Path::new("assets/shanfang_bg.0123456789abcdef.wasm")));
        assert!(!content_named(Path::new("app.js")));
        assert!(!content_named(Path::new("index.html")));
        assert!(!content_named(Path::new("sw.js")));
        assert!(!content_named(Path::new("filing-v1.schema.json")));
        assert!(!content_named(Path::new("deadbeef.js")));
    }
}
