//! The page's address: reading it and moving to a route. The routes and
//! their addresses are pure (`maillage_core::route`, tested natively).

pub use maillage_core::route::*;

/// The current address of the page.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Goes to a screen (a new history entry).
pub fn navigate(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_hash());
    }
}

/// Changes the address without a new history entry (filters as you type).
pub fn replace(route: &Route) {
    if let Some(w) = web_sys::window() {
        if let Ok(h) = w.history() {
            let _ =
                h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.to_hash()));
        }
    }
}
