//! `serve`'s HTTP server, built so that slow or idle clients cannot stop it:
//! hyper on a tokio runtime with a fixed number of threads, where a
//! connection costs a task, not a thread. Every connection has deadlines: a
//! connection not in a request (waiting for its headers, or idle between
//! keep-alive requests) is closed after the header timeout; a request's
//! body must arrive whole within the body timeout of its headers, at a
//! minimum rate after its first seconds, and is read before the handler
//! runs. Connections are capped, in all and per peer address: at a cap a
//! new one closes the connection idle the longest (of that peer, at its
//! cap), or is answered 503 when none is idle. So one address cannot hold
//! the relay, however many sockets it opens.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONNECTION, CONTENT_LENGTH, CONTENT_TYPE};
use hyper::service::service_fn;
use hyper::{HeaderMap, Method, Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::AsyncWriteExt;
use tokio::sync::Notify;

/// The deadlines and the cap; see `serve --help`.
#[derive(Debug, Clone)]
pub struct Limits {
    pub header_timeout: Duration,
    pub body_timeout: Duration,
    pub max_connections: usize,
    /// Open connections from one peer address at most; 0: no such cap.
    pub max_per_peer: usize,
    /// Bytes a second a body must average after `BODY_RATE_GRACE`; 0: none.
    pub min_body_rate: u64,
    /// Bodies over this are answered 413.
    pub max_body: usize,
}

/// How long a body may take before its rate is checked: a slow start (a
/// TLS proxy, a congested link) is not a slow client.
pub const BODY_RATE_GRACE: Duration = Duration::from_secs(2);
/// How often a body's rate is checked while no data arrives.
const BODY_RATE_CHECK: Duration = Duration::from_millis(250);

/// A request whose body has been read (or given up on).
pub struct WholeRequest {
    /// The address the connection came from.
    pub peer: SocketAddr,
    pub method: Method,
    pub path: String,
    pub headers: HeaderMap,
    pub body: Body,
}

pub enum Body {
    Read(Vec<u8>),
    /// Over `max_body`.
    TooLarge,
    /// Not whole within the body timeout.
    TimedOut,
    /// Arriving slower than the minimum body rate.
    TooSlow,
    /// The connection broke while reading it.
    Failed(String),
}

pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: String,
    pub headers: Vec<(&'static str, &'static str)>,
}

pub type Handler =
    Arc<dyn Fn(WholeRequest) -> Pin<Box<dyn Future<Output = Reply> + Send>> + Send + Sync>;

/// Why the server closed a connection (the label of
/// `stigg_segment_connections_closed_total`).
pub const CLOSE_REASONS: [&str; 6] = [
    "header_timeout",
    "body_timeout",
    "evicted",
    "refused",
    "peer_cap",
    "body_too_slow",
];
const HEADER_TIMEOUT: usize = 0;
const BODY_TIMEOUT: usize = 1;
const EVICTED: usize = 2;
const REFUSED: usize = 3;
const PEER_CAP: usize = 4;
const BODY_TOO_SLOW: usize = 5;

#[derive(Default)]
pub struct ConnectionMetrics {
    pub accepted: AtomicU64,
    pub open: AtomicU64,
    pub closed: [AtomicU64; 6],
}

/// A body declared or found this much over the limit is not read to its
/// end: the connection is closed after the 413. Below it, the rest is read
/// and dropped, so that the client, still sending, reads the 413.
const DRAIN_FACTOR: usize = 4;

struct Connection {
    peer: IpAddr,
    /// Some while not in a request: since when.
    idle_since: Option<Instant>,
    close: Arc<Notify>,
}

/// Every open connection, and how many each peer holds.
#[derive(Default)]
struct Open {
    connections: HashMap<u64, Connection>,
    per_peer: HashMap<IpAddr, usize>,
}

impl Open {
    fn insert(&mut self, id: u64, connection: Connection) {
        *self.per_peer.entry(connection.peer).or_default() += 1;
        self.connections.insert(id, connection);
    }

    fn remove(&mut self, id: u64) -> Option<Connection> {
        let connection = self.connections.remove(&id)?;
        if let Some(n) = self.per_peer.get_mut(&connection.peer) {
            *n -= 1;
            if *n == 0 {
                self.per_peer.remove(&connection.peer);
            }
        }
        Some(connection)
    }

