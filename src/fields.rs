//! The fast path: the decision run on the few fields the Segment script read
//! off its own `JSON.parse` of the body, so the body is read once, by V8,
//! and never crosses into wasm.
//!
//! The script writes the fields into a small area of wasm memory laid out as
//! [`Layout`] says (it asks the core for the layout, so nothing here is
//! restated in JS), and the core answers with the calls, their payloads
//! named rather than copied ([`Payload::Body`], [`Payload::Traits`]). Anything
//! the fields cannot settle answers `None`, and the script takes the full
//! path ([`crate::transform`]), which stays the single source of truth:
//! no Stigg messageId (the body must be hashed), redaction, a body that might
//! not fit a call, a customer id that is a number (JS cannot tell `1` from
//! `1.0`), or an area that does not hold together.

use crate::calls::{Outcome, Payload};
use crate::error::Error;
use crate::fit::CALL_BUDGET_BYTES;
use crate::json::{Object, Value};
use crate::settings::Settings;
use crate::stigg::{Described, Field, CUSTOMER_TRAITS};
use crate::webhook::{Webhook, WebhookView};
use crate::{decide, secret, BodyTree, Decided};

/// How a field's value was found, as the script codes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum Kind {
    Absent = 0,
    Null = 1,
    String = 2,
    Number = 3,
    Boolean = 4,
    Object = 5,
    Array = 6,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Absent,
        Kind::Null,
        Kind::String,
        Kind::Number,
        Kind::Boolean,
        Kind::Object,
        Kind::Array,
    ];

    fn from_code(code: u32) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| *kind as u32 == code)
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Absent => "absent",
            Kind::Null => "null",
            Kind::String => "string",
            Kind::Number => "number",
            Kind::Boolean => "boolean",
            Kind::Object => "object",
            Kind::Array => "array",
        }
    }
}

/// The area: little-endian u32 words, then the strings they point into.
///
/// | words | what |
/// |---|---|
/// | 0 | the body's length in UTF-8 bytes |
/// | 1–3 | the secret header: kind, offset, length |
/// | 4 + 3·i … | field `Field::ALL[i]`: kind, offset, length |
/// | then 1 | trait bits: bit `d·T + t` when `Described::ALL[d]` has a non-null `CUSTOMER_TRAITS[t]` |
///
/// Offsets count from the area's start; strings are UTF-8.
pub struct Layout;

impl Layout {
    /// Room for the header and the strings: the fields are ids, names and
    /// dates, so a body whose fields do not fit takes the full path.
    pub const AREA_BYTES: usize = 16 * 1024;
    const SECRET_WORD: usize = 1;
    const FIELDS_WORD: usize = 4;
    const TRAITS_WORD: usize = Layout::FIELDS_WORD + 3 * Field::ALL.len();
    pub const HEADER_WORDS: usize = Layout::TRAITS_WORD + 1;

    /// The most a body's JSON can grow, as a ratio, when `JSON.parse` and
    /// `JSON.stringify` re-write it. Only numbers with an exponent grow: at
    /// most 17 bytes each (`1e20` becomes 21 digits), and each takes at least
    /// five bytes of the body (four, and a separator). So a body grows at
    /// most 22/5 times, and one under the call budget divided by that fits
    /// whatever it holds; a larger one is scanned for such numbers.
    pub const MAX_NUMBER_GROWTH: (usize, usize) = (22, 5);

