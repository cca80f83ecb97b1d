//! The Segment Spec calls a webhook becomes, and the result of a transform,
//! with the JSON the JS side receives.

use std::ops::Range;

use crate::json::{measure, write_object, write_string, Object, Sink};
use crate::stigg::Described;

pub const INTEGRATION_NAME: &str = "stigg";
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallType {
    Track,
    Identify,
    Group,
}

impl CallType {
    pub fn name(self) -> &'static str {
        match self {
            CallType::Track => "track",
            CallType::Identify => "identify",
            CallType::Group => "group",
        }
    }
}

/// A call's free-form part: track properties, or identify and group traits.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    /// The webhook's own JSON text, passed through without a parse: the
    /// common case, and the fast one.
    Raw(String),
    /// A parsed object, when something had to be removed from it.
    Tree(Object),
    /// As decided, before the body is at hand: the webhook's body itself.
    /// Written as the string `"body"`, which the Segment script replaces
    /// with its own `JSON.parse` of the body.
    Body,
    /// As decided: these members of the object that describes the customer.
    /// Written as `[member, ...names]` (member `""` for the body itself),
    /// which the Segment script replaces with those members.
    Traits {
        from: Described,
        names: Vec<&'static str>,
    },
}

impl Payload {
    /// What the payload can weigh once sent, as [`crate::json::Counter`]
    /// counts it: exact for a tree, an upper bound for raw text (whose
    /// whitespace and escapes only shrink when re-written). A payload only
    /// named is at most the body, whose size the caller knows: `body_bytes`.
    pub fn size(&self, body_bytes: usize) -> usize {
        match self {
            Payload::Body | Payload::Traits { .. } => body_bytes,
            _ => measure(|counter| self.write(counter)),
        }
    }

    /// The payload as a tree, parsing raw text once.
    pub fn to_object(&self) -> Object {
        match self {
            Payload::Raw(text) => match crate::json::parse_value(text.as_bytes()) {
                Ok(crate::json::Value::Object(object)) => object,
                _ => Object::new(),
            },
            Payload::Tree(object) => object.clone(),
            Payload::Body | Payload::Traits { .. } => Object::new(),
        }
    }

    fn write(&self, out: &mut impl Sink) {
        match self {
            Payload::Raw(text) => out.push_json(text),
            Payload::Tree(object) => write_object(out, object),
            Payload::Body => out.push_str("\"body\""),
            Payload::Traits { from, names } => {
                out.push_str("[");
                write_string(out, from.member().unwrap_or(""));
                for name in names {
                    out.push_str(",");
                    write_string(out, name);
                }
                out.push_str("]");
            }
        }
    }
}

/// What every call carries, whatever its type.
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope {
    pub user_id: Option<String>,
    pub anonymous_id: Option<String>,
    pub message_id: String,
    pub timestamp: Option<String>,
    /// The account the call happened in, shown as `context.groupId` (the
    /// Spec's common field B2B tools read the account from).
    pub group_id: Option<String>,
    /// Paths removed to keep the call under Segment's size limit, shown as
    /// `context.stigg.trimmed`.
    pub trimmed: Vec<String>,
}

/// What sets one type of call apart from the others.
#[derive(Debug, Clone, PartialEq)]
pub enum CallKind {
    Track { event: String, properties: Payload },
    Identify { traits: Payload },
    Group { group_id: String, traits: Payload },
}

/// One Segment call. As JSON, it is exactly what the JS shim passes to
/// `Segment.track`, `Segment.identify` or `Segment.group` (minus `type`,
/// which picks which).
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub envelope: Envelope,
    pub kind: CallKind,
}

impl Call {
    pub fn track(envelope: Envelope, event: String, properties: Payload) -> Call {
        Call {
            envelope,
            kind: CallKind::Track { event, properties },
        }
    }

    pub fn identify(envelope: Envelope, traits: Payload) -> Call {
        Call {
            envelope,
            kind: CallKind::Identify { traits },
        }
    }

    pub fn group(envelope: Envelope, group_id: String, traits: Payload) -> Call {
        Call {
            envelope,
            kind: CallKind::Group { group_id, traits },
        }
    }

    pub fn call_type(&self) -> CallType {
        match self.kind {
            CallKind::Track { .. } => CallType::Track,
            CallKind::Identify { .. } => CallType::Identify,
            CallKind::Group { .. } => CallType::Group,
        }
    }

    pub fn message_id(&self) -> &str {
        &self.envelope.message_id
    }

