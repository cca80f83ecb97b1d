//! What Segment's warehouses make of a call: the tables it lands in and
//! the row it writes to each, following Segment's warehouse schema docs.
//!
//! - A track call is a row in `tracks` (the common columns only) and in a
//!   table named after its event; an identify call a row in `identifies`
//!   and, upserted on the user id, in `users`; a group call a row in
//!   `groups`.
//! - Names are snake_cased as Segment's go-snakecase does (`billingId` →
//!   `billing_id`); nested objects flatten into `parent_child` columns;
//!   arrays become JSON text; null values make no column.
//! - A column's type comes from its value (the first value decides it in a
//!   real warehouse): boolean, integer, float, timestamp for an ISO 8601
//!   date-time, else varchar. Text is cut at 512 characters.
//! - A property or trait whose column is one of Segment's own (`id`,
//!   `event`, `user_id`, `received_at`, ...) is discarded, as is a second
//!   value for a column already written.
//!
//! The playground's Warehouse view, `make warehouse` and the
//! `warehouseSafeProperties` setting all use this one implementation.

use std::collections::BTreeMap;

use crate::error::Error;
use crate::json::{to_text, Object, Value};
use crate::stigg::FREE_FORM_AT;

/// Segment cuts longer strings to this many characters.
pub const MAX_TEXT_CHARS: usize = 512;

/// Columns every warehouse table has, which a property or trait of the
/// same name can never fill: set from the call itself or by Segment on
/// arrival.
pub const COMMON_COLUMNS: &[&str] = &[
    "anonymous_id",
    "id",
    "loaded_at",
    "original_timestamp",
    "received_at",
    "sent_at",
    "timestamp",
    "user_id",
    "uuid",
    "uuid_ts",
];

/// The columns only track tables (`tracks` and each event's) have.
pub const TRACK_COLUMNS: &[&str] = &["event", "event_text"];

/// The column only the `groups` table has.
pub const GROUP_COLUMNS: &[&str] = &["group_id"];

/// Whether a property or trait landing in this column would be discarded
/// in some table: one of Segment's own columns, or one in the `context_`
/// namespace the call's context flattens into.
pub fn is_reserved(column: &str) -> bool {
    COMMON_COLUMNS.contains(&column)
        || TRACK_COLUMNS.contains(&column)
        || GROUP_COLUMNS.contains(&column)
        || column == "context"
        || column.starts_with("context_")
}

/// Segment's go-snakecase: runs of lower-case letters and digits are kept,
/// an upper-case letter starts a new word, and any other character
/// separates words; words are joined by `_` and lower-cased. Names already
/// in snake_case come back unchanged.
pub fn snake_case(name: &str) -> String {
    let bytes = name.as_bytes();
    let is_lower_or_digit = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let mut at = 0;
    while at < bytes.len()
        && (is_lower_or_digit(bytes[at])
            || (bytes[at] == b'_' && at + 1 < bytes.len() && is_lower_or_digit(bytes[at + 1])))
    {
        at += 1;
    }
    if at == bytes.len() {
        return name.to_owned();
    }
    // A digit before the first upper-case letter belongs to its word.
    if at > 0 && bytes[at - 1].is_ascii_digit() {
        at -= 1;
    }
    let mut out = String::with_capacity(name.len() + 8);
    out.push_str(&name[..at]);
    while at < bytes.len() {
        if !bytes[at].is_ascii_alphanumeric() {
            at += 1;
            continue;
        }
        if !out.is_empty() {
            out.push('_');
        }
        while at < bytes.len() && (bytes[at].is_ascii_uppercase() || bytes[at].is_ascii_digit()) {
            out.push(bytes[at].to_ascii_lowercase() as char);
            at += 1;
        }
        while at < bytes.len() && is_lower_or_digit(bytes[at]) {
            out.push(bytes[at] as char);
            at += 1;
        }
    }
    out
}

/// A warehouse column type, as Segment infers it from a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ColumnType {
    Boolean,
    Integer,
    Float,
    Timestamp,
    Varchar,
}

