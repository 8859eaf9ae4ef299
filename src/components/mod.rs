//! Widgets shared by several screens.
pub mod banners;
pub mod code_search;
pub mod confirm;
pub mod draft;
pub mod field;
pub mod harvest_form;
pub mod header;
pub mod issue_list;
pub mod links;
pub mod low_picker;
pub mod naf_picker;
pub mod notices;
pub mod stage_badge;
pub mod unsaved;
