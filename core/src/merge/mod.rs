//! Merging a returned file into the project it came from (README, "Working
//! with a partner"): a small pure module in the manner of Excalidraw's
//! `reconcile.ts`, with one named rule — *a change made on one side only is
//! taken* — and everything else a conflict for the user.
//!
//! Per record, against the version that was sent (the *base*):
//! - a record only one side has is kept (created on that side);
//! - a record one side left as sent takes the other side's version;
//! - otherwise fields merge one by one ([`fields`]): changed on one side,
//!   taken; changed differently on both, a conflict;
//! - deleted on one side and edited on the other (the record, or for a
//!   company its contacts, calls or flows) is a conflict;
//! - a record missing from the returned file is never deleted by omission.
//!
//! Without the base (an old file, a file answering another export), the
//! merge is two-way: records equal on both sides stay, every field that
//! differs is a conflict, except fields that the sharing rules empty on the
//! way out (an empty note there says nothing).
//!
//! [`plan`] computes what would change without changing anything (the
//! preview); [`apply`] writes the plan with the user's choices into a copy of
//! the project, validated like an import. Merging the returned file again,
//! with that file as the new base, changes nothing.

pub mod fields;

use crate::issue::{has_errors, Issue};
use crate::model::*;
use crate::share::{withheld_fields, ShareInfo};
use crate::validate::validate;
use fields::{path_text, Path, Seg};
use serde::Serialize;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// Who holds a version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Mine,
    Theirs,
}

/// A field both sides changed differently (or a deletion against an edit).
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub kind: Kind,
    pub id: Id,
    pub path: Path,
    /// The value as sent; None in a two-way merge.
    pub base: Option<Value>,
    pub mine: Value,
    pub theirs: Value,
    pub mine_by: Author,
    pub mine_at: i64,
    pub theirs_by: Author,
    pub theirs_at: i64,
}

impl Conflict {
    /// `phone`, `route.distance_km`, `attendance[<id>].status`, `deleted`.
    pub fn field(&self) -> String {
        path_text(&self.path)
    }

    /// Whether the conflict is about the record being deleted.
    pub fn is_deletion(&self) -> bool {
        self.path == [Seg::Key("deleted".into())]
    }
}

/// What the returned file brings, per kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Records created on their side.
    pub added: usize,
    /// Records with at least one field taken from their side.
    pub changed: usize,
    /// Records they deleted, deleted here too.
    pub deleted: usize,
    pub conflicts: usize,
}

/// How the user settles a conflict.
#[derive(Clone, Debug, PartialEq)]
pub enum Choice {
    Mine,
    Theirs,
    /// A value typed by the user.
    Value(Value),
}

/// One record that changes.
#[derive(Clone, Debug)]
struct Change {
    kind: Kind,
    id: Id,
    /// The record as it will be written, conflicts at "mine".
    value: Value,
    /// Taken whole from their side (created there, or unchanged here).
    whole: bool,
    added: bool,
    taken: Vec<Path>,
    /// Indices into [`Plan::conflicts`].
    conflicts: Vec<usize>,
    mine: Option<Value>,
    mine_rev: u64,
    theirs_rev: u64,
}

/// What merging would do: the preview, and the input of [`apply`].
#[derive(Clone, Debug)]
pub struct Plan {
    /// No base was available: every difference is shown.
    pub two_way: bool,
    pub conflicts: Vec<Conflict>,
    counts: HashMap<Kind, Counts>,
    changes: Vec<Change>,
}

pub use crate::stored::Taken;

/// The outcome of [`apply`].
#[derive(Clone, Debug)]
pub struct Applied {
    pub project: Project,
    /// Records to store.
    pub changed: Vec<(Kind, Id)>,
    /// Who changed what: the fields taken from their side, and the decisions.
    pub journal: Vec<Taken>,
}

impl Plan {
    /// Counts for a kind (zeros when nothing happens to it).
    pub fn counts(&self, kind: Kind) -> Counts {
        self.counts.get(&kind).copied().unwrap_or_default()
    }

