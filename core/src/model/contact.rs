use crate::date::Date;
use crate::model::Id;

record! {
    /// A person at a company.
    pub struct Contact : Contact {
        pub company_id: Id,
        pub name: String,
        /// Job or role ("Responsable QHSE").
        #[serde(default)]
        pub role: String,
        #[serde(default)]
        pub email: String,
        #[serde(default)]
        pub phone: String,
        /// The person agreed to be contacted by the programme (RGPD).
        #[serde(default)]
        pub consent: bool,
        /// When the consent was given.
        pub consent_date: Option<Date>,
        /// The person asked not to be contacted any more; wins over consent.
        #[serde(default)]
        pub opt_out: bool,
        #[serde(default)]
        pub notes: String,
    }
}

impl Contact {
    /// Whether the programme may contact this person.
    pub fn may_contact(&self) -> bool {
        self.consent && !self.opt_out
    }
}
