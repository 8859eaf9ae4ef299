//! Words on screen: the message catalog (French by default, English
//! complete), numbers and dates written the way each language writes them,
//! and the wording of errors and issues. Pure functions, tested natively.

mod catalog;
pub mod choices;
pub mod events;
pub mod flows;
pub mod report;

pub use catalog::{t, Msg};

use crate::date::Date;
use crate::format::{JsonType, ReadError, StructureProblem};
use crate::issue::{Issue, IssueCode};
use crate::model::*;
use crate::siret::SiretError;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.get(0..2)? {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Replaces `{name}` placeholders by values.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// `t` then `fill`, in one call.
pub fn tf(lang: Lang, msg: Msg, args: &[(&str, &str)]) -> String {
    fill(t(lang, msg), args)
}

/// Chooses the singular or plural message for `n`: French treats 0 and 1
/// as singular, English only 1.
pub fn plural(lang: Lang, n: usize, one: Msg, many: Msg) -> String {
    let singular = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    tf(
        lang,
        if singular { one } else { many },
        &[("n", &int(lang, n as i64))],
    )
}

/// A whole number with the language's digit grouping: `12 960` (narrow
/// no-break space, as French typography and `Intl` write it) or `12,960`.
pub fn int(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match lang {
        Lang::Fr => '\u{202f}',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

/// A decimal number with at most `decimals` digits after the separator
/// (trailing zeros dropped): `14 966,5` or `14,966.5`.
pub fn number(lang: Lang, x: f64, decimals: usize) -> String {
    if !x.is_finite() || x.abs() >= 1e15 {
        return "—".into();
    }
    // Integer arithmetic rather than float formatting: exact enough for
    // display and keeps float-printing code out of the browser build.
    let decimals = decimals.min(9);
    let scale = 10u64.pow(decimals as u32);
    let scaled = (x.abs() * scale as f64).round() as u64;
    let frac = format!("{:0width$}", scaled % scale, width = decimals);
    let frac = if decimals == 0 {
        ""
    } else {
        frac.trim_end_matches('0')
    };
    let mut out = int(lang, (scaled / scale) as i64);
    if !frac.is_empty() {
        out.push(match lang {
            Lang::Fr => ',',
            Lang::En => '.',
        });
        out.push_str(frac);
    }
    if x < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '-');
    }
    out
}

pub use crate::text::parse_number;

/// A byte count for people: `12,4 Mo` / `12.4 MB`.
pub fn bytes(lang: Lang, n: usize) -> String {
    let (fr, en) = (["o", "ko", "Mo", "Go"], ["B", "KB", "MB", "GB"]);
    let mut x = n as f64;
    let mut u = 0;
    while x >= 1000.0 && u < 3 {
        x /= 1000.0;
        u += 1;
    }
    let units = if lang == Lang::Fr { fr } else { en };
    format!(
        "{}\u{a0}{}",
        number(lang, x, if u == 0 { 0 } else { 1 }),
        units[u]
    )
}

/// A date as people read it: `28 nov. 2026` / `28 Nov 2026`.
pub fn date(lang: Lang, d: Date) -> String {
    const MONTHS: [Msg; 12] = [
        Msg::Jan,
        Msg::Feb,
        Msg::Mar,
        Msg::Apr,
        Msg::May,
        Msg::Jun,
        Msg::Jul,
        Msg::Aug,
        Msg::Sep,
        Msg::Oct,
        Msg::Nov,
        Msg::Dec,
    ];
    let month = t(lang, MONTHS[(d.month as usize).clamp(1, 12) - 1]);
    format!("{}\u{a0}{}\u{a0}{}", d.day, month, d.year)
}

/// Date and time of an epoch time, in UTC offset by `offset_min` (the
/// browser's time zone): `28 nov. 2026, 21:05`.
pub fn date_time(lang: Lang, ms: i64, offset_min: i64) -> String {
    let local = ms + offset_min * 60_000;
    let d = Date::from_epoch_ms(local);
    let mins = local.div_euclid(60_000).rem_euclid(1440);
    let sep = match lang {
        Lang::Fr => " à ",
        Lang::En => ", ",
    };
    format!("{}{sep}{:02}:{:02}", date(lang, d), mins / 60, mins % 60)
}

/// A share as a percentage with no decimals: `50 %` / `50%`.
pub fn percent(lang: Lang, share: f64) -> String {
    number(lang, (share * 100.0).round(), 0)
}

/// Why a company is at its stage ("from its synergies").
pub fn stage_because(b: Option<crate::funnel::Because>) -> Msg {
    use crate::funnel::Because;
    match b {
        Some(Because::Log) => Msg::StageFromLog,
        Some(Because::Meeting) => Msg::StageFromMeeting,
        Some(Because::Flows) => Msg::StageFromFlows,
        Some(Because::Synergy) => Msg::StageFromSynergy,
        None => Msg::StageNothingYet,
    }
}

pub fn stage(s: Stage) -> Msg {
    match s {
        Stage::Listed => Msg::StageListed,
        Stage::Contacted => Msg::StageContacted,
        Stage::InterviewBooked => Msg::StageInterviewBooked,
        Stage::Visited => Msg::StageVisited,
        Stage::FlowsCollected => Msg::StageFlowsCollected,
        Stage::AttendsMeetings => Msg::StageAttendsMeetings,
        Stage::InSynergy => Msg::StageInSynergy,
        Stage::Declined => Msg::StageDeclined,
        Stage::Dormant => Msg::StageDormant,
    }
}

pub fn size_band(b: SizeBand) -> Msg {
    use SizeBand as S;
    match b {
        S::Unknown => Msg::SizeUnknown,
        S::Zero => Msg::Size00,
        S::From1To2 => Msg::Size01,
        S::From3To5 => Msg::Size02,
        S::From6To9 => Msg::Size03,
        S::From10To19 => Msg::Size11,
        S::From20To49 => Msg::Size12,
        S::From50To99 => Msg::Size21,
        S::From100To199 => Msg::Size22,
        S::From200To249 => Msg::Size31,
        S::From250To499 => Msg::Size32,
        S::From500To999 => Msg::Size41,
        S::From1000To1999 => Msg::Size42,
        S::From2000To4999 => Msg::Size51,
        S::From5000To9999 => Msg::Size52,
        S::From10000 => Msg::Size53,
    }
}

pub fn interaction_kind(k: InteractionKind) -> Msg {
    match k {
        InteractionKind::Mailing => Msg::KindMailing,
        InteractionKind::Email => Msg::KindEmail,
        InteractionKind::Call => Msg::KindCall,
        InteractionKind::Visit => Msg::KindVisit,
        InteractionKind::Interview => Msg::KindInterview,
        InteractionKind::Meeting => Msg::KindMeeting,
    }
}

pub fn outcome(o: Outcome) -> Msg {
    match o {
        Outcome::NoAnswer => Msg::OutcomeNoAnswer,
        Outcome::Interested => Msg::OutcomeInterested,
        Outcome::InterviewBooked => Msg::OutcomeInterviewBooked,
        Outcome::Held => Msg::OutcomeHeld,
        Outcome::FlowsCollected => Msg::OutcomeFlowsCollected,
        Outcome::Declined => Msg::OutcomeDeclined,
        Outcome::Other => Msg::OutcomeOther,
    }
}

pub fn confidentiality(c: Confidentiality) -> Msg {
    match c {
        Confidentiality::Network => Msg::ConfNetwork,
        Confidentiality::Facilitator => Msg::ConfFacilitator,
        Confidentiality::Restricted => Msg::ConfRestricted,
    }
}

pub fn organisation(o: Organisation) -> Msg {
    match o {
        Organisation::Company => Msg::OrgCompany,
        Organisation::LocalAuthority => Msg::OrgLocalAuthority,
        Organisation::WasteOperator => Msg::OrgWasteOperator,
        Organisation::Association => Msg::OrgAssociation,
        Organisation::Other => Msg::OrgOther,
    }
}

/// The singular noun of a record kind ("entreprise").
pub fn kind(k: Kind) -> Msg {
    match k {
        Kind::Territory => Msg::KindTerritory,
        Kind::Settings => Msg::KindSettings,
        Kind::Company => Msg::KindCompany,
        Kind::Contact => Msg::KindContact,
        Kind::Interaction => Msg::KindInteraction,
        Kind::Flow => Msg::KindFlow,
        Kind::Synergy => Msg::KindSynergy,
        Kind::Event => Msg::KindEvent,
        Kind::TimeEntry => Msg::KindTimeEntry,
        Kind::Task => Msg::KindTask,
    }
}

/// The heading of a count of records of a kind ("Entreprises").
pub fn kind_plural(k: Kind) -> Msg {
    match k {
        Kind::Company => Msg::CountCompanies,
        Kind::Contact => Msg::CountContacts,
        Kind::Interaction => Msg::CountInteractions,
        Kind::Flow => Msg::CountFlows,
        Kind::Synergy => Msg::CountSynergies,
        Kind::Event => Msg::CountEvents,
        Kind::TimeEntry => Msg::CountTimeEntries,
        Kind::Task => Msg::CountTasks,
        Kind::Territory => Msg::KindTerritory,
        Kind::Settings => Msg::KindSettings,
    }
}

fn json_type(j: JsonType) -> Msg {
    match j {
        JsonType::Array => Msg::JsonArray,
        JsonType::Null => Msg::JsonNull,
        JsonType::String => Msg::JsonString,
        JsonType::Number => Msg::JsonNumber,
        JsonType::Bool => Msg::JsonBool,
        JsonType::Object => Msg::JsonObject,
    }
}

/// The message for a file that cannot be opened (for `Invalid`, the
/// headline; the issues are listed with [`issue_text`]).
pub fn read_error(lang: Lang, e: &ReadError) -> String {
    match e {
        ReadError::Empty => t(lang, Msg::FileEmpty).into(),
        ReadError::TooLarge { bytes: b, limit } => tf(
            lang,
            Msg::FileTooLarge,
            &[("size", &bytes(lang, *b)), ("limit", &bytes(lang, *limit))],
        ),
        ReadError::NotUtf8 { offset } => tf(
            lang,
            Msg::FileNotUtf8,
            &[("offset", &int(lang, *offset as i64))],
        ),
        ReadError::NotJson { line, column } => tf(
            lang,
            Msg::FileNotJson,
            &[
                ("line", &int(lang, *line as i64)),
                ("column", &int(lang, *column as i64)),
            ],
        ),
        ReadError::Truncated => t(lang, Msg::FileTruncated).into(),
        ReadError::TooDeep => t(lang, Msg::FileTooDeep).into(),
        ReadError::NotAnObject { found } => tf(
            lang,
            Msg::FileNotObject,
            &[("found", t(lang, json_type(*found)))],
        ),
        ReadError::Foreign { format: Some(f) } => tf(lang, Msg::FileForeignNamed, &[("format", f)]),
        ReadError::Foreign { format: None } => t(lang, Msg::FileForeign).into(),
        ReadError::BadVersion => t(lang, Msg::FileBadVersion).into(),
        ReadError::NewerVersion { found, supported } => tf(
            lang,
            Msg::FileNewerVersion,
            &[
                ("found", &found.to_string()),
                ("supported", &supported.to_string()),
            ],
        ),
        ReadError::Structure { path, problem, .. } => tf(
            lang,
            Msg::FileStructure,
            &[
                ("path", path),
                ("problem", &structure_problem(lang, problem)),
            ],
        ),
        ReadError::Invalid { issues } => {
            let n = issues.iter().filter(|i| i.is_error()).count();
            plural(lang, n, Msg::FileInvalidOne, Msg::FileInvalidMany)
        }
    }
}

fn structure_problem(lang: Lang, p: &StructureProblem) -> String {
    match p {
        StructureProblem::UnknownField(f) => tf(lang, Msg::StructUnknownField, &[("field", f)]),
        StructureProblem::MissingField(f) => tf(lang, Msg::StructMissingField, &[("field", f)]),
        StructureProblem::WrongType => t(lang, Msg::StructWrongType).into(),
        StructureProblem::UnknownValue(v) => tf(lang, Msg::StructUnknownValue, &[("value", v)]),
        StructureProblem::BadDate(v) => tf(lang, Msg::StructBadDate, &[("value", v)]),
        StructureProblem::BadId => t(lang, Msg::StructBadId).into(),
        StructureProblem::Other => t(lang, Msg::StructOther).into(),
    }
}

/// What is wrong, without where: "le SIRET compte 14 chiffres (13 saisis)."
pub fn issue_problem(lang: Lang, code: &IssueCode) -> String {
    use IssueCode as C;
    let kind_word = |k: &Kind| t(lang, kind(*k));
    match code {
        C::Required => t(lang, Msg::IssueRequired).into(),
        C::DuplicateId { first } => tf(
            lang,
            Msg::IssueDuplicateId,
            &[("first", &describe_path(lang, first))],
        ),
        C::MissingReference { kind: k } => {
            tf(lang, Msg::IssueMissingReference, &[("kind", kind_word(k))])
        }
        C::DeletedReference { kind: k } => {
            tf(lang, Msg::IssueDeletedReference, &[("kind", kind_word(k))])
        }
        C::Siret(SiretError::Length { found }) => {
            tf(lang, Msg::IssueSiretLength, &[("n", &found.to_string())])
        }
        C::Siret(SiretError::NotDigits) => t(lang, Msg::IssueSiretDigits).into(),
        C::Siret(SiretError::Checksum) => t(lang, Msg::IssueSiretChecksum).into(),
        C::DuplicateSiret { first } => tf(
            lang,
            Msg::IssueDuplicateSiret,
            &[("first", &describe_path(lang, first))],
        ),
        C::NafUnknown => t(lang, Msg::IssueNafUnknown).into(),
        C::NafShape => t(lang, Msg::IssueNafShape).into(),
        C::NafUnchecked => t(lang, Msg::IssueNafUnchecked).into(),
        C::Negative => t(lang, Msg::IssueNegative).into(),
        C::NotPositive => t(lang, Msg::IssueNotPositive).into(),
        C::TooLarge { max } => tf(lang, Msg::IssueTooLarge, &[("max", &number(lang, *max, 0))]),
        C::NotFinite => t(lang, Msg::IssueNotFinite).into(),
        C::OutOfRange => t(lang, Msg::IssueOutOfRange).into(),
        C::TimestampOutOfRange => t(lang, Msg::IssueTimestamp).into(),
        C::EmailShape => t(lang, Msg::IssueEmailShape).into(),
        C::UnknownZone => t(lang, Msg::IssueUnknownZone).into(),
        C::TooFewParticipants => t(lang, Msg::IssueTooFewParticipants).into(),
        C::ReasonRequired => t(lang, Msg::IssueReasonRequired).into(),
        C::ContactOfOtherCompany => t(lang, Msg::IssueContactOfOtherCompany).into(),
        C::TimeFormat => t(lang, Msg::IssueTimeFormat).into(),
        C::LowUnknown => t(lang, Msg::IssueLowUnknown).into(),
        C::HistoryMismatch => t(lang, Msg::IssueHistoryMismatch).into(),
        C::ProjectMismatch => t(lang, Msg::IssueProjectMismatch).into(),
        C::ChangedElsewhere => t(lang, Msg::IssueChangedElsewhere).into(),
        C::UnknownTable => t(lang, Msg::IssueUnknownTable).into(),
        C::TwoHosts => t(lang, Msg::IssueTwoHosts).into(),
        C::DuplicateTable => t(lang, Msg::IssueDuplicateTable).into(),
        C::RoundsOrder => t(lang, Msg::IssueRoundsOrder).into(),
        C::EndBeforeStart => t(lang, Msg::IssueEndBeforeStart).into(),
        C::Undecided => t(lang, Msg::IssueUndecided).into(),
        C::ChangedElsewhereField { theirs } => tf(
            lang,
            Msg::IssueChangedElsewhereField,
            &[("value", &json_value(lang, theirs))],
        ),
        C::Unreadable(detail) => tf(lang, Msg::IssueUnreadable, &[("detail", detail)]),
        C::SourceRequired => t(lang, Msg::IssueSourceRequired).into(),
    }
}

/// A long label cut at a word boundary, with "…", for a narrow place
/// (a select option); kept whole when it fits.
pub fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max_chars / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ' ', '(']))
}

