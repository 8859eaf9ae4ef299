//! Emission and conversion factors: the ones shipped in `data/factors.tsv`
//! (DEFRA/DESNZ 2025, ADEME Base Carbone V23.6, US EPA densities), each with
//! its source, version, unit and licence, and the ones a project adds or
//! overrides in its settings. Every impact result names the factor it used.

use crate::model::{Factor, FactorKind, Settings};
use std::sync::OnceLock;

const FACTORS_TSV: &str = include_str!("../../data/factors.tsv");

/// A factor as the app uses it, shipped or from the project.
#[derive(Clone, Debug, PartialEq)]
pub struct FactorInfo {
    pub id: String,
    pub kind: FactorKind,
    pub material: String,
    pub route: String,
    pub value: f64,
    pub unit: String,
    pub label_fr: String,
    pub label_en: String,
    /// How the value is made up ("TTW 0.93421 + WTT 0.22058"), when known.
    pub parts: String,
    pub source: String,
    pub version: String,
    pub licence: String,
    /// Added or overridden by the project.
    pub from_project: bool,
}

/// Default transport factors: the seed case's heavy truck.
pub const DEFAULT_VEHICLE_KM: &str = "defra2025.artic_33t.avg.km";
pub const DEFAULT_TONNE_KM: &str = "defra2025.artic_33t.avg.tkm";

fn kind_of(s: &str) -> Option<FactorKind> {
    Some(match s {
        "vehicle_km" => FactorKind::VehicleKm,
        "tonne_km" => FactorKind::TonneKm,
        "treatment" => FactorKind::Treatment,
        "virgin" => FactorKind::Virgin,
        "density" => FactorKind::Density,
        _ => return None,
    })
}

/// The factors shipped with the app.
pub fn shipped() -> &'static [FactorInfo] {
    static SHIPPED: OnceLock<Vec<FactorInfo>> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        FACTORS_TSV
            .lines()
            .skip(1)
            .filter_map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                if c.len() < 12 {
                    return None;
                }
                Some(FactorInfo {
                    id: c[0].into(),
                    kind: kind_of(c[1])?,
                    material: c[2].into(),
                    route: c[3].into(),
                    value: c[4].parse().ok()?,
                    unit: c[5].into(),
                    label_fr: c[6].into(),
                    label_en: c[7].into(),
                    parts: c[8].into(),
                    source: c[9].into(),
                    version: c[10].into(),
                    licence: c[11].into(),
                    from_project: false,
                })
            })
            .collect()
    })
}

/// The factors in force for a project: shipped ones, replaced or completed
/// by the project's own.
pub struct FactorSet {
    all: Vec<FactorInfo>,
}

impl FactorSet {
    pub fn of(settings: &Settings) -> FactorSet {
        let mut all: Vec<FactorInfo> = shipped().to_vec();
        for f in &settings.factors {
            let info = from_project(f);
            match all.iter_mut().find(|x| x.id == f.id) {
                Some(x) => *x = info,
                None => all.push(info),
            }
        }
        FactorSet { all }
    }

    /// The shipped factors alone (no project open).
    pub fn shipped_only() -> FactorSet {
        FactorSet {
            all: shipped().to_vec(),
        }
    }

    pub fn all(&self) -> &[FactorInfo] {
        &self.all
    }

    pub fn get(&self, id: &str) -> Option<&FactorInfo> {
        self.all.iter().find(|f| f.id == id)
    }

    pub fn of_kind(&self, kind: FactorKind) -> impl Iterator<Item = &FactorInfo> {
        self.all.iter().filter(move |f| f.kind == kind)
    }

    /// The factor used when the user chose none: the project's own first,
    /// then ADEME Base Carbone (the French reference), then DEFRA.
    pub fn default_for(
        &self,
        kind: FactorKind,
        material: &str,
        route: &str,
    ) -> Option<&FactorInfo> {
        let rank = |f: &FactorInfo| (!f.from_project, !f.id.starts_with("bc"), f.id.clone());
        self.all
            .iter()
            .filter(|f| {
                f.kind == kind && f.material == material && (route.is_empty() || f.route == route)
            })
            .min_by_key(|f| rank(f))
    }

    /// Bulk density of a material category, kg/m³.
    pub fn density(&self, material: &str) -> Option<&FactorInfo> {
        self.default_for(FactorKind::Density, material, "")
    }
}

fn from_project(f: &Factor) -> FactorInfo {
    FactorInfo {
        id: f.id.clone(),
        kind: f.kind,
        material: f.material.clone(),
        route: f.route.clone(),
        value: f.value,
        unit: f.unit.clone(),
        label_fr: f.label.clone(),
        label_en: f.label.clone(),
        parts: String::new(),
        source: f.source.clone(),
        version: f.version.clone(),
        licence: f.licence.clone(),
        from_project: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Author, EditContext, Id};

    fn settings() -> Settings {
        Settings::new(
            Id::nil(),
            &EditContext {
                now_ms: 0,
                author: Author {
                    actor: Id::nil(),
                    label: String::new(),
                },
            },
        )
    }

    #[test]
    fn shipped_factors_load_with_provenance() {
        let all = shipped();
        assert!(all.len() > 80, "{}", all.len());
        for f in all {
            assert!(f.value.is_finite() && f.value > 0.0, "{}", f.id);
            assert!(
                !f.source.is_empty()
                    && !f.version.is_empty()
                    && !f.licence.is_empty()
                    && !f.unit.is_empty(),
                "{}",
                f.id
            );
        }
        let truck = all.iter().find(|f| f.id == DEFAULT_VEHICLE_KM).unwrap();
        assert!((truck.value - (0.93421 + 0.22058)).abs() < 1e-9);
        assert_eq!(truck.unit, "kgCO2e/km");
        assert!(truck.parts.contains("0.22058"));
    }

    #[test]
    fn project_factors_override_and_add() {
        let mut s = settings();
        s.factors.push(Factor {
            id: DEFAULT_VEHICLE_KM.into(),
            kind: FactorKind::VehicleKm,
            material: String::new(),
            route: String::new(),
            label: "Camion du transporteur local".into(),
            value: 1.3,
            unit: "kgCO2e/km".into(),
            source: "Relevé de consommation".into(),
            version: "2026".into(),
            licence: String::new(),
        });
        let set = FactorSet::of(&s);
        assert_eq!(set.get(DEFAULT_VEHICLE_KM).unwrap().value, 1.3);
        assert!(set.get(DEFAULT_VEHICLE_KM).unwrap().from_project);
        assert_eq!(set.all().len(), shipped().len());
    }

    #[test]
    fn defaults_prefer_the_french_reference() {
        let set = FactorSet::of(&settings());
        assert_eq!(
            set.default_for(FactorKind::Treatment, "cardboard", "landfill")
                .unwrap()
                .id,
            "bc23.6.34484"
        );
        assert_eq!(
            set.default_for(FactorKind::Treatment, "glass", "landfill")
                .unwrap()
                .id,
            "defra2025.waste.glass.landfill"
        );
        assert_eq!(
            set.default_for(FactorKind::Virgin, "cardboard", "")
                .unwrap()
                .id,
            "bc23.6.26737"
        );
        assert_eq!(set.density("cardboard").unwrap().value, 63.0);
        assert!(set.density("energy").is_none());
    }
}
