//! The one to-do list: the outreach log's next actions, the synergies'
//! next steps, the plan's open tasks and the meetings to prepare, by due
//! date (`core::todo`), each linking to its record.

use super::outreach::{due_on as due, NextActionLine};
use crate::route::{EventTab, Route};
use crate::state::{today, tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::Msg;
use maillage_core::todo::{self, From, Todo};
use maillage_core::{commands, NextAction};

#[component]
pub fn NextActions() -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .map(|p| todo::todo(p, today()))
                .unwrap_or_default()
        })
    });
    view! {
        <section class="next-actions">
            <h1>{tr(Msg::NextActionsTitle)}</h1>
            <p class="lead">{tr(Msg::NextActionsLead)}</p>
            <Show when=move || !rows.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-state">{tr(Msg::NoNextActions)}</p> }>
                <ul class="action-list" data-testid="next-actions">
                    <For
                        each=move || rows.get()
                        key=|r| (r.from.clone(), r.text.clone(), r.due)
                        children=move |r| view! { <li class="action-row">{line(r)}</li> }
                    />
                </ul>
            </Show>
        </section>
    }
}

/// A line: the record it belongs to, then what to do and by when.
fn line(r: Todo) -> AnyView {
    let state = use_app();
    let kind = move |m: Msg| view! { <span class="todo-kind">{tr(m)}</span> };
    match r.from {
        From::Outreach { interaction, company, done_by } => {
            let next = NextAction { text: r.text, due: r.due, done: false };
            view! {
                <a class="company-link" href=Route::Company(company).to_hash()>{r.name}</a>
                {done_by.map(|b| view! { <span class="by partner">{move || state.tf(Msg::ByPartner, &[("name", &b)])}</span> })}
                <NextActionLine interaction=interaction next=next/>
            }
            .into_any()
        }
        From::Synergy(id) => view! {
            {kind(Msg::TodoSynergy)}
            <a class="company-link" href=Route::Synergy(id).to_hash()>{r.name}</a>
            <p class="next-action" class:overdue=r.overdue>{r.text}" "{due(r.due, r.overdue)}</p>
        }
        .into_any(),
        From::Task(id) => view! {
            {kind(Msg::TodoTask)}
            <span class="company-link">{r.name}</span>
            <p class="next-action" class:overdue=r.overdue>{due(r.due, r.overdue)}" "
                <button type="button" class="button tertiary small" on:click=move |_| {
                    let _ = state.apply(|p, ctx| Ok(commands::complete_task(p, id, ctx)));
                }>{tr(Msg::MarkDone)}</button>
            </p>
        }
        .into_any(),
        From::Meeting(id) => view! {
            {kind(Msg::TodoMeeting)}
            <a class="company-link" href=Route::Event { id, tab: EventTab::People }.to_hash()>{r.name}</a>
            <p class="next-action">{due(r.due, false)}</p>
        }
        .into_any(),
    }
}
