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
mod sort;
pub mod stigg;
pub mod tape;
pub mod timestamp;
pub mod warehouse;
pub mod webhook;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use calls::{Call, CallKind, CallType, Envelope, Outcome, Payload, Skip, SkipCode};
pub use error::{Error, ErrorKind, Refusal, Refused};
pub use secret::{Headers, SECRET_HEADER};
pub use settings::Settings;

use ids::DeliveryKey;
use json::{Document, Object};
use settings::{EventNameStyle, OnMissingCustomer, ON_MISSING_CUSTOMER};
use webhook::Webhook;

/// Turns one webhook request into the calls to send to Segment: the full
/// path, which reads the body itself. The Segment script first tries
/// [`fields::transform_fields`], which runs the same [`decide`] on fields it
/// read off its own `JSON.parse`, and falls back to this whenever that
/// cannot finish.
pub fn transform(body: &[u8], headers: &Headers, settings: &Settings) -> Result<Outcome, Error> {
    // Authenticate before reading anything an unknown sender wrote.
    secret::verify(&settings.webhook_secret, headers.get(SECRET_HEADER))?;
    let document = Document::parse(body)?;
    transform_document(&document, settings)
}

/// [`transform`] of a body already read, whose secret passed: for a relay,
/// which reads the body once and more than the calls from it. (Inlined: the
/// Segment script's wasm keeps the code `transform` had before.)
#[inline(always)]
pub(crate) fn transform_document(
    document: &Document,
    settings: &Settings,
) -> Result<Outcome, Error> {
    let webhook = Webhook::read(document)?;
    let mut body = ParsedBody {
        document,
        tree: None,
    };
    let mut outcome = match decide(&webhook, settings, &mut body)? {
        Decided::Outcome(outcome) => outcome,
        Decided::NeedsBody => unreachable!("the full path always has the body"),
    };
    // What the decision only named is filled in from the body.
    for call in &mut outcome.calls {
        let payload = call.payload_mut();
        *payload = match std::mem::replace(payload, Payload::Body) {
            // Over the budget, fit would parse the text again; a tree already
            // parsed is handed over instead (the body is the last payload).
            Payload::Body
                if document.raw().len() > fit::CALL_BUDGET_BYTES && body.tree.is_some() =>
            {
                Payload::Tree(body.tree.take().expect("checked above"))
            }
            Payload::Body => Payload::Raw(document.raw().to_owned()),
            // From the tree when one was built (it is redacted, if anything
            // was); else only the members needed, not the whole body.
            Payload::Traits { from, names } => Payload::Tree(match (&body.tree, from.member()) {
                (Some(tree), None) => stigg::pick(tree, &names),
                (Some(tree), Some(member)) => tree
                    .get(member)
                    .and_then(json::Value::as_object)
                    .map(|object| stigg::pick(object, &names))
                    .unwrap_or_default(),
                (None, None) => stigg::pick_with(&names, |name| document.get(name)),
                (None, Some(member)) => match document.get(member) {
                    Some(json::Value::Object(object)) => stigg::pick(&object, &names),
                    _ => json::Object::new(),
                },
            }),
            decided => decided,
        };
    }
    for call in &mut outcome.calls {
        fit::fit(call, &webhook.event_type, settings.oversized_events)?;
    }
    Ok(outcome)
}

/// The body as a tree, for the decisions that read more of it than the
/// view's fields: hashing it, redacting it, group and plan traits, the
/// Spec's properties, warehouse-safe names.
pub trait BodyTree {
    /// The body, parsed at most once; `None` where the body is not at hand
    /// (the fast path), which then leaves the webhook to the full path.
    fn tree(&mut self) -> Option<&mut Object>;
}

/// The full path's body: parsed on first use.
struct ParsedBody<'d> {
    document: &'d Document<'d>,
    tree: Option<Object>,
}

impl BodyTree for ParsedBody<'_> {
    fn tree(&mut self) -> Option<&mut Object> {
        Some(self.tree.get_or_insert_with(|| self.document.to_object()))
    }
}

/// What [`decide`] makes of a webhook.
#[derive(Debug, Clone, PartialEq)]
pub enum Decided {
    /// The calls, with the payloads that are the body or some of its
    /// members named ([`Payload::Body`], [`Payload::Traits`]) rather than
    /// filled in; or why there are none.
    Outcome(Outcome),
    /// The decision must read the body, which is not at hand.
    NeedsBody,
}

