//! Links shared by several screens.

use crate::route::{Route, Sheet};
use crate::state::tr;
use leptos::prelude::*;
use maillage_core::i18n::Msg;
use maillage_core::Id;

/// A link to a printable sheet of the event.
pub fn sheet_link(id: Id, sheet: Sheet, label: Msg) -> impl IntoView {
    view! { <a class="button tertiary" href=Route::Printout { id, sheet }.to_hash()>{tr(label)}</a> }
}
