//! The `stigg-segment` binary against a fake Segment API on 127.0.0.1.
//! Backoffs and timeouts are shortened by flags so the suite runs fast; the
//! write key is checked to appear in no output, log or dead letter.

mod delivery;
mod fake_segment;
mod fake_stigg;
mod ops;
mod policy;
mod sync;

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fake_segment::{FakeSegment, Scripted, POISON};
use serde_json::json;
use stigg_segment::settings::{SETTINGS, SETTINGS_FILE_VARIABLE};

const WRITE_KEY: &str = "wk_test_SECRET_9f8e7d";
const BIN: &str = env!("CARGO_BIN_EXE_stigg-segment");

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("stigg-segment-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A webhook; every 10th is a customer event (identify + track), every
/// 997th is large enough to be trimmed to Segment's 32 KB.
fn webhook(i: usize) -> serde_json::Value {
    if i.is_multiple_of(10) {
        return json!({
            "type": "customer.updated", "messageId": format!("msg-{i:06}"),
            "timestamp": "2024-03-01T10:00:00.000Z",
            "id": format!("customer-{i}"), "email": format!("c{i}@example.com"), "name": "Ada"
        });
    }
    let mut body = json!({
        "type": "subscription.updated", "messageId": format!("msg-{i:06}"),
        "timestamp": "2024-03-01T10:00:00.000Z", "id": format!("sub-{i}"),
        "customer": {"id": format!("customer-{i}")}, "plan": {"id": "plan-pro"}, "status": "ACTIVE"
    });
    if i.is_multiple_of(997) {
        body["notes"] = json!("n".repeat(40_000));
    }
    body
}

fn ndjson(range: std::ops::Range<usize>, edit: impl Fn(usize, &mut serde_json::Value)) -> String {
    let mut out = String::new();
    for i in range {
        let mut body = webhook(i);
        edit(i, &mut body);
        out.push_str(&body.to_string());
        out.push('\n');
    }
    out
}

/// The messageIds the library makes of these webhooks.
fn expected_ids(text: &str, settings: &str) -> HashSet<String> {
    let settings = stigg_segment::Settings::from_json_text(settings).unwrap();
    text.lines()
        .flat_map(|line| {
            stigg_segment::transform(line.as_bytes(), &stigg_segment::Headers::new(), &settings)
                .unwrap()
                .calls
                .into_iter()
                .map(|call| call.message_id().to_owned())
        })
        .collect()
}

/// The binary with the fake's endpoint, short backoffs and no setting
/// variables from the environment the tests run in.
fn command(args: &[&str], fake_url: &str) -> Command {
    let mut command = Command::new(BIN);
    for spec in SETTINGS {
        command.env_remove(spec.env_variable());
    }
    command
        .env_remove(SETTINGS_FILE_VARIABLE)
        .env("SEGMENT_WRITE_KEY", WRITE_KEY)
        .args(args)
        .args([
            "--endpoint",
            fake_url,
            "--backoff-ms",
            "10",
            "--max-backoff-ms",
            "100",
            // Long: under load a timed-out request that the fake did
            // accept is sent again (at least once, as Segment's libraries).
            "--timeout-ms",
            "30000",
        ]);
    command
}

fn send_args<'a>(dir: &'a Path, input: &'a str) -> Vec<String> {
    vec![
        "send".into(),
        input.into(),
        "--journal".into(),
        dir.join("journal.sqlite").display().to_string(),
        "--dead-letters".into(),
        dir.join("dead.ndjson").display().to_string(),
        "--rate-limit".into(),
        "0".into(),
    ]
}

fn run(command: &mut Command) -> Output {
    let output = command.output().unwrap();
    assert_no_write_key(&output.stdout);
    assert_no_write_key(&output.stderr);
    output
}

fn assert_no_write_key(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let token = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        format!("{WRITE_KEY}:"),
    );
    assert!(!text.contains(WRITE_KEY), "the write key leaked:\n{text}");
    assert!(
        !text.contains(&token),
        "the write key leaked (base64):\n{text}"
    );
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The number on a summary line, e.g. `sent` -> 12000.
fn summary_count(summary: &str, label: &str) -> u64 {
    summary
        .lines()
        .find_map(|line| {
            let rest = line.trim_start().strip_prefix(label)?;
            rest.split_whitespace().next()?.parse().ok()
        })
        .unwrap_or_else(|| panic!("no {label} line in:\n{summary}"))
}

