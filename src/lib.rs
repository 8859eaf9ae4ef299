//! Maillage in the browser: views, widgets and browser adapters (storage,
//! files, tabs) around the pure domain crate `maillage_core`.

pub mod app;
pub mod cafe;
pub mod components;
pub mod io;
pub mod offline;
pub mod perf;
pub mod route;
pub mod state;
pub mod storage;
pub mod views;
pub mod worker;

pub use app::App;
