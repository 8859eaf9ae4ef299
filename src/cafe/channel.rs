//! The presenter and the audience window of one event talk over a
//! BroadcastChannel named after the event. The presenter sends frames (all
//! the audience shows); the audience says hello when it opens and every
//! few seconds (so the presenter knows it is there), forwards the keys
//! pressed on it, and says goodbye when it closes.

use maillage_core::cafe::live::Frame;
use maillage_core::Id;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

/// One message; a plain struct with optional parts (a tagged enum costs
/// more wasm). Anything else posted on the channel (another page of the same
/// origin) is ignored: exactly this shape, of a reasonable size.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    #[serde(default)]
    pub frame: Option<Frame>,
    #[serde(default)]
    pub hello: bool,
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub bye: bool,
}

/// A frame of the largest café (the board of 100 names) is far below this.
const MAX_MESSAGE_BYTES: usize = 512 * 1024;

struct Open {
    channel: BroadcastChannel,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

thread_local! {
    static OPEN: RefCell<Option<Open>> = const { RefCell::new(None) };
}

/// Opens the channel of an event (closing any other), calling `on` for each message.
pub fn open(event: Id, on: impl Fn(Message) + 'static) {
    close();
    let Ok(channel) = BroadcastChannel::new(&format!("maillage-cafe-{event}")) else {
        return;
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        if let Some(msg) = e
            .data()
            .as_string()
            .filter(|text| text.len() <= MAX_MESSAGE_BYTES)
            .and_then(|text| serde_json::from_str::<Message>(&text).ok())
            .filter(|m| m.key.as_ref().is_none_or(|k| k.chars().count() <= 12))
        {
            on(msg);
        }
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    OPEN.with(|o| {
        *o.borrow_mut() = Some(Open {
            channel,
            _on_message: on_message,
        })
    });
}

pub fn send(msg: &Message) {
    let Ok(text) = serde_json::to_string(msg) else {
        return;
    };
    OPEN.with(|o| {
        if let Some(open) = o.borrow().as_ref() {
            let _ = open.channel.post_message(&JsValue::from_str(&text));
        }
    });
}

pub fn close() {
    OPEN.with(|o| {
        if let Some(open) = o.borrow_mut().take() {
            open.channel.set_onmessage(None);
            open.channel.close();
        }
    });
}
