//! What this project knows about Stigg's REST API v1 (`/api/v1/...`): the
//! paths the sync reads, its cursor paging, and the records it returns:
//! customers, subscriptions, plans. Source: the official Python SDK `stigg`
//! (PyPI, 0.1.0b53), generated from Stigg's OpenAPI spec: `pagination.py`
//! (`{data, pagination: {next, prev}}`, `after`/`limit`), and the models
//! `CustomerListResponse`, `SubscriptionListResponse`, `PlanListResponse`.
//!
//! A webhook's subscription carries its plan as `plan: {id, name, ...}`
//! and a `billingPeriod`; the REST subscription has only `planId` and no
//! billing period, and the REST plan names itself `displayName`. The reader
//! puts the plan's record where a webhook has it (`plan`), so the one
//! plan-name rule ([`super::plan_name`]) reads both; a billing period no
//! endpoint gives is left out, never guessed.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use crate::delivery::{
    cut, is_loopback, one_line, parse_retry_after, reason_phrase, split_url, Policy, SplitUrl,
    UrlFault, MAX_ANSWER_BYTES,
};
use crate::error::Error;
use crate::json::{parse_value_within, quoted, Object, Source, Value};

/// The list endpoints the sync pages through.
pub const CUSTOMERS_PATH: &str = "/api/v1/customers";
pub const SUBSCRIPTIONS_PATH: &str = "/api/v1/subscriptions";
pub const PLANS_PATH: &str = "/api/v1/plans";
/// The most items a page may hold (the API's own maximum).
pub const MAX_PAGE_SIZE: usize = 100;
/// The most bytes a page may have, for every host: a page of 100 records
/// is tens of kilobytes (a plan with many entitlements, a customer with
/// much metadata, some more), so this leaves room for records far larger
/// than Stigg's, while the edge relay's isolate (128 MB, which holds the
/// page's text, its copy in wasm and the records read from it) stays well
/// within its memory. A host reads at most one byte more, and stops.
pub const MAX_PAGE_BYTES: usize = 8 * 1024 * 1024;
/// A page, as its errors name it.
pub const PAGE: Source = Source {
    name: "page",
    should_be: "a page of Stigg's API is a JSON object with \"data\" and \"pagination\"",
    max_bytes: MAX_PAGE_BYTES,
    limited_by: "the sync reads a page of",
    max_shown: "8 MiB",
};
/// Records a host read from pages and hands back as JSON (the edge relay's
/// customer, its subscriptions, a page's plans): never more than a page.
pub const RECORDS: Source = Source {
    name: "text",
    should_be: "a record is a JSON object",
    max_bytes: MAX_PAGE_BYTES,
    limited_by: "a page of Stigg's API holds",
    max_shown: "8 MiB",
};
/// The header the API key goes in.
pub const API_KEY_HEADER: &str = "X-API-KEY";
/// The plan statuses asked for: a customer may stay on a plan that was
/// archived since (grandfathered); a draft has no subscriptions.
pub const PLAN_STATUSES: &str = "PUBLISHED,ARCHIVED";

/// The query of one page: `limit`, then `after` (the cursor the previous
/// page gave), then the endpoint's own filters: one customer's
/// subscriptions (`customerId`, for a host that pages subscriptions per
/// customer), the plan statuses.
pub fn page_query(
    path: &str,
    limit: usize,
    after: Option<&str>,
    customer_id: Option<&str>,
) -> String {
    let mut query = format!("limit={}", limit.clamp(1, MAX_PAGE_SIZE));
    if let Some(after) = after {
        query.push_str("&after=");
        query.push_str(&percent_encode(after));
    }
    if let (SUBSCRIPTIONS_PATH, Some(customer_id)) = (path, customer_id) {
        query.push_str("&customerId=");
        query.push_str(&percent_encode(customer_id));
    }
    if path == PLANS_PATH {
        query.push_str("&status=");
        query.push_str(&percent_encode(PLAN_STATUSES));
    }
    query
}

/// Encodes everything but RFC 3986's unreserved characters: a cursor is
/// the API's own opaque text.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// One page of a list endpoint: its records, and the cursor of the next
/// page (none on the last).
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub data: Vec<Object>,
    pub next: Option<String>,
}