    /// The track call's event name.
    pub fn event(&self) -> Option<&str> {
        match &self.kind {
            CallKind::Track { event, .. } => Some(event),
            _ => None,
        }
    }

    pub fn payload(&self) -> &Payload {
        match &self.kind {
            CallKind::Track { properties, .. } => properties,
            CallKind::Identify { traits } | CallKind::Group { traits, .. } => traits,
        }
    }

    pub fn payload_mut(&mut self) -> &mut Payload {
        match &mut self.kind {
            CallKind::Track { properties, .. } => properties,
            CallKind::Identify { traits } | CallKind::Group { traits, .. } => traits,
        }
    }

    /// The payload's field name, for paths such as `properties.addons`.
    pub fn payload_name(&self) -> &'static str {
        match self.kind {
            CallKind::Track { .. } => "properties",
            CallKind::Identify { .. } | CallKind::Group { .. } => "traits",
        }
    }

    /// The members before the payload that only this type of call has.
    fn own_fields(&self) -> [(&'static str, Option<&str>); 2] {
        match &self.kind {
            CallKind::Track { event, .. } => [("event", Some(event)), ("groupId", None)],
            CallKind::Identify { .. } => [("event", None), ("groupId", None)],
            CallKind::Group { group_id, .. } => [("event", None), ("groupId", Some(group_id))],
        }
    }

    /// The call's size as JSON, measured by writing it into a byte
    /// counter (see [`crate::json::Counter`]).
    pub fn size(&self) -> usize {
        self.size_with_body(0)
    }

    /// The size, counting a payload only named as the body's `body_bytes`.
    pub fn size_with_body(&self, body_bytes: usize) -> usize {
        let envelope = measure(|counter| self.write_envelope(counter, |_| {}));
        envelope + self.payload().size(body_bytes)
    }

    pub fn write(&self, out: &mut String) {
        self.write_marked(out);
    }

    /// Writes the call and returns where a raw payload landed in `out`.
    fn write_marked(&self, out: &mut String) -> Option<Range<usize>> {
        let mut raw = None;
        self.write_envelope(out, |out| {
            let start = out.len();
            self.payload().write(out);
            if let Payload::Raw(_) = self.payload() {
                raw = Some(start..out.len());
            }
        });
        raw
    }

    fn write_envelope<S: Sink>(&self, out: &mut S, write_payload: impl FnOnce(&mut S)) {
        let envelope = &self.envelope;
        out.push_str("{\"type\":");
        write_string(out, self.call_type().name());
        let ids = [
            ("userId", envelope.user_id.as_deref()),
            ("anonymousId", envelope.anonymous_id.as_deref()),
        ];
        for (name, value) in self.own_fields().into_iter().chain(ids) {
            if let Some(value) = value {
                out.push_str(",\"");
                out.push_str(name);
                out.push_str("\":");
                write_string(out, value);
            }
        }
        out.push_str(",\"");
        out.push_str(self.payload_name());
        out.push_str("\":");
        write_payload(out);
        out.push_str(",\"messageId\":");
        write_string(out, &envelope.message_id);
        if let Some(timestamp) = &envelope.timestamp {
            out.push_str(",\"timestamp\":");
            write_string(out, timestamp);
        }
        out.push_str(",\"context\":{\"integration\":{\"name\":");
        write_string(out, INTEGRATION_NAME);
        out.push_str(",\"version\":");
        write_string(out, VERSION);
        out.push_str("}");
        if let Some(group_id) = &envelope.group_id {
            out.push_str(",\"groupId\":");
            write_string(out, group_id);
        }
        if !envelope.trimmed.is_empty() {
            out.push_str(",\"stigg\":{\"trimmed\":[");
            for (i, path) in envelope.trimmed.iter().enumerate() {
                if i > 0 {
                    out.push_str(",");
                }
                write_string(out, path);
            }
            out.push_str("]}");
        }
        out.push_str("}}");
    }

    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

/// Why a webhook produced no call, when that is not an error.
#[derive(Debug, Clone, PartialEq)]
pub struct Skip {
    pub code: SkipCode,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipCode {
    /// No customer id, and onMissingCustomer is "drop".
    NoCustomer,
    /// Excluded by eventAllowlist or eventDenylist.
    Filtered,
}

impl SkipCode {
    pub fn name(self) -> &'static str {
        match self {
            SkipCode::NoCustomer => "no_customer",
            SkipCode::Filtered => "filtered",
        }
    }
}

/// What one webhook becomes: its calls, or why it has none.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub calls: Vec<Call>,
    pub skipped: Option<Skip>,
}

