//! Property tests over random Stigg-like webhooks (proptest).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use stigg_segment::fit::CALL_BUDGET_BYTES;
use stigg_segment::json::{parse_value, to_text};
use stigg_segment::{transform, CallType, Headers, Outcome, Settings};

/// Where each family keeps its customer id.
#[derive(Debug, Clone, Copy)]
enum Place {
    TopLevelId,
    CustomerId,
    FlatCustomerId,
    InputCustomerId,
    Nowhere,
}

fn family() -> impl Strategy<Value = (&'static str, Place)> {
    prop_oneof![
        Just(("customer.", Place::TopLevelId)),
        Just(("subscription.", Place::CustomerId)),
        Just(("subscription.trial.", Place::CustomerId)),
        Just(("entitlement.", Place::CustomerId)),
        Just(("measurement.", Place::CustomerId)),
        Just(("promotionalEntitlement.", Place::CustomerId)),
        Just(("credit_balance.", Place::CustomerId)),
        Just(("credits.", Place::FlatCustomerId)),
        Just(("credit_grant.", Place::FlatCustomerId)),
        Just(("automatic_recharge.", Place::FlatCustomerId)),
        Just(("subscription.create_failed", Place::InputCustomerId)),
        Just(("plan.", Place::Nowhere)),
        Just(("addon.", Place::Nowhere)),
        Just(("coupon.", Place::Nowhere)),
    ]
}

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1e12f64..1e12).prop_map(|f| json!(f)),
        "\\PC{0,24}".prop_map(Value::String),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-zA-Z_]{1,10}", inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
struct Hook {
    body: Map<String, Value>,
    customer: Option<String>,
    place: Place,
}

fn hook() -> impl Strategy<Value = Hook> {
    (
        family(),
        "[a-z]{1,8}(_[a-z]{1,8})?",
        prop_oneof!["[a-zA-Z0-9-]{1,20}".prop_map(Some), Just(None)],
        prop::option::of("[0-9a-f-]{8,36}"),
        prop::collection::vec(("[a-zA-Z]{1,12}", json_value()), 0..8),
        prop::option::of(0usize..40_000),
    )
        .prop_map(
            |((prefix, place), action, customer, message_id, extras, padding)| {
                let event_type = if prefix.ends_with('.') {
                    format!("{prefix}{action}")
                } else {
                    prefix.to_owned()
                };
                let mut body: Map<String, Value> = extras.into_iter().collect();
                for key in [
                    "type",
                    "id",
                    "customer",
                    "customerId",
                    "input",
                    "messageId",
                    "timestamp",
                ] {
                    body.remove(key);
                }
                body.insert("type".into(), json!(event_type));
                if let Some(id) = message_id {
                    body.insert("messageId".into(), json!(id));
                }
                if let Some(bytes) = padding {
                    body.insert("notes".into(), json!("n".repeat(bytes)));
                }
                if let Some(id) = &customer {
                    match place {
                        Place::TopLevelId => body.insert("id".into(), json!(id)),
                        Place::CustomerId => body.insert("customer".into(), json!({ "id": id })),
                        Place::FlatCustomerId => body.insert("customerId".into(), json!(id)),
                        Place::InputCustomerId => {
                            body.insert("input".into(), json!({ "customerId": id }))
                        }
                        Place::Nowhere => None,
                    };
                }
                Hook {
                    body,
                    customer,
                    place,
                }
            },
        )
}

/// JSON text with every object's keys in an order chosen by `seed`.
fn shuffled_text(value: &Value, seed: u64) -> String {
    match value {
        Value::Object(map) => {
            let mut members: Vec<(&String, &Value)> = map.iter().collect();
            let len = members.len().max(1) as u64;
            members.rotate_left((seed % len) as usize);
            if seed % 2 == 1 {
                members.reverse();
            }
            let inner: Vec<String> = members
                .into_iter()
                .map(|(k, v)| format!("{}:{}", json!(k), shuffled_text(v, seed / 3 + 1)))
                .collect();
            format!("{{{}}}", inner.join(","))
        }
        Value::Array(items) => {
            let inner: Vec<String> = items.iter().map(|v| shuffled_text(v, seed)).collect();
            format!("[{}]", inner.join(","))
        }
        other => other.to_string(),
    }
}

