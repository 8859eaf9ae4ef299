//! The general planner: a greedy construction round by round, then
//! simulated annealing on swaps (and moves between tables of unequal size)
//! with an incremental cost. Rounds already played are never touched.

use super::cost::{self, W_CHANGE, W_REVISIT};
use super::problem::{sizes, Problem, Seating, Table};
use crate::rng::Rng;

/// The working state: who sits where, and the counts the cost depends on.
pub(crate) struct State<'a> {
    problem: &'a Problem,
    n: usize,
    pub seating: Seating,
    /// `members[r][t]`: who sits at table t in round r.
    members: Vec<Vec<Vec<usize>>>,
    /// `meet[a * n + b]`: how often a and b sat together.
    meet: Vec<u32>,
    /// `visits[p * tables + t]`: rounds p spent at t.
    visits: Vec<u32>,
    pen: Vec<i32>,
    /// Revisits count only at tables with a host: without hosts, tables are
    /// renumbered afterwards to avoid revisits (see [`relabel`]).
    revisit: i64,
    pub cost: i64,
}

impl<'a> State<'a> {
    fn new(problem: &'a Problem) -> State<'a> {
        let n = problem.people.len();
        State {
            problem,
            n,
            seating: vec![vec![None; n]; problem.rounds],
            members: vec![vec![Vec::new(); problem.tables]; problem.rounds],
            meet: vec![0; n * n],
            visits: vec![0; n * problem.tables],
            pen: cost::penalty_matrix(&problem.people),
            revisit: if has_hosts(problem) { W_REVISIT } else { 0 },
            cost: 0,
        }
    }

    fn previous(&self, r: usize, p: usize) -> Option<Table> {
        let previous = self.problem.previous.as_ref()?;
        previous.get(r)?.get(p).copied().flatten()
    }

    /// Cost of adding p to table t in round r (t's members as they are).
    fn join_cost(&self, r: usize, p: usize, t: Table) -> i64 {
        let mut c = 0;
        for &m in &self.members[r][t] {
            let met = self.meet[p * self.n + m];
            c += cost::repeat_cost(met + 1) - cost::repeat_cost(met);
            c += self.pen[p * self.n + m] as i64;
        }
        if self.problem.people[p].is_traveller() && self.visits[p * self.problem.tables + t] > 0 {
            c += self.revisit;
        }
        if self.previous(r, p).is_some_and(|before| before != t) {
            c += W_CHANGE;
        }
        c
    }

    fn seat(&mut self, r: usize, p: usize, t: Table) {
        self.cost += self.join_cost(r, p, t);
        for &m in &self.members[r][t] {
            self.meet[p * self.n + m] += 1;
            self.meet[m * self.n + p] += 1;
        }
        self.visits[p * self.problem.tables + t] += 1;
        self.members[r][t].push(p);
        self.seating[r][p] = Some(t);
    }

    fn unseat(&mut self, r: usize, p: usize) {
        let Some(t) = self.seating[r][p].take() else {
            return;
        };
        self.members[r][t].retain(|&m| m != p);
        for &m in &self.members[r][t] {
            self.meet[p * self.n + m] -= 1;
            self.meet[m * self.n + p] -= 1;
        }
        self.visits[p * self.problem.tables + t] -= 1;
        self.cost -= self.join_cost(r, p, t);
    }

    /// Cost change if p left table t in round r (the others staying).
    fn leave_delta(&self, r: usize, p: usize, t: Table, except: usize) -> i64 {
        let mut c = 0;
        for &m in self.members[r][t]
            .iter()
            .filter(|&&m| m != p && m != except)
        {
            let met = self.meet[p * self.n + m];
            c += cost::repeat_cost(met - 1) - cost::repeat_cost(met);
            c -= self.pen[p * self.n + m] as i64;
        }
        if self.problem.people[p].is_traveller() && self.visits[p * self.problem.tables + t] > 1 {
            c -= self.revisit;
        }
        if self.previous(r, p).is_some_and(|before| before != t) {
            c -= W_CHANGE;
        }
        c
    }

    /// Cost change if p joined table t in round r, not counting `except`
    /// (who is leaving it) and with p's own visit to `from` removed.
    fn enter_delta(&self, r: usize, p: usize, t: Table, except: usize) -> i64 {
        let mut c = 0;
        for &m in self.members[r][t].iter().filter(|&&m| m != except) {
            let met = self.meet[p * self.n + m];
            c += cost::repeat_cost(met + 1) - cost::repeat_cost(met);
            c += self.pen[p * self.n + m] as i64;
        }
        if self.problem.people[p].is_traveller() && self.visits[p * self.problem.tables + t] > 0 {
            c += self.revisit;
        }
        if self.previous(r, p).is_some_and(|before| before != t) {
            c += W_CHANGE;
        }
        c
    }

    /// Cost change of swapping i (at a) and j (at b) in round r.
    fn swap_delta(&self, r: usize, i: usize, j: usize) -> i64 {
        let (a, b) = (self.seating[r][i].unwrap(), self.seating[r][j].unwrap());
        self.leave_delta(r, i, a, j)
            + self.leave_delta(r, j, b, i)
            + self.enter_delta(r, i, b, j)
            + self.enter_delta(r, j, a, i)
    }

    fn swap(&mut self, r: usize, i: usize, j: usize) {
        let (a, b) = (self.seating[r][i].unwrap(), self.seating[r][j].unwrap());
        self.unseat(r, i);
        self.unseat(r, j);
        self.seat(r, i, b);
        self.seat(r, j, a);
    }

    fn move_delta(&self, r: usize, i: usize, to: Table) -> i64 {
        let a = self.seating[r][i].unwrap();
        self.leave_delta(r, i, a, usize::MAX) + self.enter_delta(r, i, to, usize::MAX)
    }

    fn relocate(&mut self, r: usize, i: usize, to: Table) {
        self.unseat(r, i);
        self.seat(r, i, to);
    }
}

/// Seats the locked rounds as played, then each later round greedily.
fn construct<'a>(problem: &'a Problem, rng: &mut Rng) -> State<'a> {
    let mut s = State::new(problem);
    for (r, round) in problem.locked.iter().enumerate() {
        for (p, t) in round.iter().enumerate() {
            if let Some(t) = t {
                s.seat(r, p, *t);
            }
        }
    }
    for r in problem.locked.len()..problem.rounds {
        greedy_round(&mut s, r, rng);
    }
    s
}

