use crate::naf::ActivityCode;
use serde::{Deserialize, Serialize};

record! {
    /// An establishment (établissement) of the territory.
    pub struct Company : Company {
        /// Usual name of the establishment.
        pub name: String,
        /// SIRET: 14 digits without spaces, Luhn-checked; null when not known yet.
        pub siret: Option<String>,
        /// Main activity code with its nomenclature (NAF rév. 2 today, NAF 2025 from 2027).
        pub activity: Option<ActivityCode>,
        /// INSEE headcount band (tranche d'effectif salarié).
        pub size_band: Option<SizeBand>,
        /// Street address.
        #[serde(default)]
        pub address: String,
        #[serde(default)]
        pub postcode: String,
        #[serde(default)]
        pub commune: String,
        /// Business park or zone of the territory (one of the territory's zones); empty when none.
        #[serde(default)]
        pub zone: String,
        /// WGS 84 position of the site, for distances.
        pub coordinates: Option<Coordinates>,
        #[serde(default)]
        pub tags: Vec<String>,
        #[serde(default)]
        pub notes: String,
        #[serde(default)]
        pub confidentiality: Confidentiality,
        /// Funnel stage set by hand; null when it is derived from the outreach log.
        pub stage_override: Option<Stage>,
        /// What kind of organisation it is: only companies are recruited and
        /// counted in the funnel; the others take part in synergies and meetings.
        #[serde(default)]
        pub organisation: Organisation,
    }
}

values! {
    /// What kind of organisation a participant is.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Organisation {
        /// A company of the territory, recruited into the programme.
        #[default]
        Company,
        /// The local authority running the programme, or another one.
        LocalAuthority,
        /// A waste operator or collector.
        WasteOperator,
        /// An association, a chamber, a network.
        Association,
        Other,
    }
}

impl Organisation {
    /// Whether it is recruited, and so counted in the funnel.
    pub fn recruited(self) -> bool {
        self == Organisation::Company
    }
}

/// WGS 84 latitude and longitude in decimal degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

values! {
    /// Who may see a record when files are shared.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Confidentiality {
        /// Shareable with the programme's partners.
        #[default]
        Network,
        /// Only the facilitator's team.
        Facilitator,
        /// Restricted: the company asked for it not to be shared.
        Restricted,
    }
}

values! {
    /// The INSEE headcount bands ("tranches d'effectif salarié"), written with
    /// INSEE's own two-character codes as in SIRENE files.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum SizeBand {
        /// Unknown or non-employing unit.
        #[serde(rename = "NN")]
        Unknown,
        #[serde(rename = "00")]
        Zero,
        #[serde(rename = "01")]
        From1To2,
        #[serde(rename = "02")]
        From3To5,
        #[serde(rename = "03")]
        From6To9,
        #[serde(rename = "11")]
        From10To19,
        #[serde(rename = "12")]
        From20To49,
        #[serde(rename = "21")]
        From50To99,
        #[serde(rename = "22")]
        From100To199,
        #[serde(rename = "31")]
        From200To249,
        #[serde(rename = "32")]
        From250To499,
        #[serde(rename = "41")]
        From500To999,
        #[serde(rename = "42")]
        From1000To1999,
        #[serde(rename = "51")]
        From2000To4999,
        #[serde(rename = "52")]
        From5000To9999,
        #[serde(rename = "53")]
        From10000,
    }
}

impl SizeBand {
    /// INSEE code, e.g. "12" for 20 to 49 employees.
    pub fn code(self) -> &'static str {
        match self {
            SizeBand::Unknown => "NN",
            SizeBand::Zero => "00",
            SizeBand::From1To2 => "01",
            SizeBand::From3To5 => "02",
            SizeBand::From6To9 => "03",
            SizeBand::From10To19 => "11",
            SizeBand::From20To49 => "12",
            SizeBand::From50To99 => "21",
            SizeBand::From100To199 => "22",
            SizeBand::From200To249 => "31",
            SizeBand::From250To499 => "32",
            SizeBand::From500To999 => "41",
            SizeBand::From1000To1999 => "42",
            SizeBand::From2000To4999 => "51",
            SizeBand::From5000To9999 => "52",
            SizeBand::From10000 => "53",
        }
    }

    pub fn from_code(code: &str) -> Option<SizeBand> {
        SizeBand::ALL.into_iter().find(|b| b.code() == code)
    }

    /// Employee range (min, max), max None for the last band; None when unknown.
    pub fn range(self) -> Option<(u32, Option<u32>)> {
        Some(match self {
            SizeBand::Unknown => return None,
            SizeBand::Zero => (0, Some(0)),
            SizeBand::From1To2 => (1, Some(2)),
            SizeBand::From3To5 => (3, Some(5)),
            SizeBand::From6To9 => (6, Some(9)),
            SizeBand::From10To19 => (10, Some(19)),
            SizeBand::From20To49 => (20, Some(49)),
            SizeBand::From50To99 => (50, Some(99)),
            SizeBand::From100To199 => (100, Some(199)),
            SizeBand::From200To249 => (200, Some(249)),
            SizeBand::From250To499 => (250, Some(499)),
            SizeBand::From500To999 => (500, Some(999)),
            SizeBand::From1000To1999 => (1000, Some(1999)),
            SizeBand::From2000To4999 => (2000, Some(4999)),
            SizeBand::From5000To9999 => (5000, Some(9999)),
            SizeBand::From10000 => (10000, None),
        })
    }
}

values! {
    /// The recruitment funnel of a company (`docs/format.md`, "Record kinds"): seven steps in order,
    /// then two side exits.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(rename_all = "snake_case")]
    pub enum Stage {
        Listed,
        Contacted,
        InterviewBooked,
        Visited,
        FlowsCollected,
        AttendsMeetings,
        InSynergy,
        /// Side exit: the company said no.
        Declined,
        /// Side exit: no news for a long time.
        Dormant,
    }
}

impl Stage {
    /// The main steps, in funnel order.
    pub const STEPS: [Stage; 7] = [
        Stage::Listed,
        Stage::Contacted,
        Stage::InterviewBooked,
        Stage::Visited,
        Stage::FlowsCollected,
        Stage::AttendsMeetings,
        Stage::InSynergy,
    ];

    pub fn is_exit(self) -> bool {
        matches!(self, Stage::Declined | Stage::Dormant)
    }
}
