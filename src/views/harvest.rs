//! The harvest of a meeting: haves, needs and ideas captured per table
//! during or after each round, turned in one click into a flow of the
//! company or a synergy at status "idea"; dot votes on ideas; a summary by
//! table or by theme, to print or export.

use crate::components::harvest_form::HarvestForm;
use crate::components::links::sheet_link;
use crate::route::{Route, Sheet};
use crate::state::events::{change_event, event_of};
use crate::state::{today, tr, use_app, AppState, NoticeKind};
use leptos::prelude::*;
use maillage_core::cafe::summary;
use maillage_core::i18n::{self, events as words, flows as flow_words, Msg};
use maillage_core::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Grouping {
    Table,
    Theme,
}

#[component]
pub fn Harvest(id: Id) -> impl IntoView {
    let state = use_app();
    let grouping = RwSignal::new(Grouping::Table);
    let event = Memo::new(move |_| event_of(state, id));
    let votes_each = move || {
        event.with(|e| {
            let ideas = e.as_ref().map_or(0, |e| {
                e.harvest
                    .iter()
                    .filter(|h| h.kind == HarvestKind::Idea)
                    .count()
            });
            summary::votes_each(ideas)
        })
    };
    let tie = move || {
        event.with(|e| {
            let ideas = e.as_ref().map(summary::ranked_ideas).unwrap_or_default();
            match ideas.as_slice() {
                [a, b, ..] if a.votes > 0 && summary::near_tie(a.votes, b.votes) => {
                    Some((a.text.clone(), b.text.clone()))
                }
                _ => None,
            }
        })
    };
    let export = move |_| {
        let lang = state.lang_now();
        let Some((csv, name)) = state.project.with_untracked(|p| {
            let p = p.as_ref()?;
            let e = p.events.iter().find(|e| e.id == id)?;
            Some((
                words::harvest_csv(p, e, lang),
                format!("recolte-{}-{}.csv", text::slug(&e.title), e.date),
            ))
        }) else {
            return;
        };
        if crate::io::download::file(&name, &csv, "text/csv;charset=utf-8").is_err() {
            state.notify(NoticeKind::Error, Msg::ExportFailed, &[]);
        }
    };
    let groups = Memo::new(move |_| {
        let lang = state.lang.get();
        let g = grouping.get();
        event.with(|e| {
            let Some(e) = e else { return Vec::new() };
            let label = |h: &HarvestItem| match g {
                Grouping::Table => h.table.map_or(i18n::t(lang, Msg::NoTable).to_owned(), |t| {
                    i18n::tf(lang, Msg::TableHeading, &[("n", &t.to_string())])
                }),
                Grouping::Theme => flow_words::category(lang, &h.category),
            };
            let key = |h: &HarvestItem| match g {
                Grouping::Table => (h.table.unwrap_or(u32::MAX), String::new()),
                Grouping::Theme => (
                    0,
                    if h.category.is_empty() {
                        "\u{10ffff}".into()
                    } else {
                        flow_words::category(lang, &h.category)
                    },
                ),
            };
            summary::grouped(e, key)
                .into_iter()
                .map(|(_, items)| {
                    (
                        label(items[0]),
                        items.into_iter().map(|h| h.id).collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="columns">
            <div>
                <section class="card" aria-labelledby="harvest-list-title">
                    <div class="section-head">
                        <h2 id="harvest-list-title">{tr(Msg::HarvestTitle)}</h2>
                        <div class="toggles" role="group" aria-label=tr(Msg::GroupBy)>
                            <button type="button" class="toggle" aria-pressed=move || (grouping.get() == Grouping::Table).to_string() on:click=move |_| grouping.set(Grouping::Table)>{tr(Msg::ByTable)}</button>
                            <button type="button" class="toggle" aria-pressed=move || (grouping.get() == Grouping::Theme).to_string() on:click=move |_| grouping.set(Grouping::Theme)>{tr(Msg::ByTheme)}</button>
                        </div>
                    </div>
                    <p class="muted">{move || state.tf(Msg::DotVotes, &[("n", &votes_each().to_string())])}</p>
                    {move || tie().map(|(a, b)| view! { <p class="note" role="status">{state.tf(Msg::NearTie, &[("a", &a), ("b", &b)])}</p> })}
                    <p class="empty-state" hidden=move || groups.with(|g| !g.is_empty())>{tr(Msg::NoHarvest)}</p>
                    <div data-testid="harvest">
                        {move || groups.get().into_iter().map(|(label, items)| view! {
                            <h3>{label}</h3>
                            <ul class="harvest-items">
                                {items.into_iter().map(|item| view! { <Item event=id item=item/> }).collect_view()}
                            </ul>
                        }).collect_view()}
                    </div>
                    <p class="actions">
                        <button type="button" class="button secondary" on:click=export data-testid="export-harvest">{tr(Msg::ExportCsv)}</button>
                        {sheet_link(id, Sheet::Harvest, Msg::PrintHarvest)}
                    </p>
                </section>
            </div>
            <section class="card" aria-labelledby="harvest-capture-title">
                <h2 id="harvest-capture-title">{tr(Msg::HarvestCapture)}</h2>
                <HarvestForm id=id/>
            </section>
        </div>
    }
}

fn harvest_item(state: AppState, event: Id, item: Id) -> Option<HarvestItem> {
    event_of(state, event).and_then(|e| e.harvest.into_iter().find(|h| h.id == item))
}

#[component]
fn Item(event: Id, item: Id) -> impl IntoView {
    let state = use_app();
    let h = Memo::new(move |_| harvest_item(state, event, item));
    let error = RwSignal::new(None::<String>);
    let vote = move |delta: i32| {
        let _ = change_event(state, event, |e| {
            if let Some(x) = e.harvest.iter_mut().find(|x| x.id == item) {
                x.votes = (x.votes as i32 + delta).max(0) as u32;
            }
        });
    };
    let convert = move |_| {
        let result = state.apply(|p, ctx| {
            commands::convert_harvest(p, event, item, uuid::Uuid::new_v4(), today(), ctx)
        });
        match result {
            Ok(()) => {
                error.set(None);
                state.notify_when_saved(Msg::HarvestConverted);
            }
            Err(issues) => error.set(issues.first().map(|i| {
                let lang = state.lang_now();
                if i.path == "company_ids" {
                    i18n::t(lang, Msg::HarvestNeedsCompany).to_owned()
                } else {
                    i18n::field_problem(lang, &i.code)
                }
            })),
        }
    };
    let remove = move |_| {
        let _ = change_event(state, event, |e| e.harvest.retain(|x| x.id != item));
    };
    let companies = move || {
        state.project.with(|p| {
            let (Some(p), Some(h)) = (p.as_ref(), h.get()) else {
                return String::new();
            };
            summary::company_names(p, &h.company_ids)
        })
    };
    move || {
        let Some(x) = h.get() else {
            return ().into_any();
        };
        let is_idea = x.kind == HarvestKind::Idea;
        let result_link = x.converted_to.map(|to| {
            let href = if is_idea {
                Route::Synergy(to).to_hash()
            } else {
                Route::FlowEdit(to).to_hash()
            };
            view! { <a href=href>{tr(if is_idea { Msg::SeeSynergy } else { Msg::SeeFlow })}</a> }
        });
        let details = [x.resource.clone(), x.quantity.clone()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        let kind_class = match x.kind {
            HarvestKind::Have => "badge have",
            HarvestKind::Need => "badge need",
            HarvestKind::Idea => "badge idea",
        };
        let converted = x.converted_to.is_some();
        view! {
            <li class="harvest-item">
                <div>
                    <span class=kind_class>{tr(words::harvest_kind(x.kind))}</span>" "
                    <strong>{x.text.clone()}</strong>
                    {(!details.is_empty()).then(|| view! { <span class="muted">" — "{details}</span> })}
                    <br/><span class="muted small">{companies}</span>
                    <p class="field-error" role="alert" hidden=move || error.with(Option::is_none)>{move || error.get()}</p>
                </div>
                <div class="actions">
                    {is_idea.then(|| view! {
                        <span class="votes" aria-live="polite">
                            <button type="button" class="button small" aria-label=tr(Msg::VoteLess) on:click=move |_| vote(-1)>"−"</button>
                            <span class="vote-count" data-testid="votes">{move || i18n::plural(state.lang.get(), x.votes as usize, Msg::VotesOne, Msg::VotesMany)}</span>
                            <button type="button" class="button small" aria-label=tr(Msg::VoteMore) on:click=move |_| vote(1)>"+"</button>
                        </span>
                    })}
                    {match result_link {
                        Some(link) => link.into_any(),
                        None => view! {
                            <button type="button" class="button secondary small" on:click=convert data-testid="convert" disabled=converted>
                                {tr(if is_idea { Msg::MakeSynergy } else { Msg::MakeFlow })}
                            </button>
                        }.into_any(),
                    }}
                    <button type="button" class="button tertiary small" on:click=remove>{tr(Msg::Remove)}</button>
                </div>
            </li>
        }
        .into_any()
    }
}
