//! What an operator sees (issues 31 and 33): calls dated by when their
//! webhook arrived, whatever the delay before Segment took them; a `sentAt`
//! on every batch, set anew on each attempt; a log line per request and per
//! delivery attempt, as JSON or text, holding no secret, no write key and
//! no value of a webhook's fields but Stigg's type and messageId.

use std::collections::{BTreeSet, HashMap};
use std::time::Duration;

use serde_json::{json, Value};

use super::fake_segment::{unix_ms, FakeSegment, Scripted};
use super::*;

const SECRET: &str = "whsec_ops-test-secret";

/// An ISO 8601 date-time as Unix milliseconds, by the core's reading.
fn ms(text: &str) -> i64 {
    stigg_segment::timestamp::unix_ms(text).unwrap_or_else(|| panic!("not a date-time: {text}"))
}

fn time_of(unix_ms: i64) -> String {
    stigg_segment::timestamp::format_unix_ms(unix_ms)
}

/// Every `sentAt` the fake saw is within a second of when the request came,
/// and a request sent again carries a new one.
fn assert_sent_at_is_each_attempts(fake: &FakeSegment) {
    let seen = fake.seen();
    assert!(!seen.is_empty());
    for request in &seen {
        let sent_at = request
            .sent_at
            .as_deref()
            .expect("every batch carries sentAt");
        let skew = (ms(sent_at) - request.received_ms).abs();
        assert!(
            skew <= 1000,
            "sentAt {sent_at} is {skew} ms from the request"
        );
    }
    let distinct: BTreeSet<_> = seen.iter().map(|r| r.sent_at.clone()).collect();
    if seen.len() > 2 {
        assert!(distinct.len() > 1, "sentAt was not set anew: {seen:?}");
    }
}

#[test]
fn serve_dates_calls_by_their_arrival_through_an_outage_and_stamps_every_attempt() {
    let dir = temp_dir("arrival-times");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    fake.always(503); // the target is down
    let serve = Serve::start(&dir, &fake.url, &["--log-format", "json"], &[]);
    let stiggs = "2024-03-01T10:00:00.000Z";
    let bodies = [
        // Families Stigg sends without a timestamp.
        json!({"type": "credits.granted", "messageId": "arr-1", "customerId": "c-1",
               "amount": {"value": 5, "unit": "credits"}}),
        json!({"type": "automatic_recharge.operation.attempted", "messageId": "arr-2",
               "customerId": "c-2", "status": "SUCCEEDED"}),
        // Stigg's own timestamp wins; one the core cannot read does not.
        json!({"type": "subscription.updated", "messageId": "arr-3", "timestamp": stiggs,
               "id": "sub-3", "customer": {"id": "c-3"}, "status": "ACTIVE"}),
        json!({"type": "credits.expired", "messageId": "arr-4", "timestamp": "last Tuesday",
               "customerId": "c-4"}),
    ];
    let mut acknowledged: HashMap<String, (i64, i64)> = HashMap::new();
    for body in &bodies {
        let before = unix_ms();
        let (status, answer) = serve.post(&body.to_string(), &[]);
        let after = unix_ms();
        assert_eq!(status, 200, "{answer}");
        let id = body["messageId"].as_str().unwrap().to_owned();
        acknowledged.insert(id, (before, after));
    }
    // Several seconds of outage: every attempt refused.
    std::thread::sleep(Duration::from_secs(4));
    assert!(fake.batches().is_empty());
    let refused = fake.seen().iter().filter(|r| r.status == 503).count();
    assert!(refused > 2, "the sender kept trying: {refused} requests");
    fake.always(0);
    wait_for("every call", || fake.arrivals().len() >= bodies.len());
    let log = serve.terminate();
    // When serve acknowledged each webhook, as its request line says.
    let acknowledged_at: HashMap<String, String> = log
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|line| line["event"] == "request" && line["status"] == 200)
        .map(|line| {
            let id = line["stigg_message_id"].as_str().unwrap().to_owned();
            (id, line["time"].as_str().unwrap().to_owned())
        })
        .collect();
    assert_eq!(acknowledged_at.len(), bodies.len(), "{log}");

    println!("--- serve, its target down for 4 s:");
    println!("call | acknowledged at | timestamp | sentAt | delivered at");
    let mut dated = 0;
    for batch in fake.batches() {
        let sent_at = batch.sent_at.as_deref().expect("sentAt");
        for (message_id, timestamp) in batch.message_ids.iter().zip(&batch.timestamps) {
            let (stigg_id, (before, after)) = acknowledged
                .iter()
                .find(|(id, _)| message_id.contains(id.as_str()))
                .unwrap_or_else(|| panic!("{message_id} was not posted"));
            let timestamp = timestamp.as_deref().expect("every call is dated");
            println!(
                "{message_id} | {} | {timestamp} | {sent_at} | {}",
                acknowledged_at[stigg_id],
                time_of(batch.received_ms)
            );
            assert!(
                batch.received_ms - after >= 3500,
                "{message_id} was delivered after the outage"
            );
            if stigg_id == "arr-3" {
                assert_eq!(timestamp, stiggs, "Stigg's timestamp wins");
                continue;
            }
            // The acknowledgement's time, within a second; not the delivery's.
            let at = ms(timestamp);
            assert!(
                at >= before - 1000 && at <= after + 1000,
                "{message_id}: {timestamp} is not when it was acknowledged ({}..{})",
                time_of(*before),
                time_of(*after)
            );
            dated += 1;
        }
    }
    assert_eq!(dated, 3);
    assert_sent_at_is_each_attempts(&fake);
}

