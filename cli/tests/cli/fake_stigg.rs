//! A fake of Stigg's REST API v1 on 127.0.0.1: `GET /api/v1/customers`,
//! `/api/v1/subscriptions` (optionally `?customerId=`) and `/api/v1/plans`,
//! cursor-paged (`limit` ≤ 100, `after`) as `{data, pagination: {next,
//! prev}}`, with records shaped as the official Python SDK's models
//! (`stigg` 0.1.0b53: every required field, most optional ones), which
//! tools/check-fake-stigg.py checks with the SDK itself. It checks
//! `X-API-KEY` (401 with Stigg's documented body otherwise), can be told to
//! answer 429 (without Retry-After, as Stigg's Edge API does, or with one)
//! or 500 to the next requests (their body echoing the key, if asked), to
//! move a customer to another plan, and to pad the plans (a plans page
//! larger than a webhook may be, plans too many for a queue message), to
//! send its pages round in a circle (a cursor back to an earlier one); and
//! says how many pages of each path it served.
//!
//! The data: `customers` customers over mixed plans and statuses (active,
//! in trial with an end date, canceled, expired, payment pending, not
//! started), every tenth without a subscription, every seventh with two (a
//! second product's), every 97th archived; plans whose display names differ
//! from their ids. It also runs on its own for the JS tests and the SDK
//! check: `cargo run -p stigg-segment-cli --example fake-stigg -- N`.

#![allow(dead_code)]

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};
use tiny_http::{Header, Response, Server};

pub const API_KEY: &str = "server-fake_TEST_key_7f3a";

/// `(id, displayName, product, pricingType)`.
pub const PLANS: &[(&str, &str, &str, &str)] = &[
    ("plan-free", "Free", "product-app", "FREE"),
    ("plan-starter", "Starter", "product-app", "PAID"),
    ("plan-pro", "Pro", "product-app", "PAID"),
    (
        "plan-growth-annual",
        "Growth (annual)",
        "product-app",
        "PAID",
    ),
    ("plan-enterprise", "Enterprise", "product-app", "CUSTOM"),
    (
        "plan-analytics-addon",
        "Analytics",
        "product-analytics",
        "PAID",
    ),
];

const STATUSES: &[&str] = &[
    "ACTIVE",
    "IN_TRIAL",
    "ACTIVE",
    "CANCELED",
    "EXPIRED",
    "PAYMENT_PENDING",
    "ACTIVE",
    "NOT_STARTED",
];

pub fn customer_id(i: usize) -> String {
    format!("customer-{i:06}")
}

pub fn is_archived(i: usize) -> bool {
    i % 97 == 5
}

pub fn has_subscription(i: usize) -> bool {
    i % 10 != 3
}

pub fn has_two(i: usize) -> bool {
    i % 7 == 2 && has_subscription(i)
}

fn time(day: usize, second: usize) -> String {
    format!(
        "2024-{:02}-{:02}T{:02}:{:02}:{:02}.000Z",
        1 + day % 12,
        1 + day % 28,
        second / 3600 % 24,
        second / 60 % 60,
        second % 60
    )
}

fn customer(i: usize) -> Value {
    json!({
        "id": customer_id(i),
        "name": format!("Customer {i}"),
        "email": format!("billing+{i}@example.com"),
        "billingId": if i.is_multiple_of(4) { json!(format!("cus_{i:08}")) } else { Value::Null },
        "billingCurrency": "usd",
        "couponId": Value::Null,
        "defaultPaymentMethod": Value::Null,
        "integrations": [],
        "language": "en",
        "timezone": "UTC",
        "metadata": if i.is_multiple_of(3) { json!({"segment": "smb", "region": "emea"}) } else { json!({}) },
        "passthrough": Value::Null,
        "createdAt": time(i, i),
        "updatedAt": time(i + 3, i * 7),
        "archivedAt": if is_archived(i) { json!(time(i + 5, i)) } else { Value::Null },
    })
}

/// The subscriptions of customer `i`, with its plan (`plan_override`
/// replaces the first one's).
fn subscriptions(i: usize, plan_override: Option<&str>) -> Vec<Value> {
    if !has_subscription(i) {
        return Vec::new();
    }
    let status = STATUSES[i % STATUSES.len()];
    let plan = plan_override.unwrap_or(PLANS[i % 5].0);
    let pricing = PLANS.iter().find(|p| p.0 == plan).map_or("PAID", |p| p.3);
    let mut list = vec![subscription(i, 0, plan, pricing, status)];
    if has_two(i) {
        list.push(subscription(
            i,
            1,
            "plan-analytics-addon",
            "PAID",
            "IN_TRIAL",
        ));
    }
    list
}

