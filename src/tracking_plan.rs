//! The Segment tracking plan (Protocols) for what this function emits under
//! a given set of settings: one rule per track event name, one for the
//! identify traits and one for the group traits, each a JSON Schema
//! (draft-07) of the whole call, in the shape Segment's Public API takes:
//!
//! `{"rules": [{"type": "TRACK" | "IDENTIFY" | "GROUP", "key": event name
//! or "", "version": 1, "jsonSchema": {...}}]}`
//!
//! Field names as in Segment's Public API reference, "Replace Rules in
//! Tracking Plan" (`PUT /tracking-plans/{trackingPlanId}/rules`, body
//! `{rules: [{type, key, jsonSchema, version}]}`) and "Create Tracking
//! Plan" (`POST /tracking-plans`, `{name, type, description}`):
//! https://docs.segmentapis.com/tag/Tracking-Plans/. As in Segment's own
//! rules, a track rule puts the properties under `properties.properties`
//! and identify and group rules the traits under `properties.traits`.
//!
//! The property shapes come from Stigg's documented bodies, the fixtures in
//! tests/fixtures/stigg, as [`SHAPES_JSON`], which tests/tracking_plan.rs
//! generates from them (and fails on when it is out of date). The settings
//! are applied to the shapes the way [`crate::decide`] applies them to a
//! body: filters, redaction, the Spec's properties, warehouse-safe names.
//!
//! What may be required is what Stigg always sends and trimming
//! ([`crate::fit`]) never removes: of the payload, only `type`. Every
//! other field may be null or absent (Stigg's reference marks most fields
//! optional or nullable, and its examples are all we know of the rest).
//!
//! Closed where the project owns the shape, open where Stigg does. The
//! identify and group traits are the function's own: closed. A track
//! call's properties are Stigg's webhook, which gains fields without
//! notice: in the [`Variant::Default`] plan every member Stigg documents
//! and every member the function reads is planned, with its type and what
//! it means, and any other member is allowed, so a workspace that blocks
//! violating events never loses a webhook for a field Stigg added. The
//! [`Variant::Strict`] plan closes them, nested objects too (free-form
//! `metadata` stays open), for teams that want Protocols to report every
//! new field. The call and its `context` stay open in both: Segment adds
//! members of its own to them (`receivedAt`, `context.library`, ...).
//!
//! Types the catalogue does not list get no rule: Segment reports such
//! calls as unplanned events. Types that concern no customer (plans,
//! features, ...) get one only under `onMissingCustomer: "anonymous"`,
//! the only setting that sends them.

use crate::error::Error;
use crate::event_name::event_name;
use crate::filter;
use crate::json::{parse_value, Object, Value};
use crate::settings::{EventNameStyle, OnMissingCustomer, Settings};
use crate::stigg::{
    self, CustomerIdAt, Described, EventType, Field, Reading, SpecProperties, ACCOUNT_TRAITS,
    CUSTOMER_TRAITS, FREE_FORM_AT, PLAN_NAME_AT, STATE_TIMESTAMP_TRAIT, SUBSCRIPTION_TRAITS,
};
use crate::{calls, ids, warehouse};

/// The shape of every documented Stigg body, generated from the fixtures by
/// tests/tracking_plan.rs: `{type: {fixtures, source, body}}`, `body` a
/// JSON Schema inferred from the examples (types, `date-time`, members).
pub const SHAPES_JSON: &str = include_str!("tracking_plan/shapes.json");

/// The JSON Schema dialect Segment's tracking-plan rules use.
pub const JSON_SCHEMA_DRAFT: &str = "http://json-schema.org/draft-07/schema#";

/// Every rule is new with each plan: version 1, as Segment numbers rules.
pub const RULE_VERSION: u32 = 1;