impl ColumnType {
    pub fn name(self) -> &'static str {
        match self {
            ColumnType::Boolean => "boolean",
            ColumnType::Integer => "integer",
            ColumnType::Float => "float",
            ColumnType::Timestamp => "timestamp",
            ColumnType::Varchar => "varchar",
        }
    }
}

/// One filled column of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: String,
    pub column_type: ColumnType,
    /// The value as the warehouse holds it: a string (text, timestamps,
    /// arrays as JSON text), a number or a boolean.
    pub value: Value,
    /// Where in the call it came from (`properties.customer.id`).
    pub from: String,
    /// The length in characters before the 512-character cut, when cut.
    pub cut_from: Option<usize>,
}

/// A value of the call that no column of the row holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Dropped {
    pub from: String,
    pub column: String,
    pub reason: String,
}

/// One row Segment's warehouse writes for a call.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub table: String,
    pub columns: Vec<Column>,
    pub dropped: Vec<Dropped>,
}

/// The column type and stored value for a JSON value; None for null and
/// objects (which flatten instead).
fn stored(value: &Value) -> Option<(ColumnType, Value)> {
    match value {
        Value::Null | Value::Object(_) => None,
        Value::Bool(_) => Some((ColumnType::Boolean, value.clone())),
        Value::Number(text) => {
            let is_float = text.contains(['.', 'e', 'E']);
            let column_type = if is_float {
                ColumnType::Float
            } else {
                ColumnType::Integer
            };
            Some((column_type, value.clone()))
        }
        Value::String(text) if crate::timestamp::is_iso8601(text) => {
            Some((ColumnType::Timestamp, value.clone()))
        }
        Value::String(_) => Some((ColumnType::Varchar, value.clone())),
        Value::Array(_) => Some((ColumnType::Varchar, Value::String(to_text(value)))),
    }
}

/// The type a value's column gets; None when it makes no column.
pub fn column_type(value: &Value) -> Option<ColumnType> {
    stored(value).map(|(column_type, _)| column_type)
}

/// Builds one row: the call's own columns first, then the payload's.
struct RowBuilder<'a> {
    row: Row,
    /// Column name → index in `row.columns`, for collisions.
    taken: BTreeMap<String, usize>,
    /// The columns the table reserves beyond the common ones.
    table_columns: &'a [&'a str],
}

impl<'a> RowBuilder<'a> {
    fn new(table: String, table_columns: &'a [&'a str]) -> RowBuilder<'a> {
        RowBuilder {
            row: Row {
                table,
                columns: Vec::new(),
                dropped: Vec::new(),
            },
            taken: BTreeMap::new(),
            table_columns,
        }
    }

    /// One of the call's own columns.
    fn own(&mut self, name: &str, value: Option<&Value>, from: &str) {
        if let Some(value) = value {
            self.put(name.to_owned(), value, from.to_owned());
        }
    }

    fn put(&mut self, name: String, value: &Value, from: String) {
        let Some((column_type, mut value)) = stored(value) else {
            return;
        };
        let mut cut_from = None;
        if let Value::String(text) = &mut value {
            let chars = text.chars().count();
            if chars > MAX_TEXT_CHARS {
                let end = text
                    .char_indices()
                    .nth(MAX_TEXT_CHARS)
                    .map_or(text.len(), |(at, _)| at);
                text.truncate(end);
                cut_from = Some(chars);
            }
        }
        self.taken.insert(name.clone(), self.row.columns.len());
        self.row.columns.push(Column {
            name,
            column_type,
            value,
            from,
            cut_from,
        });
    }

    /// The context, flattened into `context_*` columns.
    fn context(&mut self, context: Option<&Value>) {
        if let Some(Value::Object(context)) = context {
            let mut leaves = Vec::new();
            flatten(context, "context", "context", &mut leaves);
            for leaf in leaves {
                if let Leaf::Column {
                    column,
                    from,
                    value,
                } = leaf
                {
                    self.put(column, value, from);
                }
            }
        }
    }

    /// The payload (properties or traits), each leaf a column unless its
    /// name is reserved or already filled.
    fn payload(&mut self, payload: Option<&Value>, name: &str) {
        let Some(Value::Object(payload)) = payload else {
            return;
        };
        let mut leaves = Vec::new();
        flatten(payload, "", name, &mut leaves);
        for leaf in leaves {
            match leaf {
                Leaf::Nameless { from } => self.row.dropped.push(Dropped {
                    from,
                    column: String::new(),
                    reason: "its name has no letters or digits, so it makes no column name".into(),
                }),
                Leaf::Column {
                    column,
                    from,
                    value,
                } => {
                    let reserved = COMMON_COLUMNS.contains(&column.as_str())
                        || self.table_columns.contains(&column.as_str());
                    if reserved {
                        self.row.dropped.push(Dropped {
                            from,
                            reason: format!(
                                "{column} is one of Segment's own columns in {}",
                                self.row.table
                            ),
                            column,
                        });
                    } else if let Some(&at) = self.taken.get(&column) {
                        let first = &self.row.columns[at].from;
                        self.row.dropped.push(Dropped {
                            reason: format!("{column} is already filled from {first}"),
                            from,
                            column,
                        });
                    } else {
                        self.put(column, value, from);
                    }
                }
            }
        }
    }
}

