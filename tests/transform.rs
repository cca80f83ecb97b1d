//! The transform's rules, one test each, through the public API.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use stigg_segment::fit::{json_size, CALL_BUDGET_BYTES, SEGMENT_CALL_LIMIT_BYTES};
use stigg_segment::{transform, Call, CallType, ErrorKind, Headers, Outcome, Settings, SkipCode};

fn settings(raw: Value) -> Settings {
    Settings::from_json(&raw).unwrap()
}

fn run(body: &Value, settings: &Settings) -> Result<Outcome, stigg_segment::Error> {
    transform(body.to_string().as_bytes(), &Headers::new(), settings)
}

fn run_default(body: &Value) -> Outcome {
    run(body, &Settings::default()).unwrap()
}

fn track(outcome: &Outcome) -> &Call {
    outcome
        .calls
        .iter()
        .find(|call| call.call_type == CallType::Track)
        .expect("a track call")
}

fn subscription() -> Value {
    json!({
        "type": "subscription.trial.ends_soon",
        "messageId": "0d9a6e0c-3f5b-4c1e-9a2d-7b8c9d0e1f2a",
        "traceId": "trace-1",
        "timestamp": "2024-03-01T10:00:00.000Z",
        "id": "subscription-1",
        "customer": {"id": "customer-1", "email": "a@b.example"},
    })
}

#[test]
fn default_track_matches_the_reference_function() {
    let body = subscription();
    let outcome = run_default(&body);
    assert_eq!(outcome.calls.len(), 1);
    let call = track(&outcome);
    assert_eq!(call.event.as_deref(), Some("subscription_trial_ends_soon"));
    assert_eq!(call.user_id.as_deref(), Some("customer-1"));
    assert_eq!(Value::Object(call.properties.clone().unwrap()), body);
}

#[test]
fn message_ids_carry_stiggs_id_and_differ_per_call() {
    let body = json!({"type": "customer.created", "messageId": "m-1", "id": "c-1", "name": "Acme"});
    let outcome = run_default(&body);
    let ids: Vec<&str> = outcome
        .calls
        .iter()
        .map(|c| c.message_id.as_str())
        .collect();
    assert_eq!(ids, ["stigg-m-1-identify", "stigg-m-1-track"]);
}

#[test]
fn message_ids_without_stiggs_id_ignore_key_order() {
    let a = br#"{"type":"credits.granted","customerId":"c","amount":{"value":1,"unit":"x"}}"#;
    let b = br#"{"amount":{"unit":"x","value":1},"customerId":"c","type":"credits.granted"}"#;
    let id = |body: &[u8]| {
        let outcome = transform(body, &Headers::new(), &Settings::default()).unwrap();
        outcome.calls[0].message_id.clone()
    };
    assert_eq!(id(a), id(b));
    assert!(id(a).starts_with("stigg-body-"));
    assert!(id(a).len() <= 100);
}

#[test]
fn timestamp_is_stiggs_when_valid_and_omitted_otherwise() {
    let mut body = subscription();
    assert_eq!(
        track(&run_default(&body)).timestamp.as_deref(),
        Some("2024-03-01T10:00:00.000Z")
    );
    body["timestamp"] = json!("not a date");
    assert_eq!(track(&run_default(&body)).timestamp, None);
    body.as_object_mut().unwrap().remove("timestamp");
    assert_eq!(track(&run_default(&body)).timestamp, None);
}

#[test]
fn context_names_the_integration_and_version() {
    let outcome = run_default(&subscription());
    let context = serde_json::to_value(&track(&outcome).context).unwrap();
    assert_eq!(
        context,
        json!({"integration": {"name": "stigg", "version": env!("CARGO_PKG_VERSION")}})
    );
}

#[test]
fn customer_events_add_an_identify_call_first() {
    let body = json!({
        "type": "customer.updated", "messageId": "m", "id": "c-1", "name": "Acme",
        "email": "a@acme.example", "billingId": "cus_1", "crmId": null, "metadata": {"k": "v"},
        "createdAt": "2024-01-01T00:00:00Z",
    });
    let outcome = run_default(&body);
    assert_eq!(outcome.calls.len(), 2);
    let identify = &outcome.calls[0];
    assert_eq!(identify.call_type, CallType::Identify);
    assert_eq!(identify.user_id.as_deref(), Some("c-1"));
    assert_eq!(
        Value::Object(identify.traits.clone().unwrap()),
        json!({"name": "Acme", "email": "a@acme.example", "billingId": "cus_1", "metadata": {"k": "v"}})
    );
    let off = run(&body, &settings(json!({"identifyCustomers": false}))).unwrap();
    assert_eq!(off.calls.len(), 1);
}

