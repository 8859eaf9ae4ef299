//! Picking an activity code: a search box over the 732 NAF rév. 2
//! sub-classes (by code or words, accents ignored) with a keyboard-usable
//! list of matches (ARIA combobox). A NAF 2025 code is typed as is.

use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::Msg;
use maillage_core::naf::{self, Nomenclature};

const MAX_SHOWN: usize = 12;

#[component]
pub fn NafPicker(
    nomenclature: RwSignal<Nomenclature>,
    /// The chosen code, empty when none.
    code: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let state = use_app();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(0usize);
    let matches = Memo::new(move |_| {
        query.with(|q| {
            naf::rev2()
                .search(q, MAX_SHOWN)
                .into_iter()
                .map(|s| (s.code, s.label_fr))
                .collect::<Vec<_>>()
        })
    });
    let chosen_label = move || {
        let c = code.get();
        match nomenclature.get() {
            Nomenclature::NafRev2 => naf::rev2()
                .subclass(&c)
                .map(|s| format!("{} — {}", s.code, s.label_fr)),
            Nomenclature::Naf2025 => None,
        }
    };
    let pick = move |c: &str| {
        code.set(c.to_owned());
        query.set(String::new());
        open.set(false);
    };
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        let n = matches.with(Vec::len);
        match e.key().as_str() {
            "ArrowDown" if n > 0 => {
                e.prevent_default();
                open.set(true);
                active.update(|a| *a = (*a + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                e.prevent_default();
                active.update(|a| *a = (*a + n - 1) % n);
            }
            "Enter" if open.get_untracked() && n > 0 => {
                e.prevent_default();
                if let Some((c, _)) = matches.with(|m| m.get(active.get_untracked()).copied()) {
                    pick(c);
                }
            }
            "Escape" => open.set(false),
            _ => {}
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
                <p class="naf-chosen" data-testid="naf-chosen">
                    {move || chosen_label().unwrap_or_else(|| {
                        let c = code.get();
                        if c.is_empty() { state.t(Msg::NafNone).to_owned() } else { c }
                    })}
                    <Show when=move || !code.get().is_empty()>
                        <button type="button" class="button tertiary small" on:click=move |_| code.set(String::new())>
                            {tr(Msg::NafClear)}
                        </button>
                    </Show>
                </p>
                <div class="field combobox">
                    <label for="naf-search">{tr(Msg::FieldActivitySearch)}</label>
                    <input
                        id="naf-search"
                        type="search"
                        role="combobox"
                        autocomplete="off"
                        aria-autocomplete="list"
                        aria-controls="naf-options"
                        aria-expanded=move || (open.get() && !query.get().trim().is_empty()).to_string()
                        aria-activedescendant=move || (open.get() && matches.with(|m| !m.is_empty())).then(|| format!("naf-opt-{}", active.get()))
                        aria-describedby="naf-hint naf-error"
                        prop:value=move || query.get()
                        on:input=move |e| { query.set(event_target_value(&e)); active.set(0); open.set(true); }
                        on:keydown=on_key
                    />
                    <p class="hint" id="naf-hint">{tr(Msg::FieldActivityHint)}" "{tr(Msg::NafLabelsFrench)}</p>
                    <Show when=move || open.get() && !query.get().trim().is_empty()>
                        <ul id="naf-options" role="listbox" class="options" lang="fr">
                            {move || {
                                let m = matches.get();
                                if m.is_empty() {
                                    return view! { <li class="empty" role="option" aria-disabled="true">{tr(Msg::NafNoMatch)}</li> }.into_any();
                                }
                                m.into_iter().enumerate().map(|(i, (c, l))| view! {
                                    <li id=format!("naf-opt-{i}") role="option"
                                        aria-selected=move || (active.get() == i).to_string()
                                        class:active=move || active.get() == i
                                        on:mousedown=move |e| { e.prevent_default(); pick(c); }>
                                        <span class="code">{c}</span>" "<span>{l}</span>
                                    </li>
                                }).collect_view().into_any()
                            }}
                        </ul>
                    </Show>
                </div>
            </Show>
            <p class="field-error" id="naf-error" hidden=move || error.get().is_none()>{move || error.get().unwrap_or_default()}</p>
        </fieldset>
    }
}
