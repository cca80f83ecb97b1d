//! `stigg-segment sync`: every customer in Stigg's REST API, as the
//! identify and group calls that describe it now (the core's rule), sent
//! to Segment the way `send` sends: the same batches, rate limit, retries,
//! dead letters and exit codes.
//!
//! Memory stays flat however many customers there are: the plans (a
//! catalogue, not the customer base) are held by id; the subscriptions are
//! paged into a temporary SQLite file, by customer; then the customers are
//! paged, each joined to its subscriptions there, and its calls go out
//! while the next page is read.
//!
//! What was sent is kept per customer and call type (the state file,
//! `--journal`): a call goes out when its messageId, which is derived from
//! what it says, differs from the last one Segment accepted for that
//! customer and type. So a rerun sends nothing when nothing changed, a plan
//! change sends that customer's calls only, a change undone later is sent
//! again, and a run that stopped resends only what was not accepted.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rusqlite::{params, Connection, OptionalExtension};

use crate::library::{self, Plans, ReadyCall, Settings, Transformed};
use crate::segment::{self, Batcher, Client, Failure, Target};
use crate::send::Shared;
use crate::stigg_api::{StiggApi, Stop};
use crate::store::DeadLetters;

pub struct SyncOptions {
    pub api: StiggApi,
    pub settings: Settings,
    /// None for a dry run.
    pub target: Option<Target>,
    pub client: Option<Client>,
    pub state: Option<PathBuf>,
    pub dead_letters: PathBuf,
    pub concurrency: usize,
    pub progress: bool,
}

/// Calls are checked against the state in chunks, one transaction each.
const CLAIM_CHUNK: usize = 1000;

#[derive(Default)]
struct Counts {
    customers: u64,
    subscriptions: u64,
    calls: u64,
    unchanged: u64,
    already_dead: u64,
    skipped: BTreeMap<&'static str, (u64, String)>,
    rejected: BTreeMap<&'static str, u64>,
}

/// A call with the customer and type it describes.
struct Pending {
    subject: String,
    call: ReadyCall,
}

