//! Flows: the "have / need" section of a company page, with quick capture,
//! and the territory board of every flow, filterable.

use crate::components::confirm::ConfirmButton;
use crate::route::{self, FlowQuery, Route};
use crate::state::{today, tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::choices::Choice;
use maillage_core::i18n::{self, flows as words, Lang, Msg};
use maillage_core::{board, commands, low, materials, quick, units, Company, Direction, Flow, Id};

/// A flow as the lists show it. Lists key a row by what it is made of:
/// the flow's and its company's revisions, the day's staleness, the language.
#[derive(Clone, PartialEq, Eq, Hash)]
struct FlowRow {
    id: Id,
    rev: u64,
    company_rev: u64,
    lang: Lang,
    company_id: Id,
    company: String,
    direction: Direction,
    label: String,
    category: String,
    code: String,
    hazardous: bool,
    per_year: String,
    stale: bool,
}

impl FlowRow {
    fn key(&self) -> (Id, u64, u64, bool, Lang) {
        (self.id, self.rev, self.company_rev, self.stale, self.lang)
    }
}

fn row_of(f: &Flow, company: &Company, lang: Lang) -> FlowRow {
    let code = f.low_code.as_deref().and_then(|c| low::list().get(c));
    FlowRow {
        id: f.id,
        rev: f.rev,
        company_id: f.company_id,
        company_rev: company.rev,
        lang,
        company: company.name.clone(),
        direction: f.direction,
        label: f.label.clone(),
        category: words::category(lang, &f.category),
        code: code.map(|c| c.display()).unwrap_or_default(),
        hazardous: code.is_some_and(|c| c.hazardous),
        per_year: f
            .quantity
            .map(|q| words::yearly(lang, units::yearly(q)))
            .unwrap_or_default(),
        stale: f.is_stale(today()),
    }
}

fn direction_class(d: Direction) -> &'static str {
    match d {
        Direction::Have => "dir dir-have",
        Direction::Need => "dir dir-need",
        Direction::SharedNeed => "dir dir-shared",
        Direction::SpareCapacity => "dir dir-spare",
    }
}

#[component]
pub fn DirectionBadge(direction: Direction) -> impl IntoView {
    view! { <span class=direction_class(direction)>{tr(words::direction_short(direction))}</span> }
}

/// The flows of one company, with quick capture.
#[component]
pub fn FlowsSection(company_id: Id) -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| {
        let lang = state.lang.get();
        state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let Some(company) = p.company(company_id) else {
                return Vec::new();
            };
            p.flows
                .iter()
                .filter(|f| f.company_id == company_id && !f.deleted)
                .map(|f| row_of(f, company, lang))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="flows-title">
            <div class="section-head">
                <h2 id="flows-title">{tr(Msg::FlowsTitle)}</h2>
                <div class="actions">
                    <a class="button secondary" data-testid="add-have" href=Route::FlowNew { company: company_id, direction: Direction::Have }.to_hash()>
                        {tr(Msg::AddFlow)}" — "{tr(Msg::DirHaveShort)}
                    </a>
                    <a class="button secondary" data-testid="add-need" href=Route::FlowNew { company: company_id, direction: Direction::Need }.to_hash()>
                        {tr(Msg::AddFlow)}" — "{tr(Msg::DirNeedShort)}
                    </a>
                </div>
            </div>
            <p class="hint">{tr(Msg::FlowsLead)}</p>
            <QuickCapture company_id=company_id/>
            <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p class="empty-state">{tr(Msg::NoFlows)}</p> }>
                <ul class="flow-list" data-testid="flows">
                    <For each=move || rows.get() key=FlowRow::key children=move |r| view! { <FlowItem row=r/> }/>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn FlowItem(row: FlowRow) -> impl IntoView {
    let state = use_app();
    let id = row.id;
    let label = row.label.clone();
    let question = Signal::derive(move || state.tf(Msg::ConfirmDeleteFlow, &[("label", &label)]));
    view! {
        <li class="flow-item">
            <DirectionBadge direction=row.direction/>
            <a href=Route::FlowEdit(id).to_hash() class="flow-label">{row.label.clone()}</a>
            <span class="muted">{row.category.clone()}</span>
            {(!row.code.is_empty()).then(|| view! { <span class="code" class:hazardous=row.hazardous>{row.code.clone()}</span> })}
            <span class="num">{row.per_year.clone()}</span>
            {row.stale.then(|| view! { <span class="badge warn" title=tr(Msg::ToVerifyHint)>{tr(Msg::ToVerify)}</span> })}
            <ConfirmButton label=Msg::Delete question=question confirm=Msg::Delete quiet=true
                on_confirm=Callback::new(move |_| { let _ = state.apply(|p, ctx| Ok(commands::delete_flow(p, id, ctx))); })/>
        </li>
    }
}

