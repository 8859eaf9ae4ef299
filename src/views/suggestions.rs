//! Suggested exchanges with their reasons, to keep as ideas or dismiss
//! (dismissed ones can be proposed again), and pooling candidates.

use super::flows::DirectionBadge;
use crate::route::Route;
use crate::state::{today, tr, use_app};
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::{self, flows as words, Msg};
use maillage_core::matching::{Decided, Pool, Suggestion};
use maillage_core::matching_work::{Found, Shown, Work};
use maillage_core::{commands, Id, Project};
use std::sync::Arc;

/// Pooling radius, km.
const POOL_RADIUS_KM: f64 = 10.0;
/// Suggestions shown at first and added by "show more".
const PAGE: usize = 30;
/// Pools shown at first and added by "show more".
const POOL_PAGE: usize = 10;

fn name(p: &Project, company: Id) -> String {
    p.company(company)
        .map(|c| c.name.clone())
        .unwrap_or_default()
}

fn flow_label(p: &Project, flow: Id) -> String {
    p.flows
        .iter()
        .find(|f| f.id == flow)
        .map(|f| f.label.clone())
        .unwrap_or_default()
}

#[component]
pub fn Suggestions() -> impl IntoView {
    let state = use_app();
    // Found in the worker, so that a large territory does not freeze the
    // page; found again when the project changes or more are asked for
    // (an answer superseded by a newer request is dropped). Only what is
    // shown comes back; until a new answer comes, the last one stays.
    let result = RwSignal::new(None::<Arc<Found>>);
    let limit = RwSignal::new(PAGE);
    let pool_limit = RwSignal::new(POOL_PAGE);
    Effect::new(move |_| {
        let shown = Shown {
            suggestions: limit.get(),
            pools: pool_limit.get(),
        };
        let work = crate::perf::measure("maillage:suggestions-work", || {
            state.project.with(|p| {
                p.as_ref()
                    .map(|p| Work::of(p, today(), POOL_RADIUS_KM, shown))
            })
        });
        let Some(work) = work else { return };
        spawn_local(async move {
            let span = crate::perf::start("maillage:suggestions");
            if let Some(found) = crate::worker::find(work).await {
                span.end();
                result.set(Some(Arc::new(found)));
            }
        });
    });
    view! {
        <section class="suggestions">
            <h1>{tr(Msg::SuggestionsTitle)}</h1>
            <p class="lead">{tr(Msg::SuggestionsLead)}</p>
            <h2>{tr(Msg::SubstitutionsTitle)}</h2>
            {move || {
                let Some(found) = result.get() else {
                    return view! { <p class="hint" role="status" data-testid="suggestions-pending">{tr(Msg::SuggestionsPending)}</p> }.into_any();
                };
                let all = &found.suggestions;
                if all.is_empty() {
                    return view! { <p class="empty-state">{tr(Msg::NoSuggestions)}</p> }.into_any();
                }
                let more = found.more_suggestions;
                view! {
                    <ol class="suggestion-list" data-testid="suggestions">
                        {all.iter().cloned().map(|s| view! { <SuggestionCard s=s/> }).collect_view()}
                    </ol>
                    {show_more(more, PAGE, limit)}
                }.into_any()
            }}
            <h2>{tr(Msg::PoolsTitle)}</h2>
            {move || {
                let Some(found) = result.get() else { return ().into_any() };
                let all = &found.pools;
                if all.is_empty() {
                    return view! { <p class="empty-state">{move || state.tf(Msg::NoPools, &[("km", &POOL_RADIUS_KM.to_string())])}</p> }.into_any();
                }
                view! {
                    <ol class="suggestion-list" data-testid="pools">
                        {all.iter().cloned().map(|c| view! { <PoolCard c=c/> }).collect_view()}
                    </ol>
                    {show_more(found.more_pools, POOL_PAGE, pool_limit)}
                }.into_any()
            }}
            <Rejected/>
        </section>
    }
}

/// "Show n more" while more were found than shown: asks for `page` more.
fn show_more(more: usize, page: usize, limit: RwSignal<usize>) -> impl IntoView {
    let state = use_app();
    (more > 0).then(|| view! {
        <button type="button" class="button secondary" data-testid="show-more" on:click=move |_| limit.update(|l| *l += page)>
            {move || state.tf(Msg::ShowMore, &[("n", &page.min(more).to_string())])}
        </button>
    })
}

