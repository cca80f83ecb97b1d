//! `stigg-segment serve`: an endpoint for Stigg webhooks that answers like
//! the Segment function, acknowledges a webhook only once its calls are in a
//! durable queue, and drains the queue to one or more Segment sources.

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use tiny_http::{Header, Method, Request, Response, Server};

use crate::core::{self, ReadyCall, Settings, Transformed, MAX_BODY_BYTES, SECRET_HEADER};
use crate::segment::{self, Batcher, Client, Failure, Target, MAX_BATCH_CALLS};
use crate::store::{DeadLetters, Queue};

pub struct ServeOptions {
    pub listen: String,
    pub queue: PathBuf,
    pub dead_letters: PathBuf,
    /// Each target with the settings its namespace gives.
    pub targets: Vec<(Target, Settings)>,
    pub client: Client,
    pub workers: usize,
    pub drain_timeout: Duration,
}

#[derive(Default)]
struct TargetMetrics {
    queued: AtomicU64,
    sent: AtomicU64,
    dead_lettered: AtomicU64,
    depth: AtomicU64,
}

#[derive(Default)]
struct Metrics {
    received: [AtomicU64; 5],
    targets: Vec<TargetMetrics>,
}

const OUTCOMES: [&str; 5] = ["queued", "skipped", "rejected", "too_large", "error"];
const QUEUED: usize = 0;
const SKIPPED: usize = 1;
const REJECTED: usize = 2;
const TOO_LARGE: usize = 3;
const FAILED: usize = 4;

/// A webhook's calls on their way into the queue, and where to answer.
type Enqueue = (
    Vec<(String, ReadyCall)>,
    SyncSender<Result<Vec<(String, usize)>, String>>,
);

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
    bell: Bell,
    /// No more requests: SIGTERM or SIGINT arrived.
    closing: AtomicBool,
    /// Senders exit once their queue is empty.
    draining: AtomicBool,
    /// Senders stop now, even mid-retry (the drain timed out).
    stop: AtomicBool,
    dead_letters: Mutex<DeadLetters>,
    queue_path: PathBuf,
}

