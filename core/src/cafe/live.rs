//! A World Café as it runs: the phases (welcome, each round, each change of
//! tables, the harvest), what the presenter's keys do to them, and the
//! frame the audience window draws — everything it shows, so that window
//! holds no state of its own.

use super::timer::{Timer, MINUTE_MS};
use crate::model::{CafePlan, Event, Id};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    Welcome,
    /// Round r (0-based) is on.
    Round(usize),
    /// People change tables before round r.
    Move(usize),
    Harvest,
}

/// The phases of a plan in order; changes of tables only when they have time.
pub fn phases(plan: &CafePlan) -> Vec<Phase> {
    let mut out = vec![Phase::Welcome];
    for r in 0..plan.rounds.len() {
        if r > 0 && plan.transition_minutes > 0 {
            out.push(Phase::Move(r));
        }
        out.push(Phase::Round(r));
    }
    out.push(Phase::Harvest);
    out
}

pub fn duration_ms(plan: &CafePlan, phase: Phase) -> i64 {
    match phase {
        Phase::Round(r) => plan
            .rounds
            .get(r)
            .map_or(0, |x| x.minutes as i64 * MINUTE_MS),
        Phase::Move(_) => plan.transition_minutes as i64 * MINUTE_MS,
        Phase::Welcome | Phase::Harvest => 0,
    }
}

/// The presenter's session: kept in the browser, so a reload resumes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Live {
    pub phase: Phase,
    pub timer: Timer,
    pub muted: bool,
    pub blank: bool,
    /// The "where do I go" board during a round (always shown while moving).
    pub board: bool,
    /// The end of this phase's time has been announced.
    pub chimed: bool,
}

impl Default for Live {
    fn default() -> Live {
        Live {
            phase: Phase::Welcome,
            timer: Timer::new(0),
            muted: false,
            blank: false,
            board: false,
            chimed: false,
        }
    }
}

impl Live {
    fn enter(&mut self, plan: &CafePlan, phase: Phase, now: Option<i64>) {
        self.phase = phase;
        self.timer = Timer::new(duration_ms(plan, phase));
        if let Some(now) = now.filter(|_| self.timer.left_ms > 0) {
            self.timer.start(now);
        }
        self.chimed = false;
        self.board = false;
        self.blank = false;
    }

    fn position(&self, plan: &CafePlan) -> usize {
        let all = phases(plan);
        all.iter().position(|p| *p == self.phase).unwrap_or(0)
    }

    /// The next phase, its countdown started (one key between rounds).
    pub fn next(&mut self, plan: &CafePlan, now: i64) {
        let all = phases(plan);
        if let Some(&phase) = all.get(self.position(plan) + 1) {
            self.enter(plan, phase, Some(now));
        }
    }

    /// The phase before, its countdown full and stopped.
    pub fn previous(&mut self, plan: &CafePlan) {
        let all = phases(plan);
        if let Some(i) = self.position(plan).checked_sub(1) {
            self.enter(plan, all[i], None);
        }
    }

    pub fn toggle(&mut self, now: i64) {
        if self.timer.left_ms != 0 || self.timer.running() {
            self.timer.toggle(now);
        }
    }

    pub fn add_minutes(&mut self, minutes: i64, now: i64) {
        self.timer.add(minutes * MINUTE_MS, now);
        if self.timer.left(now) > 0 {
            self.chimed = false;
        }
    }

    /// True once when the time of a running phase is up: the moment to chime.
    pub fn chime_due(&mut self, now: i64) -> bool {
        let due = self.timer.running() && self.timer.left(now) <= 0 && !self.chimed;
        if due {
            self.chimed = true;
        }
        due
    }

    /// Rounds that have started: re-planning keeps them as they were.
    pub fn rounds_started(&self, plan: &CafePlan) -> usize {
        match self.phase {
            Phase::Welcome => 0,
            Phase::Move(r) => r,
            Phase::Round(r) => r + 1,
            Phase::Harvest => plan.rounds.len(),
        }
    }

    /// The round whose seats the board shows, if any.
    pub fn board_round(&self) -> Option<usize> {
        match self.phase {
            Phase::Move(r) => Some(r),
            Phase::Round(r) if self.board => Some(r),
            Phase::Welcome if self.board => Some(0),
            _ => None,
        }
    }
}

/// One line of the "where do I go" board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BoardLine {
    pub name: String,
    pub table: u32,
}

/// Everything the audience window shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    pub event: Id,
    /// Language tag of the presenter (`fr`, `en`).
    pub lang: String,
    pub title: String,
    pub theme: String,
    pub phase: Phase,
    pub rounds: usize,
    pub tables: usize,
    /// Minutes of the first round, for the welcome.
    pub minutes: u32,
    /// The question of the current (or coming) round.
    pub question: String,
    /// Questions that go with a table rather than a round.
    pub table_questions: Vec<(u32, String)>,
    pub timer: Timer,
    pub duration_ms: i64,
    pub board_round: Option<usize>,
    /// Alphabetical.
    pub board: Vec<BoardLine>,
    pub blank: bool,
    pub muted: bool,
}

/// The round a phase is about (its question, its seats).
fn round_of(phase: Phase) -> Option<usize> {
    match phase {
        Phase::Round(r) | Phase::Move(r) => Some(r),
        Phase::Welcome => Some(0),
        Phase::Harvest => None,
    }
}

