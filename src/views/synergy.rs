//! One synergy: what it is, who takes part, the flows it links, its status
//! and history, barriers, next action, notes, and its impact (estimate and
//! measured values apart, each with its working).

use super::impact_editor::{Basis, ImpactPanel};
use super::synergies::status_class;
use crate::components::confirm::ConfirmButton;
use crate::components::draft::{DraftKeeper, DraftNotice};
use crate::components::field::{
    choice_options, error_of, FormErrors, SelectField, TextArea, TextField,
};
use crate::route::{navigate, Route};
use crate::state::forms::FormGuard;
use crate::state::{tr, tz_offset_min, use_app};
use leptos::prelude::*;
use maillage_core::i18n::choices::Choice;
use maillage_core::i18n::{self, flows as words, Msg};
use maillage_core::*;

#[component]
pub fn SynergyDetail(id: Id) -> impl IntoView {
    let state = use_app();
    let exists = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .is_some_and(|p| p.synergies.iter().any(|s| s.id == id && !s.deleted))
        })
    });
    move || {
        if !exists.get() {
            return view! {
                <section>
                    <p class="empty-state">{tr(Msg::SynergyNotFound)}</p>
                    <a href=Route::Synergies { list: false }.to_hash()>{tr(Msg::NavSynergies)}</a>
                </section>
            }
            .into_any();
        }
        view! { <SynergyPage id=id/> }.into_any()
    }
}

fn synergy(state: crate::state::AppState, id: Id) -> Option<Synergy> {
    crate::state::forms::record(state, |p| &p.synergies, id)
}

/// Applies a change to the synergy (participants, barriers…) through the checked command.
fn change(
    state: crate::state::AppState,
    id: Id,
    edit: impl FnOnce(&mut Synergy),
) -> Result<(), Vec<Issue>> {
    crate::state::forms::change(state, |p| &p.synergies, id, commands::save_synergy, edit)
}

#[component]
fn SynergyPage(id: Id) -> impl IntoView {
    let state = use_app();
    let s = Memo::new(move |_| synergy(state, id));
    let title = move || s.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default());
    let question =
        Signal::derive(move || state.tf(Msg::ConfirmDeleteSynergy, &[("title", &title())]));
    let delete = Callback::new(move |_| {
        let _ = state.apply(|p, ctx| Ok(commands::delete_synergy(p, id, ctx)));
        state.notify_when_saved(Msg::SynergyDeleted);
        navigate(&Route::Synergies { list: false });
    });
    let status = move || {
        s.with(|s| s.as_ref().map(|s| s.status))
            .unwrap_or(SynergyStatus::Idea)
    };
    view! {
        <article class="synergy">
            <p class="breadcrumb"><a href=Route::Synergies { list: false }.to_hash()>{tr(Msg::NavSynergies)}</a></p>
            <div class="page-head">
                <h1>{title}</h1>
                <div class="actions">
                    <span class=move || status_class(status()) data-testid="synergy-status">{move || state.t(words::status(status()))}</span>
                    <ConfirmButton label=Msg::DeleteSynergy question=question confirm=Msg::Delete on_confirm=delete testid="delete-synergy"/>
                </div>
            </div>
            <div class="columns">
                <div>
                    <Participants id=id/>
                    <LinkedFlows id=id/>
                    <ImpactPanel id=id basis=Basis::Estimate/>
                    <ImpactPanel id=id basis=Basis::Measured/>
                    <Details id=id/>
                </div>
                <div>
                    <StatusPanel id=id/>
                    <Barriers id=id/>
                </div>
            </div>
        </article>
    }
}

