//! Synergies by status: a board whose cards move with the mouse (drag and
//! drop) or the keyboard (a "move to" list on each card), and a list with
//! filters. Counts by status.

use crate::route::{navigate, Route};
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::choices::Choice;
use maillage_core::i18n::{self, flows as words, Msg};
use maillage_core::impact::{self, Standing};
use maillage_core::{commands, text, Id, Synergy, SynergyKind, SynergyStatus};

pub fn status_class(s: SynergyStatus) -> &'static str {
    match impact::standing(s) {
        Standing::Realised => "status status-realised",
        Standing::Potential => "status status-potential",
        Standing::Out => "status status-out",
    }
}

#[derive(Clone, PartialEq)]
struct Card {
    id: Id,
    /// What the card shows comes from the synergy, its companies' names, the
    /// factors and the language: a card is redrawn when one of them changes.
    key: CardKey,
    title: String,
    kind: SynergyKind,
    status: SynergyStatus,
    parties: String,
    next: Option<String>,
    /// Avoided kg CO2e per year, one figure per source (never summed).
    avoided: Vec<(impact::Avoided, i64)>,
}

type CardKey = (Id, u64, u64, u64, i18n::Lang);

fn cards(state: crate::state::AppState) -> Vec<Card> {
    let factors = state.factors.get();
    let lang = state.lang.get();
    state.project.with(|p| {
        let Some(p) = p else { return Vec::new() };
        p.synergies
            .iter()
            .filter(|s| !s.deleted)
            .map(|s: &Synergy| {
                let report = s
                    .impact
                    .estimate
                    .as_ref()
                    .map(|e| impact::compute(e, &factors));
                let avoided = report
                    .map(|r| {
                        r.avoided()
                            .into_iter()
                            .map(|(a, kg)| (a, kg.round() as i64))
                            .collect()
                    })
                    .unwrap_or_default();
                Card {
                    id: s.id,
                    key: (
                        s.id,
                        s.rev,
                        s.participants
                            .iter()
                            .filter_map(|x| p.company(x.company_id))
                            .map(|c| c.rev)
                            .sum(),
                        p.settings.rev,
                        lang,
                    ),
                    title: s.title.clone(),
                    kind: s.kind,
                    status: s.status,
                    parties: s
                        .participants
                        .iter()
                        .filter_map(|x| p.company(x.company_id))
                        .map(|c| c.name.clone())
                        .collect::<Vec<_>>()
                        .join(", "),
                    next: s
                        .next_action
                        .as_ref()
                        .filter(|n| !n.done)
                        .map(|n| match n.due {
                            Some(d) => format!("{} ({})", n.text, i18n::date(lang, d)),
                            None => n.text.clone(),
                        }),
                    avoided,
                }
            })
            .collect()
    })
}

/// Moves a synergy; exits that need a reason send to its page to give one.
fn move_to(state: crate::state::AppState, id: Id, to: SynergyStatus) {
    if to.needs_reason() {
        navigate(&Route::Synergy(id));
        return;
    }
    if state
        .apply(|p, ctx| commands::change_status(p, id, to, "", ctx))
        .is_ok()
    {
        let lang = state.lang_now();
        state.notify_when_saved_with(
            Msg::StatusChanged,
            &[("status", i18n::t(lang, words::status(to)))],
        );
    }
}

#[component]
pub fn Synergies(list: bool) -> impl IntoView {
    let state = use_app();
    let all = Memo::new(move |_| cards(state));
    view! {
        <section class="synergies">
            <div class="page-head">
                <h1>{tr(Msg::SynergiesTitle)}</h1>
                <div class="actions">
                    <a class="button" class:primary=!list class:secondary=list href=Route::Synergies { list: false }.to_hash() aria-current=(!list).then_some("page")>{tr(Msg::ViewBoard)}</a>
                    <a class="button" class:primary=list class:secondary=!list href=Route::Synergies { list: true }.to_hash() aria-current=list.then_some("page")>{tr(Msg::ViewList)}</a>
                    <a class="button secondary" href=Route::Suggestions.to_hash()>{tr(Msg::NavSuggestions)}</a>
                </div>
            </div>
            <p class="lead">{tr(Msg::SynergiesLead)}</p>
            <p class="count" role="status" data-testid="synergy-count">
                {move || i18n::plural(state.lang.get(), all.with(Vec::len), Msg::SynergyCountOne, Msg::SynergyCountMany)}
            </p>
            <Show when=move || !all.with(Vec::is_empty) fallback=move || view! { <p class="empty-state">{tr(Msg::NoSynergies)}</p> }>
                {if list { view! { <SynergyTable all=all/> }.into_any() } else { view! { <Board all=all/> }.into_any() }}
            </Show>
        </section>
    }
}

