use crate::model::*;
use crate::share::ShareInfo;
use serde::{Deserialize, Serialize};

/// Value of the `format` field: tells our files from other JSON.
pub const FORMAT: &str = "maillage";
/// The version this app writes. Older versions are migrated on reading;
/// newer ones are refused.
pub const SCHEMA_VERSION: u32 = 3;

/// A whole file, as read. Field order is the order written.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(title = "Maillage project file, schema version 3")
)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    /// Always `"maillage"`.
    pub format: String,
    /// Version of this format; this document describes version 3.
    pub schema_version: u32,
    /// Version of the app that wrote the file.
    pub app_version: String,
    /// The project (territory) the file belongs to; equals `territory.id`.
    pub project_id: Id,
    /// Unique id of this export.
    pub export_id: Id,
    /// The export this file answers, when a partner sends back a file they received.
    pub base_export_id: Option<Id>,
    /// When the file was written, RFC 3339 UTC (`2026-11-28T20:00:00Z`).
    pub exported_at: String,
    pub exported_by: Author,
    /// For a file sent to a partner (and the partner's returns): who it is
    /// for, what travelled and what stayed home. Null for a full backup.
    #[serde(default)]
    pub share: Option<ShareInfo>,
    pub territory: Territory,
    pub settings: Settings,
    #[serde(default)]
    pub companies: Vec<Company>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub interactions: Vec<Interaction>,
    #[serde(default)]
    pub flows: Vec<Flow>,
    #[serde(default)]
    pub synergies: Vec<Synergy>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub time_entries: Vec<TimeEntry>,
    #[serde(default)]
    pub tasks: Vec<Task>,
}

/// Who exported what, when: the envelope without the records.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportMeta {
    pub app_version: String,
    pub project_id: Id,
    pub export_id: Id,
    pub base_export_id: Option<Id>,
    /// Milliseconds since the epoch; None when the file's date is unreadable.
    pub exported_at_ms: Option<i64>,
    pub exported_by: Author,
    pub share: Option<ShareInfo>,
}

impl Envelope {
    /// Splits a parsed file into its metadata and its project.
    pub fn into_parts(self) -> (ExportMeta, Project) {
        let meta = ExportMeta {
            app_version: self.app_version,
            project_id: self.project_id,
            export_id: self.export_id,
            base_export_id: self.base_export_id,
            exported_at_ms: crate::date::parse_rfc3339(&self.exported_at),
            exported_by: self.exported_by,
            share: self.share,
        };
        let project = Project {
            territory: self.territory,
            settings: self.settings,
            companies: self.companies,
            contacts: self.contacts,
            interactions: self.interactions,
            flows: self.flows,
            synergies: self.synergies,
            events: self.events,
            time_entries: self.time_entries,
            tasks: self.tasks,
        };
        (meta, project)
    }
}

/// The same fields as [`Envelope`], borrowed, for writing without copying
/// the records. A round-trip test keeps the two in step.
#[derive(Serialize)]
pub(super) struct EnvelopeRef<'a> {
    pub format: &'a str,
    pub schema_version: u32,
    pub app_version: &'a str,
    pub project_id: Id,
    pub export_id: Id,
    pub base_export_id: Option<Id>,
    pub exported_at: String,
    pub exported_by: &'a Author,
    pub share: &'a Option<ShareInfo>,
    pub territory: &'a Territory,
    pub settings: &'a Settings,
    pub companies: &'a [Company],
    pub contacts: &'a [Contact],
    pub interactions: &'a [Interaction],
    pub flows: &'a [Flow],
    pub synergies: &'a [Synergy],
    pub events: &'a [Event],
    pub time_entries: &'a [TimeEntry],
    pub tasks: &'a [Task],
}
