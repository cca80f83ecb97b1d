//! `stigg-segment serve`: an endpoint for Stigg webhooks that answers like
//! the Segment function, acknowledges a webhook only once its calls are in a
//! durable queue, and drains the queue to one or more Segment sources, as
//! the core's delivery policy decides. The HTTP side (deadlines, connection
//! caps) is `http.rs`; `/healthz` answers 503 while the queue cannot be
//! written or a target is failing (its endpoint refuses requests, or a dead
//! letter cannot be written). SIGTERM keeps its deadline: requests in
//! flight are cut at `--drain-timeout-ms`, what is unsent stays queued.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use hyper::Method;

use crate::http::{self, Body, ConnectionMetrics, Reply, Shutdown, WholeRequest, CLOSE_REASONS};
use crate::library::delivery::Stop;
use crate::library::{
    self, Arrival, ReadyCall, Settings, Transformed, WebhookLabel, WrongSecret, MAX_BODY_BYTES,
    SECRET_HEADER,
};
use crate::log;
use crate::segment::{self, Client, Target, MAX_BATCH_CALLS};
use crate::store::{now_millis, DeadLetters, OpenError, Queue, QueueFile};

pub struct ServeOptions {
    pub listen: String,
    pub queue: PathBuf,
    pub dead_letters: PathBuf,
    /// Each target with the settings its namespace gives.
    pub targets: Vec<(Target, Settings)>,
    pub client: Client,
    pub workers: usize,
    pub drain_timeout: Duration,
    pub header_timeout: Duration,
    pub body_timeout: Duration,
    pub max_connections: usize,
    /// 0: no cap per peer address.
    pub max_connections_per_peer: usize,
    /// Bytes a second; 0: no minimum.
    pub min_body_rate: u64,
}

#[derive(Default)]
struct TargetMetrics {
    queued: AtomicU64,
    sent: AtomicU64,
    dead_lettered: AtomicU64,
    depth: AtomicU64,
    /// Deliveries that stopped with calls left queued: the endpoint refused
    /// the request (401, 403, 404, a 400 to every call...), retries ran
    /// out, or a dead letter could not be written.
    failures: AtomicU64,
    /// Why the target is failing, until a request to it is accepted again.
    failing: Mutex<Option<String>>,
}

