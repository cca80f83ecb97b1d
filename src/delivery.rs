//! The delivery policy: what becomes of calls posted to Segment's HTTP
//! Tracking API (`/v1/batch`). One rule for every host that delivers
//! (`stigg-segment send`, `serve`, the edge relay through the wasm export
//! `Delivery`, and whatever delivers next): the hosts do the I/O (post,
//! sleep, journal, queue, dead-letter file) and ask this module what each
//! answer means. Pure: no clock, no randomness, no I/O; the host passes the
//! time and a jitter.
//!
//! What it decides, per request:
//! - **2xx**: the calls are sent.
//! - **408, 429, 5xx, a timeout or a network error**: retried after a
//!   backoff (exponential, with jitter), or after `Retry-After` when that is
//!   longer: the backoff is a floor under `Retry-After: 0`. Past
//!   `max_attempts`, the delivery stops.
//! - **400 or 413 on several calls**: the request is halved, until the
//!   refused call stands alone.
//! - **400 on a call alone**: about that call only when the endpoint
//!   accepted other calls of the same batch (another of its halves), which
//!   shows that it judges calls; then the call is a dead letter. Until then
//!   it is held; when [`ISOLATED_REFUSALS`] calls of a batch sent alone are
//!   all refused and nothing of it was accepted, or the batch ends that
//!   way, the answer is about the request (a proxy or a gateway answering
//!   400 to everything): the delivery stops and nothing is dead-lettered.
//!   Segment itself answers 400 only to a request too large or not JSON,
//!   and every call is fitted to its limits, so a 400 to every call alone
//!   is never Segment judging calls.
//! - **413 on a call alone**: the endpoint's size limit is below Segment's:
//!   stop.
//! - **3xx, 401, 403, 404, 405 and every other answer**: about the request,
//!   not a call: stop at once. A TLS handshake answered in plain HTTP stops
//!   at once too.
//!
//! A stop leaves every call not yet accepted unsent: never dead-lettered.
//! `send` exits and a rerun sends them; `serve` and the edge relay keep them
//! queued and try again after [`Policy::hold_ms`].

use std::ops::Range;

pub const US_ENDPOINT: &str = "https://api.segment.io/v1/batch";
pub const EU_ENDPOINT: &str = "https://events.eu1.segmentapis.com/v1/batch";
/// The path Segment's libraries add to their `host`.
pub const BATCH_PATH: &str = "/v1/batch";
/// What every answer about the request tells the user to check.
pub const CHECK_URL: &str = "is the URL right? Segment's path is /v1/batch";

/// Segment accepts at most 500 KB per request.
pub const MAX_BATCH_BYTES: usize = 500 * 1000;
/// Segment silently drops calls past this many in one batch.
pub const MAX_BATCH_CALLS: usize = 2500;
/// Room in a batch for what is not a call: `{"batch":[`, `]` and `}`, and
/// the batch's own members such as `"sentAt":"2024-03-01T10:00:00.000Z"`.
pub const BATCH_ENVELOPE_BYTES: usize = 64;
/// How much of an answer a dead letter or a message keeps.
pub const MAX_ANSWER_BYTES: usize = 4096;
/// How much of an answer a host reads before it scrubs the write key out of
/// it ([`scrub`]): twice what the core keeps, so that a key which the core's
/// cut at [`MAX_ANSWER_BYTES`] falls across is whole when it is scrubbed.
/// The host leaves that cut to the core.
pub const ANSWER_READ_BYTES: usize = 2 * MAX_ANSWER_BYTES;
/// How many calls sent alone, all refused with 400 while the endpoint
/// accepted nothing, show that a 400 is about the request. Small, so that a
/// proxy answering 400 to everything costs a few dozen requests, not one
/// per call; the calls are never lost either way (they stay unsent).
pub const ISOLATED_REFUSALS: usize = 3;

