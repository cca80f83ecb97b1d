//! The fast path's answer as a tape of words, which the Segment script reads
//! straight into the objects it hands Segment. JSON text would be escaped
//! here, copied out, decoded and `JSON.parse`d there: for a small webhook,
//! more time than the decision itself (BENCHMARKS.md, "Where the time goes").
//!
//! The tape is written over the field area once the decision has read it:
//!
//! | where | what |
//! |---|---|
//! | word 0 | how many op words follow |
//! | words 1… | the ops, each a [`Op`] tag in its low 4 bits and an argument above |
//! | the area's end, backwards | the strings' UTF-8 bytes |
//!
//! [`Op::Object`] and [`Op::Array`] open a value that [`Op::End`] closes; an
//! object's members alternate key and value. [`Op::Name`] is the [`Word`]
//! numbered `arg`, the code's own words, so the script never decodes them. [`Op::Ascii`] and
//! [`Op::Text`] are a string of `arg` bytes at the offset in the next word;
//! ASCII needs no UTF-8 decoder.

use crate::calls::{Encoder, Payload, Word};

/// What a word of the tape says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum Op {
    End = 0,
    Object = 1,
    Array = 2,
    Name = 3,
    Ascii = 4,
    Text = 5,
}

impl Op {
    pub const ALL: [Op; 6] = [
        Op::End,
        Op::Object,
        Op::Array,
        Op::Name,
        Op::Ascii,
        Op::Text,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Op::End => "end",
            Op::Object => "object",
            Op::Array => "array",
            Op::Name => "name",
            Op::Ascii => "ascii",
            Op::Text => "text",
        }
    }
}

const TAG_BITS: u32 = 4;
const WORD: usize = 4;

/// Writes a tape into `area`; [`Tape::finish`] says whether it fitted.
pub struct Tape<'a> {
    area: &'a mut [u8],
    ops: usize,
    /// Where the strings written so far begin (they grow down from the end).
    strings_start: usize,
    /// Set when something does not fit, or cannot go on a tape.
    failed: bool,
}

impl<'a> Tape<'a> {
    pub fn new(area: &'a mut [u8]) -> Tape<'a> {
        let strings_start = area.len();
        Tape {
            area,
            ops: 0,
            strings_start,
            failed: false,
        }
    }

    /// The number of op words, or `None` when the answer does not fit the
    /// area or holds a payload the fast path never names (the script then
    /// takes the full path).
    pub fn finish(self) -> Option<usize> {
        if self.failed || self.area.len() < WORD {
            return None;
        }
        self.area[..WORD].copy_from_slice(&(self.ops as u32).to_le_bytes());
        Some(self.ops)
    }

    fn word(&mut self, word: u32) {
        let at = (1 + self.ops) * WORD;
        let slot = match self.area.get_mut(at..at + WORD) {
            Some(slot) if !self.failed && at + WORD <= self.strings_start => slot,
            _ => {
                self.failed = true;
                return;
            }
        };
        // An array store, not a call to memcpy.
        if let Ok(slot) = <&mut [u8; WORD]>::try_from(slot) {
            *slot = word.to_le_bytes();
        }
        self.ops += 1;
    }

    fn op(&mut self, op: Op, argument: usize) {
        if argument >> (32 - TAG_BITS) != 0 {
            self.failed = true;
            return;
        }
        self.word(op as u32 | (argument as u32) << TAG_BITS);
    }

    fn text(&mut self, text: &str) {
        let bytes = text.as_bytes();
        // Two op words and the bytes, clear of the ops written so far.
        let ops_end = (3 + self.ops) * WORD;
        if self.failed || self.strings_start < ops_end + bytes.len() {
            self.failed = true;
            return;
        }
        self.strings_start -= bytes.len();
        self.area[self.strings_start..self.strings_start + bytes.len()].copy_from_slice(bytes);
        let op = if bytes.is_ascii() {
            Op::Ascii
        } else {
            Op::Text
        };
        self.op(op, bytes.len());
        self.word(self.strings_start as u32);
    }

    fn word_op(&mut self, word: Word) {
        self.op(Op::Name, word as usize);
    }
}

impl Encoder for Tape<'_> {
    fn begin_object(&mut self) {
        self.op(Op::Object, 0);
    }

    fn end_object(&mut self) {
        self.op(Op::End, 0);
    }

    fn begin_array(&mut self) {
        self.op(Op::Array, 0);
    }

    fn end_array(&mut self) {
        self.op(Op::End, 0);
    }

    fn key(&mut self, key: Word) {
        self.word_op(key);
    }

    fn name(&mut self, value: Word) {
        self.word_op(value);
    }

    fn string(&mut self, value: &str) {
        self.text(value);
    }

