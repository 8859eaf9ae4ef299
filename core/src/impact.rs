//! The impact of a synergy per year, with its working: tonnes diverted,
//! transport avoided, emissions of the old treatment route and of the virgin
//! material no longer produced (reported separately, never netted), money
//! saved per company, value kept on the territory. The ex-ante estimate and
//! the ex-post measured values are computed apart.

use crate::factors::{FactorInfo, FactorSet};
use crate::model::*;

/// One line of the working: quantity × factor = kgCO2e per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// What the factor multiplies (km, t.km or t per year).
    pub quantity: f64,
    pub quantity_unit: &'static str,
    pub factor: FactorInfo,
    pub kg_co2e: f64,
}

/// Something missing for a complete result.
#[derive(Clone, Debug, PartialEq)]
pub enum Gap {
    /// A factor id that the project does not know.
    UnknownFactor(String),
    /// Trips and km are needed for the vehicle-km method.
    TripsOrKm,
    /// Tonnes per year are needed for this line (t.km, old route, virgin material).
    Tonnes,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImpactReport {
    pub tonnes_per_year: Option<f64>,
    /// Kilometres driven less per year (vehicle-km method).
    pub km_per_year: Option<f64>,
    pub transport: Option<Line>,
    pub old_route: Option<Line>,
    pub virgin: Option<Line>,
    pub savings: Vec<(Id, f64)>,
    pub value_kept: Option<f64>,
    pub gaps: Vec<Gap>,
}

/// Where avoided emissions come from: each is reported on its own line,
/// never added to the others (their factors measure different things).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Avoided {
    Transport,
    OldRoute,
    Virgin,
}

impl ImpactReport {
    /// The avoided emissions known, kg CO2e per year, one per source, in
    /// the order they are reported.
    pub fn avoided(&self) -> Vec<(Avoided, f64)> {
        [
            (Avoided::Transport, &self.transport),
            (Avoided::OldRoute, &self.old_route),
            (Avoided::Virgin, &self.virgin),
        ]
        .into_iter()
        .filter_map(|(a, l)| l.as_ref().map(|l| (a, l.kg_co2e)))
        .collect()
    }

    pub fn total_savings(&self) -> f64 {
        self.savings.iter().map(|(_, e)| e).sum()
    }
}

/// Kilometres a year of `trips_per_month` trips of `km_per_trip`.
pub fn km_per_year(trips_per_month: f64, km_per_trip: f64) -> f64 {
    trips_per_month * 12.0 * km_per_trip
}

/// Computes one basis (estimate or measured) of a synergy's impact.
pub fn compute(inputs: &ImpactInputs, factors: &FactorSet) -> ImpactReport {
    let mut r = ImpactReport {
        tonnes_per_year: inputs.tonnes_per_year,
        savings: inputs
            .savings
            .iter()
            .map(|s| (s.company_id, s.eur_per_year))
            .collect(),
        value_kept: inputs.value_kept_eur_per_year,
        ..Default::default()
    };
    let factor = |id: &str, gaps: &mut Vec<Gap>| -> Option<FactorInfo> {
        let f = factors.get(id).cloned();
        if f.is_none() {
            gaps.push(Gap::UnknownFactor(id.to_owned()));
        }
        f
    };
    if let Some(t) = &inputs.transport {
        let f = factor(&t.factor, &mut r.gaps);
        match t.method {
            TransportMethod::VehicleKm => match (t.trips_per_month, t.km_per_trip) {
                (Some(trips), Some(km)) => {
                    let km = km_per_year(trips, km);
                    r.km_per_year = Some(km);
                    r.transport = f.map(|f| line(km, "km", f));
                }
                _ => r.gaps.push(Gap::TripsOrKm),
            },
            TransportMethod::TonneKm => match (inputs.tonnes_per_year, t.km_per_trip) {
                (Some(tonnes), Some(km)) => r.transport = f.map(|f| line(tonnes * km, "t.km", f)),
                (None, _) => r.gaps.push(Gap::Tonnes),
                (_, None) => r.gaps.push(Gap::TripsOrKm),
            },
        }
    }
    for (id, slot) in [
        (&inputs.old_route_factor, &mut r.old_route),
        (&inputs.virgin_factor, &mut r.virgin),
    ] {
        let Some(id) = id else { continue };
        let f = factor(id, &mut r.gaps);
        match inputs.tonnes_per_year {
            Some(t) => *slot = f.map(|f| line(t, "t", f)),
            None => r.gaps.push(Gap::Tonnes),
        }
    }
    r.gaps.dedup();
    r
}

