//! The transform's rules, one test each, through the public API. Outcomes
//! are checked as the JSON the JS side receives.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use stigg_segment::fit::{CALL_BUDGET_BYTES, MAX_LISTED_PATHS, SEGMENT_CALL_LIMIT_BYTES};
use stigg_segment::{
    transform, transform_received, Arrival, CallType, Error, ErrorKind, Headers, Outcome, Payload,
    Refusal, Settings, SkipCode, WebhookLabel,
};

fn settings(raw: Value) -> Settings {
    Settings::from_json_text(&raw.to_string()).unwrap()
}

fn run(body: &Value, settings: &Settings) -> Result<Outcome, Error> {
    transform(body.to_string().as_bytes(), &Headers::new(), settings)
}

fn run_default(body: &Value) -> Outcome {
    run(body, &Settings::default()).unwrap()
}

/// The outcome as the JS side sees it.
fn view(outcome: &Outcome) -> Value {
    serde_json::from_str(&outcome.to_json()).unwrap()
}

/// The track call, as JSON.
fn track(outcome: &Outcome) -> Value {
    let index = outcome
        .calls
        .iter()
        .position(|c| c.call_type() == CallType::Track)
        .expect("a track call");
    view(outcome)["calls"][index].clone()
}

fn track_size(outcome: &Outcome) -> usize {
    outcome
        .calls
        .iter()
        .find(|c| c.call_type() == CallType::Track)
        .unwrap()
        .size()
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
    assert_eq!(call["event"], "subscription_trial_ends_soon");
    assert_eq!(call["userId"], "customer-1");
    assert_eq!(call["properties"], body);
}

#[test]
fn the_body_passes_through_as_text_when_nothing_changes_it() {
    let text =
        "{ \"type\": \"credits.granted\",\n  \"customerId\": \"c\", \"n\": 1.50, \"big\": 1e400 }";
    let outcome = transform(text.as_bytes(), &Headers::new(), &Settings::default()).unwrap();
    assert_eq!(outcome.calls[0].payload(), &Payload::Raw(text.to_owned()));
    assert!(outcome.to_json().contains("\"n\": 1.50, \"big\": 1e400"));
}

#[test]
fn message_ids_carry_stiggs_id_and_differ_per_call() {
    let body = json!({"type": "customer.created", "messageId": "m-1", "id": "c-1", "name": "Acme"});
    let outcome = run_default(&body);
    let ids: Vec<&str> = outcome.calls.iter().map(|c| c.message_id()).collect();
    assert_eq!(ids, ["stigg-m-1-identify", "stigg-m-1-track"]);
}

#[test]
fn message_ids_without_stiggs_id_ignore_key_order() {
    let a = br#"{"type":"credits.granted","customerId":"c","amount":{"value":1,"unit":"x"}}"#;
    let b = br#"{"amount":{"unit":"x","value":1},"customerId":"c","type":"credits.granted"}"#;
    let id = |body: &[u8]| {
        transform(body, &Headers::new(), &Settings::default())
            .unwrap()
            .calls[0]
            .message_id()
            .to_owned()
    };
    assert_eq!(id(a), id(b));
    assert!(id(a).starts_with("stigg-body-"));
    assert!(id(a).len() <= 100);
    let c = br#"{"type":"credits.granted","customerId":"c","amount":{"value":2,"unit":"x"}}"#;
    assert_ne!(id(a), id(c));
}

#[test]
fn timestamp_is_stiggs_when_valid_and_omitted_otherwise() {
    let mut body = subscription();
    assert_eq!(
        track(&run_default(&body))["timestamp"],
        "2024-03-01T10:00:00.000Z"
    );
    body["timestamp"] = json!("not a date");
    assert_eq!(track(&run_default(&body)).get("timestamp"), None);
    body.as_object_mut().unwrap().remove("timestamp");
    assert_eq!(track(&run_default(&body)).get("timestamp"), None);
}

/// A relay's transform: the time it received the webhook.
fn run_received(body: &Value, received_at: &str) -> Outcome {
    let settings = settings(json!({"identifyCustomers": true, "groupCalls": true}));
    transform_received(
        body.to_string().as_bytes(),
        &Headers::new(),
        &settings,
        Arrival::At(received_at),
    )
    .outcome
    .unwrap()
}

