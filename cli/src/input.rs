//! Reads webhooks as a stream: NDJSON (or any concatenated JSON values), a
//! JSON array, or a folder of .json files, one value at a time, so memory
//! stays flat however large the input is.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One webhook's text, and where it came from.
pub struct Item {
    /// Index into [`Inputs::names`].
    pub source: usize,
    /// 1-based line where the value starts.
    pub line: usize,
    pub body: Result<Vec<u8>, String>,
}

/// The files to read, in order.
pub struct Inputs {
    pub names: Vec<String>,
    paths: Vec<Option<PathBuf>>, // None: standard input
    pub total_bytes: Option<u64>,
}

impl Inputs {
    /// Expands folders into their .json files (recursively, sorted by name).
    pub fn new(args: &[PathBuf]) -> io::Result<Inputs> {
        let mut paths = Vec::new();
        if args.is_empty() {
            paths.push(None);
        }
        for arg in args {
            if arg.as_os_str() == "-" {
                paths.push(None);
            } else if arg.is_dir() {
                let mut files = Vec::new();
                collect_json_files(arg, &mut files)?;
                if files.is_empty() {
                    return Err(io::Error::other(format!(
                        "{} holds no .json files",
                        arg.display()
                    )));
                }
                paths.extend(files.into_iter().map(Some));
            } else {
                File::open(arg).map_err(|err| {
                    io::Error::new(err.kind(), format!("{}: {err}", arg.display()))
                })?;
                paths.push(Some(arg.clone()));
            }
        }
        let names = paths
            .iter()
            .map(|path| match path {
                None => "<stdin>".to_owned(),
                Some(path) => path.display().to_string(),
            })
            .collect();
        let total_bytes = paths
            .iter()
            .map(|path| {
                path.as_ref()
                    .and_then(|p| p.metadata().ok())
                    .map(|m| m.len())
            })
            .sum();
        Ok(Inputs {
            names,
            paths,
            total_bytes,
        })
    }

    /// Calls `each` with every value of every input, in order; `bytes` is
    /// told how far the reading got, for a progress bar.
    pub fn for_each(
        &self,
        mut bytes: impl FnMut(u64),
        mut each: impl FnMut(Item) -> io::Result<()>,
    ) -> io::Result<()> {
        for (source, path) in self.paths.iter().enumerate() {
            let reader: Box<dyn Read> = match path {
                None => Box::new(io::stdin().lock()),
                Some(path) => Box::new(File::open(path)?),
            };
            let mut reader = BufReader::with_capacity(256 * 1024, reader);
            let mut splitter = Splitter::new(super::library::MAX_BODY_BYTES);
            loop {
                let chunk = reader.fill_buf()?;
                if chunk.is_empty() {
                    break;
                }
                let len = chunk.len();
                for &byte in chunk {
                    if let Some((line, body)) = splitter.push(byte) {
                        each(Item { source, line, body })?;
                    }
                }
                reader.consume(len);
                bytes(len as u64);
            }
            if let Some((line, body)) = splitter.finish() {
                each(Item { source, line, body })?;
            }
        }
        Ok(())
    }
}

fn collect_json_files(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries = std::fs::read_dir(dir)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<io::Result<Vec<_>>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_json_files(&path, out)?;
        } else if path.extension().is_some_and(|ext| ext == "json") {
            out.push(path);
        }
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Nothing but whitespace seen yet.
    Start,
    /// Values one after another, such as pretty-printed objects.
    Stream,
    /// NDJSON: the first value fit on its line, so every line is taken as
    /// a value, and a broken line costs only itself.
    Lines,
    /// Inside a top-level array: its elements are the values.
    Array,
    /// After the array's closing bracket.
    Done,
}

/// Splits a byte stream into top-level JSON values without parsing them:
/// it tracks only strings and bracket depth. The core parses each value and
/// says precisely what is wrong with a bad one.
struct Splitter {
    mode: Mode,
    limit: usize,
    value: Vec<u8>,
    /// The value's length, also counted past the limit.
    value_len: usize,
    value_line: usize,
    line: usize,
    depth: usize,
    in_string: bool,
    escaped: bool,
    trailing_error: bool,
    /// Whether Stream has been told apart from Lines.
    format_known: bool,
}

