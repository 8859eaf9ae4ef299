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

pub fn suggestion_key(supply: Id, demand: Id) -> String {
    format!("{supply}>{demand}")
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

/// What matching needs to know of a flow, computed once.
struct Info<'a> {
    flow: &'a Flow,
    company: Place,
    category: Option<&'static Category>,
    /// Stems of the label, plus `cat:<key>` for the words and code that name a category.
    words: HashSet<String>,
    /// The same words as interned numbers, sorted, for fast comparison.
    word_ids: Vec<u32>,
    /// Tonnes per year when convertible, else the yearly amount in its dimension.
    amount: Option<(f64, Dimension)>,
    hazardous: bool,
    /// Precomputed for the thousands of candidate pairs: the waste code as a
    /// number, the position in radians with cos(latitude), days since checked.
    code_num: Option<u32>,
    pos: Option<(f64, f64, f64)>,
    days_since_check: Option<i64>,
}

/// Words too general to tell materials apart (they fill the official waste descriptions).
const GENERIC: &[&str] = &[
    "dechet",
    "autre",
    "provenant",
    "non",
    "contenant",
    "substance",
    "dangereuse",
    "dangereux",
    "mentionne",
    "rubrique",
    "vise",
    "ceux",
    "ceu",
    "celle",
    "que",
    "qui",
    "issu",
    "ailleur",
    "specifie",
    "precedemment",
    "matiere",
    "produit",
    "residu",
    "sous",
    "divers",
    "waste",
    "other",
    "than",
    "those",
    "containing",
    "hazardous",
    "from",
    "mentioned",
    "material",
    "product",
];

/// Numbers for words, shared by the flows of one run.
#[derive(Default)]
struct Interner(HashMap<String, u32>);

impl Interner {
    fn ids(&mut self, words: &HashSet<String>) -> Vec<u32> {
        let mut ids: Vec<u32> = words
            .iter()
            .map(|w| {
                let next = self.0.len() as u32;
                *self.0.entry(w.clone()).or_insert(next)
            })
            .collect();
        ids.sort_unstable();
        ids
    }
}

fn info<'a>(
    flow: &'a Flow,
    company: Place,
    factors: &FactorSet,
    interner: &mut Interner,
    today: Date,
) -> Info<'a> {
    let code = flow.low_code.as_deref();
    let category = materials::category(&flow.category)
        .or_else(|| code.and_then(materials::category_of_code))
        .or_else(|| materials::category_of_text(&flow.label));
    let mut words: HashSet<String> = materials::stems(&flow.label)
        .into_iter()
        .filter(|w| !GENERIC.contains(&w.as_str()))
        .collect();
    let tagged: Vec<String> = words
        .iter()
        .filter_map(|w| {
            materials::CATEGORIES
                .iter()
                .find(|c| c.words.contains(&w.as_str()))
        })
        .map(|c| format!("cat:{}", c.key))
        .collect();
    words.extend(tagged);
    if let Some(c) = code.and_then(materials::category_of_code) {
        words.insert(format!("cat:{}", c.key));
    }
    let amount = flow.quantity.map(|q| {
        let density = flow.density_kg_m3.or_else(|| {
            category
                .and_then(|c| factors.density(c.key))
                .map(|f| f.value)
        });
        match units::tonnes_per_year(q, density) {
            Ok(t) => (t, Dimension::Mass),
            Err(_) => {
                let y = units::yearly(q);
                (y.value, y.dimension)
            }
        }
    });
    let hazardous = code.is_some_and(crate::low::is_hazardous);
    let word_ids = interner.ids(&words);
    let code_num = code.filter(|c| c.len() == 6).and_then(|c| c.parse().ok());
    let pos = company.coordinates.map(|c| {
        let lat = c.lat.to_radians();
        (lat, c.lon.to_radians(), lat.cos())
    });
    Info {
        flow,
        company,
        category,
        words,
        word_ids,
        amount,
        hazardous,
        code_num,
        pos,
        days_since_check: flow.last_verified.map(|d| d.days_until(today)),
    }
}

