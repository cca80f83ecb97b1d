//! Keeps every call under Segment's 32 KB limit, removing what means least.
//!
//! Trimming is linear in the payload (n log n for one sort), whatever its
//! shape: every object member is recorded once in an arena, with a link to
//! its parent step and its path's length so far, and a path is built as
//! text only for the few members that are listed as removed.

use std::cmp::Reverse;

use crate::calls::{Call, Payload};
use crate::error::Error;
use crate::json::number::decimal_digits;
use crate::json::{measure, quoted, write_string, write_value, Object, Value};
use crate::settings::{OversizedEvents, OVERSIZED_EVENTS};
use crate::stigg;

/// Segment rejects a call whose JSON is larger than this.
pub const SEGMENT_CALL_LIMIT_BYTES: usize = 32 * 1024;

/// Segment adds fields of its own to each call (receivedAt, sentAt,
/// context.library, ...) before it checks the limit; leave room for them.
pub const RESERVED_FOR_SEGMENT_BYTES: usize = 1024;

/// The most a call we emit may weigh.
pub const CALL_BUDGET_BYTES: usize = SEGMENT_CALL_LIMIT_BYTES - RESERVED_FOR_SEGMENT_BYTES;

/// Top-level fields never removed: what the webhook was, the ids that
/// trace it back to Stigg's delivery log, and where customers are named.
pub const KEPT_FIELDS: [&str; 6] = [
    "type",
    "messageId",
    "traceId",
    "timestamp",
    "id",
    "customerId",
];

/// Objects whose named member is a customer id: the member is kept, and
/// so is the object around it, though its other members may go.
pub const KEPT_NESTED: [(&str, &str); 2] = [("customer", "id"), ("input", "customerId")];

/// The trimmed list names at most this many paths, then one summary entry,
/// so a body of thousands of small fields cannot grow the list past the
/// limit it is trying to meet.
pub const MAX_LISTED_PATHS: usize = 30;

/// A listed path longer than this (as JSON, without quotes) keeps its
/// start and end around an ellipsis.
pub const MAX_PATH_BYTES: usize = 100;
const PATH_HEAD_BYTES: usize = 50;
const ELLIPSIS: &str = "…";

/// Room for the summary entry ("... and 12345 more").
const SUMMARY_ENTRY_BYTES: usize = 40;
const SUMMARY_PREFIX: &str = "... and ";
const SUMMARY_SUFFIX: &str = " more";

/// Makes the call fit the budget, or says why it cannot.
pub fn fit(call: &mut Call, event_type: &str, policy: OversizedEvents) -> Result<(), Error> {
    let mut size = call.size();
    if size <= CALL_BUDGET_BYTES {
        return Ok(());
    }
    // Raw text may carry whitespace; measure the compact form before
    // deciding anything is too large. (A tree is measured once: the
    // payload is what it was.)
    if let Payload::Raw(_) = call.payload() {
        *call.payload_mut() = Payload::Tree(call.payload().to_object());
        size = call.size();
        if size <= CALL_BUDGET_BYTES {
            return Ok(());
        }
    }
    if policy == OversizedEvents::Error {
        let hint = format!(
            "; set {} to \"trim\" to drop the largest properties instead",
            // A constant: a reference into the spec would link its description.
            const { OVERSIZED_EVENTS.name }
        );
        return Err(too_large(call, event_type, size, &hint));
    }
    loop {
        if trim_once(call, size - CALL_BUDGET_BYTES) == 0 {
            return Err(too_large(
                call,
                event_type,
                size,
                " even with every property removed that may be (type, messageId, traceId, \
                 timestamp and the customer's id are always kept)",
            ));
        }
        size = call.size();
        if size <= CALL_BUDGET_BYTES {
            return Ok(());
        }
    }
}

