//! After the café: who met whom (new contacts per person, the cross-sector
//! mix) as evidence for the programme report, and the harvest — by table,
//! by theme, ideas ranked by dot votes.

use super::event_plan;
use crate::model::*;
use std::collections::{HashMap, HashSet};

/// One participant's meetings at the café.
#[derive(Clone, Debug, PartialEq)]
pub struct Met {
    pub attendee: Id,
    pub name: String,
    pub company: Id,
    /// Distinct people met.
    pub people: u32,
    /// Of whom people of companies this person's company had never sat
    /// with at an earlier World Café of the project.
    pub new_people: u32,
    /// Distinct sectors (NAF sections) among the people met.
    pub sectors: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WhoMetWhom {
    /// Alphabetical.
    pub people: Vec<Met>,
    /// Distinct pairs of people who sat together.
    pub pairs: u32,
    /// Pairs of companies that sat together for the first time.
    pub new_company_pairs: u32,
    /// Share of pairs (both sectors known) from different sectors.
    pub cross_sector_share: Option<f64>,
    /// Pairs that met, by pair of sectors (each pair of letters once, sorted).
    pub sector_pairs: Vec<((char, char), u32)>,
}

type CompanyPair = (Id, Id);

fn company_pair(a: Id, b: Id) -> CompanyPair {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Pairs of companies who shared a table at a World Café, from the seats.
fn company_pairs(e: &Event) -> HashSet<CompanyPair> {
    let company: HashMap<Id, Id> = e.attendance.iter().map(|a| (a.id, a.company_id)).collect();
    let mut out = HashSet::new();
    for round in e.cafe.iter().flat_map(|c| c.seating.iter()) {
        for (i, x) in round.iter().enumerate() {
            for y in &round[i + 1..] {
                if x.table == y.table {
                    if let (Some(&a), Some(&b)) =
                        (company.get(&x.attendee_id), company.get(&y.attendee_id))
                    {
                        if a != b {
                            out.insert(company_pair(a, b));
                        }
                    }
                }
            }
        }
    }
    out
}

fn sector(p: &Project, company: Id) -> Option<char> {
    p.company(company)?
        .activity
        .as_ref()
        .and_then(crate::naf::section_of)
}

/// None when the event has no seats yet.
pub fn who_met_whom(p: &Project, event: &Event) -> Option<WhoMetWhom> {
    let plan = event.cafe.as_ref().filter(|c| !c.seating.is_empty())?;
    let earlier: HashSet<CompanyPair> = p
        .events
        .iter()
        .filter(|e| !e.deleted && e.id != event.id && e.date < event.date)
        .flat_map(company_pairs)
        .collect();
    let (problem, roster) = event_plan::problem(p, event, plan, 0);
    let seating = event_plan::from_seats(&roster, &plan.seating);
    let meet = super::quality::encounters(&problem, &seating);
    let n = roster.attendees.len();
    let sectors: Vec<Option<char>> = event
        .attendance
        .iter()
        .map(|a| sector(p, a.company_id))
        .collect();
    let mut people = Vec::new();
    for (i, a) in event.attendance.iter().enumerate() {
        let met: Vec<usize> = (0..n).filter(|&j| meet[i * n + j] > 0).collect();
        if met.is_empty() {
            continue;
        }
        let other = |j: usize| event.attendance[j].company_id;
        let distinct: HashSet<char> = met.iter().filter_map(|&j| sectors[j]).collect();
        people.push(Met {
            attendee: a.id,
            name: a.name.clone(),
            company: a.company_id,
            people: met.len() as u32,
            new_people: met
                .iter()
                .filter(|&&j| !earlier.contains(&company_pair(a.company_id, other(j))))
                .count() as u32,
            sectors: distinct.len() as u32,
        });
    }
    crate::sorting::sort_by_key(&mut people, |m| crate::text::fold(&m.name));
    let (mut pairs, mut known, mut cross) = (0, 0, 0);
    let mut by_sectors: HashMap<(char, char), u32> = HashMap::new();
    for i in 0..n {
        for j in i + 1..n {
            if meet[i * n + j] == 0 {
                continue;
            }
            pairs += 1;
            if let (Some(a), Some(b)) = (sectors[i], sectors[j]) {
                known += 1;
                cross += (a != b) as u32;
                *by_sectors.entry((a.min(b), a.max(b))).or_default() += 1;
            }
        }
    }
    let this = company_pairs(event);
    let mut sector_pairs: Vec<((char, char), u32)> = by_sectors.into_iter().collect();
    sector_pairs.sort();
    Some(WhoMetWhom {
        people,
        pairs,
        new_company_pairs: this.difference(&earlier).count() as u32,
        cross_sector_share: (known > 0).then(|| cross as f64 / known as f64),
        sector_pairs,
    })
}

/// The names of companies, comma-separated (unknown ones left out).
pub fn company_names(p: &Project, ids: &[Id]) -> String {
    ids.iter()
        .filter_map(|c| p.company(*c))
        .map(|c| c.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Dot votes each participant gets: about a third of the ideas.
pub fn votes_each(ideas: usize) -> usize {
    ideas.div_ceil(3).max(1)
}

/// Two tallies too close to call: within one vote, or 5 % of the larger.
pub fn near_tie(a: u32, b: u32) -> bool {
    let gap = a.abs_diff(b);
    gap <= 1 || (gap as f64) <= 0.05 * a.max(b) as f64
}

/// The ideas, most votes first (in capture order among equals).
pub fn ranked_ideas(event: &Event) -> Vec<&HarvestItem> {
    let mut ideas: Vec<&HarvestItem> = event
        .harvest
        .iter()
        .filter(|h| h.kind == HarvestKind::Idea)
        .collect();
    ideas.sort_by_key(|h| std::cmp::Reverse(h.votes));
    ideas
}

/// Harvest items grouped by a key, groups in key order.
pub fn grouped<K: Ord + Clone>(
    event: &Event,
    key: impl Fn(&HarvestItem) -> K,
) -> Vec<(K, Vec<&HarvestItem>)> {
    let mut groups: Vec<(K, Vec<&HarvestItem>)> = Vec::new();
    for h in &event.harvest {
        let k = key(h);
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, items)) => items.push(h),
            None => groups.push((k, vec![h])),
        }
    }
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    groups
}
