//! The one to-do list ("Prochaines actions"): the outreach log's next
//! actions, the synergies' next actions, the plan's open tasks and the
//! meetings coming up, by due date (undated last), each naming its record.

use crate::date::Date;
use crate::funnel;
use crate::impact::{self, Standing};
use crate::model::*;

/// A meeting this close or closer is on the list, to prepare.
pub const PREPARE_DAYS: i64 = 30;

/// Where a line of the list comes from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum From {
    /// A company's outreach log entry (ticked off there).
    Outreach {
        interaction: Id,
        company: Id,
        done_by: Option<String>,
    },
    Synergy(Id),
    /// A task of the plan.
    Task(Id),
    /// A meeting to prepare.
    Meeting(Id),
}

/// One thing to do.
#[derive(Clone, Debug, PartialEq)]
pub struct Todo {
    pub from: From,
    /// The record's name: the company, synergy, task or meeting.
    pub name: String,
    /// What to do (empty for a task or a meeting: its name says it).
    pub text: String,
    pub due: Option<Date>,
    pub overdue: bool,
}

/// Everything open as of `today`.
pub fn todo(p: &Project, today: Date) -> Vec<Todo> {
    let overdue = |due: Option<Date>| due.is_some_and(|d| d < today);
    let mut out: Vec<Todo> = funnel::next_actions(p, today)
        .into_iter()
        .map(|r| Todo {
            name: p
                .company(r.company_id)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            from: From::Outreach {
                interaction: r.interaction_id,
                company: r.company_id,
                done_by: r.done_by,
            },
            text: r.text,
            due: r.due,
            overdue: r.overdue,
        })
        .collect();
    for s in p
        .synergies
        .iter()
        .filter(|s| !s.deleted && impact::standing(s.status) != Standing::Out)
    {
        if let Some(n) = s.next_action.as_ref().filter(|n| !n.done) {
            out.push(Todo {
                from: From::Synergy(s.id),
                name: s.title.clone(),
                text: n.text.clone(),
                due: n.due,
                overdue: overdue(n.due),
            });
        }
    }
    for t in p.tasks.iter().filter(|t| !t.deleted && !t.done) {
        out.push(Todo {
            from: From::Task(t.id),
            name: t.title.clone(),
            text: String::new(),
            due: t.due,
            overdue: overdue(t.due),
        });
    }
    for e in p.events.iter().filter(|e| !e.deleted) {
        let days = today.days_until(e.date);
        if (0..=PREPARE_DAYS).contains(&days) {
            out.push(Todo {
                from: From::Meeting(e.id),
                name: e.title.clone(),
                text: String::new(),
                due: Some(e.date),
                overdue: false,
            });
        }
    }
    crate::sorting::sort_by_key(&mut out, |r| (r.due.is_none(), r.due));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_lists_outreach_synergies_tasks_and_the_coming_meeting_by_date() {
        let today = Date::parse("2026-11-28").unwrap();
        let p = crate::example::example_project(today, 3);
        let list = todo(&p, today);
        let count = |f: fn(&From) -> bool| list.iter().filter(|t| f(&t.from)).count();
        assert_eq!(
            count(|f| matches!(f, From::Outreach { .. })),
            funnel::next_actions(&p, today).len()
        );
        assert_eq!(
            count(|f| matches!(f, From::Synergy(_))),
            2,
            "both synergies have a next step"
        );
        assert_eq!(
            count(|f| matches!(f, From::Task(_))),
            p.tasks.iter().filter(|t| !t.done).count()
        );
        assert_eq!(
            count(|f| matches!(f, From::Meeting(_))),
            1,
            "the café in three weeks"
        );
        let dated: Vec<Date> = list.iter().filter_map(|t| t.due).collect();
        assert!(dated.windows(2).all(|w| w[0] <= w[1]), "by due date");
        assert!(
            list.iter()
                .skip_while(|t| t.due.is_some())
                .all(|t| t.due.is_none()),
            "undated last"
        );
        for t in &list {
            assert_eq!(t.overdue, t.due.is_some_and(|d| d < today), "{}", t.name);
        }
    }

    #[test]
    fn done_and_abandoned_steps_and_past_meetings_are_not_listed() {
        let today = Date::parse("2026-11-28").unwrap();
        let mut p = crate::example::example_project(today, 3);
        for s in &mut p.synergies {
            s.status = SynergyStatus::Abandoned;
        }
        for t in &mut p.tasks {
            t.done = true;
        }
        for e in &mut p.events {
            e.date = today.add_days(-1);
        }
        let list = todo(&p, today);
        assert!(list.iter().all(|t| matches!(t.from, From::Outreach { .. })));
    }

    #[test]
    fn a_task_ticked_off_leaves_the_list() {
        let today = Date::parse("2026-11-28").unwrap();
        let mut p = crate::example::example_project(today, 3);
        let open = p.tasks.iter().find(|t| !t.done).unwrap().id;
        let ctx = EditContext {
            now_ms: 1,
            author: p.tasks[0].updated_by.clone(),
        };
        assert_eq!(
            crate::commands::complete_task(&mut p, open, &ctx),
            [(Kind::Task, open)]
        );
        assert!(!todo(&p, today).iter().any(|t| t.from == From::Task(open)));
        assert!(
            crate::commands::complete_task(&mut p, open, &ctx).is_empty(),
            "already done"
        );
    }
}