/// Runs `sync`. Exit codes as `send`'s: 0 every call accepted (or
/// unchanged), 2 a customer rejected, a call dead-lettered, or the run
/// stopped (Stigg's or Segment's side) with calls unsent, which a rerun
/// sends; 1 (as `Err`) it could not start.
pub fn run(options: SyncOptions) -> Result<i32, String> {
    let started = Instant::now();
    let dry_run = options.target.is_none();
    let state = match (&options.state, &options.target) {
        (Some(path), Some(_)) => {
            Some(Arc::new(Mutex::new(State::open(path).map_err(|err| {
                format!("cannot open the state file {}: {err}", path.display())
            })?)))
        }
        _ => None,
    };
    let mut spill = Spill::open().map_err(|err| format!("cannot open a temporary file: {err}"))?;
    let dead_letters = Arc::new(Mutex::new(DeadLetters::new(options.dead_letters.clone())));
    let shared = Arc::new(Shared::default());
    let progress = progress_bar(options.progress);
    let api = &options.api;
    let mut counts = Counts::default();

    // The plans, then the subscriptions, then the customers.
    let mut plans = Plans::default();
    let mut result = api.each_page(library::PLANS_PATH, &shared.stop, |page| {
        for record in &page.records {
            plans.add(record).map_err(|err| {
                Stop::Failed(format!(
                    "GET {}: a plan does not parse: {err}",
                    library::PLANS_PATH
                ))
            })?;
        }
        Ok(())
    });
    if result.is_ok() {
        progress.set_message(format!("{} plans; reading subscriptions", plans.len()));
        result = api.each_page(library::SUBSCRIPTIONS_PATH, &shared.stop, |page| {
            counts.subscriptions += page.records.len() as u64;
            spill.add(&page.records).map_err(Stop::Failed)?;
            progress.set_message(format!(
                "{} plans, {} subscriptions",
                plans.len(),
                counts.subscriptions
            ));
            Ok(())
        });
    }

    let mut dry_out = io::BufWriter::new(io::stdout().lock());
    let (batches, workers) = match (&options.target, options.client) {
        (Some(_), Some(client)) if result.is_ok() => {
            let (tx, rx) = sync_channel::<Vec<Pending>>(options.concurrency);
            let rx = Arc::new(Mutex::new(rx));
            let client = Arc::new(client);
            let target = Arc::new(options.target.expect("matched above"));
            let workers: Vec<_> = (0..options.concurrency.max(1))
                .map(|_| {
                    let (rx, client, target) = (rx.clone(), client.clone(), target.clone());
                    let (state, dead_letters, shared) =
                        (state.clone(), dead_letters.clone(), shared.clone());
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
                            state.as_deref(),
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

    let mut batcher: Vec<Pending> = Vec::new();
    let mut batch_bytes = Batcher::default();
    let mut pending: Vec<Pending> = Vec::with_capacity(CLAIM_CHUNK);
    let mut flush = |pending: &mut Vec<Pending>, counts: &mut Counts| -> Result<(), Stop> {
        let Some(batches) = &batches else {
            for entry in pending.drain(..) {
                dry_out
                    .write_all(entry.call.json.as_bytes())
                    .and_then(|()| dry_out.write_all(b"\n"))
                    .map_err(|err| Stop::Failed(format!("writing the calls: {err}")))?;
            }
            return Ok(());
        };
        let claims = match &state {
            Some(state) => state
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .claim(pending)
                .map_err(|err| Stop::Failed(format!("state file: {err}")))?,
            None => vec![Claim::Send; pending.len()],
        };
        for (entry, claim) in pending.drain(..).zip(claims) {
            match claim {
                Claim::Send => {
                    // The Batcher measures (the calls it hands back are
                    // exactly those held before this one); the batch sent
                    // keeps each call's subject.
                    if batch_bytes.push(entry.call.clone()).is_some() {
                        // Blocks while every worker is busy: Stigg is read
                        // only as fast as Segment takes the calls.
                        let _ = batches.send(std::mem::take(&mut batcher));
                    }
                    batcher.push(entry);
                }
                Claim::Unchanged => counts.unchanged += 1,
                Claim::AlreadyDeadLettered => counts.already_dead += 1,
            }
        }
        Ok(())
    };

    if result.is_ok() {
        result = api.each_page(library::CUSTOMERS_PATH, &shared.stop, |page| {
            if shared.stop.load(Ordering::SeqCst) {
                return Err(Stop::Interrupted);
            }
            for record in page.records {
                counts.customers += 1;
                let subscriptions = match record.customer_id() {
                    Some(id) => spill.of(id).map_err(Stop::Failed)?,
                    None => Vec::new(),
                };
                let subject = record.customer_id().map(str::to_owned);
                match library::sync_customer(record, &subscriptions, &plans, &options.settings) {
                    Transformed::Calls(calls) => {
                        counts.calls += calls.len() as u64;
                        let subject = subject.unwrap_or_default();
                        for call in calls {
                            let kind = call_type(&call.json);
                            pending.push(Pending {
                                subject: format!("{kind}:{subject}"),
                                call,
                            });
                        }
                    }
                    Transformed::Skipped(code, reason) => {
                        counts.skipped.entry(code).or_insert((0, reason)).0 += 1;
                    }
                    Transformed::Rejected(kind, message) => {
                        *counts.rejected.entry(kind).or_default() += 1;
                        progress.suspend(|| {
                            eprintln!(
                                "rejected {} record {}: {kind}: {message}",
                                library::CUSTOMERS_PATH,
                                counts.customers
                            )
                        });
                    }
                }
            }
            if pending.len() >= CLAIM_CHUNK {
                flush(&mut pending, &mut counts)?;
            }
            progress.set_message(format!(
                "{} plans, {} subscriptions, {} customers ({} pages), {} calls sent",
                plans.len(),
                counts.subscriptions,
                counts.customers,
                api.pages.load(Ordering::Relaxed),
                shared.sent.load(Ordering::Relaxed)
            ));
            progress.tick();
            Ok(())
        });
    }
    if result.is_ok() {
        result = flush(&mut pending, &mut counts);
    }
    if let Some(batches) = &batches {
        if !batcher.is_empty() {
            let _ = batches.send(std::mem::take(&mut batcher));
        }
    }
    let _ = dry_out.flush();
    drop(batches);
    for worker in workers {
        let _ = worker.join();
    }
    progress.finish_and_clear();
    // Calls made but never claimed or batched because the run stopped.
    if !dry_run {
        shared
            .unsent
            .fetch_add((pending.len() + batcher.len()) as u64, Ordering::Relaxed);
    }
    let stigg_failure = match result {
        Ok(()) => None,
        Err(Stop::Failed(message)) => Some(message),
        Err(Stop::Interrupted) => None,
    };
    let segment_failure = shared
        .failure
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();

    let summary = Summary {
        counts: &counts,
        shared: &shared,
        api,
        plans: plans.len(),
        dry_run,
        state: state.is_some(),
        dead_letters: options.dead_letters.display().to_string(),
        stopped: stigg_failure.is_some() || segment_failure.is_some(),
        seconds: started.elapsed().as_secs_f64(),
    };
    eprint!("{summary}");
    if let Some(failure) = stigg_failure.or(segment_failure) {
        eprintln!("stigg-segment sync: stopped: {failure}");
        return Ok(2);
    }
    let clean = counts.rejected.is_empty() && shared.dead_lettered.load(Ordering::Relaxed) == 0;
    Ok(if clean { 0 } else { 2 })
}

/// `"identify"` or `"group"`: the call's own first member.
fn call_type(json: &str) -> &'static str {
    if json.starts_with("{\"type\":\"group\"") {
        "group"
    } else {
        "identify"
    }
}

/// Delivers one batch and records what became of every call in it.
fn settle(
    client: &Client,
    target: &Target,
    batch: Vec<Pending>,
    state: Option<&Mutex<State>>,
    dead_letters: &Mutex<DeadLetters>,
    shared: &Shared,
) {
    let subjects: std::collections::HashMap<String, String> = batch
        .iter()
        .map(|entry| (entry.call.message_id.clone(), entry.subject.clone()))
        .collect();
    let calls = batch.into_iter().map(|entry| entry.call).collect();
    let delivered = segment::deliver(client, target, calls, &shared.stop);
    let subject = |call: &ReadyCall| subjects.get(&call.message_id).cloned().unwrap_or_default();
    let record = |calls: Vec<(String, String)>, status: i64| {
        if let Some(state) = state {
            let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
            if let Err(err) = state.mark(&calls, status) {
                shared.fail(format!("state file: {err}"));
            }
        }
    };
    if !delivered.accepted.is_empty() {
        let accepted = delivered
            .accepted
            .iter()
            .map(|call| (subject(call), call.message_id.clone()))
            .collect();
        record(accepted, SENT);
        shared
            .sent
            .fetch_add(delivered.accepted.len() as u64, Ordering::Relaxed);
    }
    for (call, status, answer) in &delivered.refused {
        let mut file = dead_letters.lock().unwrap_or_else(|e| e.into_inner());
        if let Err(err) = file.write(&target.name, *status, answer, call) {
            shared.fail(format!(
                "cannot write the dead letter {}: {err}",
                file.path().display()
            ));
            shared.unsent.fetch_add(1, Ordering::Relaxed);
            continue;
        }
        drop(file);
        shared.dead_lettered.fetch_add(1, Ordering::Relaxed);
        record(vec![(subject(call), call.message_id.clone())], DEAD);
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

/// How a call stands against what was last sent for its customer and type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Claim {
    Send,
    /// Segment accepted this very call (same messageId) last time.
    Unchanged,
    /// Segment refused this very call; it is in the dead letters.
    AlreadyDeadLettered,
}

const CLAIMED: i64 = 0;
const SENT: i64 = 1;
const DEAD: i64 = 2;

/// The last call sent per customer and call type (`identify:<id>`,
/// `group:<id>`), with what became of it.
struct State {
    conn: Connection,
}

impl State {
    fn open(path: &Path) -> rusqlite::Result<State> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS sync_state (
                 subject TEXT PRIMARY KEY,
                 message_id TEXT NOT NULL,
                 status INTEGER NOT NULL,
                 at INTEGER NOT NULL
             ) WITHOUT ROWID;",
        )?;
        Ok(State { conn })
    }

    /// Compares each call with the last one for its subject, in one
    /// transaction; a call that differs becomes the subject's claimed one.
    fn claim(&mut self, pending: &[Pending]) -> rusqlite::Result<Vec<Claim>> {
        let tx = self.conn.transaction()?;
        let mut claims = Vec::with_capacity(pending.len());
        {
            let mut get =
                tx.prepare_cached("SELECT message_id, status FROM sync_state WHERE subject = ?1")?;
            let mut put = tx.prepare_cached(
                "INSERT INTO sync_state (subject, message_id, status, at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (subject) DO UPDATE SET message_id = excluded.message_id,
                     status = excluded.status, at = excluded.at",
            )?;
            let at = crate::store::now_millis() as i64;
            for entry in pending {
                let last: Option<(String, i64)> = get
                    .query_row([&entry.subject], |row| Ok((row.get(0)?, row.get(1)?)))
                    .optional()?;
                let claim = match last {
                    Some((id, SENT)) if id == entry.call.message_id => Claim::Unchanged,
                    Some((id, DEAD)) if id == entry.call.message_id => Claim::AlreadyDeadLettered,
                    _ => Claim::Send,
                };
                if claim == Claim::Send {
                    put.execute(params![entry.subject, entry.call.message_id, CLAIMED, at])?;
                }
                claims.push(claim);
            }
        }
        tx.commit()?;
        Ok(claims)
    }

    /// Records what Segment made of calls: `(subject, messageId)`. A
    /// subject whose claimed call changed meanwhile is left as it is.
    fn mark(&mut self, calls: &[(String, String)], status: i64) -> rusqlite::Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut update = tx.prepare_cached(
                "UPDATE sync_state SET status = ?3, at = ?4 WHERE subject = ?1 AND message_id = ?2",
            )?;
            let at = crate::store::now_millis() as i64;
            for (subject, id) in calls {
                update.execute(params![subject, id, status, at])?;
            }
        }
        tx.commit()
    }
}

