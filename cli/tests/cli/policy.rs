//! Issue 27: the core's delivery policy through the binary. The table of
//! cases every host runs (tests/delivery-policy.json) through `send` and
//! `serve`; then the cases an attacker or an unlucky operator meets: a
//! proxy answering 400 to everything, two runs on one journal, a dead-letter
//! file that cannot be written, a queue that cannot forget delivered calls,
//! SIGTERM against a hanging target, one peer's 1,100 slow sockets, Ctrl-C,
//! a TLS handshake to a plain-HTTP port, a queue moved without its -wal.
//! Timing limits are generous where the requirement is not itself a
//! deadline; the deadlines (exit within the drain and a second, a webhook
//! answered within a second) are asserted as the issue states them.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::Value;

use super::delivery::{args_of, dead_letter_count, metric, SmallDisk};
use super::fake_segment::{Behaviour, Reply};
use super::*;

const TABLE: &str = include_str!("../../../tests/delivery-policy.json");

/// One case of the table.
struct Case {
    name: String,
    calls: usize,
    behaviour: Behaviour,
    refused: Vec<usize>,
    dead: Vec<usize>,
    unsent: Vec<usize>,
    stop: Option<String>,
    requests: usize,
    max_attempts: Option<u64>,
}

fn reply_of(spec: &Value) -> Reply {
    Reply {
        status: spec["status"].as_u64().unwrap() as u16,
        headers: spec["headers"]
            .as_object()
            .map(|headers| {
                headers
                    .iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
                    .collect()
            })
            .unwrap_or_default(),
        body: spec["body"].as_str().unwrap_or_default().to_owned(),
    }
}

fn indexes(value: &Value, calls: usize) -> Vec<usize> {
    match value {
        Value::String(all) if all == "all" => (0..calls).collect(),
        Value::Array(items) => items.iter().map(|i| i.as_u64().unwrap() as usize).collect(),
        other => panic!("not a list of calls: {other}"),
    }
}

/// The cases that apply to `host`.
fn cases(host: &str) -> Vec<Case> {
    let table: Value = serde_json::from_str(TABLE).unwrap();
    table["cases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|case| {
            case["hosts"]
                .as_array()
                .is_none_or(|hosts| hosts.iter().any(|h| h == host))
        })
        .map(|case| {
            let calls = case["calls"].as_u64().unwrap() as usize;
            let server = &case["server"];
            let expect = &case["expect"];
            Case {
                name: case["name"].as_str().unwrap().to_owned(),
                calls,
                behaviour: Behaviour {
                    script: server["script"]
                        .as_array()
                        .map(|s| s.iter().map(reply_of).collect())
                        .unwrap_or_default(),
                    refuse: server.get("refuse").map(reply_of),
                    otherwise: server.get("otherwise").map(reply_of),
                },
                refused: server
                    .get("refuse")
                    .map(|r| indexes(&r["calls"], calls))
                    .unwrap_or_default(),
                dead: indexes(&expect["deadLettered"], calls),
                unsent: indexes(&expect["unsent"], calls),
                stop: expect["stop"].as_str().map(str::to_owned),
                requests: expect["requests"].as_u64().unwrap() as usize,
                max_attempts: case["policy"]["maxAttempts"].as_u64(),
            }
        })
        .collect()
}

/// Call `k` of a case: a webhook making exactly one call, marked when the
/// case's server refuses it.
fn table_webhook(k: usize, marked: bool) -> String {
    let mut body = json!({
        "type": "subscription.updated", "messageId": format!("dp-{k:04}"),
        "timestamp": "2024-03-01T10:00:00.000Z", "id": format!("sub-{k}"),
        "customer": {"id": format!("customer-{k}")}, "plan": {"id": "plan-pro"}, "status": "ACTIVE"
    });
    if marked {
        body["note"] = json!(POISON);
    }
    body.to_string()
}

impl Case {
    fn bodies(&self) -> Vec<String> {
        (0..self.calls)
            .map(|k| table_webhook(k, self.refused.contains(&k)))
            .collect()
    }

    /// The messageId of call `k`.
    fn id(&self, k: usize) -> String {
        let ids = expected_ids(&table_webhook(k, false), "{}");
        assert_eq!(ids.len(), 1);
        ids.into_iter().next().unwrap()
    }

    fn ids(&self, which: impl Fn(usize) -> bool) -> HashSet<String> {
        (0..self.calls)
            .filter(|k| which(*k))
            .map(|k| self.id(k))
            .collect()
    }

