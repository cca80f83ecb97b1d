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

/// The group traits Stigg's customer object carries: the identify ones
/// plus `createdAt`, one of the Spec's reserved group traits.
pub const ACCOUNT_TRAITS: [&str; 6] = [
    "name",
    "email",
    "billingId",
    "crmId",
    "metadata",
    "createdAt",
];

/// The group traits in the object that describes a customer.
pub fn account_traits(customer: &Object) -> Object {
    pick(customer, &ACCOUNT_TRAITS)
}

/// Where the object that describes a customer sits: the body itself for
/// customer events, the nested `customer` elsewhere. Identify traits are
/// read from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Described {
    Body,
    CustomerObject,
}

impl Described {
    pub const ALL: [Described; 2] = [Described::Body, Described::CustomerObject];

    /// The member that holds it, or none for the body itself.
    pub fn member(self) -> Option<&'static str> {
        match self {
            Described::Body => None,
            Described::CustomerObject => Some("customer"),
        }
    }
}

/// The named members of an object, as traits; null and absent ones are
/// left out.
pub fn pick(object: &Object, names: &[&str]) -> Object {
    pick_with(names, |name| object.get(name).cloned())
}

/// The named members, as traits, read by `member` (from a tree, or from a
/// body not parsed whole); null and absent ones are left out.
pub fn pick_with(names: &[&str], member: impl Fn(&str) -> Option<Value>) -> Object {
    names
        .iter()
        .filter_map(|&name| match member(name) {
            None | Some(Value::Null) => None,
            Some(value) => Some((name.to_owned(), value)),
        })
        .collect()
}

/// Every top-level member Stigg's webhooks carry, sorted: what trimming
/// keeps longest when a call is over Segment's size limit (junk a sender
/// added goes first). A test checks that every fixture's members are here.
pub const TOP_LEVEL_FIELDS: &[&str] = &[
    "accountId",
    "activeSubscriptions",
    "addons",
    "amount",
    "attributionKeys",
    "autoCancellationRules",
    "billingCurrency",
    "billingId",
    "billingPeriod",
    "cancellationDate",
    "changedBy",
    "configId",
    "consumedAmount",
    "consumedPercentage",
    "cost",
    "couponType",
    "createdAt",
    "creditCurrency",
    "currencyDescription",
    "currencyId",
    "currencyName",
    "currencyUnits",
    "currentBalance",
    "currentBillingMonthEnd",
    "currentBillingMonthStart",
    "currentBillingPeriodEnd",
    "currentBillingPeriodStart",
    "currentChange",
    "currentSpend",
    "currentSpendPercentage",
    "currentUsage",
    "customer",
    "customerId",
    "description",
    "discountValue",
    "displayName",
    "effectiveAt",
    "email",
    "endDate",
    "entitlements",
    "entitlementsUpdatedAt",
    "entity",
    "entityId",
    "entityType",
    "entityTypeId",
    "environmentId",
    "error",
    "eventId",
    "excludeFromExperiment",
    "experimentInfo",
    "expireAt",
    "feature",
    "featureType",
    "features",
    "grant",
    "grantId",
    "grantType",
    "hasSoftLimit",
    "hasUnlimitedUsage",
    "id",
    "input",
    "isDefaultProduct",
    "isDowngrade",
    "isEnabled",
    "isLatest",
    "isSoftLimit",
    "isTrialSubscription",
    "isUpgrade",
    "isVisible",
    "maxSpendLimit",
    "messageId",
    "metadata",
    "meterType",
    "name",
    "originatingEventId",
    "packageEntitlements",
    "paymentCollection",
    "percentageUsed",
    "period",
    "plan",
    "prices",
    "priority",
    "productId",
    "reason",
    "remainingBalance",
    "remainingBalancePercentage",
    "resetPeriod",
    "resetPeriodConfiguration",
    "resource",
    "resourceId",
    "spendLimit",
    "startDate",
    "status",
    "subscription",
    "subscriptionUpdateUsageResetBehavior",
    "threshold",
    "thresholdPercentage",
    "timestamp",
    "totalConsumed",
    "totalGranted",
    "totalSpent",
    "traceId",
    "trialEndDate",
    "trigger",
    "type",
    "unit",
    "unitLabel",
    "units",
    "updatedAt",
    "usageLimit",
    "usagePeriodAnchor",
    "usagePeriodEnd",
    "usagePeriodStart",
    "usageUsedPercentage",
    "vendorIdentifier",
    "version",
];

/// Whether `key` is one of Stigg's top-level members.
pub fn is_top_level_field(key: &str) -> bool {
    TOP_LEVEL_FIELDS.binary_search(&key).is_ok()
}

