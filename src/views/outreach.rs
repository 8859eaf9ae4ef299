//! The outreach log of a company: mailings, calls, visits… who did them
//! (the officer or a partner), what came of them, and what to do next.

use crate::components::confirm::ConfirmButton;
use crate::components::draft::{DraftKeeper, DraftNotice};
use crate::components::field::{
    error_of, ChoiceField, FormErrors, SelectField, TextArea, TextField,
};
use crate::route::Route;
use crate::state::forms::FormGuard;
use crate::state::{today, tr, use_app};
use crate::storage::drafts;
use leptos::prelude::*;
use maillage_core::form::{self, interaction::InteractionFields};
use maillage_core::i18n::{self, Msg};
use maillage_core::{commands, Id, Interaction, NextAction};

/// Select value meaning "the programme officer".
const OFFICER: &str = "";
/// Select value meaning "another partner, typed below".
const OTHER: &str = "\u{1}other";

#[component]
pub fn OutreachLog(company_id: Id) -> impl IntoView {
    let state = use_app();
    let log = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.interactions_of(company_id)
                        .into_iter()
                        .cloned()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // A form left with a draft (before a reload) opens again.
    let editing = RwSignal::new(log.with_untracked(|list| {
        drafts::open_form(
            state.project.with_untracked(|p| p.as_ref().map(|p| p.id())),
            &format!("interaction:new:{company_id}"),
            list.iter().map(|i| (format!("interaction:{}", i.id), i.id)),
        )
    }));
    view! {
        <section class="card" aria-labelledby="log-title">
            <div class="section-head">
                <h2 id="log-title">{tr(Msg::LogTitle)}</h2>
                <button type="button" class="button secondary" data-testid="add-interaction" on:click=move |_| editing.set(Some(None))>
                    {tr(Msg::AddInteraction)}
                </button>
            </div>
            {move || editing.get().map(|which| view! { <InteractionForm company_id=company_id id=which done=editing/> })}
            <Show when=move || !log.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-state">{tr(Msg::NoInteractions)}</p> }>
                <ol class="timeline" data-testid="log">
                    <For each=move || log.get() key=|i| (i.id, i.rev) children=move |i| view! { <LogEntry entry=i editing=editing/> }/>
                </ol>
            </Show>
        </section>
    }
}

#[component]
fn LogEntry(entry: Interaction, editing: RwSignal<Option<Option<Id>>>) -> impl IntoView {
    let state = use_app();
    let i = entry;
    let id = i.id;
    let date = i.date;
    let (kind, outcome) = (i.kind, i.outcome);
    let contact = state.project.with_untracked(|p| {
        p.as_ref().and_then(|p| {
            i.contact_id
                .and_then(|c| p.contacts.iter().find(|x| x.id == c))
                .map(|c| c.name.clone())
        })
    });
    let by = i.done_by.clone();
    let next = i.next_action.clone();
    let time = crate::route::TimeQuery::of_interaction(&i, today());
    let question = Signal::derive(move || state.t(Msg::ConfirmDeleteInteraction).to_owned());
    view! {
        <li class="entry">
            <p class="entry-head">
                <time datetime=date.to_string()>{move || i18n::date(state.lang.get(), date)}</time>" · "
                <strong>{move || state.t(i18n::interaction_kind(kind))}</strong>" · "
                <span class="outcome">{move || state.t(i18n::outcome(outcome))}</span>
                {by.clone().map(|b| view! { " · "<span class="by partner">{move || state.tf(Msg::ByPartner, &[("name", &b)])}</span> })}
                {contact.map(|c| view! { " · "<span>{c}</span> })}
            </p>
            {(!i.summary.is_empty()).then(|| view! { <p>{i.summary.clone()}</p> })}
            {next.map(|n| view! { <NextActionLine interaction=id next=n/> })}
            <div class="actions">
                {time.map(|q| view! {
                    <a class="button tertiary small" data-testid="log-time-here" href=Route::TimeLog(q).to_hash()>{tr(Msg::TimeLogThis)}</a>
                })}
                <button type="button" class="button tertiary small" on:click=move |_| editing.set(Some(Some(id)))>{tr(Msg::Edit)}</button>
                <ConfirmButton label=Msg::Delete question=question confirm=Msg::Delete quiet=true
                    on_confirm=Callback::new(move |_| { let _ = state.apply(|p, ctx| Ok(commands::delete_interaction(p, id, ctx))); })/>
            </div>
        </li>
    }
}

/// "due 12 Dec 2026" (or "no due date"), and "overdue" when it is.
pub fn due_on(due: Option<maillage_core::Date>, overdue: bool) -> impl IntoView {
    let state = use_app();
    view! {
        <span class="due">{move || match due {
            Some(d) => state.tf(Msg::DueOn, &[("date", &i18n::date(state.lang.get(), d))]),
            None => state.t(Msg::NoDueDate).to_owned(),
        }}</span>
        {overdue.then(|| view! { " "<span class="badge danger">{tr(Msg::Overdue)}</span> })}
    }
}

/// A next action with its due date, overdue flag and "done" button.
#[component]
pub fn NextActionLine(interaction: Id, next: NextAction) -> impl IntoView {
    let state = use_app();
    let due = next.due;
    let overdue = !next.done && due.is_some_and(|d| d < today());
    view! {
        <p class="next-action" class:overdue=overdue class:done=next.done>
            <span class="label">{tr(Msg::FieldNextAction)}" : "</span>
            {next.text.clone()}" "
            {due_on(due, overdue)}
            {if next.done {
                view! { " "<span class="badge ok">{tr(Msg::Done)}</span> }.into_any()
            } else {
                view! {
                    " "<button type="button" class="button tertiary small" on:click=move |_| {
                        let _ = state.apply(|p, ctx| Ok(commands::complete_next_action(p, interaction, ctx)));
                    }>{tr(Msg::MarkDone)}</button>
                }.into_any()
            }}
        </p>
    }
}

