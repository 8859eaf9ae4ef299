//! The records of a programme (`docs/format.md`, "Record kinds"). Every
//! record kind shares a header (`id`, `rev`, `updated_at`, `updated_by`,
//! `deleted`) so that records can be merged one by one when partners send
//! files back, and replicated as one document per record later on.

#[macro_use]
mod values_macro;
mod header;
#[macro_use]
mod record_macro;
mod company;
mod contact;
mod event;
mod flow;
mod interaction;
mod project;
mod settings;
mod synergy;
mod task;
mod territory;
mod time_entry;

pub use company::*;
pub use contact::*;
pub use event::*;
pub use flow::*;
pub use header::*;
pub use interaction::*;
pub use project::*;
pub use settings::*;
pub use synergy::*;
pub use task::*;
pub use territory::*;
pub use time_entry::*;