    fn payload(&mut self, payload: &Payload) {
        match payload {
            Payload::Body => self.word_op(Word::Body),
            Payload::Traits { from, names } => {
                self.begin_array();
                self.text(from.member().unwrap_or(""));
                for name in names {
                    self.text(name);
                }
                self.end_array();
            }
            // Text or a tree is the full path's to write.
            Payload::Raw(_) | Payload::Tree(_) => self.failed = true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calls::{Call, Envelope, Outcome, SkipCode};
    use crate::json::{parse_value, Object, Value};
    use crate::stigg::{Described, CUSTOMER_TRAITS};

    /// Reads a tape back into a value, as the Segment script does.
    fn read(area: &[u8]) -> Value {
        let word =
            |i: usize| u32::from_le_bytes(area[i * WORD..i * WORD + WORD].try_into().unwrap());
        let count = word(0) as usize;
        let mut at = 1;
        fn value(word: &dyn Fn(usize) -> u32, area: &[u8], at: &mut usize) -> Option<Value> {
            let op = word(*at);
            *at += 1;
            let argument = (op >> TAG_BITS) as usize;
            let tag = Op::ALL
                .into_iter()
                .find(|tag| *tag as u32 == op & 15)
                .unwrap();
            Some(match tag {
                Op::End => return None,
                Op::Object => {
                    let mut object = Object::new();
                    while let Some(Value::String(key)) = value(word, area, at) {
                        object.insert(&key, value(word, area, at).unwrap());
                    }
                    Value::Object(object)
                }
                Op::Array => {
                    let mut items = Vec::new();
                    while let Some(item) = value(word, area, at) {
                        items.push(item);
                    }
                    Value::Array(items)
                }
                Op::Name => Value::String(Word::ALL[argument].text().to_owned()),
                Op::Ascii | Op::Text => {
                    let offset = word(*at) as usize;
                    *at += 1;
                    let text = std::str::from_utf8(&area[offset..offset + argument]).unwrap();
                    assert_eq!(tag == Op::Ascii, text.is_ascii());
                    Value::String(text.to_owned())
                }
            })
        }
        let read = value(&word, area, &mut at).unwrap();
        assert_eq!(at, 1 + count, "every op is read, and no more");
        read
    }

    fn envelope() -> Envelope {
        Envelope {
            user_id: Some("customer-ü".into()),
            anonymous_id: None,
            message_id: "stigg-m-track".into(),
            timestamp: Some("2024-01-01T00:00:00Z".into()),
            group_id: Some("acct \"1\"".into()),
            trimmed: vec!["properties.x".into()],
        }
    }

    fn outcomes() -> Vec<Outcome> {
        let traits = Payload::Traits {
            from: Described::ALL[0],
            names: CUSTOMER_TRAITS.to_vec(),
        };
        vec![
            Outcome {
                calls: vec![
                    Call::track(envelope(), "subscription_updated".into(), Payload::Body),
                    Call::identify(envelope(), traits.clone()),
                    Call::group(envelope(), "acct".into(), traits),
                ],
                skipped: None,
            },
            Outcome::skipped(SkipCode::Filtered, "not in the \"allowlist\"".into()),
        ]
    }

    #[test]
    fn a_tape_reads_back_as_the_json_the_full_path_writes() {
        for outcome in outcomes() {
            let mut area = vec![0u8; 4096];
            let mut tape = Tape::new(&mut area);
            outcome.encode(&mut tape);
            assert!(tape.finish().is_some());
            let json = parse_value(outcome.to_json().as_bytes()).unwrap();
            assert_eq!(read(&area), json);
        }
    }

    #[test]
    fn an_answer_that_does_not_fit_the_area_is_refused_at_every_size() {
        let outcome = &outcomes()[0];
        let mut needed = None;
        for size in 0..2048 {
            let mut area = vec![0u8; size];
            let mut tape = Tape::new(&mut area);
            outcome.encode(&mut tape);
            if tape.finish().is_some() {
                needed.get_or_insert(size);
                let json = parse_value(outcome.to_json().as_bytes()).unwrap();
                assert_eq!(read(&area), json, "area of {size} bytes");
            } else {
                assert!(
                    needed.is_none(),
                    "fits in {needed:?} bytes but not in {size}"
                );
            }
        }
        assert!(needed.is_some());
    }

    #[test]
    fn a_word_is_numbered_by_its_place_in_the_list_the_script_gets() {
        for (index, word) in Word::ALL.into_iter().enumerate() {
            assert_eq!(word as usize, index, "{}", word.text());
        }
    }

    #[test]
    fn text_and_trees_are_left_to_the_full_path() {
        for payload in [Payload::Raw("{}".into()), Payload::Tree(Object::new())] {
            let mut area = vec![0u8; 4096];
            let mut tape = Tape::new(&mut area);
            Call::track(envelope(), "e".into(), payload).encode(&mut tape);
            assert_eq!(tape.finish(), None);
        }
    }
}