    /// Whether the file brings nothing new.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Kinds with something to show, in file order.
    pub fn kinds(&self) -> Vec<Kind> {
        Kind::ALL
            .into_iter()
            .filter(|k| self.counts(*k) != Counts::default())
            .collect()
    }
}

/// Computes the merge of `theirs` into `mine` against `base` (None: two-way).
/// `info` is the returned file's sharing record, when it has one.
pub fn plan(
    base: Option<&Project>,
    mine: &Project,
    theirs: &Project,
    info: Option<&ShareInfo>,
) -> Plan {
    let mut pl = Planner {
        plan: Plan {
            two_way: base.is_none(),
            conflicts: Vec::new(),
            counts: HashMap::new(),
            changes: Vec::new(),
        },
        info,
    };
    use std::slice::from_ref as one;
    pl.kind(
        base.map(|b| one(&b.territory)),
        one(&mine.territory),
        one(&theirs.territory),
    );
    pl.kind(
        base.map(|b| one(&b.settings)),
        one(&mine.settings),
        one(&theirs.settings),
    );
    pl.kind(
        base.map(|b| &b.companies[..]),
        &mine.companies,
        &theirs.companies,
    );
    pl.kind(
        base.map(|b| &b.contacts[..]),
        &mine.contacts,
        &theirs.contacts,
    );
    pl.kind(
        base.map(|b| &b.interactions[..]),
        &mine.interactions,
        &theirs.interactions,
    );
    pl.kind(base.map(|b| &b.flows[..]), &mine.flows, &theirs.flows);
    pl.kind(
        base.map(|b| &b.synergies[..]),
        &mine.synergies,
        &theirs.synergies,
    );
    pl.kind(base.map(|b| &b.events[..]), &mine.events, &theirs.events);
    pl.kind(
        base.map(|b| &b.time_entries[..]),
        &mine.time_entries,
        &theirs.time_entries,
    );
    pl.kind(base.map(|b| &b.tasks[..]), &mine.tasks, &theirs.tasks);
    pl.deleted_companies_with_work(base, mine, theirs);
    pl.count();
    pl.plan
}

struct Planner<'a> {
    plan: Plan,
    info: Option<&'a ShareInfo>,
}

/// A record as a JSON value. Written as text and parsed back rather than
/// with `serde_json::to_value`, so that the browser build keeps one
/// serializer and one deserializer per record type (a second pair per type
/// weighs tens of kilobytes).
fn to_value<T: Serialize>(r: &T) -> Value {
    serde_json::to_string(r)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or(Value::Null)
}

fn from_value<T: serde::de::DeserializeOwned>(v: &Value) -> Option<T> {
    serde_json::from_str(&v.to_string()).ok()
}

/// The record's content without its header and tombstone flag.
fn content(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(o) = v.as_object_mut() {
        for k in fields::HEADER.iter().chain(&["deleted"]) {
            o.remove(*k);
        }
    }
    v
}

fn author_of(v: &Value) -> Author {
    from_value(&v["updated_by"]).unwrap_or(Author {
        actor: Id::nil(),
        label: String::new(),
    })
}

