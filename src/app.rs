//! The application shell: header, navigation, notices and the screen of
//! the current route.

use crate::components::banners::Banners;
use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::route::{self, Route};
use crate::state::{self, autosave, session, tr, use_app, Boot};
use crate::storage::prefs;
use crate::views;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::{self, Lang, Msg};

#[component]
pub fn App() -> impl IntoView {
    let lang = prefs::lang().unwrap_or(Lang::Fr);
    let author = prefs::author(i18n::t(lang, Msg::DoneByOfficer));
    let initial = Route::parse(&route::current_hash())
        .or_else(|| prefs::last_route().and_then(|h| Route::parse(&h)))
        .unwrap_or(Route::Companies(Default::default()));
    let state = state::provide_app_state(initial, lang, author);

    // The address is the source of truth for the screen.
    let _ = window_event_listener(ev::hashchange, move |_| {
        if let Some(r) = Route::parse(&route::current_hash()) {
            state.route.set(r);
        }
    });
    // The address says the screen shown: the welcome page or the projects
    // when the screen asked for needs a project and none is open. Written
    // only when the screen shown changes: an edit saved while the address
    // is already moving to the next screen must not pull it back.
    let has_project = Memo::new(move |_| state.project.with(Option::is_some));
    Effect::new(move |before: Option<Option<(Route, Route)>>| {
        let asked = state.route.get();
        prefs::set_last_route(&asked.to_hash());
        if state.boot.get() == Boot::Starting {
            return None;
        }
        let shown = state.shown_route(has_project.get());
        let previous = before.flatten();
        if previous.as_ref().map(|p| &p.1) != Some(&shown)
            && route::current_hash() != shown.to_hash()
        {
            route::replace(&shown);
        }
        // A screen the user moves to starts at its top with its heading
        // focused and announced, as a new page would; other filters of the
        // same screen leave the focus where the user is typing, and the
        // first screen (the project opening) leaves it at the page's start.
        if let Some((was_asked, was_shown)) = &previous {
            if !was_shown.same_screen(&shown) {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                if !was_asked.same_screen(&asked) {
                    request_animation_frame(focus_heading);
                }
            }
        }
        Some((asked, shown))
    });
    // <html lang> and the title follow the language.
    Effect::new(move |_| {
        let l = state.lang.get();
        prefs::set_lang(l);
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", l.tag());
        }
        document().set_title(&format!(
            "{} — {}",
            i18n::t(l, Msg::AppName),
            i18n::t(l, Msg::AppTagline)
        ));
    });
    // Warn before closing the tab with edits not yet on disk, typing not
    // saved in a form, or — without storage — anything at all.
    let _ = window_event_listener(ev::beforeunload, move |e| {
        let memory_work =
            autosave::is_memory_only() && state.summaries.with_untracked(|s| !s.is_empty());
        if autosave::has_unsaved() || crate::storage::drafts::any_dirty() || memory_work {
            e.prevent_default();
            e.set_return_value(i18n::t(state.lang_now(), Msg::UnsavedLeave));
        }
    });
    session::follow_other_tabs(state);
    crate::offline::start(state.update_ready);
    spawn_local(session::start(state));

    view! {
        <button class="skip-link" on:click=move |_| focus_main()>{tr(Msg::SkipToContent)}</button>
        <Header/>
        <crate::components::unsaved::UnsavedDialog/>
        <main id="main" tabindex="-1">
            <Banners/>
            <Notices/>
            {move || match state.boot.get() {
                Boot::Starting => view! { <p class="loading" role="status">{tr(Msg::Loading)}</p> }.into_any(),
                _ => view! { <Screen/> }.into_any(),
            }}
        </main>
        <footer class="app-footer">
            <p data-testid="version">{move || state.tf(Msg::VersionLine, &[("version", &crate::offline::build_version().unwrap_or_else(|| maillage_core::APP_VERSION.to_owned()))])}</p>
        </footer>
    }
}

/// The new screen's main heading takes the focus (screen readers read it);
/// the main region when the screen has none. Not when the user has already
/// gone on to a field of the new screen (the frame may come after a click).
fn focus_heading() {
    use wasm_bindgen::JsCast;
    let typing = document().active_element().is_some_and(|a| {
        matches!(a.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            && a.closest("#main").ok().flatten().is_some()
    });
    if typing {
        return;
    }
    let Some(heading) = document()
        .query_selector("#main h1")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return focus_main();
    };
    if !heading.has_attribute("tabindex") {
        let _ = heading.set_attribute("tabindex", "-1");
    }
    let _ = heading.focus();
}

fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

/// The screen of the current route. Screens that need a project send to the
/// welcome page when none is open.
#[component]
fn Screen() -> impl IntoView {
    let state = use_app();
    let has_project = Memo::new(move |_| state.project.with(Option::is_some));
    move || match state.shown_route(has_project.get()) {
        Route::Welcome => views::welcome::Welcome().into_any(),
        Route::Projects => views::projects::Projects().into_any(),
        Route::Import => views::import::Import().into_any(),
        Route::Backups => views::backups::Backups().into_any(),
        Route::Share => views::share::Share().into_any(),
        Route::Companies(q) => view! { <views::companies::Companies query=q/> }.into_any(),
        Route::CompanyNew => view! { <views::company_form::CompanyForm id=None/> }.into_any(),
        Route::CompanyEdit(id) => {
            view! { <views::company_form::CompanyForm id=Some(id)/> }.into_any()
        }
        Route::Company(id) => view! { <views::company::CompanyDetail id=id/> }.into_any(),
        Route::Funnel => views::funnel::Funnel().into_any(),
        Route::Report => views::report::ReportPage().into_any(),
        Route::TimeLog(q) => view! { <views::time_log::TimeLog query=q/> }.into_any(),
        Route::Programme => views::programme::Programme().into_any(),
        Route::Plan => views::plan::Plan().into_any(),
        Route::NextActions => views::next_actions::NextActions().into_any(),
        Route::Flows(q) => view! { <views::flows::FlowBoard query=q/> }.into_any(),
        Route::FlowNew { company, direction } => {
            view! { <views::flow_form::FlowForm id=None company=company direction=direction/> }
                .into_any()
        }
        Route::FlowEdit(id) => view! { <views::flow_form::FlowForm id=Some(id)/> }.into_any(),
        Route::Suggestions => views::suggestions::Suggestions().into_any(),
        Route::Synergies { list } => view! { <views::synergies::Synergies list=list/> }.into_any(),
        Route::Synergy(id) => view! { <views::synergy::SynergyDetail id=id/> }.into_any(),
        Route::Impact => views::impact::Impact().into_any(),
        Route::Events => views::events::Events().into_any(),
        Route::EventNew => view! { <views::event_form::EventForm id=None/> }.into_any(),
        Route::EventEdit(id) => view! { <views::event_form::EventForm id=Some(id)/> }.into_any(),
        Route::Event { id, tab } => view! { <views::event::EventPage id=id tab=tab/> }.into_any(),
        Route::Presenter(id) => view! { <crate::cafe::presenter::Presenter id=id/> }.into_any(),
        Route::Printout { id, sheet } => {
            view! { <views::printouts::Printout id=id sheet=sheet/> }.into_any()
        }
    }
}
