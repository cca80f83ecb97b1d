//! stigg-segment turns Stigg webhooks into Segment Spec calls.
//!
//! Data flows one way: the raw body is parsed ([`json`]), what the webhook
//! says is resolved ([`webhook`]: customer, type, ids, time), the settings
//! are applied (filters, redaction, naming), and each call is validated and
//! fitted to Segment's limits ([`fit`]) before it is returned. This crate
//! knows nothing of JavaScript; `src/wasm.rs` is the thin binding.

pub mod calls;
pub mod error;
pub mod event_name;
pub mod filter;
pub mod fit;
pub mod ids;
pub mod json;
pub mod redact;
pub mod secret;
pub mod settings;
pub mod timestamp;
pub mod webhook;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use calls::{Call, CallType, Outcome, Payload, Skip, SkipCode};
pub use error::{Error, ErrorKind};
pub use secret::{Headers, SECRET_HEADER};
pub use settings::Settings;

use ids::DeliveryKey;
use json::{Document, Object, Value};
use settings::{OnMissingCustomer, ON_MISSING_CUSTOMER};
use webhook::{Webhook, CUSTOMER_ID_PLACES};

/// The identify traits Stigg's customer events carry.
const CUSTOMER_TRAITS: [&str; 5] = ["name", "email", "billingId", "crmId", "metadata"];

/// Turns one webhook request into the calls to send to Segment.
pub fn transform(body: &[u8], headers: &Headers, settings: &Settings) -> Result<Outcome, Error> {
    // Authenticate before reading anything an unknown sender wrote.
    secret::verify(&settings.webhook_secret, headers.get(SECRET_HEADER))?;

    let webhook = Webhook::from_body(Document::parse(body)?)?;

    if let Some(reason) = filter::rejection(
        &webhook.event_type,
        &settings.event_allowlist,
        &settings.event_denylist,
    ) {
        return Ok(Outcome::skipped(SkipCode::Filtered, reason));
    }

    let user_id = webhook.customer_id();
    if user_id.is_none() {
        match settings.on_missing_customer {
            OnMissingCustomer::Anonymous => {}
            OnMissingCustomer::Drop => {
                return Ok(Outcome::skipped(
                    SkipCode::NoCustomer,
                    no_customer_reason(&webhook.event_type, "is \"drop\""),
                ))
            }
            OnMissingCustomer::Error => {
                return Err(Error::not_supported(no_customer_reason(
                    &webhook.event_type,
                    "is \"error\"",
                )))
            }
        }
    }

    // The body passes through as raw text unless something must change it
    // or hash it; then it is parsed once, and hashed before any redaction.
    let redacting = redact::could_apply(&settings.redact_properties, |key| {
        webhook.body.contains_key(key)
    });
    let mut parsed: Option<Object> = None;
    let delivery = match webhook.stigg_message_id() {
        Some(id) => DeliveryKey::from_stigg_message_id(&id),
        None => DeliveryKey::from_body(parsed.get_or_insert_with(|| webhook.body.to_object())),
    }
    .in_namespace(&settings.message_id_namespace);
    let tree = redacting.then(|| {
        let mut body = parsed.unwrap_or_else(|| webhook.body.to_object());
        redact::redact(&mut body, &settings.redact_properties);
        body
    });
    let anonymous_id = user_id.is_none().then(|| delivery.anonymous_id());
    let timestamp = webhook.timestamp();

    let mut calls = Vec::with_capacity(2);
    let wants_identify = settings.identify_customers
        && user_id.is_some()
        && webhook.is_customer_event()
        && webhook.event_type != "customer.deleted";
    if wants_identify {
        let traits = customer_traits(|name| match &tree {
            Some(body) => body.get(name).cloned(),
            None => webhook.body.get(name),
        });
        if !traits.is_empty() {
            calls.push(Call {
                call_type: CallType::Identify,
                event: None,
                user_id: user_id.clone(),
                anonymous_id: None,
                payload: Payload::Tree(traits),
                message_id: delivery.message_id(CallType::Identify.name()),
                timestamp: timestamp.clone(),
                trimmed: Vec::new(),
            });
        }
    }
    calls.push(Call {
        call_type: CallType::Track,
        event: Some(event_name::event_name(
            &webhook.event_type,
            settings.event_name_style,
        )),
        user_id,
        anonymous_id,
        payload: match tree {
            Some(body) => Payload::Tree(body),
            None => Payload::Raw(webhook.body.raw().to_owned()),
        },
        message_id: delivery.message_id(CallType::Track.name()),
        timestamp,
        trimmed: Vec::new(),
    });

    for call in &mut calls {
        validate(call, &webhook.event_type)?;
        fit::fit(call, &webhook.event_type, settings.oversized_events)?;
    }
    Ok(Outcome {
        calls,
        skipped: None,
    })
}

fn no_customer_reason(event_type: &str, policy: &str) -> String {
    format!(
        "{event_type} names no customer (looked in {CUSTOMER_ID_PLACES}) and {} {policy}",
        ON_MISSING_CUSTOMER.name
    )
}

fn customer_traits(member: impl Fn(&str) -> Option<Value>) -> Object {
    CUSTOMER_TRAITS
        .iter()
        .filter_map(|&name| match member(name) {
            None | Some(Value::Null) => None,
            Some(value) => Some((name.to_owned(), value)),
        })
        .collect()
}
/// The Segment Spec rules Segment itself enforces, checked here so a bad
/// call is a clear error from us rather than a dropped message there.
fn validate(call: &Call, event_type: &str) -> Result<(), Error> {
    if call.call_type == CallType::Track && call.event.as_deref().is_none_or(str::is_empty) {
        return Err(Error::validation(format!(
            "the \"type\" field {} gives an empty event name; it needs at least one letter or digit",
            json::quoted(event_type)
        )));
    }
    let has_identity = |id: &Option<String>| id.as_deref().is_some_and(|id| !id.is_empty());
    if !has_identity(&call.user_id) && !has_identity(&call.anonymous_id) {
        return Err(Error::validation(format!(
            "the {} call for {event_type} has neither userId nor anonymousId",
            call.call_type.name()
        )));
    }
    if call.message_id.chars().count() > ids::MAX_MESSAGE_ID_CHARS {
        return Err(Error::validation(format!(
            "the messageId for {event_type} is longer than {} characters",
            ids::MAX_MESSAGE_ID_CHARS
        )));
    }
    Ok(())
}
