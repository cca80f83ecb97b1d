//! Reading JSON, accepting exactly what `JSON.parse` accepts.
//!
//! A webhook's body is mostly passed through: it becomes the call's
//! `properties` unchanged. So the body is read as a [`Document`]: one
//! validating pass that records where each top-level member sits, without
//! building a tree. Values are parsed into a [`Value`] tree only when needed:
//! the few fields the transform reads, or the whole body when it must be
//! edited (redaction, trimming) or hashed.
//!
//! Semantics follow `JSON.parse`: duplicate keys keep the last value (at the
//! first key's position), numbers are kept as written (so `1e400` and
//! integers beyond 2^53 pass through), and a lone surrogate escape such as
//! `"\ud83d"` becomes U+FFFD, as any UTF-8 encoder makes it. Nesting is
//! limited to [`MAX_DEPTH`] levels so no body can exhaust the stack.

use std::borrow::Cow;
use std::ops::Range;

use super::body::{self, Source};
use super::scan::{is_whitespace, plain_run_end, position_of};
use super::value::{Object, Value};
use crate::error::Error;

/// `JSON.parse` handles deeper nesting, but no Stigg webhook comes near this
/// and every level costs stack in wasm.
pub const MAX_DEPTH: usize = 1000;

/// A validated JSON object body whose top-level members are located but
/// not yet parsed.
#[derive(Debug)]
pub struct Document<'a> {
    /// The body text; a copy only when lone surrogates had to be replaced.
    text: Cow<'a, str>,
    /// Where the object starts and ends in `text`.
    span: Range<usize>,
    /// Each top-level member's key and the span of its value, in order.
    members: Vec<(String, Range<usize>)>,
}

impl<'a> Document<'a> {
    /// Reads a webhook body: at most [`MAX_BODY_BYTES`], UTF-8 (a leading
    /// byte order mark is skipped), valid JSON, and an object.
    pub fn parse(body: &'a [u8]) -> Result<Document<'a>, Error> {
        let text = body::checked_text(body, &body::WEBHOOK_BODY)?;
        let mut parser = Parser::new(text);
        parser.skip_whitespace();
        if parser.peek() != Some(b'{') {
            // Not an object: report a syntax error first, if there is one.
            let value = parser.parse_document_value()?;
            return Err(body::not_an_object(&value));
        }
        let start = parser.pos;
        let members = parser.scan_top_level_object()?;
        let end = parser.pos;
        parser.skip_whitespace();
        parser.expect_end()?;
        let text = if parser.lone_surrogates.is_empty() {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(replace_lone_surrogates(text, &parser.lone_surrogates))
        };
        Ok(Document {
            text,
            span: start..end,
            members,
        })
    }

    /// The object's JSON text, exactly as it arrived (lone surrogate escapes
    /// aside), for passing through without a parse.
    pub fn raw(&self) -> &str {
        &self.text[self.span.clone()]
    }

    /// A top-level member, parsed. The last one wins if the key repeats.
    pub fn get(&self, key: &str) -> Option<Value> {
        let (_, span) = self.members.iter().rev().find(|(k, _)| k == key)?;
        // The span was validated, so this parse cannot fail.
        Parser::new(&self.text[span.clone()]).parse_value(1).ok()
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.members.iter().any(|(k, _)| k == key)
    }

    /// Whether a top-level member is there and not null, read off its text
    /// without parsing it (it may be large).
    pub fn has_non_null(&self, key: &str) -> bool {
        let member = self.members.iter().rev().find(|(k, _)| k == key);
        member.is_some_and(|(_, span)| !self.text[span.clone()].starts_with('n'))
    }

    /// The whole body as a tree, for editing or hashing.
    pub fn to_object(&self) -> Object {
        match Parser::new(self.raw()).parse_value(0) {
            Ok(Value::Object(object)) => object,
            _ => Object::new(),
        }
    }
}

/// Parses any JSON text into a value, with the body's limits and leniency.
pub fn parse_value(body: &[u8]) -> Result<Value, Error> {
    parse_value_within(body, &body::WEBHOOK_BODY)
}

/// Parses any JSON text into a value, with the leniency of a body and the
/// limit of `source`, whose name its errors give.
pub fn parse_value_within(text: &[u8], source: &Source) -> Result<Value, Error> {
    let text = body::checked_text(text, source)?;
    let mut parser = Parser::new(text);
    parser.name = source.name;
    parser.parse_document_value()
}

/// `JSON.parse` keeps a lone surrogate as a UTF-16 code unit; a Rust string
/// cannot hold one, so it becomes U+FFFD. The escape keeps its length, so
/// every recorded span stays true.
fn replace_lone_surrogates(text: &str, hex_offsets: &[usize]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &offset in hex_offsets {
        bytes[offset..offset + 4].copy_from_slice(b"FFFD");
    }
    // Only ASCII hex digits were replaced by ASCII, so this cannot fail.
    String::from_utf8(bytes).unwrap_or_default()
}

struct Parser<'t> {
    /// What the errors call the text ("body").
    name: &'static str,
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
    /// Offsets of the hex digits of lone surrogate escapes seen while
    /// skipping (parsing replaces them directly).
    lone_surrogates: Vec<usize>,
}

