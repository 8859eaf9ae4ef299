//! The presenter's session of each event, kept in localStorage: written at
//! every change, so a reload mid-round resumes the countdown where it is.
//! A preference of this browser, not project data: it does not travel in
//! files.

use crate::storage::prefs;
use maillage_core::cafe::live::Live;
use maillage_core::CafePlan;
use maillage_core::Id;

fn key(event: Id) -> String {
    format!("maillage.cafe.{event}")
}

/// Rounds already played: the presenter's progress, or what the plan says.
pub fn rounds_played(event: Id, plan: &CafePlan) -> usize {
    load(event)
        .rounds_started(plan)
        .max(plan.locked_rounds as usize)
}

pub fn load(event: Id) -> Live {
    prefs::get(&key(event))
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

pub fn save(event: Id, live: &Live) {
    if let Ok(text) = serde_json::to_string(live) {
        prefs::set(&key(event), &text);
    }
}
