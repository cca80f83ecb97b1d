//! The Segment Spec calls a webhook becomes, and the result of a transform,
//! with the JSON the JS side receives.

use std::ops::Range;

use crate::json::{measure, write_object, write_string, Object, Sink};
use crate::stigg::Described;

pub const INTEGRATION_NAME: &str = "stigg";
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The code's own words in a call and an outcome: every key, and the values
/// it writes itself. Encoders take them as words, so the fast path's tape
/// names them by number ([`crate::tape`]) and JSON text writes their text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Calls,
    Skipped,
    Code,
    Reason,
    Type,
    Event,
    UserId,
    AnonymousId,
    GroupId,
    Properties,
    Traits,
    MessageId,
    Timestamp,
    Context,
    Integration,
    Name,
    Version,
    Stigg,
    Trimmed,
    Track,
    Identify,
    Group,
    IntegrationName,
    IntegrationVersion,
    Body,
    NoCustomer,
    Filtered,
}

impl Word {
    pub const ALL: [Word; 27] = [
        Word::Calls,
        Word::Skipped,
        Word::Code,
        Word::Reason,
        Word::Type,
        Word::Event,
        Word::UserId,
        Word::AnonymousId,
        Word::GroupId,
        Word::Properties,
        Word::Traits,
        Word::MessageId,
        Word::Timestamp,
        Word::Context,
        Word::Integration,
        Word::Name,
        Word::Version,
        Word::Stigg,
        Word::Trimmed,
        Word::Track,
        Word::Identify,
        Word::Group,
        Word::IntegrationName,
        Word::IntegrationVersion,
        Word::Body,
        Word::NoCustomer,
        Word::Filtered,
    ];

