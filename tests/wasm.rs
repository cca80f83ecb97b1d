//! The JS API, run as wasm: in Node by `wasm-pack test --node`, and in
//! headless Chrome by `WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

mod common;

use js_sys::{Array, Error as JsError, Object, Reflect, JSON};
use serde_json::Value;
use stigg_segment::wasm::{settings_schema, transform, version};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn to_json(value: &JsValue) -> Value {
    let text: String = JSON::stringify(value).unwrap().into();
    serde_json::from_str(&text).unwrap()
}

fn object(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn error_of(result: Result<JsValue, JsValue>) -> JsError {
    result
        .expect_err("an error")
        .dyn_into::<JsError>()
        .expect("a JS Error")
}

#[wasm_bindgen_test]
fn every_fixture_gives_its_golden_outcome() {
    assert!(common::FIXTURES.len() >= 25);
    for fixture in common::FIXTURES {
        let outcome = transform(fixture.body, JsValue::UNDEFINED, JsValue::UNDEFINED)
            .unwrap_or_else(|err| panic!("{}: {:?}", fixture.name, err));
        let expected: Value = serde_json::from_str(fixture.expected).unwrap();
        assert_eq!(to_json(&outcome), expected, "{}", fixture.name);
    }
}

#[wasm_bindgen_test]
fn results_are_plain_objects_with_calls_arrays() {
    let fixture = common::FIXTURES
        .iter()
        .find(|f| f.name == "customer.created")
        .unwrap();
    let outcome = transform(fixture.body, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    let calls = Reflect::get(&outcome, &"calls".into()).unwrap();
    assert!(Array::is_array(&calls));
    let first = Array::from(&calls).get(0);
    assert_eq!(Reflect::get(&first, &"type".into()).unwrap(), "identify");
}

#[wasm_bindgen_test]
fn settings_and_headers_are_plain_objects() {
    let body = r#"{"type":"subscription.created","customer":{"id":"c-1"}}"#;
    let settings = object(r#"{"eventNameStyle":"Object Action","webhookSecret":"s3cret"}"#);
    let headers = object(r#"{"STIGG-WEBHOOKS-SECRET":"s3cret"}"#);
    let outcome = to_json(&transform(body, headers, settings.clone()).unwrap());
    assert_eq!(outcome["calls"][0]["event"], "Subscription Created");

    let wrong = object(r#"{"stigg-webhooks-secret":"guess"}"#);
    let err = error_of(transform(body, wrong, settings));
    assert_eq!(String::from(err.name()), "ValidationError");
    let message = String::from(err.message());
    assert!(
        !message.contains("s3cret") && !message.contains("guess"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn errors_carry_the_segment_class_as_name_and_the_position() {
    let err = error_of(transform(
        "{\n  \"type\": }",
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    ));
    assert_eq!(String::from(err.name()), "InvalidEventPayload");
    assert!(String::from(err.message()).contains("line 2 column 11"));
    assert_eq!(Reflect::get(&err, &"line".into()).unwrap(), 2);
    assert_eq!(Reflect::get(&err, &"column".into()).unwrap(), 11);

    let err = error_of(transform("[]", JsValue::UNDEFINED, JsValue::UNDEFINED));
    assert_eq!(String::from(err.name()), "ValidationError");

    let strict = object(r#"{"onMissingCustomer":"error"}"#);
    let err = error_of(transform(
        r#"{"type":"plan.created"}"#,
        JsValue::UNDEFINED,
        strict,
    ));
    assert_eq!(String::from(err.name()), "EventNotSupported");

    let bad = object(r#"{"eventAllowlist":"subscription.*"}"#);
    let err = error_of(transform(r#"{"type":"x"}"#, JsValue::UNDEFINED, bad));
    assert!(String::from(err.message()).contains("eventAllowlist"));
}

#[wasm_bindgen_test]
fn deep_nesting_fits_the_wasm_stack_and_deeper_is_an_error() {
    let deep = format!(
        r#"{{"type":"x","customerId":"c","deep":{}{}}}"#,
        "[".repeat(998),
        "]".repeat(998)
    );
    let outcome = transform(&deep, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    // serde_json in this test could not re-read 1000 levels; count in JS.
    let calls = Array::from(&Reflect::get(&outcome, &"calls".into()).unwrap());
    assert_eq!(calls.length(), 1);
    let deeper = format!(r#"{{"type":"x","deep":{}}}"#, "[".repeat(100_000));
    let err = error_of(transform(&deeper, JsValue::UNDEFINED, JsValue::UNDEFINED));
    assert!(String::from(err.message()).contains("deeper than 1000"));
}

#[wasm_bindgen_test]
fn lone_surrogates_from_js_strings_are_accepted() {
    // A JS string holding a lone surrogate reaches Rust as U+FFFD.
    let body: String = JSON::stringify(&object(r#"{"type":"x","customerId":"c","note":"\ud83d"}"#))
        .unwrap()
        .into();
    let outcome = to_json(&transform(&body, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap());
    assert_eq!(outcome["calls"][0]["properties"]["note"], "\u{FFFD}");
}

#[wasm_bindgen_test]
fn version_and_schema_are_exported() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
    let schema = settings_schema().unwrap();
    let entries = Array::from(&schema);
    assert_eq!(entries.length(), 8);
    let first = entries.get(0).unchecked_into::<Object>();
    assert_eq!(
        Reflect::get(&first, &"name".into()).unwrap(),
        "webhookSecret"
    );
}
