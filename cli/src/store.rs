//! What must survive the process: the send journal, the serve queue (both
//! SQLite in WAL mode) and the dead-letter file. A journal or a queue
//! belongs to one process at a time: each is locked for as long as the
//! process runs (an advisory `flock` on the file itself, released on exit or
//! a crash by the OS).

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{params, Connection, OptionalExtension};

use crate::library::ReadyCall;

/// Takes the file's exclusive lock, creating the file if need be; `Ok(None)`
/// when another process holds it. The lock is `flock`'s, which SQLite's own
/// POSIX locks do not see; but closing any descriptor of the file drops the
/// POSIX locks this process holds on it, so the lock's descriptor must be
/// closed only after the SQLite connections (see `Journal`'s field order).
pub(crate) fn lock(path: &Path) -> io::Result<Option<File>> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(err)) => Err(err),
    }
}

/// Why a journal or a queue could not be opened.
#[derive(Debug)]
pub enum OpenError {
    /// Another process holds it.
    InUse,
    Io(io::Error),
    Sqlite(rusqlite::Error),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::InUse => f.write_str("in use by another process"),
            OpenError::Io(err) => err.fmt(f),
            OpenError::Sqlite(err) => err.fmt(f),
        }
    }
}

impl From<rusqlite::Error> for OpenError {
    fn from(err: rusqlite::Error) -> Self {
        OpenError::Sqlite(err)
    }
}

impl From<io::Error> for OpenError {
    fn from(err: io::Error) -> Self {
        OpenError::Io(err)
    }
}

fn open(path: &Path, synchronous: &str) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", synchronous)?;
    Ok(conn)
}

/// A file of one run at a time (`send`'s journal, `sync`'s state): its lock
/// taken (`InUse` while another process holds it), then opened. A process
/// kill loses nothing in WAL mode with synchronous=NORMAL; a power cut may
/// lose the last commits, whose calls are then sent again and deduplicated
/// by Segment on messageId. Keep the connection in a field declared before
/// the lock's: it must be dropped first (see `lock`).
pub(crate) fn open_run_file(path: &Path) -> Result<(Connection, File), OpenError> {
    let lock = lock(path)?.ok_or(OpenError::InUse)?;
    Ok((open(path, "NORMAL")?, lock))
}

/// An id for this run: when it started, in Unix milliseconds, and the last
/// digits of the process id (two runs started in the same millisecond).
pub(crate) fn run_id() -> i64 {
    now_millis() as i64 * 1000 + i64::from(std::process::id() % 1000)
}

/// Records that a run's calls were settled: `update` (SQL) sets the status
/// `?2` and the time `?3` of the call whose messageId is `?1`, for each id,
/// in one transaction.
pub(crate) fn mark<'a>(
    conn: &mut Connection,
    update: &str,
    ids: impl Iterator<Item = &'a str>,
    status: i64,
) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    {
        let mut update = tx.prepare_cached(update)?;
        let at = now_millis() as i64;
        for id in ids {
            update.execute(params![id, status, at])?;
        }
    }
    tx.commit()
}

pub fn now_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// How a call stands in the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// Not yet sent: this run sends it.
    Send,
    /// Accepted by Segment in an earlier run.
    AlreadySent,
    /// Dead-lettered in an earlier run.
    AlreadyDeadLettered,
    /// Already met earlier in this run's input.
    Duplicate,
}

// A call's status in a run file: claimed by a run, not yet settled (see
// `claim`); accepted by Segment; dead-lettered.
pub(crate) const CLAIMED: i64 = 0;
pub(crate) const SENT: i64 = 1;
pub(crate) const DEAD: i64 = 2;

/// `send`'s record of every call by messageId, so an interrupted run
/// continues where it stopped and a rerun sends nothing twice. One run at a
/// time: a second run on the same journal is refused while the first holds
/// it, and a run after a crash takes over the claims the crashed run left.
pub struct Journal {
    // Dropped before `_lock`: see `lock`.
    conn: Connection,
    run: i64,
    _lock: File,
}

