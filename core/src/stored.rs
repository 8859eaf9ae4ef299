//! How a project is kept in the browser's database, as pure functions: one
//! document per record (so that an edit rewrites one small document, never
//! the whole project, and so that records can later replicate one by one to
//! a CouchDB server), plus a small summary document per project and
//! snapshots kept before destructive operations.

use crate::model::*;
use serde::{Deserialize, Serialize};

/// Key of a record document: `<project id>/<kind>/<record id>`. All the
/// records of a project share the prefix `<project id>/`, so one key range
/// loads or deletes them.
pub fn record_key(project: Id, kind: Kind, id: Id) -> String {
    format!("{project}/{}/{id}", kind.collection())
}

/// Lowest and highest keys of a project's records, for a key range.
pub fn project_key_range(project: Id) -> (String, String) {
    (format!("{project}/"), format!("{project}/\u{ffff}"))
}

/// Parses a record key back into (project, kind, id).
pub fn parse_record_key(key: &str) -> Option<(Id, Kind, Id)> {
    let mut parts = key.split('/');
    let project = parts.next()?.parse().ok()?;
    let collection = parts.next()?;
    let id = parts.next()?.parse().ok()?;
    let kind = Kind::ALL
        .into_iter()
        .find(|k| k.collection() == collection)?;
    Some((project, kind, id))
}

/// The JSON document of one record of the project, if it exists.
pub fn record_json(p: &Project, kind: Kind, id: Id) -> Option<String> {
    fn find<T: Record + Serialize>(list: &[T], id: Id) -> Option<String> {
        list.iter()
            .find(|r| r.id() == id)
            .and_then(|r| serde_json::to_string(r).ok())
    }
    match kind {
        Kind::Territory => serde_json::to_string(&p.territory).ok(),
        Kind::Settings => serde_json::to_string(&p.settings).ok(),
        Kind::Company => find(&p.companies, id),
        Kind::Contact => find(&p.contacts, id),
        Kind::Interaction => find(&p.interactions, id),
        Kind::Flow => find(&p.flows, id),
        Kind::Synergy => find(&p.synergies, id),
        Kind::Event => find(&p.events, id),
        Kind::TimeEntry => find(&p.time_entries, id),
        Kind::Task => find(&p.tasks, id),
    }
}

/// Every record of a project as (kind, id, rev), for a full write.
pub fn all_records(p: &Project) -> Vec<(Kind, Id, u64)> {
    fn each<T: Record>(out: &mut Vec<(Kind, Id, u64)>, list: &[T]) {
        out.extend(list.iter().map(|r| (T::KIND, r.id(), r.rev())));
    }
    let mut out = vec![
        (Kind::Territory, p.territory.id, p.territory.rev),
        (Kind::Settings, p.settings.id, p.settings.rev),
    ];
    each(&mut out, &p.companies);
    each(&mut out, &p.contacts);
    each(&mut out, &p.interactions);
    each(&mut out, &p.flows);
    each(&mut out, &p.synergies);
    each(&mut out, &p.events);
    each(&mut out, &p.time_entries);
    each(&mut out, &p.tasks);
    out
}

/// One stored document: the record's kind, id, revision, key and JSON.
pub struct Document {
    pub kind: Kind,
    pub id: Id,
    pub rev: u64,
    pub key: String,
    pub json: String,
}

/// Every record of a project as a stored document, in one pass (for full
/// writes: creating, importing, restoring).
pub fn documents(p: &Project) -> Vec<Document> {
    fn each<T: Record + Serialize>(out: &mut Vec<Document>, project: Id, list: &[T]) {
        out.extend(list.iter().map(|r| Document {
            kind: T::KIND,
            id: r.id(),
            rev: r.rev(),
            key: record_key(project, T::KIND, r.id()),
            json: serde_json::to_string(r).unwrap_or_default(),
        }));
    }
    let id = p.id();
    let mut out =
        Vec::with_capacity(2 + p.companies.len() + p.contacts.len() + p.interactions.len());
    each(&mut out, id, std::slice::from_ref(&p.territory));
    each(&mut out, id, std::slice::from_ref(&p.settings));
    each(&mut out, id, &p.companies);
    each(&mut out, id, &p.contacts);
    each(&mut out, id, &p.interactions);
    each(&mut out, id, &p.flows);
    each(&mut out, id, &p.synergies);
    each(&mut out, id, &p.events);
    each(&mut out, id, &p.time_entries);
    each(&mut out, id, &p.tasks);
    out
}

