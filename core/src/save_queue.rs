//! The rules of saving edits, apart from the browser: which records wait
//! to be written, which write is under way, and which revision each record
//! is believed to have in storage. A write names the revision it expects to
//! replace; storage refuses the records written meanwhile by another tab
//! (conflicts), and those keep their stored revision here, so the next
//! write of them is refused again rather than overwriting the other tab.
//!
//! The app's `state::autosave` holds one queue and does the waiting and
//! the writing; every decision is a method here, tested natively.

use crate::model::{Id, Kind, Project};
use crate::stored;
use std::collections::{BTreeSet, HashMap};

/// Revisions of the stored records of a project.
pub type Revisions = HashMap<(Kind, Id), u64>;

/// One record to write, with the revision storage should still hold.
#[derive(Clone, Debug, PartialEq)]
pub struct Write {
    pub kind: Kind,
    pub id: Id,
    pub json: String,
    pub rev: u64,
    /// `None`: a record storage has not seen (created since it was opened).
    pub expected: Option<u64>,
}

/// Records taken for one write.
pub type Batch = BTreeSet<(Kind, Id)>;

#[derive(Debug, Default)]
pub struct SaveQueue {
    project: Option<Id>,
    dirty: Batch,
    revs: Revisions,
    scheduled: bool,
    saving: bool,
}

impl SaveQueue {
    /// Starts over with a freshly opened project (or none) and the
    /// revisions storage holds.
    pub fn reset(&mut self, project: Option<Id>, revs: Revisions) {
        *self = SaveQueue {
            project,
            revs,
            saving: self.saving,
            ..Default::default()
        };
    }

    /// Records changed by an edit, to be written.
    pub fn mark(&mut self, changed: impl IntoIterator<Item = (Kind, Id)>) {
        self.dirty.extend(changed);
    }

    /// Some edits are not in storage yet (pending or being written).
    pub fn has_unsaved(&self) -> bool {
        !self.dirty.is_empty() || self.saving
    }

    pub fn is_dirty(&self, kind: Kind, id: Id) -> bool {
        self.dirty.contains(&(kind, id))
    }

    /// Storage now holds this revision (another tab wrote it, or a merge).
    pub fn set_stored_rev(&mut self, kind: Kind, id: Id, rev: u64) {
        self.revs.insert((kind, id), rev);
    }

    pub fn stored_revs(&self) -> &Revisions {
        &self.revs
    }

    /// Whether to arm the timer of a write: not when one is armed or a
    /// write is under way (its end arms the next one).
    pub fn schedule(&mut self) -> bool {
        let go = !self.scheduled && !self.saving;
        self.scheduled |= go;
        go
    }

    /// Takes what is pending for a write, unless one is under way or
    /// nothing is pending: the project and the records.
    pub fn begin(&mut self) -> Option<(Id, Batch)> {
        self.scheduled = false;
        if self.saving || self.dirty.is_empty() {
            return None;
        }
        let project = self.project?;
        self.saving = true;
        Some((project, std::mem::take(&mut self.dirty)))
    }

    /// The records of `batch` as they are in `p`, each with the revision
    /// storage should hold. Records gone from the project are skipped.
    pub fn writes(&self, p: &Project, batch: &Batch) -> Vec<Write> {
        batch
            .iter()
            .filter_map(|&(kind, id)| {
                let json = stored::record_json(p, kind, id)?;
                let rev = stored::peek_rev(&json)?;
                let expected = self.revs.get(&(kind, id)).copied();
                Some(Write {
                    kind,
                    id,
                    json,
                    rev,
                    expected,
                })
            })
            .collect()
    }

    /// The write went through, except for `conflicts` (records another tab
    /// wrote first): the others now have their new revision. Returns the
    /// records written, to announce to the other tabs.
    pub fn written(
        &mut self,
        writes: &[(Kind, Id, u64)],
        conflicts: &[(Kind, Id)],
    ) -> Vec<(Kind, Id)> {
        self.saving = false;
        let mut saved = Vec::new();
        for &(kind, id, rev) in writes {
            if !conflicts.contains(&(kind, id)) {
                self.revs.insert((kind, id), rev);
                saved.push((kind, id));
            }
        }
        saved
    }

