//! "Send to a partner": who the file is for, which companies (by filter and
//! by hand), which kinds travel with them, an optional passphrase, and a
//! summary of what leaves and what stays home before anything is written.
//! What may leave is decided by `maillage_core::share`, never here.

use super::companies::Filters;
use crate::components::field::{CheckboxField, TextField};
use crate::route::Route;
use crate::state::{files, tr, use_app};
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::{self, Lang, Msg};
use maillage_core::search::{CompanyFilter, Sort};
use maillage_core::share::{self, Partner, Scope, Withheld};
use maillage_core::{Id, Kind, SizeBand, Stage};
use std::collections::HashSet;

/// Companies listed with their boxes (the rest are counted).
const LISTED: usize = 200;

/// The kinds ticked at first: what a partner phoning and inviting needs.
const DEFAULT_KINDS: [Kind; 3] = [Kind::Contact, Kind::Interaction, Kind::Event];

#[component]
pub fn Share() -> impl IntoView {
    let state = use_app();
    let partner = RwSignal::new(
        state
            .project
            .with_untracked(|p| {
                p.as_ref()
                    .and_then(|p| p.territory.partners.first().map(|x| x.name.clone()))
            })
            .unwrap_or_default(),
    );
    let team = RwSignal::new(false);
    let notes = RwSignal::new(false);
    let kinds: Vec<(Kind, RwSignal<bool>)> = share::choosable()
        .iter()
        .map(|k| (*k, RwSignal::new(DEFAULT_KINDS.contains(k))))
        .collect();
    let text = RwSignal::new(String::new());
    let stage = RwSignal::new(None::<Stage>);
    let section = RwSignal::new(None::<char>);
    let zone = RwSignal::new(None::<String>);
    let size = RwSignal::new(None::<SizeBand>);
    let left_out = RwSignal::new(HashSet::<Id>::new());
    let pass = RwSignal::new(String::new());
    let pass2 = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    // The companies the filters keep, in name order.
    let matching = Memo::new(move |_| {
        let filter = CompanyFilter {
            query: text.get(),
            stage: stage.get(),
            section: section.get(),
            zone: zone.get(),
            size: size.get(),
        };
        let index = state.index.get();
        state.funnel.with(|funnel| {
            state.project.with(|p| {
                p.as_ref()
                    .map(|p| {
                        index
                            .filter(p, funnel, &filter, Sort::default())
                            .into_iter()
                            .map(|i| (p.companies[i].id, p.companies[i].name.clone()))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        })
    });
    let kinds_for_scope = kinds.clone();
    let scope = Memo::new(move |_| Scope {
        partner: Partner {
            name: partner.get().trim().to_owned(),
            facilitation_team: team.get(),
        },
        companies: matching.with(|m| {
            left_out.with(|out| {
                m.iter()
                    .map(|(id, _)| *id)
                    .filter(|id| !out.contains(id))
                    .collect()
            })
        }),
        kinds: kinds_for_scope
            .iter()
            .filter(|(_, on)| on.get())
            .map(|(k, _)| *k)
            .collect(),
        notes: notes.get(),
    });
    let preview = Memo::new(move |_| {
        files::preview_share(state, &scope.get()).map(|(p, w)| {
            let counts: Vec<(Kind, usize)> =
                Kind::LISTS.iter().map(|k| (*k, p.count(*k))).collect();
            (counts, w)
        })
    });

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let lang = state.lang_now();
        let s = scope.get_untracked();
        if s.partner.name.is_empty() {
            return error.set(Some(i18n::t(lang, Msg::SharePartnerRequired).to_owned()));
        }
        if s.companies.is_empty() {
            return error.set(Some(i18n::t(lang, Msg::ShareNoCompany).to_owned()));
        }
        let p = pass.get_untracked();
        if p != pass2.get_untracked() {
            return error.set(Some(i18n::t(lang, Msg::PassphraseMismatch).to_owned()));
        }
        if !p.is_empty() && p.chars().count() < 10 {
            return error.set(Some(i18n::t(lang, Msg::PassphraseTooShort).to_owned()));
        }
        error.set(None);
        busy.set(true);
        spawn_local(async move {
            files::export_for_partner(state, s, Some(p).filter(|p| !p.is_empty())).await;
            busy.set(false);
        });
    };
    let partners = state
        .project
        .with_untracked(|p| p.as_ref().map(|p| p.territory.partner_names()))
        .unwrap_or_default();
    view! {
        <section class="share">
            <h1>{tr(Msg::ShareTitle)}</h1>
            <p class="lead">{tr(Msg::ShareLead)}</p>
            <form on:submit=submit novalidate data-testid="share-form">
                <fieldset>
                    <legend>{tr(Msg::SharePartner)}</legend>
                    <TextField id="share-partner" label=Msg::SharePartnerName value=partner required=true list="share-partners"/>
                    <datalist id="share-partners">
                        {partners.into_iter().map(|p| view! { <option value=p/> }).collect_view()}
                    </datalist>
                    <CheckboxField id="share-team" label=Msg::ShareFacilitationTeam value=team/>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::ShareCompanies)}</legend>
                    <div class="filters">
                        <div class="field search">
                            <label for="share-search">{tr(Msg::SearchCompanies)}</label>
                            <input id="share-search" type="search" autocomplete="off"
                                prop:value=move || text.get() on:input=move |e| text.set(event_target_value(&e))/>
                        </div>
                        <Filters stage=stage section=section zone=zone size=size/>
                    </div>
                    <CompanyChoice matching=matching left_out=left_out/>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::ShareKinds)}</legend>
                    <div class="checks">
                        {kinds.iter().map(|(k, on)| {
                            let label = i18n::kind_plural(*k);
                            view! { <CheckboxField id=format!("share-kind-{}", k.collection()) label=label value=*on/> }
                        }).collect_view()}
                    </div>
                    <CheckboxField id="share-notes" label=Msg::ShareNotes value=notes/>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::Encryption)}</legend>
                    <p class="hint">{tr(Msg::EncryptionHint)}</p>
                    <div class="row">
                        <TextField id="share-pass" label=Msg::Passphrase value=pass kind="password" autocomplete="new-password"/>
                        <TextField id="share-pass2" label=Msg::PassphraseAgain value=pass2 kind="password" autocomplete="new-password"/>
                    </div>
                </fieldset>
                <div class="card share-summary" role="status" data-testid="share-summary">
                    <h2>{tr(Msg::ShareSummaryTitle)}</h2>
                    {move || preview.get().map(|(counts, w)| summary(state.lang.get(), &counts, &w, notes.get()))}
                </div>
                {move || error.get().map(|e| view! { <p class="form-errors" role="alert" data-testid="form-errors">{e}</p> })}
                <div class="actions">
                    <button type="submit" class="button primary" data-testid="share-export" disabled=move || busy.get()>
                        {move || state.tf(Msg::ShareExport, &[("partner", &partner.get())])}
                    </button>
                    <a class="button tertiary" href=Route::Projects.to_hash()>{tr(Msg::Cancel)}</a>
                </div>
            </form>
        </section>
    }
}

