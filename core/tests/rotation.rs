//! Property tests of the World Café rotation planner over random cafés:
//! whatever the instance, the plan keeps hosts at their tables, seats
//! exactly the people present, keeps table sizes within one, keeps
//! colleagues apart when that is possible, never touches locked rounds,
//! reports its quality truthfully, and has no repeat when the affine
//! construction applies.

use maillage_core::cafe::{self, affine, cost, quality, Method, Person, Problem, Refusal, Seating};
use maillage_core::rng::Rng;

/// A random café: 2–9 tables, 1–6 rounds, 2–6 people a table, some
/// companies with two or three people, hosts at every table, at none, or at
/// some, people arriving late or leaving early.
fn random_cafe(rng: &mut Rng) -> Problem {
    let tables = 2 + rng.below(8);
    let rounds = 1 + rng.below(6);
    let n = tables * (2 + rng.below(4)) + rng.below(tables);
    let hosts = rng.below(3); // 0: none, 1: every table, 2: some
    let partial = rng.below(3) == 0;
    let mut people = Vec::with_capacity(n);
    let mut company = 0;
    for i in 0..n {
        if i == 0 || rng.below(4) != 0 {
            company += 1;
        }
        let host_of = match hosts {
            1 if i < tables => Some(i),
            2 if i < tables && i % 2 == 0 => Some(i),
            _ => None,
        };
        let mut present = vec![true; rounds];
        if partial && host_of.is_none() && i % 6 == 5 {
            let cut = rng.below(rounds);
            for (r, p) in present.iter_mut().enumerate() {
                *p = if i % 12 == 5 { r >= cut } else { r <= cut };
            }
        }
        people.push(Person {
            company,
            sector: (rng.below(5) > 0).then(|| rng.below(8) as u8),
            size: Some(rng.below(3) as u8),
            host_of,
            present,
        });
    }
    Problem {
        tables,
        rounds,
        people,
        locked: Vec::new(),
        previous: None,
        seed: rng.next_u64(),
    }
}

fn check_invariants(p: &Problem, s: &Seating) {
    assert_eq!(s.len(), p.rounds);
    for (r, round) in s.iter().enumerate() {
        assert_eq!(round.len(), p.people.len());
        let mut sizes = vec![0usize; p.tables];
        for (i, person) in p.people.iter().enumerate() {
            assert_eq!(
                round[i].is_some(),
                person.is_present(r),
                "round {r} person {i}: seated iff present"
            );
            if let (Some(t), Some(h)) = (round[i], person.host_of) {
                assert_eq!(t, h, "a host stays at their table");
            }
            if let Some(t) = round[i] {
                sizes[t] += 1;
            }
        }
        let (min, max) = (sizes.iter().min().unwrap(), sizes.iter().max().unwrap());
        assert!(max - min <= 1, "round {r}: sizes {sizes:?}");
    }
}

/// Repeated meetings counted the slow way, from the seats alone.
fn repeats_by_hand(p: &Problem, s: &Seating) -> (u32, u32) {
    let n = p.people.len();
    let mut repeats = 0;
    let mut colleagues = 0;
    for a in 0..n {
        for b in a + 1..n {
            let m = s
                .iter()
                .filter(|round| round[a].is_some() && round[a] == round[b])
                .count() as u32;
            repeats += m.saturating_sub(1);
            if p.people[a].company == p.people[b].company {
                colleagues += m;
            }
        }
    }
    (repeats, colleagues)
}

