//! The projects kept in this browser: create, open, rename, export, delete.

use crate::components::confirm::ConfirmButton;
use crate::components::field::TextField;
use crate::components::unsaved::unless_unsaved;
use crate::route::{navigate, Route};
use crate::state::{files, session, tr, use_app};
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::{self, Msg};
use maillage_core::stored::ProjectSummary;
use maillage_core::{Date, Issue, IssueCode};

/// Name a new project and create it.
#[component]
pub fn NewProjectForm() -> impl IntoView {
    let state = use_app();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let n = name.get_untracked();
        if n.trim().is_empty() {
            error.set(Some(i18n::field_problem(
                state.lang_now(),
                &IssueCode::Required,
            )));
            return;
        }
        error.set(None);
        unless_unsaved(state, move || {
            spawn_local(async move {
                if session::create_project(state, &n).await {
                    name.set(String::new());
                    navigate(&Route::Companies(Default::default()));
                }
            })
        });
    };
    view! {
        <form class="inline-form" on:submit=submit novalidate>
            <TextField id="new-project-name" label=Msg::ProjectName value=name hint=Msg::ProjectNameHint
                error=error required=true/>
            <button type="submit" class="button primary">{tr(Msg::CreateProject)}</button>
        </form>
    }
}

#[component]
pub fn Projects() -> impl IntoView {
    let state = use_app();
    view! {
        <section>
            <h1>{tr(Msg::ProjectsTitle)}</h1>
            <p class="lead">{tr(Msg::ProjectsLead)}</p>
            <div class="toolbar">
                <a class="button secondary" href=Route::Import.to_hash()>{tr(Msg::ImportTitle)}</a>
                <a class="button tertiary" href=Route::Welcome.to_hash()>{tr(Msg::WelcomeExample)}</a>
            </div>
            <Show
                when=move || state.summaries.with(|s| !s.is_empty())
                fallback=move || view! { <p class="empty-state">{tr(Msg::NoProjects)}</p> }
            >
                <ul class="project-list">
                    <For
                        each=move || state.summaries.get()
                        key=|s| (s.id, s.name.clone(), s.companies, s.last_export_at)
                        children=move |s| view! { <ProjectRow summary=s/> }
                    />
                </ul>
            </Show>
            <div class="card">
                <h2>{tr(Msg::WelcomeNewProject)}</h2>
                <NewProjectForm/>
            </div>
            <AuthorForm/>
        </section>
    }
}

fn day(ms: i64) -> Date {
    Date::from_epoch_ms(ms + crate::state::tz_offset_min() * 60_000)
}

