//! The transform on arbitrary bytes, with arbitrary settings and secret
//! header: it must never panic, and whatever it returns must obey Segment's
//! rules and be valid JSON, keep the fields trimming must keep, and take
//! no longer than a generous time bound (so a slow path is found, not only
//! a crash).
//!
//! Input: `body [NUL settings-json [NUL secret-header]]`, so the Stigg
//! fixtures seed the corpus as they are.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stigg_segment::{transform, Headers, Settings};

fuzz_target!(|bytes: &[u8]| {
    let mut parts = bytes.splitn(3, |&b| b == 0);
    let body = parts.next().unwrap_or_default();
    let settings = match parts.next().map(|raw| Settings::from_json_text(&String::from_utf8_lossy(raw))) {
        None => Settings::default(),
        Some(Ok(settings)) => settings,
        Some(Err(err)) => {
            assert!(!err.message.is_empty());
            Settings::default()
        }
    };
    let mut headers = Headers::new();
    if let Some(secret) = parts.next() {
        headers = headers.with("stigg-webhooks-secret", &String::from_utf8_lossy(secret));
    }
    let started = std::time::Instant::now();
    let result = transform(body, &headers, &settings);
    stigg_segment_fuzz_checks::check_time(started, "the transform");
    match result {
        Ok(outcome) => {
            stigg_segment_fuzz_checks::check_outcome(&outcome);
            if settings.redact_properties.is_empty() {
                stigg_segment_fuzz_checks::check_kept_fields(body, &outcome);
            }
        }
        Err(err) => {
            assert!(!err.message.is_empty());
            stigg_segment_fuzz_checks::assert_no_line_breaks(&err.message);
            if !settings.webhook_secret.is_empty() {
                assert!(!err.message.contains(&settings.webhook_secret));
            }
        }
    }
});

#[path = "checks.rs"]
mod stigg_segment_fuzz_checks;