    /// The layout as JSON, for the Segment script.
    pub fn to_json() -> Value {
        let mut layout = Object::new();
        let text = |s: &str| Value::String(s.to_owned());
        let number = |n: usize| Value::Number(n.to_string());
        layout.insert("areaBytes", number(Layout::AREA_BYTES));
        layout.insert("headerWords", number(Layout::HEADER_WORDS));
        layout.insert("secretWord", number(Layout::SECRET_WORD));
        layout.insert("fieldsWord", number(Layout::FIELDS_WORD));
        layout.insert("traitsWord", number(Layout::TRAITS_WORD));
        // The body and call limits are in the wasm's `limits()`.
        layout.insert("maxDepth", number(crate::json::MAX_DEPTH));
        let (times, per) = Layout::MAX_NUMBER_GROWTH;
        let growth = format!("{}.{}", times / per, (times % per) * 10 / per);
        layout.insert("maxNumberGrowth", Value::Number(growth));
        let paths = Field::ALL
            .iter()
            .map(|field| Value::Array(field.path().iter().map(|name| text(name)).collect()));
        layout.insert("fields", Value::Array(paths.collect()));
        let described = Described::ALL
            .iter()
            .map(|from| text(from.member().unwrap_or("")));
        layout.insert("traitSources", Value::Array(described.collect()));
        let traits = CUSTOMER_TRAITS.iter().map(|name| text(name));
        layout.insert("traitNames", Value::Array(traits.collect()));
        let mut kinds = Object::new();
        for kind in Kind::ALL {
            kinds.insert(kind.name(), number(kind as usize));
        }
        layout.insert("kinds", Value::Object(kinds));
        let names = crate::calls::Word::ALL.iter().map(|word| text(word.text()));
        layout.insert("tapeNames", Value::Array(names.collect()));
        let mut ops = Object::new();
        for op in crate::tape::Op::ALL {
            ops.insert(op.name(), number(op as usize));
        }
        layout.insert("tapeOps", Value::Object(ops));
        Value::Object(layout)
    }
}

