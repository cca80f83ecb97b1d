//! The JS API, run as wasm: in Node by `wasm-pack test --node`, and in
//! headless Chrome by `WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

mod common;

use js_sys::{Array, Error as JsError, JsString, Object, Reflect, Uint8Array, JSON};
use serde_json::Value;
use stigg_segment::wasm::{settings_schema, version};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// `transform` as the Segment function's users call it: no `receivedAt`.
fn transform(body: JsValue, headers: JsValue, settings: JsValue) -> Result<JsValue, JsValue> {
    stigg_segment::wasm::transform(body, headers, settings, None)
}

/// The string entry point, as the npm package's users call it.
fn run(body: &str, headers: JsValue, settings: JsValue) -> Result<JsValue, JsValue> {
    transform(JsString::from(body).into(), headers, settings)
}

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
    assert!(!common::FIXTURES.is_empty());
    for fixture in common::FIXTURES {
        let outcome = run(fixture.body, JsValue::UNDEFINED, JsValue::UNDEFINED)
            .unwrap_or_else(|err| panic!("{}: {:?}", fixture.name, err));
        let expected: Value = serde_json::from_str(fixture.expected).unwrap();
        assert_eq!(
            common::without_version(to_json(&outcome)),
            expected,
            "{}",
            fixture.name
        );
    }
}

