//! Delivers ready calls to one target and records what became of each: the
//! way `send` delivers, for any command that makes calls. A journal claims
//! each call by messageId before it is sent (nothing is sent twice; a run
//! that stopped, crashed or was interrupted resumes), batches go out over
//! `concurrency` connections under the client's rate limit, and each call's
//! fate, decided by the core's delivery policy, is recorded: accepted calls
//! are marked sent, calls Segment refused on their own go to the dead-letter
//! file and are marked dead, and the rest stay claimable for a rerun. The
//! first stop (an answer about the request, retries run out, a dead letter
//! or the journal that cannot be written) ends the run.
//!
//! Claims and fates go to a `Ledger`: `send`'s journal, by messageId, or
//! `sync`'s state, by customer and call type (`Outbox::with_ledger`).
//!
//! ```ignore
//! let mut outbox = Outbox::open(options)?;      // takes the journal's lock
//! for call in calls { outbox.push(call)?; }     // blocks while every worker is busy
//! let report = outbox.finish();                 // waits for the last requests
//! ```

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::library::ReadyCall;
use crate::segment::{self, Batcher, Client, Target};
use crate::store::{Claim, DeadLetters, Journal, OpenError};

/// Where an outbox claims calls before sending them and records what
/// became of each. Implementations hold their file's lock for the run.
pub trait Ledger: Send {
    /// How each call stands, in one transaction; a `Send` is this run's.
    fn claim(&mut self, calls: &[ReadyCall]) -> rusqlite::Result<Vec<Claim>>;
    /// Segment accepted these calls (by messageId).
    fn mark_sent(&mut self, message_ids: &[&str]) -> rusqlite::Result<()>;
    /// These calls are in the dead-letter file.
    fn mark_dead_lettered(&mut self, message_ids: &[&str]) -> rusqlite::Result<()>;
}

impl Ledger for Journal {
    fn claim(&mut self, calls: &[ReadyCall]) -> rusqlite::Result<Vec<Claim>> {
        let ids: Vec<&str> = calls.iter().map(|c| c.message_id.as_str()).collect();
        Journal::claim(self, &ids)
    }

    fn mark_sent(&mut self, message_ids: &[&str]) -> rusqlite::Result<()> {
        Journal::mark_sent(self, message_ids.iter().copied())
    }

    fn mark_dead_lettered(&mut self, message_ids: &[&str]) -> rusqlite::Result<()> {
        Journal::mark_dead_lettered(self, message_ids.iter().copied())
    }
}

type SharedLedger = Arc<Mutex<Box<dyn Ledger>>>;

/// Claims are made in chunks, one journal transaction each.
const CLAIM_CHUNK: usize = 1000;
/// Once stopped, how long requests in flight may take before the run ends
/// without them (their calls stay claimable: a rerun sends them, and
/// Segment drops what it already had by messageId).
const STOP_GRACE: Duration = Duration::from_secs(1);

pub struct OutboxOptions {
    pub target: Target,
    pub client: Client,
    /// None: no journal (a rerun sends everything again). With
    /// `Outbox::with_ledger`, the ledger's file, as the report names it.
    pub journal: Option<PathBuf>,
    pub dead_letters: PathBuf,
    pub concurrency: usize,
    /// Set from outside (a signal) to stop: nothing new is sent.
    pub stop: Arc<AtomicBool>,
}

/// What became of the calls pushed.
#[derive(Debug, Default)]
pub struct Report {
    /// Accepted by Segment (2xx).
    pub sent: u64,
    /// Refused by Segment on their own, in the dead-letter file.
    pub dead_lettered: u64,
    /// Not sent: the run stopped first. Claimable by a rerun.
    pub unsent: u64,
    /// Sent by an earlier run (journal).
    pub already_sent: u64,
    /// Dead-lettered by an earlier run (journal).
    pub already_dead: u64,
    /// The same messageId pushed twice in this run.
    pub duplicates: u64,
    /// Requests the endpoint found too large (413), which were halved.
    pub split_too_large: u64,
    pub requests: u64,
    /// Why the run stopped: the policy's stop (or `storage`) and its
    /// message. None when it ran to the end or was interrupted from outside.
    pub stopped: Option<(&'static str, String)>,
    pub journal: Option<PathBuf>,
    pub dead_letters: PathBuf,
}

impl Report {
    /// The summary's line of calls Segment accepted, as `send` and `sync`
    /// write it.
    pub fn write_sent(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "  sent          {:>9} calls accepted by Segment (HTTP 2xx; an invalid write key is accepted too: check the source's debugger)",
            self.sent
        )
    }