/// The fields as the script wrote them, each slot read (and its text
/// checked as UTF-8) once.
struct FieldArea<'a> {
    bytes: &'a [u8],
    fields: [Option<(Kind, &'a str)>; Field::ALL.len()],
}

impl<'a> FieldArea<'a> {
    fn new(bytes: &'a [u8]) -> FieldArea<'a> {
        let mut area = FieldArea {
            bytes,
            fields: [None; Field::ALL.len()],
        };
        for index in 0..Field::ALL.len() {
            area.fields[index] = area.slot(Layout::FIELDS_WORD + 3 * index);
        }
        area
    }

    fn word(&self, index: usize) -> Option<u32> {
        let at = index.checked_mul(4)?;
        let bytes = self.bytes.get(at..at + 4)?;
        Some(u32::from_le_bytes(bytes.try_into().ok()?))
    }

    /// A slot's kind and, for strings, the text.
    fn slot(&self, first_word: usize) -> Option<(Kind, &'a str)> {
        let kind = Kind::from_code(self.word(first_word)?)?;
        if kind != Kind::String {
            return Some((kind, ""));
        }
        let offset = self.word(first_word + 1)? as usize;
        let length = self.word(first_word + 2)? as usize;
        let bytes = self.bytes.get(offset..offset.checked_add(length)?)?;
        Some((kind, std::str::from_utf8(bytes).ok()?))
    }

    fn field_slot(&self, field: Field) -> Option<(Kind, &'a str)> {
        self.fields[field as usize]
    }

    /// Whether every slot reads, and no customer id is a number.
    fn holds_together(&self) -> bool {
        self.word(Layout::TRAITS_WORD).is_some()
            && self.slot(Layout::SECRET_WORD).is_some()
            && Field::ALL
                .iter()
                .all(|field| match self.field_slot(*field) {
                    Some((Kind::Number, _)) => !field.may_be_an_id(),
                    Some(_) => true,
                    None => false,
                })
    }
}

impl WebhookView for FieldArea<'_> {
    fn field(&self, field: Field) -> Option<Value> {
        // The values stand for their kind: the decision uses only strings,
        // and names the kind of anything else in its messages.
        Some(match self.field_slot(field)?.0 {
            Kind::Absent => return None,
            Kind::Null => Value::Null,
            Kind::String => Value::String(self.field_slot(field)?.1.to_owned()),
            Kind::Number => Value::Number(String::new()),
            Kind::Boolean => Value::Bool(false),
            Kind::Object => Value::Object(Object::new()),
            Kind::Array => Value::Array(Vec::new()),
        })
    }

    fn has_member(&self, _key: &str) -> bool {
        // Not written: the fast path leaves redaction, the one reader of
        // this, to the full path.
        true
    }

    fn has_trait(&self, described: Described, name: &str) -> bool {
        let (Some(d), Some(t)) = (
            Described::ALL.iter().position(|from| *from == described),
            CUSTOMER_TRAITS
                .iter()
                .position(|trait_name| *trait_name == name),
        ) else {
            return false;
        };
        let bit = d * CUSTOMER_TRAITS.len() + t;
        self.word(Layout::TRAITS_WORD)
            .is_some_and(|bits| bits & (1 << bit) != 0)
    }
}

/// The fast path has no body: what needs it is the full path's job.
struct NoBody;

impl BodyTree for NoBody {
    fn tree(&mut self) -> Option<&mut Object> {
        None
    }
}

/// The decision on the fields in `area`: the outcome, with payloads named;
/// `Ok(None)` when the full path must finish the job. Errors are the ones
/// the full path gives for the same body.
pub fn transform_fields(area: &[u8], settings: &Settings) -> Result<Option<Outcome>, Error> {
    let area = FieldArea::new(area);
    if !area.holds_together() || !settings.redact_properties.is_empty() {
        return Ok(None);
    }
    let Some(body_bytes) = area.word(0) else {
        return Ok(None);
    };
    let header = match area.slot(Layout::SECRET_WORD) {
        Some((Kind::String, text)) => Some(text),
        _ => None,
    };
    secret::verify(&settings.webhook_secret, header)?;

    let webhook = Webhook::read(&area)?;
    let outcome = match decide(&webhook, settings, &mut NoBody)? {
        Decided::Outcome(outcome) => outcome,
        Decided::NeedsBody => return Ok(None),
    };
    // A call that might not fit is for the full path to trim or refuse.
    let might_not_fit = outcome.calls.iter().any(|call| {
        // Measured only when the quick bound leaves it in doubt.
        let body_bytes = body_bytes as usize;
        call.size_at_most(body_bytes) > CALL_BUDGET_BYTES
            && call.size_with_body(body_bytes) > CALL_BUDGET_BYTES
    });
    if might_not_fit {
        return Ok(None);
    }
    debug_assert!(outcome
        .calls
        .iter()
        .all(|call| matches!(call.payload(), Payload::Body | Payload::Traits { .. })));
    Ok(Some(outcome))
}

/// Writes an area the way the Segment script does, from a parsed body, for
/// the tests (the Segment script's own writer is tested against the full
/// path in tests/js/fast-path.test.js).
#[cfg(test)]
fn area_from_json(body: &Value, body_bytes: usize, secret_header: Option<&str>) -> Vec<u8> {
    let mut words = vec![0u32; Layout::HEADER_WORDS];
    let mut strings: Vec<u8> = Vec::new();
    let header_bytes = Layout::HEADER_WORDS * 4;
    let mut put = |words: &mut Vec<u32>, first: usize, value: Option<&Value>| {
        let kind = match value {
            None => Kind::Absent,
            Some(Value::Null) => Kind::Null,
            Some(Value::String(_)) => Kind::String,
            Some(Value::Number(_)) => Kind::Number,
            Some(Value::Bool(_)) => Kind::Boolean,
            Some(Value::Object(_)) => Kind::Object,
            Some(Value::Array(_)) => Kind::Array,
        };
        words[first] = kind as u32;
        if let Some(Value::String(text)) = value {
            words[first + 1] = (header_bytes + strings.len()) as u32;
            words[first + 2] = text.len() as u32;
            strings.extend_from_slice(text.as_bytes());
        }
    };
    words[0] = body_bytes as u32;
    let header = secret_header.map(|text| Value::String(text.to_owned()));
    put(&mut words, Layout::SECRET_WORD, header.as_ref());
    for (index, field) in Field::ALL.iter().enumerate() {
        let value = match field.path() {
            [name] => body.get(name),
            [outer, inner] => body.get(outer).and_then(|object| object.get(inner)),
            _ => None,
        };
        put(&mut words, Layout::FIELDS_WORD + 3 * index, value);
    }
    let mut bits = 0u32;
    for (d, from) in Described::ALL.iter().enumerate() {
        let object = match from.member() {
            None => Some(body),
            Some(member) => body.get(member),
        };
        for (t, name) in CUSTOMER_TRAITS.iter().enumerate() {
            if !matches!(object.and_then(|o| o.get(name)), None | Some(Value::Null)) {
                bits |= 1 << (d * CUSTOMER_TRAITS.len() + t);
            }
        }
    }
    words[Layout::TRAITS_WORD] = bits;
    let mut area: Vec<u8> = words.iter().flat_map(|word| word.to_le_bytes()).collect();
    area.extend_from_slice(&strings);
    area
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse_value;

    fn area(body: &str) -> Vec<u8> {
        area_from_json(&parse_value(body.as_bytes()).unwrap(), body.len(), None)
    }

    #[test]
    fn the_growth_ratio_is_written_exactly() {
        let (times, per) = Layout::MAX_NUMBER_GROWTH;
        assert_eq!((times * 10) % per, 0, "one decimal digit must hold it");
        let layout = Layout::to_json();
        assert_eq!(
            layout.get("maxNumberGrowth"),
            Some(&Value::Number("4.4".into()))
        );
    }

    #[test]
    fn the_trait_bits_fit_one_word() {
        assert!(Described::ALL.len() * CUSTOMER_TRAITS.len() <= 32);
    }

    #[test]
    fn a_plain_webhook_is_decided_without_the_body() {
        let body = r#"{"type":"subscription.created","messageId":"m-1","customer":{"id":"c-1"}}"#;
        let outcome = transform_fields(&area(body), &Settings::default())
            .unwrap()
            .expect("decided");
        assert_eq!(outcome.calls.len(), 1);
        assert_eq!(outcome.calls[0].envelope.user_id.as_deref(), Some("c-1"));
        assert_eq!(outcome.calls[0].payload(), &Payload::Body);
    }

    #[test]
    fn what_the_fields_cannot_settle_goes_to_the_full_path() {
        let settings = Settings::default();
        for body in [
            // No messageId: the body must be hashed.
            r#"{"type":"credits.granted","customerId":"c-1"}"#,
            // A numeric customer id.
            r#"{"type":"credits.granted","messageId":"m","customerId":1}"#,
        ] {
            assert_eq!(
                transform_fields(&area(body), &settings).unwrap(),
                None,
                "{body}"
            );
        }
        let body = r#"{"type":"subscription.created","messageId":"m","customer":{"id":"c"}}"#;
        let redacting = Settings::from_json_text(r#"{"redactProperties":["x"]}"#).unwrap();
        assert_eq!(transform_fields(&area(body), &redacting).unwrap(), None);
        let huge = area_from_json(&parse_value(body.as_bytes()).unwrap(), 40_000, None);
        assert_eq!(transform_fields(&huge, &settings).unwrap(), None);
    }

    #[test]
    fn a_broken_area_goes_to_the_full_path_and_never_panics() {
        let good = area(r#"{"type":"subscription.created","messageId":"m","customer":{"id":"c"}}"#);
        for cut in 0..good.len() {
            let _ = transform_fields(&good[..cut], &Settings::default());
        }
        let mut bad_offset = good.clone();
        let type_offset = (Layout::FIELDS_WORD + 1) * 4;
        bad_offset[type_offset..type_offset + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(
            transform_fields(&bad_offset, &Settings::default()).unwrap(),
            None
        );
    }
}
