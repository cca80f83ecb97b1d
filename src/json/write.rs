//! Writing JSON, and measuring it, through one writer: every function here
//! writes into a [`Sink`], which is either a buffer (`String`), a hasher,
//! or a [`Counter`] that only adds up bytes. A size is never computed by a
//! second, hand-kept copy of the writer.

use super::number::{js_number_len, number_growth};
use super::scan::plain_run_end;
use super::value::{Object, Value};

/// Where written JSON goes.
pub trait Sink {
    fn push_str(&mut self, text: &str);

    /// A number, given as its source text (kept as written).
    fn push_number(&mut self, text: &str) {
        self.push_str(text);
    }

    /// Valid JSON text passed through as it arrived.
    fn push_json(&mut self, text: &str) {
        self.push_str(text);
    }

    /// The bytes written so far, for a sink that keeps them (0 otherwise).
    fn written(&self) -> usize {
        0
    }
}

impl Sink for String {
    fn push_str(&mut self, text: &str) {
        String::push_str(self, text);
    }

    fn written(&self) -> usize {
        self.len()
    }
}

/// Counts the bytes a call can weigh on its way to Segment, writing
/// nothing. The JS shim `JSON.parse`s what we write and Segment
/// `JSON.stringify`s it again, which writes numbers in JavaScript's
/// shortest form (`1e20` as 21 digits); the native binary sends our text
/// as it is. So each number counts as the longer of the two, and passed-
/// through text as its length plus what its numbers grow by. Whitespace
/// and escapes in passed-through text only ever shrink when re-written, so
/// the count is never below what either path sends.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counter {
    pub bytes: usize,
}

impl Sink for Counter {
    fn push_str(&mut self, text: &str) {
        self.bytes += text.len();
    }

    fn push_number(&mut self, text: &str) {
        // An integer of at most 15 digits is written by JavaScript as it
        // came (or shorter, for `-0`): the common case needs no closer look.
        let digits = text.strip_prefix('-').unwrap_or(text);
        let plain_integer = digits.len() <= 15 && digits.bytes().all(|b| b.is_ascii_digit());
        self.bytes += if plain_integer {
            text.len()
        } else {
            text.len().max(js_number_len(text))
        };
    }

    fn push_json(&mut self, text: &str) {
        self.bytes += text.len() + number_growth(text);
    }
}

/// The bytes `write` sends into a [`Counter`].
pub fn measure(write: impl FnOnce(&mut Counter)) -> usize {
    let mut counter = Counter::default();
    write(&mut counter);
    counter.bytes
}

/// Writes a string as JSON, escaped as `JSON.stringify` escapes it.
pub fn write_string(out: &mut impl Sink, text: &str) {
    write_escaped(out, text);
}

// The writer proper takes `dyn Sink`: one copy of it in the wasm, not one
// per sink.
fn write_escaped(out: &mut dyn Sink, text: &str) {
    out.push_str("\"");
    let bytes = text.as_bytes();
    let mut run_start = 0;
    loop {
        // The bytes that need no escape, eight at a time: most strings are
        // one such run.
        let at = plain_run_end(bytes, run_start);
        out.push_str(&text[run_start..at]);
        let Some(&byte) = bytes.get(at) else {
            break;
        };
        match byte {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0C => out.push_str("\\f"),
            _ => out.push_str(&unicode_escape(u32::from(byte))),
        }
        run_start = at + 1;
    }
    out.push_str("\"");
}

fn unicode_escape(code: u32) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut escape = String::from("\\u");
    for shift in [12, 8, 4, 0] {
        escape.push(HEX[((code >> shift) & 0xF) as usize] as char);
    }
    escape
}

/// The most characters of user-supplied text a message quotes.
pub const QUOTED_MAX_CHARS: usize = 80;

/// User-supplied text for error messages, skip reasons and logs: in double
/// quotes, with every character that could start a new log line or drive
/// a terminal escaped (controls, DEL, C1 controls, U+2028 and U+2029, bidi
/// overrides), and cut to [`QUOTED_MAX_CHARS`] characters with an ellipsis
/// and the full length. (Cheaper in wasm than `{:?}`, which pulls in
/// Unicode tables.)
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4 * QUOTED_MAX_CHARS) + 2);
    if push_quoted_up_to(&mut out, text, QUOTED_MAX_CHARS) {
        out.push_str(&format!(" ({} characters)", text.chars().count()));
    }
    out
}