    /// The summary's closing lines, as `send` and `sync` write them:
    /// dead-lettered, split (413), not sent (with `not_sent`, why and how to
    /// send them), requests.
    pub fn write_tail(&self, f: &mut std::fmt::Formatter<'_>, not_sent: &str) -> std::fmt::Result {
        let dead = self.dead_lettered;
        write!(f, "  dead-lettered {dead:>9} calls")?;
        if dead > 0 {
            write!(
                f,
                " (refused by Segment; in {})",
                self.dead_letters.display()
            )?;
        }
        writeln!(f)?;
        if self.split_too_large > 0 {
            writeln!(
                f,
                "  split (413)   {:>9} requests the endpoint found too large (its size limit is below Segment's 500 KB; is a proxy limiting request bodies?)",
                self.split_too_large
            )?;
        }
        if self.unsent > 0 {
            writeln!(f, "  not sent      {:>9} calls ({not_sent})", self.unsent)?;
        }
        writeln!(
            f,
            "  requests      {:>9} made to the endpoint",
            self.requests
        )
    }
}

#[derive(Default)]
struct Shared {
    sent: AtomicU64,
    dead_lettered: AtomicU64,
    unsent: AtomicU64,
    split_too_large: AtomicU64,
    requests: AtomicU64,
    /// Calls in deliveries under way.
    in_flight: AtomicU64,
    failure: Mutex<Option<(&'static str, String)>>,
}

/// Deliveries under way, fed by `push`.
pub struct Outbox {
    batches: Option<SyncSender<Vec<ReadyCall>>>,
    workers: Vec<JoinHandle<()>>,
    journal: Option<SharedLedger>,
    journal_path: Option<PathBuf>,
    dead_letters: PathBuf,
    batcher: Batcher,
    /// Calls waiting for their claim.
    pending: Vec<ReadyCall>,
    shared: Arc<Shared>,
    stop: Arc<AtomicBool>,
    claims: Report,
}

impl Outbox {
    /// Opens the journal (refused while another run holds it) and starts
    /// the workers.
    pub fn open(options: OutboxOptions) -> Result<Outbox, String> {
        let journal: Option<Box<dyn Ledger>> = match &options.journal {
            None => None,
            Some(path) => match Journal::open(path) {
                Ok(journal) => Some(Box::new(journal)),
                Err(OpenError::InUse) => {
                    return Err(format!(
                        "the journal {} is in use by another stigg-segment run; wait for it to finish, or give this run a journal of its own (--journal)",
                        path.display()
                    ))
                }
                Err(err) => {
                    return Err(format!("cannot open the journal {}: {err}", path.display()))
                }
            },
        };
        Ok(Outbox::with_ledger(options, journal))
    }

    /// Starts the workers, recording in `ledger` (already open and locked)
    /// rather than in the journal `options.journal` names.
    pub fn with_ledger(options: OutboxOptions, ledger: Option<Box<dyn Ledger>>) -> Outbox {
        let journal = ledger.map(|ledger| Arc::new(Mutex::new(ledger)));
        let dead_letters = Arc::new(Mutex::new(DeadLetters::new(options.dead_letters.clone())));
        let shared = Arc::new(Shared::default());
        let concurrency = options.concurrency.max(1);
        let (tx, rx) = sync_channel::<Vec<ReadyCall>>(concurrency);
        let rx = Arc::new(Mutex::new(rx));
        let client = Arc::new(options.client);
        let target = Arc::new(options.target);
        let workers = (0..concurrency)
            .map(|_| {
                let (rx, client, target) = (rx.clone(), client.clone(), target.clone());
                let (journal, dead_letters, shared, stop) = (
                    journal.clone(),
                    dead_letters.clone(),
                    shared.clone(),
                    options.stop.clone(),
                );
                std::thread::spawn(move || loop {
                    let batch = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    let Ok(batch) = batch else { return };
                    let calls = batch.len() as u64;
                    if stop.load(Ordering::SeqCst) {
                        shared.unsent.fetch_add(calls, Ordering::Relaxed);
                        continue;
                    }
                    shared.in_flight.fetch_add(calls, Ordering::SeqCst);
                    let settled = Settle {
                        client: &client,
                        target: &target,
                        journal: journal.as_deref(),
                        dead_letters: &dead_letters,
                        shared: &shared,
                        stop: &stop,
                    };
                    settled.deliver(batch);
                    shared.in_flight.fetch_sub(calls, Ordering::SeqCst);
                })
            })
            .collect();
        Outbox {
            batches: Some(tx),
            workers,
            journal,
            journal_path: options.journal,
            dead_letters: options.dead_letters,
            batcher: Batcher::default(),
            pending: Vec::with_capacity(CLAIM_CHUNK),
            shared,
            stop: options.stop,
            claims: Report::default(),
        }
    }

