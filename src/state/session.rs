//! Project lifecycle: start-up, open, create, example, delete, restore,
//! rename. Every destructive step keeps a backup first, holds the project's
//! lock (two tabs never run two of them at once on one project) and writes
//! in one transaction. Files in and out are in [`super::files`].

use super::{autosave, now_ms, tabs, today, AppState, Boot, NoticeKind};
use crate::route::{navigate, Route};
use crate::storage::tx::StorageError;
use crate::storage::{idb, locks, prefs, tx};
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::format::{self, ExportMeta};
use maillage_core::i18n::Msg;
use maillage_core::stored::{ProjectSummary, SetAside, SnapshotInfo, SnapshotReason};
use maillage_core::{example, stored, EditContext, Id, Kind, Project, APP_VERSION};

/// Opens the database (or, without one, a store in memory) and the last project.
pub async fn start(state: AppState) {
    if idb::open().await.is_err() {
        tx::use_memory();
        state.save.set(autosave::idle());
        state.boot.set(Boot::NoStorage);
        return;
    }
    refresh_summaries(state).await;
    let summaries = state.summaries.get_untracked();
    let last = prefs::last_project().filter(|id| summaries.iter().any(|s| s.id == *id));
    if let Some(id) = last.or_else(|| summaries.first().map(|s| s.id)) {
        open_project(state, id).await;
    }
    state.boot.set(Boot::Ready);
    state.persisted.set(idb::is_persisted().await);
    if !summaries.is_empty() {
        ask_persistence(state).await;
    }
}

async fn ask_persistence(state: AppState) {
    if state.persisted.get_untracked() != Some(true) && !idb::is_memory() {
        state.persisted.set(Some(idb::request_persistence().await));
    }
}

pub async fn refresh_summaries(state: AppState) {
    if let Ok(list) = idb::list_projects().await {
        state.summaries.set(list);
    }
}

/// Loads a stored project and makes it the open one.
pub async fn open_project(state: AppState, id: Id) {
    autosave::flush(state).await;
    let span = crate::perf::start("maillage:open");
    match idb::load_project(id).await {
        Ok(opened) => {
            autosave::reset(Some(id), opened.revs);
            report_set_aside(state, opened.set_aside);
            state.put_project(Some(opened.project));
            span.end();
            state.save.set(autosave::idle());
            prefs::set_last_project(Some(id));
        }
        Err(e) => autosave::report(state, &e),
    }
}

/// Records that could not be read are kept apart: said once, downloadable.
fn report_set_aside(state: AppState, items: Vec<SetAside>) {
    if !items.is_empty() {
        state.notify(
            NoticeKind::Error,
            Msg::RecordsSetAside,
            &[("n", &items.len().to_string())],
        );
    }
    state.set_aside.set(items);
}

pub fn close_project(state: AppState) {
    autosave::reset(None, Default::default());
    state.put_project(None);
    state.set_aside.set(Vec::new());
    prefs::set_last_project(None);
    navigate(&Route::Projects);
}

/// The summary of a project about to be stored whole.
fn summary_for(state: AppState, project: &Project) -> ProjectSummary {
    let id = project.id();
    let known = state
        .summaries
        .with_untracked(|s| s.iter().find(|x| x.id == id).cloned());
    let mut summary = ProjectSummary::of(
        project,
        known.as_ref().map(|x| x.created_at).unwrap_or_else(now_ms),
        now_ms(),
        known.as_ref().and_then(|x| x.last_export_at),
    );
    summary.received = known.and_then(|x| x.received);
    summary
}

/// Stores a whole project (replacing what was stored under its id) and
/// opens it. On a full disk the project stays open in this tab with every
/// record pending, so that nothing is lost and the next save retries.
pub(super) async fn adopt(state: AppState, project: Project, summary: ProjectSummary) -> bool {
    autosave::flush(state).await;
    let id = project.id();
    let written = locks::exclusive(
        &locks::project_lock(id),
        idb::write_project(&project, &summary),
    )
    .await;
    state.summaries.update(|s| {
        s.retain(|x| x.id != id);
        s.insert(0, summary);
    });
    state.set_aside.set(Vec::new());
    match written {
        Ok(revs) => {
            autosave::reset(Some(id), revs);
            state.put_project(Some(project));
            state.save.set(autosave::idle());
            prefs::set_last_project(Some(id));
            refresh_summaries(state).await;
            tabs::announce_replaced(id);
            ask_persistence(state).await;
        }
        Err(e) => {
            autosave::reset(Some(id), Default::default());
            let pending = maillage_core::stored::all_records(&project)
                .into_iter()
                .map(|(k, id, _)| (k, id))
                .collect();
            state.put_project(Some(project));
            autosave::keep_pending(pending);
            state.save.set(super::SaveState::Failed);
            autosave::report(state, &e);
        }
    }
    true
}

