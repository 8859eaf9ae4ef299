//! Meetings: the event itself, who is invited and who came, the World Café
//! plan, and turning what was harvested into flows and synergies.

use super::{
    errors_only, new_synergy, save_flow, save_synergy, tombstone, upsert, Changed, Outcome,
};
use crate::cafe::{self, event_plan};
use crate::issue::{Issue, IssueCode};
use crate::model::*;
use crate::validate;
use crate::Date;

/// A new event, to fill in and save.
pub fn draft_event(id: Id, kind: EventKind, date: Date, ctx: &EditContext) -> Event {
    Event {
        id,
        rev: 0,
        updated_at: ctx.now_ms,
        updated_by: ctx.author.clone(),
        deleted: false,
        kind,
        title: String::new(),
        date,
        start_time: String::new(),
        place: String::new(),
        host_company_id: None,
        theme: String::new(),
        notes: String::new(),
        invitations: Vec::new(),
        attendance: Vec::new(),
        cafe: None,
        harvest: Vec::new(),
    }
}

pub fn save_event(p: &mut Project, mut e: Event, ctx: &EditContext) -> Outcome {
    e.title = e.title.trim().to_owned();
    for a in &mut e.attendance {
        a.name = a.name.trim().to_owned();
    }
    let mut issues = validate::event_issues(&e, "");
    if e.host_company_id
        .is_some_and(|c| p.company(c).is_none_or(|c| c.deleted))
    {
        issues.push(Issue::error(
            "host_company_id",
            IssueCode::MissingReference {
                kind: Kind::Company,
            },
        ));
    }
    errors_only(issues)?;
    Ok(upsert(&mut p.events, e, ctx))
}

pub fn delete_event(p: &mut Project, id: Id, ctx: &EditContext) -> Vec<Changed> {
    tombstone(&mut p.events, id, ctx)
}

/// Invites a company (once), with its contact when one is chosen.
pub fn invite(e: &mut Event, company_id: Id, contact_id: Option<Id>) {
    let already = e
        .invitations
        .iter()
        .any(|i| i.company_id == company_id && i.contact_id == contact_id);
    if !already {
        e.invitations.push(Invitation {
            company_id,
            contact_id,
        });
    }
}

/// Adds a person to the attendance list, expected; the same contact twice is refused.
pub fn add_attendee(
    e: &mut Event,
    id: Id,
    company_id: Id,
    contact_id: Option<Id>,
    name: &str,
) -> Result<(), Vec<Issue>> {
    let name = name.trim();
    if name.is_empty() {
        return Err(vec![Issue::error("name", IssueCode::Required)]);
    }
    let twice = e.attendance.iter().any(|a| {
        a.company_id == company_id
            && match contact_id {
                Some(c) => a.contact_id == Some(c),
                None => crate::text::fold(&a.name) == crate::text::fold(name),
            }
    });
    if twice {
        let first = "attendance".to_owned();
        return Err(vec![Issue::error("name", IssueCode::DuplicateId { first })]);
    }
    e.attendance.push(Attendee {
        id,
        company_id,
        contact_id,
        name: name.to_owned(),
        status: AttendanceStatus::Expected,
        referred_by: None,
        host_of_table: None,
        from_round: None,
        until_round: None,
    });
    invite(e, company_id, contact_id);
    Ok(())
}

/// Adds to the attendance list, expected, one person per invitation not
/// there yet: the invited contact, or the company's first contact who has
/// not opted out, or else the company itself. Returns how many were added.
pub fn add_invited_people(p: &Project, e: &mut Event, mut new_id: impl FnMut() -> Id) -> usize {
    let mut added = 0;
    for inv in e.invitations.clone() {
        let company_there = e.attendance.iter().any(|a| a.company_id == inv.company_id);
        let contact_there = inv
            .contact_id
            .is_some_and(|c| e.attendance.iter().any(|a| a.contact_id == Some(c)));
        if contact_there || (inv.contact_id.is_none() && company_there) {
            continue;
        }
        let contact = match inv.contact_id {
            Some(c) => p.contacts.iter().find(|x| x.id == c && !x.deleted),
            None => p
                .contacts
                .iter()
                .find(|x| x.company_id == inv.company_id && !x.deleted && !x.opt_out),
        };
        let name = match (contact, p.company(inv.company_id)) {
            (Some(c), _) => c.name.clone(),
            (None, Some(c)) => c.name.clone(),
            (None, None) => continue,
        };
        if add_attendee(e, new_id(), inv.company_id, contact.map(|c| c.id), &name).is_ok() {
            added += 1;
        }
    }
    added
}

/// Takes a person off the list, with their seats in the plan.
pub fn remove_attendee(e: &mut Event, id: Id) {
    e.attendance.retain(|a| a.id != id);
    if let Some(plan) = e.cafe.as_mut() {
        for round in &mut plan.seating {
            round.retain(|s| s.attendee_id != id);
        }
    }
}

