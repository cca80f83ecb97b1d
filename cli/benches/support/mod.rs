//! What `make bench-cli` (benches/cli.rs) and `make bench-sync`
//! (benches/sync.rs) share: the fake Segment API they send to, a run of the
//! binary under `/usr/bin/time -v`, and writing a section of BENCHMARKS.md.

use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use tiny_http::{Response, Server};

pub const BIN: &str = env!("CARGO_BIN_EXE_stigg-segment");

/// A fake Segment API on 127.0.0.1 that accepts every batch at once. It
/// counts the calls by their messageIds (`"messageId":"stigg-`; a webhook
/// inside a call carries its own), without parsing, so the fake spends as
/// little of the machine's two cores as it can.
pub fn fake_segment() -> (String, Arc<AtomicU64>) {
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

/// The binary with these arguments, under `/usr/bin/time -v` where there
/// is one (for the peak memory).
pub fn timed_command() -> Command {
    let time = Path::new("/usr/bin/time");
    if time.exists() {
        let mut command = Command::new(time);
        command.arg("-v").arg(BIN);
        command
    } else {
        Command::new(BIN)
    }
}

/// Runs `command`, which must succeed: its wall time in seconds, its peak
/// memory in KB (from `/usr/bin/time -v`, when it ran under it) and its
/// standard error.
pub fn run_timed(mut command: Command, what: &str) -> (f64, Option<u64>, String) {
    let started = Instant::now();
    let output: Output = command.output().expect("the binary runs");
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{what} failed:\n{stderr}");
    let max_rss_kb = stderr
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok());
    (seconds, max_rss_kb, stderr)
}

/// Puts `section`, which starts with `begin` and ends with `end`, into
/// BENCHMARKS.md in place of the one there, or at its end.
pub fn write_section(begin: &str, end: &str, section: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../BENCHMARKS.md");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    let updated = match (current.find(begin), current.find(end)) {
        (Some(start), Some(stop)) => format!(
            "{}{}{}",
            &current[..start],
            section,
            &current[stop + end.len()..].trim_start_matches('\n')
        ),
        _ => format!("{}\n\n{section}", current.trim_end()),
    };
    std::fs::write(&path, updated).unwrap();
}
