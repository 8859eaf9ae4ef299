//! Meetings: attendance, the World Café plan of an event (plan, late
//! arrival, swap), the harvest turned into flows and synergies, who met
//! whom, and bad input refused with nothing changed.

mod common;
use common::*;
use maillage_core::cafe::{event_plan, summary};
use maillage_core::commands::{self, Proposal};
use maillage_core::*;

fn coming(p: &Project) -> Event {
    p.events
        .iter()
        .find(|e| e.title.starts_with("Rencontre 4"))
        .unwrap()
        .clone()
}

/// The coming café with its invited contacts present, 3 tables, 3 rounds,
/// the first three people hosting.
fn set_up(p: &mut Project) -> Event {
    let mut e = coming(p);
    let invited: Vec<(Id, Option<Id>)> = e
        .invitations
        .iter()
        .map(|i| (i.company_id, i.contact_id))
        .collect();
    for (n, (company, contact)) in invited.into_iter().enumerate() {
        let name = p
            .contacts
            .iter()
            .find(|c| Some(c.id) == contact)
            .unwrap()
            .name
            .clone();
        commands::add_attendee(
            &mut e,
            uuid::Uuid::from_u128(1000 + n as u128),
            company,
            contact,
            &name,
        )
        .unwrap();
    }
    for a in &mut e.attendance {
        a.status = AttendanceStatus::Present;
    }
    e.cafe = Some(commands::shape_plan(None, 3, 3, 11));
    for (t, a) in e.attendance.iter_mut().take(3).enumerate() {
        a.host_of_table = Some(t as u32 + 1);
    }
    commands::save_event(p, e.clone(), &ctx(1)).unwrap();
    e
}

fn apply(p: &mut Project, e: &Event, proposal: &Proposal) -> Event {
    commands::apply_plan(p, e.id, proposal, &ctx(2)).unwrap();
    p.events.iter().find(|x| x.id == e.id).unwrap().clone()
}

#[test]
fn the_example_holds_a_played_cafe_and_a_coming_one() {
    let p = sample();
    let third = p
        .events
        .iter()
        .find(|e| e.title.starts_with("Rencontre 3"))
        .unwrap();
    let plan = third.cafe.as_ref().unwrap();
    assert_eq!(
        (plan.tables.len(), plan.rounds.len(), plan.locked_rounds),
        (3, 3, 3)
    );
    // Late arrivals sit from round 2 only.
    let late: Vec<Id> = third
        .attendance
        .iter()
        .filter(|a| a.from_round == Some(2))
        .map(|a| a.id)
        .collect();
    assert!(!late.is_empty());
    assert!(plan.seating[0]
        .iter()
        .all(|s| !late.contains(&s.attendee_id)));
    assert!(late
        .iter()
        .all(|id| plan.seating[1].iter().any(|s| s.attendee_id == *id)));
    let met = summary::who_met_whom(&p, third).unwrap();
    assert_eq!(met.people.len(), 15);
    assert!(met.people.iter().all(|m| m.people >= 4));
    // Companies that sat together at the first two cafés are not new contacts.
    assert!(met.people.iter().any(|m| m.new_people < m.people));
    assert!(met.people.iter().all(|m| m.new_people <= m.people));
    assert!(met.new_company_pairs < met.pairs);
    assert!(met.cross_sector_share.unwrap() > 0.5);
    assert!(summary::ranked_ideas(third)[0].votes >= summary::ranked_ideas(third)[1].votes);
    assert!(coming(&p).date > today());
}

