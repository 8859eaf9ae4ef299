//! The report's words: the recruitment sentence, activities and months,
//! and the whole report as a Markdown document (the same figures as the
//! screen, written by the same functions).

use super::{date, events, flows, int, number, plural, stage, t, tf, Lang, Msg};
use crate::impact::Sum;
use crate::model::Activity;
use crate::report::{Report, TaskLine};

pub fn activity(a: Activity) -> Msg {
    match a {
        Activity::Listing => Msg::ActivityListing,
        Activity::Outreach => Msg::ActivityOutreach,
        Activity::Visits => Msg::ActivityVisits,
        Activity::Analysis => Msg::ActivityAnalysis,
        Activity::Meetings => Msg::ActivityMeetings,
        Activity::Other => Msg::ActivityOther,
    }
}

/// "mars 2026" / "March 2026".
pub fn month(lang: Lang, (year, month): (i32, u8)) -> String {
    const MONTHS: [Msg; 12] = [
        Msg::Month1,
        Msg::Month2,
        Msg::Month3,
        Msg::Month4,
        Msg::Month5,
        Msg::Month6,
        Msg::Month7,
        Msg::Month8,
        Msg::Month9,
        Msg::Month10,
        Msg::Month11,
        Msg::Month12,
    ];
    let name = MONTHS
        .get(usize::from(month.max(1)) - 1)
        .copied()
        .unwrap_or(Msg::Month1);
    format!("{} {year}", t(lang, name))
}

/// Hours with at most one decimal: "12,5 h".
pub fn hours(lang: Lang, h: f64) -> String {
    tf(lang, Msg::ReportHours, &[("hours", &number(lang, h, 1))])
}

/// "60 entreprises démarchées, 30 entretiens, 15 présentes aux rencontres :
/// une perte de 50 % à chaque étape."
pub fn recruitment(lang: Lang, r: &Report) -> String {
    let n = |i: usize| r.recruitment.get(i).map_or(0, |s| s.1);
    let steps = [
        plural(
            lang,
            n(0),
            Msg::ReportContactedOne,
            Msg::ReportContactedMany,
        ),
        plural(lang, n(1), Msg::ReportVisitedOne, Msg::ReportVisitedMany),
        plural(lang, n(2), Msg::ReportPresentOne, Msg::ReportPresentMany),
    ]
    .join(", ");
    let loss = |kept: f64| number(lang, ((1.0 - kept) * 100.0).round(), 0);
    let losses = match (r.even_loss(), r.kept(1), r.kept(2)) {
        (Some(even), _, _) => Some(tf(
            lang,
            Msg::ReportEvenLoss,
            &[("percent", &number(lang, (even * 100.0).round(), 0))],
        )),
        (None, Some(a), Some(b)) => Some(tf(
            lang,
            Msg::ReportLosses,
            &[("first", &loss(a)), ("second", &loss(b))],
        )),
        _ => None,
    };
    let colon = match lang {
        Lang::Fr => "\u{a0}: ",
        Lang::En => ": ",
    };
    match losses {
        Some(l) => format!("{steps}{colon}{l}."),
        None => format!("{steps}."),
    }
}

/// The titles of some synergies, or "none".
pub fn titles(lang: Lang, titles: &[String]) -> String {
    if titles.is_empty() {
        t(lang, Msg::ReportNone).to_owned()
    } else {
        titles.join(", ")
    }
}

/// The three CO2e figures of a sum, each from its own source, never added.
pub fn co2(lang: Lang, s: &Sum) -> String {
    [s.transport_kg, s.old_route_kg, s.virgin_kg]
        .map(|kg| int(lang, kg.round() as i64))
        .join(" / ")
}

/// A task's state: done, late or to do (and "milestone").
pub fn task_state(lang: Lang, task: &TaskLine) -> String {
    let state = t(
        lang,
        if task.done {
            Msg::ReportDone
        } else if task.late {
            Msg::ReportLate
        } else {
            Msg::ReportToDo
        },
    );
    if task.milestone {
        format!("{state} ({})", t(lang, Msg::ReportMilestone))
    } else {
        state.to_owned()
    }
}

fn row(cells: &[String]) -> String {
    // A pipe in a cell would end it: written as the escaped pipe.
    let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
    format!("| {} |\n", cells.join(" | "))
}

fn table(head: &[String], rows: &[Vec<String>]) -> String {
    let mut out = row(head);
    out += &row(&vec!["---".to_owned(); head.len()]);
    for r in rows {
        out += &row(r);
    }
    out
}

