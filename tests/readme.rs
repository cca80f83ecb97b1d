//! The README's settings table is generated from `settings::SETTINGS`, so the
//! docs can never drift from the code. `UPDATE_README=1 cargo test --test
//! readme` rewrites it.
#![cfg(not(target_arch = "wasm32"))]

use stigg_segment::settings::{DefaultValue, SettingType, SETTINGS};

const BEGIN: &str = "<!-- settings-table:begin (generated from src/settings.rs) -->";
const END: &str = "<!-- settings-table:end -->";

fn settings_table() -> String {
    let mut table = String::from(
        "| Setting | Segment type | Default | Sensitive | What it does |\n|---|---|---|---|---|\n",
    );
    for spec in SETTINGS {
        let setting_type = match spec.setting_type {
            SettingType::String => "STRING",
            SettingType::Boolean => "BOOLEAN",
            SettingType::Array => "ARRAY",
        };
        let default = match spec.default {
            DefaultValue::Text("") => "(empty)".to_owned(),
            DefaultValue::Text(text) => format!("`{text}`"),
            DefaultValue::Flag(flag) => format!("`{flag}`"),
            DefaultValue::EmptyList => "(empty)".to_owned(),
        };
        let sensitive = if spec.sensitive { "yes" } else { "no" };
        table.push_str(&format!(
            "| `{}` | {setting_type} | {default} | {sensitive} | {} |\n",
            spec.name, spec.description
        ));
    }
    table
}

#[test]
fn readme_settings_table_matches_the_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let start = readme
        .find(BEGIN)
        .expect("README has the settings-table markers")
        + BEGIN.len();
    let end = readme.find(END).unwrap();
    let generated = format!("\n{}", settings_table());
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{}{}", &readme[..start], generated, &readme[end..]);
        std::fs::write(path, updated).unwrap();
        return;
    }
    assert_eq!(
        &readme[start..end],
        generated,
        "run UPDATE_README=1 cargo test --test readme"
    );
}
