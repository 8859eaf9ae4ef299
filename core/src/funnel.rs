//! The recruitment funnel (README, and `docs/format.md` for the stages):
//! each company's stage is derived from its outreach log, meeting
//! attendance, flows and synergies, unless the officer set it by hand.
//! Counts are cumulative ("reached at least this step"), so 60 contacted →
//! 30 interviews → 15 at meetings reads as such.

use crate::date::Date;
use crate::model::*;
use std::collections::HashMap;

/// Without any news for this long, a company in the funnel becomes dormant.
pub const DORMANT_AFTER_DAYS: i64 = 365;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FunnelState {
    /// Furthest main step reached.
    pub reached: Stage,
    /// Side exit, when the company declined or went quiet.
    pub exit: Option<Stage>,
    /// The stage was set by hand.
    pub manual: bool,
    /// What put the company at the step reached, when derived.
    pub because: Option<Because>,
}

/// What a derived stage comes from, for "why is it at this step?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Because {
    /// The outreach log (calls, visits, interviews).
    Log,
    /// A meeting it attended.
    Meeting,
    /// Flows recorded for it.
    Flows,
    /// A synergy it takes part in.
    Synergy,
}

impl FunnelState {
    /// The stage to show: the exit if any, else the step reached.
    pub fn shown(&self) -> Stage {
        self.exit.unwrap_or(self.reached)
    }
}

/// What the log says of one company, gathered in one pass over the project.
#[derive(Default)]
struct Evidence {
    reached: Option<(Stage, Because)>,
    last_activity: Option<Date>,
    /// (date, updated_at, declined) of the latest past interaction.
    latest: Option<(Date, i64, bool)>,
}

impl Evidence {
    fn reach(&mut self, s: Stage, because: Because) {
        if self.reached.is_none_or(|(r, _)| s > r) {
            self.reached = Some((s, because));
        }
    }
    fn active_on(&mut self, d: Date) {
        self.last_activity = Some(self.last_activity.map_or(d, |l| l.max(d)));
    }
}

/// The day a funnel is read on: today, when what is planned (a visit
/// booked) counts, or a past day (a programme's or a report's last), when
/// only what had happened by then counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AsOf {
    pub day: Date,
    pub past: bool,
}

impl AsOf {
    pub fn now(today: Date) -> AsOf {
        AsOf {
            day: today,
            past: false,
        }
    }

    /// `day`, or today if `day` is later.
    pub fn at(day: Date, today: Date) -> AsOf {
        AsOf {
            day: day.min(today),
            past: day < today,
        }
    }
}

/// The funnel state of every live company that is recruited (not the local
/// authority, a waste operator or an association taking part), as of `today`.
pub fn derive_all(p: &Project, today: Date) -> HashMap<Id, FunnelState> {
    derive_as_of(p, AsOf::now(today))
}

/// [`derive_all`] on a day that may be past.
pub fn derive_as_of(p: &Project, at: AsOf) -> HashMap<Id, FunnelState> {
    derive_with(p, &attendances(p, at.day), at)
}

/// What the funnel reads of the meetings: who came, and when (a company
/// once per meeting). A change to a meeting that leaves this as it was (a
/// harvest vote, a table plan) does not change any company's stage, so the
/// app works the funnel out again only when this changes.
pub fn attendances(p: &Project, today: Date) -> Vec<(Id, Date)> {
    let mut out = Vec::new();
    for e in p.events.iter().filter(|e| !e.deleted && e.date <= today) {
        out.extend(
            e.attendance
                .iter()
                .filter(|a| a.status.attended())
                .map(|a| (a.company_id, e.date)),
        );
    }
    out
}

/// [`derive_as_of`] with the meetings already read by [`attendances`].
pub fn derive_with(p: &Project, attended: &[(Id, Date)], at: AsOf) -> HashMap<Id, FunnelState> {
    let today = at.day;
    let mut ev: HashMap<Id, Evidence> = HashMap::with_capacity(p.companies.len());
    for i in p.interactions.iter().filter(|i| !i.deleted) {
        if at.past && i.date > today {
            // Recorded after the day read: unknown then, planned or not.
            continue;
        }
        interaction_evidence(ev.entry(i.company_id).or_default(), i, today);
    }
    for &(company, date) in attended {
        let x = ev.entry(company).or_default();
        x.reach(Stage::AttendsMeetings, Because::Meeting);
        x.active_on(date);
    }
    // Read on a past day: a flow checked only later was not collected yet.
    for f in p
        .flows
        .iter()
        .filter(|f| !f.deleted)
        .filter(|f| !(at.past && f.last_verified.is_some_and(|d| d > today)))
    {
        ev.entry(f.company_id)
            .or_default()
            .reach(Stage::FlowsCollected, Because::Flows);
    }
    for s in p
        .synergies
        .iter()
        .filter(|s| !s.deleted && s.status != SynergyStatus::Abandoned)
        // Read on a past day: a synergy whose history starts later was not there.
        .filter(|s| {
            !(at.past
                && s.history
                    .first()
                    .is_some_and(|h| Date::from_epoch_ms(h.at) > today))
        })
    {
        for part in &s.participants {
            ev.entry(part.company_id)
                .or_default()
                .reach(Stage::InSynergy, Because::Synergy);
        }
    }
    p.live_companies()
        .filter(|c| c.organisation.recruited())
        .map(|c| (c.id, state_of(c, ev.get(&c.id), today)))
        .collect()
}