/// "environ 2 t/mois de chutes de carton" + a direction → a flow, refined later.
#[component]
fn QuickCapture(company_id: Id) -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(String::new());
    let direction = RwSignal::new(Direction::Have);
    let error = RwSignal::new(None::<String>);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let d = direction.get_untracked();
        let ctx = state.edit_context();
        let text_now = text.get_untracked();
        let Some(flow) = quick::draft_flow(
            uuid::Uuid::new_v4(),
            company_id,
            d,
            &text_now,
            today(),
            &ctx,
        ) else {
            return error.set(Some(i18n::t(state.lang_now(), Msg::QuickEmpty).into()));
        };
        error.set(None);
        let label = flow.label.clone();
        match state.apply(|p, ctx| commands::save_flow(p, flow, ctx)) {
            Ok(()) => {
                text.set(String::new());
                state.notify_when_saved_with(Msg::QuickAdded, &[("label", &label)]);
            }
            Err(issues) => error.set(
                issues
                    .first()
                    .map(|i| i18n::field_problem(state.lang_now(), &i.code)),
            ),
        }
    };
    let dir_button = move |d: Direction| {
        view! {
            <button type="button" class="toggle" aria-pressed=move || (direction.get() == d).to_string() on:click=move |_| direction.set(d)>
                {tr(words::direction_short(d))}
            </button>
        }
    };
    view! {
        <form class="quick" on:submit=submit novalidate data-testid="quick-capture">
            <div class="toggles" role="group" aria-label=tr(Msg::FieldDirection)>
                {dir_button(Direction::Have)}{dir_button(Direction::Need)}{dir_button(Direction::SharedNeed)}
            </div>
            <div class="field">
                <label for="quick-flow">{tr(Msg::QuickCapture)}</label>
                <input id="quick-flow" type="text" autocomplete="off" aria-describedby="quick-hint quick-error"
                    aria-invalid=move || error.get().is_some().then_some("true")
                    prop:value=move || text.get() on:input=move |e| text.set(event_target_value(&e))/>
                <p class="hint" id="quick-hint">{tr(Msg::QuickCaptureHint)}</p>
                <p class="field-error" id="quick-error" hidden=move || error.get().is_none()>{move || error.get().unwrap_or_default()}</p>
            </div>
            <button type="submit" class="button primary">{tr(Msg::QuickAdd)}</button>
        </form>
    }
}

