//! The World Café: table rotation planning, the timer and phases of a live
//! session, what the projector shows, and the summaries after the meeting.

pub mod advisor;
pub mod affine;
pub mod anneal;
pub mod assignment;
pub mod bench_cases;
pub mod cost;
pub mod event_plan;
pub mod field;
pub mod live;
pub mod problem;
pub mod quality;
pub mod summary;
pub mod timer;

pub use problem::{Person, Problem, Refusal, Seating, Table, Warning};
pub use quality::{Bounds, Quality};

/// How a plan was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Method {
    /// The affine construction: no repeat and no revisit by design.
    Affine,
    /// Greedy construction and simulated annealing.
    Search,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Outcome {
    pub seating: Seating,
    pub method: Method,
    pub quality: Quality,
    pub warnings: Vec<Warning>,
}

/// Annealing runs tried at most (each with its own seed).
const RESTARTS: usize = 3;

/// Plans the rotation: the affine construction when it applies, otherwise
/// search; locked rounds are kept as they are. Deterministic for a seed.
pub fn plan(problem: &Problem) -> Result<Outcome, Refusal> {
    plan_with_progress(problem, &mut |_| {})
}

/// [`plan`], telling how far the search is (0 to 1) as it goes, for a
/// progress bar; the outcome is the same.
pub fn plan_with_progress(
    problem: &Problem,
    progress: &mut dyn FnMut(f64),
) -> Result<Outcome, Refusal> {
    let warnings = problem.check()?;
    let bounds = quality::bounds(problem);
    let mut search = || {
        let reached = |s: &Seating| {
            let q = quality::measure(problem, s);
            q.repeats <= bounds.repeats
                && q.revisits <= bounds.revisits
                && q.colleagues_together <= bounds.colleagues_together
        };
        anneal::plan(problem, RESTARTS, reached, &mut *progress).0
    };
    let affine = affine::classes(problem).and_then(|k| affine::plan(problem, k));
    let (seating, method) = match affine {
        // The construction cannot always keep a host's colleague away from
        // the host's table: colleagues apart come first, so search then
        // and keep the better plan.
        Some(s)
            if quality::measure(problem, &s).colleagues_together > bounds.colleagues_together =>
        {
            let other = search();
            if cost::total(problem, &other) < cost::total(problem, &s) {
                (other, Method::Search)
            } else {
                (s, Method::Affine)
            }
        }
        Some(s) => (s, Method::Affine),
        None => (search(), Method::Search),
    };
    progress(1.0);
    Ok(Outcome {
        quality: quality::measure(problem, &seating),
        seating,
        method,
        warnings,
    })
}
