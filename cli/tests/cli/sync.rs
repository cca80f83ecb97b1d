//! `stigg-segment sync` against the fake Stigg API (fake_stigg.rs, whose
//! answers Stigg's own SDK parses: tools/check-fake-stigg.py) and the fake
//! Segment API: the first sync, a rerun that sends nothing, a plan change
//! that sends one customer's calls, 429 and 500 waited out on both sides, a
//! wrong key and a page that does not parse stopping at once, a proxy
//! answering 400 to everything, two runs on one state file, Ctrl-C.

use super::delivery::dead_letter_count;
use super::fake_segment::{Behaviour, Reply};
use super::fake_stigg::{self, FakeStigg};
use super::*;

const CUSTOMERS: usize = 2000;
/// groupCalls and planTraits: an identify and a group per live customer.
const GROUPS_AND_PLANS: &str = r#"{"groupCalls": true, "planTraits": true}"#;

/// A settings file (the environment's names are the CLI's own business).
fn settings_file(dir: &Path, json: &str) -> String {
    let path = dir.join("settings.json");
    std::fs::write(&path, json).unwrap();
    path.display().to_string()
}

fn live_customers(customers: usize) -> usize {
    (0..customers)
        .filter(|&i| !fake_stigg::is_archived(i))
        .count()
}

fn sync_command(dir: &Path, stigg: &str, segment: &str, extra: &[&str]) -> Command {
    let journal = dir.join("sync.sqlite").display().to_string();
    let dead = dir.join("dead.ndjson").display().to_string();
    let mut args = vec![
        "sync",
        "--stigg-api-url",
        stigg,
        "--journal",
        &journal,
        "--dead-letters",
        &dead,
        "--rate-limit",
        "0",
        "--no-progress",
    ];
    args.extend_from_slice(extra);
    let mut command = command(&args, segment);
    command.env("STIGG_API_KEY", fake_stigg::API_KEY);
    command
}

fn run_sync(command: &mut Command) -> (Output, String) {
    let output = run(command);
    let summary = stderr(&output);
    assert!(
        !summary.contains(fake_stigg::API_KEY),
        "the Stigg key leaked:\n{summary}"
    );
    (output, summary)
}

