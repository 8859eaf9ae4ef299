//! Files in and out: the full backup export, the file for a partner (what
//! may leave, decided by `maillage_core::share`), and a file coming back:
//! opened as a new or partner project, merged into its project (three-way
//! against what was sent, `maillage_core::merge`), or replacing it after a
//! confirmation that counts what would be lost. Files may be encrypted with
//! a passphrase ([`crate::io::crypto`]).

use super::session::{adopt, file_of, new_id, project_by_id, snapshot};
use super::{autosave, now_ms, tabs, tz_offset_min, AppState, NoticeKind};
use crate::io::{crypto, download};
use crate::storage::idb::{self, Write};
use crate::storage::locks;
use crate::storage::tx::StorageError;
use leptos::prelude::*;
use maillage_core::format::{self, ExportMeta, Loaded};
use maillage_core::i18n::Msg;
use maillage_core::merge::{self, Choice, Plan};
use maillage_core::share::{self, Scope, ShareInfo, Withheld};
use maillage_core::stored::{
    self, ExchangeInfo, ProjectSummary, Received, ReturnInfo, SnapshotReason,
};
use maillage_core::{Id, Kind, Project, APP_VERSION};

/// Writes `text` as a file, encrypted when a passphrase is given.
async fn deliver(name: &str, text: String, passphrase: Option<&str>) -> Result<(), String> {
    let content = match passphrase {
        Some(p) => crypto::seal(&text, p).await.map_err(|e| format!("{e:?}"))?,
        None => text,
    };
    download::json(name, &content)
}

fn file_name(project: &str, suffix: &str, encrypted: bool) -> String {
    let plain = format::file_name(project, now_ms() + tz_offset_min() * 60_000);
    let stem = plain.trim_end_matches(".json");
    let lock = if encrypted { "-chiffre" } else { "" };
    let suffix = if suffix.is_empty() {
        String::new()
    } else {
        format!("-{}", maillage_core::text::slug(suffix))
    };
    format!("{stem}{suffix}{lock}.json")
}

fn record_export(state: AppState) {
    let Some(mut summary) = state.current_summary() else {
        return;
    };
    summary.last_export_at = Some(now_ms());
    let stored = summary.clone();
    leptos::task::spawn_local(async move {
        let _ = idb::put_summary(&stored).await;
    });
    state.summaries.update(|s| {
        if let Some(x) = s.iter_mut().find(|x| x.id == summary.id) {
            *x = summary;
        }
    });
}

/// Downloads the open project whole: everything, confidential included
/// (the app says so beside the button). A partner's copy answers the file
/// it came from, so that its sender can merge it.
pub async fn export(state: AppState, passphrase: Option<String>) {
    let Some(project) = state.project.get_untracked() else {
        return;
    };
    let span = crate::perf::start("maillage:export");
    let received = state.current_summary().and_then(|s| s.received);
    let meta = ExportMeta {
        app_version: APP_VERSION.into(),
        project_id: project.id(),
        export_id: new_id(),
        base_export_id: received.as_ref().map(|r| r.export_id),
        exported_at_ms: Some(now_ms()),
        exported_by: state.author.get_untracked(),
        share: received.map(|r| r.share),
    };
    let text = match file_of(&state, &project, Some(meta)) {
        Ok(t) => t,
        Err(e) => return state.notify(NoticeKind::Error, Msg::ExportFailed, &[("detail", &e)]),
    };
    let name = file_name(project.name(), "", passphrase.is_some());
    if let Err(e) = deliver(&name, text, passphrase.as_deref()).await {
        return state.notify(NoticeKind::Error, Msg::ExportFailed, &[("detail", &e)]);
    }
    span.end();
    state.notify(NoticeKind::Info, Msg::Exported, &[("file", &name)]);
    record_export(state);
}

/// What a partner file would carry, for the summary before writing.
pub fn preview_share(state: AppState, scope: &Scope) -> Option<(Project, Withheld)> {
    state.project.with_untracked(|p| {
        let out = share::share(p.as_ref()?, scope);
        Some((out.project, out.withheld))
    })
}

