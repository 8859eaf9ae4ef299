//! Commands change only what they must, bump `rev`, refuse bad input
//! without changing anything, and report what to persist.

mod common;
use common::*;
use maillage_core::*;

#[test]
fn saving_bumps_rev_and_reports_the_record() {
    let mut p = sample();
    let mut c = p.companies[3].clone();
    let before = c.rev;
    c.notes = "Rappeler en janvier".into();
    let changed = commands::save_company(&mut p, c.clone(), &ctx(123)).unwrap();
    assert_eq!(changed, vec![(Kind::Company, c.id)]);
    let saved = p.company(c.id).unwrap();
    assert_eq!((saved.rev, saved.updated_at), (before + 1, 123));
    assert_eq!(saved.updated_by, author());
}

#[test]
fn saving_the_same_content_changes_nothing() {
    let mut p = sample();
    let c = p.companies[3].clone();
    assert!(commands::save_company(&mut p, c.clone(), &ctx(5))
        .unwrap()
        .is_empty());
    assert_eq!(p.company(c.id).unwrap(), &c);
}

#[test]
fn bad_input_changes_nothing() {
    let mut p = sample();
    let before = p.clone();
    let mut c = p.companies[0].clone();
    c.siret = Some("732 829 320 00075".into());
    let issues = commands::save_company(&mut p, c, &ctx(5)).unwrap_err();
    assert_eq!(issues[0].path, "siret");
    assert!(p == before);
    let mut k = p.contacts[0].clone();
    k.name = " ".into();
    assert_eq!(
        commands::save_contact(&mut p, k, &ctx(5)).unwrap_err()[0].path,
        "name"
    );
    assert!(p == before);
}

#[test]
fn siret_typed_with_spaces_is_stored_without() {
    let mut p = sample();
    let mut c = p.companies[0].clone();
    c.siret = Some("732 829 320 00074".into());
    commands::save_company(&mut p, c.clone(), &ctx(5)).unwrap();
    assert_eq!(
        p.company(c.id).unwrap().siret.as_deref(),
        Some("73282932000074")
    );
}

#[test]
fn new_records_start_at_rev_one() {
    let mut p = sample();
    let mut c = p.companies[0].clone();
    c.id = uuid::Uuid::from_u128(77);
    c.rev = 0;
    c.siret = None;
    commands::save_company(&mut p, c, &ctx(9)).unwrap();
    assert_eq!(p.company(uuid::Uuid::from_u128(77)).unwrap().rev, 1);
}

#[test]
fn deleting_a_company_tombstones_its_records() {
    let mut p = sample();
    let id = p.companies[0].id;
    let n_contacts = p.contacts_of(id).count();
    let n_log = p.interactions_of(id).len();
    let n_flows = p.flows.iter().filter(|f| f.company_id == id).count();
    let changed = commands::delete_company(&mut p, id, &ctx(9));
    assert_eq!(changed.len(), 1 + n_contacts + n_log + n_flows);
    assert!(p.company(id).unwrap().deleted);
    assert_eq!(p.contacts_of(id).count(), 0);
    assert_eq!(p.count(Kind::Company), 63);
    // Deleting twice changes nothing more.
    assert!(commands::delete_company(&mut p, id, &ctx(10)).is_empty());
    assert!(validate::validate(&p).iter().all(|i| !i.is_error()));
}

#[test]
fn interaction_contact_must_belong_to_the_company() {
    let mut p = sample();
    let mut i = p.interactions[0].clone();
    i.contact_id = p
        .contacts
        .iter()
        .find(|c| c.company_id != i.company_id)
        .map(|c| c.id);
    let issues = commands::save_interaction(&mut p, i, &ctx(3)).unwrap_err();
    assert_eq!(issues[0].code, IssueCode::ContactOfOtherCompany);
}

#[test]
fn next_action_can_be_completed_once() {
    let mut p = sample();
    let open = funnel::next_actions(&p, today());
    let first = open[0].interaction_id;
    assert_eq!(
        commands::complete_next_action(&mut p, first, &ctx(4)).len(),
        1
    );
    assert!(commands::complete_next_action(&mut p, first, &ctx(5)).is_empty());
    assert_eq!(funnel::next_actions(&p, today()).len(), open.len() - 1);
}

#[test]
fn renaming_the_territory() {
    let mut p = sample();
    let mut t = p.territory.clone();
    t.name = "  Nouveau nom  ".into();
    commands::save_territory(&mut p, t, &ctx(8)).unwrap();
    assert_eq!(p.name(), "Nouveau nom");
    assert_eq!(p.territory.rev, 2);
    let mut t = p.territory.clone();
    t.name = " ".into();
    assert!(commands::save_territory(&mut p, t, &ctx(9)).is_err());
    assert_eq!(p.name(), "Nouveau nom");
}

