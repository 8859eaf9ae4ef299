//! Importing a file: choose or drop it, watch it being read, give its
//! passphrase if it is encrypted, see what it holds and what is wrong with
//! it, then decide — open it as a new or partner project, merge it into its
//! project (with a review of every conflict), or replace that project after
//! a confirmation that counts what would be lost. Nothing changes before
//! the user chooses; a file with errors cannot be imported.

use super::merge_review::MergeReview;
use crate::components::confirm::ConfirmButton;
use crate::components::issue_list::IssueList;
use crate::components::unsaved::unless_unsaved;
use crate::io::crypto::{self, CryptoError};
use crate::io::upload::{self, ReadFailure};
use crate::route::{navigate, Route};
use crate::state::files::{self, MergeSetup};
use crate::state::{tr, tz_offset_min, use_app};
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::format::sealed::{self, SealedError};
use maillage_core::format::{self, Loaded, ReadError};
use maillage_core::i18n::{self, Lang, Msg};
use maillage_core::Kind;
use std::sync::Arc;

/// Issues listed before "… and N more".

#[derive(Clone)]
enum Phase {
    Idle,
    Reading {
        file: String,
        size: usize,
        done: usize,
    },
    Parsing,
    /// An encrypted file waits for its passphrase (the last try's problem, if any).
    Locked {
        bytes: Arc<Vec<u8>>,
        problem: Option<Msg>,
    },
    Decrypting,
    /// A file read, and its bytes (kept as the base of a merge).
    Preview(Arc<Loaded>, Arc<Vec<u8>>),
    Merging(Arc<Loaded>, Arc<MergeSetup>, Arc<Vec<u8>>),
    Failed(Arc<Failure>),
}

enum Failure {
    Read(ReadError),
    Sealed(Msg, String),
    Browser,
}

/// The bytes of a file, read: encrypted ones ask for their passphrase.
fn examine(bytes: Vec<u8>) -> Phase {
    if sealed::is_sealed(&bytes) {
        return match sealed::Sealed::read(&bytes) {
            Ok(_) => Phase::Locked {
                bytes: Arc::new(bytes),
                problem: None,
            },
            Err(e) => Phase::Failed(Arc::new(sealed_failure(e))),
        };
    }
    match format::read(&bytes) {
        Ok(loaded) => Phase::Preview(Arc::new(loaded), Arc::new(bytes)),
        Err(e) => Phase::Failed(Arc::new(Failure::Read(e))),
    }
}

fn sealed_failure(e: SealedError) -> Failure {
    match e {
        SealedError::Truncated => Failure::Sealed(Msg::SealedTruncated, String::new()),
        SealedError::NewerVersion(v) => Failure::Sealed(Msg::SealedNewer, v.to_string()),
        SealedError::Malformed(d) | SealedError::Unsupported(d) => {
            Failure::Sealed(Msg::SealedBroken, d)
        }
    }
}

thread_local! {
    /// A file dropped elsewhere (the welcome page), read once this screen opens.
    static HANDED: std::cell::RefCell<Option<web_sys::File>> = const { std::cell::RefCell::new(None) };
}

/// Opens the import screen on a file dropped elsewhere: the same preview
/// and the same choices as a file chosen here.
pub fn import_dropped(file: web_sys::File) {
    HANDED.with(|h| *h.borrow_mut() = Some(file));
    crate::route::navigate(&crate::route::Route::Import);
}

/// The first file of a drop, if any.
pub fn dropped_file(e: &leptos::ev::DragEvent) -> Option<web_sys::File> {
    e.data_transfer()
        .and_then(|d| d.files())
        .and_then(|f| f.get(0))
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
            phase.set(examine(bytes));
            span.end();
        });
    };
    if let Some(file) = HANDED.with(|h| h.borrow_mut().take()) {
        take_file(file);
    }
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
        if let Some(file) = dropped_file(&e) {
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
            {move || render_phase(phase, state.lang.get())}
        </section>
    }
}

fn render_phase(phase: RwSignal<Phase>, lang: Lang) -> AnyView {
    match phase.get() {
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
        Phase::Decrypting => view! { <p class="progress-block" role="status" data-testid="decrypting">{i18n::t(lang, Msg::Decrypting)}</p> }.into_any(),
        Phase::Locked { bytes, problem } => view! { <Unlock bytes=bytes problem=problem phase=phase/> }.into_any(),
        Phase::Failed(f) => failure_view(&f, lang),
        Phase::Preview(loaded, bytes) => view! { <Preview loaded=loaded bytes=bytes phase=phase/> }.into_any(),
        Phase::Merging(loaded, setup, bytes) => view! {
            <MergeReview loaded=loaded setup=setup bytes=bytes on_cancel=Callback::new(move |_| phase.set(Phase::Idle))/>
        }
        .into_any(),
    }
}