/// The URL to post batches to, from a URL given as Segment's libraries take
/// their `host`: a base URL (`https://proxy.example.com`,
/// `http://127.0.0.1:8080/segment`) gets `/v1/batch` added; a URL whose path
/// already ends in `/v1/batch` (a trailing `/` aside) is taken as it is; a
/// query string is kept, a fragment dropped. Refused: anything but https
/// (plain http only to a loopback address), and credentials in the URL (the
/// message never shows them).
pub fn endpoint_url(given: &str) -> Result<String, String> {
    let given = given.trim();
    let not_a_url = || {
        format!(
            "the endpoint {} is not a URL (expected https://host[:port][/path])",
            crate::json::quoted(given)
        )
    };
    let SplitUrl {
        scheme,
        authority,
        host,
        tail,
    } = split_url(given).map_err(|fault| match fault {
        UrlFault::NotAUrl => not_a_url(),
        // Shown without the credentials: they may be real.
        UrlFault::Credentials { scheme, after } => format!(
            "the endpoint {scheme}://…@{after} holds credentials; remove them (the write key goes in the write key variable, never in the URL)"
        ),
    })?;
    let tail = tail.split('#').next().unwrap_or_default();
    let (path, query) = match tail.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (tail, None),
    };
    match scheme.as_str() {
        "https" => {}
        "http" if is_loopback(host) => {}
        "http" => {
            return Err(format!(
                "the endpoint {scheme}://{authority} uses plain http; use https (plain http is allowed only to 127.0.0.1, [::1] or localhost)"
            ))
        }
        _ => {
            return Err(format!(
                "the endpoint {} must be an https:// URL (plain http only to 127.0.0.1, [::1] or localhost)",
                crate::json::quoted(given)
            ))
        }
    }
    let path = path.trim_end_matches('/');
    let path = if path.ends_with(BATCH_PATH) {
        path.to_owned()
    } else {
        format!("{path}{BATCH_PATH}")
    };
    let query = query.map_or(String::new(), |q| format!("?{q}"));
    Ok(format!("{scheme}://{authority}{path}{query}"))
}

/// A URL as the endpoint and the Stigg API's base URL are checked: its
/// scheme (lower case), authority and host, and what follows the authority
/// (path, query and fragment, as given).
pub(crate) struct SplitUrl<'a> {
    pub scheme: String,
    pub authority: &'a str,
    pub host: &'a str,
    pub tail: &'a str,
}

/// Why [`split_url`] refused a URL; each rule words it for its setting.
pub(crate) enum UrlFault<'a> {
    NotAUrl,
    /// `user:password@` before the host: what follows the `@` is `after`.
    Credentials {
        scheme: String,
        after: &'a str,
    },
}

/// Splits `given` (trimmed) into scheme, authority, host and the rest:
/// no blank or control character, a scheme of RFC 3986's characters, no
/// credentials, a valid host and port.
pub(crate) fn split_url(given: &str) -> Result<SplitUrl<'_>, UrlFault<'_>> {
    if given.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlFault::NotAUrl);
    }
    let (scheme, rest) = given.split_once("://").ok_or(UrlFault::NotAUrl)?;
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    if !scheme_ok {
        return Err(UrlFault::NotAUrl);
    }
    let scheme = scheme.to_ascii_lowercase();
    let (authority, tail) = rest.split_at(rest.find(['/', '?', '#']).unwrap_or(rest.len()));
    if let Some(at) = authority.rfind('@') {
        return Err(UrlFault::Credentials {
            scheme,
            after: &authority[at + 1..],
        });
    }
    let host = host_of(authority).ok_or(UrlFault::NotAUrl)?;
    Ok(SplitUrl {
        scheme,
        authority,
        host,
        tail,
    })
}

/// The host of `host[:port]` or `[v6][:port]`, when both parts are valid.
pub(crate) fn host_of(authority: &str) -> Option<&str> {
    let (host, port) = if let Some(inner) = authority.strip_prefix('[') {
        let (v6, after) = inner.split_once(']')?;
        ipv6_groups(v6)?;
        let port = match after {
            "" => None,
            _ => Some(after.strip_prefix(':')?),
        };
        (&authority[..v6.len() + 2], port)
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let host_ok = host.starts_with('[')
        || (!host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._".contains(c)));
    let port_ok =
        port.is_none_or(|port| !port.is_empty() && port.len() <= 5 && port.parse::<u16>().is_ok());
    (host_ok && port_ok).then_some(host)
}

/// `localhost`, 127.0.0.0/8 or `[::1]`. (Read by hand rather than with
/// `std::net`, whose parsers would weigh on the package's wasm.)
pub fn is_loopback(host: &str) -> bool {
    if let Some(v6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return ipv6_groups(v6) == Some([0, 0, 0, 0, 0, 0, 0, 1]);
    }
    let octets: Vec<&str> = host.split('.').collect();
    let ipv4 = octets.len() == 4
        && octets.iter().all(|octet| {
            (1..=3).contains(&octet.len())
                && octet.bytes().all(|b| b.is_ascii_digit())
                && octet.parse::<u16>().is_ok_and(|n| n <= 255)
        });
    host.eq_ignore_ascii_case("localhost") || (ipv4 && octets[0] == "127")
}

/// An IPv6 address's eight groups (hexadecimal, with at most one `::`).
fn ipv6_groups(text: &str) -> Option<[u16; 8]> {
    let group = |part: &str| -> Option<u16> {
        if part.is_empty() || part.len() > 4 {
            return None;
        }
        u16::from_str_radix(part, 16).ok()
    };
    let parts = |side: &str| -> Option<Vec<u16>> {
        if side.is_empty() {
            return Some(Vec::new());
        }
        side.split(':').map(group).collect()
    };
    let mut groups = [0u16; 8];
    match text.split_once("::") {
        Some((head, tail)) => {
            let (head, tail) = (parts(head)?, parts(tail)?);
            if head.len() + tail.len() > 7 {
                return None;
            }
            groups[..head.len()].copy_from_slice(&head);
            groups[8 - tail.len()..].copy_from_slice(&tail);
        }
        None => {
            let all = parts(text)?;
            if all.len() != 8 {
                return None;
            }
            groups.copy_from_slice(&all);
        }
    }
    Some(groups)
}

/// Segment's endpoint for a region: `us` or `eu`.
pub fn region_endpoint(region: &str) -> Option<&'static str> {
    match region {
        "us" => Some(US_ENDPOINT),
        "eu" => Some(EU_ENDPOINT),
        _ => None,
    }
}

/// One destination of a relay, as `serve --target` and the edge relay's
/// `TARGETS` give it:
/// `name=NAME,write-key-env=VAR[,region=us|eu][,endpoint=URL][,namespace=NS]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetSpec {
    /// Letters, digits, `-`, `_` and `.`: it names the target in the queue,
    /// logs and metrics.
    pub name: String,
    /// The variable (a Worker's secret) that holds the target's write key.
    pub write_key_variable: String,
    /// Where its batches go: `endpoint=` as [`endpoint_url`] takes it, else
    /// the region's (`us` when none is given).
    pub endpoint: String,
    /// The messageIdNamespace setting for this target, when given.
    pub namespace: Option<String>,
}