/// The `rev` of a stored record document, without parsing the rest.
pub fn peek_rev(json: &str) -> Option<u64> {
    #[derive(Deserialize)]
    struct Rev {
        rev: u64,
    }
    serde_json::from_str::<Rev>(json).ok().map(|r| r.rev)
}

/// Why a stored project cannot be rebuilt.
#[derive(Debug, PartialEq)]
pub enum LoadError {
    MissingTerritory,
    MissingSettings,
    /// The territory or settings document does not parse (key and serde message).
    Corrupt {
        key: String,
        detail: String,
    },
}

/// A stored record that can no longer be read (a document damaged on disk,
/// or written by a newer version): set aside so that the rest of the project
/// opens, reported, and kept as it is for export.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    pub key: String,
    pub json: String,
    pub detail: String,
}

/// A project rebuilt from storage, and what could not be read.
#[derive(Debug)]
pub struct Rebuilt {
    pub project: Project,
    pub set_aside: Vec<SetAside>,
}

/// Builds a project from its stored documents (key, JSON), in any order;
/// within a kind, records keep the order of the documents. Only a missing
/// or unreadable territory or settings stops it; any other unreadable
/// document is set aside.
pub fn project_from_documents(docs: &[(String, String)]) -> Result<Rebuilt, LoadError> {
    let mut territory = None;
    let mut settings = None;
    let nobody = EditContext {
        now_ms: 0,
        author: Author {
            actor: Id::nil(),
            label: String::new(),
        },
    };
    let mut p = Project::empty(placeholder_territory(), Settings::new(Id::nil(), &nobody));
    let mut set_aside = Vec::new();
    for (key, json) in docs {
        let kind = parse_record_key(key).map(|(_, kind, _)| kind);
        let result = match kind {
            None => Err("bad key".to_owned()),
            Some(Kind::Territory) => parse_territory(json)
                .map(|t| territory = Some(t))
                .map_err(|e| e.to_string()),
            Some(Kind::Settings) => serde_json::from_str(json)
                .map(|s| settings = Some(s))
                .map_err(|e| e.to_string()),
            Some(kind) => insert_document(&mut p, kind, json, false).map_err(|e| e.to_string()),
        };
        if let Err(detail) = result {
            if matches!(kind, Some(Kind::Territory | Kind::Settings)) {
                return Err(LoadError::Corrupt {
                    key: key.clone(),
                    detail,
                });
            }
            set_aside.push(SetAside {
                key: key.clone(),
                json: json.clone(),
                detail,
            });
        }
    }
    p.territory = territory.ok_or(LoadError::MissingTerritory)?;
    p.settings = settings.ok_or(LoadError::MissingSettings)?;
    Ok(Rebuilt {
        project: p,
        set_aside,
    })
}

/// The documents set aside, as one JSON file the user can keep or send
/// for help: `{"format": "maillage-set-aside", "records": [{key, detail, json}]}`.
pub fn set_aside_file(items: &[SetAside]) -> String {
    let records: Vec<serde_json::Value> = items
        .iter()
        .map(|s| serde_json::json!({ "key": s.key, "detail": s.detail, "json": s.json }))
        .collect();
    let doc = serde_json::json!({ "format": "maillage-set-aside", "records": records });
    crate::format::write::indent(&doc.to_string())
}