/// Reads a page: at most [`MAX_PAGE_BYTES`] (a longer `body` is what a
/// host read before it stopped, so the page is at least that long), read
/// in time linear in its size by the core's JSON reader; an error names
/// the page, or the field that is wrong (`data[3]`, `pagination.next`).
pub fn read_page(body: &[u8]) -> Result<Page, Error> {
    PAGE.check_size(body.len(), false)?;
    let value = parse_value_within(body, &PAGE)?;
    let Value::Object(mut page) = value else {
        return Err(Error::validation(format!(
            "the page is {}, not an object with \"data\" and \"pagination\"",
            value.describe()
        )));
    };
    let data = match page.remove("data") {
        Some(Value::Array(items)) => items,
        Some(other) => {
            return Err(Error::validation(format!(
                "the field \"data\" is {}, not an array",
                other.describe()
            )))
        }
        None => return Err(Error::validation("the page has no field \"data\"")),
    };
    let data = records(data, |at| format!("the field \"data[{at}]\""))?;
    let next = match page.get("pagination") {
        None | Some(Value::Null) => None,
        Some(Value::Object(pagination)) => match pagination.get("next") {
            None | Some(Value::Null) => None,
            Some(Value::String(next)) if next.is_empty() => None,
            Some(Value::String(next)) => Some(next.clone()),
            Some(other) => {
                return Err(Error::validation(format!(
                    "the field \"pagination.next\" is {}, not a string",
                    other.describe()
                )))
            }
        },
        Some(other) => {
            return Err(Error::validation(format!(
                "the field \"pagination\" is {}, not an object",
                other.describe()
            )))
        }
    };
    Ok(Page { data, next })
}

/// The objects of a list of records, in order; the first item that is
/// not one is an error naming it by its index (`named(3)`: `the field
/// "data[3]"`, `subscription record 3`).
pub fn records(items: Vec<Value>, named: impl Fn(usize) -> String) -> Result<Vec<Object>, Error> {
    items
        .into_iter()
        .enumerate()
        .map(|(at, item)| match item {
            Value::Object(record) => Ok(record),
            other => Err(Error::validation(format!(
                "{} is {}, not an object",
                named(at),
                other.describe()
            ))),
        })
        .collect()
}

/// A non-blank string member, or an error naming it.
fn required_text<'a>(record: &'a Object, what: &str, field: &str) -> Result<&'a str, Error> {
    match record.get(field) {
        Some(Value::String(text)) if !text.trim().is_empty() => Ok(text),
        Some(Value::String(_)) => Err(Error::validation(format!(
            "the {what}'s field {} is empty",
            quoted(field)
        ))),
        Some(other) => Err(Error::validation(format!(
            "the {what}'s field {} is {}, not a string",
            quoted(field),
            other.describe()
        ))),
        None => Err(Error::validation(format!(
            "the {what} has no field {}",
            quoted(field)
        ))),
    }
}

/// A customer as `GET /api/v1/customers` lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Customer {
    pub id: String,
    /// Stigg's `updatedAt`: the calls' `timestamp`.
    pub updated_at: String,
    /// Set when the customer was archived (Stigg's deletion).
    pub archived_at: Option<String>,
    /// The record itself: the object that describes the customer, read as
    /// a `customer.*` webhook's body is.
    pub record: Object,
}

impl Customer {
    pub fn read(record: Object) -> Result<Customer, Error> {
        let id = required_text(&record, "customer", "id")?.to_owned();
        let updated_at = required_text(&record, "customer", "updatedAt").map_err(|err| {
            Error::validation(format!("customer {}: {}", quoted(&id), err.message))
        })?;
        if !crate::timestamp::is_iso8601(updated_at) {
            return Err(Error::validation(format!(
                "customer {}: the field \"updatedAt\" is not an ISO 8601 date and time: {}",
                quoted(&id),
                quoted(updated_at)
            )));
        }
        let updated_at = updated_at.to_owned();
        let archived_at = match record.get("archivedAt") {
            Some(Value::String(at)) if !at.trim().is_empty() => Some(at.clone()),
            _ => None,
        };
        Ok(Customer {
            id,
            updated_at,
            archived_at,
            record,
        })
    }
}

