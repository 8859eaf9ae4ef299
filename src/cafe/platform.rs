//! What a projector session asks of the browser: a second window,
//! fullscreen, a screen that stays awake, a chime. Each degrades quietly
//! where the browser refuses (no permission, no API): the café goes on.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Opens the audience window; false when the browser blocked it.
pub fn open_window(hash: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let url = format!(
        "{}{}",
        w.location()
            .href()
            .unwrap_or_default()
            .split('#')
            .next()
            .unwrap_or(""),
        hash
    );
    matches!(
        w.open_with_url_and_target_and_features(
            &url,
            "maillage-projection",
            "popup,width=1280,height=720"
        ),
        Ok(Some(_))
    )
}

pub fn toggle_fullscreen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

thread_local! {
    static WAKE_LOCK: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    static AUDIO: RefCell<Option<web_sys::AudioContext>> = const { RefCell::new(None) };
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Keeps the screen awake (Screen Wake Lock API, where the browser has it).
pub fn keep_awake(on: bool) {
    if !on {
        if let Some(sentinel) = WAKE_LOCK.with(|w| w.borrow_mut().take()) {
            if let Some(release) =
                get(&sentinel, "release").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            {
                let _ = release.call0(&sentinel);
            }
        }
        return;
    }
    if WAKE_LOCK.with(|w| w.borrow().is_some()) {
        return;
    }
    let Some(navigator) = web_sys::window().map(|w| JsValue::from(w.navigator())) else {
        return;
    };
    let Some(lock) = get(&navigator, "wakeLock") else {
        return;
    };
    let Some(request) = get(&lock, "request").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    let Ok(promise) = request.call1(&lock, &JsValue::from_str("screen")) else {
        return;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(sentinel) = wasm_bindgen_futures::JsFuture::from(promise).await {
            WAKE_LOCK.with(|w| *w.borrow_mut() = Some(sentinel));
        }
    });
}

/// Readies the sound on a click (browsers only allow audio after one).
pub fn unlock_audio() {
    AUDIO.with(|a| {
        let mut a = a.borrow_mut();
        if a.is_none() {
            *a = web_sys::AudioContext::new().ok();
        }
        if let Some(ctx) = a.as_ref() {
            let _ = ctx.resume();
        }
    });
}

/// A two-tone chime loud enough for a room: 880 Hz then 660 Hz, fading.
pub fn chime() {
    unlock_audio();
    AUDIO.with(|a| {
        if let Some(ctx) = a.borrow().as_ref() {
            let t = ctx.current_time();
            for (k, freq) in [880.0f32, 660.0, 880.0].into_iter().enumerate() {
                let _ = tone(ctx, freq, t + k as f64 * 0.45);
            }
        }
    });
}

fn tone(ctx: &web_sys::AudioContext, freq: f32, at: f64) -> Result<(), JsValue> {
    let osc = ctx.create_oscillator()?;
    let gain = ctx.create_gain()?;
    osc.frequency().set_value(freq);
    gain.gain().set_value_at_time(0.0001, at)?;
    gain.gain()
        .exponential_ramp_to_value_at_time(0.6, at + 0.02)?;
    gain.gain()
        .exponential_ramp_to_value_at_time(0.0001, at + 1.2)?;
    osc.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&ctx.destination())?;
    osc.start_with_when(at)?;
    osc.stop_with_when(at + 1.25)?;
    Ok(())
}
