//! Saving edits: each command reports the records it changed; they are
//! written to IndexedDB at most a second later, in one transaction, one
//! document per record (an edit in a project of 20 000 companies writes a
//! few hundred bytes, not the whole project).
//!
//! Each record's stored revision is remembered; a save that finds another
//! revision in the database (written meanwhile by another tab) does not
//! overwrite it: the other tab's version is loaded and the user is told.
//! The queue's rules are `maillage_core::save_queue`; this module waits,
//! writes and tells.

use super::{tabs, AppState, NoticeKind, SaveState};
use crate::storage::idb;
use crate::storage::tx::StorageError;
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::commands::Changed;
use maillage_core::i18n::{self, Msg};
use maillage_core::save_queue::{Revisions, SaveQueue};
use maillage_core::{stored, Id, Kind};
use std::cell::RefCell;
use std::time::Duration;

/// Delay between an edit and its write: edits made in a burst share one write.
const DELAY: Duration = Duration::from_millis(300);

thread_local! {
    static QUEUE: RefCell<SaveQueue> = RefCell::new(SaveQueue::default());
}

fn with<R>(f: impl FnOnce(&mut SaveQueue) -> R) -> R {
    QUEUE.with(|q| f(&mut q.borrow_mut()))
}

/// Starts tracking a freshly opened project, with the stored revisions.
pub fn reset(project: Option<Id>, revs: Revisions) {
    with(|q| q.reset(project, revs));
}

/// Storage is missing: records are kept in this tab's memory only.
pub fn is_memory_only() -> bool {
    idb::is_memory()
}

/// Whether some edits are not on disk yet (to warn before closing the tab).
pub fn has_unsaved() -> bool {
    with(|q| q.has_unsaved())
}

/// Whether this tab has unsaved edits of a record.
pub fn is_dirty(kind: Kind, id: Id) -> bool {
    with(|q| q.is_dirty(kind, id))
}

/// Records that a record now has this revision in storage (after another tab saved it).
pub fn set_stored_rev(kind: Kind, id: Id, rev: u64) {
    with(|q| q.set_stored_rev(kind, id, rev));
}

/// The revision this tab believes stored for each record.
pub fn stored_revs() -> Revisions {
    with(|q| q.stored_revs().clone())
}

/// Records that could not be written: kept pending, retried with the next edit.
pub fn keep_pending(records: Vec<(Kind, Id)>) {
    with(|q| q.mark(records));
}

/// Notes changed records and schedules their write.
pub fn mark(state: AppState, changed: Vec<Changed>) {
    with(|q| q.mark(changed));
    if !is_memory_only() {
        state.save.set(SaveState::Pending);
    }
    schedule(state);
}

/// Waits until every edit so far is written (true), or a write failed
/// (false): what a "saved" confirmation waits for.
pub async fn settle(state: AppState) -> bool {
    loop {
        flush(state).await;
        if !has_unsaved() {
            return true;
        }
        if state.save.get_untracked() == SaveState::Failed {
            return false;
        }
        // Another write is under way: wait for it, then write what is left.
        crate::io::upload::sleep(20).await;
    }
}

fn schedule(state: AppState) {
    if with(SaveQueue::schedule) {
        set_timeout(move || spawn_local(flush(state)), DELAY);
    }
}

/// Writes every pending edit now (also called before switching project).
pub async fn flush(state: AppState) {
    let Some((project_id, batch)) = with(SaveQueue::begin) else {
        return;
    };
    if !is_memory_only() {
        state.save.set(SaveState::Saving);
    }
    let prepared = state.project.with_untracked(|p| {
        let p = p.as_ref()?;
        let writes = with(|q| q.writes(p, &batch));
        let mut summary = state.current_summary()?;
        summary.name = p.name().to_owned();
        summary.updated_at = super::now_ms();
        summary.companies = p.count(Kind::Company);
        Some((writes, summary))
    });
    let Some((writes, summary)) = prepared.filter(|(_, s)| s.id == project_id) else {
        // The project was closed meanwhile: nothing left to write.
        with(SaveQueue::dropped);
        state.save.set(idle());
        return;
    };
    let written: Vec<(Kind, Id, u64)> = writes.iter().map(|w| (w.kind, w.id, w.rev)).collect();
    let span = crate::perf::start("maillage:save");
    let result = idb::save_records(project_id, writes, &summary).await;
    span.end();
    match result {
        Ok(conflicts) => {
            let saved = with(|q| q.written(&written, &conflicts));
            state.summaries.update(|all| {
                if let Some(s) = all.iter_mut().find(|s| s.id == summary.id) {
                    *s = summary.clone();
                }
            });
            tabs::announce_saved(project_id, &saved);
            if !conflicts.is_empty() {
                take_theirs(state, project_id, conflicts).await;
            }
        }
        Err(e) => {
            // Keep the edits in memory and pending, and say so.
            with(|q| q.failed(batch));
            state.save.set(SaveState::Failed);
            report(state, &e);
            return;
        }
    }
    if has_unsaved() {
        schedule(state);
    } else {
        state.save.set(idle());
    }
}

/// The status with nothing pending.
pub fn idle() -> SaveState {
    if is_memory_only() {
        SaveState::MemoryOnly
    } else {
        SaveState::Saved
    }
}

/// Loads the versions another tab saved of records this tab also changed.
async fn take_theirs(state: AppState, project: Id, conflicts: Vec<(Kind, Id)>) {
    let Ok(docs) = idb::load_records(project, &conflicts).await else {
        return;
    };
    let lang = state.lang_now();
    for ((kind, id), json) in docs {
        let Some(json) = json else { continue };
        let name = state
            .project
            .with_untracked(|p| p.as_ref().and_then(|p| p.label_of(kind, id)))
            .unwrap_or_else(|| i18n::t(lang, i18n::kind(kind)).to_owned());
        state.put_records(&[kind], |p| {
            let _ = stored::put_document(p, kind, &json);
        });
        if let Some(rev) = stored::peek_rev(&json) {
            set_stored_rev(kind, id, rev);
        }
        state.notify(NoticeKind::Error, Msg::OtherTabConflict, &[("name", &name)]);
    }
}

/// Tells the user why a save failed, offering an export.
pub fn report(state: AppState, e: &StorageError) {
    match e {
        StorageError::Quota => state.notify_with_export(Msg::QuotaExceeded, &[]),
        StorageError::Unavailable => state.notify_with_export(Msg::StorageUnavailable, &[]),
        StorageError::Conflict => state.notify(NoticeKind::Error, Msg::OtherTabBusy, &[]),
        StorageError::Corrupt(d) | StorageError::Other(d) => {
            state.notify_with_export(Msg::StorageWriteFailed, &[("detail", d)])
        }
    }
}