#[test]
fn plans_keep_their_promises_on_random_cafes() {
    let mut rng = Rng::new(2026);
    let (mut planned, mut affine_used) = (0, 0);
    for _ in 0..150 {
        let p = random_cafe(&mut rng);
        let out = match cafe::plan(&p) {
            Ok(out) => out,
            Err(Refusal::TooFewPeople { .. }) => continue,
            Err(e) => panic!("unexpected refusal {e:?}"),
        };
        planned += 1;
        check_invariants(&p, &out.seating);
        let q = &out.quality;
        let (repeats, colleagues) = repeats_by_hand(&p, &out.seating);
        assert_eq!(q.repeats, repeats, "repeats reported truthfully");
        assert_eq!(q.colleagues_together, colleagues);
        assert_eq!(q.revisits, cost::revisits(&p, &out.seating));
        // The bounds are bounds: no plan goes below them.
        assert!(q.repeats >= q.bounds.repeats, "{q:?}");
        assert!(q.revisits >= q.bounds.revisits, "{q:?}");
        assert!(
            q.colleagues_together >= q.bounds.colleagues_together,
            "{q:?}"
        );
        // Colleagues apart whenever the tables allow it.
        assert_eq!(q.colleagues_together, q.bounds.colleagues_together, "{q:?}");
        if out.method == Method::Affine {
            affine_used += 1;
            assert!(affine::classes(&p).is_some());
            assert_eq!(
                (q.repeats, q.revisits),
                (0, 0),
                "the construction never repeats"
            );
        }
    }
    assert!(planned > 100, "only {planned} cafés planned");
    assert!(
        affine_used > 10,
        "the construction served {affine_used} times only"
    );
}

#[test]
fn the_same_seed_gives_the_same_plan() {
    let mut rng = Rng::new(7);
    for _ in 0..10 {
        let p = random_cafe(&mut rng);
        if let (Ok(a), Ok(b)) = (cafe::plan(&p), cafe::plan(&p)) {
            assert_eq!(a.seating, b.seating);
        }
    }
}

#[test]
fn locked_rounds_never_change_and_late_arrivals_are_seated() {
    let mut rng = Rng::new(99);
    let mut replanned = 0;
    for _ in 0..60 {
        let mut p = random_cafe(&mut rng);
        if p.rounds < 2 {
            continue;
        }
        let Ok(first) = cafe::plan(&p) else { continue };
        // After round `played`, one person does not come back and one
        // person arrives.
        let played = 1 + rng.below(p.rounds - 1);
        let leaver = (0..p.people.len())
            .find(|&i| p.people[i].is_traveller() && p.people[i].is_present(played));
        if let Some(i) = leaver {
            for r in played..p.rounds {
                p.people[i].present[r] = false;
            }
        }
        let mut present = vec![false; p.rounds];
        present[played..].iter_mut().for_each(|x| *x = true);
        p.people.push(Person {
            company: 10_000,
            sector: Some(1),
            size: Some(1),
            host_of: None,
            present,
        });
        let mut previous = first.seating.clone();
        previous.iter_mut().for_each(|round| round.push(None));
        p.locked = previous[..played].to_vec();
        p.previous = Some(previous);
        let Ok(again) = cafe::plan(&p) else { continue };
        replanned += 1;
        assert_eq!(
            &again.seating[..played],
            &p.locked[..],
            "played rounds kept"
        );
        check_invariants(&p, &again.seating);
        let newcomer = p.people.len() - 1;
        assert!(
            again.seating[played][newcomer].is_some(),
            "the late arrival is seated"
        );
    }
    assert!(replanned > 20, "only {replanned} re-plans");
}

#[test]
fn the_construction_applies_to_prime_table_counts() {
    for (n, t, r) in [
        (30, 7, 5),
        (22, 5, 4),
        (25, 5, 5),
        (15, 5, 3),
        (60, 11, 6),
        (50, 13, 8),
    ] {
        let p = cafe::bench_cases::case(n, t, r, true, 3);
        let out = cafe::plan(&p).unwrap();
        assert_eq!(out.method, Method::Affine, "{n}/{t}/{r}");
        assert_eq!(out.quality.repeats, 0);
        assert_eq!(out.quality.revisits, 0);
        assert_eq!(out.quality.colleagues_together, 0);
        assert!(out.quality.is_optimal());
        check_invariants(&p, &out.seating);
    }
}

