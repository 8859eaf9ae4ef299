//! The rules of one record, alone: the forms use them with paths from the
//! record (`siret`), the whole-project check with paths from the root
//! (`companies[3].siret`).

use super::at;
use crate::issue::{Issue, IssueCode as C};
use crate::model::*;
use crate::naf::{self, Nomenclature};
use std::collections::{HashMap, HashSet};

/// Latest timestamp accepted (2100-01-01), in ms.
pub(super) const MAX_TIMESTAMP_MS: i64 = 4_102_444_800_000;
/// Beyond this, a yearly quantity is a typo (a billion tonnes).
pub(super) const MAX_QUANTITY: f64 = 1e9;
pub(super) const MAX_DISTANCE_KM: f64 = 20_000.0;
pub(super) const MAX_DENSITY_KG_M3: f64 = 25_000.0;
pub(super) const MAX_EUROS: f64 = 1e10;

pub(super) fn required(issues: &mut Vec<Issue>, value: &str, path: &str) {
    if value.trim().is_empty() {
        issues.push(Issue::error(path, C::Required));
    }
}

/// A number that must be finite, ≥ 0 and ≤ `max`.
pub(super) fn non_negative(issues: &mut Vec<Issue>, value: f64, max: f64, path: &str) {
    if !value.is_finite() {
        issues.push(Issue::error(path, C::NotFinite));
    } else if value < 0.0 {
        issues.push(Issue::error(path, C::Negative));
    } else if value > max {
        issues.push(Issue::error(path, C::TooLarge { max }));
    }
}

/// A number that must be finite, > 0 and ≤ `max`.
pub(super) fn positive(issues: &mut Vec<Issue>, value: f64, max: f64, path: &str) {
    if value.is_finite() && value == 0.0 {
        issues.push(Issue::error(path, C::NotPositive));
    } else {
        non_negative(issues, value, max, path);
    }
}

pub(super) fn optional_non_negative(
    issues: &mut Vec<Issue>,
    value: Option<f64>,
    max: f64,
    path: &str,
) {
    if let Some(v) = value {
        non_negative(issues, v, max, path);
    }
}

pub(super) fn finite_amount(issues: &mut Vec<Issue>, value: Option<f64>, path: &str) {
    match value {
        Some(v) if !v.is_finite() => issues.push(Issue::error(path, C::NotFinite)),
        Some(v) if v.abs() > MAX_EUROS => {
            issues.push(Issue::error(path, C::TooLarge { max: MAX_EUROS }))
        }
        _ => {}
    }
}

/// The checks of one company that need nothing but the company and its territory.
pub fn company_issues(c: &Company, territory: &Territory, path: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    required(&mut out, &c.name, &at(path, "name"));
    if let Some(siret) = c.siret.as_deref().filter(|s| !s.is_empty()) {
        if let Err(e) = crate::siret::check_siret(siret) {
            out.push(Issue::error(at(path, "siret"), C::Siret(e)));
        }
    }
    if let Some(a) = &c.activity {
        let p = at(path, "activity.code");
        match a.nomenclature {
            Nomenclature::NafRev2 if naf::rev2().subclass(&a.code).is_none() => {
                out.push(Issue::error(p, C::NafUnknown))
            }
            Nomenclature::NafRev2 => {}
            Nomenclature::Naf2025 if !naf::has_code_shape(&a.code) => {
                out.push(Issue::error(p, C::NafShape))
            }
            Nomenclature::Naf2025 => out.push(Issue::warning(p, C::NafUnchecked)),
        }
    }
    if let Some(xy) = c.coordinates {
        if !(xy.lat.is_finite() && (-90.0..=90.0).contains(&xy.lat)) {
            out.push(Issue::error(at(path, "coordinates.lat"), C::OutOfRange));
        }
        if !(xy.lon.is_finite() && (-180.0..=180.0).contains(&xy.lon)) {
            out.push(Issue::error(at(path, "coordinates.lon"), C::OutOfRange));
        }
    }
    if !c.zone.is_empty() && !territory.zones.is_empty() && !territory.zones.contains(&c.zone) {
        out.push(Issue::warning(at(path, "zone"), C::UnknownZone));
    }
    out
}

