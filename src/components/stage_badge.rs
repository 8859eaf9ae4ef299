//! The funnel stage of a company as a badge: a colour and always the words.

use crate::state::use_app;
use leptos::prelude::*;
use maillage_core::i18n;
use maillage_core::Stage;

pub fn stage_class(s: Stage) -> &'static str {
    match s {
        Stage::Listed => "stage stage-listed",
        Stage::Contacted => "stage stage-contacted",
        Stage::InterviewBooked => "stage stage-booked",
        Stage::Visited => "stage stage-visited",
        Stage::FlowsCollected => "stage stage-flows",
        Stage::AttendsMeetings => "stage stage-meetings",
        Stage::InSynergy => "stage stage-synergy",
        Stage::Declined => "stage stage-declined",
        Stage::Dormant => "stage stage-dormant",
    }
}

#[component]
pub fn StageBadge(stage: Stage) -> impl IntoView {
    let state = use_app();
    view! { <span class=stage_class(stage)>{move || state.t(i18n::stage(stage))}</span> }
}
