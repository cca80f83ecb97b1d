//! The JavaScript API: a thin layer over the core. Objects in, objects out,
//! errors thrown as `Error`s whose `name` is Segment's error class.

use std::cell::RefCell;

use crate::fields::Layout;
// What the package's exports build their answers from; the Segment script's
// build answers in numbers and the tape.
#[cfg(any(
    feature = "js-transform",
    feature = "bench-object-boundary",
    feature = "warehouse-preview",
    feature = "env-settings"
))]
use crate::json::Value;
use js_sys::{Error as JsError, Reflect};
#[cfg(any(feature = "js-transform", feature = "bench-object-boundary"))]
use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::*;
#[cfg(any(feature = "js-transform", feature = "bench-object-boundary"))]
use wasm_bindgen::JsCast;

use crate::{Error, Headers, Settings};

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

/** The limits and names the JS side takes from the core. */
export interface Limits {
  maxBodyBytes: number;
  segmentCallLimitBytes: number;
  callBudgetBytes: number;
  secretHeader: string;
  /** The variable a host reads the webhookSecret setting from (STIGG_SEGMENT_WEBHOOK_SECRET). */
  webhookSecretVariable: string;
  errorClasses: string[];
}

/** One Stigg webhook type, as the catalogue (src/stigg/catalogue.rs) reads it. */
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
  /** The environment variable (or Worker variable) hosts read it from. */
  variable: string;
}
"#;

/// Turns one webhook into Segment calls.
///
/// `body`: a string, UTF-8 bytes (a `Uint8Array` or a Node `Buffer`), or a
/// parsed object. `headers`: a plain object, a `Map` or a fetch `Headers`
/// (names in any case). `settings`: the function's settings. `receivedAt`,
/// for a relay that queues the calls: when the webhook arrived (ISO 8601 or
/// a `Date`), which dates a call without Stigg's valid `timestamp`.
/// Returns `{calls: [{type, ...}], skipped?: {code, reason}}`; given
/// `receivedAt`, with `webhook: {type?, messageId?}`, what the webhook says
/// it is (for a relay's log line; on an error thrown once the secret passed
/// too). Throws an `Error` named `InvalidEventPayload` (with `line` and
/// `column` for JSON syntax), `ValidationError` (`refusal: "secret"` for a
/// wrong secret) or `EventNotSupported`; a `TypeError` names a wrong argument.
#[cfg(feature = "js-transform")]
#[wasm_bindgen(unchecked_return_type = "TransformResult")]
pub fn transform(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | Record<string, unknown>")]
    body: JsValue,
    #[wasm_bindgen(
        unchecked_param_type = "Record<string, string | string[] | null | undefined> | Map<string, string> | Headers | null | undefined"
    )]
    headers: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown> | null | undefined")]
    settings: JsValue,
    #[wasm_bindgen(js_name = receivedAt)] received_at: Option<ReceivedAt>,
) -> Result<JsValue, JsValue> {
    relay_transform(&body, headers, settings, received_at)
}

/// The transform's outcome as the JSON text the JS side parses.
#[cfg(feature = "bench-object-boundary")]
fn outcome_json(body: &JsValue, headers: JsValue, settings: JsValue) -> Result<String, JsValue> {
    let body = read_body(body)?;
    let headers = read_headers(headers)?;
    let outcome = with_settings(settings, |settings| {
        crate::transform(&body, &headers, settings)
    })?;
    Ok(outcome.to_json())
}

/// The body's bytes. A string or an object too long for Segment is refused
/// before it is copied in.
#[cfg(any(feature = "js-transform", feature = "bench-object-boundary"))]
fn read_body(body: &JsValue) -> Result<Vec<u8>, JsValue> {
    let check =
        |len: usize, exact: bool| crate::json::check_body_size(len, exact).map_err(to_js_error);
    if let Some(text) = body.dyn_ref::<JsString>() {
        check(text.length() as usize, false)?;
        return Ok(text.as_string().unwrap_or_default().into_bytes());
    }
    // `instanceof Uint8Array` fails for a Buffer from another realm (the
    // Segment sandbox's Buffer is the host's); a view of bytes is a view of
    // bytes whichever realm made it.
    if js_sys::ArrayBuffer::is_view(body) {
        let bytes = body.unchecked_ref::<Uint8Array>();
        let element_size = Reflect::get(body, &"BYTES_PER_ELEMENT".into()).ok();
        if element_size.and_then(|size| size.as_f64()) != Some(1.0) {
            return Err(type_error("body", "a typed array of other than bytes"));
        }
        check(bytes.length() as usize, true)?;
        return Ok(bytes.to_vec());
    }
    if body.is_object() {
        let text = js_sys::JSON::stringify(body)
            .ok()
            .and_then(|text| text.as_string())
            .ok_or_else(|| type_error("body", "an object JSON.stringify cannot write"))?;
        check(text.len(), true)?;
        return Ok(text.into_bytes());
    }
    Err(type_error(
        "body",
        "not a string, a Uint8Array or an object",
    ))
}

#[cfg(any(feature = "js-transform", feature = "bench-object-boundary"))]
fn type_error(argument: &str, problem: &str) -> JsValue {
    js_sys::TypeError::new(&format!(
        "stigg-segment: the {argument} argument is {problem}"
    ))
    .into()
}

thread_local! {
    /// The settings last seen, as JSON text, and what they parsed to:
    /// Segment passes the same settings to every webhook, so they are read
    /// once, not per webhook.
    static SETTINGS: RefCell<Option<(String, Settings)>> = const { RefCell::new(None) };

    /// Where the Segment script writes a webhook's fields (see
    /// `crate::fields::Layout`). Allocated once per instance.
    static FIELD_AREA: RefCell<Vec<u8>> = RefCell::new(vec![0; Layout::AREA_BYTES + 3]);
}

/// The field area proper: the part of FIELD_AREA that starts on a 4-byte
/// boundary, so the script can see it as 32-bit words (a `Uint32Array`).
fn with_field_area<R>(use_area: impl FnOnce(&mut [u8]) -> R) -> R {
    FIELD_AREA.with(|area| {
        let mut area = area.borrow_mut();
        let start = (4 - area.as_ptr() as usize % 4) % 4;
        use_area(&mut area[start..start + Layout::AREA_BYTES])
    })
}

/// Runs `use_settings` with the settings `raw` holds, parsed once per
/// distinct value.
#[cfg(any(
    feature = "js-transform",
    feature = "bench-object-boundary",
    feature = "tracking-plan"
))]
fn with_settings<T>(
    raw: JsValue,
    use_settings: impl FnOnce(&Settings) -> Result<T, Error>,
) -> Result<T, JsValue> {
    let text = if raw.is_null() || raw.is_undefined() {
        String::from("{}")
    } else {
        js_sys::JSON::stringify(&raw)
            .ok()
            .and_then(|text| text.as_string())
            .ok_or_else(|| to_js_error(Error::validation("settings must be plain JSON data")))?
    };
    configure(&text)?;
    SETTINGS.with(|cache| match cache.borrow().as_ref() {
        Some((_, settings)) => use_settings(settings).map_err(to_js_error),
        None => Err(to_js_error(Error::validation("settings are not set"))),
    })
}

