//! Small preferences in localStorage: language, last project, last screen,
//! and this install's actor id and label. Storage can be missing (disabled,
//! some private modes), so every access is guarded and failures are ignored:
//! preferences are a convenience, never data.

use gloo_storage::{LocalStorage, Storage};
use maillage_core::i18n::Lang;
use maillage_core::{Author, Id};

const LANG: &str = "maillage.lang";
const LAST_PROJECT: &str = "maillage.last_project";
const LAST_ROUTE: &str = "maillage.last_route";
const ACTOR: &str = "maillage.actor";
const ACTOR_LABEL: &str = "maillage.actor_label";
const DISMISSED_NUDGE: &str = "maillage.nudge_dismissed";

/// gloo's `LocalStorage` panics when the browser has none: check first.
fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

pub(crate) fn get(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::get::<String>(key).ok()
}

pub(crate) fn set(key: &str, value: &str) {
    if available() {
        let _ = LocalStorage::set(key, value);
    }
}

pub(crate) fn remove(key: &str) {
    if available() {
        LocalStorage::delete(key);
    }
}

pub fn lang() -> Option<Lang> {
    get(LANG).and_then(|t| Lang::from_tag(&t))
}

pub fn set_lang(lang: Lang) {
    set(LANG, lang.tag());
}

pub fn last_project() -> Option<Id> {
    get(LAST_PROJECT).and_then(|s| s.parse().ok())
}

pub fn set_last_project(id: Option<Id>) {
    match id {
        Some(id) => set(LAST_PROJECT, &id.to_string()),
        None if available() => LocalStorage::delete(LAST_PROJECT),
        None => {}
    }
}

pub fn last_route() -> Option<String> {
    get(LAST_ROUTE)
}

pub fn set_last_route(hash: &str) {
    set(LAST_ROUTE, hash);
}

/// This install's author: a random id made once, and a label the user can change.
pub fn author(default_label: &str) -> Author {
    let actor = get(ACTOR).and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        let id = uuid::Uuid::new_v4();
        set(ACTOR, &id.to_string());
        id
    });
    Author {
        actor,
        label: get(ACTOR_LABEL).unwrap_or_else(|| default_label.to_owned()),
    }
}

pub fn set_author_label(label: &str) {
    set(ACTOR_LABEL, label);
}

/// The day (days since epoch) the export nudge was dismissed for a project.
pub fn nudge_dismissed(project: Id) -> Option<i64> {
    get(&format!("{DISMISSED_NUDGE}.{project}")).and_then(|s| s.parse().ok())
}

pub fn dismiss_nudge(project: Id, day: i64) {
    set(&format!("{DISMISSED_NUDGE}.{project}"), &day.to_string());
}

/// The screen where this tab's session first showed the export nudge for a
/// project (sessionStorage: the nudge shows once per session, there).
const NUDGE_SCREEN: &str = "maillage.nudge_screen";

fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

pub fn nudge_screen(project: Id) -> Option<String> {
    session()?
        .get_item(&format!("{NUDGE_SCREEN}.{project}"))
        .ok()
        .flatten()
}

pub fn set_nudge_screen(project: Id, hash: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(&format!("{NUDGE_SCREEN}.{project}"), hash);
    }
}
