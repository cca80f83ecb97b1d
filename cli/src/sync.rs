//! `stigg-segment sync`: every customer in Stigg's REST API, as the
//! identify and group calls that describe it now (the core's rule), sent
//! to Segment through the outbox (`outbox.rs`), as `send` sends: the same
//! batches, rate limit, delivery policy, dead letters, Ctrl-C and exit
//! codes.
//!
//! Memory stays flat however many customers there are: the plans (a
//! catalogue, not the customer base) are held by id; the subscriptions are
//! paged into a temporary SQLite file, by customer; then the customers are
//! paged, each joined to its subscriptions there, and its calls go out
//! while the next page is read.
//!
//! What Segment accepted is kept per customer and call type (the state
//! file, `--journal`, locked for the run): a call goes out when its
//! messageId, which is derived from what it says, differs from the last
//! one Segment accepted for that customer and type. So a rerun sends
//! nothing when nothing changed, a plan change sends that customer's calls
//! only, a change undone later is sent again, and a run that stopped
//! resends only what Segment did not accept.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rusqlite::{params, Connection, OptionalExtension};

use crate::library::{self, Plans, Transformed};
use crate::library::{ReadyCall, Settings};
use crate::outbox::{Ledger, Outbox, OutboxOptions, Report};
use crate::segment::{Client, Target};
use crate::send::{watch_signals, INTERRUPTED};
use crate::stigg_api::{StiggApi, Stop};
use crate::store::{self, Claim, OpenError};

pub struct SyncOptions {
    pub api: StiggApi,
    pub settings: Settings,
    /// None for a dry run.
    pub target: Option<(Target, Client)>,
    /// None: no state (every run sends every customer's calls).
    pub state: Option<PathBuf>,
    pub dead_letters: PathBuf,
    pub concurrency: usize,
    pub progress: bool,
}

#[derive(Default)]
struct Counts {
    customers: u64,
    subscriptions: u64,
    plans: usize,
    calls: u64,
    skipped: BTreeMap<&'static str, (u64, String)>,
    rejected: BTreeMap<&'static str, u64>,
}