#[test]
fn deleted_customers_and_non_customer_events_are_not_identified() {
    let deleted = json!({"type": "customer.deleted", "id": "c-1", "name": "Acme"});
    assert_eq!(run_default(&deleted).calls.len(), 1);
    let subscription_with_traits =
        json!({"type": "subscription.created", "customer": {"id": "c"}, "name": "x"});
    assert_eq!(run_default(&subscription_with_traits).calls.len(), 1);
}

#[test]
fn missing_customer_drops_by_default_with_a_reason() {
    let body = json!({"type": "plan.created", "id": "plan-1"});
    let outcome = run_default(&body);
    assert!(outcome.calls.is_empty());
    let skipped = outcome.skipped.unwrap();
    assert_eq!(skipped.code, SkipCode::NoCustomer);
    assert!(
        skipped.reason.contains("plan.created"),
        "{}",
        skipped.reason
    );
    assert!(
        skipped.reason.contains("onMissingCustomer"),
        "{}",
        skipped.reason
    );
}

#[test]
fn missing_customer_can_be_an_error() {
    let body = json!({"type": "plan.created"});
    let err = run(&body, &settings(json!({"onMissingCustomer": "error"}))).unwrap_err();
    assert_eq!(err.kind, ErrorKind::EventNotSupported);
    assert!(err.message.contains("plan.created"));
}

#[test]
fn missing_customer_can_be_anonymous_and_deterministic() {
    let body = json!({"type": "plan.created", "messageId": "m-9"});
    let anonymous = settings(json!({"onMissingCustomer": "anonymous"}));
    let first = run(&body, &anonymous).unwrap();
    let again = run(&body, &anonymous).unwrap();
    let call = track(&first);
    assert_eq!(call.user_id, None);
    let anonymous_id = call.anonymous_id.clone().unwrap();
    assert!(anonymous_id.starts_with("stigg-anonymous-"));
    assert_eq!(
        track(&again).anonymous_id.as_deref(),
        Some(anonymous_id.as_str())
    );
    let other = run(
        &json!({"type": "plan.created", "messageId": "m-10"}),
        &anonymous,
    )
    .unwrap();
    assert_ne!(
        track(&other).anonymous_id.as_deref(),
        Some(anonymous_id.as_str())
    );
}

#[test]
fn event_name_styles() {
    let body = json!({"type": "promotionalEntitlement.granted", "customer": {"id": "c"}});
    let name = |style: &str| {
        let outcome = run(&body, &settings(json!({"eventNameStyle": style}))).unwrap();
        track(&outcome).event.clone().unwrap()
    };
    assert_eq!(name("snake_case"), "promotionalEntitlement_granted");
    assert_eq!(name("Object Action"), "Promotional Entitlement Granted");
    assert_eq!(name("original"), "promotionalEntitlement.granted");
}

#[test]
fn a_type_without_letters_is_an_error_in_object_action_style() {
    let body = json!({"type": ".", "customer": {"id": "c"}});
    let err = run(&body, &settings(json!({"eventNameStyle": "Object Action"}))).unwrap_err();
    assert_eq!(err.kind, ErrorKind::ValidationError);
    assert!(err.message.contains("empty event name"), "{}", err.message);
    assert_eq!(track(&run_default(&body)).event.as_deref(), Some("_"));
}

#[test]
fn filters_skip_with_a_reason() {
    let body = subscription();
    let allow_other = settings(json!({"eventAllowlist": ["customer.*"]}));
    let skipped = run(&body, &allow_other).unwrap().skipped.unwrap();
    assert_eq!(skipped.code, SkipCode::Filtered);
    assert!(skipped.reason.contains("eventAllowlist"));
    let deny =
        settings(json!({"eventAllowlist": ["subscription.*"], "eventDenylist": ["*.ends_soon"]}));
    let skipped = run(&body, &deny).unwrap().skipped.unwrap();
    assert!(skipped.reason.contains("eventDenylist"));
    let allow = settings(json!({"eventAllowlist": ["subscription.*"]}));
    assert_eq!(run(&body, &allow).unwrap().calls.len(), 1);
}

#[test]
fn filtered_events_are_skipped_before_the_customer_check() {
    let body = json!({"type": "plan.created"});
    let strict = settings(json!({"onMissingCustomer": "error", "eventDenylist": ["plan.*"]}));
    assert_eq!(
        run(&body, &strict).unwrap().skipped.unwrap().code,
        SkipCode::Filtered
    );
}

#[test]
fn redacted_paths_leave_properties_and_traits() {
    let body = json!({"type": "customer.created", "id": "c", "email": "a@b.example", "name": "A",
        "customer": {"id": "c", "email": "x@y.example"}});
    let redacting = settings(json!({"redactProperties": ["email", "customer.email"]}));
    let outcome = run(&body, &redacting).unwrap();
    let text = outcome.to_json();
    assert!(
        !text.contains("a@b.example") && !text.contains("x@y.example"),
        "{text}"
    );
    assert_eq!(
        outcome.calls[0].traits.as_ref().unwrap().get("name"),
        Some(&json!("A"))
    );
}

