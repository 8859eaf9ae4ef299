//! What this browser keeps besides the projects: the automatic backups
//! taken before imports, merges, deletions and restores (restorable and
//! deletable one by one), the files sent to partners and kept until they
//! come back, the open project's trash, records that could not be read, and
//! how much space it all takes.

use crate::components::confirm::ConfirmButton;
use crate::components::unsaved::unless_unsaved;
use crate::route::{navigate, Route};
use crate::state::{files, session, tr, tz_offset_min, use_app};
use crate::storage::idb;
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::{self, Msg};
use maillage_core::stored::{ExchangeInfo, SnapshotInfo, SnapshotReason, SNAPSHOTS_KEPT};
use maillage_core::{commands, Company};

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
    let exchanges = RwSignal::new(Vec::<ExchangeInfo>::new());
    let usage = RwSignal::new(None::<(f64, f64)>);
    let reload = move || {
        spawn_local(async move {
            list.set(Some(idb::list_snapshots().await.unwrap_or_default()));
            exchanges.set(idb::list_exchanges().await.unwrap_or_default());
            usage.set(idb::estimate().await);
            state.persisted.set(idb::is_persisted().await);
        })
    };
    reload();
    view! {
        <section class="backups">
            <h1>{tr(Msg::BackupsTitle)}</h1>
            <p class="lead">{move || state.tf(Msg::BackupsLead, &[("n", &SNAPSHOTS_KEPT.to_string())])}</p>
            <StorageUse usage=usage/>
            <SetAside/>
            <Trash/>
            <h2>{tr(Msg::BackupsListTitle)}</h2>
            {move || match list.get() {
                None => view! { <p role="status">{tr(Msg::Loading)}</p> }.into_any(),
                Some(l) if l.is_empty() => view! { <p class="empty-state">{tr(Msg::NoBackups)}</p> }.into_any(),
                Some(l) => view! {
                    <ul class="backup-list">
                        {l.into_iter().map(|s| view! { <BackupRow snapshot=s on_change=Callback::new(move |_| reload())/> }).collect_view()}
                    </ul>
                }.into_any(),
            }}
            <Exchanges list=exchanges on_change=Callback::new(move |_| reload())/>
        </section>
    }
}

/// Space used and whether the browser promised to keep it.
#[component]
fn StorageUse(usage: RwSignal<Option<(f64, f64)>>) -> impl IntoView {
    let state = use_app();
    let text = move || {
        let lang = state.lang.get();
        let used = usage.get().map(|(u, q)| {
            i18n::tf(
                lang,
                Msg::StorageUsed,
                &[
                    ("used", &i18n::bytes(lang, u as usize)),
                    ("quota", &i18n::bytes(lang, q as usize)),
                ],
            )
        });
        let kept = match state.persisted.get() {
            Some(true) => i18n::t(lang, Msg::StoragePersisted),
            _ => i18n::t(lang, Msg::StorageNotPersisted),
        };
        match used {
            Some(u) => format!("{u} {kept}"),
            None => kept.to_owned(),
        }
    };
    view! {
        <p class="note" data-testid="storage-use">
            {move || if crate::storage::tx::is_memory() { state.t(Msg::StorageUnavailable).to_owned() } else { text() }}
        </p>
    }
}

/// Records of the open project that could not be read: kept for download.
#[component]
fn SetAside() -> impl IntoView {
    let state = use_app();
    view! {
        <Show when=move || state.set_aside.with(|s| !s.is_empty())>
            <div class="card warning" data-testid="set-aside">
                <p>{move || state.tf(Msg::RecordsSetAside, &[("n", &state.set_aside.with(Vec::len).to_string())])}</p>
                <button type="button" class="button secondary" on:click=move |_| files::download_set_aside(state)>
                    {tr(Msg::DownloadSetAside)}
                </button>
            </div>
        </Show>
    }
}

