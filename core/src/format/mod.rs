//! The JSON file format (`docs/format.md`, schema
//! `docs/maillage.schema.json`): one envelope, used for files exchanged
//! with partners and for backups. See `docs/format.md`.
//!
//! Reading is two-phase: peek at `format` and `schema_version`, then parse
//! the current version directly, or an older one through step-by-step
//! migrations; then validate. A file with errors changes nothing.

mod envelope;
pub(crate) mod migrate;
pub mod path;
mod read;
pub mod sealed;
pub mod write;

pub use envelope::{Envelope, ExportMeta, FORMAT, SCHEMA_VERSION};
pub use migrate::MIGRATIONS;
pub use read::{read, JsonType, Loaded, ReadError, StructureProblem, MAX_FILE_BYTES};
pub use write::{file_name, write};
