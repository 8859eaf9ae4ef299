//! The programme form: its name and type, its period, the communes and
//! zones of the perimeter (one per line), and the partners with what they do.

use super::optional_date;
use crate::model::*;
use crate::Issue;

/// The programme form's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgrammeFields {
    pub name: String,
    pub programme: String,
    pub start: String,
    pub end: String,
    /// One commune per line.
    pub communes: String,
    /// One zone per line.
    pub zones: String,
    /// (name, what it does), in order; rows left empty are dropped.
    pub partners: Vec<(String, String)>,
}

impl ProgrammeFields {
    pub fn of(t: &Territory) -> ProgrammeFields {
        let date = |d: Option<crate::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        ProgrammeFields {
            name: t.name.clone(),
            programme: t.programme.clone(),
            start: date(t.start),
            end: date(t.end),
            communes: t.communes.join("\n"),
            zones: t.zones.join("\n"),
            partners: t
                .partners
                .iter()
                .map(|p| (p.name.clone(), p.role.clone()))
                .collect(),
        }
    }

    /// `base` with what the fields say, or the fields that do not read.
    pub fn to_territory(&self, base: &Territory) -> Result<Territory, Vec<Issue>> {
        let mut issues = Vec::new();
        let start = optional_date(&self.start, "start", &mut issues);
        let end = optional_date(&self.end, "end", &mut issues);
        if !issues.is_empty() {
            return Err(issues);
        }
        let mut t = base.clone();
        t.name = self.name.trim().to_owned();
        t.programme = self.programme.trim().to_owned();
        t.start = start;
        t.end = end;
        t.communes = lines(&self.communes);
        t.zones = lines(&self.zones);
        t.partners = self
            .partners
            .iter()
            .filter(|(name, _)| !name.trim().is_empty())
            .map(|(name, role)| Partner {
                name: name.trim().to_owned(),
                role: role.trim().to_owned(),
            })
            .collect();
        Ok(t)
    }
}

/// The non-empty lines of a text, trimmed, each once, in order.
fn lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.iter().any(|x| x == line) {
            out.push(line.to_owned());
        }
    }
    out
}

/// The zones that companies are in but `zones` no longer lists, with how
/// many live companies each: the form warns before they are dropped (the
/// companies keep the name; the zone filter no longer offers it).
pub fn zones_left_behind(p: &Project, zones: &[String]) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for c in p.live_companies() {
        if c.zone.is_empty() || zones.contains(&c.zone) || !p.territory.zones.contains(&c.zone) {
            continue;
        }
        match out.iter_mut().find(|(z, _)| *z == c.zone) {
            Some((_, n)) => *n += 1,
            None => out.push((c.zone.clone(), 1)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Date, IssueCode};

    fn example() -> Project {
        crate::example::example_project(Date::parse("2026-11-28").unwrap(), 3)
    }

    #[test]
    fn the_example_programme_reads_back_unchanged() {
        let p = example();
        let t = &p.territory;
        assert!(!t.partners.is_empty() && !t.zones.is_empty() && t.start.is_some());
        assert_eq!(ProgrammeFields::of(t).to_territory(t).as_ref(), Ok(t));
    }

    #[test]
    fn lines_and_partner_rows_are_tidied() {
        let p = example();
        let mut f = ProgrammeFields::of(&p.territory);
        f.communes = " Bourg \n\nMontclair\nBourg\n".into();
        f.partners = vec![
            (" JCE ".into(), " phoning ".into()),
            ("  ".into(), "orphan role".into()),
        ];
        let t = f.to_territory(&p.territory).unwrap();
        assert_eq!(t.communes, ["Bourg", "Montclair"]);
        assert_eq!(
            t.partners,
            [Partner {
                name: "JCE".into(),
                role: "phoning".into()
            }]
        );
    }

    #[test]
    fn dates_that_do_not_read_are_named() {
        let p = example();
        let mut f = ProgrammeFields::of(&p.territory);
        f.end = "31/12/2026".into();
        let issues = f.to_territory(&p.territory).unwrap_err();
        assert_eq!(issues[0].path, "end");
        assert_eq!(issues[0].code, IssueCode::OutOfRange);
    }

    #[test]
    fn dropping_a_zone_in_use_is_announced_with_its_companies() {
        let p = example();
        let first = p.territory.zones[0].clone();
        let in_it = p.live_companies().filter(|c| c.zone == first).count();
        assert!(in_it > 0);
        let kept: Vec<String> = p.territory.zones[1..].to_vec();
        assert_eq!(zones_left_behind(&p, &kept), [(first, in_it)]);
        assert!(zones_left_behind(&p, &p.territory.zones).is_empty());
    }
}
