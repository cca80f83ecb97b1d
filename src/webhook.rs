//! A parsed Stigg webhook and what can be read off it: its type, the
//! customer it concerns, its idempotency key and when it happened. Where
//! each of those sits is the catalogue's knowledge ([`crate::stigg`]); this
//! module only reads the places it names.

use crate::error::Error;
use crate::json::{quoted, Document, Object, Value};
use crate::stigg::{CustomerIdAt, Described, Field, Reading};

/// What the decision can read off a webhook, whichever way it was read: the
/// core's own reader ([`Document`]), or the fields the Segment script took
/// off its `JSON.parse` of the body (`crate::fields`). One decision runs on
/// both, so the two paths cannot drift apart.
pub trait WebhookView {
    /// A field's value; `None` when absent.
    fn field(&self, field: Field) -> Option<Value>;
    /// Whether the body has a top-level member `key`.
    fn has_member(&self, key: &str) -> bool;
    /// Whether the object that describes the customer has a non-null
    /// member `name`.
    fn has_trait(&self, described: Described, name: &str) -> bool;
}

impl WebhookView for Document<'_> {
    fn field(&self, field: Field) -> Option<Value> {
        match field.path() {
            [name] => self.get(name),
            [outer, inner] => self.get(outer)?.get(inner).cloned(),
            _ => None,
        }
    }

    fn has_member(&self, key: &str) -> bool {
        self.contains_key(key)
    }

    fn has_trait(&self, described: Described, name: &str) -> bool {
        match described.member() {
            // The body's own members are checked without parsing them: a
            // customer's metadata can be most of the body.
            None => self.has_non_null(name),
            Some(member) => {
                let value = self
                    .get(member)
                    .and_then(|object| object.get(name).cloned());
                !matches!(value, None | Some(Value::Null))
            }
        }
    }
}

/// The view is a trait object, not a type parameter: one copy of the
/// decision in the wasm, whichever way the webhook was read.
pub struct Webhook<'v> {
    /// Stigg's `type`, such as `subscription.trial.ends_soon`.
    pub event_type: String,
    /// How the catalogue reads this type.
    pub reading: Reading,
    pub view: &'v dyn WebhookView,
}

/// The customer a webhook concerns, and where its id was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    pub id: String,
    pub at: CustomerIdAt,
}

impl Customer {
    /// The object that describes the customer, in the body as a tree: the
    /// body itself for customer events, the nested `customer` otherwise.
    pub fn described_in<'b>(&self, body: &'b Object) -> Option<&'b Object> {
        match self.at.described()?.member() {
            None => Some(body),
            Some(member) => body.get(member).and_then(Value::as_object),
        }
    }
}

