//! `stigg-segment`: the native binary. `send` delivers collected Stigg
//! webhooks to Segment's HTTP Tracking API; `serve` receives them live and
//! delivers them through a durable queue. Both use the library's transform
//! and settings table, through `library.rs`.

mod client;
mod http;
mod input;
mod library;
mod log;
mod outbox;
mod segment;
mod send;
mod serve;
mod stigg_api;
mod store;
mod sync;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::library::delivery::{self, TargetSpec};
use crate::library::SettingsSource;
use crate::segment::{Client, Target};

/// Stigg webhooks to Segment's HTTP Tracking API.
///
/// Settings come from a JSON file (--settings) and from one environment
/// variable per setting, STIGG_SEGMENT_ and its name in SCREAMING_SNAKE_CASE
/// (STIGG_SEGMENT_WEBHOOK_SECRET, STIGG_SEGMENT_EVENT_NAME_STYLE,
/// STIGG_SEGMENT_EVENT_ALLOWLIST=a.*,b.*, STIGG_SEGMENT_GROUP_CALLS=true,
/// ...), which win over the file; an unknown STIGG_SEGMENT_ variable is an
/// error. SEGMENT_WRITE_KEY keeps its name. Exit status: 0 done; 1 it could
/// not start (bad arguments included); 2 rerun it (a webhook rejected, a
/// call dead-lettered, the run stopped).
#[derive(Parser)]
#[command(version, about, args_override_self = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Send webhooks from files, folders or standard input to Segment.
    ///
    /// Reads NDJSON (or any JSON values one after another), a JSON array, or
    /// folders of .json files. The write key comes from SEGMENT_WRITE_KEY.
    ///
    /// Only a call Segment refuses with 400 on its own is dead-lettered (when
    /// other calls of its batch were accepted). An answer about the request
    /// (401, 403, 404, 405, a redirect, a 400 to every call...) stops the run
    /// at once, as do retries running out; the calls not sent stay unsent,
    /// and a rerun with the same journal sends them. One run per journal at
    /// a time. Ctrl-C stops, prints the summary and how to resume. Exit
    /// status: 0 every call accepted; 2 a webhook rejected, a call
    /// dead-lettered or the run stopped; 1 it could not start; 130
    /// interrupted.
    Send(SendArgs),
    /// Receive Stigg webhooks over HTTP and deliver them through a durable queue.
    ///
    /// POST / takes a webhook and answers like the Segment function; 200
    /// means its calls are committed to the queue. GET /healthz (503 while
    /// the queue cannot be written or a target is failing), GET /metrics
    /// (Prometheus text). SIGTERM stops taking requests, drains the queue
    /// for up to --drain-timeout-ms and exits within it (plus a second).
    Serve(ServeArgs),
    /// Send every Stigg customer's identify and group calls, from Stigg's REST API.
    ///
    /// Reads customers, subscriptions and plans from Stigg's REST API v1
    /// (the key from STIGG_API_KEY, sent as X-API-KEY) and sends the calls
    /// that describe each customer now: the same calls and settings as
    /// webhooks, no track call. As a first backfill and as a nightly
    /// reconciliation: the state file (--journal) keeps the last call
    /// accepted per customer and type, so a rerun sends only what changed;
    /// one run at a time. Delivery, Ctrl-C and exit status as send's: 0
    /// done; 2 a customer rejected, a call dead-lettered or the run stopped
    /// (rerun it); 1 it could not start; 130 interrupted.
    Sync(SyncArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum Region {
    Us,
    Eu,
}

impl Region {
    /// Segment's endpoint for the region, from the core's table of them.
    fn endpoint(self) -> &'static str {
        let region = self.to_possible_value().expect("no region is skipped");
        delivery::region_endpoint(region.get_name()).expect("the core knows every region")
    }
}

