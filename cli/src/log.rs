//! The binary's log: one line per event on standard error, as text for
//! people or JSON for machines (`--log-format`), from `--log-level` up.
//! Every line has `time`, `level` and `event`, then the event's fields, in
//! an order and with names that docs/cli.md lists and the tests hold
//! stable. Values come only from what the binary itself knows (addresses,
//! statuses, counts, its own messages, Segment's answers scrubbed of the
//! write key, Stigg's type and messageId): never a secret, a write key or a
//! body.
//!
//! A logger of its own rather than `tracing` and `tracing-subscriber`: the
//! binary needs flat lines with fixed names, two formats and a level, from
//! a few threads, which is this file; `tracing`'s JSON layer nests fields
//! under `fields`, names the time `timestamp` and adds `target`, so fixed
//! names would need a formatter of our own on top of eight more crates.

use std::io::Write;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use clap::ValueEnum;
use indicatif::ProgressBar;
use serde_json::Value;

use crate::library::{delivery, format_unix_ms, push_quoted};
use crate::store::now_millis;

/// How lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `TIME LEVEL EVENT key=value ...`, for people.
    Text,
    /// One JSON object a line, for machines.
    Json,
}

/// How much is written: each level writes its own lines and those above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum Level {
    Error,
    Warn,
    /// Every request and every delivery attempt.
    Info,
    Debug,
}

impl Level {
    fn name(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warn => "warn",
            Level::Info => "info",
            Level::Debug => "debug",
        }
    }
}

struct Config {
    format: Format,
    level: Level,
    /// A progress bar on the terminal, which lines are written above.
    progress: Mutex<Option<ProgressBar>>,
}

static CONFIG: OnceLock<Config> = OnceLock::new();

fn config() -> &'static Config {
    CONFIG.get_or_init(|| Config {
        format: Format::Text,
        level: Level::Info,
        progress: Mutex::new(None),
    })
}

/// Sets the format and the level; the first call wins.
pub fn init(format: Format, level: Level) {
    let _ = CONFIG.set(Config {
        format,
        level,
        progress: Mutex::new(None),
    });
}

/// Lines are written above this progress bar while it is drawn.
pub fn set_progress(bar: Option<ProgressBar>) {
    *config().progress.lock().unwrap_or_else(|e| e.into_inner()) = bar;
}

pub fn enabled(level: Level) -> bool {
    level <= config().level
}

/// A message for whoever started the command, before or after the work
/// (a configuration warning, why it could not start): the line people
/// read, `stigg-segment: warning: ...`, in text; a line of the log
/// (`event` `config` or `exit`), with `message`, in JSON, so that a
/// collector reading JSON never meets a line it cannot parse.
pub fn notice(level: Level, event: &'static str, message: &str) {
    match config().format {
        Format::Json => line(level, event).message(message).write(),
        Format::Text => {
            let prefix = if level == Level::Warn {
                "warning: "
            } else {
                ""
            };
            write_stderr(&format!("stigg-segment: {prefix}{message}\n"));
        }
    }
}

/// One line, built field by field and written by [`Line::write`].
#[must_use = "a line is written by .write()"]
pub struct Line {
    level: Level,
    event: &'static str,
    fields: Vec<(&'static str, Value)>,
}

pub fn line(level: Level, event: &'static str) -> Line {
    Line {
        level,
        event,
        fields: Vec::new(),
    }
}

pub fn error(event: &'static str) -> Line {
    line(Level::Error, event)
}

pub fn warn(event: &'static str) -> Line {
    line(Level::Warn, event)
}

pub fn info(event: &'static str) -> Line {
    line(Level::Info, event)
}

/// Text from elsewhere (a path, Stigg's type) is cut to this many bytes.
const MAX_FIELD_BYTES: usize = 300;
/// A message of ours (which may quote Segment's answer) to this many.
const MAX_MESSAGE_BYTES: usize = 2000;

impl Line {
    pub fn field(mut self, name: &'static str, value: impl Into<Value>) -> Line {
        let mut value = value.into();
        if let Value::String(text) = &mut value {
            let max = if name == "message" {
                MAX_MESSAGE_BYTES
            } else {
                MAX_FIELD_BYTES
            };
            cut(text, max);
        }
        self.fields.push((name, value));
        self
    }

    /// The field when there is a value.
    pub fn some(self, name: &'static str, value: Option<impl Into<Value>>) -> Line {
        match value {
            Some(value) => self.field(name, value),
            None => self,
        }
    }

