//! Automatic backups taken before imports, deletions and restores, and
//! their restoration.

use crate::components::confirm::ConfirmButton;
use crate::route::{navigate, Route};
use crate::state::{session, tr, tz_offset_min, use_app};
use crate::storage::idb;
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::{self, Msg};
use maillage_core::stored::{SnapshotInfo, SnapshotReason, SNAPSHOTS_KEPT};

fn reason(r: SnapshotReason) -> Msg {
    match r {
        SnapshotReason::BeforeImport => Msg::ReasonBeforeImport,
        SnapshotReason::BeforeMerge => Msg::ReasonBeforeMerge,
        SnapshotReason::BeforeDelete => Msg::ReasonBeforeDelete,
        SnapshotReason::BeforeRestore => Msg::ReasonBeforeRestore,
        SnapshotReason::BeforeReset => Msg::ReasonBeforeReset,
    }
}

#[component]
pub fn Backups() -> impl IntoView {
    let state = use_app();
    let list = RwSignal::new(None::<Vec<SnapshotInfo>>);
    let reload = move || {
        spawn_local(async move { list.set(Some(idb::list_snapshots().await.unwrap_or_default())) })
    };
    reload();
    view! {
        <section>
            <h1>{tr(Msg::BackupsTitle)}</h1>
            <p class="lead">{move || state.tf(Msg::BackupsLead, &[("n", &SNAPSHOTS_KEPT.to_string())])}</p>
            {move || match list.get() {
                None => view! { <p role="status">{tr(Msg::Loading)}</p> }.into_any(),
                Some(l) if l.is_empty() => view! { <p class="empty-state">{tr(Msg::NoBackups)}</p> }.into_any(),
                Some(l) => view! {
                    <ul class="backup-list">
                        {l.into_iter().map(|s| view! { <BackupRow snapshot=s/> }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn BackupRow(snapshot: SnapshotInfo) -> impl IntoView {
    let state = use_app();
    let s = snapshot;
    let when = move || i18n::date_time(state.lang.get(), s.taken_at, tz_offset_min());
    let name = s.project_name.clone();
    let title = {
        let name = name.clone();
        move || {
            state.tf(
                Msg::BackupOf,
                &[("name", &name), ("reason", state.t(reason(s.reason)))],
            )
        }
    };
    let question = Signal::derive(move || {
        state.tf(Msg::ConfirmRestore, &[("name", &name), ("date", &when())])
    });
    let id = s.id;
    view! {
        <li class="backup-row" data-testid="backup-row">
            <div>
                <h2>{title}</h2>
                <p class="meta">
                    {when}" · "
                    {move || i18n::plural(state.lang.get(), s.companies, Msg::CompaniesCountOne, Msg::CompaniesCountMany)}
                    " · "{move || i18n::bytes(state.lang.get(), s.bytes)}
                </p>
            </div>
            <ConfirmButton label=Msg::Restore question=question confirm=Msg::Restore testid="restore" neutral=true
                on_confirm=Callback::new(move |_| spawn_local(async move {
                    if session::restore(state, id).await {
                        navigate(&Route::Companies(Default::default()));
                    }
                }))/>
        </li>
    }
}
