//! Behaviour on the real shapes from Stigg's webhook reference (the bodies in
//! tests/fixtures/stigg), beyond their goldens: where the customer and its
//! traits are read, and the messageId of bodies Stigg sends without one.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};
use stigg_segment::{transform, CallType, Headers, Outcome, Settings, SkipCode};

fn fixture(name: &str) -> Value {
    let fixture = common::FIXTURES
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no fixture {name}"));
    serde_json::from_str(fixture.body).unwrap()
}

fn run(body: &[u8]) -> Outcome {
    transform(body, &Headers::new(), &Settings::default()).unwrap()
}

fn calls(outcome: &Outcome) -> Vec<Value> {
    let view: Value = serde_json::from_str(&outcome.to_json()).unwrap();
    view["calls"].as_array().unwrap().clone()
}

#[test]
fn a_nested_customer_gives_identify_traits_from_the_customer_object() {
    let body = fixture("customer.payment_failed");
    assert!(
        body.get("id").is_none(),
        "the real body has no top-level id"
    );
    let outcome = run(body.to_string().as_bytes());
    let calls = calls(&outcome);
    assert_eq!(
        outcome
            .calls
            .iter()
            .map(|c| c.call_type())
            .collect::<Vec<_>>(),
        [CallType::Identify, CallType::Track]
    );
    let customer = &body["customer"];
    assert_eq!(calls[0]["userId"], customer["id"]);
    assert_eq!(calls[0]["traits"]["name"], customer["name"]);
    assert_eq!(calls[0]["traits"]["email"], customer["email"]);
    assert_eq!(calls[0]["traits"]["metadata"], customer["metadata"]);
    assert_eq!(calls[1]["userId"], customer["id"]);
    assert_eq!(calls[1]["properties"], body);
}

