//! What may leave for a partner (`docs/format.md`, "Files for partners";
//! README, "Working with a partner"): one pure function decides, record by
//! record and field by field, what a file sent to a partner carries. The
//! rules:
//!
//! - a company marked `restricted` never leaves, nor anything of it;
//! - a company marked `facilitator` leaves only for a partner of the
//!   facilitation team; flows follow the same two rules with their own mark;
//! - a contact who opted out travels without email and phone (the partner
//!   must know not to call them);
//! - private notes (companies, contacts, synergies, meetings, time entries,
//!   tasks) stay home unless the user includes them;
//! - a reference to something that stays home is cut (a synergy with a party
//!   that stays home stays home too; an attendee of such a company is left
//!   out of the meeting, with their seats);
//! - the facilitator's decisions on suggestions stay home.
//!
//! A full backup export does not go through here: it carries everything and
//! the app says so.

use crate::model::*;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Who receives the file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// The partner's name ("JCE du Pays de Lisière").
    pub name: String,
    /// Part of the facilitation team: receives what is marked "facilitator only".
    #[serde(default)]
    pub facilitation_team: bool,
}

/// What to send: the partner, the companies, the kinds that go with them.
#[derive(Clone, Debug, PartialEq)]
pub struct Scope {
    pub partner: Partner,
    /// The companies chosen (by selection, filter, zone or stage).
    pub companies: Vec<Id>,
    /// Kinds that travel besides companies (contacts, interactions, flows,
    /// synergies, events, time entries, tasks).
    pub kinds: Vec<Kind>,
    /// Whether private notes travel too.
    pub notes: bool,
}

/// What the rules kept home, counted for the summary shown before writing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Withheld {
    /// Companies chosen but marked restricted.
    #[serde(default)]
    pub restricted_companies: usize,
    /// Companies chosen but marked facilitator only (partner not in the team).
    #[serde(default)]
    pub facilitator_companies: usize,
    /// Contacts sent without their email and phone because they opted out.
    #[serde(default)]
    pub opted_out_contacts: usize,
    /// Flows kept home by their own confidentiality mark.
    #[serde(default)]
    pub confidential_flows: usize,
    /// Records whose private notes were left out.
    #[serde(default)]
    pub notes: usize,
    /// Synergies kept home because a party stays home.
    #[serde(default)]
    pub synergies: usize,
    /// People left out of meetings because their company stays home.
    #[serde(default)]
    pub attendees: usize,
}

/// What a file sent to a partner says about itself (the envelope's `share`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ShareInfo {
    pub partner: Partner,
    /// Who sent it first (the partner's return keeps this).
    pub sent_by: Author,
    /// When it was sent, ms since the epoch.
    pub sent_at: i64,
    /// The export this partner file started from (its own `export_id` for
    /// the file sent; the same value in the partner's returns).
    pub sent_export_id: Id,
    /// Kinds that travelled besides companies.
    pub kinds: Vec<Kind>,
    /// Whether private notes travelled.
    #[serde(default)]
    pub notes: bool,
    #[serde(default)]
    pub withheld: Withheld,
}

/// The project as it leaves, and what stayed home.
#[derive(Clone, Debug)]
pub struct Shared {
    pub project: Project,
    pub withheld: Withheld,
}

/// Whether a record with this mark may go to this partner.
pub fn may_leave(mark: Confidentiality, partner: &Partner) -> bool {
    match mark {
        Confidentiality::Network => true,
        Confidentiality::Facilitator => partner.facilitation_team,
        Confidentiality::Restricted => false,
    }
}

/// The kinds a user can choose to send with the companies, in form order:
/// every list but the companies themselves.
pub fn choosable() -> &'static [Kind] {
    &Kind::LISTS[1..]
}

