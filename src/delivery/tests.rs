use super::*;
use crate::json::{parse_value, Value};

/// The table every host runs (tests/delivery-policy.json).
const TABLE: &str = include_str!("../../tests/delivery-policy.json");

/// A server that answers as a case's `server` says.
struct Server<'a> {
    spec: &'a Value,
    requests: usize,
}

struct Reply {
    status: u16,
    retry_after: Option<String>,
    location: Option<String>,
    body: String,
}

fn reply_of(spec: &Value) -> Reply {
    let header = |name: &str| {
        spec.get("headers")
            .and_then(|h| h.get(name))
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    Reply {
        status: number(spec.get("status").unwrap()) as u16,
        retry_after: header("Retry-After"),
        location: header("Location"),
        body: spec
            .get("body")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
    }
}

impl Server<'_> {
    fn answer(&mut self, calls: &Range<usize>) -> Reply {
        let index = self.requests;
        self.requests += 1;
        if let Some(Value::Array(script)) = self.spec.get("script") {
            if let Some(scripted) = script.get(index) {
                return reply_of(scripted);
            }
        }
        if let Some(refuse) = self.spec.get("refuse") {
            if indexes(refuse.get("calls").unwrap(), 0)
                .iter()
                .any(|i| calls.contains(i))
            {
                return reply_of(refuse);
            }
        }
        match self.spec.get("otherwise") {
            Some(otherwise) => reply_of(otherwise),
            None => Reply {
                status: 200,
                retry_after: None,
                location: None,
                body: "{\"success\":true}".into(),
            },
        }
    }
}

fn number(value: &Value) -> u64 {
    match value {
        Value::Number(text) => text.parse().unwrap(),
        other => panic!("not a number: {other:?}"),
    }
}

/// A list of call indexes, or "all".
fn indexes(value: &Value, calls: usize) -> Vec<usize> {
    match value {
        Value::String(all) if all == "all" => (0..calls).collect(),
        Value::Array(items) => items.iter().map(|i| number(i) as usize).collect(),
        other => panic!("not a list of calls: {other:?}"),
    }
}

/// Runs a delivery against a server, retrying in place (as `send` and
/// `serve` do), with no sleeping: the waits are only collected.
fn run(sizes: Vec<usize>, policy: Policy, server: &mut Server) -> (Outcome, Vec<Decision>) {
    let mut delivery = Delivery::new("http://127.0.0.1:9/v1/batch", sizes, policy, 1);
    let mut decisions = Vec::new();
    while let Some(request) = delivery.next_request() {
        let reply = server.answer(&request.calls);
        let answer = Answer::Http {
            status: reply.status,
            retry_after: reply.retry_after.as_deref(),
            location: reply.location.as_deref(),
            body: &reply.body,
            now_ms: 0,
        };
        decisions.push(delivery.answer(answer, 0.5).unwrap());
    }
    (delivery.finish(), decisions)
}

#[test]
fn every_case_of_the_table_through_the_rule() {
    let table = parse_value(TABLE.as_bytes()).unwrap();
    let Some(Value::Array(cases)) = table.get("cases") else {
        panic!("no cases");
    };
    assert!(cases.len() >= 10);
    for case in cases {
        let name = case.get("name").and_then(Value::as_str).unwrap();
        let calls = number(case.get("calls").unwrap()) as usize;
        let mut policy = Policy {
            backoff_ms: 10,
            max_backoff_ms: 100,
            ..Policy::default()
        };
        if let Some(max) = case.get("policy").and_then(|p| p.get("maxAttempts")) {
            policy.max_attempts = number(max) as u32;
        }
        let mut server = Server {
            spec: case.get("server").unwrap(),
            requests: 0,
        };
        let (outcome, decisions) = run(vec![300; calls], policy, &mut server);
        let expect = case.get("expect").unwrap();
        let dead = indexes(expect.get("deadLettered").unwrap(), calls);
        let unsent = indexes(expect.get("unsent").unwrap(), calls);
        for (i, fate) in outcome.fates.iter().enumerate() {
            let wanted = if dead.contains(&i) {
                "dead-lettered"
            } else if unsent.contains(&i) {
                "unsent"
            } else {
                "sent"
            };
            let got = match fate {
                Fate::Sent => "sent",
                Fate::DeadLettered { status, .. } => {
                    assert_eq!(*status, 400, "{name}");
                    "dead-lettered"
                }
                Fate::Unsent => "unsent",
            };
            assert_eq!(got, wanted, "{name}: call {i} ({decisions:?})");
        }
        let stop = expect.get("stop").and_then(Value::as_str);
        assert_eq!(outcome.stop.map(Stop::name), stop, "{name}: {decisions:?}");
        assert_eq!(outcome.message.is_some(), stop.is_some(), "{name}");
        let requests = number(expect.get("requests").unwrap()) as u32;
        assert_eq!(outcome.requests, requests, "{name}: {decisions:?}");
        assert_eq!(server.requests as u32, requests, "{name}");
        assert_eq!(decisions.len() as u32, requests, "{name}");
    }
}

