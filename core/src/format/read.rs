use super::envelope::{Envelope, ExportMeta, FORMAT, SCHEMA_VERSION};
use super::migrate::migrate;
use crate::issue::{has_errors, Issue};
use crate::model::Project;
use crate::validate::validate;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// Files above this size are refused before reading: a project of 20 000
/// companies weighs about 15 MB, so this leaves ample room while keeping the
/// tab responsive.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Our files nest about eight levels deep; far beyond is a broken or hostile file.
const MAX_DEPTH: usize = 64;

/// A file that was read, migrated and validated without errors.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub meta: ExportMeta,
    pub project: Project,
    /// Warnings only (errors make [`read`] fail).
    pub warnings: Vec<Issue>,
    /// The schema version of the file when it was older than the current one.
    pub migrated_from: Option<u32>,
}

/// Why a file cannot be opened. Each case gets its own message in the UI.
#[derive(Debug, PartialEq)]
pub enum ReadError {
    /// Zero bytes, or only blanks.
    Empty,
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Not UTF-8 text (a spreadsheet, a PDF, a Latin-1 export); `offset` of the first bad byte.
    NotUtf8 {
        offset: usize,
    },
    /// Not JSON at all, or broken JSON: where the parser stopped (1-based).
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON that stops in the middle: an interrupted download or copy.
    Truncated,
    /// Nesting deeper than any file of ours (a malicious or broken file).
    TooDeep,
    /// Valid JSON, but not an object (an array, `null`, a number…).
    NotAnObject {
        found: JsonType,
    },
    /// A JSON object from another application (`format` missing or different).
    Foreign {
        format: Option<String>,
    },
    /// One of our files with a `schema_version` that is not a whole number.
    BadVersion,
    /// Written by a newer Maillage: the app must be updated to read it.
    NewerVersion {
        found: u64,
        supported: u32,
    },
    /// Our format, but a value of the wrong shape at `path`.
    Structure {
        path: String,
        problem: StructureProblem,
        detail: String,
    },
    /// Well-formed, but the content has errors (all issues, warnings included).
    Invalid {
        issues: Vec<Issue>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    Array,
    Null,
    String,
    Number,
    Bool,
    Object,
}

/// What is wrong at a path when the structure does not fit the format.
#[derive(Clone, Debug, PartialEq)]
pub enum StructureProblem {
    UnknownField(String),
    MissingField(String),
    WrongType,
    UnknownValue(String),
    BadDate(String),
    BadId,
    Other,
}

/// Reads a file's bytes: checks, parses, migrates and validates.
/// Never panics; every failure is a [`ReadError`].
pub fn read(bytes: &[u8]) -> Result<Loaded, ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    if nesting_exceeds(text, MAX_DEPTH) {
        return Err(ReadError::TooDeep);
    }
    let peek: Peek = serde_json::from_str(text).map_err(|e| syntax_error(&e))?;
    if peek.found != JsonType::Object {
        return Err(ReadError::NotAnObject { found: peek.found });
    }
    if peek.format.as_deref() != Some(FORMAT) {
        return Err(ReadError::Foreign {
            format: peek.format,
        });
    }
    let version = peek.schema_version.ok_or(ReadError::BadVersion)?;
    if version > SCHEMA_VERSION as u64 {
        return Err(ReadError::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let envelope = if version == SCHEMA_VERSION as u64 {
        parse_envelope(text)?
    } else {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| syntax_error(&e))?;
        // Migrated documents go through the same text parser as current ones:
        // one deserializer in the app instead of two (it is a large part of its size).
        let migrated = serde_json::to_string(&migrate(value, version as u32))
            .map_err(|_| ReadError::BadVersion)?;
        parse_envelope(&migrated)?
    };
    let migrated_from = (version != SCHEMA_VERSION as u64).then_some(version as u32);
    let (meta, project) = envelope.into_parts();
    let mut issues = validate(&project);
    if meta.project_id != project.id() {
        issues.push(Issue::error(
            "project_id",
            crate::issue::IssueCode::ProjectMismatch,
        ));
    }
    if has_errors(&issues) {
        return Err(ReadError::Invalid { issues });
    }
    Ok(Loaded {
        meta,
        project,
        warnings: issues,
        migrated_from,
    })
}

/// Whether arrays and objects nest deeper than `limit`, in one pass over the
/// bytes (strings skipped), before any parser recurses into them.
fn nesting_exceeds(text: &str, limit: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

fn syntax_error(e: &serde_json::Error) -> ReadError {
    use serde_json::error::Category;
    if e.to_string().contains("recursion limit exceeded") {
        return ReadError::TooDeep;
    }
    match e.classify() {
        Category::Eof => ReadError::Truncated,
        _ => ReadError::NotJson {
            line: e.line(),
            column: e.column(),
        },
    }
}

fn parse_envelope(text: &str) -> Result<Envelope, ReadError> {
    serde_json::from_str::<Envelope>(text).map_err(|e| structure_error(text, &e))
}

fn structure_error(text: &str, e: &serde_json::Error) -> ReadError {
    let path = crate::format::path::path_at(text, e.line(), e.column());
    let detail = e.to_string();
    // serde's messages are stable English sentences; sort them into codes
    // the UI can word in the user's language, and keep the original as detail.
    let quoted = |prefix: &str| {
        detail
            .strip_prefix(prefix)
            .and_then(|r| r.split('`').next())
            .map(str::to_owned)
    };
    let problem = if let Some(f) = quoted("unknown field `") {
        StructureProblem::UnknownField(f)
    } else if let Some(f) = quoted("missing field `") {
        StructureProblem::MissingField(f)
    } else if let Some(v) = quoted("unknown variant `") {
        StructureProblem::UnknownValue(v)
    } else if let Some(v) = quoted("date `") {
        StructureProblem::BadDate(v)
    } else if detail.starts_with("invalid type") {
        StructureProblem::WrongType
    } else if detail.contains("UUID") {
        StructureProblem::BadId
    } else {
        StructureProblem::Other
    };
    // Strip serde_json's " at line L column C" suffix from the detail.
    let detail = detail
        .split(" at line ")
        .next()
        .unwrap_or(&detail)
        .to_owned();
    ReadError::Structure {
        path,
        problem,
        detail,
    }
}

/// First phase: the JSON type of the document and, for an object, its
/// `format` and `schema_version`; everything else is skipped unparsed.
struct Peek {
    found: JsonType,
    format: Option<String>,
    schema_version: Option<u64>,
}

impl<'de> Deserialize<'de> for Peek {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Peek, D::Error> {
        d.deserialize_any(PeekVisitor)
    }
}

struct PeekVisitor;

/// Any JSON value, keeping only a string or a whole number when it is one.
#[derive(Default)]
struct Scalar {
    text: Option<String>,
    whole: Option<u64>,
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Scalar, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Scalar, E> {
        Ok(Scalar {
            text: Some(s.to_owned()),
            whole: None,
        })
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Scalar, E> {
        Ok(Scalar {
            text: None,
            whole: Some(n),
        })
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Scalar, E> {
        Ok(Scalar::default())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Scalar, E> {
        Ok(Scalar::default())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Scalar, E> {
        Ok(Scalar::default())
    }
    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar::default())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::default())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::default())
    }
}

impl PeekVisitor {
    fn other<E>(found: JsonType) -> Result<Peek, E> {
        Ok(Peek {
            found,
            format: None,
            schema_version: None,
        })
    }
}

impl<'de> Visitor<'de> for PeekVisitor {
    type Value = Peek;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON document")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Peek, A::Error> {
        let mut peek = Peek {
            found: JsonType::Object,
            format: None,
            schema_version: None,
        };
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let value = map.next_value::<Scalar>()?;
            match key.as_ref() {
                "format" => peek.format = value.text,
                "schema_version" => peek.schema_version = value.whole,
                _ => {}
            }
        }
        Ok(peek)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Peek, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Self::other(JsonType::Array)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Peek, E> {
        Self::other(JsonType::Null)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Peek, E> {
        Self::other(JsonType::Bool)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Peek, E> {
        Self::other(JsonType::Number)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Peek, E> {
        Self::other(JsonType::Number)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Peek, E> {
        Self::other(JsonType::Number)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Peek, E> {
        Self::other(JsonType::String)
    }
}