/// Decimal numbers written in a text from a data file ("TTW 0.49548 +
/// WTT 0.11851") in the language's notation (a decimal comma in French).
pub fn localize_numbers(lang: Lang, text: &str) -> String {
    if lang == Lang::En {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let digit = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_some_and(|c| c.is_ascii_digit())
            };
            if c == '.' && digit(i.checked_sub(1)) && digit(Some(i + 1)) {
                ','
            } else {
                c
            }
        })
        .collect()
}

/// A value of a record as people read it: text as is, numbers in the
/// language, yes/no, "—" for nothing, lists joined.
pub fn json_value(lang: Lang, v: &serde_json::Value) -> String {
    use serde_json::Value as V;
    match v {
        V::Null => "—".into(),
        V::Bool(b) => t(lang, if *b { Msg::Yes } else { Msg::No }).into(),
        V::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) if i.abs() < 1_000_000_000_000 => int(lang, i),
            (_, Some(x)) => number(lang, x, 6),
            _ => n.to_string(),
        },
        V::String(s) if s.is_empty() => "—".into(),
        V::String(s) => s.clone(),
        V::Array(items) if items.is_empty() => "—".into(),
        V::Array(items) => items
            .iter()
            .map(|x| json_value(lang, x))
            .collect::<Vec<_>>()
            .join(", "),
        V::Object(map) => map
            .iter()
            .filter(|(_, x)| !x.is_null())
            .map(|(k, x)| format!("{k}: {}", json_value(lang, x)))
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