/// Runs `sync`. Exit codes as `send`'s: 0 every call accepted (or
/// unchanged); 2 a customer rejected, a call dead-lettered, or the run
/// stopped (Stigg's side or Segment's) with calls unsent, which a rerun
/// sends; 130 a signal stopped it; 1 (as `Err`) it could not start.
pub fn run(options: SyncOptions) -> Result<i32, String> {
    let started = Instant::now();
    let stop = Arc::new(AtomicBool::new(false));
    let signalled = Arc::new(AtomicBool::new(false));
    let mut outbox = match options.target {
        None => None,
        Some((target, client)) => {
            let ledger: Option<Box<dyn Ledger>> = match &options.state {
                None => None,
                Some(path) => Some(Box::new(State::open(path)?)),
            };
            let outbox = Outbox::with_ledger(
                OutboxOptions {
                    target,
                    client,
                    journal: options.state.clone(),
                    dead_letters: options.dead_letters.clone(),
                    concurrency: options.concurrency,
                    stop: stop.clone(),
                },
                ledger,
            );
            watch_signals(&stop, &signalled)?;
            Some(outbox)
        }
    };
    let mut spill = Spill::open().map_err(|err| format!("cannot open a temporary file: {err}"))?;
    let progress = progress_bar(options.progress);
    // Delivery lines are written above the bar.
    crate::log::set_progress(Some(progress.clone()));
    let api = &options.api;
    let mut counts = Counts::default();
    let mut dry_out = io::BufWriter::new(io::stdout().lock());

    // The plans, then the subscriptions, then the customers.
    let mut plans = Plans::default();
    let mut read = api.each_page(library::PLANS_PATH, &stop, |page| {
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
    counts.plans = plans.len();
    if read.is_ok() {
        progress.set_message(format!("{} plans; reading subscriptions", plans.len()));
        read = api.each_page(library::SUBSCRIPTIONS_PATH, &stop, |page| {
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
    if read.is_ok() {
        read = api.each_page(library::CUSTOMERS_PATH, &stop, |page| {
            for record in page.records {
                if stop.load(Ordering::SeqCst) {
                    return Err(Stop::Interrupted);
                }
                counts.customers += 1;
                let subscriptions = match record.customer_id() {
                    Some(id) => spill.of(id).map_err(Stop::Failed)?,
                    None => Vec::new(),
                };
                match library::sync_customer(record, &subscriptions, &plans, &options.settings) {
                    Transformed::Calls(calls) => {
                        counts.calls += calls.len() as u64;
                        for call in calls {
                            match &mut outbox {
                                // Blocks while every worker is busy: Stigg
                                // is read only as fast as Segment takes
                                // the calls. A failure is in the report.
                                Some(outbox) => outbox.push(call).map_err(|_| Stop::Interrupted)?,
                                None => dry_out
                                    .write_all(call.json.as_bytes())
                                    .and_then(|()| dry_out.write_all(b"\n"))
                                    .map_err(|err| {
                                        Stop::Failed(format!("writing the calls: {err}"))
                                    })?,
                            }
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
            progress.set_message(format!(
                "{} plans, {} subscriptions, {} customers ({} pages)",
                plans.len(),
                counts.subscriptions,
                counts.customers,
                api.pages.load(Ordering::Relaxed),
            ));
            progress.tick();
            Ok(())
        });
    }
    if read.is_ok() {
        read = dry_out
            .flush()
            .map_err(|err| Stop::Failed(format!("writing the calls: {err}")));
    }
    drop(dry_out);
    // Calls made before a failure on Stigg's side are still sent: each
    // says what is true of its customer.
    let report = outbox.map(Outbox::finish);
    crate::log::set_progress(None);
    progress.finish_and_clear();
    let unread = read.is_err();
    let stigg_failure = match read {
        Err(Stop::Failed(message)) => Some(message),
        Ok(()) | Err(Stop::Interrupted) => None,
    };
    let interrupted = signalled.load(Ordering::SeqCst);
    let summary = Summary {
        counts: &counts,
        report: report.as_ref(),
        api,
        interrupted,
        stopped: stigg_failure.is_some(),
        seconds: started.elapsed().as_secs_f64(),
    };
    eprint!("{summary}");
    let rerun = match report.as_ref().and_then(|report| report.journal.as_ref()) {
        Some(state) => format!(
            "run the same command again to send them (the state file {} keeps what Segment accepted)",
            state.display()
        ),
        None => "without a state file, a rerun sends every customer's calls again".to_owned(),
    };
    let unsent = report.as_ref().map_or(0, |report| report.unsent);
    if interrupted {
        eprintln!(
            "stigg-segment sync: interrupted: {unsent} calls made were not sent{}; {rerun}",
            if unread {
                ", and Stigg's customers were not all read"
            } else {
                ""
            }
        );
        return Ok(INTERRUPTED);
    }
    if let Some(message) = stigg_failure {
        eprintln!("stigg-segment sync: stopped: {message}");
        return Ok(2);
    }
    let Some(report) = report else {
        return Ok(if counts.rejected.is_empty() { 0 } else { 2 });
    };
    if let Some((name, message)) = &report.stopped {
        eprintln!("stigg-segment sync: stopped ({name}): {message}");
        if report.unsent > 0 || unread {
            eprintln!(
                "stigg-segment sync: {} calls not sent, none dead-lettered for it{}; fix the cause, then {rerun}",
                report.unsent,
                if unread {
                    ", and Stigg's customers were not all read"
                } else {
                    ""
                }
            );
        }
        return Ok(2);
    }
    let clean = counts.rejected.is_empty() && report.dead_lettered == 0;
    Ok(if clean { 0 } else { 2 })
}

/// The state file: per customer and call type (`identify:<id>`,
/// `group:<id>`), the last call claimed and what became of it (the run
/// files' statuses: `store::CLAIMED`, `SENT`, `DEAD`). One run at a time:
/// its lock is held until the run ends (as `send`'s journal).
struct State {
    // Dropped before `_lock`: see `store::lock`.
    conn: Connection,
    run: i64,
    _lock: File,
}

impl State {
    fn open(path: &Path) -> Result<State, String> {
        let (conn, lock) = store::open_run_file(path).map_err(|err| match err {
            OpenError::InUse => format!(
                "the state file {} is in use by another stigg-segment run; wait for it to finish, or give this run a state file of its own (--journal)",
                path.display()
            ),
            err => format!("cannot open the state file {}: {err}", path.display()),
        })?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS sync_state (
                 subject TEXT PRIMARY KEY,
                 message_id TEXT NOT NULL,
                 status INTEGER NOT NULL,
                 run INTEGER NOT NULL,
                 at INTEGER NOT NULL
             ) WITHOUT ROWID;
             CREATE INDEX IF NOT EXISTS sync_state_by_message_id ON sync_state (message_id);",
        )
        .map_err(|err| format!("cannot open the state file {}: {err}", path.display()))?;
        Ok(State {
            conn,
            run: store::run_id(),
            _lock: lock,
        })
    }

    fn mark(&mut self, message_ids: &[&str], status: i64) -> rusqlite::Result<()> {
        // A subject whose claimed call changed meanwhile (the customer came
        // twice, changed in between) keeps its newer claim.
        let update =
            "UPDATE sync_state SET status = ?2, at = ?3 WHERE message_id = ?1 AND status = 0";
        store::mark(&mut self.conn, update, message_ids.iter().copied(), status)
    }
}

/// `identify:<userId>` or `group:<userId>`, as the core built the call
/// (its messageId for a call without them: then the state is by call).
fn subject(call: &ReadyCall) -> String {
    match &call.type_and_user {
        Some((kind, user)) => format!("{kind}:{user}"),
        None => call.message_id.clone(),
    }
}

impl Ledger for State {
    /// Compares each call with the last one for its customer and type; a
    /// call that differs becomes the one claimed for it.
    fn claim(&mut self, calls: &[ReadyCall]) -> rusqlite::Result<Vec<Claim>> {
        let tx = self.conn.transaction()?;
        let mut claims = Vec::with_capacity(calls.len());
        {
            let mut get = tx.prepare_cached(
                "SELECT message_id, status, run FROM sync_state WHERE subject = ?1",
            )?;
            let mut put = tx.prepare_cached(
                "INSERT INTO sync_state (subject, message_id, status, run, at) VALUES (?1, ?2, 0, ?3, ?4)
                 ON CONFLICT (subject) DO UPDATE SET message_id = excluded.message_id,
                     status = 0, run = excluded.run, at = excluded.at",
            )?;
            let at = store::now_millis() as i64;
            for call in calls {
                let subject = subject(call);
                let last: Option<(String, i64, i64)> = get
                    .query_row([&subject], |row| {
                        Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                    })
                    .optional()?;
                let claim = match last {
                    Some((id, status, run)) if id == call.message_id => match status {
                        store::SENT => Claim::AlreadySent,
                        store::DEAD => Claim::AlreadyDeadLettered,
                        // Claimed by a run that ended without an answer:
                        // the lock says it is over.
                        store::CLAIMED if run != self.run => Claim::Send,
                        _ => Claim::Duplicate,
                    },
                    _ => Claim::Send,
                };
                if claim == Claim::Send {
                    put.execute(params![subject, call.message_id, self.run, at])?;
                }
                claims.push(claim);
            }
        }
        tx.commit()?;
        Ok(claims)
    }

    fn mark_sent(&mut self, message_ids: &[&str]) -> rusqlite::Result<()> {
        self.mark(message_ids, store::SENT)
    }

    fn mark_dead_lettered(&mut self, message_ids: &[&str]) -> rusqlite::Result<()> {
        self.mark(message_ids, store::DEAD)
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
    /// None for a dry run.
    report: Option<&'a Report>,
    api: &'a StiggApi,
    interrupted: bool,
    /// Stopped on Stigg's side.
    stopped: bool,
    seconds: f64,
}

impl std::fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = self.counts;
        let rate = c.customers as f64 / self.seconds.max(1e-9);
        let state = match self.report {
            _ if self.interrupted => "interrupted",
            _ if self.stopped => "stopped",
            None => "dry run",
            Some(report) if report.stopped.is_some() => "stopped",
            Some(_) => "done",
        };
        writeln!(
            f,
            "stigg-segment sync: {state} in {:.2} s ({rate:.0} customers/s)",
            self.seconds
        )?;
        writeln!(
            f,
            "  pages         {:>9} read from Stigg ({} requests retried: 429, 5xx, network)",
            self.api.pages.load(Ordering::Relaxed),
            self.api.retries.load(Ordering::Relaxed)
        )?;
        writeln!(
            f,
            "  read          {:>9} customers, {} subscriptions, {} plans",
            c.customers, c.subscriptions, c.plans
        )?;
        writeln!(f, "  calls         {:>9} made from them", c.calls)?;
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
                "  unchanged     {:>9} calls (the state file: Segment accepted the same call for that customer before)",
                report.already_sent
            )?;
            if report.already_dead > 0 {
                writeln!(
                    f,
                    "  already dead  {:>9} calls (dead-lettered by an earlier run, unchanged since)",
                    report.already_dead
                )?;
            }
        }
        if report.duplicates > 0 {
            writeln!(
                f,
                "  duplicates    {:>9} calls (a customer Stigg listed twice, unchanged)",
                report.duplicates
            )?;
        }
        self.skipped_and_rejected(f)?;
        report.write_tail(
            f,
            if report.journal.is_some() {
                "the run stopped; not dead-lettered: rerun with the same state file to send them"
            } else {
                "the run stopped; not dead-lettered: a rerun sends them"
            },
        )
    }
}

impl Summary<'_> {
    fn skipped_and_rejected(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = self.counts;
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
        for (kind, n) in &c.rejected {
            writeln!(f, "    {kind:<20}{n:>8}")?;
        }
        Ok(())
    }
}
