//! `stigg-segment send`: webhooks from files or standard input to Segment's
//! /v1/batch, through the outbox (`outbox.rs`): a journal so that nothing is
//! sent twice and an interrupted run continues where it stopped. Ctrl-C (or
//! SIGTERM) stops sending, prints the summary and how to resume; a second
//! one exits at once.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

use crate::input::{Inputs, Item};
use crate::library::{self, Arrival, Settings, Transformed, WrongSecret};
use crate::log;
use crate::outbox::{Outbox, OutboxOptions, Report};
use crate::segment::{Client, Target};

pub struct SendOptions {
    pub inputs: Vec<PathBuf>,
    pub settings: Settings,
    /// None for a dry run.
    pub target: Option<(Target, Client)>,
    pub journal: Option<PathBuf>,
    pub dead_letters: PathBuf,
    pub concurrency: usize,
    pub progress: bool,
    /// The webhook field that holds when it arrived, for the calls Stigg
    /// gave no timestamp.
    pub timestamp_field: Option<String>,
}

/// The exit status of a run stopped by a signal (128 + SIGINT's 2).
pub(crate) const INTERRUPTED: i32 = 130;

#[derive(Default)]
struct Counts {
    read: u64,
    calls: u64,
    /// Webhooks whose `--timestamp-field` was missing, not text or not a
    /// date-time.
    undated: u64,
    skipped: BTreeMap<&'static str, (u64, String)>,
    rejected: BTreeMap<&'static str, u64>,
}

/// Runs `send`; the exit code is 0 when every call was accepted, 2 when
/// some webhook was rejected, some call dead-lettered, or the run stopped
/// with calls unsent (the endpoint refused the request, or retries ran
/// out): those stay claimable in the journal, so a rerun sends them. 130
/// when a signal stopped it.
pub fn run(options: SendOptions) -> Result<i32, String> {
    let started = Instant::now();
    let inputs = Inputs::new(&options.inputs).map_err(|err| err.to_string())?;
    let stop = Arc::new(AtomicBool::new(false));
    let signalled = Arc::new(AtomicBool::new(false));
    let mut outbox = match options.target {
        None => None,
        Some((target, client)) => {
            let outbox = Outbox::open(OutboxOptions {
                target,
                client,
                journal: options.journal.clone(),
                dead_letters: options.dead_letters.clone(),
                concurrency: options.concurrency,
                stop: stop.clone(),
            })?;
            watch_signals(&stop, &signalled)?;
            Some(outbox)
        }
    };
    let progress = progress_bar(options.progress, inputs.total_bytes);
    log::set_progress(Some(progress.clone()));
    let mut counts = Counts::default();
    let mut dry_out = io::BufWriter::new(io::stdout().lock());
    let read = inputs.for_each(
        |bytes| progress.inc(bytes),
        |item: Item| {
            if stop.load(Ordering::SeqCst) {
                return Err(io::Error::other("stopped"));
            }
            counts.read += 1;
            let origin = || format!("{}:{}", inputs.names[item.source], item.line);
            let outcome = match &item.body {
                Ok(body) => {
                    let arrival = match options.timestamp_field.as_deref() {
                        Some(field) => Arrival::Field(field),
                        None => Arrival::Unknown,
                    };
                    let received =
                        library::transform_received(body, None, &options.settings, arrival);
                    if options.timestamp_field.is_some() {
                        counts.undated += u64::from(received.received_at.is_none());
                    }
                    received.transformed.unwrap_or_else(WrongSecret::rejected)
                }
                Err(message) => Transformed::Rejected("InvalidEventPayload", message.clone()),
            };
            match outcome {
                Transformed::Calls(calls) => {
                    counts.calls += calls.len() as u64;
                    for call in calls {
                        match &mut outbox {
                            Some(outbox) => outbox.push(call).map_err(io::Error::other)?,
                            None => {
                                dry_out.write_all(call.json.as_bytes())?;
                                dry_out.write_all(b"\n")?;
                            }
                        }
                    }
                }
                Transformed::Skipped(code, reason) => {
                    counts.skipped.entry(code).or_insert((0, reason)).0 += 1;
                }
                Transformed::Rejected(kind, message) => {
                    *counts.rejected.entry(kind).or_default() += 1;
                    progress.suspend(|| eprintln!("rejected {}: {kind}: {message}", origin()));
                }
            }
            if counts.read % 1024 == 0 {
                progress.set_message(format!("{} webhooks read", counts.read));
            }
            Ok(())
        },
    );
    let read = read.and_then(|()| dry_out.flush());
    let report = outbox.map(Outbox::finish);
    log::set_progress(None);
    progress.finish_and_clear();
    let stopped = stop.load(Ordering::SeqCst);
    if let Err(err) = &read {
        if !stopped {
            return Err(format!("reading the input: {err}"));
        }
    }
    let interrupted = signalled.load(Ordering::SeqCst);
    let summary = Summary {
        timestamp_field: options.timestamp_field.as_deref(),
        counts: &counts,
        report: report.as_ref(),
        interrupted,
        seconds: started.elapsed().as_secs_f64(),
    };
    eprint!("{summary}");
    let Some(report) = report else {
        return Ok(0);
    };
    let rerun = match &report.journal {
        Some(journal) => format!(
            "run the same command again to send them (the journal {} keeps what was sent)",
            journal.display()
        ),
        None => "without a journal, a rerun sends everything again".to_owned(),
    };
    if interrupted {
        let unread = if read.is_err() {
            ", and the input was not read to its end"
        } else {
            ""
        };
        eprintln!(
            "stigg-segment send: interrupted: {} calls made were not sent{unread}; {rerun}",
            report.unsent
        );
        return Ok(INTERRUPTED);
    }
    if let Some((name, message)) = &report.stopped {
        eprintln!("stigg-segment send: stopped ({name}): {message}");
        if report.unsent > 0 {
            eprintln!(
                "stigg-segment send: {} calls not sent, none dead-lettered for it; fix the cause, then {rerun}",
                report.unsent
            );
        }
        return Ok(2);
    }
    let clean = counts.rejected.is_empty() && report.dead_lettered == 0;
    Ok(if clean { 0 } else { 2 })
}