impl TargetMetrics {
    fn failing(&self) -> Option<String> {
        self.failing
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

#[derive(Default)]
struct Metrics {
    received: [AtomicU64; 6],
    targets: Vec<TargetMetrics>,
    connections: Arc<ConnectionMetrics>,
}

const OUTCOMES: [&str; 6] = [
    "queued",
    "skipped",
    "rejected",
    "too_large",
    "timeout",
    "error",
];
const QUEUED: usize = 0;
const SKIPPED: usize = 1;
const REJECTED: usize = 2;
const TOO_LARGE: usize = 3;
const TIMED_OUT: usize = 4;
const FAILED: usize = 5;

/// How often the queue writer tries a write while the queue is failing, and
/// a sender tries again to remove delivered calls from it.
const QUEUE_PROBE_INTERVAL: Duration = Duration::from_millis(500);
/// Once the drain's deadline has passed and the senders are told to stop,
/// how long they get to notice; one still in a request is left behind (the
/// client's cut-off ends that request by the deadline anyway).
const STOP_GRACE: Duration = Duration::from_millis(200);

/// A webhook's calls on their way into the queue, each with its target's
/// index, with when it arrived (Unix milliseconds), and where to answer with
/// how many rows each target got.
type Enqueue = (
    (i64, Vec<(usize, ReadyCall)>),
    tokio::sync::oneshot::Sender<Result<Vec<usize>, String>>,
);

/// Why the queue cannot be written, while it cannot.
type QueueHealth = Arc<Mutex<Option<String>>>;

/// Wakes the senders when calls are queued.
#[derive(Default)]
struct Bell {
    rung: Mutex<bool>,
    cond: Condvar,
}

impl Bell {
    fn ring(&self) {
        *self.rung.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.cond.notify_all();
    }

    fn wait(&self, timeout: Duration) {
        let mut rung = self.rung.lock().unwrap_or_else(|e| e.into_inner());
        if !*rung {
            rung = self
                .cond
                .wait_timeout(rung, timeout)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        *rung = false;
    }
}

struct Context {
    targets: Vec<(Target, Settings)>,
    client: Client,
    metrics: Metrics,
    enqueue: Mutex<SyncSender<Enqueue>>,
    queue_health: QueueHealth,
    bell: Bell,
    /// No more requests: SIGTERM or SIGINT arrived.
    closing: AtomicBool,
    /// Senders exit once their queue is empty.
    draining: AtomicBool,
    /// Senders stop now, even mid-retry (the drain timed out).
    stop: AtomicBool,
    dead_letters: Mutex<DeadLetters>,
    queue_path: PathBuf,
    min_body_rate: u64,
}

pub fn run(options: ServeOptions) -> Result<i32, String> {
    let queue_error = |err: rusqlite::Error| format!("queue {}: {err}", options.queue.display());
    // Held until the process exits: closing it earlier would drop SQLite's
    // own locks on the file (see store.rs).
    let queue_file = match QueueFile::claim(&options.queue) {
        Ok(file) => file,
        Err(OpenError::InUse) => {
            return Err(format!(
                "the queue {} is in use by another stigg-segment serve; give each instance a queue of its own (--queue)",
                options.queue.display()
            ))
        }
        Err(err) => return Err(format!("queue {}: {err}", options.queue.display())),
    };
    for warning in &queue_file.warnings {
        log::warn("queue_damaged").message(warning.as_str()).write();
    }
    let queue = Queue::open(&options.queue).map_err(queue_error)?;
    let mut metrics = Metrics::default();
    for (target, _) in &options.targets {
        let depth = queue.depth(&target.name).map_err(queue_error)?;
        metrics.targets.push(TargetMetrics {
            depth: AtomicU64::new(depth),
            ..TargetMetrics::default()
        });
        if depth > 0 {
            log::info("queue_backlog")
                .field("target", target.name.as_str())
                .field("calls", depth)
                .message(format!(
                    "{depth} calls queued for target {} from an earlier run; sending them",
                    target.name
                ))
                .write();
        }
    }
    for name in queue.targets().map_err(queue_error)? {
        if !options.targets.iter().any(|(t, _)| t.name == name) {
            let depth = queue.depth(&name).map_err(queue_error)?;
            log::warn("queue_unconfigured_target")
                .field("target", name.as_str())
                .field("calls", depth)
                .message(format!("{depth} calls are queued for target {name}, which is not configured; they stay in the queue"))
                .write();
        }
    }
    let listener = std::net::TcpListener::bind(&options.listen)
        .map_err(|err| format!("cannot listen on {}: {err}", options.listen))?;
    let address = listener
        .local_addr()
        .map_or_else(|_| options.listen.clone(), |a| a.to_string());

    let queue_health = QueueHealth::default();
    let (enqueue_tx, enqueue_rx) = sync_channel::<Enqueue>(1024);
    let writer = {
        let health = queue_health.clone();
        let names: Vec<String> = options
            .targets
            .iter()
            .map(|(t, _)| t.name.clone())
            .collect();
        std::thread::spawn(move || write_queue(queue, &names, enqueue_rx, &health))
    };

    let ctx = Arc::new(Context {
        targets: options.targets,
        client: options.client,
        metrics,
        enqueue: Mutex::new(enqueue_tx),
        queue_health,
        bell: Bell::default(),
        closing: AtomicBool::new(false),
        draining: AtomicBool::new(false),
        stop: AtomicBool::new(false),
        dead_letters: Mutex::new(DeadLetters::new(options.dead_letters)),
        queue_path: options.queue.clone(),
        min_body_rate: options.min_body_rate,
    });

    let senders: Vec<_> = (0..ctx.targets.len())
        .map(|index| {
            let ctx = ctx.clone();
            std::thread::spawn(move || drain_target(&ctx, index))
        })
        .collect();

    // A file-size limit (RLIMIT_FSIZE) must show as a failed queue write,
    // as a full disk does, not kill the relay with SIGXFSZ.
    signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        Arc::new(AtomicBool::new(false)),
    )
    .map_err(|err| format!("cannot handle signals: {err}"))?;
    // SIGTERM / SIGINT: stop taking requests, drain until the deadline,
    // exit. Every request to Segment ends by the deadline too.
    let shutdown = Arc::new(Shutdown::default());
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
    ])
    .map_err(|err| format!("cannot handle signals: {err}"))?;
    {
        let (ctx, shutdown) = (ctx.clone(), shutdown.clone());
        let drain = options.drain_timeout;
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let deadline = Instant::now() + drain;
                log::info("shutdown")
                    .field("signal", signal)
                    .field("drain_ms", drain.as_millis() as u64)
                    .message(format!(
                        "signal {signal}: no more requests; draining the queue for up to {} ms",
                        drain.as_millis()
                    ))
                    .write();
                ctx.client.cut_off_at(deadline);
                ctx.closing.store(true, Ordering::SeqCst);
                shutdown.start(deadline);
            }
        });
    }

    let names: Vec<&str> = ctx.targets.iter().map(|(t, _)| t.name.as_str()).collect();
    log::info("listening")
        .field("address", address.as_str())
        .field("queue", options.queue.display().to_string())
        .field("targets", names.join(","))
        .message(format!(
            "listening on http://{address}/ (queue {}, targets {})",
            options.queue.display(),
            names.join(", ")
        ))
        .write();

    let handler: http::Handler = {
        let ctx = ctx.clone();
        Arc::new(move |request| {
            let ctx = ctx.clone();
            Box::pin(async move { handle(&ctx, request).await })
        })
    };
    let limits = http::Limits {
        header_timeout: options.header_timeout,
        body_timeout: options.body_timeout,
        max_connections: options.max_connections,
        max_per_peer: options.max_connections_per_peer,
        min_body_rate: options.min_body_rate,
        max_body: MAX_BODY_BYTES,
    };
    let served = http::serve(
        listener,
        options.workers,
        limits,
        ctx.metrics.connections.clone(),
        handler,
        shutdown.clone(),
    );
    if let Err(err) = served {
        log::error("server_stopped")
            .message(format!("the HTTP server stopped: {err}"))
            .write();
    }

    // The senders drain the queue until it is empty or the deadline.
    let deadline = shutdown.deadline().unwrap_or_else(|| {
        let deadline = Instant::now() + options.drain_timeout;
        ctx.client.cut_off_at(deadline);
        deadline
    });
    ctx.draining.store(true, Ordering::SeqCst);
    ctx.bell.ring();
    let wait_until = |until: Instant| {
        while senders.iter().any(|s| !s.is_finished()) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(10));
        }
    };
    wait_until(deadline);
    ctx.stop.store(true, Ordering::SeqCst);
    ctx.bell.ring();
    wait_until(Instant::now() + STOP_GRACE);
    let left_behind = senders.iter().filter(|s| !s.is_finished()).count();
    for sender in senders.into_iter().filter(|s| s.is_finished()) {
        let _ = sender.join();
    }
    if left_behind > 0 {
        log::warn("drain_timed_out")
            .field("requests", left_behind)
            .message(format!("the drain timed out with {left_behind} requests in flight; their calls stay queued"))
            .write();
    }
    // Closing the channel ends the writer, which marks the queue closed.
    drop(std::mem::replace(
        &mut *ctx.enqueue.lock().unwrap_or_else(|e| e.into_inner()),
        sync_channel(1).0,
    ));
    let writer_deadline = Instant::now() + STOP_GRACE;
    while !writer.is_finished() && Instant::now() < writer_deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    if writer.is_finished() {
        let _ = writer.join();
    }
    std::mem::forget(queue_file);
    let left: u64 = ctx
        .metrics
        .targets
        .iter()
        .map(|t| t.depth.load(Ordering::SeqCst))
        .sum();
    let message = if left == 0 {
        "queue drained; bye".to_owned()
    } else {
        format!("{left} calls left in the queue; they are sent on the next start")
    };
    log::info("exit")
        .field("queued", left)
        .message(message)
        .write();
    Ok(0)
}

