//! The report's words: the recruitment sentence, activities and months,
//! and the whole report as a document of sections, paragraphs and tables
//! ([`document`]) that the screen draws and [`markdown`] writes, so both
//! show the same figures.

use super::{date, events, flows, int, number, plural, stage, t, tf, Lang, Msg};
use crate::impact::Sum;
use crate::model::{Activity, ReportPart};
use crate::pictures::{self, svg::escape};
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
    let [contacted, visited, present] = r.recruitment();
    let steps = [
        plural(
            lang,
            contacted,
            Msg::ReportContactedOne,
            Msg::ReportContactedMany,
        ),
        plural(lang, visited, Msg::ReportVisitedOne, Msg::ReportVisitedMany),
        plural(lang, present, Msg::ReportPresentOne, Msg::ReportPresentMany),
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

/// A paragraph, with the name tests find it by.
#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    pub test_id: &'static str,
    pub text: String,
}

/// A table: the head, which columns are numbers, the rows, and which rows
/// to flag (a late task).
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub test_id: &'static str,
    pub caption: Option<String>,
    pub head: Vec<String>,
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
    pub flagged: Vec<bool>,
}

impl Table {
    fn new(test_id: &'static str, head: Vec<String>, numeric: &[bool]) -> Table {
        Table {
            test_id,
            caption: None,
            head,
            numeric: numeric.to_vec(),
            rows: Vec::new(),
            flagged: Vec::new(),
        }
    }

    fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
        self.flagged.push(false);
    }
}

/// The heading of a part of the report.
pub fn part_title(part: ReportPart) -> Msg {
    match part {
        ReportPart::Context => Msg::ReportContext,
        ReportPart::Objectives => Msg::ReportObjectives,
        ReportPart::Recruitment => Msg::ReportRecruitment,
        ReportPart::Synergies => Msg::ReportSynergies,
        ReportPart::Impact => Msg::ReportImpact,
        ReportPart::Meetings => Msg::ReportMeetings,
        ReportPart::Means => Msg::ReportMeans,
        ReportPart::Partners => Msg::ReportPartners,
        ReportPart::Planning => Msg::ReportPlanning,
        ReportPart::SuccessFactors => Msg::ReportSuccessFactors,
        ReportPart::Difficulties => Msg::ReportDifficulties,
        ReportPart::Recommendations => Msg::ReportRecommendations,
    }
}

/// The element id of a part on the screen and in the HTML file.
pub fn part_id(part: ReportPart) -> &'static str {
    match part {
        ReportPart::Context => "r-context",
        ReportPart::Objectives => "r-objectives",
        ReportPart::Recruitment => "r-recruitment",
        ReportPart::Synergies => "r-synergies",
        ReportPart::Impact => "r-impact",
        ReportPart::Meetings => "r-meetings",
        ReportPart::Means => "r-means",
        ReportPart::Partners => "r-partners",
        ReportPart::Planning => "r-planning",
        ReportPart::SuccessFactors => "r-success",
        ReportPart::Difficulties => "r-difficulties",
        ReportPart::Recommendations => "r-recommendations",
    }
}

/// One part (section) of the report: a heading, the officer's text, the
/// computed paragraphs, a list, then tables.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub part: ReportPart,
    pub id: &'static str,
    pub title: String,
    /// What the officer wrote for this part ("" when nothing yet).
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// Items of a list (the partners).
    pub items: Vec<String>,
    /// A picture (SVG text) of what the first table says.
    pub picture: Option<String>,
    pub tables: Vec<Table>,
}

impl Part {
    fn new(lang: Lang, r: &Report, part: ReportPart) -> Part {
        Part {
            part,
            id: part_id(part),
            title: t(lang, part_title(part)).to_owned(),
            text: r.texts.get(&part).cloned().unwrap_or_default(),
            paragraphs: Vec::new(),
            items: Vec::new(),
            picture: None,
            tables: Vec::new(),
        }
    }

    /// A part with nothing to say: the officer's text alone, not written
    /// yet. Files and print leave it out; the screen offers to write it.
    pub fn is_blank(&self) -> bool {
        self.part.text_only() && self.text.is_empty()
    }

