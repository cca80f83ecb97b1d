//! The tracking plan (src/tracking_plan.rs).
//!
//! Its property shapes are data, src/tracking_plan/shapes.json, generated
//! here from the documented bodies in tests/fixtures/stigg (and their
//! sources in tests/fixtures/sources.json): the first test fails when that
//! file is not what the fixtures give, and
//! `UPDATE_SHAPES=1 cargo test --test tracking_plan` rewrites it. The other
//! tests check the plan's structure; tests/js/tracking-plan.test.js
//! validates every call against it with ajv.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};
use stigg_segment::stigg::EVENT_TYPES;
use stigg_segment::tracking_plan::{tracking_plan, Variant, SHAPES_JSON};
use stigg_segment::Settings;

const SHAPES_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/tracking_plan/shapes.json");
const SOURCES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/sources.json"
));

/// A date-time as JSON Schema's `date-time` format (RFC 3339) reads one:
/// what the core's ISO 8601 check accepts, with seconds and a `T`.
fn is_date_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    stigg_segment::timestamp::is_iso8601(text)
        && bytes.len() >= 20
        && bytes[10] == b'T'
        && bytes[13] == b':'
        && bytes[16] == b':'
}

/// The JSON Schema of one value: its type, `date-time` for timestamps, the
/// members of an object and the items of an array.
fn infer(value: &Value) -> Value {
    match value {
        Value::Null => json!({"type": ["null"]}),
        Value::Bool(_) => json!({"type": ["boolean"]}),
        // Never "integer": a count in Stigg's example may be a fraction in
        // the next delivery, and nothing documents otherwise.
        Value::Number(_) => json!({"type": ["number"]}),
        Value::String(text) if is_date_time(text) => {
            json!({"type": ["string"], "format": "date-time"})
        }
        Value::String(_) => json!({"type": ["string"]}),
        Value::Array(items) => {
            let mut schema = json!({"type": ["array"]});
            if let Some(merged) = items.iter().map(infer).reduce(merge) {
                schema["items"] = merged;
            }
            schema
        }
        Value::Object(members) => {
            let properties: Map<String, Value> = members
                .iter()
                .map(|(key, value)| (key.clone(), infer(value)))
                .collect();
            json!({"type": ["object"], "properties": properties})
        }
    }
}