/// Writes the file for a partner, and keeps the records as sent (the base
/// of the merge when it comes back).
pub async fn export_for_partner(state: AppState, scope: Scope, passphrase: Option<String>) -> bool {
    let Some(project) = state.project.get_untracked() else {
        return false;
    };
    let shared = share::share(&project, &scope);
    let export_id = new_id();
    let author = state.author.get_untracked();
    let info = ShareInfo {
        partner: scope.partner.clone(),
        sent_by: author.clone(),
        sent_at: now_ms(),
        sent_export_id: export_id,
        kinds: scope.kinds.clone(),
        notes: scope.notes,
        withheld: shared.withheld.clone(),
    };
    let meta = ExportMeta {
        app_version: APP_VERSION.into(),
        project_id: project.id(),
        export_id,
        base_export_id: None,
        exported_at_ms: Some(now_ms()),
        exported_by: author,
        share: Some(info),
    };
    let text = match format::write(&shared.project, &meta) {
        Ok(t) => t,
        Err(e) => {
            state.notify(
                NoticeKind::Error,
                Msg::ExportFailed,
                &[("detail", &e.to_string())],
            );
            return false;
        }
    };
    let exchange = ExchangeInfo {
        export_id,
        project_id: project.id(),
        project_name: project.name().to_owned(),
        partner: scope.partner.clone(),
        sent_at: now_ms(),
        companies: shared.project.count(Kind::Company),
        bytes: text.len(),
        returns: Vec::new(),
    };
    // Without the kept version the return still merges, field by field: say so.
    if idb::save_exchange(&exchange, &text).await.is_err() {
        state.notify(NoticeKind::Error, Msg::ShareBaseNotKept, &[]);
    }
    let name = file_name(project.name(), &scope.partner.name, passphrase.is_some());
    if let Err(e) = deliver(&name, text, passphrase.as_deref()).await {
        state.notify(NoticeKind::Error, Msg::ExportFailed, &[("detail", &e)]);
        return false;
    }
    state.notify(
        NoticeKind::Info,
        Msg::SharedFileWritten,
        &[("file", &name), ("partner", &scope.partner.name)],
    );
    record_export(state);
    true
}

/// Opens an imported file as a project of its own. A file of a project that
/// is already here becomes a copy with a new id, never an overwrite. A file
/// sent by a partner becomes a partner's copy, labelled with whose it is.
pub async fn import_as_new(state: AppState, loaded: Loaded) -> bool {
    let mut project = loaded.project;
    let here = state
        .summaries
        .with_untracked(|s| s.iter().any(|x| x.id == project.id()));
    if here {
        project.territory.id = new_id();
        project.territory.name = format!("{} (copie)", project.territory.name);
    }
    let mut summary =
        stored::imported_summary(&project, now_ms(), loaded.meta.exported_at_ms, None);
    if !here {
        summary.received = loaded.meta.share.map(|share| Received {
            export_id: loaded.meta.export_id,
            share,
            at: now_ms(),
        });
    }
    finish_import(state, project, summary).await
}

/// What replacing a stored project by a file would lose, per kind.
pub async fn replace_losses(state: AppState, loaded: &Loaded) -> Vec<(Kind, usize)> {
    match project_by_id(state, loaded.project.id()).await {
        Some(here) => merge::replace_losses(&here, &loaded.project),
        None => Vec::new(),
    }
}

/// Replaces the stored version of the file's own project, after a backup.
/// A file of another project never replaces anything.
pub async fn import_replacing(state: AppState, loaded: Loaded) -> bool {
    let id = loaded.project.id();
    if !state
        .summaries
        .with_untracked(|s| s.iter().any(|x| x.id == id))
    {
        return false;
    }
    autosave::flush(state).await;
    if let Some(old) = project_by_id(state, id).await {
        if let Err(e) = snapshot(state, &old, SnapshotReason::BeforeImport).await {
            autosave::report(state, &e);
            return false;
        }
    }
    let summary = {
        let known = state
            .summaries
            .with_untracked(|s| s.iter().find(|x| x.id == id).cloned());
        stored::imported_summary(
            &loaded.project,
            now_ms(),
            loaded.meta.exported_at_ms,
            known.as_ref(),
        )
    };
    finish_import(state, loaded.project, summary).await
}

