use crate::date::Date;
use crate::model::{Confidentiality, Id};
use serde::{Deserialize, Serialize};

record! {
    /// What goes in or out of a site: a "have" or a "need" of a company.
    pub struct Flow : Flow {
        pub company_id: Id,
        pub direction: Direction,
        pub kind: FlowKind,
        /// The company's own words ("chutes de carton", "palettes cassées").
        pub label: String,
        /// Material category key (e.g. `cardboard`, `wood`, `metals`); empty when unknown.
        #[serde(default)]
        pub category: String,
        /// European List of Waste code: 6 digits without spaces or star (`150101`).
        pub low_code: Option<String>,
        pub quantity: Option<Quantity>,
        #[serde(default)]
        pub regularity: Regularity,
        #[serde(default)]
        pub route: CurrentRoute,
        #[serde(default)]
        pub quality_notes: String,
        #[serde(default)]
        pub confidence: Confidence,
        /// Last time the company confirmed the figures.
        pub last_verified: Option<Date>,
        #[serde(default)]
        pub confidentiality: Confidentiality,
        /// The user's own bulk density for this flow, in kg/m³ (overrides the density table).
        pub density_kg_m3: Option<f64>,
    }
}

values! {
    /// Which way the resource goes.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Direction {
        /// An output: "ce que nous avons" (waste, by-product, offcuts, surplus heat).
        Have,
        /// An input: "ce dont nous avons besoin" (raw material, packaging, energy).
        Need,
        /// A service the company would share with others (waste collection, training…).
        SharedNeed,
        /// Capacity the company can lend (a machine, storage, a truck half empty).
        SpareCapacity,
    }
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum FlowKind {
        Material,
        Waste,
        ByProduct,
        Energy,
        Heat,
        Water,
        Equipment,
        Service,
        Logistics,
        Skills,
    }
}

/// An amount per period, as the company gives it ("about 2 t a month").
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quantity {
    pub value: f64,
    pub unit: Unit,
    pub period: Period,
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Unit {
        T,
        Kg,
        M3,
        L,
        Mwh,
        Kwh,
        Units,
        Pallets,
    }
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Period {
        Day,
        Week,
        Month,
        Quarter,
        Year,
        /// A single batch, not recurring.
        OneOff,
    }
}

values! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Regularity {
        Continuous,
        Regular,
        Seasonal,
        Occasional,
        #[default]
        Unknown,
    }
}

values! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Confidence {
        Measured,
        Estimated,
        #[default]
        OrderOfMagnitude,
    }
}

/// Where an output goes today, or where an input comes from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CurrentRoute {
    pub treatment: Option<Treatment>,
    /// Waste company or supplier.
    #[serde(default)]
    pub provider: String,
    /// One-way distance to the treatment site or supplier, km.
    pub distance_km: Option<f64>,
    /// What the company pays for it per year, euros excl. VAT (negative when it is paid).
    pub cost_eur_per_year: Option<f64>,
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Treatment {
        Landfill,
        Incineration,
        EnergyRecovery,
        Recycling,
        Composting,
        AnaerobicDigestion,
        Reuse,
        Sold,
        Purchase,
        Other,
    }
}

impl Treatment {
    /// The route key of treatment emission factors, for the routes that have some.
    pub fn factor_route(self) -> Option<&'static str> {
        match self {
            Treatment::Landfill => Some("landfill"),
            Treatment::Incineration | Treatment::EnergyRecovery => Some("incineration"),
            Treatment::Recycling => Some("recycling"),
            Treatment::Composting => Some("composting"),
            Treatment::AnaerobicDigestion => Some("anaerobic_digestion"),
            _ => None,
        }
    }
}

impl Direction {}

impl FlowKind {}

impl Unit {}

impl Period {}

impl Regularity {}

impl Confidence {}

/// After this many days without a check, a flow is flagged for re-verification.
pub const VERIFY_AFTER_DAYS: i64 = 365;

impl Flow {
    /// Whether the figures should be checked again with the company.
    pub fn is_stale(&self, today: crate::date::Date) -> bool {
        self.last_verified
            .is_none_or(|d| d.days_until(today) > VERIFY_AFTER_DAYS)
    }
}
