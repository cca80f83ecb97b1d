//! The JavaScript API: a thin layer over the core. Objects in, objects out,
//! errors thrown as `Error`s whose `name` is Segment's error class.

use crate::json::Value;
use js_sys::{Error as JsError, JsString, Reflect, Uint8Array, JSON};
use wasm_bindgen::prelude::*;

use crate::{Error, Headers, Outcome, Settings};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** What every call carries, whatever its type. */
export interface CallEnvelope {
  userId?: string;
  anonymousId?: string;
  messageId: string;
  timestamp?: string;
  context: {
    integration: { name: "stigg"; version: string };
    /** The Stigg customer id, on track calls when groupCalls is on. */
    groupId?: string;
    stigg?: { trimmed: string[] };
  };
}

/** A track call, exactly as passed to Segment.track (minus `type`). */
export interface TrackCall extends CallEnvelope {
  type: "track";
  event: string;
  properties: Record<string, unknown>;
}

/** An identify call, exactly as passed to Segment.identify (minus `type`). */
export interface IdentifyCall extends CallEnvelope {
  type: "identify";
  traits: Record<string, unknown>;
}

/** A group call, exactly as passed to Segment.group (minus `type`). */
export interface GroupCall extends CallEnvelope {
  type: "group";
  groupId: string;
  traits: Record<string, unknown>;
}

/** One Segment Spec call; `type` says which Segment method sends it. */
export type SegmentCall = TrackCall | IdentifyCall | GroupCall;

/** What one webhook becomes: its calls, or why it has none. */
export interface TransformResult {
  calls: SegmentCall[];
  skipped?: { code: "no_customer" | "filtered"; reason: string };
}

/** One Stigg webhook type, as the catalogue (src/stigg.rs) reads it. */
export interface StiggEventType {
  name: string;
  family: string;
  /** Where its customer id sits, in the order tried; empty when it concerns no customer. */
  customerIdAt: string[];
  identifies: boolean;
  /** Whether a group call goes with it when groupCalls is on. */
  groups: boolean;
  /** Its event name under the "Segment Spec" style, when the Spec has one. */
  specEvent: string | null;
}

/** One column of a warehouse row. */
export interface WarehouseColumn {
  name: string;
  type: "boolean" | "integer" | "float" | "timestamp" | "varchar";
  /** As the warehouse holds it; arrays as JSON text, text cut at 512 characters. */
  value: string | number | boolean;
  /** Where in the call it came from, such as "properties.customer.id". */
  from: string;
  /** The length in characters before the 512-character cut, when cut. */
  cutFrom?: number;
}

/** One row Segment's warehouses write for a call. */
export interface WarehouseRow {
  /** The index of the call it came from. */
  call: number;
  /** "tracks", the event's table, "identifies", "users" or "groups". */
  table: string;
  columns: WarehouseColumn[];
  /** Values of the call no column holds, and why. */
  dropped: { from: string; column: string; reason: string }[];
}

/** One function setting, as created in Segment's editor. */
export interface SettingSchema {
  name: string;
  label: string;
  type: "STRING" | "BOOLEAN" | "ARRAY";
  default: string | boolean | string[];
  choices: string[];
  sensitive: boolean;
  required: boolean;
  description: string;
}
"#;

/// Turns one webhook into Segment calls.
///
/// `headers` is a plain object of header names to values (any case);
/// `settings` is the function's settings object as Segment passes it.
/// Returns `{calls: [{type, ...}], skipped?: {code, reason}}`.
///
/// Throws an `Error` whose `name` is `InvalidEventPayload`,
/// `ValidationError` or `EventNotSupported`; JSON syntax errors also carry
/// `line` and `column`.
#[wasm_bindgen(unchecked_return_type = "TransformResult")]
pub fn transform(
    body: JsString,
    #[wasm_bindgen(
        unchecked_param_type = "Record<string, string | string[] | null | undefined> | null | undefined"
    )]
    headers: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown> | null | undefined")]
    settings: JsValue,
) -> Result<JsValue, JsValue> {
    // A string too long for Segment is refused before it is copied in.
    crate::json::check_body_size(body.length() as usize, false).map_err(to_js_error)?;
    let text = body.as_string().unwrap_or_default();
    respond(text.as_bytes(), Some(&body), headers, settings)
}

