//! Messages between tabs, a transport only: every save, import, restore
//! and deletion is announced on a BroadcastChannel, and what another tab
//! announced is handed to a listener. What a tab does on hearing it is in
//! [`super::session::follow_other_tabs`].

use maillage_core::{Id, Kind};
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
pub struct Message {
    tab: String,
    pub project: Id,
    pub what: What,
    #[serde(default)]
    pub records: Vec<(Kind, Id)>,
}

impl Message {
    /// Whether this tab posted it (the channel does not echo, but a
    /// second listener in the same tab would hear it).
    pub fn from_this_tab(&self) -> bool {
        self.tab == tab_id()
    }
}

#[derive(Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum What {
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

/// Hands each well-formed message of another tab to `heard` (no-op where
/// BroadcastChannel is missing).
pub fn listen(heard: impl Fn(Message) + 'static) {
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
        heard(msg);
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    CHANNEL_HANDLE.with(|c| *c.borrow_mut() = Some(channel));
}
