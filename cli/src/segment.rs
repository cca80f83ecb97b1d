//! Delivery to Segment's HTTP Tracking API: the I/O. What each answer means
//! for each call (send, retry, split, dead-letter, stop) is the core's
//! delivery policy (`stigg_segment::delivery`), the one the edge relay runs
//! too; this module posts batches under a shared rate limit, sleeps when
//! the policy says to retry, and reports each call's fate.

use std::fmt;
use std::io::Read;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use base64::Engine;

use crate::client::{agent_config, Jitter};
use crate::library::delivery::{
    Answer, BatchBudget, Decision, Delivery, Fate, NetworkFailure, Policy, Request, Stop,
};
use crate::library::{format_unix_ms, ReadyCall};
use crate::log;
use crate::store::now_millis;

pub use crate::library::delivery::MAX_BATCH_CALLS;
use crate::library::delivery::{self, ANSWER_READ_BYTES};

/// Where calls go: one Segment source.
pub struct Target {
    pub name: String,
    pub endpoint: String,
    /// `Basic base64(writeKey:)`. Never printed: see the Debug impl.
    authorization: String,
    write_key: String,
    /// Overrides the messageIdNamespace setting for this target.
    pub namespace: Option<String>,
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Target")
            .field("name", &self.name)
            .field("endpoint", &self.endpoint)
            .field("namespace", &self.namespace)
            .finish_non_exhaustive()
    }
}

impl Target {
    pub fn new(
        name: String,
        endpoint: String,
        write_key: String,
        namespace: Option<String>,
    ) -> Target {
        // Segment's HTTP API: the write key is the user name, the password empty.
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{write_key}:"));
        Target {
            name,
            endpoint,
            authorization: format!("Basic {token}"),
            write_key,
            namespace,
        }
    }

    /// Removes the write key from text that came from elsewhere (an error
    /// message, Segment's answer) before it is shown or stored, by the
    /// core's rule. `cut_short`: the text is the start of a longer answer.
    pub fn scrub(&self, text: &str, cut_short: bool) -> String {
        let token = self.authorization.trim_start_matches("Basic ");
        delivery::scrub(text, &[&self.write_key, token], "[write key]", cut_short)
    }
}

/// Collects calls into batches within Segment's limits.
#[derive(Default)]
pub struct Batcher {
    calls: Vec<ReadyCall>,
    budget: BatchBudget,
}

impl Batcher {
    /// Adds a call; returns the full batch it could not join, if any.
    pub fn push(&mut self, call: ReadyCall) -> Option<Vec<ReadyCall>> {
        let size = call.json.len();
        let full = if self.budget.admits(size) {
            None
        } else {
            self.take()
        };
        self.budget.add(size);
        self.calls.push(call);
        full
    }

    pub fn take(&mut self) -> Option<Vec<ReadyCall>> {
        if self.calls.is_empty() {
            return None;
        }
        self.budget = BatchBudget::default();
        Some(std::mem::take(&mut self.calls))
    }
}

/// The body of one batch request: the one place it is built. `sent_at` is
/// when the request is made, set anew on each attempt as Segment's
/// libraries do: with each call's `timestamp`, it lets Segment correct the
/// sender's clock. (The batch's room for it is `BATCH_ENVELOPE_BYTES`.)
pub fn batch_body(calls: &[ReadyCall], sent_at: &str) -> Vec<u8> {
    const OPEN: &str = "{\"batch\":[";
    const SENT_AT: &str = "],\"sentAt\":";
    let sent_at = serde_json::Value::from(sent_at).to_string();
    let size = calls.iter().map(|c| c.json.len() + 1).sum::<usize>()
        + OPEN.len()
        + SENT_AT.len()
        + sent_at.len()
        + 1;
    let mut body = Vec::with_capacity(size);
    body.extend_from_slice(OPEN.as_bytes());
    for (i, call) in calls.iter().enumerate() {
        if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(call.json.as_bytes());
    }
    body.extend_from_slice(SENT_AT.as_bytes());
    body.extend_from_slice(sent_at.as_bytes());
    body.push(b'}');
    body
}

/// Spaces requests evenly across every thread: at most `per_second`.
pub struct RateLimiter {
    interval: Option<Duration>,
    next: Mutex<Instant>,
}

impl RateLimiter {
    pub fn new(per_second: f64) -> RateLimiter {
        RateLimiter {
            interval: (per_second > 0.0).then(|| Duration::from_secs_f64(1.0 / per_second)),
            next: Mutex::new(Instant::now()),
        }
    }