#[component]
fn SuggestionCard(s: Suggestion) -> impl IntoView {
    let state = use_app();
    let (supplier, receiver, supply, demand) = state.project.with_untracked(|p| {
        let p = p.as_ref().expect("an open project");
        (
            name(p, s.supplier),
            name(p, s.receiver),
            flow_label(p, s.supply),
            flow_label(p, s.demand),
        )
    });
    let key = s.key.clone();
    let hazardous = s.hazardous;
    let title = format!("{supply} → {receiver}");
    let accept = {
        let s = s.clone();
        let title = title.clone();
        move |_| {
            accept_as_synergy(state, title.clone(), |p, id, t, ctx| {
                commands::accept_suggestion(p, &s, id, t, ctx)
            })
        }
    };
    let reject = move |_| {
        let _ = state.apply(|p, ctx| Ok(commands::reject_suggestion(p, &key, ctx)));
    };
    let percent = (s.score * 100.0).round();
    let terms = s.terms.clone();
    view! {
        <li class="suggestion card" class:hazardous=hazardous data-testid="suggestion">
            <div class="suggestion-head">
                <p class="pair">
                    <a href=Route::Company(s.supplier).to_hash()>{supplier}</a>" — "<em>{supply}</em>
                    <span class="arrow" aria-hidden="true">" → "</span>
                    <a href=Route::Company(s.receiver).to_hash()>{receiver}</a>" — "<em>{demand}</em>
                </p>
                <p class="score" data-testid="score">
                    <meter min="0" max="100" value=percent.to_string()></meter>" "
                    {move || state.tf(Msg::Score, &[("percent", &i18n::number(state.lang.get(), percent, 0))])}
                </p>
            </div>
            {hazardous.then(|| view! { <p class="flag danger" role="note">{tr(Msg::HazardousWarning)}</p> })}
            <details class="why" open=true>
                <summary>{tr(Msg::WhyTitle)}</summary>
                <ul class="terms" data-testid="terms">
                    {terms.into_iter().map(|t| {
                        // Through the CSSOM (`style:`), which the page's Content-Security-Policy allows.
                        let width = format!("{}%", (t.value * 100.0).round());
                        view! {
                            <li>
                                <span class="term-name">{tr(words::term_kind(t.kind))}</span>
                                <span class="term-bar" aria-hidden="true"><span style:width=width></span></span>
                                <span class="term-text">{move || words::evidence(state.lang.get(), &t.evidence)}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </details>
            <div class="actions">
                <button type="button" class="button primary" data-testid="accept" on:click=accept>
                    {tr(if hazardous { Msg::AcceptChecked } else { Msg::Accept })}
                </button>
                <button type="button" class="button tertiary" data-testid="reject" on:click=reject>{tr(Msg::Reject)}</button>
            </div>
        </li>
    }
}

#[component]
fn PoolCard(c: Pool) -> impl IntoView {
    let state = use_app();
    let names: Vec<String> = state.project.with_untracked(|p| {
        p.as_ref()
            .map(|p| c.companies.iter().map(|id| name(p, *id)).collect())
            .unwrap_or_default()
    });
    let n = c.companies.len();
    let category = c.category;
    let volume = c.volume;
    let direction = c.direction;
    let spread = c.spread_km;
    let key = c.key.clone();
    let accept = move |_| {
        let title = i18n::tf(
            state.lang_now(),
            Msg::PoolTitleTemplate,
            &[("category", &words::category(state.lang_now(), category))],
        );
        accept_as_synergy(state, title, |p, id, t, ctx| {
            commands::accept_pool(p, &c, id, t, ctx)
        })
    };
    let reject = move |_| {
        let _ = state.apply(|p, ctx| Ok(commands::reject_suggestion(p, &key, ctx)));
    };
    view! {
        <li class="suggestion card" data-testid="pool">
            <p class="pair">
                <DirectionBadge direction=direction/>" "<strong>{move || words::category(state.lang.get(), category)}</strong>
                " — "{move || state.tf(Msg::PoolMembers, &[("n", &n.to_string()), ("km", &i18n::number(state.lang.get(), spread.max(1.0).ceil(), 0))])}
            </p>
            <p class="muted">{names.join(", ")}</p>
            {volume.map(|(v, d)| view! { <p>{move || state.tf(Msg::PoolVolume, &[("amount", &words::amount(state.lang.get(), v, d))])}</p> })}
            <div class="actions">
                <button type="button" class="button primary" on:click=accept>{tr(Msg::AcceptPool)}</button>
                <button type="button" class="button tertiary" on:click=reject>{tr(Msg::Reject)}</button>
            </div>
        </li>
    }
}

/// Dismissed suggestions, which can be proposed again.
#[component]
fn Rejected() -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| {
        state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            p.settings
                .decisions
                .iter()
                .filter(|d| !d.accepted)
                .map(|d| {
                    let text = match Decided::of_key(&d.key) {
                        Some(Decided::Pair { supply, demand }) => {
                            format!("{} → {}", flow_label(p, supply), flow_label(p, demand))
                        }
                        Some(Decided::Pool(flows)) => {
                            let labels: Vec<String> =
                                flows.iter().map(|f| flow_label(p, *f)).collect();
                            labels.join(", ")
                        }
                        None => d.key.clone(),
                    };
                    (d.key.clone(), text)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !rows.with(Vec::is_empty)>
            <h2>{tr(Msg::Rejected)}</h2>
            <p class="hint">{tr(Msg::RejectedLead)}</p>
            <ul class="rejected-list" data-testid="rejected">
                {move || rows.get().into_iter().map(|(key, text)| view! {
                    <li>
                        <span>{text}</span>" "
                        <button type="button" class="button tertiary small" on:click=move |_| {
                            let _ = state.apply(|p, ctx| Ok(commands::undo_decision(p, &key, ctx)));
                        }>{tr(Msg::Undo)}</button>
                    </li>
                }).collect_view()}
            </ul>
        </Show>
    }
}

/// Turns a suggestion or a pool into a new synergy titled `title`, and says so.
fn accept_as_synergy(
    state: crate::state::AppState,
    title: String,
    command: impl FnOnce(
        &mut maillage_core::Project,
        Id,
        String,
        &maillage_core::EditContext,
    ) -> commands::Outcome,
) {
    let synergy_id = uuid::Uuid::new_v4();
    let t = title.clone();
    if state.apply(|p, ctx| command(p, synergy_id, t, ctx)).is_ok() {
        state.notify_when_saved_with(Msg::SuggestionAccepted, &[("title", &title)]);
    }
}
