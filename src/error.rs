//! Errors carry one of Segment's error classes as their kind, so the JS shim
//! can map each to the class Segment shows in its function logs.

use std::fmt;

/// The Segment error class an error maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The body cannot be read at all: not UTF-8, not JSON, too large or too deep.
    InvalidEventPayload,
    /// The body is JSON but breaks a rule (not an object, no `type`, wrong
    /// secret, a call too large), or a setting is wrong.
    ValidationError,
    /// The webhook is valid but the settings say it must not be accepted.
    EventNotSupported,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 3] = [
        ErrorKind::InvalidEventPayload,
        ErrorKind::ValidationError,
        ErrorKind::EventNotSupported,
    ];

    /// The name of Segment's error class, also used as the JS `Error.name`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::InvalidEventPayload => "InvalidEventPayload",
            ErrorKind::ValidationError => "ValidationError",
            ErrorKind::EventNotSupported => "EventNotSupported",
        }
    }
}

/// Where in the body a JSON syntax error sits, 1-based as editors count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    /// Set for JSON syntax errors, so a UI can mark the spot.
    pub position: Option<Position>,
}

impl Error {
    pub fn invalid_payload(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::InvalidEventPayload,
            message: message.into(),
            position: None,
        }
    }

    pub fn validation(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::ValidationError,
            message: message.into(),
            position: None,
        }
    }

    pub fn not_supported(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::EventNotSupported,
            message: message.into(),
            position: None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for Error {}

/// What a refusal is about, where a host answers them apart: the relays
/// (`serve`, the edge relay) answer a missing or wrong secret 401, an
/// authentication failure, and every other refusal 400. The Segment
/// function reports each by its class alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Refusal {
    /// The webhook or the settings.
    #[default]
    Webhook,
    /// The `Stigg-Webhooks-Secret` header is missing or wrong.
    Secret,
}

impl Refusal {
    /// A stable name, for the JS error's `refusal` and for logs.
    pub fn name(self) -> &'static str {
        match self {
            Refusal::Webhook => "webhook",
            Refusal::Secret => "secret",
        }
    }
}

/// A refusal as a relay answers it ([`crate::transform_received`]): the
/// error, as the Segment function would throw it, and what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub error: Error,
    pub refusal: Refusal,
}

impl Refused {
    /// The `Stigg-Webhooks-Secret` header is missing or wrong.
    pub fn secret(error: Error) -> Refused {
        Refused {
            error,
            refusal: Refusal::Secret,
        }
    }

    /// The webhook (or the settings).
    pub fn webhook(error: Error) -> Refused {
        Refused {
            error,
            refusal: Refusal::Webhook,
        }
    }
}
