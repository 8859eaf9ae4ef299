//! Suggested exchanges between companies: an assistant to the facilitator,
//! never an oracle. Hard filters first (an output meets an input of another
//! company, of a compatible material, within the distance limit; hazardous
//! waste flagged for a human check), then a transparent score whose every
//! term is kept so the UI can say why. Deterministic: the same data gives
//! the same suggestions in the same order.

use crate::date::Date;
use crate::factors::FactorSet;
use crate::materials::{self, Category};
use crate::model::*;
use crate::units::{self, Dimension};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

mod candidates;
mod decisions;
mod geography;
mod pools;
mod terms;

use candidates::*;
pub use decisions::*;
use geography::flat_km;
pub use geography::haversine_km;
pub use pools::{pools, pools_in, Pool, MIN_MEMBERS};
use terms::*;

/// Weights of the score terms (they sum to 1).
pub const W_CODE: f64 = 0.30;
pub const W_TEXT: f64 = 0.15;
pub const W_QUANTITY: f64 = 0.20;
pub const W_DISTANCE: f64 = 0.15;
pub const W_ECONOMIC: f64 = 0.15;
pub const W_FRESHNESS: f64 = 0.05;
/// Distance decay: the distance term is exp(−d / D0).
pub const D0_KM: f64 = 20.0;
/// Yearly money at stake that counts as half the economic term.
pub const ECONOMIC_HALF_EUR: f64 = 5_000.0;

/// Why a term has its value: what the UI puts in words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Evidence {
    SameCode(String),
    SameSubChapter(String),
    SameChapter(String),
    SameCategory(#[serde(with = "crate::materials::category_key")] materials::CategoryKey),
    DifferentMaterial,
    CommonWords(Vec<String>),
    NoCommonWord,
    /// Supply and demand per year, in the same unit.
    Coverage {
        supply: f64,
        demand: f64,
        dimension: Dimension,
    },
    QuantityUnknown,
    Distance(f64),
    DistanceUnknown,
    /// Yearly euros the companies spend today on these flows.
    Cost(f64),
    CostUnknown,
    /// Days since the older of the two flows was checked.
    CheckedDaysAgo(i64),
    NeverChecked,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TermKind {
    Code,
    Text,
    Quantity,
    Distance,
    Economic,
    Freshness,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub kind: TermKind,
    /// Between 0 and 1.
    pub value: f64,
    pub weight: f64,
    pub evidence: Evidence,
}

/// An output of one company that could meet an input of another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Remembered when accepted or rejected: `<supply flow id>><demand flow id>`.
    pub key: String,
    pub supply: Id,
    pub demand: Id,
    pub supplier: Id,
    pub receiver: Id,
    /// Between 0 and 1: the weighted sum of the terms.
    pub score: f64,
    pub terms: Vec<Term>,
    /// A hazardous waste is involved: a human must check the regulations first.
    pub hazardous: bool,
}

/// What matching reads of a company: who it is and where.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: Id,
    pub coordinates: Option<Coordinates>,
}

/// What matching reads of a project: the flows, where their companies are
/// (live companies only), the decisions and distance limit of the settings,
/// and the flows already linked by a live synergy.
pub struct Inputs<'a> {
    pub settings: &'a Settings,
    pub flows: &'a [Flow],
    pub places: HashMap<Id, Place>,
    pub links: Vec<&'a [Id]>,
}

