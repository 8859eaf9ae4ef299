//! Creating or refining a flow: what it is (kind, words, category, waste
//! code), how much (quantity, unit, period → per year, density for volumes),
//! where it goes today, and how reliable the figures are.

use crate::components::draft::{DraftKeeper, DraftNotice};
use crate::components::field::{
    error_of, ChoiceField, FormErrors, MaybeChoiceField, SelectField, TextArea, TextField,
};
use crate::components::low_picker::LowPicker;
use crate::route::{navigate, Route};
use crate::state::forms::FormGuard;
use crate::state::{today, tr, use_app};
use leptos::prelude::*;
use maillage_core::form::flow::FlowFields;
use maillage_core::i18n::{self, flows as words, Msg};
use maillage_core::*;

/// The form's fields as signals, one per input.
#[derive(Clone, Copy)]
struct Draft {
    direction: RwSignal<Direction>,
    kind: RwSignal<FlowKind>,
    label: RwSignal<String>,
    category: RwSignal<String>,
    code: RwSignal<String>,
    quantity: RwSignal<String>,
    unit: RwSignal<Unit>,
    period: RwSignal<Period>,
    regularity: RwSignal<Regularity>,
    density: RwSignal<String>,
    treatment: RwSignal<Option<Treatment>>,
    provider: RwSignal<String>,
    distance: RwSignal<String>,
    cost: RwSignal<String>,
    quality: RwSignal<String>,
    confidence: RwSignal<Confidence>,
    verified: RwSignal<String>,
}

impl Draft {
    fn of(f: FlowFields) -> Draft {
        Draft {
            direction: RwSignal::new(f.direction),
            kind: RwSignal::new(f.kind),
            label: RwSignal::new(f.label),
            category: RwSignal::new(f.category),
            code: RwSignal::new(f.code),
            quantity: RwSignal::new(f.quantity),
            unit: RwSignal::new(f.unit),
            period: RwSignal::new(f.period),
            regularity: RwSignal::new(f.regularity),
            density: RwSignal::new(f.density),
            treatment: RwSignal::new(f.treatment),
            provider: RwSignal::new(f.provider),
            distance: RwSignal::new(f.distance),
            cost: RwSignal::new(f.cost),
            quality: RwSignal::new(f.quality),
            confidence: RwSignal::new(f.confidence),
            verified: RwSignal::new(f.verified),
        }
    }

    /// What the inputs hold now (reactive: the live help follows it).
    fn fields(self) -> FlowFields {
        FlowFields {
            direction: self.direction.get(),
            kind: self.kind.get(),
            label: self.label.get(),
            category: self.category.get(),
            code: self.code.get(),
            quantity: self.quantity.get(),
            unit: self.unit.get(),
            period: self.period.get(),
            regularity: self.regularity.get(),
            density: self.density.get(),
            treatment: self.treatment.get(),
            provider: self.provider.get(),
            distance: self.distance.get(),
            cost: self.cost.get(),
            quality: self.quality.get(),
            confidence: self.confidence.get(),
            verified: self.verified.get(),
        }
    }
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
            form::flow::new_flow(
                uuid::Uuid::new_v4(),
                company_id,
                d,
                state.author.get_untracked(),
                today(),
            )
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
    let draft = Draft::of(FlowFields::of(&base, state.lang_now()));
    let guard = FormGuard::new(&base);
    let issues = guard.issues;
    let company_id = base.company_id;
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let draft_key = match id {
        Some(id) => format!("flow:{id}"),
        None => format!("flow:new:{company_id}:{:?}", base.direction),
    };
    let keeper = DraftKeeper::new(draft_key, base.rev, form_ref);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let flow = match untrack(|| draft.fields()).to_flow(&base) {
            Ok(f) => f,
            Err(found) => return issues.set(found),
        };
        if guard.save(state, |p| &p.flows, flow, commands::save_flow) {
            keeper.clear();
            state.notify_when_saved(Msg::FlowSaved);
            navigate(&Route::Company(company_id));
        }
    };
    let Draft {
        direction,
        kind,
        label,
        category,
        code,
        quantity: qty,
        unit,
        period,
        regularity,
        density,
        treatment,
        provider,
        distance,
        cost,
        quality,
        confidence,
        verified,
    } = draft;
    // Live help: the yearly amount, and whether a volume can become tonnes.
    let yearly_help = move || {
        let lang = state.lang.get();
        let q = draft.fields().amount()?;
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
    // Choosing a waste code proposes its category when none is set.
    let code_picked = Callback::new(move |c: String| {
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
                        <ChoiceField id="flow-direction" label=Msg::FieldDirection value=direction/>
                        <ChoiceField id="flow-kind" label=Msg::FieldFlowKind value=kind/>
                    </div>
                    <TextField id="flow-label" label=Msg::FieldLabel value=label required=true error=error_of(issues, "label")/>
                    <SelectField id="flow-category" label=Msg::FieldCategory value=category options=categories/>
                    <LowPicker code=code error=error_of(issues, "low_code") on_pick=code_picked/>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::FieldQuantity)}</legend>
                    <div class="row">
                        <TextField id="flow-quantity" label=Msg::FieldQuantity value=qty error=error_of(issues, "quantity.value") inputmode="decimal"/>
                        <ChoiceField id="flow-unit" label=Msg::FieldUnit value=unit/>
                        <ChoiceField id="flow-period" label=Msg::FieldPeriod value=period/>
                    </div>
                    {move || yearly_help().map(|(text, warning)| view! {
                        <p class="hint" data-testid="yearly">{text}</p>
                        {warning.map(|w| view! { <p class="flag" role="note" data-testid="no-mass">{w}</p> })}
                    })}
                    <div class="row">
                        <ChoiceField id="flow-regularity" label=Msg::FieldRegularity value=regularity/>
                        <TextField id="flow-density" label=Msg::FieldDensity value=density error=error_of(issues, "density_kg_m3") inputmode="decimal"/>
                    </div>
                    <p class="hint">{density_hint}</p>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::SectionRoute)}</legend>
                    <div class="row">
                        <MaybeChoiceField id="flow-treatment" label=Msg::FieldTreatment value=treatment/>
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
                        <ChoiceField id="flow-confidence" label=Msg::FieldConfidence value=confidence/>
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
