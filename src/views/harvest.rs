//! The harvest of a meeting: haves, needs and ideas captured per table
//! during or after each round, turned in one click into a flow of the
//! company or a synergy at status "idea"; dot votes on ideas; a summary by
//! table or by theme, to print or export.

use super::event::{change_event, event_of, sheet_link};
use crate::components::field::{company_options, error_of, FormErrors, SelectField, TextField};
use crate::route::{Route, Sheet};
use crate::state::{today, tr, use_app, AppState, NoticeKind};
use leptos::prelude::*;
use maillage_core::cafe::summary;
use maillage_core::i18n::{self, flows as flow_words, meetings as words, Msg};
use maillage_core::*;

const KINDS: [HarvestKind; 3] = [HarvestKind::Have, HarvestKind::Need, HarvestKind::Idea];

fn category_options() -> Signal<Vec<(String, String)>> {
    let state = use_app();
    Signal::derive(move || {
        let lang = state.lang.get();
        std::iter::once((String::new(), "—".to_owned()))
            .chain(
                materials::CATEGORIES
                    .iter()
                    .map(|c| (c.key.to_owned(), flow_words::category(lang, c.key))),
            )
            .collect()
    })
}

fn numbers(n: usize) -> Vec<(String, String)> {
    std::iter::once((String::new(), "—".to_owned()))
        .chain((1..=n).map(|i| (i.to_string(), i.to_string())))
        .collect()
}

/// Quick capture of one item; `round` preselects the round on.
#[component]
pub fn HarvestForm(id: Id, #[prop(optional, into)] round: Signal<Option<u32>>) -> impl IntoView {
    let state = use_app();
    let kind = RwSignal::new(HarvestKind::Idea);
    let text = RwSignal::new(String::new());
    let resource = RwSignal::new(String::new());
    let quantity = RwSignal::new(String::new());
    let category = RwSignal::new(String::new());
    let round_v = RwSignal::new(String::new());
    let table = RwSignal::new(String::new());
    let company = RwSignal::new(String::new());
    let companies = RwSignal::new(Vec::<Id>::new());
    let issues = RwSignal::new(Vec::<Issue>::new());
    Effect::new(move |_| round_v.set(round.get().map(|r| r.to_string()).unwrap_or_default()));
    let shape = Memo::new(move |_| {
        event_of(state, id)
            .and_then(|e| e.cafe)
            .map_or((0, 0), |c| (c.rounds.len(), c.tables.len()))
    });
    let add_company = move |_| {
        if let Ok(c) = company.get_untracked().parse::<Id>() {
            companies.update(|v| {
                if !v.contains(&c) {
                    v.push(c)
                }
            });
            company.set(String::new());
        }
    };
    let names = move || {
        state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            companies
                .get()
                .into_iter()
                .filter_map(|c| p.company(c).map(|x| (c, x.name.clone())))
                .collect::<Vec<_>>()
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut chosen = companies.get_untracked();
        if let Ok(c) = company.get_untracked().parse::<Id>() {
            if !chosen.contains(&c) {
                chosen.push(c);
            }
        }
        let item = HarvestItem {
            id: uuid::Uuid::new_v4(),
            kind: kind.get_untracked(),
            text: text.get_untracked().trim().to_owned(),
            round: round_v.get_untracked().parse().ok(),
            table: table.get_untracked().parse().ok(),
            company_ids: chosen,
            resource: resource.get_untracked().trim().to_owned(),
            quantity: quantity.get_untracked().trim().to_owned(),
            category: category.get_untracked(),
            votes: 0,
            converted_to: None,
        };
        if item.text.is_empty() {
            issues.set(vec![Issue::error("text", IssueCode::Required)]);
            return;
        }
        match change_event(state, id, |e| e.harvest.push(item)) {
            Ok(()) => {
                for s in [text, resource, quantity, company] {
                    s.set(String::new());
                }
                companies.set(Vec::new());
                issues.set(Vec::new());
                state.notify_when_saved(Msg::HarvestAdded);
            }
            Err(found) => issues.set(found),
        }
    };
    let kind_button = move |k: HarvestKind| {
        view! {
            <button type="button" class="toggle" aria-pressed=move || (kind.get() == k).to_string() on:click=move |_| kind.set(k)>
                {tr(words::harvest_kind(k))}
            </button>
        }
    };
    view! {
        <form class="harvest-form" on:submit=submit novalidate data-testid="harvest-form">
            <FormErrors issues=issues/>
            <div class="toggles" role="group" aria-label=tr(Msg::ColKind)>
                {KINDS.into_iter().map(kind_button).collect_view()}
            </div>
            <TextField id=format!("harvest-text-{id}") label=Msg::FieldHarvestText value=text required=true error=error_of(issues, "text")/>
            <div class="row">
                <TextField id=format!("harvest-resource-{id}") label=Msg::FieldResource value=resource/>
                <TextField id=format!("harvest-quantity-{id}") label=Msg::FieldRoughQuantity value=quantity hint=Msg::RoughQuantityHint/>
                <SelectField id=format!("harvest-category-{id}") label=Msg::ColTheme value=category options=category_options()/>
            </div>
            <div class="row">
                <SelectField id=format!("harvest-company-{id}") label=Msg::FieldCompanies value=company options=company_options(true)/>
                <div class="field chips-field">
                    <button type="button" class="button secondary small" on:click=add_company>{tr(Msg::AddCompany)}</button>
                    <ul class="chips">
                        {move || names().into_iter().map(|(c, n)| view! {
                            <li>{n.clone()}" "<button type="button" class="button tertiary small" aria-label=move || state.tf(Msg::RemoveNamed, &[("name", &n)])
                                on:click=move |_| companies.update(|v| v.retain(|x| *x != c))>"×"</button></li>
                        }).collect_view()}
                    </ul>
                </div>
            </div>
            <div class="row">
                <SelectField id=format!("harvest-round-{id}") label=Msg::Round value=round_v options=Signal::derive(move || numbers(shape.get().0))/>
                <SelectField id=format!("harvest-table-{id}") label=Msg::ColTable value=table options=Signal::derive(move || numbers(shape.get().1))/>
            </div>
            <button type="submit" class="button primary" data-testid="add-harvest">{tr(Msg::AddHarvest)}</button>
        </form>
    }
}

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
                summary::harvest_csv(p, e, lang),
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