/// SIGINT and SIGTERM stop the run (the summary is printed); a second one
/// exits at once.
pub(crate) fn watch_signals(
    stop: &Arc<AtomicBool>,
    signalled: &Arc<AtomicBool>,
) -> Result<(), String> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    use signal_hook::flag;
    let error = |err: io::Error| format!("cannot handle signals: {err}");
    for signal in [SIGINT, SIGTERM] {
        // Registered first, so it sees the flag the second time only.
        flag::register_conditional_shutdown(signal, INTERRUPTED, signalled.clone())
            .map_err(error)?;
        flag::register(signal, signalled.clone()).map_err(error)?;
        flag::register(signal, stop.clone()).map_err(error)?;
    }
    Ok(())
}

fn progress_bar(wanted: bool, total: Option<u64>) -> ProgressBar {
    if !wanted || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    match total {
        Some(total) => ProgressBar::new(total).with_style(
            ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} {msg} ({eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner(),
    }
}

struct Summary<'a> {
    timestamp_field: Option<&'a str>,
    counts: &'a Counts,
    /// None for a dry run.
    report: Option<&'a Report>,
    interrupted: bool,
    seconds: f64,
}

impl std::fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = self.counts;
        let rate = c.read as f64 / self.seconds.max(1e-9);
        let state = match self.report {
            None => "dry run",
            Some(_) if self.interrupted => "interrupted",
            Some(report) if report.stopped.is_some() => "stopped",
            Some(_) => "done",
        };
        writeln!(
            f,
            "stigg-segment send: {state} in {:.2} s ({rate:.0} webhooks/s)",
            self.seconds
        )?;
        writeln!(f, "  read          {:>9} webhooks", c.read)?;
        writeln!(f, "  calls         {:>9} made from them", c.calls)?;
        if let Some(field) = self.timestamp_field {
            writeln!(
                f,
                "  undated       {:>9} webhooks without a date-time in {field} (their calls carry Stigg's timestamp, or none)",
                c.undated
            )?;
        }
        let Some(report) = self.report else {
            writeln!(
                f,
                "  sent          {:>9} (dry run: printed, nothing sent)",
                0
            )?;
            return self.skipped_and_rejected(f);
        };
        report.write_sent(f)?;
        if report.journal.is_some() {
            writeln!(
                f,
                "  already sent  {:>9} calls (journal: sent by an earlier run)",
                report.already_sent
            )?;
            if report.already_dead > 0 {
                writeln!(
                    f,
                    "  already dead  {:>9} calls (journal: dead-lettered by an earlier run)",
                    report.already_dead
                )?;
            }
        }
        if report.duplicates > 0 {
            writeln!(
                f,
                "  duplicates    {:>9} calls (the same messageId earlier in this input)",
                report.duplicates
            )?;
        }
        self.skipped_and_rejected(f)?;
        report.write_tail(
            f,
            if report.journal.is_some() {
                "the run stopped; not dead-lettered: rerun with the same journal to send them"
            } else {
                "the run stopped; not dead-lettered"
            },
        )
    }
}

impl Summary<'_> {
    fn skipped_and_rejected(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = self.counts;
        let skipped: u64 = c.skipped.values().map(|(n, _)| n).sum();
        writeln!(f, "  skipped       {skipped:>9} webhooks")?;
        for (code, (n, example)) in &c.skipped {
            writeln!(f, "    {code:<12}{n:>8}  e.g. {example}")?;
        }
        let rejected: u64 = c.rejected.values().sum();
        writeln!(
            f,
            "  rejected      {rejected:>9} webhooks (each listed above)"
        )?;
        for (kind, n) in &c.rejected {
            writeln!(f, "    {kind:<20}{n:>8}")?;
        }
        Ok(())
    }
}
