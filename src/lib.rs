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

use serde_json::{Map, Value};

pub use calls::{Call, CallType, Outcome, Skip, SkipCode};
pub use error::{Error, ErrorKind};
pub use secret::{Headers, SECRET_HEADER};
pub use settings::Settings;

use calls::Context;
use ids::DeliveryKey;
use settings::{OnMissingCustomer, ON_MISSING_CUSTOMER};
use webhook::{Webhook, CUSTOMER_ID_PLACES};

/// The identify traits Stigg's customer events carry.
const CUSTOMER_TRAITS: [&str; 5] = ["name", "email", "billingId", "crmId", "metadata"];

/// Turns one webhook request into the calls to send to Segment.
pub fn transform(body: &[u8], headers: &Headers, settings: &Settings) -> Result<Outcome, Error> {
    // Authenticate before reading anything an unknown sender wrote.
    secret::verify(&settings.webhook_secret, headers.get(SECRET_HEADER))?;

    let webhook = Webhook::from_body(json::parse_object(body)?)?;

    if let Some(reason) = filter::rejection(
        &webhook.event_type,
        &settings.event_allowlist,
        &settings.event_denylist,
    ) {
        return Ok(Outcome::skipped(SkipCode::Filtered, reason));
    }

    let delivery = DeliveryKey::new(webhook.stigg_message_id(), &webhook.body);
    let user_id = webhook.customer_id();
    let anonymous_id = match (&user_id, settings.on_missing_customer) {
        (Some(_), _) => None,
        (None, OnMissingCustomer::Anonymous) => Some(delivery.anonymous_id()),
        (None, OnMissingCustomer::Drop) => {
            return Ok(Outcome::skipped(
                SkipCode::NoCustomer,
                no_customer_reason(&webhook.event_type, "is \"drop\""),
            ))
        }
        (None, OnMissingCustomer::Error) => {
            return Err(Error::not_supported(no_customer_reason(
                &webhook.event_type,
                "is \"error\"",
            )))
        }
    };

    let timestamp = webhook.timestamp().map(str::to_owned);
    let wants_identify = settings.identify_customers
        && user_id.is_some()
        && webhook.is_customer_event()
        && webhook.event_type != "customer.deleted";

    let mut properties = webhook.body;
    redact::redact(&mut properties, &settings.redact_properties);

    let mut calls = Vec::with_capacity(2);
    if wants_identify {
        let traits = customer_traits(&properties);
        if !traits.is_empty() {
            calls.push(Call {
                call_type: CallType::Identify,
                event: None,
                user_id: user_id.clone(),
                anonymous_id: None,
                properties: None,
                traits: Some(traits),
                message_id: delivery.message_id(CallType::Identify.name()),
                timestamp: timestamp.clone(),
                context: Context::default(),
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
        properties: Some(properties),
        traits: None,
        message_id: delivery.message_id(CallType::Track.name()),
        timestamp,
        context: Context::default(),
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

/// Parses settings from JSON text, as the wasm binding and tools pass them.
pub fn settings_from_json(text: &str) -> Result<Settings, Error> {
    let value: Value = serde_json::from_str(text)
        .map_err(|err| Error::validation(format!("settings are not valid JSON: {err}")))?;
    Settings::from_json(&value)
}

fn no_customer_reason(event_type: &str, policy: &str) -> String {
    format!(
        "{event_type} names no customer (looked in {CUSTOMER_ID_PLACES}) and {} {policy}",
        ON_MISSING_CUSTOMER.name
    )
}

fn customer_traits(body: &Map<String, Value>) -> Map<String, Value> {
    CUSTOMER_TRAITS
        .iter()
        .filter_map(|&name| match body.get(name) {
            None | Some(Value::Null) => None,
            Some(value) => Some((name.to_owned(), value.clone())),
        })
        .collect()
}

/// The Segment Spec rules Segment itself enforces, checked here so a bad
/// call is a clear error from us rather than a dropped message there.
fn validate(call: &Call, event_type: &str) -> Result<(), Error> {
    if call.call_type == CallType::Track && call.event.as_deref().is_none_or(str::is_empty) {
        return Err(Error::validation(format!(
            "the \"type\" field {event_type:?} gives an empty event name; it needs at least one letter or digit"
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