/// A field the decision reads: a top-level member, or a member of a
/// top-level object. These are all it reads of a webhook; the rest of the
/// body passes through. The Segment script reads exactly these off its
/// `JSON.parse` of the body (it asks the core for this list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub enum Field {
    Type,
    MessageId,
    Timestamp,
    /// The top-level `id`.
    Id,
    CustomerObjectId,
    CustomerId,
    InputCustomerId,
    EntityType,
}

impl Field {
    /// Every field, each at the index of its discriminant.
    pub const ALL: [Field; 8] = [
        Field::Type,
        Field::MessageId,
        Field::Timestamp,
        Field::Id,
        Field::CustomerObjectId,
        Field::CustomerId,
        Field::InputCustomerId,
        Field::EntityType,
    ];

    /// The member names from the top of the body.
    pub fn path(self) -> &'static [&'static str] {
        match self {
            Field::Type => &["type"],
            Field::MessageId => &["messageId"],
            Field::Timestamp => &["timestamp"],
            Field::Id => &["id"],
            Field::CustomerObjectId => &["customer", "id"],
            Field::CustomerId => &["customerId"],
            Field::InputCustomerId => &["input", "customerId"],
            Field::EntityType => &["entityType"],
        }
    }

    /// Whether the field can hold a customer id, which may be an integer:
    /// a JS reader cannot tell `1` from `1.0`, so it leaves such bodies to
    /// the core's own reader.
    pub fn may_be_an_id(self) -> bool {
        CustomerIdAt::ALL.iter().any(|at| at.field() == self)
    }
}

/// Where a subscription body names its plan, in the order tried: the
/// plan's display name, else its id (Stigg's reference bodies may carry
/// either, or no plan at all).
pub const PLAN_NAME_AT: &[&[&str]] = &[&["plan", "displayName"], &["plan", "id"], &["planId"]];

/// The subscription state a subscription or trial event reports, as
/// traits for the account (group) and the customer (identify):
/// `(trait, path in the body)`. The plan comes from [`PLAN_NAME_AT`].
pub const SUBSCRIPTION_TRAITS: &[(&str, &[&str])] = &[
    ("subscriptionStatus", &["status"]),
    ("billingPeriod", &["billingPeriod"]),
    ("trialEndDate", &["trialEndDate"]),
];

/// The trait that carries the Stigg `timestamp` the subscription traits
/// came from: Stigg does not guarantee delivery order, so a consumer can
/// tell a late, older state from the current one.
pub const STATE_TIMESTAMP_TRAIT: &str = "stiggUpdatedAt";

/// Where Stigg's bodies, and the traits read from them, carry free-form
/// objects: `metadata`, whose keys and value types each Stigg user
/// chooses. Under `warehouseSafeProperties` each is sent as JSON text, one
/// column whose type never changes, instead of a column per key whose type
/// follows whatever the first value was.
pub const FREE_FORM_AT: &[&[&str]] = &[
    &["metadata"],
    &["customer", "metadata"],
    &["plan", "metadata"],
];

/// The value at a path of keys, when it is there and not null.
pub fn value_at<'a>(body: &'a Object, path: &[&str]) -> Option<&'a Value> {
    let (first, rest) = path.split_first()?;
    let mut value = body.get(first)?;
    for key in rest {
        value = value.get(key)?;
    }
    (*value != Value::Null).then_some(value)
}

/// A non-blank string at a path.
fn text_at<'a>(body: &'a Object, path: &[&str]) -> Option<&'a str> {
    value_at(body, path)
        .and_then(Value::as_str)
        .filter(|text| !text.trim().is_empty())
}

/// The plan a subscription body names: display name, else id.
pub fn plan_name(body: &Object) -> Option<&str> {
    PLAN_NAME_AT.iter().find_map(|path| text_at(body, path))
}

