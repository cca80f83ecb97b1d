//! The one place the binary touches the library: the transform, the
//! settings table and the limits. A rename in the core changes this file only.

use std::path::Path;

use stigg_segment::json::{Object as CoreObject, Value as CoreValue};
use stigg_segment::settings::SETTINGS;

/// The delivery policy: endpoints, batch limits, backoff and what each of
/// Segment's answers means for each call, shared with the edge relay.
pub use stigg_segment::delivery;

/// Segment's limit on a function's request body, which `serve` applies to
/// webhooks and `send` to each webhook it reads.
pub const MAX_BODY_BYTES: usize = stigg_segment::json::MAX_BODY_BYTES;

/// The header Stigg sends the webhook secret in.
pub const SECRET_HEADER: &str = stigg_segment::SECRET_HEADER;

/// Unix milliseconds as `2024-03-01T10:00:00.000Z`: arrival times, each
/// batch's `sentAt`, log lines.
pub use stigg_segment::timestamp::format_unix_ms;

/// Text in double quotes, escaped as the core's messages quote text from
/// elsewhere (so that it can neither start a line nor drive a terminal),
/// whole: the log's text format.
pub use stigg_segment::json::push_quoted;

/// What a webhook says it is (Stigg's type and messageId), for a log line,
/// and when it arrived, for the calls Stigg gave no timestamp.
pub use stigg_segment::{Arrival, WebhookLabel};

const WEBHOOK_SECRET: &str = stigg_segment::settings::WEBHOOK_SECRET.name;
const MESSAGE_ID_NAMESPACE: &str = stigg_segment::settings::MESSAGE_ID_NAMESPACE.name;

