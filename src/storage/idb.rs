//! The IndexedDB adapter: the only place that talks to the browser's
//! database. Three object stores, all with string keys and JSON string values
//! (one serde path shared with the file format):
//!
//! - `records`: one document per record, key `<project>/<kind>/<id>`;
//! - `projects`: one [`ProjectSummary`] per project, key = project id;
//! - `snapshots` + `snapshot_data`: the list of snapshots and their content
//!   (kept apart so that listing does not load megabytes).
//!
//! Requests are awaited as promises; inside a transaction only IndexedDB
//! requests are awaited, so the transaction stays alive.

use js_sys::{Array, Promise};
use maillage_core::stored::{self, ProjectSummary, SnapshotInfo};
use maillage_core::{Id, Kind, Project};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbKeyRange, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode,
};

const DB_NAME: &str = "maillage";
const DB_VERSION: u32 = 1;
const RECORDS: &str = "records";
const PROJECTS: &str = "projects";
const SNAPSHOTS: &str = "snapshots";
const SNAPSHOT_DATA: &str = "snapshot_data";

/// What can go wrong with storage, as the UI needs to tell it.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// No IndexedDB (disabled, private mode of some browsers, blocked).
    Unavailable,
    /// The disk or the origin's quota is full.
    Quota,
    /// A stored document could not be read back.
    Corrupt(String),
    /// Anything else, with the browser's message.
    Other(String),
}

impl StorageError {
    /// How a browser error maps to what the UI says (exposed for the browser tests).
    pub fn from_js_for_test(e: JsValue) -> StorageError {
        StorageError::from_js(e)
    }

    fn from_js(e: JsValue) -> StorageError {
        let name = e
            .dyn_ref::<web_sys::DomException>()
            .map(|d| d.name())
            .unwrap_or_default();
        match name.as_str() {
            "QuotaExceededError" => StorageError::Quota,
            "InvalidStateError" | "SecurityError" => StorageError::Unavailable,
            _ => StorageError::Other(
                e.dyn_ref::<web_sys::DomException>()
                    .map(|d| format!("{}: {}", d.name(), d.message()))
                    .or_else(|| e.as_string())
                    .unwrap_or_else(|| format!("{e:?}")),
            ),
        }
    }
}

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

fn db() -> Result<IdbDatabase, StorageError> {
    DB.with(|d| d.borrow().clone())
        .ok_or(StorageError::Unavailable)
}