/// The plan and subscription state of a subscription or trial body, with
/// the Stigg timestamp they are as of; empty when the body reports neither
/// a plan nor a status (`subscription.create_failed`).
pub fn subscription_traits(body: &Object, stigg_timestamp: Option<&str>) -> Object {
    let mut traits = Object::new();
    if let Some(plan) = plan_name(body) {
        traits.insert("plan", plan.into());
    }
    for (name, path) in SUBSCRIPTION_TRAITS {
        if let Some(value) = value_at(body, path) {
            traits.insert(*name, value.clone());
        }
    }
    let has_state = traits.contains_key("plan") || traits.contains_key("subscriptionStatus");
    if !has_state {
        return Object::new();
    }
    if let Some(timestamp) = stigg_timestamp {
        traits.insert(STATE_TIMESTAMP_TRAIT, timestamp.into());
    }
    traits
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
    pub const ALL: [CustomerIdAt; 5] = [
        CustomerIdAt::Id,
        CustomerIdAt::CustomerObject,
        CustomerIdAt::CustomerIdField,
        CustomerIdAt::Input,
        CustomerIdAt::SyncedEntity,
    ];

    /// The field that holds the id.
    pub fn field(self) -> Field {
        match self {
            CustomerIdAt::Id | CustomerIdAt::SyncedEntity => Field::Id,
            CustomerIdAt::CustomerObject => Field::CustomerObjectId,
            CustomerIdAt::CustomerIdField => Field::CustomerId,
            CustomerIdAt::Input => Field::InputCustomerId,
        }
    }

    /// Where the object that describes the customer sits, when an id found
    /// here comes with one.
    pub fn described(self) -> Option<Described> {
        match self {
            CustomerIdAt::Id => Some(Described::Body),
            CustomerIdAt::CustomerObject => Some(Described::CustomerObject),
            _ => None,
        }
    }

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
    /// Whether its events describe the account, the customer or its
    /// subscription, so a group call goes with them under `groupCalls`.
    pub groups: bool,
    /// Whether its bodies are a subscription's state (plan, status, billing
    /// period, trial end), read by [`subscription_traits`].
    pub reports_subscription: bool,
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
        groups: false,
        reports_subscription: false,
    }
}

use CustomerIdAt::*;