fn assert_exactly_once(fake: &FakeSegment, expected: &HashSet<String>) {
    let arrivals = fake.arrivals();
    let missing: Vec<_> = expected
        .iter()
        .filter(|id| !arrivals.contains_key(*id))
        .take(5)
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} calls missing, e.g. {missing:?}",
        expected.len() - arrivals.len().min(expected.len()),
        expected.len()
    );
    let repeated: Vec<_> = arrivals.iter().filter(|(_, n)| **n > 1).take(5).collect();
    assert!(repeated.is_empty(), "calls sent twice: {repeated:?}");
    assert_eq!(arrivals.len(), expected.len(), "unexpected calls arrived");
}

#[test]
fn send_delivers_10000_webhooks_exactly_once_within_segment_limits() {
    let dir = temp_dir("ten-thousand");
    let text = ndjson(0..10_000, |_, _| {});
    let input = dir.join("webhooks.ndjson");
    std::fs::write(&input, &text).unwrap();
    let expected = expected_ids(&text, "{}");
    let fake = FakeSegment::start(&[WRITE_KEY]);

    let args = send_args(&dir, input.to_str().unwrap());
    let output = run(command(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &fake.url,
    )
    .arg("--no-progress"));
    let summary = stderr(&output);
    assert!(output.status.success(), "{summary}");
    assert_exactly_once(&fake, &expected);
    for batch in fake.batches() {
        assert_eq!(batch.write_key, WRITE_KEY);
        assert!(batch.bytes <= 500_000, "a request of {} bytes", batch.bytes);
        assert!(
            batch.message_ids.len() <= 2500,
            "a batch of {} calls",
            batch.message_ids.len()
        );
        for size in batch.call_bytes {
            assert!(size <= 32 * 1024, "a call of {size} bytes");
        }
    }
    assert_eq!(summary_count(&summary, "read"), 10_000);
    assert_eq!(summary_count(&summary, "sent"), expected.len() as u64);
    assert_eq!(summary_count(&summary, "dead-lettered"), 0);

    // A rerun of the same input sends nothing.
    let requests = fake.log().len();
    let output = run(&mut command(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &fake.url,
    ));
    let summary = stderr(&output);
    assert!(output.status.success(), "{summary}");
    assert_eq!(fake.log().len(), requests, "the rerun sent requests");
    assert_eq!(summary_count(&summary, "sent"), 0);
    assert_eq!(
        summary_count(&summary, "already sent"),
        expected.len() as u64
    );
}

#[test]
fn send_reads_arrays_folders_and_standard_input_and_reports_bad_input() {
    let dir = temp_dir("formats");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    let array: Vec<_> = (0..20).map(webhook).collect();
    std::fs::write(
        dir.join("array.json"),
        serde_json::to_string_pretty(&array).unwrap(),
    )
    .unwrap();
    let folder = dir.join("folder");
    std::fs::create_dir_all(folder.join("nested")).unwrap();
    for i in 20..30 {
        let file = if i % 2 == 0 {
            folder.join(format!("{i}.json"))
        } else {
            folder.join("nested").join(format!("{i}.json"))
        };
        std::fs::write(file, serde_json::to_string_pretty(&webhook(i)).unwrap()).unwrap();
    }
    std::fs::write(folder.join("ignored.txt"), "not a webhook").unwrap();
    let stdin_text = format!("{}{{\"type\": \"broken\"\n{{\"no\":\"type\"}}\n{{\"type\":\"plan.created\",\"id\":\"p\"}}\n", ndjson(30..40, |_, _| {}));

    let mut args = send_args(&dir, "-");
    args.extend([
        dir.join("array.json").display().to_string(),
        folder.display().to_string(),
    ]);
    let mut child = command(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &fake.url,
    )
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), stdin_text.as_bytes()).unwrap();
    drop(child.stdin.take());
    let output = child.wait_with_output().unwrap();
    assert_no_write_key(&output.stderr);
    let summary = stderr(&output);

    let all = ndjson(0..40, |_, _| {});
    assert_exactly_once(&fake, &expected_ids(&all, "{}"));
    assert_eq!(summary_count(&summary, "read"), 43, "{summary}");
    assert_eq!(summary_count(&summary, "rejected"), 2, "{summary}");
    assert_eq!(summary_count(&summary, "skipped"), 1, "{summary}");
    assert!(
        summary.contains("rejected <stdin>:11: InvalidEventPayload"),
        "{summary}"
    );
    assert!(
        summary.contains("rejected <stdin>:12: ValidationError"),
        "{summary}"
    );
    assert!(summary.contains("no_customer"), "{summary}");
    // Rejected input is not a clean run.
    assert_eq!(output.status.code(), Some(2), "{summary}");
}