/// What the common Stigg fields mean, for the plan's readers.
const FIELD_DESCRIPTIONS: &[(&str, &str)] = &[
    ("type", "The Stigg webhook type, as Stigg sent it."),
    (
        "messageId",
        "Stigg's id for this delivery (the idempotency key); absent from some event types.",
    ),
    ("traceId", "Stigg's trace id; not unique per delivery."),
    ("timestamp", "When Stigg says the event happened."),
    ("customerId", "The Stigg customer id."),
    ("customer", "The Stigg customer the event concerns."),
    (
        "metadata",
        "Free-form metadata: its keys and value types are set by each Stigg user.",
    ),
    // Stigg's own words for its fields, from its webhook reference.
    (
        "entityId",
        "Stigg's UUID of the object the event describes.",
    ),
    (
        "eventId",
        "Unique id of the underlying event that triggered this webhook.",
    ),
    (
        "environmentId",
        "The Stigg environment in which the change occurred.",
    ),
    (
        "input",
        "The request that failed: the customer, plan and billing period asked for.",
    ),
    (
        "entityType",
        "Type of the entity that failed to sync (e.g. CUSTOMER).",
    ),
    ("vendorIdentifier", "The external system (e.g. stripe)."),
    ("billingId", "Its identifier in the billing provider."),
    ("crmId", "The customer's identifier in the CRM."),
    ("email", "The customer's email address."),
    (
        "billingPeriod",
        "Billing interval for the plan (e.g. MONTHLY, ANNUALLY).",
    ),
    ("billingCurrency", "ISO currency code of the charges."),
    (
        "trialEndDate",
        "Trial end timestamp, if in trial or recently converted.",
    ),
    (
        "cancellationDate",
        "Effective cancellation timestamp, if canceled.",
    ),
    (
        "currentBillingPeriodStart",
        "Start timestamp of the current billing period.",
    ),
    (
        "currentBillingPeriodEnd",
        "End timestamp of the current billing period.",
    ),
    (
        "isTrialSubscription",
        "Whether the subscription is currently a trial.",
    ),
    (
        "paymentCollection",
        "Whether payment collection is required (e.g. NOT_REQUIRED).",
    ),
    (
        "plan",
        "The plan: Stigg's minimal plan object (id, name, description, pricingType).",
    ),
    ("addons", "Add-ons attached to the subscription."),
    (
        "resource",
        "Resource scoping, when the subscription or entitlement is resource-based.",
    ),
    (
        "experimentInfo",
        "Experiment assignment (id, name, groupName, groupType).",
    ),
    (
        "excludeFromExperiment",
        "Whether the customer is excluded from experiments.",
    ),
    (
        "trigger",
        "The action that caused the update (e.g. subscription_updated).",
    ),
    ("actor", "Who initiated the change (the system or a user)."),
    ("hasUnlimitedUsage", "Whether usage is unlimited."),
    (
        "usageLimit",
        "The usage limit, when usage is not unlimited.",
    ),
    (
        "thresholdPercentage",
        "The configured threshold percentage that was crossed.",
    ),
    ("currencyId", "The credit currency (credit type) id."),
];

/// Which plan: Stigg's webhook, a track call's properties, open or closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Variant {
    /// Stigg's members planned, and any other allowed: safe where a
    /// workspace blocks events that violate the plan, since Stigg adds
    /// fields (docs/tracking-plan.md has the setting by setting answer).
    #[default]
    Default,
    /// Every planned object closed (`additionalProperties: false`), nested
    /// ones too, free-form `metadata` excepted: Protocols reports each
    /// member Stigg adds, and blocks the event where the workspace blocks
    /// violations.
    Strict,
}

/// The options `trackingPlan(settings, options)` takes.
const OPTIONS: &str = "strict";

impl Variant {
    /// The variant an options object asks for, as JSON text: absent, null
    /// or `{}` is the default; `{"strict": true}` the strict plan.
    pub fn from_options_json(text: &str) -> Result<Variant, Error> {
        let options = match parse_value(text.as_bytes())? {
            Value::Null => return Ok(Variant::Default),
            Value::Object(options) => options,
            _ => {
                return Err(Error::validation(format!(
                    "the tracking plan's options must be an object ({{\"{OPTIONS}\": true}})"
                )))
            }
        };
        let mut variant = Variant::Default;
        for (name, value) in options.iter() {
            match (name, value) {
                ("strict", Value::Bool(true)) => variant = Variant::Strict,
                ("strict", Value::Bool(false) | Value::Null) => {}
                ("strict", _) => {
                    return Err(Error::validation(
                        "the tracking plan's option \"strict\" must be true or false",
                    ))
                }
                (other, _) => {
                    return Err(Error::validation(format!(
                        "the tracking plan has no option \"{other}\"; its options: {OPTIONS}"
                    )))
                }
            }
        }
        Ok(variant)
    }
}