/// The Segment script's full path: the body's UTF-8 bytes (a `Uint8Array`
/// or a Buffer from any realm) and the secret
/// header's value, decided with the settings last `configure`d; the
/// outcome as JSON text. It stands in for `transform`, whose JS argument
/// handling (strings, objects, `Map`s, `Headers`) only the npm package's
/// users need, in the build without `js-transform`.
#[cfg(not(feature = "js-transform"))]
#[wasm_bindgen(js_name = transformBody)]
pub fn transform_body(body: js_sys::Uint8Array, secret: Option<String>) -> Result<String, JsValue> {
    // Refused before it is copied in, so an oversized body never grows memory.
    crate::json::check_body_size(body.length() as usize, true).map_err(to_js_error)?;
    let body = body.to_vec();
    let headers = match secret {
        Some(secret) => Headers::new().with(crate::SECRET_HEADER, &secret),
        None => Headers::new(),
    };
    SETTINGS.with(|cache| match cache.borrow().as_ref() {
        Some((_, settings)) => crate::transform(&body, &headers, settings)
            .map(|outcome| outcome.to_json())
            .map_err(to_js_error),
        None => Err(to_js_error(Error::validation("settings are not set"))),
    })
}

/// Sets the settings, as JSON text, that `transformFields` uses; a no-op
/// when they are the ones already set.
#[wasm_bindgen]
pub fn configure(settings: &str) -> Result<(), JsValue> {
    let unchanged = SETTINGS.with(|cache| {
        cache
            .borrow()
            .as_ref()
            .is_some_and(|(cached, _)| cached == settings)
    });
    if !unchanged {
        let parsed = Settings::from_json_text(settings).map_err(to_js_error)?;
        SETTINGS.with(|cache| *cache.borrow_mut() = Some((settings.to_owned(), parsed)));
    }
    Ok(())
}

/// The limits and names the JS side needs, from the core so that nothing is
/// restated there: `{maxBodyBytes, segmentCallLimitBytes, callBudgetBytes,
/// secretHeader, webhookSecretVariable, errorClasses}`. The Segment script has
/// them, but the variable, written in by scripts/bundle.js (see `fieldArea`).
#[cfg(feature = "js-transform")]
#[wasm_bindgen(unchecked_return_type = "Limits")]
pub fn limits() -> Result<JsValue, JsValue> {
    let number = |n: usize| Value::Number(n.to_string());
    let mut limits = crate::json::Object::new();
    limits.insert("maxBodyBytes", number(crate::json::MAX_BODY_BYTES));
    limits.insert(
        "segmentCallLimitBytes",
        number(crate::fit::SEGMENT_CALL_LIMIT_BYTES),
    );
    limits.insert("callBudgetBytes", number(crate::fit::CALL_BUDGET_BYTES));
    limits.insert("secretHeader", crate::SECRET_HEADER.into());
    let secret_variable = crate::settings::WEBHOOK_SECRET.env_variable();
    limits.insert("webhookSecretVariable", Value::String(secret_variable));
    let classes = crate::ErrorKind::ALL.iter().map(|kind| kind.name().into());
    limits.insert("errorClasses", Value::Array(classes.collect()));
    js_sys::JSON::parse(&crate::json::to_text(&Value::Object(limits)))
}

/// Where the field area sits in this instance's memory, and how the fields
/// are laid out in it (`crate::fields::Layout`).
#[cfg(feature = "js-transform")]
#[wasm_bindgen(js_name = fieldLayout)]
pub fn field_layout() -> Result<JsValue, JsValue> {
    let address = with_field_area(|area| area.as_ptr() as usize);
    let mut layout = match Layout::to_json() {
        Value::Object(layout) => layout,
        _ => crate::json::Object::new(),
    };
    layout.insert("address", Value::Number(address.to_string()));
    js_sys::JSON::parse(&crate::json::to_text(&Value::Object(layout)))
}

/// The Segment script's `fieldLayout`: where the field area sits in this
/// instance's memory. The rest of the layout, and `limits()`, are constants
/// scripts/bundle.js writes into the script from the package's build of the
/// same core, so a cold start does not build them; the script passes three
/// of them back, and a script whose layout is not this wasm's stops here.
#[cfg(not(feature = "js-transform"))]
#[wasm_bindgen(js_name = fieldArea)]
pub fn field_area(header_words: usize, area_bytes: usize, words: usize) -> Result<usize, JsValue> {
    if (header_words, area_bytes, words)
        != (
            Layout::HEADER_WORDS,
            Layout::AREA_BYTES,
            crate::calls::Word::ALL.len(),
        )
    {
        return Err(js_sys::Error::new(
            "stigg-segment: the script's field layout is not its wasm's; rebuild it",
        )
        .into());
    }
    Ok(with_field_area(|area| area.as_ptr() as usize))
}

/// The fast path: decides on the fields the script wrote into the field
/// area, with the settings last `configure`d. Returns the outcome as JSON
/// text, its payloads named rather than filled in (`"body"`, or
/// `[member, ...trait names]`); `undefined` when the full path (`transform`)
/// must finish the job.
#[cfg(feature = "js-transform")]
#[wasm_bindgen(js_name = transformFields)]
pub fn transform_fields() -> Result<Option<String>, JsValue> {
    Ok(decide_on_fields()?.map(|outcome| outcome.to_json()))
}

/// The Segment script's fast path: decides as `transformFields` does, and
/// writes the outcome over the field area as a tape (`crate::tape`).
/// Returns how many op words it holds; 0 when the full path must finish
/// the job. Not in the npm package, which answers in JSON
/// (`transformFields`), as `transformBody` gives way to `transform` there.
#[cfg(not(feature = "js-transform"))]
#[wasm_bindgen(js_name = decideFields)]
pub fn decide_fields() -> Result<u32, JsValue> {
    let Some(outcome) = decide_on_fields()? else {
        return Ok(0);
    };
    with_field_area(|area| {
        let mut tape = crate::tape::Tape::new(area);
        outcome.encode(&mut tape);
        Ok(tape.finish().map_or(0, |ops| ops as u32))
    })
}

fn decide_on_fields() -> Result<Option<crate::calls::Outcome>, JsValue> {
    with_field_area(|area| {
        SETTINGS.with(|cache| match cache.borrow().as_ref() {
            Some((_, settings)) => crate::fields::transform_fields(area, settings),
            None => Ok(None),
        })
    })
    .map_err(to_js_error)
}

/// The crate version, which is also `context.integration.version`.
#[cfg(feature = "catalogue-exports")]
#[wasm_bindgen]
pub fn version() -> String {
    crate::calls::VERSION.to_owned()
}

/// Every Stigg webhook type the catalogue knows: its family, where its
/// customer id sits, and whether it also yields an identify call.
#[cfg(feature = "catalogue-exports")]
#[wasm_bindgen(js_name = eventTypes, unchecked_return_type = "StiggEventType[]")]
pub fn event_types() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&crate::json::to_text(&crate::stigg::catalogue_json()))
}

