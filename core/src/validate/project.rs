//! The rules of a whole project: every id once, references that lead to a
//! record of the right kind, no SIRET twice; each record by its own rules.

use super::{at, records::*};
use crate::issue::{Issue, IssueCode as C};
use crate::model::*;
use std::collections::HashMap;

/// Checks a whole project. Errors block an import; warnings are shown.
pub fn validate(p: &Project) -> Vec<Issue> {
    let mut v = Validator {
        issues: Vec::new(),
        index: HashMap::new(),
    };
    v.index_ids(p);
    v.territory_and_settings(p);
    let sirets = &mut HashMap::new();
    for (i, c) in p.companies.iter().enumerate() {
        let path = format!("companies[{i}]");
        v.header(c, &path);
        v.issues.extend(company_issues(c, &p.territory, &path));
        v.duplicate_siret(c, &path, sirets);
    }
    for (i, c) in p.contacts.iter().enumerate() {
        let path = format!("contacts[{i}]");
        v.header(c, &path);
        v.issues.extend(contact_issues(c, &path));
        v.reference(
            c.deleted,
            Kind::Company,
            c.company_id,
            &at(&path, "company_id"),
        );
    }
    for (i, r) in p.interactions.iter().enumerate() {
        let path = format!("interactions[{i}]");
        v.header(r, &path);
        v.issues.extend(interaction_issues(r, &path));
        v.interaction_refs(p, r, &path);
    }
    for (i, f) in p.flows.iter().enumerate() {
        let path = format!("flows[{i}]");
        v.header(f, &path);
        v.issues.extend(flow_issues(f, &path));
        v.reference(
            f.deleted,
            Kind::Company,
            f.company_id,
            &at(&path, "company_id"),
        );
    }
    for (i, s) in p.synergies.iter().enumerate() {
        let path = format!("synergies[{i}]");
        v.header(s, &path);
        v.issues.extend(synergy_issues(s, &path));
        v.synergy_refs(s, &path);
    }
    for (i, e) in p.events.iter().enumerate() {
        let path = format!("events[{i}]");
        v.header(e, &path);
        v.issues.extend(event_issues(e, &path));
        v.event_refs(e, &path);
    }
    for (i, t) in p.time_entries.iter().enumerate() {
        let path = format!("time_entries[{i}]");
        v.header(t, &path);
        v.issues.extend(time_entry_issues(t, &path));
        v.optional_reference(
            t.deleted,
            Kind::Company,
            t.company_id,
            &at(&path, "company_id"),
        );
        v.optional_reference(t.deleted, Kind::Event, t.event_id, &at(&path, "event_id"));
    }
    for (i, t) in p.tasks.iter().enumerate() {
        let path = format!("tasks[{i}]");
        v.header(t, &path);
        v.issues.extend(task_issues(t, &path));
        v.optional_reference(t.deleted, Kind::Event, t.event_id, &at(&path, "event_id"));
    }
    v.issues
}

struct Entry {
    kind: Kind,
    deleted: bool,
}

struct Validator {
    issues: Vec<Issue>,
    index: HashMap<Id, Entry>,
}

impl Validator {
    /// Records every id once; a second occurrence anywhere is an error.
    fn index_ids(&mut self, p: &Project) {
        let mut first_path: HashMap<Id, String> = HashMap::new();
        let mut add = |v: &mut Validator, id: Id, kind: Kind, deleted: bool, path: String| {
            if let Some(first) = first_path.get(&id) {
                v.issues.push(Issue::error(
                    at(&path, "id"),
                    C::DuplicateId {
                        first: first.clone(),
                    },
                ));
            } else {
                first_path.insert(id, path);
                v.index.insert(id, Entry { kind, deleted });
            }
        };
        add(
            self,
            p.territory.id,
            Kind::Territory,
            false,
            "territory".into(),
        );
        add(
            self,
            p.settings.id,
            Kind::Settings,
            false,
            "settings".into(),
        );
        fn each<T: Record>(list: &[T], mut f: impl FnMut(Id, bool, String)) {
            for (i, r) in list.iter().enumerate() {
                f(
                    r.id(),
                    r.is_deleted(),
                    format!("{}[{i}]", T::KIND.collection()),
                );
            }
        }
        each(&p.companies, |id, d, path| {
            add(self, id, Kind::Company, d, path)
        });
        each(&p.contacts, |id, d, path| {
            add(self, id, Kind::Contact, d, path)
        });
        each(&p.interactions, |id, d, path| {
            add(self, id, Kind::Interaction, d, path)
        });
        each(&p.flows, |id, d, path| add(self, id, Kind::Flow, d, path));
        each(&p.synergies, |id, d, path| {
            add(self, id, Kind::Synergy, d, path)
        });
        each(&p.events, |id, d, path| add(self, id, Kind::Event, d, path));
        each(&p.time_entries, |id, d, path| {
            add(self, id, Kind::TimeEntry, d, path)
        });
        each(&p.tasks, |id, d, path| add(self, id, Kind::Task, d, path));
    }

    fn header<T: Record>(&mut self, r: &T, path: &str) {
        if !(0..=MAX_TIMESTAMP_MS).contains(&r.updated_at()) {
            self.issues
                .push(Issue::error(at(path, "updated_at"), C::TimestampOutOfRange));
        }
    }