impl TargetSpec {
    /// The fields a spec may give.
    pub const FIELDS: [&'static str; 5] =
        ["name", "write-key-env", "region", "endpoint", "namespace"];

    /// Reads a spec; the error says what is wrong with it (the host says
    /// where the spec came from).
    pub fn parse(spec: &str) -> Result<TargetSpec, String> {
        let mut fields: Vec<(&str, &str)> = Vec::new();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((key, value)) = part.split_once('=') else {
                return Err(format!("expected key=value, got {part}"));
            };
            let key = key.trim();
            if !Self::FIELDS.contains(&key) {
                return Err(format!(
                    "unknown field {key}; expected {}",
                    Self::FIELDS.join(", ")
                ));
            }
            if fields.iter().any(|(known, _)| *known == key) {
                return Err(format!("{key} is given twice"));
            }
            fields.push((key, value.trim()));
        }
        let field = |key: &str| fields.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
        let name = field("name").ok_or("name= is missing")?;
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        {
            return Err("the name may hold letters, digits, -, _ and .".to_owned());
        }
        let write_key_variable = field("write-key-env").filter(|v| !v.is_empty()).ok_or(
            "write-key-env= (the name of the variable or secret holding the write key) is missing",
        )?;
        let endpoint = match (field("endpoint"), field("region")) {
            (Some(url), _) => endpoint_url(url)?,
            (None, None) => US_ENDPOINT.to_owned(),
            (None, Some(region)) => region_endpoint(region)
                .ok_or("region must be us or eu")?
                .to_owned(),
        };
        Ok(TargetSpec {
            name: name.to_owned(),
            write_key_variable: write_key_variable.to_owned(),
            endpoint,
            namespace: field("namespace").map(str::to_owned),
        })
    }
}

/// The endpoint as messages show it: without its query string, which may
/// carry a token.
pub fn shown_endpoint(endpoint: &str) -> String {
    match endpoint.split_once('?') {
        Some((base, _)) => format!("{base}?…"),
        None => endpoint.to_owned(),
    }
}

/// A write key is a token of printable ASCII; anything else (a space, a
/// control character, a smart quote pasted from a document) would make
/// every request fail, so it is refused before the first one. `variable`
/// names where it came from; the message never shows the key, only the
/// position of the offending character.
pub fn check_write_key(variable: &str, key: &str) -> Result<(), String> {
    if key.is_empty() {
        return Err(format!("{variable} (a Segment write key) is not set"));
    }
    if let Some(position) = key.chars().position(|c| !c.is_ascii_graphic()) {
        return Err(format!(
            "the write key in {variable} holds a character that is not printable ASCII (at position {}); copy it again from the source's settings",
            position + 1
        ));
    }
    Ok(())
}

