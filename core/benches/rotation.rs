//! Native benchmark of the World Café rotation planner (DESIGN §9). Prints
//! repeated meetings, the lower bound and the time of each café; the budgets
//! are about the browser (`make bench` runs the same cases there too).

use maillage_core::cafe::{self, bench_cases};
use std::time::Instant;

fn main() {
    println!("== Rotation planner, native (release build, this machine)");
    println!("  people/tables/rounds  method  repeats (bound)  revisits  colleagues  contacts  sectors  time");
    for &(n, t, r, hosts) in bench_cases::CASES {
        let problem = bench_cases::case(n, t, r, hosts, 42);
        let t0 = Instant::now();
        let out = cafe::plan(&problem).expect("plannable");
        let ms = t0.elapsed().as_secs_f64() * 1000.0;
        let q = &out.quality;
        println!(
            "  {:>3}/{:>2}/{:>2}{:<13} {:<7} {:>4} ({:>3}){:<8} {:>4}      {:>4}      {:>5.1}     {:>5.2}  {:>7.1} ms",
            n,
            t,
            r,
            if hosts { " hosts" } else { "" },
            format!("{:?}", out.method),
            q.repeats,
            q.bounds.repeats,
            if q.is_optimal() { " optimal" } else { "" },
            q.revisits,
            q.colleagues_together,
            q.contacts_mean,
            q.sector_mix,
            ms
        );
    }
}