/// The calls a dry run prints, by userId.
fn dry_run_calls(dir: &Path, stigg: &FakeStigg, settings: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["--dry-run"];
    args.extend_from_slice(settings);
    let (output, summary) = run_sync(
        sync_command(dir, &stigg.url, "http://127.0.0.1:9", &args).env_remove("SEGMENT_WRITE_KEY"),
    );
    assert!(output.status.success(), "{summary}");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn sync_backfills_every_customer_then_sends_only_what_changed() {
    let dir = temp_dir("sync-backfill");
    let stigg = FakeStigg::start(CUSTOMERS);
    let segment = FakeSegment::start(&[WRITE_KEY]);
    let live = live_customers(CUSTOMERS);
    let settings = settings_file(&dir, GROUPS_AND_PLANS);
    let with_settings = |command: &mut Command| {
        command.args(["--settings", &settings]);
    };

    // Stigg answers 429 (no Retry-After, as its Edge API does), then 500.
    stigg.script([
        fake_stigg::Scripted {
            status: 429,
            retry_after: None,
        },
        fake_stigg::Scripted {
            status: 500,
            retry_after: None,
        },
    ]);
    // And Segment answers 429 (Retry-After: 0, which waits the backoff),
    // then 500.
    segment.script([
        Scripted {
            status: 429,
            retry_after: Some("0"),
            body: "{}".into(),
        },
        Scripted {
            status: 500,
            retry_after: None,
            body: "{}".into(),
        },
    ]);
    let started = Instant::now();
    let mut first = sync_command(&dir, &stigg.url, &segment.url, &[]);
    with_settings(&mut first);
    let (output, summary) = run_sync(&mut first);
    assert!(output.status.success(), "{summary}");
    eprintln!("first sync in {:?}:\n{summary}", started.elapsed());
    let segment_statuses: Vec<u16> = segment.log().iter().map(|(_, status)| *status).collect();
    assert_eq!(&segment_statuses[..2], &[429, 500], "{segment_statuses:?}");
    assert_eq!(
        summary_count(&summary, "sent"),
        2 * live as u64,
        "{summary}"
    );
    assert!(summary.contains("2 requests retried"), "{summary}");
    assert!(
        summary.contains(&format!("{CUSTOMERS} customers")),
        "{summary}"
    );
    let arrivals = segment.arrivals();
    assert_eq!(arrivals.len(), 2 * live);
    assert!(arrivals.values().all(|&n| n == 1), "a call arrived twice");
    assert!(arrivals.keys().all(|id| id.starts_with("stigg-sync-")));
    let statuses: Vec<u16> = stigg.log().iter().map(|(_, status)| *status).collect();
    assert_eq!(&statuses[..3], &[429, 500, 200], "{statuses:?}");
    let customer_pages = stigg
        .log()
        .iter()
        .filter(|(path, status)| path == "/api/v1/customers" && *status == 200)
        .count();
    assert_eq!(customer_pages, 20);

    // What the calls say: a dry run prints the same calls.
    let printed = dry_run_calls(&dir, &stigg, &[]);
    assert_eq!(printed.len(), live, "identify only without groupCalls");
    assert!(printed.iter().all(|call| call["type"] == "identify"));
    let archived = fake_stigg::customer_id(5);
    assert!(printed
        .iter()
        .all(|call| call["userId"] != archived.as_str()));

    // A rerun sends nothing.
    let mut rerun = sync_command(&dir, &stigg.url, &segment.url, &[]);
    with_settings(&mut rerun);
    let (output, summary) = run_sync(&mut rerun);
    assert!(output.status.success(), "{summary}");
    eprintln!("rerun:\n{summary}");
    assert_eq!(summary_count(&summary, "sent"), 0, "{summary}");
    assert_eq!(summary_count(&summary, "unchanged"), 2 * live as u64);
    assert_eq!(segment.arrivals().len(), 2 * live);

    // A plan change sends that customer's identify and group, nothing else.
    stigg.move_to_plan(42, "plan-enterprise");
    let mut after_change = sync_command(&dir, &stigg.url, &segment.url, &[]);
    with_settings(&mut after_change);
    let (output, summary) = run_sync(&mut after_change);
    assert!(output.status.success(), "{summary}");
    eprintln!("after customer 42 moved to plan-enterprise:\n{summary}");
    assert_eq!(summary_count(&summary, "sent"), 2, "{summary}");
    let mut dry = sync_command(&dir, &stigg.url, "http://127.0.0.1:9", &["--dry-run"]);
    with_settings(&mut dry);
    dry.env_remove("SEGMENT_WRITE_KEY");
    let (output, _) = run_sync(&mut dry);
    let moved: Vec<serde_json::Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .filter(|call| call["userId"] == "customer-000042")
        .collect();
    assert_eq!(moved.len(), 2);
    for call in &moved {
        assert_eq!(call["traits"]["plan"], "Enterprise", "{call}");
        assert_eq!(
            segment.arrivals().get(call["messageId"].as_str().unwrap()),
            Some(&1)
        );
    }
    assert_eq!(segment.arrivals().len(), 2 * live + 2);
}

#[test]
fn the_calls_carry_the_current_plan_by_name_and_stiggs_updated_at() {
    let dir = temp_dir("sync-traits");
    let stigg = FakeStigg::start(300);
    let calls = {
        let settings = settings_file(&dir, GROUPS_AND_PLANS);
        let mut command = sync_command(
            &dir,
            &stigg.url,
            "http://127.0.0.1:9",
            &["--dry-run", "--settings", &settings],
        );
        command.env_remove("SEGMENT_WRITE_KEY");
        let (output, summary) = run_sync(&mut command);
        assert!(output.status.success(), "{summary}");
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
            .collect::<Vec<_>>()
    };
    let of = |i: usize, kind: &str| {
        calls
            .iter()
            .find(|call| {
                call["userId"] == fake_stigg::customer_id(i).as_str() && call["type"] == kind
            })
            .cloned()
            .unwrap_or_else(|| panic!("no {kind} for customer {i}"))
    };
    // Customer 2 has two subscriptions: Pro, active, and a later trial of
    // the analytics product; the paid, active one describes it.
    let two = of(2, "identify");
    assert_eq!(two["traits"]["plan"], "Pro", "{two}");
    assert_eq!(two["traits"]["subscriptionStatus"], "ACTIVE");
    assert!(two["traits"].get("billingPeriod").is_none());
    let trial = of(1, "identify");
    assert_eq!(trial["traits"]["subscriptionStatus"], "IN_TRIAL");
    assert!(trial["traits"]["trialEndDate"].is_string(), "{trial}");
    // No subscription: the customer's own traits.
    let bare = of(3, "identify");
    assert!(bare["traits"].get("plan").is_none(), "{bare}");
    assert_eq!(bare["traits"]["email"], "billing+3@example.com");
    let group = of(0, "group");
    assert_eq!(group["groupId"], "customer-000000");
    assert_eq!(group["traits"]["plan"], "Free");
    for call in &calls {
        assert!(
            call["timestamp"].is_string() && call.get("event").is_none(),
            "{call}"
        );
    }
    assert_eq!(calls.iter().filter(|c| c["type"] == "track").count(), 0);
}

#[test]
fn a_wrong_key_stops_at_once_with_one_line_and_exit_2() {
    let dir = temp_dir("sync-wrong-key");
    let stigg = FakeStigg::start(CUSTOMERS);
    let segment = FakeSegment::start(&[WRITE_KEY]);
    let started = Instant::now();
    let (output, summary) = run_sync(
        sync_command(&dir, &stigg.url, &segment.url, &[])
            .env("STIGG_API_KEY", "server-WRONG_key_123"),
    );
    let elapsed = started.elapsed();
    assert_eq!(output.status.code(), Some(2), "{summary}");
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
    let stop: Vec<&str> = summary.lines().filter(|l| l.contains("stopped:")).collect();
    assert_eq!(stop.len(), 1, "{summary}");
    assert!(
        stop[0].contains("HTTP 401") && stop[0].contains("STIGG_API_KEY"),
        "{summary}"
    );
    assert!(!summary.contains("server-WRONG_key_123"), "{summary}");
    assert_eq!(stigg.requests(), 1, "a 401 is never retried");
    assert!(segment.arrivals().is_empty());
}

#[test]
fn a_page_that_does_not_parse_names_the_path_and_the_field() {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let url = format!(
        "http://127.0.0.1:{}",
        server.server_addr().to_ip().unwrap().port()
    );
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let _ = request.respond(tiny_http::Response::from_string(
                r#"{"data":[{"id":"plan-a"}],"pagination":{"next":5}}"#,
            ));
        }
    });
    let dir = temp_dir("sync-bad-page");
    let (output, summary) = run_sync(
        sync_command(&dir, &url, "http://127.0.0.1:9", &["--dry-run"])
            .env_remove("SEGMENT_WRITE_KEY"),
    );
    assert_eq!(output.status.code(), Some(2), "{summary}");
    assert!(summary.contains("/api/v1/plans"), "{summary}");
    assert!(summary.contains("pagination.next"), "{summary}");
}

