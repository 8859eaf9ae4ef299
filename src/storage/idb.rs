//! The project database: the only place that knows how projects, records,
//! backups and partner exchanges are stored. Six stores, all with string
//! keys and JSON string values (one serde path shared with the file format):
//!
//! - `records`: one document per record, key `<project>/<kind>/<id>`;
//! - `projects`: one [`ProjectSummary`] per project, key = project id;
//! - `snapshots` + `snapshot_data`: the list of backups and their content
//!   (kept apart so that listing does not load megabytes);
//! - `exchanges` + `exchange_data`: files sent to partners and the version
//!   of the records as sent (the base of the merge when they come back).
//!
//! Written over [`Tx`], so the same code runs on IndexedDB or, without it,
//! in memory.

use super::tx::{self, request, Durability, StorageError, Tx};
use maillage_core::stored::{self, ExchangeInfo, ProjectSummary, SetAside, SnapshotInfo};
use maillage_core::{Id, Kind, Project};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest};

pub use super::tx::StorageError as Error;

const DB_NAME: &str = "maillage";
/// 1: records, projects, snapshots; 2: partner exchanges.
const DB_VERSION: u32 = 2;
const RECORDS: &str = "records";
const PROJECTS: &str = "projects";
const SNAPSHOTS: &str = "snapshots";
const SNAPSHOT_DATA: &str = "snapshot_data";
const EXCHANGES: &str = "exchanges";
const EXCHANGE_DATA: &str = "exchange_data";
const ALL_STORES: [&str; 6] = [
    RECORDS,
    PROJECTS,
    SNAPSHOTS,
    SNAPSHOT_DATA,
    EXCHANGES,
    EXCHANGE_DATA,
];

/// Opens (and on first use creates or upgrades) the database. Fails with
/// `Unavailable` when the browser offers no IndexedDB.
pub async fn open() -> Result<(), StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    let factory = window
        .indexed_db()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)?;
    let open = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(|_| StorageError::Unavailable)?;
    let upgrade = Closure::<dyn FnMut(web_sys::IdbVersionChangeEvent)>::new(
        move |e: web_sys::IdbVersionChangeEvent| {
            let Some(req) = e.target().and_then(|t| t.dyn_into::<IdbRequest>().ok()) else {
                return;
            };
            let Ok(db) = req.result().and_then(|r| r.dyn_into::<IdbDatabase>()) else {
                return;
            };
            let existing = db.object_store_names();
            for name in ALL_STORES {
                if !existing.contains(name) {
                    let _ = db.create_object_store(name);
                }
            }
        },
    );
    open.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let result = request(open.clone().unchecked_into()).await;
    drop(upgrade);
    let db: IdbDatabase = result
        .map_err(|_| StorageError::Unavailable)?
        .dyn_into()
        .map_err(|_| StorageError::Unavailable)?;
    tx::set_database(db);
    Ok(())
}