fn run(text: &str, settings: &Settings) -> Outcome {
    transform(text.as_bytes(), &Headers::new(), settings).unwrap()
}

fn outcome_json(outcome: &Outcome) -> Value {
    serde_json::from_str(&outcome.to_json()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_resolvable_customer_gives_exactly_one_track_call(hook in hook()) {
        let text = Value::Object(hook.body.clone()).to_string();
        let outcome = run(&text, &Settings::default());
        let tracks: Vec<_> = outcome.calls.iter().filter(|c| c.call_type() == CallType::Track).collect();
        match (&hook.customer, hook.place) {
            (Some(id), place) if !matches!(place, Place::Nowhere) => {
                prop_assert_eq!(tracks.len(), 1);
                prop_assert_eq!(tracks[0].envelope.user_id.as_deref(), Some(id.as_str()));
            }
            _ => {
                prop_assert!(tracks.is_empty());
                prop_assert!(outcome.skipped.is_some());
            }
        }
    }

    #[test]
    fn no_call_is_ever_over_the_limit_and_every_call_is_valid(hook in hook(), anonymous in any::<bool>()) {
        let settings = Settings::from_json_text(
            &json!({"onMissingCustomer": if anonymous { "anonymous" } else { "drop" }}).to_string(),
        ).unwrap();
        let outcome = run(&Value::Object(hook.body).to_string(), &settings);
        let view = outcome_json(&outcome);
        for (call, json) in outcome.calls.iter().zip(view["calls"].as_array().unwrap()) {
            prop_assert!(call.size() <= CALL_BUDGET_BYTES);
            // Segment's own rules, as its shim checks them.
            if json["type"] == "track" {
                prop_assert!(json["event"].as_str().is_some_and(|e| !e.is_empty()));
            }
            let user = json.get("userId").and_then(Value::as_str).is_some_and(|s| !s.is_empty());
            let anon = json.get("anonymousId").and_then(Value::as_str).is_some_and(|s| !s.is_empty());
            prop_assert!(user || anon);
            prop_assert!(json["messageId"].as_str().unwrap().chars().count() <= 100);
        }
    }

    #[test]
    fn message_ids_are_stable_under_any_key_order(hook in hook(), a in any::<u64>(), b in any::<u64>(), keep_id in any::<bool>()) {
        let mut body = hook.body;
        if !keep_id {
            body.remove("messageId");
        }
        let value = Value::Object(body);
        let settings = Settings::from_json_text(r#"{"onMissingCustomer":"anonymous"}"#).unwrap();
        let ids = |text: &str| -> Vec<(String, Option<String>)> {
            run(text, &settings).calls.iter().map(|c| (c.message_id().to_owned(), c.envelope.anonymous_id.clone())).collect()
        };
        prop_assert_eq!(ids(&shuffled_text(&value, a)), ids(&shuffled_text(&value, b)));
    }

    #[test]
    fn object_action_names_are_title_case_words(event_type in "[a-zA-Z0-9._ -]{1,40}") {
        let body = json!({"type": event_type, "customerId": "c"}).to_string();
        let settings = Settings::from_json_text(r#"{"eventNameStyle":"Object Action"}"#).unwrap();
        match transform(body.as_bytes(), &Headers::new(), &settings) {
            Ok(outcome) => {
                let name = outcome.calls[0].event().unwrap().to_owned();
                prop_assert!(!name.is_empty() && !name.starts_with(' ') && !name.ends_with(' '));
                prop_assert!(!name.contains("  "));
                for word in name.split(' ') {
                    let first = word.chars().next().unwrap();
                    prop_assert!(!first.is_ascii_lowercase(), "{:?} in {:?}", word, name);
                    prop_assert!(word.chars().all(|c| c.is_ascii_alphanumeric()));
                }
            }
            Err(err) => {
                // Only a type with no letter or digit at all.
                prop_assert!(!event_type.chars().any(|c| c.is_ascii_alphanumeric()), "{}", err);
            }
        }
    }

    #[test]
    fn redacted_paths_never_appear(hook in hook(), pick in any::<prop::sample::Index>()) {
        let keys: Vec<String> = hook.body.keys().filter(|k| *k != "type").cloned().collect();
        prop_assume!(!keys.is_empty());
        let key = pick.get(&keys).clone();
        let settings = Settings::from_json_text(
            &json!({"redactProperties": [key.clone(), "customer.id"], "onMissingCustomer": "anonymous"}).to_string(),
        ).unwrap();
        let outcome = run(&Value::Object(hook.body).to_string(), &settings);
        for call in outcome_json(&outcome)["calls"].as_array().unwrap() {
            let payload = call.get("properties").or_else(|| call.get("traits")).unwrap();
            prop_assert!(payload.get(&key).is_none());
            prop_assert!(payload.get("customer").and_then(|c| c.get("id")).is_none());
        }
    }

    #[test]
    fn our_json_reader_agrees_with_serde_json_on_valid_json(value in json_value(), seed in any::<u64>()) {
        let text = shuffled_text(&value, seed);
        let ours = parse_value(text.as_bytes()).unwrap();
        let back: Value = serde_json::from_str(&to_text(&ours)).unwrap();
        prop_assert_eq!(back, value);
    }

    #[test]
    fn our_json_reader_rejects_what_serde_json_rejects(value in json_value(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        // One byte changed, dropped or inserted anywhere in valid JSON.
        let mut bytes = value.to_string().into_bytes();
        let i = at.index(bytes.len() + 1);
        match byte % 3 {
            0 if i < bytes.len() => bytes[i] = byte,
            1 if i < bytes.len() => { bytes.remove(i); }
            _ => bytes.insert(i, byte),
        }
        let ours = parse_value(&bytes);
        let theirs = serde_json::from_slice::<Value>(&bytes);
        match (ours, theirs) {
            (Ok(a), Ok(b)) => prop_assert_eq!(serde_json::from_str::<Value>(&to_text(&a)).unwrap(), b),
            (Err(err), Ok(_)) => prop_assert!(false, "we reject what serde_json accepts: {}", err),
            (Ok(_), Err(err)) => {
                let message = err.to_string();
                // JSON.parse-compatible leniency we mean to have.
                prop_assert!(
                    message.contains("surrogate") || message.contains("hex escape") || message.contains("out of range"),
                    "we accept what serde_json rejects: {}", message
                );
            }
            (Err(_), Err(_)) => {}
        }
    }

    #[test]
    fn quoted_text_never_breaks_a_log_line_and_reads_back_when_short(text in "\\PC{0,100}|[\\x00-\\x1f\\x7f-\\u{9f}\\u{2028}\\u{2029}a]{0,100}") {
        let quoted = stigg_segment::json::quoted(&text);
        prop_assert!(!quoted.contains(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}', '\u{1b}']), "{quoted:?}");
        if text.chars().count() <= stigg_segment::json::QUOTED_MAX_CHARS {
            prop_assert_eq!(parse_value(quoted.as_bytes()).unwrap(), stigg_segment::json::Value::String(text));
        } else {
            let suffix = format!(" ({} characters)", text.chars().count());
            prop_assert!(quoted.ends_with(&suffix), "{}", quoted);
        }
    }

    #[test]
    fn trimming_keeps_the_kept_fields(hook in hook(), junk in 1usize..3000, trace in any::<bool>()) {
        let mut body = hook.body.clone();
        for i in 0..junk {
            body.insert(format!("junk{i}"), json!("j".repeat(30)));
        }
        if trace {
            body.insert("traceId".into(), json!("t-1"));
        }
        body.insert("timestamp".into(), json!("2024-01-01T00:00:00Z"));
        let text = Value::Object(body.clone()).to_string();
        let outcome = run(&text, &Settings::default());
        for call in outcome.calls.iter().filter(|c| c.call_type() == CallType::Track) {
            prop_assert!(call.size() <= CALL_BUDGET_BYTES);
            let properties: Value = serde_json::from_str(&to_text(&stigg_segment::json::Value::Object(call.payload().to_object()))).unwrap();
            for key in ["type", "messageId", "traceId", "timestamp", "id", "customerId", "customer", "input"] {
                if let Some(value) = body.get(key) {
                    let kept = &properties[key];
                    match key {
                        "customer" | "input" if value.is_object() => {
                            let inner = if key == "customer" { "id" } else { "customerId" };
                            prop_assert_eq!(&kept[inner], &value[inner]);
                        }
                        _ if ["type", "messageId", "traceId", "timestamp", "id", "customerId"].contains(&key) => {
                            prop_assert_eq!(kept, value);
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}