/// The plan for exactly what the function emits under these settings.
pub fn tracking_plan(settings: &Settings, variant: Variant) -> Value {
    let shapes = match parse_value(SHAPES_JSON.as_bytes()) {
        Ok(Value::Object(shapes)) => shapes,
        _ => unreachable!("shapes.json is checked by tests/tracking_plan.rs"),
    };
    let mut tracks: Vec<Track> = Vec::new();
    let mut identify: Option<Object> = None;
    let mut group: Option<Object> = None;
    for row in stigg::EVENT_TYPES {
        let rejected = filter::rejection(
            row.name,
            &settings.event_allowlist,
            &settings.event_denylist,
        );
        let has_customer = !row.customer_id_at.is_empty();
        if rejected.is_some()
            || (!has_customer && settings.on_missing_customer != OnMissingCustomer::Anonymous)
        {
            continue;
        }
        let Some(shape) = shapes.get(row.name).and_then(Value::as_object) else {
            continue;
        };
        let mut body = shape
            .get("body")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let planned_only = plan_what_the_function_reads(row, &mut body);
        add_customer_traits(row, &mut body);
        redact(&mut body, &settings.redact_properties);
        let reading = Reading::of(row.name);
        let described = described_shapes(row, &body);
        let identifying = has_customer && settings.identify_customers && row.identifies;
        let plan_traits = has_customer && settings.plan_traits && reading.reports_subscription();
        let grouping = has_customer && settings.group_calls && row.groups;
        let subscription = if plan_traits || grouping {
            subscription_traits(&body)
        } else {
            Object::new()
        };

        if identifying || plan_traits {
            let mut traits = Object::new();
            if identifying {
                for described in &described {
                    merge_members(&mut traits, &pick(described, &CUSTOMER_TRAITS));
                }
            }
            merge_members(&mut traits, &subscription);
            if !traits.is_empty() {
                finish_payload(&mut traits, settings, None, &[]);
                merge_members(identify.get_or_insert_with(Object::new), &traits);
            }
        }
        if grouping {
            let mut traits = Object::new();
            for described in &described {
                merge_members(&mut traits, &pick(described, &ACCOUNT_TRAITS));
            }
            merge_members(&mut traits, &subscription);
            if !traits.is_empty() {
                finish_payload(&mut traits, settings, None, &[]);
                merge_members(group.get_or_insert_with(Object::new), &traits);
            }
        }

        let mut properties = members_of(&body).clone();
        let spec_event = match settings.event_name_style {
            EventNameStyle::SegmentSpec => row.spec_event,
            _ => None,
        };
        if let Some(spec_event) = spec_event {
            let source = match spec_event.adds {
                SpecProperties::Account => described.first().unwrap_or(&body),
                SpecProperties::Trial => &body,
            };
            for (name, schema) in spec_properties(spec_event.adds, source).iter() {
                if !properties.contains_key(name) {
                    properties.insert(name, schema.clone());
                }
            }
        }
        finish_payload(&mut properties, settings, reading.id_names(), &planned_only);
        let key = event_name(row.name, settings.event_name_style);
        let source = shape
            .get("source")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        match tracks.iter_mut().find(|track| track.key == key) {
            Some(track) => {
                merge_members(&mut track.properties, &properties);
                track.types.push((row.name, source));
            }
            None => tracks.push(Track {
                key,
                types: vec![(row.name, source)],
                has_customer,
                properties,
            }),
        }
    }

    let mut rules = Vec::new();
    for track in tracks {
        rules.push(track_rule(track, settings, variant));
    }
    if let Some(traits) = identify {
        rules.push(traits_rule("IDENTIFY", traits, settings));
    }
    if let Some(traits) = group {
        rules.push(traits_rule("GROUP", traits, settings));
    }
    let mut plan = Object::new();
    plan.insert("rules", Value::Array(rules));
    Value::Object(plan)
}