#[test]
fn send_dates_calls_by_the_field_it_is_told_and_only_then() {
    let dir = temp_dir("timestamp-field");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    let stiggs = "2024-03-01T10:00:00.000Z";
    let captured = "2024-05-01T12:00:00.000Z";
    let lines = [
        json!({"type": "credits.granted", "messageId": "tf-1", "customerId": "c-1", "capturedAt": captured}),
        json!({"type": "subscription.updated", "messageId": "tf-2", "timestamp": stiggs,
               "customer": {"id": "c-2"}, "capturedAt": captured}),
        json!({"type": "credits.granted", "messageId": "tf-3", "customerId": "c-3"}),
        json!({"type": "credits.granted", "messageId": "tf-4", "customerId": "c-4", "capturedAt": "yesterday"}),
        json!({"type": "credits.granted", "messageId": "tf-5", "customerId": "c-5", "capturedAt": 1714564800000u64}),
    ];
    let text: String = lines.iter().map(|line| format!("{line}\n")).collect();
    let input = dir.join("in.ndjson");
    std::fs::write(&input, &text).unwrap();
    let args = send_args(&dir, input.to_str().unwrap());
    let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
    args.extend(["--timestamp-field", "capturedAt", "--log-format", "json"]);
    let output = run(&mut command(&args, &fake.url));
    let summary = stderr(&output);
    assert!(output.status.success(), "{summary}");
    assert_eq!(summary_count(&summary, "undated"), 3, "{summary}");

    let timestamps: HashMap<String, Option<String>> = fake
        .batches()
        .iter()
        .flat_map(|batch| {
            let ids = batch.message_ids.iter().cloned();
            ids.zip(batch.timestamps.iter().cloned())
        })
        .collect();
    let of = |id: &str| -> Option<&str> {
        let (_, timestamp) = timestamps
            .iter()
            .find(|(message_id, _)| message_id.contains(id))
            .unwrap_or_else(|| panic!("{id} not sent"));
        timestamp.as_deref()
    };
    assert_eq!(of("tf-1"), Some(captured));
    assert_eq!(of("tf-2"), Some(stiggs), "Stigg's own timestamp wins");
    for undated in ["tf-3", "tf-4", "tf-5"] {
        assert_eq!(of(undated), None, "{undated}");
    }
    assert_sent_at_is_each_attempts(&fake);
    // Its delivery is a JSON line; the report stays text.
    let deliveries: Vec<Value> = summary
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|line| line["event"] == "delivery")
        .collect();
    assert_eq!(deliveries.len(), 1, "{summary}");
    assert_eq!(deliveries[0]["decision"], "sent");
    assert_eq!(deliveries[0]["calls"], 5);

    // Without the flag, files carry no arrival time: nothing is invented.
    let again = temp_dir("timestamp-field-none");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    let args = send_args(&again, input.to_str().unwrap());
    let output = run(&mut command(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &fake.url,
    ));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stderr(&output).contains("undated"));
    let dated: Vec<Option<String>> = fake
        .batches()
        .iter()
        .flat_map(|batch| batch.timestamps.clone())
        .collect();
    assert_eq!(dated.iter().flatten().collect::<Vec<_>>(), [stiggs]);
}