#[test]
fn a_400_to_everything_costs_a_few_dozen_requests_for_a_full_batch() {
    let mut server_spec = crate::json::Object::new();
    let mut otherwise = crate::json::Object::new();
    otherwise.insert("status", Value::Number("400".into()));
    server_spec.insert("otherwise", Value::Object(otherwise));
    let spec = Value::Object(server_spec);
    let mut server = Server {
        spec: &spec,
        requests: 0,
    };
    let (outcome, decisions) = run(vec![150; MAX_BATCH_CALLS], Policy::default(), &mut server);
    assert_eq!(outcome.stop, Some(Stop::EveryCallRefused));
    assert!(outcome.fates.iter().all(|f| *f == Fate::Unsent));
    // Three calls alone, each about log2(2500) halvings down.
    assert!(outcome.requests <= 3 * 13, "{} requests", outcome.requests);
    let held = decisions.iter().filter(|d| **d == Decision::Held).count();
    assert_eq!(held, ISOLATED_REFUSALS - 1);
    assert_eq!(
        decisions.last(),
        Some(&Decision::Stopped(Stop::EveryCallRefused))
    );
    let message = outcome.message.unwrap();
    assert!(message.contains("HTTP 400 to every request"), "{message}");
    assert!(message.contains("nothing is dead-lettered"), "{message}");
    assert_eq!(outcome.wait_ms, Some(Policy::default().hold_ms));
}

#[test]
fn a_proxy_that_starts_refusing_halfway_dead_letters_nothing_of_the_next_batch() {
    // Two batches (over 500 KB together); the first accepted, then 400 to
    // everything: the second batch's own halves show no contrast.
    let sizes = vec![30_000; 30];
    assert_eq!(plan_batches(&sizes).len(), 2);
    let mut delivery = Delivery::new(US_ENDPOINT, sizes, Policy::default(), 1);
    let mut first = true;
    while let Some(_request) = delivery.next_request() {
        let status = if std::mem::take(&mut first) { 200 } else { 400 };
        let answer = Answer::Http {
            status,
            retry_after: None,
            location: None,
            body: "",
            now_ms: 0,
        };
        delivery.answer(answer, 0.0).unwrap();
    }
    let outcome = delivery.finish();
    assert_eq!(outcome.stop, Some(Stop::EveryCallRefused));
    let sent = outcome.fates.iter().filter(|f| **f == Fate::Sent).count();
    let unsent = outcome.fates.iter().filter(|f| **f == Fate::Unsent).count();
    assert_eq!((sent, unsent), (16, 14), "{:?}", outcome.fates);
}

#[test]
fn a_host_that_ends_on_a_retry_gets_the_wait_and_every_call_unsent() {
    // The edge relay: the queue waits, not the consumer.
    let policy = Policy {
        backoff_ms: 1000,
        max_attempts: 0,
        ..Policy::default()
    };
    let mut delivery = Delivery::new(US_ENDPOINT, vec![100; 5], policy, 4);
    let request = delivery.next_request().unwrap();
    assert_eq!((request.calls, request.attempt), (0..5, 4));
    let decision = delivery.answer(
        Answer::Http {
            status: 429,
            retry_after: Some("0"),
            location: None,
            body: "",
            now_ms: 0,
        },
        0.0,
    );
    // Attempt 4: a ceiling of 8 s, at least half of it whatever Retry-After says.
    assert_eq!(decision, Some(Decision::Retry { after_ms: 4000 }));
    let outcome = delivery.finish();
    assert_eq!(outcome.stop, None);
    assert_eq!(outcome.wait_ms, Some(4000));
    assert!(outcome.fates.iter().all(|f| *f == Fate::Unsent));
}