async fn finish_import(state: AppState, project: Project, summary: ProjectSummary) -> bool {
    let name = project.name().to_owned();
    let ok = adopt(state, project, summary).await;
    if ok {
        state.notify(NoticeKind::Info, Msg::ImportDone, &[("name", &name)]);
    }
    ok
}

/// A merge ready for review.
#[derive(Clone)]
pub struct MergeSetup {
    pub plan: Plan,
    /// The exchange the file answers (None: no base, two-way).
    pub exchange: Option<ExchangeInfo>,
    /// When this very file was merged already.
    pub already_merged: Option<i64>,
    /// A name for the record of each conflict.
    pub labels: Vec<String>,
}

/// Computes the merge of a returned file into its project, against the
/// records as sent when they were kept.
pub async fn prepare_merge(state: AppState, loaded: &Loaded) -> Result<MergeSetup, StorageError> {
    autosave::flush(state).await;
    let id = loaded.project.id();
    let mine = project_by_id(state, id)
        .await
        .ok_or(StorageError::Unavailable)?;
    let all = idb::list_exchanges().await.unwrap_or_default();
    let mine_only: Vec<ExchangeInfo> = all.into_iter().filter(|x| x.project_id == id).collect();
    let exchange = stored::exchange_for(
        &mine_only,
        loaded.meta.export_id,
        loaded.meta.base_export_id,
    )
    .cloned();
    let base = match &exchange {
        Some(x) => match idb::exchange_base(x.export_id).await {
            Ok(text) => format::read(text.as_bytes()).ok().map(|l| l.project),
            Err(_) => None,
        },
        None => None,
    };
    let span = crate::perf::start("maillage:merge-plan");
    let plan = merge::plan(
        base.as_ref(),
        &mine,
        &loaded.project,
        loaded.meta.share.as_ref(),
    );
    span.end();
    let already_merged = exchange
        .as_ref()
        .and_then(|x| x.merged(loaded.meta.export_id))
        .map(|r| r.merged_at);
    let labels = plan
        .conflicts
        .iter()
        .map(|c| {
            mine.label_of(c.kind, c.id)
                .or_else(|| loaded.project.label_of(c.kind, c.id))
                .unwrap_or_default()
        })
        .collect();
    Ok(MergeSetup {
        plan,
        exchange,
        already_merged,
        labels,
    })
}

/// Why a merge was not applied.
pub enum MergeFailure {
    Issues(Vec<maillage_core::Issue>),
    Storage,
}

