//! What only the relays use (`send`, `serve`, the edge relay): the
//! transform that dates a call by its webhook's arrival and tells a wrong
//! secret apart, and a peek at what a webhook says it is, for log lines.
//! Natively, and in the npm package's wasm; never in the Segment script's,
//! which is then byte for byte what it is without them (LTO's output moves
//! when they are compiled in, even unused).

use crate::json::{self, Document};
use crate::webhook::WebhookView;
use crate::{fit, secret, stigg, timestamp, transform};
use crate::{Headers, Outcome, Refused, Settings, SECRET_HEADER};

/// What a webhook says it is, for a relay's log line: Stigg's `type` and
/// `messageId`, when the body is JSON and has them as text. Nothing else of
/// the body is read, and a relay peeks only at a webhook whose secret
/// passed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WebhookLabel {
    pub event_type: Option<String>,
    pub message_id: Option<String>,
}

pub fn peek_webhook(body: &[u8]) -> WebhookLabel {
    let Ok(document) = Document::parse(body) else {
        return WebhookLabel::default();
    };
    let text = |field: stigg::Field| match document.field(field) {
        Some(json::Value::String(text)) if !text.trim().is_empty() => Some(text),
        _ => None,
    };
    WebhookLabel {
        event_type: text(stigg::Field::Type),
        message_id: text(stigg::Field::MessageId),
    }
}

/// [`transform`] for a relay, which knows when the webhook arrived and
/// answers a missing or wrong secret apart from the other refusals. The
/// relays (`serve`, the edge relay) pass the moment they received the
/// webhook, and `send` the value of the field its user names: a call
/// without Stigg's own valid `timestamp` takes `received_at` as its
/// `timestamp`, so a call delayed in a queue keeps the time its webhook
/// came. Stigg's timestamp always wins, and `received_at` counts only when
/// it is a date-time [`timestamp::is_iso8601`] accepts, the rule Stigg's
/// timestamp is read by.
pub fn transform_received(
    body: &[u8],
    headers: &Headers,
    settings: &Settings,
    received_at: Option<&str>,
) -> Result<Outcome, Refused> {
    // The secret first, so that its refusal is told apart; then the
    // function's own transform (which checks it again, in constant time).
    secret::verify(&settings.webhook_secret, headers.get(SECRET_HEADER))
        .map_err(Refused::secret)?;
    let mut outcome = transform(body, headers, settings).map_err(Refused::webhook)?;
    let Some(received_at) = received_at.filter(|text| timestamp::is_iso8601(text)) else {
        return Ok(outcome);
    };
    let mut event_type = None;
    for call in &mut outcome.calls {
        if call.envelope.timestamp.is_some() {
            continue;
        }
        call.envelope.timestamp = Some(received_at.to_owned());
        // Fitted again with its timestamp, as the transform fitted it
        // without: a call at the budget loses what it must.
        if call.size() > fit::CALL_BUDGET_BYTES {
            let event_type =
                event_type.get_or_insert_with(|| peek_webhook(body).event_type.unwrap_or_default());
            fit::fit(call, event_type, settings.oversized_events).map_err(Refused::webhook)?;
        }
    }
    Ok(outcome)
}
