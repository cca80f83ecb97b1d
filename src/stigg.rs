//! What this project knows about Stigg's webhooks, in one place: every
//! documented event type, the family it belongs to, where its customer id
//! sits and which Segment calls it yields. The resolver, the identify rule,
//! the no-customer skip reason, the README's table of event types and the
//! playground's sample list all read [`EVENT_TYPES`] and [`FAMILIES`].
//!
//! Source: Stigg's webhook reference (docs.stigg.io, API reference →
//! webhooks). Adding an event type Stigg documents is one row in
//! `EVENT_TYPES` plus one fixture in `tests/fixtures/stigg/`.

use crate::json::{Object, Value};

/// The identify traits Stigg's customer object carries.
pub const CUSTOMER_TRAITS: [&str; 5] = ["name", "email", "billingId", "crmId", "metadata"];

/// The identify traits in the object that describes a customer; null and
/// absent ones are left out.
pub fn customer_traits(customer: &Object) -> Object {
    CUSTOMER_TRAITS
        .iter()
        .filter_map(|&name| match customer.get(name) {
            None | Some(Value::Null) => None,
            Some(value) => Some((name.to_owned(), value.clone())),
        })
        .collect()
}

/// A place in a webhook body where Stigg puts the customer's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CustomerIdAt {
    /// The top-level `id`: customer events, where the body is the customer.
    Id,
    /// `customer.id`: subscription, trial, entitlement, measurement and
    /// promotional-entitlement events, and the current credit balance ones.
    CustomerObject,
    /// A flat `customerId`: credit, credit-grant and auto-recharge events.
    CustomerIdField,
    /// `input.customerId`: `subscription.create_failed`.
    Input,
    /// The top-level `id` when `entityType` is `"CUSTOMER"`: `sync.failed`.
    SyncedEntity,
}

impl CustomerIdAt {
    /// The place as a dotted path, for docs and messages.
    pub fn path(self) -> &'static str {
        match self {
            CustomerIdAt::Id => "id",
            CustomerIdAt::CustomerObject => "customer.id",
            CustomerIdAt::CustomerIdField => "customerId",
            CustomerIdAt::Input => "input.customerId",
            CustomerIdAt::SyncedEntity => "id when entityType is \"CUSTOMER\"",
        }
    }
}

/// Where an event type of no known family, or a body whose documented place
/// is empty, is searched, in order. The top-level `id` is never searched
/// here: outside customer events it is the subscription, plan or promotion.
pub const FALLBACK_CUSTOMER_ID_AT: &[CustomerIdAt] = &[
    CustomerIdAt::CustomerObject,
    CustomerIdAt::CustomerIdField,
    CustomerIdAt::Input,
];

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
}

const fn family(
    name: &'static str,
    prefix: &'static str,
    customer_id_at: &'static [CustomerIdAt],
    id_names: Option<&'static str>,
) -> Family {
    Family {
        name,
        prefix,
        customer_id_at,
        id_names,
        identifies: false,
    }
}

use CustomerIdAt::*;

