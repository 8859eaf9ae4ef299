use serde::{Deserialize, Serialize};

/// Identifier of a record, a project or an install (a UUID, written as a string).
pub type Id = uuid::Uuid;

/// Who made a change: the install's random actor id and a human label
/// ("CC du Pays de Lure", "JCE Vesoul").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Author {
    pub actor: Id,
    pub label: String,
}

/// What a change needs from the outside world: the clock and the author.
#[derive(Clone, Debug, PartialEq)]
pub struct EditContext {
    /// Milliseconds since the Unix epoch.
    pub now_ms: i64,
    pub author: Author,
}

values! {
    /// The record kinds that travel in a file, in file order.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Kind {
        Territory,
        Settings,
        Company,
        Contact,
        Interaction,
        Flow,
        Synergy,
        Event,
        TimeEntry,
        Task,
    }
}

impl Kind {
    /// The name of the array (or object) holding this kind in the file.
    pub fn collection(self) -> &'static str {
        match self {
            Kind::Territory => "territory",
            Kind::Settings => "settings",
            Kind::Company => "companies",
            Kind::Contact => "contacts",
            Kind::Interaction => "interactions",
            Kind::Flow => "flows",
            Kind::Synergy => "synergies",
            Kind::Event => "events",
            Kind::TimeEntry => "time_entries",
            Kind::Task => "tasks",
        }
    }

    /// Every kind, in file order.

    /// The kinds that are lists of records (all but territory and settings).
    pub const LISTS: [Kind; 8] = [
        Kind::Company,
        Kind::Contact,
        Kind::Interaction,
        Kind::Flow,
        Kind::Synergy,
        Kind::Event,
        Kind::TimeEntry,
        Kind::Task,
    ];
}

/// Common behaviour of every record, whatever its kind.
pub trait Record {
    const KIND: Kind;
    fn id(&self) -> Id;
    fn rev(&self) -> u64;
    fn updated_at(&self) -> i64;
    fn is_deleted(&self) -> bool;
    /// Marks the record as changed now by this author: `rev` + 1.
    fn touch(&mut self, ctx: &EditContext);
    fn set_deleted(&mut self, deleted: bool);
    /// Copies the header fields of `other` (to compare contents only).
    fn copy_header_from(&mut self, other: &Self);
}