#[test]
fn send_dry_run_prints_one_call_a_line_and_sends_nothing() {
    let dir = temp_dir("dry-run");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    let text = ndjson(0..30, |_, _| {});
    std::fs::write(dir.join("in.ndjson"), &text).unwrap();
    let mut args = send_args(&dir, dir.join("in.ndjson").to_str().unwrap());
    args.push("--dry-run".into());
    let output = run(command(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &fake.url,
    )
    .env_remove("SEGMENT_WRITE_KEY"));
    assert!(output.status.success(), "{}", stderr(&output));
    let printed: HashSet<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).unwrap()["messageId"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(printed, expected_ids(&text, "{}"));
    assert!(fake.log().is_empty());
    assert!(
        !dir.join("journal.sqlite").exists(),
        "a dry run wrote a journal"
    );
}

#[test]
fn send_retries_429_and_500_and_honours_retry_after() {
    let dir = temp_dir("retries");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    fake.script([
        Scripted {
            status: 429,
            retry_after: Some("1"),
            body: "{\"message\":\"slow down\"}".into(),
        },
        Scripted {
            status: 500,
            retry_after: None,
            body: "{}".into(),
        },
        Scripted {
            status: 503,
            retry_after: None,
            body: "{}".into(),
        },
    ]);
    let text = ndjson(1..200, |_, _| {});
    std::fs::write(dir.join("in.ndjson"), &text).unwrap();
    let args = send_args(&dir, dir.join("in.ndjson").to_str().unwrap());
    let output = run(&mut command(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &fake.url,
    ));
    let summary = stderr(&output);
    assert!(output.status.success(), "{summary}");
    assert_exactly_once(&fake, &expected_ids(&text, "{}"));
    let log = fake.log();
    let statuses: Vec<u16> = log.iter().map(|(_, s)| *s).collect();
    assert_eq!(statuses, vec![429, 500, 503, 200], "one batch, retried");
    // Backoff is at most 100 ms here; only Retry-After explains a 1 s wait.
    let waited = log[1].0 - log[0].0;
    assert!(
        waited >= Duration::from_millis(950),
        "Retry-After: 1 not honoured: {waited:?}"
    );
}

#[test]
fn send_isolates_a_refused_call_into_the_dead_letters() {
    let dir = temp_dir("dead-letters");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    let text = ndjson(1..300, |i, body| {
        if i == 137 {
            body["note"] = json!(POISON);
        }
    });
    std::fs::write(dir.join("in.ndjson"), &text).unwrap();
    let args = send_args(&dir, dir.join("in.ndjson").to_str().unwrap());
    let output = run(&mut command(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &fake.url,
    ));
    let summary = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{summary}");
    let mut expected = expected_ids(&text, "{}");
    let poisoned = "stigg-msg-000137-track";
    assert!(expected.remove(poisoned));
    assert_exactly_once(&fake, &expected);
    assert_eq!(summary_count(&summary, "dead-lettered"), 1);
    assert_eq!(summary_count(&summary, "sent"), expected.len() as u64);

    let dead = std::fs::read(dir.join("dead.ndjson")).unwrap();
    assert_no_write_key(&dead);
    let lines: Vec<serde_json::Value> = String::from_utf8(dead)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["messageId"], poisoned);
    assert_eq!(lines[0]["status"], 400);
    assert!(lines[0]["answer"].as_str().unwrap().contains("invalid"));
    assert_eq!(lines[0]["call"]["properties"]["note"], POISON);

    // The rerun neither resends nor re-dead-letters anything.
    let requests = fake.log().len();
    let output = run(&mut command(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &fake.url,
    ));
    assert_eq!(fake.log().len(), requests);
    assert_eq!(summary_count(&stderr(&output), "already dead"), 1);
}

