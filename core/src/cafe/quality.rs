//! The quality of a plan, in the facts a facilitator reads: repeated pairs,
//! revisits, colleagues together, new contacts per person, sector mix; and
//! the lower bounds that say whether a better plan could exist at all.

use super::cost;
use super::problem::{sizes, Problem, Seating};

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Quality {
    /// Extra encounters (two people at one table in one round): a pair
    /// meeting three times counts 2.
    pub repeats: u32,
    /// Pairs that meet more than once.
    pub pairs_repeated: u32,
    /// The most times one pair met.
    pub max_encounters: u32,
    pub revisits: u32,
    /// Times two people of one company sat together.
    pub colleagues_together: u32,
    /// Distinct pairs that met.
    pub pairs_met: u32,
    /// Distinct people each person met: fewest, mean, most.
    pub contacts_min: u32,
    pub contacts_mean: f64,
    pub contacts_max: u32,
    /// Mean over table-rounds of distinct sectors at the table (known sectors).
    pub sectors_per_table: f64,
    /// Mean over table-rounds of distinct sectors ÷ people with a known sector.
    pub sector_mix: f64,
    pub bounds: Bounds,
}

/// What no plan can avoid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Bounds {
    pub repeats: u32,
    pub revisits: u32,
    pub colleagues_together: u32,
}

impl Quality {
    /// No plan has fewer repeats, revisits or colleagues together.
    pub fn is_optimal(&self) -> bool {
        self.repeats == self.bounds.repeats
            && self.revisits == self.bounds.revisits
            && self.colleagues_together == self.bounds.colleagues_together
    }
}

/// Who sits at each table, round by round.
pub fn tables_of(problem: &Problem, seating: &Seating) -> Vec<Vec<Vec<usize>>> {
    seating
        .iter()
        .map(|round| {
            let mut at = vec![Vec::new(); problem.tables];
            for (p, t) in round.iter().enumerate() {
                if let Some(t) = t {
                    at[*t].push(p);
                }
            }
            at
        })
        .collect()
}

/// How often each pair met (their encounters): `meet[a * n + b]`.
pub fn encounters(problem: &Problem, seating: &Seating) -> Vec<u32> {
    let n = problem.people.len();
    let mut meet = vec![0u32; n * n];
    for round in tables_of(problem, seating) {
        for members in round {
            for (x, &a) in members.iter().enumerate() {
                for &b in &members[x + 1..] {
                    meet[a * n + b] += 1;
                    meet[b * n + a] += 1;
                }
            }
        }
    }
    meet
}

pub fn measure(problem: &Problem, seating: &Seating) -> Quality {
    let n = problem.people.len();
    let meet = encounters(problem, seating);
    let (mut repeats, mut pairs_repeated, mut pairs_met, mut colleagues) = (0, 0, 0, 0);
    for a in 0..n {
        for b in a + 1..n {
            let m = meet[a * n + b];
            repeats += m.saturating_sub(1);
            pairs_repeated += (m > 1) as u32;
            pairs_met += (m > 0) as u32;
            if problem.people[a].company == problem.people[b].company {
                colleagues += m;
            }
        }
    }
    let contacts: Vec<u32> = (0..n)
        .filter(|&p| seating.iter().any(|r| r[p].is_some()))
        .map(|p| (0..n).filter(|&q| meet[p * n + q] > 0).count() as u32)
        .collect();
    let (sectors_per_table, sector_mix) = sector_mix(problem, seating);
    Quality {
        repeats,
        pairs_repeated,
        max_encounters: meet.iter().copied().max().unwrap_or(0),
        revisits: cost::revisits(problem, seating),
        colleagues_together: colleagues,
        pairs_met,
        contacts_min: contacts.iter().copied().min().unwrap_or(0),
        contacts_mean: mean(contacts.iter().map(|&c| c as f64)),
        contacts_max: contacts.iter().copied().max().unwrap_or(0),
        sectors_per_table,
        sector_mix,
        bounds: bounds(problem),
    }
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, count) = values.fold((0.0, 0usize), |(s, c), v| (s + v, c + 1));
    if count == 0 {
        0.0
    } else {
        sum / count as f64
    }
}

fn sector_mix(problem: &Problem, seating: &Seating) -> (f64, f64) {
    let mut distinct = Vec::new();
    let mut ratio = Vec::new();
    for round in tables_of(problem, seating) {
        for members in round {
            let mut sectors: Vec<u8> = members
                .iter()
                .filter_map(|&p| problem.people[p].sector)
                .collect();
            let known = sectors.len();
            sectors.sort_unstable();
            sectors.dedup();
            if known > 0 {
                distinct.push(sectors.len() as f64);
                ratio.push(sectors.len() as f64 / known as f64);
            }
        }
    }
    (mean(distinct.into_iter()), mean(ratio.into_iter()))
}

/// Minimum pairs among `x` people split over `groups` groups.
fn pigeonhole_pairs(x: usize, groups: usize) -> usize {
    let (q, extra) = (x / groups, x % groups);
    extra * (q + 1) * q / 2 + (groups - extra) * q * q.saturating_sub(1) / 2
}

