//! Suggested exchanges: filters, every score term, determinism, decisions,
//! and pools.

mod common;
use common::*;
use maillage_core::factors::FactorSet;
use maillage_core::matching::{self, Evidence, TermKind};
use maillage_core::units::Dimension;
use maillage_core::*;

/// A fresh project with two companies `km` apart (None: no coordinates).
fn two_companies(km: Option<f64>) -> Project {
    let mut p = Project::new(
        uuid::Uuid::from_u128(1),
        uuid::Uuid::from_u128(2),
        "Test",
        &ctx(0),
    );
    let base = sample().companies[0].clone();
    for (i, name) in ["Fournisseur", "Receveur"].iter().enumerate() {
        let mut c = base.clone();
        c.id = uuid::Uuid::from_u128(10 + i as u128);
        c.rev = 0;
        c.name = (*name).into();
        c.siret = None;
        // About 111 km per degree of latitude.
        c.coordinates = km.map(|d| Coordinates {
            lat: 47.0 + i as f64 * d / 111.195,
            lon: 6.0,
        });
        commands::save_company(&mut p, c, &ctx(1)).unwrap();
    }
    p
}

fn flow(
    p: &mut Project,
    n: u128,
    company: u128,
    direction: Direction,
    label: &str,
    code: Option<&str>,
    q: Option<(f64, Unit, Period)>,
) -> Id {
    let mut f = sample().flows[0].clone();
    f.id = uuid::Uuid::from_u128(100 + n);
    f.rev = 0;
    f.company_id = uuid::Uuid::from_u128(10 + company);
    f.direction = direction;
    f.label = label.into();
    f.category = String::new();
    f.low_code = code.map(str::to_owned);
    f.quantity = q.map(|(value, unit, period)| Quantity {
        value,
        unit,
        period,
    });
    f.route = CurrentRoute::default();
    f.last_verified = Some(today().add_days(-30));
    commands::save_flow(p, f.clone(), &ctx(2)).unwrap();
    f.id
}

/// Cardboard (15 01 01) as an output of the first company and an input of
/// the second, with their quantities: the ids of both flows.
fn cardboard_pair(
    p: &mut Project,
    have: Option<(f64, Unit, Period)>,
    need: Option<(f64, Unit, Period)>,
) -> (Id, Id) {
    let h = flow(p, 1, 0, Direction::Have, "Carton", Some("150101"), have);
    let n = flow(p, 2, 1, Direction::Need, "Carton", Some("150101"), need);
    (h, n)
}

fn run(p: &Project) -> Vec<matching::Suggestion> {
    matching::suggestions(p, &FactorSet::of(&p.settings), today())
}

fn term(s: &matching::Suggestion, kind: TermKind) -> &matching::Term {
    s.terms.iter().find(|t| t.kind == kind).unwrap()
}

#[test]
fn cardboard_offcuts_meet_a_packaging_need() {
    let mut p = two_companies(Some(12.0));
    let have = flow(
        &mut p,
        1,
        0,
        Direction::Have,
        "Chutes de carton ondulé",
        Some("150101"),
        Some((2.0, Unit::T, Period::Month)),
    );
    let need = flow(
        &mut p,
        2,
        1,
        Direction::Need,
        "Emballages en carton",
        None,
        Some((1.5, Unit::T, Period::Month)),
    );
    let all = run(&p);
    assert_eq!(all.len(), 1);
    let s = &all[0];
    assert_eq!((s.supply, s.demand), (have, need));
    assert_eq!(
        term(s, TermKind::Code).evidence,
        Evidence::SameCategory("cardboard")
    );
    assert_eq!(
        term(s, TermKind::Text).evidence,
        Evidence::CommonWords(vec!["carton".into()])
    );
    assert_eq!(
        term(s, TermKind::Quantity).value,
        1.0,
        "24 t/yr covers 18 t/yr"
    );
    assert!(
        matches!(term(s, TermKind::Quantity).evidence, Evidence::Coverage { supply, demand, dimension: Dimension::Mass } if supply == 24.0 && demand == 18.0)
    );
    let Evidence::Distance(d) = term(s, TermKind::Distance).evidence else {
        panic!()
    };
    assert!((d - 12.0).abs() < 0.1);
    assert!((term(s, TermKind::Distance).value - (-12.0f64 / 20.0).exp()).abs() < 0.01);
    assert!(!s.hazardous);
    let total: f64 = s.terms.iter().map(|t| t.weight).sum();
    assert!((total - 1.0).abs() < 1e-12, "weights sum to 1");
    assert!((s.score - s.terms.iter().map(|t| t.value * t.weight).sum::<f64>()).abs() < 1e-12);
}

