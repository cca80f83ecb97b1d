//! Every fixture in tests/fixtures/stigg, run through the core with default
//! settings, must give its golden outcome in tests/fixtures/expected.
//! `UPDATE_GOLDENS=1 cargo test --test goldens` rewrites the goldens; review
//! the diff before committing it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;
use stigg_segment::stigg::EVENT_TYPES;
use stigg_segment::{transform, Headers, Settings};

const FIXTURES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

#[test]
fn the_fixture_list_matches_the_fixture_folder() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(Path::new(FIXTURES_DIR).join("stigg"))
        .unwrap()
        .map(|entry| {
            let name = entry.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".json").unwrap().to_owned()
        })
        .collect();
    let listed: BTreeSet<String> = common::FIXTURES.iter().map(|f| f.name.to_owned()).collect();
    assert_eq!(on_disk, listed, "build.rs lists tests/fixtures/stigg");
    assert!(!listed.is_empty());
}

#[test]
fn every_fixture_gives_its_golden_outcome() {
    let update = std::env::var_os("UPDATE_GOLDENS").is_some();
    let mut mismatched = Vec::new();
    for fixture in common::FIXTURES {
        let outcome = transform(
            fixture.body.as_bytes(),
            &Headers::new(),
            &Settings::default(),
        )
        .unwrap_or_else(|err| panic!("{}: {err}", fixture.name));
        let actual = common::without_version(serde_json::from_str(&outcome.to_json()).unwrap());
        if update {
            let path = Path::new(FIXTURES_DIR).join(format!("expected/{}.json", fixture.name));
            let text = serde_json::to_string_pretty(&actual).unwrap() + "\n";
            std::fs::write(path, text).unwrap();
            continue;
        }
        let expected: Value = serde_json::from_str(fixture.expected).unwrap();
        if actual != expected {
            mismatched.push(fixture.name);
        }
    }
    assert!(
        mismatched.is_empty(),
        "outcomes differ from the goldens: {mismatched:?}"
    );
}

/// The settings each golden file under tests/fixtures/expected-by-setting
/// runs every fixture with: one setting that adds to the default output.
const SETTING_GOLDENS: &[(&str, &str)] = &[
    ("groupCalls", r#"{"groupCalls": true}"#),
    ("planTraits", r#"{"planTraits": true}"#),
    (
        "eventNameStyle-Segment-Spec",
        r#"{"eventNameStyle": "Segment Spec"}"#,
    ),
    (
        "warehouseSafeProperties",
        r#"{"warehouseSafeProperties": true}"#,
    ),
];

#[test]
fn every_fixture_gives_its_golden_outcome_under_each_added_setting() {
    let update = std::env::var_os("UPDATE_GOLDENS").is_some();
    let mut mismatched = Vec::new();
    for (name, settings_text) in SETTING_GOLDENS {
        let settings = Settings::from_json_text(settings_text).unwrap();
        let mut outcomes = serde_json::Map::new();
        for fixture in common::FIXTURES {
            let outcome = transform(fixture.body.as_bytes(), &Headers::new(), &settings)
                .unwrap_or_else(|err| panic!("{name} {}: {err}", fixture.name));
            let outcome =
                common::without_version(serde_json::from_str(&outcome.to_json()).unwrap());
            outcomes.insert(fixture.name.to_owned(), outcome);
        }
        let actual = serde_json::json!({
            "settings": serde_json::from_str::<Value>(settings_text).unwrap(),
            "outcomes": outcomes,
        });
        let path = Path::new(FIXTURES_DIR).join(format!("expected-by-setting/{name}.json"));
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, serde_json::to_string_pretty(&actual).unwrap() + "\n").unwrap();
            continue;
        }
        let expected: Value = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_else(|| {
                panic!(
                    "{} is missing or not JSON: run UPDATE_GOLDENS=1",
                    path.display()
                )
            });
        for fixture in common::FIXTURES {
            if expected["outcomes"][fixture.name] != actual["outcomes"][fixture.name] {
                mismatched.push(format!("{name}: {}", fixture.name));
            }
        }
        if expected["outcomes"].as_object().map(|o| o.len()) != Some(common::FIXTURES.len()) {
            mismatched.push(format!("{name}: the golden lists other fixtures"));
        }
    }
    assert!(
        mismatched.is_empty(),
        "outcomes differ from the goldens: {mismatched:?}"
    );
}

#[test]
fn every_fixture_is_the_type_it_is_named_after() {
    for fixture in common::FIXTURES {
        let body: Value = serde_json::from_str(fixture.body).unwrap();
        assert_eq!(body["type"], fixture.event_type(), "{}", fixture.name);
    }
}

#[test]
fn every_catalogue_type_has_a_fixture_and_every_fixture_a_catalogue_type() {
    let fixture_types: BTreeSet<&str> = common::FIXTURES.iter().map(|f| f.event_type()).collect();
    let catalogue: BTreeSet<&str> = EVENT_TYPES.iter().map(|row| row.name).collect();
    let without_fixture: Vec<_> = catalogue.difference(&fixture_types).collect();
    let not_in_catalogue: Vec<_> = fixture_types.difference(&catalogue).collect();
    assert!(
        without_fixture.is_empty(),
        "add tests/fixtures/stigg/<type>.json for {without_fixture:?}"
    );
    assert!(
        not_in_catalogue.is_empty(),
        "add a row to src/stigg/catalogue.rs for {not_in_catalogue:?}"
    );
}

#[test]
fn every_fixture_names_its_source_page() {
    let text = std::fs::read_to_string(Path::new(FIXTURES_DIR).join("sources.json")).unwrap();
    let sources: serde_json::Map<String, Value> = serde_json::from_str(&text).unwrap();
    for fixture in common::FIXTURES {
        let entry = sources
            .get(fixture.name)
            .unwrap_or_else(|| panic!("tests/fixtures/sources.json lacks {}", fixture.name));
        assert_eq!(entry["type"], fixture.event_type(), "{}", fixture.name);
        let source = entry["source"].as_str().unwrap_or_default();
        assert!(
            source.starts_with("https://docs.stigg.io/"),
            "{}: {source}",
            fixture.name
        );
    }
    let names: BTreeSet<&str> = common::FIXTURES.iter().map(|f| f.name).collect();
    for name in sources.keys() {
        assert!(
            names.contains(name.as_str()),
            "sources.json names a missing fixture {name}"
        );
    }
}