type Value = (usize, Result<Vec<u8>, String>);

impl Splitter {
    fn new(limit: usize) -> Splitter {
        Splitter {
            mode: Mode::Start,
            limit,
            value: Vec::new(),
            value_len: 0,
            value_line: 1,
            line: 1,
            depth: 0,
            in_string: false,
            escaped: false,
            trailing_error: false,
            format_known: false,
        }
    }

    /// The depth at which values sit: 0 in a stream, 1 in an array.
    fn base(&self) -> usize {
        usize::from(self.mode == Mode::Array)
    }

    fn push(&mut self, byte: u8) -> Option<Value> {
        let out = self.step(byte);
        if byte == b'\n' {
            self.line += 1;
        }
        out
    }

    fn step(&mut self, byte: u8) -> Option<Value> {
        if self.mode == Mode::Lines {
            // One value a line, whatever the line holds; the core says what
            // is wrong with a broken one.
            match byte {
                b'\n' => return self.emit(),
                b' ' | b'\t' | b'\r' if self.value_len == 0 => {}
                _ => {
                    if self.value_len == 0 {
                        self.value_line = self.line;
                    }
                    self.keep(byte);
                }
            }
            return None;
        }
        let whitespace = matches!(byte, b' ' | b'\t' | b'\r' | b'\n');
        if self.value_len == 0 {
            if whitespace {
                return None;
            }
            match (self.mode, byte) {
                (Mode::Start, b'[') => {
                    self.mode = Mode::Array;
                    self.depth = 1;
                    return None;
                }
                (Mode::Start, _) => self.mode = Mode::Stream,
                (Mode::Array, b',') => return None,
                (Mode::Array, b']') => {
                    self.mode = Mode::Done;
                    self.depth = 0;
                    return None;
                }
                (Mode::Done, _) if !self.trailing_error => {
                    self.trailing_error = true;
                    return Some((
                        self.line,
                        Err("text after the closing ] of the JSON array".to_owned()),
                    ));
                }
                (Mode::Done, _) => return None,
                _ => {}
            }
            self.value_line = self.line;
        }
        // Inside a value.
        if self.in_string {
            self.keep(byte);
            if self.escaped {
                self.escaped = false;
            } else if byte == b'\\' {
                self.escaped = true;
            } else if byte == b'"' {
                self.in_string = false;
                if self.depth == self.base() {
                    return self.emit();
                }
            }
            return None;
        }
        let base = self.base();
        let scalar = self.depth == base; // a number, literal or nothing yet
        match byte {
            b'"' => {
                if scalar && self.value_len > 0 {
                    // `1"x"`: end the scalar, the string is the next value.
                    let out = self.emit();
                    self.value_line = self.line;
                    self.keep(byte);
                    self.in_string = true;
                    return out;
                }
                self.keep(byte);
                self.in_string = true;
            }
            b'{' | b'[' => {
                self.keep(byte);
                self.depth += 1;
            }
            b'}' | b']' if self.depth > base => {
                self.keep(byte);
                self.depth -= 1;
                if self.depth == base {
                    return self.emit();
                }
            }
            b']' if self.mode == Mode::Array => {
                // The array closes right after a scalar element.
                self.mode = Mode::Done;
                self.depth = 0;
                return self.emit();
            }
            b',' if self.mode == Mode::Array && scalar => return self.emit(),
            _ if whitespace && scalar => return self.emit(),
            _ => self.keep(byte),
        }
        None
    }

    fn keep(&mut self, byte: u8) {
        self.value_len += 1;
        if self.value.len() < self.limit {
            self.value.push(byte);
        }
    }