    fn say(mut self, test_id: &'static str, text: String) -> Part {
        self.paragraphs.push(Paragraph { test_id, text });
        self
    }

    fn with(mut self, table: Table) -> Part {
        if !table.rows.is_empty() {
            self.tables.push(table);
        }
        self
    }
}

/// The whole report: the period, then every part of [`ReportPart::ALL`] in
/// order (context, objectives, recruitment, synergies, impact, meetings,
/// human means, partners, planning, success factors, difficulties,
/// recommendations).
pub fn document(lang: Lang, r: &Report) -> (String, Vec<Part>) {
    let period = tf(
        lang,
        Msg::ReportPeriod,
        &[
            ("from", &date(lang, r.period.from)),
            ("to", &date(lang, r.period.to)),
        ],
    );
    let parts = ReportPart::ALL
        .iter()
        .map(|&part| {
            let blank = Part::new(lang, r, part);
            match part {
                ReportPart::Recruitment => recruitment_part(lang, r, blank),
                ReportPart::Synergies => synergies_part(lang, r, blank),
                ReportPart::Impact => impact_part(lang, r, blank),
                ReportPart::Meetings => meetings_part(lang, r, blank),
                ReportPart::Means => means(lang, r, blank),
                ReportPart::Partners => partners_part(lang, r, blank),
                ReportPart::Planning => planning(lang, r, blank),
                _ => blank,
            }
        })
        .collect();
    (period, parts)
}

fn recruitment_part(lang: Lang, r: &Report, part: Part) -> Part {
    let mut steps = Table::new(
        "report-steps",
        vec![
            t(lang, Msg::ColStage).into(),
            t(lang, Msg::ReportColCompanies).into(),
        ],
        &[false, true],
    );
    for (s, c) in &r.funnel.steps {
        steps.row(vec![t(lang, stage(*s)).into(), int(lang, *c as i64)]);
    }
    part.say("report-recruitment", recruitment(lang, r))
        .with(steps)
}

fn synergies_part(lang: Lang, r: &Report, part: Part) -> Part {
    let mut statuses = Table::new(
        "report-statuses",
        vec![
            t(lang, Msg::ColStatus).into(),
            t(lang, Msg::ReportSynergies).into(),
        ],
        &[false, true],
    );
    for (s, c) in &r.by_status {
        statuses.row(vec![
            t(lang, flows::status(*s)).into(),
            int(lang, *c as i64),
        ]);
    }
    let said = |m: Msg, list: &[String]| tf(lang, m, &[("titles", &titles(lang, list))]);
    part.say("report-realised", said(Msg::ReportRealised, &r.realised))
        .say("report-potential", said(Msg::ReportPotential, &r.potential))
        .with(statuses)
}

fn impact_part(lang: Lang, r: &Report, part: Part) -> Part {
    let w = |m: Msg| t(lang, m).to_owned();
    let mut impact = Table::new(
        "report-impact",
        vec![
            w(Msg::ReportColIndicator),
            w(Msg::ReportEstimated),
            w(Msg::ReportMeasured),
            w(Msg::ReportPotentialEstimate),
        ],
        &[false, true, true, true],
    );
    for (m, [a, b, c]) in impact_rows(lang, r) {
        impact.row(vec![w(m), a, b, c]);
    }
    part.with(impact)
}

fn meetings_part(lang: Lang, r: &Report, part: Part) -> Part {
    let w = |m: Msg| t(lang, m).to_owned();
    let n = |x: usize| int(lang, x as i64);
    if r.meetings.is_empty() {
        return part.say("report-no-meetings", w(Msg::ReportNoMeetings));
    }
    let mut meetings = Table::new(
        "report-meetings",
        [
            Msg::ReportColDate,
            Msg::ColTitle,
            Msg::ColKind,
            Msg::ReportColPeople,
            Msg::ReportColCompanies,
            Msg::ReportColReferred,
            Msg::ReportColHarvest,
        ]
        .map(w)
        .to_vec(),
        &[false, false, false, true, true, true, true],
    );
    for m in &r.meetings {
        meetings.row(vec![
            date(lang, m.date),
            m.title.clone(),
            w(events::event_kind(m.kind)),
            n(m.people),
            n(m.companies),
            n(m.referred),
            n(m.harvest),
        ]);
    }
    part.with(meetings)
}

