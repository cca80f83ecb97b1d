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
pub mod fields;
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

/// Turns one webhook request into the calls to send to Segment: the full
/// path, which reads the body itself. The Segment script first tries
/// [`fields::transform_fields`], which runs the same [`decide`] on fields it
/// read off its own `JSON.parse`, and falls back to this whenever that
/// cannot finish.
pub fn transform(body: &[u8], headers: &Headers, settings: &Settings) -> Result<Outcome, Error> {
    // Authenticate before reading anything an unknown sender wrote.
    secret::verify(settings, headers.get(SECRET_HEADER))?;

    let document = Document::parse(body)?;
    let webhook = Webhook::read(&document)?;
    // The body as a tree, parsed at most once: to hash it when Stigg sent no
    // messageId, to redact it, or to pick traits from it.
    let mut tree: Option<Object> = None;
    let decided = decide(&webhook, settings, &mut || {
        Some(DeliveryKey::from_body(
            tree.get_or_insert_with(|| document.to_object()),
        ))
    })?;
    let mut outcome = match decided {
        Decided::Outcome(outcome) => outcome,
        Decided::NeedsBody => unreachable!("the full path always has the body"),
    };

    // Hashed (above) before any redaction; redacted before anything is read
    // from it.
    let redacting = redact::could_apply(&settings.redact_properties, |key| {
        document.contains_key(key)
    });
    if redacting {
        let body = tree.get_or_insert_with(|| document.to_object());
        redact::redact(body, &settings.redact_properties);
    }
    let needs_tree = redacting
        || outcome
            .calls
            .iter()
            .any(|call| matches!(call.payload(), Payload::Traits { .. }));
    if needs_tree && tree.is_none() {
        tree = Some(document.to_object());
    }
    for call in &mut outcome.calls {
        let payload = call.payload_mut();
        *payload = match std::mem::replace(payload, Payload::Body) {
            Payload::Traits { from, names } => {
                let body = tree.as_ref().expect("parsed above");
                let described = match from.member() {
                    None => Some(body),
                    Some(member) => body.get(member).and_then(json::Value::as_object),
                };
                Payload::Tree(
                    described
                        .map(|object| stigg::pick(object, &names))
                        .unwrap_or_default(),
                )
            }
            Payload::Body if redacting => Payload::Tree(tree.clone().expect("parsed above")),
            Payload::Body => Payload::Raw(document.raw().to_owned()),
            decided => decided,
        };
    }
    for call in &mut outcome.calls {
        fit::fit(call, &webhook.event_type, settings.oversized_events)?;
    }
    Ok(outcome)
}

/// What [`decide`] makes of a webhook.
#[derive(Debug, Clone, PartialEq)]
pub enum Decided {
    /// The calls, with payloads named ([`Payload::Body`],
    /// [`Payload::Traits`]) rather than filled in; or why there are none.
    Outcome(Outcome),
    /// Stigg sent no messageId, and the view cannot hash the body.
    NeedsBody,
}

/// The one decision, whichever way the webhook was read: filters, the
/// customer, the messageIds, which calls go out and with what. It reads the
/// webhook only through its view. `body_key` hashes the body for a webhook
/// without a Stigg messageId, when the view can.
pub fn decide(
    webhook: &Webhook,
    settings: &Settings,
    body_key: &mut dyn FnMut() -> Option<DeliveryKey>,
) -> Result<Decided, Error> {
    if let Some(reason) = filter::rejection(
        &webhook.event_type,
        &settings.event_allowlist,
        &settings.event_denylist,
    ) {
        return Ok(Decided::Outcome(Outcome::skipped(
            SkipCode::Filtered,
            reason,
        )));
    }

    let customer = webhook.customer();
    if customer.is_none() {
        match settings.on_missing_customer {
            OnMissingCustomer::Anonymous => {}
            OnMissingCustomer::Drop => {
                return Ok(Decided::Outcome(Outcome::skipped(
                    SkipCode::NoCustomer,
                    no_customer_reason(webhook, "is \"drop\""),
                )))
            }
            OnMissingCustomer::Error => {
                return Err(Error::not_supported(no_customer_reason(
                    webhook,
                    "is \"error\"",
                )))
            }
        }
    }

    let delivery = match webhook.stigg_message_id() {
        Some(id) => DeliveryKey::from_stigg_message_id(&id),
        None => match body_key() {
            Some(key) => key,
            None => return Ok(Decided::NeedsBody),
        },
    }
    .in_namespace(&settings.message_id_namespace);
    let timestamp = webhook.timestamp();
    let envelope = |call_type: CallType| Envelope {
        user_id: customer.as_ref().map(|customer| customer.id.clone()),
        anonymous_id: customer.is_none().then(|| delivery.anonymous_id()),
        message_id: delivery.message_id(call_type.name()),
        timestamp: timestamp.clone(),
        trimmed: Vec::new(),
    };

    let mut calls = Vec::with_capacity(2);
    let identifying = settings.identify_customers && webhook.reading.identifies;
    // Traits come from the object that describes the customer: the body
    // itself, or its nested `customer` (customer.payment_failed). A trait
    // redactProperties removes is no trait; with none left, no identify.
    let described = customer
        .as_ref()
        .and_then(|customer| customer.at.described());
    if let (true, Some(from)) = (identifying, described) {
        let names: Vec<&'static str> = stigg::CUSTOMER_TRAITS
            .iter()
            .copied()
            .filter(|name| {
                webhook.view.has_trait(from, name)
                    && !redact::removes(&settings.redact_properties, from.member(), name)
            })
            .collect();
        if !names.is_empty() {
            calls.push(Call::identify(
                envelope(CallType::Identify),
                Payload::Traits { from, names },
            ));
        }
    }
    calls.push(Call::track(
        envelope(CallType::Track),
        event_name::event_name(&webhook.event_type, settings.event_name_style),
        Payload::Body,
    ));
    for call in &calls {
        validate(call, webhook)?;
    }
    Ok(Decided::Outcome(Outcome {
        calls,
        skipped: None,
    }))
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