/// The values of a webhook's fields that must never reach a log line: all
/// but Stigg's type and messageId.
fn body_values(body: &Value, into: &mut Vec<String>) {
    match body {
        Value::Object(members) => {
            for (name, value) in members {
                if name != "type" && name != "messageId" {
                    body_values(value, into);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| body_values(item, into)),
        Value::String(text) => into.push(text.clone()),
        _ => {}
    }
}

/// The sequence both formats are tried with: a wrong secret, a good webhook
/// (its delivery meets a 500, then a 200) and a broken body; the log, and
/// what must not be in it.
fn logged_sequence(format: &str, level: &str) -> (String, Vec<String>) {
    let dir = temp_dir(&format!("log-{format}-{level}"));
    let fake = FakeSegment::start(&[WRITE_KEY]);
    fake.script([Scripted {
        status: 500,
        retry_after: None,
        body: "{\"message\":\"try again\"}".into(),
    }]);
    let flags = ["--log-format", format, "--log-level", level];
    let secret_variable = stigg_segment::settings::env_variable("webhookSecret");
    let env = [(secret_variable.as_str(), SECRET)];
    let serve = match level {
        "info" | "debug" => Serve::start(&dir, &fake.url, &flags, &env),
        _ => start_without_listening_line(&dir, &fake.url, &flags, &env),
    };
    let good = webhook(10); // customer.updated: an identify and a track
    let broken = r#"{"type":"customer.updated","email":"broken@example.com","id":"#;
    let wrong = "whsec_not-the-secret";
    let secret = [("Stigg-Webhooks-Secret", SECRET)];
    assert_eq!(
        serve
            .post(&good.to_string(), &[("Stigg-Webhooks-Secret", wrong)])
            .0,
        401
    );
    assert_eq!(serve.post(&good.to_string(), &secret).0, 200);
    wait_for("the delivery", || fake.arrivals().len() >= 2);
    assert_eq!(serve.post(broken, &secret).0, 400);
    let log = serve.terminate();
    let statuses: Vec<u16> = fake.log().iter().map(|(_, status)| *status).collect();
    assert_eq!(statuses, [500, 200]);

    let mut secrets = vec![SECRET.to_owned(), wrong.to_owned()];
    body_values(&good, &mut secrets);
    secrets.push("broken@example.com".to_owned());
    (log, secrets)
}

fn assert_holds_none_of(log: &str, secrets: &[String]) {
    assert_no_write_key(log.as_bytes());
    for secret in secrets {
        assert!(
            !log.contains(secret.as_str()),
            "{secret:?} is in the log:\n{log}"
        );
    }
}

#[test]
fn serve_logs_a_json_line_per_request_and_per_delivery_attempt_and_nothing_secret() {
    let (log, secrets) = logged_sequence("json", "info");
    println!("--- serve --log-format json:\n{log}");
    assert_holds_none_of(&log, &secrets);
    let lines: Vec<Value> = log
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|_| panic!("not JSON: {line}")))
        .collect();
    let events: Vec<&str> = lines.iter().map(|l| l["event"].as_str().unwrap()).collect();
    let mut sorted = events.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        [
            "delivery",
            "delivery",
            "exit",
            "listening",
            "request",
            "request",
            "request",
            "shutdown"
        ],
        "{log}"
    );
    for line in &lines {
        let time = line["time"].as_str().unwrap();
        assert!((ms(time) - unix_ms()).abs() < 60_000, "{time}");
    }
    let of =
        |event: &str| -> Vec<&Value> { lines.iter().filter(|l| l["event"] == event).collect() };
    let sorted_keys = |names: &[&str]| {
        let mut names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        names.sort();
        names
    };
    let key_sets = |line: &Value| {
        let mut names: Vec<String> = line.as_object().unwrap().keys().cloned().collect();
        names.sort();
        names
    };

    let requests = of("request");
    let common = [
        "time", "level", "event", "peer", "method", "path", "status", "ms",
    ];
    let [wrong, good, broken] = [requests[0], requests[1], requests[2]];
    assert_eq!(
        key_sets(wrong),
        sorted_keys(&[&common[..], &["error_class", "error"]].concat())
    );
    assert_eq!(wrong["status"], 401);
    assert_eq!(wrong["level"], "warn");
    assert_eq!(wrong["error_class"], "ValidationError");
    assert_eq!(
        wrong["error"],
        "the Stigg-Webhooks-Secret header does not match the webhookSecret setting"
    );
    assert_eq!(
        key_sets(good),
        sorted_keys(&[&common[..], &["stigg_type", "stigg_message_id", "queued"]].concat())
    );
    assert_eq!(
        (&good["level"], &good["status"], &good["queued"]),
        (&json!("info"), &json!(200), &json!(2))
    );
    assert_eq!(good["stigg_type"], "customer.updated");
    assert_eq!(good["stigg_message_id"], "msg-000010");
    assert_eq!(
        key_sets(broken),
        sorted_keys(&[&common[..], &["error_class", "error"]].concat())
    );
    assert_eq!(
        (&broken["status"], &broken["error_class"]),
        (&json!(400), &json!("InvalidEventPayload"))
    );
    assert!(broken["error"]
        .as_str()
        .unwrap()
        .starts_with("the body is not valid JSON"));
    for request in &requests {
        assert_eq!(
            (&request["method"], &request["path"]),
            (&json!("POST"), &json!("/"))
        );
        assert!(request["peer"].as_str().unwrap().starts_with("127.0.0.1:"));
        assert!(request["ms"].as_f64().unwrap() >= 0.0);
    }

    let deliveries = of("delivery");
    let attempt = [
        "time", "level", "event", "target", "calls", "bytes", "status", "attempt", "decision",
    ];
    let [refused, accepted] = [deliveries[0], deliveries[1]];
    assert_eq!(
        key_sets(refused),
        sorted_keys(&[&attempt[..], &["retry_ms", "waited_ms", "ms"]].concat())
    );
    assert_eq!(
        (
            &refused["status"],
            &refused["attempt"],
            &refused["decision"],
            &refused["level"]
        ),
        (&json!(500), &json!(1), &json!("retry"), &json!("warn"))
    );
    assert!(
        refused["retry_ms"].as_u64().unwrap() <= 100,
        "--max-backoff-ms 100"
    );
    assert_eq!(
        key_sets(accepted),
        sorted_keys(&[&attempt[..], &["waited_ms", "ms"]].concat())
    );
    assert_eq!(
        (
            &accepted["status"],
            &accepted["attempt"],
            &accepted["decision"],
            &accepted["level"]
        ),
        (&json!(200), &json!(2), &json!("sent"), &json!("info"))
    );
    for delivery in [refused, accepted] {
        assert_eq!(delivery["target"], "default");
        assert_eq!(delivery["calls"], 2);
        assert!(delivery["bytes"].as_u64().unwrap() > 100);
        assert!(delivery["waited_ms"].as_u64().unwrap() < 30_000);
    }
}

