//! One company: who it is, where it stands in the funnel and why, its
//! contacts, flows, synergies, the meetings it came to, and its outreach log.

use super::contacts::Contacts;
use super::outreach::OutreachLog;
use crate::components::confirm::ConfirmButton;
use crate::components::stage_badge::StageBadge;
use crate::route::{navigate, EventTab, Route};
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::choices::Choice;
use maillage_core::i18n::{self, Msg};
use maillage_core::{commands, naf, Company, Id, Stage};

#[component]
pub fn CompanyDetail(id: Id) -> impl IntoView {
    let state = use_app();
    let exists = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .and_then(|p| p.company(id))
                .is_some_and(|c| !c.deleted)
        })
    });
    move || {
        if exists.get() {
            view! { <CompanyPage id=id/> }.into_any()
        } else {
            view! {
                <section>
                    <p class="empty-state">{tr(Msg::CompanyNotFound)}</p>
                    <a href=Route::Companies(Default::default()).to_hash()>{tr(Msg::BackToList)}</a>
                </section>
            }
            .into_any()
        }
    }
}

/// The page is built once per company: an edit of the company redraws its
/// identity card and name only, so what is being typed in the contact,
/// flow or outreach forms below stays.
#[component]
fn CompanyPage(id: Id) -> impl IntoView {
    let state = use_app();
    let company = Memo::new(move |_| {
        state
            .project
            .with(|p| p.as_ref().and_then(|p| p.company(id)).cloned())
    });
    let name = move || company.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
    let question =
        Signal::derive(move || state.tf(Msg::ConfirmDeleteCompany, &[("name", &name())]));
    let delete = Callback::new(move |_| {
        let _ = state.apply(|p, ctx| Ok(commands::delete_company(p, id, ctx)));
        state.notify_when_saved(Msg::CompanyDeleted);
        navigate(&Route::Companies(Default::default()));
    });
    view! {
        <article class="company">
            <p class="breadcrumb"><a href=Route::Companies(Default::default()).to_hash()>{tr(Msg::BackToList)}</a></p>
            <div class="page-head">
                <h1>{name}</h1>
                <div class="actions">
                    <a class="button secondary" href=Route::CompanyEdit(id).to_hash() data-testid="edit-company">{tr(Msg::Edit)}</a>
                    <ConfirmButton label=Msg::DeleteCompany question=question confirm=Msg::Delete on_confirm=delete testid="delete-company"/>
                </div>
            </div>
            <div class="columns">
                {move || company.get().map(|c| view! { <Identity company=c/> })}
                <StagePanel id=id/>
            </div>
            <Contacts company_id=id/>
            <super::flows::FlowsSection company_id=id/>
            <Synergies id=id/>
            <Meetings id=id/>
            <OutreachLog company_id=id/>
        </article>
    }
}

#[component]
fn Identity(company: Company) -> impl IntoView {
    let state = use_app();
    let c = company;
    let activity = c.activity.clone().map(|a| {
        let label = naf::rev2()
            .subclass(&a.code)
            .map(|s| s.label_fr.to_owned())
            .unwrap_or_default();
        let nomenclature = match a.nomenclature {
            naf::Nomenclature::NafRev2 => Msg::NafRev2,
            naf::Nomenclature::Naf2025 => Msg::Naf2025,
        };
        (a.code, label, nomenclature)
    });
    let size = c.size_band;
    let conf = c.confidentiality;
    let address = [c.address.as_str(), &format!("{} {}", c.postcode, c.commune)]
        .iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let coords = c.coordinates.map(|xy| {
        format!(
            "{} ; {}",
            i18n::number(state.lang_now(), xy.lat, 5),
            i18n::number(state.lang_now(), xy.lon, 5)
        )
    });
    let dash = || "—".to_owned();
    view! {
        <section class="card identity" aria-labelledby="identity-title">
            <h2 id="identity-title">{tr(Msg::SectionIdentity)}</h2>
            <dl class="facts">
                <dt>{tr(Msg::FieldSiret)}</dt>
                <dd class="code" data-testid="siret">{c.siret.clone().map(|s| format_siret(&s)).unwrap_or_else(dash)}</dd>
                <dt>{tr(Msg::FieldActivity)}</dt>
                <dd>{match activity {
                    Some((code, label, nom)) => view! { <span class="code">{code}</span>" "<span lang="fr">{label}</span>" "<span class="muted small">"("{tr(nom)}")"</span> }.into_any(),
                    None => dash().into_any(),
                }}</dd>
                <dt>{tr(Msg::FieldSize)}</dt>
                <dd>{move || size.map(|b| state.t(i18n::size_band(b)).to_owned()).unwrap_or_else(dash)}</dd>
                <dt>{tr(Msg::FieldAddress)}</dt>
                <dd>{if address.is_empty() { dash() } else { address }}</dd>
                <dt>{tr(Msg::FieldZone)}</dt>
                <dd>{if c.zone.is_empty() { dash() } else { c.zone.clone() }}</dd>
                <dt>{tr(Msg::FieldLatitude)}" / "{tr(Msg::FieldLongitude)}</dt>
                <dd>{coords.unwrap_or_else(dash)}</dd>
                <dt>{tr(Msg::FieldTags)}</dt>
                <dd>{if c.tags.is_empty() { dash().into_any() } else { c.tags.iter().map(|t| view! { <span class="tag">{t.clone()}</span>" " }).collect_view().into_any() }}</dd>
                <dt>{tr(Msg::FieldConfidentiality)}</dt>
                <dd>{move || state.t(i18n::confidentiality(conf))}</dd>
            </dl>
            {(!c.notes.is_empty()).then(|| view! { <h3>{tr(Msg::FieldNotes)}</h3><p class="notes">{c.notes.clone()}</p> })}
        </section>
    }
}

