//! The World Café: table rotation planning, the timer and phases of a live
//! session, what the projector shows, and the summaries after the meeting.

pub mod advisor;
pub mod affine;
pub mod anneal;
pub mod assignment;
pub mod bench_cases;
pub mod cost;
pub mod event_plan;
pub mod live;
pub mod problem;
pub mod quality;
pub mod summary;
pub mod timer;

pub use problem::{Person, Problem, Refusal, Seating, Table, Warning};
pub use quality::{Bounds, Quality};

/// How a plan was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// The affine construction: no repeat and no revisit by design.
    Affine,
    /// Greedy construction and simulated annealing.
    Search,
}

#[derive(Clone, Debug, PartialEq)]
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
    let warnings = problem.check()?;
    let (seating, method) = match affine::classes(problem) {
        Some(k) => (affine::plan(problem, k), Method::Affine),
        None => {
            let bounds = quality::bounds(problem);
            let reached = |s: &Seating| {
                let q = quality::measure(problem, s);
                q.repeats <= bounds.repeats
                    && q.revisits <= bounds.revisits
                    && q.colleagues_together <= bounds.colleagues_together
            };
            (anneal::plan(problem, RESTARTS, reached).0, Method::Search)
        }
    };
    Ok(Outcome {
        quality: quality::measure(problem, &seating),
        seating,
        method,
        warnings,
    })
}