#[derive(Args)]
struct Common {
    /// A JSON file of settings, as in the Segment function's settings.
    #[arg(long, env = library::SETTINGS_FILE_VARIABLE, value_name = "FILE")]
    settings: Option<PathBuf>,
    /// Segment's region.
    #[arg(long, value_enum, default_value = "us")]
    region: Region,
    /// Send here instead of the region's endpoint (a proxy, a test). As in
    /// Segment's libraries' `host`, a base URL (https://proxy.example.com,
    /// http://127.0.0.1:8080) gets /v1/batch added; a URL ending in
    /// /v1/batch is used as it is. https only; plain http only to
    /// 127.0.0.1, [::1] or localhost.
    #[arg(long, value_name = "URL")]
    endpoint: Option<String>,
    /// Requests per second to Segment, over every thread; 0 turns the limit off.
    #[arg(long, default_value_t = 50.0, value_name = "N")]
    rate_limit: f64,
    /// Where calls Segment refuses on their own (HTTP 400) are written, one
    /// JSON a line. Only those: an answer about the request (401, 403, 404,
    /// 405, a 400 to every call...) or retries running out leaves the calls
    /// unsent, never dead-lettered.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "stigg-segment-dead-letters.ndjson"
    )]
    dead_letters: PathBuf,
    /// First retry delay's ceiling; doubled on each retry; each wait is
    /// between half and all of it (jitter), and never shorter when a
    /// Retry-After asks for less.
    #[arg(long, default_value_t = 500, value_name = "MS")]
    backoff_ms: u64,
    /// Longest retry delay; `serve` also waits this long before trying a
    /// failing target again.
    #[arg(long, default_value_t = 30_000, value_name = "MS")]
    max_backoff_ms: u64,
    /// Longest wait a Retry-After header may ask for.
    #[arg(long, default_value_t = 60_000, value_name = "MS")]
    max_retry_after_ms: u64,
    /// Give up on a request after this long.
    #[arg(long, default_value_t = 30_000, value_name = "MS")]
    timeout_ms: u64,
    /// Attempts per request (429, 5xx, network errors are retried) before
    /// `send` stops, or `serve` reports the target failing and keeps trying.
    #[arg(long, default_value_t = 10, value_name = "N")]
    max_attempts: u32,
    /// Log lines on standard error as text for people, or JSON for
    /// machines (one object a line; docs/cli.md lists the fields).
    #[arg(long, value_enum, default_value = "text", value_name = "FORMAT")]
    log_format: log::Format,
    /// The least severe lines written: error, warn, info (adds a line per
    /// request and per delivery attempt) or debug.
    #[arg(long, value_enum, default_value = "info", value_name = "LEVEL")]
    log_level: log::Level,
}

impl Command {
    fn common(&self) -> &Common {
        match self {
            Command::Send(args) => &args.common,
            Command::Serve(args) => &args.common,
            Command::Sync(args) => &args.common,
        }
    }
}

#[derive(Args)]
struct SendArgs {
    /// Files or folders of webhooks; - or nothing reads standard input.
    paths: Vec<PathBuf>,
    #[command(flatten)]
    common: Common,
    #[command(flatten)]
    run: RunArgs,
    /// The SQLite journal of calls sent, by messageId: a rerun sends only
    /// what is not in it.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "stigg-segment-journal.sqlite"
    )]
    journal: PathBuf,
    /// Keep no journal (a rerun sends everything again).
    #[arg(long, conflicts_with = "journal")]
    no_journal: bool,
    /// A top-level field of each webhook that holds when it arrived (an ISO
    /// 8601 date-time, as your capture recorded it): a call without Stigg's
    /// own valid timestamp is dated by it. Without it, such a call has no
    /// timestamp and Segment dates it when it receives it.
    #[arg(long, value_name = "FIELD")]
    timestamp_field: Option<String>,
}