    /// Waits for this thread's turn; false when stopped meanwhile.
    pub fn wait(&self, stop: &AtomicBool) -> bool {
        let Some(interval) = self.interval else {
            return !stop.load(Ordering::Relaxed);
        };
        let slot = {
            let mut next = self.next.lock().unwrap_or_else(|e| e.into_inner());
            let slot = (*next).max(Instant::now());
            *next = slot + interval;
            slot
        };
        sleep_unless_stopped(slot.saturating_duration_since(Instant::now()), stop)
    }
}

/// What a request got: an answer, or why there was none.
enum Answered {
    Http {
        status: u16,
        retry_after: Option<String>,
        location: Option<String>,
        body: String,
    },
    Failed {
        kind: NetworkFailure,
        message: String,
    },
}

impl Answered {
    fn as_answer(&self) -> Answer<'_> {
        match self {
            Answered::Http {
                status,
                retry_after,
                location,
                body,
            } => Answer::Http {
                status: *status,
                retry_after: retry_after.as_deref(),
                location: location.as_deref(),
                body,
                now_ms: now_millis(),
            },
            Answered::Failed { kind, message } => Answer::Failed {
                kind: *kind,
                message,
            },
        }
    }
}

/// Sends requests to Segment: the HTTP agent, the rate limit, the policy.
pub struct Client {
    agent: ureq::Agent,
    pub policy: Policy,
    timeout: Duration,
    limiter: RateLimiter,
    /// Requests retried (429, 5xx, network errors), for `/metrics`.
    pub retries: AtomicU64,
    jitter: Jitter,
    /// Requests end by this instant at the latest (a shutdown's deadline).
    cutoff: Mutex<Option<Instant>>,
}

impl Client {
    pub fn new(policy: Policy, timeout: Duration, rate_limit: f64) -> Client {
        let config = agent_config().max_idle_connections_per_host(16).build();
        Client {
            agent: config.into(),
            policy,
            timeout,
            limiter: RateLimiter::new(rate_limit),
            retries: AtomicU64::new(0),
            jitter: Jitter::default(),
            cutoff: Mutex::new(None),
        }
    }

    /// Every request from now on ends by `at` at the latest: shutdown
    /// keeps its deadline whatever the endpoint does.
    pub fn cut_off_at(&self, at: Instant) {
        *self.cutoff.lock().unwrap_or_else(|e| e.into_inner()) = Some(at);
    }

    /// One POST: Segment's answer, read up to [`ANSWER_READ_BYTES`] and
    /// scrubbed (the core keeps what it keeps of it), or why there was none.
    fn post_once(&self, target: &Target, body: &[u8]) -> Answered {
        let cutoff = *self.cutoff.lock().unwrap_or_else(|e| e.into_inner());
        let timeout = match cutoff {
            Some(at) => self
                .timeout
                .min(at.saturating_duration_since(Instant::now()))
                .max(Duration::from_millis(1)),
            None => self.timeout,
        };
        let sent = self
            .agent
            .post(&target.endpoint)
            .config()
            .timeout_global(Some(timeout))
            .build()
            .header("Authorization", &target.authorization)
            .header("Content-Type", "application/json")
            .send(body);
        let mut response = match sent {
            Ok(response) => response,
            Err(err) => {
                return Answered::Failed {
                    kind: failure_of(&err),
                    message: target.scrub(&err.to_string(), false),
                }
            }
        };
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|v| target.scrub(v, false))
        };
        let (retry_after, location) = (header("retry-after"), header("location"));
        let mut answer = Vec::new();
        let limit = if (200..300).contains(&status) {
            // Read the (small) body so the connection can be reused.
            64 * 1024
        } else {
            // A byte more than is kept: whether the answer was cut.
            ANSWER_READ_BYTES as u64 + 1
        };
        if let Err(err) = response
            .body_mut()
            .as_reader()
            .take(limit)
            .read_to_end(&mut answer)
        {
            if !(200..300).contains(&status) {
                answer = format!("(the answer could not be read: {err})").into_bytes();
            }
        }
        if (200..300).contains(&status) {
            answer.clear();
        }
        let cut_short = answer.len() > ANSWER_READ_BYTES;
        answer.truncate(ANSWER_READ_BYTES);
        Answered::Http {
            status,
            retry_after,
            location,
            body: target.scrub(&String::from_utf8_lossy(&answer), cut_short),
        }
    }

    /// A number in [0, 1) for the backoff's jitter.
    fn jitter(&self) -> f64 {
        self.jitter.next()
    }
}

