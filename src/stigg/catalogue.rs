//! The rows: every family and every event type in Stigg's webhook reference
//! (docs.stigg.io, API reference → webhooks), as data. The code that reads
//! them is in `stigg/mod.rs`; what a row's fields mean is in `model.rs`.
//!
//! Adding a type Stigg documents is one row in [`EVENT_TYPES`] plus one
//! fixture in `tests/fixtures/stigg/` (and its `tests/fixtures/sources.json`
//! entry); `UPDATE_GOLDENS=1 UPDATE_README=1 cargo test` then writes its
//! golden and the table in docs/events.md.

use super::model::{at, deletion, family, of, spec, EventType, Family, SpecEvent, SpecProperties};
use super::shape::CustomerIdAt::{self, CustomerIdField, CustomerObject, Id, Input, SyncedEntity};

// Families. `customer id at`: where the id sits, in the order tried (empty:
// catalogue events, which concern no customer). `top-level id`: what the
// body's `id` names, as a column stem. `identify`: an identify call with the
// customer's traits. `group`: a group call under `groupCalls`. `state`: the
// bodies are a subscription's state (plan, status, billing period, trial end).
#[rustfmt::skip]
mod families {
    use super::*;
    //                                                name                       prefix                     customer id at                    top-level id                     identify group  state
    pub const CUSTOMER: Family                = family("customer",                "customer.",               &[Id, CustomerObject],            Some("customer"),                true,    true,  false);
    pub const SUBSCRIPTION: Family            = family("subscription",            "subscription.",           &[CustomerObject],                Some("subscription"),            false,   true,  true);
    pub const ENTITLEMENT: Family             = family("entitlement",             "entitlement.",            &[CustomerObject],                None,                            false,   false, false);
    pub const ENTITLEMENTS: Family            = family("entitlements",            "entitlements.",           &[CustomerObject],                None,                            false,   false, false);
    pub const PROMOTIONAL_ENTITLEMENT: Family = family("promotional entitlement", "promotionalEntitlement.", &[CustomerObject],                Some("promotional_entitlement"), false,   false, false);
    pub const MEASUREMENT: Family             = family("measurement",             "measurement.",            &[CustomerObject],                None,                            false,   false, false);
    pub const CREDIT_BALANCE: Family          = family("credit balance",          "credit_balance.",         &[CustomerObject, CustomerIdField], None,                          false,   false, false);
    pub const CREDIT_GRANT: Family            = family("credit grant",            "credit_grant.",           &[CustomerIdField, CustomerObject], Some("credit_grant"),          false,   false, false);
    pub const CREDITS: Family                 = family("credits",                 "credits.",                &[CustomerIdField],               None,                            false,   false, false);
    pub const AUTOMATIC_RECHARGE: Family      = family("automatic recharge",      "automatic_recharge.",     &[CustomerIdField],               None,                            false,   false, false);
    pub const SYNC: Family                    = family("sync",                    "sync.",                   &[SyncedEntity],                  Some("synced_entity"),           false,   false, false);
    pub const PLAN: Family                    = family("plan",                    "plan.",                   &[],                              Some("plan"),                    false,   false, false);
    pub const ADDON: Family                   = family("add-on",                  "addon.",                  &[],                              Some("addon"),                   false,   false, false);
    pub const FEATURE: Family                 = family("feature",                 "feature.",                &[],                              Some("feature"),                 false,   false, false);
    pub const FEATURE_GROUP: Family           = family("feature group",           "feature_group.",          &[],                              Some("feature_group"),           false,   false, false);
    pub const PRODUCT: Family                 = family("product",                 "product.",                &[],                              Some("product"),                 false,   false, false);
    pub const COUPON: Family                  = family("coupon",                  "coupon.",                 &[],                              Some("coupon"),                  false,   false, false);
    pub const CREDIT_TYPE: Family             = family("credit type",             "credit_type.",            &[],                              Some("credit_type"),             false,   false, false);
    pub const ENTITY_TYPE: Family             = family("entity type",             "entity_type.",            &[],                              Some("entity_type"),             false,   false, false);
    // Governance entities (teams, projects, ...) belong to a customer.
    pub const ENTITY: Family                  = family("entity",                  "entity.",                 &[CustomerObject],                Some("entity"),                  false,   false, false);
}
pub use families::*;

/// Every family, for types the catalogue does not list: Stigg adds events,
/// and a new `subscription.*` type is read like its siblings. No prefix may
/// start with an earlier one (a test checks).
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

/// Where an event type of no known family, or a body whose documented place
/// is empty, is searched, in order. The top-level `id` is never searched
/// here: outside customer events it is the subscription, plan or promotion.
pub const FALLBACK_CUSTOMER_ID_AT: &[CustomerIdAt] = &[CustomerObject, CustomerIdField, Input];

// The Segment Spec (B2B SaaS) events Stigg types map to; every other type
// keeps its Object Action name under the "Segment Spec" style.
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

