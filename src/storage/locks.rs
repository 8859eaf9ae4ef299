//! Whole-project operations (import, replace, merge, restore, delete) hold
//! the project's Web Lock, so that two tabs never run two of them on the
//! same project at once: the second waits for the first to finish.
//! Where the browser has no `navigator.locks`, the operation just runs.

use js_sys::{Function, Promise, Reflect};
use std::future::Future;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn lock_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}

/// The name of a project's lock.
pub fn project_lock(project: maillage_core::Id) -> String {
    format!("maillage:project:{project}")
}

/// Runs `work` while holding the lock `name` (exclusive).
pub async fn exclusive<T>(name: &str, work: impl Future<Output = T>) -> T {
    let Some(locks) = lock_manager() else {
        return work.await;
    };
    let request = Reflect::get(&locks, &"request".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    let Some(request) = request else {
        return work.await;
    };
    // `granted` resolves when the browser hands us the lock; the lock is held
    // until `held` resolves, which we do once `work` is done.
    let mut release: Option<Function> = None;
    let held = Promise::new(&mut |resolve, _| release = Some(resolve));
    let mut grant: Option<Function> = None;
    let granted = Promise::new(&mut |resolve, _| grant = Some(resolve));
    let (grant, release) = (
        grant.expect("set by Promise::new"),
        release.expect("set by Promise::new"),
    );
    let held_for_callback = held.clone();
    let grant_on_failure = grant.clone();
    let callback = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        let _ = grant.call0(&JsValue::UNDEFINED);
        held_for_callback.into()
    });
    let outcome = request.call2(&locks, &JsValue::from_str(name), &callback);
    let Ok(outcome) = outcome else {
        return work.await;
    };
    // Should the request fail, the work still runs (unlocked) rather than never.
    let outcome: Promise = match outcome.dyn_into::<Promise>() {
        Ok(p) => p,
        Err(_) => return work.await,
    };
    let on_failure = Closure::<dyn FnMut(JsValue)>::new(move |_e: JsValue| {
        let _ = grant_on_failure.call0(&JsValue::UNDEFINED);
    });
    let outcome = outcome.catch(&on_failure);
    let _ = JsFuture::from(granted).await;
    let result = work.await;
    let _ = release.call0(&JsValue::UNDEFINED);
    let _ = JsFuture::from(outcome).await;
    drop(on_failure);
    result
}