/// The customer a subscription record belongs to (`customerId`), for the
/// binary to file it under before its customer's page comes.
pub fn subscription_customer_id(record: &Object) -> Result<&str, Error> {
    let customer = required_text(record, "subscription", "customerId");
    customer.map_err(|err| match record.get("id").and_then(Value::as_str) {
        Some(id) => Error::validation(format!("subscription {}: {}", quoted(id), err.message)),
        None => err,
    })
}

/// A subscription's status, as the API's enum names it, in the order the
/// sync prefers a customer's subscriptions: live ones (active, in trial,
/// awaiting payment) before one not started, before ended ones.
/// `(status, class, order within the class)`.
const STATUS_RANK: &[(&str, u8, u8)] = &[
    ("ACTIVE", 0, 0),
    ("PAYMENT_PENDING", 0, 1),
    ("IN_TRIAL", 0, 2),
    ("NOT_STARTED", 1, 0),
    ("CANCELED", 2, 0),
    ("EXPIRED", 2, 0),
];

/// Status class, free, status order, start date and creation date
/// (latest first), id: borrowed from the record.
type Rank<'a> = (u8, bool, u8, Reverse<&'a str>, Reverse<&'a str>, &'a str);

/// How `record` ranks as a customer's current subscription: lower first.
/// Status class (live, not started, ended; an unknown status after every
/// known one), then a paid or custom plan before a free one (a customer
/// who pays is described by what it pays for, or tries), then active
/// before awaiting payment before in trial (a trial of another product
/// beside a paid plan does not hide the plan), then the one that started
/// last, then the one created last; the subscription id breaks a tie, so
/// the choice never depends on the order the API lists them in.
fn rank(record: &Object) -> Rank<'_> {
    let text = |field| {
        record
            .get(field)
            .and_then(Value::as_str)
            .unwrap_or_default()
    };
    let status = text("status");
    let (class, order) = STATUS_RANK
        .iter()
        .find(|(name, _, _)| *name == status)
        .map_or((3, 0), |(_, class, order)| (*class, *order));
    let free = text("pricingType") == "FREE";
    (
        class,
        free,
        order,
        Reverse(text("startDate")),
        Reverse(text("createdAt")),
        text("id"),
    )
}

/// The subscription that describes the customer now, of all it has (one
/// per product, a trial beside a paid plan, ended ones): see [`rank`].
/// `None` when it has none.
pub fn current_subscription(subscriptions: &[Object]) -> Option<&Object> {
    subscriptions.iter().min_by_key(|&record| rank(record))
}

/// The plans by id, as `GET /api/v1/plans` lists them: what a subscription
/// needs to name its plan. Each plan keeps its id and names only.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plans {
    /// In id order, so the records carried between tasks are too.
    by_id: BTreeMap<String, (Option<i64>, Object)>,
}

impl Plans {
    pub fn new() -> Plans {
        Plans::default()
    }

