//! Who met whom at a World Café: new contacts per person and the mix of
//! sectors, as evidence for the programme's report.

use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::cafe::summary;
use maillage_core::i18n::{self, Msg};
use maillage_core::Id;

#[component]
pub fn WhoMetWhom(id: Id) -> impl IntoView {
    let state = use_app();
    let met = Memo::new(move |_| {
        state.project.with(|p| {
            let p = p.as_ref()?;
            let e = p.events.iter().find(|e| e.id == id)?;
            summary::who_met_whom(p, e)
        })
    });
    let headline = move || {
        let lang = state.lang.get();
        met.with(|m| {
            m.as_ref().map(|m| {
                let share = m
                    .cross_sector_share
                    .map(|s| i18n::number(lang, s * 100.0, 0))
                    .unwrap_or_else(|| "—".into());
                i18n::tf(
                    lang,
                    Msg::MetHeadline,
                    &[
                        ("people", &m.people.len().to_string()),
                        ("pairs", &i18n::int(lang, m.pairs as i64)),
                        ("new", &i18n::int(lang, m.new_company_pairs as i64)),
                        ("share", &share),
                    ],
                )
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="met-title">
            <div class="section-head">
                <h2 id="met-title">{tr(Msg::MetTitle)}</h2>
                <button type="button" class="button secondary" on:click=|_| crate::cafe::platform::print()>{tr(Msg::Print)}</button>
            </div>
            <p class="empty-state" hidden=move || met.with(Option::is_some)>{tr(Msg::MetNone)}</p>
            <p class="lead" data-testid="met-headline">{headline}</p>
            <table class="data" hidden=move || met.with(Option::is_none) data-testid="met">
                <thead><tr>
                    <th scope="col">{tr(Msg::FieldName)}</th>
                    <th scope="col" class="num">{tr(Msg::ColMet)}</th>
                    <th scope="col" class="num">{tr(Msg::ColNewMet)}</th>
                    <th scope="col" class="num">{tr(Msg::ColSectorsMet)}</th>
                </tr></thead>
                <tbody>
                    {move || met.get().map(|m| m.people.into_iter().map(|x| view! {
                        <tr>
                            <th scope="row">{x.name}</th>
                            <td class="num">{x.people}</td>
                            <td class="num">{x.new_people}</td>
                            <td class="num">{x.sectors}</td>
                        </tr>
                    }).collect_view())}
                </tbody>
            </table>
            <p class="hint">{tr(Msg::MetHint)}</p>
            <table class="data sector-pairs" hidden=move || met.with(Option::is_none)>
                <caption>{tr(Msg::SectorPairsTitle)}</caption>
                <tbody>
                    {move || {
                        let lang = state.lang.get();
                        met.get().map(|m| {
                            let mut pairs = m.sector_pairs;
                            pairs.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
                            pairs.into_iter().take(12).map(|((a, b), n)| {
                                let name = |c: char| maillage_core::naf::rev2().section(c).map_or(c.to_string(), |s| format!("{c} · {}", if lang == i18n::Lang::Fr { s.label_fr } else { s.label_en }));
                                let label = if a == b { name(a) } else { format!("{} × {}", name(a), name(b)) };
                                view! { <tr><th scope="row">{label}</th><td class="num">{i18n::plural(lang, n as usize, Msg::SectorPairsOne, Msg::SectorPairsMany)}</td></tr> }
                            }).collect_view()
                        })
                    }}
                </tbody>
            </table>
        </section>
    }
}
