//! What leaves for a partner: each confidentiality rule, field by field.

mod common;
use common::*;
use maillage_core::share::{self, Partner, Scope};
use maillage_core::*;

fn jce(team: bool) -> Partner {
    Partner {
        name: "JCE du Pays de Lisière".into(),
        facilitation_team: team,
    }
}

/// Every live company, every kind, notes left home.
fn everything(p: &Project, team: bool) -> Scope {
    Scope {
        partner: jce(team),
        companies: p.live_companies().map(|c| c.id).collect(),
        kinds: share::choosable().to_vec(),
        notes: false,
    }
}

fn by_name<'a>(p: &'a Project, name: &str) -> &'a Company {
    p.companies.iter().find(|c| c.name == name).expect(name)
}

#[test]
fn restricted_companies_never_leave_nor_anything_of_them() {
    let p = sample();
    let restricted = p
        .companies
        .iter()
        .find(|c| c.confidentiality == Confidentiality::Restricted)
        .expect("the example has a restricted company");
    for team in [false, true] {
        let out = share::share(&p, &everything(&p, team));
        let q = &out.project;
        assert!(q.company(restricted.id).is_none());
        assert!(q.contacts.iter().all(|c| c.company_id != restricted.id));
        assert!(q.interactions.iter().all(|i| i.company_id != restricted.id));
        assert!(q.flows.iter().all(|f| f.company_id != restricted.id));
        assert!(q
            .synergies
            .iter()
            .all(|s| s.participants.iter().all(|x| x.company_id != restricted.id)));
        for e in &q.events {
            assert!(e.attendance.iter().all(|a| a.company_id != restricted.id));
            assert!(e.invitations.iter().all(|a| a.company_id != restricted.id));
            assert_ne!(e.host_company_id, Some(restricted.id));
        }
        assert_eq!(out.withheld.restricted_companies, 1);
        // Nothing in the file even names it.
        let text = serde_json::to_string(&q.companies).unwrap();
        assert!(!text.contains(&restricted.name));
    }
}

#[test]
fn facilitator_companies_only_for_the_facilitation_team() {
    let p = sample();
    let hospital = by_name(&p, "Hôpital local de Montclair");
    assert_eq!(hospital.confidentiality, Confidentiality::Facilitator);
    let outside = share::share(&p, &everything(&p, false));
    assert!(outside.project.company(hospital.id).is_none());
    assert_eq!(outside.withheld.facilitator_companies, 1);
    let team = share::share(&p, &everything(&p, true));
    assert!(team.project.company(hospital.id).is_some());
    assert_eq!(team.withheld.facilitator_companies, 0);
}

#[test]
fn opted_out_contacts_travel_without_email_and_phone() {
    let mut p = sample();
    let (i, j) = (0, 1);
    p.contacts[i].opt_out = true;
    p.contacts[i].email = "refus@exemple.fr".into();
    p.contacts[i].phone = "03 84 00 00 01".into();
    p.contacts[j].opt_out = false;
    p.contacts[j].email = "oui@exemple.fr".into();
    p.contacts[j].phone = "03 84 00 00 02".into();
    let out = share::share(&p, &everything(&p, true));
    let sent = |id| out.project.contacts.iter().find(|c| c.id == id);
    let refused = sent(p.contacts[i].id).expect("an opted-out contact still travels");
    assert_eq!((refused.email.as_str(), refused.phone.as_str()), ("", ""));
    assert!(refused.opt_out, "the partner must know not to call");
    assert_eq!(refused.name, p.contacts[i].name);
    let kept = sent(p.contacts[j].id).unwrap();
    assert_eq!(kept.email, "oui@exemple.fr");
    assert_eq!(kept.phone, "03 84 00 00 02");
    let opted_out = p
        .contacts
        .iter()
        .filter(|c| c.opt_out && !c.deleted)
        .filter(|c| out.project.company(c.company_id).is_some())
        .count();
    assert_eq!(out.withheld.opted_out_contacts, opted_out);
    assert!(out
        .project
        .contacts
        .iter()
        .filter(|c| c.opt_out)
        .all(|c| c.email.is_empty() && c.phone.is_empty()));
}

#[test]
fn private_notes_stay_home_unless_chosen() {
    let mut p = sample();
    p.contacts[0].notes = "Ne pas appeler le lundi".into();
    p.synergies[0].notes = "Prix négocié : 40 €/t".into();
    p.events[0].notes = "Salle à confirmer".into();
    let noted = p.companies.iter().filter(|c| !c.notes.is_empty()).count();
    assert!(noted >= 2, "the example keeps notes");
    let out = share::share(&p, &everything(&p, true));
    let q = &out.project;
    assert!(q.companies.iter().all(|c| c.notes.is_empty()));
    assert!(q.contacts.iter().all(|c| c.notes.is_empty()));
    assert!(q.synergies.iter().all(|s| s.notes.is_empty()));
    assert!(q.events.iter().all(|e| e.notes.is_empty()));
    assert!(q.time_entries.iter().all(|t| t.note.is_empty()));
    assert!(q.tasks.iter().all(|t| t.notes.is_empty()));
    assert!(out.withheld.notes >= noted + 3 - 1);
    let mut with = everything(&p, true);
    with.notes = true;
    let out = share::share(&p, &with);
    assert_eq!(out.withheld.notes, 0);
    assert_eq!(out.project.contacts[0].notes, "Ne pas appeler le lundi");
    assert_eq!(
        out.project.company(p.companies[0].id).unwrap().notes,
        p.companies[0].notes
    );
}

