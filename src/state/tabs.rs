//! Keeping tabs in step. Every save is announced on a BroadcastChannel;
//! another tab with the same project open loads the records that changed
//! (unless it has unsaved edits of them: then its own save will find the
//! conflict and say so). Imports, restores and deletions are announced too.

use super::{autosave, session, AppState, NoticeKind};
use crate::storage::idb;
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::Msg;
use maillage_core::{stored, Id, Kind};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "maillage";
/// More records than any save of a tab announces: not one of ours.
const MAX_RECORDS: usize = 200_000;

/// What happened in another tab. A plain struct (not a tagged enum, whose
/// serde support weighs several kilobytes of wasm). Anything else posted on
/// the channel (another page of the same origin) is ignored: the message
/// must have exactly this shape, concern the open project, and a deletion
/// is believed only once storage confirms it.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Message {
    tab: String,
    project: Id,
    what: What,
    #[serde(default)]
    records: Vec<(Kind, Id)>,
}

#[derive(Clone, Copy, PartialEq, Serialize, Deserialize)]
enum What {
    Saved,
    Replaced,
    Deleted,
}

fn message(project: Id, what: What, records: Vec<(Kind, Id)>) -> Message {
    Message {
        tab: tab_id(),
        project,
        what,
        records,
    }
}

thread_local! {
    static CHANNEL_HANDLE: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
    static TAB_ID: String = uuid::Uuid::new_v4().to_string();
}

fn tab_id() -> String {
    TAB_ID.with(Clone::clone)
}

fn post(msg: &Message) {
    let Ok(text) = serde_json::to_string(msg) else {
        return;
    };
    CHANNEL_HANDLE.with(|c| {
        if let Some(c) = c.borrow().as_ref() {
            let _ = c.post_message(&JsValue::from_str(&text));
        }
    });
}

pub fn announce_saved(project: Id, records: &[(Kind, Id)]) {
    if !records.is_empty() {
        post(&message(project, What::Saved, records.to_vec()));
    }
}

pub fn announce_replaced(project: Id) {
    post(&message(project, What::Replaced, Vec::new()));
}

pub fn announce_deleted(project: Id) {
    post(&message(project, What::Deleted, Vec::new()));
}

/// Starts listening to the other tabs (no-op where BroadcastChannel is missing).
pub fn listen(state: AppState) {
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let Some(text) = e.data().as_string() else {
            return;
        };
        let Ok(msg) = serde_json::from_str::<Message>(&text) else {
            return;
        };
        if msg.tab.is_empty() || msg.records.len() > MAX_RECORDS {
            return;
        }
        spawn_local(receive(state, msg));
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    CHANNEL_HANDLE.with(|c| *c.borrow_mut() = Some(channel));
}

async fn receive(state: AppState, msg: Message) {
    let current = state.project.with_untracked(|p| p.as_ref().map(|p| p.id()));
    session::refresh_summaries(state).await;
    if msg.tab == tab_id() || Some(msg.project) != current {
        return;
    }
    let project = msg.project;
    match msg.what {
        What::Saved => {
            let theirs: Vec<(Kind, Id)> = msg
                .records
                .into_iter()
                .filter(|(k, id)| !autosave::is_dirty(*k, *id))
                .collect();
            let Ok(docs) = idb::load_records(project, &theirs).await else {
                return;
            };
            state.project.update(|p| {
                let Some(p) = p.as_mut().filter(|p| p.id() == project) else {
                    return;
                };
                for ((kind, id), json) in &docs {
                    let Some(json) = json else { continue };
                    if stored::put_document(p, *kind, json).is_ok() {
                        if let Some(rev) = stored::peek_rev(json) {
                            autosave::set_stored_rev(*kind, *id, rev);
                        }
                    }
                }
            });
            state.notify(NoticeKind::Info, Msg::OtherTabUpdated, &[]);
        }
        What::Replaced => {
            session::open_project(state, project).await;
            state.notify(NoticeKind::Info, Msg::OtherTabUpdated, &[]);
        }
        What::Deleted => {
            if idb::project_exists(project).await == Ok(false) {
                session::close_project(state);
                state.notify(NoticeKind::Error, Msg::OtherTabDeletedProject, &[]);
            }
        }
    }
}