/// 73282932000074 → 732 829 320 00074 (SIREN, then NIC).
fn format_siret(s: &str) -> String {
    if s.len() != 14 {
        return s.to_owned();
    }
    format!("{} {} {} {}", &s[..3], &s[3..6], &s[6..9], &s[9..])
}

#[component]
fn StagePanel(id: Id) -> impl IntoView {
    let state = use_app();
    let st = Memo::new(move |_| state.funnel.with(|f| f.get(&id).copied()));
    let organisation = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .and_then(|p| p.company(id))
                .map(|c| c.organisation)
        })
    });
    let set = move |value: String| {
        let stage = Stage::at(&value);
        let _ = state.apply(|p, ctx| Ok(commands::set_stage_override(p, id, stage, ctx)));
    };
    view! {
        <section class="card stage-panel" aria-labelledby="stage-title">
            <h2 id="stage-title">{tr(Msg::SectionFollowUp)}</h2>
            {move || st.get().map(|s| view! {
                <p class="stage-now" data-testid="stage">
                    <StageBadge stage=s.shown()/>" "
                    <span class="muted">"("{move || state.t(if s.manual { Msg::StageManual } else { i18n::stage_because(s.because) })}")"</span>
                </p>
            })}
            {move || organisation.get().filter(|o| !o.recruited()).map(|o| view! {
                <p class="stage-now" data-testid="stage">
                    <span class="badge neutral">{move || state.t(i18n::organisation(o))}</span>" "
                    <span class="muted">{tr(Msg::OrgNotRecruited)}</span>
                </p>
            })}
            <div class="field" hidden=move || st.get().is_none()>
                <label for="stage-override">{tr(Msg::SetStage)}</label>
                <select id="stage-override" on:change=move |e| set(event_target_value(&e))>
                    <option value="" selected=move || st.get().is_some_and(|s| !s.manual)>{tr(Msg::StageAuto)}</option>
                    {Stage::ALL.into_iter().map(|s| view! {
                        <option value=s.position().to_string() selected=move || st.get().is_some_and(|x| x.manual && x.shown() == s)>
                            {move || state.t(i18n::stage(s))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
        </section>
    }
}

/// The synergies the company takes part in, with their step.
#[component]
fn Synergies(id: Id) -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref().map_or_else(Vec::new, |p| {
                p.synergies_of(id)
                    .into_iter()
                    .map(|s| (s.id, s.title.clone(), s.status))
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <section class="card" aria-labelledby="company-synergies-title" data-testid="company-synergies">
            <h2 id="company-synergies-title">{tr(Msg::CompanySynergies)}</h2>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    return view! { <p class="empty-state">{tr(Msg::CompanyNoSynergy)}</p> }.into_any();
                }
                view! {
                    <ul class="plain-list">
                        {rows.into_iter().map(|(sid, title, status)| view! {
                            <li>
                                <a href=Route::Synergy(sid).to_hash()>{title}</a>" "
                                <span class="tag">{move || state.t(i18n::flows::status(status))}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// The meetings the company was registered for, the latest first, with
/// how many of its people came.
#[component]
fn Meetings(id: Id) -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref().map_or_else(Vec::new, |p| {
                p.events_of(id)
                    .into_iter()
                    .map(|(e, registered, attended)| {
                        (e.id, e.title.clone(), e.date, registered, attended)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <section class="card" aria-labelledby="company-meetings-title" data-testid="company-meetings">
            <h2 id="company-meetings-title">{tr(Msg::CompanyMeetings)}</h2>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    return view! { <p class="empty-state">{tr(Msg::CompanyNoMeeting)}</p> }.into_any();
                }
                view! {
                    <ul class="plain-list">
                        {rows.into_iter().map(|(eid, title, date, registered, attended)| view! {
                            <li>
                                <a href=Route::Event { id: eid, tab: EventTab::People }.to_hash()>{title}</a>
                                " — "{move || i18n::date(state.lang.get(), date)}" · "
                                <span class="muted">{move || {
                                    let l = state.lang.get();
                                    format!(
                                        "{}, {}",
                                        i18n::plural(l, registered, Msg::MeetingRegisteredOne, Msg::MeetingRegisteredMany),
                                        i18n::plural(l, attended, Msg::MeetingAttendedOne, Msg::MeetingAttendedMany)
                                    )
                                }}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
