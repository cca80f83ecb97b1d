//! `make bench-sync`: `stigg-segment sync` (release) against the fake Stigg
//! API of the tests and a fake Segment API that accepts every batch at
//! once, at 2,000, 20,000 and 50,000 customers: customers per second and peak
//! memory (`/usr/bin/time -v`), a first sync and a rerun that sends
//! nothing. Numbers only: nothing here passes or fails on speed. Writes the
//! sync's section of BENCHMARKS.md.

#[path = "../tests/cli/fake_stigg.rs"]
mod fake_stigg;

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use tiny_http::{Response, Server};

const BIN: &str = env!("CARGO_BIN_EXE_stigg-segment");
const BEGIN: &str = "<!-- sync-bench:begin (written by make bench-sync) -->";
const END: &str = "<!-- sync-bench:end -->";

/// Counts the calls it accepts by their messageIds, without parsing.
fn fake_segment() -> (String, Arc<AtomicU64>) {
    let server = Arc::new(Server::http("127.0.0.1:0").expect("a loopback port"));
    let url = format!(
        "http://127.0.0.1:{}/v1/batch",
        server.server_addr().to_ip().expect("an IP").port()
    );
    let calls = Arc::new(AtomicU64::new(0));
    for _ in 0..4 {
        let (server, calls) = (server.clone(), calls.clone());
        std::thread::spawn(move || {
            let needle = b"\"messageId\":\"stigg-";
            let mut body = Vec::new();
            for mut request in server.incoming_requests() {
                body.clear();
                let _ = request.as_reader().read_to_end(&mut body);
                let n = body.windows(needle.len()).filter(|w| w == needle).count();
                calls.fetch_add(n as u64, Ordering::Relaxed);
                let _ = request.respond(Response::from_string("{\"success\":true}"));
            }
        });
    }
    (url, calls)
}

struct Run {
    customers: usize,
    pages: u64,
    calls: u64,
    seconds: f64,
    max_rss_kb: Option<u64>,
    rerun_seconds: f64,
    rerun_sent: u64,
}

/// One sync; `(seconds, max RSS, summary)`.
fn sync(dir: &Path, stigg: &str, segment: &str) -> (f64, Option<u64>, String) {
    let time = Path::new("/usr/bin/time");
    let mut command = if time.exists() {
        let mut c = Command::new(time);
        c.arg("-v").arg(BIN);
        c
    } else {
        Command::new(BIN)
    };
    command
        .args([
            "sync",
            "--rate-limit",
            "0",
            "--no-progress",
            "--stigg-api-url",
            stigg,
        ])
        .args(["--endpoint", segment])
        .arg("--journal")
        .arg(dir.join("sync.sqlite"))
        .arg("--dead-letters")
        .arg(dir.join("dead.ndjson"))
        .env("SEGMENT_WRITE_KEY", "bench-key")
        .env("STIGG_API_KEY", fake_stigg::API_KEY)
        .arg("--settings")
        .arg(dir.join("settings.json"));
    std::fs::write(
        dir.join("settings.json"),
        r#"{"groupCalls": true, "planTraits": true}"#,
    )
    .expect("a settings file");
    let started = Instant::now();
    let output = command.output().expect("the binary runs");
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "sync failed:\n{stderr}");
    let max_rss_kb = stderr
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok());
    (seconds, max_rss_kb, stderr)
}