/// The one decision, whichever way the webhook was read: filters, the
/// customer, the messageIds, which calls go out and with what. It reads the
/// webhook through its view, and the body as a tree only when a setting or
/// a missing Stigg messageId needs more than the view's fields.
pub fn decide(
    webhook: &Webhook,
    settings: &Settings,
    body: &mut dyn BodyTree,
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

    // Hashed before any redaction, so redacting changes no messageId.
    let delivery = match webhook.stigg_message_id() {
        Some(id) => DeliveryKey::from_stigg_message_id(&id),
        None => match body.tree() {
            Some(tree) => DeliveryKey::from_body(tree),
            None => return Ok(Decided::NeedsBody),
        },
    }
    .in_namespace(&settings.message_id_namespace);

    let reading = &webhook.reading;
    let redacting = redact::could_apply(&settings.redact_properties, |key| {
        webhook.view.has_member(key)
    });
    let spec_event = match settings.event_name_style {
        EventNameStyle::SegmentSpec => reading.spec_event(),
        _ => None,
    };
    let has_customer = customer.is_some();
    let identifying = has_customer && settings.identify_customers && reading.identifies;
    let plan_traits = has_customer && settings.plan_traits && reading.reports_subscription();
    let grouping = has_customer && settings.group_calls && reading.groups;
    // The track's properties are the body itself unless something changes
    // them: redaction, the Spec's properties, warehouse-safe names.
    let changing = redacting || spec_event.is_some() || settings.warehouse_safe_properties;
    let mut tree: Option<&mut Object> = None;
    if changing || plan_traits || grouping {
        match body.tree() {
            Some(body) => tree = Some(body),
            None => return Ok(Decided::NeedsBody),
        }
    }
    if let (true, Some(tree)) = (redacting, tree.as_deref_mut()) {
        redact::redact(tree, &settings.redact_properties);
    }
    let tree = tree.map(|tree| &*tree);

    let timestamp = webhook.timestamp();
    let envelope = |call_type: CallType| Envelope {
        user_id: customer.as_ref().map(|customer| customer.id.clone()),
        anonymous_id: customer.is_none().then(|| delivery.anonymous_id()),
        message_id: delivery.message_id(call_type.name()),
        timestamp: timestamp.clone(),
        group_id: None,
        trimmed: Vec::new(),
    };
    let safe = |mut payload: Object| {
        if settings.warehouse_safe_properties {
            warehouse::make_safe(&mut payload, reading.id_names());
        }
        payload
    };
    // The object that describes the customer: the body itself, or its
    // nested `customer` (customer.payment_failed, subscription events).
    let described_at = customer
        .as_ref()
        .and_then(|customer| customer.at.described());
    let described = match (&customer, tree) {
        (Some(customer), Some(tree)) => customer.described_in(tree),
        _ => None,
    };
    let subscription = match tree {
        Some(tree) if plan_traits || grouping => {
            stigg::subscription_traits(tree, timestamp.as_deref())
        }
        _ => Object::new(),
    };

    let mut calls = Vec::with_capacity(3);
    // Identify traits are named when they are members of the customer as
    // they stand (then the fast path never reads the body); built when
    // they are more: the plan, or renamed for warehouses. A trait
    // redactProperties removes is no trait; with none left, no identify.
    let names: Vec<&'static str> = match (identifying, described_at) {
        (true, Some(from)) => stigg::CUSTOMER_TRAITS
            .iter()
            .copied()
            .filter(|name| webhook.view.has_trait(from, name) && keeps_trait(settings, from, name))
            .collect(),
        _ => Vec::new(),
    };
    if plan_traits || (settings.warehouse_safe_properties && !names.is_empty()) {
        push_identify(
            &names,
            described,
            &subscription,
            &envelope,
            &safe,
            &mut calls,
        );
    } else if let (false, Some(from)) = (names.is_empty(), described_at) {
        calls.push(Call::identify(
            envelope(CallType::Identify),
            Payload::Traits { from, names },
        ));
    }
    if let (true, Some(customer)) = (grouping, &customer) {
        let id = || customer.id.clone();
        push_group(id, described, &subscription, &envelope, &safe, &mut calls);
    }

    let properties = match tree.filter(|_| changing) {
        Some(tree) => {
            let mut properties = tree.clone();
            if let Some(spec_event) = spec_event {
                // The Spec's properties go beside Stigg's fields, never
                // over one of them.
                let source = match spec_event.adds {
                    stigg::SpecProperties::Account => described.unwrap_or(tree),
                    stigg::SpecProperties::Trial => tree,
                };
                for (name, value) in spec_event.adds.read(source).iter() {
                    if !properties.contains_key(name) {
                        properties.insert(name, value.clone());
                    }
                }
            }
            Payload::Tree(safe(properties))
        }
        None => Payload::Body,
    };
    let mut track = Call::track(
        envelope(CallType::Track),
        event_name::event_name(&webhook.event_type, settings.event_name_style),
        properties,
    );
    // B2B tools read the account off every call that has one.
    if settings.group_calls {
        track.envelope.group_id = customer.as_ref().map(|customer| customer.id.clone());
    }
    calls.push(track);
    for call in &calls {
        validate(call, webhook)?;
    }
    Ok(Decided::Outcome(Outcome {
        calls,
        skipped: None,
    }))
}

/// Whether an identify trait the object that describes the customer has
/// (one of [`stigg::CUSTOMER_TRAITS`]) stays one: a trait
/// `redactProperties` removes is no trait.
// Inlined, as the two below: the Segment script's wasm keeps the code
// `decide` had before it shared them with the sync.
#[inline(always)]
pub(crate) fn keeps_trait(settings: &Settings, from: stigg::Described, name: &str) -> bool {
    !redact::removes(&settings.redact_properties, from.member(), name)
}

