//! The programme's own account for a period (a year by default), laid out
//! like an ADEME *fiche action*: recruitment, synergies, impact, meetings,
//! human means and the plan. Every figure is computed here from the
//! records; the screen and the Markdown file only write them out
//! (`i18n::report`).

use crate::date::Date;
use crate::factors::FactorSet;
use crate::funnel::{self, FunnelCounts};
use crate::impact::{self, Standing, Totals};
use crate::model::*;
use std::collections::BTreeMap;

/// The days a report covers, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

impl Period {
    /// The calendar year.
    pub fn year(year: i32) -> Period {
        Period {
            from: Date {
                year,
                month: 1,
                day: 1,
            },
            to: Date {
                year,
                month: 12,
                day: 31,
            },
        }
    }

    pub fn contains(self, d: Date) -> bool {
        self.from <= d && d <= self.to
    }

    /// The whole programme: its period where it has one, else from its
    /// first dated record to today, or to its last record when one lies
    /// ahead (a meeting planned).
    pub fn whole(p: &Project, today: Date) -> Period {
        let dates: Vec<Date> = dated(p).collect();
        let t = &p.territory;
        Period {
            from: t
                .start
                .unwrap_or_else(|| dates.iter().copied().min().unwrap_or(today).min(today)),
            to: t
                .end
                .unwrap_or_else(|| dates.iter().copied().max().unwrap_or(today).max(today)),
        }
    }

    /// The programme's period when it has both ends, else the year figures
    /// are read as of (this year, or the programme's last).
    pub fn default_for(p: &Project, today: Date) -> Period {
        match (p.territory.start, p.territory.end) {
            (Some(from), Some(to)) => Period { from, to },
            _ => Period::year(p.territory.as_of(today).year),
        }
    }
}

/// The years a report can be asked for: those of the log, the meetings,
/// the time and the plan, the programme's year and this one, latest first.
pub fn years(p: &Project, today: Date) -> Vec<i32> {
    let mut years: Vec<i32> = p
        .interactions
        .iter()
        .filter(|i| !i.deleted)
        .map(|i| i.date.year)
        .chain(p.events.iter().filter(|e| !e.deleted).map(|e| e.date.year))
        .chain(
            p.time_entries
                .iter()
                .filter(|t| !t.deleted)
                .map(|t| t.date.year),
        )
        .chain(
            p.tasks
                .iter()
                .filter(|t| !t.deleted)
                .filter_map(|t| t.due.or(t.start))
                .map(|d| d.year),
        )
        .chain(p.territory.start.map(|d| d.year))
        .chain(p.territory.end.map(|d| d.year))
        .chain([p.territory.as_of(today).year])
        .collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

/// The dates of the log, the meetings, the time and the plan.
fn dated(p: &Project) -> impl Iterator<Item = Date> + '_ {
    p.interactions
        .iter()
        .filter(|i| !i.deleted)
        .map(|i| i.date)
        .chain(p.events.iter().filter(|e| !e.deleted).map(|e| e.date))
        .chain(p.time_entries.iter().filter(|t| !t.deleted).map(|t| t.date))
        .chain(
            p.tasks
                .iter()
                .filter(|t| !t.deleted)
                .flat_map(|t| [t.start, t.due].into_iter().flatten()),
        )
}

/// The recruitment steps a report names, in order: contacted, interviewed
/// (visited), present at the meetings.
pub const RECRUITMENT: [Stage; 3] = [Stage::Contacted, Stage::Visited, Stage::AttendsMeetings];

/// One meeting of the period.
#[derive(Clone, Debug, PartialEq)]
pub struct MeetingLine {
    pub date: Date,
    pub title: String,
    pub kind: EventKind,
    /// People who came (for part of it at least).
    pub people: usize,
    /// Companies they came from.
    pub companies: usize,
    /// People brought by another company.
    pub referred: usize,
    /// Items of the harvest.
    pub harvest: usize,
}

/// One task of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskLine {
    pub id: Id,
    pub title: String,
    pub start: Option<Date>,
    pub due: Option<Date>,
    pub milestone: bool,
    pub done: bool,
    /// Not done and due before the period's end (or before today if earlier).
    pub late: bool,
}

