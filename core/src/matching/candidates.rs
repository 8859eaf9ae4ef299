//! What matching knows of each flow (its words, amount, place, code),
//! computed once per run, and the quick tests that pick candidate pairs.

use super::*;

/// What matching needs to know of a flow, computed once.
pub(super) struct Info<'a> {
    pub(super) flow: &'a Flow,
    pub(super) company: Place,
    pub(super) category: Option<&'static Category>,
    /// Stems of the label, plus `cat:<key>` for the words and code that name a category.
    pub(super) words: HashSet<String>,
    /// The same words as interned numbers, sorted, for fast comparison.
    pub(super) word_ids: Vec<u32>,
    /// Tonnes per year when convertible, else the yearly amount in its dimension.
    pub(super) amount: Option<(f64, Dimension)>,
    pub(super) hazardous: bool,
    /// Precomputed for the thousands of candidate pairs: the waste code as a
    /// number, the position in radians with cos(latitude), days since checked.
    pub(super) code_num: Option<u32>,
    pub(super) pos: Option<(f64, f64, f64)>,
    pub(super) days_since_check: Option<i64>,
}

/// Words too general to tell materials apart (they fill the official waste descriptions).
pub(super) const GENERIC: &[&str] = &[
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
pub(super) struct Interner(HashMap<String, u32>);

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

pub(super) fn info<'a>(
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
pub(super) fn shared(a: &[u32], b: &[u32]) -> usize {
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

pub(super) fn blocking_keys(i: &Info) -> Vec<String> {
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

/// The score alone, without the words that explain it (computed for every candidate).
pub(super) fn quick_score(have: &Info, need: &Info, limit_km: f64) -> Option<f64> {
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

/// Compatible material: the same code or category, or many shared words. A
/// shared waste sub-chapter is enough only when a category is unknown (15 01
/// holds wood and glass packaging alike).
pub(super) fn compatible(have: &Info, need: &Info, level: CodeLevel, text: f64) -> bool {
    let categories_differ =
        matches!((have.category, need.category), (Some(a), Some(b)) if a.key != b.key);
    match level {
        CodeLevel::Code | CodeLevel::Category => true,
        CodeLevel::SubChapter => !categories_differ,
        _ => text >= 0.5 && !categories_differ,
    }
}