#[test]
fn send_stops_on_a_refused_write_key_without_showing_it() {
    let dir = temp_dir("bad-key");
    let fake = FakeSegment::start(&["another-key"]);
    let text = ndjson(1..50, |_, _| {});
    std::fs::write(dir.join("in.ndjson"), &text).unwrap();
    let args = send_args(&dir, dir.join("in.ndjson").to_str().unwrap());
    // run() asserts the key is in no output, though the fake echoes it.
    let output = run(&mut command(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &fake.url,
    ));
    let summary = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{summary}");
    assert!(summary.contains("401"), "{summary}");
    assert!(summary.contains("[write key]"), "{summary}");
    assert_eq!(summary_count(&summary, "dead-lettered"), 0, "{summary}");
    assert!(!dir.join("dead.ndjson").exists());
    assert!(fake.arrivals().is_empty());
}

/// Whether a piece of the write key or of its Basic token (3 characters
/// or more of either end) shows in `text`.
fn shows_a_piece_of_the_write_key(text: &str) -> bool {
    let token = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        format!("{WRITE_KEY}:"),
    );
    [WRITE_KEY, token.as_str()].iter().any(|secret| {
        (3..=secret.len())
            .any(|n| text.contains(&secret[..n]) || text.contains(&secret[secret.len() - n..]))
    })
}

#[test]
fn a_write_key_an_answer_holds_across_a_cut_shows_in_no_dead_letter_or_log_line() {
    use fake_segment::{Behaviour, Reply};
    let token = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        format!("{WRITE_KEY}:"),
    );
    let kept = stigg_segment::delivery::MAX_ANSWER_BYTES;
    let read = stigg_segment::delivery::ANSWER_READ_BYTES;
    // The key across the cut of what a dead letter keeps; the token across
    // the cut of what is read; and so many tokens before that one that
    // scrubbing them brings the read's cut well inside what is kept.
    let mut many = String::new();
    while many.len() + token.len() <= read - 5 {
        many.push_str(&token);
    }
    many.push_str(&".".repeat(read - 5 - many.len()));
    let answers = [
        format!("{}{WRITE_KEY}{}", ".".repeat(kept - 7), ".".repeat(9000)),
        format!("{}{token}{}", ".".repeat(read - 9), ".".repeat(100)),
        format!("{many}{token}"),
    ];
    for (i, answer) in answers.into_iter().enumerate() {
        let dir = temp_dir(&format!("key-across-a-cut-{i}"));
        let text = ndjson(0..20, |i, body| {
            if i == 5 {
                body["note"] = json!(POISON);
            }
        });
        std::fs::write(dir.join("in.ndjson"), &text).unwrap();
        let fake = FakeSegment::start(&[WRITE_KEY]);
        fake.behave(Behaviour {
            refuse: Some(Reply {
                status: 400,
                headers: Vec::new(),
                body: answer,
            }),
            ..Behaviour::default()
        });
        let mut args = send_args(&dir, dir.join("in.ndjson").to_str().unwrap());
        args.extend(["--log-format".into(), "json".into()]);
        let output = run(&mut command(
            &args.iter().map(String::as_str).collect::<Vec<_>>(),
            &fake.url,
        ));
        let summary = stderr(&output);
        assert_eq!(summary_count(&summary, "dead-lettered"), 1, "{summary}");
        assert!(!shows_a_piece_of_the_write_key(&summary), "{i}: {summary}");
        let dead = std::fs::read_to_string(dir.join("dead.ndjson")).unwrap();
        let letter: serde_json::Value = serde_json::from_str(dead.trim()).unwrap();
        let answer = letter["answer"].as_str().unwrap();
        assert!(answer.len() <= kept && answer.len() > kept / 2, "{i}");
        assert!(!shows_a_piece_of_the_write_key(&dead), "{i}: {dead}");
    }
}