/// Applies a reviewed merge: a backup first, then one transaction with the
/// merged records and the new base (the returned file), under the project's lock.
pub async fn apply_merge(
    state: AppState,
    setup: &MergeSetup,
    loaded: &Loaded,
    bytes: &[u8],
    choices: &[Option<Choice>],
) -> Result<(), MergeFailure> {
    let id = loaded.project.id();
    let lock = locks::project_lock(id);
    let span = crate::perf::start("maillage:merge-apply");
    let result = locks::exclusive(&lock, async {
        autosave::flush(state).await;
        let mine = project_by_id(state, id)
            .await
            .ok_or(MergeFailure::Storage)?;
        let ctx = state.edit_context();
        let compute = crate::perf::start("maillage:merge-compute");
        let applied =
            merge::apply(&setup.plan, mine.clone(), choices, &ctx).map_err(MergeFailure::Issues)?;
        compute.end();
        let backup = crate::perf::start("maillage:merge-backup");
        if let Err(e) = snapshot(state, &mine, SnapshotReason::BeforeMerge).await {
            autosave::report(state, &e);
            return Err(MergeFailure::Storage);
        }
        backup.end();
        let revs = autosave::stored_revs();
        let writes: Vec<Write> = applied
            .changed
            .iter()
            .filter_map(|&(kind, rid)| {
                let json = stored::record_json(&applied.project, kind, rid)?;
                Some(Write {
                    kind,
                    id: rid,
                    rev: stored::peek_rev(&json)?,
                    json,
                    expected: revs.get(&(kind, rid)).copied(),
                })
            })
            .collect();
        let exchange = exchange_after(setup, loaded, &applied.journal);
        // The returned file, as read, is the next base (merging it again changes nothing).
        let base = match std::str::from_utf8(bytes) {
            Ok(text) => text.trim_start_matches('\u{feff}').to_owned(),
            Err(_) => {
                format::write(&loaded.project, &loaded.meta).map_err(|_| MergeFailure::Storage)?
            }
        };
        let mut summary = state
            .current_summary()
            .filter(|s| s.id == id)
            .ok_or(MergeFailure::Storage)?;
        summary.updated_at = now_ms();
        summary.companies = applied.project.count(Kind::Company);
        let written: Vec<(Kind, Id, u64)> = writes.iter().map(|w| (w.kind, w.id, w.rev)).collect();
        if let Err(e) = idb::save_merge(id, writes, &summary, &exchange, &base).await {
            autosave::report(state, &e);
            return Err(MergeFailure::Storage);
        }
        for (kind, rid, rev) in &written {
            autosave::set_stored_rev(*kind, *rid, *rev);
        }
        state.put_project(Some(applied.project));
        state.summaries.update(|s| {
            if let Some(x) = s.iter_mut().find(|x| x.id == id) {
                *x = summary;
            }
        });
        let changed: Vec<(Kind, Id)> = written.iter().map(|&(k, i, _)| (k, i)).collect();
        tabs::announce_saved(id, &changed);
        Ok(changed.len())
    })
    .await;
    span.end();
    match result {
        Ok(n) => {
            state.notify(NoticeKind::Info, Msg::MergeDone, &[("n", &n.to_string())]);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// The exchange after merging a return: what came back, and the returned
/// file as the new base (merging it again then changes nothing).
fn exchange_after(setup: &MergeSetup, loaded: &Loaded, journal: &[merge::Taken]) -> ExchangeInfo {
    let plan = &setup.plan;
    let total = |f: fn(&merge::Counts) -> usize| -> usize {
        plan.kinds().iter().map(|k| f(&plan.counts(*k))).sum()
    };
    let back = ReturnInfo {
        export_id: loaded.meta.export_id,
        from: loaded.meta.exported_by.clone(),
        merged_at: now_ms(),
        added: total(|c| c.added),
        changed: total(|c| c.changed),
        deleted: total(|c| c.deleted),
        conflicts: plan.conflicts.len(),
        journal: journal.iter().take(stored::JOURNAL_KEPT).cloned().collect(),
    };
    let mut x = setup.exchange.clone().unwrap_or_else(|| ExchangeInfo {
        // No base was kept: this file becomes one, under its own id.
        export_id: loaded.meta.export_id,
        project_id: loaded.project.id(),
        project_name: loaded.project.name().to_owned(),
        partner: loaded
            .meta
            .share
            .as_ref()
            .map(|s| s.partner.clone())
            .unwrap_or_else(|| share::Partner {
                name: loaded.meta.exported_by.label.clone(),
                facilitation_team: false,
            }),
        sent_at: loaded.meta.exported_at_ms.unwrap_or_else(now_ms),
        companies: loaded.project.count(Kind::Company),
        bytes: 0,
        returns: Vec::new(),
    });
    x.returns.retain(|r| r.export_id != back.export_id);
    x.returns.push(back);
    x
}

/// Forgets a file sent to a partner.
pub async fn delete_exchange(state: AppState, id: Id) -> bool {
    match idb::delete_exchange(id).await {
        Ok(()) => true,
        Err(e) => {
            autosave::report(state, &e);
            false
        }
    }
}

/// Downloads the records that could not be read, as they are stored.
pub fn download_set_aside(state: AppState) {
    let items = state.set_aside.get_untracked();
    let text = stored::set_aside_file(&items);
    let name = format!(
        "maillage-enregistrements-illisibles-{}.json",
        super::today()
    );
    if let Err(e) = download::json(&name, &text) {
        state.notify(NoticeKind::Error, Msg::ExportFailed, &[("detail", &e)]);
    }
}