    /// Adds a plan record. A plan listed in several versions keeps the one
    /// marked `isLatest`, else the highest `versionNumber`.
    pub fn add(&mut self, record: &Object) -> Result<(), Error> {
        let id = required_text(record, "plan", "id")?.to_owned();
        let version = match (record.get("isLatest"), record.get("versionNumber")) {
            (Some(Value::Bool(true)), _) => Some(i64::MAX),
            (_, Some(Value::Number(number))) => number.parse::<i64>().ok(),
            _ => None,
        };
        let kept = super::pick(record, &super::PLAN_MEMBERS);
        match self.by_id.get(&id) {
            Some((held, _)) if *held >= version => {}
            _ => {
                self.by_id.insert(id, (version, kept));
            }
        }
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The plan a subscription names by `planId`: its record, or `{id}`
    /// alone when the plans listed do not hold it (then the plan's name is
    /// its id, as for a webhook whose plan has no name).
    fn plan(&self, id: &str) -> Object {
        match self.by_id.get(id) {
            Some((_, record)) => record.clone(),
            None => {
                let mut plan = Object::new();
                plan.insert("id", id.into());
                plan
            }
        }
    }

    /// The plans as the JSON the edge relay carries between page tasks:
    /// `[{id, name?, displayName?}, ...]`.
    pub fn to_records(&self) -> Value {
        let records = self.by_id.values().map(|(_, record)| record.clone());
        Value::Array(records.map(Value::Object).collect())
    }
}

/// A subscription record as a webhook's subscription reads: its plan's
/// record put in as `plan` (the REST record names it by `planId` only).
pub fn with_plan(subscription: &Object, plans: &Plans) -> Object {
    let mut body = subscription.clone();
    if !matches!(body.get("plan"), Some(Value::Object(_))) {
        if let Some(plan_id) = body.get("planId").and_then(Value::as_str) {
            let plan = plans.plan(plan_id);
            body.insert("plan", Value::Object(plan));
        }
    }
    body
}

/// The environment variable (and the edge relay's secret) that holds the
/// API key: the name Stigg's SDKs read too.
pub const API_KEY_VARIABLE: &str = "STIGG_API_KEY";

/// Where Stigg's API is, unless a host is told otherwise.
pub const DEFAULT_URL: &str = "https://api.stigg.io";

/// The API's base URL, checked before the first request, from what a host
/// was given (`setting` names where: `--stigg-api-url`, `STIGG_API_URL`;
/// blank: [`DEFAULT_URL`]): https only (plain http only to a loopback
/// address, as for Segment's endpoint), no credentials (the message never
/// shows them: the key goes in [`API_KEY_VARIABLE`]), no query string or
/// fragment; without a trailing `/`.
pub fn base_url(given: &str, setting: &str) -> Result<String, String> {
    let given = given.trim();
    if given.is_empty() {
        return Ok(DEFAULT_URL.to_owned());
    }
    let not_a_url = || {
        format!(
            "{setting} {} is not a URL (expected https://host[:port])",
            quoted(given)
        )
    };
    let SplitUrl {
        scheme,
        authority,
        host,
        tail,
    } = split_url(given).map_err(|fault| match fault {
        UrlFault::NotAUrl => not_a_url(),
        UrlFault::Credentials { scheme, after } => format!(
            "{setting} {scheme}://…@{after} holds credentials; remove them (the key goes in {API_KEY_VARIABLE})"
        ),
    })?;
    match scheme.as_str() {
        "https" => {}
        "http" if is_loopback(host) => {}
        _ => {
            return Err(format!(
                "{setting} {} must be an https:// URL (plain http only to 127.0.0.1, [::1] or localhost)",
                quoted(given)
            ))
        }
    }
    if tail.contains(['?', '#']) {
        return Err(format!(
            "{setting} {} holds a query string or a fragment; give the base URL only",
            quoted(given)
        ));
    }
    Ok(format!(
        "{scheme}://{authority}{}",
        tail.trim_end_matches('/')
    ))
}

/// The API key as `variable` held it (where the host read it: "the
/// environment variable STIGG_API_KEY", "the secret STIGG_API_KEY"),
/// without the blanks around it: set, and printable ASCII, since anything
/// else (a space, a smart quote pasted from a document) would fail every
/// request. The message never shows the key, only where its offending
/// character is.
pub fn api_key<'k>(variable: &str, key: &'k str) -> Result<&'k str, String> {
    let key = key.trim();
    if key.is_empty() {
        return Err(format!(
            "{variable} (a Stigg server API key: Stigg's app, Integrations > API Keys) is not set"
        ));
    }
    if let Some(position) = key.chars().position(|c| !c.is_ascii_graphic()) {
        return Err(format!(
            "{variable} holds a character that is not printable ASCII (at position {}); copy it again from Stigg's app",
            position + 1
        ));
    }
    Ok(key)
}

/// One answer of Stigg's API to a page request, as the host got it, its
/// text already scrubbed of the key.
#[derive(Debug, Clone, Copy)]
pub enum Answer<'a> {
    Http {
        status: u16,
        /// The `Retry-After` header, as sent.
        retry_after: Option<&'a str>,
        /// A refusal's body: what the host read of it
        /// ([`crate::delivery::ANSWER_READ_BYTES`]), scrubbed of the key
        /// before anything is cut ([`crate::delivery::scrub`]). The core
        /// keeps the first [`MAX_ANSWER_BYTES`], so a piece of a key the
        /// host's read cut off at its end, which no scrub can find, is
        /// never shown.
        body: &'a str,
    },
    /// No answer (a network error, a timeout), said in one line.
    Failed { message: &'a str },
}