/// Every webhook type in Stigg's reference, sorted by name (which keeps
/// each family together; binary search needs the order, a test checks it).
/// `of`: read as its family reads it; `at`: its customer id sits elsewhere
/// than its family's; `spec`: the Segment Spec has an event for it;
/// `deletion`: the customer's deletion, with no identify or group call
/// (they would re-create the profile and the account downstream).
#[rustfmt::skip]
pub const EVENT_TYPES: &[EventType] = &[
    // add-on
    of("addon.created",                                 &ADDON),
    of("addon.deleted",                                 &ADDON),
    of("addon.updated",                                 &ADDON),
    // automatic recharge
    of("automatic_recharge.configuration.changed",      &AUTOMATIC_RECHARGE),
    of("automatic_recharge.operation.attempted",        &AUTOMATIC_RECHARGE),
    // coupon
    of("coupon.archived",                               &COUPON),
    of("coupon.created",                                &COUPON),
    of("coupon.updated",                                &COUPON),
    // credit balance
    of("credit_balance.depleted",                       &CREDIT_BALANCE),
    of("credit_balance.low",                            &CREDIT_BALANCE),
    // credit grant
    at("credit_grant.balance.low",                      &CREDIT_GRANT, &[CustomerObject]),
    of("credit_grant.created",                          &CREDIT_GRANT),
    of("credit_grant.depleted",                         &CREDIT_GRANT),
    of("credit_grant.expired",                          &CREDIT_GRANT),
    of("credit_grant.updated",                          &CREDIT_GRANT),
    // credit type
    of("credit_type.archived",                          &CREDIT_TYPE),
    of("credit_type.created",                           &CREDIT_TYPE),
    of("credit_type.unarchived",                        &CREDIT_TYPE),
    of("credit_type.updated",                           &CREDIT_TYPE),
    // credits
    of("credits.automatic_recharge_limit_exceeded",     &CREDITS),
    of("credits.balance.depleted",                      &CREDITS),
    of("credits.balance.usage_low",                     &CREDITS),
    of("credits.expired",                               &CREDITS),
    of("credits.grant.depleted",                        &CREDITS),
    of("credits.grant.updated",                         &CREDITS),
    of("credits.grant.usage_low",                       &CREDITS),
    of("credits.grant.voided",                          &CREDITS),
    of("credits.granted",                               &CREDITS),
    // customer
    spec("customer.created",                            &CUSTOMER, ACCOUNT_CREATED),
    deletion("customer.deleted",                        &CUSTOMER, ACCOUNT_DELETED),
    at("customer.payment_failed",                       &CUSTOMER, &[CustomerObject]),
    of("customer.updated",                              &CUSTOMER),
    // entitlement, entitlements
    of("entitlement.usage_exceeded",                    &ENTITLEMENT),
    of("entitlements.updated",                          &ENTITLEMENTS),
    // entity, entity type
    of("entity.created",                                &ENTITY),
    of("entity.entitlement.created",                    &ENTITY),
    of("entity.entitlement.updated",                    &ENTITY),
    of("entity.entitlement.usage_exceeded",             &ENTITY),
    of("entity_type.updated",                           &ENTITY_TYPE),
    // feature
    of("feature.created",                               &FEATURE),
    of("feature.deleted",                               &FEATURE),
    of("feature.updated",                               &FEATURE),
    // feature group (Stigg's reference spells `un_archived` with an underscore)
    of("feature_group.archived",                        &FEATURE_GROUP),
    of("feature_group.created",                         &FEATURE_GROUP),
    of("feature_group.un_archived",                     &FEATURE_GROUP),
    of("feature_group.updated",                         &FEATURE_GROUP),
    // measurement
    of("measurement.reported",                          &MEASUREMENT),
    // plan
    of("plan.created",                                  &PLAN),
    of("plan.deleted",                                  &PLAN),
    of("plan.updated",                                  &PLAN),
    // product
    of("product.created",                               &PRODUCT),
    of("product.deleted",                               &PRODUCT),
    of("product.updated",                               &PRODUCT),
    // promotional entitlement
    of("promotionalEntitlement.ends_soon",              &PROMOTIONAL_ENTITLEMENT),
    of("promotionalEntitlement.expired",                &PROMOTIONAL_ENTITLEMENT),
    of("promotionalEntitlement.granted",                &PROMOTIONAL_ENTITLEMENT),
    of("promotionalEntitlement.revoked",                &PROMOTIONAL_ENTITLEMENT),
    of("promotionalEntitlement.updated",                &PROMOTIONAL_ENTITLEMENT),
    // subscription
    of("subscription.billing_month.ends_soon",          &SUBSCRIPTION),
    of("subscription.canceled",                         &SUBSCRIPTION),
    at("subscription.create_failed",                    &SUBSCRIPTION, &[Input]),
    of("subscription.created",                          &SUBSCRIPTION),
    of("subscription.expired",                          &SUBSCRIPTION),
    of("subscription.spend_limit.exceeded",             &SUBSCRIPTION),
    of("subscription.trial.ends_soon",                  &SUBSCRIPTION),
    of("subscription.trial_converted",                  &SUBSCRIPTION),
    spec("subscription.trial_expired",                  &SUBSCRIPTION, TRIAL_ENDED),
    spec("subscription.trial_started",                  &SUBSCRIPTION, TRIAL_STARTED),
    of("subscription.updated",                          &SUBSCRIPTION),
    // sync
    of("sync.failed",                                   &SYNC),
];

/// Every top-level member Stigg's webhooks carry, sorted: what trimming
/// keeps longest when a call is over Segment's size limit (junk a sender
/// added goes first). A test checks that every fixture's members are here.
pub const TOP_LEVEL_FIELDS: &[&str] = &[
    "accountId",
    "activeSubscriptions",
    "actor",
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
    "crmId",
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
