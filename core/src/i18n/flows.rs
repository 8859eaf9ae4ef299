//! Words for the flow, synergy and impact vocabulary.

use super::{int, number, t, tf, Lang, Msg};
use crate::matching::{Evidence, TermKind};
use crate::model::*;
use crate::units::{Dimension, Yearly};

pub fn transport_method(m: TransportMethod) -> Msg {
    match m {
        TransportMethod::VehicleKm => Msg::TmVehicleKm,
        TransportMethod::TonneKm => Msg::TmTonneKm,
    }
}

pub fn direction(d: Direction) -> Msg {
    match d {
        Direction::Have => Msg::DirHave,
        Direction::Need => Msg::DirNeed,
        Direction::SharedNeed => Msg::DirSharedNeed,
        Direction::SpareCapacity => Msg::DirSpareCapacity,
    }
}

pub fn direction_short(d: Direction) -> Msg {
    match d {
        Direction::Have => Msg::DirHaveShort,
        Direction::Need => Msg::DirNeedShort,
        Direction::SharedNeed => Msg::DirSharedShort,
        Direction::SpareCapacity => Msg::DirSpareShort,
    }
}

pub fn kind(k: FlowKind) -> Msg {
    match k {
        FlowKind::Material => Msg::FkMaterial,
        FlowKind::Waste => Msg::FkWaste,
        FlowKind::ByProduct => Msg::FkByProduct,
        FlowKind::Energy => Msg::FkEnergy,
        FlowKind::Heat => Msg::FkHeat,
        FlowKind::Water => Msg::FkWater,
        FlowKind::Equipment => Msg::FkEquipment,
        FlowKind::Service => Msg::FkService,
        FlowKind::Logistics => Msg::FkLogistics,
        FlowKind::Skills => Msg::FkSkills,
    }
}

pub fn unit(u: Unit) -> Msg {
    match u {
        Unit::T => Msg::UnitT,
        Unit::Kg => Msg::UnitKg,
        Unit::M3 => Msg::UnitM3,
        Unit::L => Msg::UnitL,
        Unit::Mwh => Msg::UnitMwh,
        Unit::Kwh => Msg::UnitKwh,
        Unit::Units => Msg::UnitUnits,
        Unit::Pallets => Msg::UnitPallets,
    }
}

pub fn period(p: Period) -> Msg {
    match p {
        Period::Day => Msg::PerDay,
        Period::Week => Msg::PerWeek,
        Period::Month => Msg::PerMonth,
        Period::Quarter => Msg::PerQuarter,
        Period::Year => Msg::PerYear,
        Period::OneOff => Msg::OneOff,
    }
}

pub fn regularity(r: Regularity) -> Msg {
    match r {
        Regularity::Continuous => Msg::RegContinuous,
        Regularity::Regular => Msg::RegRegular,
        Regularity::Seasonal => Msg::RegSeasonal,
        Regularity::Occasional => Msg::RegOccasional,
        Regularity::Unknown => Msg::RegUnknown,
    }
}

pub fn confidence(c: Confidence) -> Msg {
    match c {
        Confidence::Measured => Msg::ConfMeasured,
        Confidence::Estimated => Msg::ConfEstimated,
        Confidence::OrderOfMagnitude => Msg::ConfOrder,
    }
}

