//! The function's settings: one table (`SETTINGS`) names each setting, its
//! Segment type, default and description. Parsing, the playground's form, the
//! README table and the Segment deploy schema all read this table.

use crate::error::Error;
use crate::json::{quoted, Object, Value};

/// Segment's types for function settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingType {
    String,
    Boolean,
    Array,
}

impl SettingType {
    /// The name Segment's editor and Public API use.
    pub fn name(self) -> &'static str {
        match self {
            SettingType::String => "STRING",
            SettingType::Boolean => "BOOLEAN",
            SettingType::Array => "ARRAY",
        }
    }
}

/// A setting's default, in the shape Segment stores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultValue {
    Text(&'static str),
    Flag(bool),
    EmptyList,
}

impl DefaultValue {
    pub fn to_json(self) -> Value {
        match self {
            DefaultValue::Text(text) => Value::String(text.to_owned()),
            DefaultValue::Flag(flag) => Value::Bool(flag),
            DefaultValue::EmptyList => Value::Array(Vec::new()),
        }
    }
}

/// One setting as the user creates it in Segment's function editor.
#[derive(Debug, Clone, Copy)]
pub struct SettingSpec {
    pub name: &'static str,
    pub label: &'static str,
    pub setting_type: SettingType,
    pub default: DefaultValue,
    /// For string settings that take one of a few values.
    pub choices: &'static [&'static str],
    pub sensitive: bool,
    pub description: &'static str,
}

/// What reading a setting needs of its [`SettingSpec`]. Parsing reads only
/// these, as constants, so the labels and descriptions (kilobytes of text,
/// for the schema export) stay out of the Segment script's wasm.
#[derive(Debug, Clone, Copy)]
struct Rule {
    name: &'static str,
    default: DefaultValue,
    choices: &'static [&'static str],
}

impl SettingSpec {
    const fn rule(&self) -> Rule {
        Rule {
            name: self.name,
            default: self.default,
            choices: self.choices,
        }
    }
}

pub const WEBHOOK_SECRET: SettingSpec = SettingSpec {
    name: crate::secret::SECRET_SETTING,
    label: "Stigg webhook secret",
    setting_type: SettingType::String,
    default: DefaultValue::Text(""),
    choices: &[],
    sensitive: true,
    description: "The secret Stigg shows for this webhook. When set, every request must carry it in \
        the Stigg-Webhooks-Secret header. Default: empty, which checks nothing, so anyone who knows \
        the function's URL can send events.",
};

pub const EVENT_NAME_STYLE: SettingSpec = SettingSpec {
    name: "eventNameStyle",
    label: "Event name style",
    setting_type: SettingType::String,
    default: DefaultValue::Text("snake_case"),
    choices: &["snake_case", "Object Action", "original", "Segment Spec"],
    sensitive: false,
    description: "How a Stigg type becomes the track event name: \"snake_case\" \
        (subscription_trial_ends_soon, as Stigg's example function does), \"Object Action\" \
        (Subscription Trial Ends Soon), \"original\" (subscription.trial.ends_soon) or \
        \"Segment Spec\" (the B2B SaaS Spec's Trial Started, Trial Ended, Account Created and \
        Account Deleted, with the Spec's properties added beside Stigg's; Object Action for the \
        rest). Default: snake_case.",
};

pub const ON_MISSING_CUSTOMER: SettingSpec = SettingSpec {
    name: "onMissingCustomer",
    label: "Webhooks without a customer",
    setting_type: SettingType::String,
    default: DefaultValue::Text("drop"),
    choices: &["drop", "error", "anonymous"],
    sensitive: false,
    description: "What to do with a webhook that names no customer (plan, add-on, feature, \
        product, coupon and sync events): \"drop\" skips it, \"error\" rejects it with \
        EventNotSupported, \"anonymous\" sends it with an anonymousId derived from Stigg's \
        messageId. Default: drop.",
};

pub const EVENT_ALLOWLIST: SettingSpec = SettingSpec {
    name: "eventAllowlist",
    label: "Only these Stigg event types",
    setting_type: SettingType::Array,
    default: DefaultValue::EmptyList,
    choices: &[],
    sensitive: false,
    description: "Stigg types to send, with * as a wildcard (subscription.*). Other types are \
        skipped. Default: empty, which sends every type.",
};

pub const EVENT_DENYLIST: SettingSpec = SettingSpec {
    name: "eventDenylist",
    label: "Never these Stigg event types",
    setting_type: SettingType::Array,
    default: DefaultValue::EmptyList,
    choices: &[],
    sensitive: false,
    description: "Stigg types to skip, with * as a wildcard (measurement.*). Applied after the \
        allowlist. Default: empty.",
};

pub const REDACT_PROPERTIES: SettingSpec = SettingSpec {
    name: "redactProperties",
    label: "Properties to remove",
    setting_type: SettingType::Array,
    default: DefaultValue::EmptyList,
    choices: &[],
    sensitive: false,
    description: "Dotted paths removed from the webhook before it becomes properties or traits \
        (customer.email, email, metadata.internalNote). A path through an array applies to \
        every element. Default: empty.",
};

pub const IDENTIFY_CUSTOMERS: SettingSpec = SettingSpec {
    name: "identifyCustomers",
    label: "Identify customers",
    setting_type: SettingType::Boolean,
    default: DefaultValue::Flag(true),
    choices: &[],
    sensitive: false,
    description: "Also send an identify call, with the customer's name, email, billingId, crmId \
        and metadata as traits, for customer.* events (not customer.deleted). Default: true.",
};