/// Hours spent, from the time log.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimeTotals {
    pub total: f64,
    /// Every activity, in the order of [`Activity::ALL`], zero included.
    pub by_activity: Vec<(Activity, f64)>,
    /// (year, month) → hours, months in order.
    pub by_month: Vec<((i32, u8), f64)>,
    /// Who spent it (a partner named on the entry, else who logged it) → hours, by name.
    pub by_person: Vec<(String, f64)>,
}

/// The report of a period.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The project's name and its programme type, for the title.
    pub name: String,
    pub programme: String,
    pub period: Period,
    /// The day the report was made (today is marked on the timeline).
    pub today: Date,
    /// The officer's own text for each part that has one.
    pub texts: BTreeMap<ReportPart, String>,
    /// The funnel as it stood at the period's end.
    pub funnel: FunnelCounts,
    /// Live synergies by status, every status listed.
    pub by_status: Vec<(SynergyStatus, usize)>,
    pub by_kind: Vec<(SynergyKind, usize)>,
    /// Titles of the synergies that happened (contracted, operating, ended).
    pub realised: Vec<String>,
    /// Titles of those that may happen (idea, studied, in progress).
    pub potential: Vec<String>,
    pub impact: Totals,
    pub meetings: Vec<MeetingLine>,
    pub time: TimeTotals,
    pub tasks: Vec<TaskLine>,
    /// The territory's partners and what they do, as entered.
    pub partners: Vec<Partner>,
    /// Who did the period's outreach, and how many contacts each.
    pub outreach_by: Vec<(String, usize)>,
}

impl Report {
    /// The companies that reached at least `stage` by the period's end.
    pub fn reached(&self, stage: Stage) -> usize {
        self.funnel
            .steps
            .iter()
            .find(|x| x.0 == stage)
            .map_or(0, |x| x.1)
    }

    /// For each of [`RECRUITMENT`], the companies that reached it.
    pub fn recruitment(&self) -> [usize; 3] {
        RECRUITMENT.map(|s| self.reached(s))
    }

    /// Share of the previous recruitment step kept at step `i` (1 or 2).
    pub fn kept(&self, i: usize) -> Option<f64> {
        let steps = self.recruitment();
        let (before, now) = (*steps.get(i.checked_sub(1)?)?, *steps.get(i)?);
        (before > 0).then(|| now as f64 / before as f64)
    }

    /// The loss at each recruitment step, when both steps lose the same
    /// share (within five points): "a loss of 50 % at each step".
    pub fn even_loss(&self) -> Option<f64> {
        let (a, b) = (self.kept(1)?, self.kept(2)?);
        ((a - b).abs() <= 0.05).then(|| 1.0 - (a + b) / 2.0)
    }
}

/// The report of `period`, with the factors of the project. `today` bounds
/// what counts as late.
pub fn report(p: &Project, factors: &FactorSet, period: Period, today: Date) -> Report {
    let end = period.to;
    let funnel = funnel::counts(&funnel::derive_as_of(p, funnel::AsOf::at(end, today)));
    let live: Vec<&Synergy> = p.synergies.iter().filter(|s| !s.deleted).collect();
    let count_by = |keep: &dyn Fn(&Synergy) -> bool| live.iter().filter(|s| keep(s)).count();
    let titles = |standing: Standing| {
        live.iter()
            .filter(|s| impact::standing(s.status) == standing)
            .map(|s| s.title.clone())
            .collect()
    };
    Report {
        name: p.territory.name.clone(),
        programme: p.territory.programme.clone(),
        period,
        today,
        texts: p
            .territory
            .report_texts
            .iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(part, text)| (*part, text.trim().to_owned()))
            .collect(),
        funnel,
        by_status: SynergyStatus::ALL
            .map(|st| (st, count_by(&|s| s.status == st)))
            .to_vec(),
        by_kind: SynergyKind::ALL
            .map(|k| (k, count_by(&|s| s.kind == k)))
            .to_vec(),
        realised: titles(Standing::Realised),
        potential: titles(Standing::Potential),
        impact: impact::totals(p, factors),
        meetings: meetings(p, period),
        time: time(p, period),
        tasks: task_lines(p, period, today.min(end)),
        partners: p.territory.partners.clone(),
        outreach_by: outreach_by(p, period),
    }
}