/// The single writer: commits everything waiting in one transaction, then
/// answers each webhook (group commit). While a write fails, `/healthz`
/// says so, and a small write is tried every half second to learn when the
/// queue can be written again.
fn write_queue(
    mut queue: Queue,
    targets: &[String],
    rx: Receiver<Enqueue>,
    health: &Mutex<Option<String>>,
) {
    let set_health = |state: Option<String>| {
        let mut health = health.lock().unwrap_or_else(|e| e.into_inner());
        match (&*health, &state) {
            (None, Some(err)) => log::error("queue_unwritable")
                .message(format!(
                    "the queue cannot be written ({err}); /healthz answers 503"
                ))
                .write(),
            (Some(_), None) => log::info("queue_writable")
                .message("the queue can be written again")
                .write(),
            _ => {}
        }
        *health = state;
    };
    let failing = || health.lock().unwrap_or_else(|e| e.into_inner()).is_some();
    loop {
        let first = match rx.recv_timeout(QUEUE_PROBE_INTERVAL) {
            Ok(first) => first,
            Err(RecvTimeoutError::Timeout) => {
                if failing() {
                    if let Ok(()) = queue.probe() {
                        set_health(None);
                    }
                }
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => {
                if let Err(err) = queue.mark_closed_cleanly(true) {
                    log::warn("queue_not_marked_closed")
                        .message(format!("the queue could not be marked closed cleanly ({err}); the next start may warn about it"))
                        .write();
                }
                return;
            }
        };
        let mut waiting = vec![first];
        while waiting.len() < 256 {
            match rx.try_recv() {
                Ok(next) => waiting.push(next),
                Err(_) => break,
            }
        }
        let (groups, replies): (Vec<_>, Vec<_>) = waiting.into_iter().unzip();
        match queue.enqueue(targets, &groups) {
            Ok(added) => {
                set_health(None);
                for (reply, added) in replies.into_iter().zip(added) {
                    let _ = reply.send(Ok(added));
                }
            }
            Err(err) => {
                set_health(Some(err.to_string()));
                for reply in replies {
                    let _ = reply.send(Err(err.to_string()));
                }
            }
        }
    }
}

fn json_reply(status: u16, body: String) -> Reply {
    Reply {
        status,
        content_type: "application/json",
        body: body + "\n",
        headers: Vec::new(),
    }
}

fn error_body(name: &str, message: &str) -> String {
    serde_json::json!({"error": {"name": name, "message": message}}).to_string()
}

/// What a request's log line says beside its status: what the webhook
/// said it was, what became of it, or why it was refused.
#[derive(Default)]
struct Noted {
    label: WebhookLabel,
    queued: Option<usize>,
    skipped: Option<&'static str>,
    /// The error's class and message, as answered (or, for a queue that
    /// cannot be written, as the operator needs it).
    error: Option<(String, String)>,
}

impl Noted {
    /// An error answer, noted for the log line.
    fn refuse(&mut self, status: u16, name: &str, message: &str) -> Reply {
        self.error = Some((name.to_owned(), message.to_owned()));
        json_reply(status, error_body(name, message))
    }
}

async fn handle(ctx: &Context, request: WholeRequest) -> Reply {
    let started = Instant::now();
    let (peer, method, path) = (request.peer, request.method.clone(), request.path.clone());
    let mut noted = Noted::default();
    let probe = method == Method::GET && (path == "/healthz" || path == "/metrics");
    let reply = match (&method, path.as_str()) {
        (&Method::GET, "/healthz") => health(ctx),
        (&Method::GET, "/metrics") => Reply {
            status: 200,
            content_type: "text/plain; version=0.0.4",
            body: metrics_text(ctx),
            headers: Vec::new(),
        },
        (&Method::POST, "/") => {
            let (outcome, reply) = webhook(ctx, request, &mut noted).await;
            ctx.metrics.received[outcome].fetch_add(1, Ordering::Relaxed);
            reply
        }
        (_, "/") => {
            let mut reply = noted.refuse(405, "MethodNotAllowed", "POST a Stigg webhook to /");
            reply.headers.push(("Allow", "POST"));
            reply
        }
        _ => noted.refuse(404, "NotFound", "POST webhooks to /"),
    };
    // Health checks and scrapes come every few seconds: debug only.
    let level = match reply.status {
        _ if probe => log::Level::Debug,
        500.. => log::Level::Error,
        400.. => log::Level::Warn,
        _ => log::Level::Info,
    };
    let (error_class, error) = noted.error.unzip();
    log::line(level, "request")
        .field("peer", peer.to_string())
        .field("method", method.as_str())
        .field("path", path)
        .field("status", reply.status)
        .some("stigg_type", noted.label.event_type)
        .some("stigg_message_id", noted.label.message_id)
        .some("queued", noted.queued)
        .some("skipped", noted.skipped)
        .some("error_class", error_class)
        .some("error", error)
        .ms(started)
        .write();
    reply
}

/// 200 while webhooks can be queued and every target takes calls; 503,
/// with the reasons, while the queue cannot be written or a target has
/// been failing past its retry budget (or refuses requests outright).
fn health(ctx: &Context) -> Reply {
    let queue = ctx
        .queue_health
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let failing: serde_json::Map<String, serde_json::Value> = ctx
        .targets
        .iter()
        .zip(&ctx.metrics.targets)
        .filter_map(|((t, _), m)| m.failing().map(|why| (t.name.clone(), why.into())))
        .collect();
    if queue.is_none() && failing.is_empty() {
        return json_reply(200, "{\"status\":\"ok\"}".to_owned());
    }
    let body = serde_json::json!({
        "status": "failing",
        "queue": queue.map_or("ok".to_owned(), |err| format!("cannot be written: {err}")),
        "targets": failing,
    });
    json_reply(503, body.to_string())
}

async fn webhook(ctx: &Context, request: WholeRequest, noted: &mut Noted) -> (usize, Reply) {
    // The body is whole: this is when the webhook arrived. A call without
    // Stigg's timestamp is dated by it (the core's rule), so a delay in the
    // queue moves no event in time.
    let received_ms = now_millis() as i64;
    let received_at = library::format_unix_ms(received_ms);
    let body = match request.body {
        Body::Read(body) => body,
        Body::TooLarge => {
            let message = format!(
                "the body is over {MAX_BODY_BYTES} bytes (512 KiB), the most Segment accepts"
            );
            return (
                TOO_LARGE,
                noted.refuse(413, "InvalidEventPayload", &message),
            );
        }
        Body::TimedOut => {
            // Not acknowledged: Stigg retries it.
            return (
                TIMED_OUT,
                noted.refuse(408, "RequestTimeout", "the body did not arrive in time"),
            );
        }
        Body::TooSlow => {
            let message = format!(
                "the body arrived slower than the minimum rate ({} bytes a second, after {} s)",
                ctx.min_body_rate,
                http::BODY_RATE_GRACE.as_secs()
            );
            return (TIMED_OUT, noted.refuse(408, "RequestTimeout", &message));
        }
        Body::Failed(err) => {
            return (
                FAILED,
                noted.refuse(
                    400,
                    "InvalidEventPayload",
                    &format!("reading the body: {err}"),
                ),
            )
        }
    };
    let secret = request
        .headers
        .get(SECRET_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);

    let received = calls_for_targets(
        &ctx.targets,
        &body,
        secret.as_deref(),
        &received_at,
        &mut noted.label,
    );
    let calls = match received {
        Ok(calls) => calls,
        // Who is at fault: the sender's credentials, not its body.
        Err(NotQueued::WrongSecret(wrong)) => {
            return (REJECTED, noted.refuse(401, wrong.class, &wrong.message))
        }
        Err(NotQueued::Rejected(kind, message)) => {
            let status = if Transformed::is_client_error(kind) {
                400
            } else {
                500
            };
            return (REJECTED, noted.refuse(status, kind, &message));
        }
        Err(NotQueued::Skipped(code, reason)) => {
            noted.queued = Some(0);
            noted.skipped = Some(code);
            let body =
                serde_json::json!({"queued": 0, "skipped": {"code": code, "reason": reason}});
            return (SKIPPED, json_reply(200, body.to_string()));
        }
    };
    let (reply_tx, reply_rx) = tokio::sync::oneshot::channel();
    let sent = ctx
        .enqueue
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .try_send(((received_ms, calls), reply_tx));
    let committed = match sent {
        Ok(()) => reply_rx
            .await
            .unwrap_or_else(|_| Err("the queue writer stopped".to_owned())),
        Err(TrySendError::Full(_)) => Err("too many webhooks are waiting for the queue".to_owned()),
        Err(TrySendError::Disconnected(_)) => Err("the queue writer stopped".to_owned()),
    };
    match committed {
        Ok(added) => {
            // Depth follows what was really added; a repeat adds nothing.
            for (metrics, &n) in ctx.metrics.targets.iter().zip(&added) {
                metrics.queued.fetch_add(n as u64, Ordering::Relaxed);
                metrics.depth.fetch_add(n as u64, Ordering::Relaxed);
            }
            let total: usize = added.iter().sum();
            ctx.bell.ring();
            noted.queued = Some(total);
            (QUEUED, json_reply(200, format!("{{\"queued\":{total}}}")))
        }
        Err(err) => {
            // Not acknowledged: Stigg retries it. The log says why; the
            // sender is told only to retry.
            let reply = json_reply(
                503,
                error_body("RetryError", "the queue is unavailable; retry later"),
            );
            noted.error = Some((
                "RetryError".to_owned(),
                format!("cannot queue the webhook: {err}"),
            ));
            (FAILED, reply)
        }
    }
}

/// Why a webhook's calls are not queued: what it is answered.
#[derive(Debug)]
enum NotQueued {
    /// The `Stigg-Webhooks-Secret` is missing or wrong (401).
    WrongSecret(WrongSecret),
    /// The core refused the webhook under a target's settings.
    Rejected(&'static str, String),
    /// No target made a call: a skip's code and reason (the last target's).
    Skipped(&'static str, String),
}

/// The calls a webhook makes for each target, under its settings, each with
/// the target's index: a target whose settings skip the webhook adds none
/// and drops no other target's. `label` takes what the webhook says it is,
/// once its secret passed.
fn calls_for_targets(
    targets: &[(Target, Settings)],
    body: &[u8],
    secret: Option<&str>,
    received_at: &str,
    label: &mut WebhookLabel,
) -> Result<Vec<(usize, ReadyCall)>, NotQueued> {
    let mut calls = Vec::new();
    let mut skipped = None;
    for (index, (_, settings)) in targets.iter().enumerate() {
        let received =
            library::transform_received(body, secret, settings, Arrival::At(received_at));
        if index == 0 {
            *label = received.label;
        }
        match received.transformed.map_err(NotQueued::WrongSecret)? {
            Transformed::Calls(made) => calls.extend(made.into_iter().map(|call| (index, call))),
            Transformed::Skipped(code, reason) => skipped = Some((code, reason)),
            Transformed::Rejected(kind, message) => return Err(NotQueued::Rejected(kind, message)),
        }
    }
    match skipped {
        Some((code, reason)) if calls.is_empty() => Err(NotQueued::Skipped(code, reason)),
        _ => Ok(calls),
    }
}

fn metrics_text(ctx: &Context) -> String {
    let mut out = String::new();
    let mut family = |name: &str, kind: &str, help: &str, rows: Vec<(String, u64)>| {
        out.push_str(&format!("# HELP {name} {help}\n# TYPE {name} {kind}\n"));
        for (labels, value) in rows {
            out.push_str(&format!("{name}{labels} {value}\n"));
        }
    };
    let received = OUTCOMES
        .iter()
        .zip(&ctx.metrics.received)
        .map(|(outcome, n)| {
            (
                format!("{{outcome=\"{outcome}\"}}"),
                n.load(Ordering::Relaxed),
            )
        })
        .collect();
    family(
        "stigg_segment_webhooks_received_total",
        "counter",
        "Webhooks received, by what became of them.",
        received,
    );
    let per_target = |get: &dyn Fn(&TargetMetrics) -> u64| -> Vec<(String, u64)> {
        ctx.targets
            .iter()
            .zip(&ctx.metrics.targets)
            .map(|((t, _), m)| (format!("{{target=\"{}\"}}", t.name), get(m)))
            .collect()
    };
    family(
        "stigg_segment_calls_queued_total",
        "counter",
        "Calls committed to the queue (a redelivery of a queued call adds none).",
        per_target(&|m| m.queued.load(Ordering::Relaxed)),
    );
    family(
        "stigg_segment_calls_sent_total",
        "counter",
        "Calls accepted by Segment (HTTP 2xx).",
        per_target(&|m| m.sent.load(Ordering::Relaxed)),
    );
    family(
        "stigg_segment_calls_dead_lettered_total",
        "counter",
        "Calls Segment refused (HTTP 400), written to the dead-letter file.",
        per_target(&|m| m.dead_lettered.load(Ordering::Relaxed)),
    );
    family(
        "stigg_segment_queue_depth",
        "gauge",
        "Calls waiting in the queue.",
        per_target(&|m| m.depth.load(Ordering::Relaxed)),
    );
    family(
        "stigg_segment_delivery_failures_total",
        "counter",
        "Deliveries that stopped with calls left queued: the endpoint refused the request (401, 403, 404, a 400 to every call, ...), retries ran out, or a dead letter could not be written.",
        per_target(&|m| m.failures.load(Ordering::Relaxed)),
    );
    family(
        "stigg_segment_target_failing",
        "gauge",
        "1 while the target is failing (its calls stay queued), else 0.",
        per_target(&|m| u64::from(m.failing().is_some())),
    );
    family(
        "stigg_segment_requests_retried_total",
        "counter",
        "Requests to Segment retried (429, 5xx, timeouts, network errors).",
        vec![(String::new(), ctx.client.retries.load(Ordering::Relaxed))],
    );
    let queue_ok = ctx
        .queue_health
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .is_none();
    family(
        "stigg_segment_queue_writable",
        "gauge",
        "1 while the queue can be written, else 0.",
        vec![(String::new(), u64::from(queue_ok))],
    );
    let connections = &ctx.metrics.connections;
    family(
        "stigg_segment_connections_accepted_total",
        "counter",
        "HTTP connections accepted.",
        vec![(String::new(), connections.accepted.load(Ordering::Relaxed))],
    );
    family(
        "stigg_segment_connections_open",
        "gauge",
        "HTTP connections open.",
        vec![(String::new(), connections.open.load(Ordering::Relaxed))],
    );
    family(
        "stigg_segment_connections_closed_total",
        "counter",
        "HTTP connections the server closed: header_timeout (no complete request in time), body_timeout (answered 408), evicted (idle, closed for a new one at a cap), refused (answered 503 at the cap), peer_cap (answered 503: its peer address holds its share), body_too_slow (answered 408: below the minimum body rate).",
        CLOSE_REASONS
            .iter()
            .zip(&connections.closed)
            .map(|(reason, n)| {
                (
                    format!("{{reason=\"{reason}\"}}"),
                    n.load(Ordering::Relaxed),
                )
            })
            .collect(),
    );
    out
}

/// One target's sender: oldest calls first, delivered as the policy says; a
/// row leaves the queue only once Segment accepted it or it is in the
/// dead-letter file. When a delivery stops (an answer about the request,
/// retries run out) or a dead letter cannot be written, the calls stay
/// queued, the target is reported failing, and the sender waits the
/// policy's hold before trying again: a failure never spins. While the
/// queue cannot forget delivered calls, nothing new is sent, so that
/// nothing is sent twice.
fn drain_target(ctx: &Context, index: usize) {
    let (target, _) = &ctx.targets[index];
    let metrics = &ctx.metrics.targets[index];
    let set_failing = |why: Option<String>| {
        let mut failing = metrics.failing.lock().unwrap_or_else(|e| e.into_inner());
        match (&*failing, &why) {
            (None, Some(why)) => log::error("target_failing")
                .field("target", target.name.as_str())
                .field("retry_ms", ctx.client.policy.hold_ms)
                .message(format!(
                    "target {} is failing: {why}; its calls stay queued and are tried again every {} ms",
                    target.name, ctx.client.policy.hold_ms
                ))
                .write(),
            (Some(_), None) => log::info("target_recovered")
                .field("target", target.name.as_str())
                .message(format!("target {} takes calls again", target.name))
                .write(),
            _ => {}
        }
        *failing = why;
    };
    let hold = Duration::from_millis(ctx.client.policy.hold_ms);
    let mut queue: Option<Queue> = None;
    // Rows accepted or dead-lettered that the queue has not forgotten yet.
    let mut settled: Vec<i64> = Vec::new();
    loop {
        if ctx.stop.load(Ordering::SeqCst) {
            return;
        }
        let queue = match &mut queue {
            Some(queue) => queue,
            None => match Queue::open(&ctx.queue_path) {
                Ok(opened) => queue.insert(opened),
                Err(err) => {
                    set_failing(Some(format!("the queue cannot be opened: {err}")));
                    segment::sleep_unless_stopped(hold, &ctx.stop);
                    continue;
                }
            },
        };
        if !settled.is_empty() {
            if let Err(err) = queue.remove(&settled) {
                set_failing(Some(format!(
                    "the queue cannot be written ({err}): {} calls Segment has cannot be removed from it, so nothing more is sent until they are",
                    settled.len()
                )));
                segment::sleep_unless_stopped(QUEUE_PROBE_INTERVAL, &ctx.stop);
                continue;
            }
            let removed = std::mem::take(&mut settled).len() as u64;
            let _ = metrics
                .depth
                .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |d| {
                    Some(d.saturating_sub(removed))
                });
        }
        match send_some(ctx, index, queue) {
            Round::Empty => {
                set_failing(None);
                if ctx.draining.load(Ordering::SeqCst) {
                    return;
                }
                ctx.bell.wait(Duration::from_millis(500));
            }
            Round::Delivered {
                settled: done,
                failing: None,
                ..
            } => {
                settled = done;
                set_failing(None);
            }
            Round::Delivered {
                settled: done,
                failing: Some(why),
                wait,
            } => {
                settled = done;
                // Forget what was delivered before waiting.
                if queue.remove(&settled).is_ok() {
                    let removed = std::mem::take(&mut settled).len() as u64;
                    let _ = metrics
                        .depth
                        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |d| {
                            Some(d.saturating_sub(removed))
                        });
                }
                metrics.failures.fetch_add(1, Ordering::Relaxed);
                set_failing(Some(why));
                segment::sleep_unless_stopped(wait, &ctx.stop);
            }
            Round::Interrupted { settled: done } => {
                let _ = queue.remove(&done);
                return;
            }
        }
    }
}

enum Round {
    /// Nothing queued.
    Empty,
    /// A delivery ended: the rows to forget, and why the target is failing
    /// (None: it takes calls) with how long to wait before trying again.
    Delivered {
        settled: Vec<i64>,
        failing: Option<String>,
        wait: Duration,
    },
    /// Shutdown stopped the delivery.
    Interrupted { settled: Vec<i64> },
}

/// Delivers the oldest queued calls, up to a batch's worth of rows.
fn send_some(ctx: &Context, index: usize, queue: &mut Queue) -> Round {
    let (target, _) = &ctx.targets[index];
    let metrics = &ctx.metrics.targets[index];
    let hold = Duration::from_millis(ctx.client.policy.hold_ms);
    let rows = match queue.peek(&target.name, MAX_BATCH_CALLS) {
        Ok(rows) => rows,
        Err(err) => {
            return Round::Delivered {
                settled: Vec::new(),
                failing: Some(format!("the queue cannot be read: {err}")),
                wait: hold,
            }
        }
    };
    if rows.is_empty() {
        return Round::Empty;
    }
    let mut ids = HashMap::with_capacity(rows.len());
    let received_ms: Vec<Option<i64>> = rows.iter().map(|row| row.received_ms).collect();
    let calls: Vec<ReadyCall> = rows
        .into_iter()
        .map(|row| {
            ids.insert(row.call.message_id.clone(), row.id);
            row.call
        })
        .collect();
    let delivered = segment::deliver_queued(&ctx.client, target, calls, &received_ms, &ctx.stop);
    if delivered.split_too_large > 0 {
        log::warn("split_too_large")
            .field("target", target.name.as_str())
            .field("requests", delivered.split_too_large)
            .message(format!(
                "target {}: the endpoint answered 413 to {} requests, which were halved: its size limit is below Segment's 500 KB (is a proxy limiting request bodies?)",
                target.name, delivered.split_too_large
            ))
            .write();
    }
    let id_of = |call: &ReadyCall| ids.get(&call.message_id).copied();
    let mut settled: Vec<i64> = delivered.accepted.iter().filter_map(id_of).collect();
    metrics
        .sent
        .fetch_add(delivered.accepted.len() as u64, Ordering::Relaxed);
    let mut dead_letter_failure = None;
    for (call, status, answer) in &delivered.refused {
        let mut file = ctx.dead_letters.lock().unwrap_or_else(|e| e.into_inner());
        match file.write(&target.name, *status, answer, call) {
            Ok(()) => {
                metrics.dead_lettered.fetch_add(1, Ordering::Relaxed);
                settled.extend(id_of(call));
            }
            Err(err) => {
                dead_letter_failure = Some(format!(
                    "the dead-letter file {} cannot be written ({err}); a call Segment refused stays queued",
                    file.path().display()
                ));
            }
        }
    }
    let stopped = match delivered.stop {
        Some((Stop::Interrupted, _)) => return Round::Interrupted { settled },
        Some((_, message)) => Some(message),
        None => None,
    };
    let failing = match (stopped, dead_letter_failure) {
        (Some(stopped), Some(dead)) => Some(format!("{stopped}; and {dead}")),
        (stopped, dead) => stopped.or(dead),
    };
    Round::Delivered {
        settled,
        failing,
        wait: delivered.wait.unwrap_or(hold),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::SettingsSource;

    fn target(name: &str, allowlist: Option<&str>) -> (Target, Settings) {
        let env = |variable: &str| {
            (variable == "STIGG_SEGMENT_EVENT_ALLOWLIST")
                .then(|| allowlist.map(str::to_owned))
                .flatten()
        };
        let settings = SettingsSource::load(None, env)
            .unwrap()
            .settings(Some(name))
            .unwrap();
        let endpoint = library::delivery::US_ENDPOINT.to_owned();
        (
            Target::new(name.into(), endpoint, "wk".into(), None),
            settings,
        )
    }

    fn calls_of(targets: &[(Target, Settings)], body: &str) -> Result<Vec<usize>, NotQueued> {
        let mut label = WebhookLabel::default();
        let at = "2024-03-02T08:30:00.250Z";
        let calls = calls_for_targets(targets, body.as_bytes(), None, at, &mut label)?;
        assert_eq!(label.event_type.as_deref(), Some("subscription.updated"));
        Ok(calls.into_iter().map(|(target, _)| target).collect())
    }

    #[test]
    fn a_target_whose_settings_skip_a_webhook_drops_no_other_targets_calls() {
        let body = r#"{"type":"subscription.updated","messageId":"m-1","customer":{"id":"c-1"}}"#;
        let all = || target("all", None);
        let customers = || target("customers", Some("customer.*"));
        // Whichever comes first, the calls of the target that takes the
        // webhook are queued.
        assert_eq!(calls_of(&[all(), customers()], body).unwrap(), [0]);
        assert_eq!(calls_of(&[customers(), all()], body).unwrap(), [1]);
        assert_eq!(calls_of(&[all(), all()], body).unwrap(), [0, 1]);
        // Skipped only when no target made a call.
        match calls_of(&[customers(), customers()], body) {
            Err(NotQueued::Skipped(code, reason)) => {
                assert_eq!(code, "filtered");
                assert!(reason.contains("subscription.updated"), "{reason}");
            }
            other => panic!("not skipped: {other:?}"),
        }
    }
}
