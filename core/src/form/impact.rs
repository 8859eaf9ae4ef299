//! The impact form of a synergy (its estimate, or what was measured): the
//! tonnes kept from the old route, the transport removed, the factors, the
//! money each company saves and the value kept on the territory.

use super::{number_text, optional_number};
use crate::factors;
use crate::i18n::Lang;
use crate::model::*;
use crate::{Date, Issue};

/// The impact form's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct ImpactFields {
    pub tonnes: String,
    /// No transport counted when `None`.
    pub method: Option<TransportMethod>,
    pub trips: String,
    pub km: String,
    /// The factor of the vehicle class (or of the tonne-km).
    pub vehicle: String,
    /// Factor ids, or empty for none.
    pub old_route: String,
    pub virgin: String,
    /// What each participant saves per year, as typed, by company.
    pub savings: Vec<(Id, String)>,
    pub value_kept: String,
}

impl ImpactFields {
    /// The fields of `inputs` (empty ones for a first estimate), with a
    /// saving field for each company of `participants`.
    pub fn of(inputs: &ImpactInputs, participants: &[Id], lang: Lang) -> ImpactFields {
        let t = inputs.transport.as_ref();
        ImpactFields {
            tonnes: number_text(lang, inputs.tonnes_per_year),
            method: t.map(|t| t.method),
            trips: number_text(lang, t.and_then(|t| t.trips_per_month)),
            km: number_text(lang, t.and_then(|t| t.km_per_trip)),
            vehicle: t.map_or_else(
                || default_factor(TransportMethod::VehicleKm).into(),
                |t| t.factor.clone(),
            ),
            old_route: inputs.old_route_factor.clone().unwrap_or_default(),
            virgin: inputs.virgin_factor.clone().unwrap_or_default(),
            savings: participants
                .iter()
                .map(|c| {
                    let saved = inputs.savings.iter().find(|s| s.company_id == *c);
                    (*c, number_text(lang, saved.map(|s| s.eur_per_year)))
                })
                .collect(),
            value_kept: number_text(lang, inputs.value_kept_eur_per_year),
        }
    }

    /// A method was chosen: its default factor is proposed (a vehicle
    /// factor makes no sense per tonne-km, nor the reverse).
    pub fn choose_method(&mut self, method: Option<TransportMethod>) {
        if method != self.method {
            if let Some(m) = method {
                self.vehicle = default_factor(m).into();
            }
        }
        self.method = method;
    }

    /// The inputs the fields describe, dated `as_of`, or the fields that
    /// do not read. Trips are counted only per vehicle-km.
    pub fn to_inputs(&self, as_of: Date) -> Result<ImpactInputs, Vec<Issue>> {
        let mut issues = Vec::new();
        let tonnes = optional_number(&self.tonnes, "tonnes_per_year", &mut issues);
        let trips = optional_number(&self.trips, "transport.trips_per_month", &mut issues);
        let km = optional_number(&self.km, "transport.km_per_trip", &mut issues);
        let kept = optional_number(&self.value_kept, "value_kept_eur_per_year", &mut issues);
        let savings: Vec<Saving> = self
            .savings
            .iter()
            .filter_map(|(c, text)| {
                let eur = optional_number(text, "savings", &mut issues)?;
                Some(Saving {
                    company_id: *c,
                    eur_per_year: eur,
                })
            })
            .collect();
        if !issues.is_empty() {
            return Err(issues);
        }
        let factor = |id: &str| Some(id.to_owned()).filter(|s| !s.is_empty());
        Ok(ImpactInputs {
            tonnes_per_year: tonnes,
            transport: self.method.map(|method| TransportAvoided {
                method,
                trips_per_month: if method == TransportMethod::VehicleKm {
                    trips
                } else {
                    None
                },
                km_per_trip: km,
                factor: self.vehicle.clone(),
            }),
            old_route_factor: factor(&self.old_route),
            virgin_factor: factor(&self.virgin),
            savings,
            value_kept_eur_per_year: kept,
            as_of: Some(as_of),
        })
    }
}

/// The factor proposed for a transport method.
pub fn default_factor(method: TransportMethod) -> &'static str {
    match method {
        TransportMethod::VehicleKm => factors::DEFAULT_VEHICLE_KM,
        TransportMethod::TonneKm => factors::DEFAULT_TONNE_KM,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_impact_of_the_example_reads_back_unchanged() {
        let today = Date::parse("2026-11-28").unwrap();
        let p = crate::example::example_project(today, 3);
        let mut seen = 0;
        for s in &p.synergies {
            let parts: Vec<Id> = s.participants.iter().map(|x| x.company_id).collect();
            for inputs in [&s.impact.estimate, &s.impact.measured]
                .into_iter()
                .flatten()
            {
                let mut expected = inputs.clone();
                expected.as_of = Some(today);
                // A saving is kept per participant (the form shows one field each).
                expected.savings.retain(|x| parts.contains(&x.company_id));
                if let Some(t) = expected
                    .transport
                    .as_mut()
                    .filter(|t| t.method == TransportMethod::TonneKm)
                {
                    t.trips_per_month = None;
                }
                let fields = ImpactFields::of(inputs, &parts, Lang::Fr);
                assert_eq!(fields.to_inputs(today), Ok(expected), "{}", s.title);
                seen += 1;
            }
        }
        assert!(seen >= 2, "the example has impacts to read back");
    }

    #[test]
    fn choosing_a_method_proposes_its_factor_and_wrong_numbers_are_named() {
        let today = Date::parse("2026-11-28").unwrap();
        let c = Id::from_u128(5);
        let mut f = ImpactFields::of(&ImpactInputs::default(), &[c], Lang::Fr);
        assert_eq!(
            (f.method, f.vehicle.as_str()),
            (None, factors::DEFAULT_VEHICLE_KM)
        );
        assert_eq!(f.to_inputs(today).unwrap().transport, None);
        f.choose_method(Some(TransportMethod::TonneKm));
        assert_eq!(f.vehicle, factors::DEFAULT_TONNE_KM);
        f.vehicle = "my-own".into();
        f.choose_method(Some(TransportMethod::TonneKm));
        assert_eq!(
            f.vehicle, "my-own",
            "the same method keeps the factor chosen"
        );
        f.trips = "4".into();
        f.km = "12,5".into();
        let t = f.to_inputs(today).unwrap().transport.unwrap();
        assert_eq!((t.trips_per_month, t.km_per_trip), (None, Some(12.5)));
        f.savings[0].1 = "beaucoup".into();
        f.tonnes = "x".into();
        let paths: Vec<String> = f
            .to_inputs(today)
            .unwrap_err()
            .into_iter()
            .map(|i| i.path)
            .collect();
        assert_eq!(paths, ["tonnes_per_year", "savings"]);
    }
}
