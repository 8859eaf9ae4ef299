//! Searching, filtering and sorting the company list. Built to stay well
//! under a frame per keystroke on 20 000 companies: the searchable text of
//! each company is folded once into an index, then each keystroke only
//! scans it.

use crate::funnel::FunnelState;
use crate::model::*;
use std::cmp::Ordering;
use std::collections::HashMap;

/// Precomputed, folded search text and facets of each live company.
pub struct CompanyIndex {
    rows: Vec<IndexRow>,
}

struct IndexRow {
    /// Position in `project.companies`.
    pos: usize,
    /// Folded "name siret commune zone tags".
    haystack: String,
    section: Option<char>,
    /// Folded name and commune, for sorting without folding at each comparison.
    name_key: String,
    commune_key: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompanyFilter {
    pub query: String,
    pub stage: Option<Stage>,
    pub section: Option<char>,
    pub zone: Option<String>,
    pub size: Option<SizeBand>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Name,
    Commune,
    Stage,
    Size,
    Updated,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl CompanyIndex {
    pub fn build(p: &Project) -> CompanyIndex {
        let rows = p
            .companies
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.deleted)
            .map(|(pos, c)| {
                let text = format!(
                    "{} {} {} {} {} {}",
                    c.name,
                    c.siret.as_deref().unwrap_or(""),
                    c.commune,
                    c.postcode,
                    c.zone,
                    c.tags.join(" ")
                );
                IndexRow {
                    pos,
                    haystack: crate::text::fold(&text),
                    section: c.activity.as_ref().and_then(crate::naf::section_of),
                    name_key: crate::text::fold(&c.name),
                    commune_key: crate::text::fold(&c.commune),
                }
            })
            .collect();
        CompanyIndex { rows }
    }

    pub fn build_empty() -> CompanyIndex {
        CompanyIndex { rows: Vec::new() }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Positions (in `project.companies`) of the companies matching the
    /// filter, sorted. Every word of the query must appear; digits typed with
    /// spaces ("732 829 320") match a SIRET.
    pub fn filter(
        &self,
        p: &Project,
        funnel: &HashMap<Id, FunnelState>,
        f: &CompanyFilter,
        sort: Sort,
    ) -> Vec<usize> {
        let words = query_words(&f.query);
        let mut hits: Vec<&IndexRow> = self
            .rows
            .iter()
            .filter(|r| words.iter().all(|w| r.haystack.contains(w.as_str())))
            .filter(|r| f.section.is_none() || r.section == f.section)
            .filter(|r| {
                let c = &p.companies[r.pos];
                f.zone.as_ref().is_none_or(|z| &c.zone == z)
                    && f.size.is_none_or(|s| c.size_band == Some(s))
                    && f.stage
                        .is_none_or(|s| funnel.get(&c.id).map(FunnelState::shown) == Some(s))
            })
            .collect();
        sort_rows(&mut hits, p, funnel, sort);
        hits.into_iter().map(|r| r.pos).collect()
    }
}

/// Query words, folded; a run of digit groups is glued together so that a
/// SIRET typed with spaces is found.
fn query_words(q: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in crate::text::words(q) {
        let digits = w.bytes().all(|b| b.is_ascii_digit());
        match out.last_mut() {
            Some(prev) if digits && prev.bytes().all(|b| b.is_ascii_digit()) => prev.push_str(&w),
            _ => out.push(w),
        }
    }
    out
}

fn sort_rows(
    hits: &mut Vec<&IndexRow>,
    p: &Project,
    funnel: &HashMap<Id, FunnelState>,
    sort: Sort,
) {
    let stage = |r: &IndexRow| funnel.get(&p.companies[r.pos].id).map(FunnelState::shown);
    let cmp = |a: &&IndexRow, b: &&IndexRow| -> Ordering {
        let (ca, cb) = (&p.companies[a.pos], &p.companies[b.pos]);
        let primary = match sort.key {
            SortKey::Name => Ordering::Equal,
            SortKey::Commune => a.commune_key.cmp(&b.commune_key),
            SortKey::Stage => stage(a).cmp(&stage(b)),
            SortKey::Size => ca.size_band.cmp(&cb.size_band),
            SortKey::Updated => ca.updated_at.cmp(&cb.updated_at),
        };
        let ord = primary
            .then_with(|| a.name_key.cmp(&b.name_key))
            .then(a.pos.cmp(&b.pos));
        if sort.descending {
            ord.reverse()
        } else {
            ord
        }
    };
    crate::sorting::sort_by(hits, cmp);
}
