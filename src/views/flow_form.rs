//! Creating or refining a flow: what it is (kind, words, category, waste
//! code), how much (quantity, unit, period → per year, density for volumes),
//! where it goes today, and how reliable the figures are.

use crate::components::draft::{DraftKeeper, DraftNotice};
use crate::components::field::{
    error_of, optional_date, options, pick, FormErrors, SelectField, TextArea, TextField,
};
use crate::components::low_picker::LowPicker;
use crate::route::{navigate, Route};
use crate::state::forms::FormGuard;
use crate::state::{today, tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::{self, flows as words, Msg};
use maillage_core::*;

fn number_field(text: &str, path: &'static str, issues: &mut Vec<Issue>) -> Option<f64> {
    if text.trim().is_empty() {
        return None;
    }
    let v = i18n::parse_number(text);
    if v.is_none() {
        issues.push(Issue::error(path, IssueCode::NotFinite));
    }
    v
}

#[component]
pub fn FlowForm(
    /// The flow to edit, or None for a new one.
    id: Option<Id>,
    #[prop(optional)] company: Option<Id>,
    #[prop(optional)] direction: Option<Direction>,
) -> impl IntoView {
    let state = use_app();
    let base = match id {
        Some(id) => state.project.with_untracked(|p| {
            p.as_ref()
                .and_then(|p| p.flows.iter().find(|f| f.id == id && !f.deleted).cloned())
        }),
        None => company.map(|company_id| {
            let d = direction.unwrap_or(Direction::Have);
            Flow {
                id: uuid::Uuid::new_v4(),
                rev: 0,
                updated_at: 0,
                updated_by: state.author.get_untracked(),
                deleted: false,
                company_id,
                direction: d,
                kind: if d == Direction::Have {
                    FlowKind::Waste
                } else {
                    FlowKind::Material
                },
                label: String::new(),
                category: String::new(),
                low_code: None,
                quantity: None,
                regularity: Regularity::Unknown,
                route: CurrentRoute::default(),
                quality_notes: String::new(),
                confidence: Confidence::Estimated,
                last_verified: Some(today()),
                confidentiality: Confidentiality::Network,
                density_kg_m3: None,
            }
        }),
    };
    let Some(base) = base else {
        return view! { <p class="empty-state">{tr(Msg::FlowNotFound)}</p> }.into_any();
    };
    let company_name = state
        .project
        .with_untracked(|p| {
            p.as_ref()
                .and_then(|p| p.company(base.company_id))
                .map(|c| c.name.clone())
        })
        .unwrap_or_default();
    let lang = state.lang_now();
    let s = |v: String| RwSignal::new(v);
    let num = |v: Option<f64>| {
        RwSignal::new(
            v.map(|x| i18n::number(lang, x, 6).replace('\u{202f}', ""))
                .unwrap_or_default(),
        )
    };
    let direction_v = s(format!("{:?}", base.direction));
    let kind = s(format!("{:?}", base.kind));
    let label = s(base.label.clone());
    let category = s(base.category.clone());
    let code = s(base.low_code.clone().unwrap_or_default());
    let qty = num(base.quantity.map(|q| q.value));
    let unit = s(format!("{:?}", base.quantity.map_or(Unit::T, |q| q.unit)));
    let period = s(format!(
        "{:?}",
        base.quantity.map_or(Period::Month, |q| q.period)
    ));
    let regularity = s(format!("{:?}", base.regularity));
    let density = num(base.density_kg_m3);
    let treatment = s(base
        .route
        .treatment
        .map(|t| format!("{t:?}"))
        .unwrap_or_default());
    let provider = s(base.route.provider.clone());
    let distance = num(base.route.distance_km);
    let cost = num(base.route.cost_eur_per_year);
    let quality = s(base.quality_notes.clone());
    let confidence = s(format!("{:?}", base.confidence));
    let verified = s(base
        .last_verified
        .map(|d| d.to_string())
        .unwrap_or_default());
    let guard = FormGuard::new(&base);
    let issues = guard.issues;
    let company_id = base.company_id;
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let draft_key = match id {
        Some(id) => format!("flow:{id}"),
        None => format!("flow:new:{company_id}:{:?}", base.direction),
    };
    let keeper = DraftKeeper::new(draft_key, base.rev, form_ref);

    // The flow the form describes, or the fields that do not parse.
    let draft = move |base: &Flow| -> Result<Flow, Vec<Issue>> {
        let mut found = Vec::new();
        let value = number_field(&qty.get_untracked(), "quantity.value", &mut found);
        let density = number_field(&density.get_untracked(), "density_kg_m3", &mut found);
        let distance = number_field(&distance.get_untracked(), "route.distance_km", &mut found);
        let cost = number_field(&cost.get_untracked(), "route.cost_eur_per_year", &mut found);
        let verified_text = verified.get_untracked();
        let last_verified =
            optional_date(&verified_text, "last_verified").unwrap_or_else(|issue| {
                found.push(issue);
                None
            });
        if !found.is_empty() {
            return Err(found);
        }
        let mut f = base.clone();
        f.direction = pick(&Direction::ALL, &direction_v.get_untracked()).unwrap_or(f.direction);
        f.kind = pick(&FlowKind::ALL, &kind.get_untracked()).unwrap_or(f.kind);
        f.label = label.get_untracked();
        f.category = category.get_untracked();
        f.low_code = Some(code.get_untracked()).filter(|c| !c.is_empty());
        f.quantity = value.map(|value| Quantity {
            value,
            unit: pick(&Unit::ALL, &unit.get_untracked()).unwrap_or(Unit::T),
            period: pick(&Period::ALL, &period.get_untracked()).unwrap_or(Period::Year),
        });
        f.regularity = pick(&Regularity::ALL, &regularity.get_untracked()).unwrap_or_default();
        f.density_kg_m3 = density;
        f.route = CurrentRoute {
            treatment: pick(&Treatment::ALL, &treatment.get_untracked()),
            provider: provider.get_untracked().trim().to_owned(),
            distance_km: distance,
            cost_eur_per_year: cost,
        };
        f.quality_notes = quality.get_untracked();
        f.confidence = pick(&Confidence::ALL, &confidence.get_untracked()).unwrap_or_default();
        f.last_verified = last_verified;
        Ok(f)
    };
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let flow = match draft(&base) {
            Ok(f) => f,
            Err(found) => return issues.set(found),
        };
        if guard.save(state, |p| &p.flows, flow, commands::save_flow) {
            keeper.clear();
            state.notify_when_saved(Msg::FlowSaved);
            navigate(&Route::Company(company_id));
        }
    };
    // Live help: the yearly amount, and whether a volume can become tonnes.
    let yearly_help = move || {
        let lang = state.lang.get();
        let value = i18n::parse_number(&qty.get())?;
        let q = Quantity {
            value,
            unit: pick(&Unit::ALL, &unit.get())?,
            period: pick(&Period::ALL, &period.get())?,
        };
        let y = units::yearly(q);
        let mut text = i18n::tf(
            lang,
            Msg::YearlyAmount,
            &[("amount", &words::yearly(lang, y))],
        );
        if y.dimension == units::Dimension::Volume {
            let own = i18n::parse_number(&density.get());
            let factors = state.factors.get();
            let density = own.or_else(|| factors.density(&category.get()).map(|f| f.value));
            match units::tonnes_per_year(q, density) {
                Ok(t) => text.push_str(&format!(
                    " ≈ {}",
                    words::amount(lang, t, units::Dimension::Mass)
                )),
                Err(_) => {
                    return Some((text, Some(i18n::t(lang, Msg::NoMassForVolume).to_owned())))
                }
            }
        }
        Some((text, None))
    };
    let density_hint = move || {
        let lang = state.lang.get();
        match state.factors.get().density(&category.get()) {
            Some(f) => i18n::tf(
                lang,
                Msg::DensityHint,
                &[
                    ("value", &i18n::number(lang, f.value, 0)),
                    ("source", &format!("{}, {}", f.source, f.version)),
                ],
            ),
            None => i18n::t(lang, Msg::DensityNone).to_owned(),
        }
    };
    let categories = Signal::derive(move || {
        let lang = state.lang.get();
        std::iter::once((String::new(), i18n::t(lang, Msg::NoCategory).to_owned()))
            .chain(
                materials::CATEGORIES
                    .iter()
                    .map(|c| (c.key.to_owned(), words::category(lang, c.key))),
            )
            .collect()
    });
    let treatments = Signal::derive(move || {
        let lang = state.lang.get();
        std::iter::once((String::new(), "—".to_owned()))
            .chain(Treatment::ALL.iter().map(|t| {
                (
                    format!("{t:?}"),
                    i18n::t(lang, words::treatment(*t)).to_owned(),
                )
            }))
            .collect()
    });
    // Choosing a waste code proposes its category when none is set.
    Effect::new(move |_| {
        let c = code.get();
        if category.get_untracked().is_empty() {
            if let Some(cat) = materials::category_of_code(&c) {
                category.set(cat.key.to_owned());
            }
        }
    });
    let title = if id.is_some() {
        Msg::FlowFormEdit
    } else {
        Msg::FlowFormNew
    };
    view! {
        <section class="flow-form">
            <p class="breadcrumb"><a href=Route::Company(company_id).to_hash()>{company_name.clone()}</a></p>
            <h1>{tr(title)}</h1>
            <p class="lead">{move || state.tf(Msg::FlowOf, &[("company", &company_name)])}</p>
            <form on:submit=submit novalidate node_ref=form_ref
                on:input=move |_| keeper.track() on:change=move |_| keeper.track()>
                <DraftNotice keeper=keeper/>
                <FormErrors issues=issues/>
                <fieldset>
                    <legend>{tr(Msg::FieldLabel)}</legend>
                    <div class="row">
                        <SelectField id="flow-direction" label=Msg::FieldDirection value=direction_v options=options(&Direction::ALL, words::direction)/>
                        <SelectField id="flow-kind" label=Msg::FieldFlowKind value=kind options=options(&FlowKind::ALL, words::kind)/>
                    </div>
                    <TextField id="flow-label" label=Msg::FieldLabel value=label required=true error=error_of(issues, "label")/>
                    <SelectField id="flow-category" label=Msg::FieldCategory value=category options=categories/>
                    <LowPicker code=code error=error_of(issues, "low_code")/>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::FieldQuantity)}</legend>
                    <div class="row">
                        <TextField id="flow-quantity" label=Msg::FieldQuantity value=qty error=error_of(issues, "quantity.value") inputmode="decimal"/>
                        <SelectField id="flow-unit" label=Msg::FieldUnit value=unit options=options(&Unit::ALL, words::unit)/>
                        <SelectField id="flow-period" label=Msg::FieldPeriod value=period options=options(&Period::ALL, words::period)/>
                    </div>
                    {move || yearly_help().map(|(text, warning)| view! {
                        <p class="hint" data-testid="yearly">{text}</p>
                        {warning.map(|w| view! { <p class="flag" role="note" data-testid="no-mass">{w}</p> })}
                    })}
                    <div class="row">
                        <SelectField id="flow-regularity" label=Msg::FieldRegularity value=regularity options=options(&Regularity::ALL, words::regularity)/>
                        <TextField id="flow-density" label=Msg::FieldDensity value=density error=error_of(issues, "density_kg_m3") inputmode="decimal"/>
                    </div>
                    <p class="hint">{density_hint}</p>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::SectionRoute)}</legend>
                    <div class="row">
                        <SelectField id="flow-treatment" label=Msg::FieldTreatment value=treatment options=treatments/>
                        <TextField id="flow-provider" label=Msg::FieldProvider value=provider/>
                    </div>
                    <div class="row">
                        <TextField id="flow-distance" label=Msg::FieldDistance value=distance error=error_of(issues, "route.distance_km") inputmode="decimal"/>
                        <TextField id="flow-cost" label=Msg::FieldCost value=cost error=error_of(issues, "route.cost_eur_per_year") inputmode="decimal"/>
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::SectionQuality)}</legend>
                    <TextArea id="flow-quality" label=Msg::FieldQualityNotes value=quality rows=2/>
                    <div class="row">
                        <SelectField id="flow-confidence" label=Msg::FieldConfidence value=confidence options=options(&Confidence::ALL, words::confidence)/>
                        <TextField id="flow-verified" label=Msg::FieldLastVerified value=verified kind="date" error=error_of(issues, "last_verified")/>
                    </div>
                </fieldset>
                <div class="actions">
                    <button type="submit" class="button primary" data-testid="save-flow">{tr(Msg::Save)}</button>
                    <a class="button tertiary" href=Route::Company(company_id).to_hash() on:click=move |_| keeper.clear()>{tr(Msg::Cancel)}</a>
                </div>
            </form>
        </section>
    }
    .into_any()
}