/// The territory board: every flow, filterable by direction, category, waste chapter, zone and company.
#[component]
pub fn FlowBoard(query: FlowQuery) -> impl IntoView {
    let state = use_app();
    let q = RwSignal::new(query);
    Effect::new(move |_| route::replace(&Route::Flows(q.get())));
    let rows = Memo::new(move |_| {
        let lang = state.lang.get();
        let q = q.get();
        state.project.with(|p| {
            let Some(p) = p else { return Vec::new() };
            board::flows(p, &q, today())
                .into_iter()
                .map(|(f, c)| row_of(f, c, lang))
                .collect::<Vec<_>>()
        })
    });
    let total = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .map(|p| p.count(maillage_core::Kind::Flow))
                .unwrap_or(0)
        })
    });
    let zones = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .map(|p| p.territory.zones.clone())
                .unwrap_or_default()
        })
    });
    // The table shows the first rows; filters narrow it down.
    let shown = move || rows.get().into_iter().take(500).collect::<Vec<_>>();
    view! {
        <section class="flows-board">
            <h1>{tr(Msg::BoardTitle)}</h1>
            <p class="lead">{tr(Msg::BoardLead)}</p>
            <form class="filters" role="search" on:submit=|e| e.prevent_default()>
                <div class="field search">
                    <label for="flow-company">{tr(Msg::FilterCompany)}</label>
                    <input id="flow-company" type="search" autocomplete="off" prop:value=move || q.with(|q| q.company.clone())
                        on:input=move |e| q.update(|q| q.company = event_target_value(&e))/>
                </div>
                <div class="field">
                    <label for="flow-direction">{tr(Msg::FilterDirection)}</label>
                    <select id="flow-direction" on:change=move |e| {
                        let v = event_target_value(&e);
                        q.update(|q| q.direction = Direction::at(&v));
                    }>
                        <option value="" selected=move || q.with(|q| q.direction.is_none())>{tr(Msg::AllMasc)}</option>
                        {Direction::ALL.into_iter().map(|d| view! {
                            <option value=d.position().to_string() selected=move || q.with(|q| q.direction == Some(d))>{tr(words::direction_short(d))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="flow-category">{tr(Msg::FilterCategory)}</label>
                    <select id="flow-category" on:change=move |e| { let v = event_target_value(&e); q.update(|q| q.category = Some(v).filter(|c| !c.is_empty())); }>
                        <option value="" selected=move || q.with(|q| q.category.is_none())>{tr(Msg::All)}</option>
                        {materials::CATEGORIES.iter().map(|c| {
                            let key = c.key;
                            view! { <option value=key selected=move || q.with(|q| q.category.as_deref() == Some(key))>{move || words::category(state.lang.get(), key)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="flow-chapter">{tr(Msg::FilterChapter)}</label>
                    <select id="flow-chapter" on:change=move |e| { let v = event_target_value(&e); q.update(|q| q.chapter = Some(v).filter(|c| !c.is_empty())); }>
                        <option value="" selected=move || q.with(|q| q.chapter.is_none())>{tr(Msg::AllMasc)}</option>
                        {low::list().chapters.iter().map(|c| {
                            let ch = c.chapter;
                            let (fr, en) = (c.label_fr, c.label_en);
                            view! {
                                <option value=ch selected=move || q.with(|q| q.chapter.as_deref() == Some(ch))>
                                    {move || { let l = if state.lang.get() == Lang::Fr { fr } else { en }; format!("{ch} — {}", i18n::shorten(l, 60)) }}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="flow-zone">{tr(Msg::FilterZone)}</label>
                    <select id="flow-zone" on:change=move |e| { let v = event_target_value(&e); q.update(|q| q.zone = Some(v).filter(|z| !z.is_empty())); }>
                        <option value="" selected=move || q.with(|q| q.zone.is_none())>{tr(Msg::All)}</option>
                        {move || zones.get().into_iter().map(|z| {
                            let selected = q.with(|q| q.zone.as_deref() == Some(z.as_str()));
                            view! { <option value=z.clone() selected=selected>{z.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field checkbox">
                    <input id="flow-stale" type="checkbox" prop:checked=move || q.with(|q| q.stale) on:change=move |e| q.update(|q| q.stale = event_target_checked(&e))/>
                    <label for="flow-stale">{tr(Msg::FilterStale)}</label>
                </div>
            </form>
            <p class="count" role="status" data-testid="flow-count">
                {move || i18n::plural(state.lang.get(), rows.with(Vec::len), Msg::FlowsCountOne, Msg::FlowsCountMany)}
            </p>
            <Show when=move || !rows.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-state">{tr(if total.get() == 0 { Msg::NoFlowsYet } else { Msg::NoFlowsMatch })}</p> }>
                <table class="data flow-table">
                    <thead><tr>
                        <th scope="col">{tr(Msg::ColCompany)}</th>
                        <th scope="col">{tr(Msg::ColDirection)}</th>
                        <th scope="col">{tr(Msg::ColResource)}</th>
                        <th scope="col">{tr(Msg::ColCategory)}</th>
                        <th scope="col">{tr(Msg::ColCode)}</th>
                        <th scope="col" class="num">{tr(Msg::ColPerYear)}</th>
                        <th scope="col">{tr(Msg::ColChecked)}</th>
                    </tr></thead>
                    <tbody>
                        <For each=shown key=FlowRow::key children=move |r| view! {
                            <tr>
                                <td><a href=Route::Company(r.company_id).to_hash()>{r.company.clone()}</a></td>
                                <td><DirectionBadge direction=r.direction/></td>
                                <th scope="row"><a href=Route::FlowEdit(r.id).to_hash()>{r.label.clone()}</a></th>
                                <td>{r.category.clone()}</td>
                                <td class="code" class:hazardous=r.hazardous>{r.code.clone()}</td>
                                <td class="num">{r.per_year.clone()}</td>
                                <td>{r.stale.then(|| view! { <span class="badge warn">{tr(Msg::ToVerify)}</span> })}</td>
                            </tr>
                        }/>
                    </tbody>
                </table>
            </Show>
        </section>
    }
}