    fn emit(&mut self) -> Option<Value> {
        if self.mode == Mode::Stream && !self.format_known {
            self.format_known = true;
            if self.value_line == self.line {
                self.mode = Mode::Lines;
            }
        }
        let len = std::mem::take(&mut self.value_len);
        let body = std::mem::take(&mut self.value);
        if len == 0 {
            return None;
        }
        let body = if len > self.limit {
            Err(format!(
                "the webhook is {len} bytes; Segment accepts at most {} bytes (512 KiB)",
                self.limit
            ))
        } else {
            Ok(body)
        };
        Some((self.value_line, body))
    }

    /// The end of the input: a value still open is passed on as it is (the
    /// core names what is missing); an array never closed is an error.
    fn finish(&mut self) -> Option<Value> {
        if self.value_len > 0 {
            self.depth = self.base();
            return self.emit();
        }
        (self.mode == Mode::Array).then(|| {
            (
                self.line,
                Err("the JSON array is not closed: the input ends before its ]".to_owned()),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<(usize, Result<String, String>)> {
        let mut splitter = Splitter::new(64);
        let mut out = Vec::new();
        for &byte in text.as_bytes() {
            out.extend(splitter.push(byte));
        }
        out.extend(splitter.finish());
        out.into_iter()
            .map(|(line, body)| (line, body.map(|b| String::from_utf8(b).unwrap())))
            .collect()
    }

    fn ok(line: usize, text: &str) -> (usize, Result<String, String>) {
        (line, Ok(text.to_owned()))
    }

    #[test]
    fn ndjson_and_pretty_printed_values() {
        assert_eq!(
            split("{\"a\":\"}\\\"{\"}\n{\"b\":[1,{}]}\n\n  {}\r\n"),
            vec![
                ok(1, "{\"a\":\"}\\\"{\"}"),
                ok(2, "{\"b\":[1,{}]}"),
                ok(4, "{}\r")
            ]
        );
        assert_eq!(
            split("\n{\n  \"c\": \"}\"\n}{\"d\":\n1}\n"),
            vec![ok(2, "{\n  \"c\": \"}\"\n}"), ok(4, "{\"d\":\n1}")]
        );
    }

    #[test]
    fn a_broken_ndjson_line_costs_only_itself() {
        assert_eq!(
            split("{\"a\":1}\n{\"b\": \"x\n{\"c\": [\n{\"d\":2}"),
            vec![
                ok(1, "{\"a\":1}"),
                ok(2, "{\"b\": \"x"),
                ok(3, "{\"c\": ["),
                ok(4, "{\"d\":2}")
            ]
        );
    }

    #[test]
    fn arrays_give_their_elements() {
        assert_eq!(
            split("[\n {\"a\":[1]},\n {\"b\":\"]\"}, 7 ,\"s\"]"),
            vec![
                ok(2, "{\"a\":[1]}"),
                ok(3, "{\"b\":\"]\"}"),
                ok(3, "7"),
                ok(3, "\"s\"")
            ]
        );
        assert_eq!(split("[1]"), vec![ok(1, "1")]);
        assert_eq!(split("[]"), vec![]);
    }

    #[test]
    fn broken_input_is_reported_not_lost() {
        assert_eq!(
            split("{\"a\":1}\n{\"b\":"),
            vec![ok(1, "{\"a\":1}"), ok(2, "{\"b\":")]
        );
        let unclosed = split("[{\"a\":1},");
        assert_eq!(unclosed[0], ok(1, "{\"a\":1}"));
        assert!(unclosed[1].1.as_ref().unwrap_err().contains("not closed"));
        let trailing = split("[{}] {}");
        assert!(trailing[1]
            .1
            .as_ref()
            .unwrap_err()
            .contains("after the closing"));
        assert_eq!(split("nope {}"), vec![ok(1, "nope"), ok(1, "{}")]);
    }

    #[test]
    fn oversized_values_are_cut_while_reading() {
        let big = format!("{{\"a\":\"{}\"}}\n{{}}", "x".repeat(200));
        let out = split(&big);
        assert!(out[0].1.as_ref().unwrap_err().contains("bytes"));
        assert_eq!(out[1], ok(2, "{}"));
    }
}
