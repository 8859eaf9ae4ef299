//! The flow form: what the flow is, how much, where it goes today, and how
//! reliable the figures are.

use super::{number_text, optional_date, optional_number};
use crate::i18n::Lang;
use crate::model::*;
use crate::{Author, Date, Issue};

/// The flow form's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowFields {
    pub direction: Direction,
    pub kind: FlowKind,
    pub label: String,
    pub category: String,
    /// A List of Waste code, or empty.
    pub code: String,
    pub quantity: String,
    pub unit: Unit,
    pub period: Period,
    pub regularity: Regularity,
    pub density: String,
    pub treatment: Option<Treatment>,
    pub provider: String,
    pub distance: String,
    pub cost: String,
    pub quality: String,
    pub confidence: Confidence,
    pub verified: String,
}

impl FlowFields {
    pub fn of(f: &Flow, lang: Lang) -> FlowFields {
        FlowFields {
            direction: f.direction,
            kind: f.kind,
            label: f.label.clone(),
            category: f.category.clone(),
            code: f.low_code.clone().unwrap_or_default(),
            quantity: number_text(lang, f.quantity.map(|q| q.value)),
            // With no amount yet, the form proposes tonnes a month, as people say.
            unit: f.quantity.map_or(Unit::T, |q| q.unit),
            period: f.quantity.map_or(Period::Month, |q| q.period),
            regularity: f.regularity,
            density: number_text(lang, f.density_kg_m3),
            treatment: f.route.treatment,
            provider: f.route.provider.clone(),
            distance: number_text(lang, f.route.distance_km),
            cost: number_text(lang, f.route.cost_eur_per_year),
            quality: f.quality_notes.clone(),
            confidence: f.confidence,
            verified: f.last_verified.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    /// The amount as typed, if it reads (for the form's live help).
    pub fn amount(&self) -> Option<Quantity> {
        let value = crate::i18n::parse_number(&self.quantity)?;
        Some(Quantity {
            value,
            unit: self.unit,
            period: self.period,
        })
    }

    /// `base` with what the fields say, or the fields that do not read.
    /// The record's own checks (a label, a known code…) are the command's.
    pub fn to_flow(&self, base: &Flow) -> Result<Flow, Vec<Issue>> {
        let mut issues = Vec::new();
        let value = optional_number(&self.quantity, "quantity.value", &mut issues);
        let density = optional_number(&self.density, "density_kg_m3", &mut issues);
        let distance = optional_number(&self.distance, "route.distance_km", &mut issues);
        let cost = optional_number(&self.cost, "route.cost_eur_per_year", &mut issues);
        let verified = optional_date(&self.verified, "last_verified", &mut issues);
        if !issues.is_empty() {
            return Err(issues);
        }
        let mut f = base.clone();
        f.direction = self.direction;
        f.kind = self.kind;
        f.label = self.label.clone();
        f.category = self.category.clone();
        f.low_code = Some(self.code.trim().to_owned()).filter(|c| !c.is_empty());
        f.quantity = value.map(|value| Quantity {
            value,
            unit: self.unit,
            period: self.period,
        });
        f.regularity = self.regularity;
        f.density_kg_m3 = density;
        f.route = CurrentRoute {
            treatment: self.treatment,
            provider: self.provider.trim().to_owned(),
            distance_km: distance,
            cost_eur_per_year: cost,
        };
        f.quality_notes = self.quality.clone();
        f.confidence = self.confidence;
        f.last_verified = verified;
        Ok(f)
    }
}

/// A new flow of a company (a draft at rev 0): an output is proposed as a
/// waste, an input as a material; the figures are checked today.
pub fn new_flow(id: Id, company_id: Id, direction: Direction, author: Author, today: Date) -> Flow {
    Flow {
        id,
        rev: 0,
        updated_at: 0,
        updated_by: author,
        deleted: false,
        company_id,
        direction,
        kind: if direction == Direction::Have {
            FlowKind::Waste
        } else {
            FlowKind::Material
        },
        label: String::new(),
        category: String::new(),
        low_code: None,
        quantity: None,
        regularity: Regularity::Unknown,
        route: CurrentRoute::default(),
        quality_notes: String::new(),
        confidence: Confidence::Estimated,
        last_verified: Some(today),
        confidentiality: Confidentiality::Network,
        density_kg_m3: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flow_of_the_example_reads_back_unchanged_in_either_language() {
        let today = Date::parse("2026-11-28").unwrap();
        let example = crate::example::example_project(today, 3);
        let generated = crate::example::generated_project(50, 400, 0, 3, today);
        assert!(example.flows.len() + generated.flows.len() > 300);
        for lang in [Lang::Fr, Lang::En] {
            for f in example.flows.iter().chain(&generated.flows) {
                assert_eq!(
                    FlowFields::of(f, lang).to_flow(f).as_ref(),
                    Ok(f),
                    "{}",
                    f.label
                );
            }
        }
    }

    #[test]
    fn typed_fields_become_the_flow_and_wrong_ones_are_named() {
        let today = Date::parse("2026-11-28").unwrap();
        let author = Author {
            actor: Id::from_u128(1),
            label: "t".into(),
        };
        let base = new_flow(
            Id::from_u128(2),
            Id::from_u128(3),
            Direction::Need,
            author,
            today,
        );
        assert_eq!(base.kind, FlowKind::Material);
        let mut fields = FlowFields::of(&base, Lang::Fr);
        assert_eq!(
            (fields.unit, fields.period, fields.quantity.as_str()),
            (Unit::T, Period::Month, "")
        );
        fields.label = "Palettes".into();
        fields.quantity = "1 200,5".into();
        fields.unit = Unit::Pallets;
        fields.code = " 150103 ".into();
        fields.provider = "  Recyclage Sud ".into();
        let f = fields.to_flow(&base).unwrap();
        assert_eq!(
            f.quantity,
            Some(Quantity {
                value: 1200.5,
                unit: Unit::Pallets,
                period: Period::Month
            })
        );
        assert_eq!(fields.amount(), f.quantity);
        assert_eq!(
            (f.low_code.as_deref(), f.route.provider.as_str()),
            (Some("150103"), "Recyclage Sud")
        );
        fields.quantity.clear();
        assert_eq!(
            fields.to_flow(&base).unwrap().quantity,
            None,
            "no amount given"
        );
        fields.distance = "loin".into();
        fields.verified = "hier".into();
        let paths: Vec<String> = fields
            .to_flow(&base)
            .unwrap_err()
            .into_iter()
            .map(|i| i.path)
            .collect();
        assert_eq!(paths, ["route.distance_km", "last_verified"]);
    }
}
