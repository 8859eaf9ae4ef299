use super::envelope::{EnvelopeRef, ExportMeta, FORMAT, SCHEMA_VERSION};
use crate::model::Project;

/// The file content of a project: pretty-printed JSON, UTF-8, no BOM, so a
/// partner can open it in any text editor.
pub fn write(project: &Project, meta: &ExportMeta) -> Result<String, serde_json::Error> {
    let envelope = EnvelopeRef {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version: &meta.app_version,
        project_id: project.id(),
        export_id: meta.export_id,
        base_export_id: meta.base_export_id,
        exported_at: crate::date::rfc3339_utc(meta.exported_at_ms.unwrap_or(0)),
        exported_by: &meta.exported_by,
        territory: &project.territory,
        settings: &project.settings,
        companies: &project.companies,
        contacts: &project.contacts,
        interactions: &project.interactions,
        flows: &project.flows,
        synergies: &project.synergies,
        events: &project.events,
        time_entries: &project.time_entries,
        tasks: &project.tasks,
    };
    serde_json::to_string_pretty(&envelope)
}

/// `maillage-cc-du-pays-de-lure-2026-11-28.json`
pub fn file_name(project_name: &str, now_ms: i64) -> String {
    format!(
        "maillage-{}-{}.json",
        crate::text::slug(project_name),
        crate::date::Date::from_epoch_ms(now_ms)
    )
}