fn types(schema: &Value) -> BTreeSet<String> {
    schema["type"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Two shapes of one field as one: any type either had, the members and
/// items of both, and `date-time` only when every string was one.
fn merge(a: Value, b: Value) -> Value {
    let all: BTreeSet<String> = types(&a).union(&types(&b)).cloned().collect();
    let mut out = json!({"type": all.iter().collect::<Vec<_>>()});
    let dated = |s: &Value| !types(s).contains("string") || s.get("format").is_some();
    if all.contains("string") && dated(&a) && dated(&b) {
        out["format"] = "date-time".into();
    }
    let (pa, pb) = (a.get("properties"), b.get("properties"));
    if pa.is_some() || pb.is_some() {
        let mut properties = pa.and_then(Value::as_object).cloned().unwrap_or_default();
        for (key, value) in pb.and_then(Value::as_object).cloned().unwrap_or_default() {
            let merged = match properties.remove(&key) {
                Some(existing) => merge(existing, value),
                None => value,
            };
            properties.insert(key, merged);
        }
        out["properties"] = Value::Object(properties);
    }
    match (a.get("items").cloned(), b.get("items").cloned()) {
        (Some(x), Some(y)) => out["items"] = merge(x, y),
        (Some(x), None) | (None, Some(x)) => out["items"] = x,
        (None, None) => {}
    }
    out
}

/// What src/tracking_plan/shapes.json must hold: per Stigg type, its
/// fixtures, its reference page and the merged shape of their bodies.
fn generated_shapes() -> String {
    let sources: Value = serde_json::from_str(SOURCES).unwrap();
    let mut by_type: BTreeMap<&str, Vec<&common::Fixture>> = BTreeMap::new();
    for fixture in common::FIXTURES {
        by_type
            .entry(fixture.event_type())
            .or_default()
            .push(fixture);
    }
    let mut shapes = Map::new();
    for (event_type, fixtures) in by_type {
        let body = fixtures
            .iter()
            .map(|f| infer(&serde_json::from_str(f.body).unwrap()))
            .reduce(merge)
            .unwrap();
        let source = &sources[event_type]["source"];
        assert!(
            source.is_string(),
            "sources.json has no source for {event_type}"
        );
        shapes.insert(
            event_type.to_owned(),
            json!({
                "fixtures": fixtures.iter().map(|f| f.name).collect::<Vec<_>>(),
                "source": source,
                "body": body,
            }),
        );
    }
    // One type a line: a change to a fixture is a one-line diff, and the
    // file stays compact (the npm package's wasm holds it).
    let lines: Vec<String> = shapes
        .iter()
        .map(|(event_type, shape)| format!("{}:{shape}", Value::from(event_type.as_str())))
        .collect();
    format!("{{\n{}\n}}\n", lines.join(",\n"))
}

#[test]
fn the_shapes_file_is_generated_from_the_fixtures() {
    let generated = generated_shapes();
    if std::env::var_os("UPDATE_SHAPES").is_some() {
        std::fs::write(SHAPES_PATH, &generated).unwrap();
        return;
    }
    assert!(
        SHAPES_JSON == generated,
        "src/tracking_plan/shapes.json is not what tests/fixtures gives: run \
         `UPDATE_SHAPES=1 cargo test --test tracking_plan` and review the diff"
    );
}

#[test]
fn every_catalogue_type_has_a_shape() {
    let shapes: Value = serde_json::from_str(SHAPES_JSON).unwrap();
    for row in EVENT_TYPES {
        assert!(
            shapes[row.name]["body"]["properties"].is_object(),
            "{}",
            row.name
        );
    }
}

fn plan_of(settings: &str, variant: Variant) -> Value {
    let settings = Settings::from_json_text(settings).unwrap();
    serde_json::from_str(&stigg_segment::json::to_text(&tracking_plan(
        &settings, variant,
    )))
    .unwrap()
}

fn plan(settings: &str) -> Value {
    plan_of(settings, Variant::Default)
}

fn rules(plan: &Value) -> &Vec<Value> {
    plan["rules"].as_array().unwrap()
}

fn rule<'p>(plan: &'p Value, kind: &str, key: &str) -> Option<&'p Value> {
    rules(plan)
        .iter()
        .find(|rule| rule["type"] == kind && rule["key"] == key)
}

#[test]
fn every_rule_has_the_shape_segment_s_public_api_takes() {
    for settings in [
        "{}",
        r#"{"groupCalls":true,"planTraits":true,"warehouseSafeProperties":true}"#,
        r#"{"onMissingCustomer":"anonymous","eventNameStyle":"Segment Spec"}"#,
    ] {
        let plan = plan(settings);
        assert_eq!(plan.as_object().unwrap().len(), 1, "only rules");
        let mut keys = BTreeSet::new();
        for rule in rules(&plan) {
            let object = rule.as_object().unwrap();
            let fields: BTreeSet<&str> = object.keys().map(String::as_str).collect();
            assert_eq!(
                fields,
                BTreeSet::from(["type", "key", "version", "jsonSchema"])
            );
            assert_eq!(rule["version"], 1);
            let kind = rule["type"].as_str().unwrap();
            assert!(["TRACK", "IDENTIFY", "GROUP"].contains(&kind), "{kind}");
            assert!(
                keys.insert((kind, rule["key"].as_str().unwrap())),
                "{kind} {} twice",
                rule["key"]
            );
            let schema = &rule["jsonSchema"];
            assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
            assert_eq!(schema["type"], "object");
            let payload = if kind == "TRACK" {
                "properties"
            } else {
                "traits"
            };
            assert_eq!(rule["key"] == "", kind != "TRACK");
            let inner = &schema["properties"][payload];
            assert_eq!(inner["type"], "object", "{kind} {}", rule["key"]);
            // Stigg's webhook is open in the default plan; the traits,
            // the function's own, are closed.
            assert_eq!(inner["additionalProperties"], kind == "TRACK");
            assert!(!inner["properties"].as_object().unwrap().is_empty());
            let required = schema["required"].as_array().unwrap();
            assert!(required.contains(&json!(payload)));
            assert!(required.contains(&json!("messageId")));
            // The times: Stigg's or the relay's arrival time, and a relay
            // batch's sentAt; planned, never required (the function sets
            // no sentAt, and a webhook may carry no timestamp).
            let members = &schema["properties"];
            assert_eq!(members["sentAt"]["format"], "date-time");
            assert_eq!(
                members["timestamp"]["anyOf"][0]["format"], "date-time",
                "{kind} {}",
                rule["key"]
            );
            for time in ["timestamp", "sentAt"] {
                assert!(!required.contains(&json!(time)));
            }
        }
    }
}