fn count(summary: &str, label: &str) -> u64 {
    summary
        .lines()
        .find_map(|line| {
            line.trim_start()
                .strip_prefix(label)?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

fn main() {
    let (segment, accepted) = fake_segment();
    let mut runs = Vec::new();
    for customers in [2_000, 20_000, 50_000] {
        let stigg = fake_stigg::FakeStigg::start(customers);
        // Best of two first syncs: the machine is shared.
        let mut best: Option<Run> = None;
        for round in 0..2 {
            let dir = std::env::temp_dir().join(format!(
                "stigg-segment-bench-sync-{}-{customers}-{round}",
                std::process::id()
            ));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            let before = accepted.load(Ordering::Relaxed);
            let (seconds, max_rss_kb, summary) = sync(&dir, &stigg.url, &segment);
            let calls = accepted.load(Ordering::Relaxed) - before;
            assert_eq!(calls, count(&summary, "sent"), "calls lost:\n{summary}");
            let (rerun_seconds, _, rerun) = sync(&dir, &stigg.url, &segment);
            let run = Run {
                customers,
                pages: count(&summary, "pages"),
                calls,
                seconds,
                max_rss_kb,
                rerun_seconds,
                rerun_sent: count(&rerun, "sent"),
            };
            println!(
                "{customers} customers ({} pages): {calls} calls in {seconds:.2} s, {:.0} customers/s, max RSS {}; rerun {rerun_seconds:.2} s, {} sent",
                run.pages,
                customers as f64 / seconds,
                max_rss_kb.map_or("n/a".into(), |kb| format!("{:.1} MB", kb as f64 / 1024.0)),
                run.rerun_sent
            );
            let _ = std::fs::remove_dir_all(&dir);
            if best.as_ref().is_none_or(|b| seconds < b.seconds) {
                best = Some(run);
            }
        }
        runs.push(best.unwrap());
    }
    write_section(&runs);
}

fn write_section(runs: &[Run]) {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mut section = format!(
        "{BEGIN}\n## Native binary: `stigg-segment sync`\n\n\
         Measured by `make bench-sync` ({cores} cores, shared): the release binary reads the fake Stigg API \
         of the tests (`cli/tests/cli/fake_stigg.rs`: plans, subscriptions and customers, 100 a page) and sends \
         to a fake Segment API that accepts every batch at once, `--rate-limit 0`, groupCalls and planTraits on \
         (an identify and a group per live customer). Wall time includes paging Stigg, the subscriptions' \
         temporary file, the core's rule, batching, HTTP and the state file; best of 2 first syncs, each \
         followed by a rerun on its state file; the machine is shared, so rates vary from run to run. Peak memory is `/usr/bin/time -v`'s maximum resident set size.\n\n\
         | customers | pages | calls | seconds | customers/s | max RSS MB | rerun seconds | rerun sent |\n\
         |---|---|---|---|---|---|---|---|\n"
    );
    for run in runs {
        section.push_str(&format!(
            "| {} | {} | {} | {:.2} | {:.0} | {} | {:.2} | {} |\n",
            run.customers,
            run.pages,
            run.calls,
            run.seconds,
            run.customers as f64 / run.seconds,
            run.max_rss_kb
                .map_or("n/a".to_owned(), |kb| format!("{:.1}", kb as f64 / 1024.0)),
            run.rerun_seconds,
            run.rerun_sent,
        ));
    }
    section.push_str(
        "\nOne page is in memory at a time, the subscriptions wait in SQLite's temporary file and a batch \
         waits for a free sender, so memory does not follow the number of customers: it rises while bounded \
         buffers fill (SQLite's page caches for the temporary file, 4 MB, and the state file, and up to \
         --concurrency + 1 batches of at most 500 KB waiting for a sender), then stays flat (compare the \
         20,000 and 50,000 rows). The fake answers in well under a millisecond; against Stigg, each page's \
         round trip adds to the time (pages are read one after another). The rerun sends nothing: its time \
         is reading Stigg and the state file.\n",
    );
    section.push_str(&format!("{END}\n"));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../BENCHMARKS.md");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    let updated = match (current.find(BEGIN), current.find(END)) {
        (Some(start), Some(end)) => format!(
            "{}{}{}",
            &current[..start],
            section,
            &current[end + END.len()..].trim_start_matches('\n')
        ),
        _ => format!("{}\n\n{section}", current.trim_end()),
    };
    std::fs::write(&path, updated).unwrap();
    println!("wrote the sync's section of BENCHMARKS.md");
}
