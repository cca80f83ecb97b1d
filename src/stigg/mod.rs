//! What this project knows about Stigg's webhooks, in one place: every
//! documented event type, the family it belongs to, where its customer id
//! sits and which Segment calls it yields. The resolver, the identify rule,
//! the no-customer skip reason, the README's table of event types and the
//! playground's sample list all read [`EVENT_TYPES`] and [`FAMILIES`].
//!
//! The rooms, each using only those above it: `shape` (where things sit
//! in a body), `model` (what a family and a type are), `catalogue` (the
//! rows, as data), and this file: reading a type against the rows.
//!
//! Source: Stigg's webhook reference (docs.stigg.io, API reference →
//! webhooks). Adding an event type Stigg documents is one row in
//! `catalogue.rs` plus one fixture in `tests/fixtures/stigg/`.

mod catalogue;
mod model;
mod shape;

pub use catalogue::*;
pub use model::{EventType, Family, SpecEvent, SpecProperties};
pub use shape::{
    account_traits, pick, pick_with, plan_name, subscription_traits, value_at, CustomerIdAt,
    Described, Field, ACCOUNT_TRAITS, CUSTOMER_TRAITS, FREE_FORM_AT, PLAN_MEMBERS, PLAN_NAME_AT,
    STATE_TIMESTAMP_TRAIT, SUBSCRIPTION_TRAITS,
};

use crate::json::{Object, Value};

/// Whether `key` is one of Stigg's top-level members.
pub fn is_top_level_field(key: &str) -> bool {
    TOP_LEVEL_FIELDS.binary_search(&key).is_ok()
}

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

/// Stigg's REST API v1 as the sync reads it: compiled into wasm only with
/// `api-sync`. (Declared after the code the Segment script's wasm holds, so
/// its panic locations stay where they are.)
#[cfg(any(not(target_arch = "wasm32"), feature = "api-sync"))]
pub mod api;

#[cfg(test)]
mod tests {
    use super::*;
    use CustomerIdAt::*;

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
    fn family_names_take_the_article_their_sound_takes() {
        let with_article: Vec<String> = FAMILIES.iter().map(Family::with_article).collect();
        for (family, text) in FAMILIES.iter().zip(&with_article) {
            let an = [
                "add-on",
                "automatic recharge",
                "entitlement",
                "entitlements",
                "entity",
                "entity type",
            ]
            .contains(&family.name);
            let expected = if an { "an" } else { "a" };
            assert_eq!(text, &format!("{expected} {}", family.name));
        }
        assert_eq!(ADDON.with_article(), "an add-on");
        assert_eq!(PLAN.with_article(), "a plan");
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
                r#"{"status":"IN_TRIAL","billingPeriod":"MONTHLY","trialEndDate":null,"plan":{"id":"p","name":"Growth"}}"#,
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
    fn a_plan_is_named_by_name_then_display_name_then_id() {
        let name = |text: &str| {
            let body = crate::json::parse_value(text.as_bytes()).unwrap();
            plan_name(body.as_object().unwrap()).map(str::to_owned)
        };
        // Stigg's webhooks: `{id, name, description, pricingType}`.
        let webhook =
            r#"{"plan":{"id":"plan-pro","name":"Pro","description":null,"pricingType":"PAID"}}"#;
        assert_eq!(name(webhook).as_deref(), Some("Pro"));
        // Stigg's GraphQL API calls it displayName; name wins when both are there.
        assert_eq!(
            name(r#"{"plan":{"id":"p","displayName":"Growth"}}"#).as_deref(),
            Some("Growth")
        );
        assert_eq!(
            name(r#"{"plan":{"id":"p","name":"Pro","displayName":"Growth"}}"#).as_deref(),
            Some("Pro")
        );
        // Blank or non-string names fall through to the id.
        assert_eq!(
            name(r#"{"plan":{"id":"p","name":"  ","displayName":7}}"#).as_deref(),
            Some("p")
        );
        assert_eq!(name(r#"{"planId":"p-2"}"#).as_deref(), Some("p-2"));
        assert_eq!(name(r#"{"plan":null}"#), None);
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