/// An emission or conversion factor: named, positive, with its source
/// (every result must say where its figure comes from).
pub fn factor_issues(f: &Factor, path: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    required(&mut out, &f.id, &at(path, "id"));
    required(&mut out, &f.label, &at(path, "label"));
    if !f.value.is_finite() {
        out.push(Issue::error(at(path, "value"), C::NotFinite));
    } else if f.value <= 0.0 {
        out.push(Issue::error(at(path, "value"), C::NotPositive));
    }
    if f.source.trim().is_empty() {
        out.push(Issue::error(at(path, "source"), C::SourceRequired));
    }
    out
}

pub fn contact_issues(c: &Contact, path: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    required(&mut out, &c.name, &at(path, "name"));
    if !c.email.trim().is_empty() && !looks_like_email(&c.email) {
        out.push(Issue::warning(at(path, "email"), C::EmailShape));
    }
    out
}

fn looks_like_email(s: &str) -> bool {
    let s = s.trim();
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.contains(' ')
        }
        None => false,
    }
}

pub fn interaction_issues(r: &Interaction, path: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    if let Some(next) = &r.next_action {
        required(&mut out, &next.text, &at(path, "next_action.text"));
    }
    out
}

pub fn flow_issues(f: &Flow, path: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    required(&mut out, &f.label, &at(path, "label"));
    if let Some(code) = f.low_code.as_deref() {
        if crate::low::list().get(code).is_none() || code.len() != 6 {
            out.push(Issue::error(at(path, "low_code"), C::LowUnknown));
        }
    }
    if let Some(q) = f.quantity {
        positive(&mut out, q.value, MAX_QUANTITY, &at(path, "quantity.value"));
    }
    optional_non_negative(
        &mut out,
        f.route.distance_km,
        MAX_DISTANCE_KM,
        &at(path, "route.distance_km"),
    );
    finite_amount(
        &mut out,
        f.route.cost_eur_per_year,
        &at(path, "route.cost_eur_per_year"),
    );
    if let Some(d) = f.density_kg_m3 {
        positive(&mut out, d, MAX_DENSITY_KG_M3, &at(path, "density_kg_m3"));
    }
    out
}

pub fn synergy_issues(s: &Synergy, path: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    required(&mut out, &s.title, &at(path, "title"));
    let parties: HashSet<Id> = s.participants.iter().map(|p| p.company_id).collect();
    if parties.len() < 2 {
        out.push(Issue::error(
            at(path, "participants"),
            C::TooFewParticipants,
        ));
    }
    match s.history.last() {
        Some(last) if last.to != s.status => {
            out.push(Issue::warning(at(path, "history"), C::HistoryMismatch))
        }
        Some(last) if s.status.needs_reason() && last.reason.trim().is_empty() => {
            out.push(Issue::error(at(path, "status"), C::ReasonRequired))
        }
        None if s.status.needs_reason() => {
            out.push(Issue::error(at(path, "status"), C::ReasonRequired))
        }
        _ => {}
    }
    if let Some(next) = &s.next_action {
        required(&mut out, &next.text, &at(path, "next_action.text"));
    }
    for (which, inputs) in [
        ("estimate", &s.impact.estimate),
        ("measured", &s.impact.measured),
    ] {
        let Some(x) = inputs else { continue };
        let p = format!("{path}.impact.{which}");
        optional_non_negative(
            &mut out,
            x.tonnes_per_year,
            MAX_QUANTITY,
            &at(&p, "tonnes_per_year"),
        );
        if let Some(t) = &x.transport {
            optional_non_negative(
                &mut out,
                t.trips_per_month,
                100_000.0,
                &at(&p, "transport.trips_per_month"),
            );
            optional_non_negative(
                &mut out,
                t.km_per_trip,
                MAX_DISTANCE_KM,
                &at(&p, "transport.km_per_trip"),
            );
        }
        finite_amount(
            &mut out,
            x.value_kept_eur_per_year,
            &at(&p, "value_kept_eur_per_year"),
        );
        for (i, s) in x.savings.iter().enumerate() {
            finite_amount(
                &mut out,
                Some(s.eur_per_year),
                &format!("{p}.savings[{i}].eur_per_year"),
            );
        }
    }
    out
}