pub const OVERSIZED_EVENTS: SettingSpec = SettingSpec {
    name: "oversizedEvents",
    label: "Calls over Segment's 32 KB limit",
    setting_type: SettingType::String,
    default: DefaultValue::Text("trim"),
    choices: &["trim", "error"],
    sensitive: false,
    description: "\"trim\" removes the largest properties until the call fits and lists their \
        paths in context.stigg.trimmed; \"error\" rejects the webhook with ValidationError. \
        Default: trim.",
};

pub const MESSAGE_ID_NAMESPACE: SettingSpec = SettingSpec {
    name: "messageIdNamespace",
    label: "messageId namespace",
    setting_type: SettingType::String,
    default: DefaultValue::Text(""),
    choices: &[],
    sensitive: false,
    description: "Put into every messageId (stigg-{namespace}-{delivery}-{call}), for sending the \
        same webhooks to several Segment workspaces: Segment drops repeated messageIds across all \
        workspaces, so each destination needs its own namespace, while a redelivery to one \
        destination stays one message. Letters, digits, _ and . only; one longer than 24 \
        characters is hashed. Default: empty, which leaves messageIds as they are.",
};

pub const GROUP_CALLS: SettingSpec = SettingSpec {
    name: "groupCalls",
    label: "Group calls for the account",
    setting_type: SettingType::Boolean,
    default: DefaultValue::Flag(false),
    choices: &[],
    sensitive: false,
    description: "Also send a group call, with groupId and userId the Stigg customer id, for \
        customer.* (not customer.deleted) and subscription.* events: traits name, email, \
        billingId, crmId, metadata and createdAt from the customer and, on subscription and \
        trial events, plan, subscriptionStatus, billingPeriod, trialEndDate and stiggUpdatedAt. \
        Track calls then carry context.groupId. Default: false.",
};

pub const PLAN_TRAITS: SettingSpec = SettingSpec {
    name: "planTraits",
    label: "Plan traits on identify",
    setting_type: SettingType::Boolean,
    default: DefaultValue::Flag(false),
    choices: &[],
    sensitive: false,
    description: "Also send an identify call on subscription.* events with the customer's \
        plan, subscriptionStatus, billingPeriod, trialEndDate and stiggUpdatedAt (the Stigg \
        timestamp they are as of; Stigg may deliver out of order). Default: false.",
};

pub const WAREHOUSE_SAFE_PROPERTIES: SettingSpec = SettingSpec {
    name: "warehouseSafeProperties",
    label: "Warehouse-safe properties",
    setting_type: SettingType::Boolean,
    default: DefaultValue::Flag(false),
    choices: &[],
    sensitive: false,
    description: "Rename the properties and traits a Segment warehouse would discard: Stigg's \
        top-level id becomes subscription_id, customer_id, ... by family, timestamp becomes \
        stigg_timestamp, any other reserved column name gets a stigg_ prefix; and keep each \
        column's type stable: metadata objects, whose keys and value types each Stigg user \
        chooses, are sent as JSON text in one column. Recommended with a warehouse. \
        Default: false.",
};

/// Every setting, in the order the editor and docs show them.
pub const SETTINGS: &[SettingSpec] = &[
    WEBHOOK_SECRET,
    EVENT_NAME_STYLE,
    ON_MISSING_CUSTOMER,
    EVENT_ALLOWLIST,
    EVENT_DENYLIST,
    REDACT_PROPERTIES,
    IDENTIFY_CUSTOMERS,
    OVERSIZED_EVENTS,
    MESSAGE_ID_NAMESPACE,
    GROUP_CALLS,
    PLAN_TRAITS,
    WAREHOUSE_SAFE_PROPERTIES,
];

