//! The README's settings table is generated from `settings::SETTINGS`, so the
//! docs can never drift from the code. `UPDATE_README=1 cargo test --test
//! readme` rewrites it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/readme_block.rs"]
mod readme_block;

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
    readme_block::check(BEGIN, END, &settings_table());
}