#[test]
fn a_code_on_one_side_meets_words_on_the_other() {
    // "carton" ~ "emballages en carton" ~ 15 01 01
    let mut p = two_companies(Some(5.0));
    flow(
        &mut p,
        1,
        0,
        Direction::Have,
        "Déchets de l'atelier",
        Some("150101"),
        None,
    );
    flow(
        &mut p,
        2,
        1,
        Direction::Need,
        "Emballages en carton",
        None,
        None,
    );
    let s = &run(&p)[0];
    assert_eq!(
        term(s, TermKind::Code).evidence,
        Evidence::SameCategory("cardboard")
    );
    assert_eq!(
        term(s, TermKind::Text).evidence,
        Evidence::CommonWords(vec!["cardboard".into()])
    );
}

#[test]
fn code_similarity_ranks_code_then_subchapter_then_chapter() {
    let code_value = |a: &str, b: &str| {
        let mut p = two_companies(Some(5.0));
        flow(
            &mut p,
            1,
            0,
            Direction::Have,
            "Boues d'usinage",
            Some(a),
            None,
        );
        flow(
            &mut p,
            2,
            1,
            Direction::Need,
            "Boues d'usinage",
            Some(b),
            None,
        );
        run(&p).first().map(|s| {
            (
                term(s, TermKind::Code).value,
                term(s, TermKind::Code).evidence.clone(),
            )
        })
    };
    assert_eq!(
        code_value("120101", "120101"),
        Some((1.0, Evidence::SameCode("120101".into())))
    );
    assert_eq!(
        code_value("120101", "120103"),
        Some((0.6, Evidence::SameSubChapter("1201".into())))
    );
    assert_eq!(
        code_value("120101", "120301"),
        Some((0.3, Evidence::SameChapter("12".into())))
    );
}

#[test]
fn incompatible_materials_are_not_suggested() {
    let mut p = two_companies(Some(5.0));
    flow(
        &mut p,
        1,
        0,
        Direction::Have,
        "Palettes",
        Some("150103"),
        None,
    );
    flow(&mut p, 2, 1, Direction::Need, "Verre", Some("150107"), None);
    assert!(run(&p).is_empty());
}

#[test]
fn same_company_and_same_direction_never_match() {
    let mut p = two_companies(Some(5.0));
    flow(
        &mut p,
        1,
        0,
        Direction::Have,
        "Carton",
        Some("150101"),
        None,
    );
    flow(
        &mut p,
        2,
        0,
        Direction::Need,
        "Carton",
        Some("150101"),
        None,
    );
    flow(
        &mut p,
        3,
        1,
        Direction::Have,
        "Carton",
        Some("150101"),
        None,
    );
    let all = run(&p);
    assert_eq!(all.len(), 1);
    assert_eq!(
        (all[0].supplier, all[0].receiver),
        (uuid::Uuid::from_u128(11), uuid::Uuid::from_u128(10))
    );
}

#[test]
fn distance_limit_and_unknown_distance() {
    let mut p = two_companies(Some(80.0));
    cardboard_pair(&mut p, None, None);
    assert!(run(&p).is_empty(), "80 km is beyond the 50 km limit");
    p.settings.distance_limit_km = 100.0;
    assert_eq!(run(&p).len(), 1);
    let mut p = two_companies(None);
    cardboard_pair(&mut p, None, None);
    let s = &run(&p)[0];
    assert_eq!(
        term(s, TermKind::Distance).evidence,
        Evidence::DistanceUnknown
    );
    assert_eq!(term(s, TermKind::Distance).value, 0.5, "neutral");
    assert_eq!(
        term(s, TermKind::Quantity).evidence,
        Evidence::QuantityUnknown
    );
}

#[test]
fn volumes_are_compared_as_mass_through_density() {
    let mut p = two_companies(Some(5.0));
    // 4 m³ a week of loose cardboard (63 kg/m³) = 13.1 t a year, for a need of 26.2 t.
    cardboard_pair(
        &mut p,
        Some((4.0, Unit::M3, Period::Week)),
        Some((26.208, Unit::T, Period::Year)),
    );
    let s = &run(&p)[0];
    assert!((term(s, TermKind::Quantity).value - 0.5).abs() < 1e-9);
}