/// How many words two sorted id lists share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
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

fn blocking_keys(i: &Info) -> Vec<String> {
    let mut keys: Vec<String> = i.words.iter().cloned().collect();
    if let Some(c) = i.category {
        keys.push(format!("cat:{}", c.key));
    }
    if let Some(code) = i.flow.low_code.as_deref().filter(|c| c.len() == 6) {
        keys.push(format!("low:{}", &code[..4]));
    }
    keys.sort();
    keys.dedup();
    keys
}

/// Pairs of flows already decided (accepted, rejected, or linked by a synergy).
fn decided_pairs(input: &Inputs) -> HashSet<(Id, Id)> {
    let mut pairs: HashSet<(Id, Id)> = input
        .settings
        .decisions
        .iter()
        .filter_map(|d| {
            let (a, b) = d.key.split_once('>')?;
            Some((a.parse().ok()?, b.parse().ok()?))
        })
        .collect();
    for flows in &input.links {
        for a in flows.iter() {
            for b in flows.iter() {
                pairs.insert((*a, *b));
            }
        }
    }
    pairs
}

/// Suggestions already decided: accepted or rejected, or linked by a synergy.
fn decided_keys(input: &Inputs) -> HashSet<String> {
    let mut keys: HashSet<String> = input
        .settings
        .decisions
        .iter()
        .map(|d| d.key.clone())
        .collect();
    for flows in &input.links {
        for a in flows.iter() {
            for b in flows.iter() {
                keys.insert(suggestion_key(*a, *b));
            }
        }
    }
    keys
}

/// The score alone, without the words that explain it (computed for every candidate).
fn quick_score(have: &Info, need: &Info, limit_km: f64) -> Option<f64> {
    let code = code_value(have, need);
    let text = shared(&have.word_ids, &need.word_ids) as f64
        / have.word_ids.len().min(need.word_ids.len()).max(1) as f64;
    if !compatible(have, need, code.1, text) {
        return None;
    }
    // A flat-earth distance is exact to a few metres at territory scale and
    // much cheaper than the great circle, for the thousands of candidates.
    let distance = match (have.pos, need.pos) {
        (Some((la1, lo1, c1)), Some((la2, lo2, c2))) => {
            let x = (lo2 - lo1) * (c1 + c2) / 2.0;
            let y = la2 - la1;
            let d = 6371.0088 * (x * x + y * y).sqrt();
            if d > limit_km {
                return None;
            }
            (-d / D0_KM).exp()
        }
        _ => 0.5,
    };
    let q = quantity_term(have, need).value;
    let e = economic_term(have, need).value;
    let f = freshness_value(have.days_since_check, need.days_since_check);
    Some(
        W_CODE * code.0
            + W_TEXT * text
            + W_QUANTITY * q
            + W_DISTANCE * distance
            + W_ECONOMIC * e
            + W_FRESHNESS * f,
    )
}

/// Equirectangular distance in km: within 0.1 % of the great circle below 100 km.
fn flat_km(a: Coordinates, b: Coordinates) -> f64 {
    let mean_lat = ((a.lat + b.lat) / 2.0).to_radians();
    let x = (b.lon - a.lon).to_radians() * mean_lat.cos();
    let y = (b.lat - a.lat).to_radians();
    6371.0088 * (x * x + y * y).sqrt()
}

/// Compatible material: the same code or category, or many shared words. A
/// shared waste sub-chapter is enough only when a category is unknown (15 01
/// holds wood and glass packaging alike).
fn compatible(have: &Info, need: &Info, level: CodeLevel, text: f64) -> bool {
    let categories_differ =
        matches!((have.category, need.category), (Some(a), Some(b)) if a.key != b.key);
    match level {
        CodeLevel::Code | CodeLevel::Category => true,
        CodeLevel::SubChapter => !categories_differ,
        _ => text >= 0.5 && !categories_differ,
    }
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

fn term(kind: TermKind, value: f64, weight: f64, evidence: Evidence) -> Term {
    Term {
        kind,
        value: value.clamp(0.0, 1.0),
        weight,
        evidence,
    }
}

/// How close two flows' materials are: same code > same category > same
/// waste sub-chapter > same chapter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CodeLevel {
    Code,
    Category,
    SubChapter,
    Chapter,
    None,
}

