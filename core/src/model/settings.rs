use serde::{Deserialize, Serialize};

record! {
    /// Settings of a project: factors in use and territory defaults.
    pub struct Settings : Settings {
        /// Emission or conversion factors added or overridden by the project,
        /// each with its provenance; the shipped factors apply otherwise.
        #[serde(default)]
        pub factors: Vec<Factor>,
        /// Distance beyond which no exchange is suggested, km.
        #[serde(default = "default_distance_limit")]
        pub distance_limit_km: f64,
        /// Suggestions the facilitator accepted or rejected, remembered.
        #[serde(default)]
        pub decisions: Vec<SuggestionDecision>,
    }
}

fn default_distance_limit() -> f64 {
    50.0
}

/// An emission or conversion factor with its provenance. A project factor
/// with the id of a shipped one replaces it for that project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Factor {
    /// Stable key (`defra2025.artic_33t.avg.km` or the project's own).
    pub id: String,
    pub kind: FactorKind,
    /// Material category key (`cardboard`…) for treatment, virgin and density factors.
    #[serde(default)]
    pub material: String,
    /// Treatment route (`landfill`, `incineration`, `recycling`, `composting`,
    /// `anaerobic_digestion`) for treatment factors.
    #[serde(default)]
    pub route: String,
    pub label: String,
    pub value: f64,
    /// Unit of the value, e.g. `kgCO2e/km`, `kgCO2e/t.km`, `kgCO2e/t`, `kg/m3`.
    pub unit: String,
    /// Publisher and dataset ("DEFRA/DESNZ GHG conversion factors").
    pub source: String,
    pub version: String,
    #[serde(default)]
    pub licence: String,
}

/// The facilitator's decision on a suggested exchange.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SuggestionDecision {
    /// Key of the suggestion (the ids of the flows it links, sorted).
    pub key: String,
    pub accepted: bool,
    /// Milliseconds since the epoch.
    pub at: i64,
}

values! {
    /// What a factor converts.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum FactorKind {
        /// kgCO2e per vehicle-km (dedicated trips).
        VehicleKm,
        /// kgCO2e per tonne-km (shared or groupage transport).
        TonneKm,
        /// kgCO2e per tonne of waste sent to a treatment route.
        Treatment,
        /// kgCO2e per tonne of virgin material produced.
        Virgin,
        /// kg per m³ (bulk density).
        Density,
    }
}
