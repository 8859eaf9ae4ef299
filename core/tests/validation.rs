//! Validation after parsing: each rule, reported with its JSON path; an
//! import with errors changes nothing (it returns no project).

mod common;
use common::*;
use maillage_core::siret::SiretError;
use maillage_core::*;
use serde_json::json;
use IssueCode as C;

#[test]
fn the_example_is_valid() {
    let issues = validate::validate(&sample());
    assert!(issues.is_empty(), "{issues:?}");
}

#[test]
fn duplicate_ids_anywhere() {
    let mut v = sample_value();
    v["contacts"][1]["id"] = v["contacts"][0]["id"].clone();
    assert!(has(
        &errors_of(&v),
        "contacts[1].id",
        C::DuplicateId {
            first: "contacts[0]".into()
        }
    ));
    // Across kinds too: a flow with a company's id.
    let mut v = sample_value();
    v["flows"][0]["id"] = v["companies"][0]["id"].clone();
    assert!(has(
        &errors_of(&v),
        "flows[0].id",
        C::DuplicateId {
            first: "companies[0]".into()
        }
    ));
}

#[test]
fn dangling_references() {
    let ghost = json!("00000000-0000-4000-8000-000000000001");
    let mut v = sample_value();
    v["contacts"][0]["company_id"] = ghost.clone();
    v["interactions"][0]["contact_id"] = ghost.clone();
    v["synergies"][0]["flow_ids"][1] = ghost.clone();
    v["events"][0]["attendance"][2]["referred_by"] = ghost;
    let e = errors_of(&v);
    assert!(has(
        &e,
        "contacts[0].company_id",
        C::MissingReference {
            kind: Kind::Company
        }
    ));
    assert!(has(
        &e,
        "interactions[0].contact_id",
        C::MissingReference {
            kind: Kind::Contact
        }
    ));
    assert!(has(
        &e,
        "synergies[0].flow_ids[1]",
        C::MissingReference { kind: Kind::Flow }
    ));
    assert!(has(
        &e,
        "events[0].attendance[2].referred_by",
        C::MissingReference {
            kind: Kind::Company
        }
    ));
}

#[test]
fn reference_of_the_wrong_kind() {
    let mut v = sample_value();
    v["contacts"][0]["company_id"] = v["flows"][0]["id"].clone();
    assert!(has(
        &errors_of(&v),
        "contacts[0].company_id",
        C::MissingReference {
            kind: Kind::Company
        }
    ));
}

#[test]
fn contact_of_another_company() {
    let mut v = sample_value();
    let other_contact = v["contacts"][5]["id"].clone();
    v["interactions"][0]["contact_id"] = other_contact;
    assert!(has(
        &errors_of(&v),
        "interactions[0].contact_id",
        C::ContactOfOtherCompany
    ));
}

#[test]
fn bad_siret() {
    let mut v = sample_value();
    v["companies"][0]["siret"] = json!("73282932000075");
    v["companies"][1]["siret"] = json!("7328293200007");
    v["companies"][2]["siret"] = json!("7328293200007A");
    let e = errors_of(&v);
    assert!(has(
        &e,
        "companies[0].siret",
        C::Siret(SiretError::Checksum)
    ));
    assert!(has(
        &e,
        "companies[1].siret",
        C::Siret(SiretError::Length { found: 13 })
    ));
    assert!(has(
        &e,
        "companies[2].siret",
        C::Siret(SiretError::NotDigits)
    ));
}

#[test]
fn duplicate_siret_is_a_warning() {
    let mut p = sample();
    p.companies[1].siret = p.companies[0].siret.clone();
    let issues = validate::validate(&p);
    assert!(issues.iter().any(|i| i.path == "companies[1].siret"
        && i.code
            == C::DuplicateSiret {
                first: "companies[0]".into()
            }
        && i.severity == Severity::Warning));
    assert!(!issue::has_errors(&issues));
}

#[test]
fn bad_naf_codes() {
    let mut v = sample_value();
    v["companies"][0]["activity"] = json!({"nomenclature": "naf_rev2", "code": "99.99Z"});
    v["companies"][1]["activity"] = json!({"nomenclature": "naf_2025", "code": "2562B"});
    let e = errors_of(&v);
    assert!(has(&e, "companies[0].activity.code", C::NafUnknown));
    assert!(has(&e, "companies[1].activity.code", C::NafShape));
    // A well-shaped NAF 2025 code passes with a warning.
    let mut p = sample();
    p.companies[0].activity = Some(naf::ActivityCode {
        nomenclature: naf::Nomenclature::Naf2025,
        code: "25.62B".into(),
    });
    let issues = validate::validate(&p);
    assert!(issues
        .iter()
        .any(|i| i.code == C::NafUnchecked && i.severity == Severity::Warning));
}