/// Every setting's name, in the order of [`SETTINGS`]: what parsing checks
/// names against, without linking the rest of the table.
const NAMES: [&str; SETTINGS.len()] = {
    let mut names = [""; SETTINGS.len()];
    let mut i = 0;
    while i < SETTINGS.len() {
        names[i] = SETTINGS[i].name;
        i += 1;
    }
    names
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventNameStyle {
    SnakeCase,
    ObjectAction,
    Original,
    SegmentSpec,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnMissingCustomer {
    Drop,
    Error,
    Anonymous,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OversizedEvents {
    Trim,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub webhook_secret: String,
    pub event_name_style: EventNameStyle,
    pub on_missing_customer: OnMissingCustomer,
    pub event_allowlist: Vec<String>,
    pub event_denylist: Vec<String>,
    pub redact_properties: Vec<String>,
    pub identify_customers: bool,
    pub oversized_events: OversizedEvents,
    pub message_id_namespace: String,
    pub group_calls: bool,
    pub plan_traits: bool,
    pub warehouse_safe_properties: bool,
}

impl Default for Settings {
    fn default() -> Self {
        // The defaults live in SETTINGS; an empty object picks every one.
        Settings::from_map(&Object::new()).expect("the declared defaults are valid settings")
    }
}

impl Settings {
    /// Reads settings as Segment passes them to the function. Absent or null
    /// settings take their default, and so does an empty string for a
    /// setting with choices (Segment sends "" for a text field left blank).
    /// A name this function does not know is an error: Segment passes only
    /// the settings the function declares, so an unknown one is a typo, and
    /// a typo in `webhookSecret` would silently turn the secret check off.
    pub fn from_json(raw: &Value) -> Result<Settings, Error> {
        match raw {
            Value::Object(map) => Settings::from_map(map),
            Value::Null => Settings::from_map(&Object::new()),
            other => Err(Error::validation(format!(
                "settings must be an object, but they are {}",
                other.describe()
            ))),
        }
    }

    /// Reads settings from JSON text, as the wasm binding and tools pass them.
    pub fn from_json_text(text: &str) -> Result<Settings, Error> {
        let value = crate::json::parse_value(text.as_bytes()).map_err(|err| {
            Error::validation(format!("settings are not valid JSON: {}", err.message))
        })?;
        Settings::from_json(&value)
    }

    fn from_map(raw: &Object) -> Result<Settings, Error> {
        reject_unknown_names(raw)?;
        let webhook_secret = read_secret(raw)?;
        Ok(Settings {
            webhook_secret,
            event_name_style: match read_choice(raw, &const { EVENT_NAME_STYLE.rule() })? {
                "Object Action" => EventNameStyle::ObjectAction,
                "original" => EventNameStyle::Original,
                "Segment Spec" => EventNameStyle::SegmentSpec,
                _ => EventNameStyle::SnakeCase,
            },
            on_missing_customer: match read_choice(raw, &const { ON_MISSING_CUSTOMER.rule() })? {
                "error" => OnMissingCustomer::Error,
                "anonymous" => OnMissingCustomer::Anonymous,
                _ => OnMissingCustomer::Drop,
            },
            event_allowlist: read_list(raw, &const { EVENT_ALLOWLIST.rule() })?,
            event_denylist: read_list(raw, &const { EVENT_DENYLIST.rule() })?,
            redact_properties: read_list(raw, &const { REDACT_PROPERTIES.rule() })?,
            identify_customers: read_flag(raw, &const { IDENTIFY_CUSTOMERS.rule() })?,
            oversized_events: match read_choice(raw, &const { OVERSIZED_EVENTS.rule() })? {
                "error" => OversizedEvents::Error,
                _ => OversizedEvents::Trim,
            },
            message_id_namespace: read_namespace(raw, &const { MESSAGE_ID_NAMESPACE.rule() })?,
            group_calls: read_flag(raw, &const { GROUP_CALLS.rule() })?,
            plan_traits: read_flag(raw, &const { PLAN_TRAITS.rule() })?,
            warehouse_safe_properties: read_flag(raw, &const { WAREHOUSE_SAFE_PROPERTIES.rule() })?,
        })
    }
}

/// The settings table as JSON: what the playground's form, the README and
/// the Segment deploy script are generated from; each setting with the
/// environment variable hosts read it from.
pub fn schema() -> Value {
    let specs = SETTINGS
        .iter()
        .map(|spec| {
            let mut entry = Object::new();
            entry.insert("name", spec.name.into());
            entry.insert("label", spec.label.into());
            entry.insert("type", spec.setting_type.name().into());
            entry.insert("default", spec.default.to_json());
            entry.insert(
                "choices",
                Value::Array(spec.choices.iter().map(|&c| c.into()).collect()),
            );
            entry.insert("sensitive", spec.sensitive.into());
            entry.insert("required", false.into());
            entry.insert("description", spec.description.into());
            entry.insert("variable", Value::String(spec.env_variable()));
            Value::Object(entry)
        })
        .collect();
    Value::Array(specs)
}

/// Names longer than this are not compared for a suggestion: no setting
/// name is near it, and the comparison is quadratic in the length.
const LONGEST_NAME_COMPARED: usize = 64;

fn reject_unknown_names(raw: &Object) -> Result<(), Error> {
    let Some((unknown, _)) = raw.iter().find(|(name, _)| !NAMES.contains(name)) else {
        return Ok(());
    };
    let hint = match closest_name(unknown, NAMES.iter().copied()) {
        Some(name) => format!("did you mean {}?", quoted(name)),
        None => format!("the settings are {}", NAMES.join(", ")),
    };
    Err(Error::validation(format!(
        "unknown setting {}; {hint}",
        quoted(unknown)
    )))
}

/// The candidate nearest `unknown`, if it is near enough to be the name
/// meant: at most half its length in edits. What a misspelt setting, in
/// JSON or as an environment variable, is answered with.
fn closest_name<'a>(unknown: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|name| (edit_distance(unknown, name), name))
        .min()
        .filter(|(distance, name)| *distance <= name.len() / 2)
        .map(|(_, name)| name)
}

/// Levenshtein distance over characters; `usize::MAX` for names too long
/// to be worth comparing.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() > LONGEST_NAME_COMPARED || b.len() > LONGEST_NAME_COMPARED {
        return usize::MAX;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// The secret, trimmed (a copied secret often carries a stray space or
/// newline, and a header value can never hold one at its ends). Stigg's
/// secrets are ASCII, and a header carries only ASCII reliably, so any
/// other character could never match: a settings error, not a silent one.
fn read_secret(raw: &Object) -> Result<String, Error> {
    let secret = read_string(raw, &const { WEBHOOK_SECRET.rule() })?;
    let secret = secret.trim();
    if let Some(bad) = secret.chars().find(|c| !c.is_ascii_graphic() && *c != ' ') {
        let what = if bad.is_ascii() {
            "a control character"
        } else {
            "a non-ASCII character"
        };
        return Err(Error::validation(format!(
            "setting {}: the secret contains {what}, which no {} header can carry; copy it again from Stigg",
            const { WEBHOOK_SECRET.name },
            crate::secret::SECRET_HEADER
        )));
    }
    Ok(secret.to_owned())
}

/// The value Segment sent for a setting, or None when it should default.
fn provided<'a>(raw: &'a Object, spec: &Rule) -> Option<&'a Value> {
    raw.get(spec.name).filter(|value| **value != Value::Null)
}

fn wrong_type(spec: &Rule, expected: &str, got: &Value) -> Error {
    Error::validation(format!(
        "setting {}: expected {expected}, got {}",
        spec.name,
        got.describe()
    ))
}

