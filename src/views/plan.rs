//! The plan: the programme's tasks and milestones with their dates, as a
//! timeline by month (today marked, late tasks flagged; printable) and as
//! a list to add, edit, tick off and delete them. The report's planning
//! part shows the same timeline for its period.

use crate::components::confirm::ConfirmButton;
use crate::components::field::{
    error_of, event_options, CheckboxField, FormErrors, SelectField, TextArea, TextField,
};
use crate::components::links::programme_tabs;
use crate::route::Route;
use crate::state::forms::FormGuard;
use crate::state::{today, tr, use_app};
use leptos::prelude::*;
use maillage_core::form::task::{new_task, TaskFields};
use maillage_core::i18n::{self, report as words, Msg};
use maillage_core::pictures::timeline;
use maillage_core::report::{self, Period, TaskLine};
use maillage_core::{commands, Id, Project, Task};

#[component]
pub fn Plan() -> impl IntoView {
    let state = use_app();
    // The whole programme, today marking where it stands.
    let lines = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .map(|p| {
                    let period = Period::whole(p, today());
                    (period, report::task_lines(p, period, today()))
                })
                .unwrap_or((Period::year(today().year), Vec::new()))
        })
    });
    let picture = Memo::new(move |_| {
        let (period, tasks) = lines.get();
        let tl = timeline::layout(&tasks, period, today());
        (!tl.bars.is_empty()).then(|| timeline::svg(state.lang.get(), &tl))
    });
    // The task the form edits (None: a new one).
    let editing = RwSignal::new(None::<Id>);
    view! {
        <section class="plan">
            <h1>{tr(Msg::PlanTitle)}</h1>
            {programme_tabs(Route::Plan)}
            <p class="lead">{tr(Msg::PlanLead)}</p>
            {move || match picture.get() {
                Some(svg) => view! { <figure class="picture" data-testid="timeline" inner_html=svg></figure> }.into_any(),
                None => view! { <p class="empty-state">{tr(Msg::TimelineNone)}</p> }.into_any(),
            }}
            <table class="data" data-testid="plan-tasks" hidden=move || lines.with(|l| l.1.is_empty())>
                <caption class="visually-hidden">{tr(Msg::PlanTitle)}</caption>
                <thead><tr>
                    <th scope="col">{tr(Msg::ReportColTask)}</th>
                    <th scope="col">{tr(Msg::ReportColStart)}</th>
                    <th scope="col">{tr(Msg::ReportColDue)}</th>
                    <th scope="col">{tr(Msg::ReportColDone)}</th>
                    <th scope="col"><span class="visually-hidden">{tr(Msg::Actions)}</span></th>
                </tr></thead>
                <tbody>
                    <For each=move || lines.get().1 key=|t| (t.id, t.title.clone(), t.start, t.due, t.done, t.late) let:task>
                        <TaskRow task=task editing=editing/>
                    </For>
                </tbody>
            </table>
            {move || {
                let id = editing.get();
                view! { <TaskForm id=id editing=editing/> }
            }}
        </section>
    }
}

#[component]
fn TaskRow(task: TaskLine, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let state = use_app();
    let id = task.id;
    let date = move |d: Option<maillage_core::Date>| {
        move || {
            d.map(|d| i18n::date(state.lang.get(), d))
                .unwrap_or_default()
        }
    };
    let question = {
        let title = task.title.clone();
        Signal::derive(move || state.tf(Msg::PlanDeleteQuestion, &[("title", &title)]))
    };
    let delete = Callback::new(move |_| {
        let _ = state.apply(|p, ctx| Ok(commands::delete_task(p, id, ctx)));
        if editing.get_untracked() == Some(id) {
            editing.set(None);
        }
    });
    let done = task.done;
    let line = task.clone();
    view! {
        <tr class:late=task.late>
            <th scope="row">{task.title.clone()}</th>
            <td>{date(task.start)}</td>
            <td>{date(task.due)}</td>
            <td>{move || words::task_state(state.lang.get(), &line)}</td>
            <td class="row-actions">
                <button type="button" class="button tertiary small" hidden=done
                    on:click=move |_| { let _ = state.apply(|p, ctx| Ok(commands::complete_task(p, id, ctx))); }>
                    {tr(Msg::MarkDone)}
                </button>
                <button type="button" class="button tertiary small" data-testid="edit-task"
                    on:click=move |_| editing.set(Some(id))>{tr(Msg::Edit)}</button>
                <ConfirmButton label=Msg::Delete question=question confirm=Msg::Delete on_confirm=delete quiet=true/>
            </td>
        </tr>
    }
}

/// Adds a task, or edits the one picked in the list.
#[component]
fn TaskForm(id: Option<Id>, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let state = use_app();
    let base = id
        .and_then(|id| {
            state
                .project
                .with_untracked(|p| p.as_ref().and_then(|p| task_of(p, id)))
        })
        .unwrap_or_else(|| new_task(uuid::Uuid::new_v4(), state.author.get_untracked()));
    let f = TaskFields::of(&base);
    let title = RwSignal::new(f.title);
    let start = RwSignal::new(f.start);
    let due = RwSignal::new(f.due);
    let milestone = RwSignal::new(f.milestone);
    let done = RwSignal::new(f.done);
    let event = RwSignal::new(f.event.map(|e| e.to_string()).unwrap_or_default());
    let notes = RwSignal::new(f.notes);
    let guard = FormGuard::new(&base);
    let issues = guard.issues;
    let heading = if id.is_some() {
        Msg::PlanEditTask
    } else {
        Msg::PlanNewTask
    };
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let fields = TaskFields {
            title: title.get_untracked(),
            start: start.get_untracked(),
            due: due.get_untracked(),
            milestone: milestone.get_untracked(),
            done: done.get_untracked(),
            event: event.get_untracked().parse().ok(),
            notes: notes.get_untracked(),
        };
        let task = match fields.to_task(&base) {
            Ok(t) => t,
            Err(found) => return issues.set(found),
        };
        if guard.save(state, |p| &p.tasks, task, commands::save_task) {
            state.notify_when_saved(Msg::PlanTaskSaved);
            // A fresh form for the next task (setting a signal redraws what
            // reads it, even to the same value).
            editing.set(None);
        }
    };
    view! {
        <form class="task-form" on:submit=submit novalidate data-testid="task-form">
            <h2>{tr(heading)}</h2>
            <FormErrors issues=issues/>
            <TextField id="task-title" label=Msg::ReportColTask value=title required=true error=error_of(issues, "title")/>
            <div class="row">
                <TextField id="task-start" label=Msg::ReportColStart value=start kind="date" error=error_of(issues, "start")/>
                <TextField id="task-due" label=Msg::ReportColDue value=due kind="date" error=error_of(issues, "due")/>
            </div>
            <CheckboxField id="task-milestone" label=Msg::PlanMilestone value=milestone/>
            <CheckboxField id="task-done" label=Msg::Done value=done/>
            <SelectField id="task-event" label=Msg::PlanMeeting value=event options=event_options() error=error_of(issues, "event_id")/>
            <TextArea id="task-notes" label=Msg::FieldNotes value=notes rows=2/>
            <div class="actions">
                <button type="submit" class="button primary" data-testid="save-task">{tr(Msg::Save)}</button>
                {id.is_some().then(|| view! {
                    <button type="button" class="button tertiary" on:click=move |_| editing.set(None)>{tr(Msg::Cancel)}</button>
                })}
            </div>
        </form>
    }
}

fn task_of(p: &Project, id: Id) -> Option<Task> {
    p.tasks.iter().find(|t| t.id == id && !t.deleted).cloned()
}
