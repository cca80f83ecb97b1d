//! Lists the Stigg fixtures in tests/fixtures/stigg for the tests, which
//! embed them (the wasm tests have no filesystem). Adding a fixture file is
//! then all it takes to have it tested. Nothing here reaches the library.
use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let fixtures = Path::new(&manifest_dir).join("tests/fixtures");
    println!("cargo:rerun-if-changed=tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(fixtures.join("stigg"))
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
                .filter_map(|name| name.strip_suffix(".json").map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut list = String::from("fixtures![\n");
    for name in names {
        list.push_str(&format!("    {name:?},\n"));
    }
    list.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("fixtures.rs");
    std::fs::write(out, list).unwrap();
}