fn greedy_round(s: &mut State, r: usize, rng: &mut Rng) {
    let problem = s.problem;
    let present: Vec<usize> = (0..problem.people.len())
        .filter(|&p| problem.people[p].is_present(r))
        .collect();
    let (base, extra) = sizes(present.len(), problem.tables);
    for &p in &present {
        if let Some(t) = problem.people[p].host_of {
            s.seat(r, p, t);
        }
    }
    let mut travellers: Vec<usize> = present
        .into_iter()
        .filter(|&p| problem.people[p].is_traveller())
        .collect();
    // Hardest to place first: people with colleagues present, then at random.
    rng.shuffle(&mut travellers);
    let colleagues = |p: usize| {
        travellers
            .iter()
            .filter(|&&q| q != p && problem.people[q].company == problem.people[p].company)
            .count()
    };
    let mut keyed: Vec<(usize, usize)> = travellers.iter().map(|&p| (colleagues(p), p)).collect();
    keyed.sort_by_key(|&(c, _)| std::cmp::Reverse(c));
    for (_, p) in keyed {
        let big = s.members[r].iter().filter(|m| m.len() > base).count();
        let start = rng.below(problem.tables);
        let best = (0..problem.tables)
            .map(|k| (start + k) % problem.tables)
            .filter(|&t| {
                let len = s.members[r][t].len();
                len < base || (len == base && big < extra)
            })
            .min_by_key(|&t| s.join_cost(r, p, t));
        if let Some(t) = best {
            s.seat(r, p, t);
        }
    }
}

/// How long the annealing runs: enough for the largest café in well under
/// a second, shorter for small ones.
fn iterations(problem: &Problem) -> usize {
    let free = problem.rounds - problem.locked.len();
    (problem.people.len() * free * 4000).clamp(50_000, 4_000_000)
}

