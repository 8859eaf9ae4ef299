//! Validation of a project's content, after parsing: every rule yields an
//! [`Issue`] with the JSON path of the value. The same per-record checks
//! serve the forms (paths relative to the record, e.g. `siret`) and the file
//! import (paths from the root, e.g. `companies[3].siret`).

mod project;
mod records;

pub use project::validate;
pub use records::*;

/// `at("companies[3]", "siret")` = `companies[3].siret`; `at("", "siret")` = `siret`.
pub fn at(prefix: &str, field: &str) -> String {
    if prefix.is_empty() {
        field.to_owned()
    } else {
        format!("{prefix}.{field}")
    }
}