/// The request an answer is to, as messages name it, and which try it was.
#[derive(Debug, Clone, Copy)]
pub struct Asked<'a> {
    /// `GET https://api.stigg.io/api/v1/customers`: no query, no key.
    pub shown: &'a str,
    /// How the host names the API's URL (`--stigg-api-url`, `STIGG_API_URL`).
    pub url_setting: &'a str,
    /// 1 for a first try.
    pub attempt: u32,
    /// Unix milliseconds, for a `Retry-After` date.
    pub now_ms: u64,
    /// In [0, 1), for the backoff's jitter.
    pub jitter: f64,
}

/// What to do about an answer to a page request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageDecision {
    /// A 2xx: read its body ([`read_page`]).
    Read,
    /// Ask again after this long; `message` says what answered.
    Retry { after_ms: u64, message: String },
    /// One line: what answered and what to check.
    Stop { message: String },
}

/// What an answer of Stigg's API means, for every host (`stigg-segment
/// sync`, the edge relay's Cron Trigger): a 2xx is read; 429, 408, 5xx and
/// no answer at all are asked again after the delivery policy's backoff
/// (`Retry-After`, delta-seconds or a date, waits longer, never shorter:
/// Stigg sometimes sends none) until `policy.max_attempts` (0: the host
/// counts); any other answer (401, 403, 404, a redirect, which is never
/// followed) stops, naming the status and what to check.
pub fn page_decision(answer: Answer, asked: Asked, policy: &Policy) -> PageDecision {
    let answer = match answer {
        Answer::Http {
            status,
            retry_after,
            body,
        } => Answer::Http {
            status,
            retry_after,
            body: cut(body, MAX_ANSWER_BYTES),
        },
        failed => failed,
    };
    let (retry_after_ms, last) = match answer {
        Answer::Http {
            status: 200..=299, ..
        } => return PageDecision::Read,
        Answer::Http {
            status: status @ (408 | 429 | 500..=599),
            retry_after,
            body,
        } => (
            retry_after.and_then(|value| parse_retry_after(value, asked.now_ms)),
            format!("{} answered HTTP {status}{}", asked.shown, one_line(body)),
        ),
        Answer::Http { status, body, .. } => {
            return PageDecision::Stop {
                message: refusal(asked, status, body),
            }
        }
        Answer::Failed { message } => (None, format!("{}: {message}", asked.shown)),
    };
    if policy.max_attempts > 0 && asked.attempt >= policy.max_attempts {
        return PageDecision::Stop {
            message: format!(
                "Stigg's API did not answer a page after {} attempts; last: {last}",
                asked.attempt
            ),
        };
    }
    PageDecision::Retry {
        after_ms: policy.retry_wait(asked.attempt, retry_after_ms, asked.jitter),
        message: last,
    }
}

