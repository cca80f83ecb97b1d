//! Delivery to Segment's HTTP Tracking API as Segment's own libraries do it:
//! a base URL gets /v1/batch added; batches stay within Segment's limits;
//! 429, 5xx and network errors are retried with backoff under a shared rate
//! limit; only a 400 (a call Segment refuses) splits a batch down to that
//! call. An answer about the request itself (401, 403, 404, 405, a
//! redirect...) stops delivery at once and leaves every call unsent.

use std::fmt;
use std::io::Read;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine;

use crate::library::ReadyCall;

pub const US_ENDPOINT: &str = "https://api.segment.io/v1/batch";
pub const EU_ENDPOINT: &str = "https://events.eu1.segmentapis.com/v1/batch";
/// The path Segment's libraries add to their `host`.
pub const BATCH_PATH: &str = "/v1/batch";
/// What every request-level failure tells the user to check.
const CHECK_URL: &str = "is the URL right? Segment's path is /v1/batch";

/// Segment accepts at most 500 KB per request.
pub const MAX_BATCH_BYTES: usize = 500 * 1000;
/// Segment silently drops calls past this many in one batch.
pub const MAX_BATCH_CALLS: usize = 2500;
const BATCH_OPEN: &str = "{\"batch\":[";
const BATCH_CLOSE: &str = "]}";
/// How much of Segment's answer a dead letter keeps.
const MAX_ANSWER_BYTES: usize = 4096;

/// The endpoint to post to, as Segment's libraries take their `host`: a
/// base URL (`https://proxy.example.com`, `http://127.0.0.1:8080/segment`)
/// gets `/v1/batch` added; a URL whose path already ends in `/v1/batch` is
/// taken as it is. Checked before anything is sent: https only (plain http
/// only to a loopback address), no credentials in the URL.
pub fn endpoint_url(given: &str) -> Result<String, String> {
    let given = given.trim();
    let uri: ureq::http::Uri = given
        .parse()
        .map_err(|err| format!("the endpoint {given:?} is not a URL: {err}"))?;
    let (Some(scheme), Some(authority)) = (uri.scheme_str(), uri.authority()) else {
        return Err(format!(
            "the endpoint {given:?} is not a URL (expected https://host[:port][/path])"
        ));
    };
    if authority.as_str().contains('@') {
        // Shown without the credentials: they may be real.
        return Err(format!(
            "the endpoint {scheme}://…@{}{} holds credentials; remove them (the write key goes in the write key variable, never in the URL)",
            authority.host(),
            authority.port().map_or(String::new(), |p| format!(":{p}"))
        ));
    }
    match scheme {
        "https" => {}
        "http" if is_loopback(authority.host()) => {}
        "http" => {
            return Err(format!(
                "the endpoint {given} uses plain http; use https (plain http is allowed only to 127.0.0.1, [::1] or localhost)"
            ))
        }
        _ => {
            return Err(format!(
                "the endpoint {given:?} must be an https:// URL (plain http only to 127.0.0.1, [::1] or localhost)"
            ))
        }
    }
    let path = uri.path().trim_end_matches('/');
    let path = if path.ends_with(BATCH_PATH) {
        path.to_owned()
    } else {
        format!("{path}{BATCH_PATH}")
    };
    let query = uri.query().map_or(String::new(), |q| format!("?{q}"));
    Ok(format!("{scheme}://{authority}{path}{query}"))
}

pub fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// A write key is a short token of printable ASCII; anything else (a
/// space, a control character, a smart quote pasted from a document) would
/// make every request fail, so it is refused before the first one. The
/// message never shows the key.
pub fn check_write_key(var: &str, key: &str) -> Result<(), String> {
    if key.is_empty() {
        return Err(format!(
            "the environment variable {var} (a Segment write key) is not set"
        ));
    }
    if let Some(position) = key.chars().position(|c| !c.is_ascii_graphic()) {
        return Err(format!(
            "the write key in {var} holds a character that is not printable ASCII (at position {}); copy it again from the source's settings",
            position + 1
        ));
    }
    Ok(())
}

