//! Picking an activity code: a search over the 732 NAF rév. 2 sub-classes
//! (by code or words, accents ignored). A NAF 2025 code is typed as is.

use super::code_search::{Choice, CodeSearch};
use crate::state::tr;
use leptos::prelude::*;
use maillage_core::i18n::{Lang, Msg};
use maillage_core::naf::{self, Nomenclature};

const MAX_SHOWN: usize = 12;

fn search(q: &str, _: Lang) -> Vec<Choice> {
    naf::rev2()
        .search(q, MAX_SHOWN)
        .into_iter()
        .map(|s| Choice {
            value: s.code.into(),
            code: s.code.into(),
            label: s.label_fr.into(),
            flag: None,
        })
        .collect()
}

#[component]
pub fn NafPicker(
    nomenclature: RwSignal<Nomenclature>,
    /// The chosen code, empty when none.
    code: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let chosen_label = move || {
        let c = code.get();
        match nomenclature.get() {
            Nomenclature::NafRev2 => naf::rev2()
                .subclass(&c)
                .map(|s| format!("{} — {}", s.code, s.label_fr)),
            Nomenclature::Naf2025 => None,
        }
    };
    let nomenclature_options = move || {
        [(Nomenclature::NafRev2, "naf_rev2", Msg::NafRev2), (Nomenclature::Naf2025, "naf_2025", Msg::Naf2025)]
            .into_iter()
            .map(|(n, v, m)| view! { <option value=v selected=move || nomenclature.get() == n>{tr(m)}</option> })
            .collect_view()
    };
    view! {
        <fieldset class="naf-picker" class:has-error=move || error.get().is_some()>
            <legend>{tr(Msg::FieldActivity)}</legend>
            <div class="field">
                <label for="naf-nomenclature">{tr(Msg::FieldNomenclature)}</label>
                <select id="naf-nomenclature" on:change=move |e| {
                    nomenclature.set(if event_target_value(&e) == "naf_2025" { Nomenclature::Naf2025 } else { Nomenclature::NafRev2 });
                    code.set(String::new());
                }>{nomenclature_options}</select>
            </div>
            <Show
                when=move || nomenclature.get() == Nomenclature::NafRev2
                fallback=move || view! {
                    <div class="field">
                        <label for="naf-2025-code">{tr(Msg::Naf2025)}</label>
                        <input id="naf-2025-code" type="text" placeholder="NN.NNL"
                            aria-invalid=move || error.get().is_some().then_some("true")
                            aria-describedby="naf-error"
                            prop:value=move || code.get() on:input=move |e| code.set(event_target_value(&e))/>
                    </div>
                }
            >
                <Chosen text=Signal::derive(chosen_label) code=code none=Msg::NafNone clear=Msg::NafClear testid="naf-chosen"/>
                <CodeSearch id="naf" label=Msg::FieldActivitySearch hint=Msg::FieldActivityHint no_match=Msg::NafNoMatch
                    search=search on_pick=Callback::new(move |c| code.set(c)) described_by="naf-error"/>
                <p class="hint">{tr(Msg::NafLabelsFrench)}</p>
            </Show>
            <p class="field-error" id="naf-error" hidden=move || error.get().is_none()>{move || error.get().unwrap_or_default()}</p>
        </fieldset>
    }
}

/// The code currently chosen, with a button to remove it.
#[component]
pub fn Chosen(
    /// The code with its label, when it is in the list.
    text: Signal<Option<String>>,
    code: RwSignal<String>,
    none: Msg,
    clear: Msg,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <p class="code-chosen" data-testid=testid>
            {move || text.get().unwrap_or_else(|| {
                let c = code.get();
                if c.is_empty() { String::new() } else { c }
            })}
            <Show when=move || code.with(String::is_empty)>{tr(none)}</Show>
            <Show when=move || !code.with(String::is_empty)>
                <button type="button" class="button tertiary small" on:click=move |_| code.set(String::new())>{tr(clear)}</button>
            </Show>
        </p>
    }
}
