//! What a text must be before it is JSON at all: within its size limit,
//! UTF-8, not empty; and, for a webhook's body, once read, an object. A
//! [`Source`] says which text it is (a webhook's body, a page of Stigg's
//! API) and so what its errors call it and how large it may be.

use super::scan::{is_whitespace, position_of};
use super::value::Value;
use crate::error::Error;

/// Segment accepts at most 512 KiB per request body.
pub const MAX_BODY_BYTES: usize = 512 * 1024;

/// A text to read as JSON, as its errors name it, with its size limit.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    /// What the errors call it: "body", "page".
    pub name: &'static str,
    /// What it must be, said when it is empty.
    pub should_be: &'static str,
    pub max_bytes: usize,
    /// Who sets `max_bytes`, before "at most N bytes": "Segment accepts".
    pub limited_by: &'static str,
    /// `max_bytes` as people read it: "512 KiB".
    pub max_shown: &'static str,
}

/// A webhook's body, which Segment limits.
pub const WEBHOOK_BODY: Source = Source {
    name: "body",
    should_be: "a Stigg webhook is a JSON object",
    max_bytes: MAX_BODY_BYTES,
    limited_by: "Segment accepts",
    max_shown: "512 KiB",
};

impl Source {
    /// Rejects a text over `max_bytes` before any work on it. `exact` is
    /// false when `len` is only a lower bound (a JS string's length in
    /// UTF-16 units, which its UTF-8 form is never shorter than; what a
    /// host read before it stopped reading).
    pub fn check_size(&self, len: usize, exact: bool) -> Result<(), Error> {
        if len <= self.max_bytes {
            return Ok(());
        }
        let size = if exact { "" } else { "at least " };
        Err(Error::invalid_payload(format!(
            "the {} is {size}{len} bytes; {} at most {} bytes ({})",
            self.name, self.limited_by, self.max_bytes, self.max_shown
        )))
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Size, encoding and emptiness checks shared by every parse.
pub(super) fn checked_text<'b>(body: &'b [u8], source: &Source) -> Result<&'b str, Error> {
    source.check_size(body.len(), true)?;
    // RFC 8259 lets a parser ignore a leading byte order mark; HTTP clients
    // sometimes send one.
    let body = body.strip_prefix(UTF8_BOM).unwrap_or(body);
    let text = std::str::from_utf8(body).map_err(|err| {
        let offset = err.valid_up_to();
        let what = match err.error_len() {
            Some(_) => "an invalid UTF-8 byte",
            None => "a truncated UTF-8 sequence",
        };
        let position = position_of(&String::from_utf8_lossy(&body[..offset]), offset);
        let mut error = Error::invalid_payload(format!(
            "the {} is not valid UTF-8: {what} at byte {offset} (line {} column {})",
            source.name, position.line, position.column
        ));
        error.position = Some(position);
        error
    })?;
    if text.bytes().all(is_whitespace) {
        return Err(Error::invalid_payload(format!(
            "the {} is empty; {}",
            source.name, source.should_be
        )));
    }
    Ok(text)
}

/// Rejects a webhook body over [`MAX_BODY_BYTES`] before any work on it
/// (see [`Source::check_size`]).
pub fn check_body_size(len: usize, exact: bool) -> Result<(), Error> {
    WEBHOOK_BODY.check_size(len, exact)
}

/// A body that is valid JSON but not an object.
pub(super) fn not_an_object(value: &Value) -> Error {
    Error::validation(format!(
        "the body must be a JSON object, but it is {}",
        value.describe()
    ))
}