// The identify and the group call that describe a customer, with built
// traits: one rule for a webhook (`decide`) and for a customer read from
// Stigg's API (`sync`), so that settings act on both alike.

/// An identify whose traits are those `names` picks from the object that
/// describes the customer (redacted), then `state`: the plan and
/// subscription traits ([`stigg::subscription_traits`]), empty when there
/// are none or they are not wanted. With no trait, no call.
#[inline(always)]
pub(crate) fn push_identify(
    names: &[&'static str],
    described: Option<&Object>,
    state: &Object,
    envelope: &impl Fn(CallType) -> Envelope,
    safe: &impl Fn(Object) -> Object,
    calls: &mut Vec<Call>,
) {
    let mut traits = match described {
        Some(described) if !names.is_empty() => stigg::pick(described, names),
        _ => Object::new(),
    };
    for (name, value) in state.iter() {
        traits.insert(name, value.clone());
    }
    if !traits.is_empty() {
        calls.push(Call::identify(
            envelope(CallType::Identify),
            Payload::Tree(safe(traits)),
        ));
    }
}

/// A group call for the account `customer_id()` names: the account's traits from
/// the object that describes the customer, then `state`, as for
/// [`push_identify`]. With no trait, no call.
#[inline(always)]
pub(crate) fn push_group(
    customer_id: impl FnOnce() -> String,
    described: Option<&Object>,
    state: &Object,
    envelope: &impl Fn(CallType) -> Envelope,
    safe: &impl Fn(Object) -> Object,
    calls: &mut Vec<Call>,
) {
    let mut traits = described.map(stigg::account_traits).unwrap_or_default();
    for (name, value) in state.iter() {
        traits.insert(name, value.clone());
    }
    if !traits.is_empty() {
        calls.push(Call::group(
            envelope(CallType::Group),
            customer_id(),
            Payload::Tree(safe(traits)),
        ));
    }
}

fn no_customer_reason(webhook: &Webhook, policy: &str) -> String {
    let event_type = webhook.quoted_type();
    let setting = ON_MISSING_CUSTOMER.name;
    if webhook.reading.concerns_no_customer() {
        let family = webhook
            .reading
            .family
            .map_or_else(String::new, |family| family.with_article());
        format!(
            "{event_type} is {family} event, which concerns no customer, and {setting} {policy}"
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
    // Quoted only for a message: this runs for every call.
    let event_type = || webhook.quoted_type();
    if call.event().is_some_and(str::is_empty) {
        return Err(Error::validation(format!(
            "the \"type\" field {} gives an empty event name; it needs at least one letter or digit",
            event_type()
        )));
    }
    let envelope = &call.envelope;
    let has_identity = |id: &Option<String>| id.as_deref().is_some_and(|id| !id.is_empty());
    if !has_identity(&envelope.user_id) && !has_identity(&envelope.anonymous_id) {
        return Err(Error::validation(format!(
            "the {} call for {} has neither userId nor anonymousId",
            call.call_type().name(),
            event_type()
        )));
    }
    if envelope.message_id.chars().count() > ids::MAX_MESSAGE_ID_CHARS {
        return Err(Error::validation(format!(
            "the messageId for {} is longer than {} characters",
            event_type(),
            ids::MAX_MESSAGE_ID_CHARS
        )));
    }
    Ok(())
}

// The tracking plan (Segment Protocols) for what `decide` emits. The wasm
// builds carry it only with the feature `tracking-plan`, so the Segment
// script's wasm, which never calls it, stays as it was. (Declared last:
// lines added above would move the panic locations that wasm holds.)
#[cfg(any(feature = "tracking-plan", not(target_arch = "wasm32")))]
pub mod tracking_plan;

/// What becomes of the calls when a host posts them to Segment's HTTP
/// Tracking API: the one delivery policy of every relay. Natively always
/// (the binary delivers); in wasm only for the package's `Delivery` export:
/// compiled into the Segment script's wasm, even unused, it would change how
/// the code around it is inlined. (Declared last, so the lines above, which
/// panic locations in the Segment wasm name, stay where they are.)
#[cfg(any(not(target_arch = "wasm32"), feature = "delivery-policy"))]
pub mod delivery;

/// A customer read from Stigg's REST API to its identify and group calls
/// (`stigg-segment sync`, the edge relay's Cron Trigger). Natively always;
/// in wasm only for the package's sync exports (feature `api-sync`), so the
/// Segment script's wasm stays as it was. (Declared last, as above.)
#[cfg(any(not(target_arch = "wasm32"), feature = "api-sync"))]
pub mod sync;

/// The relays' entry points (`src/relay.rs`); see there why not in the
/// Segment script's wasm.
#[cfg(any(not(target_arch = "wasm32"), feature = "js-transform"))]
mod relay;
#[cfg(any(not(target_arch = "wasm32"), feature = "js-transform"))]
pub use relay::{transform_received, Arrival, Received, WebhookLabel};
