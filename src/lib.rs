//! stigg-segment turns Stigg webhooks into Segment Spec calls.
//!
//! Data flows one way: the raw body is parsed ([`json`]), what the webhook
//! says is resolved ([`webhook`], reading the places the Stigg catalogue
//! [`stigg`] names: customer, type, ids, time), the settings
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
pub mod stigg;
pub mod timestamp;
pub mod webhook;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use calls::{Call, CallKind, CallType, Envelope, Outcome, Payload, Skip, SkipCode};
pub use error::{Error, ErrorKind};
pub use secret::{Headers, SECRET_HEADER};
pub use settings::Settings;

use ids::DeliveryKey;
use json::{Document, Object};
use settings::{OnMissingCustomer, ON_MISSING_CUSTOMER};
use webhook::Webhook;

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

    let customer = webhook.customer();
    if customer.is_none() {
        match settings.on_missing_customer {
            OnMissingCustomer::Anonymous => {}
            OnMissingCustomer::Drop => {
                return Ok(Outcome::skipped(
                    SkipCode::NoCustomer,
                    no_customer_reason(&webhook, "is \"drop\""),
                ))
            }
            OnMissingCustomer::Error => {
                return Err(Error::not_supported(no_customer_reason(
                    &webhook,
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
    let identifying = settings.identify_customers && webhook.reading.identifies;
    let mut parsed: Option<Object> = None;
    let delivery = match webhook.stigg_message_id() {
        Some(id) => DeliveryKey::from_stigg_message_id(&id),
        None => DeliveryKey::from_body(parsed.get_or_insert_with(|| webhook.body.to_object())),
    };
    let tree = redacting.then(|| {
        let mut body = parsed.take().unwrap_or_else(|| webhook.body.to_object());
        redact::redact(&mut body, &settings.redact_properties);
        body
    });
    let envelope = |call_type: CallType| Envelope {
        user_id: customer.as_ref().map(|customer| customer.id.clone()),
        anonymous_id: customer.is_none().then(|| delivery.anonymous_id()),
        message_id: delivery.message_id(call_type.name()),
        timestamp: webhook.timestamp(),
        trimmed: Vec::new(),
    };

    let mut calls = Vec::with_capacity(2);
    if let (true, Some(customer)) = (identifying, &customer) {
        // Traits come from the object that describes the customer: the
        // body itself, or its nested `customer` (customer.payment_failed).
        let described = match &tree {
            Some(body) => customer.described_in(body),
            None => customer.described_in(parsed.get_or_insert_with(|| webhook.body.to_object())),
        };
        let traits = described.map(|object| stigg::customer_traits(&object));
        if let Some(traits) = traits.filter(|traits| !traits.is_empty()) {
            calls.push(Call::identify(
                envelope(CallType::Identify),
                Payload::Tree(traits),
            ));
        }
    }
    calls.push(Call::track(
        envelope(CallType::Track),
        event_name::event_name(&webhook.event_type, settings.event_name_style),
        match tree {
            Some(body) => Payload::Tree(body),
            None => Payload::Raw(webhook.body.raw().to_owned()),
        },
    ));

    for call in &mut calls {
        validate(call, &webhook)?;
        fit::fit(call, &webhook.event_type, settings.oversized_events)?;
    }
    Ok(Outcome {
        calls,
        skipped: None,
    })
}

fn no_customer_reason(webhook: &Webhook, policy: &str) -> String {
    let event_type = webhook.quoted_type();
    let setting = ON_MISSING_CUSTOMER.name;
    if webhook.reading.concerns_no_customer() {
        let family = webhook.reading.family.map_or("", |family| family.name);
        format!(
            "{event_type} is a {family} event, which concerns no customer, and {setting} {policy}"
        )
    } else {
        format!(
            "{event_type} names no customer (looked in {}) and {setting} {policy}",
            webhook.reading.places_text()
        )
    }
}

/// The Segment Spec rules Segment itself enforces, checked here so a bad
/// call is a clear error from us rather than a dropped message there.
fn validate(call: &Call, webhook: &Webhook) -> Result<(), Error> {
    let event_type = webhook.quoted_type();
    if call.event().is_some_and(str::is_empty) {
        return Err(Error::validation(format!(
            "the \"type\" field {event_type} gives an empty event name; it needs at least one letter or digit"
        )));
    }
    let envelope = &call.envelope;
    let has_identity = |id: &Option<String>| id.as_deref().is_some_and(|id| !id.is_empty());
    if !has_identity(&envelope.user_id) && !has_identity(&envelope.anonymous_id) {
        return Err(Error::validation(format!(
            "the {} call for {event_type} has neither userId nor anonymousId",
            call.call_type().name()
        )));
    }
    if envelope.message_id.chars().count() > ids::MAX_MESSAGE_ID_CHARS {
        return Err(Error::validation(format!(
            "the messageId for {event_type} is longer than {} characters",
            ids::MAX_MESSAGE_ID_CHARS
        )));
    }
    Ok(())
}
