//! Territory totals (realised and potential, estimates and measures apart)
//! and the emission and conversion factors in force, which the project can
//! override or complete.

use crate::components::field::{error_of, ChoiceField, FormErrors, SelectField, TextField};
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::factors::FactorInfo;
use maillage_core::i18n::choices::Choice;
use maillage_core::i18n::{self, flows as words, Lang, Msg};
use maillage_core::impact::{self, Sum};
use maillage_core::*;

#[component]
pub fn Impact() -> impl IntoView {
    let state = use_app();
    let totals = Memo::new(move |_| {
        let factors = state.factors.get();
        state.project.with(|p| {
            p.as_ref()
                .map(|p| impact::totals(p, &factors))
                .unwrap_or_default()
        })
    });
    view! {
        <section class="impact">
            <h1>{tr(Msg::ImpactTitle)}</h1>
            <p class="lead">{tr(Msg::ImpactLead)}</p>
            <h2>{tr(Msg::TotalsTitle)}</h2>
            <div class="totals">
                {move || {
                    let t = totals.get();
                    view! {
                        <SumCard title=Msg::RealisedEstimate sum=t.realised_estimate testid="realised-estimate"/>
                        <SumCard title=Msg::RealisedMeasured sum=t.realised_measured testid="realised-measured"/>
                        <SumCard title=Msg::PotentialEstimate sum=t.potential_estimate testid="potential-estimate"/>
                    }
                }}
            </div>
            <Factors/>
        </section>
    }
}

