//! The time log (moyens humains): a quick form for the hours spent — a
//! day, an activity, optionally the company or meeting, who spent it — and
//! the entries of the year, latest first. A visit in the outreach log and a
//! meeting's page open it filled in (`Route::TimeLog` with a query), so
//! only the hours are left to type. The report adds them up.

use crate::components::field::{
    company_options, error_of, event_options, ChoiceField, FormErrors, SelectField, TextField,
};
use crate::components::links::programme_tabs;
use crate::route::{Route, TimeQuery};
use crate::state::{today, tr, use_app};
use leptos::prelude::*;
use maillage_core::form::time::{new_time_entry, TimeFields};
use maillage_core::i18n::{self, report as words, Msg};
use maillage_core::{commands, Activity, Id, Issue};

/// An entry as listed.
#[derive(Clone, PartialEq)]
struct Row {
    id: Id,
    rev: u64,
    date: maillage_core::Date,
    activity: Activity,
    hours: f64,
    what: String,
    by: String,
}

#[component]
pub fn TimeLog(query: TimeQuery) -> impl IntoView {
    let state = use_app();
    let year = today().year;
    let rows = Memo::new(move |_| {
        state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let mut v: Vec<Row> = p
                .time_entries
                .iter()
                .filter(|t| !t.deleted && t.date.year == year)
                .map(|t| Row {
                    id: t.id,
                    rev: t.rev,
                    date: t.date,
                    activity: t.activity,
                    hours: t.hours,
                    what: t
                        .company_id
                        .and_then(|c| p.company(c))
                        .map(|c| c.name.clone())
                        .or_else(|| {
                            t.event_id
                                .and_then(|e| p.events.iter().find(|x| x.id == e))
                                .map(|e| e.title.clone())
                        })
                        .unwrap_or_else(|| t.note.clone()),
                    by: t
                        .done_by
                        .clone()
                        .unwrap_or_else(|| t.updated_by.label.clone()),
                })
                .collect();
            v.sort_by(|a, b| b.date.cmp(&a.date).then(b.rev.cmp(&a.rev)));
            v
        })
    });
    view! {
        <section class="time-log">
            <h1>{tr(Msg::TimeTitle)}</h1>
            {programme_tabs(Route::TimeLog(TimeQuery::default()))}
            <p class="lead">{tr(Msg::TimeLead)}" "<a href=Route::Report.to_hash()>{tr(Msg::TimeToReport)}</a></p>
            <TimeForm query=query/>
            <h2>{move || state.tf(Msg::TimeOfYear, &[("year", &year.to_string())])}</h2>
            <p class="empty-state" hidden=move || rows.with(|r| !r.is_empty())>{tr(Msg::ReportNoTime)}</p>
            <table class="data" hidden=move || rows.with(Vec::is_empty) data-testid="time-entries">
                <thead><tr>
                    <th scope="col">{tr(Msg::FieldDate)}</th>
                    <th scope="col">{tr(Msg::ReportColActivity)}</th>
                    <th scope="col" class="num">{tr(Msg::ReportColHours)}</th>
                    <th scope="col">{tr(Msg::TimeFor)}</th>
                    <th scope="col">{tr(Msg::ReportColWho)}</th>
                    <th scope="col"><span class="visually-hidden">{tr(Msg::Actions)}</span></th>
                </tr></thead>
                <tbody>
                    <For each=move || rows.get() key=|r| (r.id, r.rev) let:r>
                        <tr>
                            <th scope="row">{move || i18n::date(state.lang.get(), r.date)}</th>
                            <td>{tr(words::activity(r.activity))}</td>
                            <td class="num">{move || words::hours(state.lang.get(), r.hours)}</td>
                            <td>{r.what.clone()}</td>
                            <td>{r.by.clone()}</td>
                            <td><button type="button" class="button tertiary small"
                                on:click=move |_| { let _ = state.apply(|p, ctx| Ok(commands::delete_time_entry(p, r.id, ctx))); }>
                                {tr(Msg::Delete)}</button></td>
                        </tr>
                    </For>
                </tbody>
            </table>
        </section>
    }
}

/// Logs one entry; the form keeps the day and activity for the next one.
/// Opened from a visit or a meeting, it starts with them and the hours
/// take the focus.
#[component]
fn TimeForm(query: TimeQuery) -> impl IntoView {
    let state = use_app();
    let mut start = new_time_entry(
        Id::nil(),
        query.activity.unwrap_or(Activity::Visits),
        state.author.get_untracked(),
        query.date.unwrap_or_else(today),
    );
    start.company_id = query.company;
    start.event_id = query.event;
    let fields = TimeFields::of(&start, state.lang_now());
    let date = RwSignal::new(fields.date);
    let activity = RwSignal::new(fields.activity);
    let hours = RwSignal::new(fields.hours);
    let id_text = |id: Option<Id>| id.map(|i| i.to_string()).unwrap_or_default();
    let company = RwSignal::new(id_text(fields.company));
    let event = RwSignal::new(id_text(fields.event));
    let done_by = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let filled = query != TimeQuery::default();
    if filled {
        // The one thing left to type.
        crate::io::focus::focus_id("time-hours");
    }
    let partners = Signal::derive(move || {
        state.project.with(|p| {
            p.as_ref()
                .map(maillage_core::form::interaction::partners)
                .unwrap_or_default()
        })
    });
    let issues = RwSignal::new(Vec::<Issue>::new());
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let base = new_time_entry(
            uuid::Uuid::new_v4(),
            activity.get_untracked(),
            state.author.get_untracked(),
            today(),
        );
        let fields = TimeFields {
            date: date.get_untracked(),
            activity: activity.get_untracked(),
            hours: hours.get_untracked(),
            company: company.get_untracked().parse().ok(),
            event: event.get_untracked().parse().ok(),
            done_by: done_by.get_untracked(),
            note: note.get_untracked(),
        };
        let saved = fields
            .to_entry(&base)
            .and_then(|t| state.apply(|p, ctx| commands::save_time_entry(p, t, ctx)));
        match saved {
            Ok(()) => {
                hours.set(String::new());
                note.set(String::new());
                issues.set(Vec::new());
                state.notify_when_saved(Msg::TimeSaved);
            }
            Err(found) => issues.set(found),
        }
    };
    view! {
        <form class="quick" on:submit=submit novalidate data-testid="time-form">
            <FormErrors issues=issues/>
            <TextField id="time-date" label=Msg::FieldDate value=date kind="date" required=true error=error_of(issues, "date")/>
            <ChoiceField id="time-activity" label=Msg::ReportColActivity value=activity/>
            <TextField id="time-hours" label=Msg::ReportColHours value=hours required=true inputmode="decimal" error=error_of(issues, "hours")/>
            <SelectField id="time-company" label=Msg::FieldCompany value=company options=company_options(true) error=error_of(issues, "company_id")/>
            <SelectField id="time-event" label=Msg::TimeMeeting value=event options=event_options() error=error_of(issues, "event_id")/>
            <TextField id="time-by" label=Msg::TimeDoneBy value=done_by hint=Msg::TimeDoneByHint list="time-partners"/>
            <datalist id="time-partners">
                {move || partners.get().into_iter().map(|p| view! { <option value=p/> }).collect_view()}
            </datalist>
            <TextField id="time-note" label=Msg::FieldNotes value=note/>
            <button type="submit" class="button primary" data-testid="log-time">{tr(Msg::TimeAdd)}</button>
        </form>
    }
}
