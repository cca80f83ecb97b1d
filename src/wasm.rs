//! The JavaScript API: a thin layer over the core. Objects in, objects out,
//! errors thrown as `Error`s whose `name` is Segment's error class.

use js_sys::{Error as JsError, Reflect, JSON};
use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::{Error, Headers, Settings};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** One Segment Spec call, exactly as passed to Segment.track or Segment.identify. */
export interface SegmentCall {
  type: "track" | "identify";
  event?: string;
  userId?: string;
  anonymousId?: string;
  properties?: Record<string, unknown>;
  traits?: Record<string, unknown>;
  messageId: string;
  timestamp?: string;
  context: {
    integration: { name: "stigg"; version: string };
    stigg?: { trimmed: string[] };
  };
}

/** What one webhook becomes: its calls, or why it has none. */
export interface TransformResult {
  calls: SegmentCall[];
  skipped?: { code: "no_customer" | "filtered"; reason: string };
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
    body: &str,
    #[wasm_bindgen(
        unchecked_param_type = "Record<string, string | string[] | null | undefined> | null | undefined"
    )]
    headers: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown> | null | undefined")]
    settings: JsValue,
) -> Result<JsValue, JsValue> {
    let headers = read_headers(headers)?;
    let settings = read_settings(settings)?;
    let outcome = crate::transform(body.as_bytes(), &headers, &settings).map_err(to_js_error)?;
    // One JSON.parse of our own text beats building the objects field by
    // field across the boundary.
    JSON::parse(&outcome.to_json())
}

/// The crate version, which is also `context.integration.version`.
#[wasm_bindgen]
pub fn version() -> String {
    crate::calls::VERSION.to_owned()
}

/// Every setting with its type, default, choices and description.
#[wasm_bindgen(js_name = settingsSchema, unchecked_return_type = "SettingSchema[]")]
pub fn settings_schema() -> Result<JsValue, JsValue> {
    JSON::parse(&crate::settings::schema().to_string())
}

/// Panics inside wasm, which traps; only in builds for the trap-recovery
/// tests.
#[cfg(feature = "trap-for-tests")]
#[wasm_bindgen(js_name = forceTrap)]
pub fn force_trap() {
    panic!("forced trap for tests");
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
    for (name, value) in &map {
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