    /// The write failed: its records wait again, for the next try.
    pub fn failed(&mut self, batch: Batch) {
        self.saving = false;
        self.dirty.extend(batch);
    }

    /// The write was not made (the project was closed meanwhile).
    pub fn dropped(&mut self) {
        self.saving = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Author, Date, EditContext};

    fn project() -> Project {
        crate::example::example_project(Date::parse("2026-11-28").unwrap(), 7)
    }

    fn ctx() -> EditContext {
        EditContext {
            now_ms: 1,
            author: Author {
                actor: Id::from_u128(1),
                label: "t".into(),
            },
        }
    }

    #[test]
    fn a_burst_of_edits_is_one_write_and_a_write_at_a_time() {
        let p = project();
        let (a, b) = (p.companies[0].id, p.companies[1].id);
        let mut q = SaveQueue::default();
        q.reset(Some(p.id()), Revisions::new());
        q.mark([(Kind::Company, a)]);
        assert!(q.schedule(), "the first edit arms the timer");
        q.mark([(Kind::Company, b), (Kind::Company, a)]);
        assert!(!q.schedule(), "armed already");
        let (project, batch) = q.begin().unwrap();
        assert_eq!((project, batch.len()), (p.id(), 2));
        assert!(q.has_unsaved(), "being written");
        q.mark([(Kind::Company, a)]);
        assert!(!q.schedule() && q.begin().is_none(), "one write at a time");
        let writes: Vec<_> = q
            .writes(&p, &batch)
            .iter()
            .map(|w| (w.kind, w.id, w.rev))
            .collect();
        assert_eq!(q.written(&writes, &[]).len(), 2);
        assert!(
            q.is_dirty(Kind::Company, a) && q.schedule(),
            "the edit made meanwhile is next"
        );
    }

    #[test]
    fn a_conflict_keeps_the_stored_revision_so_the_other_tab_is_never_overwritten() {
        let mut p = project();
        let a = p.companies[0].id;
        let stored_rev = p.companies[0].rev;
        let mut q = SaveQueue::default();
        q.reset(
            Some(p.id()),
            Revisions::from([((Kind::Company, a), stored_rev)]),
        );
        let mut edited = p.companies[0].clone();
        edited.notes.push_str(" (vu)");
        crate::commands::upsert(&mut p.companies, edited, &ctx());
        q.mark([(Kind::Company, a)]);
        let (_, batch) = q.begin().unwrap();
        let writes = q.writes(&p, &batch);
        assert_eq!(writes[0].expected, Some(stored_rev));
        assert!(writes[0].rev > stored_rev);
        let written: Vec<_> = writes.iter().map(|w| (w.kind, w.id, w.rev)).collect();
        assert!(q.written(&written, &[(Kind::Company, a)]).is_empty());
        assert_eq!(q.stored_revs()[&(Kind::Company, a)], stored_rev);
        // Another tab's version is loaded: storage's revision is the base.
        q.set_stored_rev(Kind::Company, a, stored_rev + 5);
        q.mark([(Kind::Company, a)]);
        let (_, batch) = q.begin().unwrap();
        assert_eq!(q.writes(&p, &batch)[0].expected, Some(stored_rev + 5));
    }

    #[test]
    fn a_failed_write_waits_again_and_a_closed_project_writes_nothing() {
        let p = project();
        let a = p.companies[0].id;
        let mut q = SaveQueue::default();
        q.reset(Some(p.id()), Revisions::new());
        q.mark([(Kind::Company, a)]);
        let (_, batch) = q.begin().unwrap();
        q.failed(batch);
        assert!(q.is_dirty(Kind::Company, a) && q.has_unsaved());
        assert!(q.begin().is_some());
        q.dropped();
        q.reset(None, Revisions::new());
        q.mark([(Kind::Company, a)]);
        assert!(q.begin().is_none(), "no project open: nothing to write to");
    }
}