/// A Stigg API of the test's own: `answer(the request's path and query)`
/// gives the status and the body.
fn stigg_api(answer: impl Fn(&str) -> (u16, String) + Send + 'static) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let url = format!(
        "http://127.0.0.1:{}",
        server.server_addr().to_ip().unwrap().port()
    );
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let (status, body) = answer(request.url());
            let response = tiny_http::Response::from_string(body).with_status_code(status);
            let _ = request.respond(response);
        }
    });
    url
}

/// A dry run against `stigg` that stops on Stigg's side (exit 2): its one
/// `stopped:` line, and the whole summary.
fn dry_run_stop(dir: &Path, stigg: &str) -> (String, String) {
    let (output, summary) = run_sync(
        sync_command(dir, stigg, "http://127.0.0.1:9", &["--dry-run"])
            .env_remove("SEGMENT_WRITE_KEY"),
    );
    assert_eq!(output.status.code(), Some(2), "{summary}");
    let stop: Vec<&str> = summary.lines().filter(|l| l.contains("stopped:")).collect();
    assert_eq!(stop.len(), 1, "{summary}");
    (stop[0].to_owned(), summary)
}

#[test]
fn a_page_larger_than_a_webhook_is_read_and_one_past_the_page_limit_stops_naming_it() {
    let description = "d".repeat(600 * 1024);
    let url = stigg_api(move |path| {
        let data = if path.starts_with("/api/v1/plans") {
            format!(r#"[{{"id":"plan-big","displayName":"Big","description":"{description}"}}]"#)
        } else if path.starts_with("/api/v1/subscriptions") {
            r#"[{"id":"s-1","customerId":"c-1","planId":"plan-big","status":"ACTIVE","pricingType":"PAID","startDate":"2024-01-01T00:00:00Z","createdAt":"2024-01-01T00:00:00Z"}]"#.to_owned()
        } else {
            r#"[{"id":"c-1","updatedAt":"2024-03-01T10:00:00.000Z","email":"a@example.com"}]"#
                .to_owned()
        };
        (
            200,
            format!(r#"{{"data":{data},"pagination":{{"next":null}}}}"#),
        )
    });
    let dir = temp_dir("sync-large-page");
    let settings = settings_file(&dir, r#"{"planTraits": true}"#);
    let (output, summary) = run_sync(
        sync_command(
            &dir,
            &url,
            "http://127.0.0.1:9",
            &["--dry-run", "--settings", &settings],
        )
        .env_remove("SEGMENT_WRITE_KEY"),
    );
    assert!(output.status.success(), "{summary}");
    let calls: Vec<serde_json::Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(calls.len(), 1, "{summary}");
    assert_eq!(calls[0]["traits"]["plan"], "Big", "{}", calls[0]);

    let limit = stigg_segment::stigg::api::MAX_PAGE_BYTES;
    let url = stigg_api(move |_| (200, " ".repeat(limit + 4096)));
    let (stop, summary) = dry_run_stop(&dir, &url);
    assert!(stop.contains("/api/v1/plans"), "{summary}");
    assert!(
        stop.contains(&format!(
            "the page is at least {} bytes; the sync reads a page of at most {limit} bytes",
            limit + 1
        )),
        "{summary}"
    );
    assert!(!stop.contains("Segment"), "{summary}");
}

#[test]
fn a_refusal_is_read_in_part_and_scrubbed_before_it_is_cut() {
    // The key, echoed at the end of what the binary reads of a refusal
    // (8 KiB), cut in two by that read; then in full, within the part the
    // core keeps; then 64 MiB that are never read.
    let key = fake_stigg::API_KEY;
    let read = 2 * stigg_segment::delivery::MAX_ANSWER_BYTES;
    let straddling = format!("{}{key} and more", " ".repeat(read - key.len() / 2));
    let echoed = format!("{{\"error\":\"bad key {key}\"}}");
    for (body, shown) in [
        (straddling, None),
        (echoed, Some("bad key [STIGG_API_KEY]")),
        (" ".repeat(64 << 20), None),
    ] {
        let url = stigg_api(move |_| (403, body.clone()));
        let (stop, summary) = dry_run_stop(&temp_dir("sync-refusal"), &url);
        assert!(stop.contains("HTTP 403 Forbidden"), "{summary}");
        assert!(!summary.contains(&key[..key.len() / 2]), "{summary}");
        match shown {
            Some(shown) => assert!(stop.contains(shown), "{summary}"),
            None => assert!(!stop.contains("it said"), "{summary}"),
        }
    }
}

#[test]
fn pages_that_go_round_in_a_circle_stop_the_sync_naming_the_path() {
    // Customers 0-99, 100-199, 200-299, then back to the cursor of the
    // second page: A, B, A; and a cursor given twice in a row.
    for (at, to, pages) in [
        ("customer-000299", "customer-000099", 3),
        ("customer-000199", "customer-000099", 2),
    ] {
        let stigg = FakeStigg::start(400);
        stigg.cycle(at, to);
        let (stop, summary) = dry_run_stop(&temp_dir("sync-cycle"), &stigg.url);
        assert!(
            stop.contains(&format!(
                "Stigg's API gave GET /api/v1/customers a cursor an earlier page gave (on page {pages})"
            )),
            "{summary}"
        );
        let customer_pages = stigg
            .log()
            .iter()
            .filter(|(path, _)| path == "/api/v1/customers")
            .count();
        assert_eq!(customer_pages, pages, "{summary}");
    }
}

#[test]
fn bad_arguments_and_a_missing_key_exit_1_before_any_request() {
    let stigg = FakeStigg::start(10);
    let dir = temp_dir("sync-args");
    for (change, phrase) in [
        (
            vec!["--stigg-api-url", "http://api.stigg.example"],
            "https://",
        ),
        (
            vec!["--stigg-api-url", "https://u:p@api.stigg.io"],
            "credentials",
        ),
        (vec!["--concurrency", "abc"], "--concurrency"),
        (vec!["--bogus"], "--bogus"),
    ] {
        let (output, summary) = run_sync(&mut sync_command(
            &dir,
            &stigg.url,
            "http://127.0.0.1:9",
            &change,
        ));
        assert_eq!(output.status.code(), Some(1), "{summary}");
        assert!(summary.contains(phrase), "{summary}");
    }
    let (output, summary) = run_sync(
        sync_command(&dir, &stigg.url, "http://127.0.0.1:9", &[]).env_remove("STIGG_API_KEY"),
    );
    assert_eq!(output.status.code(), Some(1), "{summary}");
    assert!(summary.contains("STIGG_API_KEY"), "{summary}");
    // A settings variable misspelt, as for every command.
    let (output, summary) = run_sync(
        sync_command(&dir, &stigg.url, "http://127.0.0.1:9", &[])
            .env("STIGG_SEGMENT_GROUPCALLS", "true"),
    );
    assert_eq!(output.status.code(), Some(1), "{summary}");
    assert!(summary.contains("STIGG_SEGMENT_GROUP_CALLS"), "{summary}");
    assert_eq!(stigg.requests(), 0);
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

/// A proxy that answers 400 to everything: nothing is dead-lettered, the
/// state marks nothing accepted, and the rerun against the fixed endpoint
/// delivers every call once.
#[test]
fn a_proxy_answering_400_to_everything_dead_letters_nothing_and_the_rerun_delivers() {
    let dir = temp_dir("sync-proxy-400");
    let stigg = FakeStigg::start(CUSTOMERS);
    let segment = FakeSegment::start(&[WRITE_KEY]);
    segment.behave(four_hundred_to_everything());
    let settings = settings_file(&dir, GROUPS_AND_PLANS);
    // One request at a time, so the count below is the policy's own: with
    // several in flight, how many batches start before the stop depends on
    // the machine's load.
    let args = ["--settings", settings.as_str(), "--concurrency", "1"];
    let started = Instant::now();
    let (output, summary) = run_sync(&mut sync_command(&dir, &stigg.url, &segment.url, &args));
    let requests = segment.log().len();
    eprintln!(
        "--- sync to a proxy answering 400 to everything: exit {:?}, {requests} requests in {:.2} s, {} dead letters\n{summary}",
        output.status.code(),
        started.elapsed().as_secs_f64(),
        dead_letter_count(&dir)
    );
    assert_eq!(output.status.code(), Some(2), "{summary}");
    assert!(
        summary.contains("stigg-segment sync: stopped (every_call_refused)"),
        "{summary}"
    );
    assert!(summary.contains("none dead-lettered for it"), "{summary}");
    assert_eq!(summary_count(&summary, "dead-lettered"), 0);
    assert_eq!(dead_letter_count(&dir), 0);
    assert_eq!(summary_count(&summary, "sent"), 0);
    assert!(summary_count(&summary, "not sent") > 0, "{summary}");
    // A few calls alone, about log2(n) halvings each.
    assert!(requests <= 40, "{requests} requests");
    assert!(segment.arrivals().is_empty());

    segment.accept_all();
    let (output, summary) = run_sync(&mut sync_command(&dir, &stigg.url, &segment.url, &args));
    eprintln!("--- the rerun against the fixed endpoint:\n{summary}");
    assert!(output.status.success(), "{summary}");
    let live = live_customers(CUSTOMERS);
    assert_eq!(
        summary_count(&summary, "sent"),
        2 * live as u64,
        "{summary}"
    );
    assert_eq!(summary_count(&summary, "unchanged"), 0, "{summary}");
    let arrivals = segment.arrivals();
    assert_eq!(arrivals.len(), 2 * live);
    assert!(arrivals.values().all(|&n| n == 1), "a call arrived twice");
}

/// The state file belongs to one run: a second sync on it, while the first
/// runs, exits 1 naming it and sends nothing.
#[test]
fn two_syncs_on_one_state_file_send_each_call_once() {
    let dir = temp_dir("sync-lock");
    let stigg = FakeStigg::start(CUSTOMERS);
    let segment = FakeSegment::start(&[WRITE_KEY]);
    segment.delay(Duration::from_millis(300));
    let settings = settings_file(&dir, GROUPS_AND_PLANS);
    let args = ["--settings", settings.as_str(), "--concurrency", "1"];
    let first = sync_command(&dir, &stigg.url, &segment.url, &args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for("the first run's first request", || {
        !segment.log().is_empty()
    });
    let (second, refused) = run_sync(&mut sync_command(&dir, &stigg.url, &segment.url, &args));
    let first = first.wait_with_output().unwrap();
    let first_summary = stderr(&first);
    eprintln!(
        "--- the second run, while the first runs:\n{refused}--- the first:\n{first_summary}"
    );
    assert_eq!(second.status.code(), Some(1), "{refused}");
    assert!(
        refused.contains("sync.sqlite is in use by another stigg-segment run"),
        "{refused}"
    );
    assert!(first.status.success(), "{first_summary}");
    let live = live_customers(CUSTOMERS);
    assert_eq!(summary_count(&first_summary, "sent"), 2 * live as u64);
    assert!(segment.arrivals().values().all(|&n| n == 1));
    assert_eq!(segment.arrivals().len(), 2 * live);
}

/// Ctrl-C stops the run: the summary, how to resume, exit 130; the same
/// command then sends the rest, each call once.
#[test]
fn ctrl_c_during_sync_prints_the_summary_and_the_rerun_sends_the_rest() {
    let dir = temp_dir("sync-ctrl-c");
    let stigg = FakeStigg::start(CUSTOMERS);
    let segment = FakeSegment::start(&[WRITE_KEY]);
    segment.delay(Duration::from_millis(300));
    let settings = settings_file(&dir, GROUPS_AND_PLANS);
    let args = ["--settings", settings.as_str(), "--concurrency", "1"];
    let child = sync_command(&dir, &stigg.url, &segment.url, &args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for("a first batch", || !segment.batches().is_empty());
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
    eprintln!(
        "--- Ctrl-C after the first batch: exit {:?} after {:.2} s\n{summary}",
        output.status.code(),
        took.as_secs_f64()
    );
    assert_eq!(output.status.code(), Some(130), "{summary}");
    assert!(
        summary.contains("stigg-segment sync: interrupted in"),
        "{summary}"
    );
    assert!(summary.contains("run the same command again"), "{summary}");
    let sent = summary_count(&summary, "sent");
    let live = live_customers(CUSTOMERS) as u64;
    assert!(sent > 0 && sent < 2 * live, "{summary}");
    assert!(took < Duration::from_secs(5), "{took:?}");

    segment.delay(Duration::ZERO);
    let (output, rerun) = run_sync(&mut sync_command(&dir, &stigg.url, &segment.url, &args));
    eprintln!("--- the same command again:\n{rerun}");
    assert!(output.status.success(), "{rerun}");
    assert_eq!(summary_count(&rerun, "unchanged"), sent, "{rerun}");
    assert_eq!(summary_count(&rerun, "sent"), 2 * live - sent, "{rerun}");
    let arrivals = segment.arrivals();
    assert_eq!(arrivals.len() as u64, 2 * live);
    assert!(arrivals.values().all(|&n| n == 1), "a call arrived twice");
}