/// The rows Segment's warehouses would write for calls: a transform
/// result, a list of calls or one call, as `transform` returns them or as
/// a Segment function passes them on. Each row names its table, its
/// columns with their types, and the values dropped or cut.
#[cfg(feature = "warehouse-preview")]
#[wasm_bindgen(js_name = warehouseRows, unchecked_return_type = "{ rows: WarehouseRow[] }")]
pub fn warehouse_rows(
    #[wasm_bindgen(unchecked_param_type = "TransformResult | SegmentCall[] | SegmentCall")]
    calls: JsValue,
) -> Result<JsValue, JsValue> {
    let calls = plain_data(&calls, "calls")?;
    let rows = crate::warehouse::preview(&calls).map_err(to_js_error)?;
    js_sys::JSON::parse(&crate::json::to_text(&rows))
}

/// Every setting with its type, default, choices and description.
#[cfg(feature = "catalogue-exports")]
#[wasm_bindgen(js_name = settingsSchema, unchecked_return_type = "SettingSchema[]")]
pub fn settings_schema() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&crate::json::to_text(&crate::settings::schema()))
}

/// The Segment tracking plan for what the function emits under these
/// settings: `{rules: [{type, key, version, jsonSchema}]}`, the body
/// Segment's Public API takes to replace a tracking plan's rules. Options:
/// `{strict: true}` for the plan that closes Stigg's properties (absent or
/// false: the default, which plans them and allows the rest). For the npm
/// package and the playground only (feature `tracking-plan`): the Segment
/// script's wasm never carries it.
#[cfg(feature = "tracking-plan")]
#[wasm_bindgen(js_name = trackingPlan, unchecked_return_type = "TrackingPlan")]
pub fn tracking_plan(
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown> | null | undefined")]
    settings: JsValue,
    options: Option<TrackingPlanOptions>,
) -> Result<JsValue, JsValue> {
    use crate::tracking_plan::Variant;
    let options = options.map_or(JsValue::NULL, JsValue::from);
    let variant = if options.is_null() || options.is_undefined() {
        Variant::Default
    } else {
        let text = js_sys::JSON::stringify(&options)
            .ok()
            .and_then(|text| text.as_string())
            .ok_or_else(|| {
                to_js_error(Error::validation(
                    "the tracking plan's options must be plain JSON data",
                ))
            })?;
        Variant::from_options_json(&text).map_err(to_js_error)?
    };
    let plan = with_settings(settings, |settings| {
        Ok(crate::tracking_plan::tracking_plan(settings, variant))
    })?;
    js_sys::JSON::parse(&crate::json::to_text(&plan))
}

#[cfg(feature = "tracking-plan")]
#[wasm_bindgen]
extern "C" {
    /// `trackingPlan`'s options, typed by the custom section below; a
    /// trailing `Option` of it makes the parameter optional in TypeScript.
    #[wasm_bindgen(typescript_type = "TrackingPlanOptions")]
    pub type TrackingPlanOptions;
}

#[cfg(feature = "tracking-plan")]
#[wasm_bindgen(typescript_custom_section)]
const TRACKING_PLAN_TYPES: &str = r#"
/** One tracking-plan rule, as Segment's Public API takes it. */
export interface TrackingPlanRule {
  type: "TRACK" | "IDENTIFY" | "GROUP";
  /** The track event name; "" for identify and group rules. */
  key: string;
  version: number;
  /** A JSON Schema (draft-07) of the whole call. */
  jsonSchema: Record<string, unknown>;
}

/** The body of Segment's "Replace Rules in Tracking Plan" request. */
export interface TrackingPlan {
  rules: TrackingPlanRule[];
}

/** Which tracking plan `trackingPlan` makes. */
export interface TrackingPlanOptions {
  /**
   * `true`: the strict plan, which closes Stigg's webhook (a track call's
   * properties, nested objects too): Protocols reports every member Stigg
   * adds. Absent or `false`: the default plan, which plans Stigg's members
   * and allows any other, safe with every Protocols blocking setting.
   */
  strict?: boolean;
}
"#;

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
    let json = outcome_json(&JsValue::from(text), headers, settings)?;
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

/// Request headers from a plain object, a `Map` or a fetch `Headers`.
#[cfg(any(feature = "js-transform", feature = "bench-object-boundary"))]
fn read_headers(headers: JsValue) -> Result<Headers, JsValue> {
    if headers.is_null() || headers.is_undefined() {
        return Ok(Headers::new());
    }
    if !headers.is_object() {
        return Err(type_error("headers", "not an object, a Map or a Headers"));
    }
    // A Map or a fetch Headers lists its entries; a plain object is data.
    let entries = Reflect::get(&headers, &"entries".into()).unwrap_or(JsValue::UNDEFINED);
    if entries.is_function() {
        let mut read = Headers::new();
        let iterator = js_sys::Function::from(entries)
            .call0(&headers)
            .map_err(|_| type_error("headers", "a Map or Headers whose entries cannot be read"))?;
        let iterator = js_sys::try_iter(&iterator).ok().flatten().ok_or_else(|| {
            type_error("headers", "a Map or Headers whose entries cannot be read")
        })?;
        for entry in iterator {
            let entry = js_sys::Array::from(&entry?);
            if let (Some(name), Some(value)) = (entry.get(0).as_string(), entry.get(1).as_string())
            {
                read = read.with(&name, &value);
            }
        }
        return Ok(read);
    }
    let Value::Object(map) = plain_data(&headers, "headers")? else {
        return Err(type_error("headers", "not an object, a Map or a Headers"));
    };
    let mut read = Headers::new();
    for (name, value) in map.iter() {
        match value {
            Value::String(text) => read = read.with(name, text),
            // Node gives repeated headers as arrays; HTTP joins them so.
            Value::Array(items) => {
                let joined: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
                read = read.with(name, &joined.join(", "));
            }
            _ => {}
        }
    }
    Ok(read)
}

/// Copies a JS object into Rust as JSON text: one native `JSON.stringify`,
/// which also works for objects from another realm, and the same parser the
/// body uses. (serde-wasm-bindgen did the same job but added 13 KB of float
/// formatting to the module; see BENCHMARKS.md.)
#[cfg(any(
    feature = "js-transform",
    feature = "bench-object-boundary",
    feature = "warehouse-preview",
    feature = "env-settings"
))]
fn plain_data(value: &JsValue, what: &str) -> Result<Value, JsValue> {
    plain_data_within(value, what, &crate::json::WEBHOOK_BODY)
}