    pub fn text(self) -> &'static str {
        match self {
            Word::Calls => "calls",
            Word::Skipped => "skipped",
            Word::Code => "code",
            Word::Reason => "reason",
            Word::Type => "type",
            Word::Event => "event",
            Word::UserId => "userId",
            Word::AnonymousId => "anonymousId",
            Word::GroupId => "groupId",
            Word::Properties => "properties",
            Word::Traits => "traits",
            Word::MessageId => "messageId",
            Word::Timestamp => "timestamp",
            Word::Context => "context",
            Word::Integration => "integration",
            Word::Name => "name",
            Word::Version => "version",
            Word::Stigg => "stigg",
            Word::Trimmed => "trimmed",
            Word::Track => "track",
            Word::Identify => "identify",
            Word::Group => "group",
            Word::IntegrationName => INTEGRATION_NAME,
            Word::IntegrationVersion => VERSION,
            Word::Body => "body",
            Word::NoCustomer => "no_customer",
            Word::Filtered => "filtered",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallType {
    Track,
    Identify,
    Group,
}

impl CallType {
    pub fn name(self) -> &'static str {
        self.word().text()
    }

    fn word(self) -> Word {
        match self {
            CallType::Track => Word::Track,
            CallType::Identify => Word::Identify,
            CallType::Group => Word::Group,
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
            Payload::Body => write_string(out, Word::Body.text()),
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
        self.payload_word().text()
    }

    fn payload_word(&self) -> Word {
        match self.kind {
            CallKind::Track { .. } => Word::Properties,
            CallKind::Identify { .. } | CallKind::Group { .. } => Word::Traits,
        }
    }

    /// The members before the payload that only this type of call has.
    fn own_fields(&self) -> [(Word, Option<&str>); 2] {
        match &self.kind {
            CallKind::Track { event, .. } => [(Word::Event, Some(event)), (Word::GroupId, None)],
            CallKind::Identify { .. } => [(Word::Event, None), (Word::GroupId, None)],
            CallKind::Group { group_id, .. } => {
                [(Word::Event, None), (Word::GroupId, Some(group_id))]
            }
        }
    }

    /// The call's size as JSON, measured by writing it into a byte
    /// counter (see [`crate::json::Counter`]).
    pub fn size(&self) -> usize {
        self.size_with_body(0)
    }

    /// The size, counting a payload only named as the body's `body_bytes`.
    pub fn size_with_body(&self, body_bytes: usize) -> usize {
        let envelope = measure(|counter| self.encode(&mut JsonText::without_payloads(counter)));
        envelope + self.payload().size(body_bytes)
    }

    /// At least [`Call::size_with_body`], found without writing: every
    /// string at its most escaped (`\u0000`, six bytes a byte, and its
    /// quotes), and the keys and punctuation at most [`ENVELOPE_WORDS_BYTES`].
    pub fn size_at_most(&self, body_bytes: usize) -> usize {
        let envelope = &self.envelope;
        let strings = [
            envelope.user_id.as_deref(),
            envelope.anonymous_id.as_deref(),
            Some(envelope.message_id.as_str()),
            envelope.timestamp.as_deref(),
            envelope.group_id.as_deref(),
            self.own_fields()[0].1,
            self.own_fields()[1].1,
        ];
        let escaped = |text: &str| 6 * text.len() + 3;
        let texts: usize = strings.into_iter().flatten().map(escaped).sum();
        let trimmed: usize = envelope.trimmed.iter().map(|path| escaped(path)).sum();
        let payload = match self.payload() {
            Payload::Body | Payload::Traits { .. } => body_bytes,
            payload => payload.size(body_bytes),
        };
        ENVELOPE_WORDS_BYTES + texts + trimmed + payload
    }

    pub fn write(&self, out: &mut String) {
        self.encode(&mut JsonText::new(out));
    }

    /// The call's members, in order, to `out`: the one place their names,
    /// order and nesting are written down, for every encoding.
    pub fn encode(&self, out: &mut dyn Encoder) {
        let envelope = &self.envelope;
        out.begin_object();
        out.key(Word::Type);
        out.name(self.call_type().word());
        let ids = [
            (Word::UserId, envelope.user_id.as_deref()),
            (Word::AnonymousId, envelope.anonymous_id.as_deref()),
        ];
        for (name, value) in self.own_fields().into_iter().chain(ids) {
            if let Some(value) = value {
                out.key(name);
                out.string(value);
            }
        }
        out.key(self.payload_word());
        out.payload(self.payload());
        out.key(Word::MessageId);
        out.string(&envelope.message_id);
        if let Some(timestamp) = &envelope.timestamp {
            out.key(Word::Timestamp);
            out.string(timestamp);
        }
        out.key(Word::Context);
        out.begin_object();
        out.key(Word::Integration);
        out.begin_object();
        out.key(Word::Name);
        out.name(Word::IntegrationName);
        out.key(Word::Version);
        out.name(Word::IntegrationVersion);
        out.end_object();
        if let Some(group_id) = &envelope.group_id {
            out.key(Word::GroupId);
            out.string(group_id);
        }
        if !envelope.trimmed.is_empty() {
            out.key(Word::Stigg);
            out.begin_object();
            out.key(Word::Trimmed);
            out.begin_array();
            for path in &envelope.trimmed {
                out.string(path);
            }
            out.end_array();
            out.end_object();
        }
        out.end_object();
        out.end_object();
    }

    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

/// The most a call's keys, punctuation and the code's own values weigh as
/// JSON text, without the strings that come from the webhook or the
/// settings (a test writes every kind of call with every member).
pub const ENVELOPE_WORDS_BYTES: usize = 256;

/// Where a call's members go: JSON text ([`JsonText`]), or the fast path's
/// tape of words ([`crate::tape::Tape`]). Keys and names are the code's own
/// words; strings come from the webhook or the settings.
pub trait Encoder {
    fn begin_object(&mut self);
    fn end_object(&mut self);
    fn begin_array(&mut self);
    fn end_array(&mut self);
    fn key(&mut self, key: Word);
    /// A string value the code names itself, such as a call's type.
    fn name(&mut self, value: Word);
    fn string(&mut self, value: &str);
    fn payload(&mut self, payload: &Payload);
}

/// Writes what it is given as JSON text into a [`Sink`], with the commas.
pub struct JsonText<'a, S: Sink> {
    out: &'a mut S,
    /// One bit per open object or array: whether it has a member yet.
    started: u64,
    depth: u32,
    after_key: bool,
    payloads: bool,
    /// Where the last raw payload landed, for a sink that knows its length.
    raw: Option<Range<usize>>,
}

impl<'a, S: Sink> JsonText<'a, S> {
    pub fn new(out: &'a mut S) -> Self {
        JsonText {
            out,
            started: 0,
            depth: 0,
            after_key: false,
            payloads: true,
            raw: None,
        }
    }

    /// Writes everything but the payloads, to measure the envelope.
    fn without_payloads(out: &'a mut S) -> Self {
        JsonText {
            payloads: false,
            ..JsonText::new(out)
        }
    }

    /// A comma before every member but an object's or array's first.
    fn separate(&mut self) {
        if std::mem::take(&mut self.after_key) || self.depth == 0 {
            return;
        }
        let bit = 1u64 << (self.depth.min(63));
        if self.started & bit != 0 {
            self.out.push_str(",");
        }
        self.started |= bit;
    }

    fn open(&mut self, bracket: &str) {
        self.separate();
        self.out.push_str(bracket);
        self.depth += 1;
        self.started &= !(1u64 << self.depth.min(63));
    }

    fn close(&mut self, bracket: &str) {
        self.out.push_str(bracket);
        self.depth -= 1;
    }
}

impl<S: Sink> Encoder for JsonText<'_, S> {
    fn begin_object(&mut self) {
        self.open("{");
    }

    fn end_object(&mut self) {
        self.close("}");
    }

    fn begin_array(&mut self) {
        self.open("[");
    }

    fn end_array(&mut self) {
        self.close("]");
    }

    fn key(&mut self, key: Word) {
        self.separate();
        self.out.push_str("\"");
        self.out.push_str(key.text());
        self.out.push_str("\":");
        self.after_key = true;
    }

    fn name(&mut self, value: Word) {
        self.string(value.text());
    }

    fn string(&mut self, value: &str) {
        self.separate();
        write_string(self.out, value);
    }

    fn payload(&mut self, payload: &Payload) {
        self.separate();
        if self.payloads {
            let start = self.out.written();
            payload.write(self.out);
            if let Payload::Raw(_) = payload {
                self.raw = Some(start..self.out.written());
            }
        }
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
        self.word().text()
    }

    fn word(self) -> Word {
        match self {
            SkipCode::NoCustomer => Word::NoCustomer,
            SkipCode::Filtered => Word::Filtered,
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
        let mut text = JsonText::new(&mut out);
        self.encode(&mut text);
        let raw = text.raw;
        (out, raw)
    }

    /// The outcome's members, in order, to `out` (see [`Call::encode`]).
    pub fn encode(&self, out: &mut dyn Encoder) {
        out.begin_object();
        out.key(Word::Calls);
        out.begin_array();
        for call in &self.calls {
            call.encode(out);
        }
        out.end_array();
        if let Some(skip) = &self.skipped {
            out.key(Word::Skipped);
            out.begin_object();
            out.key(Word::Code);
            out.name(skip.code.word());
            out.key(Word::Reason);
            out.string(&skip.reason);
            out.end_object();
        }
        out.end_object();
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
                assert!(
                    call.size_at_most(0) >= call.size(),
                    "mask {mask} kind {kind}"
                );
                let empty_strings = Envelope {
                    user_id: call.envelope.user_id.as_ref().map(|_| String::new()),
                    anonymous_id: call.envelope.anonymous_id.as_ref().map(|_| String::new()),
                    message_id: String::new(),
                    timestamp: call.envelope.timestamp.as_ref().map(|_| String::new()),
                    group_id: call.envelope.group_id.as_ref().map(|_| String::new()),
                    trimmed: call
                        .envelope
                        .trimmed
                        .iter()
                        .map(|_| String::new())
                        .collect(),
                };
                let mut words_only = Call {
                    envelope: empty_strings,
                    kind: call.kind.clone(),
                };
                match &mut words_only.kind {
                    CallKind::Track { event, properties } => {
                        event.clear();
                        *properties = Payload::Body;
                    }
                    CallKind::Group { group_id, traits } => {
                        group_id.clear();
                        *traits = Payload::Body;
                    }
                    CallKind::Identify { traits } => *traits = Payload::Body,
                }
                assert!(
                    words_only.size_with_body(0) <= ENVELOPE_WORDS_BYTES,
                    "mask {mask} kind {kind}"
                );
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