fn too_large(call: &Call, event_type: &str, size: usize, detail: &str) -> Error {
    Error::validation(format!(
        "the {} call for {} would be {size} bytes; Segment accepts {SEGMENT_CALL_LIMIT_BYTES} \
         bytes per call and this function keeps {RESERVED_FOR_SEGMENT_BYTES} of them for the fields \
         Segment adds{detail}",
        call.call_type().name(),
        quoted(event_type),
    ))
}

/// No parent: the step or member is at the top of the payload.
const NONE: u32 = u32::MAX;

/// How much a member matters; lower ranks go first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// Not a field Stigg sends.
    Other,
    /// A field Stigg sends, or inside one.
    Stigg,
    /// Never removed: a kept field, anything inside it, and an object
    /// holding a customer id.
    Kept,
}

#[derive(Debug, Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// One step of a path: a member's key or an array index.
struct PathStep<'a> {
    parent: u32,
    step: Step<'a>,
    /// The path's length up to here, as JSON without quotes.
    shown: usize,
}

/// A removable object member.
struct Member {
    /// Its last step in the arena.
    step: u32,
    /// The closest member it is inside, or NONE.
    parent: u32,
    /// Bytes saved by removing it: key, colon, value and a comma.
    saving: usize,
    /// The id after its own members: members are numbered in document
    /// order, each before the members inside it.
    end: u32,
    rank: Rank,
}

/// Every object member of a payload, in document order.
struct Arena<'a> {
    steps: Vec<PathStep<'a>>,
    members: Vec<Member>,
    /// `properties` or `traits`, as a path starts.
    root_shown: usize,
}

impl<'a> Arena<'a> {
    fn new(payload: &'a Object, payload_name: &str) -> Arena<'a> {
        let mut arena = Arena {
            steps: Vec::new(),
            members: Vec::new(),
            root_shown: escaped_len(payload_name),
        };
        arena.object(payload, NONE, NONE, Place::Top);
        arena
    }

    fn shown(&self, step: u32) -> usize {
        match step {
            NONE => self.root_shown,
            _ => self.steps[step as usize].shown,
        }
    }

    /// Records the members of an object; returns its size.
    fn object(&mut self, object: &'a Object, step: u32, member: u32, place: Place<'a>) -> usize {
        let comma = usize::from(object.len() > 1);
        let mut size = 2 + object.len().saturating_sub(1);
        for (key, value) in object.iter() {
            let key_size = escaped_len(key) + 2;
            let own_step = self.steps.len() as u32;
            self.steps.push(PathStep {
                parent: step,
                step: Step::Key(key),
                shown: self.shown(step) + 1 + key_size - 2,
            });
            let (rank, inside) = place.rank(key, value);
            let id = self.members.len() as u32;
            self.members.push(Member {
                step: own_step,
                parent: member,
                saving: 0,
                end: 0,
                rank,
            });
            let value_size = self.value(value, own_step, id, inside);
            let member_size = key_size + 1 + value_size;
            size += member_size;
            let end = self.members.len() as u32;
            let recorded = &mut self.members[id as usize];
            recorded.saving = member_size + comma;
            recorded.end = end;
        }
        size
    }

    /// Records the members inside a value; returns its size.
    fn value(&mut self, value: &'a Value, step: u32, member: u32, place: Place<'a>) -> usize {
        match value {
            Value::Object(object) => self.object(object, step, member, place),
            Value::Array(items) => {
                let mut size = 2 + items.len().saturating_sub(1);
                for (index, item) in items.iter().enumerate() {
                    size += match item {
                        Value::Object(_) | Value::Array(_) => {
                            let own_step = self.steps.len() as u32;
                            self.steps.push(PathStep {
                                parent: step,
                                step: Step::Index(index),
                                shown: self.shown(step) + 2 + decimal_digits(index),
                            });
                            self.value(item, own_step, member, place)
                        }
                        scalar => measure(|counter| write_value(counter, scalar)),
                    };
                }
                size
            }
            scalar => measure(|counter| write_value(counter, scalar)),
        }
    }

    /// The path of a member as listed: whole, or its start and end around
    /// an ellipsis when longer than [`MAX_PATH_BYTES`].
    fn display(&self, payload_name: &str, member: u32) -> String {
        let last = self.members[member as usize].step;
        let mut steps = Vec::new();
        let mut at = last;
        while at != NONE {
            steps.push(self.steps[at as usize].step);
            at = self.steps[at as usize].parent;
        }
        steps.reverse();
        let mut pieces: Vec<std::borrow::Cow<'_, str>> = vec![payload_name.into()];
        for step in steps {
            match step {
                Step::Key(key) => {
                    pieces.push(".".into());
                    pieces.push(key.into());
                }
                Step::Index(index) => pieces.push(format!("[{index}]").into()),
            }
        }
        if self.shown(last) <= MAX_PATH_BYTES {
            return pieces.concat();
        }
        let mut head = String::new();
        let mut used = 0;
        'head: for piece in &pieces {
            for c in piece.chars() {
                used += escaped_char_len(c);
                if used > PATH_HEAD_BYTES {
                    break 'head;
                }
                head.push(c);
            }
        }
        let tail_bytes = MAX_PATH_BYTES - PATH_HEAD_BYTES - ELLIPSIS.len();
        let mut tail = Vec::new();
        let mut used = 0;
        'tail: for piece in pieces.iter().rev() {
            for c in piece.chars().rev() {
                used += escaped_char_len(c);
                if used > tail_bytes {
                    break 'tail;
                }
                tail.push(c);
            }
        }
        head.push_str(ELLIPSIS);
        head.extend(tail.into_iter().rev());
        head
    }

    /// What listing a member costs in the trimmed list: its path, two
    /// quotes and a comma.
    fn listing_cost(&self, member: u32) -> usize {
        self.shown(self.members[member as usize].step)
            .min(MAX_PATH_BYTES)
            + 3
    }
}

