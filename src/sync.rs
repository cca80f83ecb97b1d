//! A customer read from Stigg's REST API becomes the identify and group
//! calls that describe it now: the state of every customer, for a first
//! backfill and for a nightly reconciliation (`stigg-segment sync`, the
//! edge relay's Cron Trigger). The calls are built by the same code as a
//! webhook's ([`crate::push_identify`], [`crate::push_group`]), so redaction, namespaces,
//! warehouse-safe names, `identifyCustomers`, `planTraits` and `groupCalls`
//! act on both alike. No track call: nothing happened.
//!
//! Each call's messageId is a hash of what it says (its customer, type and
//! traits, keys sorted; without `stiggUpdatedAt`, which moves whenever
//! anything of the customer does), so an unchanged customer gives the same
//! messageIds on every run, which the binary's journal (or Segment's
//! deduplication) drops, and a changed one new ones.

use crate::calls::{Call, CallType, Encoder, Envelope, JsonText, Payload, Word};
use crate::error::Error;
use crate::ids::DeliveryKey;
use crate::json::{quoted, Object, Value};
use crate::settings::Settings;
use crate::stigg::api::{self, Customer, Plans};
use crate::stigg::{self, STATE_TIMESTAMP_TRAIT};
use crate::{fit, push_group, push_identify, redact, warehouse};

/// Why a customer gets no call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncSkipCode {
    /// Archived in Stigg (its deletion): an identify or a group call would
    /// re-create the profile and the account downstream, as for
    /// `customer.deleted`, which gets neither.
    Archived,
    /// The settings leave nothing to send: no identify, no group call, or
    /// no trait for either.
    NothingToSend,
}

impl SyncSkipCode {
    pub fn name(self) -> &'static str {
        match self {
            SyncSkipCode::Archived => "archived",
            SyncSkipCode::NothingToSend => "nothing_to_send",
        }
    }
}

/// What one customer becomes: its calls, or why it has none.
#[derive(Debug, Clone, PartialEq)]
pub struct Synced {
    pub calls: Vec<Call>,
    pub skipped: Option<(SyncSkipCode, String)>,
}

impl Synced {
    fn skipped(code: SyncSkipCode, reason: String) -> Synced {
        Synced {
            calls: Vec::new(),
            skipped: Some((code, reason)),
        }
    }

    /// `{"calls":[...],"skipped":{"code","reason"}}`, as the wasm export
    /// returns it: a webhook's [`crate::Outcome`]'s shape, written by the
    /// same writer.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let text = &mut JsonText::new(&mut out);
        text.begin_object();
        text.key(Word::Calls);
        text.begin_array();
        for call in &self.calls {
            call.encode(text);
        }
        text.end_array();
        if let Some((code, reason)) = &self.skipped {
            text.key(Word::Skipped);
            text.begin_object();
            text.key(Word::Code);
            text.string(code.name());
            text.key(Word::Reason);
            text.string(reason);
            text.end_object();
        }
        text.end_object();
        out
    }
}