#[test]
fn the_default_plan_has_a_track_rule_per_event_with_a_customer_and_an_identify_rule() {
    let plan = plan("{}");
    let with_customer: Vec<&str> = EVENT_TYPES
        .iter()
        .filter(|row| !row.customer_id_at.is_empty())
        .map(|row| row.name)
        .collect();
    let tracks: Vec<&Value> = rules(&plan)
        .iter()
        .filter(|r| r["type"] == "TRACK")
        .collect();
    assert_eq!(tracks.len(), with_customer.len());
    for name in with_customer {
        let key = name.replace('.', "_");
        let rule = rule(&plan, "TRACK", &key).unwrap_or_else(|| panic!("no rule for {key}"));
        let schema = &rule["jsonSchema"];
        assert_eq!(schema["properties"]["event"]["const"], key.as_str());
        let properties = &schema["properties"]["properties"];
        assert_eq!(properties["properties"]["type"]["enum"], json!([name]));
        // Only what trimming never removes may be required.
        assert_eq!(properties["required"], json!(["type"]), "{name}");
        assert!(schema["required"]
            .as_array()
            .unwrap()
            .contains(&json!("userId")));
    }
    assert!(rule(&plan, "IDENTIFY", "").is_some());
    assert!(
        rule(&plan, "GROUP", "").is_none(),
        "groupCalls is off by default"
    );
    let created = rule(&plan, "TRACK", "subscription_created").unwrap();
    let properties = &created["jsonSchema"]["properties"]["properties"]["properties"];
    assert_eq!(properties["startDate"]["format"], "date-time");
    assert_eq!(properties["metadata"].get("properties"), None, "free-form");
}

