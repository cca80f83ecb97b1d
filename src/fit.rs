//! Keeps every call under Segment's 32 KB limit.

use std::collections::BTreeSet;
use std::io;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::calls::{Call, StiggContext};
use crate::error::Error;
use crate::settings::{OversizedEvents, OVERSIZED_EVENTS};

/// Segment rejects a call whose JSON is larger than this.
pub const SEGMENT_CALL_LIMIT_BYTES: usize = 32 * 1024;

/// Segment adds fields of its own to each call (receivedAt, sentAt,
/// context.library, ...) before it checks the limit; leave room for them.
pub const RESERVED_FOR_SEGMENT_BYTES: usize = 1024;

/// The most a call we emit may weigh.
pub const CALL_BUDGET_BYTES: usize = SEGMENT_CALL_LIMIT_BYTES - RESERVED_FOR_SEGMENT_BYTES;

/// The size of a value as compact JSON, without building the text.
pub fn json_size<T: Serialize + ?Sized>(value: &T) -> usize {
    let mut counter = ByteCounter(0);
    // Writing to a counter cannot fail, and our values always serialize.
    let _ = serde_json::to_writer(&mut counter, value);
    counter.0
}

struct ByteCounter(usize);

impl io::Write for ByteCounter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0 += bytes.len();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Makes the call fit the budget, or says why it cannot.
pub fn fit(call: &mut Call, event_type: &str, policy: OversizedEvents) -> Result<(), Error> {
    let size = json_size(call);
    if size <= CALL_BUDGET_BYTES {
        return Ok(());
    }
    if policy == OversizedEvents::Error {
        return Err(too_large(
            call,
            event_type,
            size,
            &format!(
                "; set {} to \"trim\" to drop the largest properties instead",
                OVERSIZED_EVENTS.name
            ),
        ));
    }
    loop {
        let size = json_size(call);
        if size <= CALL_BUDGET_BYTES {
            return Ok(());
        }
        if trim_once(call, size - CALL_BUDGET_BYTES) == 0 {
            return Err(too_large(
                call,
                event_type,
                size,
                " even with every property removed",
            ));
        }
    }
}

fn too_large(call: &Call, event_type: &str, size: usize, detail: &str) -> Error {
    Error::validation(format!(
        "the {} call for {event_type} would be {size} bytes; Segment accepts {SEGMENT_CALL_LIMIT_BYTES} \
         bytes per call and this function keeps {RESERVED_FOR_SEGMENT_BYTES} of them for the fields \
         Segment adds{detail}",
        call.call_type.name()
    ))
}

