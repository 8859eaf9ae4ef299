//! The company list: search by name, SIRET, town or tag; filters by funnel
//! stage, NAF section, zone and headcount; sortable columns; counts. The
//! filters live in the address (bookmarkable) and the list shows rows by
//! pages so that thousands of companies stay smooth.

use crate::components::stage_badge::StageBadge;
use crate::route::{self, ListQuery, Route};
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::choices::Choice;
use maillage_core::i18n::{self, Msg};
use maillage_core::search::{CompanyFilter, Sort, SortKey};
use maillage_core::{naf, Id, SizeBand, Stage};

/// Rows shown at first and added by "show more".
const PAGE: usize = 100;

#[derive(Clone, PartialEq, Eq, Hash)]
struct Row {
    id: Id,
    rev: u64,
    name: String,
    commune: String,
    activity: String,
    activity_title: String,
    size: Option<SizeBand>,
    /// None for an organisation that takes part without being recruited.
    stage: Option<Stage>,
    organisation: maillage_core::Organisation,
}

#[component]
pub fn Companies(query: ListQuery) -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(query.filter.query.clone());
    let stage = RwSignal::new(query.filter.stage);
    let section = RwSignal::new(query.filter.section);
    let zone = RwSignal::new(query.filter.zone.clone());
    let size = RwSignal::new(query.filter.size);
    let sort = RwSignal::new(query.sort);
    let limit = RwSignal::new(PAGE);

    let current = move || ListQuery {
        filter: CompanyFilter {
            query: text.get(),
            stage: stage.get(),
            section: section.get(),
            zone: zone.get(),
            size: size.get(),
        },
        sort: sort.get(),
    };
    // Keep the address in step with the filters, without a history entry per keystroke.
    Effect::new(move |_| route::replace(&Route::Companies(current())));
    let hits = Memo::new(move |_| {
        let q = current();
        let index = state.index.get();
        let span = crate::perf::start("maillage:filter");
        let hits = state.funnel.with(|funnel| {
            state.project.with(|p| {
                p.as_ref()
                    .map(|p| index.filter(p, funnel, &q.filter, q.sort))
                    .unwrap_or_default()
            })
        });
        span.end();
        hits
    });
    let total = Memo::new(move |_| state.index.with(|i| i.len()));
    let rows = Memo::new(move |_| {
        let n = limit.get();
        state.funnel.with(|funnel| {
            state.project.with(|p| {
                let Some(p) = p else { return Vec::new() };
                hits.with(|h| {
                    h.iter()
                        .take(n)
                        .map(|&i| row_of(&p.companies[i], funnel))
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let clear = move |_| {
        text.set(String::new());
        stage.set(None);
        section.set(None);
        zone.set(None);
        size.set(None);
    };
    let filtered = move || {
        !text.get().is_empty()
            || stage.get().is_some()
            || section.get().is_some()
            || zone.get().is_some()
            || size.get().is_some()
    };

    view! {
        <section class="companies">
            <div class="page-head">
                <h1>{tr(Msg::CompaniesTitle)}</h1>
                <a class="button primary" href=Route::CompanyNew.to_hash() data-testid="new-company">{tr(Msg::NewCompany)}</a>
            </div>
            <form class="filters" role="search" on:submit=|e| e.prevent_default()>
                <div class="field search">
                    <label for="company-search">{tr(Msg::SearchCompanies)}</label>
                    <input id="company-search" type="search" autocomplete="off"
                        placeholder=tr(Msg::SearchCompaniesHint)
                        prop:value=move || text.get()
                        on:input=move |e| { text.set(event_target_value(&e)); limit.set(PAGE); }/>
                </div>
                <Filters stage=stage section=section zone=zone size=size/>
                <Show when=filtered>
                    <button type="button" class="button tertiary" on:click=clear>{tr(Msg::ClearFilters)}</button>
                </Show>
            </form>
            <p class="count" role="status" data-testid="company-count">
                {move || {
                    let lang = state.lang.get();
                    let shown = hits.with(Vec::len);
                    if filtered() {
                        state.tf(Msg::CompaniesShown, &[("shown", &i18n::int(lang, shown as i64)), ("total", &i18n::plural(lang, total.get(), Msg::CompaniesCountOne, Msg::CompaniesCountMany))])
                    } else {
                        i18n::plural(lang, shown, Msg::CompaniesCountOne, Msg::CompaniesCountMany)
                    }
                }}
            </p>
            <Show
                when=move || !hits.with(Vec::is_empty)
                fallback=move || view! {
                    <p class="empty-state">{move || state.t(if total.get() == 0 { Msg::NoCompaniesYet } else { Msg::NoCompaniesMatch })}</p>
                }
            >
                <table class="data company-table">
                    <thead>
                        <tr>
                            <SortHeader sort=sort key=SortKey::Name label=Msg::ColName/>
                            <SortHeader sort=sort key=SortKey::Commune label=Msg::ColCommune/>
                            <th scope="col">{tr(Msg::ColActivity)}</th>
                            <SortHeader sort=sort key=SortKey::Size label=Msg::ColSize/>
                            <SortHeader sort=sort key=SortKey::Stage label=Msg::ColStage/>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| (r.id, r.rev, r.stage) children=move |r| view! { <CompanyRow row=r/> }/>
                    </tbody>
                </table>
                <Show when=move || { hits.with(Vec::len) > limit.get() }>
                    <button type="button" class="button secondary show-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {move || state.tf(Msg::ShowMore, &[("n", &PAGE.min(hits.with(Vec::len) - limit.get()).to_string())])}
                    </button>
                </Show>
            </Show>
        </section>
    }
}

fn row_of(
    c: &maillage_core::Company,
    funnel: &std::collections::HashMap<Id, maillage_core::funnel::FunnelState>,
) -> Row {
    let (activity, activity_title) = match &c.activity {
        Some(a) => {
            let label = naf::rev2()
                .subclass(&a.code)
                .map(|s| s.label_fr)
                .unwrap_or("");
            (a.code.clone(), label.to_owned())
        }
        None => (String::new(), String::new()),
    };
    Row {
        id: c.id,
        rev: c.rev,
        name: c.name.clone(),
        commune: c.commune.clone(),
        activity,
        activity_title,
        size: c.size_band,
        stage: funnel.get(&c.id).map(|f| f.shown()),
        organisation: c.organisation,
    }
}

#[component]
fn CompanyRow(row: Row) -> impl IntoView {
    let state = use_app();
    let href = Route::Company(row.id).to_hash();
    let size = row.size;
    let title = row.activity_title.clone();
    view! {
        <tr>
            <th scope="row"><a href=href>{row.name}</a></th>
            <td>{row.commune}</td>
            <td title=title>
                <span class="code">{row.activity}</span>" "<span class="muted small" lang="fr">{row.activity_title}</span>
            </td>
            <td>{move || size.map(|b| state.t(i18n::size_band(b))).unwrap_or("—")}</td>
            <td>{match row.stage {
                Some(stage) => view! { <StageBadge stage=stage/> }.into_any(),
                None => {
                    let o = row.organisation;
                    view! { <span class="badge neutral">{move || state.t(i18n::organisation(o))}</span> }.into_any()
                }
            }}</td>
        </tr>
    }
}

#[component]
fn SortHeader(sort: RwSignal<Sort>, key: SortKey, label: Msg) -> impl IntoView {
    let state = use_app();
    let aria = move || {
        let s = sort.get();
        (s.key == key).then_some(if s.descending {
            "descending"
        } else {
            "ascending"
        })
    };
    let click = move |_| {
        sort.update(|s| {
            if s.key == key {
                s.descending = !s.descending;
            } else {
                *s = Sort {
                    key,
                    descending: false,
                };
            }
        })
    };
    let arrow = move || match aria() {
        Some("ascending") => "▲",
        Some(_) => "▼",
        None => "",
    };
    view! {
        <th scope="col" aria-sort=aria>
            <button type="button" class="sort" on:click=click title=move || state.tf(Msg::SortBy, &[("column", state.t(label))])>
                {tr(label)}<span class="arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}

/// The filter selects; each option list is computed in the current language.
#[component]
pub fn Filters(
    stage: RwSignal<Option<Stage>>,
    section: RwSignal<Option<char>>,
    zone: RwSignal<Option<String>>,
    size: RwSignal<Option<SizeBand>>,
) -> impl IntoView {
    let state = use_app();
    let zones = Memo::new(move |_| {
        state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let mut z: Vec<String> = p.territory.zones.clone();
            for c in p.live_companies() {
                if !c.zone.is_empty() && !z.contains(&c.zone) {
                    z.push(c.zone.clone());
                }
            }
            z
        })
    });
    let all = move |fem: bool| {
        state
            .t(if fem { Msg::All } else { Msg::AllMasc })
            .to_owned()
    };
    view! {
        <div class="field">
            <label for="filter-stage">{tr(Msg::FilterStage)}</label>
            <select id="filter-stage" on:change=move |e| { let v = event_target_value(&e); stage.set(Stage::at(&v)); }>
                <option value="" selected=move || stage.get().is_none()>{move || all(true)}</option>
                {Stage::ALL.into_iter().map(|s| view! {
                    <option value=s.position().to_string() selected=move || stage.get() == Some(s)>{move || state.t(i18n::stage(s))}</option>
                }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for="filter-section">{tr(Msg::FilterSection)}</label>
            <select id="filter-section" on:change=move |e| section.set(event_target_value(&e).chars().next())>
                <option value="" selected=move || section.get().is_none()>{move || all(true)}</option>
                {naf::rev2().sections.iter().map(|s| {
                    let letter = s.letter;
                    let (fr, en) = (s.label_fr, s.label_en);
                    view! {
                        <option value=letter.to_string() selected=move || section.get() == Some(letter)>
                            {move || format!("{letter} — {}", if state.lang.get() == i18n::Lang::Fr { fr } else { en })}
                        </option>
                    }
                }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for="filter-zone">{tr(Msg::FilterZone)}</label>
            <select id="filter-zone" on:change=move |e| zone.set(Some(event_target_value(&e)).filter(|z| !z.is_empty()))>
                <option value="" selected=move || zone.get().is_none()>{move || all(true)}</option>
                {move || zones.get().into_iter().map(|z| {
                    let selected = zone.get().as_deref() == Some(z.as_str());
                    view! { <option value=z.clone() selected=selected>{z.clone()}</option> }
                }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for="filter-size">{tr(Msg::FilterSize)}</label>
            <select id="filter-size" on:change=move |e| size.set(SizeBand::from_code(&event_target_value(&e)))>
                <option value="" selected=move || size.get().is_none()>{move || all(false)}</option>
                {SizeBand::ALL.into_iter().map(|b| view! {
                    <option value=b.code() selected=move || size.get() == Some(b)>{move || state.t(i18n::size_band(b))}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