#[test]
fn settings_shape_the_plan() {
    let spec = plan(r#"{"eventNameStyle":"Segment Spec"}"#);
    let trial = rule(&spec, "TRACK", "Trial Started").unwrap();
    let properties = &trial["jsonSchema"]["properties"]["properties"]["properties"];
    assert_eq!(properties["trial_start_date"]["format"], "date-time");
    // Stigg documents no plan on a trial's start, so the Spec's
    // trial_plan_name (read from the plan) is never added.
    assert!(properties.get("trial_plan_name").is_none());
    assert!(properties["trial_end_date"].is_object());
    assert!(rule(&spec, "TRACK", "Subscription Created").is_some());

    let safe = plan(r#"{"warehouseSafeProperties":true,"groupCalls":true}"#);
    let created = rule(&safe, "TRACK", "subscription_created").unwrap();
    let properties = &created["jsonSchema"]["properties"]["properties"]["properties"];
    assert!(properties.get("id").is_none());
    assert!(properties["subscription_id"].is_object());
    assert_eq!(properties["metadata"]["type"], json!(["string", "null"]));
    let group = rule(&safe, "GROUP", "").unwrap();
    let traits = &group["jsonSchema"]["properties"]["traits"]["properties"];
    assert!(traits["billingId"].is_object());
    // No documented customer object carries createdAt or crmId, but the
    // function sends them as traits when a body has them: they are planned.
    assert_eq!(traits["createdAt"]["type"], json!(["string", "null"]));
    assert!(traits["crmId"].is_object());
    let defaults = plan("{}");
    let identify = rule(&defaults, "IDENTIFY", "").unwrap();
    assert!(identify["jsonSchema"]["properties"]["traits"]["properties"]["crmId"].is_object());
    let redacted = plan(r#"{"redactProperties":["crmId","customer.crmId"]}"#);
    let identify = rule(&redacted, "IDENTIFY", "").unwrap();
    assert!(identify["jsonSchema"]["properties"]["traits"]["properties"]
        .get("crmId")
        .is_none());
    let created = rule(&redacted, "TRACK", "customer_created").unwrap();
    assert!(
        created["jsonSchema"]["properties"]["properties"]["properties"]
            .get("crmId")
            .is_none()
    );
    assert!(traits["subscriptionStatus"].is_object());
    assert!(group["jsonSchema"]["required"]
        .as_array()
        .unwrap()
        .contains(&json!("groupId")));

    let redacted = plan(r#"{"redactProperties":["customer.email","email","metadata"]}"#);
    let created = rule(&redacted, "TRACK", "subscription_created").unwrap();
    let properties = &created["jsonSchema"]["properties"]["properties"]["properties"];
    assert!(properties.get("metadata").is_none());
    assert!(properties["customer"]["properties"].get("email").is_none());
    assert!(properties["customer"]["properties"]["name"].is_object());
    let identify = rule(&redacted, "IDENTIFY", "").unwrap();
    assert!(identify["jsonSchema"]["properties"]["traits"]["properties"]
        .get("email")
        .is_none());

    let only = plan(r#"{"eventAllowlist":["subscription.*"],"identifyCustomers":false}"#);
    assert!(rules(&only)
        .iter()
        .all(|r| r["type"] == "TRACK" && r["key"].as_str().unwrap().starts_with("subscription_")));

    let anonymous = plan(r#"{"onMissingCustomer":"anonymous"}"#);
    let plan_created = rule(&anonymous, "TRACK", "plan_created").unwrap();
    assert!(!plan_created["jsonSchema"]["required"]
        .as_array()
        .unwrap()
        .contains(&json!("userId")));
    assert!(plan_created["jsonSchema"]["anyOf"].is_array());
}

/// The object shapes under a schema, with their paths, through members and
/// array items.
fn objects<'s>(schema: &'s Value, path: String, into: &mut Vec<(String, &'s Value)>) {
    if let Some(members) = schema["properties"].as_object() {
        into.push((path.clone(), schema));
        for (name, member) in members {
            objects(member, format!("{path}.{name}"), into);
        }
    }
    if schema["items"].is_object() {
        objects(&schema["items"], format!("{path}[]"), into);
    }
}

#[test]
fn every_track_rule_plans_what_the_function_reads_and_allows_the_rest() {
    let anonymous = plan(r#"{"onMissingCustomer":"anonymous"}"#);
    let mut tracks = 0;
    for rule in rules(&anonymous).iter().filter(|r| r["type"] == "TRACK") {
        tracks += 1;
        let key = rule["key"].as_str().unwrap();
        let properties = &rule["jsonSchema"]["properties"]["properties"];
        assert_eq!(properties["additionalProperties"], true, "{key}");
        let members = &properties["properties"];
        for name in ["type", "messageId", "traceId", "timestamp", "entityId"] {
            assert!(members[name].is_object(), "{key} does not plan {name}");
            assert!(
                members[name]["description"].is_string(),
                "{key}: {name} undescribed"
            );
        }
        let name = properties["properties"]["type"]["enum"][0]
            .as_str()
            .unwrap();
        let row = EVENT_TYPES.iter().find(|row| row.name == name).unwrap();
        if let Some(place) = row.customer_id_at.first() {
            let planned = match place.path() {
                "id" => members["id"].is_object(),
                "customer.id" => members["customer"]["properties"]["id"].is_object(),
                "customerId" => members["customerId"].is_object(),
                "input.customerId" => members["input"]["properties"]["customerId"].is_object(),
                _ => members["id"].is_object() && members["entityType"].is_object(),
            };
            assert!(
                planned,
                "{key} does not plan its customer id at {}",
                place.path()
            );
        }
        // Nested objects list their members and stay open too.
        let mut nested = Vec::new();
        objects(properties, String::new(), &mut nested);
        assert!(nested
            .iter()
            .all(|(_, s)| s.get("additionalProperties") != Some(&json!(false))));
    }
    assert_eq!(tracks, EVENT_TYPES.len());
    // The 39 of 46 rules whose examples show no timestamp plan it as a string.
    let default = plan("{}");
    let created = rule(&default, "TRACK", "subscription_created").unwrap();
    let members = &created["jsonSchema"]["properties"]["properties"]["properties"];
    assert_eq!(members["timestamp"]["type"], json!(["string", "null"]));
    assert_eq!(members["isUpgrade"]["type"], json!(["boolean", "null"]));
}

#[test]
fn the_strict_plan_closes_stigg_s_properties_through_nested_objects_but_not_metadata() {
    for settings in [
        "{}",
        r#"{"warehouseSafeProperties":true,"groupCalls":true,"planTraits":true}"#,
    ] {
        let open = plan_of(settings, Variant::Default);
        let strict = plan_of(settings, Variant::Strict);
        assert_eq!(rules(&open).len(), rules(&strict).len());
        let mut closed_nested = 0;
        for (open_rule, strict_rule) in rules(&open).iter().zip(rules(&strict)) {
            let kind = strict_rule["type"].as_str().unwrap();
            if kind != "TRACK" {
                assert_eq!(open_rule, strict_rule, "traits are the same in both plans");
                continue;
            }
            let properties = &strict_rule["jsonSchema"]["properties"]["properties"];
            let mut nested = Vec::new();
            objects(properties, String::new(), &mut nested);
            closed_nested += nested.len() - 1;
            for (path, shape) in nested {
                assert_eq!(
                    shape["additionalProperties"], false,
                    "{} {path}",
                    strict_rule["key"]
                );
            }
            // Free-form metadata plans no members: it stays open.
            let members = &properties["properties"];
            if let Some(metadata) = members.get("metadata") {
                assert!(metadata.get("additionalProperties").is_none());
                assert!(metadata.get("properties").is_none());
            }
            // The same members, types and descriptions as the default plan.
            let strip = |mut schema: Value| {
                fn walk(value: &mut Value) {
                    if let Some(object) = value.as_object_mut() {
                        object.remove("additionalProperties");
                        object.remove("description");
                        object.values_mut().for_each(walk);
                    }
                }
                walk(&mut schema);
                schema
            };
            assert_eq!(
                strip(open_rule["jsonSchema"].clone()),
                strip(strict_rule["jsonSchema"].clone())
            );
        }
        assert!(closed_nested > 100, "{closed_nested} nested objects closed");
    }
}

#[test]
fn the_options_choose_the_variant_and_refuse_what_they_do_not_know() {
    assert_eq!(
        Variant::from_options_json("null").unwrap(),
        Variant::Default
    );
    assert_eq!(Variant::from_options_json("{}").unwrap(), Variant::Default);
    assert_eq!(
        Variant::from_options_json(r#"{"strict":false}"#).unwrap(),
        Variant::Default
    );
    assert_eq!(
        Variant::from_options_json(r#"{"strict":true}"#).unwrap(),
        Variant::Strict
    );
    let message = |text: &str| Variant::from_options_json(text).unwrap_err().to_string();
    assert!(message(r#"{"strict":"yes"}"#).contains("true or false"));
    assert!(message(r#"{"stict":true}"#).contains("no option \"stict\""));
    assert!(message("[true]").contains("must be an object"));
}
