//! Reads a file the user chose or dropped, in slices so that a large file
//! shows its progress and the page stays responsive.

use maillage_core::format::MAX_FILE_BYTES;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Bytes read per step.
const SLICE: f64 = 4.0 * 1024.0 * 1024.0;

pub enum ReadFailure {
    /// Larger than the format allows: refused before reading.
    TooLarge(usize),
    /// The browser could not read it (moved, permission…).
    Browser,
}

/// Reads all the bytes of `file`, calling `progress(done, total)` after each slice.
pub async fn read_bytes(
    file: &web_sys::File,
    mut progress: impl FnMut(usize, usize),
) -> Result<Vec<u8>, ReadFailure> {
    let total = file.size();
    if total > MAX_FILE_BYTES as f64 {
        return Err(ReadFailure::TooLarge(total as usize));
    }
    let mut out = Vec::with_capacity(total as usize);
    let mut start = 0.0;
    progress(0, total as usize);
    while start < total {
        let end = (start + SLICE).min(total);
        let part = file
            .slice_with_f64_and_f64(start, end)
            .map_err(|_| ReadFailure::Browser)?;
        let buffer = JsFuture::from(part.array_buffer())
            .await
            .map_err(|_| ReadFailure::Browser)?;
        let array = js_sys::Uint8Array::new(buffer.unchecked_ref());
        out.extend_from_slice(&array.to_vec());
        start = end;
        progress(start as usize, total as usize);
        // Let the browser paint the progress between slices.
        yield_to_browser().await;
    }
    Ok(out)
}

/// Waits for the next macrotask, so that the page repaints.
pub async fn yield_to_browser() {
    sleep(0).await;
}

/// Waits `ms` milliseconds without blocking the page.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
