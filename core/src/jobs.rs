//! The long computations the page hands to its Web Worker, as messages:
//! a World Café rotation to plan, or the suggestions and pools to find.
//! The worker (`src/bin/worker.rs`) and the page (`src/worker.rs`) only
//! carry these as JSON text; what each job does is [`run`], here, so the
//! same call on the page gives the same answer.

use crate::cafe::{self, Outcome, Problem, Refusal};
use crate::matching_work::{Found, Work};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Job {
    Plan(Problem),
    Match(Work),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    Plan(Result<Outcome, Refusal>),
    Match(Found),
}

/// The page to the worker: one job, numbered so that a late answer to a
/// cancelled job is recognised.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Request {
    pub id: u32,
    pub job: Job,
}

impl Request {
    /// The text of a request for `job`, written without copying the job
    /// (a territory's flows can weigh megabytes); it reads back as a [`Request`].
    pub fn text(id: u32, job: &Job) -> serde_json::Result<String> {
        #[derive(Serialize)]
        struct Borrowed<'a> {
            id: u32,
            job: &'a Job,
        }
        serde_json::to_string(&Borrowed { id, job })
    }
}

/// The worker to the page: `ready` once it listens, then for each job its
/// progress (0 to 1) and finally its answer.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Reply {
    #[serde(default)]
    pub ready: bool,
    #[serde(default)]
    pub id: u32,
    #[serde(default)]
    pub progress: Option<f64>,
    #[serde(default)]
    pub answer: Option<Answer>,
}

/// A first look at a reply: whose it is, its progress, and whether it
/// carries the answer — without building the answer, which whoever waits
/// for it reads once.
#[derive(Deserialize)]
pub struct Heard {
    #[serde(default)]
    pub id: u32,
    #[serde(default)]
    pub progress: Option<f64>,
    #[serde(default)]
    answer: Option<serde::de::IgnoredAny>,
}

impl Heard {
    pub fn answered(&self) -> bool {
        self.answer.is_some()
    }
}

/// Does the job; `progress` hears how far it is (plans only: matching is
/// one pass of a fraction of a second).
pub fn run(job: Job, progress: &mut dyn FnMut(f64)) -> Answer {
    match job {
        Job::Plan(problem) => Answer::Plan(cafe::plan_with_progress(&problem, progress)),
        Job::Match(work) => Answer::Match(work.find()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    fn through_text<T: Serialize + serde::de::DeserializeOwned>(v: &T) -> T {
        serde_json::from_str(&serde_json::to_string(v).unwrap()).unwrap()
    }

    #[test]
    fn a_job_sent_as_text_answers_what_the_page_would_compute() {
        let today = Date::from_days(20_400);
        let p = crate::example::example_project(today, 1);
        use crate::matching_work::Shown;
        let job = Job::Match(Work::of(&p, today, 10.0, Shown::ALL));
        let request: Request = serde_json::from_str(&Request::text(7, &job).unwrap()).unwrap();
        assert_eq!(request.job, job);
        assert_eq!(request.id, 7);
        let answer = through_text(&run(request.job, &mut |_| {}));
        assert_eq!(
            answer,
            Answer::Match(crate::matching_work::find(&p, today, 10.0, Shown::ALL))
        );
        // Twelve people of six companies at three tables, three rounds.
        let people = (0..12)
            .map(|i| cafe::Person {
                company: i / 2,
                sector: Some((i % 4) as u8),
                size: None,
                host_of: None,
                present: vec![true; 3],
            })
            .collect();
        let problem = Problem {
            tables: 3,
            rounds: 3,
            people,
            locked: Vec::new(),
            previous: None,
            seed: 11,
        };
        let mut heard = Vec::new();
        let answer = run(through_text(&Job::Plan(problem.clone())), &mut |f| {
            heard.push(f)
        });
        assert_eq!(through_text(&answer), Answer::Plan(cafe::plan(&problem)));
        // The first look at a reply tells an answer from progress.
        let look =
            |r: &Reply| serde_json::from_str::<Heard>(&serde_json::to_string(r).unwrap()).unwrap();
        let done = look(&Reply {
            id: 3,
            answer: Some(answer),
            ..Reply::default()
        });
        let going = look(&Reply {
            id: 3,
            progress: Some(0.5),
            ..Reply::default()
        });
        assert!(done.answered() && done.id == 3);
        assert!(!going.answered() && going.progress == Some(0.5));
        assert!(
            heard.windows(2).all(|w| w[0] <= w[1]),
            "progress only grows"
        );
    }
}