/// Text from elsewhere (Segment's answer, a header, an error message) with
/// every one of `secrets` in it replaced by `replacement`, before it is
/// shown or stored. `cut_short`: the text is the start of something longer
/// (an answer read up to [`ANSWER_READ_BYTES`]), so that the end of the
/// text may be the first part of a secret the read cut: that goes too.
pub fn scrub(text: &str, secrets: &[&str], replacement: &str, cut_short: bool) -> String {
    // The longest first: a secret found inside another (a key inside its
    // Basic token) must not break the longer one apart unscrubbed. (A
    // selection by hand: a host has one secret or two, and a sort would
    // weigh on the package's wasm.)
    let mut left: Vec<&str> = secrets.iter().copied().filter(|s| !s.is_empty()).collect();
    let mut secrets = Vec::with_capacity(left.len());
    while let Some(longest) = (0..left.len()).max_by_key(|&i| left[i].len()) {
        secrets.push(left.swap_remove(longest));
    }
    let mut text = text.to_owned();
    for secret in &secrets {
        if text.contains(secret) {
            text = text.replace(secret, replacement);
        }
    }
    if cut_short {
        for secret in &secrets {
            let secret = secret.as_bytes();
            let started = (1..secret.len()).rev().find(|&n| {
                text.as_bytes().ends_with(&secret[..n]) && text.is_char_boundary(text.len() - n)
            });
            if let Some(n) = started {
                text.truncate(text.len() - n);
            }
        }
    }
    text
}

/// What a batch holds so far, against Segment's limits.
#[derive(Debug, Clone, Copy)]
pub struct BatchBudget {
    calls: usize,
    bytes: usize,
}

impl Default for BatchBudget {
    fn default() -> Self {
        BatchBudget {
            calls: 0,
            bytes: BATCH_ENVELOPE_BYTES,
        }
    }
}

impl BatchBudget {
    /// Whether a call of `call_bytes` (its JSON, in UTF-8) fits. An empty
    /// batch takes any call: every call is fitted to 32 KB.
    pub fn admits(&self, call_bytes: usize) -> bool {
        self.calls == 0
            || (self.calls < MAX_BATCH_CALLS && self.bytes + 1 + call_bytes <= MAX_BATCH_BYTES)
    }

    pub fn add(&mut self, call_bytes: usize) {
        self.bytes += call_bytes + usize::from(self.calls > 0);
        self.calls += 1;
    }
}

/// Cuts calls of these sizes, in order, into batches within Segment's
/// limits.
pub fn plan_batches(sizes: &[usize]) -> Vec<Range<usize>> {
    let mut batches = Vec::new();
    let mut budget = BatchBudget::default();
    let mut start = 0;
    for (i, &size) in sizes.iter().enumerate() {
        if !budget.admits(size) {
            batches.push(start..i);
            start = i;
            budget = BatchBudget::default();
        }
        budget.add(size);
    }
    if start < sizes.len() {
        batches.push(start..sizes.len());
    }
    batches
}

/// How hard to try. Durations in milliseconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// Attempts a request gets (429, 5xx, network errors) before the
    /// delivery stops; 0: no limit (the edge relay, whose queue counts).
    pub max_attempts: u32,
    /// The first backoff's ceiling; doubled each attempt.
    pub backoff_ms: u64,
    /// The longest backoff.
    pub max_backoff_ms: u64,
    /// The longest wait a `Retry-After` may ask for.
    pub max_retry_after_ms: u64,
    /// How long calls wait after a stop before `serve` or the edge relay
    /// tries them again.
    pub hold_ms: u64,
}

impl Default for Policy {
    /// The binary's defaults (its flags).
    fn default() -> Self {
        Policy {
            max_attempts: 10,
            backoff_ms: 500,
            max_backoff_ms: 30_000,
            max_retry_after_ms: 60_000,
            hold_ms: 30_000,
        }
    }
}

