//! Who is invited and who came: invitations from the company registry,
//! the list of people with their attendance and referrals ("came at the
//! invitation of"), and the printable sheets. Attendance feeds each
//! company's funnel stage.

use crate::components::field::{
    choice_options, company_options, FormErrors, SelectField, TextField,
};
use crate::components::links::sheet_link;
use crate::route::{Route, Sheet};
use crate::state::events::{change_event, event_of};
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::choices::Choice;
use maillage_core::i18n::Msg;
use maillage_core::*;

#[derive(Clone, PartialEq)]
struct PersonRow {
    id: Id,
    name: String,
    company: Id,
    company_name: String,
    status: AttendanceStatus,
    referred_by: Option<Id>,
    host: Option<u32>,
}

#[component]
pub fn Attendance(id: Id) -> impl IntoView {
    view! {
        <div class="columns">
            <People id=id/>
            <Invitations id=id/>
        </div>
    }
}

fn contact_options(company: RwSignal<String>) -> Signal<Vec<(String, String)>> {
    let state = use_app();
    Signal::derive(move || {
        let Ok(company) = company.get().parse::<Id>() else {
            return vec![(String::new(), "—".into())];
        };
        let mut v: Vec<(String, String)> = state.project.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.contacts
                        .iter()
                        .filter(|c| c.company_id == company && !c.deleted)
                        .map(|c| (c.id.to_string(), c.name.clone()))
                        .collect()
                })
                .unwrap_or_default()
        });
        v.insert(0, (String::new(), "—".into()));
        v
    })
}