/// The companies the filters keep, each with its box.
#[component]
fn CompanyChoice(
    matching: Memo<Vec<(Id, String)>>,
    left_out: RwSignal<HashSet<Id>>,
) -> impl IntoView {
    let state = use_app();
    let all = move |on: bool| {
        left_out.update(|out| {
            matching.with(|m| {
                for (id, _) in m {
                    if on {
                        out.remove(id);
                    } else {
                        out.insert(*id);
                    }
                }
            })
        })
    };
    view! {
        <div class="actions">
            <button type="button" class="button tertiary small" on:click=move |_| all(true)>{tr(Msg::TickAll)}</button>
            <button type="button" class="button tertiary small" on:click=move |_| all(false)>{tr(Msg::UntickAll)}</button>
        </div>
        <ul class="choice-list" data-testid="share-companies">
            <For each=move || matching.get().into_iter().take(LISTED) key=|(id, _)| *id
                children=move |(id, name)| {
                    let box_id = format!("share-company-{id}");
                    view! {
                        <li>
                            <input type="checkbox" id=box_id.clone()
                                prop:checked=move || left_out.with(|o| !o.contains(&id))
                                on:change=move |e| {
                                    let on = event_target_checked(&e);
                                    left_out.update(|o| if on { o.remove(&id); } else { o.insert(id); });
                                }/>
                            <label for=box_id>{name}</label>
                        </li>
                    }
                }/>
        </ul>
        {move || {
            let n = matching.with(Vec::len);
            (n > LISTED).then(|| view! { <p class="hint">{state.tf(Msg::ShareMoreCompanies, &[("n", &i18n::int(state.lang.get(), (n - LISTED) as i64))])}</p> })
        }}
    }
}

/// "42 entreprises, 57 contacts… — Laissés ici : 3 entreprises restreintes…"
fn summary(lang: Lang, counts: &[(Kind, usize)], w: &Withheld, notes: bool) -> AnyView {
    let sent: Vec<(Kind, usize)> = counts.iter().copied().filter(|(_, n)| *n > 0).collect();
    let mut kept: Vec<String> = Vec::new();
    let mut push = |n: usize, one: Msg, many: Msg| {
        if n > 0 {
            kept.push(i18n::plural(lang, n, one, many));
        }
    };
    push(
        w.restricted_companies,
        Msg::WithheldRestrictedOne,
        Msg::WithheldRestrictedMany,
    );
    push(
        w.facilitator_companies,
        Msg::WithheldFacilitatorOne,
        Msg::WithheldFacilitatorMany,
    );
    push(
        w.opted_out_contacts,
        Msg::WithheldOptedOutOne,
        Msg::WithheldOptedOutMany,
    );
    push(
        w.confidential_flows,
        Msg::WithheldFlowsOne,
        Msg::WithheldFlowsMany,
    );
    push(
        w.synergies,
        Msg::WithheldSynergiesOne,
        Msg::WithheldSynergiesMany,
    );
    push(
        w.attendees,
        Msg::WithheldAttendeesOne,
        Msg::WithheldAttendeesMany,
    );
    if !notes {
        push(w.notes, Msg::WithheldNotesOne, Msg::WithheldNotesMany);
    }
    let sent_text = if sent.is_empty() {
        i18n::t(lang, Msg::ShareNothing).to_owned()
    } else {
        super::import::kinds_in_words(lang, &sent)
    };
    view! {
        <p data-testid="share-sent">{i18n::tf(lang, Msg::ShareSends, &[("list", &sent_text)])}</p>
        {(!kept.is_empty()).then(|| view! {
            <p data-testid="share-withheld">{i18n::tf(lang, Msg::ShareWithheld, &[("list", &kept.join(" ; "))])}</p>
        })}
    }
    .into_any()
}
