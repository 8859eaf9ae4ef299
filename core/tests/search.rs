//! Company list search, filters and sorting.

mod common;
use common::*;
use maillage_core::search::{CompanyFilter, CompanyIndex, Sort, SortKey};
use maillage_core::*;

fn names(p: &Project, hits: &[usize]) -> Vec<String> {
    hits.iter().map(|&i| p.companies[i].name.clone()).collect()
}

fn run(p: &Project, f: &CompanyFilter, sort: Sort) -> Vec<usize> {
    let states = funnel::derive_all(p, today());
    CompanyIndex::build(p).filter(p, &states, f, sort)
}

#[test]
fn search_ignores_case_and_accents() {
    let p = sample();
    let f = CompanyFilter {
        query: "metallerie CHAUVIN".into(),
        ..Default::default()
    };
    assert_eq!(
        names(&p, &run(&p, &f, Sort::default())),
        vec!["Métallerie Chauvin"]
    );
}

#[test]
fn search_by_siret_with_spaces_and_by_commune() {
    let p = sample();
    let siret = p.companies[7].siret.clone().unwrap();
    let spaced = format!(
        "{} {} {} {}",
        &siret[..3],
        &siret[3..6],
        &siret[6..9],
        &siret[9..]
    );
    let f = CompanyFilter {
        query: spaced,
        ..Default::default()
    };
    assert_eq!(run(&p, &f, Sort::default()), vec![7]);
    let f = CompanyFilter {
        query: "vernière".into(),
        ..Default::default()
    };
    let hits = run(&p, &f, Sort::default());
    assert!(
        !hits.is_empty()
            && hits
                .iter()
                .all(|&i| p.companies[i].commune == "La Vernière")
    );
}

#[test]
fn filters_combine() {
    let p = sample();
    let f = CompanyFilter {
        section: Some('C'),
        zone: Some("ZI de la Forge".into()),
        ..Default::default()
    };
    let hits = run(&p, &f, Sort::default());
    assert!(!hits.is_empty());
    for &i in &hits {
        let c = &p.companies[i];
        assert_eq!(c.zone, "ZI de la Forge");
        assert_eq!(naf::section_of(c.activity.as_ref().unwrap()), Some('C'));
    }
    let f = CompanyFilter {
        stage: Some(Stage::Declined),
        ..Default::default()
    };
    assert_eq!(run(&p, &f, Sort::default()).len(), 8);
    let f = CompanyFilter {
        size: Some(SizeBand::From1To2),
        ..Default::default()
    };
    assert!(run(&p, &f, Sort::default())
        .iter()
        .all(|&i| p.companies[i].size_band == Some(SizeBand::From1To2)));
}

#[test]
fn deleted_companies_are_not_listed() {
    let mut p = sample();
    let id = p.companies[0].id;
    commands::delete_company(&mut p, id, &ctx(3));
    assert_eq!(
        run(&p, &CompanyFilter::default(), Sort::default()).len(),
        63
    );
}

#[test]
fn sorts_by_name_and_reverse() {
    let p = sample();
    let asc = names(&p, &run(&p, &CompanyFilter::default(), Sort::default()));
    let folded: Vec<String> = asc.iter().map(|n| text::fold(n)).collect();
    assert!(folded.windows(2).all(|w| w[0] <= w[1]));
    let desc = names(
        &p,
        &run(
            &p,
            &CompanyFilter::default(),
            Sort {
                key: SortKey::Name,
                descending: true,
            },
        ),
    );
    assert_eq!(desc, asc.iter().rev().cloned().collect::<Vec<_>>());
    let by_stage = run(
        &p,
        &CompanyFilter::default(),
        Sort {
            key: SortKey::Stage,
            descending: false,
        },
    );
    let states = funnel::derive_all(&p, today());
    // The authority is not recruited: it has no stage and sorts first.
    let stages: Vec<Option<Stage>> = by_stage
        .iter()
        .map(|&i| states.get(&p.companies[i].id).map(|s| s.shown()))
        .collect();
    assert_eq!(stages.iter().filter(|s| s.is_none()).count(), 1);
    assert!(stages.windows(2).all(|w| w[0] <= w[1]));
}
