//! Keeping what a user types in a form: every field that differs from what
//! the form opened with is written as a draft on each keystroke, and put
//! back (with a visible "draft restored") when the form opens again after a
//! reload, a closed tab or a back navigation. Works on the form's fields as
//! the browser has them, so every form gets it the same way; the fields'
//! own `input`/`change` handlers receive the restored values as if typed.

use crate::state::{tr, use_app};
use crate::storage::drafts::{self, Draft, Value};
use leptos::prelude::*;
use maillage_core::i18n::Msg;
use maillage_core::Id;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// A form's draft keeper.
#[derive(Clone, Copy)]
pub struct DraftKeeper {
    project: Id,
    form: StoredValue<String>,
    base_rev: u64,
    baseline: StoredValue<Vec<(String, Value)>>,
    el: NodeRef<leptos::html::Form>,
    /// A draft was put back into the form.
    pub restored: RwSignal<bool>,
}

impl DraftKeeper {
    /// `form` names the form and its record (`company:<id>`, `contact:new:<company>`).
    pub fn new(form: String, base_rev: u64, el: NodeRef<leptos::html::Form>) -> DraftKeeper {
        let project = use_app()
            .project
            .with_untracked(|p| p.as_ref().map(|p| p.id()))
            .unwrap_or_default();
        let keeper = DraftKeeper {
            project,
            form: StoredValue::new(form),
            base_rev,
            baseline: StoredValue::new(Vec::new()),
            el,
            restored: RwSignal::new(false),
        };
        // Once the form is in the page: note what it opened with, then put
        // a kept draft back.
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) {
                return true;
            }
            let Some(form) = el.get() else { return false };
            keeper.baseline.set_value(values(&form));
            if let Some(draft) = drafts::load(project, &keeper.form.get_value()) {
                apply(&form, &draft.fields);
                // Fields shown by a restored choice appear a moment later.
                let fields = draft.fields.clone();
                request_animation_frame(move || {
                    if let Some(form) = el.get_untracked() {
                        apply(&form, &fields);
                    }
                });
                keeper.restored.set(true);
            }
            true
        });
        keeper
    }

    /// Writes the draft after a keystroke (or clears it when nothing differs).
    pub fn track(self) {
        let Some(form) = self.el.get_untracked() else {
            return;
        };
        let baseline = self.baseline.get_value();
        let changed: Vec<(String, Value)> = values(&form)
            .into_iter()
            .filter(|f| !baseline.contains(f))
            .collect();
        let name = self.form.get_value();
        if changed.is_empty() {
            drafts::clear(self.project, &name);
        } else {
            let draft = Draft {
                base_rev: self.base_rev,
                fields: changed,
            };
            drafts::save(self.project, &name, &draft);
        }
    }

    /// Forgets the draft (the form was saved or cancelled).
    pub fn clear(self) {
        drafts::clear(self.project, &self.form.get_value());
        self.restored.set(false);
    }

    /// Throws the draft away and shows what the form opened with.
    pub fn discard(self) {
        if let Some(form) = self.el.get_untracked() {
            apply(&form, &self.baseline.get_value());
        }
        self.clear();
    }
}

/// The fields of a form that have an id, with their current values.
fn values(form: &Element) -> Vec<(String, Value)> {
    let Ok(list) = form.query_selector_all("input[id], select[id], textarea[id]") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for i in 0..list.length() {
        let Some(node) = list.item(i) else { continue };
        if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
            match input.type_().as_str() {
                "checkbox" | "radio" => out.push((input.id(), Value::Checked(input.checked()))),
                "hidden" | "file" | "submit" | "button" => {}
                _ => out.push((input.id(), Value::Text(input.value()))),
            }
        } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
            out.push((select.id(), Value::Text(select.value())));
        } else if let Some(area) = node.dyn_ref::<HtmlTextAreaElement>() {
            out.push((area.id(), Value::Text(area.value())));
        }
    }
    out
}

/// Puts values into the form's fields and tells their handlers.
fn apply(form: &Element, fields: &[(String, Value)]) {
    for (id, value) in fields {
        let Ok(Some(el)) = form.query_selector(&format!("[id='{}']", id.replace('\'', ""))) else {
            continue;
        };
        let changed = match (el.dyn_ref::<HtmlInputElement>(), value) {
            (Some(input), Value::Checked(c)) if input.checked() != *c => {
                input.set_checked(*c);
                true
            }
            (Some(input), Value::Text(t)) if input.value() != *t => {
                input.set_value(t);
                true
            }
            (None, Value::Text(t)) => {
                if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
                    s.set_value(t);
                } else if let Some(a) = el.dyn_ref::<HtmlTextAreaElement>() {
                    a.set_value(t);
                }
                true
            }
            _ => false,
        };
        if changed {
            for kind in ["input", "change"] {
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                if let Ok(e) = web_sys::Event::new_with_event_init_dict(kind, &init) {
                    let _ = el.dispatch_event(&e);
                }
            }
        }
    }
}

/// "Draft restored", with a way to throw it away.
#[component]
pub fn DraftNotice(keeper: DraftKeeper) -> impl IntoView {
    view! {
        <Show when=move || keeper.restored.get()>
            <div class="draft-notice" role="status" data-testid="draft-restored">
                <p>{tr(Msg::DraftRestored)}</p>
                <button type="button" class="button tertiary small" on:click=move |_| keeper.discard()>
                    {tr(Msg::DraftDiscard)}
                </button>
            </div>
        </Show>
    }
}