#[test]
fn the_secret_is_checked_when_set() {
    let secure = settings(json!({"webhookSecret": "s3cret-value"}));
    let body = subscription().to_string();
    let good = Headers::new().with("stigg-webhooks-secret", "s3cret-value");
    assert!(transform(body.as_bytes(), &good, &secure).is_ok());
    for headers in [
        Headers::new(),
        Headers::new().with("Stigg-Webhooks-Secret", "guess-value"),
    ] {
        let err = transform(body.as_bytes(), &headers, &secure).unwrap_err();
        assert_eq!(err.kind, ErrorKind::ValidationError);
        assert!(!err.message.contains("s3cret-value") && !err.message.contains("guess-value"));
    }
}

#[test]
fn the_secret_is_checked_before_the_body_is_parsed() {
    let secure = settings(json!({"webhookSecret": "s3cret-value"}));
    let err = transform(b"not json", &Headers::new(), &secure).unwrap_err();
    assert!(
        err.message.contains("Stigg-Webhooks-Secret"),
        "{}",
        err.message
    );
}

fn big_subscription(addons: usize) -> Value {
    let addons: Vec<Value> = (0..addons)
        .map(|i| json!({"id": format!("addon-{i}"), "displayName": format!("Add-on number {i}"), "quantity": i, "description": "x".repeat(200)}))
        .collect();
    json!({
        "type": "subscription.updated", "messageId": "m-big",
        "customer": {"id": "c-1"}, "status": "ACTIVE", "addons": addons,
        "plan": {"id": "plan-1", "displayName": "Growth"},
    })
}

#[test]
fn oversized_calls_are_trimmed_and_the_removed_paths_listed() {
    let body = big_subscription(200);
    assert!(json_size(&body) > SEGMENT_CALL_LIMIT_BYTES);
    let outcome = run_default(&body);
    let call = track(&outcome);
    assert!(json_size(call) <= CALL_BUDGET_BYTES, "{}", json_size(call));
    let trimmed = &call.context.stigg.as_ref().unwrap().trimmed;
    assert_eq!(trimmed, &vec!["properties.addons".to_owned()]);
    let properties = call.properties.as_ref().unwrap();
    assert!(properties.contains_key("plan") && properties.contains_key("customer"));
}

#[test]
fn trimming_removes_as_little_as_it_can() {
    // Just over the budget: one add-on's description is enough to drop.
    let mut body = big_subscription(1);
    body["notes"] = json!("");
    let untrimmed = json_size(track(&run_default(&body)));
    body["notes"] = json!("n".repeat(CALL_BUDGET_BYTES - untrimmed + 50));
    let outcome = run_default(&body);
    let call = track(&outcome);
    assert!(json_size(call) <= CALL_BUDGET_BYTES);
    assert_eq!(
        call.context.stigg.as_ref().unwrap().trimmed,
        vec!["properties.addons[0].description"]
    );
    assert!(call.properties.as_ref().unwrap().contains_key("notes"));
}

#[test]
fn many_small_properties_are_trimmed_with_a_bounded_list() {
    let mut body = json!({"type": "credits.granted", "messageId": "m", "customerId": "c"});
    for i in 0..20_000 {
        body[format!("k{i:05}")] = json!(i);
    }
    let outcome = run_default(&body);
    let call = track(&outcome);
    assert!(json_size(call) <= CALL_BUDGET_BYTES, "{}", json_size(call));
    let properties = call.properties.as_ref().unwrap();
    assert!(properties.contains_key("type") && properties.contains_key("messageId"));
    let trimmed = &call.context.stigg.as_ref().unwrap().trimmed;
    assert_eq!(trimmed.len(), stigg_segment::fit::MAX_LISTED_PATHS + 1);
    let summary = trimmed.last().unwrap();
    let more: usize = summary
        .trim_start_matches("... and ")
        .trim_end_matches(" more")
        .parse()
        .unwrap();
    assert_eq!(
        more + stigg_segment::fit::MAX_LISTED_PATHS + properties.len(),
        20_003
    );
}

#[test]
fn oversized_calls_can_be_errors_that_name_the_size() {
    let body = big_subscription(200);
    let err = run(&body, &settings(json!({"oversizedEvents": "error"}))).unwrap_err();
    assert_eq!(err.kind, ErrorKind::ValidationError);
    let size: usize = err
        .message
        .split("would be ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        size > json_size(&body) && size < json_size(&body) + 500,
        "{}",
        err.message
    );
    assert!(err.message.contains("32768"), "{}", err.message);
}

#[test]
fn a_call_that_cannot_fit_is_a_clear_error() {
    let body = json!({"type": "x".repeat(40_000), "customerId": "c"});
    let err = run(&body, &Settings::default()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::ValidationError);
    assert!(
        err.message.contains("even with every property removed"),
        "{}",
        err.message
    );
}