#[component]
fn Board(all: Memo<Vec<Card>>) -> impl IntoView {
    let column = move |status: SynergyStatus| {
        let state = use_app();
        let over = RwSignal::new(false);
        let in_column = move || {
            all.with(|v| {
                v.iter()
                    .filter(|c| c.status == status)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        };
        let drop = move |e: leptos::ev::DragEvent| {
            e.prevent_default();
            over.set(false);
            if let Some(id) = e
                .data_transfer()
                .and_then(|d| d.get_data("text/plain").ok())
                .and_then(|s| s.parse().ok())
            {
                move_to(state, id, status);
            }
        };
        view! {
            <section class="column" class:over=move || over.get() data-status=format!("{status:?}")
                on:dragover=move |e: leptos::ev::DragEvent| { e.prevent_default(); over.set(true); }
                on:dragleave=move |_| over.set(false)
                on:drop=drop
                aria-labelledby=format!("col-{status:?}")>
                <h2 id=format!("col-{status:?}")>
                    <span class=status_class(status)>{tr(words::status(status))}</span>
                    " "<span class="column-count" data-testid="column-count">{move || in_column().len()}</span>
                </h2>
                <ul class="cards-col">
                    <For each=in_column key=|c| c.key children=move |c| view! { <SynergyCard card=c/> }/>
                </ul>
            </section>
        }
    };
    view! {
        <div class="board" data-testid="board">{SynergyStatus::pipeline().map(column).collect_view()}</div>
        <div class="board exits">{SynergyStatus::exits().map(column).collect_view()}</div>
    }
}

#[component]
fn SynergyCard(card: Card) -> impl IntoView {
    let state = use_app();
    let id = card.id;
    let status = card.status;
    let title = card.title.clone();
    let select_id = format!("move-{id}");
    view! {
        <li class="syn-card" draggable="true" data-testid="synergy-card"
            on:dragstart=move |e: leptos::ev::DragEvent| {
                if let Some(d) = e.data_transfer() {
                    let _ = d.set_data("text/plain", &id.to_string());
                }
            }>
            <a href=Route::Synergy(id).to_hash() class="syn-title">{card.title.clone()}</a>
            <p class="muted small">{tr(words::synergy_kind(card.kind))}" · "{card.parties.clone()}</p>
            {card.next.clone().map(|n| view! { <p class="small">{tr(Msg::ColNext)}" : "{n}</p> })}
            {(!card.avoided.is_empty()).then(|| {
                let avoided = card.avoided.clone();
                view! { <p class="small co2">{tr(Msg::AvoidedOnCard)}" : "{move || words::avoided(state.lang.get(), &avoided)}</p> }
            })}
            <label class="visually-hidden" for=select_id.clone()>{move || state.tf(Msg::MoveCard, &[("title", &title)])}</label>
            <select id=select_id class="move" on:change=move |e| {
                let v = event_target_value(&e);
                if let Some(to) = SynergyStatus::at(&v) {
                    move_to(state, id, to);
                }
            }>
                <option value="" selected=true>{tr(Msg::MoveTo)}"…"</option>
                {SynergyStatus::all().iter().copied().filter(|s| *s != status).map(|s| view! { <option value=s.position().to_string()>{tr(words::status(s))}</option> }).collect_view()}
            </select>
        </li>
    }
}

#[component]
fn SynergyTable(all: Memo<Vec<Card>>) -> impl IntoView {
    let state = use_app();
    let status = RwSignal::new(None::<SynergyStatus>);
    let kind = RwSignal::new(None::<SynergyKind>);
    let query = RwSignal::new(String::new());
    let rows = move || {
        let q = text::fold(&query.get());
        all.get()
            .into_iter()
            .filter(|c| status.get().is_none_or(|s| c.status == s))
            .filter(|c| kind.get().is_none_or(|k| c.kind == k))
            .filter(|c| {
                q.is_empty() || text::fold(&format!("{} {}", c.title, c.parties)).contains(&q)
            })
            .collect::<Vec<_>>()
    };
    view! {
        <form class="filters" role="search" on:submit=|e| e.prevent_default()>
            <div class="field search">
                <label for="syn-search">{tr(Msg::SearchCompanies)}</label>
                <input id="syn-search" type="search" prop:value=move || query.get() on:input=move |e| query.set(event_target_value(&e))/>
            </div>
            <div class="field">
                <label for="syn-status">{tr(Msg::FilterStatus)}</label>
                <select id="syn-status" on:change=move |e| { let v = event_target_value(&e); status.set(SynergyStatus::at(&v)); }>
                    <option value="">{tr(Msg::AllMasc)}</option>
                    {SynergyStatus::all().iter().copied().map(|s| view! { <option value=s.position().to_string()>{tr(words::status(s))}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="syn-kind">{tr(Msg::FilterKind)}</label>
                <select id="syn-kind" on:change=move |e| { let v = event_target_value(&e); kind.set(SynergyKind::at(&v)); }>
                    <option value="">{tr(Msg::AllMasc)}</option>
                    {SynergyKind::all().iter().copied().map(|k| view! { <option value=k.position().to_string()>{tr(words::synergy_kind(k))}</option> }).collect_view()}
                </select>
            </div>
        </form>
        <table class="data">
            <thead><tr>
                <th scope="col">{tr(Msg::ColTitle)}</th>
                <th scope="col">{tr(Msg::FilterKind)}</th>
                <th scope="col">{tr(Msg::ColParticipants)}</th>
                <th scope="col">{tr(Msg::ColStatus)}</th>
                <th scope="col">{tr(Msg::ColNext)}</th>
                <th scope="col" class="num">{tr(Msg::ColCo2)}</th>
            </tr></thead>
            <tbody>
                <For each=rows key=|c| c.key children=move |c| view! {
                    <tr>
                        <th scope="row"><a href=Route::Synergy(c.id).to_hash()>{c.title.clone()}</a></th>
                        <td>{tr(words::synergy_kind(c.kind))}</td>
                        <td>{c.parties.clone()}</td>
                        <td><span class=status_class(c.status)>{tr(words::status(c.status))}</span></td>
                        <td>{c.next.clone().unwrap_or_default()}</td>
                        <td>{move || if c.avoided.is_empty() { "—".into() } else { words::avoided(state.lang.get(), &c.avoided) }}</td>
                    </tr>
                }/>
            </tbody>
        </table>
    }
}
