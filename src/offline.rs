//! Working without a network: the service worker (public/sw.js, completed
//! at build time) keeps the whole app, registered here in release builds.
//! A new version is fetched in the background; the app says so and switches
//! only when the user asks (never by itself, so never in the middle of a
//! meeting or with unsaved edits).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorkerRegistration, ServiceWorkerState, ServiceWorkerUpdateViaCache,
};

/// How often an open app asks the server for a new version.
const CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(30 * 60);

/// The build's version (`0.1.0+<hash of the files>`), written by the build.
pub fn build_version() -> Option<String> {
    document()
        .query_selector("meta[name='maillage-build']")
        .ok()
        .flatten()
        .and_then(|m| m.dyn_into::<web_sys::HtmlMetaElement>().ok())
        .map(|m| m.content())
}

/// Registers the service worker; `ready` becomes true when a new version
/// waits to take over.
pub fn start(ready: RwSignal<bool>) {
    if cfg!(debug_assertions) {
        return; // development builds change at every save: no cache in the way
    }
    leptos::task::spawn_local(async move {
        let Some(registration) = register().await else {
            return;
        };
        watch(&registration, ready);
        let r = registration.clone();
        set_interval(
            move || {
                let _ = r.update();
            },
            CHECK_EVERY,
        );
    });
}

async fn register() -> Option<ServiceWorkerRegistration> {
    let container = window().navigator().service_worker();
    let options = RegistrationOptions::new();
    options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let promise = container.register_with_options("./sw.js", &options);
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

/// Notes a waiting version, now or once one has installed.
fn watch(registration: &ServiceWorkerRegistration, ready: RwSignal<bool>) {
    let controlled = || window().navigator().service_worker().controller().is_some();
    if registration.waiting().is_some() && controlled() {
        ready.set(true);
    }
    let r = registration.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = r.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && controlled() {
                ready.set(true);
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

/// Lets the waiting version take over, then reloads the page on it.
pub fn switch() {
    leptos::task::spawn_local(async {
        let container = window().navigator().service_worker();
        let on_change = Closure::<dyn FnMut()>::new(|| {
            let _ = window().location().reload();
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        let Ok(ready) = container.ready() else { return };
        let Ok(reg) = JsFuture::from(ready).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        match reg.waiting() {
            Some(waiting) => {
                let _ = waiting.post_message(&JsValue::from_str("maillage:activate"));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    });
}
