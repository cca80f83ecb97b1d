//! Native throughput of the core transform: the upper bound the wasm build
//! can approach. `cargo bench --bench native -- <files>` prints MB/s per file.
use std::time::{Duration, Instant};

use stigg_segment::{transform, Headers, Settings};

fn main() {
    let files: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let settings = Settings::default();
    let headers = Headers::new();
    for file in files {
        let body = std::fs::read(&file).expect("a payload file");
        // Warm up, then run for at least half a second per round, 7 rounds.
        let _ = transform(&body, &headers, &settings).expect("the payload transforms");
        let mut per_call = Vec::new();
        for _ in 0..7 {
            let started = Instant::now();
            let mut calls = 0u32;
            while started.elapsed() < Duration::from_millis(300) {
                let outcome =
                    transform(&body, &headers, &settings).expect("the payload transforms");
                std::hint::black_box(outcome.to_json());
                calls += 1;
            }
            per_call.push(started.elapsed().as_secs_f64() / f64::from(calls));
        }
        per_call.sort_by(f64::total_cmp);
        let median = per_call[per_call.len() / 2];
        println!(
            "{file}\t{} bytes\t{:.1} us\t{:.0} MB/s",
            body.len(),
            median * 1e6,
            body.len() as f64 / median / 1e6
        );
    }
}
