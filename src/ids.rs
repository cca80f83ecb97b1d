//! Deterministic ids, so Stigg's retries of one delivery become the same
//! Segment messageIds and Segment's deduplication drops the repeats.

use sha2::{Digest, Sha256};

use crate::json::{write_canonical_object, Object, Sink};

/// Segment rejects messageIds longer than this.
pub const MAX_MESSAGE_ID_CHARS: usize = 100;

/// The longest call suffix we append ("-identify").
const LONGEST_SUFFIX: usize = "-identify".len();
const PREFIX: &str = "stigg-";

/// A namespace longer than this is replaced by a hash of it in messageIds.
pub const LONGEST_KEPT_NAMESPACE: usize = 24;

/// What identifies one delivery: Stigg's messageId, or a hash of the body
/// with its keys sorted when Stigg sent none; and the messageIdNamespace it
/// is delivered under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryKey {
    key: String,
    /// Empty, or the namespace as it appears in messageIds (hashed if long).
    namespace: String,
}

impl DeliveryKey {
    /// Stigg's messageId: kept readable when it is short and plain, so a
    /// Segment event can be traced back to Stigg's delivery log; hashed
    /// otherwise, to respect Segment's length limit.
    pub fn from_stigg_message_id(id: &str) -> DeliveryKey {
        let longest_kept = MAX_MESSAGE_ID_CHARS - PREFIX.len() - LONGEST_SUFFIX;
        // Plain: printable ASCII without spaces, safe in any tool that shows
        // a messageId; so its length in bytes is its length in characters.
        if id.len() <= longest_kept && id.bytes().all(|byte| byte.is_ascii_graphic()) {
            DeliveryKey::plain(id.to_owned())
        } else {
            DeliveryKey::plain(format!("h{}", hex_digest(id.as_bytes())))
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
        DeliveryKey::plain(format!("body-{}", hex_of(&hasher.0.finalize())))
    }

    fn plain(key: String) -> DeliveryKey {
        DeliveryKey {
            key,
            namespace: String::new(),
        }
    }

    /// The same delivery to the destination the namespace names: its
    /// messageIds differ from every other namespace's, so Segment, which
    /// deduplicates across all workspaces, keeps one message per destination.
    /// The namespace is validated by the settings (see
    /// `settings::MESSAGE_ID_NAMESPACE`); a long one is hashed.
    pub fn in_namespace(self, namespace: &str) -> DeliveryKey {
        let namespace = if namespace.chars().count() <= LONGEST_KEPT_NAMESPACE {
            namespace.to_owned()
        } else {
            format!("h{}", &hex_digest(namespace.as_bytes())[..16])
        };
        DeliveryKey { namespace, ..self }
    }

    /// The messageId of one call made from this delivery:
    /// `stigg-<key>-<call>`, or `stigg-<namespace>-<key>-<call>`.
    pub fn message_id(&self, call_type: &str) -> String {
        // Joined by hand: this runs for every call, and `format!` costs
        // several times as much in wasm.
        let join = |parts: &[&str]| {
            let mut id = String::with_capacity(parts.iter().map(|part| part.len()).sum());
            parts.iter().for_each(|part| id.push_str(part));
            id
        };
        if self.namespace.is_empty() {
            return join(&[PREFIX, &self.key, "-", call_type]);
        }
        let room = MAX_MESSAGE_ID_CHARS - PREFIX.len() - self.namespace.len() - 1 - LONGEST_SUFFIX;
        if self.key.chars().count() <= room {
            join(&[PREFIX, &self.namespace, "-", &self.key, "-", call_type])
        } else {
            let key = hex_digest(self.key.as_bytes());
            join(&[PREFIX, &self.namespace, "-h", &key, "-", call_type])
        }
    }

    /// A stable anonymousId for a webhook that names no customer. The same
    /// in every namespace: it names the anonymous subject, not the message.
    pub fn anonymous_id(&self) -> String {
        format!("{PREFIX}anonymous-{}", hex_digest(self.key.as_bytes()))
    }
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

// After the code the Segment script's wasm holds, so its panic locations
// stay where they are; compiled into wasm only with `api-sync`.
#[cfg(any(not(target_arch = "wasm32"), feature = "api-sync"))]
impl DeliveryKey {
    /// For a call built from Stigg's API rather than a webhook (see
    /// `crate::sync`): a hash of what the call says, keys sorted, so the
    /// same state gives the same key on every run.
    pub fn from_state(state: &Object) -> DeliveryKey {
        let mut hasher = Hashing(Sha256::new());
        write_canonical_object(&mut hasher, state);
        DeliveryKey::plain(format!("sync-{}", hex_of(&hasher.0.finalize())))
    }
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
            DeliveryKey::plain(format!("body-{}", hex_digest(canonical.as_bytes())))
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

    #[test]
    fn namespaces_separate_destinations_and_keep_one_id_per_destination() {
        let uuid = "6f1c2a8e-1b2c-4d5e-8f90-123456789abc";
        let key = || DeliveryKey::from_stigg_message_id(uuid);
        let eu = key().in_namespace("eu_prod").message_id("track");
        assert_eq!(eu, format!("stigg-eu_prod-{uuid}-track"));
        assert_eq!(eu, key().in_namespace("eu_prod").message_id("track"));
        assert_ne!(eu, key().in_namespace("us_prod").message_id("track"));
        assert_ne!(eu, key().message_id("track"));
        assert_eq!(
            key().in_namespace("").message_id("track"),
            key().message_id("track")
        );
        assert_eq!(
            key().in_namespace("eu_prod").anonymous_id(),
            key().anonymous_id()
        );
    }

    #[test]
    fn namespaced_ids_stay_within_the_limit() {
        let longest_plain = "y".repeat(MAX_MESSAGE_ID_CHARS - PREFIX.len() - LONGEST_SUFFIX);
        let long_namespace = "n".repeat(300);
        for id in [longest_plain.as_str(), "short", "ünïcode"] {
            for namespace in [
                "a",
                "n".repeat(LONGEST_KEPT_NAMESPACE).as_str(),
                &long_namespace,
            ] {
                let message_id = DeliveryKey::from_stigg_message_id(id)
                    .in_namespace(namespace)
                    .message_id("identify");
                assert!(
                    message_id.chars().count() <= MAX_MESSAGE_ID_CHARS,
                    "{message_id}"
                );
            }
        }
        // A long namespace is hashed, and different long namespaces differ.
        let other_long = format!("{long_namespace}x");
        let id = |ns: &str| {
            DeliveryKey::from_stigg_message_id("m")
                .in_namespace(ns)
                .message_id("track")
        };
        assert!(!id(&long_namespace).contains(&long_namespace[..LONGEST_KEPT_NAMESPACE + 1]));
        assert_ne!(id(&long_namespace), id(&other_long));
        // A key that no longer fits beside the namespace is hashed, still distinct.
        let a = DeliveryKey::from_stigg_message_id(&longest_plain)
            .in_namespace("ns")
            .message_id("track");
        let b = DeliveryKey::from_stigg_message_id(&format!("{}z", &longest_plain[1..]))
            .in_namespace("ns")
            .message_id("track");
        assert_ne!(a, b);
        assert!(a.starts_with("stigg-ns-h"), "{a}");
    }
}
