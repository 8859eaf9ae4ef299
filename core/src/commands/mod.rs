//! What the buttons do: pure changes to a project. Each returns the records
//! it changed, so that storage writes only those (a project of 20 000
//! companies is never rewritten whole for one edit), or the issues that
//! stop the change (nothing is changed then).

use crate::issue::{has_errors, Issue};
use crate::model::*;
use crate::validate;

mod events;
pub use events::*;

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
    changed.extend(tombstone_where(
        &mut p.contacts,
        |c| c.company_id == id,
        ctx,
    ));
    changed.extend(tombstone_where(
        &mut p.interactions,
        |i| i.company_id == id,
        ctx,
    ));
    changed.extend(tombstone_where(&mut p.flows, |f| f.company_id == id, ctx));
    changed
}

/// Brings back a deleted company, with the contacts, outreach log and flows
/// that were deleted with it (same moment, same author): the project's
/// trash keeps every deleted company restorable.
pub fn restore_company(p: &mut Project, id: Id, ctx: &EditContext) -> Vec<Changed> {
    let Some(c) = p.company(id).filter(|c| c.deleted).cloned() else {
        return Vec::new();
    };
    let with_it = |deleted: bool, at: i64, by: &Author| {
        deleted && at == c.updated_at && by.actor == c.updated_by.actor
    };
    let mut changed = Vec::new();
    fn bring_back<T: Record>(
        list: &mut [T],
        pick: impl Fn(&T) -> bool,
        ctx: &EditContext,
        out: &mut Vec<Changed>,
    ) {
        for r in list.iter_mut().filter(|r| pick(r)) {
            r.set_deleted(false);
            r.touch(ctx);
            out.push((T::KIND, r.id()));
        }
    }
    bring_back(
        &mut p.contacts,
        |x| x.company_id == id && with_it(x.deleted, x.updated_at, &x.updated_by),
        ctx,
        &mut changed,
    );
    bring_back(
        &mut p.interactions,
        |x| x.company_id == id && with_it(x.deleted, x.updated_at, &x.updated_by),
        ctx,
        &mut changed,
    );
    bring_back(
        &mut p.flows,
        |x| x.company_id == id && with_it(x.deleted, x.updated_at, &x.updated_by),
        ctx,
        &mut changed,
    );
    bring_back(&mut p.companies, |x| x.id == id, ctx, &mut changed);
    changed
}

/// Deleted companies, most recently deleted first: the project's trash.
pub fn trash(p: &Project) -> Vec<&Company> {
    let mut v: Vec<&Company> = p.companies.iter().filter(|c| c.deleted).collect();
    crate::sorting::sort_by_key(&mut v, |c| std::cmp::Reverse(c.updated_at));
    v
}