/// Minutes of a round and of a change of tables, by default (the method's
/// rounds of about 20 minutes).
pub const DEFAULT_ROUND_MINUTES: u32 = 20;
pub const DEFAULT_TRANSITION_MINUTES: u32 = 2;

/// A World Café plan of `tables` tables and `rounds` rounds, no seats yet.
/// An existing plan keeps its questions, durations and seed.
pub fn shape_plan(old: Option<&CafePlan>, tables: usize, rounds: usize, seed: u64) -> CafePlan {
    let table = |n: usize| CafeTable {
        number: n as u32 + 1,
        question: old
            .and_then(|o| o.tables.get(n))
            .map(|t| t.question.clone())
            .unwrap_or_default(),
    };
    let round = |r: usize| {
        old.and_then(|o| o.rounds.get(r))
            .cloned()
            .unwrap_or(CafeRound {
                minutes: old
                    .and_then(|o| o.rounds.last())
                    .map_or(DEFAULT_ROUND_MINUTES, |l| l.minutes),
                question: String::new(),
            })
    };
    CafePlan {
        tables: (0..tables).map(table).collect(),
        rounds: (0..rounds).map(round).collect(),
        transition_minutes: old.map_or(DEFAULT_TRANSITION_MINUTES, |o| o.transition_minutes),
        seed: old.map_or(seed, |o| o.seed),
        seating: Vec::new(),
        locked_rounds: 0,
    }
}

/// The shape of a café as typed in the plan's form: tables, rounds,
/// minutes a round, minutes to change tables. Each problem at its field.
pub fn parse_plan_shape(
    tables: &str,
    rounds: &str,
    minutes: &str,
    transition: &str,
) -> Result<(usize, usize, u32, u32), Vec<Issue>> {
    let mut issues = Vec::new();
    let mut whole = |text: &str, field: &str, min: u32, max: u32| -> u32 {
        match text.trim().parse::<i64>() {
            Ok(n) if n < min as i64 => {
                let code = if n < 0 {
                    IssueCode::Negative
                } else {
                    IssueCode::NotPositive
                };
                issues.push(Issue::error(field, code));
                0
            }
            Ok(n) if n > max as i64 => {
                issues.push(Issue::error(field, IssueCode::TooLarge { max: max as f64 }));
                0
            }
            Ok(n) => n as u32,
            Err(_) => {
                issues.push(Issue::error(field, IssueCode::NotFinite));
                0
            }
        }
    };
    let shape = (
        whole(tables, "tables", 1, 60) as usize,
        whole(rounds, "rounds", 1, 12) as usize,
        whole(minutes, "minutes", 1, 240),
        whole(transition, "transition_minutes", 0, 60),
    );
    if issues.is_empty() {
        Ok(shape)
    } else {
        Err(issues)
    }
}

/// Gives the café its shape. Seats are kept when only durations change,
/// dropped otherwise; hosts of tables that no longer exist stop hosting.
pub fn reshape_cafe(
    e: &mut Event,
    tables: usize,
    rounds: usize,
    minutes: u32,
    transition: u32,
    seed: u64,
) {
    let old = e.cafe.take();
    let mut plan = shape_plan(old.as_ref(), tables, rounds, seed);
    for r in &mut plan.rounds {
        r.minutes = minutes;
    }
    plan.transition_minutes = transition;
    if let Some(old) = old.filter(|o| o.tables.len() == tables && o.rounds.len() == rounds) {
        plan.seating = old.seating;
        plan.locked_rounds = old.locked_rounds;
    }
    for a in &mut e.attendance {
        if a.host_of_table.is_some_and(|t| t as usize > tables) {
            a.host_of_table = None;
        }
    }
    e.cafe = Some(plan);
}

/// Makes a person the host of a table (or nobody, with None): one host a
/// table, one table a host.
pub fn set_host(e: &mut Event, table: u32, attendee: Option<Id>) {
    for a in &mut e.attendance {
        if a.host_of_table == Some(table) || (Some(a.id) == attendee) {
            a.host_of_table = None;
        }
        if Some(a.id) == attendee {
            a.host_of_table = Some(table);
        }
    }
}

/// A proposed (re-)plan of the event's café: the new seats, what they
/// change, and their quality. Nothing is changed until it is applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub seating: Vec<Vec<Seat>>,
    pub locked: usize,
    pub changes: Vec<event_plan::SeatChange>,
    pub outcome: cafe::Outcome,
}

/// Plans the café of an event, keeping the first `locked` rounds as played.
pub fn propose_plan(p: &Project, e: &Event, locked: usize) -> Result<Proposal, cafe::Refusal> {
    let pending = plan_request(p, e, locked)?;
    let outcome = cafe::plan(&pending.problem)?;
    Ok(pending.proposal(outcome))
}

