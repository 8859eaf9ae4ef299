//! An inline confirmation for actions that replace or delete data: the button turns into a
//! question with "confirm" and "cancel", focus moves to it, Escape cancels.

use crate::state::tr;
use leptos::prelude::*;
use maillage_core::i18n::Msg;

#[component]
pub fn ConfirmButton(
    /// Label of the button that starts the action.
    label: Msg,
    /// The question, already worded (it often names the thing deleted).
    #[prop(into)]
    question: Signal<String>,
    /// Label of the confirming button.
    confirm: Msg,
    on_confirm: Callback<()>,
    #[prop(optional)] testid: &'static str,
    /// A small text button, for actions repeated in lists.
    #[prop(optional)]
    quiet: bool,
    /// Not a deletion (e.g. a restore, which keeps a backup): no red.
    #[prop(optional)]
    neutral: bool,
) -> impl IntoView {
    let start_class = match (quiet, neutral) {
        (true, _) => "button tertiary small danger-text",
        (false, true) => "button secondary",
        (false, false) => "button danger-outline",
    };
    let confirm_class = if neutral {
        "button primary"
    } else {
        "button danger"
    };
    let asking = RwSignal::new(false);
    let confirm_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if asking.get() {
            if let Some(b) = confirm_ref.get() {
                let _ = b.focus();
            }
        }
    });
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class=start_class
                    data-testid=testid on:click=move |_| asking.set(true)>
                    {tr(label)}
                </button>
            }
        >
            <div class="confirm" role="alertdialog" aria-label=move || question.get()
                on:keydown=move |e| if e.key() == "Escape" { asking.set(false) }>
                <p>{move || question.get()}</p>
                <button type="button" class=confirm_class node_ref=confirm_ref
                    on:click=move |_| { asking.set(false); on_confirm.run(()); }>
                    {tr(confirm)}
                </button>
                <button type="button" class="button tertiary" on:click=move |_| asking.set(false)>
                    {tr(Msg::Cancel)}
                </button>
            </div>
        </Show>
    }
}