/// Marks deleted every live record that matches.
fn tombstone_where<T: Record>(
    list: &mut [T],
    matches: impl Fn(&T) -> bool,
    ctx: &EditContext,
) -> Vec<Changed> {
    let ids: Vec<Id> = list.iter().filter(|r| matches(r)).map(Record::id).collect();
    ids.into_iter()
        .flat_map(|id| tombstone(list, id, ctx))
        .collect()
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

/// Saves an entry of the time log: hours between 0 and 24, and the company
/// or meeting it names must exist.
pub fn save_time_entry(p: &mut Project, t: TimeEntry, ctx: &EditContext) -> Outcome {
    let mut issues = validate::time_entry_issues(&t, "");
    let missing =
        |path: &str, kind: Kind| Issue::error(path, crate::IssueCode::MissingReference { kind });
    if t.company_id
        .is_some_and(|c| p.company(c).is_none_or(|c| c.deleted))
    {
        issues.push(missing("company_id", Kind::Company));
    }
    if t.event_id
        .is_some_and(|e| !p.events.iter().any(|x| x.id == e && !x.deleted))
    {
        issues.push(missing("event_id", Kind::Event));
    }
    errors_only(issues)?;
    Ok(upsert(&mut p.time_entries, t, ctx))
}

pub fn delete_time_entry(p: &mut Project, id: Id, ctx: &EditContext) -> Vec<Changed> {
    tombstone(&mut p.time_entries, id, ctx)
}

/// Saves a task of the plan: a title, a due date not before its start,
/// and the meeting it names must exist.
pub fn save_task(p: &mut Project, t: Task, ctx: &EditContext) -> Outcome {
    let mut issues = validate::task_issues(&t, "");
    if t.event_id
        .is_some_and(|e| !p.events.iter().any(|x| x.id == e && !x.deleted))
    {
        issues.push(Issue::error(
            "event_id",
            crate::IssueCode::MissingReference { kind: Kind::Event },
        ));
    }
    errors_only(issues)?;
    Ok(upsert(&mut p.tasks, t, ctx))
}

pub fn delete_task(p: &mut Project, id: Id, ctx: &EditContext) -> Vec<Changed> {
    tombstone(&mut p.tasks, id, ctx)
}

/// Ticks off a task of the plan.
pub fn complete_task(p: &mut Project, id: Id, ctx: &EditContext) -> Vec<Changed> {
    let Some(mut t) = p.tasks.iter().find(|t| t.id == id && !t.deleted).cloned() else {
        return Vec::new();
    };
    t.done = true;
    upsert(&mut p.tasks, t, ctx)
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
    if let (Some(start), Some(end)) = (t.start, t.end) {
        if end < start {
            return Err(vec![Issue::error("end", crate::IssueCode::EndBeforeStart)]);
        }
    }
    t.id = p.territory.id;
    let mut list = vec![p.territory.clone()];
    let changed = upsert(&mut list, t, ctx);
    p.territory = list.remove(0);
    Ok(changed)
}

pub fn save_flow(p: &mut Project, mut f: Flow, ctx: &EditContext) -> Outcome {
    f.label = f.label.trim().to_owned();
    f.low_code = f
        .low_code
        .map(|c| crate::low::normalize_code(&c))
        .filter(|c| !c.is_empty());
    errors_only(validate::flow_issues(&f, ""))?;
    if p.company(f.company_id).is_none_or(|c| c.deleted) {
        return Err(vec![Issue::error(
            "company_id",
            crate::IssueCode::MissingReference {
                kind: Kind::Company,
            },
        )]);
    }
    Ok(upsert(&mut p.flows, f, ctx))
}

pub fn delete_flow(p: &mut Project, id: Id, ctx: &EditContext) -> Vec<Changed> {
    tombstone(&mut p.flows, id, ctx)
}

pub fn save_synergy(p: &mut Project, mut s: Synergy, ctx: &EditContext) -> Outcome {
    s.title = s.title.trim().to_owned();
    let mut issues = validate::synergy_issues(&s, "");
    for (i, part) in s.participants.iter().enumerate() {
        if p.company(part.company_id).is_none_or(|c| c.deleted) {
            issues.push(Issue::error(
                format!("participants[{i}].company_id"),
                crate::IssueCode::MissingReference {
                    kind: Kind::Company,
                },
            ));
        }
    }
    errors_only(issues)?;
    Ok(upsert(&mut p.synergies, s, ctx))
}

pub fn delete_synergy(p: &mut Project, id: Id, ctx: &EditContext) -> Vec<Changed> {
    tombstone(&mut p.synergies, id, ctx)
}

/// Moves a synergy along its pipeline, keeping the change in its history.
/// On hold and abandoned need a reason.
pub fn change_status(
    p: &mut Project,
    id: Id,
    to: SynergyStatus,
    reason: &str,
    ctx: &EditContext,
) -> Outcome {
    let Some(mut s) = p
        .synergies
        .iter()
        .find(|s| s.id == id && !s.deleted)
        .cloned()
    else {
        return Err(vec![Issue::error(
            "",
            crate::IssueCode::MissingReference {
                kind: Kind::Synergy,
            },
        )]);
    };
    if s.status == to {
        return Ok(Vec::new());
    }
    if to.needs_reason() && reason.trim().is_empty() {
        return Err(vec![Issue::error(
            "reason",
            crate::IssueCode::ReasonRequired,
        )]);
    }
    s.history.push(StatusChange {
        from: Some(s.status),
        to,
        at: ctx.now_ms,
        by: ctx.author.clone(),
        reason: reason.trim().to_owned(),
    });
    s.status = to;
    Ok(upsert(&mut p.synergies, s, ctx))
}

/// A new synergy at status "idea", with its first history entry.
pub fn new_synergy(
    id: Id,
    title: String,
    kind: SynergyKind,
    participants: Vec<Participant>,
    flow_ids: Vec<Id>,
    origin: Origin,
    ctx: &EditContext,
) -> Synergy {
    Synergy {
        id,
        rev: 0,
        updated_at: ctx.now_ms,
        updated_by: ctx.author.clone(),
        deleted: false,
        title,
        kind,
        subtype: String::new(),
        participants,
        flow_ids,
        origin,
        status: SynergyStatus::Idea,
        history: vec![StatusChange {
            from: None,
            to: SynergyStatus::Idea,
            at: ctx.now_ms,
            by: ctx.author.clone(),
            reason: String::new(),
        }],
        next_action: None,
        barriers: Vec::new(),
        impact: Impact::default(),
        notes: String::new(),
    }
}

/// Remembers the facilitator's decision on a suggestion (replacing an earlier one).
fn decide(p: &mut Project, key: &str, accepted: bool, ctx: &EditContext) -> Vec<Changed> {
    let mut settings = p.settings.clone();
    settings.decisions.retain(|d| d.key != key);
    settings.decisions.push(SuggestionDecision {
        key: key.to_owned(),
        accepted,
        at: ctx.now_ms,
    });
    put_settings(p, settings, ctx)
}

fn put_settings(p: &mut Project, settings: Settings, ctx: &EditContext) -> Vec<Changed> {
    let mut list = vec![p.settings.clone()];
    let changed = upsert(&mut list, settings, ctx);
    p.settings = list.remove(0);
    changed
}

/// Turns a suggestion into a synergy at status "idea" linking both flows and companies.
pub fn accept_suggestion(
    p: &mut Project,
    s: &crate::matching::Suggestion,
    synergy_id: Id,
    title: String,
    ctx: &EditContext,
) -> Outcome {
    let participants = vec![
        Participant {
            company_id: s.supplier,
            role: Role::Supplier,
        },
        Participant {
            company_id: s.receiver,
            role: Role::Receiver,
        },
    ];
    let origin = Origin {
        kind: OriginKind::Suggestion,
        event_id: None,
    };
    let synergy = new_synergy(
        synergy_id,
        title,
        SynergyKind::Substitution,
        participants,
        vec![s.supply, s.demand],
        origin,
        ctx,
    );
    let mut changed = save_synergy(p, synergy, ctx)?;
    changed.extend(decide(p, &s.key, true, ctx));
    Ok(changed)
}

/// Companies as members of a synergy.
pub(crate) fn members(companies: &[Id]) -> Vec<Participant> {
    companies
        .iter()
        .map(|&company_id| Participant {
            company_id,
            role: Role::Member,
        })
        .collect()
}

/// Turns a pool of companies with the same need into a pooling synergy.
pub fn accept_pool(
    p: &mut Project,
    c: &crate::matching::Pool,
    synergy_id: Id,
    title: String,
    ctx: &EditContext,
) -> Outcome {
    let participants = members(&c.companies);
    let origin = Origin {
        kind: OriginKind::Suggestion,
        event_id: None,
    };
    let synergy = new_synergy(
        synergy_id,
        title,
        SynergyKind::Mutualisation,
        participants,
        c.flows.clone(),
        origin,
        ctx,
    );
    let mut changed = save_synergy(p, synergy, ctx)?;
    changed.extend(decide(p, &c.key, true, ctx));
    Ok(changed)
}

/// Rejects a suggestion: it is not suggested again until the decision is undone.
pub fn reject_suggestion(p: &mut Project, key: &str, ctx: &EditContext) -> Vec<Changed> {
    decide(p, key, false, ctx)
}

/// Forgets a decision, so the suggestion can come back.
pub fn undo_decision(p: &mut Project, key: &str, ctx: &EditContext) -> Vec<Changed> {
    if !p.settings.decisions.iter().any(|d| d.key == key) {
        return Vec::new();
    }
    let mut settings = p.settings.clone();
    settings.decisions.retain(|d| d.key != key);
    put_settings(p, settings, ctx)
}

/// Adds, replaces or (with `None`) removes a project factor.
pub fn save_factor(
    p: &mut Project,
    id: &str,
    factor: Option<Factor>,
    ctx: &EditContext,
) -> Outcome {
    if let Some(f) = &factor {
        errors_only(validate::factor_issues(f, ""))?;
    }
    let mut settings = p.settings.clone();
    settings.factors.retain(|f| f.id != id);
    settings.factors.extend(factor);
    Ok(put_settings(p, settings, ctx))
}
