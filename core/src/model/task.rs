use crate::date::Date;
use crate::model::Id;

record! {
    /// A task or milestone of the programme plan.
    pub struct Task : Task {
        pub title: String,
        pub start: Option<Date>,
        pub due: Option<Date>,
        #[serde(default)]
        pub milestone: bool,
        #[serde(default)]
        pub done: bool,
        /// The meeting it prepares or is, when it is one.
        #[serde(default)]
        pub event_id: Option<Id>,
        #[serde(default)]
        pub notes: String,
    }
}