#[derive(Args)]
struct SyncArgs {
    #[command(flatten)]
    common: Common,
    /// Stigg's REST API (https only; plain http only to 127.0.0.1, [::1] or localhost).
    #[arg(long, value_name = "URL", default_value = stigg_api::DEFAULT_URL)]
    stigg_api_url: String,
    #[command(flatten)]
    run: RunArgs,
    /// The SQLite state file: the last call Segment accepted per customer
    /// and call type. A rerun sends only the calls that differ.
    #[arg(long, value_name = "FILE", default_value = "stigg-segment-sync.sqlite")]
    journal: PathBuf,
    /// Keep no state (every run sends every customer's calls).
    #[arg(long, conflicts_with = "journal")]
    no_journal: bool,
}

/// How `send` and `sync` run: for real or dry, how many requests at once,
/// with a progress bar or not.
#[derive(Args)]
struct RunArgs {
    /// Print the calls as NDJSON instead of sending them (no write key needed).
    #[arg(long)]
    dry_run: bool,
    /// Requests to Segment in flight at once.
    #[arg(long, default_value_t = 4, value_name = "N")]
    concurrency: usize,
    /// No progress bar (there is none unless standard error is a terminal).
    #[arg(long)]
    no_progress: bool,
}

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    common: Common,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8787", value_name = "ADDR")]
    listen: String,
    /// The SQLite queue (WAL); keep one per instance.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "stigg-segment-queue.sqlite"
    )]
    queue: PathBuf,
    /// A destination: name=NAME,write-key-env=VAR[,region=us|eu][,endpoint=URL][,namespace=NS].
    /// Repeat for several. endpoint= is taken as --endpoint is (a base URL
    /// gets /v1/batch added). Without it: one target, "default", with the
    /// write key from SEGMENT_WRITE_KEY, --region/--endpoint and the
    /// messageIdNamespace setting.
    #[arg(long = "target", value_name = "SPEC")]
    targets: Vec<String>,
    /// Threads serving HTTP (every connection shares them; none is held by
    /// a slow client).
    #[arg(long, default_value_t = 4, value_name = "N")]
    workers: usize,
    /// A connection not in a request is closed after this long: the
    /// deadline for a request's headers, and for a keep-alive connection's
    /// next request (nginx's client_header_timeout).
    #[arg(long, default_value_t = 10_000, value_name = "MS")]
    header_timeout_ms: u64,
    /// A request's whole body must arrive within this long of its headers,
    /// or it is answered 408 and the connection closed (nginx's client_body_timeout).
    #[arg(long, default_value_t = 30_000, value_name = "MS")]
    body_timeout_ms: u64,
    /// Open connections at most. At the cap, a new connection closes the
    /// one idle the longest; when none is idle, it is answered 503.
    #[arg(long, default_value_t = 1024, value_name = "N")]
    max_connections: usize,
    /// Open connections from one peer address at most (default: a quarter
    /// of --max-connections; 0: no such cap). At it, that peer's connection
    /// idle the longest is closed, or the new one answered 503. Behind a
    /// proxy every connection comes from the proxy: raise it to
    /// --max-connections.
    #[arg(long, value_name = "N")]
    max_connections_per_peer: Option<usize>,
    /// The slowest a request's body may arrive, in bytes a second on
    /// average after its first 2 seconds; slower is answered 408 and the
    /// connection closed (0: no minimum).
    #[arg(long, default_value_t = 1024, value_name = "BYTES")]
    min_body_rate: u64,
    /// On SIGTERM, how long to finish requests and keep sending before
    /// exiting; requests still in flight are cut, and what is left stays
    /// queued. The exit comes within this and a second (the default fits
    /// Kubernetes' 30 s grace period).
    #[arg(long, default_value_t = 25_000, value_name = "MS")]
    drain_timeout_ms: u64,
}

