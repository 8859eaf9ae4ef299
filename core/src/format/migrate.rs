//! Step-by-step migrations of older files to the current schema version.
//!
//! A migration works on the JSON value, so that old versions need no frozen
//! Rust types: `MIGRATIONS[n]` turns a version-n document into version n + 1.
//! Every version has a fixture under `core/tests/fixtures/` and a test.
//!
//! Version 2 (December 2026) added the envelope's `share`, for files sent to
//! partners.
//!
//! Version 3 (December 2026) gave the programme its own account: the
//! territory's `year` became a period (`start`, `end`), its partners say what
//! they do, its `description` became the report's context among the
//! officer's `report_texts`; companies say what kind of `organisation` they
//! are, tasks may name their meeting, time entries who spent them (all
//! three with defaults, so only the territory changes shape).
//!
//! Version 0 is the pre-release draft of the format (files written by the
//! prototype used during the spring 2026 pilot): records had `version`
//! instead of `rev`, companies a bare `naf` string instead of `activity`,
//! there was no `settings` object and `exported_at` was a number of
//! milliseconds. It exists so that the mechanism is exercised from day one.

use serde_json::{json, Map, Value};

/// `MIGRATIONS[n]` migrates version n to n + 1.
pub const MIGRATIONS: [fn(Value) -> Value; 3] = [v0_to_v1, v1_to_v2, v2_to_v3];

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

fn v2_to_v3(mut doc: Value) -> Value {
    if let Some(root) = doc.as_object_mut() {
        root.insert("schema_version".into(), json!(3));
        if let Some(Value::Object(t)) = root.get_mut("territory") {
            territory_to_v3(t);
        }
    }
    doc
}

/// A version 2 territory in version 3's shape; one already there is left
/// as it is. The browser's stored territory document goes through this too
/// (`stored`), since stored records carry no version.
pub fn territory_to_v3(t: &mut Map<String, Value>) {
    if let Some(year) = t.remove("year") {
        if let Some(y) = year.as_i64() {
            t.entry("start").or_insert(json!(format!("{y:04}-01-01")));
            t.entry("end").or_insert(json!(format!("{y:04}-12-31")));
        }
    }
    if let Some(Value::String(text)) = t.remove("description") {
        if !text.trim().is_empty() {
            let texts = t.entry("report_texts").or_insert(json!({}));
            if let Some(texts) = texts.as_object_mut() {
                texts.entry("context").or_insert(json!(text));
            }
        }
    }
    if let Some(Value::Array(partners)) = t.get_mut("partners") {
        for partner in partners.iter_mut() {
            if let Value::String(name) = partner {
                *partner = json!({ "name": name, "role": "" });
            }
        }
    }
}

fn rename_version(record: &mut Map<String, Value>) {
    if let Some(v) = record.remove("version") {
        record.insert("rev".into(), v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_2_territory_takes_version_3_shape_once() {
        let mut t = json!({"name": "EIT", "year": 2016, "description": "Zone des Prés.",
            "partners": ["JCE", {"name": "CCI", "role": "fichier"}]});
        let t = t.as_object_mut().unwrap();
        territory_to_v3(t);
        let once = t.clone();
        territory_to_v3(t);
        assert_eq!(*t, once, "a version 3 territory is left as it is");
        assert_eq!(
            Value::Object(once),
            json!({"name": "EIT", "start": "2016-01-01", "end": "2016-12-31",
                "report_texts": {"context": "Zone des Prés."},
                "partners": [{"name": "JCE", "role": ""}, {"name": "CCI", "role": "fichier"}]})
        );
    }
}
