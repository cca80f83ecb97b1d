//! Our JSON reader against serde_json on arbitrary bytes. Where serde_json
//! accepts, we must accept the same value; where we accept and it does not,
//! the difference must be one we mean (JSON.parse's leniency): lone
//! surrogate escapes, nesting beyond serde_json's 128 levels, a BOM.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stigg_segment::json::{parse_value, to_text};

fuzz_target!(|bytes: &[u8]| {
    let ours = parse_value(bytes);
    let theirs = serde_json::from_slice::<serde_json::Value>(bytes);
    match (&ours, &theirs) {
        (Ok(value), Ok(expected)) => {
            let ours_as_serde: serde_json::Value = serde_json::from_str(&to_text(value))
                .expect("our output is valid JSON");
            assert_eq!(&ours_as_serde, expected);
        }
        (Err(err), Ok(_)) => panic!("we reject what serde_json accepts: {err}"),
        (Ok(_), Err(err)) => {
            let message = err.to_string();
            let meant = message.contains("surrogate")
                || message.contains("hex escape")
                || message.contains("recursion limit")
                || bytes.starts_with(b"\xEF\xBB\xBF");
            assert!(meant, "we accept what serde_json rejects: {message}");
        }
        (Err(_), Err(_)) => {}
    }
});