fn read_string(raw: &Object, spec: &Rule) -> Result<String, Error> {
    match provided(raw, spec) {
        None => match spec.default {
            DefaultValue::Text(text) => Ok(text.to_owned()),
            _ => Ok(String::new()),
        },
        Some(Value::String(text)) => Ok(text.clone()),
        Some(other) => Err(wrong_type(spec, "a string", other)),
    }
}

fn read_choice(raw: &Object, spec: &Rule) -> Result<&'static str, Error> {
    let default = match spec.default {
        DefaultValue::Text(text) => text,
        _ => "",
    };
    match provided(raw, spec) {
        None => Ok(default),
        Some(Value::String(text)) if text.trim().is_empty() => Ok(default),
        Some(Value::String(text)) => spec
            .choices
            .iter()
            .copied()
            .find(|choice| *choice == text.trim())
            .ok_or_else(|| {
                Error::validation(format!(
                    "setting {}: unknown value {}; expected one of {}",
                    spec.name,
                    quoted(text),
                    spec.choices
                        .iter()
                        .map(|c| quoted(c))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            }),
        Some(other) => Err(wrong_type(spec, "a string", other)),
    }
}

fn read_flag(raw: &Object, spec: &Rule) -> Result<bool, Error> {
    match provided(raw, spec) {
        None => Ok(matches!(spec.default, DefaultValue::Flag(true))),
        Some(Value::Bool(flag)) => Ok(*flag),
        Some(other) => Err(wrong_type(spec, "true or false", other)),
    }
}

/// A namespace goes into messageIds: it is kept to characters that are safe
/// in any tool that shows one, and without "-", the separator, so that no
/// namespace and delivery can spell another's messageId.
fn read_namespace(raw: &Object, spec: &Rule) -> Result<String, Error> {
    let namespace = read_string(raw, spec)?;
    let namespace = namespace.trim();
    match namespace
        .chars()
        .find(|&c| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
    {
        None => Ok(namespace.to_owned()),
        Some(bad) => Err(Error::validation(format!(
            "setting {}: {} contains {}; use only letters, digits, _ and .",
            spec.name,
            quoted(namespace),
            quoted(&bad.to_string())
        ))),
    }
}

/// Reads a list of strings. Entries are trimmed and blank entries dropped,
/// since Segment's array editor makes a stray blank row easy to leave.
fn read_list(raw: &Object, spec: &Rule) -> Result<Vec<String>, Error> {
    let items = match provided(raw, spec) {
        None => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(other) => return Err(wrong_type(spec, "an array of strings", other)),
    };
    let mut list = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        match item {
            Value::String(text) if text.trim().is_empty() => {}
            Value::String(text) => list.push(text.trim().to_owned()),
            other => {
                return Err(Error::validation(format!(
                    "setting {}: entry {index} must be a string, got {}",
                    spec.name,
                    other.describe()
                )))
            }
        }
    }
    Ok(list)
}

// --- Settings from environment variables ---------------------------------
//
// The native binary, `make function-dev`, `make edge-dev` and the edge
// relay (as Worker variables) read each setting from one variable: the
// prefix and the setting's name in SCREAMING_SNAKE_CASE. A variable with
// the prefix that names no setting is an error, as an unknown name in JSON
// settings is: a typo would otherwise turn a setting silently off.

/// What every variable stigg-segment reads starts with, except those that
/// keep their ecosystem's name ([`ECOSYSTEM_VARIABLES`]).
pub const ENV_PREFIX: &str = "STIGG_SEGMENT_";

/// The variable naming a JSON file of settings (the binary's `--settings`,
/// `make function-dev`).
pub const SETTINGS_FILE_VARIABLE: &str = "STIGG_SEGMENT_SETTINGS_FILE";

/// Variables named as Segment's and Stigg's own tools name them, without
/// the prefix.
pub const ECOSYSTEM_VARIABLES: [&str; 2] = ["SEGMENT_WRITE_KEY", "STIGG_API_KEY"];

impl SettingSpec {
    /// The variable this setting is read from: `groupCalls` →
    /// `STIGG_SEGMENT_GROUP_CALLS`.
    pub fn env_variable(&self) -> String {
        env_variable(self.name)
    }
}

/// A setting's variable: [`ENV_PREFIX`] and the name in SCREAMING_SNAKE_CASE
/// (`eventAllowlist` → `STIGG_SEGMENT_EVENT_ALLOWLIST`).
pub fn env_variable(setting: &str) -> String {
    let mut variable = String::with_capacity(ENV_PREFIX.len() + setting.len() + 4);
    variable.push_str(ENV_PREFIX);
    let mut previous_lower = false;
    for c in setting.chars() {
        if c.is_ascii_uppercase() && previous_lower {
            variable.push('_');
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        variable.push(c.to_ascii_uppercase());
    }
    variable
}

/// A setting's value from its variable's text, typed by the table: a
/// boolean is `true` or `false`; a list is a JSON array or comma-separated
/// (`a.*,b.*`, blanks dropped); text is taken as it is. The value is then
/// checked as JSON settings are.
pub fn env_value(spec: &SettingSpec, text: &str) -> Result<Value, Error> {
    Ok(match spec.setting_type {
        SettingType::Boolean => match text.trim() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => {
                return Err(Error::validation(format!(
                    "{} must be true or false",
                    spec.env_variable()
                )))
            }
        },
        SettingType::Array if text.trim_start().starts_with('[') => {
            crate::json::parse_value(text.as_bytes()).map_err(|err| {
                Error::validation(format!(
                    "{} is not a JSON array ({}); write it as [\"a.*\",\"b.*\"] or a.*,b.*",
                    spec.env_variable(),
                    err.message
                ))
            })?
        }
        SettingType::Array => Value::Array(
            text.split(',')
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .map(|item| Value::String(item.to_owned()))
                .collect(),
        ),
        SettingType::String => Value::String(text.to_owned()),
    })
}

/// Whether [`settings_from_env`] reads or checks this variable: one with
/// the prefix (in any case), or the name a setting's variable has without
/// it (a warning).
pub fn env_variable_concerns_settings(name: &str) -> bool {
    has_env_prefix(name)
        || known_env_variables().any(|variable| &variable[ENV_PREFIX.len()..] == name)
}

fn has_env_prefix(name: &str) -> bool {
    name.as_bytes()
        .get(..ENV_PREFIX.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(ENV_PREFIX.as_bytes()))
}

/// Every setting's variable and the settings file's.
fn known_env_variables() -> impl Iterator<Item = String> {
    SETTINGS
        .iter()
        .map(SettingSpec::env_variable)
        .chain(std::iter::once(SETTINGS_FILE_VARIABLE.to_owned()))
}

/// Checks the names of the variables set: a name with the prefix that is
/// neither a setting's variable, the settings file's nor one of
/// `also_known` (the host's own) is an error naming the closest variable.
/// Returns a warning for each name a variable has without the prefix
/// (`GROUP_CALLS`) that is set while its variable is not: it is not read.
pub fn check_env_names<'a>(
    names: impl IntoIterator<Item = &'a str>,
    also_known: &[&str],
) -> Result<Vec<String>, Error> {
    // Each pass is linear in the variables, a few passes per setting.
    let names: Vec<&str> = names.into_iter().collect();
    let is_set = |name: &str| names.contains(&name);
    let known: Vec<String> = known_env_variables().collect();
    let is_known = |name: &str| known.iter().any(|k| k == name) || also_known.contains(&name);
    // The first unknown in order of name, whatever order the host lists them in.
    if let Some(unknown) = names
        .iter()
        .filter(|name| has_env_prefix(name) && !is_known(name))
        .min()
    {
        return Err(unknown_env_variable(unknown, &known, also_known));
    }
    // A sensitive setting under its bare name is an error, not a warning:
    // read under neither name, WEBHOOK_SECRET would turn the secret check
    // off while the operator believes it is on.
    if let Some(spec) = SETTINGS.iter().find(|spec| {
        let variable = spec.env_variable();
        spec.sensitive && is_set(&variable[ENV_PREFIX.len()..]) && !is_set(&variable)
    }) {
        let variable = spec.env_variable();
        return Err(Error::validation(format!(
            "{} is not read, which would leave {} unset: rename it {variable}",
            &variable[ENV_PREFIX.len()..],
            spec.name
        )));
    }
    Ok(known
        .iter()
        .filter_map(|variable| {
            let bare = &variable[ENV_PREFIX.len()..];
            (is_set(bare) && !is_set(variable))
                .then(|| format!("{bare} is not read: rename it {variable}"))
        })
        .collect())
}

