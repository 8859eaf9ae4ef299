//! The World Café plan of an event: its shape (tables, rounds, durations)
//! with the table-count advisor, tables and hosts, questions, the rotation
//! and its quality in plain words, a manual swap, and live changes (late
//! arrivals, no-shows, a host who leaves) re-planned with the rounds
//! already played kept, the changes shown before they are applied.

use super::cafe_changes;
use crate::cafe::live_store::rounds_played;
use crate::cafe::table_mark::TableMark;
use crate::components::field::{error_of, FormErrors, SelectField, TextField};
use crate::components::links::sheet_link;
use crate::route::{Route, Sheet};
use crate::state::events::{change_event, event_of, plan_of};
use crate::state::{tr, use_app, AppState};
use leptos::prelude::*;
use maillage_core::cafe::{advisor, event_plan};
use maillage_core::commands::{self, Proposal};
use maillage_core::i18n::{self, events as words, Msg};
use maillage_core::*;

fn people_count(e: &Event) -> usize {
    e.attendance.iter().filter(|a| a.status.may_come()).count()
}

#[component]
pub fn CafePlanTab(id: Id) -> impl IntoView {
    let state = use_app();
    let has_plan = Memo::new(move |_| plan_of(state, id).is_some());
    let proposal = RwSignal::new(None::<Proposal>);
    view! {
        <div class="cafe-plan">
            <Shape id=id/>
            {move || has_plan.get().then(|| view! {
                <TablesAndRounds id=id/>
                <cafe_changes::LiveChanges id=id/>
                <Planning id=id proposal=proposal/>
                <Seats id=id/>
                <cafe_changes::Swap id=id/>
                <p class="actions">
                    {sheet_link(id, Sheet::Badges, Msg::PrintBadges)}
                    <a class="button primary" href=Route::Presenter(id).to_hash()>{tr(Msg::Animate)}</a>
                </p>
            })}
        </div>
    }
}

