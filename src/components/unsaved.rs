//! Before a step that would drop the open project's edits that could not
//! be written (a full disk), the app asks: export them first, go on without
//! them, or cancel. In a tab without storage nothing is dropped by such a
//! step (every project stays in the tab's memory); closing the tab asks.

use crate::state::{autosave, files, tr, use_app, AppState};
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::Msg;
use std::cell::RefCell;

thread_local! {
    /// The step waiting for the user's answer.
    static WAITING: RefCell<Option<Box<dyn FnOnce()>>> = RefCell::new(None);
}

/// Runs `then` once every edit is written, or asks first when some cannot
/// be (they would be lost).
pub fn unless_unsaved(state: AppState, then: impl FnOnce() + 'static) {
    spawn_local(async move {
        if autosave::settle(state).await {
            return then();
        }
        WAITING.with(|w| *w.borrow_mut() = Some(Box::new(then)));
        state.asking.set(true);
    });
}

fn go_on(state: AppState) {
    state.asking.set(false);
    if let Some(then) = WAITING.with(|w| w.borrow_mut().take()) {
        then();
    }
}

#[component]
pub fn UnsavedDialog() -> impl IntoView {
    let state = use_app();
    let name = move || {
        state
            .project
            .with(|p| p.as_ref().map(|p| p.name().to_owned()))
            .unwrap_or_default()
    };
    let export_then = move |_| {
        spawn_local(async move {
            files::export(state, None).await;
            go_on(state);
        })
    };
    let cancel = move |_| {
        WAITING.with(|w| w.borrow_mut().take());
        state.asking.set(false);
    };
    view! {
        <Show when=move || state.asking.get()>
            <div class="banner error unsaved" role="alertdialog" aria-labelledby="unsaved-text" data-testid="unsaved-dialog">
                <p id="unsaved-text">{move || state.tf(Msg::UnsavedBeforeLeaving, &[("name", &name())])}</p>
                <button type="button" class="button" data-testid="unsaved-export" on:click=export_then>{tr(Msg::ExportThenContinue)}</button>
                <button type="button" class="button danger-outline" data-testid="unsaved-drop" on:click=move |_| go_on(state)>{tr(Msg::ContinueWithout)}</button>
                <button type="button" class="button tertiary" on:click=cancel>{tr(Msg::Cancel)}</button>
            </div>
        </Show>
    }
}
