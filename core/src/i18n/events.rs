//! Words of events (the meetings of the programme, `Event` records) and
//! of the World Café: kinds, attendance, harvest,
//! and the plan's quality, refusals and warnings as sentences.

use super::{int, number, plural, t, tf, Lang, Msg};
use crate::cafe::advisor::Guarantee;
use crate::cafe::event_plan::SwapRefusal;
use crate::cafe::{Method, Quality, Refusal, Warning};
use crate::model::{AttendanceStatus, EventKind, HarvestKind};

pub fn event_kind(k: EventKind) -> Msg {
    match k {
        EventKind::WorldCafe => Msg::KindWorldCafe,
        EventKind::SiteVisit => Msg::KindSiteVisit,
        EventKind::SteeringCommittee => Msg::KindSteeringCommittee,
        EventKind::Workshop => Msg::KindWorkshop,
        EventKind::Other => Msg::KindOtherEvent,
    }
}

pub fn attendance(s: AttendanceStatus) -> Msg {
    match s {
        AttendanceStatus::Expected => Msg::StatusExpected,
        AttendanceStatus::Present => Msg::StatusPresent,
        AttendanceStatus::Absent => Msg::StatusAbsent,
        AttendanceStatus::Late => Msg::StatusLate,
        AttendanceStatus::LeftEarly => Msg::StatusLeftEarly,
    }
}

pub fn harvest_kind(k: HarvestKind) -> Msg {
    match k {
        HarvestKind::Have => Msg::HarvestHave,
        HarvestKind::Need => Msg::HarvestNeed,
        HarvestKind::Idea => Msg::HarvestIdea,
    }
}

/// Why a plan cannot be made, and what to do.
pub fn refusal(lang: Lang, r: &Refusal) -> String {
    match r {
        Refusal::NoTables => t(lang, Msg::RefusalNoTables).into(),
        Refusal::NoRounds => t(lang, Msg::RefusalNoRounds).into(),
        Refusal::NoOne => t(lang, Msg::RefusalNoOne).into(),
        Refusal::TooFewPeople {
            round,
            present,
            tables,
        } => tf(
            lang,
            Msg::RefusalTooFew,
            &[
                ("present", &int(lang, *present as i64)),
                ("round", &(round + 1).to_string()),
                ("tables", &int(lang, *tables as i64)),
                ("max", &int(lang, (*present / 2).max(1) as i64)),
            ],
        ),
        Refusal::NoSuchTable { .. } => t(lang, Msg::IssueUnknownTable).into(),
        Refusal::TwoHosts { table } => tf(
            lang,
            Msg::RefusalTwoHosts,
            &[("table", &(table + 1).to_string())],
        ),
        Refusal::LockedMismatch { .. } => t(lang, Msg::RefusalLocked).into(),
    }
}

/// What the facilitator should know before using a plan. `company` names a
/// company of the problem, `table` numbers a table.
pub fn warning(
    lang: Lang,
    w: &Warning,
    company: &dyn Fn(usize) -> String,
    table: &dyn Fn(usize) -> u32,
) -> String {
    match w {
        Warning::OneTable => t(lang, Msg::WarnOneTable).into(),
        Warning::MoreRoundsThanTables { rounds, tables } => tf(
            lang,
            Msg::WarnMoreRounds,
            &[
                ("rounds", &rounds.to_string()),
                ("tables", &tables.to_string()),
            ],
        ),
        Warning::CompanyLargerThanTables { company: c, people } => tf(
            lang,
            Msg::WarnBigCompany,
            &[("company", &company(*c)), ("n", &people.to_string())],
        ),
        Warning::TableWithoutHost { table: tb, round } => tf(
            lang,
            Msg::WarnNoHost,
            &[
                ("table", &table(*tb).to_string()),
                ("round", &(round + 1).to_string()),
            ],
        ),
        Warning::LargeTables { size } => {
            tf(lang, Msg::WarnLargeTables, &[("n", &size.to_string())])
        }
        Warning::SmallTables { size } => {
            tf(lang, Msg::WarnSmallTables, &[("n", &size.to_string())])
        }
    }
}

/// The plan's quality in plain sentences, the verdict first.
/// A stored plan's review in sentences: its quality, then its warnings.
pub fn review(lang: Lang, r: &crate::cafe::event_plan::Review) -> Vec<String> {
    let mut lines = quality(lang, &r.quality, r.method);
    let (company, table) = (|c| r.company(c), |t| r.table(t));
    lines.extend(
        r.warnings
            .iter()
            .map(|w| warning(lang, w, &company, &table)),
    );
    lines
}

