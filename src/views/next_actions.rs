//! What to do next, across all companies, by due date; overdue first.

use super::outreach::NextActionLine;
use crate::route::Route;
use crate::state::{today, tr, use_app};
use leptos::prelude::*;
use maillage_core::funnel;
use maillage_core::i18n::Msg;
use maillage_core::NextAction;

#[component]
pub fn NextActions() -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| {
        state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            funnel::next_actions(p, today())
                .into_iter()
                .map(|r| {
                    let name = p
                        .company(r.company_id)
                        .map(|c| c.name.clone())
                        .unwrap_or_default();
                    (r, name)
                })
                .collect::<Vec<_>>()
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
                        key=|(r, _)| (r.interaction_id, r.text.clone(), r.due)
                        children=move |(r, name)| {
                            let next = NextAction { text: r.text.clone(), due: r.due, done: false };
                            view! {
                                <li class="action-row">
                                    <a class="company-link" href=Route::Company(r.company_id).to_hash()>{name}</a>
                                    {r.done_by.clone().map(|b| view! { <span class="by partner">{move || state.tf(Msg::ByPartner, &[("name", &b)])}</span> })}
                                    <NextActionLine interaction=r.interaction_id next=next/>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </section>
    }
}