    /// A reference from a record (`from_deleted` when it is a tombstone) to a record of `kind`.
    fn reference(&mut self, from_deleted: bool, kind: Kind, id: Id, path: &str) {
        match self.index.get(&id) {
            Some(e) if e.kind == kind => {
                if e.deleted && !from_deleted {
                    self.issues
                        .push(Issue::warning(path, C::DeletedReference { kind }));
                }
            }
            _ => self
                .issues
                .push(Issue::error(path, C::MissingReference { kind })),
        }
    }

    fn optional_reference(&mut self, from_deleted: bool, kind: Kind, id: Option<Id>, path: &str) {
        if let Some(id) = id {
            self.reference(from_deleted, kind, id, path);
        }
    }

    fn territory_and_settings(&mut self, p: &Project) {
        self.header(&p.territory, "territory");
        required(&mut self.issues, &p.territory.name, "territory.name");
        if let (Some(start), Some(end)) = (p.territory.start, p.territory.end) {
            if end < start {
                self.issues
                    .push(Issue::error("territory.end", C::EndBeforeStart));
            }
        }
        self.header(&p.settings, "settings");
        positive(
            &mut self.issues,
            p.settings.distance_limit_km,
            MAX_DISTANCE_KM,
            "settings.distance_limit_km",
        );
        for (i, f) in p.settings.factors.iter().enumerate() {
            let path = format!("settings.factors[{i}]");
            self.issues.extend(factor_issues(f, &path));
        }
    }

    fn duplicate_siret(&mut self, c: &Company, path: &str, seen: &mut HashMap<String, String>) {
        let Some(siret) = c.siret.as_deref().filter(|s| !s.is_empty() && !c.deleted) else {
            return;
        };
        match seen.get(siret) {
            Some(first) => self.issues.push(Issue::warning(
                at(path, "siret"),
                C::DuplicateSiret {
                    first: first.clone(),
                },
            )),
            None => {
                seen.insert(siret.to_owned(), path.to_owned());
            }
        }
    }

    fn interaction_refs(&mut self, p: &Project, r: &Interaction, path: &str) {
        self.reference(
            r.deleted,
            Kind::Company,
            r.company_id,
            &at(path, "company_id"),
        );
        let Some(contact_id) = r.contact_id else {
            return;
        };
        let contact_path = at(path, "contact_id");
        self.reference(r.deleted, Kind::Contact, contact_id, &contact_path);
        if let Some(contact) = p.contacts.iter().find(|c| c.id == contact_id) {
            if contact.company_id != r.company_id {
                self.issues
                    .push(Issue::error(contact_path, C::ContactOfOtherCompany));
            }
        }
    }

    fn synergy_refs(&mut self, s: &Synergy, path: &str) {
        for (i, part) in s.participants.iter().enumerate() {
            self.reference(
                s.deleted,
                Kind::Company,
                part.company_id,
                &format!("{path}.participants[{i}].company_id"),
            );
        }
        for (i, id) in s.flow_ids.iter().enumerate() {
            self.reference(s.deleted, Kind::Flow, *id, &format!("{path}.flow_ids[{i}]"));
        }
        self.optional_reference(
            s.deleted,
            Kind::Event,
            s.origin.event_id,
            &at(path, "origin.event_id"),
        );
        for (which, inputs) in [
            ("estimate", &s.impact.estimate),
            ("measured", &s.impact.measured),
        ] {
            for (i, saving) in inputs.iter().flat_map(|x| x.savings.iter()).enumerate() {
                let p = format!("{path}.impact.{which}.savings[{i}].company_id");
                self.reference(s.deleted, Kind::Company, saving.company_id, &p);
            }
        }
    }

    fn event_refs(&mut self, e: &Event, path: &str) {
        self.optional_reference(
            e.deleted,
            Kind::Company,
            e.host_company_id,
            &at(path, "host_company_id"),
        );
        for (i, inv) in e.invitations.iter().enumerate() {
            let p = format!("{path}.invitations[{i}]");
            self.reference(
                e.deleted,
                Kind::Company,
                inv.company_id,
                &at(&p, "company_id"),
            );
            self.optional_reference(
                e.deleted,
                Kind::Contact,
                inv.contact_id,
                &at(&p, "contact_id"),
            );
        }
        for (i, a) in e.attendance.iter().enumerate() {
            let p = format!("{path}.attendance[{i}]");
            self.reference(
                e.deleted,
                Kind::Company,
                a.company_id,
                &at(&p, "company_id"),
            );
            self.optional_reference(
                e.deleted,
                Kind::Contact,
                a.contact_id,
                &at(&p, "contact_id"),
            );
            self.optional_reference(
                e.deleted,
                Kind::Company,
                a.referred_by,
                &at(&p, "referred_by"),
            );
        }
        for (i, h) in e.harvest.iter().enumerate() {
            for (j, id) in h.company_ids.iter().enumerate() {
                self.reference(
                    e.deleted,
                    Kind::Company,
                    *id,
                    &format!("{path}.harvest[{i}].company_ids[{j}]"),
                );
            }
        }
    }
}
