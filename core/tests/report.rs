//! The programme report, on a project built by hand after the programme
//! Maillage is modelled on (ADEME OPTIGEDE fiche action): 60 companies
//! contacted by mailing and phoning → 30 interviews → 15 at the meetings,
//! one synergy contracted and one in progress, 5 + 60 + 15 + 3 × 10 hours.

mod common;
use common::*;
use maillage_core::factors::{FactorSet, DEFAULT_VEHICLE_KM};
use maillage_core::form::company::new_company;
use maillage_core::form::interaction::new_interaction;
use maillage_core::i18n::{self, Lang};
use maillage_core::report::{self, Period};
use maillage_core::*;
use serde_json::json;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn id(n: u128) -> Id {
    Id::from_u128(n)
}

fn log(
    p: &mut Project,
    company: Id,
    kind: InteractionKind,
    date: &str,
    outcome: Outcome,
    by: Option<&str>,
) {
    let mut i = new_interaction(
        id(10_000 + p.interactions.len() as u128),
        company,
        author(),
        d(date),
    );
    i.rev = 1;
    i.kind = kind;
    i.outcome = outcome;
    i.done_by = by.map(str::to_owned);
    p.interactions.push(i);
}

fn record<T: serde::de::DeserializeOwned>(n: u128, fields: serde_json::Value) -> T {
    let mut v = json!({"id": id(n), "rev": 1, "updated_at": 0, "updated_by": author()});
    v.as_object_mut()
        .unwrap()
        .extend(fields.as_object().unwrap().clone());
    serde_json::from_value(v).unwrap()
}

