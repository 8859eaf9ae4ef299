//! The file format: round trip, two-phase reading, every kind of bad file,
//! migrations and the JSON Schema.

mod common;
use common::*;
use maillage_core::format::{self, JsonType, ReadError, StructureProblem, SCHEMA_VERSION};
use maillage_core::*;
use serde_json::json;

#[test]
fn round_trip_keeps_everything() {
    let p = sample();
    let text = file_of(&p);
    let loaded = format::read(text.as_bytes()).expect("the example reads back");
    assert!(
        loaded.project == p,
        "the project read back differs from the one written"
    );
    assert_eq!(loaded.meta, meta(&p));
    assert_eq!(loaded.migrated_from, None);
    // And writing it again gives the same bytes.
    assert_eq!(file_of(&loaded.project), text);
}

#[test]
fn envelope_fields_in_documented_order() {
    let text = file_of(&sample());
    // Top-level keys are the lines indented by exactly two spaces.
    let keys: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("  \"").filter(|_| !l.starts_with("   ")))
        .filter_map(|l| l.split('"').next())
        .collect();
    let v = sample_value();
    assert_eq!(
        keys,
        [
            "format",
            "schema_version",
            "app_version",
            "project_id",
            "export_id",
            "base_export_id",
            "exported_at",
            "exported_by",
            "share",
            "territory",
            "settings",
            "companies",
            "contacts",
            "interactions",
            "flows",
            "synergies",
            "events",
            "time_entries",
            "tasks"
        ]
    );
    assert_eq!(v["format"], "maillage");
    assert_eq!(v["schema_version"], 3);
    assert_eq!(v["exported_at"], "2026-11-28T20:00:00Z");
}

#[test]
fn tombstones_travel() {
    let mut p = sample();
    let id = p.companies[5].id;
    let changed = commands::delete_company(&mut p, id, &ctx(1));
    assert!(changed.len() > 1, "company and its contacts/log");
    let back = format::read(file_of(&p).as_bytes()).unwrap().project;
    assert!(back.company(id).unwrap().deleted);
    assert_eq!(back.count(Kind::Company), p.count(Kind::Company));
}

#[test]
fn accepts_a_utf8_bom() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(file_of(&sample()).as_bytes());
    assert!(format::read(&bytes).is_ok());
}

#[test]
fn empty_files() {
    assert_eq!(format::read(b"").unwrap_err(), ReadError::Empty);
    assert_eq!(format::read(b"  \n\t ").unwrap_err(), ReadError::Empty);
    assert_eq!(format::read(b"\xEF\xBB\xBF").unwrap_err(), ReadError::Empty);
}

#[test]
fn not_json() {
    assert!(matches!(
        format::read(b"Nom;SIRET\nCartonnages;123").unwrap_err(),
        ReadError::NotJson { line: 1, .. }
    ));
    assert!(matches!(
        format::read(b"{\"a\": 1,,}").unwrap_err(),
        ReadError::NotJson { line: 1, column: 9 }
    ));
    assert!(matches!(
        format::read(b"{} trailing").unwrap_err(),
        ReadError::NotJson { .. }
    ));
}

#[test]
fn truncated_file() {
    let text = file_of(&sample());
    let cut = &text.as_bytes()[..text.len() / 2];
    // Cut on a character boundary so that the problem is the end, not UTF-8.
    let cut = &cut[..std::str::from_utf8(cut)
        .map(str::len)
        .unwrap_or_else(|e| e.valid_up_to())];
    assert_eq!(format::read(cut).unwrap_err(), ReadError::Truncated);
}

#[test]
fn not_utf8() {
    // "Société" in Latin-1, as an old spreadsheet export would write it.
    let err = format::read(b"{\"name\": \"Soci\xe9t\xe9\"}").unwrap_err();
    assert_eq!(err, ReadError::NotUtf8 { offset: 14 });
    // A PNG header.
    assert!(matches!(
        format::read(b"\x89PNG\r\n\x1a\n").unwrap_err(),
        ReadError::NotUtf8 { offset: 0 }
    ));
}

