//! Creating or editing a meeting: its type, title, date and time, place,
//! host company (site visits go to a company of the territory), theme and
//! notes.

use crate::components::draft::{DraftKeeper, DraftNotice};
use crate::components::field::{
    company_options, error_of, ChoiceField, FormErrors, SelectField, TextArea, TextField,
};
use crate::route::{navigate, EventTab, Route};
use crate::state::forms::FormGuard;
use crate::state::{today, tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::Msg;
use maillage_core::*;

#[component]
pub fn EventForm(id: Option<Id>) -> impl IntoView {
    let state = use_app();
    let base = match id {
        Some(id) => state.project.with_untracked(|p| {
            p.as_ref()
                .and_then(|p| p.events.iter().find(|e| e.id == id && !e.deleted).cloned())
        }),
        None => Some(commands::draft_event(
            uuid::Uuid::new_v4(),
            EventKind::WorldCafe,
            today(),
            &state.edit_context(),
        )),
    };
    let Some(base) = base else {
        return view! { <p class="empty-state">{tr(Msg::EventNotFound)}</p> }.into_any();
    };
    let guard = FormGuard::new(&base);
    let issues = guard.issues;
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let draft_key = match id {
        Some(id) => format!("event:{id}"),
        None => "event:new".to_owned(),
    };
    let keeper = DraftKeeper::new(draft_key, base.rev, form_ref);
    let kind = RwSignal::new(base.kind);
    let title = RwSignal::new(base.title.clone());
    let date = RwSignal::new(base.date.to_string());
    let start = RwSignal::new(base.start_time.clone());
    let place = RwSignal::new(base.place.clone());
    let host = RwSignal::new(
        base.host_company_id
            .map(|c| c.to_string())
            .unwrap_or_default(),
    );
    let theme = RwSignal::new(base.theme.clone());
    let notes = RwSignal::new(base.notes.clone());
    let is_new = id.is_none();
    let event_id = base.id;
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut ev = base.clone();
        ev.kind = kind.get_untracked();
        ev.title = title.get_untracked();
        let Ok(d) = Date::parse(&date.get_untracked()) else {
            issues.set(vec![Issue::error("date", IssueCode::Required)]);
            crate::components::field::focus_first_error();
            return;
        };
        ev.date = d;
        ev.start_time = start.get_untracked().trim().to_owned();
        ev.place = place.get_untracked().trim().to_owned();
        ev.host_company_id = host.get_untracked().parse().ok();
        ev.theme = theme.get_untracked().trim().to_owned();
        ev.notes = notes.get_untracked();
        if guard.save(state, |p| &p.events, ev, commands::save_event) {
            keeper.clear();
            state.notify_when_saved(if is_new {
                Msg::EventCreated
            } else {
                Msg::EventSaved
            });
            navigate(&Route::Event {
                id: event_id,
                tab: EventTab::People,
            });
        }
    };
    let back = if is_new {
        Route::Events.to_hash()
    } else {
        Route::Event {
            id: event_id,
            tab: EventTab::People,
        }
        .to_hash()
    };
    view! {
        <section class="company-form">
            <p class="breadcrumb"><a href=Route::Events.to_hash()>{tr(Msg::EventsTitle)}</a></p>
            <h1>{tr(if is_new { Msg::NewEvent } else { Msg::EditEvent })}</h1>
            <form on:submit=submit novalidate data-testid="event-form" node_ref=form_ref
                on:input=move |_| keeper.track() on:change=move |_| keeper.track()>
                <DraftNotice keeper=keeper/>
                <FormErrors issues=issues/>
                <div class="row">
                    <ChoiceField id="event-kind" label=Msg::FieldEventKind value=kind/>
                    <TextField id="event-title" label=Msg::FieldTitle value=title required=true error=error_of(issues, "title")/>
                </div>
                <div class="row">
                    <TextField id="event-date" label=Msg::FieldDate value=date kind="date" required=true error=error_of(issues, "date")/>
                    <TextField id="event-start" label=Msg::FieldStartTime value=start hint=Msg::StartTimeHint error=error_of(issues, "start_time")/>
                </div>
                <div class="row">
                    <TextField id="event-place" label=Msg::FieldPlace value=place/>
                    <SelectField id="event-host" label=Msg::FieldHostCompany value=host options=company_options(true) error=error_of(issues, "host_company_id")/>
                </div>
                <TextField id="event-theme" label=Msg::FieldTheme value=theme/>
                <TextArea id="event-notes" label=Msg::FieldNotes value=notes/>
                <div class="actions">
                    <button type="submit" class="button primary" data-testid="save-event">{tr(Msg::Save)}</button>
                    <a class="button tertiary" href=back on:click=move |_| keeper.clear()>{tr(Msg::Cancel)}</a>
                </div>
            </form>
        </section>
    }
    .into_any()
}