/// One call, ready for a batch.
#[derive(Debug, Clone)]
pub struct ReadyCall {
    pub message_id: String,
    /// The Segment call as JSON, "type" included.
    pub json: String,
    /// A sync call's type and userId (`identify`, `customer-1`), as the
    /// core built it: what `sync`'s state file keys the call by. None for a
    /// webhook's call.
    pub type_and_user: Option<(&'static str, String)>,
}

/// What one webhook became.
#[derive(Debug)]
pub enum Transformed {
    Calls(Vec<ReadyCall>),
    /// Not an error: the settings say to send nothing (code, reason).
    Skipped(&'static str, String),
    /// The core refused the webhook: Segment's error class and the reason.
    Rejected(&'static str, String),
}

impl Transformed {
    /// Whether the refusal is one the Segment function answers with a 4xx.
    pub fn is_client_error(kind: &str) -> bool {
        matches!(
            kind,
            "InvalidEventPayload" | "ValidationError" | "EventNotSupported"
        )
    }
}

/// Settings as given (file, then environment), kept as JSON so each target
/// can add its own namespace.
#[derive(Debug, Clone)]
pub struct SettingsSource {
    raw: CoreObject,
}

/// Settings ready for the transform.
pub struct Settings(stigg_segment::Settings);

/// The variable naming a JSON file of settings (`--settings`).
pub const SETTINGS_FILE_VARIABLE: &str = stigg_segment::settings::SETTINGS_FILE_VARIABLE;

/// The variable the webhook secret is read from, by the core's rule.
pub fn secret_variable() -> String {
    stigg_segment::settings::env_variable(WEBHOOK_SECRET)
}

/// Checks the names of the environment's variables by the core's rule: an
/// unknown one with the settings' prefix is an error naming the closest;
/// `also_known` are the binary's own. Returns a warning for each old name
/// set without the prefix, which is not read.
pub fn check_environment<'a>(
    names: impl IntoIterator<Item = &'a str>,
    also_known: &[&str],
) -> Result<Vec<String>, String> {
    stigg_segment::settings::check_env_names(names, also_known).map_err(|err| err.message)
}

/// A settings file, as the core's JSON reader names it in its errors.
const SETTINGS_FILE: stigg_segment::json::Source = stigg_segment::json::Source {
    name: "settings file",
    should_be: "it holds one JSON object of settings",
    max_bytes: 1024 * 1024,
    limited_by: "stigg-segment reads",
    max_shown: "1 MiB",
};

impl SettingsSource {
    /// Reads the settings file, if any, then one environment variable per
    /// setting (which wins), named and typed by the core's rule.
    pub fn load(
        file: Option<&Path>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<SettingsSource, String> {
        let mut raw = match file {
            None => CoreObject::new(),
            Some(path) => {
                let text = std::fs::read(path).map_err(|err| {
                    format!("cannot read settings file {}: {err}", path.display())
                })?;
                match stigg_segment::json::parse_value_within(&text, &SETTINGS_FILE) {
                    Ok(CoreValue::Object(map)) => map,
                    Ok(other) => {
                        return Err(format!(
                            "{}: the settings file must hold one JSON object of settings, but it holds {}",
                            path.display(),
                            other.describe()
                        ))
                    }
                    Err(err) => return Err(format!("{}: {}", path.display(), err.message)),
                }
            }
        };
        // Each setting's variable, read and typed by the core's rule; the
        // names of the whole environment are checked once, in main.
        let vars: Vec<(String, CoreValue)> = SETTINGS
            .iter()
            .filter_map(|spec| {
                let variable = spec.env_variable();
                env(&variable).map(|text| (variable, CoreValue::String(text)))
            })
            .collect();
        let read =
            stigg_segment::settings::settings_from_env(&vars, &[]).map_err(|err| err.message)?;
        for (name, value) in read.settings.iter() {
            raw.insert(name, value.clone());
        }
        let source = SettingsSource { raw };
        source.settings(None)?; // fail early, with the core's message
        Ok(source)
    }

    /// The settings, with the namespace replaced when one is given.
    pub fn settings(&self, namespace: Option<&str>) -> Result<Settings, String> {
        let mut raw = self.raw.clone();
        if let Some(namespace) = namespace {
            raw.insert(
                MESSAGE_ID_NAMESPACE,
                CoreValue::String(namespace.to_owned()),
            );
        }
        stigg_segment::Settings::from_json(&CoreValue::Object(raw))
            .map(Settings)
            .map_err(|err| err.to_string())
    }

    /// Webhooks read from files were not sent by Stigg to us; there is no
    /// header to check, so `send` drops the secret.
    pub fn without_secret(mut self) -> SettingsSource {
        self.raw.remove(WEBHOOK_SECRET);
        self
    }

    pub fn has_secret(&self) -> bool {
        matches!(self.raw.get(WEBHOOK_SECRET), Some(CoreValue::String(s)) if !s.is_empty())
    }
}

/// The request's `Stigg-Webhooks-Secret` was missing or wrong: a relay
/// answers 401. `class` is the Segment error class the function reports it
/// as.
#[derive(Debug)]
pub struct WrongSecret {
    pub class: &'static str,
    pub message: String,
}

impl WrongSecret {
    /// As any other refusal, for a host that answers them alike.
    pub fn rejected(self) -> Transformed {
        Transformed::Rejected(self.class, self.message)
    }
}

/// What a relay made of one webhook, read once for all of it.
pub struct Received {
    /// What the webhook says it is, once its secret passed.
    pub label: WebhookLabel,
    /// The arrival time the calls without Stigg's valid timestamp took:
    /// `None` when there was none, or it is not a date-time the core
    /// accepts.
    pub received_at: Option<String>,
    /// What the webhook became; a missing or wrong secret told apart.
    pub transformed: Result<Transformed, WrongSecret>,
}

/// Runs the core on one webhook. `secret_header` is what the request
/// carried; `arrival`, when the host knows when the webhook arrived (or the
/// field that says): a call without Stigg's valid timestamp takes it (the
/// core's rule).
pub fn transform_received(
    body: &[u8],
    secret_header: Option<&str>,
    settings: &Settings,
    arrival: Arrival,
) -> Received {
    let mut headers = stigg_segment::Headers::new();
    if let Some(secret) = secret_header {
        headers = headers.with(SECRET_HEADER, secret);
    }
    let received = stigg_segment::transform_received(body, &headers, &settings.0, arrival);
    let transformed = match received.outcome {
        Err(refused) if refused.refusal == stigg_segment::Refusal::Secret => Err(WrongSecret {
            class: refused.error.kind.name(),
            message: refused.error.message,
        }),
        Err(refused) => Ok(Transformed::Rejected(
            refused.error.kind.name(),
            refused.error.message,
        )),
        Ok(outcome) => Ok(match outcome.skipped {
            Some(skip) => Transformed::Skipped(skip.code.name(), skip.reason),
            None => Transformed::Calls(
                outcome
                    .calls
                    .iter()
                    .map(|call| ReadyCall {
                        message_id: call.message_id().to_owned(),
                        json: compact(call.to_json()),
                        type_and_user: None,
                    })
                    .collect(),
            ),
        }),
    };
    Received {
        label: received.label,
        received_at: received.received_at,
        transformed,
    }
}

/// The paths the sync pages through, the most bytes a page may have, the
/// API's URL and key (and their checks), and what each of its answers
/// means.
pub use stigg_segment::stigg::api::{
    api_key as stigg_api_key, base_url as stigg_api_url, page_decision, Answer as StiggAnswer,
    Asked, PageDecision, API_KEY_HEADER as STIGG_API_KEY_HEADER,
    API_KEY_VARIABLE as STIGG_API_KEY_VARIABLE, CUSTOMERS_PATH, DEFAULT_URL as STIGG_API_URL,
    MAX_PAGE_BYTES, PLANS_PATH, SUBSCRIPTIONS_PATH,
};

/// The query of one page of a Stigg list endpoint: the API's largest page,
/// then the cursor.
pub fn page_query(path: &str, after: Option<&str>) -> String {
    use stigg_segment::stigg::api;
    api::page_query(path, api::MAX_PAGE_SIZE, after, None)
}

/// One record of a Stigg list endpoint.
pub struct Record(stigg_segment::json::Object);

/// One page of a Stigg list endpoint.
pub struct Page {
    pub records: Vec<Record>,
    pub next: Option<String>,
}

/// Reads a page; the error names the field that does not parse.
pub fn read_page(body: &[u8]) -> Result<Page, String> {
    let page = stigg_segment::stigg::api::read_page(body).map_err(|err| err.message)?;
    Ok(Page {
        records: page.data.into_iter().map(Record).collect(),
        next: page.next,
    })
}

impl Record {
    /// The record as compact JSON, to keep it on disk until its customer comes.
    pub fn to_text(&self) -> String {
        stigg_segment::json::to_text(&stigg_segment::json::Value::Object(self.0.clone()))
    }

