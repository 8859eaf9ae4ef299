//! Screens and their addresses. The address is the `#` part of the URL, so
//! the static build works on any host and sub-path, survives reload, and
//! back/forward and bookmarks work. Every link of the app is built from a
//! [`Route`] (`to_hash`), and every address read back by [`Route::parse`]:
//! the slugs are written once, here, and tested both ways.

use crate::model::{Activity, Direction, Id, SizeBand, Stage};
use crate::search::{CompanyFilter, Sort, SortKey};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListQuery {
    pub filter: CompanyFilter,
    pub sort: Sort,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Welcome,
    Projects,
    Import,
    Backups,
    /// The file for a partner.
    Share,
    Companies(ListQuery),
    CompanyNew,
    Company(Id),
    CompanyEdit(Id),
    Funnel,
    NextActions,
    /// The programme's report (fiche action) for a year.
    Report,
    /// The time log (moyens humains), its form filled from a visit or a meeting.
    TimeLog(TimeQuery),
    /// The programme: name, type, period, perimeter, partners.
    Programme,
    /// The plan: tasks and milestones, and their timeline.
    Plan,
    /// The territory board of flows (filters in the address).
    Flows(FlowQuery),
    /// A new flow for a company, in a direction.
    FlowNew {
        company: Id,
        direction: Direction,
    },
    FlowEdit(Id),
    Suggestions,
    Synergies {
        list: bool,
    },
    Synergy(Id),
    Impact,
    Events,
    EventNew,
    Event {
        id: Id,
        tab: EventTab,
    },
    EventEdit(Id),
    /// The facilitator's screen of a World Café.
    Presenter(Id),
    Printout {
        id: Id,
        sheet: Sheet,
    },
}

/// The parts of an event's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventTab {
    People,
    Cafe,
    Harvest,
    Summary,
}

/// What can be printed for an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    Attendance,
    Badges,
    Harvest,
}

fn tab_slug(t: EventTab) -> &'static str {
    match t {
        EventTab::People => "",
        EventTab::Cafe => "/cafe",
        EventTab::Harvest => "/recolte",
        EventTab::Summary => "/bilan",
    }
}

fn sheet_slug(s: Sheet) -> &'static str {
    match s {
        Sheet::Attendance => "emargement",
        Sheet::Badges => "badges",
        Sheet::Harvest => "recolte",
    }
}

/// The event of an audience window address (`#/projection/<id>`), which
/// the app opens on its own, outside the shell.
pub fn audience_event(hash: &str) -> Option<Id> {
    hash.trim_start_matches('#')
        .trim_start_matches('/')
        .strip_prefix("projection/")?
        .parse()
        .ok()
}

pub fn audience_hash(event: Id) -> String {
    format!("#/projection/{event}")
}

/// Filters of the flows board.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FlowQuery {
    pub direction: Option<Direction>,
    pub category: Option<String>,
    pub chapter: Option<String>,
    pub zone: Option<String>,
    pub company: String,
    pub stale: bool,
}

fn direction_slug(d: Direction) -> &'static str {
    match d {
        Direction::Have => "have",
        Direction::Need => "need",
        Direction::SharedNeed => "shared_need",
        Direction::SpareCapacity => "spare_capacity",
    }
}

fn direction_from(s: &str) -> Option<Direction> {
    Direction::ALL.into_iter().find(|d| direction_slug(*d) == s)
}

fn query_pairs(query: &str) -> impl Iterator<Item = (&str, String)> {
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k, decode(v))
    })
}

fn flow_query_string(q: &FlowQuery) -> String {
    let mut parts = Vec::new();
    if let Some(d) = q.direction {
        parts.push(format!("sens={}", direction_slug(d)));
    }
    if let Some(c) = &q.category {
        parts.push(format!("categorie={}", encode(c)));
    }
    if let Some(c) = &q.chapter {
        parts.push(format!("chapitre={c}"));
    }
    if let Some(z) = &q.zone {
        parts.push(format!("zone={}", encode(z)));
    }
    if !q.company.is_empty() {
        parts.push(format!("entreprise={}", encode(&q.company)));
    }
    if q.stale {
        parts.push("a_verifier=1".into());
    }
    parts.join("&")
}