#[test]
fn impossible_numbers() {
    let mut v = sample_value();
    v["flows"][0]["quantity"]["value"] = json!(-2.0);
    v["flows"][1]["quantity"]["value"] = json!(0);
    v["flows"][2]["quantity"]["value"] = json!(5e12);
    v["flows"][3]["route"]["distance_km"] = json!(-1);
    v["companies"][0]["coordinates"] = json!({"lat": 91.0, "lon": 6.2});
    v["time_entries"][0]["hours"] = json!(30);
    v["settings"]["distance_limit_km"] = json!(0);
    let e = errors_of(&v);
    assert!(has(&e, "flows[0].quantity.value", C::Negative));
    assert!(has(&e, "flows[1].quantity.value", C::NotPositive));
    assert!(has(&e, "flows[2].quantity.value", C::TooLarge { max: 1e9 }));
    assert!(has(&e, "flows[3].route.distance_km", C::Negative));
    assert!(has(&e, "companies[0].coordinates.lat", C::OutOfRange));
    assert!(has(&e, "time_entries[0].hours", C::TooLarge { max: 24.0 }));
    assert!(has(&e, "settings.distance_limit_km", C::NotPositive));
}

#[test]
fn dates_out_of_range() {
    let mut v = sample_value();
    v["companies"][0]["updated_at"] = json!(-5);
    v["companies"][1]["updated_at"] = json!(9_999_999_999_999i64);
    let e = errors_of(&v);
    assert!(has(&e, "companies[0].updated_at", C::TimestampOutOfRange));
    assert!(has(&e, "companies[1].updated_at", C::TimestampOutOfRange));
    let mut v = sample_value();
    v["interactions"][0]["date"] = json!("1789-07-14");
    assert!(matches!(
        read_value(&v).unwrap_err(),
        format::ReadError::Structure { .. }
    ));
    let mut v = sample_value();
    v["territory"]["start"] = json!("2026-06-01");
    v["territory"]["end"] = json!("2026-05-31");
    assert!(has(&errors_of(&v), "territory.end", C::EndBeforeStart));
    let mut v = sample_value();
    v["tasks"][0]["start"] = json!("2026-06-01");
    v["tasks"][0]["due"] = json!("2026-05-31");
    assert!(has(&errors_of(&v), "tasks[0].due", C::EndBeforeStart));
}

#[test]
fn required_texts() {
    let mut v = sample_value();
    v["companies"][0]["name"] = json!("   ");
    v["territory"]["name"] = json!("");
    v["events"][0]["title"] = json!("");
    let e = errors_of(&v);
    assert!(has(&e, "companies[0].name", C::Required));
    assert!(has(&e, "territory.name", C::Required));
    assert!(has(&e, "events[0].title", C::Required));
}

#[test]
fn unknown_waste_code() {
    let mut v = sample_value();
    v["flows"][0]["low_code"] = json!("150199");
    assert!(has(&errors_of(&v), "flows[0].low_code", C::LowUnknown));
}

#[test]
fn synergy_rules() {
    let mut v = sample_value();
    v["synergies"][0]["participants"]
        .as_array_mut()
        .unwrap()
        .truncate(1);
    assert!(has(
        &errors_of(&v),
        "synergies[0].participants",
        C::TooFewParticipants
    ));
    let mut v = sample_value();
    v["synergies"][1]["status"] = json!("abandoned");
    let mut last = v["synergies"][1]["history"][2].clone();
    last["from"] = json!("in_progress");
    last["to"] = json!("abandoned");
    v["synergies"][1]["history"]
        .as_array_mut()
        .unwrap()
        .push(last);
    assert!(has(
        &errors_of(&v),
        "synergies[1].status",
        C::ReasonRequired
    ));
}

#[test]
fn event_rules() {
    let mut v = sample_value();
    v["events"][0]["start_time"] = json!("8h30");
    v["events"][1]["attendance"][1]["id"] = v["events"][1]["attendance"][0]["id"].clone();
    let e = errors_of(&v);
    assert!(has(&e, "events[0].start_time", C::TimeFormat));
    assert!(has(
        &e,
        "events[1].attendance[1].id",
        C::DuplicateId {
            first: "events[1].attendance[0]".into()
        }
    ));
}

#[test]
fn project_id_must_match_the_territory() {
    let mut v = sample_value();
    v["project_id"] = json!("00000000-0000-4000-8000-000000000002");
    assert!(has(&errors_of(&v), "project_id", C::ProjectMismatch));
}

#[test]
fn deleted_reference_is_only_a_warning() {
    let mut p = sample();
    p.companies[0].deleted = true; // its contacts stay live
    let issues = validate::validate(&p);
    assert!(issues.iter().any(|i| i.code
        == C::DeletedReference {
            kind: Kind::Company
        }));
    assert!(!issue::has_errors(&issues));
}

#[test]
fn every_issue_is_reported_not_just_the_first() {
    let mut v = sample_value();
    for i in 0..10 {
        v["companies"][i]["siret"] = json!("12345678901234");
    }
    let n = errors_of(&v)
        .iter()
        .filter(|i| matches!(i.code, C::Siret(_)))
        .count();
    assert_eq!(n, 10);
}