/// [`plain_data`] within the limit of `source`.
#[cfg(any(
    feature = "js-transform",
    feature = "bench-object-boundary",
    feature = "warehouse-preview",
    feature = "env-settings"
))]
fn plain_data_within(
    value: &JsValue,
    what: &str,
    source: &crate::json::Source,
) -> Result<Value, JsValue> {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| to_js_error(Error::validation(format!("{what} must be plain JSON data"))))?;
    crate::json::parse_value_within(text.as_bytes(), source).map_err(|err| {
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

// The delivery policy's export, last in the file: code above it is in the
// Segment script's wasm, whose panic locations name its lines.

#[cfg(feature = "delivery-policy")]
type JsonValue = crate::json::Value;

/// One delivery of calls to a Segment endpoint, decided by the core's
/// delivery policy (`src/delivery.rs`), the one `stigg-segment send` and
/// `serve` use: the host posts, the core says what each answer means. For
/// the edge relay's queue consumer; see `DeliveryPolicy` and friends for the
/// shapes.
#[cfg(feature = "delivery-policy")]
#[wasm_bindgen(js_name = Delivery)]
pub struct DeliveryExport(crate::delivery::Delivery);

#[cfg(feature = "delivery-policy")]
#[wasm_bindgen(js_class = Delivery)]
impl DeliveryExport {
    /// A delivery to `endpoint` (a URL as `Delivery.endpoint` returns it)
    /// of calls whose JSON weighs `callBytes` (UTF-8 bytes, in order),
    /// `firstAttempt` being how many times they were tried before, plus 1.
    #[wasm_bindgen(constructor)]
    pub fn new(
        endpoint: &str,
        #[wasm_bindgen(js_name = callBytes)] call_bytes: &[u32],
        #[wasm_bindgen(unchecked_param_type = "DeliveryPolicy")] policy: JsValue,
        #[wasm_bindgen(js_name = firstAttempt)] first_attempt: u32,
    ) -> Result<DeliveryExport, JsValue> {
        let sizes = call_bytes.iter().map(|&n| n as usize).collect();
        Ok(DeliveryExport(crate::delivery::Delivery::new(
            endpoint,
            sizes,
            read_policy(&policy)?,
            first_attempt,
        )))
    }

    /// The next request: `{from, to, attempt}`, the calls `[from, to)` as
    /// one batch; `undefined` once the delivery is over.
    #[wasm_bindgen(js_name = next, unchecked_return_type = "DeliveryRequest | undefined")]
    pub fn next_request(&mut self) -> Result<JsValue, JsValue> {
        let Some(request) = self.0.next_request() else {
            return Ok(JsValue::UNDEFINED);
        };
        let mut out = crate::json::Object::new();
        out.insert("from", number(request.calls.start as u64));
        out.insert("to", number(request.calls.end as u64));
        out.insert("attempt", number(u64::from(request.attempt)));
        js_sys::JSON::parse(&crate::json::to_text(&JsonValue::Object(out)))
    }

    /// What Segment's answer to that request means: `{decision, ...}`.
    /// Throws when no request awaits an answer.
    #[wasm_bindgen(unchecked_return_type = "DeliveryDecision")]
    pub fn answer(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "SegmentAnswer")] answer: JsValue,
    ) -> Result<JsValue, JsValue> {
        let read = read_answer(&answer)?;
        let answer = match &read.got {
            Got::Failed(kind) => crate::delivery::Answer::Failed {
                kind: crate::delivery::NetworkFailure::from_name(kind).ok_or_else(|| {
                    JsError::new(&format!(
                        "stigg-segment: an answer's failed is \"timeout\", \"connection\" or \"plain_http\", not {}",
                        crate::json::quoted(kind)
                    ))
                })?,
                message: &read.message,
            },
            Got::Http(status) => crate::delivery::Answer::Http {
                status: *status,
                retry_after: read.retry_after.as_deref(),
                location: read.location.as_deref(),
                body: &read.body,
                now_ms: js_sys::Date::now() as u64,
            },
        };
        let decision = self
            .0
            .answer(answer, js_sys::Math::random())
            .ok_or_else(|| {
                JsError::new("stigg-segment: no request awaits an answer; call next() first")
            })?;
        js_sys::JSON::parse(&crate::json::to_text(&decision_json(decision)))
    }

    /// Stops the delivery (the host is shutting down): what is not settled
    /// stays unsent.
    pub fn interrupt(&mut self) {
        self.0.interrupt();
    }

    /// Every call's fate, and why the delivery stopped: `{sent, deadLettered,
    /// unsent, stop, message, waitMs, requests, splitTooLarge}`. Frees the
    /// delivery.
    #[wasm_bindgen(unchecked_return_type = "DeliveryOutcome")]
    pub fn finish(self) -> Result<JsValue, JsValue> {
        let outcome = self.0.finish();
        js_sys::JSON::parse(&crate::json::to_text(&delivery_outcome_json(outcome)))
    }

    /// The URL to post batches to, from a URL given as Segment's libraries
    /// take their `host`; throws, naming the problem, when it is not https
    /// (plain http only to loopback) or holds credentials.
    pub fn endpoint(given: &str) -> Result<String, JsValue> {
        crate::delivery::endpoint_url(given).map_err(|message| JsError::new(&message).into())
    }

    /// Segment's endpoint for a region (`us` or `eu`), or `undefined`.
    #[wasm_bindgen(js_name = regionEndpoint)]
    pub fn region_endpoint(region: &str) -> Option<String> {
        crate::delivery::region_endpoint(region).map(str::to_owned)
    }

    /// Throws when a write key is empty or not printable ASCII; the message
    /// names `variable`, never the key.
    #[wasm_bindgen(js_name = checkWriteKey)]
    pub fn check_write_key(variable: &str, key: &str) -> Result<(), JsValue> {
        crate::delivery::check_write_key(variable, key)
            .map_err(|message| JsError::new(&message).into())
    }

    /// A relay's target spec,
    /// `name=NAME,write-key-env=VAR[,region=us|eu][,endpoint=URL][,namespace=NS]`,
    /// read by the rule `stigg-segment serve --target` reads it by: `{name,
    /// writeKeyVariable, endpoint, namespace?}`, the endpoint as
    /// `Delivery.endpoint` gives it. Throws, saying what is wrong with it.
    #[wasm_bindgen(js_name = parseTarget, unchecked_return_type = "TargetSpec")]
    pub fn parse_target(spec: &str) -> Result<JsValue, JsValue> {
        let read = crate::delivery::TargetSpec::parse(spec)
            .map_err(|message| JsValue::from(JsError::new(&message)))?;
        let mut out = crate::json::Object::new();
        out.insert("name", JsonValue::String(read.name));
        out.insert(
            "writeKeyVariable",
            JsonValue::String(read.write_key_variable),
        );
        out.insert("endpoint", JsonValue::String(read.endpoint));
        if let Some(namespace) = read.namespace {
            out.insert("namespace", JsonValue::String(namespace));
        }
        js_sys::JSON::parse(&crate::json::to_text(&JsonValue::Object(out)))
    }

    /// How many bytes of an answer a host reads before it scrubs the write
    /// key out of it: twice what the core keeps, so that a key the core's
    /// cut falls across is whole when it is scrubbed. The core makes the cut.
    #[wasm_bindgen(js_name = answerReadBytes)]
    pub fn answer_read_bytes() -> usize {
        crate::delivery::ANSWER_READ_BYTES
    }

    /// `text` with every one of `secrets` replaced by `replacement`, the
    /// longest first; with `cutShort` (the text is the start of a longer
    /// answer), a first part of a secret that ends it goes too.
    pub fn scrub(
        text: &str,
        #[wasm_bindgen(unchecked_param_type = "string[]")] secrets: js_sys::Array,
        replacement: &str,
        #[wasm_bindgen(js_name = cutShort)] cut_short: bool,
    ) -> Result<String, JsValue> {
        let secrets = secrets
            .iter()
            .map(|secret| secret.as_string())
            .collect::<Option<Vec<String>>>()
            .ok_or_else(|| {
                js_sys::TypeError::new("stigg-segment: scrub's secrets must be strings")
            })?;
        let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
        Ok(crate::delivery::scrub(
            text,
            &secrets,
            replacement,
            cut_short,
        ))
    }
}