/// Where calls go: one Segment source.
pub struct Target {
    pub name: String,
    pub endpoint: String,
    /// The endpoint as shown in messages: without its query string.
    pub shown: String,
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
        let shown = match endpoint.split_once('?') {
            Some((base, _)) => format!("{base}?…"),
            None => endpoint.clone(),
        };
        Target {
            name,
            shown,
            endpoint,
            authorization: format!("Basic {token}"),
            write_key,
            namespace,
        }
    }

    /// Removes the write key from text that came from elsewhere (an error
    /// message, Segment's answer) before it is shown or stored.
    pub fn scrub(&self, text: &str) -> String {
        let token = self.authorization.trim_start_matches("Basic ");
        let mut text = text.to_owned();
        for secret in [self.write_key.as_str(), token] {
            if !secret.is_empty() {
                text = text.replace(secret, "[write key]");
            }
        }
        text
    }
}

pub fn region_endpoint(region: &str) -> Option<&'static str> {
    match region {
        "us" => Some(US_ENDPOINT),
        "eu" => Some(EU_ENDPOINT),
        _ => None,
    }
}

/// Collects calls into request bodies within Segment's limits.
pub struct Batcher {
    calls: Vec<ReadyCall>,
    bytes: usize,
}

impl Default for Batcher {
    fn default() -> Self {
        Batcher {
            calls: Vec::new(),
            bytes: BATCH_OPEN.len() + BATCH_CLOSE.len(),
        }
    }
}

impl Batcher {
    /// Adds a call; returns the full batch it could not join, if any.
    pub fn push(&mut self, call: ReadyCall) -> Option<Vec<ReadyCall>> {
        let added = call.json.len() + usize::from(!self.calls.is_empty());
        let full = !self.calls.is_empty()
            && (self.bytes + added > MAX_BATCH_BYTES || self.calls.len() == MAX_BATCH_CALLS);
        let out = if full { self.take() } else { None };
        self.bytes += call.json.len() + usize::from(!self.calls.is_empty());
        self.calls.push(call);
        out
    }

    pub fn take(&mut self) -> Option<Vec<ReadyCall>> {
        if self.calls.is_empty() {
            return None;
        }
        self.bytes = BATCH_OPEN.len() + BATCH_CLOSE.len();
        Some(std::mem::take(&mut self.calls))
    }
}

pub fn batch_body(calls: &[ReadyCall]) -> Vec<u8> {
    let size = calls.iter().map(|c| c.json.len() + 1).sum::<usize>() + 16;
    let mut body = Vec::with_capacity(size);
    body.extend_from_slice(BATCH_OPEN.as_bytes());
    for (i, call) in calls.iter().enumerate() {
        if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(call.json.as_bytes());
    }
    body.extend_from_slice(BATCH_CLOSE.as_bytes());
    body
}

/// How hard to try; every duration is configurable so tests run fast.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// 0: retry until stopped.
    pub max_attempts: u32,
    pub backoff: Duration,
    pub max_backoff: Duration,
    pub max_retry_after: Duration,
    pub timeout: Duration,
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

    pub fn wait(&self) {
        let Some(interval) = self.interval else {
            return;
        };
        let slot = {
            let mut next = self.next.lock().unwrap_or_else(|e| e.into_inner());
            let slot = (*next).max(Instant::now());
            *next = slot + interval;
            slot
        };
        let now = Instant::now();
        if slot > now {
            std::thread::sleep(slot - now);
        }
    }
}

/// What became of one request, after retries.
#[derive(Debug)]
pub enum Answer {
    /// 2xx: Segment accepted the batch. (An invalid write key gets this too.)
    Accepted,
    /// 400: Segment judged a call of the batch; the batch must be split.
    Refused { status: u16, answer: String },
    /// 413: the request is too large for the endpoint; split it.
    TooLarge { answer: String },
    /// An answer about the request, not about any call (401, 403, 404,
    /// 405, a redirect, another 4xx): no call can be sent until someone
    /// fixes the endpoint or the key. `message` says what to check.
    EndpointRefused { message: String },
    /// Still failing after the last attempt.
    GaveUp { attempts: u32, last: String },
    /// Stopped while waiting (shutdown).
    Interrupted,
}

