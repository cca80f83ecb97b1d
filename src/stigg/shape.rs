//! Where things sit in a Stigg webhook body: the fields the decision reads,
//! the places a customer id can be, the object that describes the customer,
//! and the traits and subscription state read from it.

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

/// The members of a plan object that name it: its id, and the two names
/// [`PLAN_NAME_AT`] reads before the id. A plan read from Stigg's API keeps
/// these alone.
pub const PLAN_MEMBERS: [&str; 3] = [PLAN_ID, PLAN_NAME, PLAN_DISPLAY_NAME];
const PLAN_ID: &str = "id";
const PLAN_NAME: &str = "name";
const PLAN_DISPLAY_NAME: &str = "displayName";

/// Where a body names its plan, in the order tried: `plan.name` (every
/// plan object in Stigg's webhook reference is `{id, name, description,
/// pricingType}`), then `plan.displayName` (the word of Stigg's GraphQL
/// and REST APIs, for records read from there), then the plan's id
/// (`plan.id`, or a flat `planId`). Blank names are skipped. [`plan_name`]
/// reads it.
pub const PLAN_NAME_AT: &[&[&str]] = &[
    &["plan", PLAN_NAME],
    &["plan", PLAN_DISPLAY_NAME],
    &["plan", PLAN_ID],
    &["planId"],
];

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

/// The name of the plan an object names, the one rule for it in this
/// project: `plan.name`, then `plan.displayName`, then `plan.id`, then
/// `planId` ([`PLAN_NAME_AT`]), the first that is a non-blank string.
/// `body` is a webhook body, or any record shaped like one (a subscription
/// read from Stigg's API): the `plan` trait, the Spec's `trial_plan_name`
/// and every other reader of a plan's name call this.
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