#[cfg(feature = "delivery-policy")]
fn number(n: u64) -> JsonValue {
    JsonValue::Number(n.to_string())
}

/// `{maxAttempts, backoffMs, maxBackoffMs, maxRetryAfterMs, holdMs}`; an
/// absent member takes the binary's default.
#[cfg(feature = "delivery-policy")]
fn read_policy(policy: &JsValue) -> Result<crate::delivery::Policy, JsValue> {
    let mut read = crate::delivery::Policy::default();
    if policy.is_null() || policy.is_undefined() {
        return Ok(read);
    }
    let fields: [(&str, &mut u64); 4] = [
        ("backoffMs", &mut read.backoff_ms),
        ("maxBackoffMs", &mut read.max_backoff_ms),
        ("maxRetryAfterMs", &mut read.max_retry_after_ms),
        ("holdMs", &mut read.hold_ms),
    ];
    let member = |name: &str| -> Result<Option<f64>, JsValue> {
        let value = Reflect::get(policy, &name.into()).unwrap_or(JsValue::UNDEFINED);
        if value.is_undefined() {
            return Ok(None);
        }
        match value.as_f64() {
            Some(n) if n.is_finite() && n >= 0.0 => Ok(Some(n)),
            _ => Err(JsError::new(&format!(
                "stigg-segment: the delivery policy's {name} must be a number, 0 or more"
            ))
            .into()),
        }
    };
    for (name, field) in fields {
        if let Some(n) = member(name)? {
            *field = n as u64;
        }
    }
    if let Some(n) = member("maxAttempts")? {
        read.max_attempts = n.min(f64::from(u32::MAX)) as u32;
    }
    Ok(read)
}

/// What a host got for a request: an HTTP status or, when there was no
/// answer, `failed`.
#[cfg(feature = "delivery-policy")]
enum Got {
    Http(u16),
    Failed(String),
}

/// An answer as a host passes it (`SegmentAnswer`, `StiggAnswer`), by one
/// rule for both: `failed` (a string) when there was no answer, else a
/// `status`, an integer from 100 to 999; then the text members the host
/// sets. A member that is not a string is absent.
#[cfg(feature = "delivery-policy")]
struct HostAnswer {
    got: Got,
    retry_after: Option<String>,
    location: Option<String>,
    body: String,
    message: String,
}

#[cfg(feature = "delivery-policy")]
fn read_answer(answer: &JsValue) -> Result<HostAnswer, JsValue> {
    let text = |name: &str| {
        Reflect::get(answer, &name.into())
            .ok()
            .and_then(|value| value.as_string())
    };
    let got = match text("failed") {
        Some(failed) => Got::Failed(failed),
        None => Reflect::get(answer, &"status".into())
            .ok()
            .and_then(|value| value.as_f64())
            .filter(|status| (100.0..=999.0).contains(status) && status.fract() == 0.0)
            .map(|status| Got::Http(status as u16))
            .ok_or_else(|| {
                js_sys::TypeError::new(
                    "stigg-segment: an answer has an HTTP status (an integer from 100 to 999) or failed",
                )
            })?,
    };
    Ok(HostAnswer {
        got,
        retry_after: text("retryAfter"),
        location: text("location"),
        body: text("body").unwrap_or_default(),
        message: text("message").unwrap_or_default(),
    })
}

#[cfg(feature = "delivery-policy")]
fn decision_json(decision: crate::delivery::Decision) -> JsonValue {
    use crate::delivery::Decision;
    let mut out = crate::json::Object::new();
    out.insert("decision", decision.name().into());
    match decision {
        Decision::Sent { dead_lettered } => {
            out.insert("deadLettered", number(dead_lettered as u64))
        }
        Decision::Retry { after_ms } => out.insert("afterMs", number(after_ms)),
        Decision::Split { status } => out.insert("status", number(u64::from(status))),
        Decision::Stopped(stop) => out.insert("stop", stop.name().into()),
        Decision::Held | Decision::DeadLetter => {}
    }
    JsonValue::Object(out)
}

#[cfg(feature = "delivery-policy")]
fn delivery_outcome_json(outcome: crate::delivery::Outcome) -> JsonValue {
    use crate::delivery::Fate;
    let (mut sent, mut dead, mut unsent) = (Vec::new(), Vec::new(), Vec::new());
    for (i, fate) in outcome.fates.into_iter().enumerate() {
        match fate {
            Fate::Sent => sent.push(number(i as u64)),
            Fate::Unsent => unsent.push(number(i as u64)),
            Fate::DeadLettered { status, answer } => {
                let mut letter = crate::json::Object::new();
                letter.insert("call", number(i as u64));
                letter.insert("status", number(u64::from(status)));
                letter.insert("answer", JsonValue::String(answer));
                dead.push(JsonValue::Object(letter));
            }
        }
    }
    let optional = |value: Option<JsonValue>| value.unwrap_or(JsonValue::Null);
    let mut out = crate::json::Object::new();
    out.insert("sent", JsonValue::Array(sent));
    out.insert("deadLettered", JsonValue::Array(dead));
    out.insert("unsent", JsonValue::Array(unsent));
    out.insert(
        "stop",
        optional(outcome.stop.map(|stop| stop.name().into())),
    );
    out.insert("message", optional(outcome.message.map(JsonValue::String)));
    out.insert("waitMs", optional(outcome.wait_ms.map(number)));
    out.insert("requests", number(u64::from(outcome.requests)));
    out.insert("splitTooLarge", number(u64::from(outcome.split_too_large)));
    JsonValue::Object(out)
}

#[cfg(feature = "delivery-policy")]
#[wasm_bindgen(typescript_custom_section)]
const DELIVERY_TYPES: &str = r#"
/** How hard a delivery tries; milliseconds. An absent member takes the default of `stigg-segment send`. */
export interface DeliveryPolicy {
  /** Attempts a request gets (429, 5xx, network errors) before the delivery stops; 0: no limit. Default 10. */
  maxAttempts?: number;
  /** The first backoff's ceiling, doubled each attempt (the wait is between half and all of it). Default 500. */
  backoffMs?: number;
  /** The longest backoff. Default 30000. */
  maxBackoffMs?: number;
  /** The longest wait a Retry-After may ask for. Default 60000. */
  maxRetryAfterMs?: number;
  /** How long calls wait after a stop before they are tried again. Default 30000. */
  holdMs?: number;
}

/** The next request: the calls [from, to) as one batch. */
export interface DeliveryRequest {
  from: number;
  to: number;
  /** 1 for a first try. */
  attempt: number;
}

/** What came back from a request: an HTTP answer (text scrubbed of the write key), or why there was none. */
export type SegmentAnswer =
  | { status: number; retryAfter?: string | null; location?: string | null; body?: string }
  | { failed: "timeout" | "connection" | "plain_http"; message: string };