fn unknown_env_variable(unknown: &str, known: &[String], also_known: &[&str]) -> Error {
    // The prefix matched byte for byte (in ASCII), so this is a boundary.
    let words = unknown[ENV_PREFIX.len()..].to_ascii_uppercase();
    let kept = ECOSYSTEM_VARIABLES.iter().find(|kept| {
        !words.is_empty()
            && (**kept == words
                || kept.ends_with(&format!("_{words}"))
                || words.ends_with(&format!("_{kept}")))
    });
    let candidates: Vec<&str> = known
        .iter()
        .map(String::as_str)
        .chain(also_known.iter().copied())
        .filter(|name| has_env_prefix(name))
        .collect();
    let hint = if let Some(kept) = kept {
        format!("the variable is {kept}, without the {ENV_PREFIX} prefix")
    } else {
        match closest_name(
            &words,
            candidates.iter().map(|name| &name[ENV_PREFIX.len()..]),
        ) {
            Some(words) => format!("did you mean {ENV_PREFIX}{words}?"),
            None => format!("the variables are {}", candidates.join(", ")),
        }
    };
    Error::validation(format!("unknown variable {unknown}; {hint}"))
}

/// What a host's variables say about the settings.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvSettings {
    /// The settings set by variables, as JSON settings: what
    /// [`Settings::from_json`] reads (after a settings file's, which they override).
    pub settings: Object,
    /// The path in [`SETTINGS_FILE_VARIABLE`], when it is set.
    pub settings_file: Option<String>,
    /// One line for each variable set under a name that is not read.
    pub warnings: Vec<String>,
}

