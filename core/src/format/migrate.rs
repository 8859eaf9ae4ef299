//! Step-by-step migrations of older files to the current schema version.
//!
//! A migration works on the JSON value, so that old versions need no frozen
//! Rust types: `MIGRATIONS[n]` turns a version-n document into version n + 1.
//! Every version has a fixture under `core/tests/fixtures/` and a test.
//!
//! Version 2 (December 2026) added the envelope's `share`, for files sent to
//! partners.
//!
//! Version 0 is the pre-release draft of the format (files written by the
//! prototype used during the spring 2026 pilot): records had `version`
//! instead of `rev`, companies a bare `naf` string instead of `activity`,
//! there was no `settings` object and `exported_at` was a number of
//! milliseconds. It exists so that the mechanism is exercised from day one.

use serde_json::{json, Map, Value};

/// `MIGRATIONS[n]` migrates version n to n + 1.
pub const MIGRATIONS: [fn(Value) -> Value; 2] = [v0_to_v1, v1_to_v2];

/// Applies every migration from `from` to the current version.
pub fn migrate(mut doc: Value, from: u32) -> Value {
    for step in MIGRATIONS.iter().skip(from as usize) {
        doc = step(doc);
    }
    doc
}

fn v0_to_v1(mut doc: Value) -> Value {
    let Some(root) = doc.as_object_mut() else {
        return doc;
    };
    root.insert("schema_version".into(), json!(1));
    if let Some(ms) = root.get("exported_at").and_then(Value::as_i64) {
        root.insert("exported_at".into(), json!(crate::date::rfc3339_utc(ms)));
    }
    for key in [
        "territory",
        "companies",
        "contacts",
        "interactions",
        "flows",
        "synergies",
        "events",
        "time_entries",
        "tasks",
    ] {
        match root.get_mut(key) {
            Some(Value::Array(records)) => records
                .iter_mut()
                .filter_map(Value::as_object_mut)
                .for_each(rename_version),
            Some(Value::Object(record)) => rename_version(record),
            _ => {}
        }
    }
    if let Some(Value::Array(companies)) = root.get_mut("companies") {
        for company in companies.iter_mut().filter_map(Value::as_object_mut) {
            let naf = company.remove("naf");
            let activity = match naf {
                Some(Value::String(code)) if !code.trim().is_empty() => {
                    json!({ "nomenclature": "naf_rev2", "code": code.trim() })
                }
                _ => Value::Null,
            };
            company.insert("activity".into(), activity);
        }
    }
    if !root.contains_key("settings") {
        let territory = root.get("territory");
        let author = territory
            .and_then(|t| t.get("updated_by"))
            .cloned()
            .unwrap_or(Value::Null);
        let at = territory
            .and_then(|t| t.get("updated_at"))
            .cloned()
            .unwrap_or(json!(0));
        // A fresh id derived from the project id keeps the migration deterministic.
        let id = root
            .get("project_id")
            .and_then(Value::as_str)
            .and_then(|s| uuid::Uuid::parse_str(s).ok())
            .map(|u| uuid::Uuid::from_u128(u.as_u128() ^ 0x5e77_1265))
            .unwrap_or_default();
        root.insert(
            "settings".into(),
            json!({ "id": id, "rev": 1, "updated_at": at, "updated_by": author, "deleted": false }),
        );
    }
    doc
}

/// Version 2 added `share` (files sent to partners); a version 1 file is a
/// full export, so it has none.
fn v1_to_v2(mut doc: Value) -> Value {
    if let Some(root) = doc.as_object_mut() {
        root.insert("schema_version".into(), json!(2));
    }
    doc
}

fn rename_version(record: &mut Map<String, Value>) {
    if let Some(v) = record.remove("version") {
        record.insert("rev".into(), v);
    }
}
