//! The page's side of its worker (`src/bin/worker.rs`): sends a job, hears
//! its progress, gets the answer — while the page keeps answering the
//! keyboard. Plans and suggestions each have a worker of their own, so a
//! long plan does not hold up the suggestions. A new job of the same kind
//! cancels the one under way (its answer would be stale); cancelling ends
//! the worker outright and the next job starts a fresh one. Where no worker
//! can be started, the job runs on the page, with the same result
//! (`maillage_core::jobs::run` on both sides).

use leptos::prelude::*;
use maillage_core::cafe::{Outcome, Problem, Refusal};
use maillage_core::jobs::{self, Answer, Heard, Job, Reply, Request};
use maillage_core::matching_work::{Found, Work};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// The worker's loader, written by trunk next to the app.
const LOADER: &str = "./worker_loader.js";

/// Which worker a job goes to.
#[derive(Clone, Copy)]
enum Slot {
    Plan = 0,
    Match = 1,
}

/// How a plan ended.
pub enum Planned {
    Done(Result<Outcome, Refusal>),
    Cancelled,
}

struct Running {
    id: u32,
    progress: Option<RwSignal<Option<f64>>>,
    /// Resolves the pending job's promise (with the reply text, or null when cancelled).
    resolve: Option<js_sys::Function>,
}

#[derive(Default)]
struct Place {
    worker: Option<Worker>,
    running: Option<Running>,
}

thread_local! {
    static PLACES: RefCell<[Place; 2]> = RefCell::new(Default::default());
    static NEXT_ID: RefCell<u32> = const { RefCell::new(0) };
}

/// Development builds (and the "page" preference, kept for comparison in
/// the browser tests) run the jobs on the page.
fn on_the_page() -> bool {
    cfg!(debug_assertions)
        || crate::storage::prefs::get("maillage.worker").as_deref() == Some("page")
}

/// A worker's message: progress goes to the signal, the answer resolves
/// the job's promise.
fn heard(slot: Slot, text: String) {
    let Ok(reply) = serde_json::from_str::<Heard>(&text) else {
        return;
    };
    PLACES.with(|places| {
        let mut places = places.borrow_mut();
        let Some(run) = places[slot as usize]
            .running
            .as_mut()
            .filter(|run| run.id == reply.id)
        else {
            return;
        };
        if let (Some(f), Some(progress)) = (reply.progress, run.progress) {
            progress.set(Some(f));
        }
        if reply.answered() {
            if let Some(resolve) = run.resolve.take() {
                let _ = resolve.call1(&JsValue::UNDEFINED, &JsValue::from_str(&text));
            }
        }
    });
}

/// A new worker, once it listens (its first message says so).
async fn start_worker(slot: Slot) -> Option<Worker> {
    let worker = Worker::new(LOADER).ok()?;
    let mut ready = None;
    let listening = js_sys::Promise::new(&mut |ok, _| ready = Some(ok));
    let ready = ready?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let Some(text) = e.data().as_string() else {
            return;
        };
        if text == r#"{"ready":true}"# {
            let _ = ready.call0(&JsValue::UNDEFINED);
        } else {
            heard(slot, text);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    wasm_bindgen_futures::JsFuture::from(listening).await.ok()?;
    Some(worker)
}

/// Runs `job` in the slot's worker; None when it was cancelled or
/// replaced by a newer job of the same kind.
async fn run(slot: Slot, job: Job, progress: Option<RwSignal<Option<f64>>>) -> Option<Answer> {
    if on_the_page() {
        return Some(jobs::run(job, &mut |_| {}));
    }
    stop(slot);
    let id = NEXT_ID.with(|n| {
        *n.borrow_mut() += 1;
        *n.borrow()
    });
    let idle = PLACES.with(|p| p.borrow_mut()[slot as usize].worker.take());
    let worker = match idle {
        Some(w) => Some(w),
        None => start_worker(slot).await,
    };
    let text = crate::perf::measure("maillage:worker-send", || Request::text(id, &job).ok());
    let (Some(worker), Some(text)) = (worker, text) else {
        return Some(jobs::run(job, &mut |_| {}));
    };
    let mut resolve = None;
    let answered = js_sys::Promise::new(&mut |ok, _| resolve = Some(ok));
    if worker.post_message(&JsValue::from_str(&text)).is_err() {
        return Some(jobs::run(job, &mut |_| {}));
    }
    if let Some(p) = progress {
        p.set(Some(0.0));
    }
    PLACES.with(|places| {
        let mut places = places.borrow_mut();
        places[slot as usize] = Place {
            worker: Some(worker),
            running: Some(Running {
                id,
                progress,
                resolve,
            }),
        };
    });
    let answer = wasm_bindgen_futures::JsFuture::from(answered).await;
    if let Some(p) = progress {
        p.set(None);
    }
    PLACES.with(|places| {
        let mut places = places.borrow_mut();
        let place = &mut places[slot as usize];
        if place.running.as_ref().is_some_and(|r| r.id == id) {
            place.running = None;
        }
    });
    crate::perf::measure("maillage:worker-read", || {
        answer
            .ok()
            .and_then(|v| v.as_string())
            .and_then(|t| serde_json::from_str::<Reply>(&t).ok())
            .and_then(|r| r.answer)
    })
}

/// Ends the slot's job under way, if any (its promise resolves to nothing).
fn stop(slot: Slot) {
    PLACES.with(|places| {
        let mut places = places.borrow_mut();
        let place = &mut places[slot as usize];
        if let Some(mut run) = place.running.take() {
            if let Some(w) = place.worker.take() {
                w.terminate();
            }
            if let Some(resolve) = run.resolve.take() {
                let _ = resolve.call1(&JsValue::UNDEFINED, &JsValue::NULL);
            }
        }
    });
}

/// Plans in the worker; `progress` follows the search (0 to 1, None when idle).
pub async fn plan(problem: &Problem, progress: RwSignal<Option<f64>>) -> Planned {
    match run(Slot::Plan, Job::Plan(problem.clone()), Some(progress)).await {
        Some(Answer::Plan(outcome)) => Planned::Done(outcome),
        _ => Planned::Cancelled,
    }
}

/// Stops the plan under way (the worker is ended; the next plan starts another).
pub fn cancel() {
    stop(Slot::Plan);
}

/// Suggestions and pools found in the worker; None when a newer request
/// replaced this one.
pub async fn find(work: Work) -> Option<Found> {
    match run(Slot::Match, Job::Match(work), None).await {
        Some(Answer::Match(found)) => Some(found),
        _ => None,
    }
}
