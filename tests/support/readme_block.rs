//! Generated blocks in README.md, between a begin and an end marker: a test
//! compares the block with what the code generates, and
//! `UPDATE_README=1 cargo test` rewrites it.

pub fn check(begin: &str, end: &str, generated: &str) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let start = readme
        .find(begin)
        .unwrap_or_else(|| panic!("README.md lacks {begin}"))
        + begin.len();
    let stop = readme
        .find(end)
        .unwrap_or_else(|| panic!("README.md lacks {end}"));
    let block = format!("\n{generated}");
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(
            path,
            format!("{}{}{}", &readme[..start], block, &readme[stop..]),
        )
        .unwrap();
        return;
    }
    assert_eq!(
        &readme[start..stop],
        block,
        "README.md is out of date: run UPDATE_README=1 cargo test"
    );
}
