//! Adversarial webhook bodies: the worst shapes a sender can make within
//! Segment's 512 KiB, generated here rather than committed (they weigh
//! megabytes). Shared by tests/adversarial.rs, the fuzz seeds
//! (`cargo bench --bench native -- --write-adversarial DIR`, which
//! scripts/fuzz.sh and tools/bench/bench.js call) and the benchmarks.

/// Segment's limit on a request body, which every body here stays under.
pub const LIMIT: usize = 512 * 1024;

/// One adversarial body: a name for reports, the settings it runs under
/// (a JSON object, `{}` for the defaults) and the body itself.
pub struct Case {
    pub name: String,
    pub settings: &'static str,
    pub body: String,
}

/// Every case, each under [`LIMIT`] bytes.
pub fn corpus() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut add = |name: &str, settings: &'static str, body: String| {
        assert!(body.len() <= LIMIT, "{name}: {} bytes", body.len());
        cases.push(Case {
            name: name.to_owned(),
            settings,
            body,
        });
    };
    let with_id = r#""type":"subscription.updated","messageId":"m-1","customer":{"id":"c-1"}"#;
    let without_id = r#""type":"subscription.updated","customer":{"id":"c-1"}"#;

    // Deep and wide: a chain of objects with the bulk at the bottom.
    add("deep_wide_short_keys", "{}", deep_wide(with_id, 998, 1, 4));
    add(
        "deep_wide_40_char_keys",
        "{}",
        deep_wide(with_id, 900, 40, 4),
    );
    add(
        "deep_wide_100_char_keys",
        "{}",
        deep_wide(with_id, 900, 100, 4),
    );
    add(
        "deep_wide_long_member_keys",
        "{}",
        deep_wide(with_id, 900, 40, 100),
    );
    add(
        "deep_wide_no_message_id",
        "{}",
        deep_wide(without_id, 998, 1, 4),
    );
    add(
        "deep_wide_redacted",
        r#"{"redactProperties":["a.a","customer.email"]}"#,
        deep_wide(without_id, 998, 1, 4),
    );

    // Duplicate keys: one among tens of thousands, and at every level.
    add("one_duplicate_flat", "{}", one_duplicate(with_id, ""));
    add(
        "one_duplicate_no_message_id",
        "{}",
        one_duplicate(without_id, ""),
    );
    add(
        "one_duplicate_in_customer_metadata",
        "{}",
        one_duplicate(r#""type":"customer.updated","id":"c-1""#, "metadata"),
    );
    add(
        "duplicates_at_every_level",
        "{}",
        duplicates_every_level(without_id),
    );
    add("all_keys_the_same", "{}", same_key(without_id));

    // Arrays of arrays, deep and wide.
    add("arrays_of_arrays_deep", "{}", arrays_deep(without_id));
    add("arrays_of_arrays_wide", "{}", arrays_wide(without_id));

    // Strings of escapes: six bytes each in the body.
    add("long_escapes", "{}", long_escapes(without_id));

    // Numbers that JavaScript writes longer than the body does.
    add(
        "growing_numbers_just_under_the_budget",
        "{}",
        growing_numbers(with_id, 31_000),
    );
    add(
        "growing_numbers_large",
        "{}",
        growing_numbers(with_id, LIMIT - 64),
    );

    // Thousands of small junk keys around Stigg's own fields.
    add("junk_keys_around_stigg_fields", "{}", junk_keys(with_id));
    add(
        "junk_keys_long_names",
        r#"{"oversizedEvents":"trim"}"#,
        long_junk_keys(with_id),
    );
    cases
}

/// `{envelope, "a": {"a": ... {k0: 0, k1: 0, ...}}}`: `depth` levels with
/// keys of `key_len` characters, filled at the bottom with members whose
/// keys have `member_key_len` characters, to just under the limit.
pub fn deep_wide(envelope: &str, depth: usize, key_len: usize, member_key_len: usize) -> String {
    let key = "a".repeat(key_len);
    let mut body = format!("{{{envelope}");
    for _ in 0..depth {
        body.push_str(&format!(",\"{key}\":{{\"x\":0"));
    }
    let closing = depth + 1;
    let mut i = 0usize;
    loop {
        let member = format!(",\"{:0>width$}\":0", i, width = member_key_len);
        if body.len() + member.len() + closing >= LIMIT {
            break;
        }
        body.push_str(&member);
        i += 1;
    }
    body.push_str(&"}".repeat(closing));
    body
}