/// A removable member of an object somewhere in the payload.
struct Candidate {
    path: Vec<Step>,
    /// Bytes saved by removing it: key, colon, value and a comma.
    saving: usize,
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// Stigg's envelope fields, which say what the webhook was and trace it
/// back to Stigg's delivery log. They are tiny and never trimmed.
const KEPT_FIELDS: [&str; 4] = ["type", "messageId", "traceId", "timestamp"];

/// The trimmed list names at most this many paths, then one summary entry,
/// so a body of thousands of small fields cannot grow the list past the
/// limit it is trying to meet.
pub const MAX_LISTED_PATHS: usize = 50;

/// Room for the summary entry ("... and 12345 more").
const SUMMARY_ENTRY_BYTES: usize = 40;

/// One round of trimming: removes the members that recover `excess` bytes
/// and records their paths. Largest top-level members go first while no
/// single member is big enough; then the smallest member that is big enough
/// goes, so as little as possible is lost. Returns how many were removed.
fn trim_once(call: &mut Call, mut excess: usize) -> usize {
    let payload_name = call.payload_name();
    let mut listed = call.context.stigg.as_ref().map_or(0, |s| s.trimmed.len());
    if listed == 0 {
        // The first trim adds the context.stigg.trimmed list to the call.
        excess += r#","stigg":{"trimmed":[]}"#.len() + SUMMARY_ENTRY_BYTES;
    }
    let Some(payload) = call.payload_mut() else {
        return 0;
    };
    let mut candidates = Vec::new();
    collect(payload, &mut Vec::new(), &mut candidates);
    candidates.retain(
        |c| !matches!(c.path.as_slice(), [Step::Key(key)] if KEPT_FIELDS.contains(&key.as_str())),
    );
    // Largest first; an ancestor always outweighs its own members, so the
    // first candidate not yet removed is a top-level member.
    candidates.sort_by_key(|c| std::cmp::Reverse(c.saving));

    // Each listed path costs its text, two quotes and a comma.
    let mut listing_cost = |path: &[Step]| {
        listed += 1;
        if listed <= MAX_LISTED_PATHS {
            display_path(payload_name, path).len() + 3
        } else {
            0
        }
    };
    let mut removed_top_level = BTreeSet::new();
    let mut chosen: Vec<&[Step]> = Vec::new();
    let mut cursor = 0;
    loop {
        while candidates
            .get(cursor)
            .is_some_and(|c| is_removed(&c.path, &removed_top_level))
        {
            cursor += 1;
        }
        let Some(largest) = candidates.get(cursor) else {
            break;
        };
        if largest.saving >= excess || largest.path.len() != 1 {
            break;
        }
        removed_top_level.insert(first_key(&largest.path));
        excess = excess.saturating_sub(largest.saving) + listing_cost(&largest.path);
        chosen.push(&largest.path);
    }
    let smallest_sufficient = candidates
        .iter()
        .filter(|c| !is_removed(&c.path, &removed_top_level))
        .filter(|c| c.saving >= excess + display_path(payload_name, &c.path).len() + 3)
        .min_by_key(|c| c.saving);
    match smallest_sufficient {
        Some(candidate) => chosen.push(&candidate.path),
        // Nothing recovers the rest of the excess with its listing cost:
        // take the largest left and let the caller measure again.
        None if chosen.is_empty() => chosen.extend(candidates.first().map(|c| c.path.as_slice())),
        None => {}
    }

    for path in &chosen {
        remove(payload, path);
    }
    let removed = chosen.len();
    if removed > 0 {
        let trimmed = &mut call
            .context
            .stigg
            .get_or_insert_with(|| StiggContext {
                trimmed: Vec::new(),
            })
            .trimmed;
        trimmed.extend(chosen.iter().map(|path| display_path(payload_name, path)));
        summarize(trimmed);
    }
    removed
}

/// Keeps the first paths and replaces the rest with a count.
fn summarize(trimmed: &mut Vec<String>) {
    if trimmed.len() <= MAX_LISTED_PATHS {
        return;
    }
    let earlier_summary = trimmed
        .get(MAX_LISTED_PATHS)
        .and_then(|entry| entry.strip_prefix("... and "))
        .and_then(|rest| rest.strip_suffix(" more"))
        .and_then(|count| count.parse::<usize>().ok());
    let beyond = match earlier_summary {
        Some(count) => count + trimmed.len() - MAX_LISTED_PATHS - 1,
        None => trimmed.len() - MAX_LISTED_PATHS,
    };
    trimmed.truncate(MAX_LISTED_PATHS);
    trimmed.push(format!("... and {beyond} more"));
}

fn first_key(path: &[Step]) -> String {
    match path.first() {
        Some(Step::Key(key)) => key.clone(),
        _ => String::new(),
    }
}

fn is_removed(path: &[Step], removed_top_level: &BTreeSet<String>) -> bool {
    matches!(path.first(), Some(Step::Key(key)) if removed_top_level.contains(key))
}

/// Records every object member below `object` with what removing it saves,
/// and returns the object's own JSON size. One pass, bottom-up.
fn collect(object: &Map<String, Value>, path: &mut Vec<Step>, out: &mut Vec<Candidate>) -> usize {
    let mut size = 2 + object.len().saturating_sub(1);
    let has_siblings = object.len() > 1;
    for (key, value) in object {
        path.push(Step::Key(key.clone()));
        let value_size = collect_value(value, path, out);
        let member_size = json_size(key.as_str()) + 1 + value_size;
        size += member_size;
        out.push(Candidate {
            path: path.clone(),
            saving: member_size + usize::from(has_siblings),
        });
        path.pop();
    }
    size
}

fn collect_value(value: &Value, path: &mut Vec<Step>, out: &mut Vec<Candidate>) -> usize {
    match value {
        Value::Object(object) => collect(object, path, out),
        Value::Array(items) => {
            let mut size = 2 + items.len().saturating_sub(1);
            for (index, item) in items.iter().enumerate() {
                path.push(Step::Index(index));
                size += collect_value(item, path, out);
                path.pop();
            }
            size
        }
        scalar => json_size(scalar),
    }
}

fn remove(object: &mut Map<String, Value>, path: &[Step]) {
    match path {
        [Step::Key(key)] => {
            object.remove(key);
        }
        [Step::Key(key), rest @ ..] => {
            if let Some(child) = object.get_mut(key) {
                remove_below(child, rest);
            }
        }
        _ => {}
    }
}

fn remove_below(value: &mut Value, path: &[Step]) {
    match (value, path) {
        (Value::Object(object), _) => remove(object, path),
        (Value::Array(items), [Step::Index(index), rest @ ..]) => {
            if let Some(item) = items.get_mut(*index) {
                remove_below(item, rest);
            }
        }
        _ => {}
    }
}

fn display_path(payload_name: &str, path: &[Step]) -> String {
    let mut text = payload_name.to_owned();
    for step in path {
        match step {
            Step::Key(key) => {
                text.push('.');
                text.push_str(key);
            }
            Step::Index(index) => {
                text.push('[');
                text.push_str(&index.to_string());
                text.push(']');
            }
        }
    }
    text
}
