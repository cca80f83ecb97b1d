//! What a family of Stigg event types and one event type are: the types
//! the catalogue's rows are made of, and the helpers that build a row.

use super::shape::{plan_name, value_at, CustomerIdAt};
use crate::json::Object;

/// A group of event types sharing a prefix, a shape and a meaning for the
/// top-level `id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Family {
    pub name: &'static str,
    /// The type prefix, dot included (`credit_grant.`).
    pub prefix: &'static str,
    /// Where its customer id sits, in the order tried; empty for catalogue
    /// events (plans, features, ...), which concern no customer.
    pub customer_id_at: &'static [CustomerIdAt],
    /// What the top-level `id` names, when the family's bodies have one.
    pub id_names: Option<&'static str>,
    /// Whether its events describe the customer itself, so an identify call
    /// with the customer's traits goes with them.
    pub identifies: bool,
    /// Whether its events describe the account, the customer or its
    /// subscription, so a group call goes with them under `groupCalls`.
    pub groups: bool,
    /// Whether its bodies are a subscription's state (plan, status, billing
    /// period, trial end), read by [`subscription_traits`](super::subscription_traits).
    pub reports_subscription: bool,
}

impl Family {
    /// Its name after the indefinite article, for messages: "a plan",
    /// "an add-on", "an entity type". Every family name is an English
    /// word whose first letter says which (a test checks each).
    pub fn with_article(&self) -> String {
        let article = match self.name.chars().next() {
            Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
            _ => "a",
        };
        format!("{article} {}", self.name)
    }
}

/// A family row of the catalogue: its fields in declaration order.
pub(super) const fn family(
    name: &'static str,
    prefix: &'static str,
    customer_id_at: &'static [CustomerIdAt],
    id_names: Option<&'static str>,
    identifies: bool,
    groups: bool,
    reports_subscription: bool,
) -> Family {
    Family {
        name,
        prefix,
        customer_id_at,
        id_names,
        identifies,
        groups,
        reports_subscription,
    }
}

/// One documented Stigg webhook type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventType {
    /// Exactly as Stigg sends it in `type`.
    pub name: &'static str,
    pub family: &'static Family,
    /// Where its customer id sits, in the order tried (both documented
    /// shapes, where Stigg changed one).
    pub customer_id_at: &'static [CustomerIdAt],
    /// Whether an identify call goes with it (customer events, except the
    /// deletion, which would re-create the profile downstream).
    pub identifies: bool,
    /// Whether a group call goes with it under `groupCalls` (customer and
    /// subscription events, except the deletion, for the same reason).
    pub groups: bool,
    /// Its name under the "Segment Spec" event name style, when the Spec
    /// has an event for it; otherwise that style uses Object Action.
    pub spec_event: Option<SpecEvent>,
}

/// A Segment Spec (B2B SaaS) event a Stigg type maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpecEvent {
    /// The Spec's event name.
    pub name: &'static str,
    /// The Spec's semantic properties, added beside Stigg's fields.
    pub adds: SpecProperties,
    /// Why the mapping holds, and whether it is a judgment call.
    pub note: &'static str,
}

/// Which of the Spec's semantic properties an event gets, and from where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecProperties {
    /// `trial_start_date` (`startDate`), `trial_end_date` (`trialEndDate`,
    /// else `endDate`) and `trial_plan_name` ([`plan_name`]: the plan's
    /// name, else its display name, else its id).
    Trial,
    /// `account_name`: the customer's `name`.
    Account,
}

impl SpecProperties {
    /// `(Spec property, where it comes from)`, for the README.
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            SpecProperties::Trial => &[
                ("trial_start_date", "startDate"),
                ("trial_end_date", "trialEndDate, else endDate"),
                (
                    "trial_plan_name",
                    "plan.name, else plan.displayName, else plan.id",
                ),
            ],
            SpecProperties::Account => &[("account_name", "name")],
        }
    }

    /// The Spec properties for a body (the object describing the customer
    /// for account events); absent sources are left out.
    pub fn read(self, body: &Object) -> Object {
        let mut properties = Object::new();
        match self {
            SpecProperties::Trial => {
                if let Some(start) = value_at(body, &["startDate"]) {
                    properties.insert("trial_start_date", start.clone());
                }
                let end =
                    value_at(body, &["trialEndDate"]).or_else(|| value_at(body, &["endDate"]));
                if let Some(end) = end {
                    properties.insert("trial_end_date", end.clone());
                }
                if let Some(plan) = plan_name(body) {
                    properties.insert("trial_plan_name", plan.into());
                }
            }
            SpecProperties::Account => {
                if let Some(name) = value_at(body, &["name"]) {
                    properties.insert("account_name", name.clone());
                }
            }
        }
        properties
    }
}

/// A type read as its family reads it.
pub(super) const fn of(name: &'static str, family: &'static Family) -> EventType {
    EventType {
        name,
        family,
        customer_id_at: family.customer_id_at,
        identifies: family.identifies,
        groups: family.groups,
        spec_event: None,
    }
}

/// A type the Segment Spec has an event for.
pub(super) const fn spec(
    name: &'static str,
    family: &'static Family,
    spec_event: SpecEvent,
) -> EventType {
    EventType {
        spec_event: Some(spec_event),
        ..of(name, family)
    }
}

/// A type whose customer id sits elsewhere than its family's.
pub(super) const fn at(
    name: &'static str,
    family: &'static Family,
    customer_id_at: &'static [CustomerIdAt],
) -> EventType {
    EventType {
        customer_id_at,
        ..of(name, family)
    }
}

/// The customer deletion: no identify and no group call, which would
/// re-create the profile and the account downstream.
pub(super) const fn deletion(
    name: &'static str,
    family: &'static Family,
    spec_event: SpecEvent,
) -> EventType {
    EventType {
        identifies: false,
        groups: false,
        ..spec(name, family, spec_event)
    }
}