pub fn run(options: ServeOptions) -> Result<i32, String> {
    let queue_error = |err: rusqlite::Error| format!("queue {}: {err}", options.queue.display());
    let queue = Queue::open(&options.queue).map_err(queue_error)?;
    let mut metrics = Metrics::default();
    for (target, _) in &options.targets {
        let depth = queue.depth(&target.name).map_err(queue_error)?;
        metrics.targets.push(TargetMetrics {
            depth: AtomicU64::new(depth),
            ..TargetMetrics::default()
        });
        if depth > 0 {
            eprintln!("stigg-segment: {depth} calls queued for target {} from an earlier run; sending them", target.name);
        }
    }
    for name in queue.targets().map_err(queue_error)? {
        if !options.targets.iter().any(|(t, _)| t.name == name) {
            let depth = queue.depth(&name).map_err(queue_error)?;
            eprintln!("stigg-segment: warning: {depth} calls are queued for target {name}, which is not configured; they stay in the queue");
        }
    }
    let server = Server::http(&options.listen)
        .map_err(|err| format!("cannot listen on {}: {err}", options.listen))?;
    let server = Arc::new(server);

    let (enqueue_tx, enqueue_rx) = sync_channel::<Enqueue>(1024);
    let writer = std::thread::spawn(move || write_queue(queue, enqueue_rx));

    let ctx = Arc::new(Context {
        targets: options.targets,
        client: options.client,
        metrics,
        enqueue: Mutex::new(enqueue_tx),
        bell: Bell::default(),
        closing: AtomicBool::new(false),
        draining: AtomicBool::new(false),
        stop: AtomicBool::new(false),
        dead_letters: Mutex::new(DeadLetters::new(options.dead_letters)),
        queue_path: options.queue.clone(),
    });

    let senders: Vec<_> = (0..ctx.targets.len())
        .map(|index| {
            let ctx = ctx.clone();
            std::thread::spawn(move || {
                if let Err(err) = drain_target(&ctx, index) {
                    eprintln!(
                        "stigg-segment: sender for target {} stopped: {err}",
                        ctx.targets[index].0.name
                    );
                }
            })
        })
        .collect();

    // SIGTERM / SIGINT: stop taking requests, drain, exit.
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
    ])
    .map_err(|err| format!("cannot handle signals: {err}"))?;
    {
        let (ctx, server, workers) = (ctx.clone(), server.clone(), options.workers);
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                eprintln!("stigg-segment: signal {signal}: no more requests; draining the queue");
                ctx.closing.store(true, Ordering::SeqCst);
                for _ in 0..workers {
                    server.unblock();
                }
            }
        });
    }

    let address = server
        .server_addr()
        .to_ip()
        .map_or_else(|| options.listen.clone(), |a| a.to_string());
    let names: Vec<&str> = ctx.targets.iter().map(|(t, _)| t.name.as_str()).collect();
    eprintln!(
        "stigg-segment: listening on http://{address}/ (queue {}, targets {})",
        options.queue.display(),
        names.join(", ")
    );

    let workers: Vec<_> = (0..options.workers.max(1))
        .map(|_| {
            let (ctx, server) = (ctx.clone(), server.clone());
            std::thread::spawn(move || {
                while !ctx.closing.load(Ordering::SeqCst) {
                    match server.recv() {
                        Ok(request) => handle(&ctx, request),
                        Err(_) => break,
                    }
                }
            })
        })
        .collect();
    for worker in workers {
        let _ = worker.join();
    }
    drop(server);

    ctx.draining.store(true, Ordering::SeqCst);
    ctx.bell.ring();
    let deadline = Instant::now() + options.drain_timeout;
    while senders.iter().any(|s| !s.is_finished()) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    ctx.stop.store(true, Ordering::SeqCst);
    ctx.bell.ring();
    for sender in senders {
        let _ = sender.join();
    }
    // Closing the channel ends the writer.
    drop(std::mem::replace(
        &mut *ctx.enqueue.lock().unwrap_or_else(|e| e.into_inner()),
        sync_channel(1).0,
    ));
    let _ = writer.join();
    let left: u64 = ctx
        .metrics
        .targets
        .iter()
        .map(|t| t.depth.load(Ordering::SeqCst))
        .sum();
    if left == 0 {
        eprintln!("stigg-segment: queue drained; bye");
    } else {
        eprintln!("stigg-segment: {left} calls left in the queue; they are sent on the next start");
    }
    Ok(0)
}

/// The single writer: commits everything waiting in one transaction, then
/// answers each webhook (group commit).
fn write_queue(mut queue: Queue, rx: Receiver<Enqueue>) {
    while let Ok(first) = rx.recv() {
        let mut waiting = vec![first];
        while waiting.len() < 256 {
            match rx.try_recv() {
                Ok(next) => waiting.push(next),
                Err(_) => break,
            }
        }
        let groups: Vec<_> = waiting.iter().map(|(calls, _)| calls.clone()).collect();
        match queue.enqueue(&groups) {
            Ok(added) => {
                for ((_, reply), added) in waiting.into_iter().zip(added) {
                    let _ = reply.send(Ok(added));
                }
            }
            Err(err) => {
                for (_, reply) in waiting {
                    let _ = reply.send(Err(err.to_string()));
                }
            }
        }
    }
}

fn json_response(status: u16, body: String) -> Response<std::io::Cursor<Vec<u8>>> {
    let header = Header::from_bytes("Content-Type", "application/json").expect("a valid header");
    Response::from_string(body + "\n")
        .with_status_code(status)
        .with_header(header)
}

fn error_body(name: &str, message: &str) -> String {
    serde_json::json!({"error": {"name": name, "message": message}}).to_string()
}