#[test]
fn confidential_flows_follow_the_same_rules() {
    let mut p = sample();
    let open = p.flows.iter().position(|f| !f.deleted).unwrap();
    let restricted = p.flows.iter().rposition(|f| !f.deleted).unwrap();
    let facilitator = p.flows.iter().skip(1).position(|f| !f.deleted).unwrap() + 1;
    p.flows[restricted].confidentiality = Confidentiality::Restricted;
    p.flows[facilitator].confidentiality = Confidentiality::Facilitator;
    let shared_company = |q: &Project, f: &Flow| q.company(f.company_id).is_some();
    for team in [false, true] {
        let out = share::share(&p, &everything(&p, team));
        let has = |i: usize| out.project.flows.iter().any(|f| f.id == p.flows[i].id);
        assert!(!has(restricted));
        assert_eq!(
            has(facilitator),
            team && shared_company(&out.project, &p.flows[facilitator])
        );
        assert_eq!(has(open), shared_company(&out.project, &p.flows[open]));
        // A synergy may still travel, without the flow kept home.
        for s in &out.project.synergies {
            assert!(!s.flow_ids.contains(&p.flows[restricted].id));
        }
    }
}

#[test]
fn only_the_chosen_companies_and_kinds_travel() {
    let p = sample();
    let chosen: Vec<Id> = p.live_companies().take(10).map(|c| c.id).collect();
    let scope = Scope {
        partner: jce(false),
        companies: chosen.clone(),
        kinds: vec![Kind::Contact, Kind::Interaction],
        notes: false,
    };
    let out = share::share(&p, &scope);
    let q = &out.project;
    assert!(q.companies.iter().all(|c| chosen.contains(&c.id)));
    assert!(q.contacts.iter().all(|c| chosen.contains(&c.company_id)));
    assert!(q
        .interactions
        .iter()
        .all(|c| chosen.contains(&c.company_id)));
    assert!(!q.contacts.is_empty() && !q.interactions.is_empty());
    assert!(q.flows.is_empty() && q.synergies.is_empty() && q.events.is_empty());
    assert!(q.time_entries.is_empty() && q.tasks.is_empty());
    assert!(q.settings.decisions.is_empty(), "decisions stay home");
    // Without contacts, interactions lose the person they name, never dangle.
    let scope = Scope {
        kinds: vec![Kind::Interaction],
        ..scope
    };
    let out = share::share(&p, &scope);
    assert!(out
        .project
        .interactions
        .iter()
        .all(|i| i.contact_id.is_none()));
}

#[test]
fn meetings_lose_the_people_of_companies_that_stay_home() {
    let p = sample();
    let event = p
        .events
        .iter()
        .find(|e| e.cafe.is_some() && !e.attendance.is_empty())
        .expect("a World Café");
    let chosen: Vec<Id> = p.live_companies().take(20).map(|c| c.id).collect();
    let scope = Scope {
        partner: jce(false),
        companies: chosen,
        kinds: share::choosable().to_vec(),
        notes: false,
    };
    let out = share::share(&p, &scope);
    let sent = out
        .project
        .events
        .iter()
        .find(|e| e.id == event.id)
        .unwrap();
    assert!(sent.attendance.len() < event.attendance.len());
    assert!(out.withheld.attendees > 0);
    let people: Vec<Id> = sent.attendance.iter().map(|a| a.id).collect();
    for round in &sent.cafe.as_ref().unwrap().seating {
        assert!(round.iter().all(|s| people.contains(&s.attendee_id)));
    }
}

#[test]
fn what_leaves_is_always_a_valid_file() {
    let p = sample();
    let mut rng = rng::Rng::new(5);
    let all: Vec<Id> = p.live_companies().map(|c| c.id).collect();
    for round in 0..40 {
        let companies: Vec<Id> = all.iter().copied().filter(|_| rng.unit() < 0.5).collect();
        let kinds: Vec<Kind> = share::choosable()
            .iter()
            .copied()
            .filter(|_| rng.unit() < 0.6)
            .collect();
        let scope = Scope {
            partner: jce(round % 2 == 0),
            companies,
            kinds,
            notes: round % 3 == 0,
        };
        let out = share::share(&p, &scope);
        let errors: Vec<Issue> = validate::validate(&out.project)
            .into_iter()
            .filter(Issue::is_error)
            .collect();
        assert!(errors.is_empty(), "round {round}: {errors:?}");
    }
}
