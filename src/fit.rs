//! Keeps every call under Segment's 32 KB limit.

use crate::calls::{Call, Payload};
use crate::error::Error;
use crate::json::{string_size, value_size, Object, Value};
use crate::settings::{OversizedEvents, OVERSIZED_EVENTS};

/// Segment rejects a call whose JSON is larger than this.
pub const SEGMENT_CALL_LIMIT_BYTES: usize = 32 * 1024;

/// Segment adds fields of its own to each call (receivedAt, sentAt,
/// context.library, ...) before it checks the limit; leave room for them.
pub const RESERVED_FOR_SEGMENT_BYTES: usize = 1024;

/// The most a call we emit may weigh.
pub const CALL_BUDGET_BYTES: usize = SEGMENT_CALL_LIMIT_BYTES - RESERVED_FOR_SEGMENT_BYTES;

/// Stigg's envelope fields, which say what the webhook was and trace it
/// back to Stigg's delivery log. They are tiny and never trimmed.
const KEPT_FIELDS: [&str; 4] = ["type", "messageId", "traceId", "timestamp"];

/// The trimmed list names at most this many paths, then one summary entry,
/// so a body of thousands of small fields cannot grow the list past the
/// limit it is trying to meet.
pub const MAX_LISTED_PATHS: usize = 50;

/// Room for the summary entry ("... and 12345 more").
const SUMMARY_ENTRY_BYTES: usize = 40;

/// Makes the call fit the budget, or says why it cannot.
pub fn fit(call: &mut Call, event_type: &str, policy: OversizedEvents) -> Result<(), Error> {
    if call.size() <= CALL_BUDGET_BYTES {
        return Ok(());
    }
    // Raw text may carry whitespace; measure the compact form before
    // deciding anything is too large.
    if let Payload::Raw(_) = call.payload() {
        *call.payload_mut() = Payload::Tree(call.payload().to_object());
    }
    let size = call.size();
    if size <= CALL_BUDGET_BYTES {
        return Ok(());
    }
    if policy == OversizedEvents::Error {
        let hint = format!(
            "; set {} to \"trim\" to drop the largest properties instead",
            OVERSIZED_EVENTS.name
        );
        return Err(too_large(call, event_type, size, &hint));
    }
    loop {
        let size = call.size();
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
        call.call_type().name()
    ))
}

/// A removable member of an object somewhere in the payload.
struct Candidate {
    path: Vec<Step>,
    /// Bytes saved by removing it: key, colon, value and a comma.
    saving: usize,
    /// The position, in the payload, of the top-level member it is in.
    top: usize,
    /// When it was found, so equal sizes sort the same way every time.
    found: usize,
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// One round of trimming: removes the members that recover `excess` bytes
/// and records their paths. Largest top-level members go first while no
/// single member is big enough; then the smallest member that is big enough
/// goes, so as little as possible is lost. Returns how many were removed.
fn trim_once(call: &mut Call, mut excess: usize) -> usize {
    let payload_name = call.payload_name();
    let mut listed = call.envelope.trimmed.len();
    if listed == 0 {
        // The first trim adds the context.stigg.trimmed list to the call.
        excess += r#","stigg":{"trimmed":[]}"#.len() + SUMMARY_ENTRY_BYTES;
    }
    let Payload::Tree(payload) = call.payload_mut() else {
        return 0;
    };
    let mut candidates = Vec::new();
    collect(payload, &mut candidates);
    candidates.retain(
        |c| !matches!(c.path.as_slice(), [Step::Key(key)] if KEPT_FIELDS.contains(&key.as_str())),
    );
    // Largest first (ties in the order found); an ancestor always
    // outweighs its own members, so the first candidate not yet removed is
    // a top-level member.
    candidates.sort_unstable_by_key(|c| (std::cmp::Reverse(c.saving), c.found));

    // Each listed path costs its text, two quotes and a comma.
    let mut listing_cost = |path: &[Step]| {
        listed += 1;
        if listed <= MAX_LISTED_PATHS {
            display_path(payload_name, path).len() + 3
        } else {
            0
        }
    };
    // Which top-level members are chosen, by position.
    let mut removed_top_level = vec![false; payload.len()];
    let mut chosen: Vec<&[Step]> = Vec::new();
    let mut cursor = 0;
    loop {
        while candidates
            .get(cursor)
            .is_some_and(|c| removed_top_level[c.top])
        {
            cursor += 1;
        }
        let Some(largest) = candidates.get(cursor) else {
            break;
        };
        if largest.saving >= excess || largest.path.len() != 1 {
            break;
        }
        removed_top_level[largest.top] = true;
        excess = excess.saturating_sub(largest.saving) + listing_cost(&largest.path);
        chosen.push(&largest.path);
    }
    let smallest_sufficient = candidates
        .iter()
        .filter(|c| !removed_top_level[c.top])
        .filter(|c| c.saving >= excess + display_path(payload_name, &c.path).len() + 3)
        .min_by_key(|c| c.saving);
    let mut nested = None;
    match smallest_sufficient {
        Some(candidate) if candidate.path.len() == 1 => {
            removed_top_level[candidate.top] = true;
            chosen.push(&candidate.path);
        }
        Some(candidate) => {
            nested = Some(&candidate.path);
            chosen.push(&candidate.path);
        }
        // Nothing recovers the rest of the excess with its listing cost:
        // take the largest left and let the caller measure again.
        None if chosen.is_empty() => {
            if let Some(largest) = candidates.first() {
                removed_top_level[largest.top] = true;
                chosen.push(&largest.path);
            }
        }
        None => {}
    }

    // Top-level members go in one pass, so removing thousands stays linear.
    let mut position = 0;
    payload.retain(|_, _| {
        position += 1;
        !removed_top_level[position - 1]
    });
    if let Some(path) = nested {
        remove(payload, path);
    }
    let removed = chosen.len();
    call.envelope
        .trimmed
        .extend(chosen.iter().map(|path| display_path(payload_name, path)));
    summarize(&mut call.envelope.trimmed);
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

/// Records every object member in the payload with what removing it
/// saves. One pass, bottom-up.
fn collect(payload: &Object, out: &mut Vec<Candidate>) {
    let mut path = Vec::new();
    for (top, (key, value)) in payload.iter().enumerate() {
        path.push(Step::Key(key.to_owned()));
        let member_size = string_size(key) + 1 + collect_value(value, top, &mut path, out);
        out.push(Candidate {
            path: path.clone(),
            saving: member_size + usize::from(payload.len() > 1),
            top,
            found: out.len(),
        });
        path.pop();
    }
}

/// Records the members below `value` and returns its JSON size.
fn collect_value(
    value: &Value,
    top: usize,
    path: &mut Vec<Step>,
    out: &mut Vec<Candidate>,
) -> usize {
    match value {
        Value::Object(object) => {
            let mut size = 2 + object.len().saturating_sub(1);
            for (key, member) in object.iter() {
                path.push(Step::Key(key.to_owned()));
                let member_size = string_size(key) + 1 + collect_value(member, top, path, out);
                size += member_size;
                out.push(Candidate {
                    path: path.clone(),
                    saving: member_size + usize::from(object.len() > 1),
                    top,
                    found: out.len(),
                });
                path.pop();
            }
            size
        }
        Value::Array(items) => {
            let mut size = 2 + items.len().saturating_sub(1);
            for (index, item) in items.iter().enumerate() {
                path.push(Step::Index(index));
                size += collect_value(item, top, path, out);
                path.pop();
            }
            size
        }
        scalar => value_size(scalar),
    }
}

fn remove(object: &mut Object, path: &[Step]) {
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