fn code_value(a: &Info, b: &Info) -> (f64, CodeLevel) {
    if let (Some(x), Some(y)) = (a.code_num, b.code_num) {
        if x == y {
            return (1.0, CodeLevel::Code);
        }
        if x / 100 == y / 100 {
            return (0.6, CodeLevel::SubChapter);
        }
        if x / 10_000 == y / 10_000
            && !matches!((a.category, b.category), (Some(p), Some(q)) if p.key == q.key)
        {
            return (0.3, CodeLevel::Chapter);
        }
    }
    match (a.category, b.category) {
        (Some(x), Some(y)) if x.key == y.key => (0.7, CodeLevel::Category),
        _ => (0.0, CodeLevel::None),
    }
}

fn code_term(a: &Info, b: &Info) -> Term {
    let (value, level) = code_value(a, b);
    let code = a.flow.low_code.clone().unwrap_or_default();
    let evidence = match level {
        CodeLevel::Code => Evidence::SameCode(code),
        CodeLevel::SubChapter => Evidence::SameSubChapter(code[..4].to_owned()),
        CodeLevel::Chapter => Evidence::SameChapter(code[..2].to_owned()),
        CodeLevel::Category => Evidence::SameCategory(a.category.map_or("", |c| c.key)),
        CodeLevel::None => Evidence::DifferentMaterial,
    };
    term(TermKind::Code, value, W_CODE, evidence)
}

fn text_term(a: &Info, b: &Info) -> Term {
    let mut common: Vec<String> = a.words.intersection(&b.words).cloned().collect();
    common.sort();
    let smaller = a.words.len().min(b.words.len()).max(1);
    let value = common.len() as f64 / smaller as f64;
    // Show people's words as they wrote them, not stems or category tags.
    let shown: Vec<String> = common
        .iter()
        .filter(|w| !w.starts_with("cat:"))
        .map(|w| {
            crate::materials::word_of_stem(&a.flow.label, w)
                .or_else(|| crate::materials::word_of_stem(&b.flow.label, w))
                .unwrap_or_else(|| w.clone())
        })
        .collect();
    let evidence = if common.is_empty() {
        Evidence::NoCommonWord
    } else if shown.is_empty() {
        Evidence::CommonWords(
            common
                .iter()
                .map(|w| w.trim_start_matches("cat:").to_owned())
                .collect(),
        )
    } else {
        Evidence::CommonWords(shown)
    };
    term(TermKind::Text, value, W_TEXT, evidence)
}

fn quantity_term(have: &Info, need: &Info) -> Term {
    match (have.amount, need.amount) {
        (Some((s, ds)), Some((d, dd))) if ds == dd && d > 0.0 => term(
            TermKind::Quantity,
            s.min(d) / d,
            W_QUANTITY,
            Evidence::Coverage {
                supply: s,
                demand: d,
                dimension: ds,
            },
        ),
        _ => term(
            TermKind::Quantity,
            0.5,
            W_QUANTITY,
            Evidence::QuantityUnknown,
        ),
    }
}

/// Great-circle distance in km between two WGS 84 points.
pub fn haversine_km(a: Coordinates, b: Coordinates) -> f64 {
    let r = 6371.0088;
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dla = la2 - la1;
    let dlo = (b.lon - a.lon).to_radians();
    let h = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
    2.0 * r * h.sqrt().min(1.0).asin()
}