impl Journal {
    pub fn open(path: &Path) -> Result<Journal, OpenError> {
        let (conn, lock) = open_run_file(path)?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS calls (
                 message_id TEXT PRIMARY KEY,
                 status INTEGER NOT NULL,
                 run INTEGER NOT NULL,
                 at INTEGER NOT NULL
             ) WITHOUT ROWID;",
        )?;
        Ok(Journal {
            conn,
            run: run_id(),
            _lock: lock,
        })
    }

    /// Claims calls for this run, in one transaction. A call claimed by an
    /// earlier run and never settled (it crashed, or stopped) is claimed
    /// again: the lock says that run is over.
    pub fn claim(&mut self, message_ids: &[&str]) -> rusqlite::Result<Vec<Claim>> {
        let tx = self.conn.transaction()?;
        let mut claims = Vec::with_capacity(message_ids.len());
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO calls (message_id, status, run, at) VALUES (?1, 0, ?2, ?3)
                 ON CONFLICT (message_id) DO UPDATE SET run = excluded.run
                 WHERE status = 0 AND run <> excluded.run",
            )?;
            let mut status = tx.prepare_cached("SELECT status FROM calls WHERE message_id = ?1")?;
            let at = now_millis() as i64;
            for id in message_ids {
                if insert.execute(params![id, self.run, at])? == 1 {
                    claims.push(Claim::Send);
                    continue;
                }
                let claim = match status.query_row([id], |row| row.get::<_, i64>(0))? {
                    SENT => Claim::AlreadySent,
                    DEAD => Claim::AlreadyDeadLettered,
                    _ => Claim::Duplicate,
                };
                claims.push(claim);
            }
        }
        tx.commit()?;
        Ok(claims)
    }

    pub fn mark_sent<'a>(&mut self, ids: impl Iterator<Item = &'a str>) -> rusqlite::Result<()> {
        self.mark(ids, SENT)
    }

    pub fn mark_dead_lettered<'a>(
        &mut self,
        ids: impl Iterator<Item = &'a str>,
    ) -> rusqlite::Result<()> {
        self.mark(ids, DEAD)
    }

    fn mark<'a>(
        &mut self,
        ids: impl Iterator<Item = &'a str>,
        status: i64,
    ) -> rusqlite::Result<()> {
        let update = "UPDATE calls SET status = ?2, at = ?3 WHERE message_id = ?1";
        mark(&mut self.conn, update, ids, status)
    }
}

/// `serve`'s durable queue. A webhook is acknowledged only after its calls
/// are committed here with synchronous=FULL.
pub struct Queue {
    conn: Connection,
}

/// The queue file of one `serve`, held for as long as it runs, and what it
/// found at start that an operator must know.
pub struct QueueFile {
    pub warnings: Vec<String>,
    _lock: File,
}

impl QueueFile {
    /// Takes the queue for this process and checks that it was left whole.
    /// In WAL mode, commits live in the `-wal` file beside the queue until
    /// a checkpoint copies them in: a queue moved or restored without it,
    /// after a run that did not end cleanly, has lost what was acknowledged
    /// since. A marker in the queue says whether the last run ended
    /// cleanly; it is set to "running" and checkpointed at start.
    pub fn claim(path: &Path) -> Result<QueueFile, OpenError> {
        let empty_file = std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
        let wal = wal_path(path);
        let wal_present = wal.exists();
        let lock = lock(path)?.ok_or(OpenError::InUse)?;
        let mut warnings = Vec::new();
        if empty_file {
            warnings.push(format!(
                "the queue {} is an empty file (0 bytes): if it held calls, they are lost; a new queue starts in it. The queue travels with its {} and -shm files",
                path.display(),
                wal.display()
            ));
        }
        let queue = Queue::open(path)?;
        let clean: Option<i64> = queue
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'closed_cleanly'",
                [],
                |row| row.get(0),
            )
            .optional()?;
        if clean == Some(0) && !wal_present {
            warnings.push(format!(
                "the queue {} was not closed cleanly and its write-ahead log {} is missing: calls acknowledged since its last checkpoint are lost. Copy or move the queue with its -wal and -shm files, never alone",
                path.display(),
                wal.display()
            ));
        }
        queue.mark_closed_cleanly(false)?;
        queue
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        drop(queue);
        Ok(QueueFile {
            warnings,
            _lock: lock,
        })
    }
}