#[component]
fn ProjectRow(summary: ProjectSummary) -> impl IntoView {
    let state = use_app();
    let id = summary.id;
    let is_open = move || {
        state
            .project
            .with(|p| p.as_ref().map(|p| p.id()) == Some(id))
    };
    let name = summary.name.clone();
    let question = {
        let name = name.clone();
        Signal::derive(move || state.tf(Msg::ConfirmDeleteProject, &[("name", &name)]))
    };
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(name.clone());
    let rename_error = RwSignal::new(Vec::<Issue>::new());
    let rename = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        if session::rename(state, &new_name.get_untracked()) {
            renaming.set(false);
        } else {
            rename_error.set(vec![Issue::error("name", IssueCode::Required)]);
        }
    };
    let updated = summary.updated_at;
    let exported = summary.last_export_at;
    let count = summary.companies;
    let received = summary.received.clone();
    let encrypting = RwSignal::new(false);
    let no_room = RwSignal::new(false);
    let delete = move |without_backup: bool| {
        spawn_local(async move {
            let outcome = session::delete_project(state, id, without_backup).await;
            no_room.set(outcome == session::Deletion::NoRoomForBackup);
        })
    };
    view! {
        <li class="project-row" class:open=is_open data-testid="project-row">
            <div class="project-main">
                <h2>{name.clone()}
                    <Show when=is_open>" "<span class="tag">{tr(Msg::OpenedProject)}</span></Show>
                </h2>
                {received.map(|r| view! {
                    <p class="partner-copy" data-testid="partner-copy">
                        {move || state.tf(Msg::PartnerCopyOf, &[("from", &r.share.sent_by.label), ("date", &i18n::date(state.lang.get(), day(r.share.sent_at)))])}
                    </p>
                })}
                <p class="meta">
                    {move || i18n::plural(state.lang.get(), count, Msg::CompaniesCountOne, Msg::CompaniesCountMany)}
                    " · "
                    {move || state.tf(Msg::ProjectUpdatedAt, &[("date", &i18n::date(state.lang.get(), day(updated)))])}
                    " · "
                    {move || match exported {
                        Some(t) => state.tf(Msg::LastExport, &[("date", &i18n::date(state.lang.get(), day(t)))]),
                        None => state.t(Msg::NeverExported).to_owned(),
                    }}
                </p>
            </div>
            <div class="project-actions">
                <Show
                    when=is_open
                    fallback=move || view! {
                        <button type="button" class="button primary" on:click=move |_| unless_unsaved(state, move || spawn_local(async move {
                            session::open_project(state, id).await;
                            navigate(&Route::Companies(Default::default()));
                        }))>{tr(Msg::Open)}</button>
                    }
                >
                    <button type="button" class="button secondary" data-testid="export" on:click=move |_| spawn_local(files::export(state, None))>
                        {tr(Msg::ExportProject)}
                    </button>
                    <button type="button" class="button tertiary" data-testid="export-encrypted" on:click=move |_| encrypting.update(|e| *e = !*e)>
                        {tr(Msg::ExportEncrypted)}
                    </button>
                    <a class="button secondary" href=Route::Share.to_hash() data-testid="share">{tr(Msg::ShareTitle)}</a>
                    <button type="button" class="button tertiary" on:click=move |_| renaming.update(|r| *r = !*r)>
                        {tr(Msg::RenameProject)}
                    </button>
                </Show>
                <ConfirmButton label=Msg::DeleteProject question=question confirm=Msg::Delete testid="delete-project"
                    on_confirm=Callback::new(move |_| delete(false))/>
            </div>
            <Show when=is_open>
                <p class="hint export-hint">{tr(Msg::ExportIsComplete)}</p>
            </Show>
            <Show when=move || encrypting.get() && is_open()>
                <EncryptedExport done=encrypting/>
            </Show>
            <Show when=move || no_room.get()>
                <div class="confirm" role="alertdialog" data-testid="no-room">
                    <p>{tr(Msg::NoRoomForBackup)}</p>
                    <button type="button" class="button secondary" on:click=move |_| spawn_local(async move {
                        session::open_project(state, id).await;
                        files::export(state, None).await;
                    })>{tr(Msg::ExportNow)}</button>
                    <button type="button" class="button danger" data-testid="delete-without-backup" on:click=move |_| delete(true)>
                        {tr(Msg::DeleteWithoutBackup)}
                    </button>
                    <button type="button" class="button tertiary" on:click=move |_| no_room.set(false)>{tr(Msg::Cancel)}</button>
                </div>
            </Show>
            <Show when=move || renaming.get()>
                <form class="inline-form rename" on:submit=rename novalidate>
                    <TextField id=format!("rename-{id}") label=Msg::ProjectName value=new_name required=true
                        error=crate::components::field::error_of(rename_error, "name")/>
                    <button type="submit" class="button primary">{tr(Msg::Save)}</button>
                </form>
            </Show>
        </li>
    }
}

/// A full export protected by a passphrase typed twice.
#[component]
fn EncryptedExport(done: RwSignal<bool>) -> impl IntoView {
    let state = use_app();
    let pass = RwSignal::new(String::new());
    let pass2 = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let lang = state.lang_now();
        let p = pass.get_untracked();
        if p.chars().count() < 10 {
            return error.set(Some(i18n::t(lang, Msg::PassphraseTooShort).to_owned()));
        }
        if p != pass2.get_untracked() {
            return error.set(Some(i18n::t(lang, Msg::PassphraseMismatch).to_owned()));
        }
        error.set(None);
        spawn_local(async move {
            files::export(state, Some(p)).await;
            done.set(false);
        });
    };
    view! {
        <form class="inline-form encrypted" on:submit=submit novalidate data-testid="encrypted-export">
            <p class="hint">{tr(Msg::EncryptionHint)}</p>
            <TextField id="export-pass" label=Msg::Passphrase value=pass kind="password" autocomplete="new-password" error=error/>
            <TextField id="export-pass2" label=Msg::PassphraseAgain value=pass2 kind="password" autocomplete="new-password"/>
            <button type="submit" class="button primary" data-testid="export-encrypted-go">{tr(Msg::ExportEncryptedGo)}</button>
        </form>
    }
}

/// The label this install signs its changes and exports with.
#[component]
fn AuthorForm() -> impl IntoView {
    let state = use_app();
    let label = RwSignal::new(state.author.get_untracked().label);
    let error = RwSignal::new(None::<String>);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let l = label.get_untracked().trim().to_owned();
        if l.is_empty() {
            return error.set(Some(i18n::field_problem(
                state.lang_now(),
                &IssueCode::Required,
            )));
        }
        error.set(None);
        crate::storage::prefs::set_author_label(&l);
        state.author.update(|a| a.label = l);
        state.notify(crate::state::NoticeKind::Info, Msg::AuthorSaved, &[]);
    };
    view! {
        <div class="card">
            <h2>{tr(Msg::AuthorTitle)}</h2>
            <form class="inline-form" on:submit=submit novalidate>
                <TextField id="author-label" label=Msg::AuthorLabel value=label hint=Msg::AuthorHint error=error required=true/>
                <button type="submit" class="button secondary">{tr(Msg::Save)}</button>
            </form>
        </div>
    }
}
