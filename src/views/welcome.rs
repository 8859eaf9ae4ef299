//! First run: what Maillage is for, then create a project, open the
//! example or open a file received from a partner.

use super::projects::NewProjectForm;
use crate::route::{navigate, Route};
use crate::state::{session, use_app};
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::Msg;

#[component]
pub fn Welcome() -> impl IntoView {
    let state = use_app();
    let busy = RwSignal::new(false);
    let open_example = move |_| {
        busy.set(true);
        spawn_local(async move {
            if session::open_example(state).await {
                navigate(&Route::Companies(Default::default()));
            }
            busy.set(false);
        });
    };
    view! {
        <section class="welcome">
            <h1>{move || state.t(Msg::WelcomeTitle)}</h1>
            <p class="lead">{move || state.t(Msg::WelcomeLead)}</p>
            <p>{move || state.t(Msg::WelcomeOffline)}</p>
            <div class="cards">
                <div class="card">
                    <h2>{move || state.t(Msg::WelcomeNewProject)}</h2>
                    <NewProjectForm/>
                </div>
                <div class="card">
                    <h2>{move || state.t(Msg::WelcomeExample)}</h2>
                    <p>{move || state.t(Msg::WelcomeExampleHint)}</p>
                    <button type="button" class="button primary" data-testid="open-example" disabled=move || busy.get() on:click=open_example>
                        {move || state.t(Msg::WelcomeExample)}
                    </button>
                </div>
                <div class="card">
                    <h2>{move || state.t(Msg::WelcomeImport)}</h2>
                    <p>{move || state.t(Msg::ImportDrop)}" "{move || state.t(Msg::ImportChoose)}"."</p>
                    <a class="button secondary" href="#/importer">{move || state.t(Msg::ImportTitle)}</a>
                </div>
            </div>
        </section>
    }
}