fn handle(ctx: &Context, mut request: Request) {
    let path = request.url().split('?').next().unwrap_or("").to_owned();
    let response = match (request.method(), path.as_str()) {
        (Method::Get, "/healthz") => json_response(200, "{\"status\":\"ok\"}".to_owned()),
        (Method::Get, "/metrics") => {
            let header = Header::from_bytes("Content-Type", "text/plain; version=0.0.4")
                .expect("a valid header");
            Response::from_string(metrics_text(ctx)).with_header(header)
        }
        (Method::Post, "/") => {
            let (outcome, response) = webhook(ctx, &mut request);
            ctx.metrics.received[outcome].fetch_add(1, Ordering::Relaxed);
            response
        }
        (_, "/") => json_response(
            405,
            error_body("MethodNotAllowed", "POST a Stigg webhook to /"),
        )
        .with_header(Header::from_bytes("Allow", "POST").expect("a valid header")),
        _ => json_response(404, error_body("NotFound", "POST webhooks to /")),
    };
    let _ = request.respond(response);
}

fn webhook(ctx: &Context, request: &mut Request) -> (usize, Response<std::io::Cursor<Vec<u8>>>) {
    let too_large = || {
        let message =
            format!("the body is over {MAX_BODY_BYTES} bytes (512 KiB), the most Segment accepts");
        let close = Header::from_bytes("Connection", "close").expect("a valid header");
        (
            TOO_LARGE,
            json_response(413, error_body("InvalidEventPayload", &message)).with_header(close),
        )
    };
    if request
        .body_length()
        .is_some_and(|len| len > MAX_BODY_BYTES)
    {
        return too_large();
    }
    // Cut while reading: never more than the limit and one byte in memory.
    let mut body = Vec::with_capacity(
        request
            .body_length()
            .unwrap_or(4096)
            .min(MAX_BODY_BYTES + 1),
    );
    if let Err(err) = request
        .as_reader()
        .take(MAX_BODY_BYTES as u64 + 1)
        .read_to_end(&mut body)
    {
        return (
            FAILED,
            json_response(
                400,
                error_body("InvalidEventPayload", &format!("reading the body: {err}")),
            ),
        );
    }
    if body.len() > MAX_BODY_BYTES {
        return too_large();
    }
    let secret = request
        .headers()
        .iter()
        .find(|h| h.field.equiv(SECRET_HEADER))
        .map(|h| h.value.as_str().to_owned());

    let mut calls = Vec::new();
    let mut skipped = None;
    for (target, settings) in &ctx.targets {
        match core::transform(&body, secret.as_deref(), settings) {
            Transformed::Calls(made) => {
                calls.extend(made.into_iter().map(|call| (target.name.clone(), call)));
            }
            Transformed::Skipped(code, reason) => skipped = Some((code, reason)),
            Transformed::Rejected(kind, message) => {
                let status = if Transformed::is_client_error(kind) {
                    400
                } else {
                    500
                };
                return (REJECTED, json_response(status, error_body(kind, &message)));
            }
        }
    }
    if let Some((code, reason)) = skipped {
        let body = serde_json::json!({"queued": 0, "skipped": {"code": code, "reason": reason}});
        return (SKIPPED, json_response(200, body.to_string()));
    }
    let (reply_tx, reply_rx) = sync_channel(1);
    let sent = ctx
        .enqueue
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .send((calls, reply_tx));
    let committed = match sent {
        Ok(()) => reply_rx
            .recv()
            .unwrap_or_else(|_| Err("the queue writer stopped".to_owned())),
        Err(_) => Err("the queue writer stopped".to_owned()),
    };
    match committed {
        Ok(added) => {
            // Depth follows what was really added; a repeat adds nothing.
            let mut total = 0;
            for (name, n) in added {
                total += n;
                if let Some(i) = ctx.targets.iter().position(|(t, _)| t.name == name) {
                    ctx.metrics.targets[i]
                        .depth
                        .fetch_add(n as u64, Ordering::Relaxed);
                }
            }
            ctx.bell.ring();
            (
                QUEUED,
                json_response(200, format!("{{\"queued\":{total}}}")),
            )
        }
        Err(err) => {
            eprintln!("stigg-segment: cannot queue a webhook: {err}");
            // Not acknowledged: Stigg retries it.
            (
                FAILED,
                json_response(
                    503,
                    error_body("RetryError", "the queue is unavailable; retry later"),
                ),
            )
        }
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
        "Calls Segment refused, written to the dead-letter file.",
        per_target(&|m| m.dead_lettered.load(Ordering::Relaxed)),
    );
    family(
        "stigg_segment_queue_depth",
        "gauge",
        "Calls waiting in the queue.",
        per_target(&|m| m.depth.load(Ordering::Relaxed)),
    );
    family(
        "stigg_segment_requests_retried_total",
        "counter",
        "Requests to Segment retried (429, 5xx, timeouts, network errors).",
        vec![(String::new(), ctx.client.retries.load(Ordering::Relaxed))],
    );
    out
}