/// The label of a record's field as the forms show it (`phone` → "Téléphone");
/// a path the forms do not have is shown as it is in the file.
pub fn field_label(lang: Lang, path: &str) -> String {
    let last = path.rsplit('.').next().unwrap_or(path);
    let last = last.split('[').next().unwrap_or(last);
    let msg = match last {
        "name" => Msg::FieldName,
        "siret" => Msg::FieldSiret,
        "activity" | "code" => Msg::FieldActivity,
        "size_band" => Msg::FieldSize,
        "address" => Msg::FieldAddress,
        "postcode" => Msg::FieldPostcode,
        "commune" => Msg::FieldCommune,
        "zone" => Msg::FieldZone,
        "lat" => Msg::FieldLatitude,
        "lon" => Msg::FieldLongitude,
        "tags" => Msg::FieldTags,
        "notes" | "note" => Msg::FieldNotes,
        "confidentiality" => Msg::FieldConfidentiality,
        "role" => Msg::FieldRole,
        "email" => Msg::FieldEmail,
        "phone" => Msg::FieldPhone,
        "consent" => Msg::FieldConsent,
        "consent_date" => Msg::FieldConsentDate,
        "opt_out" => Msg::FieldOptOut,
        "date" => Msg::FieldDate,
        "done_by" => Msg::FieldDoneBy,
        "contact_id" => Msg::FieldContact,
        "outcome" => Msg::FieldOutcome,
        "summary" => Msg::FieldSummary,
        "next_action" | "text" => Msg::FieldNextAction,
        "due" => Msg::FieldNextActionDue,
        "direction" => Msg::FieldDirection,
        "label" => Msg::FieldLabel,
        "category" => Msg::FieldCategory,
        "low_code" => Msg::FieldLowCode,
        "quantity" | "value" => Msg::FieldQuantity,
        "unit" => Msg::FieldUnit,
        "period" => Msg::FieldPeriod,
        "regularity" => Msg::FieldRegularity,
        "density_kg_m3" => Msg::FieldDensity,
        "treatment" => Msg::FieldTreatment,
        "provider" => Msg::FieldProvider,
        "distance_km" => Msg::FieldDistance,
        "cost_eur_per_year" => Msg::FieldCost,
        "quality_notes" => Msg::FieldQualityNotes,
        "confidence" => Msg::FieldConfidence,
        "last_verified" => Msg::FieldLastVerified,
        "title" => Msg::FieldTitle,
        "subtype" => Msg::FieldSubtype,
        "origin" => Msg::FieldOrigin,
        "place" => Msg::FieldPlace,
        "host_company_id" => Msg::FieldHostCompany,
        "start_time" => Msg::FieldStartTime,
        "theme" => Msg::FieldTheme,
        "attendance" => Msg::FieldAttendance,
        "participants" => Msg::FieldCompanies,
        "status" => Msg::FieldStatus,
        "deleted" => Msg::FieldDeleted,
        "kind" => Msg::FieldKind,
        _ => return path.to_owned(),
    };
    t(lang, msg).to_owned()
}

