//! The time log's quick form: a day, an activity, hours, and optionally
//! the company or meeting it was for.

use super::{number_text, optional_number};
use crate::i18n::Lang;
use crate::model::*;
use crate::{Author, Date, Issue, IssueCode};

/// The time form's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeFields {
    pub date: String,
    pub activity: Activity,
    pub hours: String,
    pub company: Option<Id>,
    pub event: Option<Id>,
    /// Who spent the time, when not the person logging it (a partner); empty for oneself.
    pub done_by: String,
    pub note: String,
}

impl TimeFields {
    pub fn of(t: &TimeEntry, lang: Lang) -> TimeFields {
        TimeFields {
            date: t.date.to_string(),
            activity: t.activity,
            hours: number_text(lang, Some(t.hours).filter(|h| *h > 0.0)),
            company: t.company_id,
            event: t.event_id,
            done_by: t.done_by.clone().unwrap_or_default(),
            note: t.note.clone(),
        }
    }

    /// `base` with what the fields say, or the fields that do not read
    /// (hours are required; their range is the command's check).
    pub fn to_entry(&self, base: &TimeEntry) -> Result<TimeEntry, Vec<Issue>> {
        let mut issues = Vec::new();
        let date = Date::parse(self.date.trim()).ok();
        if date.is_none() {
            issues.push(Issue::error("date", IssueCode::OutOfRange));
        }
        let hours = optional_number(&self.hours, "hours", &mut issues);
        if hours.is_none() && self.hours.trim().is_empty() {
            issues.push(Issue::error("hours", IssueCode::Required));
        }
        let (Some(date), Some(hours)) = (date, hours) else {
            return Err(issues);
        };
        let mut t = base.clone();
        t.date = date;
        t.activity = self.activity;
        t.hours = hours;
        t.company_id = self.company;
        t.event_id = self.event;
        t.done_by = Some(self.done_by.trim().to_owned()).filter(|s| !s.is_empty());
        t.note = self.note.trim().to_owned();
        Ok(t)
    }
}

/// A new entry (a draft at rev 0): today, for `activity`, no hours yet.
pub fn new_time_entry(id: Id, activity: Activity, author: Author, today: Date) -> TimeEntry {
    TimeEntry {
        id,
        rev: 0,
        updated_at: 0,
        updated_by: author,
        deleted: false,
        date: today,
        activity,
        hours: 0.0,
        company_id: None,
        event_id: None,
        done_by: None,
        note: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author() -> Author {
        Author {
            actor: Id::from_u128(1),
            label: "t".into(),
        }
    }

    #[test]
    fn every_time_entry_of_the_example_reads_back_unchanged() {
        let today = Date::parse("2026-11-28").unwrap();
        let example = crate::example::example_project(today, 3);
        assert!(example.time_entries.len() > 30);
        for lang in [Lang::Fr, Lang::En] {
            for t in &example.time_entries {
                assert_eq!(TimeFields::of(t, lang).to_entry(t).as_ref(), Ok(t));
            }
        }
    }

    #[test]
    fn typed_hours_and_day_become_the_entry_and_missing_ones_are_named() {
        let today = Date::parse("2026-11-28").unwrap();
        let base = new_time_entry(Id::from_u128(2), Activity::Visits, author(), today);
        let mut fields = TimeFields::of(&base, Lang::Fr);
        assert_eq!(
            (fields.date.as_str(), fields.hours.as_str()),
            ("2026-11-28", "")
        );
        let missing = fields.to_entry(&base).unwrap_err();
        assert_eq!(missing[0].path, "hours");
        fields.hours = "1,5".into();
        fields.note = "  Visite de la fonderie ".into();
        let t = fields.to_entry(&base).unwrap();
        assert_eq!(
            (t.hours, t.activity, t.note.as_str()),
            (1.5, Activity::Visits, "Visite de la fonderie")
        );
        fields.date = "28/11/2026".into();
        fields.hours = "une heure".into();
        let wrong: Vec<String> = fields
            .to_entry(&base)
            .unwrap_err()
            .into_iter()
            .map(|i| i.path)
            .collect();
        assert_eq!(wrong, ["date", "hours"]);
    }
}