impl Planner<'_> {
    fn kind<T: Record + Serialize + PartialEq>(
        &mut self,
        base: Option<&[T]>,
        mine: &[T],
        theirs: &[T],
    ) {
        let index = |list: &[T]| -> HashMap<Id, usize> {
            list.iter().enumerate().map(|(i, r)| (r.id(), i)).collect()
        };
        let base_ix = base.map(index);
        let mine_ix = index(mine);
        // Territory and settings have one record each, whatever their ids.
        let single = matches!(T::KIND, Kind::Territory | Kind::Settings);
        for t in theirs {
            let m = if single {
                mine.first()
            } else {
                mine_ix.get(&t.id()).map(|&i| &mine[i])
            };
            let b = match (base, &base_ix) {
                (Some(list), _) if single => list.first(),
                (Some(list), Some(ix)) => ix.get(&t.id()).map(|&i| &list[i]),
                _ => None,
            };
            match m {
                None => self.added(t),
                Some(m) if m == t => {}
                Some(m) => self.both(base.is_some(), b, m, t),
            }
        }
    }

    fn added<T: Record + Serialize>(&mut self, t: &T) {
        self.plan.changes.push(Change {
            kind: T::KIND,
            id: t.id(),
            value: to_value(t),
            whole: true,
            added: true,
            taken: Vec::new(),
            conflicts: Vec::new(),
            mine: None,
            mine_rev: 0,
            theirs_rev: t.rev(),
        });
    }

    /// A record both sides have, different.
    fn both<T: Record + Serialize + PartialEq>(
        &mut self,
        three_way: bool,
        b: Option<&T>,
        m: &T,
        t: &T,
    ) {
        if three_way && b == Some(t) {
            return; // they left it as sent
        }
        let (mv, tv) = (to_value(m), to_value(t));
        if content(&mv) == content(&tv) && m.is_deleted() == t.is_deleted() {
            return; // same content, other header
        }
        let whole = three_way && b == Some(m);
        let bv = b.map(to_value);
        let base_value = if three_way { bv.as_ref() } else { None };
        let opted_out = tv["opt_out"] == Value::Bool(true);
        let keep: &[&str] = match (self.info, three_way) {
            (Some(info), false) => withheld_fields(T::KIND, info, opted_out),
            _ => &[],
        };
        // Taken whole, the fields still name what they changed (the journal).
        let mut merged = fields::merge(base_value, &mv, &tv, keep);
        if whole {
            merged.value = tv.clone();
        }
        if three_way && !whole {
            self.deletion_against_edit(&mut merged, base_value, &mv, &tv);
        }
        let conflicts = self.push_conflicts(T::KIND, t.id(), &merged.conflicts, &mv, &tv);
        self.plan.changes.push(Change {
            kind: T::KIND,
            id: t.id(),
            value: merged.value,
            whole,
            added: false,
            taken: merged.taken,
            conflicts,
            mine: Some(mv),
            mine_rev: m.rev(),
            theirs_rev: t.rev(),
        });
    }

    /// Deleted on one side while the other edited the record: not taken,
    /// asked.
    fn deletion_against_edit(
        &self,
        merged: &mut fields::Merged,
        base: Option<&Value>,
        mine: &Value,
        theirs: &Value,
    ) {
        let Some(base) = base else { return };
        let deleted = |v: &Value| v["deleted"] == Value::Bool(true);
        let edited = |v: &Value| content(v) != content(base);
        let deleted_path: Path = vec![Seg::Key("deleted".into())];
        let they_deleted = deleted(theirs) && !deleted(base) && !deleted(mine) && edited(mine);
        let i_deleted = deleted(mine) && !deleted(base) && !deleted(theirs) && edited(theirs);
        if they_deleted || i_deleted {
            merged.taken.retain(|p| *p != deleted_path);
            merged.value["deleted"] = mine["deleted"].clone();
            merged.conflicts.push(fields::FieldConflict {
                path: deleted_path,
                base: Some(Value::Bool(false)),
                mine: mine["deleted"].clone(),
                theirs: theirs["deleted"].clone(),
            });
        }
    }

    fn push_conflicts(
        &mut self,
        kind: Kind,
        id: Id,
        found: &[fields::FieldConflict],
        mine: &Value,
        theirs: &Value,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        for c in found {
            out.push(self.plan.conflicts.len());
            self.plan.conflicts.push(Conflict {
                kind,
                id,
                path: c.path.clone(),
                base: c.base.clone(),
                mine: c.mine.clone(),
                theirs: c.theirs.clone(),
                mine_by: author_of(mine),
                mine_at: mine["updated_at"].as_i64().unwrap_or(0),
                theirs_by: author_of(theirs),
                theirs_at: theirs["updated_at"].as_i64().unwrap_or(0),
            });
        }
        out
    }

    /// A company deleted on one side while the other added or changed its
    /// contacts, calls or flows: the deletion is asked, not taken.
    fn deleted_companies_with_work(
        &mut self,
        base: Option<&Project>,
        mine: &Project,
        theirs: &Project,
    ) {
        let Some(base) = base else { return };
        let mine_work = touched_companies(base, mine);
        let theirs_work = touched_companies(base, theirs);
        let deleted_path: Path = vec![Seg::Key("deleted".into())];
        let base_c: HashMap<Id, &Company> = base.companies.iter().map(|c| (c.id, c)).collect();
        // Deleted by them, taken here, while I worked on the company's records.
        for ch in self
            .plan
            .changes
            .iter_mut()
            .filter(|c| c.kind == Kind::Company)
        {
            let Some(mv) = ch.mine.clone() else { continue };
            let taken_deletion =
                ch.value["deleted"] == Value::Bool(true) && mv["deleted"] == Value::Bool(false);
            let asked = ch
                .conflicts
                .iter()
                .any(|&i| self.plan.conflicts[i].is_deletion());
            if !taken_deletion || asked || !mine_work.contains(&ch.id) {
                continue;
            }
            if ch.whole {
                // Their other changes still apply, field by field.
                let bv = base_c.get(&ch.id).map(|c| to_value(*c));
                let merged = fields::merge(bv.as_ref(), &mv, &ch.value, &[]);
                ch.value = merged.value;
                ch.taken = merged.taken;
                ch.whole = false;
            }
            ch.value["deleted"] = Value::Bool(false);
            ch.taken.retain(|p| *p != deleted_path);
            ch.conflicts.push(self.plan.conflicts.len());
            let mine_side = (author_of(&mv), mv["updated_at"].as_i64().unwrap_or(0));
            let theirs_side = theirs
                .company(ch.id)
                .map(|c| (c.updated_by.clone(), c.updated_at))
                .unwrap_or_else(|| mine_side.clone());
            self.plan
                .conflicts
                .push(company_deletion(ch.id, false, mine_side, theirs_side));
        }
        // Deleted by me while they worked on the company's records.
        let planned: HashSet<Id> = self
            .plan
            .changes
            .iter()
            .filter(|c| c.kind == Kind::Company)
            .map(|c| c.id)
            .collect();
        for c in mine
            .companies
            .iter()
            .filter(|c| c.deleted && theirs_work.contains(&c.id))
        {
            let was_live = base_c.get(&c.id).is_some_and(|b| !b.deleted);
            let t = theirs.company(c.id).filter(|t| !t.deleted);
            let (Some(t), true) = (t, was_live) else {
                continue;
            };
            if planned.contains(&c.id) {
                continue; // already a conflict or merged as a record
            }
            let mv = to_value(c);
            let idx = self.plan.conflicts.len();
            self.plan.conflicts.push(company_deletion(
                c.id,
                true,
                (c.updated_by.clone(), c.updated_at),
                (t.updated_by.clone(), t.updated_at),
            ));
            self.plan.changes.push(Change {
                kind: Kind::Company,
                id: c.id,
                value: mv.clone(),
                whole: false,
                added: false,
                taken: Vec::new(),
                conflicts: vec![idx],
                mine: Some(mv),
                mine_rev: c.rev,
                theirs_rev: t.rev,
            });
        }
    }

    fn count(&mut self) {
        let mut counts: HashMap<Kind, Counts> = HashMap::new();
        for ch in &self.plan.changes {
            let c = counts.entry(ch.kind).or_default();
            let deleted_by_them = ch.value["deleted"] == Value::Bool(true)
                && ch
                    .mine
                    .as_ref()
                    .is_some_and(|m| m["deleted"] == Value::Bool(false));
            if ch.added {
                c.added += 1;
            } else if deleted_by_them {
                c.deleted += 1;
            } else if !ch.taken.is_empty() {
                c.changed += 1;
            }
            c.conflicts += ch.conflicts.len();
        }
        self.plan.counts = counts;
    }
}

