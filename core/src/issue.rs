//! Problems found in data, as values: a code and the JSON path where it is
//! (`companies[3].siret`). The UI turns them into French or English text
//! (see [`crate::i18n`]); nothing here is worded for users.

use crate::model::Kind;
use crate::siret::SiretError;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Blocks an import; a form with it is not saved.
    Error,
    /// Worth a look; does not block.
    Warning,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    /// JSON path of the value, e.g. `companies[3].siret`.
    pub path: String,
    pub code: IssueCode,
    pub severity: Severity,
}

#[derive(Clone, Debug, PartialEq)]
pub enum IssueCode {
    /// A name, title or label that must not be empty.
    Required,
    /// The same id twice; `first` is the path of the first occurrence.
    DuplicateId {
        first: String,
    },
    /// Points to a record of `kind` that is not in the project.
    MissingReference {
        kind: Kind,
    },
    /// A live record points to a deleted one.
    DeletedReference {
        kind: Kind,
    },
    Siret(SiretError),
    /// Two live companies with the same SIRET; `first` is the other one's path.
    DuplicateSiret {
        first: String,
    },
    /// Not a NAF rév. 2 sub-class.
    NafUnknown,
    /// A NAF 2025 code that is not of the form NN.NN or NN.NNL.
    NafShape,
    /// NAF 2025 code accepted on its shape only: its list is not shipped yet.
    NafUnchecked,
    Negative,
    /// Zero or negative where only a positive amount makes sense.
    NotPositive,
    /// Beyond what makes sense (`max` is the limit).
    TooLarge {
        max: f64,
    },
    NotFinite,
    /// Outside its allowed range (latitude, longitude, hours in a day…).
    OutOfRange,
    /// A timestamp before 1970 or after 2100.
    TimestampOutOfRange,
    /// Does not look like an e-mail address.
    EmailShape,
    /// A zone that the territory does not list.
    UnknownZone,
    /// A synergy needs at least two parties.
    TooFewParticipants,
    /// On hold or abandoned without a reason.
    ReasonRequired,
    /// The contact belongs to another company than the interaction.
    ContactOfOtherCompany,
    /// A time that is not HH:MM.
    TimeFormat,
    /// A European List of Waste code that does not exist.
    LowUnknown,
    /// The status history does not end on the current status.
    HistoryMismatch,
    /// `project_id` differs from `territory.id`.
    ProjectMismatch,
    /// A table number that the World Café plan does not have.
    UnknownTable,
    /// Two hosts for one table.
    TwoHosts,
    /// Two tables with the same number.
    DuplicateTable,
    /// The last round attended comes before the first.
    RoundsOrder,
    /// A period (a task, the programme) that ends before it starts.
    EndBeforeStart,
    /// The record was changed elsewhere (another tab, an import) since the
    /// form was opened; saving again replaces that version knowingly.
    ChangedElsewhere,
    /// This field was changed elsewhere too, to `theirs`, while the form
    /// was open; saving again keeps what was typed.
    ChangedElsewhereField {
        theirs: serde_json::Value,
    },
    /// A merge with conflicts the user has not decided yet.
    Undecided,
    /// A record that cannot be read back (a broken stored document, a merge
    /// that would write an impossible record); the detail is for support.
    Unreadable(String),
    /// A factor without a source: every figure must say where it comes from.
    SourceRequired,
}

impl Issue {
    pub fn error(path: impl Into<String>, code: IssueCode) -> Issue {
        Issue {
            path: path.into(),
            code,
            severity: Severity::Error,
        }
    }

    pub fn warning(path: impl Into<String>, code: IssueCode) -> Issue {
        Issue {
            path: path.into(),
            code,
            severity: Severity::Warning,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The last segment of the path (`siret` of `companies[3].siret`), which
    /// names the form field the issue belongs to.
    pub fn field(&self) -> &str {
        self.path.rsplit('.').next().unwrap_or(&self.path)
    }
}

/// Whether any issue is an error.
pub fn has_errors(issues: &[Issue]) -> bool {
    issues.iter().any(Issue::is_error)
}