/// Puts a stored document into the project, replacing the record with the
/// same id (a change made by another tab) or adding it.
pub fn put_document(p: &mut Project, kind: Kind, json: &str) -> Result<(), serde_json::Error> {
    insert_document(p, kind, json, true)
}

/// Adds (or with `replace`, replaces) a record from its JSON. Loading a
/// project only adds, so that 20 000 records are not searched 20 000 times.
fn insert_document(
    p: &mut Project,
    kind: Kind,
    json: &str,
    replace: bool,
) -> Result<(), serde_json::Error> {
    fn put<T: Record + serde::de::DeserializeOwned>(
        list: &mut Vec<T>,
        json: &str,
        replace: bool,
    ) -> Result<(), serde_json::Error> {
        let r: T = serde_json::from_str(json)?;
        match list.iter_mut().find(|x| replace && x.id() == r.id()) {
            Some(x) => *x = r,
            None => list.push(r),
        }
        Ok(())
    }
    match kind {
        Kind::Territory => p.territory = parse_territory(json)?,
        Kind::Settings => p.settings = serde_json::from_str(json)?,
        Kind::Company => put(&mut p.companies, json, replace)?,
        Kind::Contact => put(&mut p.contacts, json, replace)?,
        Kind::Interaction => put(&mut p.interactions, json, replace)?,
        Kind::Flow => put(&mut p.flows, json, replace)?,
        Kind::Synergy => put(&mut p.synergies, json, replace)?,
        Kind::Event => put(&mut p.events, json, replace)?,
        Kind::TimeEntry => put(&mut p.time_entries, json, replace)?,
        Kind::Task => put(&mut p.tasks, json, replace)?,
    }
    Ok(())
}

/// A stored territory, written by this version or an earlier one (stored
/// documents carry no version: an older shape is brought up to date).
fn parse_territory(json: &str) -> Result<Territory, serde_json::Error> {
    let mut value: serde_json::Value = serde_json::from_str(json)?;
    if let Some(t) = value.as_object_mut() {
        crate::format::migrate::territory_to_v3(t);
    }
    serde_json::from_value(value)
}

fn placeholder_territory() -> Territory {
    Territory {
        id: Id::nil(),
        rev: 0,
        updated_at: 0,
        updated_by: Author {
            actor: Id::nil(),
            label: String::new(),
        },
        deleted: false,
        name: String::new(),
        programme: String::new(),
        start: None,
        end: None,
        communes: Vec::new(),
        zones: Vec::new(),
        partners: Vec::new(),
        report_texts: Default::default(),
    }
}

/// What the project list shows without loading the records.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectSummary {
    pub id: Id,
    pub name: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// Last export to a file, ms since the epoch.
    pub last_export_at: Option<i64>,
    pub companies: usize,
    /// For a partner's copy: the file it was opened from.
    #[serde(default)]
    pub received: Option<Received>,
}

/// A partner's copy of a project: what was received, from whom. Its
/// exports answer that file (`base_export_id`), so the sender can merge them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Received {
    /// The `export_id` of the file received.
    pub export_id: Id,
    pub share: crate::share::ShareInfo,
    /// When it was opened here.
    pub at: i64,
}

/// A file sent to a partner, kept until it comes back: the version of the
/// records as sent (the base of the three-way merge), and what came back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExchangeInfo {
    /// The `export_id` of the file sent.
    pub export_id: Id,
    pub project_id: Id,
    pub project_name: String,
    pub partner: crate::share::Partner,
    pub sent_at: i64,
    pub companies: usize,
    /// Size of the kept base, bytes.
    pub bytes: usize,
    /// Returned files merged so far, oldest first.
    #[serde(default)]
    pub returns: Vec<ReturnInfo>,
}

/// A returned file that was merged: the base now is that file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReturnInfo {
    pub export_id: Id,
    pub from: Author,
    pub merged_at: i64,
    pub added: usize,
    pub changed: usize,
    pub deleted: usize,
    pub conflicts: usize,
    /// Who changed what (capped at [`JOURNAL_KEPT`] entries).
    #[serde(default)]
    pub journal: Vec<Taken>,
}