pub fn event_issues(e: &Event, path: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    required(&mut out, &e.title, &at(path, "title"));
    if !e.start_time.is_empty() && !is_hh_mm(&e.start_time) {
        out.push(Issue::error(at(path, "start_time"), C::TimeFormat));
    }
    let mut seen = HashMap::new();
    for (i, a) in e.attendance.iter().enumerate() {
        let p = format!("{path}.attendance[{i}]");
        if let Some(first) = seen.insert(a.id, p.clone()) {
            out.push(Issue::error(at(&p, "id"), C::DuplicateId { first }));
        }
        required(&mut out, &a.name, &at(&p, "name"));
        if let (Some(from), Some(until)) = (a.from_round, a.until_round) {
            if until < from {
                out.push(Issue::error(at(&p, "until_round"), C::RoundsOrder));
            }
        }
    }
    if let Some(plan) = &e.cafe {
        cafe_issues(&mut out, e, plan, &seen, path);
    }
    for (i, h) in e.harvest.iter().enumerate() {
        required(&mut out, &h.text, &format!("{path}.harvest[{i}].text"));
    }
    out
}

/// Longest round worth planning, in minutes.
pub(super) const MAX_ROUND_MINUTES: u32 = 240;

fn cafe_issues(
    out: &mut Vec<Issue>,
    e: &Event,
    plan: &CafePlan,
    attendees: &HashMap<Id, String>,
    path: &str,
) {
    let event_path = path;
    let path = at(event_path, "cafe");
    if plan.tables.is_empty() {
        out.push(Issue::error(at(&path, "tables"), C::Required));
    }
    if plan.rounds.is_empty() {
        out.push(Issue::error(at(&path, "rounds"), C::Required));
    }
    let mut tables = HashSet::new();
    for (i, t) in plan.tables.iter().enumerate() {
        let p = format!("{path}.tables[{i}].number");
        if t.number == 0 {
            out.push(Issue::error(p, C::OutOfRange));
        } else if !tables.insert(t.number) {
            out.push(Issue::error(p, C::DuplicateTable));
        }
    }
    for (i, r) in plan.rounds.iter().enumerate() {
        let p = format!("{path}.rounds[{i}].minutes");
        if r.minutes == 0 {
            out.push(Issue::error(p, C::NotPositive));
        } else if r.minutes > MAX_ROUND_MINUTES {
            out.push(Issue::error(
                p,
                C::TooLarge {
                    max: MAX_ROUND_MINUTES as f64,
                },
            ));
        }
    }
    if plan.transition_minutes > 60 {
        out.push(Issue::error(
            at(&path, "transition_minutes"),
            C::TooLarge { max: 60.0 },
        ));
    }
    let rounds = plan.rounds.len() as u32;
    let mut hosts = HashSet::new();
    for (i, a) in e.attendance.iter().enumerate() {
        let p = at(event_path, &format!("attendance[{i}]"));
        if let Some(t) = a.host_of_table {
            if !tables.contains(&t) {
                out.push(Issue::error(at(&p, "host_of_table"), C::UnknownTable));
            } else if !hosts.insert(t) {
                out.push(Issue::error(at(&p, "host_of_table"), C::TwoHosts));
            }
        }
        for (field, round) in [("from_round", a.from_round), ("until_round", a.until_round)] {
            if round.is_some_and(|r| r == 0 || r > rounds) {
                out.push(Issue::error(at(&p, field), C::OutOfRange));
            }
        }
    }
    for (r, round) in plan.seating.iter().enumerate() {
        for (i, seat) in round.iter().enumerate() {
            let p = format!("{path}.seating[{r}][{i}]");
            if !attendees.contains_key(&seat.attendee_id) {
                out.push(Issue::error(
                    at(&p, "attendee_id"),
                    C::MissingReference { kind: Kind::Event },
                ));
            }
            if !tables.contains(&seat.table) {
                out.push(Issue::error(at(&p, "table"), C::UnknownTable));
            }
        }
    }
}

fn is_hh_mm(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && s[..2].parse::<u8>().is_ok_and(|h| h < 24)
        && s[3..].parse::<u8>().is_ok_and(|m| m < 60)
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
}

pub fn task_issues(t: &Task, path: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    required(&mut out, &t.title, &at(path, "title"));
    if let (Some(start), Some(due)) = (t.start, t.due) {
        if due < start {
            out.push(Issue::error(at(path, "due"), C::EndBeforeStart));
        }
    }
    out
}

pub fn time_entry_issues(t: &TimeEntry, path: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    positive(&mut out, t.hours, 24.0, &at(path, "hours"));
    out
}