enum Leaf<'v> {
    Column {
        column: String,
        from: String,
        value: &'v Value,
    },
    Nameless {
        from: String,
    },
}

/// Every non-null leaf of an object, with its flattened column name and
/// its path. Linear in the object's size.
fn flatten<'v>(object: &'v Object, prefix: &str, path: &str, out: &mut Vec<Leaf<'v>>) {
    for (key, value) in object.iter() {
        let path = format!("{path}.{key}");
        let part = snake_case(key);
        if part.is_empty() {
            if *value != Value::Null {
                out.push(Leaf::Nameless { from: path });
            }
            continue;
        }
        let column = if prefix.is_empty() {
            part
        } else {
            format!("{prefix}_{part}")
        };
        match value {
            Value::Null => {}
            Value::Object(inner) => flatten(inner, &column, &path, out),
            _ => out.push(Leaf::Column {
                column,
                from: path,
                value,
            }),
        }
    }
}

/// Every column a payload flattens into, for renaming without a clash.
pub fn payload_columns(payload: &Object) -> Vec<String> {
    let mut leaves = Vec::new();
    flatten(payload, "", "", &mut leaves);
    leaves
        .into_iter()
        .filter_map(|leaf| match leaf {
            Leaf::Column { column, .. } => Some(column),
            Leaf::Nameless { .. } => None,
        })
        .collect()
}

/// The name a top-level property or trait gets under
/// `warehouseSafeProperties` when its column is reserved: Stigg's `id`
/// says what it names (`subscription_id`, by the catalogue's family),
/// anything else takes a `stigg_` prefix (`stigg_timestamp`).
fn safe_name(column: &str, id_names: Option<&str>) -> String {
    match (column, id_names) {
        ("id", Some(stem)) => format!("{stem}_id"),
        _ => format!("stigg_{column}"),
    }
}

/// Makes a payload warehouse-safe: free-form objects (the catalogue's
/// [`FREE_FORM_AT`]) become JSON text, so their columns keep one type, and
/// every top-level member whose column a warehouse would discard is
/// renamed, so no Stigg field is lost. A new name that another member
/// already flattens into takes one more `stigg_` prefix. Returns the
/// renames, as `(old, new)`.
pub fn make_safe(payload: &mut Object, id_names: Option<&str>) -> Vec<(String, String)> {
    for path in FREE_FORM_AT {
        if let Some(value) = value_at_mut(payload, path) {
            if let Value::Object(_) = value {
                *value = Value::String(to_text(value));
            }
        }
    }
    rename_reserved(payload, id_names)
}

fn value_at_mut<'a>(object: &'a mut Object, path: &[&str]) -> Option<&'a mut Value> {
    let (first, rest) = path.split_first()?;
    let mut value = object.get_mut(first)?;
    for key in rest {
        value = match value {
            Value::Object(inner) => inner.get_mut(key)?,
            _ => return None,
        };
    }
    Some(value)
}