fn partners_part(lang: Lang, r: &Report, mut part: Part) -> Part {
    let mut outreach = Table::new(
        "report-outreach",
        vec![
            t(lang, Msg::ReportColWho).into(),
            t(lang, Msg::ReportColContacts).into(),
        ],
        &[false, true],
    );
    outreach.caption = Some(t(lang, Msg::ReportOutreachBy).into());
    for (who, c) in &r.outreach_by {
        outreach.row(vec![who.clone(), int(lang, *c as i64)]);
    }
    part.items = r
        .partners
        .iter()
        .map(|p| match p.role.trim() {
            "" => p.name.clone(),
            role => format!("{} — {role}", p.name),
        })
        .collect();
    part.with(outreach)
}

fn means(lang: Lang, r: &Report, section: Part) -> Part {
    let w = |m: Msg| t(lang, m).to_owned();
    if r.time.total == 0.0 {
        return section.say("report-no-time", w(Msg::ReportNoTime));
    }
    let mut activities = Table::new(
        "report-activities",
        vec![w(Msg::ReportColActivity), w(Msg::ReportColHours)],
        &[false, true],
    );
    for (a, h) in r.time.by_activity.iter().filter(|(_, h)| *h > 0.0) {
        activities.row(vec![w(activity(*a)), hours(lang, *h)]);
    }
    let mut months = Table::new(
        "report-months",
        vec![w(Msg::ReportColMonth), w(Msg::ReportColHours)],
        &[false, true],
    );
    for (m, h) in &r.time.by_month {
        months.row(vec![month(lang, *m), hours(lang, *h)]);
    }
    let mut people = Table::new(
        "report-people",
        vec![w(Msg::ReportColWho), w(Msg::ReportColHours)],
        &[false, true],
    );
    for (who, h) in &r.time.by_person {
        people.row(vec![who.clone(), hours(lang, *h)]);
    }
    section
        .say(
            "report-hours",
            tf(
                lang,
                Msg::ReportTimeTotal,
                &[("hours", &number(lang, r.time.total, 1))],
            ),
        )
        .with(activities)
        .with(months)
        .with(people)
}

