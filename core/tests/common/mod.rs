//! Shared helpers of the core tests.
#![allow(dead_code)]

use maillage_core::format::{self, ExportMeta};
use maillage_core::*;

pub fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

pub fn sample() -> Project {
    example::example_project(today(), 42)
}

pub fn author() -> Author {
    Author {
        actor: uuid::Uuid::from_u128(7),
        label: "Test".into(),
    }
}

pub fn ctx(now_ms: i64) -> EditContext {
    EditContext {
        now_ms,
        author: author(),
    }
}

pub fn meta(p: &Project) -> ExportMeta {
    ExportMeta {
        app_version: APP_VERSION.into(),
        project_id: p.id(),
        export_id: uuid::Uuid::from_u128(99),
        base_export_id: None,
        exported_at_ms: Some(today().epoch_ms() + 72_000_000),
        exported_by: author(),
        share: None,
    }
}

pub fn file_of(p: &Project) -> String {
    format::write(p, &meta(p)).expect("serialisable")
}

/// The sample file as a JSON value, to be broken in a test.
pub fn sample_value() -> serde_json::Value {
    serde_json::from_str(&file_of(&sample())).unwrap()
}

pub fn read_value(v: &serde_json::Value) -> Result<format::Loaded, format::ReadError> {
    format::read(serde_json::to_string(v).unwrap().as_bytes())
}

/// The error issues of a file that fails validation.
pub fn errors_of(v: &serde_json::Value) -> Vec<Issue> {
    match read_value(v) {
        Err(format::ReadError::Invalid { issues }) => {
            issues.into_iter().filter(Issue::is_error).collect()
        }
        other => panic!("expected validation errors, got {other:?}"),
    }
}

pub fn has(issues: &[Issue], path: &str, code: IssueCode) -> bool {
    issues.iter().any(|i| i.path == path && i.code == code)
}