/// Where a member sits, which decides its rank.
#[derive(Clone, Copy)]
enum Place<'a> {
    /// A top-level member of the payload.
    Top,
    /// Inside an object that holds a customer id under this key.
    Holding(&'a str),
    /// Inside a member of this rank.
    Inside(Rank),
}

impl<'a> Place<'a> {
    /// A member's rank, and the place of what is inside it.
    fn rank(self, key: &str, value: &'a Value) -> (Rank, Place<'a>) {
        let holds = |inner: &str| value.as_object().is_some_and(|o| o.contains_key(inner));
        match self {
            Place::Inside(rank) => (rank, Place::Inside(rank)),
            Place::Holding(kept) if key == kept => (Rank::Kept, Place::Inside(Rank::Kept)),
            Place::Holding(_) => (Rank::Stigg, Place::Inside(Rank::Stigg)),
            Place::Top if KEPT_FIELDS.contains(&key) => (Rank::Kept, Place::Inside(Rank::Kept)),
            Place::Top => {
                if let Some((_, inner)) = KEPT_NESTED
                    .iter()
                    .find(|(outer, inner)| *outer == key && holds(inner))
                {
                    (Rank::Kept, Place::Holding(inner))
                } else if stigg::is_top_level_field(key) {
                    (Rank::Stigg, Place::Inside(Rank::Stigg))
                } else {
                    (Rank::Other, Place::Inside(Rank::Other))
                }
            }
        }
    }
}

/// A Stigg member goes instead of others only when it loses this many
/// times fewer bytes than they would.
const STIGG_PREFERRED_WHEN_SMALLER_BY: usize = 8;