#[test]
fn network_failures_are_retried_and_plain_http_stops_at_once() {
    let policy = Policy {
        max_attempts: 2,
        ..Policy::default()
    };
    let mut delivery = Delivery::new(
        "https://proxy.example.com/v1/batch?token=x",
        vec![10],
        policy.clone(),
        1,
    );
    delivery.next_request().unwrap();
    let refused = Answer::Failed {
        kind: NetworkFailure::Connection,
        message: "connection refused",
    };
    assert!(matches!(
        delivery.answer(refused, 0.0),
        Some(Decision::Retry { .. })
    ));
    assert_eq!(delivery.next_request().unwrap().attempt, 2);
    assert_eq!(
        delivery.answer(refused, 0.0),
        Some(Decision::Stopped(Stop::RetriesExhausted))
    );
    let outcome = delivery.finish();
    let message = outcome.message.unwrap();
    assert!(
        message.contains("not accepted after 2 attempts"),
        "{message}"
    );
    assert!(message.contains("connection refused"), "{message}");
    assert!(
        !message.contains("token=x"),
        "the query is not shown: {message}"
    );

    let mut delivery = Delivery::new("https://127.0.0.1:8443/v1/batch", vec![10], policy, 1);
    delivery.next_request().unwrap();
    let plain = Answer::Failed {
        kind: NetworkFailure::PlainHttp,
        message: "received corrupt message of type InvalidContentType",
    };
    assert_eq!(
        delivery.answer(plain, 0.0),
        Some(Decision::Stopped(Stop::PlainHttp))
    );
    assert!(delivery.next_request().is_none());
    let outcome = delivery.finish();
    assert!(outcome.message.unwrap().contains("speaks plain HTTP"));
    assert_eq!(outcome.requests, 1);
}

#[test]
fn an_interrupted_delivery_leaves_the_rest_unsent_and_held_calls_too() {
    let mut delivery = Delivery::new(US_ENDPOINT, vec![10; 4], Policy::default(), 1);
    let answer = |status| Answer::Http {
        status,
        retry_after: None,
        location: None,
        body: "no",
        now_ms: 0,
    };
    delivery.next_request().unwrap();
    assert_eq!(
        delivery.answer(answer(400), 0.0),
        Some(Decision::Split { status: 400 })
    );
    delivery.next_request().unwrap();
    delivery.answer(answer(400), 0.0).unwrap();
    assert_eq!(delivery.next_request().unwrap().calls, 0..1);
    assert_eq!(delivery.answer(answer(400), 0.0), Some(Decision::Held));
    // The largest request left of the batch goes next.
    assert_eq!(delivery.next_request().unwrap().calls, 2..4);
    delivery.interrupt();
    assert!(delivery.next_request().is_none());
    assert!(
        delivery.answer(answer(200), 0.0).is_some(),
        "the request in flight may still be answered"
    );
    let outcome = delivery.finish();
    assert_eq!(outcome.stop, Some(Stop::Interrupted));
    assert_eq!(outcome.wait_ms, None);
    // The answer came after the interruption: call 0 is now known refused.
    assert_eq!(outcome.fates[2], Fate::Sent);
    assert!(matches!(outcome.fates[0], Fate::DeadLettered { .. }));
    assert_eq!(outcome.fates[1], Fate::Unsent);
}

#[test]
fn no_answer_is_taken_without_a_request() {
    let mut delivery = Delivery::new(US_ENDPOINT, vec![10], Policy::default(), 1);
    let ok = Answer::Http {
        status: 200,
        retry_after: None,
        location: None,
        body: "",
        now_ms: 0,
    };
    assert_eq!(delivery.answer(ok, 0.0), None);
    assert_eq!(delivery.next_request().unwrap().calls, 0..1);
    assert_eq!(
        delivery.next_request().unwrap().calls,
        0..1,
        "asked twice, the same request"
    );
    assert!(delivery.answer(ok, 0.0).is_some());
    assert!(delivery.next_request().is_none());
    assert_eq!(
        Delivery::new(US_ENDPOINT, Vec::new(), Policy::default(), 1).next_request(),
        None
    );
}

#[test]
fn answers_about_the_request_say_what_to_check() {
    for (status, location, says) in [
        (401, None, "is the write key right?"),
        (403, None, "HTTP 403 Forbidden"),
        (404, None, "Segment's path is /v1/batch"),
        (
            308,
            Some("https://elsewhere.example.com/v1/batch"),
            "redirects to https://elsewhere.example.com/v1/batch",
        ),
        (409, None, "HTTP 409 Conflict"),
        (499, None, "HTTP 499 to POST"),
    ] {
        let mut delivery = Delivery::new(US_ENDPOINT, vec![10; 3], Policy::default(), 1);
        delivery.next_request().unwrap();
        let answer = Answer::Http {
            status,
            retry_after: None,
            location,
            body: "  {\"message\":\n \"no\"}  ",
            now_ms: 0,
        };
        assert_eq!(
            delivery.answer(answer, 0.0),
            Some(Decision::Stopped(Stop::RequestRefused))
        );
        let outcome = delivery.finish();
        let message = outcome.message.unwrap();
        assert!(message.contains(says), "{status}: {message}");
        assert!(
            message.contains("(it said: {\"message\": \"no\"})"),
            "{message}"
        );
        assert!(outcome.fates.iter().all(|f| *f == Fate::Unsent));
    }
}

