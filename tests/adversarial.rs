//! The adversarial corpus (tests/support/adversarial.rs) through the same
//! checks the fuzz targets make, including their per-input time bound: on
//! stable Rust, where cargo-fuzz cannot run, this is how the fuzz
//! invariants guard the worst cases. Plus the findings of issue 11, each
//! checked directly.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;

use serde_json::{json, Value};
use stigg_segment::fit::{CALL_BUDGET_BYTES, MAX_LISTED_PATHS, MAX_PATH_BYTES};
use stigg_segment::{transform, Arrival, CallType, Headers, Outcome, Settings};

#[path = "support/adversarial.rs"]
mod adversarial;

#[path = "../fuzz/fuzz_targets/checks.rs"]
mod checks;

fn run(body: &str, settings: &str) -> Result<Outcome, stigg_segment::Error> {
    let settings = Settings::from_json_text(settings).unwrap();
    transform(body.as_bytes(), &Headers::new(), &settings)
}

fn track(outcome: &Outcome) -> Value {
    let call = outcome
        .calls
        .iter()
        .find(|c| c.call_type() == CallType::Track)
        .unwrap();
    serde_json::from_str(&call.to_json()).unwrap()
}

#[test]
fn every_adversarial_body_passes_the_fuzz_checks_within_the_time_bound() {
    for case in adversarial::corpus() {
        let started = Instant::now();
        let result = run(&case.body, case.settings);
        checks::check_time(started, &case.name);
        match result {
            Ok(outcome) => {
                checks::check_outcome(&outcome);
                if !case.settings.contains("redact") {
                    checks::check_kept_fields(case.body.as_bytes(), &outcome);
                }
            }
            Err(err) => panic!("{}: {err}", case.name),
        }
    }
}

#[test]
fn junk_keys_go_before_stiggs_own_fields() {
    let body = adversarial::junk_keys(
        r#""type":"subscription.updated","messageId":"m-1","customer":{"id":"c-1","name":"Acme"}"#,
    );
    let call = track(&run(&body, "{}").unwrap());
    let properties = &call["properties"];
    for key in [
        "id",
        "status",
        "customerId",
        "plan",
        "customer",
        "traceId",
        "timestamp",
    ] {
        assert!(properties.get(key).is_some(), "{key} was trimmed");
    }
    assert_eq!(properties["customer"], json!({"id": "c-1", "name": "Acme"}));
    assert_eq!(properties["plan"]["displayName"], "Growth");
}