pub const CUSTOMER: Family = Family {
    identifies: true,
    ..family(
        "customer",
        "customer.",
        &[Id, CustomerObject],
        Some("customer"),
    )
};
pub const SUBSCRIPTION: Family = family(
    "subscription",
    "subscription.",
    &[CustomerObject],
    Some("subscription"),
);
pub const ENTITLEMENT: Family = family("entitlement", "entitlement.", &[CustomerObject], None);
pub const ENTITLEMENTS: Family = family("entitlements", "entitlements.", &[CustomerObject], None);
pub const PROMOTIONAL_ENTITLEMENT: Family = family(
    "promotional entitlement",
    "promotionalEntitlement.",
    &[CustomerObject],
    Some("promotional_entitlement"),
);
pub const MEASUREMENT: Family = family("measurement", "measurement.", &[CustomerObject], None);
pub const CREDIT_BALANCE: Family = family(
    "credit balance",
    "credit_balance.",
    &[CustomerObject, CustomerIdField],
    None,
);
pub const CREDIT_GRANT: Family = family(
    "credit grant",
    "credit_grant.",
    &[CustomerIdField, CustomerObject],
    Some("credit_grant"),
);
pub const CREDITS: Family = family("credits", "credits.", &[CustomerIdField], None);
pub const AUTOMATIC_RECHARGE: Family = family(
    "automatic recharge",
    "automatic_recharge.",
    &[CustomerIdField],
    None,
);
pub const SYNC: Family = family("sync", "sync.", &[SyncedEntity], Some("synced_entity"));
pub const PLAN: Family = family("plan", "plan.", &[], Some("plan"));
pub const ADDON: Family = family("add-on", "addon.", &[], Some("addon"));
pub const FEATURE: Family = family("feature", "feature.", &[], Some("feature"));
pub const FEATURE_GROUP: Family = family(
    "feature group",
    "feature_group.",
    &[],
    Some("feature_group"),
);
pub const PRODUCT: Family = family("product", "product.", &[], Some("product"));
pub const COUPON: Family = family("coupon", "coupon.", &[], Some("coupon"));
pub const CREDIT_TYPE: Family = family("credit type", "credit_type.", &[], Some("credit_type"));
pub const ENTITY_TYPE: Family = family("entity type", "entity_type.", &[], Some("entity_type"));
pub const ENTITY: Family = family("entity", "entity.", &[], Some("entity"));

/// Every family, for types the catalogue does not list: Stigg adds events,
/// and a new `subscription.*` type is read like its siblings.
pub const FAMILIES: &[Family] = &[
    CUSTOMER,
    SUBSCRIPTION,
    ENTITLEMENT,
    ENTITLEMENTS,
    PROMOTIONAL_ENTITLEMENT,
    MEASUREMENT,
    CREDIT_BALANCE,
    CREDIT_GRANT,
    CREDITS,
    AUTOMATIC_RECHARGE,
    SYNC,
    PLAN,
    ADDON,
    FEATURE,
    FEATURE_GROUP,
    PRODUCT,
    COUPON,
    CREDIT_TYPE,
    ENTITY_TYPE,
    ENTITY,
];

/// One documented Stigg webhook type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventType {
    /// Exactly as Stigg sends it in `type`.
    pub name: &'static str,
    pub family: Family,
    /// Where its customer id sits, in the order tried (both documented
    /// shapes, where Stigg changed one).
    pub customer_id_at: &'static [CustomerIdAt],
    /// Whether an identify call goes with it (customer events, except the
    /// deletion, which would re-create the profile downstream).
    pub identifies: bool,
}

/// A type read as its family reads it.
const fn of(name: &'static str, family: Family) -> EventType {
    EventType {
        name,
        family,
        customer_id_at: family.customer_id_at,
        identifies: family.identifies,
    }
}

/// A type whose customer id sits elsewhere than its family's.
const fn at(
    name: &'static str,
    family: Family,
    customer_id_at: &'static [CustomerIdAt],
) -> EventType {
    EventType {
        customer_id_at,
        ..of(name, family)
    }
}

/// A customer-family type that sends no identify.
const fn without_identify(name: &'static str, family: Family) -> EventType {
    EventType {
        identifies: false,
        ..of(name, family)
    }
}

