//! Maillage's domain: the model of an industrial and territorial ecology programme,
//! its JSON file format, validation, the outreach funnel and reference data.
//!
//! Pure Rust: no browser dependency. Time and randomness come in as arguments
//! (a clock value in ms since the epoch, a seed), so everything here is
//! deterministic and tested natively with `cargo test`.

pub mod board;
pub mod cafe;
pub mod commands;
pub mod csv;
pub mod date;
pub mod example;
pub mod factors;
pub mod form;
pub mod format;
pub mod funnel;
pub mod i18n;
pub mod impact;
pub mod issue;
pub mod jobs;
pub mod low;
pub mod matching;
pub mod matching_work;
pub mod materials;
pub mod merge;
pub mod model;
pub mod naf;
pub mod pictures;
pub mod quick;
pub mod report;
pub mod rng;
pub mod route;
pub mod save_queue;
pub mod search;
pub mod share;
pub mod siret;
pub mod sorting;
pub mod stored;
pub mod text;
pub mod todo;
pub mod units;
pub mod validate;

pub use date::Date;
pub use issue::{Issue, IssueCode, Severity};
pub use model::*;

/// The version of the app that writes files (recorded in every export).
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