fn distance_term(a: &Place, b: &Place) -> Term {
    match (a.coordinates, b.coordinates) {
        (Some(x), Some(y)) => {
            let d = haversine_km(x, y);
            term(
                TermKind::Distance,
                (-d / D0_KM).exp(),
                W_DISTANCE,
                Evidence::Distance(d),
            )
        }
        // Unknown distance is neutral, and said so.
        _ => term(
            TermKind::Distance,
            0.5,
            W_DISTANCE,
            Evidence::DistanceUnknown,
        ),
    }
}

fn economic_term(have: &Info, need: &Info) -> Term {
    let costs = [
        have.flow.route.cost_eur_per_year,
        need.flow.route.cost_eur_per_year,
    ];
    if costs.iter().all(Option::is_none) {
        return term(TermKind::Economic, 0.5, W_ECONOMIC, Evidence::CostUnknown);
    }
    let at_stake: f64 = costs.iter().flatten().filter(|c| **c > 0.0).sum();
    term(
        TermKind::Economic,
        at_stake / (at_stake + ECONOMIC_HALF_EUR),
        W_ECONOMIC,
        Evidence::Cost(at_stake),
    )
}

/// 1 while both flows were checked recently, falling to 0 over two years
/// past [`VERIFY_AFTER_DAYS`]; 0.5 when either was never checked.
fn freshness_value(a: Option<i64>, b: Option<i64>) -> f64 {
    match (a, b) {
        (Some(a), Some(b)) => {
            let oldest = a.max(b);
            if oldest <= VERIFY_AFTER_DAYS {
                1.0
            } else {
                (1.0 - (oldest - VERIFY_AFTER_DAYS) as f64 / 730.0).max(0.0)
            }
        }
        _ => 0.5,
    }
}

fn freshness_term(have: &Info, need: &Info) -> Term {
    let (a, b) = (have.days_since_check, need.days_since_check);
    let evidence = match (a, b) {
        (Some(a), Some(b)) => Evidence::CheckedDaysAgo(a.max(b)),
        _ => Evidence::NeverChecked,
    };
    term(
        TermKind::Freshness,
        freshness_value(a, b),
        W_FRESHNESS,
        evidence,
    )
}

/// Companies with the same need (or output) of the same material close
/// together: candidates for a pooled service (e.g. five companies each
/// paying for cardboard collection).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    /// Remembered when accepted or rejected: `pool:` and the sorted flow ids.
    pub key: String,
    pub direction: Direction,
    #[serde(with = "crate::materials::category_key")]
    pub category: materials::CategoryKey,
    pub flows: Vec<Id>,
    pub companies: Vec<Id>,
    /// Total per year, and its dimension, when the flows can be added up.
    pub volume: Option<(f64, Dimension)>,
    /// Members × volume (members alone when the volume is unknown).
    pub rank: f64,
    /// Largest distance from the first member, km.
    pub spread_km: f64,
}

/// Smallest pool worth proposing.
pub const MIN_MEMBERS: usize = 3;

pub fn clusters(p: &Project, factors: &FactorSet, radius_km: f64) -> Vec<Cluster> {
    pools(&Inputs::of(p), factors, radius_km)
}