/// What the time form starts with when opened from a record: the activity,
/// the day, the company visited or the meeting held.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimeQuery {
    pub activity: Option<Activity>,
    pub date: Option<crate::Date>,
    pub company: Option<Id>,
    pub event: Option<Id>,
}

impl TimeQuery {
    /// The time of an exchange with a company, once it has taken place: a
    /// visit or interview counts as visits, a meeting as meetings, a call,
    /// e-mail or mailing as outreach.
    pub fn of_interaction(i: &crate::model::Interaction, today: crate::Date) -> Option<TimeQuery> {
        use crate::model::InteractionKind as K;
        (i.date <= today).then(|| TimeQuery {
            activity: Some(match i.kind {
                K::Visit | K::Interview => Activity::Visits,
                K::Meeting => Activity::Meetings,
                K::Mailing | K::Email | K::Call => Activity::Outreach,
            }),
            date: Some(i.date),
            company: Some(i.company_id),
            event: None,
        })
    }

    /// The time of a meeting (its preparation and holding), on its day.
    pub fn of_event(e: &crate::model::Event) -> TimeQuery {
        TimeQuery {
            activity: Some(Activity::Meetings),
            date: Some(e.date),
            company: None,
            event: Some(e.id),
        }
    }
}

fn activity_slug(a: Activity) -> &'static str {
    match a {
        Activity::Listing => "recensement",
        Activity::Outreach => "demarchage",
        Activity::Visits => "visites",
        Activity::Analysis => "analyse",
        Activity::Meetings => "rencontres",
        Activity::Other => "autre",
    }
}

fn time_query_string(q: &TimeQuery) -> String {
    let mut parts = Vec::new();
    if let Some(a) = q.activity {
        parts.push(format!("activite={}", activity_slug(a)));
    }
    if let Some(d) = q.date {
        parts.push(format!("date={d}"));
    }
    if let Some(c) = q.company {
        parts.push(format!("entreprise={c}"));
    }
    if let Some(e) = q.event {
        parts.push(format!("rencontre={e}"));
    }
    parts.join("&")
}

fn parse_time_query(query: &str) -> TimeQuery {
    let mut q = TimeQuery::default();
    for (k, v) in query_pairs(query) {
        match k {
            "activite" => q.activity = Activity::ALL.into_iter().find(|a| activity_slug(*a) == v),
            "date" => q.date = crate::Date::parse(&v).ok(),
            "entreprise" => q.company = v.parse().ok(),
            "rencontre" => q.event = v.parse().ok(),
            _ => {}
        }
    }
    q
}

fn parse_flow_query(query: &str) -> FlowQuery {
    let mut q = FlowQuery::default();
    for (k, v) in query_pairs(query) {
        match k {
            "sens" => q.direction = direction_from(&v),
            "categorie" => q.category = Some(v).filter(|c| !c.is_empty()),
            "chapitre" => q.chapter = Some(v).filter(|c| c.len() == 2),
            "zone" => q.zone = Some(v).filter(|z| !z.is_empty()),
            "entreprise" => q.company = v,
            "a_verifier" => q.stale = v == "1",
            _ => {}
        }
    }
    q
}

