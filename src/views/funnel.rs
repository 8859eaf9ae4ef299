//! The recruitment funnel: how many companies reached each step, the
//! conversion from the step before, and the side exits. Bars are plain
//! HTML sized by the counts; every figure is also written as text.

use crate::components::stage_badge::stage_class;
use crate::route::{ListQuery, Route};
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::funnel;
use maillage_core::i18n::{self, Msg};
use maillage_core::search::CompanyFilter;
use maillage_core::Stage;

fn list_at(stage: Stage) -> String {
    Route::Companies(ListQuery {
        filter: CompanyFilter {
            stage: Some(stage),
            ..Default::default()
        },
        ..Default::default()
    })
    .to_hash()
}

#[component]
pub fn Funnel() -> impl IntoView {
    let state = use_app();
    let counts = Memo::new(move |_| state.funnel.with(funnel::counts));
    // Taking part without being recruited: the authority, an operator…
    let outside = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref().map_or(0, |p| {
                p.live_companies()
                    .filter(|c| !c.organisation.recruited())
                    .count()
            })
        })
    });
    view! {
        <section class="funnel">
            <h1>{tr(Msg::FunnelTitle)}</h1>
            <p class="lead">{tr(Msg::FunnelLead)}</p>
            {move || {
                let c = counts.get();
                if c.total == 0 {
                    return view! { <p class="empty-state">{tr(Msg::FunnelEmpty)}</p> }.into_any();
                }
                let lang = state.lang.get();
                let max = c.steps.first().map(|s| s.1).unwrap_or(1).max(1);
                let steps = c.steps.iter().enumerate().map(|(i, &(stage, n))| {
                    // Through the CSSOM (`style:`), which the page's Content-Security-Policy allows.
                    let width = format!("{}%", (n * 100 / max).max(1));
                    let conversion = c.conversion(i).map(|r| i18n::tf(lang, Msg::FunnelConversion, &[("percent", &i18n::percent(lang, r))]));
                    view! {
                        <li class="funnel-step" data-testid="funnel-step">
                            <a class="step-label" href=list_at(stage) title=i18n::t(lang, Msg::FunnelShowCompanies)>{i18n::t(lang, i18n::stage(stage))}</a>
                            <div class="bar-track"><div class=format!("bar {}", stage_class(stage)) style:width=width></div></div>
                            <span class="step-count" data-testid="funnel-count">{i18n::int(lang, n as i64)}</span>
                            <span class="step-conversion">{conversion.unwrap_or_default()}</span>
                        </li>
                    }
                }).collect_view();
                view! {
                    <p>{i18n::tf(lang, Msg::FunnelTotal, &[("n", &i18n::int(lang, c.total as i64))])}</p>
                    {(outside.get() > 0).then(|| view! {
                        <p class="muted" data-testid="funnel-outside">{i18n::plural(lang, outside.get(), Msg::FunnelOutsideOne, Msg::FunnelOutsideMany)}</p>
                    })}
                    <ol class="funnel-steps">{steps}</ol>
                    <h2>{i18n::t(lang, Msg::FunnelExits)}</h2>
                    <ul class="funnel-exits">
                        <li><a href=list_at(Stage::Declined)>{i18n::t(lang, Msg::StageDeclined)}</a>" : "<strong data-testid="declined">{i18n::int(lang, c.declined as i64)}</strong></li>
                        <li><a href=list_at(Stage::Dormant)>{i18n::t(lang, Msg::StageDormant)}</a>" : "<strong data-testid="dormant">{i18n::int(lang, c.dormant as i64)}</strong></li>
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