#[wasm_bindgen_test]
fn strings_bytes_and_objects_give_the_same_outcome() {
    for fixture in common::FIXTURES {
        let from_string =
            to_json(&run(fixture.body, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap());
        let bytes = Uint8Array::from(fixture.body.as_bytes());
        let from_bytes = transform(bytes.into(), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
        assert_eq!(to_json(&from_bytes), from_string, "{}", fixture.name);
        let parsed = object(fixture.body);
        let from_object = transform(parsed, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
        assert_eq!(to_json(&from_object), from_string, "{}", fixture.name);
    }
    let err = error_of(transform(
        Uint8Array::from(&b"{\"type\":\"\xFF\"}"[..]).into(),
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    ));
    assert!(String::from(err.message()).contains("invalid UTF-8 byte at byte 9"));
}

#[wasm_bindgen_test]
fn arguments_of_the_wrong_type_are_type_errors_naming_the_argument() {
    let good = r#"{"type":"subscription.created","customer":{"id":"c-1"}}"#;
    for body in [
        JsValue::from(42),
        JsValue::TRUE,
        JsValue::UNDEFINED,
        JsValue::NULL,
    ] {
        let err = error_of(transform(body, JsValue::UNDEFINED, JsValue::UNDEFINED));
        assert_eq!(String::from(err.name()), "TypeError");
        assert!(String::from(err.message()).contains("body"));
    }
    let err = error_of(transform(
        JsValue::from(good),
        JsValue::from("x"),
        JsValue::UNDEFINED,
    ));
    assert_eq!(String::from(err.name()), "TypeError");
    assert!(String::from(err.message()).contains("headers"));
}

#[wasm_bindgen_test]
fn headers_may_be_a_map_or_a_fetch_headers() {
    let body = r#"{"type":"subscription.created","customer":{"id":"c-1"}}"#;
    let settings = object(r#"{"webhookSecret":"s3cret"}"#);
    let map = js_sys::Map::new();
    map.set(&"Stigg-Webhooks-Secret".into(), &"s3cret".into());
    assert!(run(body, map.into(), settings.clone()).is_ok());
    let headers_class = Reflect::get(&js_sys::global(), &"Headers".into()).unwrap();
    if headers_class.is_function() {
        let fetch_headers = Reflect::construct(&headers_class.into(), &Array::new()).unwrap();
        let set: js_sys::Function = Reflect::get(&fetch_headers, &"set".into()).unwrap().into();
        set.call2(
            &fetch_headers,
            &"stigg-webhooks-secret".into(),
            &"s3cret".into(),
        )
        .unwrap();
        assert!(run(body, fetch_headers.clone(), settings.clone()).is_ok());
        set.call2(
            &fetch_headers,
            &"stigg-webhooks-secret".into(),
            &"wrong".into(),
        )
        .unwrap();
        let err = error_of(run(body, fetch_headers, settings));
        assert_eq!(String::from(err.name()), "ValidationError");
    }
}

#[wasm_bindgen_test]
fn results_are_plain_objects_with_calls_arrays() {
    let fixture = common::FIXTURES
        .iter()
        .find(|f| f.name == "customer.created")
        .unwrap();
    let outcome = run(fixture.body, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
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
    let outcome = to_json(&run(body, headers, settings.clone()).unwrap());
    assert_eq!(outcome["calls"][0]["event"], "Subscription Created");

    let wrong = object(r#"{"stigg-webhooks-secret":"guess"}"#);
    let err = error_of(run(body, wrong, settings));
    assert_eq!(String::from(err.name()), "ValidationError");
    let message = String::from(err.message());
    assert!(
        !message.contains("s3cret") && !message.contains("guess"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn errors_carry_the_segment_class_as_name_and_the_position() {
    let err = error_of(run(
        "{\n  \"type\": }",
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    ));
    assert_eq!(String::from(err.name()), "InvalidEventPayload");
    assert!(String::from(err.message()).contains("line 2 column 11"));
    assert_eq!(Reflect::get(&err, &"line".into()).unwrap(), 2);
    assert_eq!(Reflect::get(&err, &"column".into()).unwrap(), 11);

    let err = error_of(run("[]", JsValue::UNDEFINED, JsValue::UNDEFINED));
    assert_eq!(String::from(err.name()), "ValidationError");

    let strict = object(r#"{"onMissingCustomer":"error"}"#);
    let err = error_of(run(
        r#"{"type":"plan.created"}"#,
        JsValue::UNDEFINED,
        strict,
    ));
    assert_eq!(String::from(err.name()), "EventNotSupported");

    let bad = object(r#"{"eventAllowlist":"subscription.*"}"#);
    let err = error_of(run(r#"{"type":"x"}"#, JsValue::UNDEFINED, bad));
    assert!(String::from(err.message()).contains("eventAllowlist"));
}

#[wasm_bindgen_test]
fn deep_nesting_fits_the_wasm_stack_and_deeper_is_an_error() {
    let deep = format!(
        r#"{{"type":"x","customerId":"c","deep":{}{}}}"#,
        "[".repeat(998),
        "]".repeat(998)
    );
    let outcome = run(&deep, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    // serde_json in this test could not re-read 1000 levels; count in JS.
    let calls = Array::from(&Reflect::get(&outcome, &"calls".into()).unwrap());
    assert_eq!(calls.length(), 1);
    let deeper = format!(r#"{{"type":"x","deep":{}}}"#, "[".repeat(100_000));
    let err = error_of(run(&deeper, JsValue::UNDEFINED, JsValue::UNDEFINED));
    assert!(String::from(err.message()).contains("deeper than 1000"));
}

#[wasm_bindgen_test]
fn lone_surrogates_from_js_strings_are_accepted() {
    // A JS string holding a lone surrogate reaches Rust as U+FFFD.
    let body: String = JSON::stringify(&object(r#"{"type":"x","customerId":"c","note":"\ud83d"}"#))
        .unwrap()
        .into();
    let outcome = to_json(&run(&body, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap());
    assert_eq!(outcome["calls"][0]["properties"]["note"], "\u{FFFD}");
}

#[wasm_bindgen_test]
fn version_and_schema_are_exported() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
    let schema = settings_schema().unwrap();
    let entries = Array::from(&schema);
    assert_eq!(
        entries.length() as usize,
        stigg_segment::settings::SETTINGS.len()
    );
    let first = entries.get(0).unchecked_into::<Object>();
    assert_eq!(
        Reflect::get(&first, &"name".into()).unwrap(),
        "webhookSecret"
    );
}

#[wasm_bindgen_test]
fn received_at_dates_a_call_without_stiggs_timestamp_as_a_string_or_a_date() {
    let credits = r#"{"type":"credits.granted","messageId":"m","customerId":"c"}"#;
    let dated = |received_at: JsValue| {
        let outcome = stigg_segment::wasm::transform(
            JsString::from(credits).into(),
            JsValue::UNDEFINED,
            JsValue::UNDEFINED,
            Some(received_at.unchecked_into::<stigg_segment::wasm::ReceivedAt>()),
        );
        outcome.map(|outcome| to_json(&outcome)["calls"][0]["timestamp"].clone())
    };
    let text = "2024-03-02T08:30:00.250Z";
    assert_eq!(dated(JsValue::from(text)).unwrap(), text);
    let date = js_sys::Date::new(&JsValue::from(1_709_368_200_250.0));
    assert_eq!(dated(date.into()).unwrap(), text);
    assert_eq!(dated(JsValue::NULL).unwrap(), Value::Null);
    for bad in [
        JsValue::from("yesterday"),
        JsValue::from(42),
        js_sys::Date::new(&JsValue::from(f64::NAN)).into(),
    ] {
        let err: JsError = dated(bad).expect_err("a TypeError").unchecked_into();
        assert_eq!(String::from(err.name()), "TypeError");
        assert!(String::from(err.message()).contains("receivedAt"));
    }
    // Stigg's own timestamp wins.
    let stiggs =
        r#"{"type":"credits.granted","customerId":"c","timestamp":"2024-03-01T10:00:00Z"}"#;
    let outcome = stigg_segment::wasm::transform(
        JsString::from(stiggs).into(),
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
        Some(JsValue::from(text).unchecked_into::<stigg_segment::wasm::ReceivedAt>()),
    )
    .unwrap();
    assert_eq!(
        to_json(&outcome)["calls"][0]["timestamp"],
        "2024-03-01T10:00:00Z"
    );
}

#[wasm_bindgen_test]
fn a_wrong_secret_is_a_validation_error_with_its_refusal() {
    let body = r#"{"type":"subscription.created","customer":{"id":"c-1"}}"#;
    let settings = object(r#"{"webhookSecret":"s3cret"}"#);
    let err = error_of(run(body, object("{}"), settings.clone()));
    assert_eq!(String::from(err.name()), "ValidationError");
    assert_eq!(Reflect::get(&err, &"refusal".into()).unwrap(), "secret");
    let secret = object(r#"{"Stigg-Webhooks-Secret":"s3cret"}"#);
    let err = error_of(run("{", secret, settings));
    assert!(Reflect::get(&err, &"refusal".into())
        .unwrap()
        .is_undefined());
}

/// A relay's `transform` (given `receivedAt`): the result, or the error.
fn relay(body: &str, headers: &str, settings: &str) -> Result<JsValue, JsValue> {
    stigg_segment::wasm::transform(
        JsString::from(body).into(),
        object(headers),
        object(settings),
        Some(JsValue::from("2024-03-02T08:30:00.250Z").unchecked_into()),
    )
}

#[wasm_bindgen_test]
fn a_relays_transform_gives_stiggs_type_and_message_id_only() {
    let result = relay(
        r#"{"type":"credits.granted","messageId":"m-1","customerId":"c"}"#,
        "{}",
        "{}",
    )
    .unwrap();
    assert_eq!(
        to_json(&result)["webhook"],
        serde_json::json!({"type": "credits.granted", "messageId": "m-1"})
    );
    let err = relay("{not json", "{}", "{}").unwrap_err();
    assert_eq!(
        to_json(&Reflect::get(&err, &"webhook".into()).unwrap()),
        serde_json::json!({})
    );
    // Refused once the secret passed: labelled; before it: not.
    let secured = r#"{"webhookSecret":"s3cret","onMissingCustomer":"error"}"#;
    let catalogue = r#"{"type":"plan.created","messageId":"m-2"}"#;
    let err = relay(catalogue, r#"{"Stigg-Webhooks-Secret":"s3cret"}"#, secured).unwrap_err();
    assert_eq!(
        to_json(&Reflect::get(&err, &"webhook".into()).unwrap()),
        serde_json::json!({"type": "plan.created", "messageId": "m-2"})
    );
    let err = relay(catalogue, r#"{"Stigg-Webhooks-Secret":"nope"}"#, secured).unwrap_err();
    assert!(Reflect::get(&err, &"webhook".into())
        .unwrap()
        .is_undefined());
    // Without receivedAt, the function's result, as it was.
    let plain = transform(JsString::from(catalogue).into(), object("{}"), object("{}")).unwrap();
    assert!(Reflect::get(&plain, &"webhook".into())
        .unwrap()
        .is_undefined());
}