impl<'a> Inputs<'a> {
    pub fn of(p: &'a Project) -> Inputs<'a> {
        Inputs {
            settings: &p.settings,
            flows: &p.flows,
            places: p
                .live_companies()
                .map(|c| {
                    let place = Place {
                        id: c.id,
                        coordinates: c.coordinates,
                    };
                    (c.id, place)
                })
                .collect(),
            links: p
                .synergies
                .iter()
                .filter(|s| !s.deleted)
                .map(|s| s.flow_ids.as_slice())
                .collect(),
        }
    }
}

/// Suggestions kept per output: the facilitator reviews the best few, not thousands.
pub const PER_SUPPLY: usize = 5;
/// A word shared by more inputs than this does not propose candidates by itself
/// (categories and waste codes still do).
const BLOCKING_CAP: usize = 300;

/// The substitution suggestions of the project, best first (the best
/// [`PER_SUPPLY`] for each output).
pub fn suggestions(p: &Project, factors: &FactorSet, today: Date) -> Vec<Suggestion> {
    suggest(&Inputs::of(p), factors, today)
}

/// [`suggestions`] from what matching reads of a project.
pub fn suggest(input: &Inputs, factors: &FactorSet, today: Date) -> Vec<Suggestion> {
    let mut interner = Interner::default();
    let infos: Vec<Info> = input
        .flows
        .iter()
        .filter(|f| !f.deleted && matches!(f.direction, Direction::Have | Direction::Need))
        .filter_map(|f| {
            Some(info(
                f,
                *input.places.get(&f.company_id)?,
                factors,
                &mut interner,
                today,
            ))
        })
        .collect();
    let haves: Vec<&Info> = infos
        .iter()
        .filter(|i| i.flow.direction == Direction::Have)
        .collect();
    let needs: Vec<&Info> = infos
        .iter()
        .filter(|i| i.flow.direction == Direction::Need)
        .collect();
    // Candidate pairs share a category, a waste sub-chapter or a word: no full cross product.
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for (n, need) in needs.iter().enumerate() {
        for k in blocking_keys(need) {
            by_key.entry(k).or_default().push(n);
        }
    }
    by_key.retain(|k, v| v.len() <= BLOCKING_CAP || k.starts_with("cat:") || k.starts_with("low:"));
    let decided = decided_pairs(input);
    let limit = input.settings.distance_limit_km;
    let mut out = Vec::new();
    let mut seen = vec![usize::MAX; needs.len()];
    for (h, have) in haves.iter().enumerate() {
        // The best few so far, best first; ties go to the smaller flow id
        // (deterministic).
        let better = |a: (f64, usize), b: (f64, usize)| {
            a.0.total_cmp(&b.0)
                .then_with(|| needs[b.1].flow.id.cmp(&needs[a.1].flow.id))
                .is_gt()
        };
        let mut top: Vec<(f64, usize)> = Vec::with_capacity(PER_SUPPLY + 1);
        for k in blocking_keys(have) {
            for &n in by_key.get(&k).map(Vec::as_slice).unwrap_or(&[]) {
                if seen[n] == h {
                    continue;
                }
                seen[n] = h;
                let need = needs[n];
                if need.company.id == have.company.id {
                    continue;
                }
                let Some(score) = quick_score(have, need, limit) else {
                    continue;
                };
                let candidate = (score, n);
                // Looking up decisions costs more than scoring: only for pairs
                // that would make the list.
                if top.len() == PER_SUPPLY && !better(candidate, top[PER_SUPPLY - 1])
                    || decided.contains(&(have.flow.id, need.flow.id))
                {
                    continue;
                }
                let at = top
                    .iter()
                    .position(|&t| better(candidate, t))
                    .unwrap_or(top.len());
                top.insert(at, candidate);
                top.truncate(PER_SUPPLY);
            }
        }
        out.extend(
            top.into_iter()
                .filter_map(|(_, n)| score(have, needs[n], limit)),
        );
    }
    crate::sorting::sort_by(&mut out, |a, b| {
        b.score.total_cmp(&a.score).then_with(|| a.key.cmp(&b.key))
    });
    out
}

fn score(have: &Info, need: &Info, limit_km: f64) -> Option<Suggestion> {
    let code = code_term(have, need);
    let text = text_term(have, need);
    if !compatible(have, need, code_value(have, need).1, text.value) {
        return None;
    }
    let distance = distance_term(&have.company, &need.company);
    if let Evidence::Distance(d) = distance.evidence {
        if d > limit_km {
            return None;
        }
    }
    let terms = vec![
        code,
        text,
        quantity_term(have, need),
        distance,
        economic_term(have, need),
        freshness_term(have, need),
    ];
    let score = terms.iter().map(|t| t.value * t.weight).sum();
    Some(Suggestion {
        key: suggestion_key(have.flow.id, need.flow.id),
        supply: have.flow.id,
        demand: need.flow.id,
        supplier: have.company.id,
        receiver: need.company.id,
        score,
        terms,
        hazardous: have.hazardous || need.hazardous,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_known_distance() {
        // Paris – Lyon is about 392 km.
        let paris = Coordinates {
            lat: 48.8566,
            lon: 2.3522,
        };
        let lyon = Coordinates {
            lat: 45.7640,
            lon: 4.8357,
        };
        assert!((haversine_km(paris, lyon) - 392.0).abs() < 2.0);
        assert_eq!(haversine_km(paris, paris), 0.0);
    }

    /// The fast score that picks candidates must rank them as the explained
    /// score the facilitator reads: equal up to the flat-earth distance.
    #[test]
    fn quick_score_agrees_with_explained_score() {
        let today = Date::new(2026, 11, 28).unwrap();
        let p = crate::example::generated_project(600, 900, 0, 3, today);
        let factors = FactorSet::of(&p.settings);
        let input = Inputs::of(&p);
        let mut interner = Interner::default();
        let infos: Vec<Info> = p
            .flows
            .iter()
            .map(|f| {
                info(
                    f,
                    input.places[&f.company_id],
                    &factors,
                    &mut interner,
                    today,
                )
            })
            .collect();
        let haves = infos.iter().filter(|i| i.flow.direction == Direction::Have);
        let mut compared = 0;
        for have in haves {
            for need in infos.iter().filter(|i| i.flow.direction == Direction::Need) {
                let quick = quick_score(have, need, 1_000.0);
                let full = score(have, need, 1_000.0).map(|s| s.score);
                assert_eq!(quick.is_some(), full.is_some());
                if let (Some(q), Some(f)) = (quick, full) {
                    assert!((q - f).abs() < 1e-4, "{q} vs {f}");
                    compared += 1;
                }
            }
        }
        assert!(compared > 100, "only {compared} pairs compared");
    }
}