/// The passphrase of an encrypted file.
#[component]
fn Unlock(bytes: Arc<Vec<u8>>, problem: Option<Msg>, phase: RwSignal<Phase>) -> impl IntoView {
    let pass = RwSignal::new(String::new());
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let bytes = bytes.clone();
        let p = pass.get_untracked();
        phase.set(Phase::Decrypting);
        spawn_local(async move {
            let next = match crypto::open(&bytes, &p).await {
                Ok(plain) => match examine(plain) {
                    // A file encrypted twice is not ours.
                    Phase::Locked { .. } => {
                        Phase::Failed(Arc::new(Failure::Sealed(Msg::SealedBroken, String::new())))
                    }
                    other => other,
                },
                Err(e) => {
                    let problem = match e {
                        CryptoError::WrongPassphrase => Msg::WrongPassphrase,
                        CryptoError::Altered => Msg::SealedAltered,
                        CryptoError::Unavailable => Msg::CryptoUnavailable,
                        CryptoError::Envelope(e) => {
                            return phase.set(Phase::Failed(Arc::new(sealed_failure(e))))
                        }
                        CryptoError::Browser(_) => Msg::SealedAltered,
                    };
                    Phase::Locked {
                        bytes,
                        problem: Some(problem),
                    }
                }
            };
            phase.set(next);
        });
    };
    view! {
        <form class="card unlock" on:submit=submit novalidate data-testid="unlock">
            <h2>{tr(Msg::SealedTitle)}</h2>
            <p>{tr(Msg::SealedLead)}</p>
            {problem.map(|m| view! { <p class="form-errors" role="alert" data-testid="unlock-error">{tr(m)}</p> })}
            <div class="field">
                <label for="import-passphrase">{tr(Msg::Passphrase)}</label>
                <input id="import-passphrase" type="password" autocomplete="off"
                    prop:value=move || pass.get() on:input=move |e| pass.set(event_target_value(&e))/>
            </div>
            <button type="submit" class="button primary" data-testid="unlock-open">{tr(Msg::Open)}</button>
        </form>
    }
}