const T_START: f64 = 50.0;
const T_END: f64 = 1.0;

fn has_hosts(problem: &Problem) -> bool {
    problem.people.iter().any(|p| !p.is_traveller())
}

/// One annealing run from a greedy start; returns the best seating seen and
/// its cost, telling how far it is (0 to 1) now and then.
pub(crate) fn run(problem: &Problem, seed: u64, progress: &mut dyn FnMut(f64)) -> (Seating, i64) {
    let mut rng = Rng::new(seed);
    let mut s = construct(problem, &mut rng);
    let movable: Vec<Vec<usize>> = (0..problem.rounds)
        .map(|r| {
            if r < problem.locked.len() {
                return Vec::new();
            }
            (0..problem.people.len())
                .filter(|&p| problem.people[p].is_traveller() && s.seating[r][p].is_some())
                .collect()
        })
        .collect();
    let rounds: Vec<usize> = (0..problem.rounds)
        .filter(|&r| movable[r].len() >= 2)
        .collect();
    let mut best = (s.seating.clone(), s.cost);
    if rounds.is_empty() || problem.tables < 2 {
        return best;
    }
    let iters = iterations(problem);
    let cooling = (T_END / T_START).powf(1.0 / iters as f64);
    let mut temp = T_START;
    let tick = (iters / 50).max(1);
    for step in 0..iters {
        if step % tick == 0 {
            progress(step as f64 / iters as f64);
        }
        temp *= cooling;
        let r = rounds[rng.below(rounds.len())];
        let i = movable[r][rng.below(movable[r].len())];
        let j = movable[r][rng.below(movable[r].len())];
        let (a, b) = (s.seating[r][i].unwrap(), s.seating[r][j].unwrap());
        if a == b {
            continue;
        }
        // Moving one person keeps sizes within one only from a larger table.
        let moving = s.members[r][a].len() == s.members[r][b].len() + 1 && rng.below(4) == 0;
        let delta = if moving {
            s.move_delta(r, i, b)
        } else {
            s.swap_delta(r, i, j)
        };
        if delta <= 0 || rng.unit() < (-(delta as f64) / temp).exp() {
            if moving {
                s.relocate(r, i, b);
            } else {
                s.swap(r, i, j);
            }
            if s.cost < best.1 {
                best = (s.seating.clone(), s.cost);
            }
        }
    }
    best
}

/// The best of a few runs with different seeds, stopping early when one is
/// `good_enough` (no repeat, revisit or colleague beyond what is forced).
pub(crate) fn plan(
    problem: &Problem,
    restarts: usize,
    good_enough: impl Fn(&Seating) -> bool,
    progress: &mut dyn FnMut(f64),
) -> (Seating, i64) {
    let mut best: Option<(Seating, i64)> = None;
    let runs = restarts.max(1);
    for k in 0..runs {
        let seed = problem.seed ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        // Each run is a share of the whole; stopping early jumps to the end.
        let mut within = |f: f64| progress((k as f64 + f) / runs as f64);
        let mut candidate = run(problem, seed, &mut within);
        if !has_hosts(problem) {
            relabel(problem, &mut candidate.0);
            candidate.1 = cost::total(problem, &candidate.0);
        }
        if best.as_ref().is_none_or(|b| candidate.1 < b.1) {
            best = Some(candidate);
        }
        if best.as_ref().is_some_and(|b| good_enough(&b.0)) {
            break;
        }
    }
    best.expect("at least one run")
}