/// Companies deleted in the open project, each restorable with what went with it.
#[component]
fn Trash() -> impl IntoView {
    let state = use_app();
    let deleted = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .map(|p| {
                    commands::trash(p)
                        .into_iter()
                        .cloned()
                        .collect::<Vec<Company>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <Show when=move || !deleted.with(Vec::is_empty)>
            <h2>{tr(Msg::TrashTitle)}</h2>
            <p class="hint">{tr(Msg::TrashLead)}</p>
            <ul class="backup-list" data-testid="trash">
                <For each=move || deleted.get() key=|c| (c.id, c.rev) children=move |c| {
                    let id = c.id;
                    let when = c.updated_at;
                    view! {
                        <li class="backup-row" data-testid="trash-row">
                            <div>
                                <h3>{c.name.clone()}</h3>
                                <p class="meta">{move || state.tf(Msg::DeletedOn, &[("date", &i18n::date_time(state.lang.get(), when, tz_offset_min())), ("who", &c.updated_by.label)])}</p>
                            </div>
                            <button type="button" class="button secondary" data-testid="restore-company"
                                on:click=move |_| {
                                    if state.apply(|p, ctx| Ok(commands::restore_company(p, id, ctx))).is_ok() {
                                        state.notify_when_saved(Msg::CompanyRestored);
                                    }
                                }>
                                {tr(Msg::Restore)}
                            </button>
                        </li>
                    }
                }/>
            </ul>
        </Show>
    }
}

#[component]
fn BackupRow(snapshot: SnapshotInfo, on_change: Callback<()>) -> impl IntoView {
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
    let question = {
        let name = name.clone();
        Signal::derive(move || state.tf(Msg::ConfirmRestore, &[("name", &name), ("date", &when())]))
    };
    let delete_question = Signal::derive(move || {
        state.tf(
            Msg::ConfirmDeleteBackup,
            &[("name", &name), ("date", &when())],
        )
    });
    let id = s.id;
    view! {
        <li class="backup-row" data-testid="backup-row">
            <div>
                <h3>{title}</h3>
                <p class="meta">
                    {when}" · "
                    {move || i18n::plural(state.lang.get(), s.companies, Msg::CompaniesCountOne, Msg::CompaniesCountMany)}
                    " · "<span data-testid="backup-size">{move || i18n::bytes(state.lang.get(), s.bytes)}</span>
                </p>
            </div>
            <div class="actions">
                <ConfirmButton label=Msg::Restore question=question confirm=Msg::Restore testid="restore" neutral=true
                    on_confirm=Callback::new(move |_| unless_unsaved(state, move || spawn_local(async move {
                        if session::restore(state, id).await {
                            navigate(&Route::Companies(Default::default()));
                        }
                    })))/>
                <ConfirmButton label=Msg::Delete question=delete_question confirm=Msg::Delete testid="delete-backup" quiet=true
                    on_confirm=Callback::new(move |_| spawn_local(async move {
                        if session::delete_backup(state, id).await {
                            on_change.run(());
                        }
                    }))/>
            </div>
        </li>
    }
}

/// Files sent to partners, kept until they come back.
#[component]
fn Exchanges(list: RwSignal<Vec<ExchangeInfo>>, on_change: Callback<()>) -> impl IntoView {
    let state = use_app();
    view! {
        <Show when=move || !list.with(Vec::is_empty)>
            <h2>{tr(Msg::ExchangesTitle)}</h2>
            <p class="hint">{tr(Msg::ExchangesLead)}</p>
            <ul class="backup-list" data-testid="exchanges">
                {move || list.get().into_iter().map(|x| {
                    let id = x.export_id;
                    let sent = x.sent_at;
                    let partner = x.partner.name.clone();
                    let question = {
                        let partner = partner.clone();
                        Signal::derive(move || state.tf(Msg::ConfirmDeleteExchange, &[("partner", &partner)]))
                    };
                    let returns = x.returns.clone();
                    view! {
                        <li class="backup-row" data-testid="exchange-row">
                            <div>
                                <h3>{move || state.tf(Msg::ExchangeTo, &[("partner", &partner), ("name", &x.project_name)])}</h3>
                                <p class="meta">
                                    {move || i18n::date_time(state.lang.get(), sent, tz_offset_min())}" · "
                                    {move || i18n::plural(state.lang.get(), x.companies, Msg::CompaniesCountOne, Msg::CompaniesCountMany)}" · "
                                    <span data-testid="exchange-size">{move || i18n::bytes(state.lang.get(), x.bytes)}</span>
                                </p>
                                {if returns.is_empty() {
                                    view! { <p class="meta">{tr(Msg::ExchangeWaiting)}</p> }.into_any()
                                } else {
                                    returns.into_iter().map(|r| {
                                        let journal = r.journal.clone();
                                        view! {
                                            <p class="meta" data-testid="exchange-return">{move || state.tf(Msg::ExchangeReturned, &[
                                                ("who", &r.from.label),
                                                ("date", &i18n::date_time(state.lang.get(), r.merged_at, tz_offset_min())),
                                                ("added", &r.added.to_string()),
                                                ("changed", &r.changed.to_string()),
                                                ("conflicts", &r.conflicts.to_string()),
                                            ])}</p>
                                            <Journal entries=journal/>
                                        }
                                    }).collect_view().into_any()
                                }}
                            </div>
                            <ConfirmButton label=Msg::Delete question=question confirm=Msg::Delete testid="delete-exchange" quiet=true
                                on_confirm=Callback::new(move |_| spawn_local(async move {
                                    if files::delete_exchange(state, id).await {
                                        on_change.run(());
                                    }
                                }))/>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Show>
    }
}

/// Who changed what in a merged return: one line per field taken from the partner.
#[component]
fn Journal(entries: Vec<maillage_core::merge::Taken>) -> impl IntoView {
    let state = use_app();
    if entries.is_empty() {
        return ().into_any();
    }
    let line = move |t: &maillage_core::merge::Taken| {
        let lang = state.lang.get();
        let what = state
            .project
            .with(|p| p.as_ref().and_then(|p| p.label_of(t.kind, t.id)))
            .unwrap_or_else(|| i18n::t(lang, i18n::kind(t.kind)).to_owned());
        let field = if t.field.is_empty() {
            i18n::t(lang, Msg::JournalWholeRecord).to_owned()
        } else {
            i18n::field_label(lang, &t.field)
        };
        i18n::tf(
            lang,
            Msg::JournalLine,
            &[
                ("what", &what),
                ("field", &field),
                ("who", &t.by.label),
                ("date", &i18n::date_time(lang, t.at, tz_offset_min())),
            ],
        )
    };
    view! {
        <details class="journal" data-testid="journal">
            <summary>{tr(Msg::JournalTitle)}</summary>
            <ul>
                {entries.into_iter().map(|t| view! { <li>{move || line(&t)}</li> }).collect_view()}
            </ul>
        </details>
    }
    .into_any()
}