impl Policy {
    /// The wait before attempt `attempt + 1`: exponential backoff with
    /// jitter, between half and all of `min(max_backoff, backoff · 2^(attempt-1))`
    /// (`jitter` in [0, 1)). Never less than half the ceiling, so a
    /// persistent failure slows down whatever `Retry-After` says.
    pub fn backoff(&self, attempt: u32, jitter: f64) -> u64 {
        let doubled = self
            .backoff_ms
            .saturating_mul(1u64 << attempt.saturating_sub(1).min(30));
        let ceiling = doubled.min(self.max_backoff_ms);
        let jitter = if jitter.is_finite() {
            jitter.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let half = ceiling / 2;
        half + ((ceiling - half) as f64 * jitter) as u64
    }

    /// The wait after a transient failure: the backoff, or `Retry-After`
    /// (capped) when that is longer.
    pub fn retry_wait(&self, attempt: u32, retry_after_ms: Option<u64>, jitter: f64) -> u64 {
        let backoff = self.backoff(attempt, jitter);
        match retry_after_ms {
            Some(asked) => asked.min(self.max_retry_after_ms).max(backoff),
            None => backoff,
        }
    }
}

/// `Retry-After` in milliseconds: delta-seconds (a decimal fraction is
/// taken too) or an HTTP date (IMF-fixdate), counted from `now_ms` (Unix
/// milliseconds). `None` when it reads as neither.
pub fn parse_retry_after(value: &str, now_ms: u64) -> Option<u64> {
    let value = value.trim();
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    let digits = |text: &str| text.bytes().all(|b| b.is_ascii_digit());
    if !whole.is_empty() && digits(whole) && digits(fraction) && !value.ends_with('.') {
        // Seconds, up to a year (a number too long for u64 is more than
        // that; leading zeros count for nothing); a fraction rounds up to
        // the millisecond.
        let seconds = whole
            .parse::<u64>()
            .map_or(31_536_000, |s| s.min(31_536_000));
        let mut millis = 0;
        for (i, digit) in fraction.bytes().enumerate() {
            let digit = u64::from(digit - b'0');
            match i {
                0 => millis += digit * 100,
                1 => millis += digit * 10,
                2 => millis += digit,
                _ if digit > 0 => {
                    millis += 1;
                    break;
                }
                _ => {}
            }
        }
        return Some(seconds * 1000 + millis);
    }
    let at = http_date_ms(value)?;
    Some(at.saturating_sub(now_ms))
}

/// `Sun, 06 Nov 1994 08:49:37 GMT` as Unix milliseconds.
fn http_date_ms(text: &str) -> Option<u64> {
    let rest = text.split_once(", ")?.1;
    let mut parts = rest.split(' ');
    let day: u64 = parts.next()?.parse().ok()?;
    let month_name = parts.next()?;
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == month_name)? as u64
        + 1;
    let year: u64 = parts.next()?.parse().ok()?;
    let mut clock = parts.next()?.split(':');
    let mut unit = |max: u64| clock.next()?.parse::<u64>().ok().filter(|n| *n <= max);
    let (hour, minute, second) = (unit(23)?, unit(59)?, unit(60)?);
    if parts.next() != Some("GMT") || parts.next().is_some() || !(1..=31).contains(&day) {
        return None;
    }
    if year < 1970 {
        return Some(0);
    }
    if year > 9999 {
        return None;
    }
    let days = u64::try_from(crate::timestamp::days_from_civil(
        year as i64,
        month as i64,
        day as i64,
    ))
    .ok()?;
    Some(((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000)
}

/// Why a request got no HTTP answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkFailure {
    /// No answer within the request's timeout.
    Timeout,
    /// DNS, connect, TLS, a connection reset: retried like a 5xx.
    Connection,
    /// A TLS handshake got a plain-HTTP answer: the endpoint is not
    /// speaking HTTPS on that port, which no retry changes.
    PlainHttp,
}

impl NetworkFailure {
    pub fn name(self) -> &'static str {
        match self {
            NetworkFailure::Timeout => "timeout",
            NetworkFailure::Connection => "connection",
            NetworkFailure::PlainHttp => "plain_http",
        }
    }

    pub fn from_name(name: &str) -> Option<NetworkFailure> {
        [
            NetworkFailure::Timeout,
            NetworkFailure::Connection,
            NetworkFailure::PlainHttp,
        ]
        .into_iter()
        .find(|kind| kind.name() == name)
    }
}

/// What came back from one request. Text is the host's, already scrubbed of
/// the write key.
#[derive(Debug, Clone, Copy)]
pub enum Answer<'a> {
    Http {
        status: u16,
        /// The `Retry-After` header, as sent.
        retry_after: Option<&'a str>,
        /// The `Location` header of a redirect.
        location: Option<&'a str>,
        /// The answer's body: what the host read of it (up to
        /// [`ANSWER_READ_BYTES`]), scrubbed; the core keeps
        /// [`MAX_ANSWER_BYTES`] of it.
        body: &'a str,
        /// Unix milliseconds, for a `Retry-After` date.
        now_ms: u64,
    },
    Failed {
        kind: NetworkFailure,
        message: &'a str,
    },
}

/// The next request a delivery wants sent: these calls, as one batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub calls: Range<usize>,
    /// 1 for a first try; a request retried in place counts up.
    pub attempt: u32,
}

/// Why a delivery stopped. Every call not accepted is unsent, never a dead
/// letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// 3xx, 401, 403, 404, 405 or another answer about the request.
    RequestRefused,
    /// Calls sent alone were all refused with 400 and nothing was accepted.
    EveryCallRefused,
    /// A call alone was refused with 413: the endpoint's size limit is
    /// below Segment's.
    TooLargeForEndpoint,
    /// 429, 5xx or network errors past `max_attempts`.
    RetriesExhausted,
    /// The endpoint answered a TLS handshake in plain HTTP.
    PlainHttp,
    /// The host stopped the delivery (shutdown, Ctrl-C).
    Interrupted,
}

impl Stop {
    /// A stable name, for logs and metrics.
    pub fn name(self) -> &'static str {
        match self {
            Stop::RequestRefused => "request_refused",
            Stop::EveryCallRefused => "every_call_refused",
            Stop::TooLargeForEndpoint => "too_large_for_endpoint",
            Stop::RetriesExhausted => "retries_exhausted",
            Stop::PlainHttp => "plain_http",
            Stop::Interrupted => "interrupted",
        }
    }
}

