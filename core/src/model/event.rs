use crate::date::Date;
use crate::model::Id;
use serde::{Deserialize, Serialize};

record! {
    /// A meeting of the programme (rencontre): World Café, site visit, steering committee…
    pub struct Event : Event {
        pub kind: EventKind,
        pub title: String,
        pub date: Date,
        /// Local start time `HH:MM`, empty when not set.
        #[serde(default)]
        pub start_time: String,
        #[serde(default)]
        pub place: String,
        /// The company hosting a site visit.
        pub host_company_id: Option<Id>,
        #[serde(default)]
        pub theme: String,
        #[serde(default)]
        pub notes: String,
        #[serde(default)]
        pub invitations: Vec<Invitation>,
        #[serde(default)]
        pub attendance: Vec<Attendee>,
        /// The World Café plan, for World Café events.
        pub cafe: Option<CafePlan>,
        /// Ideas, haves and needs captured during the meeting.
        #[serde(default)]
        pub harvest: Vec<HarvestItem>,
    }
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum EventKind {
        WorldCafe,
        SiteVisit,
        SteeringCommittee,
        Workshop,
        Other,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    pub company_id: Id,
    pub contact_id: Option<Id>,
}

/// A person expected at or present at the meeting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Attendee {
    /// Identifies the person within the event (plans refer to it).
    pub id: Id,
    pub company_id: Id,
    pub contact_id: Option<Id>,
    /// Name as it is shown on badges and boards.
    pub name: String,
    pub status: AttendanceStatus,
    /// The company whose invitation brought this person ("came at the invitation of").
    pub referred_by: Option<Id>,
    /// Hosts stay at their table during a World Café.
    #[serde(default)]
    pub host_of_table: Option<u32>,
    /// First World Café round attended (1-based), for a late arrival; null: from the start.
    #[serde(default)]
    pub from_round: Option<u32>,
    /// Last World Café round attended (1-based), for someone who left early; null: to the end.
    #[serde(default)]
    pub until_round: Option<u32>,
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum AttendanceStatus {
        Expected,
        Present,
        Late,
        LeftEarly,
        Absent,
    }
}

impl AttendanceStatus {
    /// Counted in a plan, on a sheet or a badge: everyone not known absent
    /// (those expected may still come).
    pub fn may_come(self) -> bool {
        self != AttendanceStatus::Absent
    }

    /// Was there, for part of the meeting at least: what the funnel and the
    /// meeting's figures count.
    pub fn attended(self) -> bool {
        matches!(
            self,
            AttendanceStatus::Present | AttendanceStatus::Late | AttendanceStatus::LeftEarly
        )
    }
}

/// Tables, rounds and who sits where in each round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CafePlan {
    pub tables: Vec<CafeTable>,
    pub rounds: Vec<CafeRound>,
    /// Minutes to change tables between rounds.
    pub transition_minutes: u32,
    /// Seed of the rotation planner, so a plan can be recomputed identically.
    pub seed: u64,
    /// `seating[r]` lists, for round r, each attendee's table number.
    #[serde(default)]
    pub seating: Vec<Vec<Seat>>,
    /// Rounds already played; re-planning never changes them.
    #[serde(default)]
    pub locked_rounds: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CafeTable {
    /// Table number shown on the table card (1, 2, …).
    pub number: u32,
    /// Question fixed to this table, when questions go by table.
    #[serde(default)]
    pub question: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CafeRound {
    pub minutes: u32,
    #[serde(default)]
    pub question: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Seat {
    pub attendee_id: Id,
    pub table: u32,
}

/// Something captured during a meeting: a have, a need or an idea.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HarvestItem {
    pub id: Id,
    pub kind: HarvestKind,
    pub text: String,
    /// Round and table where it came up (1-based), when known.
    pub round: Option<u32>,
    pub table: Option<u32>,
    #[serde(default)]
    pub company_ids: Vec<Id>,
    #[serde(default)]
    pub resource: String,
    /// Rough quantity as said ("2 t/mois").
    #[serde(default)]
    pub quantity: String,
    /// Material category (the flows' categories), the theme it is summarised under.
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub votes: u32,
    /// The flow or synergy it became.
    pub converted_to: Option<Id>,
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum HarvestKind {
        Have,
        Need,
        Idea,
    }
}