#[component]
fn People(id: Id) -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| {
        state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let Some(e) = p.events.iter().find(|e| e.id == id) else {
                return Vec::new();
            };
            let mut rows: Vec<PersonRow> = e
                .attendance
                .iter()
                .map(|a| PersonRow {
                    id: a.id,
                    name: a.name.clone(),
                    company: a.company_id,
                    company_name: p
                        .company(a.company_id)
                        .map(|c| c.name.clone())
                        .unwrap_or_default(),
                    status: a.status,
                    referred_by: a.referred_by,
                    host: a.host_of_table,
                })
                .collect();
            sorting::sort_by_key(&mut rows, |r| text::fold(&r.name));
            rows
        })
    });
    // "Came at the invitation of": one of the companies of this meeting.
    let referrers = Memo::new(move |_| {
        let mut v: Vec<(String, String)> = state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let Some(e) = p.events.iter().find(|e| e.id == id) else {
                return Vec::new();
            };
            let mut ids: Vec<Id> = e
                .invitations
                .iter()
                .map(|i| i.company_id)
                .chain(e.attendance.iter().map(|a| a.company_id))
                .collect();
            ids.sort();
            ids.dedup();
            ids.into_iter()
                .filter_map(|c| p.company(c))
                .map(|c| (c.id.to_string(), c.name.clone()))
                .collect()
        });
        sorting::sort_by_key(&mut v, |x| text::fold(&x.1));
        v.insert(0, (String::new(), "—".into()));
        v
    });
    let counts = move || {
        rows.with(|rows| {
            let n = |s: AttendanceStatus| rows.iter().filter(|r| r.status == s).count().to_string();
            state.tf(
                Msg::AttendanceCounts,
                &[
                    ("people", &rows.len().to_string()),
                    ("present", &n(AttendanceStatus::Present)),
                    ("late", &n(AttendanceStatus::Late)),
                    ("left", &n(AttendanceStatus::LeftEarly)),
                    ("absent", &n(AttendanceStatus::Absent)),
                    ("expected", &n(AttendanceStatus::Expected)),
                ],
            )
        })
    };
    let all_present = move |_| {
        let _ = change_event(state, id, |e| {
            for a in &mut e.attendance {
                if a.status == AttendanceStatus::Expected {
                    a.status = AttendanceStatus::Present;
                }
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="people-title">
            <div class="section-head">
                <h2 id="people-title">{tr(Msg::PeopleTitle)}</h2>
                <button type="button" class="button secondary" on:click=all_present data-testid="all-present">{tr(Msg::AllPresent)}</button>
            </div>
            <p class="muted" data-testid="attendance-counts">{counts}</p>
            <p class="empty-state" hidden=move || rows.with(|r| !r.is_empty())>{tr(Msg::NoPeopleYet)}</p>
            <table class="data" hidden=move || rows.with(Vec::is_empty) data-testid="people">
                <thead><tr>
                    <th scope="col">{tr(Msg::FieldName)}</th>
                    <th scope="col">{tr(Msg::FieldAttendance)}</th>
                    <th scope="col">{tr(Msg::FieldReferredBy)}</th>
                    <th scope="col"><span class="visually-hidden">{tr(Msg::Actions)}</span></th>
                </tr></thead>
                <tbody>
                    <For each=move || rows.get() key=|r| (r.id, r.status, r.referred_by, r.name.clone()) let:r>
                        <PersonLine event=id row=r referrers=referrers/>
                    </For>
                </tbody>
            </table>
            <AddPerson id=id/>
            <p class="actions">
                {sheet_link(id, Sheet::Attendance, Msg::PrintAttendance)}
                {sheet_link(id, Sheet::Badges, Msg::PrintBadges)}
            </p>
        </section>
    }
}

#[component]
fn PersonLine(event: Id, row: PersonRow, referrers: Memo<Vec<(String, String)>>) -> impl IntoView {
    let state = use_app();
    let person = row.id;
    let status_id = format!("status-{person}");
    let referred_id = format!("referred-{person}");
    let edit = move |f: Box<dyn FnOnce(&mut Attendee)>| {
        let _ = change_event(state, event, |e| {
            if let Some(a) = e.attendance.iter_mut().find(|a| a.id == person) {
                f(a);
            }
        });
    };
    let on_status = move |e: leptos::ev::Event| {
        if let Some(s) = AttendanceStatus::at(&event_target_value(&e)) {
            edit(Box::new(move |a| a.status = s));
        }
    };
    let on_referred = move |e: leptos::ev::Event| {
        let r = event_target_value(&e).parse().ok();
        edit(Box::new(move |a| a.referred_by = r));
    };
    let remove = move |_| {
        let _ = change_event(state, event, |e| commands::remove_attendee(e, person));
    };
    let status = row.status.position().to_string();
    let referred = row.referred_by.map(|c| c.to_string()).unwrap_or_default();
    view! {
        <tr>
            <th scope="row">
                {row.name.clone()}
                {row.host.map(|t| view! { " " <span class="tag">{move || state.tf(Msg::HostOfTable, &[("n", &t.to_string())])}</span> })}
                <br/><a class="muted small" href=Route::Company(row.company).to_hash()>{row.company_name.clone()}</a>
            </th>
            <td>
                <label class="visually-hidden" for=status_id.clone()>{tr(Msg::FieldAttendance)}</label>
                <select id=status_id on:change=on_status>
                    {move || choice_options::<AttendanceStatus>().get().into_iter().map(|(v, l)| {
                        let selected = v == status;
                        view! { <option value=v selected=selected>{l}</option> }
                    }).collect_view()}
                </select>
            </td>
            <td>
                <label class="visually-hidden" for=referred_id.clone()>{tr(Msg::FieldReferredBy)}</label>
                <select id=referred_id on:change=on_referred>
                    {move || referrers.get().into_iter().map(|(v, l)| {
                        let selected = v == referred;
                        view! { <option value=v selected=selected>{l}</option> }
                    }).collect_view()}
                </select>
            </td>
            <td>
                <button type="button" class="button tertiary small" on:click=remove>{tr(Msg::Remove)}</button>
            </td>
        </tr>
    }
}

#[component]
fn AddPerson(id: Id) -> impl IntoView {
    let state = use_app();
    let company = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let issues = RwSignal::new(Vec::<Issue>::new());
    // Choosing a contact fills in the name.
    let contact_picked = Callback::new(move |c: String| {
        let Ok(cid) = c.parse::<Id>() else { return };
        let found = state.project.with_untracked(|p| {
            p.as_ref()
                .and_then(|p| p.contacts.iter().find(|x| x.id == cid))
                .map(|x| x.name.clone())
        });
        if let Some(n) = found {
            name.set(n);
        }
    });
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Ok(company_id) = company.get_untracked().parse::<Id>() else {
            issues.set(vec![Issue::error("company_id", IssueCode::Required)]);
            return;
        };
        let contact_id = contact.get_untracked().parse().ok();
        let mut result = Ok(());
        let saved = change_event(state, id, |e| {
            result = commands::add_attendee(
                e,
                uuid::Uuid::new_v4(),
                company_id,
                contact_id,
                &name.get_untracked(),
            );
        });
        match result.and(saved) {
            Ok(()) => {
                name.set(String::new());
                contact.set(String::new());
                issues.set(Vec::new());
            }
            Err(found) => issues.set(found),
        }
    };
    view! {
        <form class="subform" on:submit=submit novalidate data-testid="add-person">
            <h3>{tr(Msg::AddPerson)}</h3>
            <FormErrors issues=issues/>
            <div class="row">
                <SelectField id="person-company" label=Msg::FieldCompany value=company options=company_options(true)
                    error=crate::components::field::error_of(issues, "company_id")/>
                <SelectField id="person-contact" label=Msg::FieldContact value=contact options=contact_options(company) on_change=contact_picked/>
                <TextField id="person-name" label=Msg::FieldName value=name required=true error=crate::components::field::error_of(issues, "name")/>
            </div>
            <button type="submit" class="button secondary">{tr(Msg::QuickAdd)}</button>
        </form>
    }
}

#[component]
fn Invitations(id: Id) -> impl IntoView {
    let state = use_app();
    let invited = Memo::new(move |_| {
        state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let Some(e) = p.events.iter().find(|e| e.id == id) else {
                return Vec::new();
            };
            e.invitations
                .iter()
                .map(|i| {
                    let company = p
                        .company(i.company_id)
                        .map(|c| c.name.clone())
                        .unwrap_or_default();
                    let contact = i
                        .contact_id
                        .and_then(|c| p.contacts.iter().find(|x| x.id == c))
                        .map(|c| c.name.clone());
                    let came = e.attendance.iter().any(|a| a.company_id == i.company_id);
                    (i.company_id, i.contact_id, company, contact, came)
                })
                .collect::<Vec<_>>()
        })
    });
    let company = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let invite = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Ok(company_id) = company.get_untracked().parse::<Id>() else {
            return;
        };
        let contact_id = contact.get_untracked().parse().ok();
        if change_event(state, id, |e| commands::invite(e, company_id, contact_id)).is_ok() {
            company.set(String::new());
            contact.set(String::new());
        }
    };
    let add_invited = move |_| {
        let Some(mut e) = event_of(state, id) else {
            return;
        };
        let added = state.project.with_untracked(|p| {
            p.as_ref().map_or(0, |p| {
                commands::add_invited_people(p, &mut e, uuid::Uuid::new_v4)
            })
        });
        if state
            .apply(|p, ctx| commands::save_event(p, e, ctx))
            .is_ok()
        {
            state.notify_when_saved_with(Msg::InvitedAdded, &[("n", &added.to_string())]);
        }
    };
    view! {
        <section class="card" aria-labelledby="invited-title">
            <h2 id="invited-title">{tr(Msg::InvitationsTitle)}</h2>
            <p class="muted">{move || state.tf(Msg::InvitedCount, &[("n", &invited.with(Vec::len).to_string())])}</p>
            <form class="subform" on:submit=invite novalidate>
                <SelectField id="invite-company" label=Msg::FieldCompany value=company options=company_options(true)/>
                <SelectField id="invite-contact" label=Msg::FieldContact value=contact options=contact_options(company)/>
                <button type="submit" class="button secondary" data-testid="invite">{tr(Msg::Invite)}</button>
            </form>
            <button type="button" class="button secondary" on:click=add_invited data-testid="add-invited">{tr(Msg::AddInvited)}</button>
            <ul class="invited" data-testid="invitations">
                {move || invited.get().into_iter().map(|(cid, contact_id, name, contact, came)| view! {
                    <li>
                        <span>
                            <a href=Route::Company(cid).to_hash()>{name}</a>
                            {contact.map(|c| view! { <span class="muted">" — "{c}</span> })}
                            {came.then(|| view! { " " <span class="tag">{tr(Msg::Registered)}</span> })}
                        </span>
                        <button type="button" class="button tertiary small" on:click=move |_| {
                            let _ = change_event(state, id, |e| e.invitations.retain(|i| !(i.company_id == cid && i.contact_id == contact_id)));
                        }>{tr(Msg::Remove)}</button>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
