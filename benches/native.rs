//! Native throughput of the core transform: the upper bound the wasm build
//! can approach. `cargo bench --bench native -- <files>` prints MB/s per file.
use std::time::{Duration, Instant};

use stigg_segment::{transform, Headers, Settings};

#[path = "../tests/support/adversarial.rs"]
mod adversarial;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--write-adversarial") {
        write_adversarial(&args[at + 1]);
        return;
    }
    if args.iter().any(|a| a == "--adversarial") {
        time_adversarial();
        return;
    }
    let files: Vec<String> = args.into_iter().filter(|a| !a.starts_with('-')).collect();
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

/// Writes the adversarial corpus as `<name>.json` (the body) and
/// `<name>.settings.json`, for tools/bench/bench.js and the fuzz seeds.
fn write_adversarial(dir: &str) {
    std::fs::create_dir_all(dir).expect("a writable folder");
    for case in adversarial::corpus() {
        let path = std::path::Path::new(dir);
        std::fs::write(path.join(format!("{}.json", case.name)), &case.body).expect("written");
        std::fs::write(
            path.join(format!("{}.settings.json", case.name)),
            case.settings,
        )
        .expect("written");
    }
}

/// The worst case: each adversarial body's first run and the median of
/// the next ones, in ms, tab-separated.
fn time_adversarial() {
    let headers = Headers::new();
    for case in adversarial::corpus() {
        let settings = Settings::from_json_text(case.settings).expect("valid settings");
        let started = Instant::now();
        let first = transform(case.body.as_bytes(), &headers, &settings);
        std::hint::black_box(first.map(|outcome| outcome.to_json()).ok());
        let first_ms = started.elapsed().as_secs_f64() * 1e3;
        let mut runs = Vec::new();
        let deadline = Instant::now() + Duration::from_millis(600);
        while runs.len() < 3 || (runs.len() < 15 && Instant::now() < deadline) {
            let started = Instant::now();
            let outcome = transform(case.body.as_bytes(), &headers, &settings);
            std::hint::black_box(outcome.map(|outcome| outcome.to_json()).ok());
            runs.push(started.elapsed().as_secs_f64() * 1e3);
        }
        runs.sort_by(f64::total_cmp);
        println!(
            "{}\t{} bytes\t{first_ms:.2}\t{:.2}",
            case.name,
            case.body.len(),
            runs[runs.len() / 2]
        );
    }
}
