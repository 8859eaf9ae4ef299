//! Downloads a text as a file, through a Blob and a temporary link.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` for download as `name` (UTF-8 JSON).
pub fn json(name: &str, text: &str) -> Result<(), String> {
    file(name, text, "application/json;charset=utf-8")
}

pub fn file(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let err = |e: JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let a: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(err)?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_attribute("hidden", "").map_err(err)?;
    document()
        .body()
        .ok_or("no body")?
        .append_child(&a)
        .map_err(err)?;
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers: wait a little.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}