/// The report as Markdown: title, period, then one section each.
pub fn markdown(lang: Lang, r: &Report, programme: &str, context: &str) -> String {
    let w = |m: Msg| t(lang, m).to_owned();
    let mut md = format!("# {} — {programme}\n\n", w(Msg::ReportTitle));
    md += &tf(
        lang,
        Msg::ReportPeriod,
        &[
            ("from", &date(lang, r.period.from)),
            ("to", &date(lang, r.period.to)),
        ],
    );
    md += "\n\n";
    md += &format!("## {}\n\n", w(Msg::ReportContext));
    md += &if context.trim().is_empty() {
        w(Msg::ReportNoContext)
    } else {
        context.trim().to_owned()
    };
    md += "\n\n";
    md += &format!(
        "## {}\n\n{}\n\n",
        w(Msg::ReportRecruitment),
        recruitment(lang, r)
    );
    let steps: Vec<Vec<String>> = r
        .funnel
        .steps
        .iter()
        .map(|(s, n)| vec![w(stage(*s)), int(lang, *n as i64)])
        .collect();
    md += &table(&[w(Msg::ColStage), w(Msg::ReportColCompanies)], &steps);
    md += &format!("\n## {}\n\n", w(Msg::ReportSynergies));
    md += &format!(
        "{}\n\n",
        tf(
            lang,
            Msg::ReportRealised,
            &[("titles", &titles(lang, &r.realised))]
        )
    );
    md += &format!(
        "{}\n\n",
        tf(
            lang,
            Msg::ReportPotential,
            &[("titles", &titles(lang, &r.potential))]
        )
    );
    let statuses: Vec<Vec<String>> = r
        .by_status
        .iter()
        .map(|(s, n)| vec![w(flows::status(*s)), int(lang, *n as i64)])
        .collect();
    md += &table(&[w(Msg::ColStatus), w(Msg::ReportSynergies)], &statuses);
    md += &format!("\n## {}\n\n", w(Msg::ReportImpact));
    md += &impact_table(lang, r);
    md += &format!("\n## {}\n\n", w(Msg::ReportMeetings));
    if r.meetings.is_empty() {
        md += &format!("{}\n", w(Msg::ReportNoMeetings));
    } else {
        let rows: Vec<Vec<String>> = r
            .meetings
            .iter()
            .map(|m| {
                vec![
                    date(lang, m.date),
                    m.title.clone(),
                    w(events::event_kind(m.kind)),
                    int(lang, m.people as i64),
                    int(lang, m.companies as i64),
                    int(lang, m.referred as i64),
                    int(lang, m.harvest as i64),
                ]
            })
            .collect();
        md += &table(
            &[
                w(Msg::ReportColDate),
                w(Msg::ColTitle),
                w(Msg::ColKind),
                w(Msg::ReportColPeople),
                w(Msg::ReportColCompanies),
                w(Msg::ReportColReferred),
                w(Msg::ReportColHarvest),
            ],
            &rows,
        );
    }
    md += &format!("\n## {}\n\n", w(Msg::ReportMeans));
    md += &means(lang, r);
    md += &format!("\n## {}\n\n", w(Msg::ReportPartners));
    for p in &r.partners {
        md += &format!("- {p}\n");
    }
    let by: Vec<Vec<String>> = r
        .outreach_by
        .iter()
        .map(|(who, n)| vec![who.clone(), int(lang, *n as i64)])
        .collect();
    md += &format!("\n{}\n\n", w(Msg::ReportOutreachBy));
    md += &table(&[w(Msg::ReportColWho), w(Msg::ReportColContacts)], &by);
    md += &format!("\n## {}\n\n", w(Msg::ReportPlanning));
    if r.tasks.is_empty() {
        md += &format!("{}\n", w(Msg::ReportNoTasks));
    } else {
        let opt = |d: Option<crate::date::Date>| d.map(|d| date(lang, d)).unwrap_or_default();
        let rows: Vec<Vec<String>> = r
            .tasks
            .iter()
            .map(|x| {
                vec![
                    x.title.clone(),
                    opt(x.start),
                    opt(x.due),
                    task_state(lang, x),
                ]
            })
            .collect();
        md += &table(
            &[
                w(Msg::ReportColTask),
                w(Msg::ReportColStart),
                w(Msg::ReportColDue),
                w(Msg::ReportColDone),
            ],
            &rows,
        );
    }
    md
}

/// Estimates and measures side by side, never mixed.
pub fn impact_rows(lang: Lang, r: &Report) -> Vec<(Msg, [String; 3])> {
    let sums = [
        &r.impact.realised_estimate,
        &r.impact.realised_measured,
        &r.impact.potential_estimate,
    ];
    let each = |f: &dyn Fn(&Sum) -> String| sums.map(f);
    vec![
        (Msg::ReportTonnes, each(&|s| number(lang, s.tonnes, 1))),
        (Msg::ReportKm, each(&|s| int(lang, s.km.round() as i64))),
        (Msg::ReportCo2, each(&|s| co2(lang, s))),
        (
            Msg::ReportEuros,
            each(&|s| int(lang, s.savings_eur.round() as i64)),
        ),
    ]
}

fn impact_table(lang: Lang, r: &Report) -> String {
    let w = |m: Msg| t(lang, m).to_owned();
    let rows: Vec<Vec<String>> = impact_rows(lang, r)
        .into_iter()
        .map(|(m, [a, b, c])| vec![w(m), a, b, c])
        .collect();
    table(
        &[
            String::new(),
            w(Msg::ReportEstimated),
            w(Msg::ReportMeasured),
            w(Msg::ReportPotentialEstimate),
        ],
        &rows,
    )
}

fn means(lang: Lang, r: &Report) -> String {
    let w = |m: Msg| t(lang, m).to_owned();
    if r.time.total == 0.0 {
        return format!("{}\n", w(Msg::ReportNoTime));
    }
    let mut md = format!(
        "{}\n\n",
        tf(
            lang,
            Msg::ReportTimeTotal,
            &[("hours", &number(lang, r.time.total, 1))]
        )
    );
    let rows: Vec<Vec<String>> = r
        .time
        .by_activity
        .iter()
        .filter(|(_, h)| *h > 0.0)
        .map(|(a, h)| vec![w(activity(*a)), hours(lang, *h)])
        .collect();
    md += &table(&[w(Msg::ReportColActivity), w(Msg::ReportColHours)], &rows);
    let people: Vec<Vec<String>> = r
        .time
        .by_person
        .iter()
        .map(|(who, h)| vec![who.clone(), hours(lang, *h)])
        .collect();
    md += "\n";
    md += &table(&[w(Msg::ReportColWho), w(Msg::ReportColHours)], &people);
    md
}
