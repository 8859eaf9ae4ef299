//! Saving what a form shows, the same way for every record kind.

use super::AppState;
use leptos::prelude::*;
use maillage_core::commands::{self, Changed};
use maillage_core::{EditContext, Id, Issue, Project, Record};

/// A form's hold on the record it edits: the revision it was opened on and
/// the issues to show at its fields.
#[derive(Clone, Copy)]
pub struct FormGuard {
    base_rev: StoredValue<u64>,
    pub issues: RwSignal<Vec<Issue>>,
}

impl FormGuard {
    pub fn new(base_rev: u64) -> FormGuard {
        FormGuard {
            base_rev: StoredValue::new(base_rev),
            issues: RwSignal::new(Vec::new()),
        }
    }

    /// Runs `save` unless the record changed elsewhere (another tab, an import)
    /// since the form opened: then nothing is saved, the user is told once, and
    /// saving again replaces that version knowingly. Issues go to the fields;
    /// true when saved.
    pub fn save<T: Record>(
        self,
        state: AppState,
        list: fn(&Project) -> &[T],
        id: Id,
        save: impl FnOnce(&mut Project, &EditContext) -> Result<Vec<Changed>, Vec<Issue>>,
    ) -> bool {
        let rev = self.base_rev.get_value();
        let result = state.apply(|p, ctx| {
            commands::check_unchanged(list(p), id, rev)?;
            save(p, ctx)
        });
        match result {
            Ok(()) => {
                self.issues.set(Vec::new());
                true
            }
            Err(found) => {
                let current = state.project.with_untracked(|p| {
                    p.as_ref()
                        .and_then(|p| list(p).iter().find(|r| r.id() == id).map(Record::rev))
                });
                if let Some(rev) = current {
                    self.base_rev.set_value(rev);
                }
                self.issues.set(found);
                crate::views::company_form::focus_first_error();
                false
            }
        }
    }
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
    save: fn(&mut Project, T, &EditContext) -> Result<Vec<Changed>, Vec<Issue>>,
    edit: impl FnOnce(&mut T),
) -> Result<(), Vec<Issue>> {
    let Some(mut r) = state.project.with_untracked(|p| {
        p.as_ref()
            .and_then(|p| list(p).iter().find(|r| r.id() == id))
            .cloned()
    }) else {
        return Ok(());
    };
    edit(&mut r);
    state.apply(|p, ctx| save(p, r, ctx))
}
