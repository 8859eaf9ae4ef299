//! The programme's meetings, coming ones first, then the past ones.

use crate::route::{EventTab, Route};
use crate::state::{today, tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::{self, events as words, Msg};
use maillage_core::{EventKind, Id};

#[derive(Clone, PartialEq)]
struct Row {
    id: Id,
    date: String,
    coming: bool,
    title: String,
    kind: EventKind,
    place: String,
    present: usize,
    people: usize,
    planned: bool,
}

#[component]
pub fn Events() -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| {
        let lang = state.lang.get();
        let today = today();
        state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let mut events: Vec<_> = p.events.iter().filter(|e| !e.deleted).collect();
            // Coming meetings first (soonest first), then the past (latest first).
            events.sort_by_key(|e| {
                (
                    e.date < today,
                    if e.date >= today {
                        e.date.days_since_epoch()
                    } else {
                        -e.date.days_since_epoch()
                    },
                )
            });
            events
                .into_iter()
                .map(|e| Row {
                    id: e.id,
                    date: i18n::date(lang, e.date),
                    coming: e.date >= today,
                    title: e.title.clone(),
                    kind: e.kind,
                    place: e.place.clone(),
                    present: e.attendance.iter().filter(|a| a.status.attended()).count(),
                    people: e.attendance.len(),
                    planned: e.cafe.as_ref().is_some_and(|c| !c.seating.is_empty()),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section>
            <div class="page-head">
                <h1>{tr(Msg::EventsTitle)}</h1>
                <a class="button primary" href=Route::EventNew.to_hash() data-testid="new-event">{tr(Msg::NewEvent)}</a>
            </div>
            <p class="lead">{tr(Msg::EventsLead)}</p>
            <p class="empty-state" hidden=move || rows.with(|r| !r.is_empty())>{tr(Msg::NoEvents)}</p>
            <table class="data" hidden=move || rows.with(Vec::is_empty) data-testid="events">
                <thead><tr>
                    <th scope="col">{tr(Msg::FieldDate)}</th>
                    <th scope="col">{tr(Msg::FieldTitle)}</th>
                    <th scope="col">{tr(Msg::FieldEventKind)}</th>
                    <th scope="col">{tr(Msg::FieldPlace)}</th>
                    <th scope="col" class="num">{tr(Msg::ColPeople)}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|r| view! {
                        <tr>
                            <td>{r.date}{r.coming.then(|| view! { " " <span class="tag">{tr(Msg::Coming)}</span> })}</td>
                            <th scope="row"><a href=Route::Event { id: r.id, tab: EventTab::People }.to_hash()>{r.title}</a></th>
                            <td>{tr(words::event_kind(r.kind))}{r.planned.then(|| view! { <br/><span class="muted small">{tr(Msg::CafePlanned)}</span> })}</td>
                            <td>{r.place}</td>
                            <td class="num">{move || state.tf(Msg::PresentOfPeople, &[("present", &r.present.to_string()), ("people", &r.people.to_string())])}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