/// `text` as [`quoted`] writes it, but whole, onto `out`: for a host's log
/// line, whose messages are longer than a quote in a message.
pub fn push_quoted(out: &mut String, text: &str) {
    push_quoted_up_to(out, text, usize::MAX);
}

/// `text` quoted and escaped onto `out`, cut after `max_chars` characters
/// with an ellipsis; whether it was cut.
fn push_quoted_up_to(out: &mut String, text: &str, max_chars: usize) -> bool {
    out.push('"');
    let mut cut = false;
    for (shown, c) in text.chars().enumerate() {
        if shown == max_chars {
            cut = true;
            break;
        }
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{0}'..='\u{1F}'
            | '\u{7F}'..='\u{9F}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => out.push_str(&unicode_escape(u32::from(c))),
            _ => out.push(c),
        }
    }
    if cut {
        out.push('…');
    }
    out.push('"');
    cut
}

/// Writes a value as compact JSON.
pub fn write_value(out: &mut impl Sink, value: &Value) {
    write_json(out, value, false);
}

pub fn write_object(out: &mut impl Sink, object: &Object) {
    write_members(out, object, false);
}

/// The value as compact JSON text.
pub fn to_text(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value);
    out
}

/// Writes a value with every object's keys sorted: one text per content,
/// whatever order the keys arrived in.
pub fn write_canonical(out: &mut impl Sink, value: &Value) {
    write_json(out, value, true);
}

pub fn write_canonical_object(out: &mut impl Sink, object: &Object) {
    write_members(out, object, true);
}

fn write_json(out: &mut dyn Sink, value: &Value, sort_keys: bool) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(text) => out.push_number(text),
        Value::String(text) => write_escaped(out, text),
        Value::Array(items) => {
            out.push_str("[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(",");
                }
                write_json(out, item, sort_keys);
            }
            out.push_str("]");
        }
        Value::Object(object) => write_members(out, object, sort_keys),
    }
}