pub(super) fn new_id() -> Id {
    uuid::Uuid::new_v4()
}

pub async fn create_project(state: AppState, name: &str) -> bool {
    let ctx = state.edit_context();
    let project = Project::new(new_id(), new_id(), name, &ctx);
    let name = project.name().to_owned();
    let summary = summary_for(state, &project);
    let ok = adopt(state, project, summary).await;
    if ok {
        state.notify(NoticeKind::Info, Msg::ProjectCreated, &[("name", &name)]);
    }
    ok
}

/// Opens a fresh copy of the example territory (its ids are drawn at random,
/// so opening it twice gives two separate projects).
pub async fn open_example(state: AppState) -> bool {
    let seed = (js_sys::Math::random() * 9.0e15) as u64;
    let project = example::example_project(today(), seed);
    let summary = summary_for(state, &project);
    let ok = adopt(state, project, summary).await;
    if ok {
        state.notify(NoticeKind::Info, Msg::ExampleOpened, &[]);
    }
    ok
}

/// The file content of a whole project (for exports and backups).
pub(super) fn file_of(
    state: &AppState,
    project: &Project,
    meta: Option<ExportMeta>,
) -> Result<String, String> {
    let meta = meta.unwrap_or_else(|| ExportMeta {
        app_version: APP_VERSION.into(),
        project_id: project.id(),
        export_id: new_id(),
        base_export_id: None,
        exported_at_ms: Some(now_ms()),
        exported_by: state.author.get_untracked(),
        share: None,
    });
    format::write(project, &meta).map_err(|e| e.to_string())
}

/// Keeps a copy of a project before a destructive operation.
pub(super) async fn snapshot(
    state: AppState,
    project: &Project,
    reason: SnapshotReason,
) -> Result<(), StorageError> {
    let content = file_of(&state, project, None).map_err(StorageError::Other)?;
    let info = SnapshotInfo {
        id: new_id(),
        project_id: project.id(),
        project_name: project.name().to_owned(),
        reason,
        taken_at: now_ms(),
        bytes: content.len(),
        companies: project.count(Kind::Company),
    };
    idb::save_snapshot(&info, &content).await
}

/// The stored (or open) version of a project.
pub(super) async fn project_by_id(state: AppState, id: Id) -> Option<Project> {
    let open = state
        .project
        .with_untracked(|p| p.as_ref().filter(|p| p.id() == id).cloned());
    match open {
        Some(p) => Some(p),
        None => idb::load_project(id).await.ok().map(|o| o.project),
    }
}

/// How a deletion went.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Deletion {
    Done,
    /// The disk is full: no room for the backup. Ask before deleting without.
    NoRoomForBackup,
    Failed,
}

/// Deletes a project after keeping a backup; on a full disk, only when the
/// user agreed to go without (`without_backup`).
pub async fn delete_project(state: AppState, id: Id, without_backup: bool) -> Deletion {
    autosave::flush(state).await;
    let Some(project) = project_by_id(state, id).await else {
        return Deletion::Failed;
    };
    let outcome = locks::exclusive(&locks::project_lock(id), async {
        match snapshot(state, &project, SnapshotReason::BeforeDelete).await {
            Err(StorageError::Quota) if !without_backup => return Deletion::NoRoomForBackup,
            Err(StorageError::Quota) => {}
            Err(e) => {
                autosave::report(state, &e);
                return Deletion::Failed;
            }
            Ok(()) => {}
        }
        match idb::delete_project(id).await {
            Ok(()) => Deletion::Done,
            Err(e) => {
                autosave::report(state, &e);
                Deletion::Failed
            }
        }
    })
    .await;
    if outcome != Deletion::Done {
        return outcome;
    }
    state.summaries.update(|s| s.retain(|x| x.id != id));
    tabs::announce_deleted(id);
    let msg = if without_backup {
        Msg::ProjectDeletedNoBackup
    } else {
        Msg::ProjectDeleted
    };
    state.notify(NoticeKind::Info, msg, &[("name", project.name())]);
    if state
        .project
        .with_untracked(|p| p.as_ref().map(Project::id))
        == Some(id)
    {
        let next = state.summaries.with_untracked(|s| s.first().map(|x| x.id));
        match next {
            Some(next) => open_project(state, next).await,
            None => {
                autosave::reset(None, Default::default());
                state.put_project(None);
                prefs::set_last_project(None);
            }
        }
    }
    Deletion::Done
}

