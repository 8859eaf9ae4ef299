//! The programme's report for a year or the whole programme, laid out like
//! an ADEME *fiche action*: every figure from `core::report`, the parts,
//! paragraphs, tables and pictures laid out by `i18n::report::document`,
//! which the Markdown and HTML files write too. Each part has the officer's
//! own text, written here and kept in the project. Prints on A4 (the style
//! sheet drops the app's chrome and the parts left blank), which gives a
//! PDF through the browser.

use crate::components::links::programme_tabs;
use crate::route::Route;
use crate::state::{today, tr, use_app, NoticeKind};
use leptos::prelude::*;
use maillage_core::i18n::report::{self as words, Part, Table};
use maillage_core::i18n::Msg;
use maillage_core::report::{self, Period};
use maillage_core::{commands, ReportPart};

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
    // A year, or None for the whole programme (the default when the
    // programme has its period).
    let year = RwSignal::new(state.project.with_untracked(|p| {
        p.as_ref().and_then(|p| {
            let default = Period::default_for(p, today());
            (default != Period::whole(p, today())).then_some(default.from.year)
        })
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
    let file_name = move |r: &report::Report, ext: &str| match year.get_untracked() {
        Some(y) => format!("bilan-{y}.{ext}"),
        None => format!("bilan-{}-{}.{ext}", r.period.from.year, r.period.to.year),
    };
    let download = move |_| {
        let Some(r) = built.get_untracked() else {
            return;
        };
        let md = words::markdown(state.lang_now(), &r);
        offer(&file_name(&r, "md"), &md, "text/markdown;charset=utf-8");
    };
    let download_html = move |_| {
        let Some(r) = built.get_untracked() else {
            return;
        };
        let html = words::html(state.lang_now(), &r);
        offer(&file_name(&r, "html"), &html, "text/html;charset=utf-8");
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
            <h1>{move || built.with(|r| r.as_ref().map(|r| words::title(state.lang.get(), r)))}</h1>
            {programme_tabs(Route::Report)}
            <p class="report-programme">{move || built.with(|r| r.as_ref().map(|r| r.programme.clone()))}</p>
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
                <button type="button" class="button secondary" data-testid="report-html" on:click=download_html>{tr(Msg::ReportHtml)}</button>
                <button type="button" class="button secondary" data-testid="report-csv" on:click=indicators>{tr(Msg::ReportIndicators)}</button>
            </div>
            <p class="lead">{tr(Msg::ReportLead)}</p>
            {move || built.get().map(|r| {
                let (period, sections) = words::document(state.lang.get(), &r);
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

/// One section of the report, as `i18n::report::document` lays it out,
/// with the officer's text and its editor.
fn part(s: Part) -> impl IntoView {
    let heading = format!("{}-title", s.id);
    let labelled = heading.clone();
    let blank = s.is_blank();
    view! {
        <section class="report-section" class:blank=blank aria-labelledby=labelled data-testid=s.id>
            <h2 id=heading>{s.title.clone()}</h2>
            <OwnText part=s.part title=s.title text=s.text/>
            {s.paragraphs.into_iter().map(|p| view! { <p class=p.test_id data-testid=p.test_id>{p.text}</p> }).collect_view()}
            {s.picture.map(|svg| view! { <figure class="picture" inner_html=svg></figure> })}
            {(!s.items.is_empty()).then(|| view! { <ul>{s.items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> })}
            <div class="report-columns">{s.tables.into_iter().map(table).collect_view()}</div>
        </section>
    }
}

/// The officer's text of a part: shown, and written in place.
#[component]
fn OwnText(part: ReportPart, title: String, text: String) -> impl IntoView {
    let state = use_app();
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(text.clone());
    let id = format!("report-text-{}", words::part_id(part));
    let shown = text.clone();
    let blank = text.is_empty();
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let typed = draft.get_untracked();
        let saved = state.apply(|p, ctx| {
            let mut t = p.territory.clone();
            t.report_texts.insert(part, typed.trim().to_owned());
            t.report_texts.retain(|_, text| !text.is_empty());
            commands::save_territory(p, t, ctx)
        });
        if saved.is_ok() {
            editing.set(false);
            state.notify_when_saved(Msg::ReportTextSaved);
        }
    };
    let label = state.tf(Msg::ReportTextLabel, &[("part", &title)]);
    view! {
        <Show when=move || editing.get() fallback=move || {
            let shown = shown.clone();
            view! {
                {if shown.is_empty() {
                    view! { <p class="muted no-print report-no-text">{tr(Msg::ReportNoText)}</p> }.into_any()
                } else {
                    view! { <p class="report-text">{shown}</p> }.into_any()
                }}
                <button type="button" class="button tertiary small no-print" data-testid="edit-report-text"
                    on:click=move |_| editing.set(true)>{tr(if blank { Msg::ReportEditText } else { Msg::ReportChangeText })}</button>
            }
        }>
            <form class="report-text-form no-print" on:submit=save>
                <label for=id.clone()>{label.clone()}</label>
                <textarea id=id.clone() rows="5" prop:value=move || draft.get()
                    on:input=move |e| draft.set(event_target_value(&e))></textarea>
                <div class="actions">
                    <button type="submit" class="button primary small" data-testid="save-report-text">{tr(Msg::Save)}</button>
                    <button type="button" class="button tertiary small" on:click=move |_| editing.set(false)>{tr(Msg::Cancel)}</button>
                </div>
            </form>
        </Show>
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
