//! From an event of the project to a rotation problem and back: who takes
//! part (attendees not marked absent, in the rounds they attend), their
//! company, sector and size; the plan's seats; what a re-plan changes; a
//! manual swap.

use super::problem::{Person, Problem, Seating};
use super::quality::{self, Quality};
use crate::model::*;
use std::collections::HashMap;

/// Who is who in a problem: person i is `attendees[i]`, table j is `tables[j]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Roster {
    pub attendees: Vec<Id>,
    pub tables: Vec<u32>,
}

/// Size classes for mixing: micro (under 10), small and medium (under 250), large.
fn size_class(band: Option<SizeBand>) -> Option<u8> {
    let (min, _) = band?.range()?;
    Some(match min {
        0..=9 => 0,
        10..=249 => 1,
        _ => 2,
    })
}

/// Whether an attendee sits at the café in round `r` (0-based).
pub fn attends(a: &Attendee, r: usize) -> bool {
    let round = r as u32 + 1;
    a.status != AttendanceStatus::Absent
        && a.from_round.unwrap_or(1) <= round
        && a.until_round.is_none_or(|u| round <= u)
}

/// The problem of planning `plan` for `event`, with its first `locked`
/// rounds kept as they are.
pub fn problem(p: &Project, event: &Event, plan: &CafePlan, locked: usize) -> (Problem, Roster) {
    let companies: HashMap<Id, &Company> = p.live_companies().map(|c| (c.id, c)).collect();
    let mut company_index: HashMap<Id, usize> = HashMap::new();
    let rounds = plan.rounds.len();
    let roster = Roster {
        attendees: event.attendance.iter().map(|a| a.id).collect(),
        tables: plan.tables.iter().map(|t| t.number).collect(),
    };
    let people = event
        .attendance
        .iter()
        .map(|a| {
            let next = company_index.len();
            let company = companies.get(&a.company_id);
            Person {
                company: *company_index.entry(a.company_id).or_insert(next),
                sector: company
                    .and_then(|c| c.activity.as_ref())
                    .and_then(crate::naf::section_of)
                    .map(|s| s as u8),
                size: size_class(company.and_then(|c| c.size_band)),
                host_of: a
                    .host_of_table
                    .and_then(|n| roster.tables.iter().position(|&t| t == n)),
                present: (0..rounds).map(|r| attends(a, r)).collect(),
            }
        })
        .collect();
    let seating = from_seats(&roster, &plan.seating);
    let problem = Problem {
        tables: plan.tables.len(),
        rounds,
        people,
        locked: seating.iter().take(locked.min(rounds)).cloned().collect(),
        previous: (!plan.seating.is_empty()).then_some(seating),
        seed: plan.seed,
    };
    (problem, roster)
}

/// A plan's seats as a seating of the roster (unknown people and tables dropped).
pub fn from_seats(roster: &Roster, seats: &[Vec<Seat>]) -> Seating {
    seats
        .iter()
        .map(|round| {
            let mut out = vec![None; roster.attendees.len()];
            for seat in round {
                let person = roster.attendees.iter().position(|&a| a == seat.attendee_id);
                let table = roster.tables.iter().position(|&t| t == seat.table);
                if let (Some(p), Some(t)) = (person, table) {
                    out[p] = Some(t);
                }
            }
            out
        })
        .collect()
}

pub fn to_seats(roster: &Roster, seating: &Seating) -> Vec<Vec<Seat>> {
    seating
        .iter()
        .map(|round| {
            round
                .iter()
                .enumerate()
                .filter_map(|(p, t)| {
                    Some(Seat {
                        attendee_id: roster.attendees[p],
                        table: roster.tables[(*t)?],
                    })
                })
                .collect()
        })
        .collect()
}

/// Who sits at each table in round `r` of the event's plan: (table number,
/// names with whether each is the table's host), hosts first.
pub fn tables_in_round(
    event: &Event,
    plan: &CafePlan,
    r: usize,
) -> Vec<(u32, Vec<(String, bool)>)> {
    let Some(seats) = plan.seating.get(r) else {
        return Vec::new();
    };
    plan.tables
        .iter()
        .map(|t| {
            let mut names: Vec<(String, bool)> = seats
                .iter()
                .filter(|s| s.table == t.number)
                .filter_map(|s| event.attendance.iter().find(|a| a.id == s.attendee_id))
                .map(|a| (a.name.clone(), a.host_of_table == Some(t.number)))
                .collect();
            names.sort_by_key(|(_, host)| !host);
            (t.number, names)
        })
        .collect()
}