#[test]
fn planning_seats_everybody_and_keeps_hosts() {
    let mut p = sample();
    let e = set_up(&mut p);
    let proposal = commands::propose_plan(&p, &e, 0).unwrap();
    assert!(proposal.changes.is_empty(), "a first plan changes nothing");
    let e = apply(&mut p, &e, &proposal);
    let plan = e.cafe.as_ref().unwrap();
    assert_eq!(plan.seating.len(), 3);
    for round in &plan.seating {
        assert_eq!(round.len(), 15);
        for (t, host) in e.attendance.iter().take(3).enumerate() {
            let seat = round.iter().find(|s| s.attendee_id == host.id).unwrap();
            assert_eq!(seat.table, t as u32 + 1);
        }
    }
    let q = event_plan::measure(&p, &e, plan);
    assert_eq!(
        q, proposal.outcome.quality,
        "the stored plan measures as proposed"
    );
    // 15 people at 3 tables of 5: the arrivals force repeats, and the plan says so.
    assert_eq!(q.bounds.repeats, 12);
    assert!(q.repeats >= 12);
}

#[test]
fn a_late_arrival_and_a_no_show_after_the_first_round() {
    let mut p = sample();
    let e = set_up(&mut p);
    let proposal = commands::propose_plan(&p, &e, 0).unwrap();
    let mut e = apply(&mut p, &e, &proposal);
    let before = e.cafe.clone().unwrap().seating;
    // Person 10 leaves after round 1; someone arrives for round 2.
    e.attendance[10].until_round = Some(1);
    e.attendance[10].status = AttendanceStatus::LeftEarly;
    let company = p.companies[40].id;
    commands::add_attendee(
        &mut e,
        uuid::Uuid::from_u128(5000),
        company,
        None,
        "Nadia Arrivée",
    )
    .unwrap();
    let newcomer = e.attendance.last_mut().unwrap();
    newcomer.status = AttendanceStatus::Late;
    newcomer.from_round = Some(2);
    commands::save_event(&mut p, e.clone(), &ctx(3)).unwrap();
    let proposal = commands::propose_plan(&p, &e, 1).unwrap();
    assert_eq!(
        proposal.seating[0], before[0],
        "round 1 was played: unchanged"
    );
    let leaver = e.attendance[10].id;
    assert!(proposal.seating[1..]
        .iter()
        .all(|r| r.iter().all(|s| s.attendee_id != leaver)));
    assert!(proposal.seating[1..].iter().all(|r| r
        .iter()
        .any(|s| s.attendee_id == uuid::Uuid::from_u128(5000))));
    // The changes listed are exactly the seats that differ, none in round 1.
    assert!(proposal.changes.iter().all(|c| c.round >= 1));
    assert!(proposal
        .changes
        .iter()
        .any(|c| c.attendee == leaver && c.to.is_none()));
    assert!(
        proposal.changes.len() < 2 * 15,
        "a re-plan moves few people: {}",
        proposal.changes.len()
    );
    let e = apply(&mut p, &e, &proposal);
    assert_eq!(e.cafe.as_ref().unwrap().locked_rounds, 1);
}

#[test]
fn swapping_two_people_by_hand() {
    let mut p = sample();
    let e = set_up(&mut p);
    let proposal = commands::propose_plan(&p, &e, 0).unwrap();
    let e = apply(&mut p, &e, &proposal);
    let mut plan = e.cafe.clone().unwrap();
    let round = &plan.seating[1];
    let (a, b) = {
        let x = round
            .iter()
            .find(|s| s.table == 1 && !e.attendance.iter().take(3).any(|h| h.id == s.attendee_id))
            .unwrap();
        let y = round
            .iter()
            .find(|s| s.table == 2 && !e.attendance.iter().take(3).any(|h| h.id == s.attendee_id))
            .unwrap();
        (x.attendee_id, y.attendee_id)
    };
    use event_plan::SwapRefusal as R;
    assert_eq!(
        event_plan::swap(&e, &mut plan, 1, a, e.attendance[0].id),
        Err(R::Host)
    );
    let same = plan.seating[1]
        .iter()
        .find(|s| {
            s.table == 1
                && s.attendee_id != a
                && !e.attendance.iter().take(3).any(|h| h.id == s.attendee_id)
        })
        .unwrap()
        .attendee_id;
    assert_eq!(
        event_plan::swap(&e, &mut plan, 1, a, same),
        Err(R::SameTable)
    );
    event_plan::swap(&e, &mut plan, 1, a, b).unwrap();
    let table = |plan: &CafePlan, who: Id| {
        plan.seating[1]
            .iter()
            .find(|s| s.attendee_id == who)
            .unwrap()
            .table
    };
    assert_eq!((table(&plan, a), table(&plan, b)), (2, 1));
    plan.locked_rounds = 2;
    assert_eq!(event_plan::swap(&e, &mut plan, 1, a, b), Err(R::Played));
}

