//! What a seating plan costs: the order of priorities of the method, as
//! weights. Repeated pairs first (squared, so one pair meeting three times
//! costs more than two pairs meeting twice), then colleagues together,
//! then table revisits, then sector and size mixing.

use super::problem::{Person, Problem, Seating};

/// Per extra meeting of a pair, squared.
pub const W_REPEAT: i64 = 100;
/// Per meeting of two people of one company (effectively forbidden).
pub const W_COLLEAGUES: i64 = 1_000;
/// Per return of a traveller to a table already visited.
pub const W_REVISIT: i64 = 50;
/// Per meeting of two people of the same sector.
pub const W_SECTOR: i64 = 10;
/// Per meeting of two people of the same size class.
pub const W_SIZE: i64 = 3;
/// Per seat changed from the previous plan when re-planning.
pub const W_CHANGE: i64 = 8;

/// What two people cost each time they sit together, beyond repeats.
pub fn pair_penalty(a: &Person, b: &Person) -> i64 {
    let same = |x: Option<u8>, y: Option<u8>| x.is_some() && x == y;
    let mut cost = 0;
    if a.company == b.company {
        cost += W_COLLEAGUES;
    }
    if same(a.sector, b.sector) {
        cost += W_SECTOR;
    }
    if same(a.size, b.size) {
        cost += W_SIZE;
    }
    cost
}

/// Pair penalties of every pair, row by row (n × n).
pub fn penalty_matrix(people: &[Person]) -> Vec<i32> {
    let n = people.len();
    let mut m = vec![0; n * n];
    for i in 0..n {
        for j in 0..n {
            if i != j {
                m[i * n + j] = pair_penalty(&people[i], &people[j]) as i32;
            }
        }
    }
    m
}

/// Cost of a pair meeting `m` times, for the repeat term.
pub fn repeat_cost(m: u32) -> i64 {
    let extra = m.saturating_sub(1) as i64;
    W_REPEAT * extra * extra
}

/// The full cost of a seating, computed from scratch (the planners keep it
/// up to date incrementally; tests compare both).
pub fn total(problem: &Problem, seating: &Seating) -> i64 {
    let n = problem.people.len();
    let mut meet = vec![0u32; n * n];
    let mut cost = 0;
    for round in seating {
        let mut at: Vec<Vec<usize>> = vec![Vec::new(); problem.tables];
        for (p, t) in round.iter().enumerate() {
            if let Some(t) = t {
                at[*t].push(p);
            }
        }
        for members in &at {
            for (x, &a) in members.iter().enumerate() {
                for &b in &members[x + 1..] {
                    meet[a * n + b] += 1;
                    cost += pair_penalty(&problem.people[a], &problem.people[b]);
                }
            }
        }
    }
    cost += meet.iter().map(|&m| repeat_cost(m)).sum::<i64>();
    cost += W_REVISIT * revisits(problem, seating) as i64;
    cost += W_CHANGE * changes(problem, seating) as i64;
    cost
}

/// Returns of travellers to a table they already sat at.
pub fn revisits(problem: &Problem, seating: &Seating) -> u32 {
    let mut count = 0;
    for (p, person) in problem.people.iter().enumerate() {
        if !person.is_traveller() {
            continue;
        }
        let mut seen = vec![false; problem.tables];
        for t in seating.iter().filter_map(|round| round[p]) {
            if std::mem::replace(&mut seen[t], true) {
                count += 1;
            }
        }
    }
    count
}

/// Seats that differ from the previous plan, in the rounds not locked.
pub fn changes(problem: &Problem, seating: &Seating) -> u32 {
    let Some(previous) = &problem.previous else {
        return 0;
    };
    let mut count = 0;
    for r in problem.locked.len()..seating.len().min(previous.len()) {
        for (p, t) in seating[r].iter().enumerate() {
            let before = previous[r].get(p).copied().flatten();
            if t.is_some() && before.is_some() && *t != before {
                count += 1;
            }
        }
    }
    count
}
