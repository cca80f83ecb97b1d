//! The sync's rule against the webhook path: the same customer, read from
//! Stigg's API or posted in a webhook, gets the same traits under every
//! combination of the settings that shape them.

use serde_json::{json, Value as Json};

use super::*;
use crate::json::parse_value;
use crate::{CallKind, Headers};

fn object(value: &Json) -> Object {
    match parse_value(value.to_string().as_bytes()).unwrap() {
        Value::Object(object) => object,
        other => panic!("not an object: {other:?}"),
    }
}

fn customer() -> Json {
    json!({
        "id": "customer-42", "name": "Acme", "email": "billing@acme.test", "billingId": "cus_1",
        "metadata": {"tier": "gold", "secret": "s"}, "createdAt": "2024-01-02T03:04:05.000Z",
        "updatedAt": "2024-03-01T10:00:00.000Z", "archivedAt": null, "language": "en",
        "billingCurrency": "usd", "integrations": [], "couponId": null
    })
}

fn subscription(id: &str, plan: &str, status: &str) -> Json {
    json!({
        "id": id, "customerId": "customer-42", "planId": plan, "status": status,
        "pricingType": "PAID", "paymentCollection": "NOT_REQUIRED",
        "startDate": "2024-02-01T00:00:00.000Z", "createdAt": "2024-02-01T00:00:00.000Z",
        "trialEndDate": if status == "IN_TRIAL" { json!("2024-03-15T00:00:00.000Z") } else { Json::Null },
        "metadata": {}
    })
}

fn plans() -> Plans {
    let mut plans = Plans::new();
    for (id, name) in [("plan-pro", "Pro"), ("plan-growth", "Growth")] {
        plans
            .add(&object(
                &json!({"id": id, "displayName": name, "versionNumber": 1}),
            ))
            .unwrap();
    }
    plans
}

fn settings(overrides: Json) -> Settings {
    Settings::from_json_text(&overrides.to_string()).unwrap()
}

fn sync(customer: &Json, subscriptions: &[Json], settings: &Settings) -> Synced {
    let subscriptions: Vec<Object> = subscriptions.iter().map(object).collect();
    customer_calls(object(customer), &subscriptions, &plans(), settings).unwrap()
}

/// `(type, traits as JSON)` of each identify and group call.
fn traits(calls: &[Call]) -> Vec<(&'static str, String)> {
    calls
        .iter()
        .filter(|call| !matches!(call.kind, CallKind::Track { .. }))
        .map(|call| {
            let payload = match call.payload() {
                Payload::Tree(tree) => tree.clone(),
                other => other.to_object(),
            };
            (
                call.call_type().name(),
                crate::json::to_text(&Value::Object(payload)),
            )
        })
        .collect()
}

fn webhook(body: &Json, settings: &Settings) -> Vec<Call> {
    crate::transform(body.to_string().as_bytes(), &Headers::new(), settings)
        .unwrap()
        .calls
}

fn settings_combinations() -> Vec<Json> {
    let mut all = Vec::new();
    for identify in [true, false] {
        for group in [true, false] {
            for plan in [true, false] {
                for safe in [true, false] {
                    for redact in [
                        json!([]),
                        json!(["email", "customer.email"]),
                        json!(["metadata.secret", "customer.metadata.secret", "plan"]),
                    ] {
                        all.push(json!({
                            "identifyCustomers": identify, "groupCalls": group, "planTraits": plan,
                            "warehouseSafeProperties": safe, "redactProperties": redact,
                        }));
                    }
                }
            }
        }
    }
    all
}

#[test]
fn a_customer_without_subscription_gets_what_customer_updated_gives() {
    for overrides in settings_combinations() {
        let settings = settings(overrides.clone());
        let mut body = customer();
        body["type"] = json!("customer.updated");
        body["messageId"] = json!("m-1");
        let from_webhook = traits(&webhook(&body, &settings));
        let synced = sync(&customer(), &[], &settings);
        assert_eq!(traits(&synced.calls), from_webhook, "{overrides}");
        assert!(synced
            .calls
            .iter()
            .all(|call| !matches!(call.kind, CallKind::Track { .. })));
    }
}

