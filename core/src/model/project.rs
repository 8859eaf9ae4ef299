use crate::model::*;

/// Everything a programme holds: the content of a file, without the export
/// metadata. Deleted records stay in the lists as tombstones.
#[derive(Clone, Debug, PartialEq)]
pub struct Project {
    pub territory: Territory,
    pub settings: Settings,
    pub companies: Vec<Company>,
    pub contacts: Vec<Contact>,
    pub interactions: Vec<Interaction>,
    pub flows: Vec<Flow>,
    pub synergies: Vec<Synergy>,
    pub events: Vec<Event>,
    pub time_entries: Vec<TimeEntry>,
    pub tasks: Vec<Task>,
}

impl Project {
    /// An empty project for a territory. `id` becomes the project id.
    pub fn new(id: Id, settings_id: Id, name: &str, ctx: &EditContext) -> Project {
        let territory = Territory {
            id,
            rev: 1,
            updated_at: ctx.now_ms,
            updated_by: ctx.author.clone(),
            deleted: false,
            name: name.trim().to_owned(),
            programme: String::new(),
            start: None,
            end: None,
            communes: Vec::new(),
            zones: Vec::new(),
            partners: Vec::new(),
            report_texts: Default::default(),
        };
        Project::empty(territory, Settings::new(settings_id, ctx))
    }

    /// A project with these territory and settings and no records.
    pub fn empty(territory: Territory, settings: Settings) -> Project {
        Project {
            territory,
            settings,
            companies: Vec::new(),
            contacts: Vec::new(),
            interactions: Vec::new(),
            flows: Vec::new(),
            synergies: Vec::new(),
            events: Vec::new(),
            time_entries: Vec::new(),
            tasks: Vec::new(),
        }
    }

    pub fn id(&self) -> Id {
        self.territory.id
    }

    pub fn name(&self) -> &str {
        &self.territory.name
    }

    /// Number of records of a kind, tombstones excluded.
    pub fn count(&self, kind: Kind) -> usize {
        fn live<T: Record>(v: &[T]) -> usize {
            v.iter().filter(|r| !r.is_deleted()).count()
        }
        match kind {
            Kind::Territory | Kind::Settings => 1,
            Kind::Company => live(&self.companies),
            Kind::Contact => live(&self.contacts),
            Kind::Interaction => live(&self.interactions),
            Kind::Flow => live(&self.flows),
            Kind::Synergy => live(&self.synergies),
            Kind::Event => live(&self.events),
            Kind::TimeEntry => live(&self.time_entries),
            Kind::Task => live(&self.tasks),
        }
    }

    pub fn company(&self, id: Id) -> Option<&Company> {
        self.companies.iter().find(|c| c.id == id)
    }

    /// The live synergies a company takes part in, the newest first.
    pub fn synergies_of(&self, company: Id) -> Vec<&Synergy> {
        let mut v: Vec<&Synergy> = self
            .synergies
            .iter()
            .filter(|s| !s.deleted && s.participants.iter().any(|p| p.company_id == company))
            .collect();
        v.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        v
    }

    /// The live meetings where a company was invited or registered, the
    /// latest first, each with its people there (registered, and how many
    /// of them attended).
    pub fn events_of(&self, company: Id) -> Vec<(&Event, usize, usize)> {
        let mut v: Vec<(&Event, usize, usize)> = self
            .events
            .iter()
            .filter(|e| !e.deleted)
            .filter_map(|e| {
                let ours: Vec<&Attendee> = e
                    .attendance
                    .iter()
                    .filter(|a| a.company_id == company)
                    .collect();
                (!ours.is_empty()).then(|| {
                    let attended = ours.iter().filter(|a| a.status.attended()).count();
                    (e, ours.len(), attended)
                })
            })
            .collect();
        v.sort_by(|a, b| b.0.date.cmp(&a.0.date).then(a.0.id.cmp(&b.0.id)));
        v
    }

    /// Live contacts of a company.
    pub fn contacts_of(&self, company: Id) -> impl Iterator<Item = &Contact> {
        self.contacts
            .iter()
            .filter(move |c| c.company_id == company && !c.deleted)
    }

    /// Live interactions of a company, most recent first.
    pub fn interactions_of(&self, company: Id) -> Vec<&Interaction> {
        let mut v: Vec<&Interaction> = self
            .interactions
            .iter()
            .filter(|i| i.company_id == company && !i.deleted)
            .collect();
        crate::sorting::sort_by(&mut v, |a, b| {
            b.date.cmp(&a.date).then(b.updated_at.cmp(&a.updated_at))
        });
        v
    }

    /// A name for a record in messages: the company's or contact's name, the
    /// company an interaction belongs to, a flow's label, a synergy's or a
    /// meeting's title…
    pub fn label_of(&self, kind: Kind, id: Id) -> Option<String> {
        fn find<T: Record>(list: &[T], id: Id) -> Option<&T> {
            list.iter().find(|r| r.id() == id)
        }
        match kind {
            Kind::Company => self.company(id).map(|c| c.name.clone()),
            Kind::Contact => {
                let c = find(&self.contacts, id)?;
                Some(match self.company(c.company_id) {
                    Some(co) => format!("{} ({})", c.name, co.name),
                    None => c.name.clone(),
                })
            }
            Kind::Interaction => {
                let i = find(&self.interactions, id)?;
                self.company(i.company_id).map(|c| c.name.clone())
            }
            Kind::Flow => {
                let f = find(&self.flows, id)?;
                let company = self
                    .company(f.company_id)
                    .map(|c| c.name.as_str())
                    .unwrap_or("");
                Some(format!("{} — {company}", f.label))
            }
            Kind::Synergy => find(&self.synergies, id).map(|s| s.title.clone()),
            Kind::Event => find(&self.events, id).map(|e| format!("{} ({})", e.title, e.date)),
            Kind::Task => find(&self.tasks, id).map(|t| t.title.clone()),
            Kind::TimeEntry => find(&self.time_entries, id).map(|t| t.date.to_string()),
            Kind::Territory => Some(self.territory.name.clone()),
            Kind::Settings => None,
        }
    }

    /// Live companies, in file order.
    pub fn live_companies(&self) -> impl Iterator<Item = &Company> {
        self.companies.iter().filter(|c| !c.deleted)
    }
}

impl Settings {
    pub fn new(id: Id, ctx: &EditContext) -> Settings {
        Settings {
            id,
            rev: 1,
            updated_at: ctx.now_ms,
            updated_by: ctx.author.clone(),
            deleted: false,
            factors: Vec::new(),
            distance_limit_km: 50.0,
            decisions: Vec::new(),
        }
    }
}