/// A company deleted on one side (`by_me`: here) while the other side
/// worked on its records.
fn company_deletion(id: Id, by_me: bool, mine: (Author, i64), theirs: (Author, i64)) -> Conflict {
    Conflict {
        kind: Kind::Company,
        id,
        path: vec![Seg::Key("deleted".into())],
        base: Some(Value::Bool(false)),
        mine: Value::Bool(by_me),
        theirs: Value::Bool(!by_me),
        mine_by: mine.0,
        mine_at: mine.1,
        theirs_by: theirs.0,
        theirs_at: theirs.1,
    }
}

/// Companies whose contacts, interactions or flows one side created or
/// changed since the base.
fn touched_companies(base: &Project, side: &Project) -> HashSet<Id> {
    fn each<T: Record + PartialEq>(
        base: &[T],
        side: &[T],
        company: fn(&T) -> Id,
        out: &mut HashSet<Id>,
    ) {
        let ix: HashMap<Id, &T> = base.iter().map(|r| (r.id(), r)).collect();
        for r in side.iter().filter(|r| !r.is_deleted()) {
            if ix.get(&r.id()).is_none_or(|b| *b != r) {
                out.insert(company(r));
            }
        }
    }
    let mut out = HashSet::new();
    each(&base.contacts, &side.contacts, |c| c.company_id, &mut out);
    each(
        &base.interactions,
        &side.interactions,
        |i| i.company_id,
        &mut out,
    );
    each(&base.flows, &side.flows, |f| f.company_id, &mut out);
    out
}