/// The subscriptions by customer, on disk until their customer's page
/// comes: SQLite's private temporary database (an empty file name), which
/// SQLite deletes when the run ends.
struct Spill {
    conn: Connection,
}

impl Spill {
    fn open() -> rusqlite::Result<Spill> {
        let conn = Connection::open("")?;
        // A small cache: what does not fit goes to the temporary file.
        conn.pragma_update(None, "cache_size", -4096)?;
        conn.execute_batch(
            "CREATE TABLE subscriptions (customer_id TEXT NOT NULL, record TEXT NOT NULL);
             CREATE INDEX by_customer ON subscriptions (customer_id);",
        )?;
        Ok(Spill { conn })
    }

    fn add(&mut self, records: &[library::Record]) -> Result<(), String> {
        let tx = self.conn.transaction().map_err(|err| err.to_string())?;
        {
            let mut insert = tx
                .prepare_cached("INSERT INTO subscriptions (customer_id, record) VALUES (?1, ?2)")
                .map_err(|err| err.to_string())?;
            for record in records {
                let customer = record.subscription_customer_id().map_err(|err| {
                    format!(
                        "GET {}: a subscription does not parse: {err}",
                        library::SUBSCRIPTIONS_PATH
                    )
                })?;
                insert
                    .execute(params![customer, record.to_text()])
                    .map_err(|err| err.to_string())?;
            }
        }
        tx.commit().map_err(|err| err.to_string())
    }

