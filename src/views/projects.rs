//! The projects kept in this browser: create, open, rename, export, delete.

use crate::components::confirm::ConfirmButton;
use crate::components::field::TextField;
use crate::route::{navigate, Route};
use crate::state::{session, tr, use_app};
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
        spawn_local(async move {
            if session::create_project(state, &n).await {
                name.set(String::new());
                navigate(&Route::Companies(Default::default()));
            }
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
                <a class="button secondary" href="#/importer">{tr(Msg::ImportTitle)}</a>
                <a class="button tertiary" href="#/bienvenue">{tr(Msg::WelcomeExample)}</a>
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
    view! {
        <li class="project-row" class:open=is_open data-testid="project-row">
            <div class="project-main">
                <h2>{name.clone()}
                    <Show when=is_open>" "<span class="tag">{tr(Msg::OpenedProject)}</span></Show>
                </h2>
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
                        <button type="button" class="button primary" on:click=move |_| spawn_local(async move {
                            session::open_project(state, id).await;
                            navigate(&Route::Companies(Default::default()));
                        })>{tr(Msg::Open)}</button>
                    }
                >
                    <button type="button" class="button secondary" data-testid="export" on:click=move |_| spawn_local(session::export(state))>
                        {tr(Msg::ExportProject)}
                    </button>
                    <button type="button" class="button tertiary" on:click=move |_| renaming.update(|r| *r = !*r)>
                        {tr(Msg::RenameProject)}
                    </button>
                </Show>
                <ConfirmButton label=Msg::DeleteProject question=question confirm=Msg::Delete testid="delete-project"
                    on_confirm=Callback::new(move |_| spawn_local(session::delete_project(state, id)))/>
            </div>
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
