//! The page's side of the planning worker (`src/bin/planner.rs`): sends a
//! rotation problem, hears its progress, gets the outcome — while the page
//! keeps answering the keyboard. Cancelling stops the worker outright; the
//! next plan starts a fresh one. Where no worker can be started, the plan is
//! computed on the page, with the same result.

use leptos::prelude::*;
use maillage_core::cafe::{self, Outcome, Problem, Refusal};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// The worker's loader, written by trunk next to the app.
const LOADER: &str = "./planner_loader.js";

#[derive(Serialize)]
struct Request<'a> {
    id: u32,
    problem: &'a Problem,
}

#[derive(Deserialize)]
struct Reply {
    #[serde(default)]
    ready: bool,
    #[serde(default)]
    id: u32,
    #[serde(default)]
    progress: Option<f64>,
    #[serde(default)]
    outcome: Option<Result<Outcome, Refusal>>,
}

/// How a plan ended.
pub enum Planned {
    Done(Result<Outcome, Refusal>),
    Cancelled,
}

struct Running {
    worker: Worker,
    id: u32,
    progress: RwSignal<Option<f64>>,
    /// Resolves the pending plan's promise (with the reply text, or null when cancelled).
    resolve: Option<js_sys::Function>,
}

thread_local! {
    static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
    static NEXT_ID: RefCell<u32> = const { RefCell::new(0) };
}

/// A new worker, once it listens (its first message says so).
async fn start_worker() -> Option<Worker> {
    let worker = Worker::new(LOADER).ok()?;
    let mut ready = None;
    let listening = js_sys::Promise::new(&mut |ok, _| ready = Some(ok));
    let ready = ready?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let Some(text) = e.data().as_string() else {
            return;
        };
        let Ok(reply) = serde_json::from_str::<Reply>(&text) else {
            return;
        };
        if reply.ready {
            let _ = ready.call0(&JsValue::UNDEFINED);
            return;
        }
        RUNNING.with(|r| {
            let mut r = r.borrow_mut();
            let Some(run) = r.as_mut().filter(|run| run.id == reply.id) else {
                return;
            };
            if let Some(f) = reply.progress {
                run.progress.set(Some(f));
            }
            if reply.outcome.is_some() {
                if let Some(resolve) = run.resolve.take() {
                    let _ = resolve.call1(&JsValue::UNDEFINED, &JsValue::from_str(&text));
                }
            }
        });
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    wasm_bindgen_futures::JsFuture::from(listening).await.ok()?;
    Some(worker)
}

/// Plans in the worker; `progress` follows the search (0 to 1, None when idle).
pub async fn plan(problem: &Problem, progress: RwSignal<Option<f64>>) -> Planned {
    if cfg!(debug_assertions)
        || crate::storage::prefs::get("maillage.planner").as_deref() == Some("page")
    {
        // Development builds (and the page-planner preference, kept for
        // comparison) plan on the page.
        return Planned::Done(cafe::plan(problem));
    }
    let id = NEXT_ID.with(|n| {
        *n.borrow_mut() += 1;
        *n.borrow()
    });
    progress.set(Some(0.0));
    let existing = RUNNING.with(|r| r.borrow_mut().take().map(|run| run.worker));
    let worker = match existing {
        Some(w) => Some(w),
        None => start_worker().await,
    };
    let Some(worker) = worker else {
        progress.set(None);
        return Planned::Done(cafe::plan(problem));
    };
    let Ok(text) = serde_json::to_string(&Request { id, problem }) else {
        return Planned::Done(cafe::plan(problem));
    };
    let mut resolve = None;
    let answered = js_sys::Promise::new(&mut |ok, _| resolve = Some(ok));
    if worker.post_message(&JsValue::from_str(&text)).is_err() {
        return Planned::Done(cafe::plan(problem));
    }
    RUNNING.with(|r| {
        *r.borrow_mut() = Some(Running {
            worker,
            id,
            progress,
            resolve,
        })
    });
    let answer = wasm_bindgen_futures::JsFuture::from(answered).await;
    progress.set(None);
    let reply = answer
        .ok()
        .and_then(|v| v.as_string())
        .and_then(|t| serde_json::from_str::<Reply>(&t).ok());
    match reply.and_then(|r| r.outcome) {
        Some(outcome) => Planned::Done(outcome),
        None => Planned::Cancelled,
    }
}

/// Stops the plan under way (the worker is ended; the next plan starts another).
pub fn cancel() {
    RUNNING.with(|r| {
        if let Some(mut run) = r.borrow_mut().take() {
            run.worker.terminate();
            if let Some(resolve) = run.resolve.take() {
                let _ = resolve.call1(&JsValue::UNDEFINED, &JsValue::NULL);
            }
        }
    });
}
