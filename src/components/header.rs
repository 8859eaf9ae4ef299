//! The top of every screen: name, open project, navigation, save status and language.

use crate::route::{Route, Section};
use crate::state::{tr, use_app, SaveState};
use leptos::prelude::*;
use maillage_core::i18n::{Lang, Msg};

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app();
    let project_name = move || {
        state
            .project
            .with(|p| p.as_ref().map(|p| p.name().to_owned()))
    };
    view! {
        <header class="topbar">
            <div class="topbar-inner">
                <a class="brand" href=Section::Companies.home().to_hash()>
                    <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                        <circle cx="6" cy="6" r="4"/><circle cx="26" cy="6" r="4"/><circle cx="16" cy="26" r="4"/>
                        <path d="M6 6 L26 6 L16 26 Z" fill="none" stroke-width="2.5"/>
                    </svg>
                    <span>{tr(Msg::AppName)}</span>
                </a>
                <a class="current-project" href=Route::Projects.to_hash() title=tr(Msg::NavProjects)>
                    <span class="visually-hidden">{tr(Msg::CurrentProject)}" : "</span>
                    {move || project_name().unwrap_or_else(|| state.t(Msg::NoProjectOpen).to_owned())}
                </a>
                // With nothing open, "all saved" would be about nothing.
                <Show when=move || state.project.with(Option::is_some) || !matches!(state.save.get(), SaveState::Saved | SaveState::MemoryOnly)>
                    <SaveStatus/>
                </Show>
                <LangSwitch/>
            </div>
            <Nav/>
        </header>
    }
}

#[component]
fn Nav() -> impl IntoView {
    let state = use_app();
    let has_project = Memo::new(move |_| state.project.with(Option::is_some));
    let item = move |section: Section, msg: Msg| {
        let href = section.home().to_hash();
        let current =
            move || (state.shown_route(has_project.get()).section() == section).then_some("page");
        view! { <li><a href=href aria-current=current>{tr(msg)}</a></li> }
    };
    view! {
        <nav class="mainnav" aria-label=tr(Msg::MainNavigation)>
            <ul>
                {item(Section::Companies, Msg::NavCompanies)}
                {item(Section::Flows, Msg::NavFlows)}
                {item(Section::Suggestions, Msg::NavSuggestions)}
                {item(Section::Synergies, Msg::NavSynergies)}
                {item(Section::Impact, Msg::NavImpact)}
                {item(Section::Events, Msg::NavEvents)}
                {item(Section::Funnel, Msg::NavFunnel)}
                {item(Section::NextActions, Msg::NavNextActions)}
                {item(Section::Report, Msg::NavReport)}
                {item(Section::Projects, Msg::NavProjects)}
                {item(Section::Backups, Msg::NavBackups)}
            </ul>
        </nav>
    }
}

#[component]
fn SaveStatus() -> impl IntoView {
    let state = use_app();
    let text = move || {
        state.t(match state.save.get() {
            SaveState::Saved => Msg::SaveStatusSaved,
            SaveState::Pending => Msg::SaveStatusPending,
            SaveState::Saving => Msg::SaveStatusSaving,
            SaveState::Failed => Msg::SaveStatusFailed,
            SaveState::MemoryOnly => Msg::SaveStatusMemoryOnly,
        })
    };
    let class = move || match state.save.get() {
        SaveState::Saved => "save-status saved",
        SaveState::Pending | SaveState::Saving => "save-status saving",
        SaveState::Failed | SaveState::MemoryOnly => "save-status failed",
    };
    view! {
        <p class=class role="status" data-testid="save-status">
            <span class="dot" aria-hidden="true"></span>{text}
        </p>
    }
}

#[component]
fn LangSwitch() -> impl IntoView {
    let state = use_app();
    let button = move |lang: Lang, msg: Msg, code: &'static str| {
        view! {
            <button
                type="button"
                class="lang"
                lang=lang.tag()
                aria-pressed=move || (state.lang.get() == lang).to_string()
                on:click=move |_| state.lang.set(lang)
                title=tr(msg)
            >
                {code}
            </button>
        }
    };
    view! {
        <div class="langswitch" role="group" aria-label=tr(Msg::Language)>
            {button(Lang::Fr, Msg::LanguageFrench, "FR")}
            {button(Lang::En, Msg::LanguageEnglish, "EN")}
        </div>
    }
}
