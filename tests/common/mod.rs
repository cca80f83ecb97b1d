//! Every Stigg fixture with its golden outcome, embedded so the same list
//! runs natively and in wasm (which has no filesystem). `goldens.rs` checks
//! that this list and the fixtures folder agree.

macro_rules! fixtures {
    ($($name:literal),* $(,)?) => {
        pub const FIXTURES: &[Fixture] = &[$(Fixture {
            name: $name,
            body: include_str!(concat!("../fixtures/stigg/", $name, ".json")),
            expected: include_str!(concat!("../fixtures/expected/", $name, ".json")),
        }),*];
    };
}

pub struct Fixture {
    pub name: &'static str,
    pub body: &'static str,
    /// The outcome with default settings: `{"calls": [...], "skipped"?: {...}}`.
    pub expected: &'static str,
}

fixtures![
    "addon.created",
    "addon.deleted",
    "automatic_recharge.configuration.changed",
    "automatic_recharge.operation.attempted",
    "coupon.created",
    "credit_balance.depleted",
    "credit_balance.usage_low",
    "credit_grant.created",
    "credit_grant.depleted",
    "credits.automatic_recharge_limit_exceeded",
    "credits.expired",
    "credits.grant.depleted",
    "credits.grant.updated",
    "credits.grant.usage_low",
    "credits.granted",
    "customer.created",
    "customer.deleted",
    "customer.payment_failed",
    "customer.updated",
    "entitlement.usage_exceeded",
    "entitlements.updated",
    "feature.created",
    "feature.updated",
    "measurement.reported",
    "plan.created",
    "plan.deleted",
    "plan.updated",
    "product.created",
    "promotionalEntitlement.expired",
    "promotionalEntitlement.granted",
    "promotionalEntitlement.revoked",
    "promotionalEntitlement.updated",
    "subscription.billing_month_ends_soon",
    "subscription.canceled",
    "subscription.create_failed",
    "subscription.created",
    "subscription.expired",
    "subscription.spend_limit_exceeded",
    "subscription.trial.ends_soon",
    "subscription.trial_converted",
    "subscription.trial_expired",
    "subscription.trial_started",
    "subscription.updated",
    "subscription.usage_charge_triggered",
    "sync.failed",
];