/// A field taken from their side, for the journal of a merge
/// (`crate::merge` writes it; the exchange record keeps it).
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Taken {
    pub kind: Kind,
    pub id: Id,
    /// The field, or empty for a whole record (created or replaced).
    pub field: String,
    pub by: Author,
    pub at: i64,
}

/// Journal entries kept per merged file.
pub const JOURNAL_KEPT: usize = 500;

impl ExchangeInfo {
    /// Whether this returned file was merged already.
    pub fn merged(&self, export_id: Id) -> Option<&ReturnInfo> {
        self.returns.iter().find(|r| r.export_id == export_id)
    }
}

/// The exchange a returned file answers: the one it names, or the one that
/// already merged this very file (a two-way merge keeps one too).
pub fn exchange_for<'a>(
    all: &'a [ExchangeInfo],
    export_id: Id,
    base_export_id: Option<Id>,
) -> Option<&'a ExchangeInfo> {
    base_export_id
        .and_then(|b| all.iter().find(|x| x.export_id == b))
        .or_else(|| {
            all.iter()
                .find(|x| x.export_id == export_id || x.merged(export_id).is_some())
        })
}

impl ProjectSummary {
    pub fn of(
        p: &Project,
        created_at: i64,
        updated_at: i64,
        last_export_at: Option<i64>,
    ) -> ProjectSummary {
        ProjectSummary {
            id: p.id(),
            name: p.name().to_owned(),
            created_at,
            updated_at,
            last_export_at,
            companies: p.count(Kind::Company),
            received: None,
        }
    }
}

/// Why a snapshot was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SnapshotReason {
    BeforeImport,
    BeforeMerge,
    BeforeDelete,
    BeforeRestore,
    BeforeReset,
}

/// A copy of a whole project (its file content, stored apart) taken before
/// a destructive operation, restorable from the UI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SnapshotInfo {
    pub id: Id,
    pub project_id: Id,
    pub project_name: String,
    pub reason: SnapshotReason,
    pub taken_at: i64,
    pub bytes: usize,
    pub companies: usize,
}

/// How many snapshots are kept per project (the oldest of that project go
/// first). Another project's operations never prune a project's backups, so
/// the backup of a deleted project stays until the user removes it.
pub const SNAPSHOTS_KEPT: usize = 5;

/// The snapshots to delete so that at most [`SNAPSHOTS_KEPT`] remain per
/// project, oldest first.
pub fn snapshots_to_prune(all: &[SnapshotInfo]) -> Vec<Id> {
    let mut sorted: Vec<&SnapshotInfo> = all.iter().collect();
    crate::sorting::sort_by_key(&mut sorted, |s| std::cmp::Reverse(s.taken_at));
    let mut seen: std::collections::HashMap<Id, usize> = std::collections::HashMap::new();
    sorted
        .into_iter()
        .filter(|s| {
            let n = seen.entry(s.project_id).or_default();
            *n += 1;
            *n > SNAPSHOTS_KEPT
        })
        .map(|s| s.id)
        .collect()
}

/// Bytes kept by backups, per project, for the backups screen.
pub fn backup_bytes(all: &[SnapshotInfo]) -> usize {
    all.iter().map(|s| s.bytes).sum()
}

/// The summary of a project stored whole from a file. The file is a copy of
/// the project outside this browser as of its export: that counts as an
/// export (the later of its date and the one known here), so opening a file
/// just written does not say "never exported". What was known of the stored
/// project (created, received from a partner) is kept.
pub fn imported_summary(
    p: &Project,
    now_ms: i64,
    file_exported_at: Option<i64>,
    known: Option<&ProjectSummary>,
) -> ProjectSummary {
    let known_export = known.and_then(|k| k.last_export_at);
    let mut s = ProjectSummary::of(
        p,
        known.map_or(now_ms, |k| k.created_at),
        now_ms,
        known_export.max(file_exported_at.filter(|t| *t <= now_ms)),
    );
    s.received = known.and_then(|k| k.received.clone());
    s
}