/// The choice for every conflict of a kind (the "take all theirs / keep all
/// mine" buttons).
pub fn choose_all(plan: &Plan, choices: &mut [Option<Choice>], kind: Kind, side: Side) {
    for (i, c) in plan.conflicts.iter().enumerate() {
        if c.kind == kind {
            choices[i] = Some(match side {
                Side::Mine => Choice::Mine,
                Side::Theirs => Choice::Theirs,
            });
        }
    }
}

/// Writes the plan into `project` with a choice for every conflict (a
/// missing choice is refused: nothing is dropped without a decision).
/// Merged records get a new revision, by the person merging; records taken
/// whole keep who wrote them. The result is validated like an import.
pub fn apply(
    plan: &Plan,
    mut project: Project,
    choices: &[Option<Choice>],
    ctx: &EditContext,
) -> Result<Applied, Vec<Issue>> {
    if choices.len() != plan.conflicts.len() || choices.iter().any(Option::is_none) {
        return Err(vec![Issue::error("", crate::IssueCode::Undecided)]);
    }
    let mut changed = Vec::new();
    let mut journal = Vec::new();
    for ch in &plan.changes {
        let mut value = ch.value.clone();
        for &i in &ch.conflicts {
            let c = &plan.conflicts[i];
            let chosen = match choices[i].as_ref().expect("checked above") {
                Choice::Mine => continue,
                Choice::Theirs => c.theirs.clone(),
                Choice::Value(v) => v.clone(),
            };
            fields::set(&mut value, &c.path, chosen);
            journal.push(Taken {
                kind: c.kind,
                id: c.id,
                field: c.field(),
                by: c.theirs_by.clone(),
                at: c.theirs_at,
            });
        }
        if ch
            .mine
            .as_ref()
            .is_some_and(|m| content(m) == content(&value) && m["deleted"] == value["deleted"])
        {
            continue; // every conflict settled as mine, nothing taken
        }
        let theirs_by = author_of(&value);
        let theirs_at = value["updated_at"].as_i64().unwrap_or(0);
        if ch.whole {
            // Their version as written, with a revision above mine.
            let rev = if ch.theirs_rev > ch.mine_rev || ch.added {
                ch.theirs_rev
            } else {
                ch.mine_rev + 1
            };
            value["rev"] = Value::from(rev);
        } else {
            value["rev"] = Value::from(ch.mine_rev.max(ch.theirs_rev) + 1);
            value["updated_at"] = Value::from(ctx.now_ms);
            value["updated_by"] = to_value(&ctx.author);
        }
        for p in &ch.taken {
            journal.push(Taken {
                kind: ch.kind,
                id: ch.id,
                field: path_text(p),
                by: theirs_by.clone(),
                at: theirs_at,
            });
        }
        if ch.added {
            journal.push(Taken {
                kind: ch.kind,
                id: ch.id,
                field: String::new(),
                by: theirs_by.clone(),
                at: theirs_at,
            });
        }
        let json = value.to_string();
        if let Err(e) = crate::stored::put_document(&mut project, ch.kind, &json) {
            return Err(vec![Issue::error(
                ch.kind.collection(),
                crate::IssueCode::Unreadable(e.to_string()),
            )]);
        }
        changed.push((ch.kind, ch.id));
    }
    let issues = validate(&project);
    if has_errors(&issues) {
        return Err(issues.into_iter().filter(Issue::is_error).collect());
    }
    Ok(Applied {
        project,
        changed,
        journal,
    })
}