/** What the policy made of one answer; `decision` is a stable name, for logs. */
export type DeliveryDecision =
  | { decision: "sent"; deadLettered: number }
  | { decision: "retry"; afterMs: number }
  | { decision: "split"; status: number }
  | { decision: "held" }
  | { decision: "dead_letter" }
  | { decision: "stop"; stop: DeliveryStop };

export type DeliveryStop =
  | "request_refused"
  | "every_call_refused"
  | "too_large_for_endpoint"
  | "retries_exhausted"
  | "plain_http"
  | "interrupted";

/** One destination of a relay, as `Delivery.parseTarget` reads its spec. */
export interface TargetSpec {
  /** Letters, digits, -, _ and . */
  name: string;
  /** The variable (a Worker's secret) that holds its write key. */
  writeKeyVariable: string;
  /** The URL batches go to. */
  endpoint: string;
  /** The messageIdNamespace setting for this target. */
  namespace?: string;
}

/** Every call's fate, by index. */
export interface DeliveryOutcome {
  sent: number[];
  /** Calls refused on their own, with the answer. */
  deadLettered: { call: number; status: number; answer: string }[];
  /** Calls never judged: try them again after waitMs. */
  unsent: number[];
  stop: DeliveryStop | null;
  /** One line for people: what answered and what to check. */
  message: string | null;
  waitMs: number | null;
  requests: number;
  splitTooLarge: number;
}
"#;

#[cfg(feature = "js-transform")]
#[wasm_bindgen(typescript_custom_section)]
const WEBHOOK_LABEL: &str = r#"
/** What a webhook says it is: Stigg's type and messageId, when it has them. */
export interface WebhookLabel {
  type?: string;
  messageId?: string;
}

/** (Declared here, beside the relay's code, to keep the lines above where they are.) */
export interface TransformResult {
  /** Given `receivedAt` (a relay's transform): what the webhook says it is, for the relay's log line. */
  webhook?: WebhookLabel;
}
"#;

#[cfg(feature = "js-transform")]
#[wasm_bindgen]
extern "C" {
    /// `transform`'s `receivedAt`; a trailing `Option` of it makes the
    /// parameter optional in TypeScript.
    #[wasm_bindgen(typescript_type = "string | Date")]
    pub type ReceivedAt;
}

/// `transform`'s outcome: the relays' transform, with the arrival time, a
/// wrong secret told apart, and, given the arrival time, what the webhook
/// says it is (`webhook`), on the result or on the error thrown once the
/// secret passed. (Here, at the end of the file, so that the lines above,
/// which panic locations in the Segment script's wasm name, stay where they
/// are.)
#[cfg(feature = "js-transform")]
fn relay_transform(
    body: &JsValue,
    headers: JsValue,
    settings: JsValue,
    received_at: Option<ReceivedAt>,
) -> Result<JsValue, JsValue> {
    let received_at = read_received_at(received_at)?;
    let body = read_body(body)?;
    let headers = read_headers(headers)?;
    let arrival = match &received_at {
        Some(at) => crate::Arrival::At(at),
        None => crate::Arrival::Unknown,
    };
    let received = with_settings(settings, |settings| {
        Ok(crate::transform_received(
            &body, &headers, settings, arrival,
        ))
    })?;
    // The label goes on the result, or on the error once the secret passed.
    let (labelled, result) = match received.outcome {
        Ok(outcome) => {
            let result = js_sys::JSON::parse(&outcome.to_json())?;
            (Some(result.clone()), Ok(result))
        }
        Err(refused) if refused.refusal == crate::Refusal::Secret => {
            (None, Err(refused_to_js(refused)))
        }
        Err(refused) => {
            let error = refused_to_js(refused);
            (Some(error.clone()), Err(error))
        }
    };
    if let (Some(labelled), true) = (labelled, received_at.is_some()) {
        let label = js_sys::Object::new();
        let set = |name: &str, value: Option<String>| {
            if let Some(value) = value {
                let _ = Reflect::set(&label, &name.into(), &value.into());
            }
        };
        set("type", received.label.event_type);
        set("messageId", received.label.message_id);
        // Setting a property on a fresh object cannot fail.
        let _ = Reflect::set(&labelled, &"webhook".into(), &label);
    }
    result
}

/// The arrival time as text: an ISO 8601 date-time the core accepts, or a
/// valid `Date` (written as `toISOString` writes it).
#[cfg(feature = "js-transform")]
fn read_received_at(value: Option<ReceivedAt>) -> Result<Option<String>, JsValue> {
    let Some(value) = value.map(JsValue::from) else {
        return Ok(None);
    };
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    if let Some(date) = value.dyn_ref::<js_sys::Date>() {
        let time = date.get_time();
        if time.is_finite() {
            return Ok(Some(crate::timestamp::format_unix_ms(time as i64)));
        }
        return Err(type_error("receivedAt", "an invalid Date"));
    }
    match value.as_string() {
        Some(text) if crate::timestamp::is_iso8601(&text) => Ok(Some(text)),
        Some(_) => Err(type_error(
            "receivedAt",
            "not an ISO 8601 date-time (such as 2024-03-01T10:00:00.000Z)",
        )),
        None => Err(type_error("receivedAt", "not a string or a Date")),
    }
}

/// A relay's refusal as a JS `Error`: as the Segment function throws it,
/// with `refusal: "secret"` when the secret is missing or wrong (a relay
/// answers it 401).
#[cfg(feature = "js-transform")]
fn refused_to_js(refused: crate::Refused) -> JsValue {
    let js_error = to_js_error(refused.error);
    if refused.refusal != crate::Refusal::Webhook {
        // Setting a property on a fresh Error object cannot fail.
        let _ = Reflect::set(&js_error, &"refusal".into(), &refused.refusal.name().into());
    }
    js_error
}

// Settings from a host's variables: the edge relay's Worker variables,
// `make function-dev` and `make edge-dev` (the binary reads them natively).