impl<'v> Webhook<'v> {
    pub fn read(view: &'v dyn WebhookView) -> Result<Webhook<'v>, Error> {
        let event_type = match view.field(Field::Type) {
            None => {
                return Err(Error::validation(
                    "the body has no \"type\" field; every Stigg webhook names its type, such as \"subscription.created\"",
                ))
            }
            Some(Value::String(text)) if text.trim().is_empty() => {
                return Err(Error::validation("the \"type\" field is empty"))
            }
            Some(Value::String(text)) => text,
            Some(other) => {
                return Err(Error::validation(format!(
                    "the \"type\" field must be a string, but it is {}",
                    other.describe()
                )))
            }
        };
        Ok(Webhook {
            reading: Reading::of(&event_type),
            event_type,
            view,
        })
    }

    /// The type, quoted and escaped for messages and logs.
    pub fn quoted_type(&self) -> String {
        quoted(&self.event_type)
    }

    /// The customer this webhook concerns: the first usable id in the
    /// places the catalogue names for its type.
    pub fn customer(&self) -> Option<Customer> {
        self.reading
            .places()
            .find_map(|at| self.customer_id_at(at).map(|id| Customer { id, at }))
    }

    fn customer_id_at(&self, at: CustomerIdAt) -> Option<String> {
        if at == CustomerIdAt::SyncedEntity {
            let is_customer = matches!(
                self.view.field(Field::EntityType),
                Some(Value::String(kind)) if kind == "CUSTOMER"
            );
            if !is_customer {
                return None;
            }
        }
        self.view.field(at.field()).as_ref().and_then(id_text)
    }

    /// Stigg's own idempotency key, when it is a usable string.
    pub fn stigg_message_id(&self) -> Option<String> {
        match self.view.field(Field::MessageId) {
            Some(Value::String(id)) if !id.trim().is_empty() => Some(id),
            _ => None,
        }
    }

    /// Stigg's `timestamp`, when it is a valid ISO 8601 date and time.
    pub fn timestamp(&self) -> Option<String> {
        match self.view.field(Field::Timestamp) {
            Some(Value::String(text)) if crate::timestamp::is_iso8601(&text) => Some(text),
            _ => None,
        }
    }
}

/// A customer id as Segment's userId: strings as they are, integers as
/// their decimal text. Blank strings, floats and everything else count as
/// missing.
fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) if !text.trim().is_empty() => Some(text.clone()),
        Value::Number(text) => {
            // Numbers keep their source text, so integers of any size come
            // through exactly.
            let digits = text.strip_prefix('-').unwrap_or(text);
            let is_integer = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
            if !is_integer {
                return None;
            }
            if digits.bytes().all(|b| b == b'0') {
                // "-0" is the integer zero.
                return Some("0".to_owned());
            }
            Some(text.clone())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use serde_json::json;

    fn with_body<T>(body: &str, check: impl FnOnce(Result<Webhook<'_>, Error>) -> T) -> T {
        let document = Document::parse(body.as_bytes()).unwrap();
        check(Webhook::read(&document))
    }

    fn customer_id(body: serde_json::Value) -> Option<String> {
        with_body(&body.to_string(), |hook| {
            hook.unwrap().customer().map(|c| c.id)
        })
    }

    #[test]
    fn type_must_be_a_non_empty_string() {
        for (body, phrase) in [
            (json!({}), "no \"type\""),
            (json!({"type": ""}), "empty"),
            (json!({"type": "  "}), "empty"),
            (json!({"type": 3}), "a number"),
            (json!({"type": null}), "null"),
            (json!({"type": ["a"]}), "an array"),
        ] {
            let err = with_body(&body.to_string(), |hook| hook.err().expect("an error"));
            assert_eq!(err.kind, ErrorKind::ValidationError);
            assert!(err.message.contains(phrase), "{}", err.message);
            assert!(err.message.contains("type"), "{}", err.message);
        }
    }

    #[test]
    fn a_nested_customer_on_a_customer_event_is_found_and_described() {
        let body = json!({"type": "customer.payment_failed", "customer": {"id": "c-1", "name": "Acme", "email": null}});
        let text = body.to_string();
        with_body(&text, |hook| {
            let hook = hook.unwrap();
            let customer = hook.customer().unwrap();
            assert_eq!(customer.id, "c-1");
            assert_eq!(customer.at, CustomerIdAt::CustomerObject);
            let described = customer.at.described().unwrap();
            assert!(hook.view.has_trait(described, "name"));
            assert!(!hook.view.has_trait(described, "email"));
            assert!(!hook.view.has_trait(Described::Body, "name"));
        });
    }

    #[test]
    fn sync_failures_name_a_customer_only_for_customer_entities() {
        let body = |kind: &str| json!({"type": "sync.failed", "id": "c-9", "entityType": kind});
        assert_eq!(customer_id(body("CUSTOMER")).as_deref(), Some("c-9"));
        assert_eq!(customer_id(body("SUBSCRIPTION")), None);
        assert_eq!(
            customer_id(json!({"type": "sync.failed", "id": "c-9"})),
            None
        );
    }

    #[test]
    fn customer_events_use_the_top_level_id() {
        assert_eq!(
            customer_id(json!({"type": "customer.created", "id": "c-1"})).as_deref(),
            Some("c-1")
        );
    }

    #[test]
    fn other_events_ignore_the_top_level_id() {
        assert_eq!(
            customer_id(json!({"type": "subscription.created", "id": "sub-1"})),
            None
        );
        assert_eq!(
            customer_id(json!({"type": "plan.created", "id": "plan-1"})),
            None
        );
    }

    #[test]
    fn each_family_finds_its_customer() {
        for body in [
            json!({"type": "subscription.created", "id": "sub-1", "customer": {"id": "c-1"}}),
            json!({"type": "credits.granted", "customerId": "c-1"}),
            json!({"type": "subscription.create_failed", "input": {"customerId": "c-1"}}),
            json!({"type": "customer.updated", "id": "c-1", "customer": {"id": "other"}}),
        ] {
            assert_eq!(customer_id(body).as_deref(), Some("c-1"));
        }
    }

    #[test]
    fn the_first_usable_place_wins_in_order() {
        let body = json!({
            "type": "subscription.updated",
            "customer": {"id": ""},
            "customerId": null,
            "input": {"customerId": "c-3"},
        });
        assert_eq!(customer_id(body).as_deref(), Some("c-3"));
        let body = json!({"type": "x", "customer": {"id": "c-1"}, "customerId": "c-2"});
        assert_eq!(customer_id(body).as_deref(), Some("c-1"));
    }

    #[test]
    fn integer_ids_become_decimal_text_and_other_types_are_missing() {
        let id = |value: serde_json::Value| customer_id(json!({"type": "x", "customerId": value}));
        assert_eq!(id(json!(42)).as_deref(), Some("42"));
        assert_eq!(id(json!(-7)).as_deref(), Some("-7"));
        assert_eq!(id(json!(1.5)), None);
        assert_eq!(id(json!(true)), None);
        assert_eq!(id(json!({"id": "c"})), None);
        assert_eq!(id(json!(["c"])), None);
        assert_eq!(id(json!("")), None);
        assert_eq!(id(json!("   ")), None);
        assert_eq!(id(json!(null)), None);
        assert_eq!(id(json!(" c-1 ")).as_deref(), Some(" c-1 "));
    }

    #[test]
    fn huge_integer_ids_keep_every_digit_and_minus_zero_is_zero() {
        let id = |body: &str| with_body(body, |hook| hook.unwrap().customer().map(|c| c.id));
        assert_eq!(
            id(r#"{"type":"x","customerId":123456789012345678901234567890}"#).as_deref(),
            Some("123456789012345678901234567890")
        );
        assert_eq!(id(r#"{"type":"x","customerId":-0}"#).as_deref(), Some("0"));
        assert_eq!(id(r#"{"type":"x","customerId":1e3}"#), None);
    }

    #[test]
    fn duplicate_keys_resolve_to_the_last_value() {
        let body =
            r#"{"type":"a","customer":{"id":"first"},"type":"b","customer":{"id":"second"}}"#;
        with_body(body, |hook| {
            let hook = hook.unwrap();
            assert_eq!(hook.event_type, "b");
            assert_eq!(hook.customer().map(|c| c.id).as_deref(), Some("second"));
        });
    }

    #[test]
    fn timestamp_is_kept_only_when_valid() {
        let ts = |value: serde_json::Value| {
            with_body(
                &json!({"type": "x", "timestamp": value}).to_string(),
                |hook| hook.unwrap().timestamp(),
            )
        };
        assert_eq!(
            ts(json!("2024-03-01T10:00:00.000Z")).as_deref(),
            Some("2024-03-01T10:00:00.000Z")
        );
        assert_eq!(ts(json!("yesterday")), None);
        assert_eq!(ts(json!(1700000000)), None);
    }
}
