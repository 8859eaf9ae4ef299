use crate::date::Date;
use crate::model::Id;
use serde::{Deserialize, Serialize};

record! {
    /// One step of the outreach log of a company.
    pub struct Interaction : Interaction {
        pub company_id: Id,
        /// The person spoken to, when known.
        pub contact_id: Option<Id>,
        pub kind: InteractionKind,
        pub date: Date,
        /// Who did it: null for the programme officer, or a partner's name
        /// ("Jeune Chambre Économique").
        pub done_by: Option<String>,
        pub outcome: Outcome,
        #[serde(default)]
        pub summary: String,
        pub next_action: Option<NextAction>,
    }
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum InteractionKind {
        Mailing,
        Email,
        Call,
        Visit,
        Interview,
        Meeting,
    }
}

impl InteractionKind {}

values! {
    /// What came of an interaction.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Outcome {
        /// Sent or attempted, no reply yet.
        NoAnswer,
        /// Positive reply, to follow up.
        Interested,
        /// An interview or visit is booked.
        InterviewBooked,
        /// The interview, visit or meeting took place.
        Held,
        /// Flow data was collected (during or after a visit).
        FlowsCollected,
        /// The company does not want to take part.
        Declined,
        Other,
    }
}

impl Outcome {}

/// Something to do next, with an optional due date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NextAction {
    pub text: String,
    pub due: Option<Date>,
    #[serde(default)]
    pub done: bool,
}