/// What the policy made of one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Accepted. `dead_lettered`: calls held earlier that this acceptance
    /// shows were refused on their own.
    Sent {
        dead_lettered: usize,
    },
    /// Try the same calls again after this long.
    Retry {
        after_ms: u64,
    },
    /// The request was halved (400 or 413 on several calls).
    Split {
        status: u16,
    },
    /// A call alone was refused with 400; whether the answer is about it is
    /// not known yet.
    Held,
    /// A call alone was refused with 400 while the endpoint accepts other
    /// calls: a dead letter.
    DeadLetter,
    Stopped(Stop),
}

impl Decision {
    /// A stable name, for logs: `sent`, `retry`, `split`, `held`,
    /// `dead_letter`, `stop`.
    pub fn name(self) -> &'static str {
        match self {
            Decision::Sent { .. } => "sent",
            Decision::Retry { .. } => "retry",
            Decision::Split { .. } => "split",
            Decision::Held => "held",
            Decision::DeadLetter => "dead_letter",
            Decision::Stopped(_) => "stop",
        }
    }
}

/// What became of one call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    Sent,
    /// Refused on its own: Segment's status and answer.
    DeadLettered {
        status: u16,
        answer: String,
    },
    /// Never judged: a rerun, or the queue, sends it again.
    Unsent,
}

/// Every call's fate, and why the delivery stopped, if it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// In the order of the calls given.
    pub fates: Vec<Fate>,
    pub stop: Option<Stop>,
    /// One line for people: what answered, and what to check.
    pub message: Option<String>,
    /// How long the unsent calls should wait before they are tried again:
    /// the last retry's wait when the host ended the delivery on a retry,
    /// [`Policy::hold_ms`] after a stop; `None` when nothing waits or the
    /// host interrupted.
    pub wait_ms: Option<u64>,
    pub requests: u32,
    /// Requests the endpoint found too large (413), which were halved.
    pub split_too_large: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Pending,
    Sent,
    /// Refused alone, not yet judged; the index of its answer.
    Held(usize),
    DeadLettered(usize),
}

/// Part of one batch, to be sent as one request.
#[derive(Debug, Clone, Copy)]
struct Chunk {
    from: usize,
    to: usize,
    attempt: u32,
    /// The batch it is part of (an index into `Delivery::batches`).
    batch: usize,
}

/// One batch as planned, and the requests its halving made: the calls of
/// one request, which the endpoint either judged alike or not.
#[derive(Debug, Default)]
struct Batch {
    /// A request of this batch was accepted: the endpoint judges calls.
    accepted: bool,
    /// Calls of it refused alone while nothing of it was accepted.
    held: Vec<usize>,
    /// Requests of it not yet answered.
    open: usize,
}

/// One delivery: a set of ready calls for one endpoint, from the first
/// request to the last answer. The host loops: [`Delivery::next_request`], post,
/// [`Delivery::answer`] (sleeping first when the decision is `Retry`, or
/// ending the delivery there, as the edge relay does), then
/// [`Delivery::finish`].
///
/// Whether a 400 is about a call is judged within one batch as planned:
/// some of its calls accepted and one refused alone shows the endpoint
/// judging calls; a batch whose requests were all refused, down to calls
/// alone, shows an endpoint refusing requests, whatever other batches got
/// (a proxy may start refusing everything halfway).
#[derive(Debug)]
pub struct Delivery {
    endpoint: String,
    policy: Policy,
    sizes: Vec<usize>,
    states: Vec<State>,
    batches: Vec<Batch>,
    /// Requests still to send; the last is next.
    pending: Vec<Chunk>,
    /// The request awaiting its answer.
    current: Option<Chunk>,
    /// Answers to calls refused alone: (status, body).
    refusals: Vec<(u16, String)>,
    stop: Option<(Stop, String)>,
    retry_wait_ms: Option<u64>,
    requests: u32,
    split_too_large: u32,
}

impl Delivery {
    /// A delivery of calls of these sizes (bytes of their JSON) to
    /// `endpoint`, the first request being attempt `first_attempt` (a queue
    /// message redelivered for the third time: 3).
    pub fn new(endpoint: &str, sizes: Vec<usize>, policy: Policy, first_attempt: u32) -> Delivery {
        let attempt = first_attempt.max(1);
        let planned = plan_batches(&sizes);
        let batches = planned
            .iter()
            .map(|_| Batch {
                open: 1,
                ..Batch::default()
            })
            .collect();
        let pending = planned
            .into_iter()
            .enumerate()
            .rev()
            .map(|(batch, range)| Chunk {
                from: range.start,
                to: range.end,
                attempt,
                batch,
            })
            .collect();
        Delivery {
            endpoint: shown_endpoint(endpoint),
            policy,
            states: vec![State::Pending; sizes.len()],
            sizes,
            batches,
            pending,
            current: None,
            refusals: Vec::new(),
            stop: None,
            retry_wait_ms: None,
            requests: 0,
            split_too_large: 0,
        }
    }