/// Brings a queue written by an earlier version to [`QUEUE_SCHEMA`]. Its
/// calls stay as they were queued: those of version 0 have no recorded
/// arrival time (`received_at` NULL), and their calls carry whatever
/// timestamp they were given then.
fn migrate(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    let has_received_at = tx
        .prepare("SELECT 1 FROM pragma_table_info('queue') WHERE name = 'received_at'")?
        .exists([])?;
    if !has_received_at {
        tx.execute_batch("ALTER TABLE queue ADD COLUMN received_at INTEGER")?;
    }
    tx.pragma_update(None, "user_version", QUEUE_SCHEMA)
}

fn wal_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

/// A queued call with its row id.
pub struct Queued {
    pub id: i64,
    pub call: ReadyCall,
    /// When its webhook was acknowledged, in Unix milliseconds; `None` for
    /// a call queued by a version that did not record it.
    pub received_ms: Option<i64>,
}

/// The queue's schema, in SQLite's `user_version`: 0, the first (no
/// `received_at`); 1, each call's arrival time. (The index on (target, id)
/// is made at every open when it is missing, whatever the version.)
const QUEUE_SCHEMA: i64 = 1;

/// A target's oldest calls.
const PEEK: &str = "SELECT id, message_id, call, received_at FROM queue
     WHERE target = ?1 ORDER BY id LIMIT ?2";

impl Queue {
    pub fn open(path: &Path) -> rusqlite::Result<Queue> {
        let mut conn = open(path, "FULL")?;
        // One transaction that takes the write lock first, so two
        // connections opening an old queue at once migrate it once.
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS queue (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 target TEXT NOT NULL,
                 message_id TEXT NOT NULL,
                 call TEXT NOT NULL,
                 received_at INTEGER,
                 UNIQUE (target, message_id)
             );
             CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
             -- What a sender reads by (`peek`): without it, each read of a
             -- backlog sorts the whole of its target's rows.
             CREATE INDEX IF NOT EXISTS queue_target_id ON queue (target, id);",
        )?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version < QUEUE_SCHEMA {
            migrate(&tx)?;
        }
        tx.commit()?;
        Ok(Queue { conn })
    }

    /// Records whether the queue is being closed cleanly (true, at the end
    /// of a run) or in use (false, at its start), as `QueueFile::claim`
    /// reads it.
    pub fn mark_closed_cleanly(&self, clean: bool) -> rusqlite::Result<()> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('closed_cleanly', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [i64::from(clean)],
        )?;
        if clean {
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(())
    }

    /// Commits every group of calls in one transaction (group commit: one
    /// fsync for all the webhooks that arrived meanwhile), each group with
    /// when its webhook was acknowledged (Unix milliseconds), each call with
    /// the index of its target in `targets`. Returns how many rows were new
    /// per group and target (indexed as `targets`): a Stigg retry of a queued
    /// webhook adds none.
    pub fn enqueue(
        &mut self,
        targets: &[String],
        groups: &[(i64, Vec<(usize, ReadyCall)>)],
    ) -> rusqlite::Result<Vec<Vec<usize>>> {
        let tx = self.conn.transaction()?;
        let mut added = Vec::with_capacity(groups.len());
        {
            let mut insert = tx.prepare_cached(
                "INSERT OR IGNORE INTO queue (target, message_id, call, received_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (received_ms, group) in groups {
                let mut per_target = vec![0; targets.len()];
                for (target, call) in group {
                    per_target[*target] += insert.execute(params![
                        targets[*target],
                        call.message_id,
                        call.json,
                        received_ms
                    ])?;
                }
                added.push(per_target);
            }
        }
        tx.commit()?;
        Ok(added)
    }

    /// The oldest calls for a target, up to `limit`: read in order off the
    /// index on (target, id), so a backlog is drained in linear time.
    pub fn peek(&self, target: &str, limit: usize) -> rusqlite::Result<Vec<Queued>> {
        let mut select = self.conn.prepare_cached(PEEK)?;
        let rows = select.query_map(params![target, limit as i64], |row| {
            Ok(Queued {
                id: row.get(0)?,
                call: ReadyCall {
                    message_id: row.get(1)?,
                    json: row.get(2)?,
                    type_and_user: None,
                },
                received_ms: row.get(3)?,
            })
        })?;
        rows.collect()
    }

    /// A write the size of a large webhook, undone at once: whether the
    /// queue can take webhooks again after a write failed (a full disk).
    pub fn probe(&mut self) -> rusqlite::Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
             INSERT OR REPLACE INTO probe (id, data) VALUES (1, zeroblob(65536));",
        )?;
        tx.commit()?;
        self.conn.execute("DELETE FROM probe", []).map(drop)
    }

    pub fn remove(&mut self, ids: &[i64]) -> rusqlite::Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut delete = tx.prepare_cached("DELETE FROM queue WHERE id = ?1")?;
            for id in ids {
                delete.execute([id])?;
            }
        }
        tx.commit()
    }

    pub fn depth(&self, target: &str) -> rusqlite::Result<u64> {
        self.conn
            .query_row(
                "SELECT COUNT(*) FROM queue WHERE target = ?1",
                [target],
                |row| row.get::<_, i64>(0),
            )
            .map(|n| n as u64)
    }

    pub fn targets(&self) -> rusqlite::Result<Vec<String>> {
        let mut select = self.conn.prepare("SELECT DISTINCT target FROM queue")?;
        let rows = select.query_map([], |row| row.get(0))?;
        rows.collect()
    }
}