/// The log line of one attempt, but its time: what was sent, what
/// answered, what the policy decided, how long its oldest call waited. Segment's answer itself is not in it (a proxy may echo
/// what it was sent); a stop's line says what it said.
fn log_attempt(
    target: &Target,
    request: &Request,
    bytes: usize,
    answered: &Answered,
    decision: Decision,
    waited_ms: Option<i64>,
) -> log::Line {
    let level = match decision {
        Decision::Sent { .. } => log::Level::Info,
        Decision::Retry { .. } | Decision::Split { .. } | Decision::Held => log::Level::Warn,
        Decision::DeadLetter | Decision::Stopped(_) => log::Level::Error,
    };
    let mut line = log::line(level, "delivery")
        .field("target", target.name.as_str())
        .field("calls", request.calls.len())
        .field("bytes", bytes);
    line = match answered {
        Answered::Http { status, .. } => line.field("status", *status),
        Answered::Failed { kind, message } => line
            .field("error_class", kind.name())
            .field("error", message.as_str()),
    };
    line = line
        .field("attempt", request.attempt)
        .field("decision", decision.name());
    line = match decision {
        Decision::Retry { after_ms } => line.field("retry_ms", after_ms),
        Decision::Stopped(stop) => line.field("stop", stop.name()),
        Decision::Sent { dead_lettered, .. } if dead_lettered > 0 => {
            line.field("dead_lettered", dead_lettered)
        }
        _ => line,
    };
    line.some("waited_ms", waited_ms)
}

/// Why a request got no answer, as the policy tells them apart.
fn failure_of(err: &ureq::Error) -> NetworkFailure {
    let tls = match err {
        ureq::Error::Timeout(_) => return NetworkFailure::Timeout,
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            return NetworkFailure::Timeout
        }
        ureq::Error::Rustls(tls) => Some(tls),
        ureq::Error::Io(io) => io
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<rustls::Error>()),
        _ => None,
    };
    // A TLS handshake answered in plain HTTP: rustls reads "HTTP/1.1 ..."
    // as a record of an unknown content type.
    match tls {
        Some(rustls::Error::InvalidMessage(rustls::InvalidMessage::InvalidContentType)) => {
            NetworkFailure::PlainHttp
        }
        _ => NetworkFailure::Connection,
    }
}

/// Sleeps, waking early when `stop` is set; false when stopped.
pub fn sleep_unless_stopped(wait: Duration, stop: &AtomicBool) -> bool {
    let until = Instant::now() + wait;
    loop {
        if stop.load(Ordering::Relaxed) {
            return false;
        }
        let now = Instant::now();
        if now >= until {
            return true;
        }
        std::thread::sleep((until - now).min(Duration::from_millis(50)));
    }
}

/// What became of each call of a delivery.
#[derive(Default)]
pub struct Delivered {
    pub accepted: Vec<ReadyCall>,
    /// Calls Segment refused on their own (HTTP 400), with its answer.
    pub refused: Vec<(ReadyCall, u16, String)>,
    /// Calls not judged (the request was refused, retries ran out, the
    /// delivery was interrupted): never dead letters.
    pub unsent: Vec<ReadyCall>,
    /// Why the delivery stopped, with the policy's message.
    pub stop: Option<(Stop, String)>,
    /// How long the unsent calls should wait before another try.
    pub wait: Option<Duration>,
    /// Requests the endpoint found too large (413), which were halved.
    pub split_too_large: u64,
    pub requests: u64,
}

/// Delivers calls to a target, as the policy decides: retries in place
/// (sleeping, waking early on `stop`), halves refused batches, and stops
/// on an answer about the request. Each attempt is a log line.
pub fn deliver(
    client: &Client,
    target: &Target,
    calls: Vec<ReadyCall>,
    stop: &AtomicBool,
) -> Delivered {
    deliver_queued(client, target, calls, &[], stop)
}

