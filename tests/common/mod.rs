//! Every Stigg fixture with its golden outcome, embedded so the same list
//! runs natively and in wasm (which has no filesystem). build.rs lists the
//! fixtures folder, so a new fixture file needs no edit here.

#![allow(dead_code)] // each test crate uses a part of it

macro_rules! fixtures {
    ($($name:literal),* $(,)?) => {
        pub const FIXTURES: &[Fixture] = &[$(Fixture {
            name: $name,
            body: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/stigg/", $name, ".json")),
            expected: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/expected/", $name, ".json")),
        }),*];
    };
}

pub struct Fixture {
    /// The file name: the Stigg type, then `@shape` when Stigg documents
    /// more than one shape for it (`credit_balance.low@legacy`).
    pub name: &'static str,
    pub body: &'static str,
    /// The outcome with default settings: `{"calls": [...], "skipped"?: {...}}`.
    pub expected: &'static str,
}

// The list of names, one per file in tests/fixtures/stigg, made by build.rs.
include!(concat!(env!("OUT_DIR"), "/fixtures.rs"));

impl Fixture {
    /// The Stigg type the fixture is a body of.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // the wasm tests do not use it
    pub fn event_type(&self) -> &'static str {
        self.name.split('@').next().unwrap_or(self.name)
    }
}

/// The version in the goldens' `context.integration.version`: a version
/// bump must not rewrite every golden.
pub const VERSION_PLACEHOLDER: &str = "(crate version)";

/// The outcome with each call's crate version replaced by the placeholder.
pub fn without_version(mut outcome: serde_json::Value) -> serde_json::Value {
    if let Some(calls) = outcome["calls"].as_array_mut() {
        for call in calls {
            let version = &mut call["context"]["integration"]["version"];
            if version == env!("CARGO_PKG_VERSION") {
                *version = VERSION_PLACEHOLDER.into();
            }
        }
    }
    outcome
}