/// Reads the function's settings from a host's variables (`process.env`, a
/// Worker's `env`) by the core's naming rule: each setting's `variable` in
/// `settingsSchema()`, `STIGG_SEGMENT_` and its name in SCREAMING_SNAKE_CASE.
/// Text is typed by the settings table (`true`/`false`; lists as JSON or
/// comma-separated); other JSON values are taken as they are. Returns
/// `{settings, settingsFile?, warnings}`: `warnings` has a line for each
/// variable set under its name without the prefix, which is not read.
/// Throws a `ValidationError` for a variable with the prefix that is no
/// setting's, nor `STIGG_SEGMENT_SETTINGS_FILE`, nor one of `alsoKnown`
/// (the host's own), naming the closest.
#[cfg(feature = "env-settings")]
#[wasm_bindgen(js_name = settingsFromEnvironment, unchecked_return_type = "EnvironmentSettings")]
pub fn settings_from_environment(
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown>")] variables: JsValue,
    #[wasm_bindgen(js_name = alsoKnown)] also_known: Option<VariableNames>,
) -> Result<JsValue, JsValue> {
    use wasm_bindgen::JsCast;
    // Any object, whatever its realm or prototype (a Worker's env, process.env).
    if !variables.is_object() {
        return Err(js_sys::TypeError::new(
            "stigg-segment: the variables argument is not an object",
        )
        .into());
    }
    let mut vars = Vec::new();
    for key in js_sys::Object::keys(variables.unchecked_ref::<js_sys::Object>()).iter() {
        let Some(name) = key.as_string() else {
            continue;
        };
        if !crate::settings::env_variable_concerns_settings(&name) {
            continue;
        }
        let value = Reflect::get(&variables, &key)?;
        let value = match value.as_string() {
            Some(text) => Value::String(text),
            None => plain_data(&value, &format!("the variable {name}"))?,
        };
        vars.push((name, value));
    }
    let also_known: Vec<String> = also_known
        .map(|names| {
            js_sys::Array::from(&names)
                .iter()
                .filter_map(|name| name.as_string())
                .collect()
        })
        .unwrap_or_default();
    let also_known: Vec<&str> = also_known.iter().map(String::as_str).collect();
    let read = crate::settings::settings_from_env(&vars, &also_known).map_err(to_js_error)?;
    let mut out = crate::json::Object::new();
    out.insert("settings", Value::Object(read.settings));
    if let Some(file) = read.settings_file {
        out.insert("settingsFile", Value::String(file));
    }
    let warnings = read.warnings.into_iter().map(Value::String).collect();
    out.insert("warnings", Value::Array(warnings));
    js_sys::JSON::parse(&crate::json::to_text(&Value::Object(out)))
}

#[cfg(feature = "env-settings")]
#[wasm_bindgen]
extern "C" {
    /// `settingsFromEnvironment`'s names of the host's own variables; a
    /// trailing `Option` of it makes the parameter optional in TypeScript.
    #[wasm_bindgen(typescript_type = "string[]")]
    pub type VariableNames;
}

#[cfg(feature = "env-settings")]
#[wasm_bindgen(typescript_custom_section)]
const ENV_SETTINGS_TYPES: &str = r#"
/** The function's settings as a host's variables give them. */
export interface EnvironmentSettings {
  /** The settings the variables set, as `transform` takes them. */
  settings: Record<string, unknown>;
  /** The path in STIGG_SEGMENT_SETTINGS_FILE, when it is set: the host reads it. */
  settingsFile?: string;
  /** One line for each variable set under a name that is not read. */
  warnings: string[];
}
"#;

// The sync's exports, after the delivery policy's for the same reason. The
// feature api-sync takes js-transform's boundary helpers (plain_data,
// with_settings, type_error) with it.

#[cfg(feature = "api-sync")]
#[wasm_bindgen(typescript_custom_section)]
const API_SYNC_TYPES: &str = r#"
/** What one customer read from Stigg's API becomes: its identify and group calls, or why it has none. */
export interface SyncResult {
  calls: (IdentifyCall | GroupCall)[];
  skipped?: { code: "archived" | "nothing_to_send"; reason: string };
}

/** Stigg's REST API v1 as the sync reads it. */
export interface StiggApi {
  customersPath: string;
  subscriptionsPath: string;
  plansPath: string;
  maxPageSize: number;
  /** The most bytes a page may have: read a response up to one byte more, then stop. */
  maxPageBytes: number;
  apiKeyHeader: string;
}

/** What came back from a page request: an HTTP answer (its status an integer from 100 to 999, as `SegmentAnswer`'s; its text scrubbed of the key), or why there was none. */
export type StiggAnswer =
  | { status: number; retryAfter?: string | null; body?: string }
  | { failed: string };

/** The request an answer is to: `shown` as messages name it (`GET <url><path>`, no query), the URL's setting, the try (1 first). */
export interface StiggAsked {
  shown: string;
  urlSetting: string;
  attempt: number;
}

/** What to do about an answer: read the page, ask again after `afterMs`, or stop (`message` says what to check). */
export type StiggPageDecision =
  | { decision: "read" }
  | { decision: "retry"; afterMs: number; message: string }
  | { decision: "stop"; message: string };

/** A plan as `StiggPlans` keeps it: its id and names. */
export interface StiggPlanRecord {
  id: string;
  name?: string;
  displayName?: string;
}

/** One page of a Stigg list endpoint. */
export interface StiggPage {
  data: Record<string, unknown>[];
  /** The cursor of the next page (`after`); null on the last page. */
  next: string | null;
}
"#;

/// The plans by id, as `GET /api/v1/plans` lists them: what a
/// subscription needs to name its plan. Built once (a page task's) and lent
/// to every `syncCustomer` call; `toRecords()` carries them to the next.
#[cfg(feature = "api-sync")]
#[wasm_bindgen(js_name = StiggPlans)]
pub struct StiggPlansExport(crate::stigg::api::Plans);

#[cfg(feature = "api-sync")]
#[wasm_bindgen(js_class = StiggPlans)]
impl StiggPlansExport {
    /// The plans of `records` (plan records of a page, or `toRecords()`'s),
    /// or none yet.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "Record<string, unknown>[] | undefined")]
        records: JsValue,
    ) -> Result<StiggPlansExport, JsValue> {
        let mut plans = StiggPlansExport(crate::stigg::api::Plans::new());
        if !records.is_undefined() {
            plans.add(records)?;
        }
        Ok(plans)
    }

    /// Adds plan records (a page's `data`); a plan listed in several
    /// versions keeps its latest. Throws `ValidationError` naming a record
    /// that is not a plan.
    pub fn add(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Record<string, unknown>[]")] records: JsValue,
    ) -> Result<(), JsValue> {
        let Value::Array(records) =
            plain_data_within(&records, "plans", &crate::stigg::api::RECORDS)?
        else {
            return Err(type_error("plans", "not an array"));
        };
        let records = crate::stigg::api::records(records, |at| format!("plan record {at}"));
        for record in records.map_err(to_js_error)? {
            self.0.add(&record).map_err(to_js_error)?;
        }
        Ok(())
    }

    /// How many plans there are.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> usize {
        self.0.len()
    }

    /// The plans as records, `{id, name?, displayName?}` each: what a page
    /// task carries to the next (`new StiggPlans(records)`).
    #[wasm_bindgen(js_name = toRecords, unchecked_return_type = "StiggPlanRecord[]")]
    pub fn to_records(&self) -> Result<JsValue, JsValue> {
        js_sys::JSON::parse(&crate::json::to_text(&self.0.to_records()))
    }
}

/// The identify and group calls that describe one customer read from
/// Stigg's REST API (`GET /api/v1/customers`), given its subscriptions'
/// records (`GET /api/v1/subscriptions`, any order) and the plans
/// (`GET /api/v1/plans`), under the settings: the rule of
/// `stigg-segment sync`. Throws `ValidationError` naming a field a record
/// lacks.
#[cfg(feature = "api-sync")]
#[wasm_bindgen(js_name = syncCustomer, unchecked_return_type = "SyncResult")]
pub fn sync_customer(
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown>")] customer: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown>[]")] subscriptions: JsValue,
    plans: &StiggPlansExport,
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown> | null | undefined")]
    settings: JsValue,
) -> Result<JsValue, JsValue> {
    // Records read from pages: a page's limit, not a webhook's.
    let records = &crate::stigg::api::RECORDS;
    let customer = plain_data_within(&customer, "customer", records)?;
    let Value::Array(subscriptions) = plain_data_within(&subscriptions, "subscriptions", records)?
    else {
        return Err(type_error("subscriptions", "not an array"));
    };
    let synced = with_settings(settings, |settings| {
        crate::sync::customer_calls_from_values(customer, subscriptions, &plans.0, settings)
    })?;
    js_sys::JSON::parse(&synced.to_json())
}

