//! Reads the raw body into a JSON object, accepting everything `JSON.parse`
//! accepts.
//!
//! serde_json alone is stricter than `JSON.parse` in three ways, each handled
//! here: it rejects lone UTF-16 surrogate escapes (`"\ud83d"`), it stops at
//! 128 levels of nesting, and it rejects numbers beyond f64 (`1e400`). The
//! last one is handled by the `arbitrary_precision` feature; the first two by
//! one pre-scan over the bytes that also enforces our own depth limit, so a
//! hostile body can never overflow the stack.

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::error::{Error, Position};

/// Segment accepts at most 512 KiB per request body.
pub const MAX_BODY_BYTES: usize = 512 * 1024;

/// `JSON.parse` handles far deeper nesting, but no Stigg webhook comes near
/// this and every level costs stack in wasm.
pub const MAX_DEPTH: usize = 1000;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Parses a webhook body into its top-level JSON object.
pub fn parse_object(body: &[u8]) -> Result<Map<String, Value>, Error> {
    match parse_value(body)? {
        Value::Object(map) => Ok(map),
        other => Err(Error::validation(format!(
            "the body must be a JSON object, but it is {}",
            describe(&other)
        ))),
    }
}

/// Parses any JSON value with the same leniency as `JSON.parse`.
pub fn parse_value(body: &[u8]) -> Result<Value, Error> {
    if body.len() > MAX_BODY_BYTES {
        return Err(Error::invalid_payload(format!(
            "the body is {} bytes; Segment accepts at most {MAX_BODY_BYTES} bytes (512 KiB)",
            body.len()
        )));
    }
    // RFC 8259 lets a parser ignore a leading byte order mark; HTTP clients
    // sometimes send one.
    let body = body.strip_prefix(UTF8_BOM).unwrap_or(body);
    let text = std::str::from_utf8(body).map_err(|err| {
        let offset = err.valid_up_to();
        let what = match err.error_len() {
            Some(_) => "an invalid UTF-8 byte",
            None => "a truncated UTF-8 sequence",
        };
        let mut error = Error::invalid_payload(format!(
            "the body is not valid UTF-8: {what} at byte {offset}"
        ));
        error.position = Some(position_of(body, offset));
        error
    })?;
    if text.trim_matches(is_json_whitespace).is_empty() {
        return Err(Error::invalid_payload(
            "the body is empty; a Stigg webhook is a JSON object",
        ));
    }

    let scan = prescan(text.as_bytes())?;
    let repaired;
    let text = if scan.lone_surrogates.is_empty() {
        text
    } else {
        repaired = replace_lone_surrogates(text, &scan.lone_surrogates);
        repaired.as_str()
    };

    let mut deserializer = serde_json::Deserializer::from_str(text);
    // Safe because the pre-scan has bounded the depth at MAX_DEPTH.
    deserializer.disable_recursion_limit();
    let value = Value::deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value))
        .map_err(syntax_error)?;
    Ok(value)
}

/// Names a JSON value's kind for error messages.
pub fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn is_json_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn syntax_error(err: serde_json::Error) -> Error {
    // serde_json's message ends with " at line L column C"; keep only the
    // description and say where in our own words.
    let full = err.to_string();
    let description = full
        .rfind(" at line ")
        .map_or(full.as_str(), |cut| &full[..cut]);
    let mut error = Error::invalid_payload(format!(
        "the body is not valid JSON: {description} at line {} column {}",
        err.line(),
        err.column()
    ));
    error.position = Some(Position {
        line: err.line(),
        column: err.column(),
    });
    error
}

