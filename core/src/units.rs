//! Quantities per period as companies give them, turned into yearly amounts
//! in a few comparable dimensions (tonnes, m³, MWh, units), with volumes
//! converted to mass through a density when the material is known.

use crate::model::{Period, Quantity, Unit};

/// What a yearly amount measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Dimension {
    /// Tonnes.
    Mass,
    /// Cubic metres.
    Volume,
    /// Megawatt-hours.
    Energy,
    /// Pieces.
    Count,
    /// Pallets (their mass varies too much to convert).
    Pallets,
}

/// Times a period fits in a year; a one-off batch counts once.
pub fn per_year(p: Period) -> f64 {
    match p {
        Period::Day => 365.0,
        Period::Week => 52.0,
        Period::Month => 12.0,
        Period::Quarter => 4.0,
        Period::Year | Period::OneOff => 1.0,
    }
}

/// The unit's dimension and the factor to that dimension's base unit.
fn base(u: Unit) -> (Dimension, f64) {
    match u {
        Unit::T => (Dimension::Mass, 1.0),
        Unit::Kg => (Dimension::Mass, 0.001),
        Unit::M3 => (Dimension::Volume, 1.0),
        Unit::L => (Dimension::Volume, 0.001),
        Unit::Mwh => (Dimension::Energy, 1.0),
        Unit::Kwh => (Dimension::Energy, 0.001),
        Unit::Units => (Dimension::Count, 1.0),
        Unit::Pallets => (Dimension::Pallets, 1.0),
    }
}

/// A quantity as a yearly amount in its dimension's base unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Yearly {
    pub value: f64,
    pub dimension: Dimension,
}

pub fn yearly(q: Quantity) -> Yearly {
    let (dimension, factor) = base(q.unit);
    Yearly {
        value: q.value * factor * per_year(q.period),
        dimension,
    }
}

/// Why a quantity has no mass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MassError {
    /// A volume of a material without a known density (m³ of "divers" to tonnes).
    NoDensity,
    /// Energy, pieces or pallets: not a mass.
    NotMass,
}

/// Tonnes per year of a quantity; volumes need a density in kg/m³.
pub fn tonnes_per_year(q: Quantity, density_kg_m3: Option<f64>) -> Result<f64, MassError> {
    let y = yearly(q);
    match y.dimension {
        Dimension::Mass => Ok(y.value),
        Dimension::Volume => density_kg_m3
            .filter(|d| d.is_finite() && *d > 0.0)
            .map(|d| y.value * d / 1000.0)
            .ok_or(MassError::NoDensity),
        _ => Err(MassError::NotMass),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: f64, unit: Unit, period: Period) -> Quantity {
        Quantity {
            value,
            unit,
            period,
        }
    }

    #[test]
    fn periods_and_units() {
        assert_eq!(
            yearly(q(2.0, Unit::T, Period::Month)),
            Yearly {
                value: 24.0,
                dimension: Dimension::Mass
            }
        );
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(close(yearly(q(300.0, Unit::Kg, Period::Month)).value, 3.6));
        assert!(close(yearly(q(20.0, Unit::M3, Period::Week)).value, 1040.0));
        assert!(close(yearly(q(500.0, Unit::L, Period::Day)).value, 182.5));
        assert!(close(
            yearly(q(1.0, Unit::Kwh, Period::Quarter)).value,
            0.004
        ));
        assert_eq!(yearly(q(7.0, Unit::T, Period::OneOff)).value, 7.0);
    }

    #[test]
    fn volumes_need_a_density() {
        // 4 m³ a week of loose cardboard at 63 kg/m³ = 13.1 t a year.
        let t = tonnes_per_year(q(4.0, Unit::M3, Period::Week), Some(63.0)).unwrap();
        assert!((t - 13.104).abs() < 1e-9);
        assert_eq!(
            tonnes_per_year(q(4.0, Unit::M3, Period::Week), None),
            Err(MassError::NoDensity)
        );
        assert_eq!(
            tonnes_per_year(q(4.0, Unit::M3, Period::Week), Some(0.0)),
            Err(MassError::NoDensity)
        );
        assert_eq!(
            tonnes_per_year(q(4.0, Unit::Mwh, Period::Week), Some(63.0)),
            Err(MassError::NotMass)
        );
        assert_eq!(
            tonnes_per_year(q(40.0, Unit::Pallets, Period::Month), None),
            Err(MassError::NotMass)
        );
    }

    /// Converting is linear: twice the amount gives twice the tonnes, whatever the unit and period.
    #[test]
    fn conversion_is_linear() {
        let mut rng = crate::rng::Rng::new(5);
        for _ in 0..500 {
            let unit = *rng.pick(&[Unit::T, Unit::Kg, Unit::M3, Unit::L]);
            let period = *rng.pick(&[
                Period::Day,
                Period::Week,
                Period::Month,
                Period::Quarter,
                Period::Year,
            ]);
            let v = rng.unit() * 1000.0;
            let d = Some(10.0 + rng.unit() * 900.0);
            let a = tonnes_per_year(q(v, unit, period), d).unwrap();
            let b = tonnes_per_year(q(2.0 * v, unit, period), d).unwrap();
            assert!((b - 2.0 * a).abs() <= 1e-9 * b.abs().max(1.0));
            assert!(a >= 0.0);
        }
    }
}