fn interaction_evidence(x: &mut Evidence, i: &Interaction, today: Date) {
    use InteractionKind as K;
    use Outcome as O;
    let face_to_face = matches!(i.kind, K::Visit | K::Interview);
    if i.date > today {
        // Planned: a booked visit counts, nothing else has happened yet.
        if face_to_face || i.outcome == O::InterviewBooked {
            x.reach(Stage::InterviewBooked, Because::Log);
        }
        return;
    }
    x.reach(Stage::Contacted, Because::Log);
    x.active_on(i.date);
    match (i.kind, i.outcome) {
        (_, O::FlowsCollected) => x.reach(Stage::FlowsCollected, Because::Log),
        (K::Visit | K::Interview, O::Held) => x.reach(Stage::Visited, Because::Log),
        (K::Meeting, O::Held) => x.reach(Stage::AttendsMeetings, Because::Log),
        (_, O::InterviewBooked) => x.reach(Stage::InterviewBooked, Because::Log),
        _ => {}
    }
    let key = (i.date, i.updated_at, i.outcome == O::Declined);
    if x.latest.is_none_or(|l| (l.0, l.1) <= (key.0, key.1)) {
        x.latest = Some(key);
    }
}

fn state_of(c: &Company, ev: Option<&Evidence>, today: Date) -> FunnelState {
    let (reached, because) = match ev.and_then(|e| e.reached) {
        Some((s, b)) => (s, Some(b)),
        None => (Stage::Listed, None),
    };
    let declined = ev.and_then(|e| e.latest).is_some_and(|l| l.2);
    let quiet = ev
        .and_then(|e| e.last_activity)
        .is_some_and(|d| d.days_until(today) > DORMANT_AFTER_DAYS);
    let exit = if declined {
        Some(Stage::Declined)
    } else if quiet && reached < Stage::InSynergy {
        Some(Stage::Dormant)
    } else {
        None
    };
    match c.stage_override {
        Some(s) if s.is_exit() => FunnelState {
            reached,
            exit: Some(s),
            manual: true,
            because: None,
        },
        Some(s) => FunnelState {
            reached: s,
            exit: None,
            manual: true,
            because: None,
        },
        // Declining and going quiet are read in the log.
        None => FunnelState {
            reached,
            exit,
            manual: false,
            because: if exit.is_some() {
                Some(Because::Log)
            } else {
                because
            },
        },
    }
}

/// Funnel counts: for each main step, the companies that reached at least it.
#[derive(Clone, Debug, PartialEq)]
pub struct FunnelCounts {
    pub steps: Vec<(Stage, usize)>,
    pub declined: usize,
    pub dormant: usize,
    pub total: usize,
}

impl FunnelCounts {
    /// Share of the previous step that reached step `i` (None for the first step or an empty previous step).
    pub fn conversion(&self, i: usize) -> Option<f64> {
        if i == 0 {
            return None;
        }
        let prev = self.steps[i - 1].1;
        (prev > 0).then(|| self.steps[i].1 as f64 / prev as f64)
    }
}

pub fn counts(states: &HashMap<Id, FunnelState>) -> FunnelCounts {
    let steps = Stage::STEPS
        .iter()
        .map(|&s| (s, states.values().filter(|st| st.reached >= s).count()))
        .collect();
    FunnelCounts {
        steps,
        declined: states
            .values()
            .filter(|s| s.exit == Some(Stage::Declined))
            .count(),
        dormant: states
            .values()
            .filter(|s| s.exit == Some(Stage::Dormant))
            .count(),
        total: states.len(),
    }
}

/// One open next action of the outreach log.
#[derive(Clone, Debug, PartialEq)]
pub struct NextActionRow {
    pub interaction_id: Id,
    pub company_id: Id,
    pub text: String,
    pub due: Option<Date>,
    pub overdue: bool,
    pub done_by: Option<String>,
}

/// Open next actions of live companies, by due date (undated last).
pub fn next_actions(p: &Project, today: Date) -> Vec<NextActionRow> {
    let live: std::collections::HashSet<Id> = p.live_companies().map(|c| c.id).collect();
    let mut rows: Vec<NextActionRow> = p
        .interactions
        .iter()
        .filter(|i| !i.deleted && live.contains(&i.company_id))
        .filter_map(|i| {
            let n = i.next_action.as_ref().filter(|n| !n.done)?;
            Some(NextActionRow {
                interaction_id: i.id,
                company_id: i.company_id,
                text: n.text.clone(),
                due: n.due,
                overdue: n.due.is_some_and(|d| d < today),
                done_by: i.done_by.clone(),
            })
        })
        .collect();
    crate::sorting::sort_by_key(&mut rows, |r| (r.due.is_none(), r.due));
    rows
}
