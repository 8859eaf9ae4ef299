//! The outreach form: one call, email, visit or interview with a company,
//! its outcome and the next step.

use super::optional_date;
use crate::model::*;
use crate::{Author, Date, Issue, IssueCode};

/// The outreach form's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct InteractionFields {
    pub kind: InteractionKind,
    pub date: String,
    /// Who did it: empty for the programme's officer, else a partner's name.
    pub done_by: String,
    pub contact: Option<Id>,
    pub outcome: Outcome,
    pub summary: String,
    pub next_text: String,
    pub next_due: String,
}

impl InteractionFields {
    pub fn of(i: &Interaction) -> InteractionFields {
        let next = i.next_action.as_ref();
        InteractionFields {
            kind: i.kind,
            date: i.date.to_string(),
            done_by: i.done_by.clone().unwrap_or_default(),
            contact: i.contact_id,
            outcome: i.outcome,
            summary: i.summary.clone(),
            next_text: next.map(|n| n.text.clone()).unwrap_or_default(),
            next_due: next
                .and_then(|n| n.due)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        }
    }

    /// `base` with what the fields say, or the fields that do not read. A
    /// next step keeps its "done" mark; with neither text nor date there is none.
    pub fn to_interaction(&self, base: &Interaction) -> Result<Interaction, Vec<Issue>> {
        let mut issues = Vec::new();
        let date = Date::parse(self.date.trim()).ok();
        if date.is_none() {
            issues.push(Issue::error("date", IssueCode::OutOfRange));
        }
        let due = optional_date(&self.next_due, "next_action.due", &mut issues);
        let Some(date) = date.filter(|_| issues.is_empty()) else {
            return Err(issues);
        };
        let mut i = base.clone();
        i.kind = self.kind;
        i.date = date;
        i.done_by = Some(self.done_by.trim().to_owned()).filter(|s| !s.is_empty());
        i.contact_id = self.contact;
        i.outcome = self.outcome;
        i.summary = self.summary.clone();
        let text = self.next_text.trim();
        i.next_action = (!text.is_empty() || due.is_some()).then(|| NextAction {
            text: text.to_owned(),
            due,
            done: base.next_action.as_ref().is_some_and(|n| n.done),
        });
        Ok(i)
    }
}

/// A new entry of a company's log (a draft at rev 0): a call today, no answer yet.
pub fn new_interaction(id: Id, company_id: Id, author: Author, today: Date) -> Interaction {
    Interaction {
        id,
        rev: 0,
        updated_at: 0,
        updated_by: author,
        deleted: false,
        company_id,
        contact_id: None,
        kind: InteractionKind::Call,
        date: today,
        done_by: None,
        outcome: Outcome::NoAnswer,
        summary: String::new(),
        next_action: None,
    }
}

/// Who may have done outreach for the programme: the territory's partners,
/// then anybody the log names, each once.
pub fn partners(p: &Project) -> Vec<String> {
    let mut v = p.territory.partner_names();
    for name in p.interactions.iter().filter_map(|i| i.done_by.as_ref()) {
        if !v.contains(name) {
            v.push(name.clone());
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse("2026-11-28").unwrap()
    }

    #[test]
    fn every_entry_of_the_example_reads_back_unchanged() {
        let p = crate::example::example_project(today(), 3);
        assert!(p.interactions.len() > 50);
        for i in &p.interactions {
            assert_eq!(InteractionFields::of(i).to_interaction(i).as_ref(), Ok(i));
        }
    }

    #[test]
    fn a_next_step_needs_words_or_a_date_and_wrong_dates_are_named() {
        let author = Author {
            actor: Id::from_u128(1),
            label: "t".into(),
        };
        let base = new_interaction(Id::from_u128(2), Id::from_u128(3), author, today());
        let mut fields = InteractionFields::of(&base);
        fields.done_by = "  Jeune Chambre Économique ".into();
        fields.next_text = "  ".into();
        let i = fields.to_interaction(&base).unwrap();
        assert_eq!(
            (i.done_by.as_deref(), i.next_action.as_ref()),
            (Some("Jeune Chambre Économique"), None)
        );
        fields.next_due = "2026-12-15".into();
        let next = fields.to_interaction(&base).unwrap().next_action.unwrap();
        assert_eq!(
            (next.text.as_str(), next.due),
            ("", Date::parse("2026-12-15").ok())
        );
        fields.date = "".into();
        fields.next_due = "15/12".into();
        let paths: Vec<String> = fields
            .to_interaction(&base)
            .unwrap_err()
            .into_iter()
            .map(|i| i.path)
            .collect();
        assert_eq!(paths, ["date", "next_action.due"]);
    }

    #[test]
    fn partners_are_the_territory_s_then_those_the_log_names() {
        let p = crate::example::example_project(today(), 3);
        let names = partners(&p);
        assert!(names.starts_with(&p.territory.partner_names()));
        assert!(names.iter().any(|n| n == crate::example::PARTNER));
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
    }
}