/// One target's sender: oldest calls first, in batches within Segment's
/// limits; a row leaves the queue only once Segment accepted it or it is
/// in the dead-letter file.
fn drain_target(ctx: &Context, index: usize) -> Result<(), String> {
    let (target, _) = &ctx.targets[index];
    let metrics = &ctx.metrics.targets[index];
    let mut queue = Queue::open(&ctx.queue_path).map_err(|e| e.to_string())?;
    loop {
        if ctx.stop.load(Ordering::SeqCst) {
            return Ok(());
        }
        let rows = queue
            .peek(&target.name, 0, MAX_BATCH_CALLS)
            .map_err(|e| e.to_string())?;
        if rows.is_empty() {
            if ctx.draining.load(Ordering::SeqCst) {
                return Ok(());
            }
            ctx.bell.wait(Duration::from_millis(500));
            continue;
        }
        let mut ids = HashMap::with_capacity(rows.len());
        let mut batcher = Batcher::default();
        let mut batch = None;
        for row in rows {
            ids.insert(row.call.message_id.clone(), row.id);
            if let Some(full) = batcher.push(row.call) {
                batch = Some(full);
                break;
            }
        }
        let Some(batch) = batch.or_else(|| batcher.take()) else {
            continue;
        };
        let delivered = segment::deliver(&ctx.client, target, batch, &ctx.stop);
        let mut done: Vec<i64> = delivered
            .accepted
            .iter()
            .filter_map(|call| ids.get(&call.message_id).copied())
            .collect();
        metrics
            .sent
            .fetch_add(delivered.accepted.len() as u64, Ordering::Relaxed);
        for (call, status, answer) in &delivered.refused {
            let mut file = ctx.dead_letters.lock().unwrap_or_else(|e| e.into_inner());
            match file.write(&target.name, *status, answer, call) {
                Ok(()) => {
                    metrics.dead_lettered.fetch_add(1, Ordering::Relaxed);
                    done.extend(ids.get(&call.message_id).copied());
                }
                Err(err) => eprintln!(
                    "stigg-segment: cannot write the dead letter {} ({err}); the call stays queued",
                    file.path().display()
                ),
            }
        }
        queue.remove(&done).map_err(|e| e.to_string())?;
        let removed = done.len() as u64;
        let _ = metrics
            .depth
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |d| {
                Some(d.saturating_sub(removed))
            });
        match delivered.failure {
            None => {}
            Some(Failure::Interrupted) => return Ok(()),
            Some(Failure::Unauthorized(message) | Failure::GaveUp(message)) => {
                eprintln!(
                    "stigg-segment: target {}: {message}; the calls stay queued",
                    target.name
                );
                segment::sleep_unless_stopped(ctx.client.policy.max_backoff, &ctx.stop);
            }
        }
    }
}