/// Reads the settings from a host's variables, by name and value: text is
/// typed by [`env_value`]; any other JSON (wrangler's `[vars]` may hold
/// arrays and booleans) is taken as it is. Names are checked by
/// [`check_env_names`].
pub fn settings_from_env(
    vars: &[(String, Value)],
    also_known: &[&str],
) -> Result<EnvSettings, Error> {
    let warnings = check_env_names(vars.iter().map(|(name, _)| name.as_str()), also_known)?;
    // One pass over the variables per setting: linear in their number.
    let value_of = |variable: &str| {
        vars.iter()
            .find(|(name, _)| name == variable)
            .map(|(_, value)| value)
    };
    let mut settings = Object::new();
    for spec in SETTINGS {
        let Some(value) = value_of(&spec.env_variable()) else {
            continue;
        };
        let value = match value {
            Value::String(text) => env_value(spec, text)?,
            other => other.clone(),
        };
        settings.insert(spec.name, value);
    }
    let settings_file = match value_of(SETTINGS_FILE_VARIABLE) {
        None => None,
        Some(Value::String(path)) if path.is_empty() => None,
        Some(Value::String(path)) => Some(path.clone()),
        Some(other) => {
            return Err(Error::validation(format!(
                "{SETTINGS_FILE_VARIABLE} must be a file's path, not {}",
                other.describe()
            )))
        }
    };
    Ok(EnvSettings {
        settings,
        settings_file,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use serde_json::json;

    fn from(raw: serde_json::Value) -> Result<Settings, Error> {
        Settings::from_json_text(&raw.to_string())
    }

    #[test]
    fn unknown_names_are_errors_that_suggest_the_closest_setting() {
        let err = from(json!({"webhookSecrett": "s"})).unwrap_err();
        assert_eq!(err.kind, ErrorKind::ValidationError);
        assert!(
            err.message.contains("\"webhookSecrett\""),
            "{}",
            err.message
        );
        assert!(
            err.message.contains("did you mean \"webhookSecret\""),
            "{}",
            err.message
        );
        let err = from(json!({"zzz": 1})).unwrap_err();
        assert!(
            err.message.contains("the settings are webhookSecret"),
            "{}",
            err.message
        );
        let long = "x".repeat(100_000);
        assert!(from(json!({ long: 1 })).is_err());
    }

    #[test]
    fn the_secret_is_trimmed_and_must_be_printable_ascii() {
        let settings = from(json!({"webhookSecret": "  whsec_abc \n"})).unwrap();
        assert_eq!(settings.webhook_secret, "whsec_abc");
        for bad in ["whsec_ä", "whsec\u{7}x", "a\nb"] {
            let err = from(json!({ "webhookSecret": bad })).unwrap_err();
            assert!(err.message.contains("webhookSecret"), "{}", err.message);
            assert!(!err.message.contains(bad), "the secret must not be echoed");
        }
    }

    #[test]
    fn defaults_come_from_the_table() {
        let settings = Settings::default();
        assert_eq!(settings.webhook_secret, "");
        assert_eq!(settings.event_name_style, EventNameStyle::SnakeCase);
        assert_eq!(settings.on_missing_customer, OnMissingCustomer::Drop);
        assert!(settings.event_allowlist.is_empty());
        assert!(settings.identify_customers);
        assert_eq!(settings.oversized_events, OversizedEvents::Trim);
        assert_eq!(Settings::from_json(&Value::Null).unwrap(), settings);
    }

    #[test]
    fn every_choice_parses_to_a_distinct_value() {
        for spec in [EVENT_NAME_STYLE, ON_MISSING_CUSTOMER, OVERSIZED_EVENTS] {
            let mut parsed = Vec::new();
            for choice in spec.choices {
                let settings = from(json!({ spec.name: choice })).unwrap();
                parsed.push(format!("{settings:?}"));
            }
            parsed.dedup();
            assert_eq!(parsed.len(), spec.choices.len(), "{}", spec.name);
            assert!(spec.choices.contains(&match spec.default {
                DefaultValue::Text(text) => text,
                _ => unreachable!(),
            }));
        }
    }

    #[test]
    fn every_setting_is_read() {
        // A setting in the table that from_map forgot would keep its default.
        let custom = json!({
            "webhookSecret": "s",
            "eventNameStyle": "original",
            "onMissingCustomer": "anonymous",
            "eventAllowlist": ["a"],
            "eventDenylist": ["b"],
            "redactProperties": ["c"],
            "identifyCustomers": false,
            "oversizedEvents": "error",
            "messageIdNamespace": "eu",
            "groupCalls": true,
            "planTraits": true,
            "warehouseSafeProperties": true,
        });
        assert_eq!(custom.as_object().unwrap().len(), SETTINGS.len());
        let settings = from(custom.clone()).unwrap();
        let defaults = Settings::default();
        assert_ne!(settings.webhook_secret, defaults.webhook_secret);
        assert_ne!(settings.event_name_style, defaults.event_name_style);
        assert_ne!(settings.on_missing_customer, defaults.on_missing_customer);
        assert_ne!(settings.event_allowlist, defaults.event_allowlist);
        assert_ne!(settings.event_denylist, defaults.event_denylist);
        assert_ne!(settings.redact_properties, defaults.redact_properties);
        assert_ne!(settings.identify_customers, defaults.identify_customers);
        assert_ne!(settings.oversized_events, defaults.oversized_events);
        assert_ne!(settings.message_id_namespace, defaults.message_id_namespace);
        assert_ne!(settings.group_calls, defaults.group_calls);
        assert_ne!(settings.plan_traits, defaults.plan_traits);
        assert_ne!(
            settings.warehouse_safe_properties,
            defaults.warehouse_safe_properties
        );
    }

    #[test]
    fn namespaces_are_trimmed_and_validated() {
        assert_eq!(Settings::default().message_id_namespace, "");
        let settings = from(json!({"messageIdNamespace": " eu_prod.2 "})).unwrap();
        assert_eq!(settings.message_id_namespace, "eu_prod.2");
        for bad in ["eu-prod", "eu prod", "ünï", "a/b"] {
            let err = from(json!({ "messageIdNamespace": bad })).unwrap_err();
            assert_eq!(err.kind, ErrorKind::ValidationError);
            assert!(
                err.message.contains("messageIdNamespace"),
                "{}",
                err.message
            );
            assert!(err.message.contains(bad.trim()), "{}", err.message);
        }
        let err = from(json!({"messageIdNamespace": 7})).unwrap_err();
        assert!(
            err.message.contains("messageIdNamespace"),
            "{}",
            err.message
        );
    }

    #[test]
    fn unknown_values_name_the_setting_and_the_choices() {
        let err = from(json!({"eventNameStyle": "camel"})).unwrap_err();
        assert_eq!(err.kind, ErrorKind::ValidationError);
        assert!(err.message.contains("eventNameStyle"), "{}", err.message);
        assert!(err.message.contains("\"camel\""), "{}", err.message);
        assert!(err.message.contains("\"Object Action\""), "{}", err.message);
    }

    #[test]
    fn wrong_types_name_the_setting() {
        for (raw, name) in [
            (json!({"identifyCustomers": "yes"}), "identifyCustomers"),
            (
                json!({"eventAllowlist": "subscription.*"}),
                "eventAllowlist",
            ),
            (json!({"eventDenylist": [1]}), "eventDenylist"),
            (json!({"webhookSecret": 42}), "webhookSecret"),
            (json!({"oversizedEvents": true}), "oversizedEvents"),
        ] {
            let err = from(raw).unwrap_err();
            assert_eq!(err.kind, ErrorKind::ValidationError);
            assert!(err.message.contains(name), "{}", err.message);
        }
        assert!(from(json!([])).unwrap_err().message.contains("an array"));
    }

    #[test]
    fn blank_values_take_defaults_and_lists_are_trimmed() {
        let settings = from(json!({
            "eventNameStyle": "",
            "identifyCustomers": null,
            "eventAllowlist": [" subscription.* ", "", "  "],
        }))
        .unwrap();
        assert_eq!(settings.event_name_style, EventNameStyle::SnakeCase);
        assert!(settings.identify_customers);
        assert_eq!(settings.event_allowlist, vec!["subscription.*"]);
    }

    #[test]
    fn schema_lists_every_setting_with_its_default() {
        let schema: serde_json::Value =
            serde_json::from_str(&crate::json::to_text(&schema())).unwrap();
        let entries = schema.as_array().unwrap();
        assert_eq!(entries.len(), SETTINGS.len());
        for entry in entries {
            let description = entry["description"].as_str().unwrap();
            assert!(description.contains("Default:"), "{description}");
            assert!(!entry["label"].as_str().unwrap().is_empty());
        }
        assert_eq!(entries[0]["name"], "webhookSecret");
        assert_eq!(entries[0]["sensitive"], true);
        assert_eq!(entries[0]["variable"], "STIGG_SEGMENT_WEBHOOK_SECRET");
        assert_eq!(entries[6]["type"], "BOOLEAN");
        assert_eq!(entries[6]["default"], true);
    }

    #[test]
    fn every_setting_has_one_variable_and_back() {
        let mut variables = std::collections::BTreeSet::new();
        for spec in SETTINGS {
            let variable = spec.env_variable();
            assert!(variable.starts_with(ENV_PREFIX), "{variable}");
            assert!(
                variable[ENV_PREFIX.len()..]
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
                "{variable}"
            );
            // And back: the variable is what settings_from_env reads the setting from.
            let sample = match spec.setting_type {
                SettingType::Boolean => "true",
                _ => "x",
            };
            let read = settings_from_env(&env(&[(&variable, sample)]), &[]).unwrap();
            assert_eq!(
                read.settings
                    .iter()
                    .map(|(name, _)| name)
                    .collect::<Vec<_>>(),
                [spec.name],
                "{variable}"
            );
            assert!(variables.insert(variable), "two settings share a variable");
        }
        assert_eq!(GROUP_CALLS.env_variable(), "STIGG_SEGMENT_GROUP_CALLS");
        assert_eq!(
            MESSAGE_ID_NAMESPACE.env_variable(),
            "STIGG_SEGMENT_MESSAGE_ID_NAMESPACE"
        );
        for other in [
            "GROUP_CALLS",
            "STIGG_SEGMENT_GROUPCALLS",
            "STIGG_SEGMENT_group_calls",
            "STIGG_SEGMENT_GROUP__CALLS",
            "STIGG_SEGMENT_GROUP_CALLS_",
            "STIGG_SEGMENT_",
        ] {
            // Refused (an unknown prefixed name) or not read (a bare one).
            if let Ok(read) = settings_from_env(&env(&[(other, "true")]), &[]) {
                assert!(read.settings.is_empty(), "{other}");
            }
        }
        let read = settings_from_env(&env(&[(SETTINGS_FILE_VARIABLE, "s.json")]), &[]).unwrap();
        assert!(read.settings.is_empty());
    }

    fn env(vars: &[(&str, &str)]) -> Vec<(String, Value)> {
        vars.iter()
            .map(|(name, value)| ((*name).to_owned(), Value::String((*value).to_owned())))
            .collect()
    }

    #[test]
    fn variables_are_typed_by_the_table() {
        let read = settings_from_env(
            &env(&[
                ("STIGG_SEGMENT_EVENT_ALLOWLIST", "a.*, b.*,"),
                ("STIGG_SEGMENT_EVENT_DENYLIST", "[\"c.*\"]"),
                ("STIGG_SEGMENT_IDENTIFY_CUSTOMERS", "false"),
                ("STIGG_SEGMENT_GROUP_CALLS", "true"),
                ("STIGG_SEGMENT_EVENT_NAME_STYLE", "Object Action"),
                ("STIGG_SEGMENT_SETTINGS_FILE", "settings.json"),
                ("PATH", "/bin"),
            ]),
            &[],
        )
        .unwrap();
        let settings: serde_json::Value =
            serde_json::from_str(&crate::json::to_text(&Value::Object(read.settings))).unwrap();
        assert_eq!(
            settings,
            json!({
                "eventNameStyle": "Object Action",
                "eventAllowlist": ["a.*", "b.*"],
                "eventDenylist": ["c.*"],
                "identifyCustomers": false,
                "groupCalls": true,
            })
        );
        assert_eq!(read.settings_file.as_deref(), Some("settings.json"));
        assert!(read.warnings.is_empty());
        // JSON values (wrangler's [vars]) are taken as they are.
        let read = settings_from_env(
            &[("STIGG_SEGMENT_GROUP_CALLS".to_owned(), Value::Bool(true))],
            &[],
        )
        .unwrap();
        assert_eq!(read.settings.get("groupCalls"), Some(&Value::Bool(true)));
        for (vars, problem) in [
            (
                [("STIGG_SEGMENT_IDENTIFY_CUSTOMERS", "yes")],
                "STIGG_SEGMENT_IDENTIFY_CUSTOMERS must be true or false",
            ),
            (
                [("STIGG_SEGMENT_EVENT_ALLOWLIST", "[\"a.*\"")],
                "STIGG_SEGMENT_EVENT_ALLOWLIST is not a JSON array",
            ),
        ] {
            let err = settings_from_env(&env(&vars), &[]).unwrap_err();
            assert_eq!(err.kind, ErrorKind::ValidationError);
            assert!(err.message.contains(problem), "{}", err.message);
        }
    }

    #[test]
    fn an_unknown_prefixed_variable_is_an_error_naming_the_closest() {
        let message = |vars: &[(&str, &str)], also_known: &[&str]| {
            settings_from_env(&env(vars), also_known)
                .unwrap_err()
                .message
        };
        assert_eq!(
            message(&[("STIGG_SEGMENT_GROUPCALLS", "true")], &[]),
            "unknown variable STIGG_SEGMENT_GROUPCALLS; did you mean STIGG_SEGMENT_GROUP_CALLS?"
        );
        assert!(message(&[("stigg_segment_group_calls", "true")], &[])
            .contains("did you mean STIGG_SEGMENT_GROUP_CALLS?"));
        assert!(message(&[("STIGG_SEGMENT_SETTING_FILE", "x")], &[])
            .contains("did you mean STIGG_SEGMENT_SETTINGS_FILE?"));
        assert!(message(
            &[("STIGG_SEGMENT_LOG_LEVL", "x")],
            &["STIGG_SEGMENT_LOG_LEVEL"]
        )
        .contains("did you mean STIGG_SEGMENT_LOG_LEVEL?"));
        assert!(message(&[("STIGG_SEGMENT_WRITE_KEY", "k")], &[])
            .contains("the variable is SEGMENT_WRITE_KEY, without the STIGG_SEGMENT_ prefix"));
        assert!(message(&[("STIGG_SEGMENT_STIGG_API_KEY", "k")], &[])
            .contains("the variable is STIGG_API_KEY"));
        let far = message(&[("STIGG_SEGMENT_ZZZ", "1")], &[]);
        assert!(
            far.contains(
                "the variables are STIGG_SEGMENT_WEBHOOK_SECRET, STIGG_SEGMENT_EVENT_NAME_STYLE"
            ),
            "{far}"
        );
        // The value is never shown (it may be a secret).
        assert!(!message(&[("STIGG_SEGMENT_WEBHOOK_SECRT", "whsec_x")], &[]).contains("whsec_x"));
        // A host's own variables, and other programs', are not settings.
        assert!(settings_from_env(
            &env(&[
                ("STIGG_SEGMENT_LOG_LEVEL", "x"),
                ("STIGG_OTHER", "y"),
                ("SEGMENT_WRITE_KEY", "k")
            ]),
            &["STIGG_SEGMENT_LOG_LEVEL"],
        )
        .is_ok());
        let long = format!("STIGG_SEGMENT_{}", "X".repeat(100_000));
        assert!(settings_from_env(&env(&[(&long, "1")]), &[]).is_err());
    }

    #[test]
    fn a_bare_name_set_without_its_variable_is_a_warning() {
        let read = settings_from_env(
            &env(&[
                ("GROUP_CALLS", "true"),
                ("SETTINGS_FILE", "s.json"),
                ("EVENT_ALLOWLIST", "a.*"),
                ("STIGG_SEGMENT_EVENT_ALLOWLIST", "b.*"),
            ]),
            &[],
        )
        .unwrap();
        assert_eq!(
            read.warnings,
            [
                "GROUP_CALLS is not read: rename it STIGG_SEGMENT_GROUP_CALLS",
                "SETTINGS_FILE is not read: rename it STIGG_SEGMENT_SETTINGS_FILE",
            ]
        );
        assert_eq!(read.settings.get("groupCalls"), None);
        assert_eq!(read.settings_file, None);
        assert!(env_variable_concerns_settings("GROUP_CALLS"));
        // A secret under its old name would turn the check off: refused.
        let refused = settings_from_env(&env(&[("WEBHOOK_SECRET", "s3cret")]), &[]).unwrap_err();
        assert!(refused
            .message
            .contains("rename it STIGG_SEGMENT_WEBHOOK_SECRET"));
        assert!(!refused.message.contains("s3cret"));
        assert!(settings_from_env(
            &env(&[
                ("WEBHOOK_SECRET", "old"),
                ("STIGG_SEGMENT_WEBHOOK_SECRET", "new")
            ]),
            &[]
        )
        .is_ok());
        assert!(env_variable_concerns_settings("stigg_segment_x"));
        assert!(!env_variable_concerns_settings("PATH"));
    }
}