/// Restores a backup (the current state of that project is kept first).
pub async fn restore(state: AppState, snapshot_id: Id) -> bool {
    let content = match idb::snapshot_content(snapshot_id).await {
        Ok(c) => c,
        Err(e) => {
            autosave::report(state, &e);
            return false;
        }
    };
    let Ok(loaded) = format::read(content.as_bytes()) else {
        autosave::report(state, &StorageError::Corrupt("snapshot".into()));
        return false;
    };
    let id = loaded.project.id();
    if state
        .summaries
        .with_untracked(|s| s.iter().any(|x| x.id == id))
    {
        if let Some(current) = project_by_id(state, id).await {
            if let Err(e) = snapshot(state, &current, SnapshotReason::BeforeRestore).await {
                autosave::report(state, &e);
                return false;
            }
        }
    }
    let name = loaded.project.name().to_owned();
    let summary = summary_for(state, &loaded.project);
    let ok = adopt(state, loaded.project, summary).await;
    if ok {
        state.notify(NoticeKind::Info, Msg::Restored, &[("name", &name)]);
    }
    ok
}

/// Removes one backup.
pub async fn delete_backup(state: AppState, id: Id) -> bool {
    match idb::delete_snapshot(id).await {
        Ok(()) => {
            state.notify(NoticeKind::Info, Msg::BackupDeleted, &[]);
            true
        }
        Err(e) => {
            autosave::report(state, &e);
            false
        }
    }
}

/// Renames the open project.
pub fn rename(state: AppState, name: &str) -> bool {
    let name = name.to_owned();
    let ok = state
        .apply(move |p, ctx: &EditContext| {
            let mut t = p.territory.clone();
            t.name = name;
            maillage_core::commands::save_territory(p, t, ctx)
        })
        .is_ok();
    if ok {
        state.notify_when_saved(Msg::ProjectRenamed);
    }
    ok
}

/// Keeps this tab in step with the others: another tab with the same
/// project open announced a save, and the records it wrote are loaded
/// (unless this tab has unsaved edits of them: then its own save will find
/// the conflict and say so); an import or restore reopens the project; a
/// deletion closes it once storage confirms it.
pub fn follow_other_tabs(state: AppState) {
    tabs::listen(move |msg| spawn_local(receive(state, msg)));
}

async fn receive(state: AppState, msg: tabs::Message) {
    let current = state.project.with_untracked(|p| p.as_ref().map(|p| p.id()));
    refresh_summaries(state).await;
    if msg.from_this_tab() || Some(msg.project) != current {
        return;
    }
    let project = msg.project;
    match msg.what {
        tabs::What::Saved => {
            let theirs: Vec<(Kind, Id)> = msg
                .records
                .into_iter()
                .filter(|(k, id)| !autosave::is_dirty(*k, *id))
                .collect();
            let Ok(docs) = idb::load_records(project, &theirs).await else {
                return;
            };
            let kinds: Vec<Kind> = docs.iter().map(|((k, _), _)| *k).collect();
            state.put_records(&kinds, |p| {
                if p.id() != project {
                    return;
                }
                for ((kind, id), json) in &docs {
                    let Some(json) = json else { continue };
                    if stored::put_document(p, *kind, json).is_ok() {
                        if let Some(rev) = stored::peek_rev(json) {
                            autosave::set_stored_rev(*kind, *id, rev);
                        }
                    }
                }
            });
            state.notify(NoticeKind::Info, Msg::OtherTabUpdated, &[]);
        }
        tabs::What::Replaced => {
            open_project(state, project).await;
            state.notify(NoticeKind::Info, Msg::OtherTabUpdated, &[]);
        }
        tabs::What::Deleted => {
            if idb::project_exists(project).await == Ok(false) {
                close_project(state);
                state.notify(NoticeKind::Error, Msg::OtherTabDeletedProject, &[]);
            }
        }
    }
}
