//! The page's worker: the long computations (a World Café rotation, the
//! suggestions of a large territory) run here, off the page's thread, so
//! that the page keeps answering the keyboard. A transport only: it reads
//! a `jobs::Request` as JSON text, does `jobs::run`, and answers with
//! progress and then the answer; it says `{"ready": true}` once it listens.
//! Built by trunk as a worker (`index.html`), loaded by `src/worker.rs`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use maillage_core::jobs::{self, Reply, Request};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let post = move |reply: &Reply| {
        if let Ok(text) = serde_json::to_string(reply) {
            let _ = reply_to.post_message(&JsValue::from_str(&text));
        }
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let Some(request) = e
            .data()
            .as_string()
            .and_then(|text| serde_json::from_str::<Request>(&text).ok())
        else {
            return;
        };
        let id = request.id;
        let mut told = -1.0;
        let answer = jobs::run(request.job, &mut |f| {
            // A few dozen messages at most: every 2 %.
            if f - told >= 0.02 {
                told = f;
                post(&Reply {
                    id,
                    progress: Some(f),
                    ..Reply::default()
                });
            }
        });
        post(&Reply {
            id,
            answer: Some(answer),
            ..Reply::default()
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point would be lost: say when to start.
    let _ = scope.post_message(&JsValue::from_str(r#"{"ready":true}"#));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
