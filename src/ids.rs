//! Deterministic ids, so Stigg's retries of one delivery become the same
//! Segment messageIds and Segment's deduplication drops the repeats.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// Segment rejects messageIds longer than this.
pub const MAX_MESSAGE_ID_CHARS: usize = 100;

/// The longest call suffix we append ("-identify").
const LONGEST_SUFFIX: usize = "-identify".len();
const PREFIX: &str = "stigg-";

/// What identifies one delivery: Stigg's messageId, or a hash of the body
/// with its keys sorted when Stigg sent none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryKey(String);

impl DeliveryKey {
    pub fn new(stigg_message_id: Option<&str>, body: &Map<String, Value>) -> DeliveryKey {
        let longest_kept = MAX_MESSAGE_ID_CHARS - PREFIX.len() - LONGEST_SUFFIX;
        match stigg_message_id {
            // Stigg's ids are UUIDs; keep them readable so a Segment event
            // can be traced back to Stigg's delivery log.
            Some(id) if id.chars().count() <= longest_kept && id.chars().all(is_plain) => {
                DeliveryKey(id.to_owned())
            }
            Some(id) => DeliveryKey(format!("h{}", hex_digest(id.as_bytes()))),
            None => {
                // serde_json's map is a BTreeMap, so this text has every
                // object's keys sorted, whatever order they arrived in.
                let canonical = serde_json::to_vec(body).unwrap_or_default();
                DeliveryKey(format!("body-{}", hex_digest(&canonical)))
            }
        }
    }

    /// The messageId of one call made from this delivery.
    pub fn message_id(&self, call_type: &str) -> String {
        format!("{PREFIX}{}-{call_type}", self.0)
    }

    /// A stable anonymousId for a webhook that names no customer.
    pub fn anonymous_id(&self) -> String {
        format!("{PREFIX}anonymous-{}", hex_digest(self.0.as_bytes()))
    }
}

/// Printable ASCII without spaces: safe in any tool that shows a messageId.
fn is_plain(c: char) -> bool {
    c.is_ascii_graphic()
}

/// The first 128 bits of SHA-256 as hex: enough to never collide across
/// every workspace Segment deduplicates over.
fn hex_digest(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(32);
    for byte in &digest[..16] {
        hex.push(char::from_digit(u32::from(byte >> 4), 16).unwrap_or('0'));
        hex.push(char::from_digit(u32::from(byte & 0xF), 16).unwrap_or('0'));
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn stigg_message_ids_are_carried() {
        let key = DeliveryKey::new(Some("6f1c2a8e-1b2c-4d5e-8f90-123456789abc"), &Map::new());
        assert_eq!(
            key.message_id("track"),
            "stigg-6f1c2a8e-1b2c-4d5e-8f90-123456789abc-track"
        );
        assert_ne!(key.message_id("track"), key.message_id("identify"));
    }

    #[test]
    fn long_or_odd_message_ids_are_hashed_within_the_limit() {
        let long = "x".repeat(500);
        for id in [long.as_str(), "has spaces", "ünïcode"] {
            let key = DeliveryKey::new(Some(id), &Map::new());
            let message_id = key.message_id("identify");
            assert!(message_id.len() <= MAX_MESSAGE_ID_CHARS, "{message_id}");
            assert_eq!(
                message_id,
                DeliveryKey::new(Some(id), &Map::new()).message_id("identify")
            );
        }
        let longest = "y".repeat(MAX_MESSAGE_ID_CHARS - PREFIX.len() - LONGEST_SUFFIX);
        let message_id = DeliveryKey::new(Some(&longest), &Map::new()).message_id("identify");
        assert_eq!(message_id.len(), MAX_MESSAGE_ID_CHARS);
        assert!(message_id.contains(&longest));
    }

    #[test]
    fn body_hashes_ignore_key_order_but_not_content() {
        let a = crate::json::parse_object(br#"{"type":"x","b":{"d":1,"c":2},"a":[1,2]}"#).unwrap();
        let b = crate::json::parse_object(br#"{"a":[1,2],"b":{"c":2,"d":1},"type":"x"}"#).unwrap();
        let c = map(json!({"type": "x", "b": {"d": 1, "c": 3}, "a": [1, 2]}));
        assert_eq!(DeliveryKey::new(None, &a), DeliveryKey::new(None, &b));
        assert_ne!(DeliveryKey::new(None, &a), DeliveryKey::new(None, &c));
        assert!(DeliveryKey::new(None, &a)
            .message_id("track")
            .starts_with("stigg-body-"));
    }

    #[test]
    fn anonymous_ids_are_stable_per_delivery() {
        let one = DeliveryKey::new(Some("m-1"), &Map::new());
        let two = DeliveryKey::new(Some("m-2"), &Map::new());
        assert_eq!(
            one.anonymous_id(),
            DeliveryKey::new(Some("m-1"), &Map::new()).anonymous_id()
        );
        assert_ne!(one.anonymous_id(), two.anonymous_id());
    }
}
