//! Screens and their addresses. The address is the `#` part of the URL, so
//! the static build works on any host and sub-path, survives reload, and
//! back/forward and bookmarks work. `location.hash` is the single source of
//! truth: navigating sets it, and the `hashchange` listener updates the
//! route signal.

use maillage_core::search::{CompanyFilter, Sort, SortKey};
use maillage_core::{Id, SizeBand, Stage};

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
    Companies(ListQuery),
    CompanyNew,
    Company(Id),
    CompanyEdit(Id),
    Funnel,
    NextActions,
}

impl Route {
    pub fn to_hash(&self) -> String {
        match self {
            Route::Welcome => "#/bienvenue".into(),
            Route::Projects => "#/projets".into(),
            Route::Import => "#/importer".into(),
            Route::Backups => "#/sauvegardes".into(),
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
            Route::NextActions => "#/actions".into(),
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
            ["entreprises"] => Route::Companies(parse_list_query(query)),
            ["entreprises", "nouvelle"] => Route::CompanyNew,
            ["entreprises", id] => Route::Company(id.parse().ok()?),
            ["entreprises", id, "modifier"] => Route::CompanyEdit(id.parse().ok()?),
            ["entonnoir"] => Route::Funnel,
            ["actions"] => Route::NextActions,
            _ => return None,
        })
    }

    /// The navigation entry this screen belongs to (for `aria-current`).
    pub fn section(&self) -> Section {
        match self {
            Route::Welcome | Route::Projects | Route::Import => Section::Projects,
            Route::Backups => Section::Backups,
            Route::Companies(_) | Route::CompanyNew | Route::Company(_) | Route::CompanyEdit(_) => {
                Section::Companies
            }
            Route::Funnel => Section::Funnel,
            Route::NextActions => Section::NextActions,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Companies,
    Funnel,
    NextActions,
    Projects,
    Backups,
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

fn encode(s: &str) -> String {
    String::from(js_sys::encode_uri_component(s))
}

fn decode(s: &str) -> String {
    js_sys::decode_uri_component(&s.replace('+', " "))
        .map(String::from)
        .unwrap_or_else(|_| s.to_owned())
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
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = decode(v);
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

/// The current address of the page.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Goes to a screen (a new history entry).
pub fn navigate(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_hash());
    }
}

/// Changes the address without a new history entry (filters as you type).
pub fn replace(route: &Route) {
    if let Some(w) = web_sys::window() {
        if let Ok(h) = w.history() {
            let _ =
                h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.to_hash()));
        }
    }
}
