//! The plan's task form: a title, a start and a due date (a milestone is a
//! day), done or not, optionally the meeting it prepares, notes.

use super::optional_date;
use crate::model::*;
use crate::{Author, Issue};

/// The task form's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskFields {
    pub title: String,
    pub start: String,
    pub due: String,
    pub milestone: bool,
    pub done: bool,
    pub event: Option<Id>,
    pub notes: String,
}

impl TaskFields {
    pub fn of(t: &Task) -> TaskFields {
        let date = |d: Option<crate::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        TaskFields {
            title: t.title.clone(),
            start: date(t.start),
            due: date(t.due),
            milestone: t.milestone,
            done: t.done,
            event: t.event_id,
            notes: t.notes.clone(),
        }
    }

    /// `base` with what the fields say, or the dates that do not read (the
    /// title and the order of the dates are the command's checks).
    pub fn to_task(&self, base: &Task) -> Result<Task, Vec<Issue>> {
        let mut issues = Vec::new();
        let start = optional_date(&self.start, "start", &mut issues);
        let due = optional_date(&self.due, "due", &mut issues);
        if !issues.is_empty() {
            return Err(issues);
        }
        let mut t = base.clone();
        t.title = self.title.trim().to_owned();
        t.milestone = self.milestone;
        // A milestone is a day: its due date, or its start when that alone is given.
        (t.start, t.due) = if self.milestone {
            let day = due.or(start);
            (day, day)
        } else {
            (start, due)
        };
        t.done = self.done;
        t.event_id = self.event;
        t.notes = self.notes.trim().to_owned();
        Ok(t)
    }
}

/// A blank task (a draft at rev 0).
pub fn new_task(id: Id, author: Author) -> Task {
    Task {
        id,
        rev: 0,
        updated_at: 0,
        updated_by: author,
        deleted: false,
        title: String::new(),
        start: None,
        due: None,
        milestone: false,
        done: false,
        event_id: None,
        notes: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Date;

    #[test]
    fn every_task_of_the_example_reads_back_unchanged() {
        let p = crate::example::example_project(Date::parse("2026-11-28").unwrap(), 3);
        assert!(p.tasks.len() >= 5);
        assert!(p.tasks.iter().any(|t| t.milestone));
        for t in &p.tasks {
            assert_eq!(TaskFields::of(t).to_task(t).as_ref(), Ok(t));
        }
    }

    #[test]
    fn a_milestone_is_one_day() {
        let author = Author {
            actor: Id::nil(),
            label: "Agent".into(),
        };
        let base = new_task(Id::from_u128(1), author);
        let mut f = TaskFields::of(&base);
        f.title = " Rencontre 1 ".into();
        f.milestone = true;
        f.start = "2026-04-01".into();
        f.due = "2026-04-14".into();
        let t = f.to_task(&base).unwrap();
        assert_eq!(t.title, "Rencontre 1");
        assert_eq!(
            (t.start, t.due),
            (
                Date::parse("2026-04-14").ok(),
                Date::parse("2026-04-14").ok()
            )
        );
        f.due = "le 14".into();
        assert_eq!(f.to_task(&base).unwrap_err()[0].path, "due");
    }
}