/// One track event name and the Stigg types it is sent for.
struct Track {
    key: String,
    types: Vec<(&'static str, String)>,
    has_customer: bool,
    /// Property name → schema.
    properties: Object,
}

fn track_rule(track: Track, settings: &Settings, variant: Variant) -> Value {
    let names: Vec<Value> = track.types.iter().map(|(name, _)| (*name).into()).collect();
    let described_as = track
        .types
        .iter()
        .map(|(name, source)| format!("`{name}` ({source})"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut properties = track.properties;
    if let Some(Value::Object(type_schema)) = properties.get_mut("type") {
        type_schema.insert("type", "string".into());
        type_schema.insert("enum", Value::Array(names));
    }
    let required: Vec<&str> = ["type"]
        .into_iter()
        .filter(|name| properties.contains_key(name))
        .collect();
    let mut call = envelope("track", track.has_customer, settings);
    let members = call_members(&mut call);
    members.insert("event", schema(&[("const", track.key.as_str().into())]));
    let (description, open) = match variant {
        Variant::Default => (
            "Stigg's webhook body, as the track call's properties: the members Stigg documents and the function reads are planned, and any other is allowed (Stigg adds fields).",
            true,
        ),
        Variant::Strict => {
            properties.retain_mut(|_, shape| {
                if let Value::Object(shape) = shape {
                    close(shape);
                }
                true
            });
            (
                "Stigg's webhook body, as the track call's properties, closed (the strict plan): a member the plan does not name is a violation, nested ones too.",
                false,
            )
        }
    };
    members.insert(
        "properties",
        payload_schema(properties, &required, description, open),
    );
    insert_required(&mut call, &["event", "properties"]);
    call.insert(
        "description",
        Value::String(format!("A track call for Stigg's {described_as} webhook.")),
    );
    rule("TRACK", &track.key, call)
}

fn traits_rule(kind: &str, traits: Object, settings: &Settings) -> Value {
    let (call_type, description) = match kind {
        "IDENTIFY" => (
            "identify",
            "The identify call for the Stigg customer: its traits from Stigg's customer object and, with planTraits, its subscription's state.",
        ),
        _ => (
            "group",
            "The group call for the Stigg customer as the account (groupCalls): its traits from Stigg's customer object and its subscription's state.",
        ),
    };
    let mut call = envelope(call_type, true, settings);
    let members = call_members(&mut call);
    if kind == "GROUP" {
        members.insert(
            "groupId",
            schema(&[
                ("type", "string".into()),
                ("minLength", Value::Number("1".into())),
                ("description", "The Stigg customer id.".into()),
            ]),
        );
    }
    members.insert("traits", payload_schema(traits, &[], description, false));
    insert_required(&mut call, &["traits"]);
    if kind == "GROUP" {
        insert_required(&mut call, &["groupId"]);
    }
    call.insert("description", description.into());
    rule(kind, "", call)
}

fn rule(kind: &str, key: &str, json_schema: Object) -> Value {
    let mut rule = Object::new();
    rule.insert("type", kind.into());
    rule.insert("key", key.into());
    rule.insert("version", Value::Number(RULE_VERSION.to_string()));
    rule.insert("jsonSchema", Value::Object(json_schema));
    Value::Object(rule)
}

fn schema(members: &[(&str, Value)]) -> Value {
    let mut object = Object::new();
    for (name, value) in members {
        object.insert(*name, value.clone());
    }
    Value::Object(object)
}

fn call_members(call: &mut Object) -> &mut Object {
    match call.get_mut("properties") {
        Some(Value::Object(members)) => members,
        _ => unreachable!("envelope() always has properties"),
    }
}

fn insert_required(call: &mut Object, names: &[&str]) {
    if let Some(Value::Array(required)) = call.get_mut("required") {
        required.extend(names.iter().map(|&name| Value::from(name)));
    }
}

/// The payload as an object schema: open (any other member allowed) or
/// closed (a member it does not name fails).
fn payload_schema(properties: Object, required: &[&str], description: &str, open: bool) -> Value {
    let mut payload = Object::new();
    payload.insert("type", "object".into());
    payload.insert("description", description.into());
    payload.insert("properties", Value::Object(properties));
    payload.insert(
        "required",
        Value::Array(required.iter().map(|&name| name.into()).collect()),
    );
    payload.insert("additionalProperties", open.into());
    Value::Object(payload)
}

/// Closes a planned object shape and every planned object in it, through
/// array items: a member it does not name is a violation. Free-form
/// shapes (`metadata`) plan no members and stay open.
fn close(shape: &mut Object) {
    if let Some(members) = members_of_mut(shape) {
        members.retain_mut(|_, member| {
            if let Value::Object(member) = member {
                close(member);
            }
            true
        });
        shape.insert("additionalProperties", false.into());
    }
    if let Some(Value::Object(items)) = shape.get_mut("items") {
        close(items);
    }
}

/// What every call carries, as [`calls::Call`] writes it. The call itself
/// and its context stay open: Segment adds fields of its own to both.
fn envelope(call_type: &str, has_customer: bool, settings: &Settings) -> Object {
    let anonymous = settings.on_missing_customer == OnMissingCustomer::Anonymous;
    let mut members = Object::new();
    members.insert("type", schema(&[("const", call_type.into())]));
    members.insert(
        "userId",
        schema(&[
            ("type", "string".into()),
            ("minLength", Value::Number("1".into())),
            ("description", "The Stigg customer id.".into()),
        ]),
    );
    let may_be_anonymous = anonymous && call_type == "track";
    if may_be_anonymous {
        members.insert(
            "anonymousId",
            schema(&[
                ("type", "string".into()),
                ("pattern", "^stigg-anonymous-".into()),
                (
                    "description",
                    "For a webhook that names no customer (onMissingCustomer \"anonymous\"): derived from the delivery.".into(),
                ),
            ]),
        );
    }
    members.insert(
        "messageId",
        schema(&[
            ("type", "string".into()),
            ("pattern", "^stigg-".into()),
            (
                "maxLength",
                Value::Number(ids::MAX_MESSAGE_ID_CHARS.to_string()),
            ),
            (
                "description",
                "Derived from Stigg's messageId (else the body), so a redelivery is one message."
                    .into(),
            ),
        ]),
    );
    // What crate::timestamp accepts: RFC 3339 (JSON Schema's date-time),
    // and also a time without seconds, which ISO 8601 allows.
    let without_seconds = r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}([Zz]|[+-]\d{2}:?\d{2})$";
    members.insert(
        "timestamp",
        schema(&[
            ("type", "string".into()),
            (
                "anyOf",
                Value::Array(vec![
                    schema(&[("format", "date-time".into())]),
                    schema(&[("pattern", without_seconds.into())]),
                ]),
            ),
            (
                "description",
                "Stigg's timestamp, when the webhook carries a valid ISO 8601 date-time; else, from a relay (serve, the edge relay), when the relay received the webhook.".into(),
            ),
        ]),
    );
    // The relays' batches carry it (Segment's API gives it to each call);
    // the Segment function sets none.
    members.insert(
        "sentAt",
        schema(&[
            ("type", "string".into()),
            ("format", "date-time".into()),
            (
                "description",
                "When a relay (send, serve, sync, the edge relay) sent the call's batch to Segment; with timestamp, Segment corrects the relay's clock.".into(),
            ),
        ]),
    );
    let mut context = Object::new();
    let integration = schema(&[
        ("type", "object".into()),
        (
            "properties",
            schema(&[
                ("name", schema(&[("const", calls::INTEGRATION_NAME.into())])),
                ("version", schema(&[("type", "string".into())])),
            ]),
        ),
        (
            "required",
            Value::Array(vec!["name".into(), "version".into()]),
        ),
    ]);
    context.insert("integration", integration);
    if settings.group_calls && call_type == "track" {
        context.insert(
            "groupId",
            schema(&[
                ("type", "string".into()),
                (
                    "description",
                    "The Stigg customer id, as the account (groupCalls).".into(),
                ),
            ]),
        );
    }
    context.insert(
        "stigg",
        schema(&[
            ("type", "object".into()),
            (
                "properties",
                schema(&[(
                    "trimmed",
                    schema(&[
                        ("type", "array".into()),
                        ("items", schema(&[("type", "string".into())])),
                        (
                            "description",
                            "Paths removed to keep the call under Segment's 32 KB limit.".into(),
                        ),
                    ]),
                )]),
            ),
            ("required", Value::Array(vec!["trimmed".into()])),
        ]),
    );
    members.insert(
        "context",
        schema(&[
            ("type", "object".into()),
            ("properties", Value::Object(context)),
        ]),
    );
    let mut call = Object::new();
    call.insert("$schema", JSON_SCHEMA_DRAFT.into());
    call.insert("type", "object".into());
    call.insert("properties", Value::Object(members));
    let mut required: Vec<Value> = vec!["messageId".into()];
    if has_customer && !may_be_anonymous {
        required.push("userId".into());
    }
    call.insert("required", Value::Array(required));
    if may_be_anonymous {
        let one_of = |name: &str| schema(&[("required", Value::Array(vec![name.into()]))]);
        call.insert(
            "anyOf",
            Value::Array(vec![one_of("userId"), one_of("anonymousId")]),
        );
    }
    call
}

/// An object schema's members: name → schema.
fn members_of(schema: &Object) -> &Object {
    static EMPTY: std::sync::OnceLock<Object> = std::sync::OnceLock::new();
    match schema.get("properties") {
        Some(Value::Object(members)) => members,
        _ => EMPTY.get_or_init(Object::new),
    }
}

fn members_of_mut(schema: &mut Object) -> Option<&mut Object> {
    match schema.get_mut("properties") {
        Some(Value::Object(members)) => Some(members),
        _ => None,
    }
}

/// The shapes of the objects that describe the event's customer, where
/// its documented places have one: the body, its `customer`, or both.
fn described_shapes(row: &EventType, body: &Object) -> Vec<Object> {
    let mut shapes = Vec::new();
    for place in row.customer_id_at {
        let shape = match place.described() {
            Some(Described::Body) => Some(body.clone()),
            Some(Described::CustomerObject) => match members_of(body).get("customer") {
                Some(Value::Object(customer)) if customer.contains_key("properties") => {
                    Some(customer.clone())
                }
                _ => None,
            },
            None => None,
        };
        if let Some(shape) = shape {
            if !shapes.contains(&shape) {
                shapes.push(shape);
            }
        }
    }
    shapes
}

/// Plans every member the function reads, where the type's examples leave
/// it out (most of Stigg's examples show no `timestamp`, several no
/// `messageId`): Stigg's envelope, `type`, `messageId`, `timestamp` (read
/// by the decision) and `traceId` (which trimming keeps, with them, as
/// [`crate::fit::KEPT_FIELDS`] says), `entityId`, Stigg's id of the object
/// on every documented type, and the place the type's customer id sits
/// ([`CustomerIdAt`]). A body that has them is then planned, whatever its
/// example showed. Answers the top-level members it added.
fn plan_what_the_function_reads(row: &EventType, body: &mut Object) -> Vec<String> {
    let mut added = Vec::new();
    let Some(members) = members_of_mut(body) else {
        return added;
    };
    let text = || {
        let mut shape = Object::new();
        shape.insert("type", Value::Array(vec!["string".into()]));
        Value::Object(shape)
    };
    let mut paths: Vec<&[&str]> = vec![
        Field::Type.path(),
        Field::MessageId.path(),
        Field::Timestamp.path(),
        &["traceId"],
        &["entityId"],
    ];
    // Where Stigg's reference puts this type's customer id. Further places
    // are other documented shapes, which their own fixtures bring; planning
    // one a type's bodies never have would also move a warehouse-safe name
    // (`customer.id` beside a top-level `id` makes `customer_id` taken).
    if let Some(place) = row.customer_id_at.first() {
        paths.push(place.field().path());
        if *place == CustomerIdAt::SyncedEntity {
            paths.push(Field::EntityType.path());
        }
    }
    for path in paths {
        let Some((last, parents)) = path.split_last() else {
            continue;
        };
        if !members.contains_key(path[0]) {
            added.push(path[0].to_owned());
        }
        let mut at = &mut *members;
        let mut reachable = true;
        for parent in parents {
            let entry = at.get(parent).cloned();
            let mut shape = match entry {
                Some(Value::Object(shape)) => shape,
                _ => {
                    let mut shape = Object::new();
                    shape.insert("type", Value::Array(vec!["object".into()]));
                    shape.insert("properties", Value::Object(Object::new()));
                    shape
                }
            };
            if !shape.contains_key("properties") {
                // A member the examples show only as null: plan it as an object.
                if type_names(&shape).iter().all(|t| t == "null") {
                    shape.insert("type", Value::Array(vec!["object".into(), "null".into()]));
                    shape.insert("properties", Value::Object(Object::new()));
                } else {
                    reachable = false;
                    break;
                }
            }
            at.insert(*parent, Value::Object(shape));
            at = match at.get_mut(parent) {
                Some(Value::Object(shape)) => match members_of_mut(shape) {
                    Some(inner) => inner,
                    None => unreachable!("inserted with properties above"),
                },
                _ => unreachable!("inserted above"),
            };
        }
        if reachable && !at.contains_key(last) {
            at.insert(*last, text());
        }
    }
    added
}

/// Stigg's customer object may carry every member the function reads as a
/// trait ([`ACCOUNT_TRAITS`], which holds [`CUSTOMER_TRAITS`]), though the
/// reference's examples show only some (none shows `crmId`). The ones an
/// example leaves out are described as nullable strings (`metadata` as an
/// object), so a real customer's `crmId` is planned rather than a violation
/// in the properties and the traits alike. Redaction runs after this.
fn add_customer_traits(row: &EventType, body: &mut Object) {
    if !(row.identifies || row.groups) {
        return;
    }
    for place in row.customer_id_at {
        let members = match place.described() {
            Some(Described::Body) => members_of_mut(body),
            Some(Described::CustomerObject) => {
                match members_of_mut(body).and_then(|members| members.get_mut("customer")) {
                    Some(Value::Object(customer)) => members_of_mut(customer),
                    _ => None,
                }
            }
            None => None,
        };
        let Some(members) = members else { continue };
        for name in ACCOUNT_TRAITS {
            if !members.contains_key(name) {
                let kind = if name == "metadata" {
                    "object"
                } else {
                    "string"
                };
                let mut shape = Object::new();
                shape.insert("type", Value::Array(vec![kind.into(), "null".into()]));
                members.insert(name, Value::Object(shape));
            }
        }
    }
}

/// The named members of an object's shape, as traits.
fn pick(described: &Object, names: &[&str]) -> Object {
    let members = members_of(described);
    names
        .iter()
        .filter_map(|&name| Some((name.to_owned(), members.get(name)?.clone())))
        .collect()
}

/// The shape at a path of member names.
fn shape_at<'a>(body: &'a Object, path: &[&str]) -> Option<&'a Object> {
    let (first, rest) = path.split_first()?;
    let mut shape = members_of(body).get(first)?.as_object()?;
    for name in rest {
        shape = members_of(shape).get(name)?.as_object()?;
    }
    Some(shape)
}