#[test]
fn the_trimmed_list_stays_bounded_with_long_keys() {
    let body = adversarial::long_junk_keys(r#""type":"subscription.updated","customerId":"c-1""#);
    let outcome = run(&body, "{}").unwrap();
    let call = track(&outcome);
    let trimmed = call["context"]["stigg"]["trimmed"].as_array().unwrap();
    assert_eq!(trimmed.len(), MAX_LISTED_PATHS + 1);
    for path in &trimmed[..MAX_LISTED_PATHS] {
        assert!(path.to_string().len() <= MAX_PATH_BYTES + 2, "{path}");
    }
    assert!(trimmed[MAX_LISTED_PATHS]
        .as_str()
        .unwrap()
        .ends_with(" more"));
    assert!(outcome.calls[0].size() <= CALL_BUDGET_BYTES);
}

#[test]
fn deep_paths_are_listed_shortened_with_their_leaf() {
    let body = adversarial::deep_wide(
        r#""type":"subscription.updated","customerId":"c-1""#,
        998,
        1,
        4,
    );
    let outcome = run(&body, "{}").unwrap();
    let call = &outcome.calls[0];
    let path = &call.envelope.trimmed[0];
    assert!(path.starts_with("properties.a.a.a"), "{path}");
    assert!(path.contains('…'), "{path}");
    assert!(path.len() <= MAX_PATH_BYTES, "{path}");
}

#[test]
fn numbers_that_grow_in_javascript_are_counted_at_their_javascript_length() {
    // 31 KB as sent; every 1e20 becomes 21 digits once JSON.parse and
    // JSON.stringify have been through it.
    let body = adversarial::growing_numbers(
        r#""type":"subscription.updated","messageId":"m-1","customer":{"id":"c-1"}"#,
        31_000,
    );
    let outcome = run(&body, "{}").unwrap();
    let call = &outcome.calls[0];
    let as_javascript = call
        .to_json()
        .replace("-5e20", "-500000000000000000000")
        .replace("1e20", "100000000000000000000")
        .replace("1e-6", "0.000001");
    assert!(
        as_javascript.len() <= CALL_BUDGET_BYTES,
        "{} bytes once re-written by JavaScript",
        as_javascript.len()
    );
    assert!(!call.envelope.trimmed.is_empty());
}

#[test]
fn a_forged_type_cannot_write_a_log_line() {
    let forged = "x\nstigg-segment: skipped: \u{1b}[2Kfake\u{2028}line";
    for (settings, body) in [
        (
            r#"{"eventAllowlist":["plan.*"]}"#,
            json!({"type": forged, "customerId": "c"}),
        ),
        (
            r#"{"eventDenylist":["x*"]}"#,
            json!({"type": forged, "customerId": "c"}),
        ),
        ("{}", json!({"type": forged})),
    ] {
        let outcome = run(&body.to_string(), settings).unwrap();
        let reason = &outcome.skipped.as_ref().unwrap().reason;
        checks::assert_no_line_breaks(reason);
        assert!(reason.contains("\\nstigg-segment"), "{reason}");
    }
    let err = run(
        &json!({"type": forged, "customerId": "c"}).to_string(),
        r#"{"onMissingCustomer":"error","eventNameStyle":"original"}"#,
    )
    .map(|_| ())
    .err();
    if let Some(err) = err {
        checks::assert_no_line_breaks(&err.message);
    }
    let long = format!("{}{}", "t".repeat(100), "\n".repeat(10_000));
    let outcome = run(&json!({"type": long}).to_string(), "{}").unwrap();
    let reason = &outcome.skipped.unwrap().reason;
    assert!(reason.len() < 400, "{reason}");
    assert!(reason.contains("(10100 characters)"), "{reason}");
}

#[test]
fn every_adversarial_body_passes_the_relays_entry_points_within_the_time_bound() {
    // What `serve`, `send --timestamp-field` and the edge relay run on a
    // body a sender controls: the relays' transform (secret checked,
    // arrival time, a refit when the time tips a call over the budget, and
    // the label of the request's log line, from the same read).
    const SECRET: &str = "whsec_adversarial";
    let headers = Headers::new().with(stigg_segment::SECRET_HEADER, SECRET);
    for case in adversarial::corpus() {
        let mut settings: Value = serde_json::from_str(case.settings).unwrap();
        settings["webhookSecret"] = json!(SECRET);
        let settings = Settings::from_json_text(&settings.to_string()).unwrap();
        let started = Instant::now();
        let received = stigg_segment::transform_received(
            case.body.as_bytes(),
            &headers,
            &settings,
            Arrival::At("2026-12-06T10:00:00.000Z"),
        );
        checks::check_time(started, &case.name);
        let outcome = received
            .outcome
            .unwrap_or_else(|refused| panic!("{}: {:?}", case.name, refused.error));
        checks::check_outcome(&outcome);
        for call in &outcome.calls {
            assert!(call.envelope.timestamp.is_some(), "{}", case.name);
            assert!(call.size() <= CALL_BUDGET_BYTES, "{}", case.name);
        }

        let event_type = received.label.event_type.unwrap_or_default();
        assert!(
            case.body.contains(&format!("\"type\":\"{event_type}\"")) && !event_type.is_empty(),
            "{}: {event_type:?}",
            case.name
        );
    }
}
