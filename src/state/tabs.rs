//! Keeping tabs in step. Every save is announced on a BroadcastChannel;
//! another tab with the same project open loads the records that changed
//! (unless it has unsaved edits of them: then its own save will find the
//! conflict and say so). Imports, restores and deletions are announced too.

use super::{autosave, session, AppState, NoticeKind};
use crate::storage::idb;
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::i18n::{self, Msg};
use maillage_core::{stored, Id, Kind};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "maillage";

#[derive(Serialize, Deserialize)]
#[serde(tag = "what", rename_all = "snake_case")]
enum Message {
    Saved { tab: String, project: Id, records: Vec<(Kind, Id)> },
    Replaced { tab: String, project: Id },
    Deleted { tab: String, project: Id },
}

thread_local! {
    static CHANNEL_HANDLE: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
    static TAB_ID: String = uuid::Uuid::new_v4().to_string();
}

fn tab_id() -> String {
    TAB_ID.with(Clone::clone)
}

fn post(msg: &Message) {
    let Ok(text) = serde_json::to_string(msg) else { return };
    CHANNEL_HANDLE.with(|c| {
        if let Some(c) = c.borrow().as_ref() {
            let _ = c.post_message(&JsValue::from_str(&text));
        }
    });
}

pub fn announce_saved(project: Id, records: &[(Kind, Id)]) {
    if !records.is_empty() {
        post(&Message::Saved { tab: tab_id(), project, records: records.to_vec() });
    }
}

pub fn announce_replaced(project: Id) {
    post(&Message::Replaced { tab: tab_id(), project });
}

pub fn announce_deleted(project: Id) {
    post(&Message::Deleted { tab: tab_id(), project });
}

/// Starts listening to the other tabs (no-op where BroadcastChannel is missing).
pub fn listen(state: AppState) {
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else { return };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let Some(text) = e.data().as_string() else { return };
        let Ok(msg) = serde_json::from_str::<Message>(&text) else { return };
        spawn_local(receive(state, msg));
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    CHANNEL_HANDLE.with(|c| *c.borrow_mut() = Some(channel));
}

async fn receive(state: AppState, msg: Message) {
    let current = state.project.with_untracked(|p| p.as_ref().map(|p| p.id()));
    session::refresh_summaries(state).await;
    let lang = state.lang_now();
    match msg {
        Message::Saved { tab, project, records } if tab != tab_id() && Some(project) == current => {
            let theirs: Vec<(Kind, Id)> = records.into_iter().filter(|(k, id)| !autosave::is_dirty(*k, *id)).collect();
            let Ok(docs) = idb::load_records(project, &theirs).await else { return };
            state.project.update(|p| {
                let Some(p) = p.as_mut().filter(|p| p.id() == project) else { return };
                for ((kind, id), json) in &docs {
                    let Some(json) = json else { continue };
                    if stored::put_document(p, *kind, json).is_ok() {
                        if let Some(rev) = stored::peek_rev(json) {
                            autosave::set_stored_rev(*kind, *id, rev);
                        }
                    }
                }
            });
            state.notify(NoticeKind::Info, i18n::t(lang, Msg::OtherTabUpdated).into());
        }
        Message::Replaced { tab, project } if tab != tab_id() && Some(project) == current => {
            session::open_project(state, project).await;
            state.notify(NoticeKind::Info, i18n::t(lang, Msg::OtherTabUpdated).into());
        }
        Message::Deleted { tab, project } if tab != tab_id() && Some(project) == current => {
            session::close_project(state);
            state.notify(NoticeKind::Error, i18n::t(lang, Msg::OtherTabDeletedProject).into());
        }
        _ => {}
    }
}
