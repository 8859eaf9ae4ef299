//! Links shared by several screens.

use crate::route::{Route, Sheet};
use crate::state::tr;
use leptos::prelude::*;
use maillage_core::i18n::Msg;
use maillage_core::Id;

/// A link to a printable sheet of the event.
pub fn sheet_link(id: Id, sheet: Sheet, label: Msg) -> impl IntoView {
    view! { <a class="button tertiary" href=Route::Printout { id, sheet }.to_hash()>{tr(label)}</a> }
}

/// The tabs of the programme's account: the report, the programme itself,
/// the plan and the time log (`here` is the current one).
pub fn programme_tabs(here: Route) -> impl IntoView {
    let tab = move |route: Route, label: Msg| {
        let current =
            (std::mem::discriminant(&route) == std::mem::discriminant(&here)).then_some("page");
        view! { <li><a href=route.to_hash() aria-current=current>{tr(label)}</a></li> }
    };
    view! {
        <nav class="tabs no-print" aria-label=tr(Msg::ProgrammeParts)>
            <ul>
                {tab(Route::Report, Msg::NavReport)}
                {tab(Route::Programme, Msg::ProgrammeTitle)}
                {tab(Route::Plan, Msg::PlanTitle)}
                {tab(Route::TimeLog(Default::default()), Msg::TimeTitle)}
            </ul>
        </nav>
    }
}