#[test]
fn economic_and_freshness_terms() {
    let mut p = two_companies(Some(5.0));
    let (have, _) = cardboard_pair(&mut p, None, None);
    let s = &run(&p)[0];
    assert_eq!(term(s, TermKind::Economic).evidence, Evidence::CostUnknown);
    assert_eq!(
        term(s, TermKind::Freshness).evidence,
        Evidence::CheckedDaysAgo(30)
    );
    assert_eq!(term(s, TermKind::Freshness).value, 1.0);
    let f = p.flows.iter_mut().find(|f| f.id == have).unwrap();
    f.route.cost_eur_per_year = Some(5_000.0);
    f.last_verified = Some(today().add_days(-365 - 365));
    let s = &run(&p)[0];
    assert_eq!(
        term(s, TermKind::Economic).evidence,
        Evidence::Cost(5_000.0)
    );
    assert_eq!(term(s, TermKind::Economic).value, 0.5);
    assert!((term(s, TermKind::Freshness).value - 0.5).abs() < 1e-9);
}

#[test]
fn hazardous_waste_is_flagged_for_a_human_check() {
    let mut p = two_companies(Some(5.0));
    flow(
        &mut p,
        1,
        0,
        Direction::Have,
        "Emballages souillés",
        Some("150110"),
        None,
    );
    flow(
        &mut p,
        2,
        1,
        Direction::Need,
        "Emballages",
        Some("150110"),
        None,
    );
    assert!(run(&p)[0].hazardous);
}

#[test]
fn rejected_suggestions_stay_away_until_undone_and_accepted_ones_become_synergies() {
    let mut p = two_companies(Some(5.0));
    cardboard_pair(&mut p, None, None);
    let s = run(&p).remove(0);
    commands::reject_suggestion(&mut p, &s.key, &ctx(5));
    assert!(run(&p).is_empty());
    assert!(!p.settings.decisions[0].accepted);
    commands::undo_decision(&mut p, &s.key, &ctx(6));
    assert_eq!(run(&p).len(), 1);
    commands::accept_suggestion(
        &mut p,
        &s,
        uuid::Uuid::from_u128(900),
        "Carton".into(),
        &ctx(7),
    )
    .unwrap();
    assert!(run(&p).is_empty());
    let syn = &p.synergies[0];
    assert_eq!(syn.status, SynergyStatus::Idea);
    assert_eq!(syn.flow_ids, vec![s.supply, s.demand]);
    assert_eq!(syn.participants.len(), 2);
    assert_eq!(syn.origin.kind, OriginKind::Suggestion);
    assert!(validate::validate(&p).iter().all(|i| !i.is_error()));
}

#[test]
fn suggestions_are_deterministic() {
    let p = example::generated_project(400, 600, 10, 3, today());
    let a = run(&p);
    assert!(a.len() > 20, "{}", a.len());
    let mut shuffled = p.clone();
    rng::Rng::new(9).shuffle(&mut shuffled.flows);
    let b = run(&shuffled);
    let keys = |v: &[matching::Suggestion]| {
        v.iter()
            .map(|s| (s.key.clone(), s.score))
            .collect::<Vec<_>>()
    };
    assert_eq!(keys(&a), keys(&b));
    assert!(a.windows(2).all(|w| w[0].score >= w[1].score));
    for s in &a {
        assert!((0.0..=1.0).contains(&s.score));
        assert!(s.terms.iter().all(|t| (0.0..=1.0).contains(&t.value)));
    }
}

#[test]
fn pools_in_the_example() {
    let p = sample();
    let factors = FactorSet::of(&p.settings);
    let pools = matching::pools(&p, &factors, 10.0);
    let collection = pools
        .iter()
        .find(|c| c.category == "cardboard" && c.direction == Direction::SharedNeed)
        .expect("the five collection needs");
    assert_eq!(collection.companies.len(), 5);
    // 25 m³ a week at 63 kg/m³.
    let (v, dim) = collection.volume.unwrap();
    assert_eq!(dim, Dimension::Mass);
    assert!((v - 25.0 * 52.0 * 0.063).abs() < 1e-9, "{v}");
    assert!((collection.rank - 5.0 * v).abs() < 1e-9);
    assert!(collection.spread_km <= 10.0);
    // Accepting it makes a pooling synergy with five members.
    let mut p = p;
    commands::accept_pool(
        &mut p,
        collection,
        uuid::Uuid::from_u128(901),
        "Collecte mutualisée des cartons".into(),
        &ctx(5),
    )
    .unwrap();
    let s = p.synergies.last().unwrap();
    assert_eq!(
        (s.kind, s.participants.len()),
        (SynergyKind::Mutualisation, 5)
    );
    assert!(!matching::pools(&p, &factors, 10.0)
        .iter()
        .any(|c| c.key == collection.key));
}