impl<'t> Parser<'t> {
    fn new(text: &'t str) -> Parser<'t> {
        Parser {
            name: body::WEBHOOK_BODY.name,
            text,
            bytes: text.as_bytes(),
            pos: 0,
            lone_surrogates: Vec::new(),
        }
    }

    fn error(&self, description: &str) -> Error {
        self.error_at(self.pos, description)
    }

    fn error_at(&self, at: usize, description: &str) -> Error {
        let position = position_of(self.text, at);
        let mut error = Error::invalid_payload(format!(
            "the {} is not valid JSON: {description} at line {} column {}",
            self.name, position.line, position.column
        ));
        error.position = Some(position);
        error
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    #[inline(always)]
    fn skip_whitespace(&mut self) {
        while self.peek().is_some_and(is_whitespace) {
            self.pos += 1;
        }
    }

    fn expect_end(&self) -> Result<(), Error> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error("unexpected text after the JSON value")),
        }
    }

    fn expect_byte(&mut self, wanted: u8, description: &str) -> Result<(), Error> {
        self.skip_whitespace();
        if self.peek() == Some(wanted) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected(description))
        }
    }

    /// An error for the current byte, naming the end of input as such.
    fn unexpected(&self, expected: &str) -> Error {
        match self.peek() {
            None => self.error(&format!("the text ends where {expected} should be")),
            Some(_) => self.error(&format!("expected {expected}")),
        }
    }

    fn enter(&self, depth: usize) -> Result<usize, Error> {
        if depth >= MAX_DEPTH {
            return Err(self.error(&format!("the JSON nests deeper than {MAX_DEPTH} levels")));
        }
        Ok(depth + 1)
    }

    /// A whole document that must be a single value.
    fn parse_document_value(&mut self) -> Result<Value, Error> {
        let value = self.parse_value(0)?;
        self.skip_whitespace();
        self.expect_end()?;
        Ok(value)
    }

    /// The top-level object: records each member's key and value span,
    /// validating the values without building them.
    fn scan_top_level_object(&mut self) -> Result<Vec<(String, Range<usize>)>, Error> {
        self.pos += 1; // the '{'
        let mut members = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(members);
        }
        loop {
            let key = self.member_key(true)?;
            self.skip_whitespace();
            let start = self.pos;
            self.skip_value(1)?;
            members.push((key, start..self.pos));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(members);
                }
                _ => return Err(self.unexpected("`,` or `}`")),
            }
        }
    }

    /// Reads the key and colon of an object member.
    fn member_key(&mut self, decode: bool) -> Result<String, Error> {
        self.skip_whitespace();
        if self.peek() != Some(b'"') {
            return Err(self.unexpected("a string key"));
        }
        let key = if decode {
            self.parse_string()?
        } else {
            self.scan_string(None)?;
            String::new()
        };
        self.expect_byte(b':', "`:`")?;
        Ok(key)
    }

    /// Validates one value without building it. Iterative, so depth costs
    /// heap, not stack.
    fn skip_value(&mut self, depth: usize) -> Result<(), Error> {
        // The closing bracket each open container waits for.
        let mut open: Vec<u8> = Vec::new();
        loop {
            self.skip_whitespace();
            match self.peek() {
                Some(byte @ (b'{' | b'[')) => {
                    self.enter(depth + open.len())?;
                    self.pos += 1;
                    let close = if byte == b'{' { b'}' } else { b']' };
                    self.skip_whitespace();
                    if self.peek() == Some(close) {
                        self.pos += 1;
                    } else {
                        open.push(close);
                        if close == b'}' {
                            self.member_key(false)?;
                        }
                        continue;
                    }
                }
                Some(b'"') => self.scan_string(None)?,
                _ => {
                    self.skip_scalar()?;
                }
            }
            // A value ended: close every container that ends here too.
            loop {
                let Some(&close) = open.last() else {
                    return Ok(());
                };
                self.skip_whitespace();
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        if close == b'}' {
                            self.member_key(false)?;
                        }
                        break;
                    }
                    Some(byte) if byte == close => {
                        self.pos += 1;
                        open.pop();
                    }
                    _ if close == b'}' => return Err(self.unexpected("`,` or `}`")),
                    _ => return Err(self.unexpected("`,` or `]`")),
                }
            }
        }
    }

    /// Parses one value into a tree. Iterative, like `skip_value`.
    fn parse_value(&mut self, depth: usize) -> Result<Value, Error> {
        enum Open {
            Array(Vec<Value>),
            Object(Vec<(String, Value)>, String),
        }
        let mut open: Vec<Open> = Vec::new();
        loop {
            self.skip_whitespace();
            let mut value = match self.peek() {
                Some(b'{') => {
                    self.enter(depth + open.len())?;
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(b'}') {
                        self.pos += 1;
                        Value::Object(Object::new())
                    } else {
                        let key = self.member_key(true)?;
                        open.push(Open::Object(Vec::new(), key));
                        continue;
                    }
                }
                Some(b'[') => {
                    self.enter(depth + open.len())?;
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        Value::Array(Vec::new())
                    } else {
                        open.push(Open::Array(Vec::new()));
                        continue;
                    }
                }
                Some(b'"') => Value::String(self.parse_string()?),
                _ => self.parse_scalar()?,
            };
            // Hand the finished value to its container, closing every
            // container that ends here too.
            loop {
                let Some(mut container) = open.pop() else {
                    return Ok(value);
                };
                self.skip_whitespace();
                let next = self.peek();
                match &mut container {
                    Open::Array(items) => {
                        items.push(value);
                        match next {
                            Some(b',') => {
                                self.pos += 1;
                                open.push(container);
                                break;
                            }
                            Some(b']') => self.pos += 1,
                            _ => return Err(self.unexpected("`,` or `]`")),
                        }
                    }
                    Open::Object(members, key) => {
                        members.push((std::mem::take(key), value));
                        match next {
                            Some(b',') => {
                                self.pos += 1;
                                *key = self.member_key(true)?;
                                open.push(container);
                                break;
                            }
                            Some(b'}') => self.pos += 1,
                            _ => return Err(self.unexpected("`,` or `}`")),
                        }
                    }
                }
                value = match container {
                    Open::Array(items) => Value::Array(items),
                    Open::Object(members, _) => Value::Object(Object::from_parsed(members)),
                };
            }
        }
    }

    /// true, false, null or a number.
    fn parse_scalar(&mut self) -> Result<Value, Error> {
        let start = self.pos;
        match self.skip_scalar()? {
            b'n' => Ok(Value::Null),
            b't' => Ok(Value::Bool(true)),
            b'f' => Ok(Value::Bool(false)),
            _ => Ok(Value::Number(self.text[start..self.pos].to_owned())),
        }
    }

    /// Validates a scalar without building it; returns its first byte.
    fn skip_scalar(&mut self) -> Result<u8, Error> {
        let first = self.peek();
        let word: &[u8] = match first {
            Some(b't') => b"true",
            Some(b'f') => b"false",
            Some(b'n') => b"null",
            Some(b'-' | b'0'..=b'9') => {
                self.skip_number()?;
                return Ok(b'0');
            }
            _ => return Err(self.unexpected("a value")),
        };
        if !self.bytes[self.pos..].starts_with(word) {
            return Err(self.unexpected("a value"));
        }
        self.pos += word.len();
        Ok(word[0])
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn skip_number(&mut self) -> Result<(), Error> {
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.skip_digits(),
            _ => return Err(self.unexpected("a digit")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
                return Err(self.unexpected("a digit after the decimal point"));
            }
            self.skip_digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
                return Err(self.unexpected("a digit in the exponent"));
            }
            self.skip_digits();
        }
        Ok(())
    }

    fn skip_digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
    }

    fn parse_string(&mut self) -> Result<String, Error> {
        let mut decoded = String::new();
        self.scan_string(Some(&mut decoded))?;
        Ok(decoded)
    }

    /// Reads a string at `"`; decodes it into `out` when given, otherwise
    /// only validates it (noting lone surrogates).
    fn scan_string(&mut self, mut out: Option<&mut String>) -> Result<(), Error> {
        self.pos += 1; // the opening quote
        let mut run_start = self.pos;
        loop {
            self.pos = plain_run_end(self.bytes, self.pos);
            if let Some(out) = out.as_deref_mut() {
                out.push_str(&self.text[run_start..self.pos]);
            }
            match self.peek() {
                None => return Err(self.error("the text ends inside a string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.scan_escape(out.as_deref_mut())?;
                    run_start = self.pos;
                }
                Some(_) => {
                    return Err(self.error(
                        "a control character (U+0000 to U+001F) must be escaped in a string",
                    ))
                }
            }
        }
    }

    /// Reads one escape at `\`.
    fn scan_escape(&mut self, out: Option<&mut String>) -> Result<(), Error> {
        let at = self.pos;
        let decoded = match self.bytes.get(at + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let unit = self.hex4(at + 2)?;
                self.pos = at + 6;
                let decoded = match unit {
                    0xD800..=0xDBFF => match self.low_surrogate_after() {
                        Some(low) => {
                            self.pos += 6;
                            let point = 0x10000
                                + ((u32::from(unit) - 0xD800) << 10)
                                + (u32::from(low) - 0xDC00);
                            char::from_u32(point).unwrap_or('\u{FFFD}')
                        }
                        None => {
                            self.lone_surrogates.push(at + 2);
                            '\u{FFFD}'
                        }
                    },
                    0xDC00..=0xDFFF => {
                        self.lone_surrogates.push(at + 2);
                        '\u{FFFD}'
                    }
                    _ => char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}'),
                };
                if let Some(out) = out {
                    out.push(decoded);
                }
                return Ok(());
            }
            None => return Err(self.error_at(at + 1, "the text ends inside a string")),
            Some(_) => return Err(self.error_at(at + 1, "invalid escape in a string")),
        };
        self.pos = at + 2;
        if let Some(out) = out {
            out.push(decoded);
        }
        Ok(())
    }

    /// The low surrogate of a `\uXXXX` escape right at `pos`, if there is one.
    fn low_surrogate_after(&self) -> Option<u16> {
        if self.bytes.get(self.pos) != Some(&b'\\') || self.bytes.get(self.pos + 1) != Some(&b'u') {
            return None;
        }
        let digits = self.bytes.get(self.pos + 2..self.pos + 6)?;
        let unit = hex_value(digits)?;
        (0xDC00..=0xDFFF).contains(&unit).then_some(unit)
    }

    fn hex4(&self, at: usize) -> Result<u16, Error> {
        self.bytes
            .get(at..at + 4)
            .and_then(hex_value)
            .ok_or_else(|| self.error_at(at, "a \\u escape needs four hex digits"))
    }
}