#[test]
fn interrupted_send_resumes_without_duplicates() {
    let dir = temp_dir("interrupted");
    let text = ndjson(0..10_000, |_, _| {});
    std::fs::write(dir.join("in.ndjson"), &text).unwrap();
    let expected = expected_ids(&text, "{}");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    fake.hang_after(3);
    let mut args = send_args(&dir, dir.join("in.ndjson").to_str().unwrap());
    args.extend(["--concurrency".into(), "1".into()]);
    let mut child = command(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &fake.url,
    )
    .stdout(Stdio::null())
    .stderr(Stdio::null())
    .spawn()
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while fake.hanging() == 0 {
        assert!(
            Instant::now() < deadline,
            "send never reached the hanging request"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    // Let the journal record the accepted batches, then kill -9 mid-request.
    std::thread::sleep(Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
    let first = fake.arrivals().len();
    assert!(
        first > 0 && first < expected.len(),
        "{first} of {} arrived before the kill",
        expected.len()
    );
    fake.release();

    let output = run(&mut command(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &fake.url,
    ));
    let summary = stderr(&output);
    assert!(output.status.success(), "{summary}");
    assert_exactly_once(&fake, &expected);
    assert_eq!(
        summary_count(&summary, "already sent"),
        first as u64,
        "{summary}"
    );
    assert_eq!(
        summary_count(&summary, "sent"),
        (expected.len() - first) as u64
    );
}

/// A running `serve`, its address, and everything it wrote to stderr.
struct Serve {
    child: Child,
    address: String,
    log: Arc<Mutex<String>>,
}

impl Drop for Serve {
    /// A failed test leaves no serve running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// `serve` on `listen`, its queue and dead letters in `dir`; `extra` after
/// command()'s own flags (the last of a repeated flag wins).
fn serve_command(
    dir: &Path,
    fake_url: &str,
    listen: &str,
    extra: &[&str],
    env: &[(&str, &str)],
) -> Command {
    let queue = dir.join("queue.sqlite").display().to_string();
    let dead = dir.join("dead.ndjson").display().to_string();
    let args = [
        "serve",
        "--listen",
        listen,
        "--queue",
        &queue,
        "--dead-letters",
        &dead,
        "--rate-limit",
        "0",
        "--drain-timeout-ms",
        "5000",
    ];
    let mut command = command(&args, fake_url);
    command.args(extra);
    for (name, value) in env {
        command.env(name, value);
    }
    command
}

impl Serve {
    fn start(dir: &Path, fake_url: &str, extra: &[&str], env: &[(&str, &str)]) -> Serve {
        let mut command = serve_command(dir, fake_url, "127.0.0.1:0", extra, env);
        let mut child = command
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let log = Arc::new(Mutex::new(String::new()));
        let mut address = None;
        for line in lines.by_ref() {
            let line = line.unwrap();
            log.lock().unwrap().push_str(&format!("{line}\n"));
            if let Some(rest) = line.split("listening on http://").nth(1) {
                address = Some(rest.split('/').next().unwrap().to_owned());
                break;
            }
        }
        let address =
            address.unwrap_or_else(|| panic!("serve did not start:\n{}", log.lock().unwrap()));
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.lock().unwrap().push_str(&format!("{line}\n"));
            }
        });
        Serve {
            child,
            address,
            log,
        }
    }

    fn post(&self, body: &str, headers: &[(&str, &str)]) -> (u16, String) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let mut request = agent.post(&format!("http://{}/", self.address));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let mut response = request.send(body).unwrap();
        let status = response.status().as_u16();
        (
            status,
            response.body_mut().read_to_string().unwrap_or_default(),
        )
    }

    fn get(&self, path: &str) -> (u16, String) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let mut response = agent
            .get(&format!("http://{}{path}", self.address))
            .call()
            .unwrap();
        (
            response.status().as_u16(),
            response.body_mut().read_to_string().unwrap(),
        )
    }

    /// SIGTERM, then wait for a clean exit.
    fn terminate(mut self) -> String {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let exit = self.child.wait().unwrap();
        std::thread::sleep(Duration::from_millis(100));
        let log = self.log.lock().unwrap().clone();
        assert!(exit.success(), "serve exited with {exit}:\n{log}");
        assert_no_write_key(log.as_bytes());
        log
    }

    fn kill_9(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        assert_no_write_key(self.log.lock().unwrap().as_bytes());
    }
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn serve_loses_nothing_acknowledged_when_killed() {
    let dir = temp_dir("serve-kill");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    fake.hang(true);
    let serve = Serve::start(&dir, &fake.url, &[], &[]);
    let bodies: Vec<String> = (1..2001).map(|i| webhook(i * 10 + 1).to_string()).collect();
    let expected = expected_ids(&bodies.join("\n"), "{}");
    assert_eq!(expected.len(), 2000);
    // Eight clients at once, so the queue's group commit is exercised.
    let serve = Arc::new(serve);
    let threads: Vec<_> = bodies
        .chunks(250)
        .map(|chunk| {
            let (serve, chunk) = (serve.clone(), chunk.to_vec());
            std::thread::spawn(move || {
                for body in chunk {
                    let (status, answer) = serve.post(&body, &[]);
                    assert_eq!(status, 200, "{answer}");
                    assert_eq!(answer.trim(), "{\"queued\":1}");
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    let (_, metrics) = serve.get("/metrics");
    assert!(
        metrics.contains("stigg_segment_webhooks_received_total{outcome=\"queued\"} 2000"),
        "{metrics}"
    );
    assert!(
        metrics.contains("stigg_segment_queue_depth{target=\"default\"} 2000"),
        "{metrics}"
    );
    wait_for("the sender to be stuck on Segment", || fake.hanging() > 0);
    Arc::try_unwrap(serve).ok().unwrap().kill_9();
    assert!(fake.arrivals().is_empty());

    fake.release();
    let serve = Serve::start(&dir, &fake.url, &[], &[]);
    wait_for("every acknowledged call", || {
        fake.arrivals().len() >= expected.len()
    });
    let (status, health) = serve.get("/healthz");
    assert_eq!(status, 200, "{health}");
    wait_for("the queue to empty", || {
        serve
            .get("/metrics")
            .1
            .contains("stigg_segment_queue_depth{target=\"default\"} 0")
    });
    let log = serve.terminate();
    assert!(
        log.contains("2000 calls queued for target default from an earlier run"),
        "{log}"
    );
    assert!(log.contains("queue drained"), "{log}");
    assert_exactly_once(&fake, &expected);
}

#[test]
fn serve_answers_like_the_function_and_fans_out_to_targets() {
    let dir = temp_dir("serve-answers");
    let fake = FakeSegment::start(&["key-us", "key-eu"]);
    // --endpoint applies to the default target only; point each target at the fake.
    let us = format!(
        "name=us,write-key-env=KEY_US,namespace=us,endpoint={}",
        fake.url
    );
    let eu = format!(
        "name=eu,write-key-env=STIGG_SEGMENT_KEY_EU,namespace=eu,endpoint={}",
        fake.url
    );
    let serve = Serve::start(
        &dir,
        &fake.url,
        &["--target", &us, "--target", &eu],
        &[
            ("KEY_US", "key-us"),
            // A write key's variable may take the settings' prefix.
            ("STIGG_SEGMENT_KEY_EU", "key-eu"),
            ("STIGG_SEGMENT_WEBHOOK_SECRET", "whsec_right"),
        ],
    );
    let secret = [("Stigg-Webhooks-Secret", "whsec_right")];
    let body = webhook(11).to_string();

    // A missing secret: the sender's credentials are at fault (401).
    let (status, answer) = serve.post(&body, &[]);
    assert_eq!(status, 401, "{answer}");
    assert!(
        answer.contains("ValidationError") && answer.contains("Stigg-Webhooks-Secret"),
        "{answer}"
    );
    assert!(!answer.contains("whsec_right"));
    let (status, answer) = serve.post("{not json", &secret);
    assert_eq!(status, 400, "{answer}");
    assert!(answer.contains("InvalidEventPayload"), "{answer}");
    let (status, answer) = serve.post(&"x".repeat(512 * 1024 + 1), &secret);
    assert_eq!(status, 413, "{answer}");
    let (status, answer) = serve.post("{\"type\":\"plan.created\",\"id\":\"p\"}", &secret);
    assert_eq!(status, 200, "{answer}");
    assert!(answer.contains("no_customer"), "{answer}");
    let (status, _) = serve.get("/");
    assert_eq!(status, 405);

    // One delivery, twice (Stigg retries): one message per target.
    for _ in 0..2 {
        let (status, answer) = serve.post(&body, &secret);
        assert_eq!(status, 200, "{answer}");
    }
    wait_for("both targets", || fake.arrivals().len() >= 2);
    std::thread::sleep(Duration::from_millis(200));
    // The retry may be sent again; it carries the same messageId, which
    // Segment drops as a repeat.
    let mut by_key: HashMap<String, HashSet<String>> = HashMap::new();
    for batch in fake.batches() {
        by_key
            .entry(batch.write_key)
            .or_default()
            .extend(batch.message_ids);
    }
    assert_eq!(
        by_key["key-us"],
        HashSet::from(["stigg-us-msg-000011-track".to_owned()])
    );
    assert_eq!(
        by_key["key-eu"],
        HashSet::from(["stigg-eu-msg-000011-track".to_owned()])
    );

    let (_, metrics) = serve.get("/metrics");
    for line in [
        "stigg_segment_webhooks_received_total{outcome=\"rejected\"} 2",
        "stigg_segment_webhooks_received_total{outcome=\"too_large\"} 1",
        "stigg_segment_webhooks_received_total{outcome=\"skipped\"} 1",
        "stigg_segment_webhooks_received_total{outcome=\"queued\"} 2",
        "stigg_segment_queue_depth{target=\"eu\"} 0",
        "stigg_segment_queue_depth{target=\"us\"} 0",
    ] {
        assert!(metrics.contains(line), "{line} not in\n{metrics}");
    }
    serve.terminate();
    // Nothing of the keys reached the queue file either.
    let mut queue = Vec::new();
    std::fs::File::open(dir.join("queue.sqlite"))
        .unwrap()
        .read_to_end(&mut queue)
        .unwrap();
    for key in ["key-us", "key-eu"] {
        assert!(!String::from_utf8_lossy(&queue).contains(key));
    }
}

/// The binary with no setting variables from the environment the tests run
/// in, and no flags of the tests' own.
fn bare_command() -> Command {
    let mut command = Command::new(BIN);
    for spec in SETTINGS {
        command.env_remove(spec.env_variable());
    }
    command.env_remove(SETTINGS_FILE_VARIABLE);
    command
}

#[test]
fn a_wrong_target_spec_exits_1_naming_it_by_the_rule_the_edge_relay_reads_targets_by() {
    for (spec, problem) in [
        (
            "name=eu,write-key-env=KEY_EU,region=ap",
            "--target name=eu,write-key-env=KEY_EU,region=ap: region must be us or eu",
        ),
        (
            "name=eu,write-key-env=,region=eu",
            "--target name=eu,write-key-env=,region=eu: write-key-env= (the name of the variable or secret holding the write key) is missing",
        ),
        (
            "name=eu,key=KEY_EU",
            "--target name=eu,key=KEY_EU: unknown field key; expected name, write-key-env, region, endpoint, namespace",
        ),
    ] {
        let output = run(bare_command()
            .env("KEY_EU", "key-eu")
            .args(["serve", "--listen", "127.0.0.1:0", "--target", spec]));
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        assert!(stderr(&output).contains(problem), "{}", stderr(&output));
    }
}

#[test]
fn bad_arguments_exit_1_and_help_exits_0() {
    for (args, problem) in [
        (&["send", "--bogus"][..], "unexpected argument '--bogus'"),
        (&["send", "--concurrency", "abc"], "invalid value 'abc'"),
        (&["serve", "--listen"], "a value is required for '--listen"),
        (
            &["serve", "--workers", "many"],
            "invalid value 'many' for '--workers",
        ),
        (&["resend"], "unrecognized subcommand 'resend'"),
        (&[], "Usage: stigg-segment <COMMAND>"),
    ] {
        let output = run(bare_command().args(args));
        assert_eq!(
            output.status.code(),
            Some(1),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(problem),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(output.stdout.is_empty(), "{args:?}");
    }
    for args in [
        &["--help"][..],
        &["--version"],
        &["send", "--help"],
        &["serve", "--help"],
        &["help", "send"],
    ] {
        let output = run(bare_command().args(args));
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(!output.stdout.is_empty(), "{args:?}");
    }
    let help = String::from_utf8(run(bare_command().arg("--help")).stdout).unwrap();
    assert!(help.contains("STIGG_SEGMENT_GROUP_CALLS=true"), "{help}");
}

#[test]
fn settings_variables_take_the_prefix_and_an_unknown_one_stops_every_subcommand() {
    let dir = temp_dir("env-prefix");
    let fake = FakeSegment::start(&[WRITE_KEY]);
    let input = dir.join("in.ndjson");
    std::fs::write(&input, ndjson(0..1, |_, _| {})).unwrap(); // customer.updated
    let queue = dir.join("queue.sqlite").display().to_string();
    let send = send_args(&dir, input.to_str().unwrap());
    let send: Vec<&str> = send.iter().map(String::as_str).collect();
    let serve = ["serve", "--listen", "127.0.0.1:0", "--queue", &queue];
    for args in [&send[..], &serve[..]] {
        for typo in ["STIGG_SEGMENT_GROUPCALLS", "stigg_segment_group_calls"] {
            let output = run(command(args, &fake.url).env(typo, "true"));
            assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
            assert_eq!(
                stderr(&output).trim(),
                format!("stigg-segment: unknown variable {typo}; did you mean STIGG_SEGMENT_GROUP_CALLS?")
            );
        }
    }
    // With JSON logs, the same refusal, and a warning, are log lines.
    let output = run(command(&send, &fake.url)
        .args(["--log-format", "json"])
        .env("STIGG_SEGMENT_GROUPCALLS", "true"));
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let line: serde_json::Value = serde_json::from_str(stderr(&output).trim()).unwrap();
    assert_eq!(line["level"], "error");
    assert_eq!(line["event"], "exit");
    assert_eq!(
        line["message"],
        "unknown variable STIGG_SEGMENT_GROUPCALLS; did you mean STIGG_SEGMENT_GROUP_CALLS?"
    );
    let output = run(command(&send, &fake.url)
        .args(["--log-format", "json", "--dry-run"])
        .env("GROUP_CALLS", "true"));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let warning: serde_json::Value =
        serde_json::from_str(stderr(&output).lines().next().unwrap()).unwrap();
    assert_eq!(warning["level"], "warn");
    assert_eq!(warning["event"], "config");
    assert_eq!(
        warning["message"],
        "GROUP_CALLS is not read: rename it STIGG_SEGMENT_GROUP_CALLS"
    );
    assert!(fake.log().is_empty(), "nothing is sent");
    assert!(
        !dir.join("queue.sqlite").exists(),
        "serve stopped before it started"
    );

    let dry_run = |env: &[(&str, &str)]| {
        let mut command = command(&send, &fake.url);
        command.arg("--dry-run");
        for (name, value) in env {
            command.env(name, value);
        }
        let output = run(&mut command);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let stdout = String::from_utf8(output.stdout.clone()).unwrap();
        let groups = stdout
            .lines()
            .filter(|l| l.contains("\"type\":\"group\""))
            .count();
        (groups, stderr(&output))
    };
    let (groups, log) = dry_run(&[("STIGG_SEGMENT_GROUP_CALLS", "true")]);
    assert_eq!(groups, 1, "{log}");
    assert!(!log.contains("warning"), "{log}");
    // An old name without the prefix: a warning naming the new one, not read.
    let (groups, log) = dry_run(&[("GROUP_CALLS", "true")]);
    assert_eq!(groups, 0, "{log}");
    assert!(
        log.contains(
            "stigg-segment: warning: GROUP_CALLS is not read: rename it STIGG_SEGMENT_GROUP_CALLS"
        ),
        "{log}"
    );
    let settings = dir.join("settings.json");
    std::fs::write(&settings, r#"{"groupCalls": true}"#).unwrap();
    let settings = settings.to_str().unwrap();
    let (groups, log) = dry_run(&[(SETTINGS_FILE_VARIABLE, settings)]);
    assert_eq!(groups, 1, "{log}");
    let (groups, log) = dry_run(&[("SETTINGS_FILE", settings)]);
    assert_eq!(groups, 0, "{log}");
    assert!(
        log.contains("warning: SETTINGS_FILE is not read: rename it STIGG_SEGMENT_SETTINGS_FILE"),
        "{log}"
    );
}
