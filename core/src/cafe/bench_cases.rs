//! The rotation benchmark's cafés (shared by the native benchmark and the
//! browser one): people of 10 sectors and 3 size classes, a few companies
//! sending two people, one host a table unless said otherwise.

use super::problem::{Person, Problem};
use crate::rng::Rng;

/// (people, tables, rounds, hosts)
pub const CASES: &[(usize, usize, usize, bool)] = &[
    (15, 3, 3, true),
    (22, 5, 4, true),
    (30, 6, 4, true),
    (30, 7, 5, true),
    (40, 8, 5, true),
    (100, 20, 6, true),
    (32, 8, 6, false),
    (32, 8, 7, false),
    (32, 8, 8, false),
    (32, 8, 9, false),
    (32, 8, 10, false),
];

pub fn case(people: usize, tables: usize, rounds: usize, hosts: bool, seed: u64) -> Problem {
    let mut rng = Rng::new(seed);
    let with_hosts = hosts && tables * 2 <= people;
    let people = (0..people)
        .map(|i| Person {
            // Every fifth traveller comes with a colleague (for the social
            // golfer cases, everybody comes alone).
            company: if hosts && i > tables && i % 5 == 0 {
                i - 1
            } else {
                i
            },
            sector: hosts.then(|| rng.below(10) as u8),
            size: hosts.then(|| rng.below(3) as u8),
            host_of: (with_hosts && i < tables).then_some(i),
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