#[test]
fn traits_follow_the_customer_object_through_redaction() {
    let body = fixture("customer.payment_failed");
    let settings = Settings::from_json_text(r#"{"redactProperties":["customer.email"]}"#).unwrap();
    let outcome = transform(body.to_string().as_bytes(), &Headers::new(), &settings).unwrap();
    let calls = calls(&outcome);
    assert_eq!(calls[0]["traits"].get("email"), None);
    assert_eq!(calls[0]["traits"]["name"], body["customer"]["name"]);
}

#[test]
fn a_sync_failure_is_the_customer_s_only_when_the_entity_is_a_customer() {
    let mut body = fixture("sync.failed");
    assert_eq!(body["entityType"], "CUSTOMER");
    let outcome = run(body.to_string().as_bytes());
    assert_eq!(calls(&outcome)[0]["userId"], body["id"]);

    body["entityType"] = json!("SUBSCRIPTION");
    let outcome = run(body.to_string().as_bytes());
    assert!(outcome.calls.is_empty());
    assert_eq!(outcome.skipped.unwrap().code, SkipCode::NoCustomer);
}

/// The real credit shapes carry no messageId: the id comes from the body.
const WITHOUT_MESSAGE_ID: &[&str] = &[
    "credits.granted",
    "credits.grant.updated",
    "credit_grant.created",
    "credit_grant.expired",
    "credit_balance.low@legacy",
    "credit_balance.depleted@legacy",
    "automatic_recharge.operation.attempted",
];

#[test]
fn bodies_without_a_message_id_get_one_stable_across_key_order() {
    for name in WITHOUT_MESSAGE_ID {
        let fixture = common::FIXTURES.iter().find(|f| f.name == *name).unwrap();
        let body: Value = serde_json::from_str(fixture.body).unwrap();
        assert!(body.get("messageId").is_none(), "{name} has a messageId");
        // serde_json's map sorts keys: this is the body as a deployed
        // Segment function sees it.
        let alphabetized = body.to_string();
        let as_sent = run(fixture.body.as_bytes());
        let sorted = run(alphabetized.as_bytes());
        let id = as_sent.calls[0].message_id();
        assert!(id.starts_with("stigg-body-"), "{name}: {id}");
        assert_eq!(id, sorted.calls[0].message_id(), "{name}");
        assert!(as_sent.calls[0].envelope.user_id.is_some(), "{name}");
    }
    // Different deliveries get different ids.
    let ids: std::collections::BTreeSet<String> = WITHOUT_MESSAGE_ID
        .iter()
        .map(|name| {
            let fixture = common::FIXTURES.iter().find(|f| f.name == *name).unwrap();
            run(fixture.body.as_bytes()).calls[0]
                .message_id()
                .to_owned()
        })
        .collect();
    assert_eq!(ids.len(), WITHOUT_MESSAGE_ID.len());
}

#[test]
fn both_documented_credit_balance_shapes_reach_the_same_customer_field() {
    for name in ["credit_balance.low", "credit_balance.low@legacy"] {
        let body = fixture(name);
        let expected = body["customer"]["id"].clone();
        let expected = if expected.is_null() {
            body["customerId"].clone()
        } else {
            expected
        };
        let outcome = run(body.to_string().as_bytes());
        assert_eq!(calls(&outcome)[0]["userId"], expected, "{name}");
    }
}

#[test]
fn an_unknown_type_goes_through_by_its_family_then_the_fallback() {
    let body = json!({"type": "subscription.paused", "id": "sub-1", "customer": {"id": "c-1"}});
    assert_eq!(calls(&run(body.to_string().as_bytes()))[0]["userId"], "c-1");
    let body = json!({"type": "invoice.paid", "customerId": "c-2"});
    assert_eq!(calls(&run(body.to_string().as_bytes()))[0]["userId"], "c-2");
}

#[test]
fn catalogue_events_are_skipped_with_a_reason_that_says_why() {
    let outcome = run(fixture("plan.created").to_string().as_bytes());
    let skip = outcome.skipped.unwrap();
    assert_eq!(skip.code, SkipCode::NoCustomer);
    assert!(skip.reason.contains("plan event"), "{}", skip.reason);
    assert!(skip.reason.contains("onMissingCustomer"), "{}", skip.reason);
}

#[test]
fn a_plan_trait_is_the_plan_s_name_where_stigg_puts_it() {
    // A trial as Stigg's reference shapes it, with the plan object every
    // subscription example carries: `{id, name, description, pricingType}`.
    let mut body = fixture("subscription.trial_started");
    body["plan"] =
        json!({"id": "plan-pro", "name": "Pro", "description": null, "pricingType": "PAID"});
    let settings = Settings::from_json_text(
        r#"{"planTraits":true,"groupCalls":true,"eventNameStyle":"Segment Spec"}"#,
    )
    .unwrap();
    let outcome = transform(body.to_string().as_bytes(), &Headers::new(), &settings).unwrap();
    let sent = calls(&outcome);
    let by_type = |kind: &str| sent.iter().find(|c| c["type"] == kind).unwrap().clone();
    assert_eq!(by_type("identify")["traits"]["plan"], "Pro");
    assert_eq!(by_type("group")["traits"]["plan"], "Pro");
    assert_eq!(by_type("track")["properties"]["trial_plan_name"], "Pro");

    // The API's word is the fallback, then the id.
    body["plan"] = json!({"id": "plan-pro", "displayName": "Pro (API)"});
    let outcome = transform(body.to_string().as_bytes(), &Headers::new(), &settings).unwrap();
    assert_eq!(calls(&outcome)[0]["traits"]["plan"], "Pro (API)");
    body["plan"] = json!({"id": "plan-pro"});
    let outcome = transform(body.to_string().as_bytes(), &Headers::new(), &settings).unwrap();
    assert_eq!(calls(&outcome)[0]["traits"]["plan"], "plan-pro");
}

/// Per page of Stigg's reference, what its example shows (or, where the
/// stored page has no example, the fields its body lists), as dotted key
/// paths (`addons[].id` for a member of an array's items), and which
/// fixtures follow it.
const PAGE_KEYS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/page-keys.json"
));
const SOURCES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/sources.json"
));