fn seed() -> Project {
    let mut p = Project::new(id(1), id(2), "EIT", &ctx(0));
    p.territory.name = "Zone des Prés".into();
    p.territory.programme = "Programme local de prévention".into();
    p.territory.partners = vec![Partner {
        name: "Jeune Chambre Économique".into(),
        role: "Phoning".into(),
    }];
    p.territory.start = Some(d("2015-10-01"));
    p.territory.end = Some(d("2016-12-31"));
    p.territory.report_texts.insert(
        ReportPart::Context,
        "Zone d'activités de 60 entreprises.".into(),
    );
    for n in 0..60u128 {
        let mut c = new_company(id(100 + n), author());
        c.rev = 1;
        c.name = format!("Entreprise {n}");
        let company = c.id;
        p.companies.push(c);
        // Mailing by the officer, phoning of half by the JCE.
        log(
            &mut p,
            company,
            InteractionKind::Mailing,
            "2015-11-05",
            Outcome::NoAnswer,
            None,
        );
        if n < 30 {
            log(
                &mut p,
                company,
                InteractionKind::Call,
                "2015-12-01",
                Outcome::InterviewBooked,
                Some("JCE"),
            );
            log(
                &mut p,
                company,
                InteractionKind::Visit,
                "2016-02-10",
                Outcome::Held,
                None,
            );
        }
    }
    // The local authority takes part (visited, at the first meeting, in a
    // synergy) without being recruited: it is not counted in the funnel.
    let mut authority = new_company(id(99), author());
    authority.rev = 1;
    authority.name = "Communauté de communes".into();
    authority.organisation = Organisation::LocalAuthority;
    p.companies.push(authority);
    log(
        &mut p,
        id(99),
        InteractionKind::Visit,
        "2016-01-20",
        Outcome::Held,
        None,
    );
    for (k, date) in ["2016-04-14", "2016-06-16", "2016-10-13"]
        .into_iter()
        .enumerate()
    {
        let attendance: Vec<serde_json::Value> = (0..15u128)
            .map(|n| json!({"id": id(5_000 + 100 * k as u128 + n), "company_id": id(100 + n), "contact_id": null,
                "name": format!("Personne {n}"), "status": "present",
                "referred_by": if k == 2 && n == 14 { Some(id(100)) } else { None }}))
            .collect();
        let harvest: Vec<serde_json::Value> = (0..k as u128 + 1)
            .map(|n| json!({"id": id(7_000 + 10 * k as u128 + n), "kind": "idea", "text": "Idée", "round": null,
                "table": null, "company_ids": [], "votes": 0}))
            .collect();
        p.events.push(record(
            3_000 + k as u128,
            json!({"kind": "world_cafe", "title": format!("Rencontre {}", k + 1), "date": date,
                "attendance": attendance, "harvest": harvest}),
        ));
    }
    p.events[0].attendance.push(
        serde_json::from_value(
            json!({"id": id(5_999), "company_id": id(99), "contact_id": null,
            "name": "Élue", "status": "present", "referred_by": null}),
        )
        .unwrap(),
    );
    let synergy = |n: u128, title: &str, status: &str, a: u128, b: u128| -> Synergy {
        record(
            4_000 + n,
            json!({"title": title, "kind": "substitution", "status": status,
                "participants": [{"company_id": id(100 + a), "role": "supplier"}, {"company_id": id(100 + b), "role": "receiver"}],
                "flow_ids": [], "origin": {"kind": "workshop", "event_id": null}, "history": [], "next_action": null}),
        )
    };
    let mut cardboard = synergy(
        1,
        "Chutes de carton réutilisées comme calage",
        "contracted",
        0,
        1,
    );
    cardboard.impact.estimate = Some(ImpactInputs {
        transport: Some(TransportAvoided {
            method: TransportMethod::VehicleKm,
            trips_per_month: Some(3.0),
            km_per_trip: Some(360.0),
            factor: DEFAULT_VEHICLE_KM.into(),
        }),
        ..Default::default()
    });
    p.synergies.push(cardboard);
    let mut compost = synergy(2, "Papier broyé pour le compostage", "in_progress", 2, 3);
    compost.participants.push(Participant {
        company_id: id(99),
        role: Role::LocalAuthority,
    });
    p.synergies.push(compost);
    // Thirty visits of two hours each.
    let mut hours = vec![(Activity::Visits, "2016-02-10", 2.0); 30];
    hours.extend([
        (Activity::Listing, "2015-10-15", 5.0),
        (Activity::Analysis, "2016-03-20", 15.0),
        (Activity::Meetings, "2016-04-14", 10.0),
        (Activity::Meetings, "2016-06-16", 10.0),
        (Activity::Meetings, "2016-10-13", 10.0),
        // Outside the period: not counted.
        (Activity::Other, "2017-01-05", 4.0),
    ]);
    for (n, (activity, date, h)) in hours.into_iter().enumerate() {
        p.time_entries.push(record(
            6_000 + n as u128,
            json!({"date": date, "activity": activity, "hours": h, "company_id": null, "event_id": null}),
        ));
    }
    p.tasks.push(record(
        8_000,
        json!({"title": "Listing", "start": "2015-10-01", "due": "2015-10-31", "done": true}),
    ));
    p.tasks.push(record(
        8_001,
        json!({"title": "Bilan aux élus", "start": "2016-11-01", "due": "2016-11-30"}),
    ));
    p.tasks.push(record(
        8_002,
        json!({"title": "Plus tard", "start": "2017-03-01", "due": "2017-03-31"}),
    ));
    assert!(
        validate::validate(&p).iter().all(|i| !i.is_error()),
        "{:?}",
        validate::validate(&p)
    );
    p
}

fn programme() -> Period {
    Period {
        from: d("2015-10-01"),
        to: d("2016-12-31"),
    }
}

/// The report of the programme's period, read in 2026.
fn seed_report(p: &Project) -> report::Report {
    report::report(p, &FactorSet::of(&p.settings), programme(), d("2026-12-02"))
}

