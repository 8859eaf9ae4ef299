//! Browser storage: IndexedDB (or memory) for projects, localStorage for
//! preferences and form drafts, Web Locks for whole-project operations.
pub mod drafts;
pub mod idb;
pub mod locks;
pub mod prefs;
pub mod tx;
