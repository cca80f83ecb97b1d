//! The fake Stigg API (tests/cli/fake_stigg.rs) as a program of its own,
//! for the tests outside Rust: the edge relay's Cron Trigger in Miniflare
//! (tests/js/edge-sync.test.js) and the check with Stigg's Python SDK
//! (tools/check-fake-stigg.py). It prints one line of JSON,
//! `{"url": ..., "apiKey": ...}`, then serves until its standard input
//! closes (so it never outlives the process that started it).
//!
//! cargo run -p stigg-segment-cli --example fake-stigg -- [CUSTOMERS]

#[path = "../cli/fake_stigg.rs"]
mod fake_stigg;

use std::io::Read;

fn main() {
    let customers = std::env::args()
        .nth(1)
        .map(|n| n.parse().expect("CUSTOMERS is a number"))
        .unwrap_or(2000);
    let fake = fake_stigg::FakeStigg::start(customers);
    println!(
        "{}",
        serde_json::json!({"url": fake.url, "apiKey": fake_stigg::API_KEY, "customers": customers})
    );
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
}