#[test]
fn a_form_opened_on_an_old_revision_is_refused_once() {
    let mut p = sample();
    let c = p.companies[2].clone();
    // Another tab saves first.
    let mut theirs = c.clone();
    theirs.notes = "Changé ailleurs".into();
    commands::save_company(&mut p, theirs, &ctx(10)).unwrap();
    let issues = commands::check_unchanged(&p.companies, c.id, c.rev).unwrap_err();
    assert_eq!(issues[0].code, IssueCode::ChangedElsewhere);
    // Knowing, the user saves against the current revision.
    let current = p.company(c.id).unwrap().rev;
    assert!(commands::check_unchanged(&p.companies, c.id, current).is_ok());
    // A new record has nothing to conflict with.
    assert!(commands::check_unchanged(&p.companies, uuid::Uuid::from_u128(5), 0).is_ok());
}

#[test]
fn status_changes_keep_history_and_need_reasons() {
    let mut p = sample();
    let id = p.synergies[1].id;
    let before = p.synergies[1].history.len();
    let issues =
        commands::change_status(&mut p, id, SynergyStatus::Abandoned, "  ", &ctx(50)).unwrap_err();
    assert_eq!(issues[0].code, IssueCode::ReasonRequired);
    assert_eq!(
        p.synergies[1].status,
        SynergyStatus::InProgress,
        "nothing changed"
    );
    commands::change_status(
        &mut p,
        id,
        SynergyStatus::OnHold,
        "Attente du budget 2027",
        &ctx(51),
    )
    .unwrap();
    commands::change_status(&mut p, id, SynergyStatus::Contracted, "", &ctx(52)).unwrap();
    let s = &p.synergies[1];
    assert_eq!(s.status, SynergyStatus::Contracted);
    assert_eq!(s.history.len(), before + 2);
    assert_eq!(s.history[before].reason, "Attente du budget 2027");
    assert_eq!(s.history[before + 1].from, Some(SynergyStatus::OnHold));
    assert_eq!(s.history[before + 1].at, 52);
    assert!(validate::validate(&p).iter().all(|i| !i.is_error()));
}

#[test]
fn a_synergy_needs_two_parties() {
    let mut p = sample();
    let mut s = p.synergies[0].clone();
    s.participants.truncate(1);
    assert_eq!(
        commands::save_synergy(&mut p, s, &ctx(3)).unwrap_err()[0].code,
        IssueCode::TooFewParticipants
    );
}

#[test]
fn flows_refuse_bad_quantities_and_codes() {
    let mut p = sample();
    let mut f = p.flows[0].clone();
    f.quantity.as_mut().unwrap().value = -1.0;
    assert_eq!(
        commands::save_flow(&mut p, f.clone(), &ctx(3)).unwrap_err()[0].code,
        IssueCode::Negative
    );
    f.quantity.as_mut().unwrap().value = 0.0;
    assert_eq!(
        commands::save_flow(&mut p, f.clone(), &ctx(3)).unwrap_err()[0].code,
        IssueCode::NotPositive
    );
    f.quantity.as_mut().unwrap().value = 3.0;
    f.low_code = Some("15 01 99".into());
    assert_eq!(
        commands::save_flow(&mut p, f.clone(), &ctx(3)).unwrap_err()[0].code,
        IssueCode::LowUnknown
    );
    f.low_code = Some("15 01 01".into());
    commands::save_flow(&mut p, f.clone(), &ctx(3)).unwrap();
    assert_eq!(
        p.flows[0].low_code.as_deref(),
        Some("150101"),
        "stored without spaces"
    );
}

#[test]
fn project_factors_are_checked() {
    let mut p = sample();
    let bad = Factor {
        id: "mine".into(),
        kind: FactorKind::VehicleKm,
        material: String::new(),
        route: String::new(),
        label: String::new(),
        value: -2.0,
        unit: "kgCO2e/km".into(),
        source: String::new(),
        version: String::new(),
        licence: String::new(),
    };
    let issues = commands::save_factor(&mut p, "mine", Some(bad.clone()), &ctx(3)).unwrap_err();
    assert_eq!(issues.len(), 3);
    let good = Factor {
        label: "Camion du transporteur".into(),
        value: 1.2,
        source: "Relevé".into(),
        ..bad
    };
    commands::save_factor(&mut p, "mine", Some(good), &ctx(4)).unwrap();
    assert_eq!(p.settings.factors.len(), 1);
    commands::save_factor(&mut p, "mine", None, &ctx(5)).unwrap();
    assert!(p.settings.factors.is_empty());
}