impl Route {
    pub fn to_hash(&self) -> String {
        match self {
            Route::Welcome => "#/bienvenue".into(),
            Route::Projects => "#/projets".into(),
            Route::Import => "#/importer".into(),
            Route::Backups => "#/sauvegardes".into(),
            Route::Share => "#/partage".into(),
            Route::Companies(q) => {
                let query = list_query_string(q);
                if query.is_empty() {
                    "#/entreprises".into()
                } else {
                    format!("#/entreprises?{query}")
                }
            }
            Route::CompanyNew => "#/entreprises/nouvelle".into(),
            Route::Company(id) => format!("#/entreprises/{id}"),
            Route::CompanyEdit(id) => format!("#/entreprises/{id}/modifier"),
            Route::Funnel => "#/entonnoir".into(),
            Route::Report => "#/bilan".into(),
            Route::TimeLog(q) => {
                let query = time_query_string(q);
                if query.is_empty() {
                    "#/temps".into()
                } else {
                    format!("#/temps?{query}")
                }
            }
            Route::Programme => "#/programme".into(),
            Route::Plan => "#/plan".into(),
            Route::NextActions => "#/actions".into(),
            Route::Flows(q) => {
                let query = flow_query_string(q);
                if query.is_empty() {
                    "#/flux".into()
                } else {
                    format!("#/flux?{query}")
                }
            }
            Route::FlowNew { company, direction } => format!(
                "#/flux/nouveau?entreprise={company}&sens={}",
                direction_slug(*direction)
            ),
            Route::FlowEdit(id) => format!("#/flux/{id}"),
            Route::Suggestions => "#/suggestions".into(),
            Route::Synergies { list: false } => "#/synergies".into(),
            Route::Synergies { list: true } => "#/synergies?vue=liste".into(),
            Route::Synergy(id) => format!("#/synergies/{id}"),
            Route::Impact => "#/impact".into(),
            Route::Events => "#/rencontres".into(),
            Route::EventNew => "#/rencontres/nouvelle".into(),
            Route::Event { id, tab } => format!("#/rencontres/{id}{}", tab_slug(*tab)),
            Route::EventEdit(id) => format!("#/rencontres/{id}/modifier"),
            Route::Presenter(id) => format!("#/rencontres/{id}/animer"),
            Route::Printout { id, sheet } => {
                format!("#/rencontres/{id}/imprimer/{}", sheet_slug(*sheet))
            }
        }
    }

