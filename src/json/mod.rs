//! JSON for webhook bodies, split by concern:
//!
//! - [`read`]: the reader, accepting exactly what `JSON.parse` accepts, and
//!   [`Document`], a body located but not yet parsed;
//! - [`value`]: the tree ([`Value`], [`Object`]) for what must be edited;
//! - [`write`]: one writer over a [`Sink`] (a buffer, a hasher or a byte
//!   [`Counter`]), so sizes are measured by the code that writes;
//! - [`body`]: the limits a webhook body has before it is JSON at all.

pub mod body;
pub mod read;
pub mod value;
pub mod write;

pub use body::{check_body_size, MAX_BODY_BYTES};
pub use read::{parse_value, Document, MAX_DEPTH};
pub use value::{Object, Value};
pub use write::{
    js_number_len, measure, quoted, to_text, write_canonical, write_canonical_object, write_object,
    write_string, write_value, Counter, Sink, QUOTED_MAX_CHARS,
};
