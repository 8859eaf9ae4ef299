//! How many tables? The method wants 4 or 5 people a table; a prime number
//! of tables lets the affine construction guarantee a perfect rotation.

use super::affine;
use super::problem::{sizes, Person, Problem};
use super::quality;

#[derive(Clone, Debug, PartialEq)]
pub struct TableOption {
    pub tables: usize,
    /// Smallest and largest table.
    pub min_size: usize,
    pub max_size: usize,
    pub guarantee: Guarantee,
    /// 4 or 5 a table, and the best guarantee among those.
    pub recommended: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guarantee {
    /// No repeated pair and no revisit, by construction.
    Perfect,
    /// Repeated meetings no plan can avoid (at least this many).
    RepeatsForced(u32),
    /// Revisits no plan can avoid (more rounds than tables).
    RevisitsForced(u32),
    /// No repeat is forced, but none is guaranteed either: the planner
    /// searches (it usually finds a plan without repeats).
    Search,
}

/// Table counts worth considering for `people` present (hosts included when
/// `hosts`, one a table) over `rounds` rounds: tables of 3 to 6.
pub fn advise(people: usize, rounds: usize, hosts: bool) -> Vec<TableOption> {
    let mut out: Vec<TableOption> = (1..=people / 3)
        .filter(|&t| {
            let (base, extra) = sizes(people, t);
            base >= 3 && base + (extra > 0) as usize <= 6
        })
        .map(|t| option(people, t, rounds, hosts))
        .collect();
    let rank = |o: &TableOption| match o.guarantee {
        Guarantee::Perfect => 0,
        Guarantee::Search => 1,
        Guarantee::RevisitsForced(_) => 2,
        Guarantee::RepeatsForced(_) => 3,
    };
    let comfortable = |o: &TableOption| o.min_size >= 4 && o.max_size <= 5;
    let best = out.iter().filter(|o| comfortable(o)).map(rank).min();
    for o in &mut out {
        o.recommended = comfortable(o) && Some(rank(o)) == best;
    }
    out
}

fn option(people: usize, tables: usize, rounds: usize, hosts: bool) -> TableOption {
    let (base, extra) = sizes(people, tables);
    let problem = Problem {
        tables,
        rounds,
        people: (0..people)
            .map(|i| Person {
                company: i,
                sector: None,
                size: None,
                host_of: (hosts && i < tables).then_some(i),
                present: vec![true; rounds],
            })
            .collect(),
        locked: Vec::new(),
        previous: None,
        seed: 0,
    };
    let b = quality::bounds(&problem);
    let guarantee = if b.repeats > 0 {
        Guarantee::RepeatsForced(b.repeats)
    } else if b.revisits > 0 {
        Guarantee::RevisitsForced(b.revisits)
    } else if affine::classes(&problem).is_some() {
        Guarantee::Perfect
    } else {
        Guarantee::Search
    };
    TableOption {
        tables,
        min_size: base,
        max_size: base + (extra > 0) as usize,
        guarantee,
        recommended: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirty_people_five_rounds_prefer_seven_tables() {
        let options = advise(30, 5, true);
        let seven = options.iter().find(|o| o.tables == 7).unwrap();
        assert_eq!(seven.guarantee, Guarantee::Perfect);
        assert!(seven.recommended);
        assert_eq!((seven.min_size, seven.max_size), (4, 5));
        let six = options.iter().find(|o| o.tables == 6).unwrap();
        assert!(!six.recommended, "6 tables of 5 give no guarantee");
        assert!(options.iter().all(|o| o.min_size >= 3 && o.max_size <= 6));
    }

    #[test]
    fn fifteen_people_at_three_tables_must_repeat() {
        let three = advise(15, 3, true)
            .into_iter()
            .find(|o| o.tables == 3)
            .unwrap();
        // 4 travellers a table coming from 3 tables: two meetings repeat
        // at each table, in each of the 2 later rounds.
        assert_eq!(three.guarantee, Guarantee::RepeatsForced(12));
    }
}