#[test]
fn harvest_becomes_flows_and_synergies_once() {
    let mut p = sample();
    let third = p
        .events
        .iter()
        .find(|e| e.title.starts_with("Rencontre 3"))
        .unwrap()
        .clone();
    let have = third
        .harvest
        .iter()
        .find(|h| h.kind == HarvestKind::Have)
        .unwrap()
        .clone();
    let flows = p.flows.len();
    let flow_id = uuid::Uuid::from_u128(77);
    commands::convert_harvest(&mut p, third.id, have.id, flow_id, today(), &ctx(5)).unwrap();
    let flow = p.flows.iter().find(|f| f.id == flow_id).unwrap();
    assert_eq!(
        (flow.company_id, flow.direction),
        (have.company_ids[0], Direction::Have)
    );
    assert_eq!(flow.category, "wood");
    let q = flow.quantity.unwrap();
    assert_eq!((q.value, q.unit, q.period), (2.0, Unit::T, Period::Month));
    // Converting again does nothing.
    let changed = commands::convert_harvest(
        &mut p,
        third.id,
        have.id,
        uuid::Uuid::from_u128(78),
        today(),
        &ctx(6),
    )
    .unwrap();
    assert!(changed.is_empty());
    assert_eq!(p.flows.len(), flows + 1);

    let idea = summary::ranked_ideas(&third)[0].clone();
    let synergy_id = uuid::Uuid::from_u128(79);
    commands::convert_harvest(&mut p, third.id, idea.id, synergy_id, today(), &ctx(7)).unwrap();
    let s = p.synergies.iter().find(|s| s.id == synergy_id).unwrap();
    assert_eq!(s.status, SynergyStatus::Idea);
    assert_eq!(s.origin.event_id, Some(third.id));
    assert_eq!(s.participants.len(), idea.company_ids.len());
    let after = p.events.iter().find(|e| e.id == third.id).unwrap();
    assert_eq!(
        after
            .harvest
            .iter()
            .find(|h| h.id == idea.id)
            .unwrap()
            .converted_to,
        Some(synergy_id)
    );
}

#[test]
fn an_idea_of_one_company_cannot_become_a_synergy() {
    let mut p = sample();
    let mut third = p
        .events
        .iter()
        .find(|e| e.title.starts_with("Rencontre 3"))
        .unwrap()
        .clone();
    let idea = third
        .harvest
        .iter_mut()
        .find(|h| h.kind == HarvestKind::Idea)
        .unwrap();
    idea.company_ids.truncate(1);
    let idea_id = idea.id;
    commands::save_event(&mut p, third.clone(), &ctx(8)).unwrap();
    let before = p.clone();
    let err = commands::convert_harvest(
        &mut p,
        third.id,
        idea_id,
        uuid::Uuid::from_u128(80),
        today(),
        &ctx(9),
    )
    .unwrap_err();
    assert!(err.iter().any(|i| i.code == IssueCode::TooFewParticipants));
    assert_eq!(p, before, "nothing changed");
}

