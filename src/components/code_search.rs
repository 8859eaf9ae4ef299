//! A search box over a code list (NAF activities, waste codes) with a
//! keyboard-usable list of matches, following the ARIA combobox pattern.

use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::{Lang, Msg};

/// One line of the list.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// What is picked (the code as stored).
    pub value: String,
    /// The code as shown ("15 01 10*").
    pub code: String,
    pub label: String,
    /// A warning shown with the line (e.g. "hazardous waste").
    pub flag: Option<String>,
}

#[component]
pub fn CodeSearch(
    /// Prefix of the element ids.
    id: &'static str,
    label: Msg,
    hint: Msg,
    no_match: Msg,
    search: fn(&str, Lang) -> Vec<Choice>,
    on_pick: Callback<String>,
    /// The ids of other elements that describe the input (an error message).
    #[prop(optional)]
    described_by: &'static str,
) -> impl IntoView {
    let state = use_app();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(0usize);
    let matches = Memo::new(move |_| query.with(|q| search(q, state.lang.get())));
    let input_id = format!("{id}-search");
    let list_id = format!("{id}-options");
    let hint_id = format!("{id}-hint");
    let option_id = move |i: usize| format!("{id}-opt-{i}");
    let shown = move || open.get() && !query.with(|q| q.trim().is_empty());
    let pick = move |value: String| {
        on_pick.run(value);
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
                if let Some(c) = matches.with(|m| m.get(active.get_untracked()).cloned()) {
                    pick(c.value);
                }
            }
            "Escape" => open.set(false),
            _ => {}
        }
    };
    view! {
        <div class="field combobox">
            <label for=input_id.clone()>{tr(label)}</label>
            <input
                id=input_id
                type="search"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-controls=list_id.clone()
                aria-expanded=move || shown().to_string()
                aria-activedescendant=move || (shown() && matches.with(|m| !m.is_empty())).then(|| option_id(active.get()))
                aria-describedby=format!("{hint_id} {described_by}")
                prop:value=move || query.get()
                on:input=move |e| { query.set(event_target_value(&e)); active.set(0); open.set(true); }
                on:keydown=on_key
            />
            <p class="hint" id=hint_id>{tr(hint)}</p>
            <Show when=shown>
                <ul id=list_id.clone() role="listbox" class="options">
                    {move || {
                        let m = matches.get();
                        if m.is_empty() {
                            return view! { <li class="empty" role="option" aria-disabled="true">{tr(no_match)}</li> }.into_any();
                        }
                        m.into_iter().enumerate().map(|(i, c)| {
                            let value = c.value.clone();
                            view! {
                                <li id=option_id(i) role="option"
                                    aria-selected=move || (active.get() == i).to_string()
                                    class:active=move || active.get() == i
                                    on:mousedown=move |e| { e.prevent_default(); pick(value.clone()); }>
                                    <span class="code">{c.code}</span>" "<span>{c.label}</span>
                                    {c.flag.map(|f| view! { " "<span class="badge danger">{f}</span> })}
                                </li>
                            }
                        }).collect_view().into_any()
                    }}
                </ul>
            </Show>
        </div>
    }
}