fn failure_view(f: &Failure, lang: Lang) -> AnyView {
    let (headline, issues) = match f {
        Failure::Browser => (i18n::t(lang, Msg::FileReadFailed).to_owned(), Vec::new()),
        Failure::Sealed(msg, detail) => (
            i18n::tf(lang, *msg, &[("detail", detail), ("version", detail)]),
            Vec::new(),
        ),
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

/// "3 entreprises, 12 actions" from counts per kind.
pub fn kinds_in_words(lang: Lang, counts: &[(Kind, usize)]) -> String {
    counts
        .iter()
        .map(|(k, n)| {
            format!(
                "{} {}",
                i18n::int(lang, *n as i64),
                i18n::t(lang, i18n::kind_plural(*k)).to_lowercase()
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
fn Preview(loaded: Arc<Loaded>, bytes: Arc<Vec<u8>>, phase: RwSignal<Phase>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang_now();
    let meta = &loaded.meta;
    let project_id = loaded.project.id();
    let here = state.summaries.with_untracked(|s| {
        s.iter()
            .find(|x| x.id == project_id)
            .map(|x| x.name.clone())
    });
    let open_other = state.project.with_untracked(|p| {
        p.as_ref()
            .filter(|p| p.id() != project_id)
            .map(|p| p.name().to_owned())
    });
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
    let partner_line = meta.share.as_ref().map(|s| {
        i18n::tf(
            lang,
            Msg::ImportPartnerFile,
            &[
                ("from", &s.sent_by.label),
                ("partner", &s.partner.name),
                ("date", &i18n::date_time(lang, s.sent_at, tz_offset_min())),
            ],
        )
    });
    let title = i18n::tf(
        lang,
        Msg::ImportProjectLine,
        &[("name", loaded.project.name())],
    );
    let migrated = loaded
        .migrated_from
        .map(|v| i18n::tf(lang, Msg::ImportMigrated, &[("version", &v.to_string())]));
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
    view! {
        <div class="preview card" data-testid="import-preview">
            <h2>{i18n::t(lang, Msg::ImportPreviewTitle)}</h2>
            <p>{from}</p>
            {partner_line.map(|l| view! { <p class="note" data-testid="partner-file">{l}</p> })}
            <p><strong>{title}</strong></p>
            {migrated.map(|m| view! { <p class="note">{m}</p> })}
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
            {match here {
                Some(name) => view! { <SameProject loaded=loaded.clone() bytes=bytes.clone() name=name phase=phase/> }.into_any(),
                None => view! { <NewProject loaded=loaded.clone() other=open_other/> }.into_any(),
            }}
        </div>
    }
}

/// Runs an import step (after asking, when edits that could not be
/// written would be dropped), then shows the companies of what was opened.
fn run(busy: RwSignal<bool>, step: impl std::future::Future<Output = bool> + 'static) {
    unless_unsaved(use_app(), move || {
        busy.set(true);
        spawn_local(async move {
            let ok = step.await;
            busy.set(false);
            if ok {
                navigate(&Route::Companies(Default::default()));
            }
        });
    });
}

/// A file of a project that is not here: a new project, or a partner's copy.
#[component]
fn NewProject(loaded: Arc<Loaded>, other: Option<String>) -> impl IntoView {
    let state = use_app();
    let busy = RwSignal::new(false);
    let partner = loaded.meta.share.is_some();
    let open = move |_| run(busy, files::import_as_new(state, (*loaded).clone()));
    view! {
        {other.map(|name| view! { <p class="note" data-testid="other-project">{move || state.tf(Msg::ImportOtherProject, &[("name", &name)])}</p> })}
        <div class="actions">
            <button type="button" class="button primary" data-testid="import-new" disabled=move || busy.get() on:click=open>
                {tr(if partner { Msg::ImportAsPartner } else { Msg::ImportAsNew })}
            </button>
        </div>
    }
}

/// A file of a project kept here: merge it (first choice), replace it after
/// a confirmation naming what would be lost, or open a copy.
#[component]
fn SameProject(
    loaded: Arc<Loaded>,
    bytes: Arc<Vec<u8>>,
    name: String,
    phase: RwSignal<Phase>,
) -> impl IntoView {
    let state = use_app();
    let busy = RwSignal::new(false);
    let losses = RwSignal::new(None::<Vec<(Kind, usize)>>);
    {
        let loaded = loaded.clone();
        spawn_local(async move { losses.set(Some(files::replace_losses(state, &loaded).await)) });
    }
    let merge = {
        let loaded = loaded.clone();
        move |_| {
            let (loaded, bytes) = (loaded.clone(), bytes.clone());
            busy.set(true);
            spawn_local(async move {
                match files::prepare_merge(state, &loaded).await {
                    Ok(setup) => phase.set(Phase::Merging(loaded, Arc::new(setup), bytes)),
                    Err(e) => crate::state::autosave::report(state, &e),
                }
                busy.set(false);
            });
        }
    };
    let question = {
        let name = name.clone();
        Signal::derive(move || {
            let lang = state.lang.get();
            let lost = match losses.get() {
                Some(l) if !l.is_empty() => i18n::tf(
                    lang,
                    Msg::ReplaceLosses,
                    &[("list", &kinds_in_words(lang, &l))],
                ),
                _ => i18n::t(lang, Msg::ReplaceLossesNone).to_owned(),
            };
            i18n::tf(
                lang,
                Msg::ConfirmReplace,
                &[("name", &name), ("losses", &lost)],
            )
        })
    };
    let replace = {
        let loaded = loaded.clone();
        Callback::new(move |_| run(busy, files::import_replacing(state, (*loaded).clone())))
    };
    let copy = move |_| run(busy, files::import_as_new(state, (*loaded).clone()));
    let same = {
        let name = name.clone();
        move || state.tf(Msg::ImportSameProject, &[("name", &name)])
    };
    let merge_label = {
        let name = name.clone();
        move || state.tf(Msg::ImportMerge, &[("name", &name)])
    };
    view! {
        <p class="note">{same}</p>
        <div class="actions">
            <button type="button" class="button primary" data-testid="import-merge" disabled=move || busy.get() on:click=merge>
                {merge_label}
            </button>
            <ConfirmButton label=Msg::ImportReplaceButton question=question confirm=Msg::ImportReplaceConfirm
                on_confirm=replace testid="import-replace"/>
            <button type="button" class="button tertiary" data-testid="import-new" disabled=move || busy.get() on:click=copy>
                {tr(Msg::ImportAsCopy)}
            </button>
        </div>
        <p class="hint">{tr(Msg::ImportMergeHint)}</p>
    }
}
