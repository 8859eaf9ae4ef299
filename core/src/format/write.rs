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
        share: &meta.share,
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
    serde_json::to_string(&envelope).map(|compact| indent(&compact))
}

/// Pretty-prints compact JSON (two spaces, one value per line), as
/// `serde_json::to_string_pretty` would; done on the text so that the app
/// carries one serializer instead of two.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 3 / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn indents_like_serde_json() {
        let v = serde_json::json!({"a": [1, {"b": "x,{}[]\"y", "c": []}], "d": {}, "e": null});
        assert_eq!(
            super::indent(&serde_json::to_string(&v).unwrap()),
            serde_json::to_string_pretty(&v).unwrap()
        );
    }
}

/// `maillage-cc-du-pays-de-lure-2026-11-28.json`
pub fn file_name(project_name: &str, now_ms: i64) -> String {
    format!(
        "maillage-{}-{}.json",
        crate::text::slug(project_name),
        crate::date::Date::from_epoch_ms(now_ms)
    )
}