/// Picks the members whose removal recovers `need` bytes (listing them
/// included). Members that are not Stigg's go first, largest first, while
/// no single member is enough; then the smallest member that is enough
/// goes, so as little as possible is lost. A Stigg member goes only when
/// the others cannot make up the need, or when it is far smaller than what
/// they would lose. Linear after one sort: ancestors always come before
/// their own members (same rank, larger saving), so whether one is already
/// removed is known from its parent alone.
fn choose(arena: &Arena<'_>, mut need: usize, mut listed: usize) -> Vec<u32> {
    let members = &arena.members;
    let mut positions: Vec<usize> = (0..members.len())
        .filter(|&m| members[m].rank != Rank::Kept)
        .collect();
    crate::sort::sort_positions(&mut positions, &|a, b| {
        let key = |m: usize| (members[m].rank, Reverse(members[m].saving), m);
        key(a).cmp(&key(b))
    });
    let order: Vec<u32> = positions.into_iter().map(|m| m as u32).collect();
    let stigg_start = order.partition_point(|&m| members[m as usize].rank == Rank::Other);
    // What removing every other member would recover.
    let mut others_left: usize = members
        .iter()
        .filter(|m| m.rank == Rank::Other && m.parent == NONE)
        .map(|m| m.saving)
        .sum();
    // Whether a member is removed, or inside one that is.
    let mut covered = vec![false; members.len()];
    let inherited = |covered: &[bool], m: u32| {
        let parent = members[m as usize].parent;
        parent != NONE && covered[parent as usize]
    };
    let cost = |listed: usize, m: u32| {
        if listed < MAX_LISTED_PATHS {
            arena.listing_cost(m)
        } else {
            0
        }
    };
    let saving = |m: u32| members[m as usize].saving;
    // The smallest member that is enough in `region` of `order`, computing
    // coverage on the way (nothing new is removed meanwhile).
    let smallest_enough =
        |covered: &mut [bool], region: std::ops::Range<usize>, need: usize, listed: usize| {
            let mut best: Option<u32> = None;
            for &c in &order[region] {
                if saving(c) < need {
                    break;
                }
                covered[c as usize] = inherited(covered, c);
                let enough = saving(c) >= need + cost(listed, c);
                if !covered[c as usize] && enough && best.is_none_or(|b| saving(c) < saving(b)) {
                    best = Some(c);
                }
            }
            best
        };
    let mut chosen = Vec::new();
    let mut i = 0;
    while i < order.len() {
        let m = order[i];
        if inherited(&covered, m) {
            covered[m as usize] = true;
            i += 1;
            continue;
        }
        let enough = |m: u32| saving(m) >= need + cost(listed, m);
        if i < stigg_start {
            // While the others go, the largest Stigg member stays the same.
            let stigg_enough = order.get(stigg_start).is_some_and(|&s| enough(s));
            if enough(m) || stigg_enough {
                let other = smallest_enough(&mut covered, i..stigg_start, need, listed);
                let stigg = smallest_enough(&mut covered, stigg_start..order.len(), need, listed);
                // What the others would lose: one member, or the rest of
                // the need taken largest first.
                let others_lose = match other {
                    Some(o) => saving(o),
                    None if others_left >= need => need,
                    None => usize::MAX,
                };
                let pick = match stigg {
                    Some(s)
                        if saving(s).saturating_mul(STIGG_PREFERRED_WHEN_SMALLER_BY)
                            < others_lose =>
                    {
                        Some(s)
                    }
                    _ => other,
                };
                if let Some(pick) = pick {
                    chosen.push(pick);
                    return chosen;
                }
            }
            others_left = others_left.saturating_sub(saving(m));
        } else if enough(m) {
            chosen.extend(smallest_enough(&mut covered, i..order.len(), need, listed));
            return chosen;
        }
        need = need + cost(listed, m) - saving(m);
        listed += 1;
        covered[m as usize] = true;
        chosen.push(m);
        i += 1;
    }
    chosen
}

