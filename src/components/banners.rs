//! Standing warnings at the top of the content: a new version, no storage,
//! and the export nudge.

use crate::route::Route;
use crate::state::{files, now_ms, today, tr, use_app, Boot, SaveState};
use crate::storage::prefs;
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::{self, Msg};
use maillage_core::stored::{self, EXPORT_NUDGE_DAYS};

#[component]
pub fn Banners() -> impl IntoView {
    let state = use_app();
    let dismissed = RwSignal::new(false);
    // Days since the last export of the open project when worth a nudge.
    let nudge = move || {
        // Track the open project and the summaries (export dates change there).
        state.project.with(|p| p.as_ref().map(|p| p.id()))?;
        let summary = state.summaries.with(|_| state.current_summary())?;
        let today_n = today().days_since_epoch();
        if dismissed.get()
            || prefs::nudge_dismissed(summary.id) == Some(today_n)
            || summary.companies == 0
        {
            return None;
        }
        match stored::days_since_export(&summary, now_ms()) {
            Some(d) if d < EXPORT_NUDGE_DAYS => None,
            Some(d) => Some(state.tf(
                Msg::ExportNudge,
                &[("days", &i18n::int(state.lang.get(), d))],
            )),
            None => Some(state.t(Msg::ExportNudgeNever).to_owned()),
        }
    };
    // Once per session, on the screen where it first showed, and never on
    // the presenter's console or a printout.
    let shown = move || {
        let here = state.route.get();
        if !here.takes_banners() {
            return None;
        }
        let text = nudge()?;
        let id = state.project.with(|p| p.as_ref().map(|p| p.id()))?;
        match prefs::nudge_screen(id).and_then(|h| Route::parse(&h)) {
            Some(first) if !first.same_screen(&here) => None,
            _ => Some((id, here, text)),
        }
    };
    Effect::new(move |_| {
        if let Some((id, here, _)) = shown() {
            if prefs::nudge_screen(id).is_none() {
                prefs::set_nudge_screen(id, &here.to_hash());
            }
        }
    });
    let dismiss = move |_| {
        if let Some(s) = state.current_summary() {
            prefs::dismiss_nudge(s.id, today().days_since_epoch());
        }
        dismissed.set(true);
    };
    // A new version waits: offered only when switching loses nothing and
    // interrupts no meeting.
    let offer_update = move || {
        state.update_ready.get()
            && state.route.with(Route::takes_banners)
            && matches!(state.save.get(), SaveState::Saved | SaveState::MemoryOnly)
            && !crate::storage::drafts::any_dirty()
    };
    view! {
        <Show when=offer_update>
            <div class="banner info" role="status" data-testid="update-ready">
                <p>{tr(Msg::UpdateReady)}</p>
                <button type="button" class="button" data-testid="update-reload" on:click=move |_| crate::offline::switch()>
                    {tr(Msg::UpdateReload)}
                </button>
            </div>
        </Show>
        <Show when=move || state.boot.get() == Boot::NoStorage>
            <div class="banner error" role="alert" data-testid="no-storage">
                <p>{tr(Msg::StorageUnavailable)}</p>
                <Show when=move || state.project.with(Option::is_some)>
                    <button type="button" class="button" on:click=move |_| spawn_local(files::export(state, None))>
                        {tr(Msg::ExportNow)}
                    </button>
                </Show>
            </div>
        </Show>
        {move || shown().map(|(_, _, text)| view! {
            <div class="banner warning" data-testid="export-nudge">
                <p>{text}</p>
                <button type="button" class="button" on:click=move |_| spawn_local(files::export(state, None))>
                    {tr(Msg::ExportNow)}
                </button>
                <button type="button" class="button tertiary" on:click=dismiss>{tr(Msg::Dismiss)}</button>
            </div>
        })}
    }
}
