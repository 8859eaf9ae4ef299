//! Quick capture of one harvest item (a have, a need, an idea) at a table:
//! used by the meeting's harvest tab and by the presenter's console.

use crate::components::field::{
    company_options, error_of, FormErrors, Select, SelectField, TextField,
};
use crate::state::events::{change_event, event_of};
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::i18n::{events as words, flows as flow_words, Msg};
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
    let table = RwSignal::new(String::new());
    let company = RwSignal::new(String::new());
    let companies = RwSignal::new(Vec::<Id>::new());
    let issues = RwSignal::new(Vec::<Issue>::new());
    // The round picked by hand, with the round proposed at the time: when
    // the café moves on, the new round is proposed again.
    let picked = RwSignal::new(None::<(Option<u32>, String)>);
    let round_v = Signal::derive(move || {
        let proposed = round.get();
        match picked.get() {
            Some((then, v)) if then == proposed => v,
            _ => proposed.map(|r| r.to_string()).unwrap_or_default(),
        }
    });
    let pick_round = Callback::new(move |v: String| picked.set(Some((round.get_untracked(), v))));
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
                <Select id=format!("harvest-round-{id}") label=Msg::Round selected=round_v options=Signal::derive(move || numbers(shape.get().0)) error=Signal::default() picked=pick_round/>
                <SelectField id=format!("harvest-table-{id}") label=Msg::ColTable value=table options=Signal::derive(move || numbers(shape.get().1))/>
            </div>
            <button type="submit" class="button primary" data-testid="add-harvest">{tr(Msg::AddHarvest)}</button>
        </form>
    }
}