/// Days since the last export, for the "export now" nudge (None: never exported).
pub fn days_since_export(summary: &ProjectSummary, now_ms: i64) -> Option<i64> {
    summary
        .last_export_at
        .map(|t| (now_ms - t).max(0) / 86_400_000)
}

/// The nudge shows after this many days without an export (and for projects never exported once they have content).
pub const EXPORT_NUDGE_DAYS: i64 = 14;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    #[test]
    fn a_project_opened_from_a_file_counts_as_exported_when_the_file_was() {
        let p = crate::example::example_project(Date::from_days(20_400), 1);
        let now = 1_800_000_000_000;
        let day = 86_400_000;
        let fresh = imported_summary(&p, now, Some(now - day), None);
        assert_eq!(fresh.last_export_at, Some(now - day));
        assert_eq!(days_since_export(&fresh, now), Some(1));
        assert_eq!(fresh.created_at, now);
        // A file of unknown date (an old format), or from the future: not an export.
        assert_eq!(imported_summary(&p, now, None, None).last_export_at, None);
        assert_eq!(
            imported_summary(&p, now, Some(now + day), None).last_export_at,
            None
        );
        // Replacing a stored project: the later export wins, creation is kept.
        let known = ProjectSummary::of(&p, now - 90 * day, now - day, Some(now - 2 * day));
        let replaced = imported_summary(&p, now, Some(now - 30 * day), Some(&known));
        assert_eq!(replaced.last_export_at, Some(now - 2 * day));
        assert_eq!(replaced.created_at, now - 90 * day);
        assert_eq!(
            imported_summary(&p, now, Some(now - day / 2), Some(&known)).last_export_at,
            Some(now - day / 2)
        );
    }

    fn sample() -> Project {
        crate::example::example_project(Date::parse("2026-11-28").unwrap(), 1)
    }

    #[test]
    fn documents_round_trip_in_any_order() {
        let p = sample();
        let mut docs: Vec<(String, String)> = all_records(&p)
            .into_iter()
            .map(|(k, id, _)| (record_key(p.id(), k, id), record_json(&p, k, id).unwrap()))
            .collect();
        docs.reverse();
        let mut back = project_from_documents(&docs).unwrap().project;
        // Order within kinds follows the documents; restore file order to compare.
        back.companies.reverse();
        back.contacts.reverse();
        back.interactions.reverse();
        back.flows.reverse();
        back.synergies.reverse();
        back.events.reverse();
        back.time_entries.reverse();
        back.tasks.reverse();
        assert!(back == p);
    }

    #[test]
    fn a_territory_stored_by_the_previous_version_still_opens() {
        let p = sample();
        let mut docs: Vec<(String, String)> =
            documents(&p).into_iter().map(|d| (d.key, d.json)).collect();
        let mut old: serde_json::Value = serde_json::from_str(&docs[0].1).unwrap();
        let t = old.as_object_mut().unwrap();
        for key in ["start", "end", "report_texts"] {
            t.remove(key);
        }
        t.insert("year".into(), 2016.into());
        t.insert("description".into(), "Zone des Prés.".into());
        t.insert("partners".into(), serde_json::json!(["JCE"]));
        docs[0].1 = old.to_string();
        let back = project_from_documents(&docs).unwrap().project.territory;
        assert_eq!(back.start, Date::parse("2016-01-01").ok());
        assert_eq!(back.report_text(ReportPart::Context), "Zone des Prés.");
        assert_eq!(back.partners, [Partner::named("JCE")]);
    }

    #[test]
    fn documents_match_single_records() {
        let p = sample();
        let docs = documents(&p);
        assert_eq!(docs.len(), all_records(&p).len());
        for d in docs.iter().step_by(37) {
            assert_eq!(Some(d.json.clone()), record_json(&p, d.kind, d.id));
            assert_eq!(d.key, record_key(p.id(), d.kind, d.id));
        }
    }

    #[test]
    fn keys_group_a_project() {
        let p = sample();
        let key = record_key(p.id(), Kind::Company, p.companies[0].id);
        let (lo, hi) = project_key_range(p.id());
        assert!(lo.as_str() < key.as_str() && key.as_str() < hi.as_str());
        assert_eq!(
            parse_record_key(&key),
            Some((p.id(), Kind::Company, p.companies[0].id))
        );
        assert_eq!(parse_record_key("nonsense"), None);
    }

    #[test]
    fn unreadable_records_are_set_aside_and_the_rest_opens() {
        let p = sample();
        let mut docs: Vec<(String, String)> =
            documents(&p).into_iter().map(|d| (d.key, d.json)).collect();
        let broken_key = record_key(p.id(), Kind::Company, p.companies[0].id);
        let i = docs.iter().position(|(k, _)| *k == broken_key).unwrap();
        docs[i].1 = "{oops".to_owned();
        docs.push(("nonsense".into(), "{}".into()));
        let back = project_from_documents(&docs).unwrap();
        assert_eq!(back.project.companies.len(), p.companies.len() - 1);
        assert_eq!(back.set_aside.len(), 2);
        assert_eq!(back.set_aside[0].key, broken_key);
        assert_eq!(back.set_aside[0].json, "{oops");
        let file: serde_json::Value =
            serde_json::from_str(&set_aside_file(&back.set_aside)).unwrap();
        assert_eq!(file["records"][0]["json"], "{oops");
        // Without a readable territory nothing can open.
        let t = docs
            .iter()
            .position(|(k, _)| k.contains("/territory/"))
            .unwrap();
        docs[t].1 = "[]".into();
        assert!(matches!(
            project_from_documents(&docs),
            Err(LoadError::Corrupt { .. })
        ));
        assert!(matches!(
            project_from_documents(&[]),
            Err(LoadError::MissingTerritory)
        ));
    }

    #[test]
    fn documents_replace_records() {
        let mut p = sample();
        let mut other = p.clone();
        other.companies[2].name = "Changé ailleurs".into();
        other.companies[2].rev = 2;
        let json = record_json(&other, Kind::Company, other.companies[2].id).unwrap();
        put_document(&mut p, Kind::Company, &json).unwrap();
        assert_eq!(p.companies[2].name, "Changé ailleurs");
        assert_eq!(p.companies.len(), 64);
        assert!(put_document(&mut p, Kind::Company, "{}").is_err());
    }

    #[test]
    fn peeks_rev() {
        let p = sample();
        let json = record_json(&p, Kind::Company, p.companies[0].id).unwrap();
        assert_eq!(peek_rev(&json), Some(1));
        assert_eq!(peek_rev("{}"), None);
    }

    #[test]
    fn prunes_oldest_snapshots_per_project() {
        let snap = |project: u128, t: i64| SnapshotInfo {
            id: Id::from_u128(project * 1000 + t as u128),
            project_id: Id::from_u128(project),
            project_name: String::new(),
            reason: SnapshotReason::BeforeImport,
            taken_at: t,
            bytes: 10,
            companies: 0,
        };
        // A deleted project's one backup, then many operations on another.
        let mut all = vec![snap(1, 0)];
        all.extend((1..40).map(|t| snap(2, t)));
        let gone = snapshots_to_prune(&all);
        assert_eq!(gone.len(), 39 - SNAPSHOTS_KEPT);
        assert!(
            !gone.contains(&Id::from_u128(1000)),
            "the deleted project's backup stays"
        );
        assert!(
            gone.contains(&Id::from_u128(2001)),
            "the oldest of the busy project goes"
        );
        assert!(!gone.contains(&Id::from_u128(2039)), "its newest stays");
        assert_eq!(backup_bytes(&all), 400);
    }
}