/// The quality of the plan stored in an event.
pub fn measure(p: &Project, event: &Event, plan: &CafePlan) -> Quality {
    let (problem, roster) = problem(p, event, plan, 0);
    quality::measure(&problem, &from_seats(&roster, &plan.seating))
}

/// What the facilitator is told of the plan stored in an event: its
/// measured quality, the method that guarantees it when the shape allows
/// one, and the shape's warnings, with the company and table they concern.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub quality: Quality,
    pub method: Option<super::Method>,
    pub warnings: Vec<super::Warning>,
    /// A name for each company number of the warnings.
    companies: HashMap<usize, String>,
    /// The number shown on each table, by position.
    tables: Vec<u32>,
}

impl Review {
    /// The name of the company a warning numbers `c`.
    pub fn company(&self, c: usize) -> String {
        self.companies.get(&c).cloned().unwrap_or_default()
    }

    /// The number shown on table `t` (0-based position).
    pub fn table(&self, t: usize) -> u32 {
        self.tables.get(t).copied().unwrap_or(t as u32 + 1)
    }
}

/// The review of a seated plan; `None` before anybody is seated.
pub fn review(p: &Project, event: &Event, plan: &CafePlan) -> Option<Review> {
    if plan.seating.is_empty() {
        return None;
    }
    let (problem, roster) = problem(p, event, plan, 0);
    let quality = quality::measure(&problem, &from_seats(&roster, &plan.seating));
    let method = super::affine::classes(&problem).map(|_| super::Method::Affine);
    let warnings = problem.check().unwrap_or_default();
    // A company is named after the first of its people (in attendance order).
    let mut companies = HashMap::new();
    for (i, person) in problem.people.iter().enumerate() {
        companies.entry(person.company).or_insert_with(|| {
            event
                .attendance
                .get(i)
                .and_then(|a| p.company(a.company_id))
                .map(|c| c.name.clone())
                .unwrap_or_default()
        });
    }
    let tables = plan.tables.iter().map(|t| t.number).collect();
    Some(Review {
        quality,
        method,
        warnings,
        companies,
        tables,
    })
}

/// One person's seat that a new plan changes.
#[derive(Clone, Debug, PartialEq)]
pub struct SeatChange {
    /// 0-based round.
    pub round: usize,
    pub attendee: Id,
    pub from: Option<u32>,
    pub to: Option<u32>,
}

pub fn changes(old: &[Vec<Seat>], new: &[Vec<Seat>]) -> Vec<SeatChange> {
    let table = |round: Option<&Vec<Seat>>, who: Id| {
        round?
            .iter()
            .find(|s| s.attendee_id == who)
            .map(|s| s.table)
    };
    let mut out = Vec::new();
    for r in 0..old.len().max(new.len()) {
        let people: Vec<Id> = old
            .get(r)
            .into_iter()
            .chain(new.get(r))
            .flatten()
            .map(|s| s.attendee_id)
            .collect();
        let mut seen = std::collections::HashSet::new();
        for who in people {
            if !seen.insert(who) {
                continue;
            }
            let (from, to) = (table(old.get(r), who), table(new.get(r), who));
            if from != to {
                out.push(SeatChange {
                    round: r,
                    attendee: who,
                    from,
                    to,
                });
            }
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwapRefusal {
    /// The round was played already.
    Played,
    /// A host stays at their table.
    Host,
    /// They sit at the same table.
    SameTable,
    /// One of them is not seated in that round.
    NotSeated,
}

/// Swaps the tables of two people in one round of the plan.
pub fn swap(
    event: &Event,
    plan: &mut CafePlan,
    round: usize,
    a: Id,
    b: Id,
) -> Result<(), SwapRefusal> {
    if round < plan.locked_rounds as usize {
        return Err(SwapRefusal::Played);
    }
    let is_host = |who: Id| {
        event
            .attendance
            .iter()
            .any(|x| x.id == who && x.host_of_table.is_some())
    };
    if is_host(a) || is_host(b) {
        return Err(SwapRefusal::Host);
    }
    let seats = plan.seating.get_mut(round).ok_or(SwapRefusal::NotSeated)?;
    let i = seats.iter().position(|s| s.attendee_id == a);
    let j = seats.iter().position(|s| s.attendee_id == b);
    let (Some(i), Some(j)) = (i, j) else {
        return Err(SwapRefusal::NotSeated);
    };
    if seats[i].table == seats[j].table {
        return Err(SwapRefusal::SameTable);
    }
    let t = seats[i].table;
    seats[i].table = seats[j].table;
    seats[j].table = t;
    Ok(())
}