#[test]
fn plan_traits_and_group_calls_are_a_subscription_webhooks() {
    for overrides in settings_combinations() {
        let settings = settings(overrides.clone());
        let sub = subscription("sub-1", "plan-pro", "IN_TRIAL");
        let mut body = sub.clone();
        body["type"] = json!("subscription.updated");
        body["messageId"] = json!("m-2");
        body["timestamp"] = customer()["updatedAt"].clone();
        body["customer"] = customer();
        body["plan"] = json!({"id": "plan-pro", "displayName": "Pro"});
        let subscription_calls = traits(&webhook(&body, &settings));
        let mut customer_body = customer();
        customer_body["type"] = json!("customer.updated");
        customer_body["messageId"] = json!("m-1");
        let customer_calls = traits(&webhook(&customer_body, &settings));
        let synced = traits(&sync(&customer(), &[sub], &settings).calls);
        // The group call is the subscription webhook's.
        let group =
            |calls: &[(&'static str, String)]| calls.iter().find(|c| c.0 == "group").cloned();
        assert_eq!(group(&synced), group(&subscription_calls), "{overrides}");
        // The identify holds the customer's traits and the plan's.
        let identify = |calls: &[(&'static str, String)]| {
            calls
                .iter()
                .find(|c| c.0 == "identify")
                .map(|c| serde_json::from_str::<Json>(&c.1).unwrap())
        };
        let mut expected = identify(&customer_calls).unwrap_or(json!({}));
        if let Some(Json::Object(plan)) = identify(&subscription_calls) {
            for (key, value) in plan {
                expected[key] = value;
            }
        }
        let expected = (expected != json!({})).then_some(expected);
        assert_eq!(identify(&synced), expected, "{overrides}");
    }
}

#[test]
fn plan_traits_name_the_plan_and_leave_the_billing_period_out() {
    let settings = settings(json!({"planTraits": true, "groupCalls": true}));
    let synced = sync(
        &customer(),
        &[subscription("s", "plan-growth", "IN_TRIAL")],
        &settings,
    );
    let identify = &traits(&synced.calls)[0];
    assert_eq!(identify.0, "identify");
    let traits: Json = serde_json::from_str(&identify.1).unwrap();
    assert_eq!(traits["plan"], "Growth");
    assert_eq!(traits["subscriptionStatus"], "IN_TRIAL");
    assert_eq!(traits["trialEndDate"], "2024-03-15T00:00:00.000Z");
    assert_eq!(traits["stiggUpdatedAt"], "2024-03-01T10:00:00.000Z");
    assert!(traits.get("billingPeriod").is_none());
    for call in &synced.calls {
        assert_eq!(
            call.envelope.timestamp.as_deref(),
            Some("2024-03-01T10:00:00.000Z")
        );
        assert_eq!(call.envelope.user_id.as_deref(), Some("customer-42"));
        assert!(
            call.message_id().starts_with("stigg-sync-"),
            "{}",
            call.message_id()
        );
        assert!(call.message_id().len() <= crate::ids::MAX_MESSAGE_ID_CHARS);
    }
}

#[test]
fn the_current_subscription_describes_the_customer() {
    let settings = settings(json!({"planTraits": true}));
    let plan_of = |subs: &[Json]| {
        let synced = sync(&customer(), subs, &settings);
        let traits: Json = serde_json::from_str(&traits(&synced.calls)[0].1).unwrap();
        traits["plan"].clone()
    };
    let ended = subscription("old", "plan-growth", "CANCELED");
    let live = subscription("new", "plan-pro", "ACTIVE");
    assert_eq!(plan_of(&[ended.clone(), live.clone()]), "Pro");
    assert_eq!(plan_of(&[live, ended.clone()]), "Pro");
    assert_eq!(plan_of(&[ended]), "Growth");
}

#[test]
fn message_ids_follow_what_the_calls_say() {
    let settings = settings(json!({"planTraits": true, "groupCalls": true}));
    let ids = |customer: &Json, subs: &[Json]| {
        sync(customer, subs, &settings)
            .calls
            .iter()
            .map(|call| call.message_id().to_owned())
            .collect::<Vec<_>>()
    };
    let pro = [subscription("s", "plan-pro", "ACTIVE")];
    let first = ids(&customer(), &pro);
    assert_eq!(first.len(), 2);
    assert_ne!(first[0], first[1]);
    assert_eq!(first, ids(&customer(), &pro), "same state, same messageIds");
    let growth = [subscription("s", "plan-growth", "ACTIVE")];
    let changed = ids(&customer(), &growth);
    assert!(
        changed.iter().all(|id| !first.contains(id)),
        "a plan change changes both"
    );
    let mut touched = customer();
    touched["updatedAt"] = json!("2024-04-01T00:00:00.000Z");
    assert_eq!(
        ids(&touched, &pro),
        first,
        "only updatedAt moved: nothing new to say"
    );
    let mut renamed = customer();
    renamed["name"] = json!("Acme Inc");
    assert!(ids(&renamed, &pro).iter().all(|id| !first.contains(id)));
    let namespaced = settings_with_namespace("eu");
    let in_eu: Vec<String> = sync(&customer(), &pro, &namespaced)
        .calls
        .iter()
        .map(|call| call.message_id().to_owned())
        .collect();
    assert!(
        in_eu.iter().all(|id| id.starts_with("stigg-eu-sync-")),
        "{in_eu:?}"
    );
}

fn settings_with_namespace(namespace: &str) -> Settings {
    settings(json!({"planTraits": true, "groupCalls": true, "messageIdNamespace": namespace}))
}

#[test]
fn archived_customers_and_empty_settings_get_no_call_and_say_why() {
    let mut archived = customer();
    archived["archivedAt"] = json!("2024-05-01T00:00:00.000Z");
    let synced = sync(
        &archived,
        &[subscription("s", "plan-pro", "ACTIVE")],
        &settings(json!({"groupCalls": true})),
    );
    assert!(synced.calls.is_empty());
    let (code, reason) = synced.skipped.unwrap();
    assert_eq!(code, SyncSkipCode::Archived);
    assert!(reason.contains("customer-42"), "{reason}");
    let nothing = sync(
        &customer(),
        &[],
        &settings(json!({"identifyCustomers": false})),
    );
    assert_eq!(nothing.skipped.unwrap().0, SyncSkipCode::NothingToSend);
    let bare = json!({"id": "c", "updatedAt": "2024-01-01T00:00:00Z"});
    assert_eq!(
        sync(&bare, &[], &settings(json!({}))).skipped.unwrap().0,
        SyncSkipCode::NothingToSend
    );
}

#[test]
fn the_json_is_what_the_wasm_export_returns() {
    let settings = settings(json!({"groupCalls": true}));
    let text = sync(&customer(), &[], &settings).to_json();
    let parsed: Json = serde_json::from_str(&text).unwrap();
    let calls = parsed["calls"].as_array().unwrap();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0]["type"], "identify");
    assert_eq!(calls[1]["type"], "group");
    assert_eq!(calls[1]["groupId"], "customer-42");
    assert_eq!(calls[0]["context"]["integration"]["name"], "stigg");
    let mut archived = customer();
    archived["archivedAt"] = json!("2024-05-01T00:00:00.000Z");
    let skipped = sync(&archived, &[], &settings).to_json();
    let parsed: Json = serde_json::from_str(&skipped).unwrap();
    assert_eq!(parsed["skipped"]["code"], "archived");
    assert_eq!(parsed["calls"], json!([]));
    // Compact, members in this order, as a webhook's outcome.
    assert!(
        skipped.starts_with(
            r#"{"calls":[],"skipped":{"code":"archived","reason":"customer \"customer-42\" was archived at "#
        ),
        "{skipped}"
    );
    assert!(text.starts_with(r#"{"calls":[{"type":"identify","userId":"customer-42","traits":{"#));
    assert!(text.ends_with(r#"}}}]}"#), "{text}");
}

#[test]
fn records_that_are_not_objects_are_refused_by_place() {
    let err =
        customer_calls_from_values(Value::Array(vec![]), vec![], &plans(), &settings(json!({})))
            .unwrap_err();
    assert!(err.message.contains("customer record"), "{}", err.message);
    let err = customer_calls_from_values(
        Value::Object(object(&customer())),
        vec![Value::Null],
        &plans(),
        &settings(json!({})),
    )
    .unwrap_err();
    assert!(
        err.message.contains("subscription record 0"),
        "{}",
        err.message
    );
}

#[test]
fn a_path_redacted_from_either_webhook_shape_is_redacted_here() {
    for paths in [json!(["email"]), json!(["customer.email"])] {
        let settings = settings(json!({"groupCalls": true, "redactProperties": paths}));
        let text = sync(&customer(), &[], &settings).to_json();
        assert!(!text.contains("billing@acme.test"), "{paths}: {text}");
        assert!(text.contains("Acme"), "{text}");
    }
    let settings = settings(json!({"redactProperties": ["customer.metadata.secret"]}));
    let text = sync(&customer(), &[], &settings).to_json();
    assert!(
        text.contains("gold") && !text.contains("\"secret\""),
        "{text}"
    );
}