/// 1-based line and column (counted in characters) of a byte offset.
fn position_of(body: &[u8], offset: usize) -> Position {
    let before = &body[..offset.min(body.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let column = 1 + String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count();
    Position { line, column }
}

struct Prescan {
    /// Byte offsets of the four hex digits of each lone surrogate escape.
    lone_surrogates: Vec<usize>,
}

/// One pass over the bytes: tracks string state to find nesting depth and
/// lone surrogate escapes. Syntax errors are left for serde_json to report.
fn prescan(bytes: &[u8]) -> Result<Prescan, Error> {
    let mut lone_surrogates = Vec::new();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if in_string {
            match byte {
                b'"' => in_string = false,
                b'\\' => {
                    if bytes.get(i + 1) == Some(&b'u') {
                        match surrogate_escape(bytes, i) {
                            Surrogate::Pair => {
                                i += 12;
                                continue;
                            }
                            Surrogate::Lone => lone_surrogates.push(i + 2),
                            Surrogate::None => {}
                        }
                    }
                    i += 2;
                    continue;
                }
                _ => {}
            }
        } else {
            match byte {
                b'"' => in_string = true,
                b'{' | b'[' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        let mut error = Error::invalid_payload(format!(
                            "the body nests JSON deeper than {MAX_DEPTH} levels"
                        ));
                        error.position = Some(position_of(bytes, i));
                        return Err(error);
                    }
                }
                b'}' | b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        i += 1;
    }
    Ok(Prescan { lone_surrogates })
}

enum Surrogate {
    None,
    Pair,
    Lone,
}

/// Classifies the `\uXXXX` escape whose backslash is at `at`.
fn surrogate_escape(bytes: &[u8], at: usize) -> Surrogate {
    let Some(unit) = hex4(bytes, at + 2) else {
        return Surrogate::None;
    };
    match unit {
        0xD800..=0xDBFF => {
            let low_follows = bytes.get(at + 6) == Some(&b'\\')
                && bytes.get(at + 7) == Some(&b'u')
                && matches!(hex4(bytes, at + 8), Some(0xDC00..=0xDFFF));
            if low_follows {
                Surrogate::Pair
            } else {
                Surrogate::Lone
            }
        }
        0xDC00..=0xDFFF => Surrogate::Lone,
        _ => Surrogate::None,
    }
}

fn hex4(bytes: &[u8], at: usize) -> Option<u16> {
    let digits = bytes.get(at..at + 4)?;
    let text = std::str::from_utf8(digits).ok()?;
    u16::from_str_radix(text, 16).ok()
}

/// `JSON.parse` keeps a lone surrogate as a UTF-16 code unit; Rust strings
/// cannot hold one, so it becomes U+FFFD, as any UTF-8 encoder would make it.
/// The escape keeps its length, so error positions stay true.
fn replace_lone_surrogates(text: &str, hex_offsets: &[usize]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &offset in hex_offsets {
        bytes[offset..offset + 4].copy_from_slice(b"FFFD");
    }
    // Only ASCII hex digits were replaced by ASCII, so this cannot fail.
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    fn parse(text: &str) -> Result<Value, Error> {
        parse_value(text.as_bytes())
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let err = parse("{\n  \"type\": \"a\",\n  oops\n}").unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidEventPayload);
        assert!(err.message.contains("line 3 column 3"), "{}", err.message);
        assert_eq!(err.position, Some(Position { line: 3, column: 3 }));
    }

    #[test]
    fn trailing_garbage_is_rejected() {
        let err = parse("{} x").unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidEventPayload);
        assert!(
            err.message.contains("trailing characters"),
            "{}",
            err.message
        );
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let value = parse(r#"{"a":"x\ud83dy","b":"\udc00","c":"\\ud83d"}"#).unwrap();
        assert_eq!(value["a"], "x\u{FFFD}y");
        assert_eq!(value["b"], "\u{FFFD}");
        // An escaped backslash followed by "ud83d" is plain text, not an escape.
        assert_eq!(value["c"], "\\ud83d");
    }

    #[test]
    fn surrogate_pairs_decode_normally() {
        let value = parse(r#"{"a":"\ud83d\ude00"}"#).unwrap();
        assert_eq!(value["a"], "😀");
    }

    #[test]
    fn duplicate_keys_keep_the_last_value_as_javascript_does() {
        let value = parse(r#"{"type":"a","type":"b"}"#).unwrap();
        assert_eq!(value["type"], "b");
    }

    #[test]
    fn numbers_beyond_f64_and_i64_are_kept_verbatim() {
        let value =
            parse(r#"{"big":1e400,"int":123456789012345678901234567890,"neg":-0}"#).unwrap();
        let text = serde_json::to_string(&value).unwrap();
        // serde_json writes the exponent as `e+400`; the value is the same.
        assert!(text.contains("1e+400"), "{text}");
        assert!(text.contains("123456789012345678901234567890"), "{text}");
        assert!(text.contains("-0"), "{text}");
    }

    #[test]
    fn depth_up_to_the_limit_is_accepted() {
        let text = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&text).is_ok());
    }

    #[test]
    fn depth_beyond_the_limit_is_a_clear_error() {
        let text = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        let err = parse(&text).unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidEventPayload);
        assert!(err.message.contains("deeper than 1000"), "{}", err.message);
        let huge = "[".repeat(100_000);
        assert!(parse(&huge)
            .unwrap_err()
            .message
            .contains("deeper than 1000"));
    }

    #[test]
    fn brackets_inside_strings_do_not_count_as_depth() {
        let text = format!(r#"{{"a":"{}"}}"#, "[".repeat(5000));
        assert!(parse(&text).is_ok());
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let mut body = UTF8_BOM.to_vec();
        body.extend_from_slice(br#"{"type":"a"}"#);
        assert_eq!(parse_value(&body).unwrap()["type"], "a");
    }

    #[test]
    fn invalid_and_truncated_utf8_are_named() {
        let err = parse_value(b"{\"a\":\"\xFF\"}").unwrap_err();
        assert!(
            err.message.contains("invalid UTF-8 byte at byte 6"),
            "{}",
            err.message
        );
        let err = parse_value(b"{\"a\":\"\xE2\x82").unwrap_err();
        assert!(err.message.contains("truncated UTF-8"), "{}", err.message);
    }

    #[test]
    fn empty_and_whitespace_bodies_are_rejected() {
        for body in ["", "  \n\t "] {
            let err = parse(body).unwrap_err();
            assert_eq!(err.kind, ErrorKind::InvalidEventPayload);
            assert!(err.message.contains("empty"), "{}", err.message);
        }
    }

    #[test]
    fn oversized_bodies_are_rejected_before_parsing() {
        let body = vec![b' '; MAX_BODY_BYTES + 1];
        let err = parse_value(&body).unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidEventPayload);
        assert!(err.message.contains("524289 bytes"), "{}", err.message);
    }

    #[test]
    fn non_objects_are_validation_errors() {
        for (body, what) in [
            ("null", "null"),
            ("1", "a number"),
            ("[]", "an array"),
            ("\"s\"", "a string"),
        ] {
            let err = parse_object(body.as_bytes()).unwrap_err();
            assert_eq!(err.kind, ErrorKind::ValidationError);
            assert!(err.message.ends_with(what), "{}", err.message);
        }
    }
}
