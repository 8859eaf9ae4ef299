//! The terms of a suggestion's score, each kept with its evidence so the
//! screen can say why two flows were put together.

use super::*;

pub(super) fn term(kind: TermKind, value: f64, weight: f64, evidence: Evidence) -> Term {
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
pub(super) enum CodeLevel {
    Code,
    Category,
    SubChapter,
    Chapter,
    None,
}

pub(super) fn code_value(a: &Info, b: &Info) -> (f64, CodeLevel) {
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

pub(super) fn code_term(a: &Info, b: &Info) -> Term {
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

pub(super) fn text_term(a: &Info, b: &Info) -> Term {
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

pub(super) fn quantity_term(have: &Info, need: &Info) -> Term {
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

pub(super) fn distance_term(a: &Place, b: &Place) -> Term {
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

pub(super) fn economic_term(have: &Info, need: &Info) -> Term {
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
pub(super) fn freshness_value(a: Option<i64>, b: Option<i64>) -> f64 {
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

pub(super) fn freshness_term(have: &Info, need: &Info) -> Term {
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
