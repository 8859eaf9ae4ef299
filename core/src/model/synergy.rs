use crate::date::Date;
use crate::model::{Author, Id, NextAction};
use serde::{Deserialize, Serialize};

record! {
    /// An exchange between companies, followed from idea to operation.
    pub struct Synergy : Synergy {
        pub title: String,
        pub kind: SynergyKind,
        /// Free subtype ("by-product reuse", "shared waste collection").
        #[serde(default)]
        pub subtype: String,
        pub participants: Vec<Participant>,
        /// The flows it links (e.g. A's cardboard offcuts → B's packaging need).
        #[serde(default)]
        pub flow_ids: Vec<Id>,
        pub origin: Origin,
        pub status: SynergyStatus,
        /// Every status change, oldest first.
        #[serde(default)]
        pub history: Vec<StatusChange>,
        pub next_action: Option<NextAction>,
        #[serde(default)]
        pub barriers: Vec<Barrier>,
        #[serde(default)]
        pub impact: Impact,
        #[serde(default)]
        pub notes: String,
    }
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum SynergyKind {
        /// One company's output replaces another's input.
        Substitution,
        /// Companies pool a need or a service (collection, purchasing, training).
        Mutualisation,
        /// Shared utilities or infrastructure (heat network, water loop).
        UtilitySharing,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub company_id: Id,
    pub role: Role,
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Role {
        Supplier,
        Receiver,
        Member,
        ServiceProvider,
        LocalAuthority,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Origin {
    pub kind: OriginKind,
    /// The meeting where the idea came up, when it did.
    pub event_id: Option<Id>,
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum OriginKind {
        Workshop,
        Suggestion,
        Interview,
        Other,
    }
}

values! {
    /// `idea → studied → in_progress → contracted → operating → ended`, with the
    /// side exits `on_hold` and `abandoned` (a reason is required for both).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum SynergyStatus {
        Idea,
        Studied,
        InProgress,
        Contracted,
        Operating,
        Ended,
        OnHold,
        Abandoned,
    }
}

impl SynergyStatus {
    /// The side exits, `on_hold` and `abandoned`: leaving the pipeline asks why.
    pub fn needs_reason(self) -> bool {
        matches!(self, SynergyStatus::OnHold | SynergyStatus::Abandoned)
    }

    /// The pipeline's steps in order (the board's columns).
    pub fn pipeline() -> impl Iterator<Item = SynergyStatus> {
        Self::ALL.into_iter().filter(|s| !s.needs_reason())
    }

    /// The side exits, shown apart from the pipeline.
    pub fn exits() -> impl Iterator<Item = SynergyStatus> {
        Self::ALL.into_iter().filter(|s| s.needs_reason())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// Null for the first status.
    pub from: Option<SynergyStatus>,
    pub to: SynergyStatus,
    /// Milliseconds since the epoch.
    pub at: i64,
    pub by: Author,
    #[serde(default)]
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Barrier {
    pub category: BarrierCategory,
    #[serde(default)]
    pub text: String,
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum BarrierCategory {
        Technical,
        Regulatory,
        Economic,
        Organisational,
        Trust,
    }
}

/// Impact of a synergy per year: the ex-ante estimate and the ex-post
/// measured values are kept apart and never mixed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Impact {
    pub estimate: Option<ImpactInputs>,
    pub measured: Option<ImpactInputs>,
}

/// What the impact computation needs; emissions come from factors by id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ImpactInputs {
    /// Tonnes per year no longer sent to the old route.
    pub tonnes_per_year: Option<f64>,
    /// Transport removed by the synergy.
    pub transport: Option<TransportAvoided>,
    /// Factor of the old treatment route (kgCO2e/t).
    pub old_route_factor: Option<String>,
    /// Factor of the virgin material no longer bought (kgCO2e/t).
    pub virgin_factor: Option<String>,
    /// Money saved per company per year (euros).
    #[serde(default)]
    pub savings: Vec<Saving>,
    /// Value kept on the territory per year (euros).
    pub value_kept_eur_per_year: Option<f64>,
    /// The period the measured values cover, or the date of the estimate.
    pub as_of: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TransportAvoided {
    pub method: TransportMethod,
    /// Trips removed per month (per-vehicle-km method).
    pub trips_per_month: Option<f64>,
    /// Kilometres of one trip, return included.
    pub km_per_trip: Option<f64>,
    /// Factor id of the vehicle class.
    pub factor: String,
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum TransportMethod {
        /// Trips × km × factor per vehicle-km: dedicated trips, bulky loads.
        VehicleKm,
        /// Tonnes × km × factor per tonne-km: shared or groupage transport.
        TonneKm,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Saving {
    pub company_id: Id,
    pub eur_per_year: f64,
}

#[cfg(test)]
mod tests {
    use super::SynergyStatus::{self, *};

    #[test]
    fn the_board_shows_the_pipeline_in_order_then_the_side_exits() {
        let pipeline: Vec<SynergyStatus> = SynergyStatus::pipeline().collect();
        assert_eq!(
            pipeline,
            [Idea, Studied, InProgress, Contracted, Operating, Ended]
        );
        let exits: Vec<SynergyStatus> = SynergyStatus::exits().collect();
        assert_eq!(exits, [OnHold, Abandoned]);
        assert_eq!(pipeline.len() + exits.len(), SynergyStatus::ALL.len());
    }
}