    /// The route of an address; None for an empty or unknown one.
    pub fn parse(hash: &str) -> Option<Route> {
        let h = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, query) = h.split_once('?').unwrap_or((h, ""));
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        Some(match parts.as_slice() {
            ["bienvenue"] => Route::Welcome,
            ["projets"] => Route::Projects,
            ["importer"] => Route::Import,
            ["sauvegardes"] => Route::Backups,
            ["partage"] => Route::Share,
            ["entreprises"] => Route::Companies(parse_list_query(query)),
            ["entreprises", "nouvelle"] => Route::CompanyNew,
            ["entreprises", id] => Route::Company(id.parse().ok()?),
            ["entreprises", id, "modifier"] => Route::CompanyEdit(id.parse().ok()?),
            ["entonnoir"] => Route::Funnel,
            ["bilan"] => Route::Report,
            ["temps"] => Route::TimeLog(parse_time_query(query)),
            ["programme"] => Route::Programme,
            ["plan"] => Route::Plan,
            ["actions"] => Route::NextActions,
            ["flux"] => Route::Flows(parse_flow_query(query)),
            ["flux", "nouveau"] => {
                let mut company = None;
                let mut direction = Direction::Have;
                for (k, v) in query_pairs(query) {
                    match k {
                        "entreprise" => company = v.parse().ok(),
                        "sens" => direction = direction_from(&v).unwrap_or(Direction::Have),
                        _ => {}
                    }
                }
                Route::FlowNew {
                    company: company?,
                    direction,
                }
            }
            ["flux", id] => Route::FlowEdit(id.parse().ok()?),
            ["suggestions"] => Route::Suggestions,
            ["synergies"] => Route::Synergies {
                list: query.contains("vue=liste"),
            },
            ["synergies", id] => Route::Synergy(id.parse().ok()?),
            ["impact"] => Route::Impact,
            ["rencontres"] => Route::Events,
            ["rencontres", "nouvelle"] => Route::EventNew,
            ["rencontres", id, rest @ ..] => event_route(id.parse().ok()?, rest)?,
            _ => return None,
        })
    }

    /// Whether two routes show the same screen, with other filters or another
    /// of its tabs: moving between them is not a new page (focus stays).
    pub fn same_screen(&self, other: &Route) -> bool {
        match (self, other) {
            (Route::Companies(_), Route::Companies(_))
            | (Route::Flows(_), Route::Flows(_))
            | (Route::Synergies { .. }, Route::Synergies { .. }) => true,
            (Route::Event { id: a, .. }, Route::Event { id: b, .. }) => a == b,
            _ => self == other,
        }
    }

    /// Whether standing warnings and offers (the export nudge, a new
    /// version) may show: not on the presenter's console in front of a
    /// room, nor on a sheet being printed.
    pub fn takes_banners(&self) -> bool {
        !matches!(self, Route::Presenter(_) | Route::Printout { .. })
    }

    /// Whether the screen is a printable sheet (printed without the shell).
    pub fn is_printout(&self) -> bool {
        matches!(self, Route::Printout { .. })
    }

    /// Whether the screen shows the open project.
    pub fn needs_project(&self) -> bool {
        !matches!(
            self,
            Route::Welcome | Route::Projects | Route::Import | Route::Backups
        )
    }

    /// The navigation entry this screen belongs to (for `aria-current`).
    pub fn section(&self) -> Section {
        match self {
            Route::Welcome | Route::Projects | Route::Import | Route::Share => Section::Projects,
            Route::Backups => Section::Backups,
            Route::Companies(_) | Route::CompanyNew | Route::Company(_) | Route::CompanyEdit(_) => {
                Section::Companies
            }
            Route::Funnel => Section::Funnel,
            Route::Report | Route::TimeLog(_) | Route::Programme | Route::Plan => Section::Report,
            Route::NextActions => Section::NextActions,
            Route::Flows(_) | Route::FlowNew { .. } | Route::FlowEdit(_) => Section::Flows,
            Route::Suggestions => Section::Suggestions,
            Route::Synergies { .. } | Route::Synergy(_) => Section::Synergies,
            Route::Impact => Section::Impact,
            Route::Events
            | Route::EventNew
            | Route::Event { .. }
            | Route::EventEdit(_)
            | Route::Presenter(_)
            | Route::Printout { .. } => Section::Events,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Companies,
    Flows,
    Suggestions,
    Synergies,
    Impact,
    Events,
    Funnel,
    NextActions,
    Report,
    Projects,
    Backups,
}

impl Section {
    /// In the order of the main navigation.
    pub const ALL: [Section; 11] = [
        Section::Companies,
        Section::Flows,
        Section::Suggestions,
        Section::Synergies,
        Section::Impact,
        Section::Events,
        Section::Funnel,
        Section::NextActions,
        Section::Report,
        Section::Projects,
        Section::Backups,
    ];

    /// The screen the section's navigation entry opens.
    pub fn home(self) -> Route {
        match self {
            Section::Companies => Route::Companies(ListQuery::default()),
            Section::Flows => Route::Flows(FlowQuery::default()),
            Section::Suggestions => Route::Suggestions,
            Section::Synergies => Route::Synergies { list: false },
            Section::Impact => Route::Impact,
            Section::Events => Route::Events,
            Section::Funnel => Route::Funnel,
            Section::Report => Route::Report,
            Section::NextActions => Route::NextActions,
            Section::Projects => Route::Projects,
            Section::Backups => Route::Backups,
        }
    }
}

fn event_route(id: Id, rest: &[&str]) -> Option<Route> {
    let tab = |tab| Route::Event { id, tab };
    Some(match rest {
        [] => tab(EventTab::People),
        ["cafe"] => tab(EventTab::Cafe),
        ["recolte"] => tab(EventTab::Harvest),
        ["bilan"] => tab(EventTab::Summary),
        ["modifier"] => Route::EventEdit(id),
        ["animer"] => Route::Presenter(id),
        ["imprimer", sheet] => Route::Printout {
            id,
            sheet: [Sheet::Attendance, Sheet::Badges, Sheet::Harvest]
                .into_iter()
                .find(|s| sheet_slug(*s) == *sheet)?,
        },
        _ => return None,
    })
}

fn stage_slug(s: Stage) -> &'static str {
    match s {
        Stage::Listed => "listed",
        Stage::Contacted => "contacted",
        Stage::InterviewBooked => "interview_booked",
        Stage::Visited => "visited",
        Stage::FlowsCollected => "flows_collected",
        Stage::AttendsMeetings => "attends_meetings",
        Stage::InSynergy => "in_synergy",
        Stage::Declined => "declined",
        Stage::Dormant => "dormant",
    }
}

fn sort_slug(k: SortKey) -> &'static str {
    match k {
        SortKey::Name => "name",
        SortKey::Commune => "commune",
        SortKey::Stage => "stage",
        SortKey::Size => "size",
        SortKey::Updated => "updated",
    }
}