/// Avoided emissions, one source at a time, each with its words:
/// "transport 12 960 kg · filière 1 200 kg".
pub fn avoided(lang: Lang, parts: &[(crate::impact::Avoided, i64)]) -> String {
    use crate::impact::Avoided;
    parts
        .iter()
        .map(|(a, kg)| {
            let what = match a {
                Avoided::Transport => Msg::AvoidedTransport,
                Avoided::OldRoute => Msg::AvoidedRoute,
                Avoided::Virgin => Msg::AvoidedVirgin,
            };
            format!("{} {}\u{a0}kg", t(lang, what), int(lang, *kg))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

pub fn treatment(tr: Treatment) -> Msg {
    match tr {
        Treatment::Landfill => Msg::TrLandfill,
        Treatment::Incineration => Msg::TrIncineration,
        Treatment::EnergyRecovery => Msg::TrEnergyRecovery,
        Treatment::Recycling => Msg::TrRecycling,
        Treatment::Composting => Msg::TrComposting,
        Treatment::AnaerobicDigestion => Msg::TrAnaerobic,
        Treatment::Reuse => Msg::TrReuse,
        Treatment::Sold => Msg::TrSold,
        Treatment::Purchase => Msg::TrPurchase,
        Treatment::Other => Msg::TrOther,
    }
}

pub fn status(s: SynergyStatus) -> Msg {
    match s {
        SynergyStatus::Idea => Msg::StIdea,
        SynergyStatus::Studied => Msg::StStudied,
        SynergyStatus::InProgress => Msg::StInProgress,
        SynergyStatus::Contracted => Msg::StContracted,
        SynergyStatus::Operating => Msg::StOperating,
        SynergyStatus::Ended => Msg::StEnded,
        SynergyStatus::OnHold => Msg::StOnHold,
        SynergyStatus::Abandoned => Msg::StAbandoned,
    }
}

pub fn synergy_kind(k: SynergyKind) -> Msg {
    match k {
        SynergyKind::Substitution => Msg::SkSubstitution,
        SynergyKind::Mutualisation => Msg::SkMutualisation,
        SynergyKind::UtilitySharing => Msg::SkUtility,
    }
}

pub fn role(r: Role) -> Msg {
    match r {
        Role::Supplier => Msg::RoleSupplier,
        Role::Receiver => Msg::RoleReceiver,
        Role::Member => Msg::RoleMember,
        Role::ServiceProvider => Msg::RoleProvider,
        Role::LocalAuthority => Msg::RoleAuthority,
    }
}

pub fn origin(o: OriginKind) -> Msg {
    match o {
        OriginKind::Workshop => Msg::OrWorkshop,
        OriginKind::Suggestion => Msg::OrSuggestion,
        OriginKind::Interview => Msg::OrInterview,
        OriginKind::Other => Msg::OrOther,
    }
}

pub fn barrier(b: BarrierCategory) -> Msg {
    match b {
        BarrierCategory::Technical => Msg::BarTechnical,
        BarrierCategory::Regulatory => Msg::BarRegulatory,
        BarrierCategory::Economic => Msg::BarEconomic,
        BarrierCategory::Organisational => Msg::BarOrganisational,
        BarrierCategory::Trust => Msg::BarTrust,
    }
}

pub fn factor_kind(k: FactorKind) -> Msg {
    match k {
        FactorKind::VehicleKm => Msg::FkVehicleKm,
        FactorKind::TonneKm => Msg::FkTonneKm,
        FactorKind::Treatment => Msg::FkTreatment,
        FactorKind::Virgin => Msg::FkVirgin,
        FactorKind::Density => Msg::FkDensity,
    }
}

pub fn term_kind(k: TermKind) -> Msg {
    match k {
        TermKind::Code => Msg::TermCode,
        TermKind::Text => Msg::TermText,
        TermKind::Quantity => Msg::TermQuantity,
        TermKind::Distance => Msg::TermDistance,
        TermKind::Economic => Msg::TermEconomic,
        TermKind::Freshness => Msg::TermFreshness,
    }
}

/// A material category's name ("Carton"), or "uncategorised".
pub fn category(lang: Lang, key: &str) -> String {
    match crate::materials::category(key) {
        Some(c) if lang == Lang::Fr => c.label_fr.to_owned(),
        Some(c) => c.label_en.to_owned(),
        None if key.is_empty() => t(lang, Msg::NoCategory).to_owned(),
        None => key.to_owned(),
    }
}

/// An amount in a dimension's base unit: "24 t", "1 040 m³".
pub fn amount(lang: Lang, value: f64, dimension: Dimension) -> String {
    let u = match dimension {
        Dimension::Mass => Msg::UnitT,
        Dimension::Volume => Msg::UnitM3,
        Dimension::Energy => Msg::UnitMwh,
        Dimension::Count => Msg::UnitUnits,
        Dimension::Pallets => Msg::UnitPallets,
    };
    let decimals = if value.abs() >= 100.0 {
        0
    } else if value.abs() >= 1.0 {
        1
    } else {
        3
    };
    format!("{}\u{a0}{}", number(lang, value, decimals), t(lang, u))
}

pub fn yearly(lang: Lang, y: Yearly) -> String {
    amount(lang, y.value, y.dimension)
}

/// A quantity as typed: "2 t par mois".
pub fn quantity(lang: Lang, q: Quantity) -> String {
    format!(
        "{}\u{a0}{} {}",
        number(lang, q.value, 3),
        t(lang, unit(q.unit)),
        t(lang, period(q.period))
    )
}

/// Why a score term has its value, in words.
pub fn evidence(lang: Lang, e: &Evidence) -> String {
    let code = |c: &str| {
        let spaced: Vec<&str> = (0..c.len())
            .step_by(2)
            .filter_map(|i| c.get(i..i + 2))
            .collect();
        spaced.join(" ")
    };
    match e {
        Evidence::SameCode(c) => tf(lang, Msg::EvSameCode, &[("code", &code(c))]),
        Evidence::SameSubChapter(c) => tf(lang, Msg::EvSameSubChapter, &[("code", &code(c))]),
        Evidence::SameChapter(c) => tf(lang, Msg::EvSameChapter, &[("code", c)]),
        Evidence::SameCategory(k) => tf(
            lang,
            Msg::EvSameCategory,
            &[("category", &category(lang, k))],
        ),
        Evidence::DifferentMaterial => t(lang, Msg::EvDifferentMaterial).into(),
        Evidence::CommonWords(w) => {
            let words: Vec<String> = w
                .iter()
                .map(|x| {
                    if crate::materials::category(x).is_some() {
                        category(lang, x).to_lowercase()
                    } else {
                        x.clone()
                    }
                })
                .collect();
            tf(lang, Msg::EvCommonWords, &[("words", &words.join(", "))])
        }
        Evidence::NoCommonWord => t(lang, Msg::EvNoCommonWord).into(),
        Evidence::Coverage {
            supply,
            demand,
            dimension,
        } => tf(
            lang,
            Msg::EvCoverage,
            &[
                ("supply", &amount(lang, *supply, *dimension)),
                ("demand", &amount(lang, *demand, *dimension)),
            ],
        ),
        Evidence::QuantityUnknown => t(lang, Msg::EvQuantityUnknown).into(),
        Evidence::Distance(km) => tf(lang, Msg::EvDistance, &[("km", &number(lang, *km, 1))]),
        Evidence::DistanceUnknown => t(lang, Msg::EvDistanceUnknown).into(),
        Evidence::Cost(eur) => tf(
            lang,
            Msg::EvCost,
            &[("eur", &int(lang, eur.round() as i64))],
        ),
        Evidence::CostUnknown => t(lang, Msg::EvCostUnknown).into(),
        Evidence::CheckedDaysAgo(d) if *d <= 0 => t(lang, Msg::EvCheckedToday).into(),
        Evidence::CheckedDaysAgo(d) => tf(lang, Msg::EvChecked, &[("days", &int(lang, *d))]),
        Evidence::NeverChecked => t(lang, Msg::EvNeverChecked).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_in_words() {
        assert_eq!(
            evidence(Lang::Fr, &Evidence::SameCode("150101".into())),
            "même code déchet 15 01 01"
        );
        assert_eq!(
            evidence(Lang::En, &Evidence::SameCategory("cardboard")),
            "same category: Cardboard"
        );
        assert_eq!(
            evidence(
                Lang::Fr,
                &Evidence::Coverage {
                    supply: 24.0,
                    demand: 18.0,
                    dimension: Dimension::Mass
                }
            ),
            "24\u{a0}t disponibles par an pour un besoin de 18\u{a0}t par an"
        );
        assert_eq!(
            evidence(Lang::En, &Evidence::Distance(12.34)),
            "12.3 km apart"
        );
        assert_eq!(
            evidence(Lang::Fr, &Evidence::CommonWords(vec!["cardboard".into()])),
            "mots en commun\u{a0}: carton"
        );
    }
}