fn rename_reserved(payload: &mut Object, id_names: Option<&str>) -> Vec<(String, String)> {
    let reserved: Vec<(String, String)> = payload
        .iter()
        .filter_map(|(key, _)| {
            let column = snake_case(key);
            is_reserved(&column).then(|| (key.to_owned(), column))
        })
        .collect();
    if reserved.is_empty() {
        return Vec::new();
    }
    // Inserted one by one: collecting into a set sorts first, which would
    // link a second (stable) sort into the Segment script's wasm.
    let mut taken = std::collections::BTreeSet::new();
    for column in payload_columns(payload) {
        taken.insert(column);
    }
    let mut renames = Vec::with_capacity(reserved.len());
    for (key, column) in reserved {
        let mut name = safe_name(&column, id_names);
        while taken.contains(&name) || is_reserved(&name) {
            name = format!("stigg_{name}");
        }
        taken.insert(name.clone());
        if let Some(value) = payload.remove(&key) {
            payload.insert(name.clone(), value);
        }
        renames.push((key, name));
    }
    renames
}

fn text<'v>(call: &'v Object, name: &str) -> Option<&'v str> {
    call.get(name).and_then(Value::as_str)
}

/// Where the `timestamp` column comes from when Segment corrects the
/// sender's clock.
const CORRECTED_FROM: &str = "receivedAt - (sentAt - timestamp)";

/// Segment's `timestamp` column when the call carries its `sentAt` (a
/// relay's batch sets it) and Segment's `receivedAt` (a call as Segment's
/// debugger shows it): `receivedAt - (sentAt - timestamp)`, which corrects
/// the sender's clock. Without them, the column holds the call's
/// `timestamp` as sent (`original_timestamp`).
fn corrected_timestamp(call: &Object) -> Option<Value> {
    let instant = |name: &str| text(call, name).and_then(crate::timestamp::unix_ms);
    let (original, sent, received) = (
        instant("timestamp")?,
        instant("sentAt")?,
        instant("receivedAt")?,
    );
    let corrected = received.checked_sub(sent.checked_sub(original)?)?;
    Some(Value::String(crate::timestamp::format_unix_ms(corrected)))
}

/// The rows Segment's warehouses write for one call, as the JS API
/// receives it (`{type, event?, userId?, properties?|traits?, ...}`).
pub fn rows(call: &Value) -> Result<Vec<Row>, Error> {
    let Value::Object(call) = call else {
        return Err(Error::validation(format!(
            "a call must be an object, but it is {}",
            call.describe()
        )));
    };
    let call_type = text(call, "type").unwrap_or("");
    let corrected = corrected_timestamp(call);
    let envelope = |builder: &mut RowBuilder| {
        builder.own("id", call.get("messageId"), "messageId");
        builder.own("anonymous_id", call.get("anonymousId"), "anonymousId");
        builder.own("user_id", call.get("userId"), "userId");
        match &corrected {
            Some(corrected) => builder.own("timestamp", Some(corrected), CORRECTED_FROM),
            None => builder.own("timestamp", call.get("timestamp"), "timestamp"),
        }
        builder.own("original_timestamp", call.get("timestamp"), "timestamp");
        builder.own("sent_at", call.get("sentAt"), "sentAt");
        builder.own("received_at", call.get("receivedAt"), "receivedAt");
        builder.context(call.get("context"));
    };
    match call_type {
        "track" => {
            let event = text(call, "event").ok_or_else(|| {
                Error::validation("a track call must have an event name (a string)")
            })?;
            let event_value = Value::String(snake_case(event));
            let event_table = snake_case(event);
            if event_table.is_empty() {
                return Err(Error::validation(format!(
                    "the event name {} has no letters or digits, so it names no table",
                    crate::json::quoted(event)
                )));
            }
            let mut rows = Vec::with_capacity(2);
            for (table, with_properties) in [("tracks".to_owned(), false), (event_table, true)] {
                let mut builder = RowBuilder::new(table, TRACK_COLUMNS);
                envelope(&mut builder);
                builder.own("event", Some(&event_value), "event");
                builder.own("event_text", call.get("event"), "event");
                if with_properties {
                    builder.payload(call.get("properties"), "properties");
                }
                rows.push(builder.row);
            }
            Ok(rows)
        }
        "identify" => {
            let mut identifies = RowBuilder::new("identifies".into(), &[]);
            envelope(&mut identifies);
            identifies.payload(call.get("traits"), "traits");
            let mut rows = vec![identifies.row];
            // The users table holds one row per user id, upserted: no
            // anonymous id and no context.
            if let Some(user_id) = call.get("userId") {
                let mut users = RowBuilder::new("users".into(), &[]);
                users.own("id", Some(user_id), "userId");
                users.payload(call.get("traits"), "traits");
                rows.push(users.row);
            }
            Ok(rows)
        }
        "group" => {
            let mut groups = RowBuilder::new("groups".into(), GROUP_COLUMNS);
            envelope(&mut groups);
            groups.own("group_id", call.get("groupId"), "groupId");
            groups.payload(call.get("traits"), "traits");
            Ok(vec![groups.row])
        }
        other => Err(Error::validation(format!(
            "call type {} has no warehouse preview; expected \"track\", \"identify\" or \"group\"",
            crate::json::quoted(other)
        ))),
    }
}