#[component]
fn StatusPanel(id: Id) -> impl IntoView {
    let state = use_app();
    let s = Memo::new(move |_| synergy(state, id));
    let to = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let issues = RwSignal::new(Vec::<Issue>::new());
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Some(target) = SynergyStatus::at(&to.get_untracked()) else {
            return;
        };
        match state
            .apply(|p, ctx| commands::change_status(p, id, target, &reason.get_untracked(), ctx))
        {
            Ok(()) => {
                issues.set(Vec::new());
                reason.set(String::new());
                to.set(String::new());
                state.notify_when_saved_with(
                    Msg::StatusChanged,
                    &[("status", i18n::t(state.lang_now(), words::status(target)))],
                );
            }
            Err(found) => {
                issues.set(found);
                crate::components::field::focus_first_error();
            }
        }
    };
    let options = Signal::derive(move || {
        let lang = state.lang.get();
        let current = s.with(|s| s.as_ref().map(|s| s.status));
        std::iter::once((String::new(), "—".to_owned()))
            .chain(
                SynergyStatus::all()
                    .iter()
                    .copied()
                    .filter(|x| Some(*x) != current)
                    .map(|x| {
                        (
                            x.position().to_string(),
                            i18n::t(lang, words::status(x)).to_owned(),
                        )
                    }),
            )
            .collect()
    });
    let history = move || {
        let lang = state.lang.get();
        s.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.history
                        .iter()
                        .rev()
                        .map(|h| {
                            let date = i18n::date_time(lang, h.at, tz_offset_min());
                            let to = i18n::t(lang, words::status(h.to));
                            let line = match h.from {
                                Some(from) => i18n::tf(
                                    lang,
                                    Msg::HistoryLine,
                                    &[
                                        ("date", &date),
                                        ("from", i18n::t(lang, words::status(from))),
                                        ("to", to),
                                        ("by", &h.by.label),
                                    ],
                                ),
                                None => i18n::tf(
                                    lang,
                                    Msg::HistoryFirst,
                                    &[("date", &date), ("to", to), ("by", &h.by.label)],
                                ),
                            };
                            (line, h.reason.clone())
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <section class="card" aria-labelledby="status-title">
            <h2 id="status-title">{tr(Msg::StatusTitle)}</h2>
            <form on:submit=submit novalidate data-testid="status-form">
                <SelectField id="new-status" label=Msg::NewStatus value=to options=options/>
                <TextField id="status-reason" label=Msg::Reason value=reason hint=Msg::ReasonHint error=error_of(issues, "reason")/>
                <button type="submit" class="button primary" data-testid="change-status">{tr(Msg::ChangeStatus)}</button>
            </form>
            <h3>{tr(Msg::HistoryTitle)}</h3>
            <ol class="history" data-testid="history">
                {move || history().into_iter().map(|(line, reason)| view! {
                    <li>{line}{(!reason.is_empty()).then(|| view! { <br/><span class="muted">{tr(Msg::Reason)}" : "{reason}</span> })}</li>
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn Participants(id: Id) -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| {
        state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let Some(s) = p.synergies.iter().find(|s| s.id == id) else {
                return Vec::new();
            };
            s.participants
                .iter()
                .map(|x| {
                    (
                        x.company_id,
                        p.company(x.company_id)
                            .map(|c| c.name.clone())
                            .unwrap_or_default(),
                        x.role,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let company = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Member.position().to_string());
    let error = RwSignal::new(Vec::<Issue>::new());
    let companies = crate::components::field::company_options(true);
    let roles = choice_options::<Role>();
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Ok(company_id) = company.get_untracked().parse::<Id>() else {
            return;
        };
        let r = Role::at(&role.get_untracked()).unwrap_or(Role::Member);
        let result = change(state, id, |s| {
            s.participants.retain(|x| x.company_id != company_id);
            s.participants.push(Participant {
                company_id,
                role: r,
            });
        });
        match result {
            Ok(()) => {
                company.set(String::new());
                error.set(Vec::new());
            }
            Err(found) => error.set(found),
        }
    };
    view! {
        <section class="card" aria-labelledby="participants-title">
            <h2 id="participants-title">{tr(Msg::ParticipantsTitle)}</h2>
            <FormErrors issues=error/>
            <p class="field-error" hidden=move || error.with(|e| !e.iter().any(|i| i.code == IssueCode::TooFewParticipants))>
                {move || i18n::field_problem(state.lang.get(), &IssueCode::TooFewParticipants)}
            </p>
            <ul class="participants" data-testid="participants">
                {move || rows.get().into_iter().map(|(cid, name, r)| view! {
                    <li>
                        <a href=Route::Company(cid).to_hash()>{name}</a>" — "{tr(words::role(r))}" "
                        <button type="button" class="button tertiary small" on:click=move |_| {
                            if let Err(found) = change(state, id, |s| s.participants.retain(|x| x.company_id != cid)) {
                                error.set(found);
                            }
                        }>{tr(Msg::Remove)}</button>
                    </li>
                }).collect_view()}
            </ul>
            <form class="inline-form" on:submit=add novalidate>
                <SelectField id="participant-company" label=Msg::AddParticipant value=company options=companies/>
                <SelectField id="participant-role" label=Msg::FieldRoleIn value=role options=roles/>
                <button type="submit" class="button secondary">{tr(Msg::QuickAdd)}</button>
            </form>
        </section>
    }
}

#[component]
fn LinkedFlows(id: Id) -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| {
        let lang = state.lang.get();
        state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let Some(s) = p.synergies.iter().find(|s| s.id == id) else {
                return Vec::new();
            };
            s.flow_ids
                .iter()
                .filter_map(|fid| p.flows.iter().find(|f| f.id == *fid && !f.deleted))
                .map(|f| {
                    let company = p
                        .company(f.company_id)
                        .map(|c| c.name.clone())
                        .unwrap_or_default();
                    let q = f
                        .quantity
                        .map(|q| words::quantity(lang, q))
                        .unwrap_or_default();
                    (f.id, f.direction, f.label.clone(), company, q)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="linked-title">
            <h2 id="linked-title">{tr(Msg::LinkedFlows)}</h2>
            <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p class="muted">{tr(Msg::NoLinkedFlows)}</p> }>
                <ul class="flow-list">
                    {move || rows.get().into_iter().map(|(fid, d, label, company, q)| view! {
                        <li class="flow-item">
                            <super::flows::DirectionBadge direction=d/>
                            <a href=Route::FlowEdit(fid).to_hash()>{label}</a>
                            <span class="muted">{company}</span>
                            <span class="num">{q}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn Barriers(id: Id) -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| synergy(state, id).map(|s| s.barriers).unwrap_or_default());
    let category = RwSignal::new(BarrierCategory::Technical.position().to_string());
    let text = RwSignal::new(String::new());
    let cats = choice_options::<BarrierCategory>();
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let c =
            BarrierCategory::at(&category.get_untracked()).unwrap_or(BarrierCategory::Technical);
        let t = text.get_untracked().trim().to_owned();
        if change(state, id, |s| {
            s.barriers.push(Barrier {
                category: c,
                text: t,
            })
        })
        .is_ok()
        {
            text.set(String::new());
        }
    };
    view! {
        <section class="card" aria-labelledby="barriers-title">
            <h2 id="barriers-title">{tr(Msg::BarriersTitle)}</h2>
            <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p class="muted">{tr(Msg::NoBarriers)}</p> }>
                <ul class="barriers">
                    {move || rows.get().into_iter().enumerate().map(|(i, b)| view! {
                        <li>
                            <strong>{tr(words::barrier(b.category))}</strong>" : "{b.text.clone()}" "
                            <button type="button" class="button tertiary small" on:click=move |_| {
                                let _ = change(state, id, |s| { if i < s.barriers.len() { s.barriers.remove(i); } });
                            }>{tr(Msg::Remove)}</button>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
            <form on:submit=add novalidate>
                <SelectField id="barrier-category" label=Msg::AddBarrier value=category options=cats/>
                <TextArea id="barrier-text" label=Msg::FieldNotes value=text rows=2/>
                <button type="submit" class="button secondary">{tr(Msg::QuickAdd)}</button>
            </form>
        </section>
    }
}

/// Title, type, origin, next action and notes.
#[component]
fn Details(id: Id) -> impl IntoView {
    let state = use_app();
    let Some(base) = state.project.with_untracked(|p| {
        p.as_ref()
            .and_then(|p| p.synergies.iter().find(|s| s.id == id))
            .cloned()
    }) else {
        return ().into_any();
    };
    let title = RwSignal::new(base.title.clone());
    let kind = RwSignal::new(base.kind.position().to_string());
    let subtype = RwSignal::new(base.subtype.clone());
    let origin = RwSignal::new(base.origin.kind.position().to_string());
    let next = RwSignal::new(
        base.next_action
            .as_ref()
            .map(|n| n.text.clone())
            .unwrap_or_default(),
    );
    let due = RwSignal::new(
        base.next_action
            .as_ref()
            .and_then(|n| n.due)
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let notes = RwSignal::new(base.notes.clone());
    let guard = FormGuard::new(&base);
    let issues = guard.issues;
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let keeper = DraftKeeper::new(format!("synergy:{id}"), base.rev, form_ref);
    let kinds = choice_options::<SynergyKind>();
    let origins = choice_options::<OriginKind>();
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let mut s = base.clone();
        let due_text = due.get_untracked();
        let mut found = Vec::new();
        let due = maillage_core::form::optional_date(&due_text, "next_action.due", &mut found);
        if !found.is_empty() {
            return issues.set(found);
        }
        s.title = title.get_untracked();
        s.kind = SynergyKind::at(&kind.get_untracked()).unwrap_or(s.kind);
        s.subtype = subtype.get_untracked().trim().to_owned();
        s.origin.kind = OriginKind::at(&origin.get_untracked()).unwrap_or(s.origin.kind);
        let text = next.get_untracked().trim().to_owned();
        s.next_action = (!text.is_empty() || due.is_some()).then(|| NextAction {
            text,
            due,
            done: false,
        });
        s.notes = notes.get_untracked();
        if guard.save(state, |p| &p.synergies, s, commands::save_synergy) {
            keeper.clear();
            state.notify_when_saved(Msg::SynergySaved);
        }
    };
    view! {
        <section class="card" aria-labelledby="details-title">
            <h2 id="details-title">{tr(Msg::Edit)}</h2>
            <form on:submit=submit novalidate data-testid="synergy-form" node_ref=form_ref
                on:input=move |_| keeper.track() on:change=move |_| keeper.track()>
                <DraftNotice keeper=keeper/>
                <FormErrors issues=issues/>
                <TextField id="synergy-title" label=Msg::FieldTitle value=title required=true error=error_of(issues, "title")/>
                <div class="row">
                    <SelectField id="synergy-kind" label=Msg::FieldSynergyKind value=kind options=kinds/>
                    <TextField id="synergy-subtype" label=Msg::FieldSubtype value=subtype/>
                    <SelectField id="synergy-origin" label=Msg::FieldOrigin value=origin options=origins/>
                </div>
                <div class="row">
                    <TextField id="synergy-next" label=Msg::FieldNextAction value=next error=error_of(issues, "next_action.text")/>
                    <TextField id="synergy-due" label=Msg::FieldNextActionDue value=due kind="date" error=error_of(issues, "next_action.due")/>
                </div>
                <TextArea id="synergy-notes" label=Msg::FieldNotes value=notes rows=3/>
                <button type="submit" class="button primary" data-testid="save-synergy">{tr(Msg::Save)}</button>
            </form>
        </section>
    }
    .into_any()
}