#[test]
fn the_seed_programme_reads_60_30_15_with_half_lost_at_each_step() {
    let p = seed();
    let r = seed_report(&p);
    assert_eq!(r.recruitment(), [60, 30, 15]);
    assert_eq!((r.kept(1), r.kept(2)), (Some(0.5), Some(0.5)));
    assert_eq!(r.even_loss(), Some(0.5));
    assert_eq!(
        i18n::report::recruitment(Lang::Fr, &r),
        "60 entreprises démarchées, 30 entretiens, 15 présentes aux rencontres\u{a0}: une perte de 50 % à chaque étape."
    );
    assert_eq!(
        i18n::report::recruitment(Lang::En, &r),
        "60 companies contacted, 30 interviews, 15 at the meetings: a loss of 50% at each step."
    );
    // As of the period's end: only the thirty mailed in November 2015 and
    // never heard of since are dormant, not the whole programme as in 2026.
    assert_eq!(r.funnel.dormant, 30);
    let later = report::report(
        &p,
        &FactorSet::of(&p.settings),
        Period::year(2026),
        d("2026-12-02"),
    );
    assert_eq!(
        later.funnel.dormant,
        60 - 4,
        "all but the four in synergies went quiet by 2026"
    );
}

#[test]
fn the_years_offered_are_those_of_the_records_and_this_one() {
    // The programme ended in 2016: "this year" is its last, not 2026.
    assert_eq!(report::years(&seed(), d("2026-12-02")), [2017, 2016, 2015]);
    let mut open = seed();
    open.territory.end = None;
    assert_eq!(
        report::years(&open, d("2026-12-02")),
        [2026, 2017, 2016, 2015]
    );
}

#[test]
fn synergies_impact_meetings_time_and_plan_of_the_seed() {
    let p = seed();
    let r = seed_report(&p);
    let n = |s: SynergyStatus| r.by_status.iter().find(|x| x.0 == s).unwrap().1;
    assert_eq!(
        (
            n(SynergyStatus::Contracted),
            n(SynergyStatus::InProgress),
            n(SynergyStatus::Idea)
        ),
        (1, 1, 0)
    );
    assert_eq!(r.by_status.len(), SynergyStatus::ALL.len());
    assert_eq!(r.realised, ["Chutes de carton réutilisées comme calage"]);
    assert_eq!(r.potential, ["Papier broyé pour le compostage"]);
    // 3 trips × 360 km × 12 months × 1.15479 kg CO2e/km (DEFRA 2025, HGV > 33 t, average laden, WTW).
    assert_eq!(r.impact.realised_estimate.km, 12_960.0);
    assert_eq!(r.impact.realised_estimate.transport_kg.round(), 14_966.0);
    assert_eq!(
        r.impact.realised_measured.synergies, 0,
        "no measure: kept apart, not copied"
    );
    let meetings: Vec<(usize, usize, usize, usize)> = r
        .meetings
        .iter()
        .map(|m| (m.people, m.companies, m.referred, m.harvest))
        .collect();
    // The elected member of the authority came to the first one: people and
    // organisations there, though the funnel's 15 companies stay 15.
    assert_eq!(meetings, [(16, 16, 0, 1), (15, 15, 0, 2), (15, 15, 1, 3)]);
    let h = |a: Activity| r.time.by_activity.iter().find(|x| x.0 == a).unwrap().1;
    assert_eq!(
        (
            h(Activity::Listing),
            h(Activity::Visits),
            h(Activity::Analysis),
            h(Activity::Meetings),
            h(Activity::Other)
        ),
        (5.0, 60.0, 15.0, 30.0, 0.0)
    );
    assert_eq!(r.time.total, 110.0);
    assert_eq!(r.time.by_month.first(), Some(&((2015, 10), 5.0)));
    assert_eq!(r.time.by_month.len(), 6);
    // The plan: the task after the period is left out; the report to the officials is late.
    let tasks: Vec<(&str, bool, bool)> = r
        .tasks
        .iter()
        .map(|t| (t.title.as_str(), t.done, t.late))
        .collect();
    assert_eq!(
        tasks,
        [("Listing", true, false), ("Bilan aux élus", false, true)]
    );
    assert_eq!(
        r.outreach_by,
        [(author().label, 90), ("JCE".to_owned(), 30)]
    );
}

