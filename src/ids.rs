//! Deterministic ids, so Stigg's retries of one delivery become the same
//! Segment messageIds and Segment's deduplication drops the repeats.

use sha2::{Digest, Sha256};

use crate::json::{write_canonical_object, Object, Sink};

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
    /// Stigg's messageId: kept readable when it is short and plain, so a
    /// Segment event can be traced back to Stigg's delivery log; hashed
    /// otherwise, to respect Segment's length limit.
    pub fn from_stigg_message_id(id: &str) -> DeliveryKey {
        let longest_kept = MAX_MESSAGE_ID_CHARS - PREFIX.len() - LONGEST_SUFFIX;
        if id.chars().count() <= longest_kept && id.chars().all(is_plain) {
            DeliveryKey(id.to_owned())
        } else {
            DeliveryKey(format!("h{}", hex_digest(id.as_bytes())))
        }
    }

    /// For a webhook without a messageId: a hash of the body with every
    /// object's keys sorted, so the same delivery gives the same key in
    /// whatever order its keys arrive (deployed Segment functions see them
    /// sorted).
    pub fn from_body(body: &Object) -> DeliveryKey {
        // The canonical text goes straight into the hash, never into a
        // buffer as large as the body.
        let mut hasher = Hashing(Sha256::new());
        write_canonical_object(&mut hasher, body);
        DeliveryKey(format!("body-{}", hex_of(&hasher.0.finalize())))
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

/// A sink that hashes what is written.
struct Hashing(Sha256);

impl Sink for Hashing {
    fn push_str(&mut self, text: &str) {
        self.0.update(text.as_bytes());
    }
}

/// The first 128 bits of SHA-256 as hex: enough to never collide across
/// every workspace Segment deduplicates over.
fn hex_digest(bytes: &[u8]) -> String {
    hex_of(&Sha256::digest(bytes))
}

fn hex_of(digest: &[u8]) -> String {
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
    use crate::json::parse_value;

    fn object(text: &str) -> Object {
        parse_value(text.as_bytes())
            .unwrap()
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn stigg_message_ids_are_carried() {
        let key = DeliveryKey::from_stigg_message_id("6f1c2a8e-1b2c-4d5e-8f90-123456789abc");
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
            let message_id = DeliveryKey::from_stigg_message_id(id).message_id("identify");
            assert!(message_id.len() <= MAX_MESSAGE_ID_CHARS, "{message_id}");
            assert_eq!(
                message_id,
                DeliveryKey::from_stigg_message_id(id).message_id("identify")
            );
        }
        let longest = "y".repeat(MAX_MESSAGE_ID_CHARS - PREFIX.len() - LONGEST_SUFFIX);
        let message_id = DeliveryKey::from_stigg_message_id(&longest).message_id("identify");
        assert_eq!(message_id.len(), MAX_MESSAGE_ID_CHARS);
        assert!(message_id.contains(&longest));
    }

    #[test]
    fn body_hashes_ignore_key_order_but_not_content() {
        let a = object(r#"{"type":"x","b":{"d":1,"c":2},"a":[1,2]}"#);
        let b = object(r#"{"a":[1,2],"b":{"c":2,"d":1},"type":"x"}"#);
        let c = object(r#"{"type":"x","b":{"d":1,"c":3},"a":[1,2]}"#);
        assert_eq!(DeliveryKey::from_body(&a), DeliveryKey::from_body(&b));
        assert_ne!(DeliveryKey::from_body(&a), DeliveryKey::from_body(&c));
        assert!(DeliveryKey::from_body(&a)
            .message_id("track")
            .starts_with("stigg-body-"));
    }

    #[test]
    fn body_hashes_are_the_hash_of_the_canonical_text() {
        // The hash is fed piece by piece; it must equal hashing the text
        // whole, so message ids stay what earlier versions made them.
        let body = object(r#"{"type":"x","b":{"d":1e20,"c":"\n"},"a":[1,2]}"#);
        let mut canonical = String::new();
        write_canonical_object(&mut canonical, &body);
        assert_eq!(
            DeliveryKey::from_body(&body),
            DeliveryKey(format!("body-{}", hex_digest(canonical.as_bytes())))
        );
    }

    #[test]
    fn anonymous_ids_are_stable_per_delivery() {
        let one = DeliveryKey::from_stigg_message_id("m-1");
        let two = DeliveryKey::from_stigg_message_id("m-2");
        assert_eq!(
            one.anonymous_id(),
            DeliveryKey::from_stigg_message_id("m-1").anonymous_id()
        );
        assert_ne!(one.anonymous_id(), two.anonymous_id());
    }
}