/// The paths, page size and key header of Stigg's REST API v1.
#[cfg(feature = "api-sync")]
#[wasm_bindgen(js_name = stiggApi, unchecked_return_type = "StiggApi")]
pub fn stigg_api() -> Result<JsValue, JsValue> {
    use crate::stigg::api;
    let mut out = crate::json::Object::new();
    out.insert("customersPath", api::CUSTOMERS_PATH.into());
    out.insert("subscriptionsPath", api::SUBSCRIPTIONS_PATH.into());
    out.insert("plansPath", api::PLANS_PATH.into());
    out.insert("maxPageSize", number(api::MAX_PAGE_SIZE as u64));
    out.insert("maxPageBytes", number(api::MAX_PAGE_BYTES as u64));
    out.insert("apiKeyHeader", api::API_KEY_HEADER.into());
    js_sys::JSON::parse(&crate::json::to_text(&Value::Object(out)))
}

/// The API's base URL from what the host was given (`setting` names where,
/// as messages say it; blank: Stigg's own): https only (plain http only to
/// a loopback address), no credentials, query or fragment. Throws an error
/// naming `setting` and the problem, never the credentials.
#[cfg(feature = "api-sync")]
#[wasm_bindgen(js_name = stiggApiUrl)]
pub fn stigg_api_url(given: &str, setting: &str) -> Result<String, JsValue> {
    crate::stigg::api::base_url(given, setting).map_err(|message| JsError::new(&message).into())
}

/// The API key without the blanks around it; throws when it is not set or
/// not printable ASCII, naming `variable` (where the host read it), never
/// the key.
#[cfg(feature = "api-sync")]
#[wasm_bindgen(js_name = stiggApiKey)]
pub fn stigg_api_key(variable: &str, key: &str) -> Result<String, JsValue> {
    crate::stigg::api::api_key(variable, key)
        .map(str::to_owned)
        .map_err(|message| JsError::new(&message).into())
}

/// The query string of one page of `path` (no `?`): the page size (the
/// API's largest unless `limit` is smaller), the cursor the previous page
/// gave, and for subscriptions one customer.
#[cfg(feature = "api-sync")]
#[wasm_bindgen(js_name = stiggPageQuery)]
pub fn stigg_page_query(
    path: &str,
    after: Option<String>,
    #[wasm_bindgen(js_name = customerId)] customer_id: Option<String>,
    limit: Option<u32>,
) -> String {
    let largest = crate::stigg::api::MAX_PAGE_SIZE;
    crate::stigg::api::page_query(
        path,
        limit.map_or(largest, |limit| limit as usize),
        after.as_deref(),
        customer_id.as_deref(),
    )
}

/// Reads one page of a Stigg list endpoint: the response's bytes (read up
/// to `stiggApi().maxPageBytes` and one more, then no further) or its
/// text; throws an error naming the page, or the field that does not parse.
#[cfg(feature = "api-sync")]
#[wasm_bindgen(js_name = stiggPage, unchecked_return_type = "StiggPage")]
pub fn stigg_page(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | string")] page: JsValue,
) -> Result<JsValue, JsValue> {
    use crate::stigg::api::{read_page, PAGE};
    // Refused before it is copied in, as a webhook's body is.
    let too_large = |len: usize| PAGE.check_size(len, false).map_err(to_js_error);
    let bytes = if let Some(text) = page.dyn_ref::<JsString>() {
        too_large(text.length() as usize)?;
        text.as_string().unwrap_or_default().into_bytes()
    } else if let Some(bytes) = page.dyn_ref::<Uint8Array>() {
        too_large(bytes.length() as usize)?;
        bytes.to_vec()
    } else {
        return Err(type_error("page", "not a Uint8Array or a string"));
    };
    let page = read_page(&bytes).map_err(to_js_error)?;
    let mut out = crate::json::Object::new();
    let data = page.data.into_iter().map(Value::Object).collect();
    out.insert("data", Value::Array(data));
    out.insert("next", page.next.map_or(Value::Null, Value::String));
    js_sys::JSON::parse(&crate::json::to_text(&Value::Object(out)))
}

/// What an answer of Stigg's API to a page request means, the rule
/// `stigg-segment sync` applies: read it, ask again after the delivery
/// policy's backoff (or a longer Retry-After), or stop with one line naming
/// the status and what to check.
#[cfg(feature = "api-sync")]
#[wasm_bindgen(js_name = stiggPageDecision, unchecked_return_type = "StiggPageDecision")]
pub fn stigg_page_decision(
    #[wasm_bindgen(unchecked_param_type = "StiggAnswer")] answer: JsValue,
    #[wasm_bindgen(unchecked_param_type = "StiggAsked")] asked: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DeliveryPolicy | undefined")] policy: JsValue,
) -> Result<JsValue, JsValue> {
    use crate::stigg::api::{page_decision, Answer, Asked, PageDecision};
    let text = |name: &str| {
        Reflect::get(&asked, &name.into())
            .ok()
            .and_then(|value| value.as_string())
    };
    let policy = read_policy(&policy)?;
    let read = read_answer(&answer)?;
    let answer = match &read.got {
        Got::Failed(message) => Answer::Failed { message },
        Got::Http(status) => Answer::Http {
            status: *status,
            retry_after: read.retry_after.as_deref(),
            body: &read.body,
        },
    };
    let shown = text("shown").unwrap_or_default();
    let url_setting = text("urlSetting").unwrap_or_else(|| "STIGG_API_URL".into());
    let attempt = Reflect::get(&asked, &"attempt".into())
        .ok()
        .and_then(|value| value.as_f64())
        .filter(|n| n.is_finite() && *n >= 1.0)
        .map_or(1, |n| n.min(f64::from(u32::MAX)) as u32);
    let asked = Asked {
        shown: &shown,
        url_setting: &url_setting,
        attempt,
        now_ms: js_sys::Date::now() as u64,
        jitter: js_sys::Math::random(),
    };
    let mut out = crate::json::Object::new();
    match page_decision(answer, asked, &policy) {
        PageDecision::Read => out.insert("decision", "read".into()),
        PageDecision::Retry { after_ms, message } => {
            out.insert("decision", "retry".into());
            out.insert("afterMs", number(after_ms));
            out.insert("message", JsonValue::String(message));
        }
        PageDecision::Stop { message } => {
            out.insert("decision", "stop".into());
            out.insert("message", JsonValue::String(message));
        }
    }
    js_sys::JSON::parse(&crate::json::to_text(&JsonValue::Object(out)))
}
