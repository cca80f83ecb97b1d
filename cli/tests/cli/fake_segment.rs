//! A fake of Segment's /v1/batch on 127.0.0.1: it answers 404 on any other
//! path, checks Basic auth, records the batches it accepts, and can be told
//! to answer 429 (with Retry-After), 500 or 401, to answer every request
//! with one status (a broken proxy), to refuse batches holding a marked
//! call with 400, to hang, or to answer late; or to play a server of the
//! delivery policy's table (`Behaviour`).

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine;
use tiny_http::{Header, Response, Server};

/// A call holding this text is refused with 400, as a bad call would be.
pub const POISON: &str = "POISON-CALL";

/// One accepted request.
#[derive(Debug, Clone)]
pub struct Batch {
    pub write_key: String,
    pub bytes: usize,
    pub message_ids: Vec<String>,
    /// Each call's size as Segment would measure it (compact JSON).
    pub call_bytes: Vec<usize>,
    /// Each call's `timestamp`, when it has one.
    pub timestamps: Vec<Option<String>>,
    /// The batch's `sentAt`.
    pub sent_at: Option<String>,
    /// When it arrived, in Unix milliseconds (Segment's `receivedAt`).
    pub received_ms: i64,
}

/// Any request to /v1/batch, answered however: when it arrived (Unix
/// milliseconds), the `sentAt` its body held and the status answered.
#[derive(Debug, Clone)]
pub struct Seen {
    pub received_ms: i64,
    pub sent_at: Option<String>,
    pub status: u16,
}

/// Now, in Unix milliseconds.
pub fn unix_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

/// An answer to give instead of accepting: status and Retry-After.
#[derive(Debug, Clone)]
pub struct Scripted {
    pub status: u16,
    pub retry_after: Option<&'static str>,
    pub body: String,
}

/// An answer with any headers, as the policy table writes them.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

/// A server of tests/delivery-policy.json: each request is answered with
/// the first unused `script` reply; else, when it holds a call marked with
/// `POISON`, with `refuse`; else with `otherwise`; else accepted.
#[derive(Debug, Clone, Default)]
pub struct Behaviour {
    pub script: VecDeque<Reply>,
    pub refuse: Option<Reply>,
    pub otherwise: Option<Reply>,
}

#[derive(Default)]
struct State {
    write_keys: Vec<String>,
    accepted: Mutex<Vec<Batch>>,
    script: Mutex<VecDeque<Scripted>>,
    /// Every request: when, and the status answered.
    log: Mutex<Vec<(Instant, u16)>>,
    hang: AtomicBool,
    /// Hang once this many batches are accepted.
    hang_after: Mutex<Option<usize>>,
    hanging: AtomicUsize,
    /// Answer every request with this status, until set to 0.
    always: AtomicUsize,
    /// When set, decides every answer (and marked calls are accepted
    /// when it does not refuse them).
    behaviour: Mutex<Option<Behaviour>>,
    /// Hold each answer this long (milliseconds).
    delay_ms: AtomicUsize,
    /// Every request to /v1/batch.
    seen: Mutex<Vec<Seen>>,
}

pub struct FakeSegment {
    /// The full endpoint, ending in /v1/batch.
    pub url: String,
    /// The base URL, as Segment's libraries take their host.
    pub base: String,
    state: Arc<State>,
    server: Arc<Server>,
}

