//! Widgets shared by several screens.
pub mod banners;
pub mod confirm;
pub mod field;
pub mod header;
pub mod naf_picker;
pub mod notices;
pub mod stage_badge;
