//! First run: what Maillage is for, then create a project, open the
//! example or open a file received from a partner.

use super::projects::NewProjectForm;
use crate::components::unsaved::unless_unsaved;
use crate::route::{navigate, Route};
use crate::state::{session, tr, use_app};
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::Msg;

#[component]
pub fn Welcome() -> impl IntoView {
    let state = use_app();
    let busy = RwSignal::new(false);
    let hovering = RwSignal::new(false);
    let open_example = move |_| {
        unless_unsaved(state, move || {
            busy.set(true);
            spawn_local(async move {
                if session::open_example(state).await {
                    navigate(&Route::Companies(Default::default()));
                }
                busy.set(false);
            });
        })
    };
    view! {
        <section class="welcome">
            <h1>{tr(Msg::WelcomeTitle)}</h1>
            <p class="lead">{tr(Msg::WelcomeLead)}</p>
            <p>{tr(Msg::WelcomeOffline)}</p>
            <div class="cards">
                <div class="card">
                    <h2>{tr(Msg::WelcomeNewProject)}</h2>
                    <NewProjectForm/>
                </div>
                <div class="card">
                    <h2>{tr(Msg::WelcomeExample)}</h2>
                    <p>{tr(Msg::WelcomeExampleHint)}</p>
                    <button type="button" class="button primary" data-testid="open-example" disabled=move || busy.get() on:click=open_example>
                        {tr(Msg::WelcomeExample)}
                    </button>
                </div>
                <div
                    class="card dropzone-card"
                    class:hovering=move || hovering.get()
                    data-testid="welcome-dropzone"
                    on:dragover=move |e: leptos::ev::DragEvent| { e.prevent_default(); hovering.set(true); }
                    on:dragleave=move |_| hovering.set(false)
                    on:drop=move |e: leptos::ev::DragEvent| {
                        e.prevent_default();
                        hovering.set(false);
                        if let Some(file) = super::import::dropped_file(&e) {
                            super::import::import_dropped(file);
                        }
                    }
                >
                    <h2>{tr(Msg::WelcomeImport)}</h2>
                    <p>{tr(Msg::ImportDrop)}" "{tr(Msg::ImportChoose)}"."</p>
                    <a class="button secondary" href=Route::Import.to_hash()>{tr(Msg::ImportTitle)}</a>
                </div>
            </div>
        </section>
    }
}
