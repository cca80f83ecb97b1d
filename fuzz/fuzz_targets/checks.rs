//! Invariants every outcome must hold, shared by the fuzz targets and, on
//! stable Rust, by tests/adversarial.rs over the adversarial corpus.

// Each target uses some of the checks.
#![allow(dead_code)]

use std::time::{Duration, Instant};

use stigg_segment::fit::{CALL_BUDGET_BYTES, KEPT_FIELDS};
use stigg_segment::json::{Document, Value};
use stigg_segment::{CallType, Outcome};

/// The most one webhook may take. Generous: the slowest body within
/// Segment's limits takes well under 100 ms in an optimised build, and
/// fuzzing and debug builds are several times slower. Before issue 11's
/// fixes some bodies took seconds natively, which this finds.
pub fn time_bound() -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(8)
    } else {
        Duration::from_secs(2)
    }
}

/// Fails when one input took longer than [`time_bound`].
pub fn check_time(started: Instant, what: &str) {
    let took = started.elapsed();
    assert!(
        took <= time_bound(),
        "{what} took {took:?}, over the bound of {:?}",
        time_bound()
    );
}

pub fn check_outcome(outcome: &Outcome) {
    let json = outcome.to_json();
    // Valid JSON, as independent serde_json reads it (deep bodies aside:
    // serde_json stops at 128 levels).
    if let Err(err) = serde_json::from_str::<serde_json::Value>(&json) {
        assert!(err.to_string().contains("recursion limit"), "{err}: {json}");
    }
    assert_eq!(outcome.calls.is_empty(), outcome.skipped.is_some());
    for call in &outcome.calls {
        assert!(call.size() <= CALL_BUDGET_BYTES, "{} bytes", call.size());
        assert!(call.to_json().len() <= call.size());
        assert!(call.message_id().chars().count() <= 100);
        let has_user = call
            .envelope
            .user_id
            .as_deref()
            .is_some_and(|id| !id.is_empty());
        let has_anonymous = call
            .envelope
            .anonymous_id
            .as_deref()
            .is_some_and(|id| !id.is_empty());
        assert!(has_user || has_anonymous);
        if call.call_type() == CallType::Track {
            assert!(call.event().is_some_and(|e| !e.is_empty()));
        }
    }
    if let Some(skip) = &outcome.skipped {
        assert_no_line_breaks(&skip.reason);
    }
}

/// Text for logs must hold no character that starts a new line.
pub fn assert_no_line_breaks(message: &str) {
    assert!(
        !message.contains(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}', '\u{1b}']),
        "{message:?}"
    );
}

/// Trimming never removes the fields that say what the webhook was and
/// whom it concerns: what the body had of them, the track call still has.
/// (Only without redaction, which may remove anything on purpose.)
pub fn check_kept_fields(body: &[u8], outcome: &Outcome) {
    let Ok(document) = Document::parse(body) else {
        return;
    };
    let Some(track) = outcome
        .calls
        .iter()
        .find(|c| c.call_type() == CallType::Track)
    else {
        return;
    };
    let properties = track.payload().to_object();
    for key in KEPT_FIELDS {
        if let Some(value) = document.get(key) {
            assert_eq!(properties.get(key), Some(&value), "{key} was removed");
        }
    }
    for (outer, inner) in [("customer", "id"), ("input", "customerId")] {
        if let Some(value) = document.get(outer).as_ref().and_then(|v| v.get(inner)) {
            let kept = properties.get(outer).and_then(|v: &Value| v.get(inner));
            assert_eq!(kept, Some(value), "{outer}.{inner} was removed");
        }
    }
}
