//! `stigg-segment send`: webhooks from files or standard input to Segment's
//! /v1/batch, with a journal so that nothing is sent twice and an
//! interrupted run continues where it stopped.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

use crate::input::{Inputs, Item};
use crate::library::{self, ReadyCall, Settings, Transformed};
use crate::segment::{self, Batcher, Client, Failure, Target};
use crate::store::{Claim, DeadLetters, Journal};

pub struct SendOptions {
    pub inputs: Vec<PathBuf>,
    pub settings: Settings,
    /// None for a dry run.
    pub target: Option<Target>,
    pub client: Option<Client>,
    pub journal: Option<PathBuf>,
    pub dead_letters: PathBuf,
    pub concurrency: usize,
    pub progress: bool,
}

/// Claims are made in chunks, one journal transaction each.
const CLAIM_CHUNK: usize = 1000;

#[derive(Default)]
struct Counts {
    read: u64,
    calls: u64,
    skipped: BTreeMap<&'static str, (u64, String)>,
    rejected: BTreeMap<&'static str, u64>,
    already_sent: u64,
    already_dead: u64,
    duplicates: u64,
}

/// What the delivery threads report; `sync` delivers through the same
/// threads (`settle`).
#[derive(Default)]
pub(crate) struct Shared {
    pub(crate) sent: AtomicU64,
    pub(crate) dead_lettered: AtomicU64,
    pub(crate) unsent: AtomicU64,
    /// Requests split because the endpoint found them too large (413).
    pub(crate) split_too_large: AtomicU64,
    pub(crate) stop: AtomicBool,
    pub(crate) failure: Mutex<Option<String>>,
}