#[test]
fn example_has_open_suggestions() {
    let p = sample();
    let all = run(&p);
    assert!(all.iter().any(|s| s.supply
        == p.flows
            .iter()
            .find(|f| f.label == "Palettes bois cassées")
            .unwrap()
            .id));
    // The contracted cardboard synergy is not suggested again.
    let offcuts = p
        .flows
        .iter()
        .find(|f| f.label.starts_with("Chutes de carton"))
        .unwrap()
        .id;
    assert!(!all.iter().any(|s| s.supply == offcuts
        && p.flows
            .iter()
            .any(|f| f.id == s.demand && f.label.starts_with("Cartons de calage"))));
}

#[test]
fn common_words_are_shown_as_people_wrote_them() {
    use maillage_core::matching::Evidence;
    let mut p = sample();
    let (a, b) = (p.companies[0].id, p.companies[1].id);
    let flow = |company, direction, label: &str, n: u128| Flow {
        id: uuid::Uuid::from_u128(0xf10 + n),
        rev: 1,
        updated_at: 0,
        updated_by: author(),
        deleted: false,
        company_id: company,
        direction,
        kind: FlowKind::ByProduct,
        label: label.into(),
        category: String::new(),
        low_code: None,
        quantity: None,
        regularity: Regularity::Unknown,
        route: CurrentRoute::default(),
        quality_notes: String::new(),
        confidence: Confidence::Estimated,
        last_verified: None,
        confidentiality: Confidentiality::Network,
        density_kg_m3: None,
    };
    p.flows = vec![
        flow(a, Direction::Have, "Lactosérum et copeaux de bois", 1),
        flow(
            b,
            Direction::Need,
            "Bois et lactosérum pour méthanisation",
            2,
        ),
    ];
    let factors = maillage_core::factors::FactorSet::of(&p.settings);
    let found = matching::suggestions(&p, &factors, today());
    let words = found
        .iter()
        .flat_map(|s| s.terms.iter())
        .find_map(|t| match &t.evidence {
            Evidence::CommonWords(w) => Some(w.clone()),
            _ => None,
        })
        .expect("words in common");
    assert!(words.contains(&"lactosérum".to_string()), "{words:?}");
    assert!(words.contains(&"bois".to_string()), "{words:?}");
    assert!(
        !words.iter().any(|w| w == "boi" || w == "lactoserum"),
        "{words:?}"
    );
}

#[test]
fn matching_work_sent_to_a_worker_finds_what_the_whole_project_finds() {
    use maillage_core::matching_work::{self, Found, Shown, Work};
    let mut p = example::generated_project(600, 900, 10, 5, today());
    // Deleted records and decided pairs must count the same on both sides.
    p.flows[3].deleted = true;
    let gone = p.flows[10].company_id;
    p.companies
        .iter_mut()
        .find(|c| c.id == gone)
        .unwrap()
        .deleted = true;
    let whole = matching_work::find(&p, today(), 10.0, Shown::ALL);
    assert!(whole.suggestions.len() > 20 && whole.pools.len() > 1);
    assert_eq!((whole.more_suggestions, whole.more_pools), (0, 0));
    let work = Work::of(&p, today(), 10.0, Shown::ALL);
    assert!(
        work.places.len() < p.companies.len(),
        "only companies with flows travel"
    );
    // Across the worker boundary as JSON text, both ways.
    let sent: Work = serde_json::from_str(&serde_json::to_string(&work).unwrap()).unwrap();
    assert_eq!(sent, work);
    let found = sent.find();
    let back: Found = serde_json::from_str(&serde_json::to_string(&found).unwrap()).unwrap();
    assert_eq!(back, whole);
    // Only what the screen shows travels back, the best first, and how many more.
    let shown = Shown {
        suggestions: 20,
        pools: 1,
    };
    let few = Work::of(&p, today(), 10.0, shown).find();
    assert_eq!(few.suggestions, whole.suggestions[..20]);
    assert_eq!(few.pools, whole.pools[..1]);
    assert_eq!(few.more_suggestions, whole.suggestions.len() - 20);
    assert_eq!(few.more_pools, whole.pools.len() - 1);
    assert_eq!(few, matching_work::find(&p, today(), 10.0, shown));
    // A key the app does not know is refused, not invented.
    let text = serde_json::to_string(&whole.pools[0]).unwrap();
    let key = whole.pools[0].category;
    let foreign = text.replace(&format!("\"{key}\""), "\"unobtainium\"");
    assert!(serde_json::from_str::<matching::Pool>(&foreign).is_err());
}