fn subscription(i: usize, n: usize, plan: &str, pricing: &str, status: &str) -> Value {
    let ended = matches!(status, "CANCELED" | "EXPIRED");
    json!({
        "id": format!("subscription-{i:06}-{n}"),
        "customerId": customer_id(i),
        "planId": plan,
        "pricingType": pricing,
        "status": status,
        "paymentCollection": if status == "PAYMENT_PENDING" { "ACTION_REQUIRED" } else { "NOT_REQUIRED" },
        "paymentCollectionMethod": "CHARGE",
        "billingId": Value::Null,
        "startDate": time(i + n, i),
        "createdAt": time(i + n, i),
        "currentBillingPeriodStart": time(i + 1, 0),
        "currentBillingPeriodEnd": time(i + 2, 0),
        "trialEndDate": if status == "IN_TRIAL" { json!(time(i + 20, 0)) } else { Value::Null },
        "cancellationDate": if ended { json!(time(i + 9, 0)) } else { Value::Null },
        "cancelReason": if ended { json!("CANCELLED_BY_BILLING") } else { Value::Null },
        "effectiveEndDate": if ended { json!(time(i + 9, 0)) } else { Value::Null },
        "endDate": Value::Null,
        "resourceId": Value::Null,
        "addons": [],
        "coupons": [],
        "prices": [],
        "metadata": {},
        "trial": if status == "IN_TRIAL" { json!({"trialEndBehavior": "CONVERT_TO_PAID"}) } else { Value::Null },
    })
}

/// Plan `index`; `padding` bytes more of description, `name_padding` of
/// display name.
fn plan(index: usize, padding: usize, name_padding: usize) -> Value {
    let (id, name, product, pricing) = PLANS[index];
    json!({
        "id": id,
        "displayName": format!("{name}{}", "+".repeat(name_padding)),
        "description": format!("The {name} plan{}", ".".repeat(padding)),
        "productId": product,
        "pricingType": pricing,
        "status": "PUBLISHED",
        "versionNumber": 2,
        "isLatest": true,
        "billingId": Value::Null,
        "compatibleAddonIds": [],
        "defaultTrialConfig": Value::Null,
        "entitlements": [{"id": "feature-seats", "type": "FEATURE"}],
        "metadata": {},
        "parentPlanId": Value::Null,
        "createdAt": "2023-06-01T00:00:00.000Z",
        "updatedAt": "2023-07-01T00:00:00.000Z",
    })
}

/// An answer to give instead of the page.
#[derive(Debug, Clone)]
pub struct Scripted {
    pub status: u16,
    pub retry_after: Option<String>,
}

#[derive(Default)]
struct State {
    customers: usize,
    /// Customers moved to another plan: `(index, plan id)`.
    moved: Mutex<Vec<(usize, String)>>,
    script: Mutex<VecDeque<Scripted>>,
    /// Bytes added to each plan's description: a plans page as large as
    /// a test needs.
    plan_padding: AtomicUsize,
    /// Bytes added to each plan's display name: plans too many for a queue
    /// message to carry.
    plan_name_padding: AtomicUsize,
    /// Where a scripted answer's body echoes the key, after spaces: a
    /// proxy that repeats the request's headers.
    echo_key_at: Mutex<Option<usize>>,
    /// `(at, to)`: a page whose next cursor would be `at` gives `to`, so
    /// the pages go round in a circle (a broken API or proxy).
    cycle: Mutex<Option<(String, String)>>,
    requests: AtomicUsize,
    /// Every request: path and status.
    log: Mutex<Vec<(String, u16)>>,
}

pub struct FakeStigg {
    pub url: String,
    state: Arc<State>,
    server: Arc<Server>,
}

impl FakeStigg {
    pub fn start(customers: usize) -> FakeStigg {
        FakeStigg::start_on("127.0.0.1:0", customers)
    }