/// Resolves when a request succeeds (with its result) or fails (with its error).
async fn request(req: IdbRequest) -> Result<JsValue, StorageError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let r = req.clone();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call1(
                &JsValue::UNDEFINED,
                &r.result().unwrap_or(JsValue::UNDEFINED),
            );
        });
        let r = req.clone();
        let ko = Closure::once_into_js(move || {
            let err = r
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::UNDEFINED, &err);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(ko.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(StorageError::from_js)
}

/// Resolves when a transaction commits, or fails with the reason it aborted
/// (a full disk shows up here, as `QuotaExceededError`).
async fn committed(tx: &IdbTransaction) -> Result<(), StorageError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        });
        let t = tx.clone();
        let reject2 = reject.clone();
        let ko = Closure::once_into_js(move || {
            let err = t.error().map(JsValue::from).unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::UNDEFINED, &err);
        });
        let t = tx.clone();
        let on_error = Closure::once_into_js(move || {
            if let Some(err) = t.error() {
                let _ = reject2.call1(&JsValue::UNDEFINED, &err);
            }
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onabort(Some(ko.unchecked_ref()));
        tx.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(StorageError::from_js)
}

fn transaction(stores: &[&str], write: bool) -> Result<IdbTransaction, StorageError> {
    let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
    let mode = if write {
        IdbTransactionMode::Readwrite
    } else {
        IdbTransactionMode::Readonly
    };
    db()?
        .transaction_with_str_sequence_and_mode(&names, mode)
        .map_err(StorageError::from_js)
}

fn store(tx: &IdbTransaction, name: &str) -> Result<IdbObjectStore, StorageError> {
    tx.object_store(name).map_err(StorageError::from_js)
}

fn js_err<T>(r: Result<T, JsValue>) -> Result<T, StorageError> {
    r.map_err(StorageError::from_js)
}

/// Opens (and on first use creates) the database. Fails with
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
            for name in [RECORDS, PROJECTS, SNAPSHOTS, SNAPSHOT_DATA] {
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
    DB.with(|d| *d.borrow_mut() = Some(db));
    Ok(())
}

/// Whether [`open`] succeeded.
pub fn is_open() -> bool {
    DB.with(|d| d.borrow().is_some())
}

fn key_range(project: Id) -> Result<IdbKeyRange, StorageError> {
    let (lo, hi) = stored::project_key_range(project);
    js_err(IdbKeyRange::bound(
        &JsValue::from_str(&lo),
        &JsValue::from_str(&hi),
    ))
}

fn strings(v: JsValue) -> Vec<String> {
    v.dyn_into::<Array>()
        .map(|a| a.iter().filter_map(|x| x.as_string()).collect())
        .unwrap_or_default()
}

/// Most recent first.
fn stored_sort<T>(v: &mut Vec<T>, time: impl Fn(&T) -> i64) {
    maillage_core::sorting::sort_by_key(v, |x| std::cmp::Reverse(time(x)));
}

/// Every project's summary, most recently changed first.
pub async fn list_projects() -> Result<Vec<ProjectSummary>, StorageError> {
    let tx = transaction(&[PROJECTS], false)?;
    let all = request(js_err(store(&tx, PROJECTS)?.get_all())?).await?;
    let mut out: Vec<ProjectSummary> = strings(all)
        .iter()
        .filter_map(|s| serde_json::from_str(s).ok())
        .collect();
    stored_sort(&mut out, |s: &ProjectSummary| s.updated_at);
    Ok(out)
}

/// Revisions of the stored records of a project, to detect writes by another tab.
pub type Revisions = HashMap<(Kind, Id), u64>;

/// Loads a whole project and the revision of each of its records.
pub async fn load_project(id: Id) -> Result<(Project, Revisions), StorageError> {
    let tx = transaction(&[RECORDS], false)?;
    let records = store(&tx, RECORDS)?;
    let range = key_range(id)?;
    let keys = request(js_err(records.get_all_keys_with_key(&range))?).await?;
    let values = request(js_err(records.get_all_with_key(&range))?).await?;
    let docs: Vec<(String, String)> = strings(keys).into_iter().zip(strings(values)).collect();
    let revs = docs
        .iter()
        .filter_map(|(k, v)| {
            let (_, kind, id) = stored::parse_record_key(k)?;
            Some(((kind, id), stored::peek_rev(v)?))
        })
        .collect();
    let project = stored::project_from_documents(&docs)
        .map_err(|e| StorageError::Corrupt(format!("{e:?}")))?
        .project;
    Ok((project, revs))
}

/// Replaces everything stored for a project by `project` (create, import,
/// restore). One transaction: all or nothing.
pub async fn write_project(
    project: &Project,
    summary: &ProjectSummary,
) -> Result<Revisions, StorageError> {
    let tx = transaction(&[RECORDS, PROJECTS], true)?;
    let records = store(&tx, RECORDS)?;
    js_err(records.delete(&key_range(project.id())?.into()))?;
    let mut revs = Revisions::new();
    for d in stored::documents(project) {
        js_err(records.put_with_key(&JsValue::from_str(&d.json), &JsValue::from_str(&d.key)))?;
        revs.insert((d.kind, d.id), d.rev);
    }
    put_summary_in(&tx, summary)?;
    committed(&tx).await?;
    Ok(revs)
}

fn put_summary_in(tx: &IdbTransaction, summary: &ProjectSummary) -> Result<(), StorageError> {
    let json = serde_json::to_string(summary).map_err(|e| StorageError::Other(e.to_string()))?;
    js_err(store(tx, PROJECTS)?.put_with_key(
        &JsValue::from_str(&json),
        &JsValue::from_str(&summary.id.to_string()),
    ))?;
    Ok(())
}

pub async fn put_summary(summary: &ProjectSummary) -> Result<(), StorageError> {
    let tx = transaction(&[PROJECTS], true)?;
    put_summary_in(&tx, summary)?;
    committed(&tx).await
}

/// One record to save: its new document and the revision this tab
/// believes is stored (None for a record this tab created).
pub struct Write {
    pub kind: Kind,
    pub id: Id,
    pub json: String,
    pub rev: u64,
    pub expected: Option<u64>,
}

/// Saves changed records in one transaction. A record whose stored
/// revision is not the one expected was written meanwhile by another tab:
/// it is not overwritten and is returned as a conflict.
pub async fn save_records(
    project: Id,
    writes: Vec<Write>,
    summary: &ProjectSummary,
) -> Result<Vec<(Kind, Id)>, StorageError> {
    let tx = transaction(&[RECORDS, PROJECTS], true)?;
    let records = store(&tx, RECORDS)?;
    let mut conflicts = Vec::new();
    for w in writes {
        let key = JsValue::from_str(&stored::record_key(project, w.kind, w.id));
        let current = request(js_err(records.get(&key))?).await?;
        let stored_rev = current.as_string().and_then(|s| stored::peek_rev(&s));
        // Equal revisions are not enough: two tabs editing revision 1 both write a
        // revision 2. Only the revision this tab last read or wrote may be replaced.
        if stored_rev != w.expected {
            conflicts.push((w.kind, w.id));
            continue;
        }
        js_err(records.put_with_key(&JsValue::from_str(&w.json), &key))?;
    }
    put_summary_in(&tx, summary)?;
    committed(&tx).await?;
    Ok(conflicts)
}

/// Current stored documents of some records (None when absent).
pub async fn load_records(
    project: Id,
    which: &[(Kind, Id)],
) -> Result<Vec<((Kind, Id), Option<String>)>, StorageError> {
    let tx = transaction(&[RECORDS], false)?;
    let records = store(&tx, RECORDS)?;
    let mut out = Vec::new();
    for &(kind, id) in which {
        let key = JsValue::from_str(&stored::record_key(project, kind, id));
        out.push((
            (kind, id),
            request(js_err(records.get(&key))?).await?.as_string(),
        ));
    }
    Ok(out)
}

pub async fn delete_project(id: Id) -> Result<(), StorageError> {
    let tx = transaction(&[RECORDS, PROJECTS], true)?;
    js_err(store(&tx, RECORDS)?.delete(&key_range(id)?.into()))?;
    js_err(store(&tx, PROJECTS)?.delete(&JsValue::from_str(&id.to_string())))?;
    committed(&tx).await
}

/// Keeps a snapshot and prunes the oldest beyond [`stored::SNAPSHOTS_KEPT`].
pub async fn save_snapshot(info: &SnapshotInfo, content: &str) -> Result<(), StorageError> {
    let mut all = list_snapshots().await?;
    all.push(info.clone());
    let gone = stored::snapshots_to_prune(&all);
    let tx = transaction(&[SNAPSHOTS, SNAPSHOT_DATA], true)?;
    let (list, data) = (store(&tx, SNAPSHOTS)?, store(&tx, SNAPSHOT_DATA)?);
    let key = JsValue::from_str(&info.id.to_string());
    let json = serde_json::to_string(info).map_err(|e| StorageError::Other(e.to_string()))?;
    js_err(list.put_with_key(&JsValue::from_str(&json), &key))?;
    js_err(data.put_with_key(&JsValue::from_str(content), &key))?;
    for id in gone {
        let k = JsValue::from_str(&id.to_string());
        js_err(list.delete(&k))?;
        js_err(data.delete(&k))?;
    }
    committed(&tx).await
}

/// Snapshots, most recent first.
pub async fn list_snapshots() -> Result<Vec<SnapshotInfo>, StorageError> {
    let tx = transaction(&[SNAPSHOTS], false)?;
    let all = request(js_err(store(&tx, SNAPSHOTS)?.get_all())?).await?;
    let mut out: Vec<SnapshotInfo> = strings(all)
        .iter()
        .filter_map(|s| serde_json::from_str(s).ok())
        .collect();
    stored_sort(&mut out, |s: &SnapshotInfo| s.taken_at);
    Ok(out)
}

pub async fn snapshot_content(id: Id) -> Result<String, StorageError> {
    let tx = transaction(&[SNAPSHOT_DATA], false)?;
    let v = request(js_err(
        store(&tx, SNAPSHOT_DATA)?.get(&JsValue::from_str(&id.to_string())),
    )?)
    .await?;
    v.as_string()
        .ok_or_else(|| StorageError::Corrupt(format!("snapshot {id}")))
}

/// Asks the browser not to evict this origin's data; true when granted.
pub async fn request_persistence() -> bool {
    let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
        return false;
    };
    let Ok(promise) = storage.persist() else {
        return false;
    };
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}