fn line(quantity: f64, quantity_unit: &'static str, factor: FactorInfo) -> Line {
    Line {
        quantity,
        quantity_unit,
        kg_co2e: quantity * factor.value,
        factor,
    }
}

/// Where a synergy stands for the totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Contracted, operating or ended: it happened.
    Realised,
    /// Idea, studied, in progress: it may happen.
    Potential,
    /// On hold or abandoned: not counted.
    Out,
}

pub fn standing(s: SynergyStatus) -> Standing {
    match s {
        SynergyStatus::Contracted | SynergyStatus::Operating | SynergyStatus::Ended => {
            Standing::Realised
        }
        SynergyStatus::Idea | SynergyStatus::Studied | SynergyStatus::InProgress => {
            Standing::Potential
        }
        SynergyStatus::OnHold | SynergyStatus::Abandoned => Standing::Out,
    }
}

/// Sums of reports.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sum {
    pub synergies: usize,
    pub tonnes: f64,
    pub km: f64,
    pub transport_kg: f64,
    pub old_route_kg: f64,
    pub virgin_kg: f64,
    pub savings_eur: f64,
    pub value_kept_eur: f64,
}

impl Sum {
    fn add(&mut self, r: &ImpactReport) {
        self.synergies += 1;
        self.tonnes += r.tonnes_per_year.unwrap_or(0.0);
        self.km += r.km_per_year.unwrap_or(0.0);
        self.transport_kg += r.transport.as_ref().map_or(0.0, |l| l.kg_co2e);
        self.old_route_kg += r.old_route.as_ref().map_or(0.0, |l| l.kg_co2e);
        self.virgin_kg += r.virgin.as_ref().map_or(0.0, |l| l.kg_co2e);
        self.savings_eur += r.total_savings();
        self.value_kept_eur += r.value_kept.unwrap_or(0.0);
    }
}

/// Territory totals, estimates and measures kept apart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals {
    pub realised_estimate: Sum,
    pub realised_measured: Sum,
    pub potential_estimate: Sum,
}