/// Every webhook type in Stigg's reference, sorted by name.
pub const EVENT_TYPES: &[EventType] = &[
    of("addon.created", ADDON),
    of("addon.deleted", ADDON),
    of("addon.updated", ADDON),
    of(
        "automatic_recharge.configuration.changed",
        AUTOMATIC_RECHARGE,
    ),
    of("automatic_recharge.operation.attempted", AUTOMATIC_RECHARGE),
    of("coupon.archived", COUPON),
    of("coupon.created", COUPON),
    of("coupon.updated", COUPON),
    of("credit_balance.depleted", CREDIT_BALANCE),
    of("credit_balance.low", CREDIT_BALANCE),
    at("credit_grant.balance.low", CREDIT_GRANT, &[CustomerObject]),
    of("credit_grant.created", CREDIT_GRANT),
    of("credit_grant.depleted", CREDIT_GRANT),
    of("credit_grant.expired", CREDIT_GRANT),
    of("credit_grant.updated", CREDIT_GRANT),
    of("credit_type.archived", CREDIT_TYPE),
    of("credit_type.created", CREDIT_TYPE),
    of("credit_type.unarchived", CREDIT_TYPE),
    of("credit_type.updated", CREDIT_TYPE),
    of("credits.automatic_recharge_limit_exceeded", CREDITS),
    of("credits.balance.depleted", CREDITS),
    of("credits.balance.usage_low", CREDITS),
    of("credits.expired", CREDITS),
    of("credits.grant.depleted", CREDITS),
    of("credits.grant.updated", CREDITS),
    of("credits.grant.usage_low", CREDITS),
    of("credits.grant.voided", CREDITS),
    of("credits.granted", CREDITS),
    of("customer.created", CUSTOMER),
    without_identify("customer.deleted", CUSTOMER),
    at("customer.payment_failed", CUSTOMER, &[CustomerObject]),
    of("customer.updated", CUSTOMER),
    of("entitlement.usage_exceeded", ENTITLEMENT),
    of("entitlements.updated", ENTITLEMENTS),
    of("entity.created", ENTITY),
    of("entity.entitlement.created", ENTITY),
    of("entity.entitlement.updated", ENTITY),
    of("entity.entitlement.usage_exceeded", ENTITY),
    of("entity_type.updated", ENTITY_TYPE),
    of("feature.archived", FEATURE),
    of("feature.created", FEATURE),
    of("feature.deleted", FEATURE),
    of("feature.updated", FEATURE),
    of("feature_group.archived", FEATURE_GROUP),
    of("feature_group.created", FEATURE_GROUP),
    of("feature_group.unarchived", FEATURE_GROUP),
    of("feature_group.updated", FEATURE_GROUP),
    of("measurement.reported", MEASUREMENT),
    of("plan.created", PLAN),
    of("plan.deleted", PLAN),
    of("plan.updated", PLAN),
    of("product.created", PRODUCT),
    of("product.deleted", PRODUCT),
    of("product.updated", PRODUCT),
    of("promotionalEntitlement.ends_soon", PROMOTIONAL_ENTITLEMENT),
    of("promotionalEntitlement.expired", PROMOTIONAL_ENTITLEMENT),
    of("promotionalEntitlement.granted", PROMOTIONAL_ENTITLEMENT),
    of("promotionalEntitlement.revoked", PROMOTIONAL_ENTITLEMENT),
    of("promotionalEntitlement.updated", PROMOTIONAL_ENTITLEMENT),
    of("subscription.billing_month.ends_soon", SUBSCRIPTION),
    of("subscription.canceled", SUBSCRIPTION),
    at("subscription.create_failed", SUBSCRIPTION, &[Input]),
    of("subscription.created", SUBSCRIPTION),
    of("subscription.expired", SUBSCRIPTION),
    of("subscription.spend_limit.exceeded", SUBSCRIPTION),
    of("subscription.trial.ends_soon", SUBSCRIPTION),
    of("subscription.trial_converted", SUBSCRIPTION),
    of("subscription.trial_expired", SUBSCRIPTION),
    of("subscription.trial_started", SUBSCRIPTION),
    of("subscription.updated", SUBSCRIPTION),
    of("sync.failed", SYNC),
];

/// How this project reads one webhook type: its catalogue row when Stigg
/// documents it, else its family's rules, else the fallback order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// The documented type, when the catalogue lists it.
    pub known: Option<&'static EventType>,
    pub family: Option<Family>,
    pub customer_id_at: &'static [CustomerIdAt],
    pub identifies: bool,
}

impl Reading {
    /// Reads a `type` value. Binary search over the sorted table, then the
    /// families' prefixes: both bounded by the table, not the input.
    pub fn of(event_type: &str) -> Reading {
        if let Ok(at) = EVENT_TYPES.binary_search_by(|row| row.name.cmp(event_type)) {
            let row = &EVENT_TYPES[at];
            return Reading {
                known: Some(row),
                family: Some(row.family),
                customer_id_at: row.customer_id_at,
                identifies: row.identifies,
            };
        }
        match FAMILIES
            .iter()
            .find(|family| event_type.starts_with(family.prefix))
        {
            Some(family) => Reading {
                known: None,
                family: Some(*family),
                customer_id_at: family.customer_id_at,
                identifies: family.identifies,
            },
            None => Reading {
                known: None,
                family: None,
                customer_id_at: FALLBACK_CUSTOMER_ID_AT,
                identifies: false,
            },
        }
    }

