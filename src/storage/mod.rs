//! Browser storage: IndexedDB for projects, localStorage for preferences.
pub mod idb;
pub mod prefs;