#[test]
fn json_that_is_not_an_object() {
    for (text, found) in [
        ("[1, 2, 3]", JsonType::Array),
        ("null", JsonType::Null),
        ("\"maillage\"", JsonType::String),
        ("42", JsonType::Number),
        ("true", JsonType::Bool),
    ] {
        assert_eq!(
            format::read(text.as_bytes()).unwrap_err(),
            ReadError::NotAnObject { found },
            "{text}"
        );
    }
}

#[test]
fn another_apps_json() {
    let excalidraw = json!({"type": "excalidraw", "version": 2, "elements": []});
    assert_eq!(
        read_value(&excalidraw).unwrap_err(),
        ReadError::Foreign { format: None }
    );
    let other = json!({"format": "gephi", "nodes": []});
    assert_eq!(
        read_value(&other).unwrap_err(),
        ReadError::Foreign {
            format: Some("gephi".into())
        }
    );
}

#[test]
fn newer_version_is_refused() {
    let mut v = sample_value();
    v["schema_version"] = json!(SCHEMA_VERSION + 1);
    v["a_field_from_the_future"] = json!(true);
    assert_eq!(
        read_value(&v).unwrap_err(),
        ReadError::NewerVersion {
            found: (SCHEMA_VERSION + 1) as u64,
            supported: SCHEMA_VERSION
        }
    );
    v["schema_version"] = json!("1");
    assert_eq!(read_value(&v).unwrap_err(), ReadError::BadVersion);
}

#[test]
fn very_deep_nesting_does_not_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        format::read(deep.as_bytes()).unwrap_err(),
        ReadError::TooDeep
    );
    // Brackets inside strings do not count.
    let mut text = file_of(&sample());
    text.insert_str(1, &format!("\"x\": \"{}\",", "[".repeat(1000)));
    assert!(matches!(
        format::read(text.as_bytes()).unwrap_err(),
        ReadError::Structure { .. }
    ));
    // Hidden in an unknown field of one of our files, too.
    let mut text = file_of(&sample());
    text.insert_str(
        1,
        &format!("\"x\": {}{},", "{\"a\":".repeat(50_000), "}".repeat(50_000)),
    );
    assert_eq!(
        format::read(text.as_bytes()).unwrap_err(),
        ReadError::TooDeep
    );
}

#[test]
fn too_large_is_refused_before_parsing() {
    let big = vec![b' '; format::MAX_FILE_BYTES + 1];
    assert!(matches!(
        format::read(&big).unwrap_err(),
        ReadError::TooLarge { .. }
    ));
}

#[test]
fn structure_errors_name_the_path() {
    let mut v = sample_value();
    v["companies"][3]["colour"] = json!("blue");
    match read_value(&v).unwrap_err() {
        ReadError::Structure { path, problem, .. } => {
            assert_eq!(path, "companies[3].colour");
            assert_eq!(problem, StructureProblem::UnknownField("colour".into()));
        }
        e => panic!("{e:?}"),
    }
    let mut v = sample_value();
    v["contacts"][0].as_object_mut().unwrap().remove("name");
    assert!(matches!(read_value(&v).unwrap_err(),
        ReadError::Structure { path, problem: StructureProblem::MissingField(f), .. } if path == "contacts[0]" && f == "name"));
    let mut v = sample_value();
    v["interactions"][2]["date"] = json!("2026-02-30");
    assert!(matches!(read_value(&v).unwrap_err(),
        ReadError::Structure { path, problem: StructureProblem::BadDate(d), .. } if path == "interactions[2].date" && d == "2026-02-30"));
    let mut v = sample_value();
    v["interactions"][2]["kind"] = json!("telepathy");
    assert!(matches!(read_value(&v).unwrap_err(),
        ReadError::Structure { problem: StructureProblem::UnknownValue(k), .. } if k == "telepathy"));
    let mut v = sample_value();
    v["companies"][0]["name"] = json!(12);
    assert!(matches!(read_value(&v).unwrap_err(),
        ReadError::Structure { path, problem: StructureProblem::WrongType, .. } if path == "companies[0].name"));
    let mut v = sample_value();
    v["companies"][0]["id"] = json!("not-a-uuid");
    assert!(matches!(read_value(&v).unwrap_err(),
        ReadError::Structure { path, problem: StructureProblem::BadId, .. } if path == "companies[0].id"));
}