#[test]
fn a_call_without_stiggs_timestamp_takes_the_arrival_time_and_stiggs_always_wins() {
    let arrived = "2024-03-02T08:30:00.250Z";
    // Stigg's own timestamp wins, on every call of the webhook.
    let outcome = run_received(&subscription(), arrived);
    assert!(outcome.calls.len() > 1);
    for call in &view(&outcome)["calls"].as_array().unwrap()[..] {
        assert_eq!(call["timestamp"], "2024-03-01T10:00:00.000Z", "{call}");
    }
    // None, or one the core does not accept: the arrival time, on every call.
    let mut body = subscription();
    for stiggs in [None, Some("not a date"), Some("2024-03-01T23:59:60Z")] {
        match stiggs {
            Some(text) => body["timestamp"] = json!(text),
            None => drop(body.as_object_mut().unwrap().remove("timestamp")),
        }
        let outcome = run_received(&body, arrived);
        for call in &view(&outcome)["calls"].as_array().unwrap()[..] {
            assert_eq!(call["timestamp"], arrived, "{stiggs:?}: {call}");
        }
    }
    // The families Stigg dates with no timestamp at all.
    let credits = json!({"type": "credits.granted", "messageId": "m-1", "customerId": "c-1"});
    assert_eq!(
        track(&run_received(&credits, arrived))["timestamp"],
        arrived
    );
    // An arrival time the core would not send as Stigg's is not sent either.
    for bad in ["", "yesterday", "2024-03-02", "2024-03-02T08:30:00"] {
        assert_eq!(
            track(&run_received(&credits, bad)).get("timestamp"),
            None,
            "{bad}"
        );
    }
    // Without one, the transform is the function's.
    let none = transform_received(
        credits.to_string().as_bytes(),
        &Headers::new(),
        &Settings::default(),
        Arrival::Unknown,
    )
    .outcome
    .unwrap();
    assert_eq!(none, run_default(&credits));
}

#[test]
fn an_arrival_time_the_call_has_no_room_for_is_made_room_for() {
    // Fitted to the budget without a timestamp; with one, a call that may
    // not be trimmed is refused as the function refuses one, naming it.
    let mut body = big_subscription(1);
    body.as_object_mut().unwrap().remove("timestamp");
    body["notes"] = json!("");
    let untrimmed = track_size(&run_default(&body));
    body["notes"] = json!("n".repeat(CALL_BUDGET_BYTES - untrimmed));
    let strict = settings(json!({"oversizedEvents": "error"}));
    assert!(run(&body, &strict).is_ok());
    let refused = transform_received(
        body.to_string().as_bytes(),
        &Headers::new(),
        &strict,
        Arrival::At("2024-03-02T08:30:00.250Z"),
    )
    .outcome
    .unwrap_err();
    assert_eq!(refused.refusal, Refusal::Webhook);
    assert!(
        refused.error.message.contains("\"subscription.updated\""),
        "{}",
        refused.error.message
    );
}

#[test]
fn the_arrival_time_is_measured_when_a_call_is_fitted() {
    // A body that fits exactly without a timestamp must be trimmed once
    // the relay adds one: the call is measured with it.
    let mut body = big_subscription(1);
    body.as_object_mut().unwrap().remove("timestamp");
    body["notes"] = json!("");
    let untrimmed = track_size(&run_default(&body));
    body["notes"] = json!("n".repeat(CALL_BUDGET_BYTES - untrimmed));
    let outcome = run_default(&body);
    assert_eq!(track_size(&outcome), CALL_BUDGET_BYTES);
    assert_eq!(track(&outcome)["context"]["stigg"].get("trimmed"), None);
    let received = transform_received(
        body.to_string().as_bytes(),
        &Headers::new(),
        &Settings::default(),
        Arrival::At("2024-03-02T08:30:00.250Z"),
    )
    .outcome
    .unwrap();
    assert!(track_size(&received) <= CALL_BUDGET_BYTES);
    assert_eq!(track(&received)["timestamp"], "2024-03-02T08:30:00.250Z");
    assert!(track(&received)["context"]["stigg"]["trimmed"].is_array());
}

#[test]
fn a_wrong_or_missing_secret_is_a_refusal_of_its_own() {
    let secured = settings(json!({"webhookSecret": "whsec_x"}));
    let body = subscription().to_string();
    let relay = |body: &[u8], headers: &Headers| {
        let arrival = Arrival::At("2024-03-02T08:30:00Z");
        transform_received(body, headers, &secured, arrival)
            .outcome
            .unwrap_err()
    };
    for headers in [
        Headers::new(),
        Headers::new().with("Stigg-Webhooks-Secret", "nope"),
    ] {
        let refused = relay(body.as_bytes(), &headers);
        assert_eq!(refused.refusal, Refusal::Secret);
        // The error itself is the function's.
        let err = transform(body.as_bytes(), &headers, &secured).unwrap_err();
        assert_eq!(refused.error, err);
        assert_eq!(err.kind, ErrorKind::ValidationError);
    }
    let headers = Headers::new().with("Stigg-Webhooks-Secret", "whsec_x");
    for bad in [&b"{not json"[..], b"{\"id\":1}", b"[]"] {
        let refused = relay(bad, &headers);
        assert_eq!(refused.refusal, Refusal::Webhook);
        assert_eq!(
            refused.error,
            transform(bad, &headers, &secured).unwrap_err()
        );
    }
}