/// The plan's name ([`stigg::plan_name`]) as a shape, when the body's
/// shape has a place it is read from.
fn plan_name(body: &Object, description: &str) -> Option<Value> {
    PLAN_NAME_AT
        .iter()
        .any(|path| shape_at(body, path).is_some())
        .then(|| described(&[("type", "string".into())], description))
}

/// The subscription state traits ([`stigg::subscription_traits`]), as
/// shapes, for the members the (redacted) body's shape has.
fn subscription_traits(body: &Object) -> Object {
    let mut traits = Object::new();
    if let Some(plan) = plan_name(
        body,
        "The plan: its name, else its display name, else its id.",
    ) {
        traits.insert("plan", plan);
    }
    for (name, path) in SUBSCRIPTION_TRAITS {
        if let Some(shape) = shape_at(body, path) {
            traits.insert(*name, Value::Object(shape.clone()));
        }
    }
    if traits.contains_key("plan") || traits.contains_key("subscriptionStatus") {
        traits.insert(
            STATE_TIMESTAMP_TRAIT,
            described(
                &[("type", "string".into()), ("format", "date-time".into())],
                "The Stigg timestamp the subscription traits are as of (Stigg may deliver out of order).",
            ),
        );
        traits
    } else {
        Object::new()
    }
}

