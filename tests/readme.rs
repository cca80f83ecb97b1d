//! README.md's settings table is generated from `settings::SETTINGS`, and
//! docs/events.md's event type table from the Stigg catalogue, so the docs can never
//! drift from the code. `UPDATE_README=1 cargo test --test
//! readme` rewrites it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/readme_block.rs"]
mod readme_block;

use stigg_segment::event_name::event_name;
use stigg_segment::settings::EventNameStyle;
use stigg_segment::settings::{DefaultValue, SettingType, SETTINGS};
use stigg_segment::stigg::{
    CustomerIdAt, EventType, EVENT_TYPES, FALLBACK_CUSTOMER_ID_AT, FAMILIES,
};

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
    readme_block::check("README.md", BEGIN, END, &settings_table());
}

const EVENTS_BEGIN: &str = "<!-- event-types:begin (generated from src/stigg/catalogue.rs) -->";
const EVENTS_END: &str = "<!-- event-types:end -->";

fn paths(places: &[CustomerIdAt]) -> String {
    if places.is_empty() {
        return "none (concerns no customer)".to_owned();
    }
    places
        .iter()
        .map(|at| format!("`{}`", at.path()))
        .collect::<Vec<_>>()
        .join(", then ")
}

/// The event name under the "Segment Spec" style: the Spec's event with
/// the properties it adds and why, or the Object Action name.
fn spec_name(row: &EventType) -> String {
    match row.spec_event {
        Some(spec) => {
            let added = spec
                .adds
                .sources()
                .iter()
                .map(|(name, from)| format!("`{name}` from {from}"))
                .collect::<Vec<_>>()
                .join(", ");
            format!("**{}**, adding {added}. {}", spec.name, spec.note)
        }
        None => event_name(row.name, EventNameStyle::SegmentSpec),
    }
}

fn event_types_table() -> String {
    let mut table = String::from(
        "| Stigg type | Family | Customer id (userId) from | Calls | \"Segment Spec\" event name |\n|---|---|---|---|---|\n",
    );
    for row in EVENT_TYPES {
        let mut calls = if row.customer_id_at.is_empty() {
            "none by default; see `onMissingCustomer`".to_owned()
        } else if row.identifies {
            "identify + track".to_owned()
        } else {
            "track".to_owned()
        };
        if row.groups {
            calls.push_str("; group with `groupCalls`");
        }
        if row.family.reports_subscription {
            calls.push_str("; identify with `planTraits`");
        }
        table.push_str(&format!(
            "| `{}` | {} | {} | {calls} | {} |\n",
            row.name,
            row.family.name,
            paths(row.customer_id_at),
            spec_name(row)
        ));
    }
    table.push_str("\nTypes Stigg adds later are read like their family (by prefix):\n\n");
    table.push_str("| Prefix | Customer id from |\n|---|---|\n");
    for family in FAMILIES {
        table.push_str(&format!(
            "| `{}*` | {} |\n",
            family.prefix,
            paths(family.customer_id_at)
        ));
    }
    table.push_str(&format!(
        "\nAny other type, and any body whose documented place is empty: {}.\n",
        paths(FALLBACK_CUSTOMER_ID_AT)
    ));
    table
}

#[test]
fn readme_event_type_table_matches_the_catalogue() {
    readme_block::check(
        "docs/events.md",
        EVENTS_BEGIN,
        EVENTS_END,
        &event_types_table(),
    );
}