    /// The connection idle the longest, of `peer` only when given.
    fn oldest_idle(&self, peer: Option<IpAddr>) -> Option<u64> {
        self.connections
            .iter()
            .filter(|(_, c)| peer.is_none_or(|peer| c.peer == peer))
            .filter_map(|(id, c)| c.idle_since.map(|since| (since, *id)))
            .min()
            .map(|(_, id)| id)
    }
}

/// Every open connection, for the caps and the header deadline.
struct Registry {
    open: Mutex<Open>,
    metrics: Arc<ConnectionMetrics>,
    closing: AtomicBool,
}

enum Admitted {
    Yes(Arc<Notify>),
    Full,
}

impl Registry {
    fn lock(&self) -> std::sync::MutexGuard<'_, Open> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes a new connection from `peer`. At the peer's cap, that peer's
    /// connection idle the longest is closed, or the new one refused; then
    /// at the total cap, the connection idle the longest is closed, or the
    /// new one refused.
    fn admit(&self, id: u64, peer: IpAddr, limits: &Limits) -> Admitted {
        let mut open = self.lock();
        let held = open.per_peer.get(&peer).copied().unwrap_or(0);
        for (full, of_peer, refused) in [
            (
                limits.max_per_peer > 0 && held >= limits.max_per_peer,
                Some(peer),
                PEER_CAP,
            ),
            (
                open.connections.len() >= limits.max_connections,
                None,
                REFUSED,
            ),
        ] {
            if !full {
                continue;
            }
            match open.oldest_idle(of_peer) {
                Some(old) => {
                    if let Some(evicted) = open.remove(old) {
                        evicted.close.notify_one();
                        self.metrics.closed[EVICTED].fetch_add(1, Ordering::Relaxed);
                    }
                }
                None => {
                    self.metrics.closed[refused].fetch_add(1, Ordering::Relaxed);
                    return Admitted::Full;
                }
            }
        }
        let close = Arc::new(Notify::new());
        open.insert(
            id,
            Connection {
                peer,
                idle_since: Some(Instant::now()),
                close: close.clone(),
            },
        );
        Admitted::Yes(close)
    }

    fn set_active(&self, id: u64) {
        if let Some(c) = self.lock().connections.get_mut(&id) {
            c.idle_since = None;
        }
    }

    fn set_idle(&self, id: u64) {
        let mut open = self.lock();
        if self.closing.load(Ordering::SeqCst) {
            if let Some(c) = open.remove(id) {
                c.close.notify_one();
            }
        } else if let Some(c) = open.connections.get_mut(&id) {
            c.idle_since = Some(Instant::now());
        }
    }