    /// The next request to send; `None` once the delivery is over.
    pub fn next_request(&mut self) -> Option<Request> {
        if self.stop.is_some() {
            return None;
        }
        if self.current.is_none() {
            self.current = self.pending.pop();
        }
        self.current.map(|chunk| Request {
            calls: chunk.from..chunk.to,
            attempt: chunk.attempt,
        })
    }

    /// What the answer to the request [`Delivery::next_request`] gave means;
    /// `None` when no request awaits an answer. `jitter` in [0, 1) spreads
    /// the backoff.
    pub fn answer(&mut self, answer: Answer<'_>, jitter: f64) -> Option<Decision> {
        let chunk = self.current.take()?;
        self.requests += 1;
        self.retry_wait_ms = None;
        let calls = chunk.to - chunk.from;
        let decision = match answer {
            Answer::Http { status, .. } if (200..300).contains(&status) => {
                for state in &mut self.states[chunk.from..chunk.to] {
                    *state = State::Sent;
                }
                let batch = &mut self.batches[chunk.batch];
                batch.open -= 1;
                batch.accepted = true;
                let released = std::mem::take(&mut batch.held);
                for &i in &released {
                    if let State::Held(answer) = self.states[i] {
                        self.states[i] = State::DeadLettered(answer);
                    }
                }
                Decision::Sent {
                    dead_lettered: released.len(),
                }
            }
            Answer::Http {
                status: status @ (400 | 413),
                ..
            } if calls > 1 => {
                if status == 413 {
                    self.split_too_large += 1;
                }
                let middle = chunk.from + calls / 2;
                for (from, to) in [(middle, chunk.to), (chunk.from, middle)] {
                    self.pending.push(Chunk {
                        from,
                        to,
                        attempt: 1,
                        batch: chunk.batch,
                    });
                }
                self.batches[chunk.batch].open += 1;
                Decision::Split { status }
            }
            Answer::Http {
                status: 400, body, ..
            } => self.refused_alone(chunk, body),
            Answer::Http {
                status: 413, body, ..
            } => {
                self.current = Some(chunk);
                let bytes = self.sizes[chunk.from] + BATCH_ENVELOPE_BYTES;
                let message = format!(
                    "{} answered HTTP 413 Payload Too Large to a request of one call (about {bytes} bytes): its size limit is below Segment's (500 KB a request, 32 KB a call); is a proxy limiting request bodies? ({CHECK_URL}){}",
                    self.endpoint,
                    one_line(body)
                );
                self.stop_with(Stop::TooLargeForEndpoint, message)
            }
            Answer::Http {
                status,
                retry_after,
                body,
                now_ms,
                ..
            } if status == 408 || status == 429 || (500..600).contains(&status) => {
                let asked = retry_after.and_then(|value| parse_retry_after(value, now_ms));
                let problem = format!("{} answered HTTP {status}{}", self.endpoint, one_line(body));
                self.transient(chunk, asked, problem, jitter)
            }
            Answer::Http {
                status,
                location,
                body,
                ..
            } => {
                self.current = Some(chunk);
                let message = request_refused(&self.endpoint, status, location, body);
                self.stop_with(Stop::RequestRefused, message)
            }
            Answer::Failed {
                kind: NetworkFailure::PlainHttp,
                message,
            } => {
                self.current = Some(chunk);
                let message = format!(
                    "{}: the endpoint speaks plain HTTP, not HTTPS ({message}): use its https:// address or port (plain http:// is allowed only to a loopback address)",
                    self.endpoint
                );
                self.stop_with(Stop::PlainHttp, message)
            }
            Answer::Failed { message, .. } => {
                let problem = format!("{}: {message}; {CHECK_URL}", self.endpoint);
                self.transient(chunk, None, problem, jitter)
            }
        };
        Some(decision)
    }

    /// The host stops the delivery (shutdown): what is not settled is unsent.
    pub fn interrupt(&mut self) {
        if self.stop.is_none() {
            self.stop = Some((Stop::Interrupted, "interrupted".to_owned()));
        }
    }

    /// Every call's fate. Calls held and never judged are unsent.
    pub fn finish(mut self) -> Outcome {
        let refusals = std::mem::take(&mut self.refusals);
        let fates = self
            .states
            .iter()
            .map(|state| match state {
                State::Sent => Fate::Sent,
                State::DeadLettered(answer) => {
                    let (status, answer) = &refusals[*answer];
                    Fate::DeadLettered {
                        status: *status,
                        answer: answer.clone(),
                    }
                }
                State::Pending | State::Held(_) => Fate::Unsent,
            })
            .collect();
        let wait_ms = match &self.stop {
            Some((Stop::Interrupted, _)) => None,
            Some(_) => Some(self.policy.hold_ms),
            None => self.retry_wait_ms,
        };
        let (stop, message) = match self.stop {
            Some((stop, message)) => (Some(stop), Some(message)),
            None => (None, None),
        };
        Outcome {
            fates,
            stop,
            message,
            wait_ms,
            requests: self.requests,
            split_too_large: self.split_too_large,
        }
    }

