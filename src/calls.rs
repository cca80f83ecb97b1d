//! The Segment Spec calls a webhook becomes, and the result of a transform.

use serde::Serialize;
use serde_json::{Map, Value};

pub const INTEGRATION_NAME: &str = "stigg";
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CallType {
    Track,
    Identify,
}

impl CallType {
    pub fn name(self) -> &'static str {
        match self {
            CallType::Track => "track",
            CallType::Identify => "identify",
        }
    }
}

/// One Segment call. Serialized, it is exactly what the JS shim passes to
/// `Segment.track` or `Segment.identify` (minus `type`, which picks which).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Call {
    #[serde(rename = "type")]
    pub call_type: CallType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anonymous_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub properties: Option<Map<String, Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub traits: Option<Map<String, Value>>,
    pub message_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    pub context: Context,
}

impl Call {
    /// The free-form part of the call: what trimming may remove from.
    pub fn payload_mut(&mut self) -> Option<&mut Map<String, Value>> {
        match self.call_type {
            CallType::Track => self.properties.as_mut(),
            CallType::Identify => self.traits.as_mut(),
        }
    }

    /// The payload's field name, for paths such as `properties.addons`.
    pub fn payload_name(&self) -> &'static str {
        match self.call_type {
            CallType::Track => "properties",
            CallType::Identify => "traits",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Context {
    pub integration: Integration,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stigg: Option<StiggContext>,
}

impl Default for Context {
    fn default() -> Self {
        Context {
            integration: Integration {
                name: INTEGRATION_NAME,
                version: VERSION,
            },
            stigg: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Integration {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StiggContext {
    /// Paths removed to keep the call under Segment's size limit.
    pub trimmed: Vec<String>,
}

/// Why a webhook produced no call, when that is not an error.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skip {
    pub code: SkipCode,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipCode {
    /// No customer id, and onMissingCustomer is "drop".
    NoCustomer,
    /// Excluded by eventAllowlist or eventDenylist.
    Filtered,
}

/// What one webhook becomes: its calls, or why it has none.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub calls: Vec<Call>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<Skip>,
}

impl Outcome {
    pub fn skipped(code: SkipCode, reason: String) -> Outcome {
        Outcome {
            calls: Vec::new(),
            skipped: Some(Skip { code, reason }),
        }
    }

    pub fn to_json(&self) -> String {
        // Serializing plain structs and JSON values to a String cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}