    /// Forgets a connection; counts why, when the server is the one closing it.
    fn remove(&self, id: u64, reason: Option<usize>) {
        let removed = self.lock().remove(id);
        if let (Some(connection), Some(reason)) = (removed, reason) {
            connection.close.notify_one();
            self.metrics.closed[reason].fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Closes every connection not in a request for longer than `timeout`
    /// (or at all, once closing).
    fn reap(&self, timeout: Duration) {
        let now = Instant::now();
        let closing = self.closing.load(Ordering::SeqCst);
        let mut open = self.lock();
        let expired: Vec<u64> = open
            .connections
            .iter()
            .filter(|(_, c)| {
                c.idle_since
                    .is_some_and(|since| closing || now.duration_since(since) >= timeout)
            })
            .map(|(id, _)| *id)
            .collect();
        for id in expired {
            if let Some(c) = open.remove(id) {
                c.close.notify_one();
                if !closing {
                    self.metrics.closed[HEADER_TIMEOUT].fetch_add(1, Ordering::Relaxed);
                }
            }
        }
    }
}

/// When to be done: set, with `notify`, when the server must stop.
#[derive(Default)]
pub struct Shutdown {
    pub notify: Notify,
    /// Nothing runs past this instant.
    pub deadline: Mutex<Option<Instant>>,
}

impl Shutdown {
    /// Stops the server; requests in progress may finish until `deadline`.
    pub fn start(&self, deadline: Instant) {
        *self.deadline.lock().unwrap_or_else(|e| e.into_inner()) = Some(deadline);
        self.notify.notify_one();
    }

    pub fn deadline(&self) -> Option<Instant> {
        *self.deadline.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Serves on `listener` with `workers` threads until `shutdown` starts,
/// then closes idle connections and lets requests in progress finish (for
/// at most the body timeout and a second, and never past the shutdown's
/// deadline).
pub fn serve(
    listener: std::net::TcpListener,
    workers: usize,
    limits: Limits,
    metrics: Arc<ConnectionMetrics>,
    handler: Handler,
    shutdown: Arc<Shutdown>,
) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers.max(1))
        .max_blocking_threads(1)
        .thread_name("stigg-segment-http")
        .enable_io()
        .enable_time()
        .build()?;
    listener.set_nonblocking(true)?;
    let registry = Arc::new(Registry {
        open: Mutex::new(Open::default()),
        metrics,
        closing: AtomicBool::new(false),
    });
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let reaper = {
            let (registry, timeout) = (registry.clone(), limits.header_timeout);
            let tick = (timeout / 10).clamp(Duration::from_millis(20), Duration::from_millis(500));
            tokio::spawn(async move {
                let mut interval = tokio::time::interval(tick);
                loop {
                    interval.tick().await;
                    registry.reap(timeout);
                }
            })
        };
        let mut next_id = 0u64;
        let mut last_accept_error = None::<Instant>;
        loop {
            let accepted = tokio::select! {
                accepted = listener.accept() => accepted,
                () = shutdown.notify.notified() => break,
            };
            let (stream, peer) = match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    // Out of file descriptors, most likely: say so once a
                    // second, and let connections close.
                    if last_accept_error.is_none_or(|at| at.elapsed() > Duration::from_secs(1)) {
                        crate::log::error("accept_failed")
                            .message(format!("cannot accept a connection: {err}"))
                            .write();
                        last_accept_error = Some(Instant::now());
                    }
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            };
            next_id += 1;
            let id = next_id;
            registry.metrics.accepted.fetch_add(1, Ordering::Relaxed);
            match registry.admit(id, peer.ip(), &limits) {
                Admitted::Yes(close) => {
                    let (registry, limits, handler) =
                        (registry.clone(), limits.clone(), handler.clone());
                    tokio::spawn(connection(
                        stream, peer, id, close, registry, limits, handler,
                    ));
                }
                Admitted::Full => {
                    tokio::spawn(refuse(stream));
                }
            }
        }
        drop(listener);
        registry.closing.store(true, Ordering::SeqCst);
        registry.reap(Duration::ZERO);
        let mut deadline = Instant::now() + limits.body_timeout + Duration::from_secs(1);
        if let Some(at) = shutdown.deadline() {
            deadline = deadline.min(at);
        }
        while registry.metrics.open.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            registry.reap(Duration::ZERO);
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        reaper.abort();
        Ok::<(), std::io::Error>(())
    })?;
    // Connections still open past the deadline are dropped with the runtime.
    let left = shutdown.deadline().map_or(Duration::from_secs(1), |at| {
        at.saturating_duration_since(Instant::now())
            .min(Duration::from_secs(1))
    });
    runtime.shutdown_timeout(left.max(Duration::from_millis(10)));
    Ok(())
}

/// At the cap with no idle connection to close: a 503 without reading the
/// request, which a client such as Stigg retries.
async fn refuse(mut stream: tokio::net::TcpStream) {
    let answer = b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n";
    let _ = tokio::time::timeout(Duration::from_secs(1), stream.write_all(answer)).await;
}