pub fn totals(p: &Project, factors: &FactorSet) -> Totals {
    let mut t = Totals::default();
    for s in p.synergies.iter().filter(|s| !s.deleted) {
        let (estimate, measured) = (&s.impact.estimate, &s.impact.measured);
        match standing(s.status) {
            Standing::Realised => {
                if let Some(e) = estimate {
                    t.realised_estimate.add(&compute(e, factors));
                }
                if let Some(m) = measured {
                    t.realised_measured.add(&compute(m, factors));
                }
            }
            Standing::Potential => {
                if let Some(e) = estimate {
                    t.potential_estimate.add(&compute(e, factors));
                }
            }
            Standing::Out => {}
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::factors::DEFAULT_VEHICLE_KM;

    fn set() -> FactorSet {
        let ctx = EditContext {
            now_ms: 0,
            author: Author {
                actor: Id::nil(),
                label: String::new(),
            },
        };
        FactorSet::of(&Settings::new(Id::nil(), &ctx))
    }

    /// The seed case: 3 heavy-truck trips of 360 km a month removed.
    #[test]
    fn seed_case_cardboard_offcuts() {
        let inputs = ImpactInputs {
            transport: Some(TransportAvoided {
                method: TransportMethod::VehicleKm,
                trips_per_month: Some(3.0),
                km_per_trip: Some(360.0),
                factor: DEFAULT_VEHICLE_KM.into(),
            }),
            ..Default::default()
        };
        let r = compute(&inputs, &set());
        assert_eq!(r.km_per_year, Some(12_960.0));
        let t = r.transport.unwrap();
        assert_eq!(t.quantity, 12_960.0);
        assert!((t.factor.value - 1.15479).abs() < 1e-9);
        assert!((t.kg_co2e - 14_966.0784).abs() < 1e-6, "{}", t.kg_co2e);
        assert!(r.gaps.is_empty());
    }

    #[test]
    fn old_route_and_virgin_are_reported_apart() {
        let inputs = ImpactInputs {
            tonnes_per_year: Some(18.0),
            old_route_factor: Some("bc23.6.34484".into()),
            virgin_factor: Some("bc23.6.26737".into()),
            ..Default::default()
        };
        let r = compute(&inputs, &set());
        assert_eq!(r.old_route.as_ref().unwrap().kg_co2e, 18.0 * 950.0);
        assert_eq!(r.virgin.as_ref().unwrap().kg_co2e, 18.0 * 390.0);
        assert!(r.transport.is_none());
    }

    #[test]
    fn avoided_emissions_are_listed_one_per_source_never_summed() {
        let line = |kg| Line {
            quantity: 1.0,
            quantity_unit: "t",
            factor: set().get(DEFAULT_VEHICLE_KM).unwrap().clone(),
            kg_co2e: kg,
        };
        let r = ImpactReport {
            transport: Some(line(120.0)),
            virgin: Some(line(30.0)),
            ..ImpactReport::default()
        };
        assert_eq!(
            r.avoided(),
            vec![(Avoided::Transport, 120.0), (Avoided::Virgin, 30.0)]
        );
        assert!(ImpactReport::default().avoided().is_empty());
    }

    #[test]
    fn tonne_km_method() {
        let inputs = ImpactInputs {
            tonnes_per_year: Some(60.0),
            transport: Some(TransportAvoided {
                method: TransportMethod::TonneKm,
                trips_per_month: None,
                km_per_trip: Some(180.0),
                factor: "bc23.6.43643".into(),
            }),
            ..Default::default()
        };
        let r = compute(&inputs, &set());
        let t = r.transport.unwrap();
        assert_eq!(t.quantity, 10_800.0);
        assert!((t.kg_co2e - 945.0).abs() < 1e-9);
    }

    #[test]
    fn gaps_are_named() {
        let inputs = ImpactInputs {
            transport: Some(TransportAvoided {
                method: TransportMethod::VehicleKm,
                trips_per_month: None,
                km_per_trip: Some(10.0),
                factor: "nope".into(),
            }),
            virgin_factor: Some("bc23.6.26737".into()),
            ..Default::default()
        };
        let r = compute(&inputs, &set());
        assert!(r.gaps.contains(&Gap::UnknownFactor("nope".into())));
        assert!(r.gaps.contains(&Gap::TripsOrKm));
        assert!(r.gaps.contains(&Gap::Tonnes));
        assert!(r.transport.is_none() && r.virgin.is_none());
    }

    #[test]
    fn totals_keep_realised_potential_and_measured_apart() {
        let mut p = crate::example::example_project(crate::Date::parse("2026-11-28").unwrap(), 3);
        let factors = set();
        let before = totals(&p, &factors);
        // The example's contracted cardboard synergy carries the seed case estimate.
        assert_eq!(before.realised_estimate.km, 12_960.0);
        assert!((before.realised_estimate.transport_kg - 14_966.0784).abs() < 1e-6);
        p.synergies[0].status = SynergyStatus::Abandoned;
        let after = totals(&p, &factors);
        assert_eq!(after.realised_estimate.synergies, 0);
        assert_eq!(after.realised_measured, Sum::default());
    }
}
