//! One meeting: its facts, then its parts as tabs — who is invited and who
//! came, the World Café plan, the harvest, and who met whom.

use super::{attendance, cafe_plan, harvest, met};
use crate::components::confirm::ConfirmButton;
use crate::route::{navigate, EventTab, Route, TimeQuery};
use crate::state::events::event_of;
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::{self, events as words, Msg};
use maillage_core::{commands, EventKind, Id};

#[component]
pub fn EventPage(id: Id, tab: EventTab) -> impl IntoView {
    let state = use_app();
    let exists = Memo::new(move |_| event_of(state, id).is_some());
    move || {
        if !exists.get() {
            return view! {
                <section>
                    <p class="empty-state">{tr(Msg::EventNotFound)}</p>
                    <a href=Route::Events.to_hash()>{tr(Msg::EventsTitle)}</a>
                </section>
            }
            .into_any();
        }
        view! { <Page id=id tab=tab/> }.into_any()
    }
}

#[component]
fn Page(id: Id, tab: EventTab) -> impl IntoView {
    let state = use_app();
    let e = Memo::new(move |_| event_of(state, id));
    let title = move || e.with(|e| e.as_ref().map(|e| e.title.clone()).unwrap_or_default());
    let facts = move || {
        let lang = state.lang.get();
        e.with(|e| {
            let Some(e) = e else { return String::new() };
            let mut parts = vec![
                i18n::t(lang, words::event_kind(e.kind)).to_owned(),
                i18n::date(lang, e.date),
            ];
            if !e.start_time.is_empty() {
                parts.push(e.start_time.clone());
            }
            if !e.place.is_empty() {
                parts.push(e.place.clone());
            }
            parts.join(" · ")
        })
    };
    let is_cafe = move || {
        e.with(|e| {
            e.as_ref()
                .is_some_and(|e| e.kind == EventKind::WorldCafe || e.cafe.is_some())
        })
    };
    let question =
        Signal::derive(move || state.tf(Msg::ConfirmDeleteEvent, &[("title", &title())]));
    let delete = Callback::new(move |_| {
        let _ = state.apply(|p, ctx| Ok(commands::delete_event(p, id, ctx)));
        state.notify_when_saved(Msg::EventDeleted);
        navigate(&Route::Events);
    });
    let tab_link = move |t: EventTab, label: Msg| {
        view! {
            <li><a href=Route::Event { id, tab: t }.to_hash() aria-current=(t == tab).then_some("page")>{tr(label)}</a></li>
        }
    };
    view! {
        <article class="event">
            <p class="breadcrumb"><a href=Route::Events.to_hash()>{tr(Msg::EventsTitle)}</a></p>
            <div class="page-head">
                <div>
                    <h1>{title}</h1>
                    <p class="muted" data-testid="event-facts">{facts}</p>
                    {move || e.with(|e| e.as_ref().filter(|e| !e.theme.is_empty()).map(|e| view! { <p>{tr(Msg::FieldTheme)}" : "{e.theme.clone()}</p> }))}
                </div>
                <div class="actions">
                    <a class="button primary" href=Route::Presenter(id).to_hash() hidden=move || !is_cafe() data-testid="animate">{tr(Msg::Animate)}</a>
                    <a class="button secondary" href=Route::EventEdit(id).to_hash() data-testid="edit-event">{tr(Msg::Edit)}</a>
                    {move || e.with(|e| e.as_ref().map(|e| view! {
                        <a class="button tertiary" data-testid="log-time-here" href=Route::TimeLog(TimeQuery::of_event(e)).to_hash()>{tr(Msg::TimeLogThis)}</a>
                    }))}
                    <ConfirmButton label=Msg::DeleteEvent question=question confirm=Msg::Delete on_confirm=delete testid="delete-event"/>
                </div>
            </div>
            <nav class="tabs" aria-label=tr(Msg::EventParts)>
                <ul>
                    {tab_link(EventTab::People, Msg::TabPeople)}
                    {move || is_cafe().then(|| tab_link(EventTab::Cafe, Msg::TabCafe))}
                    {tab_link(EventTab::Harvest, Msg::TabHarvest)}
                    {move || is_cafe().then(|| tab_link(EventTab::Summary, Msg::TabSummary))}
                </ul>
            </nav>
            {match tab {
                EventTab::People => view! { <attendance::Attendance id=id/> }.into_any(),
                EventTab::Cafe => view! { <cafe_plan::CafePlanTab id=id/> }.into_any(),
                EventTab::Harvest => view! { <harvest::Harvest id=id/> }.into_any(),
                EventTab::Summary => view! { <met::WhoMetWhom id=id/> }.into_any(),
            }}
        </article>
    }
}
