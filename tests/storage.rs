//! The IndexedDB adapter against the browser's real IndexedDB, in headless
//! Chromium (`make test-wasm`).
#![cfg(target_arch = "wasm32")]

use maillage::storage::idb::{self, Write};
use maillage::storage::tx::StorageError;
use maillage_core::stored::{ProjectSummary, SnapshotInfo, SnapshotReason, SNAPSHOTS_KEPT};
use maillage_core::{example, stored, Date, Kind, Project};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn sample(seed: u64) -> Project {
    example::example_project(Date::parse("2026-11-28").unwrap(), seed)
}

fn summary(p: &Project) -> ProjectSummary {
    ProjectSummary::of(p, 1, 2, None)
}

#[wasm_bindgen_test]
async fn a_project_written_reads_back_whole() {
    idb::open().await.expect("IndexedDB opens");
    let p = sample(11);
    let revs = idb::write_project(&p, &summary(&p)).await.unwrap();
    assert_eq!(revs.len(), stored::all_records(&p).len());
    let opened = idb::load_project(p.id()).await.unwrap();
    let (back, stored_revs) = (opened.project, opened.revs);
    assert!(opened.set_aside.is_empty());
    assert_eq!(stored_revs, revs);
    assert_eq!(back.count(Kind::Company), 64);
    assert_eq!(back.territory, p.territory);
    let mut a: Vec<_> = p
        .companies
        .iter()
        .map(|c| serde_json::to_string(c).unwrap())
        .collect();
    let mut b: Vec<_> = back
        .companies
        .iter()
        .map(|c| serde_json::to_string(c).unwrap())
        .collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
    assert!(idb::list_projects()
        .await
        .unwrap()
        .iter()
        .any(|s| s.id == p.id()));
}

#[wasm_bindgen_test]
async fn a_save_never_overwrites_a_newer_revision() {
    idb::open().await.unwrap();
    let mut p = sample(12);
    idb::write_project(&p, &summary(&p)).await.unwrap();
    let id = p.companies[0].id;
    // Another tab saved revision 2 first.
    p.companies[0].rev = 2;
    p.companies[0].name = "Theirs".into();
    let write = |p: &Project, expected| Write {
        kind: Kind::Company,
        id,
        json: stored::record_json(p, Kind::Company, id).unwrap(),
        rev: p.companies[0].rev,
        expected,
    };
    assert!(
        idb::save_records(p.id(), vec![write(&p, Some(1))], &summary(&p))
            .await
            .unwrap()
            .is_empty()
    );
    // This tab still believes revision 1 is stored, and saves its own revision 2.
    p.companies[0].name = "Mine".into();
    let conflicts = idb::save_records(p.id(), vec![write(&p, Some(1))], &summary(&p))
        .await
        .unwrap();
    assert_eq!(conflicts, vec![(Kind::Company, id)]);
    let docs = idb::load_records(p.id(), &[(Kind::Company, id)])
        .await
        .unwrap();
    assert!(docs[0].1.as_deref().unwrap().contains("Theirs"));
}

#[wasm_bindgen_test]
async fn deleting_a_project_removes_its_records_only() {
    idb::open().await.unwrap();
    let (a, b) = (sample(13), sample(14));
    idb::write_project(&a, &summary(&a)).await.unwrap();
    idb::write_project(&b, &summary(&b)).await.unwrap();
    idb::delete_project(a.id()).await.unwrap();
    assert!(matches!(
        idb::load_project(a.id()).await,
        Err(StorageError::Corrupt(_))
    ));
    assert_eq!(
        idb::load_project(b.id())
            .await
            .unwrap()
            .project
            .count(Kind::Company),
        64
    );
    assert!(!idb::list_projects()
        .await
        .unwrap()
        .iter()
        .any(|s| s.id == a.id()));
}

#[wasm_bindgen_test]
async fn snapshots_keep_the_latest_few() {
    idb::open().await.unwrap();
    let p = sample(15);
    for i in 0..(SNAPSHOTS_KEPT + 3) {
        let info = SnapshotInfo {
            id: uuid::Uuid::new_v4(),
            project_id: p.id(),
            project_name: format!("snap {i}"),
            reason: SnapshotReason::BeforeImport,
            taken_at: 10_000 + i as i64,
            bytes: 5,
            companies: 64,
        };
        idb::save_snapshot(&info, &format!("content {i}"))
            .await
            .unwrap();
    }
    let list = idb::list_snapshots().await.unwrap();
    assert_eq!(list.len(), SNAPSHOTS_KEPT);
    assert_eq!(
        list[0].project_name,
        format!("snap {}", SNAPSHOTS_KEPT + 2),
        "most recent first"
    );
    assert_eq!(
        idb::snapshot_content(list[0].id).await.unwrap(),
        format!("content {}", SNAPSHOTS_KEPT + 2)
    );
}

