//! Labelled form fields with their hint and error: every input has a
//! visible label, errors are tied to the input (`aria-describedby`) and
//! announced, and text typed is never altered while typing.

use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::choices::Choice;
use maillage_core::i18n::{self, Msg};
use maillage_core::Issue;
use wasm_bindgen::JsCast;

/// The error text of a field, from the issues a command returned.
pub fn error_of(issues: RwSignal<Vec<Issue>>, path: &'static str) -> Signal<Option<String>> {
    let state = use_app();
    Signal::derive(move || {
        let lang = state.lang.get();
        issues.with(|v| {
            v.iter()
                .find(|i| i.path == path)
                .map(|i| i18n::field_problem(lang, &i.code))
        })
    })
}

fn describedby(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[component]
fn Message(id: String, hint: Option<Msg>, error: Signal<Option<String>>) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        {hint.map(|h| view! { <p class="hint" id=hint_id>{tr(h)}</p> })}
        <p class="field-error" id=error_id hidden=move || error.get().is_none()>
            {move || error.get().unwrap_or_default()}
        </p>
    }
}

/// Shows `value` in a field without ever undoing what is being typed: the
/// value is written only when it differs from what the field holds. A date
/// field half typed reads "" to the page; writing that "" back would empty
/// the day and month already typed, which a plain `prop:value` does.
fn keep_in_step<E>(field: NodeRef<E>, value: RwSignal<String>)
where
    E: leptos::html::ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    Effect::new(move |_| {
        let v = value.get();
        let Some(el) = field.get() else { return };
        let el: &web_sys::Element = el.unchecked_ref();
        if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            if input.value() != v {
                input.set_value(&v);
            }
        } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            if area.value() != v {
                area.set_value(&v);
            }
        }
    });
}

#[component]
pub fn TextField(
    #[prop(into)] id: String,
    label: Msg,
    value: RwSignal<String>,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional)] required: bool,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// The id of a `<datalist>` of suggestions.
    #[prop(optional)]
    list: Option<&'static str>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let described = {
        let id = id.clone();
        move || describedby(&id, has_hint, error.get().is_some())
    };
    let field = NodeRef::<leptos::html::Input>::new();
    keep_in_step(field, value);
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id.clone()>
                {tr(label)}
                {required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            <input
                node_ref=field
                id=id.clone()
                type=kind
                required=required
                autocomplete=autocomplete
                inputmode=inputmode
                list=list
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            <Message id=id hint=hint error=error/>
        </div>
    }
}

#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    label: Msg,
    value: RwSignal<String>,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(default = 3)] rows: u32,
) -> impl IntoView {
    let described = hint.map(|_| format!("{id}-hint"));
    let field = NodeRef::<leptos::html::Textarea>::new();
    keep_in_step(field, value);
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <textarea
                node_ref=field
                id=id.clone()
                rows=rows
                aria-describedby=described
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
            <Message id=id hint=hint error=Signal::derive(|| None)/>
        </div>
    }
}

/// A select whose options are (value, label) pairs computed in the current
/// language; `on_change` runs after the user picks one (to propose what
/// follows from it), never when the value is set by the program.
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    label: Msg,
    value: RwSignal<String>,
    options: Signal<Vec<(String, String)>>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional)] on_change: Option<Callback<String>>,
) -> impl IntoView {
    let picked = Callback::new(move |v: String| {
        value.set(v.clone());
        if let Some(f) = on_change {
            f.run(v);
        }
    });
    view! { <Select id=id label=label selected=value.into() options=options error=error picked=picked/> }
}

/// A select over a kind of value ([`Choice`]): its options are the kind's
/// values in order, each in the current language, and it holds the value
/// itself (the option carries its position).
#[component]
pub fn ChoiceField<T: Choice>(
    #[prop(into)] id: String,
    label: Msg,
    value: RwSignal<T>,
    #[prop(optional)] on_change: Option<Callback<T>>,
) -> impl IntoView {
    let picked = Callback::new(move |v: String| {
        if let Some(v) = T::at(&v) {
            value.set(v);
            if let Some(f) = on_change {
                f.run(v);
            }
        }
    });
    let selected = Signal::derive(move || value.get().position().to_string());
    let words: Vec<Msg> = T::all().iter().map(|v| v.word()).collect();
    view! { <Select id=id label=label selected=selected options=worded(words, None) error=Signal::default() picked=picked/> }
}

/// [`ChoiceField`] for a value that may be absent: `none` first ("—"
/// unless told).
#[component]
pub fn MaybeChoiceField<T: Choice>(
    #[prop(into)] id: String,
    label: Msg,
    value: RwSignal<Option<T>>,
    #[prop(optional)] none: Option<Msg>,
    #[prop(optional)] on_change: Option<Callback<Option<T>>>,
) -> impl IntoView {
    let picked = Callback::new(move |v: String| {
        let v = T::at(&v);
        value.set(v);
        if let Some(f) = on_change {
            f.run(v);
        }
    });
    let selected = Signal::derive(move || {
        value
            .get()
            .map(|v| v.position().to_string())
            .unwrap_or_default()
    });
    let words: Vec<Msg> = T::all().iter().map(|v| v.word()).collect();
    view! { <Select id=id label=label selected=selected options=worded(words, Some(none)) error=Signal::default() picked=picked/> }
}

