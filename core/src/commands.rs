//! What the buttons do: pure changes to a project. Each returns the records
//! it changed, so that storage writes only those (a project of 20 000
//! companies is never rewritten whole for one edit), or the issues that
//! stop the change (nothing is changed then).

use crate::format::validate;
use crate::issue::{has_errors, Issue};
use crate::model::*;

/// A record that changed and must be persisted.
pub type Changed = (Kind, Id);

/// The outcome of a command: the records to save, or why nothing was done.
pub type Outcome = Result<Vec<Changed>, Vec<Issue>>;

/// Inserts a new record or replaces an existing one, bumping `rev`.
/// New records are built as drafts with `rev` 0, so they are saved at rev 1.
/// A replacement identical in content changes nothing.
pub fn upsert<T: Record + PartialEq>(
    list: &mut Vec<T>,
    mut record: T,
    ctx: &EditContext,
) -> Vec<Changed> {
    let id = record.id();
    match list.iter_mut().find(|r| r.id() == id) {
        Some(existing) => {
            record.copy_header_from(existing);
            if *existing == record {
                return Vec::new();
            }
            record.touch(ctx);
            *existing = record;
        }
        None => {
            record.touch(ctx);
            list.push(record);
        }
    }
    vec![(T::KIND, id)]
}

/// Marks a record deleted (tombstone kept so the deletion travels in files).
pub fn tombstone<T: Record>(list: &mut [T], id: Id, ctx: &EditContext) -> Vec<Changed> {
    list.iter_mut()
        .filter(|r| r.id() == id && !r.is_deleted())
        .map(|r| {
            r.set_deleted(true);
            r.touch(ctx);
            (T::KIND, id)
        })
        .collect()
}

/// Refuses to save a form opened on revision `base_rev` of a record that has
/// changed since (in another tab, or by an import): nothing is overwritten
/// without the user knowing.
pub fn check_unchanged<T: Record>(list: &[T], id: Id, base_rev: u64) -> Result<(), Vec<Issue>> {
    match list.iter().find(|r| r.id() == id) {
        Some(r) if r.rev() != base_rev => {
            Err(vec![Issue::error("", crate::IssueCode::ChangedElsewhere)])
        }
        _ => Ok(()),
    }
}

fn errors_only(issues: Vec<Issue>) -> Result<(), Vec<Issue>> {
    if has_errors(&issues) {
        Err(issues)
    } else {
        Ok(())
    }
}

pub fn save_company(p: &mut Project, mut c: Company, ctx: &EditContext) -> Outcome {
    c.name = c.name.trim().to_owned();
    if let Some(s) = c.siret.as_mut() {
        *s = crate::siret::normalize(s);
    }
    c.siret = c.siret.filter(|s| !s.is_empty());
    errors_only(validate::company_issues(&c, &p.territory, ""))?;
    Ok(upsert(&mut p.companies, c, ctx))
}

/// Deletes a company with its contacts, outreach log and flows.
pub fn delete_company(p: &mut Project, id: Id, ctx: &EditContext) -> Vec<Changed> {
    let mut changed = tombstone(&mut p.companies, id, ctx);
    let contacts: Vec<Id> = p
        .contacts
        .iter()
        .filter(|c| c.company_id == id)
        .map(|c| c.id)
        .collect();
    for c in contacts {
        changed.extend(tombstone(&mut p.contacts, c, ctx));
    }
    let log: Vec<Id> = p
        .interactions
        .iter()
        .filter(|i| i.company_id == id)
        .map(|i| i.id)
        .collect();
    for i in log {
        changed.extend(tombstone(&mut p.interactions, i, ctx));
    }
    let flows: Vec<Id> = p
        .flows
        .iter()
        .filter(|f| f.company_id == id)
        .map(|f| f.id)
        .collect();
    for f in flows {
        changed.extend(tombstone(&mut p.flows, f, ctx));
    }
    changed
}

pub fn save_contact(p: &mut Project, mut c: Contact, ctx: &EditContext) -> Outcome {
    c.name = c.name.trim().to_owned();
    c.email = c.email.trim().to_owned();
    errors_only(validate::contact_issues(&c, ""))?;
    if p.company(c.company_id).is_none_or(|co| co.deleted) {
        return Err(vec![Issue::error(
            "company_id",
            crate::IssueCode::MissingReference {
                kind: Kind::Company,
            },
        )]);
    }
    Ok(upsert(&mut p.contacts, c, ctx))
}

pub fn delete_contact(p: &mut Project, id: Id, ctx: &EditContext) -> Vec<Changed> {
    tombstone(&mut p.contacts, id, ctx)
}

pub fn save_interaction(p: &mut Project, i: Interaction, ctx: &EditContext) -> Outcome {
    let mut issues = validate::interaction_issues(&i, "");
    if let Some(contact) = i
        .contact_id
        .and_then(|id| p.contacts.iter().find(|c| c.id == id))
    {
        if contact.company_id != i.company_id {
            issues.push(Issue::error(
                "contact_id",
                crate::IssueCode::ContactOfOtherCompany,
            ));
        }
    }
    errors_only(issues)?;
    Ok(upsert(&mut p.interactions, i, ctx))
}

pub fn delete_interaction(p: &mut Project, id: Id, ctx: &EditContext) -> Vec<Changed> {
    tombstone(&mut p.interactions, id, ctx)
}

/// Ticks off the next action of an interaction.
pub fn complete_next_action(p: &mut Project, interaction: Id, ctx: &EditContext) -> Vec<Changed> {
    let Some(mut i) = p.interactions.iter().find(|i| i.id == interaction).cloned() else {
        return Vec::new();
    };
    match i.next_action.as_mut() {
        Some(n) if !n.done => n.done = true,
        _ => return Vec::new(),
    }
    upsert(&mut p.interactions, i, ctx)
}

/// Sets the funnel stage by hand, or back to derived with `None`.
pub fn set_stage_override(
    p: &mut Project,
    company: Id,
    stage: Option<Stage>,
    ctx: &EditContext,
) -> Vec<Changed> {
    let Some(mut c) = p.company(company).cloned() else {
        return Vec::new();
    };
    c.stage_override = stage;
    upsert(&mut p.companies, c, ctx)
}

pub fn save_territory(p: &mut Project, mut t: Territory, ctx: &EditContext) -> Outcome {
    t.name = t.name.trim().to_owned();
    if t.name.is_empty() {
        return Err(vec![Issue::error("name", crate::IssueCode::Required)]);
    }
    t.id = p.territory.id;
    let mut list = vec![p.territory.clone()];
    let changed = upsert(&mut list, t, ctx);
    p.territory = list.remove(0);
    Ok(changed)
}