#[wasm_bindgen_test]
fn a_full_disk_is_recognised() {
    let quota = web_sys::DomException::new_with_message_and_name("disk full", "QuotaExceededError")
        .unwrap();
    assert_eq!(
        StorageError::from_js_for_test(JsValue::from(quota)),
        StorageError::Quota
    );
    let other = web_sys::DomException::new_with_message_and_name("boom", "UnknownError").unwrap();
    assert!(
        matches!(StorageError::from_js_for_test(JsValue::from(other)), StorageError::Other(m) if m.contains("UnknownError"))
    );
}

#[wasm_bindgen_test]
async fn a_merge_is_written_whole_or_not_at_all() {
    use maillage_core::share::Partner;
    use maillage_core::stored::ExchangeInfo;
    idb::open().await.unwrap();
    let mut p = sample(16);
    let revs = idb::write_project(&p, &summary(&p)).await.unwrap();
    let exchange = ExchangeInfo {
        export_id: uuid::Uuid::new_v4(),
        project_id: p.id(),
        project_name: p.name().into(),
        partner: Partner {
            name: "JCE".into(),
            facilitation_team: false,
        },
        sent_at: 1,
        companies: 64,
        bytes: 4,
        returns: Vec::new(),
    };
    idb::save_exchange(&exchange, "sent").await.unwrap();
    let (a, b) = (p.companies[0].id, p.companies[1].id);
    p.companies[0].rev += 1;
    p.companies[1].rev += 1;
    let write = |p: &Project, i: usize, expected| Write {
        kind: Kind::Company,
        id: p.companies[i].id,
        json: stored::record_json(p, Kind::Company, p.companies[i].id).unwrap(),
        rev: p.companies[i].rev,
        expected,
    };
    // One record was changed meanwhile by another tab: nothing is written.
    let stale = vec![
        write(&p, 0, revs.get(&(Kind::Company, a)).copied()),
        write(&p, 1, Some(99)),
    ];
    let err = idb::save_merge(p.id(), stale, &summary(&p), &exchange, "returned").await;
    assert_eq!(err, Err(StorageError::Conflict));
    assert_eq!(
        idb::exchange_base(exchange.export_id).await.unwrap(),
        "sent"
    );
    let docs = idb::load_records(p.id(), &[(Kind::Company, a)])
        .await
        .unwrap();
    assert_eq!(
        stored::peek_rev(docs[0].1.as_deref().unwrap()),
        revs.get(&(Kind::Company, a)).copied()
    );
    // Both as expected: written, with the new base.
    let ok = vec![
        write(&p, 0, revs.get(&(Kind::Company, a)).copied()),
        write(&p, 1, revs.get(&(Kind::Company, b)).copied()),
    ];
    idb::save_merge(p.id(), ok, &summary(&p), &exchange, "returned")
        .await
        .unwrap();
    assert_eq!(
        idb::exchange_base(exchange.export_id).await.unwrap(),
        "returned"
    );
    let listed = idb::list_exchanges().await.unwrap();
    assert!(listed.iter().any(|x| x.export_id == exchange.export_id));
    idb::delete_exchange(exchange.export_id).await.unwrap();
    assert!(idb::exchange_base(exchange.export_id).await.is_err());
}

#[wasm_bindgen_test]
async fn an_unreadable_record_is_set_aside_and_the_project_opens() {
    use wasm_bindgen::JsCast;
    idb::open().await.unwrap();
    let p = sample(17);
    idb::write_project(&p, &summary(&p)).await.unwrap();
    // Damage one stored company document directly in IndexedDB.
    let key = stored::record_key(p.id(), Kind::Company, p.companies[3].id);
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let req = factory.open("maillage").unwrap();
    let db: web_sys::IdbDatabase =
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |ok, _| {
            let r = req.clone();
            let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
                let _ = ok.call1(&JsValue::UNDEFINED, &r.result().unwrap());
            });
            req.set_onsuccess(Some(cb.unchecked_ref()));
        }))
        .await
        .unwrap()
        .unchecked_into();
    let tx = db
        .transaction_with_str_and_mode("records", web_sys::IdbTransactionMode::Readwrite)
        .unwrap();
    tx.object_store("records")
        .unwrap()
        .put_with_key(&JsValue::from_str("{broken"), &JsValue::from_str(&key))
        .unwrap();
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |ok, _| {
        let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = ok.call0(&JsValue::UNDEFINED);
        });
        tx.set_oncomplete(Some(cb.unchecked_ref()));
    }))
    .await
    .unwrap();
    let opened = idb::load_project(p.id()).await.unwrap();
    assert_eq!(opened.project.count(Kind::Company), 63);
    assert_eq!(opened.set_aside.len(), 1);
    assert_eq!(opened.set_aside[0].key, key);
    assert_eq!(opened.set_aside[0].json, "{broken");
}