/// Without hosts, which group sits at which table does not change who
/// meets whom: number the tables of each free round so that travellers
/// come back to a table as rarely as possible (and, when re-planning,
/// keep people where they were), by an optimal assignment round by round.
pub(crate) fn relabel(problem: &Problem, seating: &mut Seating) {
    let t = problem.tables;
    let n = problem.people.len();
    let mut visits = vec![0i64; n * t];
    let count = |seating: &Seating, r: usize, visits: &mut Vec<i64>| {
        for (p, table) in seating[r].iter().enumerate() {
            if let Some(table) = table {
                visits[p * t + table] += 1;
            }
        }
    };
    for r in 0..problem.locked.len() {
        count(seating, r, &mut visits);
    }
    for r in problem.locked.len()..problem.rounds {
        let mut cost = vec![0i64; t * t];
        for (p, group) in seating[r].iter().enumerate() {
            let Some(g) = group else { continue };
            for table in 0..t {
                let mut c = W_REVISIT * visits[p * t + table].min(1);
                if problem
                    .previous
                    .as_ref()
                    .and_then(|prev| prev.get(r)?.get(p).copied().flatten())
                    .is_some_and(|before| before != table)
                {
                    c += W_CHANGE;
                }
                cost[g * t + table] += c;
            }
        }
        let to = crate::cafe::assignment::solve(t, &cost);
        for table in seating[r].iter_mut().flatten() {
            *table = to[*table];
        }
        count(seating, r, &mut visits);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cafe::problem::Person;

    fn problem(n: usize, tables: usize, rounds: usize, hosts: bool, seed: u64) -> Problem {
        let mut rng = Rng::new(seed);
        let people = (0..n)
            .map(|i| Person {
                company: i - (i % 7 == 1) as usize,
                sector: Some(rng.below(6) as u8),
                size: Some(rng.below(3) as u8),
                host_of: (hosts && i < tables).then_some(i),
                present: vec![true; rounds],
            })
            .collect();
        Problem {
            tables,
            rounds,
            people,
            locked: Vec::new(),
            previous: None,
            seed,
        }
    }

    #[test]
    fn incremental_cost_matches_the_full_computation() {
        for seed in 0..20 {
            let p = problem(17 + seed as usize, 4, 4, seed % 2 == 0, seed);
            let mut rng = Rng::new(seed);
            let mut s = construct(&p, &mut rng);
            // Without hosts, the planner leaves revisits to the renumbering.
            let expected = |s: &State| {
                let revisits = cost::revisits(&p, &s.seating) as i64;
                cost::total(&p, &s.seating)
                    - if has_hosts(&p) {
                        0
                    } else {
                        W_REVISIT * revisits
                    }
            };
            assert_eq!(s.cost, expected(&s), "after construction");
            for _ in 0..300 {
                let r = rng.below(p.rounds);
                let i = rng.below(p.people.len());
                let j = rng.below(p.people.len());
                let (Some(a), Some(b)) = (s.seating[r][i], s.seating[r][j]) else {
                    continue;
                };
                if a == b || !p.people[i].is_traveller() || !p.people[j].is_traveller() {
                    continue;
                }
                let before = s.cost;
                let predicted = s.swap_delta(r, i, j);
                s.swap(r, i, j);
                assert_eq!(s.cost - before, predicted, "swap delta");
                let predicted = s.move_delta(r, i, a);
                let before = s.cost;
                s.relocate(r, i, a);
                assert_eq!(s.cost - before, predicted, "move delta");
                s.relocate(r, i, b);
                assert_eq!(s.cost, expected(&s));
            }
        }
    }

    #[test]
    fn renumbering_tables_never_changes_who_meets_whom() {
        for seed in 0..10 {
            let p = problem(24, 6, 5, false, seed);
            let (mut seating, _) = run(&p, seed, &mut |_| {});
            let before = crate::cafe::quality::encounters(&p, &seating);
            let revisits = cost::revisits(&p, &seating);
            relabel(&p, &mut seating);
            assert_eq!(crate::cafe::quality::encounters(&p, &seating), before);
            assert!(cost::revisits(&p, &seating) <= revisits);
        }
    }

    #[test]
    fn greedy_rounds_are_balanced() {
        let p = problem(23, 5, 3, true, 4);
        let s = construct(&p, &mut Rng::new(1));
        for r in 0..3 {
            let sizes: Vec<usize> = s.members[r].iter().map(Vec::len).collect();
            let (min, max) = (sizes.iter().min().unwrap(), sizes.iter().max().unwrap());
            assert!(max - min <= 1, "{sizes:?}");
            assert_eq!(sizes.iter().sum::<usize>(), 23);
        }
    }
}