/// Lower bounds, from counting and from the pigeonhole principle.
pub fn bounds(problem: &Problem) -> Bounds {
    let t = problem.tables;
    if t == 0 {
        return Bounds::default();
    }
    Bounds {
        repeats: counting_bound(problem).max(pigeonhole_bound(problem)),
        revisits: problem
            .people
            .iter()
            .filter(|p| p.is_traveller())
            .map(|p| {
                let rounds = (0..problem.rounds).filter(|&r| p.is_present(r)).count();
                rounds.saturating_sub(t) as u32
            })
            .sum(),
        colleagues_together: colleague_bound(problem),
    }
}

/// Each person meets at least (smallest table − 1) people a round; beyond
/// everybody else, meetings repeat. Each extra meeting is counted by both
/// people of the pair.
fn counting_bound(problem: &Problem) -> u32 {
    let n = problem.people.len();
    let smallest: Vec<usize> = (0..problem.rounds)
        .map(|r| sizes(problem.present_in(r), problem.tables).0)
        .collect();
    let excess: usize = problem
        .people
        .iter()
        .map(|p| {
            let seats: usize = (0..problem.rounds)
                .filter(|&r| p.is_present(r))
                .map(|r| smallest[r].saturating_sub(1))
                .sum();
            seats.saturating_sub(n.saturating_sub(1))
        })
        .sum();
    excess.div_ceil(2) as u32
}

/// The travellers of a table in round r + 1 who were there in round r come
/// from only T tables. Two from one table sat together just before; one
/// coming back to its own table meets its host again. So when tables hold
/// more travellers than there are tables (or as many, with hosts), some
/// meetings repeat at every change of round. Spreading the travellers
/// evenly is the least bad (the cost of a table grows faster than its
/// size), which gives the bound.
fn pigeonhole_bound(problem: &Problem) -> u32 {
    let t = problem.tables;
    let hosts = problem.hosts();
    let mut total = 0;
    for r in 1..problem.rounds {
        let both = |p: &super::problem::Person| p.is_present(r - 1) && p.is_present(r);
        let staying = problem
            .people
            .iter()
            .filter(|p| p.is_traveller() && both(p))
            .count();
        // Host repeats count only where every table keeps its host.
        let hosted = hosts
            .iter()
            .all(|h| h.is_some_and(|h| both(&problem.people[h])));
        let (x, extra) = sizes(staying, t);
        total +=
            extra * arrival_repeats(x + 1, t, hosted) + (t - extra) * arrival_repeats(x, t, hosted);
    }
    total as u32
}

/// Fewest repeated meetings among `x` travellers arriving at a table from
/// `tables` tables: each one joining a group of g people who came from the
/// same table adds g repeats, plus one if that table is this one (its host).
/// Adding each traveller where it costs least is optimal: the costs grow.
fn arrival_repeats(x: usize, tables: usize, hosted: bool) -> usize {
    let mut from = vec![0usize; tables];
    let mut total = 0;
    for _ in 0..x {
        let (q, cost) = (0..tables)
            .map(|q| (q, from[q] + (hosted && q == 0) as usize))
            .min_by_key(|&(_, c)| c)
            .unwrap_or((0, 0));
        from[q] += 1;
        total += cost;
    }
    total
}

/// A company with more people present than tables must seat some together.
fn colleague_bound(problem: &Problem) -> u32 {
    let companies = problem
        .people
        .iter()
        .map(|p| p.company + 1)
        .max()
        .unwrap_or(0);
    let mut total = 0;
    for r in 0..problem.rounds {
        let mut count = vec![0usize; companies];
        for p in problem.people.iter().filter(|p| p.is_present(r)) {
            count[p.company] += 1;
        }
        total += count
            .iter()
            .map(|&c| pigeonhole_pairs(c, problem.tables))
            .sum::<usize>();
    }
    total as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrivals_by_hand() {
        // 4 travellers from 3 tables with a host: 2 + 1 + 1 from the other
        // two and one from here (1 pair + 1 host meeting), or 2 + 2 (2 pairs).
        assert_eq!(arrival_repeats(4, 3, true), 2);
        assert_eq!(arrival_repeats(4, 3, false), 1);
        assert_eq!(arrival_repeats(2, 3, true), 0);
        assert_eq!(arrival_repeats(3, 3, true), 1);
        assert_eq!(arrival_repeats(4, 7, true), 0);
    }

    #[test]
    fn pigeonhole_pairs_by_hand() {
        assert_eq!(pigeonhole_pairs(4, 3), 1); // 2 + 1 + 1
        assert_eq!(pigeonhole_pairs(3, 3), 0);
        assert_eq!(pigeonhole_pairs(7, 3), 5); // 3 + 2 + 2 → 3 + 1 + 1
        assert_eq!(pigeonhole_pairs(5, 1), 10);
        assert_eq!(pigeonhole_pairs(0, 4), 0);
    }
}