#[component]
fn SumCard(title: Msg, sum: Sum, testid: &'static str) -> impl IntoView {
    let state = use_app();
    let rows: Vec<(Msg, f64, usize)> = vec![
        (Msg::TotSynergies, sum.synergies as f64, 0),
        (Msg::TotTonnes, sum.tonnes, 1),
        (Msg::TotKm, sum.km, 0),
        (Msg::TotTransport, sum.transport_kg, 0),
        (Msg::TotRoute, sum.old_route_kg, 0),
        (Msg::TotVirgin, sum.virgin_kg, 0),
        (Msg::TotSavings, sum.savings_eur, 0),
        (Msg::TotValueKept, sum.value_kept_eur, 0),
    ];
    view! {
        <div class="card total-card" data-testid=testid>
            <h3>{tr(title)}</h3>
            <table class="counts">
                <tbody>
                    {rows.into_iter().map(|(m, v, d)| view! {
                        <tr><th scope="row">{tr(m)}</th><td class="num">{move || i18n::number(state.lang.get(), v, d)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

fn label(lang: Lang, f: &FactorInfo) -> String {
    if lang == Lang::Fr {
        f.label_fr.clone()
    } else {
        f.label_en.clone()
    }
}

#[component]
fn Factors() -> impl IntoView {
    let state = use_app();
    let editing = RwSignal::new(None::<Option<String>>);
    view! {
        <section class="factors" aria-labelledby="factors-title">
            <div class="section-head">
                <h2 id="factors-title">{tr(Msg::FactorsTitle)}</h2>
                <button type="button" class="button secondary" on:click=move |_| editing.set(Some(None))>{tr(Msg::AddFactor)}</button>
            </div>
            <p class="hint">{tr(Msg::FactorsLead)}</p>
            {move || editing.get().map(|which| view! { <FactorForm id=which done=editing/> })}
            {FactorKind::all().iter().map(|&kind| {
                let rows = move || state.factors.get().of_kind(kind).cloned().collect::<Vec<_>>();
                view! {
                    <details class="factor-group">
                        <summary>{tr(words::factor_kind(kind))}" ("{move || rows().len()}")"</summary>
                        <table class="data">
                            <thead><tr>
                                <th scope="col">{tr(Msg::ColFactor)}</th>
                                <th scope="col" class="num">{tr(Msg::ColValue)}</th>
                                <th scope="col">{tr(Msg::ColSource)}</th>
                                <th scope="col"></th>
                            </tr></thead>
                            <tbody>
                                {move || rows().into_iter().map(|f| {
                                    let id = f.id.clone();
                                    let project = f.from_project;
                                    let shipped = maillage_core::factors::shipped().iter().any(|s| s.id == f.id);
                                    view! {
                                        <tr>
                                            <th scope="row">{label(state.lang.get(), &f)}{project.then(|| view! { " "<span class="tag">{tr(Msg::ProjectFactor)}</span> })}<br/><code class="small">{f.id.clone()}</code></th>
                                            <td class="num">{i18n::number(state.lang.get(), f.value, 5)}" "{f.unit.clone()}</td>
                                            <td class="small">{format!("{}, {}", f.source, f.version)}{(!f.parts.is_empty()).then(|| view! { <br/><span class="muted">{i18n::localize_numbers(state.lang.get(), &f.parts)}</span> })}</td>
                                            <td>
                                                <button type="button" class="button tertiary small" on:click={let id = id.clone(); move |_| editing.set(Some(Some(id.clone())))}>{tr(if project { Msg::Edit } else { Msg::OverrideFactor })}</button>
                                                {project.then(|| view! {
                                                    <button type="button" class="button tertiary small danger-text" on:click={let id = id.clone(); move |_| {
                                                        let _ = state.apply(|p, ctx| commands::save_factor(p, &id, None, ctx));
                                                    }}>{tr(if shipped { Msg::RestoreShipped } else { Msg::Delete })}</button>
                                                })}
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </details>
                }
            }).into_iter().collect_view()}
        </section>
    }
}

/// Adds a factor, or overrides one (`id`), for this project.
#[component]
fn FactorForm(id: Option<String>, done: RwSignal<Option<Option<String>>>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang_now();
    let base = id
        .as_ref()
        .and_then(|id| state.factors.get_untracked().get(id).cloned());
    let s = |v: String| RwSignal::new(v);
    let fid = s(base.as_ref().map(|f| f.id.clone()).unwrap_or_default());
    let kind = RwSignal::new(base.as_ref().map_or(FactorKind::VehicleKm, |f| f.kind));
    let material = s(base
        .as_ref()
        .map(|f| f.material.clone())
        .unwrap_or_default());
    let flabel = s(base.as_ref().map(|f| label(lang, f)).unwrap_or_default());
    let value = s(form::number_text(lang, base.as_ref().map(|f| f.value)));
    let unit = s(base
        .as_ref()
        .map(|f| f.unit.clone())
        .unwrap_or_else(|| "kgCO2e/km".into()));
    let source = s(base
        .as_ref()
        .filter(|f| f.from_project)
        .map(|f| f.source.clone())
        .unwrap_or_default());
    let version = s(base
        .as_ref()
        .filter(|f| f.from_project)
        .map(|f| f.version.clone())
        .unwrap_or_default());
    let route = base.as_ref().map(|f| f.route.clone()).unwrap_or_default();
    let issues = RwSignal::new(Vec::<Issue>::new());
    let materials = Signal::derive(move || {
        let lang = state.lang.get();
        std::iter::once((String::new(), "—".to_owned()))
            .chain(
                materials::CATEGORIES
                    .iter()
                    .map(|c| (c.key.to_owned(), words::category(lang, c.key))),
            )
            .collect()
    });
    let overriding = id.clone();
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let v = i18n::parse_number(&value.get_untracked());
        if v.is_none() {
            return issues.set(vec![Issue::error("value", IssueCode::NotFinite)]);
        }
        let factor = Factor {
            id: fid.get_untracked().trim().to_owned(),
            kind: kind.get_untracked(),
            material: material.get_untracked(),
            route: route.clone(),
            label: flabel.get_untracked().trim().to_owned(),
            value: v.unwrap_or_default(),
            unit: unit.get_untracked().trim().to_owned(),
            source: source.get_untracked().trim().to_owned(),
            version: version.get_untracked().trim().to_owned(),
            licence: String::new(),
        };
        let key = overriding.clone().unwrap_or_else(|| factor.id.clone());
        match state.apply(|p, ctx| commands::save_factor(p, &key, Some(factor), ctx)) {
            Ok(()) => {
                done.set(None);
                state.notify_when_saved(Msg::FactorSaved);
            }
            Err(found) => issues.set(found),
        }
    };
    let fixed_id = id.is_some();
    view! {
        <form class="subform" on:submit=submit novalidate data-testid="factor-form">
            <FormErrors issues=issues/>
            <div class="row">
                <Show when=move || !fixed_id fallback=move || view! { <p><code>{fid.get_untracked()}</code></p> }>
                    <TextField id="factor-id" label=Msg::FieldFactorId value=fid required=true error=error_of(issues, "id")/>
                </Show>
                <ChoiceField id="factor-kind" label=Msg::FieldFactorKind value=kind/>
                <SelectField id="factor-material" label=Msg::FieldMaterial value=material options=materials/>
            </div>
            <TextField id="factor-label" label=Msg::FieldFactorLabel value=flabel required=true error=error_of(issues, "label")/>
            <div class="row">
                <TextField id="factor-value" label=Msg::FieldFactorValue value=value required=true error=error_of(issues, "value") inputmode="decimal"/>
                <TextField id="factor-unit" label=Msg::FieldFactorUnit value=unit/>
            </div>
            <div class="row">
                <TextField id="factor-source" label=Msg::FieldFactorSource value=source required=true error=error_of(issues, "source")/>
                <TextField id="factor-version" label=Msg::FieldFactorVersion value=version/>
            </div>
            <div class="actions">
                <button type="submit" class="button primary" data-testid="save-factor">{tr(Msg::Save)}</button>
                <button type="button" class="button tertiary" on:click=move |_| done.set(None)>{tr(Msg::Cancel)}</button>
            </div>
        </form>
    }
}
