//! Messages to the user: errors in an alert region, confirmations in a
//! polite status region. Text is always rendered as text.

use crate::state::{files, tr, use_app, NoticeKind};
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::Msg;

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app();
    let of_kind = move |kind: NoticeKind| {
        move || {
            state
                .notices
                .get()
                .into_iter()
                .filter(|n| n.kind == kind)
                .map(|n| {
                    let id = n.id;
                    let offer_export = n.offer_export;
                    view! {
                        <div class="notice">
                            <p>{move || n.text(state.lang.get())}</p>
                            {offer_export.then(|| view! {
                                <button type="button" class="button" on:click=move |_| spawn_local(files::export(state, None))>
                                    {tr(Msg::ExportNow)}
                                </button>
                            })}
                            <button type="button" class="button tertiary" on:click=move |_| state.dismiss(id)>
                                {tr(Msg::Close)}
                            </button>
                        </div>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <div class="notices">
            <div class="notices-errors" role="alert" data-testid="alerts">{of_kind(NoticeKind::Error)}</div>
            <div class="notices-info" role="status" aria-live="polite" data-testid="status">{of_kind(NoticeKind::Info)}</div>
        </div>
    }
}