fn planning(lang: Lang, r: &Report, mut section: Part) -> Part {
    let w = |m: Msg| t(lang, m).to_owned();
    if r.tasks.is_empty() {
        return section.say("report-no-tasks", w(Msg::ReportNoTasks));
    }
    let timeline = pictures::timeline::layout(&r.tasks, r.period, r.today);
    if !timeline.bars.is_empty() {
        section.picture = Some(pictures::timeline::svg(lang, &timeline));
    }
    let opt = |d: Option<crate::date::Date>| d.map(|d| date(lang, d)).unwrap_or_default();
    let mut tasks = Table::new(
        "report-tasks",
        [
            Msg::ReportColTask,
            Msg::ReportColStart,
            Msg::ReportColDue,
            Msg::ReportColDone,
        ]
        .map(w)
        .to_vec(),
        &[false; 4],
    );
    for x in &r.tasks {
        tasks.row(vec![
            x.title.clone(),
            opt(x.start),
            opt(x.due),
            task_state(lang, x),
        ]);
        *tasks.flagged.last_mut().expect("a row was added") = x.late;
    }
    section.with(tasks)
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

/// An indicator of the report: its name, value and unit.
pub type Indicator = (Msg, crate::csv::Cell, Msg);

/// The report's indicators, named as French EIT evaluation reports them
/// (companies engaged, synergies by status, tonnes, CO2e, euros): what a
/// programme sends to ADEME or its regional network.
pub fn indicators(r: &Report) -> Vec<Indicator> {
    use crate::csv::Cell::{Int, Number};
    use crate::model::SynergyStatus as S;
    let step = |s: crate::model::Stage| Int(r.reached(s) as i64);
    let status = |keep: &dyn Fn(S) -> bool| {
        Int(r
            .by_status
            .iter()
            .filter(|(s, _)| keep(*s))
            .map(|(_, n)| *n as i64)
            .sum())
    };
    let done = &r.impact.realised_estimate;
    let measured = &r.impact.realised_measured;
    vec![
        (
            Msg::IndCompaniesListed,
            Int(r.funnel.total as i64),
            Msg::UnitCompanies,
        ),
        (
            Msg::IndCompaniesContacted,
            step(crate::model::Stage::Contacted),
            Msg::UnitCompanies,
        ),
        (
            Msg::IndCompaniesVisited,
            step(crate::model::Stage::Visited),
            Msg::UnitCompanies,
        ),
        (
            Msg::IndCompaniesAtMeetings,
            step(crate::model::Stage::AttendsMeetings),
            Msg::UnitCompanies,
        ),
        (
            Msg::IndCompaniesInSynergy,
            step(crate::model::Stage::InSynergy),
            Msg::UnitCompanies,
        ),
        (
            Msg::IndSynergiesIdentified,
            status(&|s| matches!(s, S::Idea | S::Studied)),
            Msg::UnitSynergies,
        ),
        (
            Msg::IndSynergiesInProgress,
            status(&|s| s == S::InProgress),
            Msg::UnitSynergies,
        ),
        (
            Msg::IndSynergiesImplemented,
            status(&|s| matches!(s, S::Contracted | S::Operating)),
            Msg::UnitSynergies,
        ),
        (
            Msg::IndSynergiesEnded,
            status(&|s| s == S::Ended),
            Msg::UnitSynergies,
        ),
        (
            Msg::IndSynergiesStopped,
            status(&|s| s.needs_reason()),
            Msg::UnitSynergies,
        ),
        (
            Msg::IndTonnesEstimated,
            Number(done.tonnes),
            Msg::UnitTonnesYear,
        ),
        (
            Msg::IndTonnesMeasured,
            Number(measured.tonnes),
            Msg::UnitTonnesYear,
        ),
        (
            Msg::IndCo2Transport,
            Number(done.transport_kg.round()),
            Msg::UnitKgCo2Year,
        ),
        (
            Msg::IndCo2Route,
            Number(done.old_route_kg.round()),
            Msg::UnitKgCo2Year,
        ),
        (
            Msg::IndCo2Virgin,
            Number(done.virgin_kg.round()),
            Msg::UnitKgCo2Year,
        ),
        (
            Msg::IndSavings,
            Number(done.savings_eur.round()),
            Msg::UnitEurosYear,
        ),
        (
            Msg::IndMeetings,
            Int(r.meetings.len() as i64),
            Msg::UnitMeetings,
        ),
        (
            Msg::IndParticipants,
            Int(r.meetings.iter().map(|m| m.people as i64).sum()),
            Msg::UnitPeople,
        ),
        (Msg::IndHours, Number(r.time.total), Msg::UnitHours),
    ]
}

/// The indicators as a spreadsheet (French Excel reads it as it is).
pub fn indicators_csv(lang: Lang, r: &Report) -> String {
    use crate::csv::{Cell, Sheet};
    let head = [
        Msg::ReportColIndicator,
        Msg::ReportColValue,
        Msg::ReportColUnit,
        Msg::ReportColFrom,
        Msg::ReportColTo,
    ]
    .map(|m| t(lang, m));
    let mut sheet = Sheet::new(lang, &head);
    for (name, value, unit) in indicators(r) {
        sheet.row([
            Cell::from(t(lang, name)),
            value,
            Cell::from(t(lang, unit)),
            Cell::from(r.period.from.to_string()),
            Cell::from(r.period.to.to_string()),
        ]);
    }
    sheet.finish()
}

fn md_row(cells: &[String]) -> String {
    // A pipe in a cell would end it: written as the escaped pipe.
    let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
    format!("| {} |\n", cells.join(" | "))
}

fn md_table(table: &Table) -> String {
    let mut out = table
        .caption
        .as_ref()
        .map(|c| format!("{c}\n\n"))
        .unwrap_or_default();
    out += &md_row(&table.head);
    out += &md_row(&vec!["---".to_owned(); table.head.len()]);
    for r in &table.rows {
        out += &md_row(r);
    }
    out
}

/// The report's title: "Bilan de la démarche — <project>".
pub fn title(lang: Lang, r: &Report) -> String {
    format!("{} — {}", t(lang, Msg::ReportTitle), r.name)
}

/// The report as Markdown: title, programme, period, then each part of
/// [`document`] that has something to say.
pub fn markdown(lang: Lang, r: &Report) -> String {
    let (period, sections) = document(lang, r);
    let mut md = format!("# {}\n\n", title(lang, r));
    if !r.programme.trim().is_empty() {
        md += &format!("{}\n\n", r.programme.trim());
    }
    md += &format!("{period}\n");
    for s in sections.iter().filter(|s| !s.is_blank()) {
        md += &format!("\n## {}\n", s.title);
        if !s.text.is_empty() {
            md += &format!("\n{}\n", s.text);
        }
        for p in &s.paragraphs {
            md += &format!("\n{}\n", p.text);
        }
        if !s.items.is_empty() {
            md += "\n";
            for item in &s.items {
                md += &format!("- {item}\n");
            }
        }
        for table in &s.tables {
            md += "\n";
            md += &md_table(table);
        }
    }
    md
}

/// The style of the HTML file: readable on screen, A4 when printed, no
/// external resource.
const HTML_STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}\
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #999}\
table{border-collapse:collapse;margin:.8rem 0;width:100%}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}\
td.num{text-align:right;font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:600;padding:.3rem 0}\
tr.late td{background:#fde8e8}.text{white-space:pre-wrap}\
@page{size:A4;margin:18mm 16mm}@media print{body{margin:0;max-width:none}h2{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}}";

/// The report as one self-contained HTML file (no script, no external
/// resource): the same parts and figures as the screen and [`markdown`].
pub fn html(lang: Lang, r: &Report) -> String {
    let (period, sections) = document(lang, r);
    let title = escape(&title(lang, r));
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>{HTML_STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n",
        lang.tag()
    );
    if !r.programme.trim().is_empty() {
        out += &format!("<p>{}</p>\n", escape(r.programme.trim()));
    }
    out += &format!("<p>{}</p>\n", escape(&period));
    for s in sections.iter().filter(|s| !s.is_blank()) {
        out += &format!("<section id=\"{}\">\n<h2>{}</h2>\n", s.id, escape(&s.title));
        if !s.text.is_empty() {
            out += &format!("<p class=\"text\">{}</p>\n", escape(&s.text));
        }
        for p in &s.paragraphs {
            out += &format!("<p>{}</p>\n", escape(&p.text));
        }
        if let Some(svg) = &s.picture {
            out += &format!("<figure>{svg}</figure>\n");
        }
        if !s.items.is_empty() {
            out += "<ul>\n";
            for item in &s.items {
                out += &format!("<li>{}</li>\n", escape(item));
            }
            out += "</ul>\n";
        }
        for table in &s.tables {
            out += &html_table(table);
        }
        out += "</section>\n";
    }
    out + "</body>\n</html>\n"
}

fn html_table(table: &Table) -> String {
    let mut out = String::from("<table>\n");
    if let Some(c) = &table.caption {
        out += &format!("<caption>{}</caption>\n", escape(c));
    }
    out += "<thead><tr>";
    for h in &table.head {
        out += &format!("<th scope=\"col\">{}</th>", escape(h));
    }
    out += "</tr></thead>\n<tbody>\n";
    for (row, late) in table.rows.iter().zip(&table.flagged) {
        out += if *late { "<tr class=\"late\">" } else { "<tr>" };
        for (cell, numeric) in row.iter().zip(&table.numeric) {
            let class = if *numeric { " class=\"num\"" } else { "" };
            out += &format!("<td{class}>{}</td>", escape(cell));
        }
        out += "</tr>\n";
    }
    out + "</tbody>\n</table>\n"
}