#[test]
fn bad_plans_are_refused_at_their_field() {
    let mut p = sample();
    let e = set_up(&mut p);
    let before = p.clone();
    let refused = |p: &mut Project, e: Event| commands::save_event(p, e, &ctx(9)).unwrap_err();
    let mut zero = e.clone();
    zero.cafe.as_mut().unwrap().rounds[1].minutes = 0;
    let issues = refused(&mut p, zero);
    assert_eq!(
        (issues[0].path.as_str(), &issues[0].code),
        ("cafe.rounds[1].minutes", &IssueCode::NotPositive)
    );
    let mut host = e.clone();
    host.attendance[4].host_of_table = Some(9);
    assert_eq!(refused(&mut p, host)[0].code, IssueCode::UnknownTable);
    let mut two = e.clone();
    two.attendance[4].host_of_table = Some(1);
    let issues = refused(&mut p, two);
    assert_eq!(
        (issues[0].path.as_str(), &issues[0].code),
        ("attendance[4].host_of_table", &IssueCode::TwoHosts)
    );
    let mut order = e.clone();
    order.attendance[5].from_round = Some(3);
    order.attendance[5].until_round = Some(2);
    assert_eq!(refused(&mut p, order)[0].code, IssueCode::RoundsOrder);
    let mut empty = e.clone();
    empty.cafe.as_mut().unwrap().tables.clear();
    assert_eq!(refused(&mut p, empty)[0].code, IssueCode::Required);
    assert_eq!(p, before, "nothing saved");
    let mut e = e;
    assert!(commands::add_attendee(
        &mut e,
        uuid::Uuid::from_u128(1),
        p.companies[0].id,
        None,
        "  "
    )
    .is_err());
    let first = e.attendance[0].clone();
    assert!(
        commands::add_attendee(
            &mut e,
            uuid::Uuid::from_u128(2),
            first.company_id,
            first.contact_id,
            "Autre"
        )
        .is_err(),
        "the same contact twice"
    );
}

#[test]
fn fewer_people_than_tables_cannot_be_planned() {
    let mut p = sample();
    let mut e = set_up(&mut p);
    e.cafe = Some(commands::shape_plan(e.cafe.as_ref(), 8, 3, 1));
    for a in &mut e.attendance {
        a.host_of_table = None;
    }
    assert!(matches!(
        commands::propose_plan(&p, &e, 0),
        Err(cafe::Refusal::TooFewPeople {
            present: 15,
            tables: 8,
            ..
        })
    ));
}

/// The plan tab's review: nothing before anybody is seated; then the
/// measured quality, and each warning naming a company of the meeting.
#[test]
fn a_seated_plan_is_reviewed_with_its_warnings_named() {
    use maillage_core::cafe::{event_plan, Warning};
    use maillage_core::i18n::Lang;
    let mut p = sample();
    let third = p
        .events
        .iter()
        .find(|e| e.title.starts_with("Rencontre 3"))
        .unwrap()
        .clone();
    let plan = third.cafe.clone().unwrap();
    let review = event_plan::review(&p, &third, &plan).expect("a seated plan");
    assert_eq!(review.quality, event_plan::measure(&p, &third, &plan));
    let lines = i18n::events::review(Lang::Fr, &review);
    assert!(
        lines.len() > review.warnings.len(),
        "the quality comes first"
    );
    let mut unseated = plan.clone();
    unseated.seating.clear();
    assert_eq!(event_plan::review(&p, &third, &unseated), None);
    // Five people of one company at three tables: the review names it.
    let company = third.attendance[0].company_id;
    let name = p.company(company).unwrap().name.clone();
    let e = p.events.iter_mut().find(|e| e.id == third.id).unwrap();
    for a in e.attendance.iter_mut().take(5) {
        a.company_id = company;
    }
    let e = e.clone();
    let review = event_plan::review(&p, &e, e.cafe.as_ref().unwrap()).unwrap();
    let w = review
        .warnings
        .iter()
        .find_map(|w| match w {
            Warning::CompanyLargerThanTables { company, .. } => Some(*company),
            _ => None,
        })
        .expect("a company larger than the tables");
    assert_eq!(review.company(w), name);
    assert!(i18n::events::review(Lang::Fr, &review)
        .iter()
        .any(|l| l.contains(&name)));
}
