//! The World Café on a projector: the presenter's console, the audience
//! window, the channel between them, and what they ask of the browser.

pub mod audience;
pub mod channel;
pub mod keys;
pub mod live_store;
pub mod platform;
pub mod presenter;
pub mod table_mark;