    pub fn start_on(address: &str, customers: usize) -> FakeStigg {
        // TCP_NODELAY on the listener, which Linux gives each accepted
        // socket: tiny_http writes a response's head and body apart, and
        // with Nagle's algorithm every page on a kept-alive connection
        // would wait for the client's delayed ACK (40 ms).
        let address: std::net::SocketAddr = address.parse().expect("an address");
        let socket = socket2::Socket::new(
            socket2::Domain::for_address(address),
            socket2::Type::STREAM,
            None,
        )
        .expect("a socket");
        socket.set_reuse_address(true).expect("SO_REUSEADDR");
        socket.set_tcp_nodelay(true).expect("TCP_NODELAY");
        socket.bind(&address.into()).expect("a loopback port");
        socket.listen(128).expect("listen");
        let listener: std::net::TcpListener = socket.into();
        let server = Arc::new(Server::from_listener(listener, None).expect("a server"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let state = Arc::new(State {
            customers,
            ..State::default()
        });
        {
            let (server, state) = (server.clone(), state.clone());
            std::thread::spawn(move || {
                for request in server.incoming_requests() {
                    let state = state.clone();
                    std::thread::spawn(move || answer(&state, request));
                }
            });
        }
        FakeStigg {
            url: format!("http://127.0.0.1:{port}"),
            state,
            server,
        }
    }

    /// Answers the next requests with these statuses instead.
    pub fn script(&self, answers: impl IntoIterator<Item = Scripted>) {
        self.state.script.lock().unwrap().extend(answers);
    }

    /// A page whose next cursor would be `at` gives `to` instead.
    pub fn cycle(&self, at: &str, to: &str) {
        *self.state.cycle.lock().unwrap() = Some((at.to_owned(), to.to_owned()));
    }

    /// Moves customer `i` to another plan (a new current subscription).
    pub fn move_to_plan(&self, i: usize, plan: &str) {
        self.state.moved.lock().unwrap().push((i, plan.to_owned()));
    }

    pub fn requests(&self) -> usize {
        self.state.requests.load(Ordering::SeqCst)
    }

    pub fn log(&self) -> Vec<(String, u16)> {
        self.state.log.lock().unwrap().clone()
    }
}

impl Drop for FakeStigg {
    fn drop(&mut self) {
        self.server.unblock();
    }
}

fn query_param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' && at + 2 < bytes.len() {
            if let Ok(byte) = u8::from_str_radix(&text[at + 1..at + 3], 16) {
                out.push(byte);
                at += 3;
                continue;
            }
        }
        out.push(if bytes[at] == b'+' { b' ' } else { bytes[at] });
        at += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn answer(state: &State, request: tiny_http::Request) {
    state.requests.fetch_add(1, Ordering::SeqCst);
    let url = request.url().to_owned();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let path = path.to_owned();
    let respond =
        |request: tiny_http::Request, status: u16, body: String, retry_after: Option<&str>| {
            state.log.lock().unwrap().push((path.clone(), status));
            let mut response = Response::from_string(body)
                .with_status_code(status)
                .with_header(Header::from_bytes("Content-Type", "application/json").unwrap());
            if let Some(value) = retry_after {
                response.add_header(Header::from_bytes("Retry-After", value).unwrap());
            }
            let _ = request.respond(response);
        };
    if request.url().starts_with("/_fake/move?") {
        // For the JS tests: /_fake/move?customer=N&plan=ID
        let customer = query_param(query, "customer").and_then(|n| n.parse().ok());
        let plan = query_param(query, "plan").map(decode);
        if let (Some(customer), Some(plan)) = (customer, plan) {
            state.moved.lock().unwrap().push((customer, plan));
            return respond(request, 200, "{}".into(), None);
        }
        return respond(request, 400, "{}".into(), None);
    }
    if request.url().starts_with("/_fake/pad?") {
        // For the JS tests: /_fake/pad?bytes=N[&names=M]
        let bytes = |name| query_param(query, name).and_then(|n| n.parse().ok());
        let (description, names) = (bytes("bytes"), bytes("names"));
        state
            .plan_padding
            .store(description.unwrap_or(0), Ordering::SeqCst);
        state
            .plan_name_padding
            .store(names.unwrap_or(0), Ordering::SeqCst);
        return respond(request, 200, "{}".into(), None);
    }
    if request.url().starts_with("/_fake/cycle?") {
        // For the JS tests: /_fake/cycle?at=ID&to=ID
        let (at, to) = (query_param(query, "at"), query_param(query, "to"));
        if let (Some(at), Some(to)) = (at, to) {
            *state.cycle.lock().unwrap() = Some((decode(at), decode(to)));
            return respond(request, 200, "{}".into(), None);
        }
        return respond(request, 400, "{}".into(), None);
    }
    if request.url().starts_with("/_fake/requests") {
        // For the JS tests: the pages served, by path.
        let mut served = serde_json::Map::new();
        for (path, status) in state.log.lock().unwrap().iter() {
            if *status == 200 && path.starts_with("/api/") {
                let n = served.entry(path.clone()).or_insert(json!(0));
                *n = json!(n.as_u64().unwrap_or(0) + 1);
            }
        }
        return respond(request, 200, Value::Object(served).to_string(), None);
    }
    if request.url().starts_with("/_fake/echo-key?") {
        // For the JS tests: /_fake/echo-key?at=N
        let at = query_param(query, "at").and_then(|n| n.parse().ok());
        *state.echo_key_at.lock().unwrap() = at;
        return respond(request, 200, "{}".into(), None);
    }
    if request.url().starts_with("/_fake/fail?") {
        // For the JS tests: /_fake/fail?status=429[&retryAfter=1]
        let status = query_param(query, "status")
            .and_then(|n| n.parse().ok())
            .unwrap_or(500);
        let retry_after = query_param(query, "retryAfter").map(str::to_owned);
        state.script.lock().unwrap().push_back(Scripted {
            status,
            retry_after,
        });
        return respond(request, 200, "{}".into(), None);
    }
    let key = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("X-API-KEY"))
        .map(|h| h.value.as_str().to_owned());
    if key.as_deref() != Some(API_KEY) {
        let body =
            json!({"error": {"code": "UNAUTHENTICATED", "message": "Invalid or missing API key"}});
        return respond(request, 401, body.to_string(), None);
    }
    if let Some(scripted) = state.script.lock().unwrap().pop_front() {
        let body = match *state.echo_key_at.lock().unwrap() {
            Some(at) => format!("{}{API_KEY} was given", " ".repeat(at)),
            None => json!({"error": "scripted", "message": "Too many requests"}).to_string(),
        };
        return respond(
            request,
            scripted.status,
            body,
            scripted.retry_after.as_deref(),
        );
    }
    let limit = query_param(query, "limit")
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(20);
    if limit == 0 || limit > 100 {
        let body =
            json!({"error": {"code": "BAD_REQUEST", "message": "limit must be between 1 and 100"}});
        return respond(request, 400, body.to_string(), None);
    }
    let after = query_param(query, "after").map(decode);
    let moved = state.moved.lock().unwrap().clone();
    let plan_of = |i: usize| {
        moved
            .iter()
            .rev()
            .find(|(n, _)| *n == i)
            .map(|(_, p)| p.clone())
    };
    let subscriptions_of = |i: usize| subscriptions(i, plan_of(i).as_deref());
    // Every list is ordered by id, and the cursor is the last id of a
    // page; records are made as a page needs them, so a page costs its
    // size, not the list's.
    let customer_index = |id: &str| {
        id.strip_prefix("customer-")
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|&i| i < state.customers)
    };
    let mut page: Vec<Value> = Vec::new();
    let mut more = false;
    let mut take = |record: Value, page: &mut Vec<Value>| {
        if page.len() == limit {
            more = true;
            false
        } else {
            page.push(record);
            true
        }
    };
    match path.as_str() {
        "/api/v1/customers" => {
            let start = after
                .as_deref()
                .and_then(customer_index)
                .map_or(0, |i| i + 1);
            for i in start..state.customers {
                if !take(customer(i), &mut page) {
                    break;
                }
            }
        }
        "/api/v1/plans" => {
            let start = after
                .as_deref()
                .and_then(|id| PLANS.iter().position(|p| p.0 == id))
                .map_or(0, |i| i + 1);
            let padding = state.plan_padding.load(Ordering::SeqCst);
            let name_padding = state.plan_name_padding.load(Ordering::SeqCst);
            for i in start..PLANS.len() {
                if !take(plan(i, padding, name_padding), &mut page) {
                    break;
                }
            }
        }
        "/api/v1/subscriptions" => {
            // subscription-<customer>-<n>
            let cursor = after.as_deref().and_then(|id| {
                let rest = id.strip_prefix("subscription-")?;
                let (customer, n) = rest.split_once('-')?;
                Some((customer.parse::<usize>().ok()?, n.parse::<usize>().ok()?))
            });
            let only = query_param(query, "customerId").map(decode);
            let customers: Box<dyn Iterator<Item = usize>> = match &only {
                Some(id) => Box::new(customer_index(id).into_iter()),
                None => Box::new(cursor.map_or(0, |(c, _)| c)..state.customers),
            };
            'customers: for i in customers {
                for (n, record) in subscriptions_of(i).into_iter().enumerate() {
                    if cursor.is_some_and(|(c, m)| (i, n) <= (c, m)) {
                        continue;
                    }
                    if !take(record, &mut page) {
                        break 'customers;
                    }
                }
            }
        }
        _ => {
            let body = json!({"error": {"code": "NOT_FOUND", "message": "Cannot GET"}});
            return respond(request, 404, body.to_string(), None);
        }
    };
    let next = if more {
        page.last().map(|r| r["id"].clone())
    } else {
        None
    };
    let next = match (&next, &*state.cycle.lock().unwrap()) {
        (Some(Value::String(id)), Some((at, to))) if id == at => Some(json!(to)),
        _ => next,
    };
    let body = json!({
        "data": page,
        "pagination": {"next": next, "prev": after},
    });
    respond(request, 200, body.to_string(), None);
}
