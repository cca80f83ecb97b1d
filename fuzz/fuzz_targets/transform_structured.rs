//! The transform on Stigg-like webhooks built from structure: every family,
//! with the customer id in its family's place and of any JSON type. Checks
//! that a resolvable customer always yields exactly its track call.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Map, Value};
use stigg_segment::{transform, CallType, Headers, Settings};

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Family {
    Customer,
    Subscription,
    Trial,
    Entitlement,
    PromotionalEntitlement,
    CreditBalance,
    Credits,
    CreditGrant,
    AutomaticRecharge,
    CreateFailed,
    Plan,
    Sync,
}

#[derive(Arbitrary, Debug)]
enum Id {
    Text(String),
    Integer(i64),
    Float(f64),
    Flag(bool),
    Null,
    Blank(u8),
    Object,
    Array,
}

#[derive(Arbitrary, Debug)]
enum Leaf {
    Null,
    Flag(bool),
    Integer(i64),
    Float(f64),
    Text(String),
}

#[derive(Arbitrary, Debug)]
enum Tree {
    Leaf(Leaf),
    List(Vec<Tree>),
    Record(Vec<(String, Tree)>),
}

#[derive(Arbitrary, Debug)]
struct Input {
    family: Family,
    action: String,
    id: Id,
    message_id: Option<String>,
    timestamp: Option<String>,
    extra: Vec<(String, Tree)>,
    pretty: bool,
    style: u8,
    missing: u8,
    identify: bool,
    redact: Vec<String>,
}

fn leaf(value: &Leaf) -> Value {
    match value {
        Leaf::Null => Value::Null,
        Leaf::Flag(flag) => json!(flag),
        Leaf::Integer(n) => json!(n),
        Leaf::Float(f) if f.is_finite() => json!(f),
        Leaf::Float(_) => json!(0.5),
        Leaf::Text(text) => json!(text),
    }
}

fn tree(value: &Tree, depth: usize) -> Value {
    match value {
        Tree::Leaf(l) => leaf(l),
        _ if depth > 20 => Value::Null,
        Tree::List(items) => Value::Array(items.iter().map(|t| tree(t, depth + 1)).collect()),
        Tree::Record(members) => Value::Object(members.iter().map(|(k, t)| (k.clone(), tree(t, depth + 1))).collect()),
    }
}

/// The id as JSON, and the userId it must give when resolvable.
fn id(value: &Id) -> (Value, Option<String>) {
    match value {
        Id::Text(text) if !text.trim().is_empty() => (json!(text), Some(text.clone())),
        Id::Text(text) => (json!(text), None),
        Id::Integer(n) => (json!(n), Some(n.to_string())),
        Id::Float(f) if f.is_finite() && f.fract() != 0.0 => (json!(f), None),
        Id::Float(_) => (json!(1.5), None),
        Id::Flag(flag) => (json!(flag), None),
        Id::Null => (Value::Null, None),
        Id::Blank(n) => (json!(" ".repeat(usize::from(*n % 4))), None),
        Id::Object => (json!({"id": "c"}), None),
        Id::Array => (json!(["c"]), None),
    }
}

fuzz_target!(|input: Input| {
    let (prefix, has_customer) = match input.family {
        Family::Customer => ("customer.", true),
        Family::Subscription => ("subscription.", true),
        Family::Trial => ("subscription.trial.", true),
        Family::Entitlement => ("entitlement.", true),
        Family::PromotionalEntitlement => ("promotionalEntitlement.", true),
        Family::CreditBalance => ("credit_balance.", true),
        Family::Credits => ("credits.", true),
        Family::CreditGrant => ("credit_grant.", true),
        Family::AutomaticRecharge => ("automatic_recharge.", true),
        Family::CreateFailed => ("subscription.create_failed", true),
        Family::Plan => ("plan.", false),
        Family::Sync => ("sync.failed", false),
    };
    let event_type = match input.family {
        Family::CreateFailed | Family::Sync => prefix.to_owned(),
        _ => format!("{prefix}{}", input.action.replace('.', "_")),
    };
    let (id_value, expected_user) = id(&input.id);
    let mut body = Map::new();
    for (key, value) in &input.extra {
        body.insert(key.clone(), tree(value, 0));
    }
    // The envelope and the id go in last, so extras cannot overwrite them.
    for key in ["type", "id", "customer", "customerId", "input", "messageId", "timestamp"] {
        body.remove(key);
    }
    body.insert("type".into(), json!(event_type));
    if let Some(message_id) = &input.message_id {
        body.insert("messageId".into(), json!(message_id));
    }
    if let Some(timestamp) = &input.timestamp {
        body.insert("timestamp".into(), json!(timestamp));
    }
    if has_customer {
        match input.family {
            Family::Customer => body.insert("id".into(), id_value),
            Family::Credits | Family::CreditGrant | Family::AutomaticRecharge => body.insert("customerId".into(), id_value),
            Family::CreateFailed => body.insert("input".into(), json!({ "customerId": id_value })),
            _ => body.insert("customer".into(), json!({ "id": id_value })),
        };
    }
    let text = if input.pretty {
        serde_json::to_string_pretty(&Value::Object(body)).unwrap()
    } else {
        serde_json::to_string(&Value::Object(body)).unwrap()
    };

    let style = ["snake_case", "Object Action", "original"][usize::from(input.style % 3)];
    let missing = ["drop", "error", "anonymous"][usize::from(input.missing % 3)];
    let settings = Settings::from_json_text(
        &json!({
            "eventNameStyle": style,
            "onMissingCustomer": missing,
            "identifyCustomers": input.identify,
            "redactProperties": input.redact,
        })
        .to_string(),
    )
    .unwrap();

    let started = std::time::Instant::now();
    let result = transform(text.as_bytes(), &Headers::new(), &settings);
    stigg_segment_fuzz_checks::check_time(started, "the transform");
    let outcome = match result {
        Ok(outcome) => outcome,
        Err(err) => {
            // Only a type without letters (Object Action), a call that cannot
            // fit, or a missing customer under "error" may fail.
            let allowed = err.message.contains("empty event name")
                || err.message.contains("even with every property removed")
                || ((expected_user.is_none() || !has_customer) && missing == "error");
            assert!(allowed, "{err}\n{text}");
            return;
        }
    };
    stigg_segment_fuzz_checks::check_outcome(&outcome);
    if let (true, Some(user)) = (has_customer, expected_user) {
        let tracks: Vec<_> = outcome.calls.iter().filter(|c| c.call_type() == CallType::Track).collect();
        assert_eq!(tracks.len(), 1, "{text}");
        assert_eq!(tracks[0].envelope.user_id.as_deref(), Some(user.as_str()), "{text}");
    }
});

#[path = "checks.rs"]
mod stigg_segment_fuzz_checks;