impl Outcome {
    pub fn skipped(code: SkipCode, reason: String) -> Outcome {
        Outcome {
            calls: Vec::new(),
            skipped: Some(Skip { code, reason }),
        }
    }

    /// `{"calls":[...],"skipped":{"code":...,"reason":...}}`, the shape the
    /// JS API returns.
    pub fn to_json(&self) -> String {
        self.to_json_marked().0
    }

    /// The JSON, and where in it the webhook's own text was passed through
    /// (for a caller that already holds that text and can splice it in
    /// rather than copy it back out).
    pub fn to_json_marked(&self) -> (String, Option<Range<usize>>) {
        // Room for raw payloads and envelopes; a tree (rare) grows the buffer.
        let capacity = self
            .calls
            .iter()
            .map(|call| match call.payload() {
                Payload::Raw(text) => text.len() + 512,
                _ => 1024,
            })
            .sum::<usize>()
            + 64;
        let mut out = String::with_capacity(capacity);
        let mut raw = None;
        out.push_str("{\"calls\":[");
        for (i, call) in self.calls.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            raw = call.write_marked(&mut out).or(raw);
        }
        out.push(']');
        if let Some(skip) = &self.skipped {
            out.push_str(",\"skipped\":{\"code\":");
            write_string(&mut out, skip.code.name());
            out.push_str(",\"reason\":");
            write_string(&mut out, &skip.reason);
            out.push('}');
        }
        out.push('}');
        (out, raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse_value;

    fn envelope() -> Envelope {
        Envelope {
            user_id: Some("u".into()),
            anonymous_id: None,
            message_id: "m".into(),
            timestamp: Some("2024-01-01T00:00:00Z".into()),
            group_id: Some("acct \"1\"".into()),
            trimmed: vec!["properties.x".into()],
        }
    }

    fn call(payload: Payload) -> Call {
        Call::track(envelope(), "e \"quoted\"".into(), payload)
    }

    #[test]
    fn counted_sizes_match_written_calls_for_every_optional_field() {
        for mask in 0..32u8 {
            for kind in 0..3 {
                let payload = Payload::Raw("{\"a\":1}".into());
                let mut call = match kind {
                    0 => call(payload),
                    1 => Call::identify(envelope(), payload),
                    _ => Call::group(envelope(), "g \"1\"".into(), payload),
                };
                let envelope = &mut call.envelope;
                if mask & 1 == 0 {
                    envelope.user_id = None;
                }
                if mask & 2 != 0 {
                    envelope.anonymous_id = Some("anon \"x\"".into());
                }
                if mask & 4 == 0 {
                    envelope.timestamp = None;
                }
                if mask & 8 == 0 {
                    envelope.trimmed.clear();
                } else {
                    envelope.trimmed.push("traits.b\n".into());
                }
                if mask & 16 == 0 {
                    envelope.group_id = None;
                }
                assert_eq!(call.size(), call.to_json().len(), "mask {mask} kind {kind}");
            }
        }
    }

    #[test]
    fn sizes_are_exact_for_trees_and_compact_raw_text() {
        for payload in [
            Payload::Raw(r#"{"a":[1,2],"b":"x"}"#.into()),
            Payload::Tree(
                parse_value(br#"{"a":[1,2],"b":"x"}"#)
                    .unwrap()
                    .as_object()
                    .unwrap()
                    .clone(),
            ),
        ] {
            let call = call(payload);
            assert_eq!(call.size(), call.to_json().len());
            assert!(parse_value(call.to_json().as_bytes()).is_ok());
        }
    }

    #[test]
    fn the_raw_payload_is_located_in_the_json() {
        let raw = r#"{ "a": 1 }"#;
        let outcome = Outcome {
            calls: vec![call(Payload::Raw(raw.into()))],
            skipped: None,
        };
        let (json, span) = outcome.to_json_marked();
        assert_eq!(&json[span.unwrap()], raw);
        let tree = Outcome {
            calls: vec![call(Payload::Tree(Object::new()))],
            skipped: None,
        };
        assert_eq!(tree.to_json_marked().1, None);
    }

    #[test]
    fn outcomes_are_valid_json() {
        let outcome = Outcome {
            calls: vec![call(Payload::Raw("{}".into()))],
            skipped: None,
        };
        assert!(parse_value(outcome.to_json().as_bytes()).is_ok());
        let skipped = Outcome::skipped(SkipCode::Filtered, "why \"not\"".into());
        assert_eq!(
            skipped.to_json(),
            r#"{"calls":[],"skipped":{"code":"filtered","reason":"why \"not\""}}"#
        );
    }
}