/// Every key path of a JSON value: members as `a.b`, array items as `a[].b`.
fn key_paths(value: &Value, prefix: &str, into: &mut BTreeSet<String>) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                let path = format!("{prefix}{key}");
                key_paths(member, &format!("{path}."), into);
                into.insert(path);
            }
        }
        Value::Array(items) => {
            let inner = format!("{}[].", prefix.strip_suffix('.').unwrap_or(prefix));
            for item in items {
                key_paths(item, &inner, into);
            }
        }
        _ => {}
    }
}

fn keys_of(body: &Value) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    key_paths(body, "", &mut keys);
    keys
}

/// The keys a page shows that the body lacks.
fn lacking<'k>(shown: &'k [Value], body: &Value) -> Vec<&'k str> {
    let keys = keys_of(body);
    shown
        .iter()
        .map(|key| key.as_str().unwrap())
        .filter(|key| !keys.contains(*key))
        .collect()
}

#[test]
fn key_paths_name_nested_members_and_array_items() {
    let body = json!({"a": 1, "b": {"c": [{"d": 1}, {"e": null}]}, "f": []});
    let keys: Vec<String> = keys_of(&body).into_iter().collect();
    assert_eq!(keys, ["a", "b", "b.c", "b.c[].d", "b.c[].e", "f"]);
}

#[test]
fn every_fixture_carries_every_key_its_reference_page_shows() {
    let pages: BTreeMap<String, Vec<Value>> = serde_json::from_str(PAGE_KEYS).unwrap();
    let sources: BTreeMap<String, Value> = serde_json::from_str(SOURCES).unwrap();
    let mut placed = BTreeSet::new();
    let mut checked = 0;
    let mut failures = Vec::new();
    for (page, entries) in &pages {
        for entry in entries {
            let shows = entry["shows"].as_str().unwrap();
            assert!(
                ["example", "fields", "nothing"].contains(&shows),
                "{page}: shows {shows}"
            );
            let keys = entry["keys"].as_array().map(Vec::as_slice).unwrap_or(&[]);
            assert_eq!(
                keys.is_empty(),
                shows == "nothing",
                "{page}: keys and shows disagree"
            );
            if shows == "nothing" {
                assert!(
                    entry["note"].is_string(),
                    "{page}: say why nothing was read"
                );
            }
            for name in entry["fixtures"].as_array().unwrap() {
                let name = name.as_str().unwrap();
                assert_eq!(
                    sources[name]["source"],
                    page.as_str(),
                    "{name} is listed under {page}, which sources.json does not give as its page"
                );
                assert!(placed.insert(name), "{name} is listed twice");
                let fixture = fixture(name);
                let missing = lacking(keys, &fixture);
                if !missing.is_empty() {
                    failures.push(format!("{name} lacks {missing:?}, which {page} shows"));
                }
                checked += keys.len();
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for fixture in common::FIXTURES {
        assert!(
            placed.contains(fixture.name),
            "{} is in no page's entry of tests/fixtures/page-keys.json",
            fixture.name
        );
    }
    assert!(checked > 1000, "{checked} keys checked");

    // A fixture that drops a key its page shows is caught, nested ones too.
    let entry = &pages["https://docs.stigg.io/api-reference/subscriptions/subscription-created"][0];
    let keys = entry["keys"].as_array().unwrap();
    let mut body = fixture("subscription.created");
    assert!(lacking(keys, &body).is_empty());
    body.as_object_mut().unwrap().remove("isUpgrade");
    body["addons"][0]
        .as_object_mut()
        .unwrap()
        .remove("quantity");
    assert_eq!(lacking(keys, &body), ["addons[].quantity", "isUpgrade"]);
}