#[test]
fn decisions_and_stops_have_stable_names() {
    let names: Vec<&str> = [
        Decision::Sent {
            calls: 1,
            dead_lettered: 0,
        },
        Decision::Retry { after_ms: 1 },
        Decision::Split { status: 400 },
        Decision::Held,
        Decision::DeadLetter,
        Decision::Stopped(Stop::Interrupted),
    ]
    .iter()
    .map(|d| d.name())
    .collect();
    assert_eq!(
        names,
        ["sent", "retry", "split", "held", "dead_letter", "stop"]
    );
    let stops: Vec<&str> = [
        Stop::RequestRefused,
        Stop::EveryCallRefused,
        Stop::TooLargeForEndpoint,
        Stop::RetriesExhausted,
        Stop::PlainHttp,
        Stop::Interrupted,
    ]
    .iter()
    .map(|s| s.name())
    .collect();
    assert_eq!(
        stops,
        [
            "request_refused",
            "every_call_refused",
            "too_large_for_endpoint",
            "retries_exhausted",
            "plain_http",
            "interrupted"
        ]
    );
    for kind in ["timeout", "connection", "plain_http"] {
        assert_eq!(NetworkFailure::from_name(kind).unwrap().name(), kind);
    }
    assert_eq!(NetworkFailure::from_name("dns"), None);
}

#[test]
fn the_backoff_is_a_floor_under_retry_after() {
    let policy = Policy {
        backoff_ms: 1000,
        max_backoff_ms: 300_000,
        max_retry_after_ms: 3_600_000,
        ..Policy::default()
    };
    for attempt in 1..40 {
        let ceiling = (1000u64 << (attempt - 1).min(20)).min(300_000);
        for jitter in [0.0, 0.3, 0.999_999] {
            let wait = policy.backoff(attempt, jitter);
            assert!(wait >= ceiling / 2 && wait <= ceiling, "{attempt}: {wait}");
        }
    }
    // A persistent 429 with Retry-After: 0 over a queue's 100 tries takes
    // hours, not seconds.
    let total: u64 = (1..=100).map(|a| policy.retry_wait(a, Some(0), 0.0)).sum();
    assert!(total >= 3 * 3600 * 1000, "{total} ms");
    // A longer Retry-After wins, within its cap.
    assert_eq!(policy.retry_wait(1, Some(20_000), 0.0), 20_000);
    assert_eq!(policy.retry_wait(1, Some(99_000_000), 0.0), 3_600_000);
    assert_eq!(Policy::default().backoff(1, f64::NAN), 250);
}

