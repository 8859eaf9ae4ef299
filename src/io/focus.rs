//! Focus moves the page makes on its own, for keyboard and screen-reader
//! users (a form's first error).

use leptos::prelude::*;

/// Moves focus to the first field in error, or to the form's message when
/// the problem is the whole record, so keyboard and screen-reader users land on it.
pub fn focus_first_error() {
    use wasm_bindgen::JsCast;
    let focus = || {
        let target = document()
            .query_selector("[aria-invalid='true']")
            .ok()
            .flatten()
            .or_else(|| {
                document()
                    .query_selector("[data-testid='form-errors']")
                    .ok()
                    .flatten()
            });
        if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    };
    request_animation_frame(focus);
}

/// Moves focus to the element with this id once the page is drawn (the
/// one field left to fill in a form opened already filled).
pub fn focus_id(id: &'static str) {
    use wasm_bindgen::JsCast;
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