    /// A customer record's id, when it is a string.
    pub fn customer_id(&self) -> Option<&str> {
        self.0
            .get("id")
            .and_then(stigg_segment::json::Value::as_str)
    }

    /// The customer a subscription record belongs to.
    pub fn subscription_customer_id(&self) -> Result<&str, String> {
        stigg_segment::stigg::api::subscription_customer_id(&self.0).map_err(|err| err.message)
    }
}

/// The plans by id, for the subscriptions' plan names.
#[derive(Default)]
pub struct Plans(stigg_segment::stigg::api::Plans);

impl Plans {
    pub fn add(&mut self, record: &Record) -> Result<(), String> {
        self.0.add(&record.0).map_err(|err| err.message)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

/// Runs the core's sync rule on one customer record, with its
/// subscriptions' records as kept (JSON text).
pub fn sync_customer(
    customer: Record,
    subscriptions: &[String],
    plans: &Plans,
    settings: &Settings,
) -> Transformed {
    let mut records = Vec::with_capacity(subscriptions.len());
    for text in subscriptions {
        match stigg_segment::json::parse_value(text.as_bytes()) {
            Ok(value) => records.push(value),
            Err(err) => return Transformed::Rejected(err.kind.name(), err.message),
        }
    }
    let customer = stigg_segment::json::Value::Object(customer.0);
    match stigg_segment::sync::customer_calls_from_values(customer, records, &plans.0, &settings.0)
    {
        Err(err) => Transformed::Rejected(err.kind.name(), err.message),
        Ok(synced) => match synced.skipped {
            Some((code, reason)) => Transformed::Skipped(code.name(), reason),
            None => Transformed::Calls(
                synced
                    .calls
                    .iter()
                    .map(|call| ReadyCall {
                        message_id: call.message_id().to_owned(),
                        json: call.to_json(),
                        type_and_user: call
                            .envelope
                            .user_id
                            .clone()
                            .map(|user| (call.call_type().name(), user)),
                    })
                    .collect(),
            ),
        },
    }
}

/// The core passes the webhook's own text through, whitespace and all. Over
/// HTTP every byte counts against Segment's limits, and a dry run prints one
/// call a line, so whitespace outside strings goes.
fn compact(json: String) -> String {
    let has_space = |b: &u8| matches!(b, b' ' | b'\n' | b'\r' | b'\t');
    if !json.as_bytes().iter().any(has_space) {
        return json;
    }
    let mut out = Vec::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for &byte in json.as_bytes() {
        if in_string {
            out.push(byte);
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
        } else if byte == b'"' {
            in_string = true;
            out.push(byte);
        } else if !has_space(&byte) {
            out.push(byte);
        }
    }
    // Only ASCII whitespace outside strings was removed.
    String::from_utf8(out).unwrap_or(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_outside_strings_is_removed() {
        assert_eq!(
            compact("{\"a\": [1, \"x y\\\" z\"],\n \"b\":\t{}}".to_owned()),
            "{\"a\":[1,\"x y\\\" z\"],\"b\":{}}"
        );
        assert_eq!(compact("{\"a\":\"é\"}".to_owned()), "{\"a\":\"é\"}");
    }

    #[test]
    fn environment_variables_are_typed_by_the_table() {
        let env = |name: &str| match name {
            "STIGG_SEGMENT_EVENT_ALLOWLIST" => Some("a.*, b.*,".to_owned()),
            "STIGG_SEGMENT_IDENTIFY_CUSTOMERS" => Some("false".to_owned()),
            "STIGG_SEGMENT_EVENT_NAME_STYLE" => Some("original".to_owned()),
            "EVENT_DENYLIST" => Some("c.*".to_owned()),
            _ => None,
        };
        let source = SettingsSource::load(None, env).unwrap();
        let setting = |name: &str| stigg_segment::json::to_text(source.raw.get(name).unwrap());
        assert_eq!(setting("eventAllowlist"), r#"["a.*","b.*"]"#);
        assert_eq!(setting("identifyCustomers"), "false");
        assert_eq!(setting("eventNameStyle"), r#""original""#);
        assert!(
            !source.raw.contains_key("eventDenylist"),
            "a name without the prefix is not read"
        );
        let bad = SettingsSource::load(None, |name: &str| {
            (name == "STIGG_SEGMENT_IDENTIFY_CUSTOMERS").then(|| "no".to_owned())
        });
        assert!(bad
            .unwrap_err()
            .contains("STIGG_SEGMENT_IDENTIFY_CUSTOMERS must be true or false"));
        let bad = SettingsSource::load(None, |name: &str| {
            (name == "STIGG_SEGMENT_EVENT_NAME_STYLE").then(|| "camel".to_owned())
        });
        assert!(bad.unwrap_err().contains("eventNameStyle"));
    }

    #[test]
    fn the_environment_is_checked_by_the_core() {
        let err = check_environment(["PATH", "STIGG_SEGMENT_GROUPCALLS"], &[]).unwrap_err();
        assert!(
            err.contains("did you mean STIGG_SEGMENT_GROUP_CALLS?"),
            "{err}"
        );
        assert_eq!(
            check_environment(["GROUP_CALLS", "STIGG_SEGMENT_OWN"], &["STIGG_SEGMENT_OWN"])
                .unwrap(),
            ["GROUP_CALLS is not read: rename it STIGG_SEGMENT_GROUP_CALLS"]
        );
    }
}