/// What a relay's transform says the webhook is, for its log line.
fn label_of(body: &[u8]) -> WebhookLabel {
    transform_received(
        body,
        &Headers::new(),
        &Settings::default(),
        Arrival::Unknown,
    )
    .label
}

#[test]
fn a_relay_reads_stiggs_type_and_message_id_only_for_its_label() {
    let label = label_of(subscription().to_string().as_bytes());
    assert_eq!(
        label.event_type.as_deref(),
        Some("subscription.trial.ends_soon")
    );
    assert_eq!(
        label.message_id.as_deref(),
        Some("0d9a6e0c-3f5b-4c1e-9a2d-7b8c9d0e1f2a")
    );
    for body in [
        &b"{not json"[..],
        b"[]",
        b"{\"type\":5,\"messageId\":\" \"}",
        b"",
    ] {
        assert_eq!(label_of(body), Default::default());
    }
    let label = label_of(br#"{"type":"credits.granted","customerId":"c"}"#);
    assert_eq!(label.event_type.as_deref(), Some("credits.granted"));
    assert_eq!(label.message_id, None);
}

#[test]
fn a_relay_labels_a_refused_webhook_once_its_secret_passed_and_never_before() {
    let secured = settings(json!({"webhookSecret": "whsec_x", "onMissingCustomer": "error"}));
    let body = br#"{"type":"plan.created","messageId":"m-1"}"#;
    let relay = |headers: &Headers| transform_received(body, headers, &secured, Arrival::Unknown);
    let refused = relay(&Headers::new().with("Stigg-Webhooks-Secret", "whsec_x"));
    assert_eq!(refused.outcome.unwrap_err().refusal, Refusal::Webhook);
    assert_eq!(refused.label.event_type.as_deref(), Some("plan.created"));
    assert_eq!(refused.label.message_id.as_deref(), Some("m-1"));
    let wrong = relay(&Headers::new().with("Stigg-Webhooks-Secret", "nope"));
    assert_eq!(wrong.outcome.unwrap_err().refusal, Refusal::Secret);
    assert_eq!(wrong.label, WebhookLabel::default());
}

#[test]
fn an_arrival_in_a_field_of_the_webhook_dates_its_calls_as_a_relays_own_time() {
    // `send --timestamp-field`: the capture's own field, read in the same
    // pass as the calls.
    let arrived = "2024-03-02T08:30:00.250Z";
    let mut credits = json!({"type": "credits.granted", "messageId": "m-1", "customerId": "c-1"});
    credits["receivedAt"] = json!(arrived);
    let body = credits.to_string();
    let relay = |arrival| {
        transform_received(
            body.as_bytes(),
            &Headers::new(),
            &Settings::default(),
            arrival,
        )
    };
    let received = relay(Arrival::Field("receivedAt"));
    assert_eq!(received.received_at.as_deref(), Some(arrived));
    let outcome = received.outcome.unwrap();
    assert_eq!(outcome, relay(Arrival::At(arrived)).outcome.unwrap());
    assert_eq!(track(&outcome)["timestamp"], arrived);
    // A field that is missing, not text or not a date-time dates nothing.
    credits["notADate"] = json!("yesterday");
    credits["aNumber"] = json!(1_709_287_200_000_u64);
    let body = credits.to_string();
    for field in ["missing", "notADate", "aNumber", "customerId"] {
        let received = transform_received(
            body.as_bytes(),
            &Headers::new(),
            &Settings::default(),
            Arrival::Field(field),
        );
        assert_eq!(received.received_at, None, "{field}");
        assert_eq!(track(&received.outcome.unwrap()).get("timestamp"), None);
    }
}

#[test]
fn context_names_the_integration_and_version() {
    let call = track(&run_default(&subscription()));
    assert_eq!(
        call["context"],
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
    let calls = view(&outcome)["calls"].clone();
    assert_eq!(calls.as_array().unwrap().len(), 2);
    assert_eq!(calls[0]["type"], "identify");
    assert_eq!(calls[0]["userId"], "c-1");
    assert_eq!(
        calls[0]["traits"],
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
    let outcome = run_default(&json!({"type": "plan.created", "id": "plan-1"}));
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
    let err = run(
        &json!({"type": "plan.created"}),
        &settings(json!({"onMissingCustomer": "error"})),
    )
    .unwrap_err();
    assert_eq!(err.kind, ErrorKind::EventNotSupported);
    assert!(err.message.contains("plan.created"));
}

#[test]
fn missing_customer_can_be_anonymous_and_deterministic() {
    let anonymous = settings(json!({"onMissingCustomer": "anonymous"}));
    let body = json!({"type": "plan.created", "messageId": "m-9"});
    let call = track(&run(&body, &anonymous).unwrap());
    assert_eq!(call.get("userId"), None);
    let anonymous_id = call["anonymousId"].as_str().unwrap().to_owned();
    assert!(anonymous_id.starts_with("stigg-anonymous-"));
    assert_eq!(
        track(&run(&body, &anonymous).unwrap())["anonymousId"],
        anonymous_id.as_str()
    );
    let other = run(
        &json!({"type": "plan.created", "messageId": "m-10"}),
        &anonymous,
    )
    .unwrap();
    assert_ne!(track(&other)["anonymousId"], anonymous_id.as_str());
}

#[test]
fn event_name_styles() {
    let body = json!({"type": "promotionalEntitlement.granted", "customer": {"id": "c"}});
    let name = |style: &str| {
        track(&run(&body, &settings(json!({"eventNameStyle": style}))).unwrap())["event"].clone()
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
    assert_eq!(track(&run_default(&body))["event"], "_");
}

#[test]
fn filters_skip_with_a_reason() {
    let body = subscription();
    let skipped = run(&body, &settings(json!({"eventAllowlist": ["customer.*"]})))
        .unwrap()
        .skipped
        .unwrap();
    assert_eq!(skipped.code, SkipCode::Filtered);
    assert!(skipped.reason.contains("eventAllowlist"));
    let deny =
        settings(json!({"eventAllowlist": ["subscription.*"], "eventDenylist": ["*.ends_soon"]}));
    assert!(run(&body, &deny)
        .unwrap()
        .skipped
        .unwrap()
        .reason
        .contains("eventDenylist"));
    let allow = settings(json!({"eventAllowlist": ["subscription.*"]}));
    assert_eq!(run(&body, &allow).unwrap().calls.len(), 1);
}

#[test]
fn filtered_events_are_skipped_before_the_customer_check() {
    let strict = settings(json!({"onMissingCustomer": "error", "eventDenylist": ["plan.*"]}));
    assert_eq!(
        run(&json!({"type": "plan.created"}), &strict)
            .unwrap()
            .skipped
            .unwrap()
            .code,
        SkipCode::Filtered
    );
}

#[test]
fn redacted_paths_leave_properties_and_traits() {
    let body = json!({"type": "customer.created", "id": "c", "email": "a@b.example", "name": "A",
        "customer": {"id": "c", "email": "x@y.example"}});
    let outcome = run(
        &body,
        &settings(json!({"redactProperties": ["email", "customer.email"]})),
    )
    .unwrap();
    let text = outcome.to_json();
    assert!(
        !text.contains("a@b.example") && !text.contains("x@y.example"),
        "{text}"
    );
    assert_eq!(view(&outcome)["calls"][0]["traits"]["name"], "A");
    // Paths that name nothing present leave the body passing through.
    let untouched = run(&body, &settings(json!({"redactProperties": ["password"]}))).unwrap();
    assert!(matches!(untouched.calls[1].payload(), &Payload::Raw(_)));
}

#[test]
fn redaction_does_not_change_the_message_id() {
    let body = json!({"type": "credits.granted", "customerId": "c", "email": "e"});
    let plain = run_default(&body);
    let redacted = run(&body, &settings(json!({"redactProperties": ["email"]}))).unwrap();
    assert_eq!(plain.calls[0].message_id(), redacted.calls[0].message_id());
}

#[test]
fn the_message_id_namespace_separates_destinations() {
    let body = json!({"type": "customer.updated", "id": "c", "email": "e", "messageId": "m-1"});
    let plain = run_default(&body);
    let eu = run(&body, &settings(json!({"messageIdNamespace": "eu"}))).unwrap();
    assert_eq!(eu.calls.len(), plain.calls.len());
    for (eu, plain) in eu.calls.iter().zip(&plain.calls) {
        assert_ne!(eu.message_id(), plain.message_id());
        assert!(
            eu.message_id().starts_with("stigg-eu-m-1-"),
            "{}",
            eu.message_id()
        );
    }
    let again = run(&body, &settings(json!({"messageIdNamespace": "eu"}))).unwrap();
    assert_eq!(again.calls[0].message_id(), eu.calls[0].message_id());
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
    assert!(body.to_string().len() > SEGMENT_CALL_LIMIT_BYTES);
    let outcome = run_default(&body);
    assert!(
        track_size(&outcome) <= CALL_BUDGET_BYTES,
        "{}",
        track_size(&outcome)
    );
    let call = track(&outcome);
    assert_eq!(
        call["context"]["stigg"]["trimmed"],
        json!(["properties.addons"])
    );
    assert!(
        call["properties"].get("plan").is_some() && call["properties"].get("customer").is_some()
    );
    assert_eq!(
        outcome.to_json().len(),
        serde_json::to_string(&view(&outcome)).unwrap().len()
    );
}

#[test]
fn trimming_removes_as_little_as_it_can() {
    // Just over the budget: one add-on's description is enough to drop.
    let mut body = big_subscription(1);
    body["notes"] = json!("");
    let untrimmed = track_size(&run_default(&body));
    body["notes"] = json!("n".repeat(CALL_BUDGET_BYTES - untrimmed + 50));
    let outcome = run_default(&body);
    assert!(track_size(&outcome) <= CALL_BUDGET_BYTES);
    let call = track(&outcome);
    assert_eq!(
        call["context"]["stigg"]["trimmed"],
        json!(["properties.addons[0].description"])
    );
    assert!(call["properties"].get("notes").is_some());
}

#[test]
fn whitespace_is_not_counted_against_the_limit() {
    // Pretty-printed, the body is over the budget; compact, it fits.
    let mut body = big_subscription(100);
    let pretty = loop {
        let pretty = serde_json::to_string_pretty(&body).unwrap();
        if body.to_string().len() > CALL_BUDGET_BYTES - 400 {
            break pretty;
        }
        body["padding"] = json!("p".repeat(body["padding"].as_str().map_or(0, str::len) + 100));
    };
    assert!(pretty.len() > CALL_BUDGET_BYTES);
    let outcome = transform(pretty.as_bytes(), &Headers::new(), &Settings::default()).unwrap();
    assert!(track_size(&outcome) <= CALL_BUDGET_BYTES);
    assert_eq!(track(&outcome).get("context").unwrap().get("stigg"), None);
    assert_eq!(track(&outcome)["properties"], body);
}

#[test]
fn many_small_properties_are_trimmed_with_a_bounded_list() {
    let mut body = json!({"type": "credits.granted", "messageId": "m", "customerId": "c"});
    for i in 0..20_000 {
        body[format!("k{i:05}")] = json!(i);
    }
    let outcome = run_default(&body);
    assert!(
        track_size(&outcome) <= CALL_BUDGET_BYTES,
        "{}",
        track_size(&outcome)
    );
    let call = track(&outcome);
    let properties = call["properties"].as_object().unwrap();
    assert!(properties.contains_key("type") && properties.contains_key("messageId"));
    let trimmed = call["context"]["stigg"]["trimmed"].as_array().unwrap();
    assert_eq!(trimmed.len(), MAX_LISTED_PATHS + 1);
    let summary = trimmed.last().unwrap().as_str().unwrap();
    let more: usize = summary
        .trim_start_matches("... and ")
        .trim_end_matches(" more")
        .parse()
        .unwrap();
    assert_eq!(more + MAX_LISTED_PATHS + properties.len(), 20_003);
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
    let body_size = body.to_string().len();
    assert!(
        size > body_size && size < body_size + 500,
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

#[test]
fn deep_bodies_survive_every_path() {
    // 1000 levels, through redaction, hashing (no messageId) and trimming.
    let deep = format!("{}{}", "[".repeat(998), "]".repeat(998));
    let body = format!(
        r#"{{"type":"credits.granted","customerId":"c","email":"e","deep":{deep},"pad":"{}"}}"#,
        "p".repeat(40_000)
    );
    let redacting = settings(json!({"redactProperties": ["email"]}));
    let outcome = transform(body.as_bytes(), &Headers::new(), &redacting).unwrap();
    let call = &outcome.calls[0];
    assert!(call.message_id().starts_with("stigg-body-"));
    assert!(call.size() <= CALL_BUDGET_BYTES);
    assert_eq!(call.envelope.trimmed, vec!["properties.pad"]);
}