#[component]
fn InteractionForm(
    company_id: Id,
    id: Option<Id>,
    done: RwSignal<Option<Option<Id>>>,
) -> impl IntoView {
    let state = use_app();
    let base = id
        .and_then(|id| {
            state.project.with_untracked(|p| {
                p.as_ref()
                    .and_then(|p| p.interactions.iter().find(|x| x.id == id).cloned())
            })
        })
        .unwrap_or_else(|| {
            form::interaction::new_interaction(
                uuid::Uuid::new_v4(),
                company_id,
                state.author.get_untracked(),
                today(),
            )
        });
    let partners = state.project.with_untracked(|p| {
        p.as_ref()
            .map(form::interaction::partners)
            .unwrap_or_default()
    });
    let fields = InteractionFields::of(&base);
    let kind = RwSignal::new(fields.kind);
    let date = RwSignal::new(fields.date);
    let by = RwSignal::new(fields.done_by);
    let other = RwSignal::new(String::new());
    let contact = RwSignal::new(fields.contact.map(|c| c.to_string()).unwrap_or_default());
    let outcome = RwSignal::new(fields.outcome);
    let summary = RwSignal::new(fields.summary);
    let next_text = RwSignal::new(fields.next_text);
    let next_due = RwSignal::new(fields.next_due);
    let guard = FormGuard::new(&base);
    let issues = guard.issues;
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let draft_key = match id {
        Some(id) => format!("interaction:{id}"),
        None => format!("interaction:new:{company_id}"),
    };
    let keeper = DraftKeeper::new(draft_key, base.rev, form_ref);

    let by_options = {
        let partners = partners.clone();
        Signal::derive(move || {
            let lang = state.lang.get();
            let mut v = vec![(
                OFFICER.to_owned(),
                i18n::t(lang, Msg::DoneByOfficer).to_owned(),
            )];
            v.extend(partners.iter().map(|p| (p.clone(), p.clone())));
            v.push((
                OTHER.to_owned(),
                format!("{}…", i18n::t(lang, Msg::FieldPartner)),
            ));
            v
        })
    };
    let contact_options = Signal::derive(move || {
        let mut v = vec![(String::new(), "—".to_owned())];
        state.project.with(|p| {
            if let Some(p) = p {
                v.extend(
                    p.contacts_of(company_id)
                        .map(|c| (c.id.to_string(), c.name.clone())),
                );
            }
        });
        v
    });

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let done_by = match by.get_untracked() {
            chosen if chosen == OTHER => other.get_untracked(),
            chosen => chosen,
        };
        let fields = InteractionFields {
            kind: kind.get_untracked(),
            date: date.get_untracked(),
            done_by,
            contact: contact.get_untracked().parse().ok(),
            outcome: outcome.get_untracked(),
            summary: summary.get_untracked(),
            next_text: next_text.get_untracked(),
            next_due: next_due.get_untracked(),
        };
        let i = match fields.to_interaction(&base) {
            Ok(i) => i,
            Err(found) => return issues.set(found),
        };
        if guard.save(state, |p| &p.interactions, i, commands::save_interaction) {
            keeper.clear();
            done.set(None);
            state.notify_when_saved(Msg::InteractionSaved);
        }
    };
    view! {
        <form class="subform" on:submit=submit novalidate data-testid="interaction-form" node_ref=form_ref
            on:input=move |_| keeper.track() on:change=move |_| keeper.track()>
            <DraftNotice keeper=keeper/>
            <h3>{move || state.t(if id.is_some() { Msg::EditInteraction } else { Msg::AddInteraction })}</h3>
            <FormErrors issues=issues/>
            <div class="row">
                <ChoiceField id="interaction-kind" label=Msg::FieldKind value=kind/>
                <TextField id="interaction-date" label=Msg::FieldDate value=date kind="date" required=true error=error_of(issues, "date")/>
                <ChoiceField id="interaction-outcome" label=Msg::FieldOutcome value=outcome/>
            </div>
            <div class="row">
                <SelectField id="interaction-by" label=Msg::FieldDoneBy value=by options=by_options/>
                <Show when=move || by.get() == OTHER>
                    <TextField id="interaction-partner" label=Msg::FieldPartner value=other hint=Msg::DoneByPartnerHint/>
                </Show>
                <SelectField id="interaction-contact" label=Msg::FieldContact value=contact options=contact_options error=error_of(issues, "contact_id")/>
            </div>
            <TextArea id="interaction-summary" label=Msg::FieldSummary value=summary rows=3/>
            <div class="row">
                <TextField id="interaction-next" label=Msg::FieldNextAction value=next_text error=error_of(issues, "next_action.text")/>
                <TextField id="interaction-due" label=Msg::FieldNextActionDue value=next_due kind="date" error=error_of(issues, "next_action.due")/>
            </div>
            <div class="actions">
                <button type="submit" class="button primary" data-testid="save-interaction">{tr(Msg::Save)}</button>
                <button type="button" class="button tertiary" on:click=move |_| { keeper.clear(); done.set(None) }>{tr(Msg::Cancel)}</button>
            </div>
        </form>
    }
}