/// The Spec's semantic properties ([`SpecProperties::read`]), as shapes.
fn spec_properties(adds: SpecProperties, source: &Object) -> Object {
    let mut properties = Object::new();
    let from = |path: &str| shape_at(source, &[path]).cloned();
    match adds {
        SpecProperties::Trial => {
            if let Some(start) = from("startDate") {
                properties.insert("trial_start_date", Value::Object(start));
            }
            let end = match (from("trialEndDate"), from("endDate")) {
                (Some(a), Some(b)) => Some(merge(&a, &b)),
                (a, b) => a.or(b),
            };
            if let Some(end) = end {
                properties.insert("trial_end_date", Value::Object(end));
            }
            let description =
                "The Spec's trial plan: the plan's name, else its display name, else its id.";
            if let Some(plan) = plan_name(source, description) {
                properties.insert("trial_plan_name", plan);
            }
        }
        SpecProperties::Account => {
            if let Some(name) = from("name") {
                properties.insert("account_name", Value::Object(name));
            }
        }
    }
    for (name, source) in adds.sources() {
        if let Some(Value::Object(shape)) = properties.get_mut(name) {
            shape.insert(
                "description",
                Value::String(format!("The Segment Spec's {name}: Stigg's {source}.")),
            );
        }
    }
    properties
}

