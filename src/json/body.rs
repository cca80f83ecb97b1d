//! What a webhook body must be before it is JSON at all: within Segment's
//! size limit, UTF-8, not empty; and, once read, an object. The one part of
//! the JSON module that speaks of "the body" for reasons other than syntax.

use super::scan::{is_whitespace, position_of};
use super::value::Value;
use crate::error::Error;

/// Segment accepts at most 512 KiB per request body.
pub const MAX_BODY_BYTES: usize = 512 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Size, encoding and emptiness checks shared by every parse.
pub(super) fn checked_text(body: &[u8]) -> Result<&str, Error> {
    check_body_size(body.len(), true)?;
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
            "the body is not valid UTF-8: {what} at byte {offset} (line {} column {})",
            position.line, position.column
        ));
        error.position = Some(position);
        error
    })?;
    if text.bytes().all(is_whitespace) {
        return Err(Error::invalid_payload(
            "the body is empty; a Stigg webhook is a JSON object",
        ));
    }
    Ok(text)
}

/// Rejects a body over [`MAX_BODY_BYTES`] before any work on it. `exact` is
/// false when `len` is only a lower bound (a JS string's length in UTF-16
/// units, which its UTF-8 form is never shorter than).
pub fn check_body_size(len: usize, exact: bool) -> Result<(), Error> {
    if len <= MAX_BODY_BYTES {
        return Ok(());
    }
    let size = if exact { "" } else { "at least " };
    Err(Error::invalid_payload(format!(
        "the body is {size}{len} bytes; Segment accepts at most {MAX_BODY_BYTES} bytes (512 KiB)"
    )))
}

/// A body that is valid JSON but not an object.
pub(super) fn not_an_object(value: &Value) -> Error {
    Error::validation(format!(
        "the body must be a JSON object, but it is {}",
        value.describe()
    ))
}