/// Tens of thousands of keys, one of which repeats at the end, at the top
/// level or inside `inner`.
pub fn one_duplicate(envelope: &str, inner: &str) -> String {
    let mut members = String::new();
    let mut i = 0usize;
    let budget = LIMIT - envelope.len() - inner.len() - 64;
    while members.len() + 16 < budget {
        members.push_str(&format!("\"k{i}\":0,"));
        i += 1;
    }
    members.push_str("\"k0\":1");
    if inner.is_empty() {
        format!("{{{envelope},{members}}}")
    } else {
        format!("{{{envelope},\"{inner}\":{{{members}}}}}")
    }
}

/// Objects nested 900 deep, each holding a repeated key and a run of
/// repeats at the bottom.
pub fn duplicates_every_level(envelope: &str) -> String {
    let mut body = format!("{{{envelope}");
    let depth = 900;
    for _ in 0..depth {
        body.push_str(",\"d\":1,\"d\":2,\"n\":{\"d\":0");
    }
    let closing = depth + 1;
    let mut i = 0usize;
    while body.len() + 24 + closing < LIMIT {
        body.push_str(&format!(",\"k{}\":{i}", i % 1000));
        i += 1;
    }
    body.push_str(&"}".repeat(closing));
    body
}

/// The same key, over and over.
pub fn same_key(envelope: &str) -> String {
    let mut body = format!("{{{envelope},\"bag\":{{\"k\":0");
    while body.len() + 8 < LIMIT {
        body.push_str(",\"k\":0");
    }
    body.push_str("}}");
    body
}

/// An array nested 998 deep whose innermost level is long.
pub fn arrays_deep(envelope: &str) -> String {
    let depth = 998;
    let mut body = format!("{{{envelope},\"nest\":{}0", "[".repeat(depth));
    while body.len() + depth + 8 < LIMIT {
        body.push_str(",[0]");
    }
    body.push_str(&"]".repeat(depth));
    body.push('}');
    body
}

/// A wide array of small arrays of objects.
pub fn arrays_wide(envelope: &str) -> String {
    let mut body = format!("{{{envelope},\"rows\":[[{{\"a\":[]}}]");
    while body.len() + 24 < LIMIT {
        body.push_str(",[{\"a\":[[]]},[]]");
    }
    body.push_str("]}");
    body
}

/// Strings made of escapes, in many members.
pub fn long_escapes(envelope: &str) -> String {
    let mut body = format!("{{{envelope}");
    let mut i = 0usize;
    let value = "\\u0001\\n\\u00e9\\\"".repeat(200);
    while body.len() + value.len() + 24 < LIMIT {
        body.push_str(&format!(",\"e{i}\":\"{value}\""));
        i += 1;
    }
    body.push('}');
    body
}

/// Members whose numbers grow when JavaScript writes them (`1e20` becomes
/// 21 digits), to about `size` bytes.
pub fn growing_numbers(envelope: &str, size: usize) -> String {
    let mut body = format!("{{{envelope},\"n\":[1e20");
    while body.len() + 16 < size {
        body.push_str(",1e20,1e-6,-5e20");
    }
    body.push_str("]}");
    body
}

/// Thousands of one-byte junk keys beside Stigg's fields.
pub fn junk_keys(envelope: &str) -> String {
    let mut body = format!(
        "{{{envelope},\"id\":\"sub-1\",\"status\":\"ACTIVE\",\"customerId\":\"c-1\",\
         \"plan\":{{\"id\":\"plan-1\",\"displayName\":\"Growth\"}},\"traceId\":\"t-1\",\
         \"timestamp\":\"2024-01-01T00:00:00Z\""
    );
    let mut i = 0usize;
    while body.len() + 16 < LIMIT {
        body.push_str(&format!(",\"j{i}\":0"));
        i += 1;
    }
    body.push('}');
    body
}

/// Junk keys of 2,000 characters: the trimmed list must stay bounded.
pub fn long_junk_keys(envelope: &str) -> String {
    let mut body = format!("{{{envelope},\"status\":\"ACTIVE\"");
    let mut i = 0usize;
    while body.len() + 2_100 < LIMIT {
        body.push_str(&format!(",\"{:x>2000}\":{i}", i));
        i += 1;
    }
    body.push('}');
    body
}