/// Runs the transform and builds the JS result. When `js_text` is the JS
/// string the body bytes came from, and the webhook passes through
/// unchanged as the track call's properties (the usual case), that string
/// is spliced in, so the body is never copied back out of wasm memory and
/// re-decoded. Not when U+FFFD appears: it may stand for a lone surrogate
/// that the JS string still holds.
fn respond(
    body: &[u8],
    js_text: Option<&JsString>,
    headers: JsValue,
    settings: JsValue,
) -> Result<JsValue, JsValue> {
    let (json, raw_span) = outcome_json(body, headers, settings)?;
    if let (Some(span), Some(js_text)) = (raw_span, js_text) {
        let untouched = json.as_bytes()[span.clone()] == *body_without_padding(body)
            && !contains_replacement_character(body);
        if untouched {
            let joined = JsString::from(&json[..span.start])
                .concat(&js_text.trim())
                .concat(&JsString::from(&json[span.end..]));
            return parse_json_string(&joined);
        }
    }
    JSON::parse(&json)
}

/// Whether U+FFFD (EF BF BD) is in the bytes. Its lead byte 0xEF is rare,
/// so the search hops from one to the next.
fn contains_replacement_character(body: &[u8]) -> bool {
    let mut rest = body;
    while let Some(at) = rest.iter().position(|&byte| byte == 0xEF) {
        if rest[at..].starts_with(&[0xEF, 0xBF, 0xBD]) {
            return true;
        }
        rest = &rest[at + 1..];
    }
    false
}