/// The records of `p` that may leave for `scope.partner`.
pub fn share(p: &Project, scope: &Scope) -> Shared {
    let mut w = Withheld::default();
    let travels = |k: Kind| scope.kinds.contains(&k);
    let chosen: HashSet<Id> = scope.companies.iter().copied().collect();
    let mut out = Project::empty(p.territory.clone(), p.settings.clone());
    out.settings.decisions.clear();

    for c in p.live_companies().filter(|c| chosen.contains(&c.id)) {
        match c.confidentiality {
            Confidentiality::Restricted => w.restricted_companies += 1,
            Confidentiality::Facilitator if !scope.partner.facilitation_team => {
                w.facilitator_companies += 1
            }
            _ => {
                let mut c = c.clone();
                strip_notes(&mut c.notes, scope.notes, &mut w);
                out.companies.push(c);
            }
        }
    }
    let companies: HashSet<Id> = out.companies.iter().map(|c| c.id).collect();

    if travels(Kind::Contact) {
        for c in p
            .contacts
            .iter()
            .filter(|c| live_of(c.deleted, c.company_id, &companies))
        {
            let mut c = c.clone();
            if c.opt_out {
                w.opted_out_contacts += 1;
                c.email.clear();
                c.phone.clear();
            }
            strip_notes(&mut c.notes, scope.notes, &mut w);
            out.contacts.push(c);
        }
    }
    let contacts: HashSet<Id> = out.contacts.iter().map(|c| c.id).collect();

    if travels(Kind::Interaction) {
        for i in p
            .interactions
            .iter()
            .filter(|i| live_of(i.deleted, i.company_id, &companies))
        {
            let mut i = i.clone();
            i.contact_id = i.contact_id.filter(|id| contacts.contains(id));
            out.interactions.push(i);
        }
    }

    if travels(Kind::Flow) {
        for f in p
            .flows
            .iter()
            .filter(|f| live_of(f.deleted, f.company_id, &companies))
        {
            if may_leave(f.confidentiality, &scope.partner) {
                out.flows.push(f.clone());
            } else {
                w.confidential_flows += 1;
            }
        }
    }
    let flows: HashSet<Id> = out.flows.iter().map(|f| f.id).collect();

    let mut events: HashSet<Id> = HashSet::new();
    if travels(Kind::Event) {
        for e in p.events.iter().filter(|e| !e.deleted) {
            let e = share_event(e, &companies, &contacts, scope.notes, &mut w);
            events.insert(e.id);
            out.events.push(e);
        }
    }

    if travels(Kind::Synergy) {
        for s in p.synergies.iter().filter(|s| !s.deleted) {
            if !s
                .participants
                .iter()
                .all(|x| companies.contains(&x.company_id))
            {
                w.synergies += 1;
                continue;
            }
            let mut s = s.clone();
            s.flow_ids.retain(|id| flows.contains(id));
            s.origin.event_id = s.origin.event_id.filter(|id| events.contains(id));
            for inputs in [&mut s.impact.estimate, &mut s.impact.measured]
                .into_iter()
                .flatten()
            {
                inputs.savings.retain(|x| companies.contains(&x.company_id));
            }
            strip_notes(&mut s.notes, scope.notes, &mut w);
            out.synergies.push(s);
        }
    }

    if travels(Kind::TimeEntry) {
        for t in p.time_entries.iter().filter(|t| !t.deleted) {
            let company_ok = t.company_id.is_none_or(|id| companies.contains(&id));
            let event_ok = t.event_id.is_none_or(|id| events.contains(&id));
            if company_ok && event_ok {
                let mut t = t.clone();
                strip_notes(&mut t.note, scope.notes, &mut w);
                out.time_entries.push(t);
            }
        }
    }

    if travels(Kind::Task) {
        for t in p.tasks.iter().filter(|t| !t.deleted) {
            let mut t = t.clone();
            strip_notes(&mut t.notes, scope.notes, &mut w);
            out.tasks.push(t);
        }
    }
    Shared {
        project: out,
        withheld: w,
    }
}

fn live_of(deleted: bool, company: Id, companies: &HashSet<Id>) -> bool {
    !deleted && companies.contains(&company)
}

fn strip_notes(notes: &mut String, keep: bool, w: &mut Withheld) {
    if !keep && !notes.trim().is_empty() {
        notes.clear();
        w.notes += 1;
    }
}

/// A meeting as it leaves: only the people, invitations and harvest
/// mentions of companies that leave too, and seats of the people kept.
fn share_event(
    e: &Event,
    companies: &HashSet<Id>,
    contacts: &HashSet<Id>,
    notes: bool,
    w: &mut Withheld,
) -> Event {
    let mut e = e.clone();
    strip_notes(&mut e.notes, notes, w);
    e.host_company_id = e.host_company_id.filter(|id| companies.contains(id));
    e.invitations.retain(|i| companies.contains(&i.company_id));
    for i in &mut e.invitations {
        i.contact_id = i.contact_id.filter(|id| contacts.contains(id));
    }
    let before = e.attendance.len();
    e.attendance.retain(|a| companies.contains(&a.company_id));
    w.attendees += before - e.attendance.len();
    for a in &mut e.attendance {
        a.contact_id = a.contact_id.filter(|id| contacts.contains(id));
        a.referred_by = a.referred_by.filter(|id| companies.contains(id));
    }
    let people: HashSet<Id> = e.attendance.iter().map(|a| a.id).collect();
    if let Some(plan) = e.cafe.as_mut() {
        for round in &mut plan.seating {
            round.retain(|s| people.contains(&s.attendee_id));
        }
    }
    for h in &mut e.harvest {
        h.company_ids.retain(|id| companies.contains(id));
    }
    e
}

/// Fields that the rules may have emptied in a record a partner sends back,
/// given what travelled. A merge without the sent version (an old file)
/// uses it to tell "emptied on the way out" from "cleared by the partner":
/// an empty value there is not a change.
pub fn withheld_fields(kind: Kind, info: &ShareInfo, opted_out: bool) -> &'static [&'static str] {
    match (kind, info.notes) {
        (Kind::Contact, false) if opted_out => &["email", "phone", "notes"],
        (Kind::Contact, true) if opted_out => &["email", "phone"],
        (Kind::Contact, false)
        | (Kind::Company, false)
        | (Kind::Synergy, false)
        | (Kind::Event, false)
        | (Kind::Task, false) => &["notes"],
        (Kind::TimeEntry, false) => &["note"],
        (Kind::Settings, _) => &["decisions"],
        _ => &[],
    }
}