    /// A call alone refused with 400: a dead letter when its batch showed
    /// the endpoint judging calls; else held, and the batch's largest
    /// request left goes next, the likeliest to show it. Held calls that
    /// reach [`ISOLATED_REFUSALS`], or that end their batch, stop the
    /// delivery: the 400 is about the request.
    fn refused_alone(&mut self, chunk: Chunk, body: &str) -> Decision {
        let call = chunk.from;
        self.refusals
            .push((400, cut(body, MAX_ANSWER_BYTES).to_owned()));
        let refusal = self.refusals.len() - 1;
        let batch = &mut self.batches[chunk.batch];
        batch.open -= 1;
        if batch.accepted {
            self.states[call] = State::DeadLettered(refusal);
            return Decision::DeadLetter;
        }
        self.states[call] = State::Held(refusal);
        batch.held.push(call);
        if batch.held.len() >= ISOLATED_REFUSALS || batch.open == 0 {
            let said = one_line(body);
            let message = match batch.held.len() {
                // A batch of one call: nothing to compare it with.
                1 => format!(
                    "{} answered HTTP 400 to a request of a single call, and nothing else of its batch was accepted: a 400 counts as about a call only when the endpoint accepts other calls of the same batch (Segment answers 400 only to a request too large or not JSON), so it is not dead-lettered; {CHECK_URL}{said}",
                    self.endpoint
                ),
                held => format!(
                    "{} answered HTTP 400 to every request, to {held} calls sent alone as well, and accepted none: the answer is about the request, not a call (a proxy or a gateway in the way?), so nothing is dead-lettered; {CHECK_URL}{said}",
                    self.endpoint
                ),
            };
            return self.stop_with(Stop::EveryCallRefused, message);
        }
        let largest = self
            .pending
            .iter()
            .enumerate()
            .filter(|(_, pending)| pending.batch == chunk.batch)
            .max_by_key(|(i, pending)| (pending.to - pending.from, *i))
            .map(|(i, _)| i);
        if let Some(i) = largest {
            let probe = self.pending.remove(i);
            self.pending.push(probe);
        }
        Decision::Held
    }

    fn transient(
        &mut self,
        chunk: Chunk,
        retry_after_ms: Option<u64>,
        problem: String,
        jitter: f64,
    ) -> Decision {
        if self.policy.max_attempts > 0 && chunk.attempt >= self.policy.max_attempts {
            self.current = Some(chunk);
            let message = format!(
                "not accepted after {} attempts (the retry budget); last: {problem}",
                chunk.attempt
            );
            return self.stop_with(Stop::RetriesExhausted, message);
        }
        let after_ms = self
            .policy
            .retry_wait(chunk.attempt, retry_after_ms, jitter);
        self.pending.push(Chunk {
            attempt: chunk.attempt + 1,
            ..chunk
        });
        self.retry_wait_ms = Some(after_ms);
        Decision::Retry { after_ms }
    }

    fn stop_with(&mut self, stop: Stop, message: String) -> Decision {
        self.stop = Some((stop, message));
        Decision::Stopped(stop)
    }
}

/// The one line an answer about the request stops delivery with.
fn request_refused(endpoint: &str, status: u16, location: Option<&str>, body: &str) -> String {
    let hint = match status {
        401 | 403 => format!("{CHECK_URL}; is the write key right?"),
        300..=399 => format!(
            "it redirects{}, which is not followed: use the final URL; {CHECK_URL}",
            location.map_or(String::new(), |l| format!(" to {}", cut(l, 300)))
        ),
        _ => CHECK_URL.to_owned(),
    };
    let reason = reason_phrase(status);
    let space = if reason.is_empty() { "" } else { " " };
    format!(
        "{endpoint} answered HTTP {status}{space}{reason} to POST: {hint}{}",
        one_line(body)
    )
}

pub(crate) fn reason_phrase(status: u16) -> &'static str {
    match status {
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        421 => "Misdirected Request",
        422 => "Unprocessable Entity",
        426 => "Upgrade Required",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        _ => "",
    }
}

/// A short, one-line extract of an answer, for a message.
pub(crate) fn one_line(answer: &str) -> String {
    let mut line = String::new();
    for word in answer.split_whitespace() {
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        if line.len() > 200 {
            break;
        }
    }
    if line.is_empty() {
        return line;
    }
    let line: String = line.chars().take(200).collect();
    format!(" (it said: {line})")
}

/// At most `max` bytes of `text`, on a character boundary.
pub fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests;
