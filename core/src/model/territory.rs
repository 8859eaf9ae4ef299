use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

record! {
    /// The territory and its programme; its id is the project's id.
    pub struct Territory : Territory {
        /// Name of the project as shown in the app ("CC du Pays de Lure — EIT 2026").
        pub name: String,
        /// Programme type ("Programme local de prévention", "Démarche EIT").
        #[serde(default)]
        pub programme: String,
        /// First day of the programme, when known.
        #[serde(default)]
        pub start: Option<Date>,
        /// Last day of the programme, when known. Once it is past, figures
        /// (the funnel, the dormant rule) are read as of that day.
        #[serde(default)]
        pub end: Option<Date>,
        /// Communes of the perimeter.
        #[serde(default)]
        pub communes: Vec<String>,
        /// Business parks or zones a large territory is split into.
        #[serde(default)]
        pub zones: Vec<String>,
        /// Partners of the programme (e.g. the local Jeune Chambre Économique) and what they do.
        #[serde(default)]
        pub partners: Vec<Partner>,
        /// The officer's own words for each part of the report (context,
        /// objectives, success factors…): what no record holds.
        #[serde(default)]
        pub report_texts: BTreeMap<ReportPart, String>,
    }
}

/// A partner of the programme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub name: String,
    /// What it does in the programme ("phoning and visits", "funding").
    #[serde(default)]
    pub role: String,
}

impl Partner {
    pub fn named(name: &str) -> Partner {
        Partner {
            name: name.trim().to_owned(),
            role: String::new(),
        }
    }
}

values! {
    /// The parts of the programme's report (a *fiche action*), in order.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum ReportPart {
        Context,
        Objectives,
        Recruitment,
        Synergies,
        Impact,
        Meetings,
        Means,
        Partners,
        Planning,
        SuccessFactors,
        Difficulties,
        Recommendations,
    }
}

impl ReportPart {
    /// The parts that are the officer's text alone (no figure computes them).
    pub fn text_only(self) -> bool {
        matches!(
            self,
            ReportPart::Context
                | ReportPart::Objectives
                | ReportPart::SuccessFactors
                | ReportPart::Difficulties
                | ReportPart::Recommendations
        )
    }
}

impl Territory {
    /// The day figures are read as of: today, or the programme's last day
    /// once it is past (a 2016 programme opened in 2026 is not all dormant).
    pub fn as_of(&self, today: Date) -> Date {
        self.end.map_or(today, |end| end.min(today))
    }

    /// The officer's text for a part of the report, trimmed ("" when none).
    pub fn report_text(&self, part: ReportPart) -> &str {
        self.report_texts.get(&part).map_or("", |t| t.trim())
    }

    /// The names of the partners, in order.
    pub fn partner_names(&self) -> Vec<String> {
        self.partners.iter().map(|p| p.name.clone()).collect()
    }
}