/// The problem alone, as a sentence (capitalised), for the message under a form field.
pub fn field_problem(lang: Lang, code: &IssueCode) -> String {
    let text = issue_problem(lang, code);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

/// An issue of a file, where and what: "entreprise n° 4, siret : le SIRET…".
pub fn issue_text(lang: Lang, issue: &Issue) -> String {
    format!(
        "{} : {}",
        describe_path(lang, &issue.path),
        issue_problem(lang, &issue.code)
    )
    .replacen(" : ", if lang == Lang::Fr { "\u{a0}: " } else { ": " }, 1)
}

/// `companies[3].siret` → `entreprise n° 4, siret`: the record in words,
/// 1-based as people count, then the rest of the path as it is in the file.
pub fn describe_path(lang: Lang, path: &str) -> String {
    let Some((head, rest)) = path.split_once('[') else {
        return path.to_owned();
    };
    let Some((index, tail)) = rest.split_once(']') else {
        return path.to_owned();
    };
    let Some(k) = Kind::LISTS.into_iter().find(|k| k.collection() == head) else {
        return path.to_owned();
    };
    let Ok(i) = index.parse::<usize>() else {
        return path.to_owned();
    };
    let what = tf(
        lang,
        Msg::PathItem,
        &[("what", t(lang, kind(k))), ("n", &(i + 1).to_string())],
    );
    let tail = tail.trim_start_matches('.');
    if tail.is_empty() {
        what
    } else {
        format!("{what}, {tail}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_both_languages() {
        for &m in Msg::ALL {
            assert!(!t(Lang::Fr, m).is_empty(), "{m:?} fr");
            assert!(!t(Lang::En, m).is_empty(), "{m:?} en");
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        let names = |s: &str| {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}'))
                .map(|(n, _)| n.to_owned())
                .collect();
            v.sort();
            v
        };
        for &m in Msg::ALL {
            assert_eq!(names(t(Lang::Fr, m)), names(t(Lang::En, m)), "{m:?}");
        }
    }

    #[test]
    fn french_typography_uses_no_break_spaces() {
        for &m in Msg::ALL {
            let fr = t(Lang::Fr, m);
            for bad in [" :", " ;", " ?", " !", "« ", " »"] {
                assert!(
                    !fr.contains(bad),
                    "{m:?}: {fr:?} contains a breaking space in {bad:?}"
                );
            }
        }
    }

    #[test]
    fn french_plural_counts_zero_as_singular() {
        assert_eq!(
            plural(Lang::Fr, 0, Msg::CompaniesCountOne, Msg::CompaniesCountMany),
            "0 entreprise"
        );
        assert_eq!(
            plural(Lang::En, 0, Msg::CompaniesCountOne, Msg::CompaniesCountMany),
            "0 companies"
        );
        assert_eq!(
            plural(
                Lang::Fr,
                1200,
                Msg::CompaniesCountOne,
                Msg::CompaniesCountMany
            ),
            "1\u{202f}200 entreprises"
        );
    }

    #[test]
    fn numbers_in_each_language() {
        assert_eq!(int(Lang::Fr, 12_960), "12\u{202f}960");
        assert_eq!(int(Lang::En, -1_234_567), "-1,234,567");
        assert_eq!(number(Lang::Fr, 14_966.49, 1), "14\u{202f}966,5");
        assert_eq!(number(Lang::En, 0.5, 2), "0.5");
        assert_eq!(number(Lang::Fr, 3.0, 2), "3");
        assert_eq!(number(Lang::Fr, -0.001, 1), "0");
        assert_eq!(parse_number("1 200,5"), Some(1200.5));
        assert_eq!(parse_number("12.5"), Some(12.5));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(bytes(Lang::Fr, 12_400_000), "12,4\u{a0}Mo");
    }

    #[test]
    fn dates_in_each_language() {
        let d = Date::parse("2026-11-28").unwrap();
        assert_eq!(date(Lang::Fr, d), "28\u{a0}nov.\u{a0}2026");
        assert_eq!(date(Lang::En, d), "28\u{a0}Nov\u{a0}2026");
        assert_eq!(
            date_time(Lang::Fr, d.epoch_ms() + 20 * 3_600_000, 60),
            "28\u{a0}nov.\u{a0}2026 à 21:00"
        );
    }

    #[test]
    fn long_labels_are_cut_between_words_and_numbers_follow_the_language() {
        let label =
            "Déchets provenant de la transformation du bois et de la production de panneaux";
        let short = shorten(label, 40);
        assert!(
            short.ends_with('…') && short.chars().count() <= 41,
            "{short}"
        );
        assert!(
            label.starts_with(short.trim_end_matches('…')),
            "cut inside the label"
        );
        assert!(
            !short.trim_end_matches('…').ends_with("pro"),
            "not mid-word: {short}"
        );
        assert_eq!(shorten("Court", 40), "Court");
        assert_eq!(
            localize_numbers(Lang::Fr, "TTW 0.93421 + WTT 0.22058"),
            "TTW 0,93421 + WTT 0,22058"
        );
        assert_eq!(localize_numbers(Lang::Fr, "v1. Fin."), "v1. Fin.");
        assert_eq!(localize_numbers(Lang::En, "0.5"), "0.5");
    }

    #[test]
    fn field_labels_follow_the_forms() {
        assert_eq!(field_label(Lang::Fr, "phone"), t(Lang::Fr, Msg::FieldPhone));
        assert_eq!(
            field_label(Lang::En, "route.distance_km"),
            t(Lang::En, Msg::FieldDistance)
        );
        assert_eq!(field_label(Lang::Fr, "cafe.seating"), "cafe.seating");
        assert_eq!(
            json_value(Lang::Fr, &serde_json::json!(1234.5)),
            "1\u{202f}234,5"
        );
        assert_eq!(json_value(Lang::Fr, &serde_json::json!(true)), "oui");
        assert_eq!(json_value(Lang::En, &serde_json::json!(["a", "b"])), "a, b");
        assert_eq!(json_value(Lang::En, &serde_json::Value::Null), "—");
    }

    #[test]
    fn paths_in_words() {
        assert_eq!(
            describe_path(Lang::Fr, "companies[3].siret"),
            "entreprise n° 4, siret"
        );
        assert_eq!(describe_path(Lang::En, "contacts[0]"), "contact #1");
        assert_eq!(describe_path(Lang::En, "territory.name"), "territory.name");
    }
}