/// Calls Segment refused, one JSON object a line, with Segment's answer.
pub struct DeadLetters {
    path: PathBuf,
    file: Option<File>,
}

impl DeadLetters {
    pub fn new(path: PathBuf) -> DeadLetters {
        DeadLetters { path, file: None }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends and syncs, so a dead letter is on disk before the call is
    /// forgotten anywhere else.
    pub fn write(
        &mut self,
        target: &str,
        status: u16,
        answer: &str,
        call: &ReadyCall,
    ) -> io::Result<()> {
        if self.file.is_none() {
            self.file = Some(
                OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&self.path)?,
            );
        }
        let line = format!(
            "{{\"messageId\":{},\"target\":{},\"status\":{status},\"answer\":{},\"at\":{},\"call\":{}}}\n",
            json_string(&call.message_id),
            json_string(target),
            json_string(answer),
            now_millis(),
            call.json
        );
        let file = self.file.as_mut().expect("opened above");
        file.write_all(line.as_bytes())?;
        file.sync_data()
    }
}

fn json_string(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("stigg-segment-store-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("db.sqlite")
    }

    #[test]
    fn journal_claims_once_per_run_and_remembers_across_runs() {
        let path = temp("journal");
        let mut first = Journal::open(&path).unwrap();
        assert_eq!(
            first.claim(&["a", "b", "a"]).unwrap(),
            vec![Claim::Send, Claim::Send, Claim::Duplicate]
        );
        first.mark_sent(["a"].into_iter()).unwrap();
        first.mark_dead_lettered(["c"].into_iter()).unwrap(); // unknown: no-op
        drop(first);
        let mut second = Journal::open(&path).unwrap();
        second.run += 1; // a run in the same millisecond
        assert_eq!(
            second.claim(&["a", "b", "b"]).unwrap(),
            vec![Claim::AlreadySent, Claim::Send, Claim::Duplicate]
        );
        second.mark_dead_lettered(["b"].into_iter()).unwrap();
        assert_eq!(
            second.claim(&["b"]).unwrap(),
            vec![Claim::AlreadyDeadLettered]
        );
    }

    #[test]
    fn a_journal_belongs_to_one_run_at_a_time() {
        let path = temp("journal-lock");
        let first = Journal::open(&path).unwrap();
        assert!(matches!(Journal::open(&path), Err(OpenError::InUse)));
        drop(first);
        let mut second = Journal::open(&path).unwrap();
        assert_eq!(second.claim(&["a"]).unwrap(), vec![Claim::Send]);
    }

    #[test]
    fn a_queue_left_without_its_wal_says_so() {
        let path = temp("queue-marker");
        let call = ReadyCall {
            message_id: "a".into(),
            json: "{}".into(),
            type_and_user: None,
        };
        // A clean run: no warning at the next start.
        let file = QueueFile::claim(&path).unwrap();
        assert!(file.warnings.is_empty(), "{:?}", file.warnings);
        assert!(matches!(QueueFile::claim(&path), Err(OpenError::InUse)));
        let mut queue = Queue::open(&path).unwrap();
        queue
            .enqueue(&["t".into()], &[(1, vec![(0, call.clone())])])
            .unwrap();
        queue.mark_closed_cleanly(true).unwrap();
        drop(queue);
        drop(file);
        let file = QueueFile::claim(&path).unwrap();
        assert!(file.warnings.is_empty(), "{:?}", file.warnings);
        // A run under way: its last calls are in the -wal. The queue file
        // copied without it, as a careless move or restore would, says so.
        let mut queue = Queue::open(&path).unwrap();
        let other = ReadyCall {
            message_id: "b".into(),
            json: "{}".into(),
            type_and_user: None,
        };
        queue
            .enqueue(&["t".into()], &[(2, vec![(0, other)])])
            .unwrap();
        assert!(wal_path(&path).exists());
        let copy = path.with_file_name("copy.sqlite");
        std::fs::copy(&path, &copy).unwrap();
        let copied = QueueFile::claim(&copy).unwrap();
        assert_eq!(copied.warnings.len(), 1, "{:?}", copied.warnings);
        assert!(
            copied.warnings[0].contains("-wal is missing"),
            "{:?}",
            copied.warnings
        );
        drop((queue, file, copied));
        // A 0-byte file.
        let empty = path.with_file_name("empty.sqlite");
        std::fs::write(&empty, b"").unwrap();
        let file = QueueFile::claim(&empty).unwrap();
        assert!(
            file.warnings[0].contains("empty file (0 bytes)"),
            "{:?}",
            file.warnings
        );
    }

    #[test]
    fn queue_ignores_repeats_and_removes_what_was_sent() {
        let path = temp("queue");
        let mut queue = Queue::open(&path).unwrap();
        let call = |id: &str| ReadyCall {
            message_id: id.into(),
            json: format!("{{\"messageId\":\"{id}\"}}"),
            type_and_user: None,
        };
        let added = queue
            .enqueue(
                &["t".into(), "u".into()],
                &[
                    (10, vec![(0, call("a")), (1, call("a"))]),
                    (20, vec![(0, call("a")), (0, call("b"))]),
                ],
            )
            .unwrap();
        assert_eq!(added[0], vec![1, 1]);
        assert_eq!(added[1], vec![1, 0]);
        let rows = queue.peek("t", 10).unwrap();
        assert_eq!(rows.len(), 2);
        // A repeat keeps the first arrival's time.
        assert_eq!(rows[0].received_ms, Some(10));
        queue.remove(&[rows[0].id]).unwrap();
        drop(queue);
        let queue = Queue::open(&path).unwrap();
        assert_eq!(queue.depth("t").unwrap(), 1);
        let left = &queue.peek("t", 10).unwrap()[0];
        assert_eq!(left.call.message_id, "b");
        assert_eq!(left.received_ms, Some(20), "kept across a reopen");
    }

    #[test]
    fn a_queue_of_the_first_schema_is_migrated_and_keeps_its_calls() {
        let path = temp("queue-migration");
        // A queue as the version before arrival times wrote it.
        let old = Connection::open(&path).unwrap();
        old.pragma_update(None, "journal_mode", "WAL").unwrap();
        old.execute_batch(
            "CREATE TABLE queue (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 target TEXT NOT NULL,
                 message_id TEXT NOT NULL,
                 call TEXT NOT NULL,
                 UNIQUE (target, message_id)
             );
             CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
             INSERT INTO queue (target, message_id, call)
                 VALUES ('t', 'old-1', '{\"messageId\":\"old-1\"}'),
                        ('t', 'old-2', '{\"messageId\":\"old-2\"}');
             INSERT INTO meta VALUES ('closed_cleanly', 1);",
        )
        .unwrap();
        drop(old);

        // Two connections at once, as serve's writer and senders open it.
        let (first, second) = std::thread::scope(|scope| {
            let opening = [
                scope.spawn(|| Queue::open(&path)),
                scope.spawn(|| Queue::open(&path)),
            ];
            opening.map(|thread| thread.join().unwrap().unwrap()).into()
        });
        drop(second);
        let mut queue = first;
        let version: i64 = queue
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap();
        assert_eq!(version, QUEUE_SCHEMA);
        let rows = queue.peek("t", 10).unwrap();
        let kept: Vec<(&str, Option<i64>)> = rows
            .iter()
            .map(|row| (row.call.message_id.as_str(), row.received_ms))
            .collect();
        assert_eq!(kept, [("old-1", None), ("old-2", None)]);
        assert_eq!(rows[0].call.json, "{\"messageId\":\"old-1\"}");
        // New calls get their arrival time; the migration runs once.
        let new = ReadyCall {
            message_id: "new".into(),
            json: "{}".into(),
            type_and_user: None,
        };
        queue
            .enqueue(&["t".into()], &[(42, vec![(0, new)])])
            .unwrap();
        drop(queue);
        let queue = Queue::open(&path).unwrap();
        let rows = queue.peek("t", 10).unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[2].received_ms, Some(42));
        // A clean first-schema queue starts without a warning.
        drop(queue);
        let file = QueueFile::claim(&path).unwrap();
        assert!(file.warnings.is_empty(), "{:?}", file.warnings);
    }

    /// How SQLite runs `select`, a read of a target's oldest calls.
    fn plan(conn: &Connection, select: &str) -> String {
        let mut explain = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {select}"))
            .unwrap();
        let steps = explain
            .query_map(params!["t", 10], |row| row.get::<_, String>(3))
            .unwrap();
        steps.map(Result::unwrap).collect::<Vec<_>>().join("; ")
    }

    #[test]
    fn a_queue_of_any_earlier_version_gets_the_index_its_senders_read_by() {
        for version in [0, 1] {
            let path = temp(&format!("queue-index-{version}"));
            // A queue as the versions before the index wrote it: the first
            // schema, and the one with arrival times.
            let old = Connection::open(&path).unwrap();
            let received_at = if version == 1 {
                "received_at INTEGER,"
            } else {
                ""
            };
            old.execute_batch(&format!(
                "CREATE TABLE queue (
                     id INTEGER PRIMARY KEY AUTOINCREMENT,
                     target TEXT NOT NULL,
                     message_id TEXT NOT NULL,
                     call TEXT NOT NULL,
                     {received_at}
                     UNIQUE (target, message_id)
                 );
                 CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
                 INSERT INTO queue (target, message_id, call) VALUES ('t', 'm', '{{}}');
                 PRAGMA user_version = {version};"
            ))
            .unwrap();
            // Before: each read sorts every row of the target.
            let oldest = "SELECT id FROM queue WHERE target = ?1 ORDER BY id LIMIT ?2";
            let before = plan(&old, oldest);
            assert!(before.contains("TEMP B-TREE"), "{before}");
            drop(old);
            let queue = Queue::open(&path).unwrap();
            let peek = plan(&queue.conn, PEEK);
            assert!(peek.contains("USING INDEX queue_target_id"), "{peek}");
            assert!(!peek.contains("TEMP B-TREE"), "{peek}");
            assert_eq!(queue.peek("t", 10).unwrap()[0].call.message_id, "m");
            // Opened again, nothing changes.
            drop(queue);
            assert_eq!(plan(&Queue::open(&path).unwrap().conn, PEEK), peek);
        }
    }
}
