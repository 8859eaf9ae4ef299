//! Project lifecycle: start-up, open, create, example, delete, import,
//! restore, export. Every destructive step keeps a snapshot first.

use super::{autosave, now_ms, tabs, today, AppState, Boot, NoticeKind, SaveState};
use crate::io::download;
use crate::route::{navigate, Route};
use crate::storage::{idb, prefs};
use leptos::prelude::*;
use maillage_core::format::{self, ExportMeta, Loaded};
use maillage_core::i18n::Msg;
use maillage_core::stored::{ProjectSummary, SnapshotInfo, SnapshotReason};
use maillage_core::{example, EditContext, Id, Kind, Project, APP_VERSION};

/// Opens the database and the last project.
pub async fn start(state: AppState) {
    if idb::open().await.is_err() {
        autosave::set_memory_only();
        state.save.set(SaveState::MemoryOnly);
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
    if !summaries.is_empty() {
        ask_persistence(state).await;
    }
}

async fn ask_persistence(state: AppState) {
    if state.persisted.get_untracked().is_none() {
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
        Ok((project, revs)) => {
            autosave::reset(Some(id), revs);
            state.project.set(Some(project));
            span.end();
            state.save.set(SaveState::Saved);
            prefs::set_last_project(Some(id));
        }
        Err(e) => autosave::report(state, &e),
    }
}

pub fn close_project(state: AppState) {
    autosave::reset(None, Default::default());
    state.project.set(None);
    prefs::set_last_project(None);
    navigate(&Route::Projects);
}

/// Stores a whole project (replacing what was stored under its id) and opens it.
async fn adopt(state: AppState, project: Project) -> bool {
    autosave::flush(state).await;
    let id = project.id();
    let created_at = state
        .summaries
        .with_untracked(|s| s.iter().find(|x| x.id == id).map(|x| x.created_at))
        .unwrap_or_else(now_ms);
    let summary = ProjectSummary::of(&project, created_at, now_ms(), None);
    if autosave::is_memory_only() {
        autosave::reset(Some(id), Default::default());
        state.summaries.update(|s| {
            s.retain(|x| x.id != id);
            s.insert(0, summary);
        });
        state.project.set(Some(project));
        return true;
    }
    match idb::write_project(&project, &summary).await {
        Ok(revs) => {
            autosave::reset(Some(id), revs);
            state.project.set(Some(project));
            state.save.set(SaveState::Saved);
            prefs::set_last_project(Some(id));
            refresh_summaries(state).await;
            tabs::announce_replaced(id);
            ask_persistence(state).await;
            true
        }
        Err(e) => {
            // Not on disk (full disk…): keep the project open in this tab, every
            // record pending, so that nothing is lost and the next save retries.
            autosave::reset(Some(id), Default::default());
            let pending = maillage_core::stored::all_records(&project)
                .into_iter()
                .map(|(k, id, _)| (k, id))
                .collect();
            state.summaries.update(|s| {
                s.retain(|x| x.id != id);
                s.insert(0, summary);
            });
            state.project.set(Some(project));
            autosave::keep_pending(pending);
            state.save.set(SaveState::Failed);
            autosave::report(state, &e);
            true
        }
    }
}

fn new_id() -> Id {
    uuid::Uuid::new_v4()
}

pub async fn create_project(state: AppState, name: &str) -> bool {
    let ctx = state.edit_context();
    let project = Project::new(new_id(), new_id(), name, &ctx);
    let name = project.name().to_owned();
    let ok = adopt(state, project).await;
    if ok {
        state.notify(NoticeKind::Info, Msg::ProjectCreated, &[("name", &name)]);
    }
    ok
}

/// Opens a fresh copy of the example territory (its ids are drawn at random,
/// so opening it twice gives two separate projects).
pub async fn open_example(state: AppState) -> bool {
    let seed = (js_sys::Math::random() * 9.0e15) as u64;
    let ok = adopt(state, example::example_project(today(), seed)).await;
    if ok {
        state.notify(NoticeKind::Info, Msg::ExampleOpened, &[]);
    }
    ok
}

/// The file content of a project (for export and snapshots).
fn file_of(state: &AppState, project: &Project) -> Result<String, String> {
    let meta = ExportMeta {
        app_version: APP_VERSION.into(),
        project_id: project.id(),
        export_id: new_id(),
        base_export_id: None,
        exported_at_ms: Some(now_ms()),
        exported_by: state.author.get_untracked(),
        share: None,
    };
    format::write(project, &meta).map_err(|e| e.to_string())
}

/// Keeps a copy of a stored project before a destructive operation.
async fn snapshot(state: AppState, project: &Project, reason: SnapshotReason) -> bool {
    if autosave::is_memory_only() {
        return true;
    }
    let Ok(content) = file_of(&state, project) else {
        return false;
    };
    let info = SnapshotInfo {
        id: new_id(),
        project_id: project.id(),
        project_name: project.name().to_owned(),
        reason,
        taken_at: now_ms(),
        bytes: content.len(),
        companies: project.count(Kind::Company),
    };
    match idb::save_snapshot(&info, &content).await {
        Ok(()) => true,
        Err(e) => {
            autosave::report(state, &e);
            false
        }
    }
}

/// The stored (or open) version of a project.
async fn project_by_id(state: AppState, id: Id) -> Option<Project> {
    let open = state
        .project
        .with_untracked(|p| p.as_ref().filter(|p| p.id() == id).cloned());
    match open {
        Some(p) => Some(p),
        None => idb::load_project(id).await.ok().map(|(p, _)| p),
    }
}

pub async fn delete_project(state: AppState, id: Id) {
    autosave::flush(state).await;
    let Some(project) = project_by_id(state, id).await else {
        return;
    };
    if !snapshot(state, &project, SnapshotReason::BeforeDelete).await {
        return;
    }
    if !autosave::is_memory_only() {
        if let Err(e) = idb::delete_project(id).await {
            autosave::report(state, &e);
            return;
        }
    }
    state.summaries.update(|s| s.retain(|x| x.id != id));
    tabs::announce_deleted(id);
    state.notify(
        NoticeKind::Info,
        Msg::ProjectDeleted,
        &[("name", project.name())],
    );
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
                state.project.set(None);
                prefs::set_last_project(None);
            }
        }
    }
}