/// A short, one-line extract of an answer, for a message.
fn one_line(answer: &str) -> String {
    let line: String = answer
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(200)
        .collect();
    if line.is_empty() {
        String::new()
    } else {
        format!(" (it said: {line})")
    }
}

/// The one line a request-level answer stops delivery with.
fn endpoint_refused(target: &Target, status: u16, location: Option<&str>, answer: &str) -> String {
    let reason = ureq::http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let hint = match status {
        401 | 403 => format!("{CHECK_URL}; is the write key right?"),
        300..=399 => format!(
            "it redirects{}, which is not followed: use the final URL; {CHECK_URL}",
            location.map_or(String::new(), |l| format!(" to {}", target.scrub(l)))
        ),
        _ => CHECK_URL.to_owned(),
    };
    format!(
        "{} answered HTTP {status} {reason} to POST: {hint}{}",
        target.shown,
        one_line(answer)
    )
}

/// One answer from the endpoint.
struct Sent {
    status: u16,
    answer: String,
    retry_after: Option<Duration>,
    location: Option<String>,
}

/// Sends requests to Segment and retries what can be retried.
pub struct Client {
    agent: ureq::Agent,
    pub policy: RetryPolicy,
    limiter: RateLimiter,
    pub retries: AtomicU64,
    seed: AtomicU64,
}