    fn sent(&self) -> HashSet<String> {
        self.ids(|k| !self.dead.contains(&k) && !self.unsent.contains(&k))
    }

    fn attempts_args(&self) -> Vec<String> {
        match self.max_attempts {
            Some(n) => vec!["--max-attempts".into(), n.to_string()],
            None => Vec::new(),
        }
    }
}

fn dead_letter_ids(dir: &Path) -> HashSet<String> {
    std::fs::read_to_string(dir.join("dead.ndjson"))
        .unwrap_or_default()
        .lines()
        .map(|line| {
            serde_json::from_str::<Value>(line).unwrap()["messageId"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn arrived(fake: &FakeSegment) -> HashSet<String> {
    fake.arrivals().into_keys().collect()
}

#[test]
fn the_policy_table_through_send() {
    for (n, case) in cases("send").iter().enumerate() {
        let dir = temp_dir(&format!("table-send-{n}"));
        std::fs::write(dir.join("in.ndjson"), case.bodies().join("\n")).unwrap();
        let fake = FakeSegment::start(&[WRITE_KEY]);
        fake.behave(case.behaviour.clone());
        let mut args = send_args(&dir, dir.join("in.ndjson").to_str().unwrap());
        args.extend(["--concurrency".into(), "1".into()]);
        args.extend(case.attempts_args());
        let output = run(&mut command(&args_of(&args), &fake.url));
        let summary = stderr(&output);
        let name = &case.name;
        let clean = case.dead.is_empty() && case.unsent.is_empty();
        assert_eq!(
            output.status.code(),
            Some(if clean { 0 } else { 2 }),
            "{name}: {summary}"
        );
        assert_eq!(arrived(&fake), case.sent(), "{name}: {summary}");
        assert_eq!(
            dead_letter_ids(&dir),
            case.ids(|k| case.dead.contains(&k)),
            "{name}"
        );
        assert_eq!(fake.log().len(), case.requests, "{name}: {summary}");
        assert_eq!(summary_count(&summary, "requests"), case.requests as u64);
        assert_eq!(
            summary_count(&summary, "dead-lettered"),
            case.dead.len() as u64
        );
        match &case.stop {
            Some(stop) => assert!(
                summary.contains(&format!("stopped ({stop})")),
                "{name}: {summary}"
            ),
            None => assert!(!summary.contains("stopped ("), "{name}: {summary}"),
        }
        if case.unsent.is_empty() {
            continue;
        }
        // The endpoint fixed, the same command again: every unsent call, once.
        assert_eq!(
            summary_count(&summary, "not sent"),
            case.unsent.len() as u64
        );
        fake.accept_all();
        let output = run(&mut command(&args_of(&args), &fake.url));
        let rerun = stderr(&output);
        assert!(output.status.success(), "{name}: {rerun}");
        assert_eq!(
            summary_count(&rerun, "sent"),
            case.unsent.len() as u64,
            "{name}"
        );
        assert_exactly_once(&fake, &case.ids(|k| !case.dead.contains(&k)));
        assert_eq!(dead_letter_count(&dir), case.dead.len(), "{name}");
    }
}

/// Queues webhooks in `dir`'s queue with `serve` alone (its target a closed
/// port), so that the next `serve` finds them queued together.
fn prefill(dir: &Path, bodies: &[String], extra: &[&str]) {
    let closed = closed_port();
    let mut args = vec!["--drain-timeout-ms", "0", "--max-attempts", "1"];
    args.extend_from_slice(extra);
    let serve = Serve::start(dir, &closed, &args, &[]);
    for body in bodies {
        let (status, answer) = serve.post(body, &[]);
        assert_eq!(status, 200, "{answer}");
    }
    serve.terminate();
}

fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

#[test]
fn the_policy_table_through_serve() {
    for (n, case) in cases("serve").iter().enumerate() {
        let dir = temp_dir(&format!("table-serve-{n}"));
        let name = &case.name;
        prefill(&dir, &case.bodies(), &[]);
        let fake = FakeSegment::start(&[WRITE_KEY]);
        fake.behave(case.behaviour.clone());
        // A stop holds the calls 2 s: the first delivery's requests are counted before.
        let mut args = vec!["--max-backoff-ms".to_owned(), "2000".to_owned()];
        args.extend(case.attempts_args());
        let serve = Serve::start(&dir, &fake.url, &args_of(&args), &[]);
        let sent = case.sent();
        wait_for(name, || {
            arrived(&fake).len() == sent.len()
                && dead_letter_count(&dir) == case.dead.len()
                && (case.stop.is_none() || serve.get("/healthz").0 == 503)
                && metric(
                    &serve.get("/metrics").1,
                    "stigg_segment_queue_depth{target=\"default\"}",
                ) == case.unsent.len() as u64
        });
        assert_eq!(fake.log().len(), case.requests, "{name}");
        assert_eq!(arrived(&fake), sent, "{name}");
        assert_eq!(
            dead_letter_ids(&dir),
            case.ids(|k| case.dead.contains(&k)),
            "{name}"
        );
        if case.unsent.is_empty() {
            assert_eq!(serve.get("/healthz").0, 200, "{name}");
            serve.terminate();
            continue;
        }
        let (_, health) = serve.get("/healthz");
        assert!(health.contains("\"default\""), "{name}: {health}");
        // The endpoint fixed: the queue delivers every held call, once.
        fake.accept_all();
        wait_for("the recovery", || {
            arrived(&fake).len() == case.calls - case.dead.len() && serve.get("/healthz").0 == 200
        });
        assert_exactly_once(&fake, &case.ids(|k| !case.dead.contains(&k)));
        assert_eq!(dead_letter_count(&dir), case.dead.len(), "{name}");
        let log = serve.terminate();
        assert!(log.contains("target default is failing"), "{name}: {log}");
        assert!(log.contains("takes calls again"), "{name}: {log}");
    }
}

fn four_hundred_to_everything() -> Behaviour {
    Behaviour {
        otherwise: Some(Reply {
            status: 400,
            headers: Vec::new(),
            body: "<html><body><h1>400 Bad Request</h1></body></html>".into(),
        }),
        ..Behaviour::default()
    }
}

/// The run: `send` of 400 calls to a proxy answering 400 to
/// everything dead-lettered all 400 and journalled them dead.
#[test]
fn send_to_a_proxy_answering_400_to_everything_loses_nothing() {
    let dir = temp_dir("proxy-400-send");
    let text = ndjson(0..363, |_, _| {});
    let expected = expected_ids(&text, "{}");
    assert_eq!(expected.len(), 400);
    std::fs::write(dir.join("in.ndjson"), &text).unwrap();
    let fake = FakeSegment::start(&[WRITE_KEY]);
    fake.behave(four_hundred_to_everything());
    let args = send_args(&dir, dir.join("in.ndjson").to_str().unwrap());
    let started = Instant::now();
    let output = run(&mut command(&args_of(&args), &fake.url));
    let took = started.elapsed();
    let summary = stderr(&output);
    let requests = fake.log().len();
    println!(
        "--- send, 400 calls, a proxy answering 400 to everything: exit {:?}, {requests} requests in {:.2} s, {} dead letters\n{summary}",
        output.status.code(),
        took.as_secs_f64(),
        dead_letter_count(&dir)
    );
    assert_eq!(output.status.code(), Some(2), "{summary}");
    assert!(
        summary.contains("stopped (every_call_refused)"),
        "{summary}"
    );
    assert!(summary.contains("nothing is dead-lettered"), "{summary}");
    assert_eq!(summary_count(&summary, "not sent"), 400);
    assert_eq!(dead_letter_count(&dir), 0);
    // Three calls alone, about log2(400) halvings each: a few dozen, not 799.
    assert!(requests <= 3 * 10, "{requests} requests");

    fake.accept_all();
    let started = Instant::now();
    let output = run(&mut command(&args_of(&args), &fake.url));
    let summary = stderr(&output);
    println!(
        "--- the rerun against the fixed endpoint, {:.2} s:\n{summary}",
        started.elapsed().as_secs_f64()
    );
    assert!(output.status.success(), "{summary}");
    assert_eq!(summary_count(&summary, "sent"), 400);
    assert_exactly_once(&fake, &expected);
}

/// The run: `serve` split 200 calls into 398 requests and
/// dead-lettered all 200 while /healthz said ok.
#[test]
fn serve_to_a_proxy_answering_400_to_everything_holds_every_call() {
    let dir = temp_dir("proxy-400-serve");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    fake.behave(four_hundred_to_everything());
    // A failing target is tried again every 2 s.
    let serve = Arc::new(Serve::start(
        &dir,
        &fake.url,
        &["--max-backoff-ms", "2000"],
        &[],
    ));
    let bodies: Vec<String> = (0..200).map(|i| webhook(i * 10 + 1).to_string()).collect();
    let expected = expected_ids(&bodies.join("\n"), "{}");
    let started = Instant::now();
    // Four clients at once, as Stigg's deliveries overlap.
    let posters: Vec<_> = bodies
        .chunks(50)
        .map(|chunk| {
            let (serve, chunk) = (serve.clone(), chunk.to_vec());
            std::thread::spawn(move || {
                for body in chunk {
                    assert_eq!(serve.post(&body, &[]).0, 200);
                }
            })
        })
        .collect();
    for poster in posters {
        poster.join().unwrap();
    }
    wait_for("/healthz to report the target", || {
        serve.get("/healthz").0 == 503
    });
    // Watch it hold for a while.
    std::thread::sleep(Duration::from_secs(3));
    let took = started.elapsed();
    let (status, health) = serve.get("/healthz");
    let metrics = serve.get("/metrics").1;
    let requests = fake.log().len();
    println!(
        "--- serve (hold 2 s), 200 webhooks, a proxy answering 400 to everything: {requests} requests in {:.1} s, {} dead letters, queue depth {}, /healthz {status}: {health}",
        took.as_secs_f64(),
        dead_letter_count(&dir),
        metric(&metrics, "stigg_segment_queue_depth{target=\"default\"}")
    );
    assert_eq!(status, 503, "{health}");
    assert!(health.contains("HTTP 400 to every request"), "{health}");
    assert_eq!(dead_letter_count(&dir), 0);
    assert_eq!(
        metric(&metrics, "stigg_segment_queue_depth{target=\"default\"}"),
        200
    );
    assert_eq!(
        metric(
            &metrics,
            "stigg_segment_calls_dead_lettered_total{target=\"default\"}"
        ),
        0
    );
    assert!(arrived(&fake).is_empty());

    fake.accept_all();
    let recovery = Instant::now();
    wait_for("every held call", || arrived(&fake).len() == 200);
    wait_for("/healthz to recover", || serve.get("/healthz").0 == 200);
    println!(
        "--- recovery: 200 calls delivered {:.2} s after the endpoint was fixed",
        recovery.elapsed().as_secs_f64()
    );
    assert_exactly_once(&fake, &expected);
    Arc::try_unwrap(serve).ok().unwrap().terminate();
}

#[test]
fn two_sends_on_one_journal_send_each_call_once() {
    let dir = temp_dir("journal-lock");
    let text = ndjson(0..5454, |_, _| {});
    let expected = expected_ids(&text, "{}");
    assert_eq!(expected.len(), 6000);
    std::fs::write(dir.join("in.ndjson"), &text).unwrap();
    let fake = FakeSegment::start(&[WRITE_KEY]);
    // Each request takes a while, so the first run is still going.
    fake.delay(Duration::from_millis(400));
    let mut args = send_args(&dir, dir.join("in.ndjson").to_str().unwrap());
    args.extend(["--concurrency".into(), "1".into()]);
    let first = command(&args_of(&args), &fake.url)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The journal exists once the first run holds it.
    wait_for("the first run's journal", || {
        dir.join("journal.sqlite").exists()
    });
    std::thread::sleep(Duration::from_millis(200));
    let second = run(&mut command(&args_of(&args), &fake.url));
    let refused = stderr(&second);
    let first = first.wait_with_output().unwrap();
    let first_summary = stderr(&first);
    println!(
        "--- the second run, while the first runs:\n{refused}--- the first run:\n{first_summary}"
    );
    assert_eq!(second.status.code(), Some(1), "{refused}");
    assert!(
        refused.contains("is in use by another stigg-segment run"),
        "{refused}"
    );
    assert!(first.status.success(), "{first_summary}");
    assert_eq!(summary_count(&first_summary, "sent"), 6000);
    // Once the first is done, the same command sends nothing.
    fake.delay(Duration::ZERO);
    let third = run(&mut command(&args_of(&args), &fake.url));
    let summary = stderr(&third);
    assert!(third.status.success(), "{summary}");
    assert_eq!(summary_count(&summary, "already sent"), 6000);
    assert_eq!(summary_count(&summary, "sent"), 0);
    assert_exactly_once(&fake, &expected);
}

#[test]
fn send_that_cannot_write_a_dead_letter_stops_and_the_rerun_records_it() {
    let dir = temp_dir("dead-letters-full-send");
    // Three batches, one at a time; a call of the first one refused.
    let text = ndjson(0..5454, |i, body| {
        if i == 77 {
            body["note"] = json!(POISON);
        }
    });
    std::fs::write(dir.join("in.ndjson"), &text).unwrap();
    let fake = FakeSegment::start(&[WRITE_KEY]);
    let mut args = send_args(&dir, dir.join("in.ndjson").to_str().unwrap());
    args.extend(["--concurrency".into(), "1".into()]);
    let mut full = args.clone();
    full.extend(["--dead-letters".into(), "/dev/full".into()]);
    let output = run(&mut command(&args_of(&full), &fake.url));
    let summary = stderr(&output);
    println!("--- send with /dev/full as its dead-letter file:\n{summary}");
    assert_eq!(output.status.code(), Some(2), "{summary}");
    assert!(summary.contains("stopped (storage)"), "{summary}");
    assert!(
        summary.contains("cannot write the dead letter /dev/full"),
        "{summary}"
    );
    assert_eq!(summary_count(&summary, "dead-lettered"), 0);
    let sent = summary_count(&summary, "sent");
    assert!(summary_count(&summary, "not sent") >= 1, "{summary}");
    // A writable file: the refused call, sent with the calls left, is
    // dead-lettered now, and nothing is sent twice.
    let output = run(&mut command(&args_of(&args), &fake.url));
    let summary = stderr(&output);
    println!("--- the rerun with a dead-letter file that can be written:\n{summary}");
    assert_eq!(summary_count(&summary, "dead-lettered"), 1, "{summary}");
    assert_eq!(summary_count(&summary, "already sent"), sent, "{summary}");
    let mut expected = expected_ids(&text, "{}");
    assert!(expected.remove("stigg-msg-000077-track"));
    assert_exactly_once(&fake, &expected);
    assert_eq!(
        dead_letter_ids(&dir),
        HashSet::from(["stigg-msg-000077-track".to_owned()])
    );
}

#[test]
fn serve_that_cannot_write_a_dead_letter_holds_the_call_without_spinning() {
    let dir = temp_dir("dead-letters-full-serve");
    let mut poisoned = webhook(21);
    poisoned["note"] = json!(POISON);
    let bodies = vec![
        webhook(11).to_string(),
        poisoned.to_string(),
        webhook(31).to_string(),
    ];
    let dead = ["--dead-letters", "/dev/full"];
    prefill(&dir, &bodies, &dead);
    let fake = FakeSegment::start(&[WRITE_KEY]);
    // --max-backoff-ms 100 (the tests' default): the hold between tries.
    let serve = Serve::start(&dir, &fake.url, &dead, &[]);
    wait_for("the good calls", || arrived(&fake).len() == 2);
    wait_for("/healthz to fail", || serve.get("/healthz").0 == 503);
    let before = fake.log().len();
    let window = Duration::from_secs(3);
    let started = Instant::now();
    while started.elapsed() < window {
        assert_eq!(serve.get("/healthz").0, 503);
        std::thread::sleep(Duration::from_millis(100));
    }
    let requests = fake.log().len() - before;
    let per_second = requests as f64 / window.as_secs_f64();
    println!(
        "--- serve with /dev/full as its dead-letter file: {requests} requests in {} s ({per_second:.1}/s; the hold is 100 ms)",
        window.as_secs()
    );
    // At most one request per hold (100 ms), and a margin for the clock.
    assert!(requests <= 3 * 10 + 3, "{requests} requests in 3 s");
    assert!(requests >= 1, "it stopped trying");
    let metrics = serve.get("/metrics").1;
    assert_eq!(
        metric(&metrics, "stigg_segment_queue_depth{target=\"default\"}"),
        1
    );
    let log = serve.terminate();
    assert!(
        log.contains("the dead-letter file /dev/full cannot be written"),
        "{log}"
    );
    assert_eq!(fake.arrivals().values().sum::<usize>(), 2, "nothing resent");
}

/// The run: with the disk full, the sender resent batches it had
/// delivered (~1,300 duplicates in 4 s), since it could not delete them.
#[test]
fn a_queue_that_cannot_forget_delivered_calls_stops_sending_rather_than_resend() {
    let dir = temp_dir("cannot-forget");
    let disk = SmallDisk::new(&dir);
    let queue_dir = disk.queue_dir(&dir);
    let queue = queue_dir.join("queue.sqlite").display().to_string();
    // 100 webhooks: each commit grows the write-ahead log on the 4 MiB disk.
    let bodies: Vec<String> = (0..100).map(|i| webhook(i * 10 + 1).to_string()).collect();
    let expected = expected_ids(&bodies.join("\n"), "{}");
    prefill(&dir, &bodies, &["--queue", &queue]);
    let fake = FakeSegment::start(&[WRITE_KEY]);
    // Segment takes the batch, but answers late: meanwhile the disk fills.
    fake.delay(Duration::from_millis(1500));
    let serve = Serve::start(&dir, &fake.url, &["--queue", &queue], &[]);
    let pid = serve.child.id();
    // Without a tmpfs, a file-size limit stops the write-ahead log from growing.
    disk.fill_to(pid, &queue_dir, Some(1024));
    wait_for("the batch to arrive", || !fake.arrivals().is_empty());
    wait_for("/healthz to fail", || serve.get("/healthz").0 == 503);
    let (_, health) = serve.get("/healthz");
    assert!(health.contains("cannot be removed"), "{health}");
    // Nothing resent while the queue cannot forget what Segment has.
    fake.delay(Duration::ZERO);
    std::thread::sleep(Duration::from_secs(3));
    let repeats = fake.arrivals().values().filter(|n| **n > 1).count();
    println!(
        "--- the queue's disk full after Segment took a batch: {} requests, {repeats} calls sent twice, /healthz {health}",
        fake.log().len()
    );
    assert_eq!(repeats, 0);
    assert_eq!(
        fake.log().len(),
        1,
        "a request while the queue could not be written"
    );
    disk.free(pid);
    wait_for("/healthz to recover", || serve.get("/healthz").0 == 200);
    wait_for("the queue to empty", || {
        metric(
            &serve.get("/metrics").1,
            "stigg_segment_queue_depth{target=\"default\"}",
        ) == 0
    });
    serve.terminate();
    assert_exactly_once(&fake, &expected);
}

#[test]
fn sigterm_against_a_hanging_target_exits_within_the_drain_and_a_second() {
    let dir = temp_dir("sigterm-hanging");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    fake.hang(true);
    for drain_ms in [2000u64, 5000] {
        let drain = drain_ms.to_string();
        let mut serve = Serve::start(&dir, &fake.url, &["--drain-timeout-ms", &drain], &[]);
        let body = webhook(11).to_string();
        assert_eq!(serve.post(&body, &[]).0, 200);
        wait_for("a request to hang", || fake.hanging() > 0);
        let started = Instant::now();
        let status = Command::new("kill")
            .args(["-TERM", &serve.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let exit = serve.child.wait().unwrap();
        let took = started.elapsed();
        std::thread::sleep(Duration::from_millis(100));
        let log = serve.log.lock().unwrap().clone();
        println!(
            "--- SIGTERM with --drain-timeout-ms {drain_ms} and a target that never answers (--timeout-ms 30000): exit {exit} after {:.2} s",
            took.as_secs_f64()
        );
        assert!(exit.success(), "{log}");
        // The deadline: the drain timeout plus one second.
        assert!(
            took <= Duration::from_millis(drain_ms + 1000),
            "exited after {took:?}"
        );
        assert!(log.contains("calls left in the queue"), "{log}");
    }
    // What was in flight stayed queued: the next start sends it, once.
    fake.release();
    let serve = Serve::start(&dir, &fake.url, &[], &[]);
    wait_for("the queued call", || !fake.arrivals().is_empty());
    serve.terminate();
    assert_exactly_once(&fake, &expected_ids(&webhook(11).to_string(), "{}"));
}

/// A socket from `peer` (another loopback address) to `address`.
fn connect_from(peer: &str, address: &str) -> std::io::Result<TcpStream> {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None)?;
    let local: SocketAddr = format!("{peer}:0").parse().unwrap();
    socket.bind(&local.into())?;
    let remote: SocketAddr = address.parse().unwrap();
    socket.connect(&remote.into())?;
    Ok(socket.into())
}

#[test]
fn one_peer_with_1100_slow_sockets_leaves_another_peers_webhooks_answered() {
    let dir = temp_dir("one-peer-1100");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    // The defaults: 1,024 connections, 256 per peer, 1 KB/s minimum body rate.
    let serve = Serve::start(&dir, &fake.url, &[], &[]);
    let head = b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\nx";
    let mut sockets = Vec::new();
    for _ in 0..1100 {
        let Ok(mut socket) = connect_from("127.0.0.2", &serve.address) else {
            continue;
        };
        let _ = socket.write_all(head);
        socket.set_nonblocking(true).unwrap();
        sockets.push(socket);
    }
    let connected = sockets.len();
    assert!(connected >= 1000, "{connected} sockets connected");
    // Keep trickling a byte a second to every socket still open.
    let stop = Arc::new(AtomicBool::new(false));
    let trickler = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut refused = 0;
            while !stop.load(Ordering::SeqCst) {
                for socket in &mut sockets {
                    let _ = socket.write(b"x");
                }
                std::thread::sleep(Duration::from_secs(1));
            }
            for socket in &mut sockets {
                let mut answer = [0u8; 64];
                if let Ok(n) = socket.read(&mut answer) {
                    if answer[..n].starts_with(b"HTTP/1.1 503") {
                        refused += 1;
                    }
                }
            }
            refused
        })
    };
    std::thread::sleep(Duration::from_millis(500));
    let mut slowest = Duration::ZERO;
    let mut most_open = 0;
    for i in 0..10 {
        let open = metric(&serve.get("/metrics").1, "stigg_segment_connections_open");
        most_open = most_open.max(open);
        let (status, took) = super::delivery::real_webhook(&serve, i);
        assert_eq!(status, 200);
        slowest = slowest.max(took);
        let health = Instant::now();
        assert_eq!(serve.get("/healthz").0, 200);
        slowest = slowest.max(health.elapsed());
        std::thread::sleep(Duration::from_millis(300));
    }
    stop.store(true, Ordering::SeqCst);
    let _ = trickler.join().unwrap();
    let metrics = serve.get("/metrics").1;
    let peer_cap = metric(
        &metrics,
        "stigg_segment_connections_closed_total{reason=\"peer_cap\"}",
    ) + metric(
        &metrics,
        "stigg_segment_connections_closed_total{reason=\"evicted\"}",
    );
    let too_slow = metric(
        &metrics,
        "stigg_segment_connections_closed_total{reason=\"body_too_slow\"}",
    );
    println!(
        "--- one peer's 1,100 slow-body sockets: the other peer's slowest webhook or /healthz answer {:.1} ms; at most {most_open} connections open; {peer_cap} refused or closed at the peer's cap, {too_slow} closed below the minimum body rate",
        slowest.as_secs_f64() * 1000.0
    );
    // The deadline for a real webhook.
    assert!(slowest < Duration::from_secs(1), "{slowest:?}");
    // The peer holds its share (256) and the sockets closed at its cap that
    // are still in their second of graceful close: far from the 1,024 cap
    // that, reached, refused everyone. Each of its sockets was refused or
    // closed at its cap, or closed for its rate.
    assert!(most_open < 1024 / 2, "{most_open} open");
    assert!(peer_cap + too_slow + 256 >= connected as u64, "{metrics}");
    assert!(too_slow >= 200, "{metrics}");
    wait_for("the real calls", || fake.arrivals().len() >= 10);
    serve.terminate();
}

#[test]
fn ctrl_c_during_send_prints_the_summary_and_how_to_resume() {
    let dir = temp_dir("ctrl-c");
    let text = ndjson(0..5454, |_, _| {});
    let expected = expected_ids(&text, "{}");
    std::fs::write(dir.join("in.ndjson"), &text).unwrap();
    let fake = FakeSegment::start(&[WRITE_KEY]);
    fake.delay(Duration::from_millis(300));
    let mut args = send_args(&dir, dir.join("in.ndjson").to_str().unwrap());
    args.extend(["--concurrency".into(), "1".into()]);
    let child = command(&args_of(&args), &fake.url)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for("a first batch", || !fake.batches().is_empty());
    let started = Instant::now();
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let output = child.wait_with_output().unwrap();
    let took = started.elapsed();
    let summary = stderr(&output);
    assert_no_write_key(&output.stderr);
    println!(
        "--- Ctrl-C after the first batch: exit {:?} after {:.2} s\n{summary}",
        output.status.code(),
        took.as_secs_f64()
    );
    assert_eq!(output.status.code(), Some(130), "{summary}");
    assert!(
        summary.contains("stigg-segment send: interrupted in"),
        "{summary}"
    );
    assert!(summary.contains("run the same command again"), "{summary}");
    let sent = summary_count(&summary, "sent");
    assert!(sent > 0 && sent < expected.len() as u64, "{summary}");
    // A request in flight is waited for up to a second; here it takes 0.3 s.
    assert!(took < Duration::from_secs(5), "{took:?}");
    // The same command: the rest, once.
    fake.delay(Duration::ZERO);
    let output = run(&mut command(&args_of(&args), &fake.url));
    let rerun = stderr(&output);
    assert!(output.status.success(), "{rerun}");
    assert_eq!(summary_count(&rerun, "already sent"), sent, "{rerun}");
    assert_eq!(
        summary_count(&rerun, "sent"),
        expected.len() as u64 - sent,
        "{rerun}"
    );
    assert_exactly_once(&fake, &expected);
}

/// A plain-HTTP server as nginx is one: whatever arrives that is not HTTP
/// (a TLS ClientHello) is answered `400 Bad Request` at once. Returns its
/// address and how many connections it answered.
fn plain_http_server() -> (String, Arc<std::sync::atomic::AtomicUsize>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let answered = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = answered.clone();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().map_while(Result::ok) {
            let mut hello = [0u8; 512];
            let _ = stream.read(&mut hello);
            let _ = stream.write_all(
                b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
            count.fetch_add(1, Ordering::SeqCst);
        }
    });
    (address, answered)
}

#[test]
fn a_tls_handshake_to_a_plain_http_port_stops_at_once() {
    let dir = temp_dir("plain-http");
    std::fs::write(dir.join("in.ndjson"), ndjson(1..20, |_, _| {})).unwrap();
    let (address, answered) = plain_http_server();
    let https = format!("https://{address}");
    let args = send_args(&dir, dir.join("in.ndjson").to_str().unwrap());
    let started = Instant::now();
    let output = run(command(&args_of(&args), &https).args(["--endpoint", &https]));
    let took = started.elapsed();
    let summary = stderr(&output);
    println!(
        "--- https:// to a plain-HTTP port: exit {:?} after {:.2} s, {} connections\n{summary}",
        output.status.code(),
        took.as_secs_f64(),
        answered.load(Ordering::SeqCst)
    );
    assert_eq!(output.status.code(), Some(2), "{summary}");
    assert!(summary.contains("stopped (plain_http)"), "{summary}");
    assert!(summary.contains("speaks plain HTTP"), "{summary}");
    assert_eq!(
        summary_count(&summary, "requests"),
        1,
        "not retried: {summary}"
    );
    assert_eq!(answered.load(Ordering::SeqCst), 1);
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[test]
fn a_queue_left_without_its_wal_or_empty_says_so_at_start() {
    let dir = temp_dir("lost-wal");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    fake.hang(true);
    let serve = Serve::start(&dir, &fake.url, &[], &[]);
    for i in 0..50 {
        assert_eq!(serve.post(&webhook(i * 10 + 1).to_string(), &[]).0, 200);
    }
    // A second serve on the same queue is refused.
    let other = run(command(
        &[
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--queue",
            dir.join("queue.sqlite").to_str().unwrap(),
        ],
        &fake.url,
    )
    .stderr(Stdio::piped()));
    assert_eq!(other.status.code(), Some(1));
    assert!(
        stderr(&other).contains("is in use by another stigg-segment serve"),
        "{}",
        stderr(&other)
    );
    serve.kill_9();
    std::fs::remove_file(dir.join("queue.sqlite-wal")).unwrap();
    let _ = std::fs::remove_file(dir.join("queue.sqlite-shm"));
    fake.release();
    let serve = Serve::start(&dir, &fake.url, &[], &[]);
    let log = serve.terminate();
    println!("--- a queue restored without its -wal after kill -9:\n{log}");
    assert!(log.contains("WARN queue_damaged"), "{log}");
    assert!(log.contains("write-ahead log"), "{log}");
    assert!(log.contains("-wal is missing"), "{log}");

    let empty = temp_dir("empty-queue");
    std::fs::write(empty.join("queue.sqlite"), b"").unwrap();
    let serve = Serve::start(&empty, &fake.url, &[], &[]);
    let log = serve.terminate();
    assert!(log.contains("is an empty file (0 bytes)"), "{log}");
    // A clean stop leaves nothing to warn about.
    let serve = Serve::start(&empty, &fake.url, &[], &[]);
    let log = serve.terminate();
    assert!(!log.contains("queue_damaged"), "{log}");
}