/// One round of trimming: removes members that recover `excess` bytes and
/// lists them. Returns how many were removed.
fn trim_once(call: &mut Call, mut excess: usize) -> usize {
    let payload_name = call.payload_name();
    let trimmed = &call.envelope.trimmed;
    let summary = trimmed.last().and_then(|entry| summary_count(entry));
    let listed = trimmed.len() - usize::from(summary.is_some());
    if trimmed.is_empty() {
        // The first trim adds the context.stigg.trimmed list to the call.
        excess += r#","stigg":{"trimmed":[]}"#.len() + SUMMARY_ENTRY_BYTES;
    }
    let Payload::Tree(payload) = call.payload_mut() else {
        return 0;
    };
    let arena = Arena::new(payload, payload_name);
    let chosen = choose(&arena, excess, listed);
    let room = MAX_LISTED_PATHS.saturating_sub(listed);
    let paths: Vec<String> = chosen
        .iter()
        .take(room)
        .map(|&m| arena.display(payload_name, m))
        .collect();
    let mut removed = vec![false; arena.members.len()];
    for &m in &chosen {
        removed[m as usize] = true;
    }
    let ends: Vec<u32> = arena.members.iter().map(|m| m.end).collect();
    drop(arena);

    let mut next = 0;
    remove_marked(payload, &removed, &ends, &mut next);
    let unlisted = chosen.len() - paths.len();
    let trimmed = &mut call.envelope.trimmed;
    if summary.is_some() {
        trimmed.pop();
    }
    trimmed.extend(paths);
    let beyond = summary.unwrap_or(0) + unlisted;
    if beyond > 0 {
        trimmed.push(format!("{SUMMARY_PREFIX}{beyond}{SUMMARY_SUFFIX}"));
    }
    chosen.len()
}

/// The count in a summary entry ("... and 12 more").
fn summary_count(entry: &str) -> Option<usize> {
    entry
        .strip_prefix(SUMMARY_PREFIX)?
        .strip_suffix(SUMMARY_SUFFIX)?
        .parse()
        .ok()
}

/// Removes the marked members in one walk, numbering members in the
/// order the arena did.
fn remove_marked(object: &mut Object, removed: &[bool], ends: &[u32], next: &mut usize) {
    object.retain_mut(|_, value| {
        let id = *next;
        if removed[id] {
            *next = ends[id] as usize;
            return false;
        }
        *next += 1;
        remove_inside(value, removed, ends, next);
        true
    });
}

fn remove_inside(value: &mut Value, removed: &[bool], ends: &[u32], next: &mut usize) {
    match value {
        Value::Object(object) => remove_marked(object, removed, ends, next),
        Value::Array(items) => {
            for item in items {
                remove_inside(item, removed, ends, next);
            }
        }
        _ => {}
    }
}

/// A string's length as JSON, without its quotes.
fn escaped_len(text: &str) -> usize {
    measure(|counter| write_string(counter, text)) - 2
}