/// The rows for a list of calls, a transform result (`{calls: [...]}`) or
/// one call, as JSON: `{rows: [{call, table, columns: [{name, type, value,
/// from, cutFrom?}], dropped: [{from, column, reason}]}]}`, `call` being
/// the index of the call the row came from.
pub fn preview(input: &Value) -> Result<Value, Error> {
    let calls: Vec<&Value> = match input {
        Value::Array(calls) => calls.iter().collect(),
        Value::Object(object) => match object.get("calls") {
            Some(Value::Array(calls)) => calls.iter().collect(),
            Some(other) => {
                return Err(Error::validation(format!(
                    "calls must be an array, but it is {}",
                    other.describe()
                )))
            }
            None => vec![input],
        },
        other => {
            return Err(Error::validation(format!(
                "expected a call, a list of calls or a transform result, but got {}",
                other.describe()
            )))
        }
    };
    let mut out = Vec::new();
    for (index, call) in calls.into_iter().enumerate() {
        for row in
            rows(call).map_err(|err| Error::validation(format!("call {index}: {}", err.message)))?
        {
            out.push(Value::Object(row_json(index, row)));
        }
    }
    let mut result = Object::new();
    result.insert("rows", Value::Array(out));
    Ok(Value::Object(result))
}

fn row_json(call: usize, row: Row) -> Object {
    let mut object = Object::new();
    object.insert("call", Value::Number(call.to_string()));
    object.insert("table", Value::String(row.table));
    let columns = row.columns.into_iter().map(|column| {
        let mut entry = Object::new();
        entry.insert("name", Value::String(column.name));
        entry.insert("type", column.column_type.name().into());
        entry.insert("value", column.value);
        entry.insert("from", Value::String(column.from));
        if let Some(length) = column.cut_from {
            entry.insert("cutFrom", Value::Number(length.to_string()));
        }
        Value::Object(entry)
    });
    object.insert("columns", Value::Array(columns.collect()));
    let dropped = row.dropped.into_iter().map(|dropped| {
        let mut entry = Object::new();
        entry.insert("from", Value::String(dropped.from));
        entry.insert("column", Value::String(dropped.column));
        entry.insert("reason", Value::String(dropped.reason));
        Value::Object(entry)
    });
    object.insert("dropped", Value::Array(dropped.collect()));
    object
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse_value;

    fn call(text: &str) -> Value {
        parse_value(text.as_bytes()).unwrap()
    }

    fn column<'r>(row: &'r Row, name: &str) -> Option<&'r Column> {
        row.columns.iter().find(|column| column.name == name)
    }

    #[test]
    fn snake_case_follows_go_snakecase() {
        for (name, snake) in [
            ("billingId", "billing_id"),
            ("already_snake", "already_snake"),
            ("currentBillingPeriodStart", "current_billing_period_start"),
            (
                "promotionalEntitlement_granted",
                "promotional_entitlement_granted",
            ),
            ("Trial Started", "trial_started"),
            (
                "subscription.trial.ends_soon",
                "subscription_trial_ends_soon",
            ),
            ("SSOLogin", "ssologin"),
            ("v2Plan", "v_2plan"), // go-snakecase splits before a digit that precedes a capital
            ("_private", "_private"),
            ("$$", ""),
        ] {
            assert_eq!(snake_case(name), snake, "{name}");
        }
    }

    #[test]
    fn a_track_call_fills_tracks_and_its_event_table() {
        let rows = rows(&call(
            r#"{"type":"track","event":"Trial Started","userId":"c","messageId":"m",
               "timestamp":"2024-01-01T00:00:00Z",
               "properties":{"id":"sub","plan":{"displayName":"Growth"},"addons":[{"id":"a"}],
                             "amount":29,"ratio":0.5,"trial":true,"endDate":null},
               "context":{"integration":{"name":"stigg","version":"1"},"groupId":"c"}}"#,
        ))
        .unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].table, "tracks");
        assert!(column(&rows[0], "plan_display_name").is_none());
        let event = &rows[1];
        assert_eq!(event.table, "trial_started");
        assert_eq!(column(event, "id").unwrap().value, Value::from("m"));
        assert_eq!(
            column(event, "event").unwrap().value,
            Value::from("trial_started")
        );
        assert_eq!(
            column(event, "event_text").unwrap().value,
            Value::from("Trial Started")
        );
        assert_eq!(
            column(event, "context_group_id").unwrap().value,
            Value::from("c")
        );
        assert_eq!(
            column(event, "plan_display_name").unwrap().column_type,
            ColumnType::Varchar
        );
        assert_eq!(
            column(event, "addons").unwrap().value,
            Value::from(r#"[{"id":"a"}]"#)
        );
        assert_eq!(
            column(event, "amount").unwrap().column_type,
            ColumnType::Integer
        );
        assert_eq!(
            column(event, "ratio").unwrap().column_type,
            ColumnType::Float
        );
        assert_eq!(
            column(event, "trial").unwrap().column_type,
            ColumnType::Boolean
        );
        assert_eq!(
            column(event, "timestamp").unwrap().column_type,
            ColumnType::Timestamp
        );
        assert!(column(event, "end_date").is_none());
        assert_eq!(event.dropped.len(), 1);
        assert_eq!(event.dropped[0].from, "properties.id");
        assert_eq!(event.dropped[0].column, "id");
    }

    #[test]
    fn the_times_land_in_segment_s_columns_with_the_sender_s_clock_corrected() {
        let timestamps = |call_text: &str| {
            let rows = rows(&call(call_text)).unwrap();
            let names = ["timestamp", "original_timestamp", "sent_at", "received_at"];
            names.map(|name| {
                column(&rows[0], name).map(|column| {
                    assert_eq!(column.column_type, ColumnType::Timestamp, "{name}");
                    (
                        column.value.as_str().unwrap().to_owned(),
                        column.from.clone(),
                    )
                })
            })
        };
        // From a relay, as Segment received it: its clock 2 s ahead.
        let [timestamp, original, sent, received] = timestamps(
            r#"{"type":"identify","userId":"u","messageId":"m","traits":{},
               "timestamp":"2024-03-01T10:00:00.000Z","sentAt":"2024-03-01T10:05:00.000Z",
               "receivedAt":"2024-03-01T10:04:58.000Z"}"#,
        );
        assert_eq!(
            timestamp.unwrap(),
            (
                "2024-03-01T09:59:58.000Z".to_owned(),
                CORRECTED_FROM.to_owned()
            )
        );
        assert_eq!(original.unwrap().0, "2024-03-01T10:00:00.000Z");
        assert_eq!(sent.unwrap().1, "sentAt");
        assert_eq!(received.unwrap().1, "receivedAt");
        // As the function sends it: the timestamp as it is, nothing else.
        let [timestamp, original, sent, received] = timestamps(
            r#"{"type":"identify","userId":"u","messageId":"m","traits":{},
               "timestamp":"2024-03-01T10:00:00Z"}"#,
        );
        assert_eq!(timestamp.unwrap().0, "2024-03-01T10:00:00Z");
        assert_eq!(original.unwrap().0, "2024-03-01T10:00:00Z");
        assert_eq!((sent, received), (None, None));
    }

    #[test]
    fn long_text_is_cut_and_collisions_keep_the_first_value() {
        let long = "é".repeat(600);
        let rows = rows(&call(&format!(
            r#"{{"type":"group","groupId":"g","userId":"u","messageId":"m",
                "traits":{{"note":"{long}","customerId":"a","customer":{{"id":"b"}},"group_id":"x"}}}}"#
        )))
        .unwrap();
        let groups = &rows[0];
        assert_eq!(groups.table, "groups");
        let note = column(groups, "note").unwrap();
        assert_eq!(note.cut_from, Some(600));
        assert_eq!(note.value.as_str().unwrap().chars().count(), MAX_TEXT_CHARS);
        assert_eq!(
            column(groups, "customer_id").unwrap().value,
            Value::from("a")
        );
        let reasons: Vec<&str> = groups.dropped.iter().map(|d| d.from.as_str()).collect();
        assert_eq!(reasons, ["traits.customer.id", "traits.group_id"]);
    }

    #[test]
    fn identify_calls_fill_identifies_and_users() {
        let rows = rows(&call(
            r#"{"type":"identify","userId":"u","messageId":"m","traits":{"email":"e","id":"x"}}"#,
        ))
        .unwrap();
        let tables: Vec<&str> = rows.iter().map(|row| row.table.as_str()).collect();
        assert_eq!(tables, ["identifies", "users"]);
        assert_eq!(column(&rows[1], "id").unwrap().value, Value::from("u"));
        assert_eq!(rows[1].dropped[0].from, "traits.id");
    }

    #[test]
    fn safe_names_keep_every_field_in_a_column_of_its_own() {
        let mut body = call(
            r#"{"id":"sub","timestamp":"t","event":"e","userId":"u","subscription_id":"x","context":{"a":1},"plan":"p"}"#,
        )
        .as_object()
        .unwrap()
        .clone();
        let renames = make_safe(&mut body, Some("subscription"));
        let new: Vec<&str> = renames.iter().map(|(_, new)| new.as_str()).collect();
        assert_eq!(
            new,
            [
                "stigg_subscription_id",
                "stigg_timestamp",
                "stigg_event",
                "stigg_user_id",
                "stigg_context"
            ]
        );
        let track = Value::Object({
            let mut call = call(r#"{"type":"track","event":"E","messageId":"m","userId":"c"}"#)
                .as_object()
                .unwrap()
                .clone();
            call.insert("properties", Value::Object(body));
            call
        });
        let rows = rows(&track).unwrap();
        assert!(rows[1].dropped.is_empty(), "{:?}", rows[1].dropped);
        let mut plain = call(r#"{"id":"c","customer":{"metadata":{"tier":2}},"metadata":"m"}"#)
            .as_object()
            .unwrap()
            .clone();
        make_safe(&mut plain, None);
        assert_eq!(plain.get("stigg_id"), Some(&Value::from("c")));
        // Free-form objects become JSON text; a string stays as it is.
        assert_eq!(
            plain.get("customer").and_then(|c| c.get("metadata")),
            Some(&Value::from(r#"{"tier":2}"#))
        );
        assert_eq!(plain.get("metadata"), Some(&Value::from("m")));
    }

    #[test]
    fn bad_calls_are_named() {
        let err = preview(&call(r#"{"calls":[{"type":"page"}]}"#)).unwrap_err();
        assert!(
            err.message.contains("call 0") && err.message.contains("\"page\""),
            "{}",
            err.message
        );
        assert!(preview(&call("3"))
            .unwrap_err()
            .message
            .contains("a number"));
        assert!(rows(&call(r#"{"type":"track"}"#))
            .unwrap_err()
            .message
            .contains("event"));
    }
}