fn write_members(out: &mut dyn Sink, object: &Object, sort_keys: bool) {
    let members: Vec<(&str, &Value)> = object.iter().collect();
    let mut order: Vec<usize> = (0..members.len()).collect();
    if sort_keys {
        crate::sort::sort_positions(&mut order, &|a, b| {
            members[a].0.cmp(members[b].0).then(a.cmp(&b))
        });
    }
    out.push_str("{");
    for (i, (key, value)) in order.into_iter().map(|m| members[m]).enumerate() {
        if i > 0 {
            out.push_str(",");
        }
        write_escaped(out, key);
        out.push_str(":");
        write_json(out, value, sort_keys);
    }
    out.push_str("}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::number::js_number_text;
    use crate::json::parse_value;

    fn parse(text: &str) -> Value {
        parse_value(text.as_bytes()).unwrap()
    }

    #[test]
    fn strings_are_escaped_as_json_stringify_does() {
        let value = Value::from("q\" b\\ n\n t\t c\u{1} d\u{7f} é 😀 \u{2028}");
        let text = to_text(&value);
        assert_eq!(
            text,
            "\"q\\\" b\\\\ n\\n t\\t c\\u0001 d\u{7f} é 😀 \u{2028}\""
        );
        assert_eq!(measure(|c| write_value(c, &value)), text.len());
        assert_eq!(parse(&text), value);
    }

    #[test]
    fn the_counter_measures_what_the_buffer_writes() {
        let value = parse(r#"{"a":[1,true,false,null,"x\ny",{"b":{}}],"c":"\u0000","d":[]}"#);
        assert_eq!(measure(|c| write_value(c, &value)), to_text(&value).len());
        let mut canonical = String::new();
        write_canonical(&mut canonical, &value);
        assert_eq!(measure(|c| write_canonical(c, &value)), canonical.len());
    }

    #[test]
    fn numbers_are_written_as_read_and_counted_at_their_longer_form() {
        let text =
            r#"{"big":1e400,"int":123456789012345678901234567890,"neg":-0,"f":1.50,"g":1e20}"#;
        let value = parse(text);
        assert_eq!(to_text(&value), text);
        // 1e20 grows by 17 digits; 1e400 (JavaScript's `null`) counts as
        // at most `1e+400`, one more; the others are shorter in JavaScript.
        assert_eq!(measure(|c| write_value(c, &value)), text.len() + 18);
    }

    #[test]
    fn numbers_take_javascripts_shortest_form() {
        for (json, js) in [
            ("0", "0"),
            ("-0", "0"),
            ("-0.0", "0"),
            ("1.0", "1"),
            ("1.50", "1.5"),
            ("1e20", "100000000000000000000"),
            ("1E20", "100000000000000000000"),
            ("1e21", "1e+21"),
            ("1.5e300", "1.5e+300"),
            ("-5e20", "-500000000000000000000"),
            ("1e-6", "0.000001"),
            ("1e-7", "1e-7"),
            ("1.25e-7", "1.25e-7"),
            ("123.456", "123.456"),
            ("0.1", "0.1"),
            ("1e400", "null"),
            ("-1e400", "null"),
            ("1e-400", "0"),
            ("9007199254740993", "9007199254740992"),
            ("123456789012345678901234567890", "1.2345678901234568e+29"),
            ("5e-324", "5e-324"),
            ("1.7976931348623157e308", "1.7976931348623157e+308"),
            ("100", "100"),
            ("123456789012345", "123456789012345"),
        ] {
            assert_eq!(js_number_text(json), js, "{json}");
            assert!(js_number_len(json) >= js.len(), "{json}");
        }
    }

    #[test]
    fn the_length_without_floating_point_is_exact_or_an_upper_bound() {
        let mut numbers = Vec::new();
        for mantissa in [
            "1", "12", "0.5", "100", "123.45", "0.000123", "99999", "1.5",
        ] {
            for exponent in [
                -330i32, -310, -300, -30, -8, -7, -6, -5, -1, 0, 1, 5, 19, 20, 21, 22, 300, 308,
                309,
            ] {
                for sign in ["", "-"] {
                    numbers.push((
                        format!("{sign}{mantissa}e{exponent}"),
                        exponent.abs() <= 280,
                    ));
                    numbers.push((
                        format!("{sign}{mantissa}E{exponent:+}"),
                        exponent.abs() <= 280,
                    ));
                }
            }
        }
        for (number, exact) in [
            ("0.0", true),
            ("-0e5", true),
            ("0e-400", true),
            ("100000000000000000000", true),
            ("0.1000", true),
            ("123456789012345", true),
            ("123456789012345678", false),
            ("9007199254740993", false),
            ("99999999999999999999999", false),
            ("1e99999999999999999999", false),
            ("-1.5e-99999999999999999999", false),
            ("0e99999999999999999999", false),
        ] {
            numbers.push((number.to_owned(), exact));
        }
        for (number, exact) in numbers {
            let written = js_number_text(&number).len();
            if exact {
                assert_eq!(js_number_len(&number), written, "{number}");
            } else {
                assert!(js_number_len(&number) >= written, "{number}");
            }
        }
    }

    #[test]
    fn quoting_escapes_everything_that_could_forge_a_log_line() {
        let forged = "x\nstigg-segment: skipped: \u{1b}[31mred\u{7f}\u{85}\u{9b}\u{2028}\u{2029}\u{202e}\"\\";
        let text = quoted(forged);
        assert_eq!(
            text,
            "\"x\\nstigg-segment: skipped: \\u001b[31mred\\u007f\\u0085\\u009b\\u2028\\u2029\\u202e\\\"\\\\\""
        );
        assert!(text.chars().all(|c| (' '..='~').contains(&c)));
        // Still a JSON string, which reads back as the original.
        assert_eq!(parse(&text), Value::from(forged));
    }

    #[test]
    fn quoting_cuts_long_text_and_notes_its_length() {
        assert_eq!(quoted(&"é".repeat(80)), format!("\"{}\"", "é".repeat(80)));
        let long = format!("{}{}", "a".repeat(80), "\nforged line".repeat(1000));
        let text = quoted(&long);
        assert_eq!(
            text,
            format!(
                "\"{}…\" ({} characters)",
                "a".repeat(80),
                long.chars().count()
            )
        );
    }

    #[test]
    fn quoting_whole_escapes_alike_and_cuts_nothing() {
        let forged = "x\n\u{1b}[31m\u{2028}\u{202e}\"\\".repeat(100);
        let mut whole = String::from("msg=");
        push_quoted(&mut whole, &forged);
        assert_eq!(parse(&whole[4..]), Value::from(forged.as_str()));
        assert!(whole.chars().all(|c| (' '..='~').contains(&c)));
        let short = "a\tb\u{85}";
        let mut out = String::new();
        push_quoted(&mut out, short);
        assert_eq!(out, quoted(short));
    }
}
