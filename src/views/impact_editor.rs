//! The impact of one synergy, estimated or measured: the inputs, and the
//! result with its working (quantity × factor, with the factor's source).

use crate::components::field::{error_of, FormErrors, MaybeChoiceField, SelectField, TextField};
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::factors::FactorInfo;
use maillage_core::form::impact::ImpactFields;
use maillage_core::i18n::{self, Lang, Msg};
use maillage_core::impact::{self, Gap, ImpactReport, Line};
use maillage_core::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    Estimate,
    Measured,
}

fn inputs_of(s: &Synergy, basis: Basis) -> Option<ImpactInputs> {
    match basis {
        Basis::Estimate => s.impact.estimate.clone(),
        Basis::Measured => s.impact.measured.clone(),
    }
}

fn factor_label(lang: Lang, f: &FactorInfo) -> String {
    let label = if lang == Lang::Fr {
        &f.label_fr
    } else {
        &f.label_en
    };
    i18n::tf(
        lang,
        Msg::FactorSource,
        &[
            ("label", label),
            ("source", &f.source),
            ("version", &f.version),
        ],
    )
}

#[component]
pub fn ImpactPanel(id: Id, basis: Basis) -> impl IntoView {
    let state = use_app();
    let editing = RwSignal::new(false);
    let inputs = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .and_then(|p| p.synergies.iter().find(|s| s.id == id))
                .and_then(|s| inputs_of(s, basis))
        })
    });
    let report = Memo::new(move |_| {
        inputs
            .get()
            .map(|i| impact::compute(&i, &state.factors.get()))
    });
    let (title, none, add) = match basis {
        Basis::Estimate => (Msg::EstimateTitle, Msg::NoEstimate, Msg::AddEstimate),
        Basis::Measured => (Msg::MeasuredTitle, Msg::NoMeasure, Msg::AddMeasure),
    };
    let testid = if basis == Basis::Estimate {
        "impact-estimate"
    } else {
        "impact-measured"
    };
    view! {
        <section class="card impact-panel" data-testid=testid>
            <div class="section-head">
                <h2>{tr(title)}</h2>
                <button type="button" class="button secondary" on:click=move |_| editing.update(|e| *e = !*e)>
                    {move || state.t(if inputs.with(Option::is_some) { Msg::EditImpact } else { add })}
                </button>
            </div>
            {move || editing.get().then(|| view! { <ImpactForm id=id basis=basis done=editing/> })}
            {move || match report.get() {
                None => view! { <p class="muted">{tr(none)}</p> }.into_any(),
                Some(r) => view! { <Working report=r inputs=inputs.get().unwrap_or_default()/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Working(report: ImpactReport, inputs: ImpactInputs) -> impl IntoView {
    let state = use_app();
    let line = move |l: Line, msg: Msg| {
        let f = l.factor.clone();
        view! {
            <li class="working-line">
                <span class="result" data-testid="working">{move || {
                    let lang = state.lang.get();
                    i18n::tf(lang, msg, &[
                        ("quantity", &i18n::number(lang, l.quantity, 2)),
                        ("unit", l.quantity_unit),
                        ("factor", &i18n::number(lang, l.factor.value, 5)),
                        ("funit", &l.factor.unit),
                        ("result", &i18n::number(lang, l.kg_co2e, 0)),
                    ])
                }}</span>
                <br/><span class="muted small" data-testid="factor">{move || {
                    let lang = state.lang.get();
                    let mut s = factor_label(lang, &f);
                    if !f.parts.is_empty() {
                        s.push_str(&format!(" ({})", i18n::tf(lang, Msg::FactorParts, &[("parts", &f.parts)])));
                    }
                    s
                }}</span>
            </li>
        }
    };
    let km = match (&inputs.transport, report.km_per_year) {
        (Some(t), Some(total)) => Some((
            t.trips_per_month.unwrap_or(0.0),
            t.km_per_trip.unwrap_or(0.0),
            total,
        )),
        _ => None,
    };
    let savings: Vec<(String, f64)> = state.project.with_untracked(|p| {
        report
            .savings
            .iter()
            .map(|(c, e)| {
                (
                    p.as_ref()
                        .and_then(|p| p.company(*c))
                        .map(|c| c.name.clone())
                        .unwrap_or_default(),
                    *e,
                )
            })
            .collect()
    });
    let gaps = report.gaps.clone();
    view! {
        <ul class="working">
            {report.tonnes_per_year.map(|t| view! { <li>{tr(Msg::FieldTonnes)}" : "<strong>{move || i18n::number(state.lang.get(), t, 2)}" t"</strong></li> })}
            {km.map(|(trips, km, total)| view! { <li data-testid="km">{move || {
                let lang = state.lang.get();
                i18n::tf(lang, Msg::WorkingKm, &[("trips", &i18n::number(lang, trips, 2)), ("km", &i18n::number(lang, km, 1)), ("total", &i18n::number(lang, total, 0))])
            }}</li> })}
            {report.transport.clone().map(|l| line(l, Msg::WorkingTransport))}
            {report.old_route.clone().map(|l| line(l, Msg::WorkingOldRoute))}
            {report.virgin.clone().map(|l| line(l, Msg::WorkingVirgin))}
            {savings.into_iter().map(|(name, eur)| view! { <li>{tr(Msg::FieldSavings)}" — "{name}" : "{move || i18n::number(state.lang.get(), eur, 0)}" €"</li> }).collect_view()}
            {report.value_kept.map(|v| view! { <li>{tr(Msg::FieldValueKept)}" : "{move || i18n::number(state.lang.get(), v, 0)}" €"</li> })}
        </ul>
        {(!gaps.is_empty()).then(|| view! {
            <ul class="gaps">
                {gaps.into_iter().map(|g| view! { <li class="flag">{move || match &g {
                    Gap::UnknownFactor(id) => state.tf(Msg::GapUnknownFactor, &[("id", id)]),
                    Gap::TripsOrKm => state.t(Msg::GapTrips).to_owned(),
                    Gap::Tonnes => state.t(Msg::GapTonnes).to_owned(),
                }}</li> }).collect_view()}
            </ul>
        })}
    }
}

/// Factor choices of a kind, with "none" first.
fn factor_options(kind: FactorKind) -> Signal<Vec<(String, String)>> {
    let state = use_app();
    Signal::derive(move || {
        let lang = state.lang.get();
        let mut v = vec![(String::new(), i18n::t(lang, Msg::NoFactor).to_owned())];
        v.extend(state.factors.get().of_kind(kind).map(|f| {
            (
                f.id.clone(),
                format!(
                    "{} — {} {}",
                    if lang == Lang::Fr {
                        &f.label_fr
                    } else {
                        &f.label_en
                    },
                    i18n::number(lang, f.value, 5),
                    f.unit
                ),
            )
        }));
        v
    })
}

#[component]
fn ImpactForm(id: Id, basis: Basis, done: RwSignal<bool>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang_now();
    let (base, participants) = state.project.with_untracked(|p| {
        let s = p
            .as_ref()
            .and_then(|p| p.synergies.iter().find(|s| s.id == id));
        let parts: Vec<(Id, String)> = s
            .map(|s| {
                s.participants
                    .iter()
                    .map(|x| {
                        (
                            x.company_id,
                            p.as_ref()
                                .and_then(|p| p.company(x.company_id))
                                .map(|c| c.name.clone())
                                .unwrap_or_default(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        (
            s.and_then(|s| inputs_of(s, basis)).unwrap_or_default(),
            parts,
        )
    });
    let company_ids: Vec<Id> = participants.iter().map(|(c, _)| *c).collect();
    let fields = ImpactFields::of(&base, &company_ids, lang);
    let tonnes = RwSignal::new(fields.tonnes);
    let method = RwSignal::new(fields.method);
    let trips = RwSignal::new(fields.trips);
    let km = RwSignal::new(fields.km);
    let vehicle = RwSignal::new(fields.vehicle);
    let old_route = RwSignal::new(fields.old_route);
    let virgin = RwSignal::new(fields.virgin);
    let value_kept = RwSignal::new(fields.value_kept);
    let savings: Vec<(Id, String, RwSignal<String>)> = participants
        .into_iter()
        .zip(fields.savings)
        .map(|((cid, name), (_, text))| (cid, name, RwSignal::new(text)))
        .collect();
    let issues = RwSignal::new(Vec::<Issue>::new());
    let vehicle_km = factor_options(FactorKind::VehicleKm);
    let tonne_km = factor_options(FactorKind::TonneKm);
    // The fields as typed.
    let savings_for_read = savings.clone();
    let read = move || ImpactFields {
        tonnes: tonnes.get_untracked(),
        method: method.get_untracked(),
        trips: trips.get_untracked(),
        km: km.get_untracked(),
        vehicle: vehicle.get_untracked(),
        old_route: old_route.get_untracked(),
        virgin: virgin.get_untracked(),
        savings: savings_for_read
            .iter()
            .map(|(c, _, v)| (*c, v.get_untracked()))
            .collect(),
        value_kept: value_kept.get_untracked(),
    };
    // Picking another method proposes its factor (the rule is core's).
    let read_for_pick = read.clone();
    let method_before = StoredValue::new(method.get_untracked());
    let method_picked = Callback::new(move |m: Option<TransportMethod>| {
        let mut f = read_for_pick();
        f.method = method_before.get_value();
        f.choose_method(m);
        vehicle.set(f.vehicle);
        method_before.set_value(m);
    });
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let inputs = match read().to_inputs(crate::state::today()) {
            Ok(i) => i,
            Err(found) => return issues.set(found),
        };
        let result = state.apply(|p, ctx| {
            let Some(mut s) = p.synergies.iter().find(|s| s.id == id).cloned() else {
                return Ok(Vec::new());
            };
            match basis {
                Basis::Estimate => s.impact.estimate = Some(inputs),
                Basis::Measured => s.impact.measured = Some(inputs),
            }
            commands::save_synergy(p, s, ctx)
        });
        match result {
            Ok(()) => {
                done.set(false);
                state.notify_when_saved(Msg::ImpactSaved);
            }
            Err(found) => {
                // The numbers are checked under "impact.estimate." / "impact.measured.": show them at the fields.
                let prefix = if basis == Basis::Estimate {
                    "impact.estimate."
                } else {
                    "impact.measured."
                };
                issues.set(
                    found
                        .into_iter()
                        .map(|mut i| {
                            i.path = i.path.trim_start_matches(prefix).to_owned();
                            i
                        })
                        .collect(),
                );
            }
        }
    };
    let prefix = if basis == Basis::Estimate {
        "est"
    } else {
        "mes"
    };
    view! {
        <form class="subform" on:submit=submit novalidate data-testid=format!("impact-form-{prefix}")>
            <FormErrors issues=issues/>
            <TextField id=format!("{prefix}-tonnes") label=Msg::FieldTonnes value=tonnes error=error_of(issues, "tonnes_per_year") inputmode="decimal"/>
            <MaybeChoiceField id=format!("{prefix}-method") label=Msg::FieldTransportMethod value=method none=Msg::TmNone on_change=method_picked/>
            <Show when=move || method.get().is_some()>
                <div class="row">
                    <Show when=move || method.get() == Some(TransportMethod::VehicleKm)>
                        <TextField id=format!("{prefix}-trips") label=Msg::FieldTrips value=trips error=error_of(issues, "transport.trips_per_month") inputmode="decimal"/>
                    </Show>
                    <TextField id=format!("{prefix}-km") label=Msg::FieldKmPerTrip value=km error=error_of(issues, "transport.km_per_trip") inputmode="decimal"/>
                </div>
                <SelectField id=format!("{prefix}-vehicle") label=Msg::FieldVehicle value=vehicle
                    options=Signal::derive(move || if method.get() == Some(TransportMethod::TonneKm) { tonne_km.get() } else { vehicle_km.get() })/>
            </Show>
            <SelectField id=format!("{prefix}-route") label=Msg::FieldOldRoute value=old_route options=factor_options(FactorKind::Treatment)/>
            <SelectField id=format!("{prefix}-virgin") label=Msg::FieldVirgin value=virgin options=factor_options(FactorKind::Virgin)/>
            <fieldset>
                <legend>{tr(Msg::FieldSavings)}</legend>
                {savings.into_iter().enumerate().map(|(i, (_, name, v))| view! {
                    <div class="field">
                        <label for=format!("{prefix}-saving-{i}")>{name}</label>
                        <input id=format!("{prefix}-saving-{i}") type="text" inputmode="decimal" prop:value=move || v.get() on:input=move |e| v.set(event_target_value(&e))/>
                    </div>
                }).collect_view()}
            </fieldset>
            <TextField id=format!("{prefix}-kept") label=Msg::FieldValueKept value=value_kept error=error_of(issues, "value_kept_eur_per_year") inputmode="decimal"/>
            <div class="actions">
                <button type="submit" class="button primary" data-testid=format!("save-impact-{prefix}")>{tr(Msg::Save)}</button>
                <button type="button" class="button tertiary" on:click=move |_| done.set(false)>{tr(Msg::Cancel)}</button>
            </div>
        </form>
    }
}