impl FakeSegment {
    /// Accepts requests whose Basic auth user is one of `write_keys`.
    pub fn start(write_keys: &[&str]) -> FakeSegment {
        let server = Arc::new(Server::http("127.0.0.1:0").expect("a loopback port"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let state = Arc::new(State {
            write_keys: write_keys.iter().map(|k| (*k).to_owned()).collect(),
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
        FakeSegment {
            url: format!("http://127.0.0.1:{port}/v1/batch"),
            base: format!("http://127.0.0.1:{port}"),
            state,
            server,
        }
    }

    pub fn script(&self, answers: impl IntoIterator<Item = Scripted>) {
        self.state.script.lock().unwrap().extend(answers);
    }

    /// Answers every request with `status` (0: behave again).
    pub fn always(&self, status: u16) {
        self.state.always.store(status.into(), Ordering::SeqCst);
    }

    /// Plays a server of the policy table.
    pub fn behave(&self, behaviour: Behaviour) {
        *self.state.behaviour.lock().unwrap() = Some(behaviour);
    }

    /// Accepts every request, marked calls too: the endpoint fixed.
    pub fn accept_all(&self) {
        self.behave(Behaviour::default());
    }

    /// Answers every request this much later (0: at once).
    pub fn delay(&self, delay: Duration) {
        self.state
            .delay_ms
            .store(delay.as_millis() as usize, Ordering::SeqCst);
    }

    pub fn hang(&self, on: bool) {
        self.state.hang.store(on, Ordering::SeqCst);
    }

    pub fn hang_after(&self, batches: usize) {
        *self.state.hang_after.lock().unwrap() = Some(batches);
    }

    /// Requests being held right now.
    pub fn hanging(&self) -> usize {
        self.state.hanging.load(Ordering::SeqCst)
    }

    pub fn batches(&self) -> Vec<Batch> {
        self.state.accepted.lock().unwrap().clone()
    }

    /// How many times each messageId was accepted.
    pub fn arrivals(&self) -> HashMap<String, usize> {
        let mut counts = HashMap::new();
        for batch in self.state.accepted.lock().unwrap().iter() {
            for id in &batch.message_ids {
                *counts.entry(id.clone()).or_insert(0) += 1;
            }
        }
        counts
    }

    pub fn log(&self) -> Vec<(Instant, u16)> {
        self.state.log.lock().unwrap().clone()
    }

    /// Every request to /v1/batch, in the order they arrived.
    pub fn seen(&self) -> Vec<Seen> {
        self.state.seen.lock().unwrap().clone()
    }
}

impl Drop for FakeSegment {
    fn drop(&mut self) {
        self.hang(false);
        self.server.unblock();
    }
}

fn answer(state: &State, mut request: tiny_http::Request) {
    let received_ms = unix_ms();
    let mut body = Vec::new();
    let _ = request.as_reader().read_to_end(&mut body);
    let sent_at = serde_json::from_slice::<serde_json::Value>(&body)
        .ok()
        .and_then(|parsed| parsed["sentAt"].as_str().map(str::to_owned));
    let on_batch_path = request.url().split('?').next() == Some("/v1/batch");
    let saw = |status: u16| {
        if on_batch_path {
            state.seen.lock().unwrap().push(Seen {
                received_ms,
                sent_at: sent_at.clone(),
                status,
            });
        }
    };
    let respond =
        |request: tiny_http::Request, status: u16, text: &str, retry_after: Option<&str>| {
            saw(status);
            state.log.lock().unwrap().push((Instant::now(), status));
            let mut response = Response::from_string(text).with_status_code(status);
            if let Some(value) = retry_after {
                response.add_header(Header::from_bytes("Retry-After", value).unwrap());
            }
            let _ = request.respond(response);
        };
    if request.url().split('?').next() != Some("/v1/batch") {
        return respond(request, 404, "404 page not found", None);
    }
    let delay = state.delay_ms.load(Ordering::SeqCst);
    if delay > 0 {
        std::thread::sleep(Duration::from_millis(delay as u64));
    }
    let always = state.always.load(Ordering::SeqCst) as u16;
    if always != 0 {
        return respond(request, always, "{\"message\":\"scripted\"}", None);
    }
    let auth = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Authorization"))
        .map(|h| h.value.as_str().to_owned())
        .unwrap_or_default();
    let write_key = auth
        .strip_prefix("Basic ")
        .and_then(|token| base64::engine::general_purpose::STANDARD.decode(token).ok())
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|user_pass| user_pass.strip_suffix(':').map(str::to_owned));
    let Some(write_key) = write_key.clone().filter(|k| state.write_keys.contains(k)) else {
        // Echo the key back, as the worst server might: the client must scrub it.
        let shown = write_key.unwrap_or_default();
        return respond(
            request,
            401,
            &format!("{{\"message\":\"invalid write key {shown}\"}}"),
            None,
        );
    };

    let should_hang = state.hang.load(Ordering::SeqCst)
        || state
            .hang_after
            .lock()
            .unwrap()
            .is_some_and(|n| state.accepted.lock().unwrap().len() >= n);
    if should_hang {
        state.hanging.fetch_add(1, Ordering::SeqCst);
        let started = Instant::now();
        while state.hang.load(Ordering::SeqCst) || state.hang_after.lock().unwrap().is_some() {
            if started.elapsed() > Duration::from_secs(120) {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        state.hanging.fetch_sub(1, Ordering::SeqCst);
        return respond(request, 503, "{\"message\":\"was hanging\"}", None);
    }
    if let Some(scripted) = state.script.lock().unwrap().pop_front() {
        return respond(
            request,
            scripted.status,
            &scripted.body,
            scripted.retry_after,
        );
    }
    let poisoned = String::from_utf8_lossy(&body).contains(POISON);
    let behaviour = state.behaviour.lock().unwrap().as_mut().map(|behaviour| {
        behaviour
            .script
            .pop_front()
            .or_else(|| behaviour.refuse.clone().filter(|_| poisoned))
            .or_else(|| behaviour.otherwise.clone())
    });
    if let Some(Some(reply)) = &behaviour {
        saw(reply.status);
        state
            .log
            .lock()
            .unwrap()
            .push((Instant::now(), reply.status));
        let mut response =
            Response::from_string(reply.body.as_str()).with_status_code(reply.status);
        for (name, value) in &reply.headers {
            response.add_header(Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap());
        }
        let _ = request.respond(response);
        return;
    }
    let parsed: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(value) => value,
        Err(err) => {
            return respond(
                request,
                400,
                &format!("{{\"message\":\"bad JSON: {err}\"}}"),
                None,
            )
        }
    };
    let Some(calls) = parsed["batch"].as_array() else {
        return respond(request, 400, "{\"message\":\"no batch\"}", None);
    };
    if behaviour.is_none() && calls.iter().any(|call| call.to_string().contains(POISON)) {
        return respond(
            request,
            400,
            "{\"success\":false,\"message\":\"a call in this batch is invalid\"}",
            None,
        );
    }
    let batch = Batch {
        write_key,
        bytes: body.len(),
        message_ids: calls
            .iter()
            .map(|call| call["messageId"].as_str().unwrap_or_default().to_owned())
            .collect(),
        call_bytes: calls.iter().map(|call| call.to_string().len()).collect(),
        timestamps: calls
            .iter()
            .map(|call| call["timestamp"].as_str().map(str::to_owned))
            .collect(),
        sent_at: sent_at.clone(),
        received_ms,
    };
    state.accepted.lock().unwrap().push(batch);
    respond(request, 200, "{\"success\":true}", None);
}

impl FakeSegment {
    /// Lets hanging requests go (answering 503) and stops hanging.
    pub fn release(&self) {
        *self.state.hang_after.lock().unwrap() = None;
        self.hang(false);
    }
}