#[test]
fn impossible_or_odd_cafes_are_explained() {
    use cafe::Warning;
    let base = |n: usize, tables: usize, rounds: usize| {
        cafe::bench_cases::case(n, tables, rounds, true, 1)
    };
    // Fewer people than two a table.
    assert!(matches!(
        cafe::plan(&base(5, 3, 3)),
        Err(Refusal::TooFewPeople {
            present: 5,
            tables: 3,
            ..
        })
    ));
    // No table, no round.
    assert_eq!(cafe::plan(&base(10, 0, 3)), Err(Refusal::NoTables));
    assert_eq!(cafe::plan(&base(10, 2, 0)), Err(Refusal::NoRounds));
    // One table: everybody together, said so.
    let one = cafe::plan(&base(6, 1, 2)).unwrap();
    assert!(one.warnings.contains(&Warning::OneTable));
    // More rounds than tables: revisits are forced, said so, and counted.
    let more = cafe::plan(&base(12, 3, 5)).unwrap();
    assert!(more.warnings.contains(&Warning::MoreRoundsThanTables {
        rounds: 5,
        tables: 3
    }));
    assert!(more.quality.bounds.revisits > 0);
    // Everybody from one company: they cannot be kept apart; said so.
    let mut p = base(12, 3, 2);
    p.people.iter_mut().for_each(|x| x.company = 0);
    let all = cafe::plan(&p).unwrap();
    assert!(all
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::CompanyLargerThanTables { people: 12, .. })));
    assert_eq!(
        all.quality.colleagues_together,
        all.quality.bounds.colleagues_together
    );
    // A host absent from round 2: the table goes on without a host.
    let mut p = base(20, 4, 3);
    p.people[2].present[1] = false;
    let out = cafe::plan(&p).unwrap();
    assert!(out
        .warnings
        .contains(&Warning::TableWithoutHost { table: 2, round: 1 }));
    check_invariants(&p, &out.seating);
    // Two hosts for one table.
    let mut p = base(20, 4, 3);
    p.people[5].host_of = Some(0);
    assert_eq!(cafe::plan(&p), Err(Refusal::TwoHosts { table: 0 }));
}

#[test]
fn quality_of_a_hand_made_plan() {
    // 4 people, 2 tables, 2 rounds, no hosts: A B | C D, then A C | B D.
    let person = |company| Person {
        company,
        sector: Some(company as u8 % 2),
        size: None,
        host_of: None,
        present: vec![true; 2],
    };
    let p = Problem {
        tables: 2,
        rounds: 2,
        people: (0..4).map(person).collect(),
        locked: Vec::new(),
        previous: None,
        seed: 0,
    };
    let s: Seating = vec![
        vec![Some(0), Some(0), Some(1), Some(1)],
        vec![Some(0), Some(1), Some(0), Some(1)],
    ];
    let q = quality::measure(&p, &s);
    assert_eq!(q.repeats, 0);
    assert_eq!(q.pairs_met, 4);
    assert_eq!((q.contacts_min, q.contacts_max), (2, 2));
    // Sectors 0 1 | 0 1, then 0 0 | 1 1: two distinct, then one.
    assert!((q.sectors_per_table - 1.5).abs() < 1e-9);
    // Person 0 (at table 0 twice) and person 3 (table 1 twice) revisit.
    assert_eq!(q.revisits, 2);
    let again: Seating = vec![s[0].clone(), s[0].clone()];
    let q = quality::measure(&p, &again);
    assert_eq!((q.repeats, q.pairs_repeated, q.max_encounters), (2, 2, 2));
}

#[test]
fn progress_is_told_and_changes_nothing() {
    use maillage_core::cafe::{self, bench_cases};
    for (people, tables, rounds, hosts) in [
        (30, 7, 5, false),
        (15, 3, 3, true),
        (24, 6, 4, false),
        (40, 8, 5, true),
    ] {
        let problem = bench_cases::case(people, tables, rounds, hosts, 3);
        let mut seen = Vec::new();
        let with = cafe::plan_with_progress(&problem, &mut |f| seen.push(f)).unwrap();
        assert_eq!(
            with,
            cafe::plan(&problem).unwrap(),
            "same outcome with progress"
        );
        assert_eq!(seen.last(), Some(&1.0));
        assert!(
            seen.windows(2).all(|w| w[0] <= w[1]),
            "progress never goes back"
        );
        // The outcome crosses the worker boundary as JSON, unchanged.
        let text = serde_json::to_string(&with).unwrap();
        assert_eq!(serde_json::from_str::<cafe::Outcome>(&text).unwrap(), with);
        let p = serde_json::to_string(&problem).unwrap();
        assert_eq!(serde_json::from_str::<cafe::Problem>(&p).unwrap(), problem);
    }
}
