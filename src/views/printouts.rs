//! Sheets to print for a meeting: the attendance sheet to sign, name badges
//! with each round's table, and the harvest summary. Shown without the
//! app's header; the print style sheet keeps them to the page.

use crate::cafe::table_mark::{describe, TableShape};
use crate::route::{EventTab, Route, Sheet};
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::cafe::summary;
use maillage_core::i18n::{self, events as words, flows as flow_words, Msg};
use maillage_core::*;

#[component]
pub fn Printout(id: Id, sheet: Sheet) -> impl IntoView {
    let state = use_app();
    let event = Memo::new(move |_| crate::state::events::event_of(state, id));
    let title = move || event.with(|e| e.as_ref().map(|e| e.title.clone()).unwrap_or_default());
    let facts = move || {
        let lang = state.lang.get();
        event.with(|e| {
            e.as_ref()
                .map(|e| {
                    [
                        i18n::date(lang, e.date),
                        e.start_time.clone(),
                        e.place.clone(),
                    ]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ")
                })
                .unwrap_or_default()
        })
    };
    view! {
        <article class="printout" data-testid="printout">
            <p class="no-print actions">
                <a class="button tertiary" href=Route::Event { id, tab: EventTab::People }.to_hash()>{tr(Msg::Back)}</a>
                <button type="button" class="button primary" on:click=|_| crate::cafe::platform::print() data-testid="print">{tr(Msg::Print)}</button>
            </p>
            <header class="print-head">
                <h1>{title}</h1>
                <p>{facts}</p>
            </header>
            {match sheet {
                Sheet::Attendance => view! { <AttendanceSheet event=event/> }.into_any(),
                Sheet::Badges => view! { <Badges event=event/> }.into_any(),
                Sheet::Harvest => view! { <HarvestSheet event=event/> }.into_any(),
            }}
        </article>
    }
}

#[component]
fn AttendanceSheet(event: Memo<Option<Event>>) -> impl IntoView {
    let state = use_app();
    let rows = move || {
        state.project.with(|p| {
            let (Some(p), Some(e)) = (p.as_ref(), event.get()) else {
                return Vec::new();
            };
            let mut rows: Vec<(String, String)> = e
                .attendance
                .iter()
                .map(|a| {
                    (
                        a.name.clone(),
                        p.company(a.company_id)
                            .map(|c| c.name.clone())
                            .unwrap_or_default(),
                    )
                })
                .collect();
            sorting::sort_by_key(&mut rows, |r| text::fold(&r.0));
            rows
        })
    };
    view! {
        <h2>{tr(Msg::AttendanceSheet)}</h2>
        <table class="data sign-sheet">
            <thead><tr>
                <th scope="col">{tr(Msg::FieldName)}</th>
                <th scope="col">{tr(Msg::FieldCompany)}</th>
                <th scope="col" class="signature">{tr(Msg::Signature)}</th>
            </tr></thead>
            <tbody>
                {move || rows().into_iter().map(|(name, company)| view! {
                    <tr><td>{name}</td><td>{company}</td><td class="signature"></td></tr>
                }).collect_view()}
                // Room for people who were not on the list.
                {(0..5).map(|_| view! { <tr><td>" "</td><td></td><td class="signature"></td></tr> }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn Badges(event: Memo<Option<Event>>) -> impl IntoView {
    let state = use_app();
    let badges = move || {
        state.project.with(|p| {
            let (Some(p), Some(e)) = (p.as_ref(), event.get()) else {
                return Vec::new();
            };
            let seats = e
                .cafe
                .as_ref()
                .map(|c| c.seating.clone())
                .unwrap_or_default();
            let mut out: Vec<(String, String, Vec<Option<u32>>, Option<u32>)> = e
                .attendance
                .iter()
                .filter(|a| a.status.may_come())
                .map(|a| {
                    let tables = seats
                        .iter()
                        .map(|round| {
                            round
                                .iter()
                                .find(|s| s.attendee_id == a.id)
                                .map(|s| s.table)
                        })
                        .collect();
                    (
                        a.name.clone(),
                        p.company(a.company_id)
                            .map(|c| c.name.clone())
                            .unwrap_or_default(),
                        tables,
                        a.host_of_table,
                    )
                })
                .collect();
            sorting::sort_by_key(&mut out, |b| text::fold(&b.0));
            out
        })
    };
    view! {
        <ul class="badges" data-testid="badges">
            {move || badges().into_iter().map(|(name, company, tables, host)| view! {
                <li class="badge-card">
                    <p class="badge-name">{name}</p>
                    <p class="badge-company">{company}</p>
                    {host.map(|n| view! {
                        <p class="badge-host">
                            <span class="badge-table"><TableShape n=n/><strong>{move || state.tf(Msg::HostOfTableBadge, &[("n", &n.to_string())])}</strong></span>
                        </p>
                    })}
                    <ol class="badge-tables" hidden=host.is_some()>
                        {tables.into_iter().enumerate().map(|(r, t)| view! {
                            <li>
                                <span class="muted">{move || state.tf(Msg::RoundShort, &[("n", &(r + 1).to_string())])}</span>
                                {match t {
                                    Some(n) => view! {
                                        <span class="badge-table"><TableShape n=n/><strong>{n}</strong>
                                        <span class="visually-hidden">{move || describe(state.lang.get(), n)}</span></span>
                                    }.into_any(),
                                    None => view! { <span>"—"</span> }.into_any(),
                                }}
                            </li>
                        }).collect_view()}
                    </ol>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn HarvestSheet(event: Memo<Option<Event>>) -> impl IntoView {
    let state = use_app();
    let by_theme = move || {
        let lang = state.lang.get();
        state.project.with(|p| {
            let (Some(p), Some(e)) = (p.as_ref(), event.get()) else {
                return Vec::new();
            };
            summary::grouped(&e, |h| flow_words::category(lang, &h.category))
                .into_iter()
                .map(|(theme, items)| {
                    let lines = items
                        .into_iter()
                        .map(|h| {
                            (
                                h.kind,
                                h.text.clone(),
                                summary::company_names(p, &h.company_ids),
                                h.votes,
                                h.table,
                            )
                        })
                        .collect::<Vec<_>>();
                    (theme, lines)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h2>{tr(Msg::HarvestTitle)}</h2>
        {move || by_theme().into_iter().map(|(theme, lines)| view! {
            <h3>{theme}</h3>
            <table class="data">
                <tbody>
                    {lines.into_iter().map(|(kind, text, companies, votes, table)| view! {
                        <tr>
                            <td>{tr(words::harvest_kind(kind))}</td>
                            <td><strong>{text}</strong><br/><span class="muted">{companies}</span></td>
                            <td class="num">{table.map(|t| state.tf(Msg::TableN, &[("n", &t.to_string())]))}</td>
                            <td class="num">{(kind == HarvestKind::Idea).then(|| i18n::plural(state.lang.get(), votes as usize, Msg::VotesOne, Msg::VotesMany))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }).collect_view()}
    }
}
