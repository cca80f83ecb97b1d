//! JSON for webhook bodies, split by concern:
//!
//! - [`read`]: the reader, accepting exactly what `JSON.parse` accepts, and
//!   [`Document`], a body located but not yet parsed;
//! - [`value`]: the tree ([`Value`], [`Object`]) for what must be edited;
//! - [`write`]: one writer over a [`Sink`] (a buffer, a hasher or a byte
//!   [`Counter`]), so sizes are measured by the code that writes;
//! - [`body`]: the limits a text (a webhook's body, a page of Stigg's API)
//!   has before it is JSON at all;
//! - [`number`]: how long a number is once JavaScript writes it again;
//! - [`scan`]: the byte-level rules the reader and the writer share.
//!
//! Each uses only those below it: `read` → `body`, `number`, `scan`,
//! `value`; `write` → `number`, `scan`, `value`; `number` → `scan`.

pub mod body;
pub mod number;
pub mod read;
mod scan;
pub mod value;
pub mod write;

pub use body::{check_body_size, Source, MAX_BODY_BYTES, WEBHOOK_BODY};
pub use number::js_number_len;
pub use read::{parse_value, parse_value_within, Document, MAX_DEPTH};
pub use value::{Object, Value};
pub use write::{
    measure, push_quoted, quoted, to_text, write_canonical, write_canonical_object, write_object,
    write_string, write_value, Counter, Sink, QUOTED_MAX_CHARS,
};
