//! Generated blocks in the docs (README.md and docs/*.md), between a begin
//! and an end marker: a test compares the block with what the code
//! generates, and `UPDATE_README=1 cargo test` rewrites it.

/// `file` is relative to the repository root, e.g. `"docs/events.md"`.
pub fn check(file: &str, begin: &str, end: &str, generated: &str) {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(&path).unwrap();
    let start = doc
        .find(begin)
        .unwrap_or_else(|| panic!("{file} lacks {begin}"))
        + begin.len();
    let stop = doc
        .find(end)
        .unwrap_or_else(|| panic!("{file} lacks {end}"));
    let block = format!("\n{generated}");
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(&path, format!("{}{}{}", &doc[..start], block, &doc[stop..])).unwrap();
        return;
    }
    assert_eq!(
        &doc[start..stop],
        block,
        "{file} is out of date: run UPDATE_README=1 cargo test"
    );
}
