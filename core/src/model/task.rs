use crate::date::Date;

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
        #[serde(default)]
        pub notes: String,
    }
}