/// Whether data lives in memory only (no IndexedDB in this browser).
pub fn is_memory() -> bool {
    tx::is_memory()
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<String, StorageError> {
    serde_json::to_string(v).map_err(|e| StorageError::Other(e.to_string()))
}

fn parse_all<T: serde::de::DeserializeOwned>(rows: Vec<(String, String)>) -> Vec<T> {
    rows.iter()
        .filter_map(|(_, v)| serde_json::from_str(v).ok())
        .collect()
}

/// Most recent first.
fn newest_first<T>(v: &mut Vec<T>, time: impl Fn(&T) -> i64) {
    maillage_core::sorting::sort_by_key(v, |x| std::cmp::Reverse(time(x)));
}

// ——— Projects and records

/// Every project's summary, most recently changed first.
pub async fn list_projects() -> Result<Vec<ProjectSummary>, StorageError> {
    let tx = Tx::read(&[PROJECTS])?;
    let mut out: Vec<ProjectSummary> = parse_all(tx.get_all(PROJECTS, None).await?);
    newest_first(&mut out, |s| s.updated_at);
    Ok(out)
}

/// Revisions of the stored records of a project, to detect writes by another tab.
pub use maillage_core::save_queue::{Revisions, Write};

/// A stored project, opened.
pub struct Opened {
    pub project: Project,
    pub revs: Revisions,
    /// Documents that could not be read: the rest opened without them.
    pub set_aside: Vec<SetAside>,
}

/// Loads a whole project and the revision of each of its records.
pub async fn load_project(id: Id) -> Result<Opened, StorageError> {
    let tx = Tx::read(&[RECORDS])?;
    let (lo, hi) = stored::project_key_range(id);
    let docs = tx.get_all(RECORDS, Some((&lo, &hi))).await?;
    let revs = docs
        .iter()
        .filter_map(|(k, v)| {
            let (_, kind, id) = stored::parse_record_key(k)?;
            Some(((kind, id), stored::peek_rev(v)?))
        })
        .collect();
    let rebuilt = stored::project_from_documents(&docs)
        .map_err(|e| StorageError::Corrupt(format!("{e:?}")))?;
    Ok(Opened {
        project: rebuilt.project,
        revs,
        set_aside: rebuilt.set_aside,
    })
}

/// Replaces everything stored for a project by `project` (create, import,
/// restore). One transaction, flushed to disk before it is reported done.
pub async fn write_project(
    project: &Project,
    summary: &ProjectSummary,
) -> Result<Revisions, StorageError> {
    let tx = Tx::write(&[RECORDS, PROJECTS], Durability::Strict)?;
    let (lo, hi) = stored::project_key_range(project.id());
    tx.delete_range(RECORDS, &lo, &hi)?;
    let mut revs = Revisions::new();
    for d in stored::documents(project) {
        tx.put(RECORDS, &d.key, &d.json)?;
        revs.insert((d.kind, d.id), d.rev);
    }
    tx.put(PROJECTS, &summary.id.to_string(), &to_json(summary)?)?;
    tx.commit().await?;
    Ok(revs)
}

pub async fn put_summary(summary: &ProjectSummary) -> Result<(), StorageError> {
    let tx = Tx::write(&[PROJECTS], Durability::Default)?;
    tx.put(PROJECTS, &summary.id.to_string(), &to_json(summary)?)?;
    tx.commit().await
}

/// Writes records whose stored revision is the one expected; returns the
/// others (written meanwhile by another tab), which are left alone.
async fn put_records(
    tx: &Tx,
    project: Id,
    writes: Vec<Write>,
) -> Result<Vec<(Kind, Id)>, StorageError> {
    let keys: Vec<String> = writes
        .iter()
        .map(|w| stored::record_key(project, w.kind, w.id))
        .collect();
    let current = tx.get_many(RECORDS, &keys).await?;
    let mut conflicts = Vec::new();
    for ((w, key), doc) in writes.into_iter().zip(&keys).zip(current) {
        let stored_rev = doc.and_then(|s| stored::peek_rev(&s));
        // Equal revisions are not enough: two tabs editing revision 1 both write a
        // revision 2. Only the revision this tab last read or wrote may be replaced.
        if stored_rev != w.expected {
            conflicts.push((w.kind, w.id));
            continue;
        }
        tx.put(RECORDS, key, &w.json)?;
    }
    Ok(conflicts)
}

/// Saves changed records in one transaction. A record whose stored
/// revision is not the one expected was written meanwhile by another tab:
/// it is not overwritten and is returned as a conflict.
pub async fn save_records(
    project: Id,
    writes: Vec<Write>,
    summary: &ProjectSummary,
) -> Result<Vec<(Kind, Id)>, StorageError> {
    let tx = Tx::write(&[RECORDS, PROJECTS], Durability::Default)?;
    let conflicts = put_records(&tx, project, writes).await?;
    tx.put(PROJECTS, &summary.id.to_string(), &to_json(summary)?)?;
    tx.commit().await?;
    Ok(conflicts)
}

/// Current stored documents of some records (None when absent).
pub async fn load_records(
    project: Id,
    which: &[(Kind, Id)],
) -> Result<Vec<((Kind, Id), Option<String>)>, StorageError> {
    let tx = Tx::read(&[RECORDS])?;
    let keys: Vec<String> = which
        .iter()
        .map(|&(kind, id)| stored::record_key(project, kind, id))
        .collect();
    let docs = tx.get_many(RECORDS, &keys).await?;
    Ok(which.iter().copied().zip(docs).collect())
}

/// Whether a project is stored (another tab's "deleted" message is believed
/// only once this says no).
pub async fn project_exists(id: Id) -> Result<bool, StorageError> {
    let tx = Tx::read(&[PROJECTS])?;
    Ok(tx.get(PROJECTS, &id.to_string()).await?.is_some())
}

/// Deletes a project's records and summary. Works on a full disk: deleting
/// needs no space.
pub async fn delete_project(id: Id) -> Result<(), StorageError> {
    let tx = Tx::write(&[RECORDS, PROJECTS], Durability::Strict)?;
    let (lo, hi) = stored::project_key_range(id);
    tx.delete_range(RECORDS, &lo, &hi)?;
    tx.delete(PROJECTS, &id.to_string())?;
    tx.commit().await
}

/// Writes a merge in one transaction: the merged records (refused whole if
/// another tab changed one of them meanwhile), the summary, and the
/// exchange with its new base.
pub async fn save_merge(
    project: Id,
    writes: Vec<Write>,
    summary: &ProjectSummary,
    exchange: &ExchangeInfo,
    base: &str,
) -> Result<(), StorageError> {
    let tx = Tx::write(
        &[RECORDS, PROJECTS, EXCHANGES, EXCHANGE_DATA],
        Durability::Strict,
    )?;
    let conflicts = put_records(&tx, project, writes).await?;
    if !conflicts.is_empty() {
        tx.abort();
        return Err(StorageError::Conflict);
    }
    tx.put(PROJECTS, &summary.id.to_string(), &to_json(summary)?)?;
    put_exchange_in(&tx, exchange, base)?;
    tx.commit().await
}

// ——— Backups

/// Keeps a snapshot and prunes the oldest of that project beyond
/// [`stored::SNAPSHOTS_KEPT`].
pub async fn save_snapshot(info: &SnapshotInfo, content: &str) -> Result<(), StorageError> {
    let mut all = list_snapshots().await?;
    all.push(info.clone());
    let gone = stored::snapshots_to_prune(&all);
    let tx = Tx::write(&[SNAPSHOTS, SNAPSHOT_DATA], Durability::Strict)?;
    let key = info.id.to_string();
    tx.put(SNAPSHOTS, &key, &to_json(info)?)?;
    tx.put(SNAPSHOT_DATA, &key, content)?;
    for id in gone {
        tx.delete(SNAPSHOTS, &id.to_string())?;
        tx.delete(SNAPSHOT_DATA, &id.to_string())?;
    }
    tx.commit().await
}

/// Snapshots, most recent first.
pub async fn list_snapshots() -> Result<Vec<SnapshotInfo>, StorageError> {
    let tx = Tx::read(&[SNAPSHOTS])?;
    let mut out: Vec<SnapshotInfo> = parse_all(tx.get_all(SNAPSHOTS, None).await?);
    newest_first(&mut out, |s| s.taken_at);
    Ok(out)
}

pub async fn snapshot_content(id: Id) -> Result<String, StorageError> {
    let tx = Tx::read(&[SNAPSHOT_DATA])?;
    tx.get(SNAPSHOT_DATA, &id.to_string())
        .await?
        .ok_or_else(|| StorageError::Corrupt(format!("snapshot {id}")))
}

/// Deletes an entry of a listed store and its data (deleting needs no room:
/// works on a full disk).
async fn delete_entry(list: &'static str, data: &'static str, id: Id) -> Result<(), StorageError> {
    let tx = Tx::write(&[list, data], Durability::Strict)?;
    tx.delete(list, &id.to_string())?;
    tx.delete(data, &id.to_string())?;
    tx.commit().await
}

/// Removes one backup (the user frees space).
pub async fn delete_snapshot(id: Id) -> Result<(), StorageError> {
    delete_entry(SNAPSHOTS, SNAPSHOT_DATA, id).await
}

// ——— Partner exchanges

fn put_exchange_in(tx: &Tx, info: &ExchangeInfo, base: &str) -> Result<(), StorageError> {
    let key = info.export_id.to_string();
    tx.put(EXCHANGES, &key, &to_json(info)?)?;
    tx.put(EXCHANGE_DATA, &key, base)
}

/// Keeps the version of the records sent to a partner.
pub async fn save_exchange(info: &ExchangeInfo, base: &str) -> Result<(), StorageError> {
    let tx = Tx::write(&[EXCHANGES, EXCHANGE_DATA], Durability::Strict)?;
    put_exchange_in(&tx, info, base)?;
    tx.commit().await
}

/// Files sent to partners, most recent first.
pub async fn list_exchanges() -> Result<Vec<ExchangeInfo>, StorageError> {
    let tx = Tx::read(&[EXCHANGES])?;
    let mut out: Vec<ExchangeInfo> = parse_all(tx.get_all(EXCHANGES, None).await?);
    newest_first(&mut out, |x| x.sent_at);
    Ok(out)
}

/// The records as sent (or as last merged back), as a project file.
pub async fn exchange_base(id: Id) -> Result<String, StorageError> {
    let tx = Tx::read(&[EXCHANGE_DATA])?;
    tx.get(EXCHANGE_DATA, &id.to_string())
        .await?
        .ok_or_else(|| StorageError::Corrupt(format!("exchange {id}")))
}

/// Forgets a file sent to a partner (its return will merge two-way).
pub async fn delete_exchange(id: Id) -> Result<(), StorageError> {
    delete_entry(EXCHANGES, EXCHANGE_DATA, id).await
}

// ——— The browser's storage manager

fn storage_manager() -> Option<web_sys::StorageManager> {
    web_sys::window().map(|w| w.navigator().storage())
}

async fn promise_value(p: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(p.ok()?).await.ok()
}

/// Asks the browser not to evict this origin's data; true when granted.
pub async fn request_persistence() -> bool {
    let Some(storage) = storage_manager() else {
        return false;
    };
    promise_value(storage.persist())
        .await
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Whether the browser already granted persistent storage.
pub async fn is_persisted() -> Option<bool> {
    promise_value(storage_manager()?.persisted())
        .await?
        .as_bool()
}

/// Bytes used by this origin and its quota, as the browser estimates them.
pub async fn estimate() -> Option<(f64, f64)> {
    let v = promise_value(storage_manager()?.estimate()).await?;
    let get = |k: &str| js_sys::Reflect::get(&v, &k.into()).ok()?.as_f64();
    Some((get("usage")?, get("quota")?))
}