fn described(members: &[(&str, Value)], description: &str) -> Value {
    let mut object = Object::new();
    for (name, value) in members {
        object.insert(*name, value.clone());
    }
    object.insert("description", description.into());
    Value::Object(object)
}

/// Removes each dotted path from a body's shape, as [`crate::redact`]
/// removes it from the body: through arrays, into every item.
fn redact(body: &mut Object, paths: &[String]) {
    for path in paths {
        let segments: Vec<&str> = path.split('.').collect();
        remove_at(body, &segments);
    }
}

fn remove_at(shape: &mut Object, segments: &[&str]) {
    let Some((first, rest)) = segments.split_first() else {
        return;
    };
    if let Some(members) = members_of_mut(shape) {
        if rest.is_empty() {
            members.remove(first);
        } else if let Some(Value::Object(child)) = members.get_mut(first) {
            remove_at(child, rest);
        }
    }
    if let Some(Value::Object(items)) = shape.get_mut("items") {
        remove_at(items, segments);
    }
}

/// The last steps every payload takes: free-form objects, nullable fields,
/// descriptions, and warehouse-safe names when that setting is on.
/// `planned_only`: the members planned though the type's examples lack
/// them.
fn finish_payload(
    payload: &mut Object,
    settings: &Settings,
    id_names: Option<&str>,
    planned_only: &[String],
) {
    let safe = settings.warehouse_safe_properties;
    for path in FREE_FORM_AT {
        free_form(payload, path, safe);
    }
    let names: Vec<String> = payload.iter().map(|(name, _)| name.to_owned()).collect();
    for name in names {
        if let Some(Value::Object(shape)) = payload.get_mut(&name) {
            nullable(shape);
            if !shape.contains_key("description") {
                let text = match (name.as_str(), id_names) {
                    ("id", Some(stem)) => {
                        Some(format!("The {}'s Stigg id.", stem.replace('_', " ")))
                    }
                    _ => FIELD_DESCRIPTIONS
                        .iter()
                        .find(|(field, _)| *field == name)
                        .map(|(_, text)| (*text).to_owned()),
                };
                if let Some(text) = text {
                    shape.insert("description", Value::String(text));
                }
            }
        }
    }
    if safe {
        let mut renames = warehouse::make_safe(&mut skeleton_of(payload), id_names);
        // A name is taken or not by what a body holds: a body without the
        // members planned beyond its type's examples (`entityId` beside an
        // entity's `id`) may rename to another name. Both are planned.
        if !planned_only.is_empty() {
            let mut without = skeleton_of(payload);
            without.retain(|name, _| !planned_only.iter().any(|only| only == name));
            for rename in warehouse::make_safe(&mut without, id_names) {
                if !renames.contains(&rename) {
                    renames.push(rename);
                }
            }
        }
        let mut olds: Vec<&String> = Vec::new();
        for (old, _) in &renames {
            if !olds.contains(&old) {
                olds.push(old);
            }
        }
        for old in olds {
            let Some(mut shape) = payload.remove(old) else {
                continue;
            };
            if let Value::Object(shape) = &mut shape {
                let before = shape
                    .get("description")
                    .and_then(Value::as_str)
                    .map(|text| format!("{text} "))
                    .unwrap_or_default();
                shape.insert(
                    "description",
                    Value::String(format!(
                        "{before}Stigg's `{old}`, renamed by warehouseSafeProperties."
                    )),
                );
            }
            for (_, new) in renames.iter().filter(|(from, _)| from == old) {
                payload.insert(new.clone(), shape.clone());
            }
        }
    }
}

/// A free-form object's shape: any members (its example's are one user's
/// choice), or under warehouseSafeProperties the JSON text it is sent as.
fn free_form(payload: &mut Object, path: &[&str], safe: bool) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut members = payload;
    for parent in parents {
        members = match members.get_mut(parent) {
            Some(Value::Object(shape)) => match members_of_mut(shape) {
                Some(inner) => inner,
                None => return,
            },
            _ => return,
        };
    }
    if let Some(Value::Object(shape)) = members.get_mut(last) {
        let was_object = type_names(shape).iter().any(|t| t == "object");
        if !was_object {
            return;
        }
        let description = if safe {
            "Free-form metadata (its keys and value types are set by each Stigg user), sent as JSON text by warehouseSafeProperties."
        } else {
            "Free-form metadata: its keys and value types are set by each Stigg user."
        };
        let kind = if safe { "string" } else { "object" };
        *shape = Object::new();
        shape.insert("type", Value::Array(vec![kind.into(), "null".into()]));
        shape.insert("description", description.into());
    }
}

