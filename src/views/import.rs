//! Importing a file: choose or drop it, watch it being read, see what it
//! holds and what is wrong with it, then decide. Nothing changes before the
//! user chooses; a file with errors cannot be imported.

use crate::io::upload::{self, ReadFailure};
use crate::route::{navigate, Route};
use crate::state::{session, tr, tz_offset_min, use_app};
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::format::{self, Loaded, ReadError};
use maillage_core::i18n::{self, Lang, Msg};
use maillage_core::{Id, Issue, Kind};
use std::sync::Arc;

/// Issues listed before "… and N more".
const ISSUES_SHOWN: usize = 30;

#[derive(Clone)]
enum Phase {
    Idle,
    Reading {
        file: String,
        size: usize,
        done: usize,
    },
    Parsing,
    Preview(Arc<Loaded>),
    Failed(Arc<Failure>),
}

enum Failure {
    Read(ReadError),
    Browser,
}

#[component]
pub fn Import() -> impl IntoView {
    let state = use_app();
    let phase = RwSignal::new(Phase::Idle);
    let hovering = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();

    let take_file = move |file: web_sys::File| {
        spawn_local(async move {
            let name = file.name();
            let size = file.size() as usize;
            let span = crate::perf::start("maillage:import");
            phase.set(Phase::Reading {
                file: name.clone(),
                size,
                done: 0,
            });
            let bytes = upload::read_bytes(&file, |done, _| {
                phase.set(Phase::Reading {
                    file: name.clone(),
                    size,
                    done,
                });
            })
            .await;
            let bytes = match bytes {
                Ok(b) => b,
                Err(ReadFailure::TooLarge(n)) => {
                    let limit = format::MAX_FILE_BYTES;
                    return phase.set(Phase::Failed(Arc::new(Failure::Read(
                        ReadError::TooLarge { bytes: n, limit },
                    ))));
                }
                Err(ReadFailure::Browser) => {
                    return phase.set(Phase::Failed(Arc::new(Failure::Browser)))
                }
            };
            phase.set(Phase::Parsing);
            upload::yield_to_browser().await;
            phase.set(match format::read(&bytes) {
                Ok(loaded) => Phase::Preview(Arc::new(loaded)),
                Err(e) => Phase::Failed(Arc::new(Failure::Read(e))),
            });
            span.end();
        });
    };
    let on_change = move |_| {
        let Some(input) = input_ref.get() else { return };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            take_file(file);
        }
        // Choosing the same file again must fire `change` again.
        input.set_value("");
    };
    let on_drop = move |e: leptos::ev::DragEvent| {
        e.prevent_default();
        hovering.set(false);
        if let Some(file) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take_file(file);
        }
    };
    view! {
        <section class="import">
            <h1>{tr(Msg::ImportTitle)}</h1>
            <div
                class="dropzone"
                class:hovering=move || hovering.get()
                data-testid="dropzone"
                on:dragover=move |e: leptos::ev::DragEvent| { e.prevent_default(); hovering.set(true); }
                on:dragleave=move |_| hovering.set(false)
                on:drop=on_drop
            >
                <svg viewBox="0 0 24 24" class="icon-large" aria-hidden="true" focusable="false">
                    <path d="M12 3v12m0-12l-4 4m4-4l4 4M4 15v4a2 2 0 002 2h12a2 2 0 002-2v-4" fill="none" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>
                </svg>
                <p>{tr(Msg::ImportDrop)}" "
                    <label class="file-label" for="import-file">{tr(Msg::ImportChoose)}</label>
                </p>
                <input id="import-file" class="visually-hidden-input" type="file" accept=".json,application/json"
                    node_ref=input_ref on:change=on_change/>
            </div>
            {move || render_phase(phase.get(), state.lang.get())}
        </section>
    }
}

fn render_phase(phase: Phase, lang: Lang) -> AnyView {
    match phase {
        Phase::Idle => ().into_any(),
        Phase::Reading { file, size, done } => {
            let percent = if size == 0 { 100 } else { done * 100 / size };
            view! {
                <div class="progress-block" role="status" data-testid="import-progress">
                    <p>{i18n::tf(lang, Msg::ImportReading, &[("file", &file), ("size", &i18n::bytes(lang, size)), ("percent", &percent.to_string())])}</p>
                    <progress max="100" value=percent.to_string()></progress>
                </div>
            }
            .into_any()
        }
        Phase::Parsing => view! { <p class="progress-block" role="status">{i18n::t(lang, Msg::ImportParsing)}</p> }.into_any(),
        Phase::Failed(f) => failure_view(&f, lang),
        Phase::Preview(loaded) => view! { <Preview loaded=loaded/> }.into_any(),
    }
}

fn failure_view(f: &Failure, lang: Lang) -> AnyView {
    let (headline, issues) = match f {
        Failure::Browser => (i18n::t(lang, Msg::FileReadFailed).to_owned(), Vec::new()),
        Failure::Read(e) => {
            let issues = match e {
                ReadError::Invalid { issues } => issues.clone(),
                _ => Vec::new(),
            };
            (i18n::read_error(lang, e), issues)
        }
    };
    view! {
        <div class="import-error" role="alert" data-testid="import-error">
            <p class="headline">{headline}</p>
            <IssueList issues=issues lang=lang/>
            <p>{i18n::t(lang, Msg::ImportNothingChanged)}</p>
        </div>
    }
    .into_any()
}