/// Options numbered by position, each a catalog word; with `none`, a first
/// option of value "" (its word, or "—").
fn worded(words: Vec<Msg>, none: Option<Option<Msg>>) -> Signal<Vec<(String, String)>> {
    let lang = use_app().lang;
    Signal::derive(move || {
        let lang = lang.get();
        let first = none.map(|n| {
            (
                String::new(),
                n.map_or("—", |m| i18n::t(lang, m)).to_owned(),
            )
        });
        first
            .into_iter()
            .chain(
                words
                    .iter()
                    .enumerate()
                    .map(|(i, m)| (i.to_string(), i18n::t(lang, *m).to_owned())),
            )
            .collect()
    })
}

/// The one select every kind above draws (not generic: drawn once); a
/// form whose value is derived uses it directly with its own `picked`.
#[component]
pub fn Select(
    id: String,
    label: Msg,
    selected: Signal<String>,
    options: Signal<Vec<(String, String)>>,
    error: Signal<Option<String>>,
    picked: Callback<String>,
) -> impl IntoView {
    let described = {
        let id = id.clone();
        move || describedby(&id, false, error.get().is_some())
    };
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id.clone()>{tr(label)}</label>
            <select
                id=id.clone()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                on:change=move |ev| picked.run(event_target_value(&ev))
            >
                {move || {
                    let current = selected.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, l)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{l}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <Message id=id hint=None error=error/>
        </div>
    }
}

#[component]
pub fn CheckboxField(#[prop(into)] id: String, label: Msg, value: RwSignal<bool>) -> impl IntoView {
    view! {
        <div class="field checkbox">
            <input
                id=id.clone()
                type="checkbox"
                prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev))
            />
            <label for=id>{tr(label)}</label>
        </div>
    }
}

/// The errors of a form that belong to no field (path ""), or a summary
/// line pointing to the fields in error; fields also changed elsewhere are
/// listed with the other version's value, whatever field shows them.
#[component]
pub fn FormErrors(issues: RwSignal<Vec<Issue>>) -> impl IntoView {
    let state = use_app();
    let text = move || {
        let lang = state.lang.get();
        issues.with(|v| {
            if let Some(general) = v.iter().find(|i| i.path.is_empty()) {
                Some(i18n::field_problem(lang, &general.code))
            } else if v.iter().any(Issue::is_error) {
                Some(i18n::t(lang, Msg::FormHasErrors).to_owned())
            } else {
                None
            }
        })
    };
    let changed = move || {
        let lang = state.lang.get();
        issues.with(|v| {
            v.iter()
                .filter(|i| {
                    matches!(
                        i.code,
                        maillage_core::IssueCode::ChangedElsewhereField { .. }
                    )
                })
                .map(|i| {
                    format!(
                        "{} — {}",
                        i18n::field_label(lang, &i.path),
                        i18n::field_problem(lang, &i.code)
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || text().is_some()>
            <div class="form-errors" role="alert" tabindex="-1" data-testid="form-errors">
                <p>{move || text().unwrap_or_default()}</p>
                <Show when=move || !changed().is_empty()>
                    <ul data-testid="changed-fields">
                        {move || changed().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                    </ul>
                </Show>
            </div>
        </Show>
    }
}

/// The values of a kind as select options (each carries its position).
pub fn choice_options<T: Choice>() -> Signal<Vec<(String, String)>> {
    worded(T::all().iter().map(|v| v.word()).collect(), None)
}

/// The companies of the project as select options, by name, with "none" first.
pub fn company_options(none: bool) -> Signal<Vec<(String, String)>> {
    let state = use_app();
    Signal::derive(move || {
        let mut v: Vec<(String, String)> = state.project.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.live_companies()
                        .map(|c| (c.id.to_string(), c.name.clone()))
                        .collect()
                })
                .unwrap_or_default()
        });
        maillage_core::sorting::sort_by_key(&mut v, |x| maillage_core::text::fold(&x.1));
        if none {
            v.insert(0, (String::new(), "—".into()));
        }
        v
    })
}

/// The live meetings as options of a select, latest first, "—" first.
pub fn event_options() -> Signal<Vec<(String, String)>> {
    let state = use_app();
    Signal::derive(move || {
        let mut v: Vec<(maillage_core::Date, String, String)> = state.project.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.events
                        .iter()
                        .filter(|e| !e.deleted)
                        .map(|e| {
                            (
                                e.date,
                                e.id.to_string(),
                                format!("{} — {}", e.date, e.title),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default()
        });
        v.sort_by(|a, b| b.0.cmp(&a.0));
        std::iter::once((String::new(), "—".to_owned()))
            .chain(v.into_iter().map(|(_, id, label)| (id, label)))
            .collect()
    })
}

pub use crate::io::focus::focus_first_error;