/// Tables, rounds and durations, with the advisor beside.
#[component]
fn Shape(id: Id) -> impl IntoView {
    let state = use_app();
    let plan = plan_of(state, id);
    let people = Memo::new(move |_| event_of(state, id).map_or(0, |e| people_count(&e)));
    let tables = RwSignal::new(
        plan.as_ref()
            .map_or(String::new(), |p| p.tables.len().to_string()),
    );
    let rounds = RwSignal::new(
        plan.as_ref()
            .map_or("3".into(), |p| p.rounds.len().to_string()),
    );
    let minutes = RwSignal::new(
        plan.as_ref()
            .and_then(|p| p.rounds.first())
            .map_or(commands::DEFAULT_ROUND_MINUTES, |r| r.minutes)
            .to_string(),
    );
    let transition = RwSignal::new(
        plan.as_ref()
            .map_or(commands::DEFAULT_TRANSITION_MINUTES, |p| {
                p.transition_minutes
            })
            .to_string(),
    );
    let issues = RwSignal::new(Vec::<Issue>::new());
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let shape = commands::parse_plan_shape(
            &tables.get_untracked(),
            &rounds.get_untracked(),
            &minutes.get_untracked(),
            &transition.get_untracked(),
        );
        let (t, r, m, tr_) = match shape {
            Ok(s) => s,
            Err(found) => {
                issues.set(found);
                crate::components::field::focus_first_error();
                return;
            }
        };
        let seed = js_sys::Date::now() as u64;
        match change_event(state, id, |e| commands::reshape_cafe(e, t, r, m, tr_, seed)) {
            Ok(()) => {
                issues.set(Vec::new());
                state.notify_when_saved(Msg::CafeShapeSaved);
            }
            Err(found) => issues.set(found),
        }
    };
    let advice = Memo::new(move |_| {
        let r = rounds
            .get()
            .trim()
            .parse::<usize>()
            .unwrap_or(3)
            .clamp(1, 12);
        advisor::advise(people.get(), r, true)
    });
    view! {
        <div class="columns">
            <section class="card" aria-labelledby="shape-title">
                <h2 id="shape-title">{tr(Msg::CafeShapeTitle)}</h2>
                <p class="muted">{move || state.tf(Msg::CafePeople, &[("n", &people.get().to_string())])}</p>
                <form on:submit=submit novalidate data-testid="cafe-shape">
                    <FormErrors issues=issues/>
                    <div class="row">
                        <TextField id="cafe-tables" label=Msg::FieldTables value=tables kind="number" inputmode="numeric" required=true error=error_of(issues, "tables")/>
                        <TextField id="cafe-rounds" label=Msg::FieldRounds value=rounds kind="number" inputmode="numeric" required=true error=error_of(issues, "rounds")/>
                    </div>
                    <div class="row">
                        <TextField id="cafe-minutes" label=Msg::FieldRoundMinutes value=minutes kind="number" inputmode="numeric" required=true error=error_of(issues, "minutes")/>
                        <TextField id="cafe-transition" label=Msg::FieldTransition value=transition kind="number" inputmode="numeric" error=error_of(issues, "transition_minutes")/>
                    </div>
                    <button type="submit" class="button primary" data-testid="save-shape">{tr(Msg::SaveShape)}</button>
                </form>
            </section>
            <section class="card" aria-labelledby="advisor-title">
                <h2 id="advisor-title">{tr(Msg::AdvisorTitle)}</h2>
                <p class="hint">{tr(Msg::AdvisorHint)}</p>
                <p class="empty-state" hidden=move || advice.with(|a| !a.is_empty())>{tr(Msg::AdvisorNone)}</p>
                <ul class="advice" data-testid="advisor">
                    {move || advice.get().into_iter().map(|o| {
                        let n = o.tables;
                        let sizes = if o.min_size == o.max_size { o.min_size.to_string() } else { format!("{}–{}", o.min_size, o.max_size) };
                        view! {
                            <li class:recommended=o.recommended>
                                <button type="button" class="button small secondary" on:click=move |_| tables.set(n.to_string())
                                    aria-label=move || state.tf(Msg::ChooseTables, &[("n", &n.to_string())])>{n}</button>
                                <span>
                                    {move || state.tf(Msg::AdviceLine, &[("n", &n.to_string()), ("sizes", &sizes)])}
                                    {o.recommended.then(|| view! { " " <span class="tag">{tr(Msg::Recommended)}</span> })}
                                    <br/><span class="muted small">{move || words::guarantee(state.lang.get(), o.guarantee, n)}</span>
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </div>
    }
}

/// Each table's mark, host and question; each round's question and minutes.
#[component]
fn TablesAndRounds(id: Id) -> impl IntoView {
    let state = use_app();
    let plan = Memo::new(move |_| plan_of(state, id));
    let hosts = Memo::new(move |_| {
        event_of(state, id)
            .map(|e| {
                e.attendance
                    .iter()
                    .filter_map(|a| a.host_of_table.map(|t| (t, a.id)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let people = Signal::derive(move || {
        let mut v: Vec<(String, String)> = event_of(state, id)
            .map(|e| {
                e.attendance
                    .iter()
                    .filter(|a| a.status.may_come())
                    .map(|a| (a.id.to_string(), a.name.clone()))
                    .collect()
            })
            .unwrap_or_default();
        sorting::sort_by_key(&mut v, |x| text::fold(&x.1));
        v.insert(0, (String::new(), state.t(Msg::NoHost).to_owned()));
        v
    });
    let set_question = move |table: Option<usize>, round: Option<usize>, value: String| {
        let _ = change_event(state, id, |e| {
            if let Some(plan) = e.cafe.as_mut() {
                if let Some(t) = table.and_then(|t| plan.tables.get_mut(t)) {
                    t.question = value.trim().to_owned();
                }
                if let Some(r) = round.and_then(|r| plan.rounds.get_mut(r)) {
                    r.question = value.trim().to_owned();
                }
            }
        });
    };
    view! {
        <div class="columns">
            <section class="card" aria-labelledby="tables-title">
                <h2 id="tables-title">{tr(Msg::TablesTitle)}</h2>
                <p class="hint">{tr(Msg::TablesHint)}</p>
                <ol class="tables-list" data-testid="tables">
                    {move || plan.get().map(|p| p.tables.iter().enumerate().map(|(i, t)| {
                        let n = t.number;
                        let host = RwSignal::new(hosts.with(|h| h.iter().find(|(x, _)| *x == n).map(|(_, a)| a.to_string()).unwrap_or_default()));
                        let host_picked = Callback::new(move |chosen: String| {
                            let _ = change_event(state, id, |e| commands::set_host(e, n, chosen.parse().ok()));
                        });
                        let question = t.question.clone();
                        let qid = format!("table-question-{n}");
                        view! {
                            <li>
                                <TableMark n=n lang=state.lang/>
                                <SelectField id=format!("table-host-{n}") label=Msg::FieldHost value=host options=people on_change=host_picked/>
                                <div class="field">
                                    <label for=qid.clone()>{tr(Msg::FieldTableQuestion)}</label>
                                    <input id=qid type="text" prop:value=question on:change=move |e| set_question(Some(i), None, event_target_value(&e))/>
                                </div>
                            </li>
                        }
                    }).collect_view())}
                </ol>
            </section>
            <section class="card" aria-labelledby="rounds-title">
                <h2 id="rounds-title">{tr(Msg::RoundsTitle)}</h2>
                <ol class="rounds-list">
                    {move || plan.get().map(|p| p.rounds.iter().enumerate().map(|(r, round)| {
                        let qid = format!("round-question-{}", r + 1);
                        let question = round.question.clone();
                        let minutes = round.minutes;
                        view! {
                            <li>
                                <div class="field">
                                    <label for=qid.clone()>{move || state.tf(Msg::RoundQuestion, &[("n", &(r + 1).to_string()), ("minutes", &minutes.to_string())])}</label>
                                    <input id=qid type="text" prop:value=question on:change=move |e| set_question(None, Some(r), event_target_value(&e))/>
                                </div>
                            </li>
                        }
                    }).collect_view())}
                </ol>
                <p class="hint">{tr(Msg::QuestionsHint)}</p>
            </section>
        </div>
    }
}

/// Plan (or re-plan) the rotation; a re-plan is previewed first.
#[component]
fn Planning(id: Id, proposal: RwSignal<Option<Proposal>>) -> impl IntoView {
    let state = use_app();
    let error = RwSignal::new(None::<String>);
    let seated = Memo::new(move |_| plan_of(state, id).is_some_and(|p| !p.seating.is_empty()));
    // The search runs in the planning worker: the page stays responsive,
    // shows how far it is, and can cancel it.
    let progress = RwSignal::new(None::<f64>);
    let plan = move |_| {
        let Some(e) = event_of(state, id) else { return };
        let Some(cafe) = e.cafe.clone() else { return };
        let locked = if cafe.seating.is_empty() {
            0
        } else {
            rounds_played(id, &cafe)
        };
        let request = state
            .project
            .with_untracked(|p| p.as_ref().map(|p| commands::plan_request(p, &e, locked)));
        let request = match request {
            Some(Ok(r)) => r,
            Some(Err(refusal)) => {
                return error.set(Some(words::refusal(state.lang_now(), &refusal)))
            }
            None => return,
        };
        leptos::task::spawn_local(async move {
            let span = crate::perf::start("maillage:plan");
            let planned = crate::worker::plan(&request.problem, progress).await;
            span.end();
            match planned {
                crate::worker::Planned::Done(Ok(outcome)) => {
                    let found = request.proposal(outcome);
                    if found.changes.is_empty() && cafe.seating.is_empty() {
                        apply(state, id, &found);
                    } else {
                        proposal.set(Some(found));
                    }
                    error.set(None);
                }
                crate::worker::Planned::Done(Err(refusal)) => {
                    error.set(Some(words::refusal(state.lang_now(), &refusal)))
                }
                crate::worker::Planned::Cancelled => {}
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="planning-title">
            <h2 id="planning-title">{tr(Msg::RotationTitle)}</h2>
            <p class="hint">{tr(Msg::RotationHint)}</p>
            <p class="form-errors" role="alert" hidden=move || error.with(Option::is_none) data-testid="plan-error">{move || error.get()}</p>
            <Show when=move || progress.get().is_some()>
                <div class="progress-block" role="status" data-testid="plan-progress">
                    <p>{move || state.tf(Msg::PlanningProgress, &[("percent", &((progress.get().unwrap_or(0.0) * 100.0).round() as u32).to_string())])}</p>
                    <progress max="100" value=move || ((progress.get().unwrap_or(0.0) * 100.0).round() as u32).to_string()></progress>
                    <button type="button" class="button tertiary" data-testid="plan-cancel" on:click=move |_| crate::worker::cancel()>{tr(Msg::Cancel)}</button>
                </div>
            </Show>
            <button type="button" class="button primary" on:click=plan data-testid="plan" disabled=move || progress.get().is_some()>
                {move || state.t(if seated.get() { Msg::Replan } else { Msg::PlanRotation })}
            </button>
            <Quality id=id/>
            <Preview id=id proposal=proposal/>
        </section>
    }
}

fn apply(state: AppState, id: Id, proposal: &Proposal) {
    if state
        .apply(|p, ctx| commands::apply_plan(p, id, proposal, ctx))
        .is_ok()
    {
        state.notify_when_saved(Msg::PlanApplied);
    }
}

/// The stored plan's quality, in sentences, and its warnings.
#[component]
fn Quality(id: Id) -> impl IntoView {
    let state = use_app();
    let lines = Memo::new(move |_| {
        let lang = state.lang.get();
        state.project.with(|p| {
            let p = p.as_ref()?;
            let e = p.events.iter().find(|e| e.id == id)?;
            let review = event_plan::review(p, e, e.cafe.as_ref()?)?;
            Some(words::review(lang, &review))
        })
    });
    view! {
        <ul class="quality" data-testid="quality" hidden=move || lines.with(Option::is_none)>
            {move || lines.get().unwrap_or_default().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
        </ul>
    }
}

/// Brings an element into view and focus when it appears.
fn focus_on_show() -> NodeRef<leptos::html::Div> {
    let node = NodeRef::<leptos::html::Div>::new();
    node.on_load(|el| {
        let _ = el.focus();
        el.scroll_into_view();
    });
    node
}

/// A re-plan's changes, to apply or drop.
#[component]
fn Preview(id: Id, proposal: RwSignal<Option<Proposal>>) -> impl IntoView {
    let state = use_app();
    let lines = move || {
        let lang = state.lang.get();
        let e = event_of(state, id)?;
        let found = proposal.get()?;
        let name = |who: Id| {
            e.attendance
                .iter()
                .find(|a| a.id == who)
                .map(|a| a.name.clone())
                .unwrap_or_default()
        };
        let table = |t: Option<u32>| {
            t.map_or_else(
                || i18n::t(lang, Msg::NotSeated).to_owned(),
                |n| i18n::tf(lang, Msg::TableN, &[("n", &n.to_string())]),
            )
        };
        let mut lines: Vec<String> = found
            .changes
            .iter()
            .map(|c| {
                i18n::tf(
                    lang,
                    Msg::ChangeLine,
                    &[
                        ("round", &(c.round + 1).to_string()),
                        ("name", &name(c.attendee)),
                        ("from", &table(c.from)),
                        ("to", &table(c.to)),
                    ],
                )
            })
            .collect();
        if lines.is_empty() {
            lines.push(i18n::t(lang, Msg::NoChange).to_owned());
        }
        Some((
            lines,
            words::quality(lang, &found.outcome.quality, Some(found.outcome.method)),
            found.locked,
        ))
    };
    view! {
        {move || lines().map(|(changes, quality, locked)| view! {
            <div class="subform" data-testid="plan-preview" tabindex="-1" node_ref=focus_on_show()>
                <h3>{let count = changes.len().to_string(); move || state.tf(Msg::PreviewTitle, &[("n", &count)])}</h3>
                {(locked > 0).then(|| view! {
                    <p>{move || state.tf(if locked == 1 { Msg::PreviewLockedOne } else { Msg::PreviewLockedMany }, &[("n", &locked.to_string())])}</p>
                })}
                <ul class="changes">{changes.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
                <ul class="quality">{quality.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                <div class="actions">
                    <button type="button" class="button primary" data-testid="apply-plan" on:click=move |_| {
                        if let Some(found) = proposal.get_untracked() { apply(state, id, &found); }
                        proposal.set(None);
                    }>{tr(Msg::ApplyPlan)}</button>
                    <button type="button" class="button tertiary" on:click=move |_| proposal.set(None)>{tr(Msg::Cancel)}</button>
                </div>
            </div>
        })}
    }
}

/// Rounds × tables, with names.
#[component]
fn Seats(id: Id) -> impl IntoView {
    let state = use_app();
    let grid = Memo::new(move |_| {
        let e = event_of(state, id)?;
        let plan = e.cafe.as_ref().filter(|c| !c.seating.is_empty())?;
        let rows: Vec<Vec<Vec<(String, bool)>>> = (0..plan.seating.len())
            .map(|r| {
                event_plan::tables_in_round(&e, plan, r)
                    .into_iter()
                    .map(|(_, names)| names)
                    .collect()
            })
            .collect();
        Some((
            plan.tables.iter().map(|t| t.number).collect::<Vec<_>>(),
            rows,
            plan.locked_rounds as usize,
        ))
    });
    view! {
        {move || grid.get().map(|(tables, rows, locked)| view! {
            <section class="card seats" aria-labelledby="seats-title">
                <h2 id="seats-title">{tr(Msg::SeatsTitle)}</h2>
                <div class="table-scroll">
                    <table class="data seat-grid" data-testid="seat-grid">
                        <thead><tr>
                            <th scope="col">{tr(Msg::Round)}</th>
                            {tables.iter().map(|&n| view! { <th scope="col"><TableMark n=n lang=state.lang/></th> }).collect_view()}
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().enumerate().map(|(r, cells)| view! {
                                <tr class:played=r < locked>
                                    <th scope="row">{r + 1}{(r < locked).then(|| view! { <br/><span class="muted small">{tr(Msg::Played)}</span> })}</th>
                                    {cells.into_iter().map(|names| view! {
                                        <td><ul class="names">{names.into_iter().map(|(n, host)| view! { <li class:host=host>{n}</li> }).collect_view()}</ul></td>
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
        })}
    }
}
