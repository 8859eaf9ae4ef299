//! Transactions over the browser's IndexedDB, or over a store in memory
//! when the browser has none (a private window, storage disabled): the same
//! operations either way, so that every screen works in such a tab — and
//! nothing is lost when switching projects there — even though nothing is
//! kept once the tab closes (the app says so).
//!
//! Every store maps string keys to JSON strings. Inside an IndexedDB
//! transaction only IndexedDB requests are awaited, so it stays alive.

use js_sys::{Array, Promise};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbKeyRange, IdbRequest, IdbTransaction, IdbTransactionMode};

/// What can go wrong with storage, as the UI needs to tell it.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// No IndexedDB (disabled, private mode of some browsers, blocked).
    Unavailable,
    /// The disk or the origin's quota is full.
    Quota,
    /// A stored document could not be read back.
    Corrupt(String),
    /// Another tab changed what this operation was about to replace.
    Conflict,
    /// Anything else, with the browser's message.
    Other(String),
}

impl StorageError {
    /// How a browser error maps to what the UI says (exposed for the browser tests).
    pub fn from_js_for_test(e: JsValue) -> StorageError {
        StorageError::from_js(e)
    }

    pub(crate) fn from_js(e: JsValue) -> StorageError {
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

fn js_err<T>(r: Result<T, JsValue>) -> Result<T, StorageError> {
    r.map_err(StorageError::from_js)
}

/// Where data lives in this tab.
enum Backend {
    None,
    Idb(IdbDatabase),
    /// No IndexedDB: stores in memory, for the life of the tab.
    Memory,
}

thread_local! {
    static BACKEND: RefCell<Backend> = const { RefCell::new(Backend::None) };
    static MEMORY: RefCell<HashMap<&'static str, BTreeMap<String, String>>> = RefCell::new(HashMap::new());
}

pub(crate) fn set_database(db: IdbDatabase) {
    BACKEND.with(|b| *b.borrow_mut() = Backend::Idb(db));
}

/// From now on, data lives in memory only.
pub fn use_memory() {
    BACKEND.with(|b| *b.borrow_mut() = Backend::Memory);
}

pub fn is_memory() -> bool {
    BACKEND.with(|b| matches!(*b.borrow(), Backend::Memory))
}

pub fn is_ready() -> bool {
    BACKEND.with(|b| !matches!(*b.borrow(), Backend::None))
}

/// How hard a write insists on reaching the disk before it is reported done.
#[derive(Clone, Copy, PartialEq)]
pub enum Durability {
    /// The browser's default: fast, done when the OS has the data.
    Default,
    /// Done only once flushed to disk (whole-project writes, merges, backups).
    Strict,
}

#[wasm_bindgen]
extern "C" {
    /// The database seen through `transaction(stores, mode, { durability })`:
    /// the options are behind web-sys' unstable flag, so bound here directly.
    #[wasm_bindgen(extends = js_sys::Object)]
    type DatabaseWithOptions;
    #[wasm_bindgen(method, catch, js_name = transaction)]
    fn transaction_with_options(
        this: &DatabaseWithOptions,
        stores: &Array,
        mode: IdbTransactionMode,
        options: &JsValue,
    ) -> Result<IdbTransaction, JsValue>;
}

/// An open transaction on some stores.
pub struct Tx {
    idb: Option<IdbTransaction>,
}

impl Tx {
    pub fn read(stores: &[&'static str]) -> Result<Tx, StorageError> {
        Tx::open(stores, false, Durability::Default)
    }

    pub fn write(stores: &[&'static str], durability: Durability) -> Result<Tx, StorageError> {
        Tx::open(stores, true, durability)
    }

    fn open(
        stores: &[&'static str],
        write: bool,
        durability: Durability,
    ) -> Result<Tx, StorageError> {
        BACKEND.with(|b| match &*b.borrow() {
            Backend::None => Err(StorageError::Unavailable),
            Backend::Memory => Ok(Tx { idb: None }),
            Backend::Idb(db) => {
                let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
                let mode = if write {
                    IdbTransactionMode::Readwrite
                } else {
                    IdbTransactionMode::Readonly
                };
                let options = js_sys::Object::new();
                if durability == Durability::Strict {
                    let _ = js_sys::Reflect::set(&options, &"durability".into(), &"strict".into());
                }
                let tx = db
                    .unchecked_ref::<DatabaseWithOptions>()
                    .transaction_with_options(&names, mode, &options)
                    .or_else(|_| db.transaction_with_str_sequence_and_mode(&names, mode));
                js_err(tx).map(|tx| Tx { idb: Some(tx) })
            }
        })
    }

    fn store(&self, name: &str) -> Result<web_sys::IdbObjectStore, StorageError> {
        js_err(
            self.idb
                .as_ref()
                .expect("an IndexedDB transaction")
                .object_store(name),
        )
    }

    pub fn put(&self, store: &'static str, key: &str, value: &str) -> Result<(), StorageError> {
        match &self.idb {
            None => {
                mem(store, |m| m.insert(key.to_owned(), value.to_owned()));
                Ok(())
            }
            Some(_) => js_err(
                self.store(store)?
                    .put_with_key(&JsValue::from_str(value), &JsValue::from_str(key)),
            )
            .map(|_| ()),
        }
    }

    pub fn delete(&self, store: &'static str, key: &str) -> Result<(), StorageError> {
        match &self.idb {
            None => {
                mem(store, |m| m.remove(key));
                Ok(())
            }
            Some(_) => js_err(self.store(store)?.delete(&JsValue::from_str(key))).map(|_| ()),
        }
    }

    /// Deletes every key in `lo..=hi`.
    pub fn delete_range(
        &self,
        store: &'static str,
        lo: &str,
        hi: &str,
    ) -> Result<(), StorageError> {
        match &self.idb {
            None => {
                mem(store, |m| {
                    let keys: Vec<String> = m
                        .range(lo.to_owned()..=hi.to_owned())
                        .map(|(k, _)| k.clone())
                        .collect();
                    keys.iter().for_each(|k| {
                        m.remove(k);
                    });
                });
                Ok(())
            }
            Some(_) => js_err(self.store(store)?.delete(&range(lo, hi)?.into())).map(|_| ()),
        }
    }

    pub async fn get(
        &self,
        store: &'static str,
        key: &str,
    ) -> Result<Option<String>, StorageError> {
        match &self.idb {
            None => Ok(mem(store, |m| m.get(key).cloned())),
            Some(_) => {
                let req = js_err(self.store(store)?.get(&JsValue::from_str(key)))?;
                Ok(request(req).await?.as_string())
            }
        }
    }

    /// The values of many keys, the requests all sent before the first
    /// answer is awaited (one round trip instead of one per key).
    pub async fn get_many(
        &self,
        store: &'static str,
        keys: &[String],
    ) -> Result<Vec<Option<String>>, StorageError> {
        match &self.idb {
            None => Ok(mem(store, |m| {
                keys.iter().map(|k| m.get(k).cloned()).collect()
            })),
            Some(_) => {
                let s = self.store(store)?;
                let pending: Vec<Promise> = keys
                    .iter()
                    .map(|k| js_err(s.get(&JsValue::from_str(k))).map(watch))
                    .collect::<Result<_, _>>()?;
                let mut out = Vec::with_capacity(pending.len());
                for p in pending {
                    out.push(
                        JsFuture::from(p)
                            .await
                            .map_err(StorageError::from_js)?
                            .as_string(),
                    );
                }
                Ok(out)
            }
        }
    }

    /// Every (key, value), or those in `lo..=hi`.
    pub async fn get_all(
        &self,
        store: &'static str,
        bounds: Option<(&str, &str)>,
    ) -> Result<Vec<(String, String)>, StorageError> {
        match &self.idb {
            None => Ok(mem(store, |m| match bounds {
                Some((lo, hi)) => m
                    .range(lo.to_owned()..=hi.to_owned())
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
                None => m.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            })),
            Some(_) => {
                let s = self.store(store)?;
                let (keys, values) = match bounds {
                    Some((lo, hi)) => {
                        let r = range(lo, hi)?;
                        (
                            js_err(s.get_all_keys_with_key(&r))?,
                            js_err(s.get_all_with_key(&r))?,
                        )
                    }
                    None => (js_err(s.get_all_keys())?, js_err(s.get_all())?),
                };
                let keys = strings(request(keys).await?);
                let values = strings(request(values).await?);
                Ok(keys.into_iter().zip(values).collect())
            }
        }
    }

    /// Resolves when the transaction has committed (for a strict write: on
    /// disk), or fails with the reason it aborted — a full disk shows up here.
    pub async fn commit(self) -> Result<(), StorageError> {
        let Some(tx) = self.idb else { return Ok(()) };
        committed(&tx).await
    }

    /// Gives up everything written in this transaction.
    pub fn abort(self) {
        if let Some(tx) = self.idb {
            let _ = tx.abort();
        }
    }
}

fn mem<R>(store: &'static str, f: impl FnOnce(&mut BTreeMap<String, String>) -> R) -> R {
    MEMORY.with(|m| f(m.borrow_mut().entry(store).or_default()))
}

fn range(lo: &str, hi: &str) -> Result<IdbKeyRange, StorageError> {
    js_err(IdbKeyRange::bound(
        &JsValue::from_str(lo),
        &JsValue::from_str(hi),
    ))
}

fn strings(v: JsValue) -> Vec<String> {
    v.dyn_into::<Array>()
        .map(|a| a.iter().filter_map(|x| x.as_string()).collect())
        .unwrap_or_default()
}

/// Resolves when a request succeeds (with its result) or fails (with its error).
pub(crate) async fn request(req: IdbRequest) -> Result<JsValue, StorageError> {
    JsFuture::from(watch(req))
        .await
        .map_err(StorageError::from_js)
}

/// A promise of a request's outcome, its handlers set at once: requests
/// sent together must all be watched before the first answer can arrive.
fn watch(req: IdbRequest) -> Promise {
    Promise::new(&mut |resolve, reject| {
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
    })
}

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