#[test]
fn the_markdown_report_carries_the_screen_figures() {
    let p = seed();
    let r = seed_report(&p);
    let md = i18n::report::markdown(Lang::Fr, &r);
    assert!(
        md.starts_with("# Bilan de la démarche — Zone des Prés\n\nProgramme local de prévention\n")
    );
    assert!(
        md.contains("- Jeune Chambre Économique — Phoning\n"),
        "{md}"
    );
    assert!(
        !md.contains("## Recommandations"),
        "a part with no text is left out of the file"
    );
    assert!(md.contains(&i18n::report::recruitment(Lang::Fr, &r)));
    assert!(md.contains("Zone d'activités de 60 entreprises."));
    assert!(md.contains("| Rencontres | 30 h |"), "{md}");
    assert!(md.contains("| Entretiens et visites | 60 h |"));
    assert!(
        md.contains("14\u{202f}966 / 0 / 0"),
        "the three CO2e sources apart: {md}"
    );
    assert!(md.contains("| Bilan aux élus |") && md.contains("en retard"));
    assert!(!md.contains("Plus tard"));
    // Every table row has as many cells as its head.
    for block in md.split("\n\n").filter(|b| b.starts_with('|')) {
        let cells: Vec<usize> = block.lines().map(|l| l.matches(" | ").count()).collect();
        assert!(cells.iter().all(|&c| c == cells[0]), "{block}");
    }
}

#[test]
fn time_is_logged_within_a_day_and_for_records_that_exist() {
    let mut p = seed();
    let before = seed_report(&p).time.total;
    let mut t = maillage_core::form::time::new_time_entry(
        id(9_000),
        Activity::Visits,
        author(),
        d("2016-05-02"),
    );
    t.hours = 25.0;
    assert!(
        commands::save_time_entry(&mut p, t.clone(), &ctx(1)).is_err(),
        "more than a day"
    );
    t.hours = 2.5;
    t.company_id = Some(id(99_999));
    let refused = commands::save_time_entry(&mut p, t.clone(), &ctx(1)).unwrap_err();
    assert_eq!(refused[0].path, "company_id");
    t.company_id = Some(id(100));
    t.event_id = Some(id(3_000));
    assert!(!commands::save_time_entry(&mut p, t, &ctx(1))
        .unwrap()
        .is_empty());
    let after = seed_report(&p).time.total;
    assert_eq!(after, before + 2.5);
    assert!(!commands::delete_time_entry(&mut p, id(9_000), &ctx(2)).is_empty());
    let gone = seed_report(&p).time.total;
    assert_eq!(gone, before, "a deleted entry counts no more");
}

#[test]
fn the_indicators_spreadsheet_of_the_seed() {
    let r = seed_report(&seed());
    let csv = i18n::report::indicators_csv(Lang::Fr, &r);
    assert!(csv.starts_with("\u{feff}Indicateur;Valeur;Unité;Du;Au\r\n"));
    for line in [
        "Entreprises sollicitées;60;entreprises;2015-10-01;2016-12-31",
        "Entreprises rencontrées en entretien;30;entreprises;",
        "Entreprises participant aux rencontres;15;entreprises;",
        "Entreprises engagées dans une synergie;4;entreprises;",
        "Synergies mises en œuvre;1;synergies;",
        "Synergies en cours de mise en œuvre;1;synergies;",
        "Émissions évitées\u{a0}: transport;14966;kg CO2e/an;",
        "Rencontres organisées;3;rencontres;",
        "Participations aux rencontres;46;participations;",
        "Temps passé par l’équipe;110;h;",
    ] {
        assert!(csv.contains(line), "{line} in {csv}");
    }
    assert_eq!(csv.lines().count(), 1 + i18n::report::indicators(&r).len());
}

