//! Changes to a World Café plan by hand and during the café: swapping two
//! people, arrivals and departures (who sits from which round, until which
//! round), and someone who was not on the list.

use crate::cafe::live_store::rounds_played;
use crate::components::field::{company_options, error_of, SelectField, TextField};
use crate::state::events::{change_event, event_of, plan_of};
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::cafe::event_plan;
use maillage_core::commands;
use maillage_core::i18n::{self, events as words, Msg};
use maillage_core::*;

/// Swap two people of one round by hand; the quality follows.
#[component]
pub fn Swap(id: Id) -> impl IntoView {
    let state = use_app();
    let round = RwSignal::new("1".to_owned());
    let a = RwSignal::new(String::new());
    let b = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Msg>);
    let rounds = Signal::derive(move || {
        let n = plan_of(state, id).map_or(0, |p| p.rounds.len());
        (1..=n).map(|r| (r.to_string(), r.to_string())).collect()
    });
    let people = Signal::derive(move || {
        let r = round.get().parse::<usize>().unwrap_or(1).saturating_sub(1);
        let Some(e) = event_of(state, id) else {
            return Vec::new();
        };
        let seats = e
            .cafe
            .as_ref()
            .and_then(|c| c.seating.get(r))
            .cloned()
            .unwrap_or_default();
        let mut v: Vec<(String, String)> = seats
            .iter()
            .filter_map(|s| {
                let a = e.attendance.iter().find(|a| a.id == s.attendee_id)?;
                Some((
                    a.id.to_string(),
                    format!(
                        "{} ({})",
                        a.name,
                        i18n::tf(
                            state.lang.get(),
                            Msg::TableN,
                            &[("n", &s.table.to_string())]
                        )
                    ),
                ))
            })
            .collect();
        sorting::sort_by_key(&mut v, |x| text::fold(&x.1));
        v.insert(0, (String::new(), "—".into()));
        v
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Ok(x), Ok(y)) = (
            a.get_untracked().parse::<Id>(),
            b.get_untracked().parse::<Id>(),
        ) else {
            return;
        };
        let r = round
            .get_untracked()
            .parse::<usize>()
            .unwrap_or(1)
            .saturating_sub(1);
        let Some(e) = event_of(state, id) else { return };
        let Some(mut plan) = e.cafe.clone() else {
            return;
        };
        plan.locked_rounds = plan.locked_rounds.max(rounds_played(id, &plan) as u32);
        match event_plan::swap(&e, &mut plan, r, x, y) {
            Ok(()) => {
                let _ = change_event(state, id, |e| e.cafe = Some(plan));
                error.set(None);
                a.set(String::new());
                b.set(String::new());
                state.notify_when_saved(Msg::Swapped);
            }
            Err(refusal) => error.set(Some(words::swap_refusal(refusal))),
        }
    };
    let seated = Memo::new(move |_| plan_of(state, id).is_some_and(|p| !p.seating.is_empty()));
    view! {
        <section class="card" aria-labelledby="swap-title" hidden=move || !seated.get()>
            <h2 id="swap-title">{tr(Msg::SwapTitle)}</h2>
            <form class="inline-form" on:submit=submit novalidate data-testid="swap">
                <SelectField id="swap-round" label=Msg::Round value=round options=rounds/>
                <SelectField id="swap-a" label=Msg::SwapPersonA value=a options=people/>
                <SelectField id="swap-b" label=Msg::SwapPersonB value=b options=people/>
                <button type="submit" class="button secondary">{tr(Msg::SwapButton)}</button>
            </form>
            <p class="field-error" role="alert" hidden=move || error.with(Option::is_none)>{move || error.get().map(|m| state.t(m))}</p>
        </section>
    }
}