/// A form's edit of a record made on version `base` while the record became
/// `theirs` elsewhere (another tab, an import, a merge): the fields the user
/// changed go onto their version, their other changes stay. The same field
/// changed on both sides is returned as a conflict — unless it is one of
/// `seen` (shown to the user, who saved again: theirs is replaced knowingly).
pub fn rebase<T>(
    base: &T,
    mine: &T,
    theirs: &T,
    seen: &[fields::FieldConflict],
) -> Result<T, Vec<fields::FieldConflict>>
where
    T: Record + Serialize + serde::de::DeserializeOwned,
{
    let (b, m, t) = (to_value(base), to_value(mine), to_value(theirs));
    let merged = fields::merge(Some(&b), &m, &t, &[]);
    let open: Vec<fields::FieldConflict> = merged
        .conflicts
        .into_iter()
        .filter(|c| {
            !seen
                .iter()
                .any(|s| s.path == c.path && s.theirs == c.theirs)
        })
        .collect();
    if !open.is_empty() {
        return Err(open);
    }
    // Conflicts stay at mine; the header is theirs, which the save then bumps.
    let mut v = merged.value;
    for k in fields::HEADER {
        v[k] = t[k].clone();
    }
    from_value(&v).ok_or_else(Vec::new)
}

/// What replacing a project by a file would lose: per kind, the records
/// here that the file lacks or holds in an older or different version.
pub fn replace_losses(here: &Project, file: &Project) -> Vec<(Kind, usize)> {
    fn each<T: Record + PartialEq>(here: &[T], file: &[T]) -> usize {
        let ix: HashMap<Id, &T> = file.iter().map(|r| (r.id(), r)).collect();
        here.iter()
            .filter(|r| match ix.get(&r.id()) {
                None => !r.is_deleted(),
                Some(f) => *f != *r && (r.rev() > f.rev() || r.updated_at() > f.updated_at()),
            })
            .count()
    }
    use std::slice::from_ref as one;
    let counts = [
        (
            Kind::Territory,
            each(one(&here.territory), one(&file.territory)),
        ),
        (
            Kind::Settings,
            each(one(&here.settings), one(&file.settings)),
        ),
        (Kind::Company, each(&here.companies, &file.companies)),
        (Kind::Contact, each(&here.contacts, &file.contacts)),
        (
            Kind::Interaction,
            each(&here.interactions, &file.interactions),
        ),
        (Kind::Flow, each(&here.flows, &file.flows)),
        (Kind::Synergy, each(&here.synergies, &file.synergies)),
        (Kind::Event, each(&here.events, &file.events)),
        (
            Kind::TimeEntry,
            each(&here.time_entries, &file.time_entries),
        ),
        (Kind::Task, each(&here.tasks, &file.tasks)),
    ];
    counts.into_iter().filter(|(_, n)| *n > 0).collect()
}
