//! Picking a European List of Waste code: 842 codes searched by code or by
//! words in French or English; hazardous codes marked with their star and
//! a warning; the chapter of the chosen code shown.

use super::code_search::{Choice, CodeSearch};
use super::naf_picker::Chosen;
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::{self, Lang, Msg};
use maillage_core::low;

const MAX_SHOWN: usize = 15;

fn search(q: &str, lang: Lang) -> Vec<Choice> {
    low::list()
        .search(q, MAX_SHOWN)
        .into_iter()
        .map(|c| Choice {
            value: c.code.into(),
            code: c.display(),
            label: if lang == Lang::Fr {
                c.label_fr.into()
            } else {
                c.label_en.into()
            },
            flag: c.hazardous.then(|| i18n::t(lang, Msg::LowHazardous).into()),
        })
        .collect()
}

#[component]
pub fn LowPicker(
    code: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    /// Runs after the user picks a code (not when the form fills it in).
    #[prop(optional)]
    on_pick: Option<Callback<String>>,
) -> impl IntoView {
    let state = use_app();
    let chosen = Signal::derive(move || {
        let lang = state.lang.get();
        let c = low::list().get(&code.get())?;
        let label = if lang == Lang::Fr {
            c.label_fr
        } else {
            c.label_en
        };
        Some(format!("{} — {label}", c.display()))
    });
    let chapter = move || {
        let lang = state.lang.get();
        let c = low::list().get(&code.get())?;
        let ch = low::list().chapter(c.chapter())?;
        Some(i18n::tf(
            lang,
            Msg::LowChapter,
            &[
                ("chapter", ch.chapter),
                (
                    "title",
                    if lang == Lang::Fr {
                        ch.label_fr
                    } else {
                        ch.label_en
                    },
                ),
            ],
        ))
    };
    let hazardous = move || low::list().get(&code.get()).is_some_and(|c| c.hazardous);
    view! {
        <fieldset class="naf-picker" class:has-error=move || error.get().is_some()>
            <legend>{tr(Msg::FieldLowCode)}</legend>
            <Chosen text=chosen code=code none=Msg::LowNone clear=Msg::NafClear testid="low-chosen"/>
            {move || chapter().map(|c| view! { <p class="hint">{c}</p> })}
            <Show when=hazardous>
                <p class="flag danger" role="note">{tr(Msg::HazardousWarning)}</p>
            </Show>
            <CodeSearch id="low" label=Msg::LowSearch hint=Msg::LowHint no_match=Msg::LowNoMatch
                search=search on_pick=Callback::new(move |c: String| {
                    code.set(c.clone());
                    if let Some(f) = on_pick {
                        f.run(c);
                    }
                }) described_by="low-error"/>
            <p class="field-error" id="low-error" hidden=move || error.get().is_none()>{move || error.get().unwrap_or_default()}</p>
        </fieldset>
    }
}
