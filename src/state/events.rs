//! The open project's meetings, read and changed by id: the one way the
//! meeting screens (and the presenter's console) reach an event record.

use super::AppState;
use maillage_core::CafePlan;
use maillage_core::{commands, Event, Id, Issue};

pub fn event_of(state: AppState, id: Id) -> Option<Event> {
    super::forms::record(state, |p| &p.events, id)
}

/// Saves a change to the event through the checked command; the issues
/// otherwise.
pub fn change_event(
    state: AppState,
    id: Id,
    edit: impl FnOnce(&mut Event),
) -> Result<(), Vec<Issue>> {
    super::forms::change(state, |p| &p.events, id, commands::save_event, edit)
}

/// The World Café plan of the event, if it has one.
pub fn plan_of(state: AppState, id: Id) -> Option<CafePlan> {
    event_of(state, id).and_then(|e| e.cafe)
}