/// The one line an answer about the request stops on.
fn refusal(asked: Asked, status: u16, body: &str) -> String {
    let url = asked.url_setting;
    let check = match status {
        401 => format!(
            "is {API_KEY_VARIABLE} right? It must be a server key (full access, or a scoped key that reads customers, subscriptions and plans) of the environment to read: Stigg's app, Integrations > API Keys"
        ),
        403 => format!(
            "the key in {API_KEY_VARIABLE} lacks access: a scoped key must read customers, subscriptions and plans; or the REST API is not enabled for the account (it is in private beta: ask Stigg's support)"
        ),
        404 => format!(
            "is {url} right (https://api.stigg.io)? Or the REST API is not enabled for the account (it is in private beta: ask Stigg's support)"
        ),
        300..=399 => format!("it redirects, which is not followed: give the final URL as {url}"),
        _ => format!("is {url} right (https://api.stigg.io)?"),
    };
    let reason = reason_phrase(status);
    let space = if reason.is_empty() { "" } else { " " };
    format!(
        "{} answered HTTP {status}{space}{reason}: {check}{}",
        asked.shown,
        one_line(body)
    )
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
    fn pages_give_their_records_and_the_next_cursor() {
        let page = read_page(
            br#"{"data":[{"id":"a"},{"id":"b"}],"pagination":{"next":"c2","prev":null}}"#,
        )
        .unwrap();
        assert_eq!(page.data.len(), 2);
        assert_eq!(page.next.as_deref(), Some("c2"));
        let last = read_page(br#"{"data":[],"pagination":{"next":null}}"#).unwrap();
        assert_eq!(last.next, None);
        assert_eq!(read_page(br#"{"data":[]}"#).unwrap().next, None);
    }

    #[test]
    fn a_page_that_does_not_parse_names_the_field() {
        for (body, field) in [
            (&br#"{"items":[]}"#[..], "\"data\""),
            (br#"{"data":{}}"#, "\"data\""),
            (br#"{"data":[{"id":"a"},3]}"#, "data[1]"),
            (br#"{"data":[],"pagination":{"next":7}}"#, "pagination.next"),
            (br#"{"data":[],"pagination":"x"}"#, "\"pagination\""),
            (br#"[]"#, "not an object"),
        ] {
            let err = read_page(body).unwrap_err();
            assert!(err.message.contains(field), "{}: {}", field, err.message);
        }
        assert!(read_page(b"{\"data\":[").is_err());
    }

    #[test]
    fn queries_page_with_limit_and_cursor_and_ask_for_archived_plans() {
        assert_eq!(page_query(CUSTOMERS_PATH, 100, None, None), "limit=100");
        assert_eq!(
            page_query(CUSTOMERS_PATH, 500, Some("a b/c"), Some("x")),
            "limit=100&after=a%20b%2Fc"
        );
        assert_eq!(
            page_query(PLANS_PATH, 50, None, None),
            "limit=50&status=PUBLISHED%2CARCHIVED"
        );
        assert_eq!(
            page_query(SUBSCRIPTIONS_PATH, 100, None, Some("c 1")),
            "limit=100&customerId=c%201"
        );
    }

    #[test]
    fn base_urls_are_https_or_loopback_without_credentials_or_query() {
        let url = |given| base_url(given, "--stigg-api-url");
        assert_eq!(url("https://api.stigg.io/").as_deref(), Ok(DEFAULT_URL));
        assert_eq!(url("  ").as_deref(), Ok(DEFAULT_URL));
        assert_eq!(
            url("HTTPS://proxy.example.com:8443/stigg//").as_deref(),
            Ok("https://proxy.example.com:8443/stigg")
        );
        for loopback in [
            "http://127.0.0.1:9000",
            "http://localhost",
            "http://[::1]:80",
        ] {
            assert_eq!(url(loopback).as_deref(), Ok(loopback));
        }
        for (given, why) in [
            ("http://api.stigg.io", "must be an https:// URL"),
            ("ftp://x", "must be an https:// URL"),
            ("https://user:pw@api.stigg.io", "holds credentials"),
            ("https://api.stigg.io?x=1", "query string"),
            ("https://api.stigg.io/#top", "fragment"),
            ("api.stigg.io", "not a URL"),
            ("https://api stigg.io", "not a URL"),
            ("https://:443", "not a URL"),
            ("https://api.stigg.io:99999", "not a URL"),
        ] {
            let err = url(given).unwrap_err();
            assert!(err.starts_with("--stigg-api-url "), "{err}");
            assert!(err.contains(why), "{given}: {err}");
            assert!(!err.contains("pw@") && !err.contains("user:"), "{err}");
        }
    }

    #[test]
    fn keys_must_be_set_and_printable_and_are_never_shown() {
        let variable = "the secret STIGG_API_KEY";
        assert_eq!(api_key(variable, " server-abc \n"), Ok("server-abc"));
        let unset = api_key(variable, " ").unwrap_err();
        assert!(unset.starts_with("the secret STIGG_API_KEY (a Stigg server API key"));
        assert!(unset.ends_with("is not set"), "{unset}");
        for (key, position) in [("server-a b", 9), ("server-“abc”", 8)] {
            let err = api_key(variable, key).unwrap_err();
            assert!(err.contains(&format!("(at position {position})")), "{err}");
            assert!(!err.contains("server-"), "{err}");
        }
    }

    #[test]
    fn customers_need_an_id_and_an_iso_updated_at() {
        let customer = Customer::read(object(
            r#"{"id":"c1","updatedAt":"2024-01-01T00:00:00.000Z","archivedAt":null}"#,
        ))
        .unwrap();
        assert_eq!(customer.id, "c1");
        assert_eq!(customer.archived_at, None);
        let archived = Customer::read(object(
            r#"{"id":"c1","updatedAt":"2024-01-01T00:00:00Z","archivedAt":"2024-02-01T00:00:00Z"}"#,
        ))
        .unwrap();
        assert!(archived.archived_at.is_some());
        for (text, phrase) in [
            (r#"{"updatedAt":"2024-01-01T00:00:00Z"}"#, "no field \"id\""),
            (
                r#"{"id":" ","updatedAt":"2024-01-01T00:00:00Z"}"#,
                "\"id\" is empty",
            ),
            (r#"{"id":3}"#, "\"id\" is a number"),
            (
                r#"{"id":"c1"}"#,
                "customer \"c1\": the customer has no field \"updatedAt\"",
            ),
            (r#"{"id":"c1","updatedAt":"yesterday"}"#, "not an ISO 8601"),
        ] {
            let err = Customer::read(object(text)).unwrap_err();
            assert!(err.message.contains(phrase), "{text}: {}", err.message);
        }
    }

    #[test]
    fn the_current_subscription_is_live_then_paid_then_latest() {
        let sub = |id: &str, status: &str, pricing: &str, start: &str| {
            object(&format!(
                r#"{{"id":"{id}","status":"{status}","pricingType":"{pricing}","startDate":"{start}","createdAt":"{start}"}}"#
            ))
        };
        let current = |subs: &[Object]| {
            current_subscription(subs)
                .and_then(|s| s.get("id"))
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        let ended = sub("old", "CANCELED", "PAID", "2024-03-01");
        let free = sub("free", "ACTIVE", "FREE", "2024-01-01");
        let trial = sub("trial", "IN_TRIAL", "PAID", "2024-02-01");
        let future = sub("next", "NOT_STARTED", "PAID", "2024-05-01");
        assert_eq!(current(&[]), None);
        assert_eq!(
            current(&[ended.clone(), free.clone()]).as_deref(),
            Some("free")
        );
        assert_eq!(
            current(&[free.clone(), trial.clone()]).as_deref(),
            Some("trial")
        );
        let paid = sub("paid", "ACTIVE", "PAID", "2024-01-01");
        assert_eq!(
            current(&[trial.clone(), paid.clone()]).as_deref(),
            Some("paid")
        );
        assert_eq!(current(&[paid, trial.clone()]).as_deref(), Some("paid"));
        assert_eq!(
            current(&[ended.clone(), future.clone()]).as_deref(),
            Some("next")
        );
        let newer = sub("newer", "ACTIVE", "PAID", "2024-04-01");
        let older = sub("older", "ACTIVE", "PAID", "2024-01-01");
        assert_eq!(
            current(&[older.clone(), newer.clone()]).as_deref(),
            Some("newer")
        );
        assert_eq!(current(&[newer, older]).as_deref(), Some("newer"));
        let expired = sub("a", "EXPIRED", "PAID", "2024-01-01");
        let canceled = sub("b", "CANCELED", "PAID", "2024-02-01");
        assert_eq!(current(&[expired, canceled]).as_deref(), Some("b"));
    }

    #[test]
    fn plans_keep_their_latest_version_and_unknown_plans_are_named_by_id() {
        let mut plans = Plans::new();
        plans
            .add(&object(r#"{"id":"plan-pro","displayName":"Pro v1","versionNumber":1,"isLatest":false,"metadata":{"x":"1"}}"#))
            .unwrap();
        plans
            .add(&object(
                r#"{"id":"plan-pro","displayName":"Pro","versionNumber":2,"isLatest":true}"#,
            ))
            .unwrap();
        plans
            .add(&object(
                r#"{"id":"plan-pro","displayName":"Pro v0","versionNumber":0}"#,
            ))
            .unwrap();
        assert_eq!(plans.len(), 1);
        let sub = with_plan(&object(r#"{"id":"s","planId":"plan-pro"}"#), &plans);
        assert_eq!(
            crate::json::to_text(sub.get("plan").unwrap()),
            r#"{"id":"plan-pro","displayName":"Pro"}"#
        );
        assert_eq!(super::super::plan_name(&sub), Some("Pro"));
        let unknown = with_plan(&object(r#"{"id":"s","planId":"plan-x"}"#), &plans);
        assert_eq!(super::super::plan_name(&unknown), Some("plan-x"));
        assert!(plans.add(&object(r#"{"displayName":"no id"}"#)).is_err());
    }

    #[test]
    fn answers_are_read_retried_or_stop_with_what_to_check() {
        let policy = Policy {
            max_attempts: 3,
            backoff_ms: 1000,
            max_backoff_ms: 8000,
            max_retry_after_ms: 60_000,
            hold_ms: 0,
        };
        let asked = |attempt| Asked {
            shown: "GET https://api.stigg.io/api/v1/customers",
            url_setting: "--stigg-api-url",
            attempt,
            now_ms: 0,
            jitter: 0.0,
        };
        let http = |status, retry_after, body| Answer::Http {
            status,
            retry_after,
            body,
        };
        assert_eq!(
            page_decision(http(200, None, "{}"), asked(1), &policy),
            PageDecision::Read
        );
        // 429 without Retry-After (Stigg sends none): the backoff.
        let PageDecision::Retry { after_ms, message } =
            page_decision(http(429, None, "slow down"), asked(1), &policy)
        else {
            panic!("a 429 is retried");
        };
        assert_eq!(after_ms, 500);
        assert!(message.contains("HTTP 429") && message.contains("slow down"));
        // A longer Retry-After waits longer; a shorter one, the backoff.
        let wait = |answer, attempt| match page_decision(answer, asked(attempt), &policy) {
            PageDecision::Retry { after_ms, .. } => after_ms,
            other => panic!("{other:?}"),
        };
        assert_eq!(wait(http(503, Some("7"), ""), 1), 7000);
        assert_eq!(wait(http(500, Some("0"), ""), 2), 1000);
        assert_eq!(
            wait(
                Answer::Failed {
                    message: "connection refused"
                },
                1
            ),
            500
        );
        // Retries run out at max_attempts.
        let PageDecision::Stop { message } = page_decision(http(500, None, ""), asked(3), &policy)
        else {
            panic!("the third attempt is the last");
        };
        assert!(message.contains("after 3 attempts"), "{message}");
        // Answers about the request stop at once, naming what to check.
        for (status, phrase) in [
            (401, "HTTP 401 Unauthorized: is STIGG_API_KEY right?"),
            (403, "lacks access"),
            (404, "is --stigg-api-url right"),
            (302, "it redirects"),
            (400, "HTTP 400 Bad Request"),
        ] {
            let PageDecision::Stop { message } =
                page_decision(http(status, None, "{\"error\":{}}"), asked(1), &policy)
            else {
                panic!("{status} stops");
            };
            assert!(message.contains(phrase), "{status}: {message}");
            assert!(message.starts_with("GET https://api.stigg.io/api/v1/customers answered"));
        }
    }

    #[test]
    fn only_the_first_max_answer_bytes_of_a_refusal_are_read_into_a_message() {
        // A host reads twice what the core keeps and scrubs it; a piece
        // of a key its read cut off at the end lies past the core's cut.
        let policy = Policy::default();
        let asked = Asked {
            shown: "GET https://api.stigg.io/api/v1/plans",
            url_setting: "--stigg-api-url",
            attempt: 1,
            now_ms: 0,
            jitter: 0.0,
        };
        let read = format!("{}{}", " ".repeat(2 * MAX_ANSWER_BYTES - 6), "server");
        for status in [401, 500] {
            let answer = Answer::Http {
                status,
                retry_after: None,
                body: &read,
            };
            let message = match page_decision(answer, asked, &policy) {
                PageDecision::Stop { message } | PageDecision::Retry { message, .. } => message,
                PageDecision::Read => panic!("{status} is not read"),
            };
            assert!(!message.contains("KEYPIECE"), "{message}");
            assert!(!message.contains("it said"), "{message}");
        }
        // Within the kept part, the answer is shown (on one line).
        let answer = Answer::Http {
            status: 403,
            retry_after: None,
            body: "{\"error\":\n \"forbidden\"}",
        };
        let PageDecision::Stop { message } = page_decision(answer, asked, &policy) else {
            panic!("a 403 stops");
        };
        assert!(
            message.ends_with("(it said: {\"error\": \"forbidden\"})"),
            "{message}"
        );
    }
}