#[test]
fn serve_logs_the_same_lines_as_text_and_its_level_quiets_them() {
    let (log, secrets) = logged_sequence("text", "info");
    println!("--- serve --log-format text:\n{log}");
    assert_holds_none_of(&log, &secrets);
    let of = |event: &str| -> Vec<&str> {
        log.lines()
            .filter(|line| line.split(' ').nth(2) == Some(event))
            .collect()
    };
    for line in log.lines() {
        let mut words = line.split(' ');
        let time = words.next().unwrap();
        assert!((ms(time) - unix_ms()).abs() < 60_000, "{line}");
        let level = words.next().unwrap();
        assert!(["ERROR", "WARN", "INFO"].contains(&level), "{line}");
    }
    let requests = of("request");
    assert_eq!(requests.len(), 3, "{log}");
    assert!(requests[0].contains(" WARN request peer=127.0.0.1:"));
    assert!(requests[0].contains(
        " method=POST path=/ status=401 error_class=ValidationError error=\"the Stigg-Webhooks-Secret header does not match the webhookSecret setting\" ms="
    ), "{}", requests[0]);
    assert!(
        requests[1].contains(
            " status=200 stigg_type=customer.updated stigg_message_id=msg-000010 queued=2 ms="
        ),
        "{}",
        requests[1]
    );
    assert!(
        requests[2].contains(
            " status=400 error_class=InvalidEventPayload error=\"the body is not valid JSON"
        ),
        "{}",
        requests[2]
    );
    let deliveries = of("delivery");
    assert_eq!(deliveries.len(), 2, "{log}");
    assert!(
        deliveries[0].contains(" WARN delivery target=default calls=2 bytes="),
        "{}",
        deliveries[0]
    );
    assert!(
        deliveries[0].contains(" status=500 attempt=1 decision=retry retry_ms="),
        "{}",
        deliveries[0]
    );
    assert!(
        deliveries[1].contains(" INFO delivery target=default calls=2 bytes="),
        "{}",
        deliveries[1]
    );
    assert!(
        deliveries[1].contains(" status=200 attempt=2 decision=sent waited_ms="),
        "{}",
        deliveries[1]
    );
    assert!(log.contains("listening on http://"), "{log}");

    // At warn, the lines of what went well are gone (the start's too);
    // the refusals and the retry stay.
    let (log, secrets) = logged_sequence("text", "warn");
    assert_holds_none_of(&log, &secrets);
    let kept: Vec<(&str, &str)> = log
        .lines()
        .map(|line| {
            let mut words = line.split(' ').skip(1);
            (words.next().unwrap(), words.next().unwrap())
        })
        .collect();
    assert_eq!(
        kept,
        [
            ("WARN", "request"),
            ("WARN", "delivery"),
            ("WARN", "request")
        ],
        "{log}"
    );
}

