//! Reading Stigg's REST API v1: one page at a time, the key in
//! `X-API-KEY` (never printed). What each answer means (read, ask again
//! after the delivery policy's backoff or Retry-After, or stop with one line
//! saying what to check), the paths, the paging and the records are the
//! core's (`library.rs`), as for the edge relay's Cron Trigger.

use std::collections::HashSet;
use std::io::Read;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use crate::client::{agent_config, Jitter};
use crate::library::delivery::Policy;
use crate::library::{self, Asked, Page, PageDecision, StiggAnswer};
use crate::segment::sleep_unless_stopped;
use crate::store::now_millis;

pub const DEFAULT_URL: &str = library::STIGG_API_URL;
/// How messages name the API's URL.
const URL_SETTING: &str = "--stigg-api-url";
/// The variable that holds the key (the name Stigg's SDKs read too).
pub const KEY_VARIABLE: &str = library::STIGG_API_KEY_VARIABLE;
/// The most of a page read: one byte past the core's limit, so the core
/// says the page is too large rather than reading a cut one.
const PAGE_READ_BYTES: u64 = library::MAX_PAGE_BYTES as u64 + 1;
/// The most of a refusal read: the core's read, and a byte more to know
/// whether the answer was cut; scrubbed whole before the core cuts it.
const ANSWER_READ_BYTES: usize = library::delivery::ANSWER_READ_BYTES;

/// The API's base URL, checked before the first request by the core's rule.
pub fn base_url(given: &str) -> Result<String, String> {
    library::stigg_api_url(given, URL_SETTING)
}

/// The key in `STIGG_API_KEY`, checked by the core's rule without ever
/// showing it.
pub fn api_key(value: Option<String>) -> Result<String, String> {
    let variable = format!("the environment variable {KEY_VARIABLE}");
    library::stigg_api_key(&variable, &value.unwrap_or_default()).map(str::to_owned)
}

/// Why paging stopped.
#[derive(Debug)]
pub enum Stop {
    /// One line: what answered and what to check.
    Failed(String),
    /// Stopped while waiting.
    Interrupted,
}

pub struct StiggApi {
    agent: ureq::Agent,
    base: String,
    key: String,
    policy: Policy,
    jitter: Jitter,
    /// Requests retried (429, 5xx, network errors).
    pub retries: AtomicU64,
    pub pages: AtomicU64,
}

impl StiggApi {
    /// `timeout`: for each request, as toward Segment.
    pub fn new(base: String, key: String, policy: Policy, timeout: Duration) -> StiggApi {
        let config = agent_config().timeout_global(Some(timeout)).build();
        StiggApi {
            agent: config.into(),
            base,
            key,
            policy,
            jitter: Jitter::default(),
            retries: AtomicU64::new(0),
            pages: AtomicU64::new(0),
        }
    }

    /// Every page of `path`, in order, each handed to `each` as it comes:
    /// never more than one page in memory.
    pub fn each_page(
        &self,
        path: &str,
        stop: &AtomicBool,
        mut each: impl FnMut(Page) -> Result<(), Stop>,
    ) -> Result<(), Stop> {
        let mut after: Option<String> = None;
        // Every cursor this walk was given: one given again (the same
        // twice in a row, or A, B, A) would page forever.
        let mut seen = HashSet::new();
        loop {
            let query = library::page_query(path, after.as_deref());
            let page = self.page(path, &query, stop)?;
            self.pages.fetch_add(1, Ordering::Relaxed);
            let next = page.next.clone();
            each(page)?;
            match next {
                Some(next) if !seen.insert(next.clone()) => {
                    return Err(Stop::Failed(format!(
                        "Stigg's API gave GET {path} a cursor an earlier page gave (on page {}): its pages go round in a circle; stopping rather than reading them again",
                        seen.len() + 1
                    )))
                }
                Some(next) => after = Some(next),
                None => return Ok(()),
            }
        }
    }

    /// One page, asked again as the core's rule says.
    fn page(&self, path: &str, query: &str, stop: &AtomicBool) -> Result<Page, Stop> {
        let url = format!("{}{path}?{query}", self.base);
        // Shown without the query: a cursor is opaque and can be long.
        let shown = format!("GET {}{path}", self.base);
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let got = self.get(&url);
            let (failure, text);
            let answer = match &got {
                Ok((status, body, retry_after)) => {
                    // Only a refusal's text is shown, scrubbed of the key
                    // before the core cuts it.
                    text = match status {
                        200..=299 => String::new(),
                        _ => self.scrub_answer(body),
                    };
                    StiggAnswer::Http {
                        status: *status,
                        retry_after: retry_after.as_deref(),
                        body: &text,
                    }
                }
                Err(err) => {
                    failure = self.scrub(&err.to_string());
                    StiggAnswer::Failed { message: &failure }
                }
            };
            let asked = Asked {
                shown: &shown,
                url_setting: URL_SETTING,
                attempt,
                now_ms: now_millis(),
                jitter: self.jitter.next(),
            };
            match library::page_decision(answer, asked, &self.policy) {
                PageDecision::Read => {
                    let body = got.map(|(_, body, _)| body).unwrap_or_default();
                    return library::read_page(&body).map_err(|err| {
                        Stop::Failed(format!("{shown}?{query}: the page does not parse: {err}"))
                    });
                }
                PageDecision::Stop { message } => return Err(Stop::Failed(message)),
                PageDecision::Retry { after_ms, .. } => {
                    self.retries.fetch_add(1, Ordering::Relaxed);
                    if !sleep_unless_stopped(Duration::from_millis(after_ms), stop) {
                        return Err(Stop::Interrupted);
                    }
                }
            }
        }
    }

    /// Status, body (a page, or the start of a refusal) and Retry-After.
    fn get(&self, url: &str) -> Result<(u16, Vec<u8>, Option<String>), ureq::Error> {
        let mut response = self
            .agent
            .get(url)
            .header(library::STIGG_API_KEY_HEADER, &self.key)
            .header("Accept", "application/json")
            .call()?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let limit = match status {
            200..=299 => PAGE_READ_BYTES,
            _ => ANSWER_READ_BYTES as u64 + 1,
        };
        let mut body = Vec::new();
        response
            .body_mut()
            .as_reader()
            .take(limit)
            .read_to_end(&mut body)?;
        Ok((status, body, retry_after))
    }

    /// Removes the key from text that came from elsewhere.
    fn scrub(&self, text: &str) -> String {
        library::delivery::scrub(text, &[&self.key], "[STIGG_API_KEY]", false)
    }

    /// A refusal's body as read (up to a byte past [`ANSWER_READ_BYTES`]),
    /// scrubbed whole, with a piece of the key the read cut off at its end.
    fn scrub_answer(&self, body: &[u8]) -> String {
        let cut_short = body.len() > ANSWER_READ_BYTES;
        let body = &body[..body.len().min(ANSWER_READ_BYTES)];
        library::delivery::scrub(
            &String::from_utf8_lossy(body),
            &[&self.key],
            "[STIGG_API_KEY]",
            cut_short,
        )
    }
}