pub fn quality(lang: Lang, q: &Quality, method: Option<Method>) -> Vec<String> {
    let mut out = Vec::new();
    if method == Some(Method::Affine) {
        out.push(t(lang, Msg::QualityPerfect).into());
    } else if q.is_optimal() {
        out.push(t(lang, Msg::QualityOptimal).into());
    } else if q.bounds.repeats > 0 || q.bounds.revisits > 0 {
        let msg = match (q.bounds.repeats > 0, q.bounds.revisits > 0) {
            (true, true) => Msg::QualityBound,
            (true, false) => Msg::QualityBoundRepeats,
            _ => Msg::QualityBoundRevisits,
        };
        out.push(tf(
            lang,
            msg,
            &[
                ("bound", &int(lang, q.bounds.repeats as i64)),
                ("revisits", &int(lang, q.bounds.revisits as i64)),
            ],
        ));
    } else if q.repeats > q.bounds.repeats {
        out.push(t(lang, Msg::QualityNoProof).into());
    } else {
        out.push(t(lang, Msg::QualityNoProofRevisits).into());
    }
    out.push(match q.repeats {
        0 => t(lang, Msg::QualityNoRepeat).into(),
        1 => t(lang, Msg::QualityRepeatOne).into(),
        n => tf(
            lang,
            Msg::QualityRepeats,
            &[
                ("n", &int(lang, n as i64)),
                (
                    "pairs",
                    &plural(
                        lang,
                        q.pairs_repeated as usize,
                        Msg::PairsMeetAgainOne,
                        Msg::PairsMeetAgainMany,
                    ),
                ),
                ("max", &q.max_encounters.to_string()),
            ],
        ),
    });
    out.push(if q.revisits == 0 {
        t(lang, Msg::QualityNoRevisit).into()
    } else {
        plural(
            lang,
            q.revisits as usize,
            Msg::QualityRevisitOne,
            Msg::QualityRevisits,
        )
    });
    out.push(if q.colleagues_together == 0 {
        t(lang, Msg::QualityColleaguesApart).into()
    } else {
        plural(
            lang,
            q.colleagues_together as usize,
            Msg::QualityColleagueOne,
            Msg::QualityColleagues,
        )
    });
    out.push(tf(
        lang,
        Msg::QualityContacts,
        &[
            ("min", &q.contacts_min.to_string()),
            ("max", &q.contacts_max.to_string()),
            ("mean", &number(lang, q.contacts_mean, 1)),
        ],
    ));
    if q.sectors_per_table > 0.0 {
        out.push(tf(
            lang,
            Msg::QualitySectors,
            &[("n", &number(lang, q.sectors_per_table, 1))],
        ));
    }
    out
}

pub fn guarantee(lang: Lang, g: Guarantee, tables: usize) -> String {
    match g {
        Guarantee::Perfect => tf(lang, Msg::GuaranteePerfect, &[("n", &tables.to_string())]),
        Guarantee::Search => t(lang, Msg::GuaranteeSearch).into(),
        Guarantee::RepeatsForced(n) => {
            tf(lang, Msg::GuaranteeRepeats, &[("n", &int(lang, n as i64))])
        }
        Guarantee::RevisitsForced(n) => {
            tf(lang, Msg::GuaranteeRevisits, &[("n", &int(lang, n as i64))])
        }
    }
}

pub fn swap_refusal(r: SwapRefusal) -> Msg {
    match r {
        SwapRefusal::Played => Msg::SwapPlayed,
        SwapRefusal::Host => Msg::SwapHost,
        SwapRefusal::SameTable => Msg::SwapSameTable,
        SwapRefusal::NotSeated => Msg::SwapNotSeated,
    }
}

/// The harvest as a spreadsheet (Excel-FR CSV through [`crate::csv`]), in
/// the user's language.
pub fn harvest_csv(p: &crate::Project, event: &crate::Event, lang: Lang) -> String {
    use crate::csv::{Cell, Sheet};
    let head = [
        Msg::Round,
        Msg::ColTable,
        Msg::ColKind,
        Msg::ColText,
        Msg::ColCompanies,
        Msg::FieldResource,
        Msg::FieldRoughQuantity,
        Msg::ColTheme,
        Msg::ColVotes,
    ]
    .map(|m| t(lang, m));
    let mut sheet = Sheet::new(lang, &head);
    for h in &event.harvest {
        let theme = if h.category.is_empty() {
            String::new()
        } else {
            super::flows::category(lang, &h.category)
        };
        sheet.row([
            h.round.into(),
            h.table.into(),
            t(lang, harvest_kind(h.kind)).into(),
            h.text.clone().into(),
            crate::cafe::summary::company_names(p, &h.company_ids).into(),
            h.resource.clone().into(),
            h.quantity.clone().into(),
            theme.into(),
            Cell::from(h.votes),
        ]);
    }
    sheet.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cafe::{bench_cases, plan};

    fn verdict(n: usize, t: usize, r: usize, hosts: bool) -> String {
        let out = plan(&bench_cases::case(n, t, r, hosts, 1)).unwrap();
        quality(Lang::Fr, &out.quality, Some(out.method)).remove(0)
    }

    #[test]
    fn the_verdict_says_how_good_the_plan_is() {
        assert!(verdict(30, 7, 5, true).starts_with("Rotation parfaite"));
        assert!(
            verdict(40, 8, 5, true).starts_with("Rotation parfaite"),
            "8 tables: GF(8)"
        );
        assert!(verdict(30, 6, 4, true).starts_with("Le meilleur plan possible"));
        assert!(verdict(15, 3, 3, true).contains("au moins 12 rencontres répétées"));
        assert!(verdict(32, 8, 10, false).contains("au moins 64 retours"));
    }

    #[test]
    fn refusals_say_what_to_do() {
        let r = Refusal::TooFewPeople {
            round: 1,
            present: 9,
            tables: 5,
        };
        assert_eq!(
            refusal(Lang::En, &r),
            "Only 9 people in round 2 for 5 tables: each table needs at least two. Use 4 tables at most."
        );
    }
}