fn meetings(p: &Project, period: Period) -> Vec<MeetingLine> {
    let mut out: Vec<MeetingLine> = p
        .events
        .iter()
        .filter(|e| !e.deleted && period.contains(e.date))
        .map(|e| {
            let came: Vec<&Attendee> = e
                .attendance
                .iter()
                .filter(|a| a.status.attended())
                .collect();
            let mut companies: Vec<Id> = came.iter().map(|a| a.company_id).collect();
            companies.sort();
            companies.dedup();
            MeetingLine {
                date: e.date,
                title: e.title.clone(),
                kind: e.kind,
                people: came.len(),
                companies: companies.len(),
                referred: came.iter().filter(|a| a.referred_by.is_some()).count(),
                harvest: e.harvest.len(),
            }
        })
        .collect();
    out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.title.cmp(&b.title)));
    out
}

fn time(p: &Project, period: Period) -> TimeTotals {
    let entries: Vec<&TimeEntry> = p
        .time_entries
        .iter()
        .filter(|t| !t.deleted && period.contains(t.date))
        .collect();
    let mut months: BTreeMap<(i32, u8), f64> = BTreeMap::new();
    let mut people: BTreeMap<String, f64> = BTreeMap::new();
    for t in &entries {
        *months.entry((t.date.year, t.date.month)).or_default() += t.hours;
        let who = t.done_by.as_ref().unwrap_or(&t.updated_by.label);
        *people.entry(who.clone()).or_default() += t.hours;
    }
    TimeTotals {
        total: entries.iter().map(|t| t.hours).sum(),
        by_activity: Activity::ALL
            .map(|a| {
                (
                    a,
                    entries
                        .iter()
                        .filter(|t| t.activity == a)
                        .map(|t| t.hours)
                        .sum(),
                )
            })
            .to_vec(),
        by_month: months.into_iter().collect(),
        by_person: people.into_iter().collect(),
    }
}

/// The plan's tasks that overlap the period (or have no dates), by start;
/// late when not done and due before `late_before`.
pub fn task_lines(p: &Project, period: Period, late_before: Date) -> Vec<TaskLine> {
    let mut out: Vec<TaskLine> = p
        .tasks
        .iter()
        .filter(|t| !t.deleted)
        .filter(|t| {
            let starts = t.start.or(t.due);
            let ends = t.due.or(t.start);
            starts.is_none_or(|s| s <= period.to) && ends.is_none_or(|e| e >= period.from)
        })
        .map(|t| TaskLine {
            id: t.id,
            title: t.title.clone(),
            start: t.start,
            due: t.due,
            milestone: t.milestone,
            done: t.done,
            late: !t.done && t.due.is_some_and(|d| d < late_before),
        })
        .collect();
    out.sort_by(|a, b| (a.start.or(a.due), &a.title).cmp(&(b.start.or(b.due), &b.title)));
    out
}

/// Who did the period's outreach to the companies recruited (the log's
/// "done by", else who wrote the entry: the officer, a partner such as the
/// local Jeune Chambre Économique), with how many contacts each, most first.
fn outreach_by(p: &Project, period: Period) -> Vec<(String, usize)> {
    let mut by: BTreeMap<String, usize> = BTreeMap::new();
    let recruited: std::collections::HashSet<Id> = p
        .live_companies()
        .filter(|c| c.organisation.recruited())
        .map(|c| c.id)
        .collect();
    for i in p
        .interactions
        .iter()
        .filter(|i| !i.deleted && period.contains(i.date) && recruited.contains(&i.company_id))
    {
        let who = i
            .done_by
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .unwrap_or(&i.updated_by.label);
        *by.entry(who.to_owned()).or_default() += 1;
    }
    let mut out: Vec<(String, usize)> = by.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}
