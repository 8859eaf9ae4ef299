//! The programme's report for a year, laid out like an ADEME *fiche
//! action*: every figure from `core::report`, the sections, paragraphs and
//! tables laid out by `i18n::report::document`, which the Markdown file
//! writes too. Prints on A4 (the style sheet drops the app's chrome),
//! which gives a PDF through the browser.

use crate::route::Route;
use crate::state::{today, tr, use_app, NoticeKind};
use leptos::prelude::*;
use maillage_core::i18n::report::{self as words, Part, Table};
use maillage_core::i18n::Msg;
use maillage_core::report::{self, Period};

#[component]
pub fn ReportPage() -> impl IntoView {
    let state = use_app();
    let years = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .map(|p| report::years(p, today()))
                .unwrap_or_default()
        })
    });
    // A year (the programme's by default), or None for the whole programme.
    let year = RwSignal::new(state.project.with_untracked(|p| {
        p.as_ref()
            .map(|p| Period::default_for(p, today()).from.year)
    }));
    let built = Memo::new(move |_| {
        let factors = state.factors.get();
        state.project.with(|p| {
            p.as_ref().map(|p| {
                let period = match year.get() {
                    Some(y) => Period::year(y),
                    None => Period::whole(p, today()),
                };
                report::report(p, &factors, period, today())
            })
        })
    });
    let names = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .map(|p| {
                    (
                        p.territory.programme.clone(),
                        p.territory.description.clone(),
                    )
                })
                .unwrap_or_default()
        })
    });
    let download = move |_| {
        let Some(r) = built.get_untracked() else {
            return;
        };
        let (programme, context) = names.get_untracked();
        let md = words::markdown(state.lang_now(), &r, &programme, &context);
        let name = match year.get_untracked() {
            Some(y) => format!("bilan-{y}.md"),
            None => format!("bilan-{}-{}.md", r.period.from.year, r.period.to.year),
        };
        offer(&name, &md, "text/markdown;charset=utf-8");
    };
    let indicators = move |_| {
        let Some(r) = built.get_untracked() else {
            return;
        };
        let csv = words::indicators_csv(state.lang_now(), &r);
        let name = format!("indicateurs-{}-{}.csv", r.period.from, r.period.to);
        offer(&name, &csv, "text/csv;charset=utf-8");
    };
    view! {
        <section class="report" data-testid="report">
            <h1>{tr(Msg::ReportTitle)}</h1>
            <p class="report-programme">{move || names.get().0}</p>
            <div class="report-tools no-print">
                <div class="field">
                    <label for="report-year">{tr(Msg::ReportYear)}</label>
                    <select id="report-year" on:change=move |e| year.set(event_target_value(&e).parse().ok())>
                        {move || years.get().into_iter().map(|y| view! { <option value=y.to_string() selected=move || year.get() == Some(y)>{y.to_string()}</option> }).collect_view()}
                        <option value="" selected=move || year.get().is_none()>{tr(Msg::ReportWhole)}</option>
                    </select>
                </div>
                <button type="button" class="button primary" on:click=|_| crate::cafe::platform::print()>{tr(Msg::ReportPrint)}</button>
                <button type="button" class="button secondary" data-testid="report-markdown" on:click=download>{tr(Msg::ReportMarkdown)}</button>
                <button type="button" class="button secondary" data-testid="report-csv" on:click=indicators>{tr(Msg::ReportIndicators)}</button>
                <a class="button tertiary" href=Route::TimeLog.to_hash()>{tr(Msg::ReportLogTime)}</a>
            </div>
            <p class="lead">{tr(Msg::ReportLead)}</p>
            {move || built.get().map(|r| {
                let (period, sections) = words::document(state.lang.get(), &r, &names.get().1);
                view! {
                    <p class="report-period" data-testid="report-period">{period}</p>
                    {sections.into_iter().map(part).collect_view()}
                }
            })}
        </section>
    }
}

/// Offers a file for download; says so when the browser refuses.
fn offer(name: &str, text: &str, mime: &str) {
    if let Err(e) = crate::io::download::file(name, text, mime) {
        use_app().notify(NoticeKind::Error, Msg::ExportFailed, &[("detail", &e)]);
    }
}

/// One section of the report, as `i18n::report::document` lays it out.
fn part(s: Part) -> impl IntoView {
    let heading = format!("{}-title", s.id);
    let labelled = heading.clone();
    view! {
        <section class="report-section" aria-labelledby=labelled>
            <h2 id=heading>{s.title}</h2>
            {s.paragraphs.into_iter().map(|p| view! { <p class=p.test_id data-testid=p.test_id>{p.text}</p> }).collect_view()}
            {(!s.items.is_empty()).then(|| view! { <ul>{s.items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> })}
            <div class="report-columns">{s.tables.into_iter().map(table).collect_view()}</div>
        </section>
    }
}

/// A table of the report: the first column heads its row.
fn table(t: Table) -> impl IntoView {
    // Tables of many columns take the width; short ones sit side by side.
    let class = if t.head.len() > 3 {
        "data"
    } else {
        "data compact"
    };
    let numeric = t.numeric.clone();
    let cell_class = move |i: usize| numeric.get(i).copied().unwrap_or(false).then_some("num");
    let head = t
        .head
        .into_iter()
        .enumerate()
        .map(|(i, h)| {
            let c = cell_class.clone()(i);
            view! { <th scope="col" class=c>{h}</th> }
        })
        .collect_view();
    let rows = t
        .rows
        .into_iter()
        .zip(t.flagged)
        .map(|(cells, late)| {
            let cells = cells
                .into_iter()
                .enumerate()
                .map(|(i, text)| {
                    if i == 0 {
                        view! { <th scope="row">{text}</th> }.into_any()
                    } else {
                        view! { <td class=cell_class.clone()(i)>{text}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr class:late=late>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class=class data-testid=t.test_id>
            {t.caption.map(|c| view! { <caption>{c}</caption> })}
            <thead><tr>{head}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