/// The frame for a moment of the session. `company` names a company: the
/// board adds it to the names that two people share.
pub fn frame(
    event: &Event,
    plan: &CafePlan,
    live: &Live,
    lang: &str,
    company: &dyn Fn(Id) -> String,
) -> Frame {
    let board_round = live.board_round();
    let mut board: Vec<BoardLine> = board_round
        .and_then(|r| plan.seating.get(r))
        .map(|seats| {
            seats
                .iter()
                .filter_map(|s| {
                    let a = event.attendance.iter().find(|a| a.id == s.attendee_id)?;
                    let homonyms = event
                        .attendance
                        .iter()
                        .filter(|b| crate::text::fold(&b.name) == crate::text::fold(&a.name))
                        .count();
                    let name = if homonyms > 1 {
                        format!("{} ({})", a.name, company(a.company_id))
                    } else {
                        a.name.clone()
                    };
                    Some(BoardLine {
                        name,
                        table: s.table,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    crate::sorting::sort_by_key(&mut board, |l| crate::text::fold(&l.name));
    Frame {
        event: event.id,
        lang: lang.to_owned(),
        title: event.title.clone(),
        theme: event.theme.clone(),
        phase: live.phase,
        rounds: plan.rounds.len(),
        tables: plan.tables.len(),
        minutes: plan.rounds.first().map_or(0, |r| r.minutes),
        question: round_of(live.phase)
            .and_then(|r| plan.rounds.get(r))
            .map(|r| r.question.clone())
            .unwrap_or_default(),
        table_questions: plan
            .tables
            .iter()
            .filter(|t| !t.question.trim().is_empty())
            .map(|t| (t.number, t.question.clone()))
            .collect(),
        timer: live.timer,
        duration_ms: duration_ms(plan, live.phase),
        board_round,
        board,
        blank: live.blank,
        muted: live.muted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CafeRound, CafeTable};

    fn plan(rounds: usize, transition: u32) -> CafePlan {
        CafePlan {
            tables: (1..=3)
                .map(|n| CafeTable {
                    number: n,
                    question: String::new(),
                })
                .collect(),
            rounds: (0..rounds)
                .map(|r| CafeRound {
                    minutes: 20,
                    question: format!("Q{r}"),
                })
                .collect(),
            transition_minutes: transition,
            seed: 1,
            seating: Vec::new(),
            locked_rounds: 0,
        }
    }

    #[test]
    fn phases_in_order() {
        use Phase::*;
        assert_eq!(
            phases(&plan(3, 2)),
            [
                Welcome,
                Round(0),
                Move(1),
                Round(1),
                Move(2),
                Round(2),
                Harvest
            ]
        );
        assert_eq!(phases(&plan(2, 0)), [Welcome, Round(0), Round(1), Harvest]);
    }

    #[test]
    fn next_starts_the_countdown_previous_resets_it() {
        let p = plan(3, 2);
        let mut live = Live::default();
        live.toggle(0); // nothing to count in the welcome
        assert!(!live.timer.running());
        live.next(&p, 1_000);
        assert_eq!(live.phase, Phase::Round(0));
        assert_eq!(live.timer.left(61_000), 19 * MINUTE_MS);
        live.next(&p, 2_000);
        assert_eq!(live.phase, Phase::Move(1));
        assert_eq!(live.timer.left(2_000), 2 * MINUTE_MS);
        assert_eq!(live.board_round(), Some(1), "the board shows where to go");
        live.previous(&p);
        assert_eq!(live.phase, Phase::Round(0));
        assert!(!live.timer.running());
        assert_eq!(live.timer.left(99_999_999), 20 * MINUTE_MS);
        assert_eq!(live.rounds_started(&p), 1);
        for _ in 0..10 {
            live.next(&p, 5_000);
        }
        assert_eq!(live.phase, Phase::Harvest, "stops at the harvest");
        assert_eq!(live.rounds_started(&p), 3);
    }

    #[test]
    fn the_chime_sounds_once_per_end_of_time() {
        let p = plan(1, 0);
        let mut live = Live::default();
        live.next(&p, 0);
        assert!(!live.chime_due(20 * MINUTE_MS - 1));
        assert!(live.chime_due(20 * MINUTE_MS));
        assert!(!live.chime_due(20 * MINUTE_MS + 5_000), "only once");
        live.add_minutes(1, 20 * MINUTE_MS + 5_000);
        assert!(
            live.chime_due(21 * MINUTE_MS + 5_000),
            "again after a minute more"
        );
    }

    #[test]
    fn the_board_is_alphabetical_and_tells_homonyms_apart() {
        let p = crate::example::example_project(crate::Date::new(2026, 11, 28).unwrap(), 42);
        let mut e = p.events.iter().find(|e| e.cafe.is_some()).unwrap().clone();
        let twin = e.attendance[1].name.clone();
        e.attendance[0].name = twin.clone();
        let plan = e.cafe.clone().unwrap();
        let mut live = Live::default();
        live.next(&plan, 0);
        live.next(&plan, 0);
        assert_eq!(live.phase, Phase::Move(1));
        let company = |c: Id| format!("company {}", &c.to_string()[..4]);
        let f = frame(&e, &plan, &live, "fr", &company);
        assert_eq!(f.board_round, Some(1));
        assert_eq!(f.board.len(), plan.seating[1].len());
        let folded: Vec<String> = f.board.iter().map(|l| crate::text::fold(&l.name)).collect();
        let mut sorted = folded.clone();
        sorted.sort();
        assert_eq!(folded, sorted, "alphabetical");
        let twins: Vec<&BoardLine> = f
            .board
            .iter()
            .filter(|l| l.name.starts_with(&twin))
            .collect();
        assert_eq!(twins.len(), 2);
        assert!(
            twins.iter().all(|l| l.name.contains("(company ")),
            "{twins:?}"
        );
        assert_eq!(f.question, plan.rounds[1].question);
        // Outside a change of tables, no board unless asked for.
        live.next(&plan, 0);
        assert!(frame(&e, &plan, &live, "fr", &company).board.is_empty());
        live.board = true;
        assert!(!frame(&e, &plan, &live, "fr", &company).board.is_empty());
    }
}