async fn connection(
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    id: u64,
    close: Arc<Notify>,
    registry: Arc<Registry>,
    limits: Limits,
    handler: Handler,
) {
    registry.metrics.open.fetch_add(1, Ordering::SeqCst);
    let _ = stream.set_nodelay(true);
    let (header_timeout, body_timeout) = (limits.header_timeout, limits.body_timeout);
    let service = {
        let registry = registry.clone();
        service_fn(move |request: Request<Incoming>| {
            let (registry, limits, handler) = (registry.clone(), limits.clone(), handler.clone());
            async move {
                registry.set_active(id);
                let (response, timed_out) = respond(request, peer, &limits, &handler).await;
                if let Some(reason) = timed_out {
                    // Answered 408 with Connection: close, which hyper
                    // honours once the answer is written.
                    registry.metrics.closed[reason].fetch_add(1, Ordering::Relaxed);
                }
                registry.set_idle(id);
                Ok::<_, Infallible>(response)
            }
        })
    };
    let served = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout)
        // Headers over 64 KiB are refused: a connection's buffer stays small.
        .max_buf_size(64 * 1024)
        .serve_connection(TokioIo::new(stream), service);
    tokio::pin!(served);
    let ended = tokio::select! {
        result = served.as_mut() => Some(result),
        () = close.notified() => None,
    };
    match ended {
        Some(result) => {
            let timed_out = result.as_ref().is_err_and(|err| err.is_timeout());
            registry.remove(id, timed_out.then_some(HEADER_TIMEOUT));
        }
        None => {
            // Closed by the server (deadline, cap, shutdown): at once when
            // idle; an answer being written is finished first. A client
            // still dawdling over its headers gets a second.
            served.as_mut().graceful_shutdown();
            let grace = if registry.closing.load(Ordering::SeqCst) {
                body_timeout + Duration::from_secs(1)
            } else {
                Duration::from_secs(1)
            };
            let _ = tokio::time::timeout(grace, served).await;
            registry.remove(id, None);
        }
    }
    registry.metrics.open.fetch_sub(1, Ordering::SeqCst);
}

/// Reads the body within its deadline, then runs the handler.
async fn respond(
    request: Request<Incoming>,
    peer: SocketAddr,
    limits: &Limits,
    handler: &Handler,
) -> (Response<Full<Bytes>>, Option<usize>) {
    let (parts, incoming) = request.into_parts();
    let declared = parts
        .headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let body = if declared.is_some_and(|n| n > (limits.max_body * DRAIN_FACTOR) as u64) {
        Body::TooLarge
    } else {
        let read = read_body(incoming, limits.max_body, limits.min_body_rate);
        match tokio::time::timeout(limits.body_timeout, read).await {
            Ok(body) => body,
            Err(_) => Body::TimedOut,
        }
    };
    let unread = !matches!(body, Body::Read(_));
    let timed_out = match body {
        Body::TimedOut => Some(BODY_TIMEOUT),
        Body::TooSlow => Some(BODY_TOO_SLOW),
        _ => None,
    };
    let reply = handler(WholeRequest {
        peer,
        method: parts.method,
        path: parts.uri.path().to_owned(),
        headers: parts.headers,
        body,
    })
    .await;
    let mut response = Response::new(Full::new(Bytes::from(reply.body)));
    *response.status_mut() = hyper::StatusCode::from_u16(reply.status)
        .unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(reply.content_type));
    for (name, value) in reply.headers {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if unread {
        // The body was not read to its end: the connection cannot be reused.
        headers.insert(CONNECTION, HeaderValue::from_static("close"));
    }
    (response, timed_out)
}

/// Keeps at most `max + 1` bytes; past that, reads and drops the rest up to
/// `DRAIN_FACTOR` times the limit. A body averaging less than `min_rate`
/// bytes a second once `BODY_RATE_GRACE` has passed is given up on.
async fn read_body(mut incoming: Incoming, max: usize, min_rate: u64) -> Body {
    let started = Instant::now();
    let too_slow = |total: usize| {
        let elapsed = started.elapsed();
        min_rate > 0
            && elapsed > BODY_RATE_GRACE
            && (total as f64) < min_rate as f64 * elapsed.as_secs_f64()
    };
    let mut body = Vec::new();
    let mut total = 0usize;
    loop {
        let frame = if min_rate == 0 {
            incoming.frame().await
        } else {
            // The frame future is cancel-safe: it only polls the body.
            match tokio::time::timeout(BODY_RATE_CHECK, incoming.frame()).await {
                Ok(frame) => frame,
                Err(_) if too_slow(total) => return Body::TooSlow,
                Err(_) => continue,
            }
        };
        let Some(frame) = frame else { break };
        let frame = match frame {
            Ok(frame) => frame,
            Err(err) => return Body::Failed(err.to_string()),
        };
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        total += data.len();
        if total > max * DRAIN_FACTOR {
            return Body::TooLarge;
        }
        if total <= max {
            body.extend_from_slice(&data);
        }
        if too_slow(total) {
            return Body::TooSlow;
        }
    }
    if total > max {
        Body::TooLarge
    } else {
        Body::Read(body)
    }
}