    /// Milliseconds since `since`, to the tenth.
    pub fn ms(self, since: Instant) -> Line {
        let tenths = (since.elapsed().as_secs_f64() * 10_000.0).round() / 10.0;
        self.field("ms", tenths)
    }

    /// The line, closed by a message for people.
    pub fn message(self, message: impl Into<String>) -> Line {
        self.field("message", message.into())
    }

    pub fn write(self) {
        if !enabled(self.level) {
            return;
        }
        let config = config();
        let text = self.render(config.format, &format_unix_ms(now_millis() as i64));
        let progress = config.progress.lock().unwrap_or_else(|e| e.into_inner());
        match progress.as_ref().filter(|bar| !bar.is_hidden()) {
            Some(bar) => bar.suspend(|| write_stderr(&text)),
            None => write_stderr(&text),
        }
    }

    fn render(&self, format: Format, time: &str) -> String {
        let mut out = String::with_capacity(160);
        match format {
            Format::Json => {
                out.push_str("{\"time\":");
                out.push_str(&Value::from(time).to_string());
                out.push_str(",\"level\":");
                out.push_str(&Value::from(self.level.name()).to_string());
                out.push_str(",\"event\":");
                out.push_str(&Value::from(self.event).to_string());
                for (name, value) in &self.fields {
                    out.push(',');
                    out.push_str(&Value::from(*name).to_string());
                    out.push(':');
                    out.push_str(&value.to_string());
                }
                out.push('}');
            }
            Format::Text => {
                out.push_str(time);
                out.push(' ');
                out.push_str(&self.level.name().to_ascii_uppercase());
                out.push(' ');
                out.push_str(self.event);
                for (name, value) in &self.fields {
                    out.push(' ');
                    out.push_str(name);
                    out.push('=');
                    match value {
                        Value::String(text) => quote_if_needed(text, &mut out),
                        other => out.push_str(&other.to_string()),
                    }
                }
            }
        }
        out.push('\n');
        out
    }
}

fn write_stderr(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(text.as_bytes());
}

/// A value as it is when it reads as one word; else in double quotes,
/// escaped by the core's rule (`json::quoted`'s, uncut: that one cuts at 80
/// characters, too short for a log's messages), so a value can never start
/// a line of its own, paint the terminal or read backwards.
fn quote_if_needed(text: &str, out: &mut String) {
    let plain = |c: char| c.is_ascii_alphanumeric() || "._-:/@+,[]()".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        out.push_str(text);
        return;
    }
    push_quoted(out, text);
}

/// Cuts `text` to at most `max` bytes, on a character boundary (the core's
/// cut), marking the cut with an ellipsis.
fn cut(text: &mut String, max: usize) {
    let kept = delivery::cut(text, max).len();
    if kept < text.len() {
        text.truncate(kept);
        text.push('…');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Line {
        info("request")
            .field("peer", "127.0.0.1:5000")
            .field("status", 401)
            .field(
                "error",
                "the \"x\" header\nis missing\u{1b}[2K\u{2028}\u{202e}",
            )
            .some("stigg_type", None::<String>)
            .field("ms", 0.4)
    }

    #[test]
    fn json_lines_keep_their_order_and_escape_everything() {
        let line = sample().render(Format::Json, "2024-03-01T10:00:00.000Z");
        assert!(
            line.ends_with("}\n") && line.matches('\n').count() == 1,
            "{line}"
        );
        let value: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(value["event"], "request");
        assert_eq!(value["status"], 401);
        assert!(value.get("stigg_type").is_none());
        let keys: Vec<&str> = line
            .trim_matches(['{', '}', '\n'])
            .split(",\"")
            .map(|part| part.trim_start_matches('"').split('"').next().unwrap())
            .collect();
        assert_eq!(
            keys,
            ["time", "level", "event", "peer", "status", "error", "ms"]
        );
    }

    #[test]
    fn text_lines_quote_what_could_break_a_line() {
        let line = sample().render(Format::Text, "2024-03-01T10:00:00.000Z");
        assert_eq!(
            line,
            "2024-03-01T10:00:00.000Z INFO request peer=127.0.0.1:5000 status=401 \
             error=\"the \\\"x\\\" header\\nis missing\\u001b[2K\\u2028\\u202e\" ms=0.4\n"
        );
    }

    #[test]
    fn long_values_are_cut_on_a_character_boundary() {
        let line = info("x").field("path", "é".repeat(400));
        let Value::String(path) = &line.fields[0].1 else {
            panic!()
        };
        assert!(path.len() <= MAX_FIELD_BYTES + '…'.len_utf8());
        assert!(path.ends_with('…'));
    }
}