/// Arrivals and departures during the café: who sits from which round,
/// until which round; then a re-plan of the rounds not played.
#[component]
pub fn LiveChanges(id: Id) -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| {
        let e = event_of(state, id)?;
        let plan = e.cafe.as_ref()?;
        let mut rows: Vec<(Id, String, AttendanceStatus, Option<u32>, Option<u32>)> = e
            .attendance
            .iter()
            .map(|a| (a.id, a.name.clone(), a.status, a.from_round, a.until_round))
            .collect();
        sorting::sort_by_key(&mut rows, |r| text::fold(&r.1));
        Some((rows, plan.rounds.len() as u32, rounds_played(id, plan)))
    });
    let set = move |who: Id, edit: Box<dyn FnOnce(&mut Attendee)>| {
        let _ = change_event(state, id, |e| {
            if let Some(a) = e.attendance.iter_mut().find(|a| a.id == who) {
                edit(a);
            }
        });
    };
    view! {
        {move || rows.get().map(|(rows, rounds, played)| view! {
            <details class="card" id="arrivees" open={played > 0}>
                <summary><h2 id="live-title">{tr(Msg::LiveChangesTitle)}</h2></summary>
                <p class="hint">{move || state.tf(Msg::LiveChangesHint, &[("n", &played.to_string())])}</p>
                <table class="data" data-testid="live-changes">
                    <thead><tr>
                        <th scope="col">{tr(Msg::FieldName)}</th>
                        <th scope="col">{tr(Msg::FieldAttendance)}</th>
                        <th scope="col">{tr(Msg::FromRound)}</th>
                        <th scope="col">{tr(Msg::UntilRound)}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|(who, name, status, from, until)| {
                            let round_options = move |none: Msg| {
                                std::iter::once((String::new(), state.t(none).to_owned()))
                                    .chain((1..=rounds).map(|r| (r.to_string(), r.to_string())))
                                    .collect::<Vec<_>>()
                            };
                            let from_id = format!("from-{who}");
                            let until_id = format!("until-{who}");
                            let absent = status == AttendanceStatus::Absent;
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td>
                                        <button type="button" class="button small" class:danger-outline=!absent
                                            on:click=move |_| set(who, Box::new(move |a| a.status = if absent { AttendanceStatus::Present } else { AttendanceStatus::Absent }))>
                                            {tr(if absent { Msg::MarkPresent } else { Msg::MarkAbsent })}
                                        </button>
                                        " "<span class="muted small">{tr(words::attendance(status))}</span>
                                    </td>
                                    <td>
                                        <label class="visually-hidden" for=from_id.clone()>{tr(Msg::FromRound)}</label>
                                        <select id=from_id on:change=move |e| {
                                            let r = event_target_value(&e).parse().ok();
                                            set(who, Box::new(move |a| { a.from_round = r; if r.is_some_and(|r| r > 1) { a.status = AttendanceStatus::Late; } }));
                                        }>
                                            {round_options(Msg::FromStart).into_iter().map(|(v, l)| { let sel = from.map(|f| f.to_string()).unwrap_or_default() == v; view! { <option value=v selected=sel>{l}</option> } }).collect_view()}
                                        </select>
                                    </td>
                                    <td>
                                        <label class="visually-hidden" for=until_id.clone()>{tr(Msg::UntilRound)}</label>
                                        <select id=until_id on:change=move |e| {
                                            let r = event_target_value(&e).parse().ok();
                                            set(who, Box::new(move |a| { a.until_round = r; if r.is_some() { a.status = AttendanceStatus::LeftEarly; } }));
                                        }>
                                            {round_options(Msg::ToTheEnd).into_iter().map(|(v, l)| { let sel = until.map(|f| f.to_string()).unwrap_or_default() == v; view! { <option value=v selected=sel>{l}</option> } }).collect_view()}
                                        </select>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                <AddLate id=id/>
                <p class="hint">{tr(Msg::ReplanHint)}</p>
            </details>
        })}
    }
}

/// Someone who was not on the list arrives.
#[component]
fn AddLate(id: Id) -> impl IntoView {
    let state = use_app();
    let company = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let issues = RwSignal::new(Vec::<Issue>::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(company_id) = company.get_untracked().parse::<Id>() else {
            issues.set(vec![Issue::error("company_id", IssueCode::Required)]);
            return;
        };
        let played = plan_of(state, id).map_or(0, |p| rounds_played(id, &p)) as u32;
        let mut result = Ok(());
        let saved = change_event(state, id, |e| {
            result = commands::add_attendee(
                e,
                uuid::Uuid::new_v4(),
                company_id,
                None,
                &name.get_untracked(),
            );
            if let Some(a) = e.attendance.last_mut().filter(|_| result.is_ok()) {
                a.status = if played > 0 {
                    AttendanceStatus::Late
                } else {
                    AttendanceStatus::Present
                };
                a.from_round = (played > 0).then_some(played + 1);
            }
        });
        match result.and(saved) {
            Ok(()) => {
                name.set(String::new());
                issues.set(Vec::new());
            }
            Err(found) => issues.set(found),
        }
    };
    view! {
        <form class="inline-form subform" on:submit=submit novalidate data-testid="add-late">
            <SelectField id="late-company" label=Msg::FieldCompany value=company options=company_options(true) error=error_of(issues, "company_id")/>
            <TextField id="late-name" label=Msg::LateArrival value=name error=error_of(issues, "name")/>
            <button type="submit" class="button secondary">{tr(Msg::AddLateButton)}</button>
        </form>
    }
}