    /// Whether Stigg's reference says this kind of event concerns no
    /// customer (plans, features, coupons, ...).
    pub fn concerns_no_customer(&self) -> bool {
        self.family.is_some() && self.customer_id_at.is_empty()
    }

    /// Every place searched, in order: the documented ones, then the
    /// fallback ones not already tried. At most eight, so allocation-free.
    pub fn places(&self) -> impl Iterator<Item = CustomerIdAt> + '_ {
        let documented = self.customer_id_at.iter().copied();
        let fallback = FALLBACK_CUSTOMER_ID_AT
            .iter()
            .copied()
            .filter(|place| !self.customer_id_at.contains(place));
        documented.chain(fallback)
    }

    /// The places as prose, for the no-customer skip reason.
    pub fn places_text(&self) -> String {
        self.places()
            .map(CustomerIdAt::path)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The catalogue as JSON, for the playground's sample list and tools:
/// `[{name, family, customerIdAt: [paths], identifies}]`.
pub fn catalogue_json() -> Value {
    let rows = EVENT_TYPES
        .iter()
        .map(|row| {
            let mut entry = Object::new();
            entry.insert("name", row.name.into());
            entry.insert("family", row.family.name.into());
            let places = row.customer_id_at.iter().map(|at| at.path().into());
            entry.insert("customerIdAt", Value::Array(places.collect()));
            entry.insert("identifies", row.identifies.into());
            Value::Object(entry)
        })
        .collect();
    Value::Array(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_without_repeats_so_binary_search_finds_every_row() {
        for pair in EVENT_TYPES.windows(2) {
            assert!(
                pair[0].name < pair[1].name,
                "{} then {}",
                pair[0].name,
                pair[1].name
            );
        }
        for row in EVENT_TYPES {
            assert_eq!(Reading::of(row.name).known, Some(row));
        }
    }

    #[test]
    fn every_row_belongs_to_the_family_its_prefix_names() {
        for row in EVENT_TYPES {
            let by_prefix = FAMILIES
                .iter()
                .find(|family| row.name.starts_with(family.prefix));
            assert_eq!(by_prefix, Some(&row.family), "{}", row.name);
        }
    }

    #[test]
    fn no_family_prefix_is_shadowed_by_an_earlier_one() {
        for (i, family) in FAMILIES.iter().enumerate() {
            for earlier in &FAMILIES[..i] {
                assert!(
                    !family.prefix.starts_with(earlier.prefix),
                    "{} is shadowed by {}",
                    family.prefix,
                    earlier.prefix
                );
            }
        }
    }

    #[test]
    fn unknown_types_read_as_their_family_or_the_fallback() {
        let reading = Reading::of("subscription.paused");
        assert_eq!(reading.known, None);
        assert_eq!(reading.family, Some(SUBSCRIPTION));
        assert_eq!(reading.customer_id_at, &[CustomerObject]);
        assert!(Reading::of("customer.merged").identifies);
        let unknown = Reading::of("invoice.paid");
        assert_eq!(unknown.family, None);
        assert!(!unknown.concerns_no_customer());
        assert_eq!(
            unknown.places().collect::<Vec<_>>(),
            FALLBACK_CUSTOMER_ID_AT
        );
        assert!(Reading::of("plan.archived").concerns_no_customer());
    }

    #[test]
    fn the_documented_places_come_first_then_the_fallback_without_repeats() {
        let reading = Reading::of("credit_grant.created");
        assert_eq!(
            reading.places().collect::<Vec<_>>(),
            [CustomerIdField, CustomerObject, Input]
        );
        assert_eq!(
            Reading::of("subscription.create_failed")
                .places()
                .collect::<Vec<_>>(),
            [Input, CustomerObject, CustomerIdField]
        );
    }

    #[test]
    fn only_customer_events_identify_and_never_the_deletion() {
        for row in EVENT_TYPES {
            let expected = row.family == CUSTOMER && row.name != "customer.deleted";
            assert_eq!(row.identifies, expected, "{}", row.name);
        }
        assert!(!Reading::of("customer.deleted").identifies);
    }
}