#[test]
fn a_deleted_company_comes_back_from_the_trash_with_what_went_with_it() {
    let mut p = sample();
    let id = p.companies[0].id;
    let contacts = p.contacts_of(id).count();
    assert!(contacts > 0);
    // A contact deleted earlier, on its own, stays deleted.
    let earlier = p.contacts_of(id).next().unwrap().id;
    commands::delete_contact(&mut p, earlier, &ctx(10));
    let flows_before = p
        .flows
        .iter()
        .filter(|f| f.company_id == id && !f.deleted)
        .count();
    let calls_before = p.interactions_of(id).len();
    commands::delete_company(&mut p, id, &ctx(20));
    assert_eq!(commands::trash(&p)[0].id, id);
    let changed = commands::restore_company(&mut p, id, &ctx(30));
    assert!(changed.contains(&(Kind::Company, id)));
    assert!(!p.company(id).unwrap().deleted);
    assert_eq!(p.contacts_of(id).count(), contacts - 1);
    assert!(p.contacts.iter().find(|c| c.id == earlier).unwrap().deleted);
    assert_eq!(p.interactions_of(id).len(), calls_before);
    assert_eq!(
        p.flows
            .iter()
            .filter(|f| f.company_id == id && !f.deleted)
            .count(),
        flows_before
    );
    assert!(commands::trash(&p).is_empty());
    assert!(commands::restore_company(&mut p, id, &ctx(40)).is_empty());
}

#[test]
fn factors_follow_the_same_rules_in_forms_and_files() {
    let mut p = sample();
    let bad = Factor {
        id: "own.truck".into(),
        kind: FactorKind::VehicleKm,
        material: String::new(),
        route: String::new(),
        label: "Camion".into(),
        value: -50.0,
        unit: "kgCO2e/km".into(),
        source: String::new(),
        version: String::new(),
        licence: String::new(),
    };
    let from_form =
        commands::save_factor(&mut p, "own.truck", Some(bad.clone()), &ctx(5)).unwrap_err();
    let mut file = sample();
    file.settings.factors.push(bad);
    let from_file: Vec<Issue> = validate::validate(&file)
        .into_iter()
        .filter(|i| i.path.starts_with("settings.factors"))
        .collect();
    let strip = |v: &[Issue]| -> Vec<(String, IssueCode)> {
        v.iter()
            .map(|i| {
                (
                    i.path.rsplit('.').next().unwrap().to_owned(),
                    i.code.clone(),
                )
            })
            .collect()
    };
    assert_eq!(strip(&from_form), strip(&from_file));
    assert_eq!(
        strip(&from_form),
        vec![
            ("value".to_owned(), IssueCode::NotPositive),
            ("source".to_owned(), IssueCode::SourceRequired)
        ]
    );
}

#[test]
fn plan_tasks_are_added_edited_and_deleted_with_their_checks() {
    let mut p = sample();
    let before = p.clone();
    let mut t = form::task::new_task(Id::from_u128(77), author());
    t.start = Date::parse("2026-05-10").ok();
    t.due = Date::parse("2026-05-01").ok();
    let refused = commands::save_task(&mut p, t.clone(), &ctx(5)).unwrap_err();
    let paths: Vec<&str> = refused.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        ["title", "due"],
        "a title, and a due date after the start"
    );
    t.title = "Préparer la rencontre".into();
    t.due = Date::parse("2026-05-20").ok();
    t.event_id = Some(Id::from_u128(404));
    assert_eq!(
        commands::save_task(&mut p, t.clone(), &ctx(5)).unwrap_err()[0].path,
        "event_id"
    );
    assert!(p == before, "refusals change nothing");
    t.event_id = Some(p.events[0].id);
    assert_eq!(
        commands::save_task(&mut p, t.clone(), &ctx(6)).unwrap(),
        [(Kind::Task, t.id)]
    );
    assert_eq!(p.count(Kind::Task), before.count(Kind::Task) + 1);
    commands::delete_task(&mut p, t.id, &ctx(7));
    assert_eq!(p.count(Kind::Task), before.count(Kind::Task));
    assert!(
        p.tasks.iter().any(|x| x.id == t.id && x.deleted),
        "a tombstone is kept"
    );
}

#[test]
fn a_programme_cannot_end_before_it_starts() {
    let mut p = sample();
    let before = p.clone();
    let mut t = p.territory.clone();
    t.start = Date::parse("2026-06-01").ok();
    t.end = Date::parse("2026-01-01").ok();
    let issues = commands::save_territory(&mut p, t, &ctx(5)).unwrap_err();
    assert_eq!(
        (issues[0].path.as_str(), &issues[0].code),
        ("end", &IssueCode::EndBeforeStart)
    );
    assert!(p == before);
}
