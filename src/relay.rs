//! What only the relays use (`send`, `serve`, the edge relay): the
//! transform that dates a call by its webhook's arrival, tells a wrong
//! secret apart, and says what the webhook is for the relay's log line, all
//! from one read of the body. Natively, and in the npm package's wasm; never
//! in the Segment script's, which is then byte for byte what it is without
//! them (LTO's output moves when they are compiled in, even unused).

use crate::json::{self, Document};
use crate::webhook::WebhookView;
use crate::{fit, secret, stigg, timestamp, transform_document};
use crate::{Headers, Outcome, Refused, Settings, SECRET_HEADER};

/// What a webhook says it is, for a relay's log line: Stigg's `type` and
/// `messageId`, when the body is JSON and has them as text. Nothing else of
/// the body is read for it, and only once the webhook's secret passed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WebhookLabel {
    pub event_type: Option<String>,
    pub message_id: Option<String>,
}

impl WebhookLabel {
    fn read(document: &Document) -> WebhookLabel {
        let text = |field: stigg::Field| match document.field(field) {
            Some(json::Value::String(text)) if !text.trim().is_empty() => Some(text),
            _ => None,
        };
        WebhookLabel {
            event_type: text(stigg::Field::Type),
            message_id: text(stigg::Field::MessageId),
        }
    }
}

/// When a relay's webhook arrived, which dates a call without Stigg's own
/// valid `timestamp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival<'a> {
    /// Not known: the calls are the function's.
    Unknown,
    /// The moment the relay received the webhook (`serve`, the edge relay).
    At(&'a str),
    /// A top-level field of the webhook that holds it (`send
    /// --timestamp-field`, for webhooks a capture recorded).
    Field(&'a str),
}

/// What a relay made of one webhook.
#[derive(Debug)]
pub struct Received {
    /// What the webhook says it is: empty when its secret failed or it is
    /// not a JSON object.
    pub label: WebhookLabel,
    /// The arrival time, when one was known and is a date-time
    /// [`timestamp::is_iso8601`] accepts (the rule Stigg's timestamp is read
    /// by): the calls without Stigg's valid timestamp took it.
    pub received_at: Option<String>,
    /// The calls, or why there are none; a missing or wrong secret is a
    /// refusal of its own.
    pub outcome: Result<Outcome, Refused>,
}

/// [`crate::transform`] for a relay, which knows when the webhook arrived,
/// answers a missing or wrong secret apart from the other refusals, and
/// logs what the webhook is: the body is read once, for all three. A call
/// without Stigg's own valid `timestamp` takes the arrival time as its
/// `timestamp`, so a call delayed in a queue keeps the time its webhook
/// came. Stigg's timestamp always wins.
pub fn transform_received(
    body: &[u8],
    headers: &Headers,
    settings: &Settings,
    arrival: Arrival,
) -> Received {
    let refused = |refused| Received {
        label: WebhookLabel::default(),
        received_at: None,
        outcome: Err(refused),
    };
    // The secret first, before anything an unknown sender wrote is read.
    if let Err(wrong) = secret::verify(&settings.webhook_secret, headers.get(SECRET_HEADER)) {
        return refused(Refused::secret(wrong));
    }
    let document = match Document::parse(body) {
        Ok(document) => document,
        Err(err) => return refused(Refused::webhook(err)),
    };
    let label = WebhookLabel::read(&document);
    let received_at = match arrival {
        Arrival::Unknown => None,
        Arrival::At(text) => Some(text.to_owned()),
        Arrival::Field(name) => match document.get(name) {
            Some(json::Value::String(text)) => Some(text),
            _ => None,
        },
    }
    .filter(|text| timestamp::is_iso8601(text));
    let outcome = transform_document(&document, settings)
        .and_then(|outcome| dated(outcome, received_at.as_deref(), &label, settings))
        .map_err(Refused::webhook);
    Received {
        label,
        received_at,
        outcome,
    }
}

/// Each call without a timestamp takes `received_at`, and is fitted again
/// with it, as the transform fitted it without: a call at the budget loses
/// what it must.
fn dated(
    mut outcome: Outcome,
    received_at: Option<&str>,
    label: &WebhookLabel,
    settings: &Settings,
) -> Result<Outcome, crate::Error> {
    let Some(received_at) = received_at else {
        return Ok(outcome);
    };
    let event_type = label.event_type.as_deref().unwrap_or_default();
    for call in &mut outcome.calls {
        if call.envelope.timestamp.is_some() {
            continue;
        }
        call.envelope.timestamp = Some(received_at.to_owned());
        if call.size() > fit::CALL_BUDGET_BYTES {
            fit::fit(call, event_type, settings.oversized_events)?;
        }
    }
    Ok(outcome)
}