/// [`clusters`] from what matching reads of a project.
pub fn pools(input: &Inputs, factors: &FactorSet, radius_km: f64) -> Vec<Cluster> {
    let decided = decided_keys(input);
    let mut groups: HashMap<(u8, &'static str), Vec<Info>> = HashMap::new();
    let mut interner = Interner::default();
    for f in input.flows.iter().filter(|f| !f.deleted) {
        let Some(c) = input.places.get(&f.company_id) else {
            continue;
        };
        // Pooling ignores freshness: any date will do for the check ages.
        let i = info(f, *c, factors, &mut interner, Date::from_days(0));
        let Some(cat) = i.category else { continue };
        // Same direction only: pooling a service is not buying a material.
        let side = match f.direction {
            Direction::SharedNeed => 0,
            Direction::Need => 1,
            Direction::Have => 2,
            Direction::SpareCapacity => continue,
        };
        groups.entry((side, cat.key)).or_default().push(i);
    }
    let mut out = Vec::new();
    let mut keys: Vec<(u8, &'static str)> = groups.keys().copied().collect();
    keys.sort();
    for key in keys {
        let mut members = groups.remove(&key).unwrap_or_default();
        members.retain(|i| i.company.coordinates.is_some());
        crate::sorting::sort_by(&mut members, |a, b| a.flow.id.cmp(&b.flow.id));
        // Neighbours within the radius, computed once per group.
        let neighbours: Vec<Vec<usize>> = (0..members.len())
            .map(|i| {
                let origin = members[i]
                    .company
                    .coordinates
                    .unwrap_or(Coordinates { lat: 0.0, lon: 0.0 });
                (0..members.len())
                    .filter(|&j| {
                        members[j]
                            .company
                            .coordinates
                            .is_some_and(|c| flat_km(origin, c) <= radius_km)
                    })
                    .collect()
            })
            .collect();
        let mut taken = vec![false; members.len()];
        // Greedy: the member whose neighbourhood holds the most companies
        // seeds a cluster; repeat with those left.
        loop {
            let near_of = |i: usize, taken: &[bool]| -> Vec<usize> {
                neighbours[i]
                    .iter()
                    .copied()
                    .filter(|&j| !taken[j])
                    .collect()
            };
            let companies_in = |near: &[usize]| {
                near.iter()
                    .map(|&j| members[j].company.id)
                    .collect::<HashSet<Id>>()
                    .len()
            };
            let best = (0..members.len())
                .filter(|&i| !taken[i])
                .map(|i| (i, near_of(i, &taken)))
                .max_by(|(i, a), (j, b)| companies_in(a).cmp(&companies_in(b)).then(j.cmp(i)));
            let Some((seed, near)) = best.filter(|(_, near)| companies_in(near) >= MIN_MEMBERS)
            else {
                break;
            };
            for &j in &near {
                taken[j] = true;
            }
            let origin = members[seed]
                .company
                .coordinates
                .unwrap_or(Coordinates { lat: 0.0, lon: 0.0 });
            let c = cluster_of(
                &near.iter().map(|&j| &members[j]).collect::<Vec<_>>(),
                key,
                origin,
            );
            if !decided.contains(&c.key) {
                out.push(c);
            }
        }
    }
    crate::sorting::sort_by(&mut out, |a, b| {
        b.rank.total_cmp(&a.rank).then_with(|| a.key.cmp(&b.key))
    });
    out
}

fn cluster_of(members: &[&Info], key: (u8, &'static str), origin: Coordinates) -> Cluster {
    let mut flows: Vec<Id> = members.iter().map(|i| i.flow.id).collect();
    flows.sort();
    let mut companies: Vec<Id> = members.iter().map(|i| i.company.id).collect();
    companies.sort();
    companies.dedup();
    let dims: HashSet<Dimension> = members
        .iter()
        .filter_map(|i| i.amount.map(|a| a.1))
        .collect();
    // Volumes add up only when every member has one, all in the same dimension.
    let volume = match dims.iter().next() {
        Some(&dim) if dims.len() == 1 && members.iter().all(|i| i.amount.is_some()) => Some((
            members.iter().filter_map(|i| i.amount).map(|a| a.0).sum(),
            dim,
        )),
        _ => None,
    };
    let spread_km = members
        .iter()
        .filter_map(|i| i.company.coordinates)
        .map(|c| haversine_km(origin, c))
        .fold(0.0, f64::max);
    let n = companies.len() as f64;
    Cluster {
        key: format!(
            "pool:{}",
            flows
                .iter()
                .map(Id::to_string)
                .collect::<Vec<_>>()
                .join(",")
        ),
        direction: [Direction::SharedNeed, Direction::Need, Direction::Have][key.0 as usize],
        category: key.1,
        rank: volume.map_or(n, |(v, _)| n * v),
        flows,
        companies,
        volume,
        spread_km,
    }
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