fn main() -> ExitCode {
    let cli = match parse_arguments() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    if let Err(code) = check_environment(&cli) {
        return code;
    }
    let result = match cli.command {
        Command::Send(args) => run_send(args),
        Command::Serve(args) => run_serve(args),
        Command::Sync(args) => run_sync(args),
    };
    match result {
        Ok(code) => ExitCode::from(code as u8),
        Err(message) => {
            log::notice(log::Level::Error, "exit", &message);
            ExitCode::from(1)
        }
    }
}

/// The arguments, then the environment's names, for every subcommand. A
/// usage error exits 1, "could not start", rather than clap's 2, which here
/// means "rerun me"; --help and --version exit 0.
fn parse_arguments() -> Result<Cli, ExitCode> {
    let cli = Cli::try_parse().map_err(|err| {
        let _ = err.print();
        ExitCode::from(if err.use_stderr() { 1 } else { 0 })
    })?;
    let common = cli.command.common();
    log::init(common.log_format, common.log_level);
    Ok(cli)
}

/// The environment's names, for every subcommand, once the log knows its
/// format: an unknown `STIGG_SEGMENT_` variable exits 1; an old bare name
/// is a warning.
fn check_environment(cli: &Cli) -> Result<(), ExitCode> {
    let names: Vec<String> = std::env::vars_os()
        .filter_map(|(name, _)| name.into_string().ok())
        .collect();
    let mut also_known = declared_variables(&Cli::command());
    if let Command::Serve(args) = &cli.command {
        // A target's write key may sit in a variable of any name (a spec
        // that does not parse is reported once serve reads it).
        for spec in &args.targets {
            also_known.extend(TargetSpec::parse(spec).map(|t| t.write_key_variable));
        }
    }
    let also_known: Vec<&str> = also_known.iter().map(String::as_str).collect();
    match library::check_environment(names.iter().map(String::as_str), &also_known) {
        Ok(warnings) => {
            for warning in warnings {
                log::notice(log::Level::Warn, "config", &warning);
            }
            Ok(())
        }
        Err(message) => {
            log::notice(log::Level::Error, "exit", &message);
            Err(ExitCode::from(1))
        }
    }
}