/// [`deliver`] for calls that waited in a queue: `received_ms` holds when
/// each call's webhook was acknowledged (Unix milliseconds; `None` for a
/// call queued before it was recorded), and each attempt's log line says
/// how long the oldest call of its request has waited.
pub fn deliver_queued(
    client: &Client,
    target: &Target,
    calls: Vec<ReadyCall>,
    received_ms: &[Option<i64>],
    stop: &AtomicBool,
) -> Delivered {
    let sizes = calls.iter().map(|call| call.json.len()).collect();
    let mut delivery = Delivery::new(&target.endpoint, sizes, client.policy.clone(), 1);
    while let Some(request) = delivery.next_request() {
        if !client.limiter.wait(stop) {
            delivery.interrupt();
            break;
        }
        let now = now_millis();
        let body = batch_body(&calls[request.calls.clone()], &format_unix_ms(now as i64));
        let started = Instant::now();
        let answered = client.post_once(target, &body);
        let Some(decision) = delivery.answer(answered.as_answer(), client.jitter()) else {
            break;
        };
        let oldest = received_ms
            .get(request.calls.clone())
            .and_then(|received| received.iter().flatten().min());
        let waited_ms = oldest.map(|at| (now as i64 - at).max(0));
        log_attempt(target, &request, body.len(), &answered, decision, waited_ms)
            .ms(started)
            .write();
        if let Decision::Retry { after_ms } = decision {
            client.retries.fetch_add(1, Ordering::Relaxed);
            if !sleep_unless_stopped(Duration::from_millis(after_ms), stop) {
                delivery.interrupt();
                break;
            }
        }
    }
    let outcome = delivery.finish();
    let mut out = Delivered {
        stop: outcome.stop.zip(outcome.message),
        wait: outcome.wait_ms.map(Duration::from_millis),
        split_too_large: u64::from(outcome.split_too_large),
        requests: u64::from(outcome.requests),
        ..Delivered::default()
    };
    for (call, fate) in calls.into_iter().zip(outcome.fates) {
        match fate {
            Fate::Sent => out.accepted.push(call),
            Fate::DeadLettered { status, answer } => out.refused.push((call, status, answer)),
            Fate::Unsent => out.unsent.push(call),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(id: usize, len: usize) -> ReadyCall {
        ReadyCall {
            message_id: format!("m{id}"),
            json: "x".repeat(len),
            type_and_user: None,
        }
    }

    #[test]
    fn batches_stay_within_bytes_and_calls() {
        let mut batcher = Batcher::default();
        let mut batches = Vec::new();
        for i in 0..10_000 {
            let len = if i % 7 == 0 { 30_000 } else { 150 };
            batches.extend(batcher.push(call(i, len)));
        }
        batches.extend(batcher.take());
        assert_eq!(batches.iter().map(Vec::len).sum::<usize>(), 10_000);
        for batch in &batches {
            assert!(batch.len() <= MAX_BATCH_CALLS);
            let body = batch_body(batch, "2024-03-01T10:00:00.000Z");
            assert!(body.len() <= crate::library::delivery::MAX_BATCH_BYTES);
        }
        let mut counted = Batcher::default();
        let mut many = Vec::new();
        for i in 0..6000 {
            many.extend(counted.push(call(i, 10)));
        }
        assert_eq!(
            many.iter().map(Vec::len).collect::<Vec<_>>(),
            vec![2500, 2500]
        );
    }

    #[test]
    fn every_batch_carries_its_sent_at() {
        let calls = [call(1, 0), call(2, 0)].map(|mut c| {
            c.json = format!("{{\"messageId\":\"{}\"}}", c.message_id);
            c
        });
        let body = batch_body(&calls, "2024-03-01T10:00:00.123Z");
        let parsed: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            parsed,
            serde_json::json!({
                "batch": [{"messageId": "m1"}, {"messageId": "m2"}],
                "sentAt": "2024-03-01T10:00:00.123Z"
            })
        );
    }

    #[test]
    fn the_write_key_is_scrubbed_and_never_debug_printed() {
        let target = Target::new("t".into(), "http://x".into(), "wk_SECRET".into(), None);
        assert!(!format!("{target:?}").contains("wk_SECRET"));
        let token = base64::engine::general_purpose::STANDARD.encode("wk_SECRET:");
        let scrubbed = target.scrub(&format!("bad key wk_SECRET / {token}"), false);
        assert!(
            !scrubbed.contains("wk_SECRET") && !scrubbed.contains(&token),
            "{scrubbed}"
        );
    }

    #[test]
    fn jitter_stays_in_its_range() {
        let client = Client::new(Policy::default(), Duration::from_secs(1), 0.0);
        for _ in 0..10_000 {
            let jitter = client.jitter();
            assert!((0.0..1.0).contains(&jitter), "{jitter}");
        }
    }
}