impl Client {
    pub fn new(policy: RetryPolicy, rate_limit: f64) -> Client {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(policy.timeout))
            .user_agent(concat!("stigg-segment/", env!("CARGO_PKG_VERSION")))
            .max_idle_connections_per_host(16)
            // A redirect is reported, never followed: a POST body and its
            // Authorization header go only where the user said.
            .max_redirects(0)
            .build();
        let seed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
            | 1;
        Client {
            agent: config.into(),
            policy,
            limiter: RateLimiter::new(rate_limit),
            retries: AtomicU64::new(0),
            seed: AtomicU64::new(seed),
        }
    }

    /// Posts one batch body, retrying 429, 5xx, timeouts and network errors
    /// with exponential backoff and full jitter, honouring Retry-After.
    pub fn post(&self, target: &Target, body: &[u8], stop: &AtomicBool) -> Answer {
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            self.limiter.wait();
            let (retry_after, last) = match self.post_once(target, body) {
                Ok(sent) if (200..300).contains(&sent.status) => return Answer::Accepted,
                Ok(sent) if sent.status == 400 => {
                    return Answer::Refused {
                        status: 400,
                        answer: sent.answer,
                    }
                }
                Ok(sent) if sent.status == 413 => {
                    return Answer::TooLarge {
                        answer: sent.answer,
                    }
                }
                Ok(sent) if sent.status == 429 || sent.status == 408 || sent.status >= 500 => (
                    sent.retry_after,
                    format!(
                        "{} answered HTTP {}{}",
                        target.shown,
                        sent.status,
                        one_line(&sent.answer)
                    ),
                ),
                Ok(sent) => {
                    return Answer::EndpointRefused {
                        message: endpoint_refused(
                            target,
                            sent.status,
                            sent.location.as_deref(),
                            &sent.answer,
                        ),
                    }
                }
                Err(err) => (
                    None,
                    format!(
                        "{}: {}; {CHECK_URL}",
                        target.shown,
                        target.scrub(&err.to_string())
                    ),
                ),
            };
            if self.policy.max_attempts > 0 && attempt >= self.policy.max_attempts {
                return Answer::GaveUp {
                    attempts: attempt,
                    last,
                };
            }
            self.retries.fetch_add(1, Ordering::Relaxed);
            let wait = match retry_after {
                Some(wait) => wait.min(self.policy.max_retry_after),
                None => self.backoff(attempt),
            };
            if !sleep_unless_stopped(wait, stop) {
                return Answer::Interrupted;
            }
        }
    }

    /// Status, Segment's answer (scrubbed, cut), Retry-After and Location.
    fn post_once(&self, target: &Target, body: &[u8]) -> Result<Sent, ureq::Error> {
        let mut response = self
            .agent
            .post(&target.endpoint)
            .header("Authorization", &target.authorization)
            .header("Content-Type", "application/json")
            .send(body)?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|secs| secs.is_finite() && *secs >= 0.0)
            .map(|secs| Duration::from_secs_f64(secs.min(86_400.0)));
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let mut answer = Vec::new();
        if !(200..300).contains(&status) {
            response
                .body_mut()
                .as_reader()
                .take(MAX_ANSWER_BYTES as u64)
                .read_to_end(&mut answer)?;
        } else {
            // Read the (small) body so the connection can be reused.
            let _ = response
                .body_mut()
                .as_reader()
                .take(64 * 1024)
                .read_to_end(&mut answer);
            answer.clear();
        }
        Ok(Sent {
            status,
            answer: target.scrub(&String::from_utf8_lossy(&answer)),
            retry_after,
            location,
        })
    }

    /// Exponential backoff with full jitter: uniform in [0, min(max, base·2^n)].
    fn backoff(&self, attempt: u32) -> Duration {
        let ceiling = self
            .policy
            .backoff
            .saturating_mul(1u32 << (attempt - 1).min(20))
            .min(self.policy.max_backoff);
        // xorshift: jitter needs no cryptographic randomness.
        let mut x = self.seed.load(Ordering::Relaxed);
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.seed.store(x, Ordering::Relaxed);
        ceiling.mul_f64((x >> 11) as f64 / (1u64 << 53) as f64)
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

/// What became of each call of a batch.
pub struct Delivered {
    pub accepted: Vec<ReadyCall>,
    /// Calls Segment refused on their own (HTTP 400), with its answer.
    pub refused: Vec<(ReadyCall, u16, String)>,
    /// Calls not delivered (the endpoint refused the request, retries ran
    /// out, or delivery was interrupted): never dead letters.
    pub unsent: Vec<ReadyCall>,
    pub failure: Option<Failure>,
    /// Requests the endpoint found too large (413), which were split.
    pub split_too_large: u64,
}

#[derive(Debug, Clone)]
pub enum Failure {
    /// The endpoint refused the request itself; the message says what to check.
    Endpoint(String),
    /// Retries ran out (429, 5xx, network errors).
    GaveUp(String),
    Interrupted,
}

/// Delivers a batch; a refused batch is halved until the refused calls
/// stand alone, so one bad call costs log2(n) extra requests, not the batch.
pub fn deliver(
    client: &Client,
    target: &Target,
    calls: Vec<ReadyCall>,
    stop: &AtomicBool,
) -> Delivered {
    let mut out = Delivered {
        accepted: Vec::new(),
        refused: Vec::new(),
        unsent: Vec::new(),
        failure: None,
        split_too_large: 0,
    };
    let mut pending = vec![calls];
    while let Some(calls) = pending.pop() {
        if out.failure.is_some() {
            out.unsent.extend(calls);
            continue;
        }
        match client.post(target, &batch_body(&calls), stop) {
            Answer::Accepted => out.accepted.extend(calls),
            Answer::Refused { status, answer } if calls.len() == 1 => {
                out.refused
                    .extend(calls.into_iter().map(|call| (call, status, answer.clone())));
            }
            Answer::Refused { .. } => {
                let mut first = calls;
                let second = first.split_off(first.len() / 2);
                pending.push(second);
                pending.push(first);
            }
            Answer::TooLarge { answer } if calls.len() == 1 => {
                // Every call is fitted to Segment's 32 KB, so a single call
                // refused for its size says the endpoint's limit is below
                // Segment's: a request problem, not the call's.
                let bytes = batch_body(&calls).len();
                out.failure = Some(Failure::Endpoint(format!(
                    "{} answered HTTP 413 Payload Too Large to a request of one call ({bytes} bytes): its size limit is below Segment's (500 KB a request, 32 KB a call); is a proxy limiting request bodies? ({CHECK_URL}){}",
                    target.shown,
                    one_line(&answer)
                )));
                out.unsent.extend(calls);
            }
            Answer::TooLarge { .. } => {
                out.split_too_large += 1;
                let mut first = calls;
                let second = first.split_off(first.len() / 2);
                pending.push(second);
                pending.push(first);
            }
            Answer::EndpointRefused { message } => {
                out.failure = Some(Failure::Endpoint(message));
                out.unsent.extend(calls);
            }
            Answer::GaveUp { attempts, last } => {
                out.failure = Some(Failure::GaveUp(format!(
                    "not accepted after {attempts} attempts (the retry budget, --max-attempts); last: {last}"
                )));
                out.unsent.extend(calls);
            }
            Answer::Interrupted => {
                out.failure = Some(Failure::Interrupted);
                out.unsent.extend(calls);
            }
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
            assert!(batch_body(batch).len() <= MAX_BATCH_BYTES);
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
    fn the_write_key_is_scrubbed_and_never_debug_printed() {
        let target = Target::new("t".into(), "http://x".into(), "wk_SECRET".into(), None);
        assert!(!format!("{target:?}").contains("wk_SECRET"));
        let token = base64::engine::general_purpose::STANDARD.encode("wk_SECRET:");
        let scrubbed = target.scrub(&format!("bad key wk_SECRET / {token}"));
        assert!(
            !scrubbed.contains("wk_SECRET") && !scrubbed.contains(&token),
            "{scrubbed}"
        );
    }

    #[test]
    fn endpoints_are_taken_as_segment_libraries_take_their_host() {
        for (given, url) in [
            ("https://api.segment.io", "https://api.segment.io/v1/batch"),
            ("https://api.segment.io/", "https://api.segment.io/v1/batch"),
            (
                "https://api.segment.io/v1/batch",
                "https://api.segment.io/v1/batch",
            ),
            (
                "https://api.segment.io/v1/batch/",
                "https://api.segment.io/v1/batch",
            ),
            (
                "https://proxy.example.com/segment",
                "https://proxy.example.com/segment/v1/batch",
            ),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080/v1/batch"),
            (
                "http://localhost:8080/x/?a=1",
                "http://localhost:8080/x/v1/batch?a=1",
            ),
            ("http://[::1]:9/v1/batch", "http://[::1]:9/v1/batch"),
        ] {
            assert_eq!(endpoint_url(given).as_deref(), Ok(url), "{given}");
        }
        for (given, why) in [
            ("http://proxy.example.com", "plain http"),
            ("http://10.0.0.1:8080", "plain http"),
            ("ftp://x.example.com", "https://"),
            ("api.segment.io/v1/batch", "not a URL"),
            ("127.0.0.1:8080", "not a URL"),
            ("https://user:hunter2@proxy.example.com", "credentials"),
            ("not a url", "not a URL"),
        ] {
            let err = endpoint_url(given).unwrap_err();
            assert!(err.contains(why), "{given}: {err}");
            assert!(!err.contains("hunter2"), "{err}");
        }
    }

    #[test]
    fn write_keys_must_be_printable_and_are_never_shown() {
        assert!(check_write_key("K", "abcDEF123").is_ok());
        assert!(check_write_key("K", "").unwrap_err().contains("not set"));
        for bad in ["abc def", "abc\u{7f}", "abc“quoted”", "a\tb"] {
            let err = check_write_key("K", bad).unwrap_err();
            assert!(err.contains("printable"), "{err}");
            assert!(!err.contains(bad), "{err}");
        }
    }

    #[test]
    fn backoff_grows_to_its_cap() {
        let client = Client::new(
            RetryPolicy {
                max_attempts: 3,
                backoff: Duration::from_millis(100),
                max_backoff: Duration::from_millis(400),
                max_retry_after: Duration::from_secs(1),
                timeout: Duration::from_secs(1),
            },
            0.0,
        );
        for attempt in 1..30 {
            let wait = client.backoff(attempt);
            assert!(wait <= Duration::from_millis(400), "{wait:?}");
            if attempt == 1 {
                assert!(wait <= Duration::from_millis(100));
            }
        }
    }
}