/// `serve` on a port chosen here, for a level that writes no `listening`
/// line: ready once `/healthz` answers.
fn start_without_listening_line(
    dir: &Path,
    fake_url: &str,
    extra: &[&str],
    env: &[(&str, &str)],
) -> Serve {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let address = format!("127.0.0.1:{port}");
    let mut command = serve_command(dir, fake_url, &address, extra, env);
    let mut child = command
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let log = Arc::new(Mutex::new(String::new()));
    let lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let sink = log.clone();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            sink.lock().unwrap().push_str(&format!("{line}\n"));
        }
    });
    let serve = Serve {
        child,
        address,
        log,
    };
    wait_for("serve to answer", || {
        std::net::TcpStream::connect(&serve.address).is_ok() && serve.get("/healthz").0 == 200
    });
    serve
}

#[test]
fn serve_migrates_a_queue_of_the_version_before_arrival_times_and_delivers_it() {
    let dir = temp_dir("queue-schema-0");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    // A queue as the previous version left it: no received_at, a call
    // queued with no timestamp (it had none to give).
    let call = json!({"type": "track", "event": "credits_granted", "userId": "c-1",
                      "messageId": "stigg-old-1-track", "properties": {"type": "credits.granted"},
                      "context": {"integration": {"name": "stigg", "version": "0.1.0"}}});
    let old = rusqlite::Connection::open(dir.join("queue.sqlite")).unwrap();
    old.pragma_update(None, "journal_mode", "WAL").unwrap();
    old.execute_batch(
        "CREATE TABLE queue (id INTEGER PRIMARY KEY AUTOINCREMENT, target TEXT NOT NULL,
             message_id TEXT NOT NULL, call TEXT NOT NULL, UNIQUE (target, message_id));
         CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
         INSERT INTO meta VALUES ('closed_cleanly', 1);",
    )
    .unwrap();
    old.execute(
        "INSERT INTO queue (target, message_id, call) VALUES ('default', 'stigg-old-1-track', ?1)",
        [call.to_string()],
    )
    .unwrap();
    drop(old);

    let serve = Serve::start(&dir, &fake.url, &[], &[]);
    let credits = json!({"type": "credits.granted", "messageId": "new-1", "customerId": "c-2"});
    assert_eq!(serve.post(&credits.to_string(), &[]).0, 200);
    wait_for("both calls", || fake.arrivals().len() >= 2);
    let log = serve.terminate();
    assert!(
        log.contains("1 calls queued for target default from an earlier run"),
        "{log}"
    );
    assert!(!log.contains("queue_damaged"), "{log}");
    let timestamps: HashMap<String, Option<String>> = fake
        .batches()
        .iter()
        .flat_map(|batch| {
            batch
                .message_ids
                .clone()
                .into_iter()
                .zip(batch.timestamps.clone())
        })
        .collect();
    assert_eq!(
        timestamps["stigg-old-1-track"], None,
        "nothing invented for it"
    );
    assert!(timestamps["stigg-new-1-track"].is_some());
    let queue = rusqlite::Connection::open(dir.join("queue.sqlite")).unwrap();
    let version: i64 = queue
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    assert_eq!(version, 1);
}
