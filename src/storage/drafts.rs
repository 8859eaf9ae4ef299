//! Form drafts in localStorage: what a user typed in a form and has not
//! saved yet, per project, form and record, so that a reload, a closed tab
//! or a back navigation does not lose it. Written on every keystroke (a
//! draft is a few hundred bytes): a reload 100 ms after typing finds it.

use maillage_core::Id;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::BTreeSet;

const PREFIX: &str = "maillage.draft";

/// The fields of a form that differ from what it opened with.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// Revision of the record when the form opened.
    pub base_rev: u64,
    /// Element id → value typed (text) or ticked (checkbox).
    pub fields: Vec<(String, Value)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Text(String),
    Checked(bool),
}

thread_local! {
    /// Forms with unsaved typing in this tab (for the leave-page prompt).
    static DIRTY: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

fn key(project: Id, form: &str) -> String {
    format!("{PREFIX}.{project}.{form}")
}

pub fn load(project: Id, form: &str) -> Option<Draft> {
    super::prefs::get(&key(project, form)).and_then(|s| serde_json::from_str(&s).ok())
}

pub fn save(project: Id, form: &str, draft: &Draft) {
    if let Ok(json) = serde_json::to_string(draft) {
        super::prefs::set(&key(project, form), &json);
    }
    DIRTY.with(|d| d.borrow_mut().insert(key(project, form)));
}

pub fn clear(project: Id, form: &str) {
    super::prefs::remove(&key(project, form));
    DIRTY.with(|d| d.borrow_mut().remove(&key(project, form)));
}

/// Which of a section's forms to open again because it holds a draft:
/// `Some(None)` for the "new" form, `Some(Some(id))` for a record's.
pub fn open_form(
    project: Option<Id>,
    new_form: &str,
    records: impl IntoIterator<Item = (String, Id)>,
) -> Option<Option<Id>> {
    let project = project?;
    if load(project, new_form).is_some() {
        return Some(None);
    }
    records
        .into_iter()
        .find(|(form, _)| load(project, form).is_some())
        .map(|(_, id)| Some(id))
}

/// Whether some form of this tab holds typing not saved yet.
pub fn any_dirty() -> bool {
    DIRTY.with(|d| !d.borrow().is_empty())
}