#[component]
fn IssueList(issues: Vec<Issue>, lang: Lang) -> impl IntoView {
    let more = issues.len().saturating_sub(ISSUES_SHOWN);
    let mut sorted = issues;
    maillage_core::sorting::sort_by_key(&mut sorted, |i| i.severity);
    view! {
        <ul class="issues">
            {sorted.into_iter().take(ISSUES_SHOWN).map(|i| {
                let label = i18n::t(lang, if i.is_error() { Msg::IssueError } else { Msg::IssueWarning });
                view! {
                    <li class:warning=!i.is_error()>
                        <span class="issue-kind">{label}</span>" "
                        {i18n::issue_text(lang, &i)}" "
                        <code>{i.path.clone()}</code>
                    </li>
                }
            }).collect_view()}
            {(more > 0).then(|| view! { <li>{i18n::tf(lang, Msg::ImportMoreIssues, &[("n", &i18n::int(lang, more as i64))])}</li> })}
        </ul>
    }
}

#[component]
fn Preview(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang_now();
    let meta = &loaded.meta;
    let project_id = loaded.project.id();
    let existing = state.summaries.with_untracked(|s| {
        s.iter()
            .find(|x| x.id == project_id)
            .map(|x| (x.id, x.name.clone()))
    });
    let open_one = state
        .project
        .with_untracked(|p| p.as_ref().map(|p| (p.id(), p.name().to_owned())));
    let from = match meta.exported_at_ms {
        Some(ms) => i18n::tf(
            lang,
            Msg::ImportFrom,
            &[
                ("label", &meta.exported_by.label),
                ("date", &i18n::date_time(lang, ms, tz_offset_min())),
                ("version", &meta.app_version),
            ],
        ),
        None => i18n::tf(
            lang,
            Msg::ImportFromUnknownDate,
            &[
                ("label", &meta.exported_by.label),
                ("version", &meta.app_version),
            ],
        ),
    };
    let title = i18n::tf(
        lang,
        Msg::ImportProjectLine,
        &[("name", loaded.project.name())],
    );
    let migrated = loaded
        .migrated_from
        .map(|v| i18n::tf(lang, Msg::ImportMigrated, &[("version", &v.to_string())]));
    let same = existing
        .as_ref()
        .map(|(_, name)| i18n::tf(lang, Msg::ImportSameProject, &[("name", name)]));
    let counts = Kind::LISTS
        .into_iter()
        .map(|k| {
            (
                i18n::t(lang, i18n::kind_plural(k)),
                i18n::int(lang, loaded.project.count(k) as i64),
            )
        })
        .collect::<Vec<_>>();
    let warnings = loaded.warnings.clone();
    let busy = RwSignal::new(false);
    let run = move |replace: Option<Id>| {
        let loaded = (*loaded).clone();
        busy.set(true);
        spawn_local(async move {
            let ok = match replace {
                Some(target) => session::import_replacing(state, loaded, target).await,
                None => session::import_as_new(state, loaded).await,
            };
            busy.set(false);
            if ok {
                navigate(&Route::Companies(Default::default()));
            }
        });
    };
    // A file of a project kept here replaces that project; otherwise the open one.
    let replace_target = existing.or(open_one);
    let run2 = run.clone();
    view! {
        <div class="preview card" data-testid="import-preview">
            <h2>{i18n::t(lang, Msg::ImportPreviewTitle)}</h2>
            <p>{from}</p>
            <p><strong>{title}</strong></p>
            {migrated.map(|m| view! { <p class="note">{m}</p> })}
            {same.map(|m| view! { <p class="note">{m}</p> })}
            <table class="counts">
                <caption>{i18n::t(lang, Msg::CountsTitle)}</caption>
                <tbody>
                    {counts.into_iter().map(|(k, n)| view! { <tr><th scope="row">{k}</th><td class="num">{n}</td></tr> }).collect_view()}
                </tbody>
            </table>
            {(!warnings.is_empty()).then(|| view! {
                <h3>{i18n::t(lang, Msg::ImportWarnings)}</h3>
                <IssueList issues=warnings lang=lang/>
            })}
            <div class="actions">
                <button type="button" class="button primary" data-testid="import-new" disabled=move || busy.get()
                    on:click=move |_| run(None)>
                    {i18n::t(lang, Msg::ImportAsNew)}
                </button>
                {replace_target.map(|(id, name)| view! {
                    <button type="button" class="button secondary" data-testid="import-replace" disabled=move || busy.get()
                        on:click=move |_| run2(Some(id))>
                        {i18n::tf(lang, Msg::ImportReplace, &[("name", &name)])}
                    </button>
                    <p class="hint">{i18n::t(lang, Msg::ImportReplaceHint)}</p>
                })}
            </div>
        </div>
    }
}
