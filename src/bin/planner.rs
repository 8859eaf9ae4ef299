//! The planning worker: the World Café rotation planner, run off the page's
//! thread so that the page stays responsive while it searches (up to a
//! second for a large café). It takes one request at a time as JSON text
//! (`{"id", "problem"}`) and answers with progress (`{"id", "progress"}`)
//! and then the outcome (`{"id", "outcome"}`); it says `{"ready": true}`
//! once it listens. Built by trunk as a worker
//! (`index.html`), loaded by `src/worker.rs`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use maillage_core::cafe::{self, Outcome, Problem, Refusal};
    use serde::{Deserialize, Serialize};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    #[derive(Deserialize)]
    struct Request {
        id: u32,
        problem: Problem,
    }

    #[derive(Serialize)]
    struct Reply<'a> {
        id: u32,
        progress: Option<f64>,
        outcome: Option<&'a Result<Outcome, Refusal>>,
    }

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
        let outcome = cafe::plan_with_progress(&request.problem, &mut |f| {
            // A few dozen messages at most: every 2 %.
            if f - told >= 0.02 {
                told = f;
                post(&Reply {
                    id,
                    progress: Some(f),
                    outcome: None,
                });
            }
        });
        post(&Reply {
            id,
            progress: None,
            outcome: Some(&outcome),
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point would be lost: say when to start.
    let _ = scope.post_message(&JsValue::from_str(r#"{"ready":true}"#));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