fn escaped_char_len(c: char) -> usize {
    escaped_len(c.encode_utf8(&mut [0; 4]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calls::Envelope;
    use crate::json::parse_value;

    fn call(body: &str) -> Call {
        let object = parse_value(body.as_bytes())
            .unwrap()
            .as_object()
            .unwrap()
            .clone();
        Call::track(
            Envelope {
                user_id: Some("u".into()),
                anonymous_id: None,
                message_id: "m".into(),
                timestamp: None,
                group_id: None,
                trimmed: Vec::new(),
            },
            "e".into(),
            Payload::Tree(object),
        )
    }

    fn fitted(body: &str) -> Call {
        let mut call = call(body);
        fit(&mut call, "e", OversizedEvents::Trim).unwrap();
        assert!(call.size() <= CALL_BUDGET_BYTES, "{}", call.size());
        call
    }

    fn payload(call: &Call) -> &Object {
        match call.payload() {
            Payload::Tree(object) => object,
            _ => unreachable!("fit leaves a tree"),
        }
    }

    #[test]
    fn a_kept_field_is_never_removed_even_when_it_holds_the_bulk() {
        // traceId holding an object: its members are as kept as it is.
        let body = format!(
            r#"{{"type":"x","traceId":{{"a":"{}","b":"{}"}},"notes":"{}"}}"#,
            "t".repeat(10_000),
            "t".repeat(10_000),
            "n".repeat(20_000)
        );
        let call = fitted(&body);
        let kept = payload(&call).get("traceId").unwrap().as_object().unwrap();
        assert_eq!(kept.len(), 2);
        assert_eq!(call.envelope.trimmed, vec!["properties.notes"]);
    }

    #[test]
    fn the_customer_id_stays_while_the_rest_of_the_customer_goes() {
        let body = format!(
            r#"{{"type":"x","customer":{{"id":"c-1","name":"{}"}},"input":{{"customerId":"c-2","x":"{}"}}}}"#,
            "n".repeat(20_000),
            "x".repeat(20_000)
        );
        let call = fitted(&body);
        let body = payload(&call);
        assert_eq!(
            body.get("customer").unwrap().get("id"),
            Some(&Value::from("c-1"))
        );
        assert_eq!(
            body.get("input").unwrap().get("customerId"),
            Some(&Value::from("c-2"))
        );
        assert_eq!(call.envelope.trimmed.len(), 1);
    }

    #[test]
    fn paths_are_listed_exactly_for_what_was_removed() {
        let body = format!(
            r#"{{"type":"x","a":[{{"b":{{"c":"{}","d":1}}}},2],"e":"{}"}}"#,
            "c".repeat(30_000),
            "e".repeat(30_000)
        );
        let call = fitted(&body);
        // Either string is enough; the one inside arrays and objects is
        // found, removed alone, and listed by its path.
        assert_eq!(call.envelope.trimmed, vec!["properties.a[0].b.c"]);
        let text = crate::json::to_text(&Value::Object(payload(&call).clone()));
        assert!(text.starts_with(r#"{"type":"x","a":[{"b":{"d":1}},2],"e":"eee"#));
    }

    #[test]
    fn long_paths_are_shortened_around_an_ellipsis() {
        let key = "k".repeat(300);
        let body = format!(
            r#"{{"type":"x","{key}":{{"{key}":{{"leaf\n":"{}"}}}}}}"#,
            "v".repeat(40_000)
        );
        let call = fitted(&body);
        let path = &call.envelope.trimmed[0];
        assert!(
            measure(|c| write_string(c, path)) <= MAX_PATH_BYTES + 2,
            "{path}"
        );
        assert!(path.starts_with("properties.kkk"), "{path}");
        assert!(path.ends_with(".leaf\n"), "{path}");
        assert!(path.contains(ELLIPSIS));
    }

    #[test]
    fn later_rounds_add_to_the_summary_count() {
        let mut call = call(r#"{"type":"x"}"#);
        call.envelope.trimmed = (0..MAX_LISTED_PATHS)
            .map(|i| format!("properties.p{i}"))
            .chain(["... and 7 more".to_owned()])
            .collect();
        let body = (0..3000)
            .map(|i| format!("\"j{i}\":\"{}\"", "x".repeat(20)))
            .collect::<Vec<_>>()
            .join(",");
        *call.payload_mut() = Payload::Tree(
            parse_value(format!("{{\"type\":\"x\",{body}}}").as_bytes())
                .unwrap()
                .as_object()
                .unwrap()
                .clone(),
        );
        fit(&mut call, "e", OversizedEvents::Trim).unwrap();
        let trimmed = &call.envelope.trimmed;
        assert_eq!(trimmed.len(), MAX_LISTED_PATHS + 1);
        let more = summary_count(trimmed.last().unwrap()).unwrap();
        assert_eq!(more - 7 + payload(&call).len(), 3001);
    }

    #[test]
    fn errors_quote_the_type_safely() {
        let mut call = call(&format!(r#"{{"type":"{}"}}"#, "t".repeat(40_000)));
        let err = fit(
            &mut call,
            "a\nstigg-segment: skipped: forged",
            OversizedEvents::Trim,
        )
        .unwrap_err();
        assert!(!err.message.contains('\n'), "{}", err.message);
        assert!(err.message.contains("even with every property removed"));
    }
}