/// The variables the arguments of every subcommand read (clap's `env`).
fn declared_variables(command: &clap::Command) -> Vec<String> {
    let mut names: Vec<String> = command
        .get_arguments()
        .filter_map(|arg| arg.get_env()?.to_str().map(str::to_owned))
        .collect();
    for subcommand in command.get_subcommands() {
        names.extend(declared_variables(subcommand));
    }
    names
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// The write key in `var`, checked before the first request.
fn write_key(var: &str) -> Result<String, String> {
    let key = env(var).unwrap_or_default().trim().to_owned();
    delivery::check_write_key(&format!("the environment variable {var}"), &key)?;
    Ok(key)
}

/// The delivery policy the flags set.
fn policy(common: &Common) -> delivery::Policy {
    delivery::Policy {
        max_attempts: common.max_attempts,
        backoff_ms: common.backoff_ms,
        max_backoff_ms: common.max_backoff_ms,
        max_retry_after_ms: common.max_retry_after_ms,
        hold_ms: common.max_backoff_ms,
    }
}

fn client(common: &Common) -> Client {
    Client::new(
        policy(common),
        Duration::from_millis(common.timeout_ms.max(1)),
        common.rate_limit,
    )
}

/// The one target `send` has, and `serve` without `--target`: the
/// `--endpoint` or the region's, with the key in SEGMENT_WRITE_KEY.
fn default_target(common: &Common) -> Result<Target, String> {
    let endpoint = match &common.endpoint {
        Some(given) => delivery::endpoint_url(given).map_err(|err| format!("--endpoint: {err}"))?,
        None => common.region.endpoint().to_owned(),
    };
    Ok(Target::new(
        "default".into(),
        endpoint,
        write_key("SEGMENT_WRITE_KEY")?,
        None,
    ))
}

fn run_send(args: SendArgs) -> Result<i32, String> {
    let source = SettingsSource::load(args.common.settings.as_deref(), env)?.without_secret();
    let settings = source.settings(None)?;
    let target = if args.run.dry_run {
        None
    } else {
        Some((default_target(&args.common)?, client(&args.common)))
    };
    send::run(send::SendOptions {
        inputs: args.paths,
        settings,
        target,
        journal: (!args.no_journal).then_some(args.journal),
        dead_letters: args.common.dead_letters,
        concurrency: args.run.concurrency.max(1),
        progress: !args.run.no_progress,
        timestamp_field: args.timestamp_field,
    })
}

fn run_sync(args: SyncArgs) -> Result<i32, String> {
    let source = SettingsSource::load(args.common.settings.as_deref(), env)?.without_secret();
    let settings = source.settings(None)?;
    let base = stigg_api::base_url(&args.stigg_api_url)?;
    let key = stigg_api::api_key(env(stigg_api::KEY_VARIABLE))?;
    // Stigg's side takes the same backoff, timeout and attempts as Segment's.
    let timeout = Duration::from_millis(args.common.timeout_ms.max(1));
    let api = stigg_api::StiggApi::new(base, key, policy(&args.common), timeout);
    let target = if args.run.dry_run {
        None
    } else {
        Some((default_target(&args.common)?, client(&args.common)))
    };
    sync::run(sync::SyncOptions {
        api,
        settings,
        target,
        state: (!args.no_journal).then_some(args.journal),
        dead_letters: args.common.dead_letters,
        concurrency: args.run.concurrency.max(1),
        progress: !args.run.no_progress,
    })
}

fn run_serve(args: ServeArgs) -> Result<i32, String> {
    let source = SettingsSource::load(args.common.settings.as_deref(), env)?;
    if !source.has_secret() {
        log::notice(
            log::Level::Warn,
            "config",
            &format!(
                "no webhookSecret ({}) is set; anyone who can reach this endpoint can send events",
                library::secret_variable()
            ),
        );
    }
    let mut targets: Vec<(Target, library::Settings)> = Vec::new();
    if args.targets.is_empty() {
        let target = default_target(&args.common)?;
        targets.push((target, source.settings(None)?));
    }
    for spec in &args.targets {
        let read = TargetSpec::parse(spec).map_err(|err| format!("--target {spec}: {err}"))?;
        let write_key = write_key(&read.write_key_variable)?;
        let target = Target::new(read.name, read.endpoint, write_key, read.namespace);
        if targets.iter().any(|(t, _)| t.name == target.name) {
            return Err(format!("two targets are named {}", target.name));
        }
        let settings = source
            .settings(target.namespace.as_deref())
            .map_err(|err| format!("target {}: {err}", target.name))?;
        targets.push((target, settings));
    }
    serve::run(serve::ServeOptions {
        listen: args.listen,
        queue: args.queue,
        dead_letters: args.common.dead_letters.clone(),
        targets,
        client: client(&args.common),
        workers: args.workers.max(1),
        drain_timeout: Duration::from_millis(args.drain_timeout_ms),
        header_timeout: Duration::from_millis(args.header_timeout_ms.max(1)),
        body_timeout: Duration::from_millis(args.body_timeout_ms.max(1)),
        max_connections: args.max_connections.max(1),
        max_connections_per_peer: match args.max_connections_per_peer {
            Some(n) => n, // 0: no cap per peer
            None => (args.max_connections / 4).max(1),
        },
        min_body_rate: args.min_body_rate,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_has_the_cores_endpoint() {
        assert_eq!(Region::Us.endpoint(), delivery::US_ENDPOINT);
        assert_eq!(Region::Eu.endpoint(), delivery::EU_ENDPOINT);
        for region in Region::value_variants() {
            region.endpoint();
        }
    }

    #[test]
    fn the_arguments_are_declared_as_clap_wants_them() {
        Cli::command().debug_assert();
    }
}