/// Opens an imported file as a project of its own. A file of a project that
/// is already here becomes a copy with a new id, never an overwrite.
pub async fn import_as_new(state: AppState, loaded: Loaded) -> bool {
    let mut project = loaded.project;
    if state
        .summaries
        .with_untracked(|s| s.iter().any(|x| x.id == project.id()))
    {
        project.territory.id = new_id();
        project.territory.name = format!("{} (copie)", project.territory.name);
    }
    finish_import(state, project).await
}

/// Replaces a stored project by an imported file, after a snapshot.
pub async fn import_replacing(state: AppState, loaded: Loaded, target: Id) -> bool {
    autosave::flush(state).await;
    if let Some(old) = project_by_id(state, target).await {
        if !snapshot(state, &old, SnapshotReason::BeforeImport).await {
            return false;
        }
    }
    if target != loaded.project.id() && !autosave::is_memory_only() {
        if let Err(e) = idb::delete_project(target).await {
            autosave::report(state, &e);
            return false;
        }
        tabs::announce_deleted(target);
    }
    state.summaries.update(|s| s.retain(|x| x.id != target));
    finish_import(state, loaded.project).await
}

async fn finish_import(state: AppState, project: Project) -> bool {
    let name = project.name().to_owned();
    let ok = adopt(state, project).await;
    if ok {
        state.notify(NoticeKind::Info, Msg::ImportDone, &[("name", &name)]);
    }
    ok
}

/// Restores a snapshot (the current state of that project is kept first).
pub async fn restore(state: AppState, snapshot_id: Id) -> bool {
    let content = match idb::snapshot_content(snapshot_id).await {
        Ok(c) => c,
        Err(e) => {
            autosave::report(state, &e);
            return false;
        }
    };
    let Ok(loaded) = format::read(content.as_bytes()) else {
        autosave::report(state, &idb::StorageError::Corrupt("snapshot".into()));
        return false;
    };
    let id = loaded.project.id();
    if state
        .summaries
        .with_untracked(|s| s.iter().any(|x| x.id == id))
    {
        if let Some(current) = project_by_id(state, id).await {
            if !snapshot(state, &current, SnapshotReason::BeforeRestore).await {
                return false;
            }
        }
    }
    let name = loaded.project.name().to_owned();
    let ok = adopt(state, loaded.project).await;
    if ok {
        state.notify(NoticeKind::Info, Msg::Restored, &[("name", &name)]);
    }
    ok
}

/// Downloads the open project as a JSON file and records the export date.
pub async fn export(state: AppState) {
    let Some(project) = state.project.get_untracked() else {
        return;
    };
    let span = crate::perf::start("maillage:export");
    let text = match file_of(&state, &project) {
        Ok(t) => t,
        Err(e) => return state.notify(NoticeKind::Error, Msg::ExportFailed, &[("detail", &e)]),
    };
    let name = format::file_name(project.name(), now_ms() + super::tz_offset_min() * 60_000);
    if let Err(e) = download::json(&name, &text) {
        return state.notify(NoticeKind::Error, Msg::ExportFailed, &[("detail", &e)]);
    }
    span.end();
    state.notify(NoticeKind::Info, Msg::Exported, &[("file", &name)]);
    if let Some(mut summary) = state.current_summary() {
        summary.last_export_at = Some(now_ms());
        if !autosave::is_memory_only() {
            let _ = idb::put_summary(&summary).await;
        }
        state.summaries.update(|s| {
            if let Some(x) = s.iter_mut().find(|x| x.id == summary.id) {
                *x = summary;
            }
        });
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
        state.notify(NoticeKind::Info, Msg::ProjectRenamed, &[]);
    }
    ok
}