impl Shared {
    pub(crate) fn fail(&self, message: String) {
        let mut failure = self.failure.lock().unwrap_or_else(|e| e.into_inner());
        failure.get_or_insert(message);
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// Runs `send`; the exit code is 0 when every call was accepted, 2 when
/// some webhook was rejected, some call dead-lettered, or the run stopped
/// with calls unsent (the endpoint refused the request, or retries ran
/// out): those stay claimable in the journal, so a rerun sends them.
pub fn run(options: SendOptions) -> Result<i32, String> {
    let started = Instant::now();
    let dry_run = options.target.is_none();
    let inputs = Inputs::new(&options.inputs).map_err(|err| err.to_string())?;
    let journal = match (&options.journal, &options.target) {
        (Some(path), Some(_)) => Some(Arc::new(Mutex::new(
            Journal::open(path)
                .map_err(|err| format!("cannot open the journal {}: {err}", path.display()))?,
        ))),
        _ => None,
    };
    let dead_letters = Arc::new(Mutex::new(DeadLetters::new(options.dead_letters.clone())));
    let shared = Arc::new(Shared::default());
    let progress = progress_bar(options.progress, inputs.total_bytes);

    let mut counts = Counts::default();
    let mut dry_out = io::BufWriter::new(io::stdout().lock());
    let (batches, workers) = match (&options.target, options.client) {
        (Some(_), Some(client)) => {
            let (tx, rx) = sync_channel::<Vec<ReadyCall>>(options.concurrency);
            let rx = Arc::new(Mutex::new(rx));
            let client = Arc::new(client);
            let target = Arc::new(options.target.expect("matched above"));
            let workers: Vec<_> = (0..options.concurrency.max(1))
                .map(|_| {
                    let (rx, client, target) = (rx.clone(), client.clone(), target.clone());
                    let (journal, dead_letters, shared) =
                        (journal.clone(), dead_letters.clone(), shared.clone());
                    std::thread::spawn(move || loop {
                        let batch = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                        let Ok(batch) = batch else { return };
                        if shared.stop.load(Ordering::SeqCst) {
                            shared
                                .unsent
                                .fetch_add(batch.len() as u64, Ordering::Relaxed);
                            continue;
                        }
                        settle(
                            &client,
                            &target,
                            batch,
                            journal.as_deref(),
                            &dead_letters,
                            &shared,
                        );
                    })
                })
                .collect();
            (Some(tx), workers)
        }
        _ => (None, Vec::new()),
    };

    let mut batcher = Batcher::default();
    let mut pending: Vec<ReadyCall> = Vec::with_capacity(CLAIM_CHUNK);
    let mut flush = |pending: &mut Vec<ReadyCall>,
                     batcher: &mut Batcher,
                     counts: &mut Counts|
     -> io::Result<()> {
        let Some(batches) = &batches else {
            for call in pending.drain(..) {
                dry_out.write_all(call.json.as_bytes())?;
                dry_out.write_all(b"\n")?;
            }
            return Ok(());
        };
        let claims = match &journal {
            Some(journal) => {
                let ids: Vec<&str> = pending.iter().map(|c| c.message_id.as_str()).collect();
                journal
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .claim(&ids)
                    .map_err(|err| io::Error::other(format!("journal: {err}")))?
            }
            None => vec![Claim::Send; pending.len()],
        };
        for (call, claim) in pending.drain(..).zip(claims) {
            match claim {
                Claim::Send => {
                    if let Some(full) = batcher.push(call) {
                        // Blocks while every worker is busy: the input is
                        // read only as fast as Segment takes it.
                        let _ = batches.send(full);
                    }
                }
                Claim::AlreadySent => counts.already_sent += 1,
                Claim::AlreadyDeadLettered => counts.already_dead += 1,
                Claim::Duplicate => counts.duplicates += 1,
            }
        }
        Ok(())
    };

    let read_result = inputs.for_each(
        |bytes| progress.inc(bytes),
        |item: Item| {
            if shared.stop.load(Ordering::SeqCst) {
                return Err(io::Error::other("stopped"));
            }
            counts.read += 1;
            let origin = || format!("{}:{}", inputs.names[item.source], item.line);
            let outcome = match &item.body {
                Ok(body) => library::transform(body, None, &options.settings),
                Err(message) => Transformed::Rejected("InvalidEventPayload", message.clone()),
            };
            match outcome {
                Transformed::Calls(calls) => {
                    counts.calls += calls.len() as u64;
                    pending.extend(calls);
                }
                Transformed::Skipped(code, reason) => {
                    counts.skipped.entry(code).or_insert((0, reason)).0 += 1;
                }
                Transformed::Rejected(kind, message) => {
                    *counts.rejected.entry(kind).or_default() += 1;
                    progress.suspend(|| eprintln!("rejected {}: {kind}: {message}", origin()));
                }
            }
            if pending.len() >= CLAIM_CHUNK {
                flush(&mut pending, &mut batcher, &mut counts)?;
            }
            if counts.read % 1024 == 0 {
                progress.set_message(format!(
                    "{} webhooks, {} calls sent",
                    counts.read,
                    shared.sent.load(Ordering::Relaxed)
                ));
            }
            Ok(())
        },
    );
    let read_result = read_result.and_then(|()| {
        flush(&mut pending, &mut batcher, &mut counts)?;
        if let (Some(batches), Some(last)) = (&batches, batcher.take()) {
            let _ = batches.send(last);
        }
        Ok(())
    });
    let read_result = read_result.and_then(|()| dry_out.flush());
    drop(batches);
    for worker in workers {
        let _ = worker.join();
    }
    progress.finish_and_clear();
    let failure = shared
        .failure
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    if let Err(err) = &read_result {
        if failure.is_none() {
            return Err(format!("reading the input: {err}"));
        }
    }
    // Calls read but never claimed or batched because the run stopped.
    shared.unsent.fetch_add(
        (pending.len() + batcher.take().map_or(0, |b| b.len())) as u64,
        Ordering::Relaxed,
    );

    let summary = Summary {
        counts: &counts,
        shared: &shared,
        dry_run,
        dead_letters: dead_letters
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .path()
            .display()
            .to_string(),
        journal: journal.is_some(),
        stopped: failure.is_some(),
        seconds: started.elapsed().as_secs_f64(),
    };
    eprint!("{summary}");
    if let Some(failure) = failure {
        eprintln!("stigg-segment send: stopped: {failure}");
        return Ok(2);
    }
    let clean = counts.rejected.is_empty() && shared.dead_lettered.load(Ordering::Relaxed) == 0;
    Ok(if clean { 0 } else { 2 })
}

/// Delivers one batch and records what became of every call in it.
fn settle(
    client: &Client,
    target: &Target,
    batch: Vec<ReadyCall>,
    journal: Option<&Mutex<Journal>>,
    dead_letters: &Mutex<DeadLetters>,
    shared: &Shared,
) {
    let delivered = segment::deliver(client, target, batch, &shared.stop);
    let journal_error = |err: rusqlite::Error| shared.fail(format!("journal: {err}"));
    if !delivered.accepted.is_empty() {
        if let Some(journal) = journal {
            let mut journal = journal.lock().unwrap_or_else(|e| e.into_inner());
            if let Err(err) =
                journal.mark_sent(delivered.accepted.iter().map(|c| c.message_id.as_str()))
            {
                journal_error(err);
            }
        }
        shared
            .sent
            .fetch_add(delivered.accepted.len() as u64, Ordering::Relaxed);
    }
    if !delivered.refused.is_empty() {
        let mut file = dead_letters.lock().unwrap_or_else(|e| e.into_inner());
        for (call, status, answer) in &delivered.refused {
            if let Err(err) = file.write(&target.name, *status, answer, call) {
                shared.fail(format!(
                    "cannot write the dead letter {}: {err}",
                    file.path().display()
                ));
                shared.unsent.fetch_add(1, Ordering::Relaxed);
                continue;
            }
            shared.dead_lettered.fetch_add(1, Ordering::Relaxed);
            if let Some(journal) = journal {
                let mut journal = journal.lock().unwrap_or_else(|e| e.into_inner());
                if let Err(err) =
                    journal.mark_dead_lettered(std::iter::once(call.message_id.as_str()))
                {
                    journal_error(err);
                }
            }
        }
    }
    shared
        .unsent
        .fetch_add(delivered.unsent.len() as u64, Ordering::Relaxed);
    shared
        .split_too_large
        .fetch_add(delivered.split_too_large, Ordering::Relaxed);
    match delivered.failure {
        None | Some(Failure::Interrupted) => {}
        Some(Failure::Endpoint(message) | Failure::GaveUp(message)) => shared.fail(message),
    }
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
    counts: &'a Counts,
    shared: &'a Shared,
    dry_run: bool,
    dead_letters: String,
    journal: bool,
    stopped: bool,
    seconds: f64,
}

impl std::fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = self.counts;
        let load = |n: &AtomicU64| n.load(Ordering::Relaxed);
        let rate = c.read as f64 / self.seconds.max(1e-9);
        writeln!(
            f,
            "stigg-segment send: {} in {:.2} s ({rate:.0} webhooks/s)",
            if self.dry_run {
                "dry run"
            } else if self.stopped {
                "stopped"
            } else {
                "done"
            },
            self.seconds
        )?;
        writeln!(f, "  read          {:>9} webhooks", c.read)?;
        writeln!(f, "  calls         {:>9} made from them", c.calls)?;
        if self.dry_run {
            writeln!(
                f,
                "  sent          {:>9} (dry run: printed, nothing sent)",
                0
            )?;
        } else {
            writeln!(
                f,
                "  sent          {:>9} calls accepted by Segment (HTTP 2xx; an invalid write key is accepted too: check the source's debugger)",
                load(&self.shared.sent)
            )?;
        }
        if self.journal {
            writeln!(
                f,
                "  already sent  {:>9} calls (journal: sent by an earlier run)",
                c.already_sent
            )?;
            if c.already_dead > 0 {
                writeln!(
                    f,
                    "  already dead  {:>9} calls (journal: dead-lettered by an earlier run)",
                    c.already_dead
                )?;
            }
        }
        if c.duplicates > 0 {
            writeln!(
                f,
                "  duplicates    {:>9} calls (the same messageId earlier in this input)",
                c.duplicates
            )?;
        }
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
        let dead = load(&self.shared.dead_lettered);
        write!(f, "  dead-lettered {dead:>9} calls")?;
        if dead > 0 {
            write!(f, " (refused by Segment; in {})", self.dead_letters)?;
        }
        writeln!(f)?;
        let split = load(&self.shared.split_too_large);
        if split > 0 {
            writeln!(
                f,
                "  split (413)   {split:>9} requests the endpoint found too large (its size limit is below Segment's 500 KB; is a proxy limiting request bodies?)"
            )?;
        }
        let unsent = load(&self.shared.unsent);
        if unsent > 0 {
            writeln!(
                f,
                "  not sent      {unsent:>9} calls ({})",
                if self.journal {
                    "the run stopped; not dead-lettered: rerun with the same journal to send them"
                } else {
                    "the run stopped; not dead-lettered"
                }
            )?;
        }
        Ok(())
    }
}
