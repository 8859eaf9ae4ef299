use crate::date::Date;
use crate::model::Id;
use serde::{Deserialize, Serialize};

record! {
    /// Time the programme team spent, for the report to funders.
    pub struct TimeEntry : TimeEntry {
        pub date: Date,
        pub activity: Activity,
        pub hours: f64,
        pub company_id: Option<Id>,
        pub event_id: Option<Id>,
        /// Who spent it, when not the person who logged it (a partner).
        #[serde(default)]
        pub done_by: Option<String>,
        #[serde(default)]
        pub note: String,
    }
}

values! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Activity {
        Listing,
        Outreach,
        Visits,
        Analysis,
        Meetings,
        Other,
    }
}
