//! The transform on arbitrary bytes, with arbitrary settings and secret
//! header: it must never panic, and whatever it returns must obey Segment's
//! rules and be valid JSON.
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
    match transform(body, &headers, &settings) {
        Ok(outcome) => stigg_segment_fuzz_checks::check_outcome(&outcome),
        Err(err) => {
            assert!(!err.message.is_empty());
            if !settings.webhook_secret.is_empty() {
                assert!(!err.message.contains(&settings.webhook_secret));
            }
        }
    }
});

#[path = "checks.rs"]
mod stigg_segment_fuzz_checks;