fn hex_value(digits: &[u8]) -> Option<u16> {
    digits.iter().try_fold(0u16, |value, &digit| {
        let nibble = (digit as char).to_digit(16)?;
        Some(value << 4 | nibble as u16)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{ErrorKind, Position};
    use crate::json::body::MAX_BODY_BYTES;
    use crate::json::number::number_growth;
    use crate::json::to_text;

    fn parse(text: &str) -> Result<Value, Error> {
        parse_value(text.as_bytes())
    }

    fn document(text: &str) -> Result<Document<'_>, Error> {
        Document::parse(text.as_bytes())
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let err = document("{\n  \"type\": \"a\",\n  oops\n}").unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidEventPayload);
        assert!(err.message.contains("line 3 column 3"), "{}", err.message);
        assert_eq!(err.position, Some(Position { line: 3, column: 3 }));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let err = document("{\"é€😀\": x}").unwrap_err();
        assert_eq!(err.position, Some(Position { line: 1, column: 9 }));
    }

    #[test]
    fn every_syntax_error_is_invalid_payload_with_a_position() {
        for text in [
            "{",
            "{\"a\"",
            "{\"a\":",
            "{\"a\":1",
            "{\"a\":1,",
            "{\"a\" 1}",
            "{1:2}",
            "{\"a\":tru}",
            "{\"a\":01}",
            "{\"a\":1.}",
            "{\"a\":1e}",
            "{\"a\":-}",
            "{\"a\":\"\\x\"}",
            "{\"a\":\"\\u12\"}",
            "{\"a\":\"\u{1}\"}",
            "{\"a\":[1,]}",
            "{\"a\":[1 2]}",
            "{\"a\":\"x}",
            "{} x",
            "{}{}",
            "[1,",
            "{\"a\":NaN}",
            "{\"a\":+1}",
            "{\"a\":.5}",
            "{'a':1}",
        ] {
            let err = document(text).unwrap_err();
            assert_eq!(err.kind, ErrorKind::InvalidEventPayload, "{text}");
            assert!(err.position.is_some(), "{text}");
            assert!(
                err.message.contains("is not valid JSON"),
                "{text}: {}",
                err.message
            );
        }
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let text = r#"{"a":"x\ud83dy","b":"\udc00","c":"\\ud83d","d":"\ud83d\u0041"}"#;
        let value = parse(text).unwrap();
        assert_eq!(value.get("a").unwrap().as_str(), Some("x\u{FFFD}y"));
        assert_eq!(value.get("b").unwrap().as_str(), Some("\u{FFFD}"));
        // An escaped backslash followed by "ud83d" is plain text.
        assert_eq!(value.get("c").unwrap().as_str(), Some("\\ud83d"));
        assert_eq!(value.get("d").unwrap().as_str(), Some("\u{FFFD}A"));
        // The pass-through text is repaired the same way.
        let doc = document(text).unwrap();
        assert_eq!(parse(doc.raw()).unwrap(), value);
        assert!(!doc.raw().contains("\\ud83d\\u0041"));
    }

    #[test]
    fn surrogate_pairs_decode_normally() {
        assert_eq!(
            parse(r#"{"a":"\ud83d\ude00"}"#)
                .unwrap()
                .get("a")
                .unwrap()
                .as_str(),
            Some("😀")
        );
    }

    #[test]
    fn duplicate_keys_keep_the_last_value_at_the_first_position() {
        let value = parse(r#"{"type":"a","x":1,"type":"b"}"#).unwrap();
        assert_eq!(to_text(&value), r#"{"type":"b","x":1}"#);
        let doc = document(r#"{"type":"a","type":"b"}"#).unwrap();
        assert_eq!(doc.get("type").unwrap().as_str(), Some("b"));
        let many: String = (0..40).map(|i| format!("\"k{i}\":{i},")).collect();
        let value = parse(&format!("{{{many}\"k3\":\"last\"}}")).unwrap();
        assert_eq!(value.as_object().unwrap().len(), 40);
        assert_eq!(value.get("k3").unwrap().as_str(), Some("last"));
    }

    #[test]
    fn numbers_are_kept_as_written() {
        let text = r#"{"big":1e400,"int":123456789012345678901234567890,"neg":-0,"f":1.50}"#;
        assert_eq!(to_text(&parse(text).unwrap()), text);
    }

    #[test]
    fn depth_up_to_the_limit_is_accepted_and_beyond_is_a_clear_error() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let ok_object = format!(
            "{{\"a\":{}1{}}}",
            "[".repeat(MAX_DEPTH - 1),
            "]".repeat(MAX_DEPTH - 1)
        );
        assert!(document(&ok_object).unwrap().to_object().contains_key("a"));
        for deep in [
            format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1)),
            "[".repeat(100_000),
            format!("{{\"a\":{}", "{\"a\":".repeat(100_000)),
        ] {
            let err = parse(&deep).unwrap_err();
            assert_eq!(err.kind, ErrorKind::InvalidEventPayload);
            assert!(err.message.contains("deeper than 1000"), "{}", err.message);
        }
    }

    #[test]
    fn brackets_inside_strings_do_not_count_as_depth() {
        assert!(document(&format!(r#"{{"a":"{}"}}"#, "[".repeat(5000))).is_ok());
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let mut body = b"\xEF\xBB\xBF".to_vec();
        body.extend_from_slice(br#"{"type":"a"}"#);
        assert_eq!(
            Document::parse(&body)
                .unwrap()
                .get("type")
                .unwrap()
                .as_str(),
            Some("a")
        );
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
            let err = document(body).unwrap_err();
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
    fn non_objects_are_validation_errors_once_known_to_be_valid() {
        for (body, what) in [
            ("null", "null"),
            (" 1 ", "a number"),
            ("[]", "an array"),
            ("\"s\"", "a string"),
            ("true", "a boolean"),
        ] {
            let err = document(body).unwrap_err();
            assert_eq!(err.kind, ErrorKind::ValidationError, "{body}");
            assert!(err.message.ends_with(what), "{}", err.message);
        }
        assert_eq!(
            document("[1,").unwrap_err().kind,
            ErrorKind::InvalidEventPayload
        );
    }

    #[test]
    fn documents_locate_members_and_pass_text_through() {
        let text = "  {\"type\" : \"a\", \"n\": [1, {\"x\": null}], \"s\": \"\\u00e9\"}\n";
        let doc = document(text).unwrap();
        assert_eq!(doc.raw(), text.trim());
        assert_eq!(doc.get("type"), Some(Value::from("a")));
        assert_eq!(doc.get("s"), Some(Value::from("é")));
        assert_eq!(doc.get("missing"), None);
        assert_eq!(
            to_text(&Value::Object(doc.to_object())),
            r#"{"type":"a","n":[1,{"x":null}],"s":"é"}"#
        );
    }

    #[test]
    fn plain_runs_stop_at_the_first_special_byte_in_any_lane() {
        for special in [b'"', b'\\', 0x00, 0x1F, b'\n'] {
            for at in 0..20 {
                let mut bytes = vec![b'a'; 20];
                bytes[at] = special;
                assert_eq!(plain_run_end(&bytes, 0), at, "byte {special:#x} at {at}");
            }
        }
        // Bytes that only look special to a careless test: 0x20, 0x7F, UTF-8.
        let plain = "  \u{7f}é€😀 abc defgh".as_bytes();
        assert_eq!(plain_run_end(plain, 0), plain.len());
        assert_eq!(plain_run_end(b"abc", 3), 3);
    }

    #[test]
    fn canonical_text_sorts_keys_at_every_depth() {
        let a = parse(r#"{"b":{"d":1,"c":2},"a":[{"z":1,"y":2}]}"#).unwrap();
        let b = parse(r#"{"a":[{"y":2,"z":1}],"b":{"c":2,"d":1}}"#).unwrap();
        let (mut x, mut y) = (String::new(), String::new());
        crate::json::write_canonical(&mut x, &a);
        crate::json::write_canonical(&mut y, &b);
        assert_eq!(x, y);
        assert_eq!(x, r#"{"a":[{"y":2,"z":1}],"b":{"c":2,"d":1}}"#);
    }

    #[test]
    fn number_growth_counts_only_numbers_outside_strings() {
        assert_eq!(
            number_growth(r#"{"a":"1e20 \" 1e20","b":[1e20,-0,1.0,12]}"#),
            17
        );
        assert_eq!(number_growth(r#"{"1e20":"\\",  "x" : 1e-7}"#), 0);
        assert_eq!(number_growth("[1e-6]"), 4);
    }

    #[test]
    fn many_keys_with_one_repeat_merge_in_one_sort() {
        let mut text = String::from("{");
        for i in 0..30_000 {
            text.push_str(&format!("\"k{i}\":{i},"));
        }
        text.push_str("\"k7\":\"last\"}");
        let value = parse(&text).unwrap();
        let object = value.as_object().unwrap();
        assert_eq!(object.len(), 30_000);
        assert_eq!(object.iter().nth(7).unwrap(), ("k7", &Value::from("last")));
    }
}