/// A plan to compute: the problem (which the app sends to its planning
/// worker, so that the page never freezes) and what turns the outcome back
/// into seats.
#[derive(Clone, Debug)]
pub struct PlanRequest {
    pub problem: cafe::Problem,
    roster: event_plan::Roster,
    previous: Vec<Vec<Seat>>,
}

pub fn plan_request(p: &Project, e: &Event, locked: usize) -> Result<PlanRequest, cafe::Refusal> {
    let plan = e.cafe.as_ref().ok_or(cafe::Refusal::NoTables)?;
    let (problem, roster) = event_plan::problem(p, e, plan, locked);
    Ok(PlanRequest {
        problem,
        roster,
        previous: plan.seating.clone(),
    })
}

impl PlanRequest {
    /// The proposal of a planned outcome: its seats and, for a re-plan, the
    /// seats that change.
    pub fn proposal(&self, outcome: cafe::Outcome) -> Proposal {
        let seating = event_plan::to_seats(&self.roster, &outcome.seating);
        Proposal {
            changes: if self.previous.is_empty() {
                Vec::new()
            } else {
                event_plan::changes(&self.previous, &seating)
            },
            seating,
            locked: self.problem.locked.len(),
            outcome,
        }
    }
}

/// Puts a proposal's seats in the event.
pub fn apply_plan(
    p: &mut Project,
    event_id: Id,
    proposal: &Proposal,
    ctx: &EditContext,
) -> Outcome {
    let mut e = event(p, event_id)?;
    let Some(plan) = e.cafe.as_mut() else {
        return Err(vec![Issue::error("cafe", IssueCode::Required)]);
    };
    plan.seating = proposal.seating.clone();
    plan.locked_rounds = proposal.locked as u32;
    save_event(p, e, ctx)
}

fn event(p: &Project, id: Id) -> Result<Event, Vec<Issue>> {
    p.events
        .iter()
        .find(|e| e.id == id && !e.deleted)
        .cloned()
        .ok_or_else(|| {
            vec![Issue::error(
                "",
                IssueCode::MissingReference { kind: Kind::Event },
            )]
        })
}

/// Turns a harvested have or need into a flow of its (first) company, and
/// an idea into a synergy at status "idea" from this event. The item
/// remembers what it became, so it is converted once.
pub fn convert_harvest(
    p: &mut Project,
    event_id: Id,
    item_id: Id,
    new_id: Id,
    today: Date,
    ctx: &EditContext,
) -> Outcome {
    let mut e = event(p, event_id)?;
    let Some(item) = e.harvest.iter_mut().find(|h| h.id == item_id) else {
        return Err(vec![Issue::error(
            "",
            IssueCode::MissingReference { kind: Kind::Event },
        )]);
    };
    if item.converted_to.is_some() {
        return Ok(Vec::new());
    }
    let mut changed = match item.kind {
        HarvestKind::Have | HarvestKind::Need => harvest_flow(p, item, new_id, today, ctx)?,
        HarvestKind::Idea => harvest_synergy(p, event_id, item, new_id, ctx)?,
    };
    item.converted_to = Some(new_id);
    changed.extend(save_event(p, e, ctx)?);
    Ok(changed)
}

fn harvest_flow(
    p: &mut Project,
    item: &HarvestItem,
    id: Id,
    today: Date,
    ctx: &EditContext,
) -> Outcome {
    let company = *item
        .company_ids
        .first()
        .ok_or_else(|| vec![Issue::error("company_ids", IssueCode::Required)])?;
    let direction = if item.kind == HarvestKind::Have {
        Direction::Have
    } else {
        Direction::Need
    };
    let words = if item.resource.trim().is_empty() {
        &item.text
    } else {
        &item.resource
    };
    let text = format!("{} {}", item.quantity, words);
    let mut flow = crate::quick::draft_flow(id, company, direction, &text, today, ctx)
        .ok_or_else(|| vec![Issue::error("resource", IssueCode::Required)])?;
    if !item.category.is_empty() {
        flow.category = item.category.clone();
    }
    flow.quality_notes = item.text.clone();
    save_flow(p, flow, ctx)
}

fn harvest_synergy(
    p: &mut Project,
    event_id: Id,
    item: &HarvestItem,
    id: Id,
    ctx: &EditContext,
) -> Outcome {
    let participants = super::members(&item.company_ids);
    let origin = Origin {
        kind: OriginKind::Workshop,
        event_id: Some(event_id),
    };
    let mut s = new_synergy(
        id,
        item.text.clone(),
        SynergyKind::Substitution,
        participants,
        Vec::new(),
        origin,
        ctx,
    );
    s.notes = [item.resource.as_str(), item.quantity.as_str()]
        .iter()
        .filter(|x| !x.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" — ");
    save_synergy(p, s, ctx)
}