#[test]
fn a_past_programme_is_read_as_of_its_last_day() {
    let mut p = seed();
    let today = d("2026-12-02");
    assert_eq!(p.territory.as_of(today), d("2016-12-31"));
    assert_eq!(Period::default_for(&p, today), programme());
    assert_eq!(Period::whole(&p, today), programme());
    // Read at the end of November 2015, the calls and visits that came
    // later are not there yet (not even as "booked"); the seed's synergies
    // have no history, so their four companies are counted in (a synergy's
    // history dates it: one begun later would not be).
    let november = report::report(
        &p,
        &FactorSet::of(&p.settings),
        Period {
            from: d("2015-10-01"),
            to: d("2015-11-30"),
        },
        today,
    );
    assert_eq!(november.reached(Stage::Contacted), 60);
    assert_eq!(november.reached(Stage::InterviewBooked), 4);
    assert_eq!(november.reached(Stage::Visited), 4);
    let cardboard = p
        .synergies
        .iter_mut()
        .find(|s| s.status == SynergyStatus::Contracted)
        .unwrap();
    cardboard.history.push(StatusChange {
        from: None,
        to: SynergyStatus::Idea,
        at: d("2016-03-01").epoch_ms(),
        by: author(),
        reason: String::new(),
    });
    let november = report::report(
        &p,
        &FactorSet::of(&p.settings),
        Period {
            from: d("2015-10-01"),
            to: d("2015-11-30"),
        },
        today,
    );
    assert_eq!(
        november.reached(Stage::InSynergy),
        2,
        "the cardboard synergy began in 2016"
    );
    p.territory.end = None;
    assert_eq!(p.territory.as_of(today), today);
    assert_eq!(Period::default_for(&p, today), Period::year(2026));
}

#[test]
fn every_part_has_its_heading_and_the_officer_s_text() {
    let mut p = seed();
    p.territory.report_texts.insert(
        ReportPart::Difficulties,
        "  Peu de retours au courrier.  ".into(),
    );
    p.territory
        .report_texts
        .insert(ReportPart::Recommendations, "   ".into());
    let r = seed_report(&p);
    let (_, parts) = i18n::report::document(Lang::En, &r);
    let order: Vec<ReportPart> = parts.iter().map(|x| x.part).collect();
    assert_eq!(order, ReportPart::ALL);
    let part = |k: ReportPart| parts.iter().find(|x| x.part == k).unwrap();
    assert_eq!(
        part(ReportPart::Difficulties).text,
        "Peu de retours au courrier."
    );
    assert!(!part(ReportPart::Difficulties).is_blank());
    assert!(
        part(ReportPart::Recommendations).is_blank(),
        "blank text is no text"
    );
    assert!(part(ReportPart::Objectives).is_blank());
    assert!(
        !part(ReportPart::Meetings).is_blank(),
        "a computed part always says something"
    );
    assert_eq!(part(ReportPart::Context).title, "Context");
    assert_eq!(
        part(ReportPart::Partners).items,
        ["Jeune Chambre Économique — Phoning"]
    );
}

#[test]
fn the_html_report_is_self_contained_and_carries_the_same_figures() {
    let mut p = seed();
    p.territory
        .report_texts
        .insert(ReportPart::Difficulties, "Retours < 50 % & relances".into());
    let r = seed_report(&p);
    let html = i18n::report::html(Lang::Fr, &r);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    for external in ["<script", "src=", "href=", "url(", "@import"] {
        assert!(!html.contains(external), "{external} in the file");
    }
    assert!(html.contains(&i18n::report::recruitment(Lang::Fr, &r)));
    assert!(html.contains("<td class=\"num\">30 h</td>"), "{html}");
    assert!(html.contains("Retours &lt; 50 % &amp; relances"));
    assert!(html.contains("<tr class=\"late\"><td>Bilan aux élus</td>"));
    assert!(
        !html.contains("Recommandations"),
        "a blank part is left out"
    );
    // Every figure of the Markdown file's tables is in the HTML file.
    let md = i18n::report::markdown(Lang::Fr, &r);
    for line in md
        .lines()
        .filter(|l| l.starts_with("| ") && !l.contains("---"))
    {
        for cell in line.trim_matches('|').split(" | ") {
            let cell = cell.trim().replace("\\|", "|");
            let escaped = cell.replace('&', "&amp;").replace('<', "&lt;");
            assert!(html.contains(&format!(">{escaped}<")), "{cell:?} missing");
        }
    }
}