/// The calls for one customer record of `GET /api/v1/customers`, with its
/// subscriptions' records (any order; [`api::current_subscription`] picks
/// the one that describes it) and the plans that name them.
///
/// - an archived customer: no call ([`SyncSkipCode::Archived`]);
/// - with `identifyCustomers`: an identify with the customer's traits (as
///   a `customer.*` webhook's), and under `planTraits` the current
///   subscription's plan name, status, trial end and `stiggUpdatedAt`
///   (the REST subscription has no billing period: none is sent);
/// - under `groupCalls`: a group call with the account's traits and the
///   same subscription traits, as a subscription webhook's group call;
/// - a customer with no subscription: the same, without plan traits.
///
/// Every call's `timestamp` is the customer's `updatedAt`.
pub fn customer_calls(
    customer: Object,
    subscriptions: &[Object],
    plans: &Plans,
    settings: &Settings,
) -> Result<Synced, Error> {
    let customer = Customer::read(customer)?;
    if let Some(archived_at) = &customer.archived_at {
        return Ok(Synced::skipped(
            SyncSkipCode::Archived,
            format!(
                "customer {} was archived at {archived_at}: as for customer.deleted, no identify or group call, which would re-create it downstream",
                quoted(&customer.id)
            ),
        ));
    }
    // The record is a customer event's body and a subscription event's
    // `customer`: a path that removes a member from either (`email`,
    // `customer.email`) removes it here, so nothing redacted in a webhook
    // reaches Segment through the sync.
    let nested_paths: Vec<String> = settings
        .redact_properties
        .iter()
        .filter_map(|path| path.strip_prefix("customer."))
        .map(str::to_owned)
        .collect();
    // The identify's traits are picked from the record once redacted, so a
    // trait redaction removed, absent or null is left out by the pick.
    let names: &[&str] = if settings.identify_customers {
        &stigg::CUSTOMER_TRAITS
    } else {
        &[]
    };
    let mut described = customer.record;
    redact::redact(&mut described, &settings.redact_properties);
    redact::redact(&mut described, &nested_paths);
    // As for a subscription webhook: the group call carries the
    // subscription's state under groupCalls, the identify under planTraits.
    let subscription = match api::current_subscription(subscriptions) {
        Some(record) if settings.plan_traits || settings.group_calls => {
            let mut body = api::with_plan(record, plans);
            redact::redact(&mut body, &settings.redact_properties);
            stigg::subscription_traits(&body, Some(&customer.updated_at))
        }
        _ => Object::new(),
    };

    let id_names = stigg::CUSTOMER.id_names;
    let safe = |mut payload: Object| {
        if settings.warehouse_safe_properties {
            warehouse::make_safe(&mut payload, id_names);
        }
        payload
    };
    let envelope = |_: CallType| Envelope {
        user_id: Some(customer.id.clone()),
        anonymous_id: None,
        // Set below, from what the call says once it is fitted.
        message_id: String::new(),
        timestamp: Some(customer.updated_at.clone()),
        group_id: None,
        trimmed: Vec::new(),
    };
    let mut calls = Vec::with_capacity(2);
    let no_state = Object::new();
    let identify_state = if settings.plan_traits {
        &subscription
    } else {
        &no_state
    };
    push_identify(
        names,
        Some(&described),
        identify_state,
        &envelope,
        &safe,
        &mut calls,
    );
    if settings.group_calls {
        let id = || customer.id.clone();
        push_group(
            id,
            Some(&described),
            &subscription,
            &envelope,
            &safe,
            &mut calls,
        );
    }
    if calls.is_empty() {
        return Ok(Synced::skipped(
            SyncSkipCode::NothingToSend,
            format!(
                "customer {}: nothing to send under these settings (identifyCustomers, groupCalls and planTraits leave no call with a trait)",
                quoted(&customer.id)
            ),
        ));
    }
    let label = format!("Stigg customer {}", customer.id);
    for call in &mut calls {
        fit::fit(call, &label, settings.oversized_events)?;
        call.envelope.message_id = message_id(call, &customer.id, settings);
    }
    Ok(Synced {
        calls,
        skipped: None,
    })
}

/// `stigg-[namespace-]sync-<hash>-<type>`: the hash of the call's customer,
/// type, group and traits without `stiggUpdatedAt`, keys sorted.
fn message_id(call: &Call, customer_id: &str, settings: &Settings) -> String {
    let mut state = Object::new();
    state.insert("userId", customer_id.into());
    state.insert("type", call.call_type().name().into());
    if let crate::CallKind::Group { group_id, .. } = &call.kind {
        state.insert("groupId", group_id.as_str().into());
    }
    let mut traits = match call.payload() {
        Payload::Tree(traits) => traits.clone(),
        other => other.to_object(),
    };
    traits.remove(STATE_TIMESTAMP_TRAIT);
    state.insert("traits", Value::Object(traits));
    if !call.envelope.trimmed.is_empty() {
        let trimmed = call
            .envelope
            .trimmed
            .iter()
            .map(|path| path.as_str().into());
        state.insert("trimmed", Value::Array(trimmed.collect()));
    }
    DeliveryKey::from_state(&state)
        .in_namespace(&settings.message_id_namespace)
        .message_id(call.call_type().name())
}

/// The customer's calls from JSON texts, for hosts that hold records as
/// text (the wasm export, the binary's spill of subscriptions): the
/// customer record, its subscriptions' records and the plans' records.
pub fn customer_calls_from_values(
    customer: Value,
    subscriptions: Vec<Value>,
    plans: &Plans,
    settings: &Settings,
) -> Result<Synced, Error> {
    let Value::Object(customer) = customer else {
        return Err(Error::validation(format!(
            "the customer record is {}, not an object",
            customer.describe()
        )));
    };
    let subscriptions = api::records(subscriptions, |at| format!("subscription record {at}"))?;
    customer_calls(customer, &subscriptions, plans, settings)
}

#[cfg(test)]
mod tests;