    /// Whether the run has stopped (a stop, or from outside): push no more.
    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// Adds a call; it is claimed in the journal and batched. Blocks while
    /// every worker is busy, so input is read only as fast as Segment takes
    /// it. Fails when the journal cannot be written.
    pub fn push(&mut self, call: ReadyCall) -> Result<(), String> {
        self.pending.push(call);
        if self.pending.len() >= CLAIM_CHUNK {
            if let Err(message) = self.flush() {
                fail(&self.shared, &self.stop, "storage", message.clone());
                return Err(message);
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), String> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let claims = match &self.journal {
            Some(journal) => journal
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .claim(&self.pending)
                .map_err(|err| format!("the journal cannot be written: {err}"))?,
            None => vec![Claim::Send; self.pending.len()],
        };
        for (call, claim) in self.pending.drain(..).zip(claims) {
            match claim {
                Claim::Send => {
                    if let Some(full) = self.batcher.push(call) {
                        if let Some(batches) = &self.batches {
                            let _ = batches.send(full);
                        }
                    }
                }
                Claim::AlreadySent => self.claims.already_sent += 1,
                Claim::AlreadyDeadLettered => self.claims.already_dead += 1,
                Claim::Duplicate => self.claims.duplicates += 1,
            }
        }
        Ok(())
    }

    /// Sends what is left and waits for the workers; once stopped, waits
    /// for requests in flight at most `STOP_GRACE`.
    pub fn finish(mut self) -> Report {
        let flushed = if self.stopped() { Ok(()) } else { self.flush() };
        if let Err(message) = flushed {
            fail(&self.shared, &self.stop, "storage", message);
        }
        let left = self.pending.len()
            + self.batcher.take().map_or(0, |last| {
                let calls = last.len();
                match &self.batches {
                    Some(batches) if !self.stopped() => {
                        let _ = batches.send(last);
                        0
                    }
                    _ => calls,
                }
            });
        self.shared.unsent.fetch_add(left as u64, Ordering::Relaxed);
        drop(self.batches.take());
        let mut deadline = None;
        while self.workers.iter().any(|w| !w.is_finished()) {
            if self.stopped() {
                let at = *deadline.get_or_insert_with(|| Instant::now() + STOP_GRACE);
                if Instant::now() >= at {
                    // Requests still in flight: their calls stay claimable.
                    let abandoned = self.shared.in_flight.load(Ordering::SeqCst);
                    self.shared.unsent.fetch_add(abandoned, Ordering::Relaxed);
                    break;
                }
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let load = |n: &AtomicU64| n.load(Ordering::Relaxed);
        let shared = &self.shared;
        Report {
            sent: load(&shared.sent),
            dead_lettered: load(&shared.dead_lettered),
            unsent: load(&shared.unsent),
            split_too_large: load(&shared.split_too_large),
            requests: load(&shared.requests),
            stopped: shared
                .failure
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clone(),
            journal: self.journal_path.clone(),
            dead_letters: self.dead_letters.clone(),
            ..self.claims
        }
    }
}

fn fail(shared: &Shared, stop: &AtomicBool, name: &'static str, message: String) {
    shared
        .failure
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get_or_insert((name, message));
    stop.store(true, Ordering::SeqCst);
}

/// One worker's view of where fates are recorded.
struct Settle<'a> {
    client: &'a Client,
    target: &'a Target,
    journal: Option<&'a Mutex<Box<dyn Ledger>>>,
    dead_letters: &'a Mutex<DeadLetters>,
    shared: &'a Shared,
    stop: &'a AtomicBool,
}

impl Settle<'_> {
    /// Delivers one batch and records what became of every call in it.
    fn deliver(&self, batch: Vec<ReadyCall>) {
        let shared = self.shared;
        let delivered = segment::deliver(self.client, self.target, batch, self.stop);
        shared
            .requests
            .fetch_add(delivered.requests, Ordering::Relaxed);
        shared
            .split_too_large
            .fetch_add(delivered.split_too_large, Ordering::Relaxed);
        let journal_failed = |err: rusqlite::Error| {
            fail(
                shared,
                self.stop,
                "storage",
                format!("the journal cannot be written: {err}"),
            )
        };
        if !delivered.accepted.is_empty() {
            if let Some(journal) = self.journal {
                let mut journal = journal.lock().unwrap_or_else(|e| e.into_inner());
                let ids: Vec<&str> = delivered
                    .accepted
                    .iter()
                    .map(|c| c.message_id.as_str())
                    .collect();
                if let Err(err) = journal.mark_sent(&ids) {
                    journal_failed(err);
                }
            }
            shared
                .sent
                .fetch_add(delivered.accepted.len() as u64, Ordering::Relaxed);
        }
        for (call, status, answer) in &delivered.refused {
            let mut file = self.dead_letters.lock().unwrap_or_else(|e| e.into_inner());
            if let Err(err) = file.write(&self.target.name, *status, answer, call) {
                // Not recorded anywhere: the call stays claimable.
                fail(
                    shared,
                    self.stop,
                    "storage",
                    format!(
                        "cannot write the dead letter {} ({err}); the call Segment refused stays unsent",
                        file.path().display()
                    ),
                );
                shared.unsent.fetch_add(1, Ordering::Relaxed);
                continue;
            }
            shared.dead_lettered.fetch_add(1, Ordering::Relaxed);
            if let Some(journal) = self.journal {
                let mut journal = journal.lock().unwrap_or_else(|e| e.into_inner());
                if let Err(err) = journal.mark_dead_lettered(&[call.message_id.as_str()]) {
                    journal_failed(err);
                }
            }
        }
        shared
            .unsent
            .fetch_add(delivered.unsent.len() as u64, Ordering::Relaxed);
        if let Some((stop, message)) = delivered.stop {
            if stop != crate::library::delivery::Stop::Interrupted {
                fail(shared, self.stop, stop.name(), message);
            }
        }
    }
}