pub const CUSTOMER: Family = Family {
    identifies: true,
    groups: true,
    ..family(
        "customer",
        "customer.",
        &[Id, CustomerObject],
        Some("customer"),
    )
};
pub const SUBSCRIPTION: Family = Family {
    groups: true,
    reports_subscription: true,
    ..family(
        "subscription",
        "subscription.",
        &[CustomerObject],
        Some("subscription"),
    )
};
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
/// Governance entities (teams, projects, ...) belong to a customer.
pub const ENTITY: Family = family("entity", "entity.", &[CustomerObject], Some("entity"));

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
    /// else `endDate`) and `trial_plan_name` (the plan's display name or id).
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
                ("trial_plan_name", "plan.displayName, else plan.id"),
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
const fn of(name: &'static str, family: &'static Family) -> EventType {
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
const fn spec(name: &'static str, family: &'static Family, spec_event: SpecEvent) -> EventType {
    EventType {
        spec_event: Some(spec_event),
        ..of(name, family)
    }
}

/// A type whose customer id sits elsewhere than its family's.
const fn at(
    name: &'static str,
    family: &'static Family,
    customer_id_at: &'static [CustomerIdAt],
) -> EventType {
    EventType {
        customer_id_at,
        ..of(name, family)
    }
}

/// The Spec events Stigg types map to; every other type keeps its Object
/// Action name under the "Segment Spec" style.
const ACCOUNT_CREATED: SpecEvent = SpecEvent {
    name: "Account Created",
    adds: SpecProperties::Account,
    note: "Stigg's customer is the B2B account.",
};
const ACCOUNT_DELETED: SpecEvent = SpecEvent {
    name: "Account Deleted",
    adds: SpecProperties::Account,
    note: "Stigg's customer is the B2B account.",
};
const TRIAL_STARTED: SpecEvent = SpecEvent {
    name: "Trial Started",
    adds: SpecProperties::Trial,
    note: "Judgment call: the trial's start date is the subscription's `startDate`.",
};
const TRIAL_ENDED: SpecEvent = SpecEvent {
    name: "Trial Ended",
    adds: SpecProperties::Trial,
    note: "Judgment call: only the trial that lapsed; a converted trial (`subscription.trial_converted`) \
        also ends but keeps its own name, so Trial Ended counts trials that did not convert.",
};

/// The customer deletion: no identify and no group call, which would
/// re-create the profile and the account downstream.
const fn deletion(name: &'static str, family: &'static Family, spec_event: SpecEvent) -> EventType {
    EventType {
        identifies: false,
        groups: false,
        ..spec(name, family, spec_event)
    }
}

/// Every webhook type in Stigg's reference, sorted by name.
pub const EVENT_TYPES: &[EventType] = &[
    of("addon.created", &ADDON),
    of("addon.deleted", &ADDON),
    of("addon.updated", &ADDON),
    of(
        "automatic_recharge.configuration.changed",
        &AUTOMATIC_RECHARGE,
    ),
    of(
        "automatic_recharge.operation.attempted",
        &AUTOMATIC_RECHARGE,
    ),
    of("coupon.archived", &COUPON),
    of("coupon.created", &COUPON),
    of("coupon.updated", &COUPON),
    of("credit_balance.depleted", &CREDIT_BALANCE),
    of("credit_balance.low", &CREDIT_BALANCE),
    at("credit_grant.balance.low", &CREDIT_GRANT, &[CustomerObject]),
    of("credit_grant.created", &CREDIT_GRANT),
    of("credit_grant.depleted", &CREDIT_GRANT),
    of("credit_grant.expired", &CREDIT_GRANT),
    of("credit_grant.updated", &CREDIT_GRANT),
    of("credit_type.archived", &CREDIT_TYPE),
    of("credit_type.created", &CREDIT_TYPE),
    of("credit_type.unarchived", &CREDIT_TYPE),
    of("credit_type.updated", &CREDIT_TYPE),
    of("credits.automatic_recharge_limit_exceeded", &CREDITS),
    of("credits.balance.depleted", &CREDITS),
    of("credits.balance.usage_low", &CREDITS),
    of("credits.expired", &CREDITS),
    of("credits.grant.depleted", &CREDITS),
    of("credits.grant.updated", &CREDITS),
    of("credits.grant.usage_low", &CREDITS),
    of("credits.grant.voided", &CREDITS),
    of("credits.granted", &CREDITS),
    spec("customer.created", &CUSTOMER, ACCOUNT_CREATED),
    deletion("customer.deleted", &CUSTOMER, ACCOUNT_DELETED),
    at("customer.payment_failed", &CUSTOMER, &[CustomerObject]),
    of("customer.updated", &CUSTOMER),
    of("entitlement.usage_exceeded", &ENTITLEMENT),
    of("entitlements.updated", &ENTITLEMENTS),
    of("entity.created", &ENTITY),
    of("entity.entitlement.created", &ENTITY),
    of("entity.entitlement.updated", &ENTITY),
    of("entity.entitlement.usage_exceeded", &ENTITY),
    of("entity_type.updated", &ENTITY_TYPE),
    of("feature.created", &FEATURE),
    of("feature.deleted", &FEATURE),
    of("feature.updated", &FEATURE),
    of("feature_group.archived", &FEATURE_GROUP),
    of("feature_group.created", &FEATURE_GROUP),
    // Stigg's reference spells this one with an underscore in the verb.
    of("feature_group.un_archived", &FEATURE_GROUP),
    of("feature_group.updated", &FEATURE_GROUP),
    of("measurement.reported", &MEASUREMENT),
    of("plan.created", &PLAN),
    of("plan.deleted", &PLAN),
    of("plan.updated", &PLAN),
    of("product.created", &PRODUCT),
    of("product.deleted", &PRODUCT),
    of("product.updated", &PRODUCT),
    of("promotionalEntitlement.ends_soon", &PROMOTIONAL_ENTITLEMENT),
    of("promotionalEntitlement.expired", &PROMOTIONAL_ENTITLEMENT),
    of("promotionalEntitlement.granted", &PROMOTIONAL_ENTITLEMENT),
    of("promotionalEntitlement.revoked", &PROMOTIONAL_ENTITLEMENT),
    of("promotionalEntitlement.updated", &PROMOTIONAL_ENTITLEMENT),
    of("subscription.billing_month.ends_soon", &SUBSCRIPTION),
    of("subscription.canceled", &SUBSCRIPTION),
    at("subscription.create_failed", &SUBSCRIPTION, &[Input]),
    of("subscription.created", &SUBSCRIPTION),
    of("subscription.expired", &SUBSCRIPTION),
    of("subscription.spend_limit.exceeded", &SUBSCRIPTION),
    of("subscription.trial.ends_soon", &SUBSCRIPTION),
    of("subscription.trial_converted", &SUBSCRIPTION),
    spec("subscription.trial_expired", &SUBSCRIPTION, TRIAL_ENDED),
    spec("subscription.trial_started", &SUBSCRIPTION, TRIAL_STARTED),
    of("subscription.updated", &SUBSCRIPTION),
    of("sync.failed", &SYNC),
];

/// How this project reads one webhook type: its catalogue row when Stigg
/// documents it, else its family's rules, else the fallback order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// The documented type, when the catalogue lists it.
    pub known: Option<&'static EventType>,
    pub family: Option<&'static Family>,
    pub customer_id_at: &'static [CustomerIdAt],
    pub identifies: bool,
    pub groups: bool,
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
                groups: row.groups,
            };
        }
        match FAMILIES
            .iter()
            .find(|family| event_type.starts_with(family.prefix))
        {
            Some(family) => Reading {
                known: None,
                family: Some(family),
                customer_id_at: family.customer_id_at,
                identifies: family.identifies,
                groups: family.groups,
            },
            None => Reading {
                known: None,
                family: None,
                customer_id_at: FALLBACK_CUSTOMER_ID_AT,
                identifies: false,
                groups: false,
            },
        }
    }

    /// The Spec event this type maps to, when the catalogue lists one.
    pub fn spec_event(&self) -> Option<SpecEvent> {
        self.known.and_then(|row| row.spec_event)
    }

    /// Whether its bodies are a subscription's state.
    pub fn reports_subscription(&self) -> bool {
        self.family
            .is_some_and(|family| family.reports_subscription)
    }

    /// What the top-level `id` names, as a column name's stem.
    pub fn id_names(&self) -> Option<&'static str> {
        self.family.and_then(|family| family.id_names)
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
/// `[{name, family, customerIdAt: [paths], identifies, groups, specEvent}]`.
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
            entry.insert("groups", row.groups.into());
            let spec_name = row.spec_event.map(|spec| spec.name);
            entry.insert("specEvent", spec_name.map_or(Value::Null, Value::from));
            Value::Object(entry)
        })
        .collect();
    Value::Array(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_sits_at_the_index_of_its_discriminant() {
        for (index, field) in Field::ALL.iter().enumerate() {
            assert_eq!(*field as usize, index);
        }
    }

    #[test]
    fn top_level_fields_are_sorted_so_binary_search_finds_each() {
        for pair in TOP_LEVEL_FIELDS.windows(2) {
            assert!(pair[0] < pair[1], "{} then {}", pair[0], pair[1]);
        }
        assert!(TOP_LEVEL_FIELDS
            .iter()
            .all(|field| is_top_level_field(field)));
        assert!(!is_top_level_field("junk"));
    }

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
            assert_eq!(by_prefix, Some(row.family), "{}", row.name);
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
        assert_eq!(reading.family, Some(&SUBSCRIPTION));
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
            let expected = *row.family == CUSTOMER && row.name != "customer.deleted";
            assert_eq!(row.identifies, expected, "{}", row.name);
        }
        assert!(!Reading::of("customer.deleted").identifies);
    }

    #[test]
    fn group_calls_go_with_customer_and_subscription_events_but_not_the_deletion() {
        for row in EVENT_TYPES {
            let expected = (*row.family == CUSTOMER || *row.family == SUBSCRIPTION)
                && row.name != "customer.deleted";
            assert_eq!(row.groups, expected, "{}", row.name);
        }
    }

    #[test]
    fn subscription_traits_read_plan_status_and_time_and_need_a_state() {
        let body = |text: &str| {
            crate::json::parse_value(text.as_bytes())
                .unwrap()
                .as_object()
                .unwrap()
                .clone()
        };
        let traits = subscription_traits(
            &body(
                r#"{"status":"IN_TRIAL","billingPeriod":"MONTHLY","trialEndDate":null,"plan":{"id":"p","displayName":"Growth"}}"#,
            ),
            Some("2024-01-01T00:00:00Z"),
        );
        assert_eq!(
            crate::json::to_text(&Value::Object(traits)),
            r#"{"plan":"Growth","subscriptionStatus":"IN_TRIAL","billingPeriod":"MONTHLY","stiggUpdatedAt":"2024-01-01T00:00:00Z"}"#
        );
        let by_id = subscription_traits(&body(r#"{"plan":{"id":"p","displayName":" "}}"#), None);
        assert_eq!(by_id.get("plan"), Some(&Value::from("p")));
        assert!(subscription_traits(&body(r#"{"input":{"planId":"p"}}"#), Some("t")).is_empty());
    }

    #[test]
    fn spec_events_are_the_b2b_saas_ones_with_their_properties() {
        let spec = |name: &str| Reading::of(name).spec_event().map(|spec| spec.name);
        assert_eq!(spec("subscription.trial_started"), Some("Trial Started"));
        assert_eq!(spec("subscription.trial_expired"), Some("Trial Ended"));
        assert_eq!(spec("customer.created"), Some("Account Created"));
        assert_eq!(spec("customer.deleted"), Some("Account Deleted"));
        assert_eq!(spec("subscription.created"), None);
        let body =
            crate::json::parse_value(br#"{"startDate":"a","endDate":"c","plan":{"id":"p"}}"#)
                .unwrap();
        let added = SpecProperties::Trial.read(body.as_object().unwrap());
        assert_eq!(
            crate::json::to_text(&Value::Object(added)),
            r#"{"trial_start_date":"a","trial_end_date":"c","trial_plan_name":"p"}"#
        );
    }
}