    fn of(&self, customer_id: &str) -> Result<Vec<String>, String> {
        let mut select = self
            .conn
            .prepare_cached("SELECT record FROM subscriptions WHERE customer_id = ?1")
            .map_err(|err| err.to_string())?;
        let rows = select
            .query_map([customer_id], |row| row.get(0))
            .map_err(|err| err.to_string())?;
        rows.collect::<Result<_, _>>()
            .map_err(|err| err.to_string())
    }
}

fn progress_bar(wanted: bool) -> ProgressBar {
    if !wanted || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    ProgressBar::new_spinner().with_style(
        ProgressStyle::with_template("{spinner} {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    )
}

struct Summary<'a> {
    counts: &'a Counts,
    shared: &'a Shared,
    api: &'a StiggApi,
    plans: usize,
    dry_run: bool,
    state: bool,
    dead_letters: String,
    stopped: bool,
    seconds: f64,
}

impl std::fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = self.counts;
        let load = |n: &AtomicU64| n.load(Ordering::Relaxed);
        let rate = c.customers as f64 / self.seconds.max(1e-9);
        writeln!(
            f,
            "stigg-segment sync: {} in {:.2} s ({rate:.0} customers/s)",
            if self.dry_run {
                "dry run"
            } else if self.stopped {
                "stopped"
            } else {
                "done"
            },
            self.seconds
        )?;
        writeln!(
            f,
            "  pages         {:>9} read from Stigg ({} requests retried: 429, 5xx, network)",
            load(&self.api.pages),
            load(&self.api.retries)
        )?;
        writeln!(
            f,
            "  read          {:>9} customers, {} subscriptions, {} plans",
            c.customers, c.subscriptions, self.plans
        )?;
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
        if self.state {
            writeln!(
                f,
                "  unchanged     {:>9} calls (accepted by an earlier run, nothing new to say)",
                c.unchanged
            )?;
            if c.already_dead > 0 {
                writeln!(
                    f,
                    "  already dead  {:>9} calls (dead-lettered by an earlier run, unchanged since)",
                    c.already_dead
                )?;
            }
        }
        let skipped: u64 = c.skipped.values().map(|(n, _)| n).sum();
        writeln!(f, "  skipped       {skipped:>9} customers")?;
        for (code, (n, example)) in &c.skipped {
            writeln!(f, "    {code:<16}{n:>6}  e.g. {example}")?;
        }
        let rejected: u64 = c.rejected.values().sum();
        writeln!(
            f,
            "  rejected      {rejected:>9} customers (each listed above)"
        )?;
        let dead = load(&self.shared.dead_lettered);
        write!(f, "  dead-lettered {dead:>9} calls")?;
        if dead > 0 {
            write!(f, " (refused by Segment; in {})", self.dead_letters)?;
        }
        writeln!(f)?;
        let unsent = load(&self.shared.unsent);
        if unsent > 0 || (self.stopped && !self.dry_run) {
            writeln!(
                f,
                "  not sent      {unsent:>9} calls (the run stopped; rerun: what Segment did not accept is sent then)"
            )?;
        }
        Ok(())
    }
}
