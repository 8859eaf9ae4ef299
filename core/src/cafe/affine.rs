//! The affine construction: with a number T of tables that is the order of
//! a finite field (a prime, or 4, 8, 9, 16, 25), the traveller in slot
//! (t0, s), s ≠ 0, sits at table t0 + s·r in round r (field arithmetic;
//! modulo T when T is prime).
//! Two slots of one class s never meet; two slots of different classes meet
//! exactly once in T rounds; each slot visits a new table every round and
//! meets each host once. So up to T rounds have no repeated pair and no
//! revisit by construction, and annealing only decides who takes which
//! slot, for sector, size and company mixing (colleagues in one class never
//! meet).

use super::cost;
use super::field::{field, Field};
use super::problem::{Person, Problem, Seating};
use crate::rng::Rng;

/// Whether the construction exists for this number of tables.
pub fn has_design(tables: usize) -> bool {
    field(tables).is_some()
}

/// Travellers per table (the number of slot classes) when the construction
/// applies: a field of that many tables, rounds ≤ tables, nothing locked, everybody
/// present in every round, and a host at every table or at none.
pub fn classes(problem: &Problem) -> Option<usize> {
    let t = problem.tables;
    let attends = |p: &Person| (0..problem.rounds).any(|r| p.is_present(r));
    // Everybody comes to every round, or not at all.
    let all_or_nothing = problem.people.iter().all(|p| {
        let rounds = (0..problem.rounds).filter(|&r| p.is_present(r)).count();
        rounds == 0 || rounds == problem.rounds
    });
    let hosted = problem
        .hosts()
        .iter()
        .filter(|h| h.is_some_and(|h| attends(&problem.people[h])))
        .count();
    let travellers = problem
        .people
        .iter()
        .filter(|p| p.is_traveller() && attends(p))
        .count();
    let k = travellers.div_ceil(t);
    let fits = has_design(t)
        && problem.rounds <= t
        && problem.locked.is_empty()
        && all_or_nothing
        && (hosted == 0 || hosted == t)
        && k >= 1
        && k < t;
    fits.then_some(k)
}

/// The table of slot (t0, s) in round r.
fn table(f: &Field, t0: usize, s: usize, r: usize) -> usize {
    f.add(t0, f.mul(s, r))
}

/// Who each slot meets over the rounds: other slots, and hosts' tables.
struct Design {
    /// Slot index = (s − 1) · T + t0.
    slot_neighbours: Vec<Vec<usize>>,
    host_tables: Vec<Vec<usize>>,
}

fn design(f: &Field, tables: usize, k: usize, rounds: usize) -> Design {
    let slots = tables * k;
    let at = |slot: usize, r: usize| table(f, slot % tables, slot / tables + 1, r);
    let mut slot_neighbours = vec![Vec::new(); slots];
    let mut host_tables = vec![Vec::new(); slots];
    for a in 0..slots {
        for r in 0..rounds {
            host_tables[a].push(at(a, r));
            for b in 0..slots {
                if b != a && at(b, r) == at(a, r) {
                    slot_neighbours[a].push(b);
                }
            }
        }
    }
    Design {
        slot_neighbours,
        host_tables,
    }
}

/// Plans with the construction; `k` from [`classes`] (None when the
/// number of tables has no design).
pub fn plan(problem: &Problem, k: usize) -> Option<Seating> {
    let t = problem.tables;
    let f = field(t)?;
    let d = design(&f, t, k, problem.rounds);
    let travellers: Vec<usize> = (0..problem.people.len())
        .filter(|&p| problem.people[p].is_traveller() && problem.people[p].is_present(0))
        .collect();
    let hosts: Vec<Option<usize>> = problem
        .hosts()
        .into_iter()
        .map(|h| h.filter(|&h| problem.people[h].is_present(0)))
        .collect();
    let pen = cost::penalty_matrix(&problem.people);
    let n = problem.people.len();
    // occupant[slot]: a traveller, or None for the empty slots, all in the
    // last class so that table sizes stay within one of each other.
    let mut occupant: Vec<Option<usize>> = vec![None; t * k];
    let mut rng = Rng::new(problem.seed);
    let mut order = travellers.clone();
    rng.shuffle(&mut order);
    // Colleagues side by side in slot order, so they start in one class.
    order.sort_by_key(|&p| problem.people[p].company);
    for (slot, p) in order.into_iter().enumerate() {
        occupant[slot] = Some(p);
    }
    let pair = |x: Option<usize>, y: Option<usize>| match (x, y) {
        (Some(x), Some(y)) => pen[x * n + y] as i64,
        _ => 0,
    };
    let slot_cost = |occ: &[Option<usize>], slot: usize, who: Option<usize>, skip: usize| {
        let mut c: i64 = d.slot_neighbours[slot]
            .iter()
            .filter(|&&b| b != skip)
            .map(|&b| pair(who, occ[b]))
            .sum();
        c += d.host_tables[slot]
            .iter()
            .map(|&table| pair(who, hosts[table]))
            .sum::<i64>();
        c
    };
    let last_class = t * (k - 1);
    let slots = t * k;
    let iters = (slots * 600).clamp(5_000, 60_000);
    let (t_start, t_end) = (30.0f64, 0.1f64);
    let cooling = (t_end / t_start).powf(1.0 / iters as f64);
    let mut temp = t_start;
    for _ in 0..iters {
        temp *= cooling;
        let (a, b) = (rng.below(slots), rng.below(slots));
        let (x, y) = (occupant[a], occupant[b]);
        // An empty slot only trades places within the last class.
        let allowed = x.is_some() && y.is_some() || (a >= last_class && b >= last_class);
        if a == b || !allowed {
            continue;
        }
        let delta = slot_cost(&occupant, a, y, b) + slot_cost(&occupant, b, x, a)
            - slot_cost(&occupant, a, x, b)
            - slot_cost(&occupant, b, y, a);
        if delta <= 0 || rng.unit() < (-(delta as f64) / temp).exp() {
            occupant.swap(a, b);
        }
    }
    Some(seating(problem, &f, &occupant, k))
}

fn seating(problem: &Problem, f: &Field, occupant: &[Option<usize>], k: usize) -> Seating {
    let t = problem.tables;
    (0..problem.rounds)
        .map(|r| {
            let mut round = vec![None; problem.people.len()];
            for (p, person) in problem.people.iter().enumerate() {
                if let Some(h) = person.host_of.filter(|_| person.is_present(r)) {
                    round[p] = Some(h);
                }
            }
            for (slot, who) in occupant.iter().enumerate().take(t * k) {
                if let Some(p) = who {
                    round[*p] = Some(table(f, slot % t, slot / t + 1, r));
                }
            }
            round
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Exhaustive check of the design itself for every field order up to
    /// 16: each pair of slots meets at most once over T rounds, each slot
    /// visits T different tables.
    #[test]
    fn the_design_never_repeats() {
        for t in [2, 3, 4, 5, 7, 8, 9, 11, 13, 16] {
            let k = t - 1;
            let d = design(&field(t).unwrap(), t, k, t);
            for (a, nb) in d.slot_neighbours.iter().enumerate() {
                let mut sorted = nb.clone();
                sorted.sort_unstable();
                sorted.dedup();
                assert_eq!(sorted.len(), nb.len(), "T={t} slot {a} meets someone twice");
                let mut tables = d.host_tables[a].clone();
                tables.sort_unstable();
                tables.dedup();
                assert_eq!(tables.len(), t, "T={t} slot {a} revisits a table");
            }
        }
    }
}