fn type_names(shape: &Object) -> Vec<String> {
    match shape.get("type") {
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(|t| t.as_str().map(str::to_owned))
            .collect(),
        Some(Value::String(one)) => vec![one.clone()],
        _ => Vec::new(),
    }
}

/// Every field may be null: Stigg's reference marks most fields nullable,
/// and an example that shows only null says nothing of the type (`{}`).
fn nullable(shape: &mut Object) {
    let mut types = type_names(shape);
    if types.iter().all(|t| t == "null") {
        shape.remove("type");
    } else if !types.iter().any(|t| t == "null") {
        types.push("null".into());
        shape.insert(
            "type",
            Value::Array(types.into_iter().map(Value::String).collect()),
        );
    }
    if let Some(Value::Object(members)) = shape.get_mut("properties") {
        let names: Vec<String> = members.iter().map(|(name, _)| name.to_owned()).collect();
        for name in names {
            if let Some(Value::Object(child)) = members.get_mut(&name) {
                nullable(child);
            }
        }
    }
    if let Some(Value::Object(items)) = shape.get_mut("items") {
        nullable(items);
    }
}

/// A value of the payload's shape, for [`warehouse::make_safe`] to name
/// its columns: objects with their members, any other field a string.
fn skeleton_of(members: &Object) -> Object {
    members
        .iter()
        .map(|(name, shape)| {
            let value = match shape.as_object() {
                Some(shape)
                    if type_names(shape).iter().any(|t| t == "object")
                        && shape.contains_key("properties") =>
                {
                    Value::Object(skeleton_of(members_of(shape)))
                }
                _ => Value::String(String::new()),
            };
            (name.to_owned(), value)
        })
        .collect()
}

/// Adds the members of `more` to `into`, merging the shapes of a member
/// both have.
fn merge_members(into: &mut Object, more: &Object) {
    for (name, shape) in more.iter() {
        let merged = match (into.get(name), shape) {
            (Some(Value::Object(a)), Value::Object(b)) => Value::Object(merge(a, b)),
            _ => shape.clone(),
        };
        into.insert(name, merged);
    }
}

/// Two shapes of one field as one: every type either allows, the members
/// and items of both, `date-time` only when both strings had it.
fn merge(a: &Object, b: &Object) -> Object {
    if a == b {
        return a.clone();
    }
    let (ta, tb) = (type_names(a), type_names(b));
    let mut out = Object::new();
    // A shape without a type allows any, and so does the merge.
    if a.contains_key("type") && b.contains_key("type") {
        let mut all = ta.clone();
        for t in &tb {
            if !all.contains(t) {
                all.push(t.clone());
            }
        }
        let has_string = all.iter().any(|t| t == "string");
        let dated = |types: &[String], shape: &Object| {
            !types.iter().any(|t| t == "string") || shape.contains_key("format")
        };
        out.insert(
            "type",
            Value::Array(all.into_iter().map(Value::String).collect()),
        );
        if has_string && dated(&ta, a) && dated(&tb, b) {
            out.insert("format", "date-time".into());
        }
    }
    if let Some(description) = a.get("description").or_else(|| b.get("description")) {
        out.insert("description", description.clone());
    }
    let (pa, pb) = (a.get("properties"), b.get("properties"));
    if pa.is_some() || pb.is_some() {
        let mut members = pa.and_then(Value::as_object).cloned().unwrap_or_default();
        if let Some(more) = pb.and_then(Value::as_object) {
            merge_members(&mut members, more);
        }
        out.insert("properties", Value::Object(members));
    }
    match (a.get("items"), b.get("items")) {
        (Some(Value::Object(x)), Some(Value::Object(y))) => {
            out.insert("items", Value::Object(merge(x, y)));
        }
        (Some(x), None) | (None, Some(x)) => out.insert("items", x.clone()),
        _ => {}
    }
    for (key, value) in a.iter().chain(b.iter()) {
        if !out.contains_key(key)
            && !["type", "format", "properties", "items", "description"].contains(&key)
        {
            out.insert(key, value.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shapes_parse_and_the_default_plan_is_not_empty() {
        let plan = tracking_plan(&Settings::default(), Variant::Default);
        let rules = plan.get("rules").unwrap();
        assert!(matches!(rules, Value::Array(rules) if rules.len() > 10));
    }

    #[test]
    fn merged_shapes_keep_date_time_only_when_both_had_it() {
        let shape = |text: &str| match parse_value(text.as_bytes()).unwrap() {
            Value::Object(object) => object,
            _ => unreachable!(),
        };
        let dated = shape(r#"{"type":["string"],"format":"date-time"}"#);
        let plain = shape(r#"{"type":["string"]}"#);
        let null = shape(r#"{"type":["null"]}"#);
        assert!(merge(&dated, &null).contains_key("format"));
        assert!(!merge(&dated, &plain).contains_key("format"));
        let mut only_null = null.clone();
        nullable(&mut only_null);
        assert!(only_null.is_empty(), "null alone says nothing of the type");
    }
}