/// Text in an address, as `encodeURIComponent` writes it.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Text read back from an address (`+` as a space, as forms write it); an
/// address that is not valid percent-encoded UTF-8 is kept as written.
fn decode(s: &str) -> String {
    let s = s.replace('+', " ");
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            match hex {
                Some(b) => {
                    out.push(b);
                    i += 3;
                    continue;
                }
                None => return s,
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or(s)
}

fn list_query_string(q: &ListQuery) -> String {
    let f = &q.filter;
    let mut parts = Vec::new();
    if !f.query.is_empty() {
        parts.push(format!("q={}", encode(&f.query)));
    }
    if let Some(s) = f.stage {
        parts.push(format!("etape={}", stage_slug(s)));
    }
    if let Some(s) = f.section {
        parts.push(format!("section={s}"));
    }
    if let Some(z) = &f.zone {
        parts.push(format!("zone={}", encode(z)));
    }
    if let Some(b) = f.size {
        parts.push(format!("effectif={}", b.code()));
    }
    if q.sort.key != SortKey::Name {
        parts.push(format!("tri={}", sort_slug(q.sort.key)));
    }
    if q.sort.descending {
        parts.push("ordre=desc".into());
    }
    parts.join("&")
}

fn parse_list_query(query: &str) -> ListQuery {
    let mut q = ListQuery::default();
    for (k, v) in query_pairs(query) {
        match k {
            "q" => q.filter.query = v,
            "etape" => q.filter.stage = Stage::ALL.into_iter().find(|s| stage_slug(*s) == v),
            "section" => q.filter.section = v.chars().next().filter(|c| c.is_ascii_uppercase()),
            "zone" => q.filter.zone = Some(v).filter(|z| !z.is_empty()),
            "effectif" => q.filter.size = SizeBand::from_code(&v),
            "tri" => {
                q.sort.key = [
                    SortKey::Name,
                    SortKey::Commune,
                    SortKey::Stage,
                    SortKey::Size,
                    SortKey::Updated,
                ]
                .into_iter()
                .find(|k| sort_slug(*k) == v)
                .unwrap_or_default()
            }
            "ordre" => q.sort.descending = v == "desc",
            _ => {}
        }
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_is_offered_for_exchanges_that_took_place_with_their_activity() {
        let today = crate::Date::parse("2026-11-28").unwrap();
        let p = crate::example::example_project(today, 3);
        let visit = p
            .interactions
            .iter()
            .find(|i| i.kind == crate::model::InteractionKind::Visit && i.date <= today)
            .unwrap();
        let q = TimeQuery::of_interaction(visit, today).unwrap();
        assert_eq!(
            (q.activity, q.date, q.company),
            (
                Some(Activity::Visits),
                Some(visit.date),
                Some(visit.company_id)
            )
        );
        assert_eq!(
            Route::parse(&Route::TimeLog(q.clone()).to_hash()),
            Some(Route::TimeLog(q))
        );
        let booked = p.interactions.iter().find(|i| i.date > today).unwrap();
        assert_eq!(
            TimeQuery::of_interaction(booked, today),
            None,
            "not before it happens"
        );
        let call = p
            .interactions
            .iter()
            .find(|i| i.kind == crate::model::InteractionKind::Call)
            .unwrap();
        assert_eq!(
            TimeQuery::of_interaction(call, today).unwrap().activity,
            Some(Activity::Outreach)
        );
        let q = TimeQuery::of_event(&p.events[0]);
        assert_eq!(
            (q.activity, q.event),
            (Some(Activity::Meetings), Some(p.events[0].id))
        );
    }

    fn id(n: u128) -> Id {
        Id::from_u128(n)
    }

    /// One of each screen, with filters that need escaping.
    fn every_screen() -> Vec<Route> {
        let (a, b) = (id(0xA1), id(0xB2));
        let list = ListQuery {
            filter: CompanyFilter {
                query: "Scierie & fils — 50 % «bois»".into(),
                stage: Some(Stage::InterviewBooked),
                section: Some('C'),
                zone: Some("ZA des Prés+Vergers".into()),
                size: SizeBand::from_code("12"),
            },
            sort: Sort {
                key: SortKey::Commune,
                descending: true,
            },
        };
        let flows = FlowQuery {
            direction: Some(Direction::SharedNeed),
            category: Some("cardboard".into()),
            chapter: Some("15".into()),
            zone: Some("Nord/Est".into()),
            company: "l'Atelier=1?".into(),
            stale: true,
        };
        let mut all = vec![
            Route::Welcome,
            Route::Projects,
            Route::Import,
            Route::Backups,
            Route::Share,
            Route::Companies(ListQuery::default()),
            Route::Companies(list),
            Route::CompanyNew,
            Route::Company(a),
            Route::CompanyEdit(a),
            Route::Funnel,
            Route::NextActions,
            Route::Report,
            Route::TimeLog(TimeQuery::default()),
            Route::TimeLog(TimeQuery {
                activity: Some(Activity::Visits),
                date: crate::Date::parse("2026-02-10").ok(),
                company: Some(a),
                event: Some(b),
            }),
            Route::Programme,
            Route::Plan,
            Route::Flows(FlowQuery::default()),
            Route::Flows(flows),
            Route::FlowEdit(b),
            Route::Suggestions,
            Route::Synergies { list: false },
            Route::Synergies { list: true },
            Route::Synergy(b),
            Route::Impact,
            Route::Events,
            Route::EventNew,
            Route::EventEdit(a),
            Route::Presenter(a),
        ];
        all.extend(Direction::ALL.map(|direction| Route::FlowNew {
            company: a,
            direction,
        }));
        all.extend(
            [
                EventTab::People,
                EventTab::Cafe,
                EventTab::Harvest,
                EventTab::Summary,
            ]
            .map(|tab| Route::Event { id: b, tab }),
        );
        all.extend(
            [Sheet::Attendance, Sheet::Badges, Sheet::Harvest]
                .map(|sheet| Route::Printout { id: b, sheet }),
        );
        all
    }

    #[test]
    fn every_address_reads_back_as_its_route() {
        let all = every_screen();
        for r in &all {
            let hash = r.to_hash();
            assert!(hash.starts_with("#/"), "{hash}");
            assert_eq!(Route::parse(&hash).as_ref(), Some(r), "{hash}");
        }
        // No two screens share an address.
        let mut hashes: Vec<String> = all.iter().map(Route::to_hash).collect();
        hashes.sort();
        hashes.dedup();
        assert_eq!(hashes.len(), all.len());
    }

    #[test]
    fn each_section_opens_a_screen_of_its_own_with_a_plain_address() {
        for s in Section::ALL {
            let home = s.home();
            assert_eq!(home.section(), s);
            assert_eq!(Route::parse(&home.to_hash()), Some(home.clone()));
            assert!(!home.to_hash().contains('?'), "{s:?} opens unfiltered");
        }
        assert_eq!(Section::Companies.home().to_hash(), "#/entreprises");
    }

    #[test]
    fn addresses_escape_text_as_browsers_do() {
        assert_eq!(encode("Prés & co"), "Pr%C3%A9s%20%26%20co");
        assert_eq!(decode("Pr%C3%A9s+%26%20co"), "Prés & co");
        // Not percent-encoded UTF-8: kept as written rather than garbled.
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%FF"), "%FF");
        assert_eq!(Route::parse("#/nulle-part"), None);
        assert_eq!(Route::parse("#/entreprises/pas-un-id"), None);
    }

    #[test]
    fn filters_and_tabs_are_the_same_screen_other_records_are_not() {
        let filtered = Route::Companies(ListQuery {
            filter: CompanyFilter {
                query: "bois".into(),
                ..Default::default()
            },
            ..Default::default()
        });
        assert!(Route::Companies(ListQuery::default()).same_screen(&filtered));
        assert!(Route::Synergies { list: false }.same_screen(&Route::Synergies { list: true }));
        let tab = |id, tab| Route::Event { id, tab };
        assert!(tab(id(1), EventTab::Cafe).same_screen(&tab(id(1), EventTab::Harvest)));
        assert!(!tab(id(1), EventTab::Cafe).same_screen(&tab(id(2), EventTab::Cafe)));
        assert!(!Route::Company(id(1)).same_screen(&Route::Company(id(2))));
        assert!(!Route::Companies(ListQuery::default()).same_screen(&Route::Funnel));
        assert!(Route::Funnel.takes_banners() && !Route::Presenter(id(1)).takes_banners());
    }
}
