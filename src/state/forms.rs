//! Saving what a form shows, the same way for every record kind.

use super::AppState;
use leptos::prelude::*;
use maillage_core::commands::Changed;
use maillage_core::merge::{self, fields::FieldConflict};
use maillage_core::{EditContext, Id, Issue, IssueCode, Project, Record};
use serde::{de::DeserializeOwned, Serialize};

/// A save command of a record kind (`commands::save_company`…).
pub type SaveFn<T> = fn(&mut Project, T, &EditContext) -> Result<Vec<Changed>, Vec<Issue>>;

/// A form's hold on the record it edits: the version it was opened on, the
/// conflicts already shown, and the issues to show at its fields.
#[derive(Clone, Copy)]
pub struct FormGuard {
    /// The record as the form opened it, as JSON (one type for every kind).
    base: StoredValue<String>,
    base_rev: StoredValue<u64>,
    seen: StoredValue<Vec<FieldConflict>>,
    pub issues: RwSignal<Vec<Issue>>,
}

impl FormGuard {
    pub fn new<T: Record + Serialize>(base: &T) -> FormGuard {
        FormGuard {
            base: StoredValue::new(serde_json::to_string(base).unwrap_or_default()),
            base_rev: StoredValue::new(base.rev()),
            seen: StoredValue::new(Vec::new()),
            issues: RwSignal::new(Vec::new()),
        }
    }

    /// Saves `mine` — the record as the form opened it, with what the user
    /// typed. If the record changed elsewhere meanwhile (another tab, an
    /// import, a merge), only the fields the user changed are written onto
    /// the newer version; a field changed on both sides is shown with the
    /// other value, and saving again keeps what was typed. Issues go to the
    /// fields; true when the record was saved (or nothing had changed).
    pub fn save<T>(
        self,
        state: AppState,
        list: fn(&Project) -> &[T],
        mine: T,
        save: SaveFn<T>,
    ) -> bool
    where
        T: Record + Serialize + DeserializeOwned + Clone,
    {
        let id = mine.id();
        let latest = current(state, list, id);
        let record = match latest {
            Some(theirs) if theirs.rev() != self.base_rev.get_value() => {
                let Ok(base) = serde_json::from_str::<T>(&self.base.get_value()) else {
                    return false;
                };
                match merge::rebase(&base, &mine, &theirs, &self.seen.get_value()) {
                    Ok(r) => r,
                    Err(conflicts) => {
                        self.show(&conflicts);
                        return false;
                    }
                }
            }
            _ => mine,
        };
        match state.apply(|p, ctx| save(p, record, ctx)) {
            Ok(()) => {
                self.issues.set(Vec::new());
                self.seen.set_value(Vec::new());
                if let Some(saved) = current(state, list, id) {
                    self.base
                        .set_value(serde_json::to_string(&saved).unwrap_or_default());
                    self.base_rev.set_value(saved.rev());
                }
                true
            }
            Err(found) => {
                self.issues.set(found);
                crate::io::focus::focus_first_error();
                false
            }
        }
    }

    /// The fields changed on both sides, each with the other version's value.
    fn show(self, conflicts: &[FieldConflict]) {
        let mut issues = vec![Issue::error("", IssueCode::ChangedElsewhere)];
        issues.extend(conflicts.iter().map(|c| {
            Issue::error(
                merge::fields::path_text(&c.path),
                IssueCode::ChangedElsewhereField {
                    theirs: c.theirs.clone(),
                },
            )
        }));
        self.seen.set_value(conflicts.to_vec());
        self.issues.set(issues);
        crate::io::focus::focus_first_error();
    }
}

fn current<T: Record + Clone>(state: AppState, list: fn(&Project) -> &[T], id: Id) -> Option<T> {
    state.project.with_untracked(|p| {
        p.as_ref()
            .and_then(|p| list(p).iter().find(|r| r.id() == id))
            .cloned()
    })
}

/// A copy of a live record of the open project (tracked: a view reading it
/// follows its changes).
pub fn record<T: Record + Clone>(state: AppState, list: fn(&Project) -> &[T], id: Id) -> Option<T> {
    state.project.with(|p| {
        p.as_ref()
            .and_then(|p| list(p).iter().find(|r| r.id() == id && !r.is_deleted()))
            .cloned()
    })
}

/// Edits a copy of a record and saves it through its checked command
/// (participants, barriers, attendance…); the issues that stop it otherwise.
pub fn change<T: Record + Clone>(
    state: AppState,
    list: fn(&Project) -> &[T],
    id: Id,
    save: SaveFn<T>,
    edit: impl FnOnce(&mut T),
) -> Result<(), Vec<Issue>> {
    let Some(mut r) = current(state, list, id) else {
        return Ok(());
    };
    edit(&mut r);
    state.apply(|p, ctx| save(p, r, ctx))
}