#[test]
fn retry_after_is_read_as_seconds_or_a_date() {
    let now = 1_767_225_600_000; // 2026-01-01T00:00:00Z
    assert_eq!(parse_retry_after("2", now), Some(2000));
    assert_eq!(parse_retry_after(" 1.5 ", now), Some(1500));
    assert_eq!(parse_retry_after("0", now), Some(0));
    assert_eq!(parse_retry_after("0.0001", now), Some(1));
    assert_eq!(parse_retry_after("99999999999", now), Some(31_536_000_000));
    assert_eq!(parse_retry_after("000000001", now), Some(1000));
    assert_eq!(
        parse_retry_after(&"9".repeat(10_000), now),
        Some(31_536_000_000)
    );
    assert_eq!(
        parse_retry_after("Thu, 01 Jan 2026 00:00:30 GMT", now),
        Some(30_000)
    );
    assert_eq!(
        parse_retry_after("Wed, 31 Dec 2025 00:00:00 GMT", now),
        Some(0)
    );
    assert_eq!(
        parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", 784_111_777_000),
        Some(0)
    );
    assert_eq!(
        parse_retry_after("Sun, 06 Nov 1994 08:49:38 GMT", 784_111_777_000),
        Some(1000)
    );
    for bad in [
        "",
        "soon",
        "-1",
        "1e3",
        "1.2.3",
        ".5",
        "5.",
        "Thu, 01 Foo 2026 00:00:30 GMT",
        "Thu, 32 Jan 2026 00:00:30 GMT",
        "Thu, 01 Jan 2026 00:00:30 UTC",
    ] {
        assert_eq!(parse_retry_after(bad, now), None, "{bad}");
    }
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
            "HTTPS://api.segment.io:443",
            "https://api.segment.io:443/v1/batch",
        ),
        (
            "https://proxy.example.com/segment",
            "https://proxy.example.com/segment/v1/batch",
        ),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/v1/batch"),
        ("http://127.8.9.10", "http://127.8.9.10/v1/batch"),
        (
            "http://localhost:8080/x/?a=1",
            "http://localhost:8080/x/v1/batch?a=1",
        ),
        (
            "http://LocalHost:8080/#frag",
            "http://LocalHost:8080/v1/batch",
        ),
        ("http://[::1]:9/v1/batch", "http://[::1]:9/v1/batch"),
        ("http://[0:0::0:1]", "http://[0:0::0:1]/v1/batch"),
        (
            "https://[2001:db8::1]/s?k=v",
            "https://[2001:db8::1]/s/v1/batch?k=v",
        ),
        (
            " https://api.segment.io ",
            "https://api.segment.io/v1/batch",
        ),
    ] {
        assert_eq!(endpoint_url(given).as_deref(), Ok(url), "{given}");
    }
    for (given, why) in [
        ("http://proxy.example.com", "plain http"),
        ("http://10.0.0.1:8080", "plain http"),
        ("http://128.0.0.1", "plain http"),
        ("http://[::2]", "plain http"),
        ("http://127.0.0.256", "plain http"),
        ("http://127.0.0", "plain http"),
        ("ftp://x.example.com", "https://"),
        ("api.segment.io/v1/batch", "not a URL"),
        ("127.0.0.1:8080", "not a URL"),
        ("https://user:hunter2@proxy.example.com", "credentials"),
        ("https://hunter2@proxy.example.com/x", "credentials"),
        ("not a url", "not a URL"),
        ("https://", "not a URL"),
        ("https://host:99999", "not a URL"),
        ("https://host:", "not a URL"),
        ("https://ho st", "not a URL"),
        ("https://host\n.example.com", "not a URL"),
        ("https://[::1", "not a URL"),
        ("https://[1:2:3:4:5:6:7:8:9]", "not a URL"),
        ("https://[::1::]", "not a URL"),
        ("https://[12345::]", "not a URL"),
        ("https://exa%mple.com", "not a URL"),
        ("1https://x.example.com", "not a URL"),
    ] {
        let err = endpoint_url(given).unwrap_err();
        assert!(err.contains(why), "{given}: {err}");
        assert!(!err.contains("hunter2"), "{err}");
    }
    assert_eq!(region_endpoint("eu"), Some(EU_ENDPOINT));
    assert_eq!(region_endpoint("us"), Some(US_ENDPOINT));
    assert_eq!(region_endpoint("ap"), None);
    assert_eq!(
        shown_endpoint("https://x.example.com/v1/batch?k=s"),
        "https://x.example.com/v1/batch?…"
    );
}

#[test]
fn write_keys_must_be_printable_and_are_never_shown() {
    assert!(check_write_key("K", "abcDEF123").is_ok());
    assert!(check_write_key("K", "")
        .unwrap_err()
        .contains("K (a Segment write key) is not set"));
    for bad in ["abc def", "abc\u{7f}", "abc“quoted”", "a\tb"] {
        let err = check_write_key("K", bad).unwrap_err();
        assert!(err.contains("printable"), "{err}");
        assert!(!err.contains(bad), "{err}");
    }
}

#[test]
fn batches_stay_within_bytes_and_calls() {
    let sizes: Vec<usize> = (0..10_000)
        .map(|i| if i % 7 == 0 { 30_000 } else { 150 })
        .collect();
    let batches = plan_batches(&sizes);
    assert_eq!(batches.first().map(|b| b.start), Some(0));
    assert_eq!(batches.last().map(|b| b.end), Some(10_000));
    for pair in batches.windows(2) {
        assert_eq!(pair[0].end, pair[1].start, "in order, none lost");
    }
    for batch in &batches {
        let calls = &sizes[batch.clone()];
        assert!(calls.len() <= MAX_BATCH_CALLS);
        let body = calls.iter().sum::<usize>() + calls.len() - 1 + BATCH_ENVELOPE_BYTES;
        assert!(body <= MAX_BATCH_BYTES, "{body}");
    }
    let lengths: Vec<usize> = plan_batches(&[10; 6000]).iter().map(|b| b.len()).collect();
    assert_eq!(lengths, vec![2500, 2500, 1000]);
    assert!(plan_batches(&[]).is_empty());
}