/// The body as `Document::raw` passes it through: no byte order mark, no
/// whitespace around (which is also what `String.prototype.trim` removes
/// from a valid JSON text).
fn body_without_padding(body: &[u8]) -> &[u8] {
    let body = body.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(body);
    let is_padding = |byte: &u8| matches!(byte, b' ' | b'\t' | b'\n' | b'\r');
    let start = body
        .iter()
        .position(|b| !is_padding(b))
        .unwrap_or(body.len());
    let end = body
        .iter()
        .rposition(|b| !is_padding(b))
        .map_or(start, |i| i + 1);
    &body[start..end]
}

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` on a JS string, which `js_sys::JSON::parse` (taking
    /// `&str`) would first copy through wasm memory.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse_json_string(text: &JsString) -> Result<JsValue, JsValue>;
}

/// `transform` for a body already encoded as UTF-8, such as a Node
/// `Buffer`: copying bytes in is one memcpy, where passing a string makes
/// wasm-bindgen's glue re-encode it in JS, character by character. The
/// Segment script uses it, passing the string the bytes came from as
/// `text` so the result can reuse it. Invalid UTF-8 is an
/// `InvalidEventPayload` error naming the byte.
#[wasm_bindgen(js_name = transformBytes, unchecked_return_type = "TransformResult")]
pub fn transform_bytes(
    body: Uint8Array,
    #[wasm_bindgen(
        unchecked_param_type = "Record<string, string | string[] | null | undefined> | null | undefined"
    )]
    headers: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown> | null | undefined")]
    settings: JsValue,
    text: Option<JsString>,
) -> Result<JsValue, JsValue> {
    // Too large for Segment: refused before it is copied into wasm memory.
    crate::json::check_body_size(body.length() as usize, true).map_err(to_js_error)?;
    respond(&body.to_vec(), text.as_ref(), headers, settings)
}

/// The transform's outcome as JSON, and where the body's own text sits in it.
fn outcome_json(
    body: &[u8],
    headers: JsValue,
    settings: JsValue,
) -> Result<(String, Option<std::ops::Range<usize>>), JsValue> {
    let headers = read_headers(headers)?;
    let settings = read_settings(settings)?;
    let outcome: Outcome = crate::transform(body, &headers, &settings).map_err(to_js_error)?;
    Ok(outcome.to_json_marked())
}

/// The crate version, which is also `context.integration.version`.
#[wasm_bindgen]
pub fn version() -> String {
    crate::calls::VERSION.to_owned()
}

/// Every Stigg webhook type the catalogue knows: its family, where its
/// customer id sits, and whether it also yields an identify call.
#[wasm_bindgen(js_name = eventTypes, unchecked_return_type = "StiggEventType[]")]
pub fn event_types() -> Result<JsValue, JsValue> {
    JSON::parse(&crate::json::to_text(&crate::stigg::catalogue_json()))
}

/// The rows Segment's warehouses would write for calls: a transform
/// result, a list of calls or one call, as `transform` returns them or as
/// a Segment function passes them on. Each row names its table, its
/// columns with their types, and the values dropped or cut.
#[wasm_bindgen(js_name = warehouseRows, unchecked_return_type = "{ rows: WarehouseRow[] }")]
pub fn warehouse_rows(
    #[wasm_bindgen(unchecked_param_type = "TransformResult | SegmentCall[] | SegmentCall")]
    calls: JsValue,
) -> Result<JsValue, JsValue> {
    let calls = plain_data(&calls, "calls")?;
    let rows = crate::warehouse::preview(&calls).map_err(to_js_error)?;
    JSON::parse(&crate::json::to_text(&rows))
}

/// Every setting with its type, default, choices and description.
#[wasm_bindgen(js_name = settingsSchema, unchecked_return_type = "SettingSchema[]")]
pub fn settings_schema() -> Result<JsValue, JsValue> {
    JSON::parse(&crate::json::to_text(&crate::settings::schema()))
}

/// `transform` with objects crossing the boundary through
/// serde-wasm-bindgen, field by field, in both directions: the design the
/// product does not use, kept so `make bench` can measure the difference.
#[cfg(feature = "bench-object-boundary")]
#[wasm_bindgen(js_name = transformObjects)]
pub fn transform_objects(
    body: JsValue,
    headers: JsValue,
    settings: JsValue,
) -> Result<JsValue, JsValue> {
    use serde_json::Value as SerdeValue;
    let body: SerdeValue = serde_wasm_bindgen::from_value(body).map_err(JsValue::from)?;
    let text = serde_json::to_string(&body).map_err(|err| JsValue::from(err.to_string()))?;
    let (json, _) = outcome_json(text.as_bytes(), headers, settings)?;
    let outcome: SerdeValue =
        serde_json::from_str(&json).map_err(|err| JsValue::from(err.to_string()))?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&outcome, &serializer).map_err(JsValue::from)
}

/// Panics inside wasm, which traps; only in builds for the trap-recovery
/// tests.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = forceTrap)]
pub fn force_trap() {
    panic!("forced trap for tests");
}

/// The size of this instance's linear memory; only in builds for the memory
/// tests.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65536) as f64
}

fn read_headers(headers: JsValue) -> Result<Headers, JsValue> {
    if headers.is_null() || headers.is_undefined() {
        return Ok(Headers::new());
    }
    let Value::Object(map) = plain_data(&headers, "headers")? else {
        return Err(to_js_error(Error::validation(
            "headers must be an object of header names to values",
        )));
    };
    let mut headers = Headers::new();
    for (name, value) in map.iter() {
        match value {
            Value::String(text) => headers = headers.with(name, text),
            // Node gives repeated headers as arrays; HTTP joins them so.
            Value::Array(items) => {
                let joined: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
                headers = headers.with(name, &joined.join(", "));
            }
            _ => {}
        }
    }
    Ok(headers)
}

fn read_settings(settings: JsValue) -> Result<Settings, JsValue> {
    if settings.is_null() || settings.is_undefined() {
        return Ok(Settings::default());
    }
    Settings::from_json(&plain_data(&settings, "settings")?).map_err(to_js_error)
}

/// Copies a JS object into Rust as JSON text: one native `JSON.stringify`,
/// which also works for objects from another realm, and the same parser the
/// body uses. (serde-wasm-bindgen did the same job but added 13 KB of float
/// formatting to the module; see BENCHMARKS.md.)
fn plain_data(value: &JsValue, what: &str) -> Result<Value, JsValue> {
    let text = JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| to_js_error(Error::validation(format!("{what} must be plain JSON data"))))?;
    crate::json::parse_value(text.as_bytes()).map_err(|err| {
        to_js_error(Error::validation(format!(
            "{what} must be plain JSON data: {}",
            err.message
        )))
    })
}

fn to_js_error(error: Error) -> JsValue {
    let js_error = JsError::new(&error.message);
    js_error.set_name(error.kind.name());
    if let Some(position) = error.position {
        // Setting a property on a fresh Error object cannot fail.
        let _ = Reflect::set(&js_error, &"line".into(), &(position.line as f64).into());
        let _ = Reflect::set(
            &js_error,
            &"column".into(),
            &(position.column as f64).into(),
        );
    }
    js_error.into()
}