#[test]
fn version_zero_fixture_migrates() {
    let bytes = include_bytes!("fixtures/v0_pilot.json");
    let loaded = format::read(bytes).expect("the v0 fixture migrates and validates");
    assert_eq!(loaded.migrated_from, Some(0));
    let p = &loaded.project;
    assert_eq!(p.name(), "Pilote Val de Saône");
    assert_eq!(p.companies.len(), 2);
    let c = &p.companies[0];
    assert_eq!(c.rev, 3, "`version` became `rev`");
    assert_eq!(c.activity.as_ref().unwrap().code, "17.21A");
    assert_eq!(
        c.activity.as_ref().unwrap().nomenclature,
        naf::Nomenclature::NafRev2
    );
    assert!(p.companies[1].activity.is_none(), "empty naf → no activity");
    assert_eq!(
        p.settings.distance_limit_km, 50.0,
        "settings created with defaults"
    );
    assert_eq!(loaded.meta.exported_at_ms, Some(1_744_000_000_000));
    assert_eq!(p.interactions[0].rev, 1);
}

#[test]
fn version_one_fixture_reads() {
    let loaded = format::read(include_bytes!("fixtures/v1_sample.json")).expect("v1 fixture");
    assert_eq!(loaded.migrated_from, Some(1));
    assert_eq!(loaded.meta.share, None, "a version 1 file is a full export");
    assert_eq!(loaded.project.companies.len(), 2);
    assert_eq!(
        loaded.project.companies[0].siret.as_deref(),
        Some("73282932000074")
    );
}

#[test]
fn version_two_fixture_reads_a_partner_return() {
    let loaded =
        format::read(include_bytes!("fixtures/v2_partner_return.json")).expect("v2 fixture");
    assert_eq!(loaded.migrated_from, Some(2));
    // Version 3: the programme's year became its period, partners say what they do.
    let t = &loaded.project.territory;
    assert_eq!(
        (t.start, t.end),
        (
            Date::parse("2026-01-01").ok(),
            Date::parse("2026-12-31").ok()
        )
    );
    assert_eq!(t.partners, [Partner::named("JCE du Pays de Lisière")]);
    assert!(t.report_texts.is_empty(), "an empty description is no text");
    let share = loaded.meta.share.expect("a partner file");
    assert_eq!(share.partner.name, "JCE du Pays de Lisière");
    assert!(!share.partner.facilitation_team);
    assert_eq!(share.kinds, [Kind::Contact, Kind::Interaction]);
    assert_eq!(share.withheld.opted_out_contacts, 1);
    assert_eq!(Some(share.sent_export_id), loaded.meta.base_export_id);
    assert_eq!(loaded.meta.exported_by.label, "JCE du Pays de Lisière");
}

#[test]
fn migrations_cover_every_older_version() {
    assert_eq!(format::MIGRATIONS.len(), SCHEMA_VERSION as usize);
}

#[test]
fn file_name_has_project_and_date() {
    assert_eq!(
        format::file_name("CC du Pays de Lisière — EIT", today().epoch_ms() + 5),
        "maillage-cc-du-pays-de-lisiere-eit-2026-11-28.json"
    );
}

/// The committed JSON Schema (docs/maillage.schema.json) must describe the
/// current Rust types. Regenerate with `UPDATE_SCHEMA=1 cargo test -p maillage-core --test format`.
#[test]
fn json_schema_is_up_to_date() {
    let schema = schemars::schema_for!(format::Envelope);
    let fresh = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/maillage.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "docs/maillage.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test -p maillage-core --test format`"
    );
}

#[test]
fn example_file_matches_the_schema_shape() {
    // Every top-level property the schema lists is written, and nothing else.
    let schema = serde_json::to_value(schemars::schema_for!(format::Envelope)).unwrap();
    let mut props: Vec<&String> = schema["properties"].as_object().unwrap().keys().collect();
    let v = sample_value();
    let mut keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    props.sort();
    keys.sort();
    assert_eq!(props, keys);
}
