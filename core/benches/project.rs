//! Native benchmark of the domain on a project of 20 000 companies, 5 000
//! flows and 500 synergies (DESIGN §9). Prints figures; `make bench` also
//! runs the browser benchmark, which is what the budgets are about.

use maillage_core::factors::FactorSet;
use maillage_core::format::{self, ExportMeta};
use maillage_core::search::{CompanyFilter, CompanyIndex, Sort};
use maillage_core::{example, funnel, impact, matching, stored, Date, Kind, APP_VERSION};
use std::time::Instant;

fn time<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let t0 = Instant::now();
    let out = f();
    println!(
        "  {label:<46} {:>8.1} ms",
        t0.elapsed().as_secs_f64() * 1000.0
    );
    out
}

fn main() {
    let today = Date::parse("2026-11-28").unwrap();
    println!("== Native benchmark (release build, this machine)");
    let p = time(
        "generate 20 000 companies / 5 000 flows / 500 synergies",
        || example::generated_project(20_000, 5_000, 500, 7, today),
    );
    let states = time("derive the funnel of every company", || {
        funnel::derive_all(&p, today)
    });
    let index = time("build the search index", || CompanyIndex::build(&p));
    for q in ["a", "at", "ate", "ateliers", "ateliers 1999"] {
        let f = CompanyFilter {
            query: q.into(),
            ..Default::default()
        };
        let hits = time(&format!("filter «{q}»"), || {
            index.filter(&p, &states, &f, Sort::default())
        });
        assert!(!hits.is_empty() || q.len() > 8);
    }
    let factors = FactorSet::of(&p.settings);
    let found = time("all substitution suggestions", || {
        matching::suggestions(&p, &factors, today)
    });
    println!("  suggestions: {}", found.len());
    let pools = time("pools (10 km)", || matching::pools(&p, &factors, 10.0));
    println!("  pools: {}", pools.len());
    time("impact totals of 500 synergies", || {
        impact::totals(&p, &factors)
    });
    let meta = ExportMeta {
        app_version: APP_VERSION.into(),
        project_id: p.id(),
        export_id: uuid::Uuid::from_u128(1),
        base_export_id: None,
        exported_at_ms: Some(today.epoch_ms()),
        exported_by: p.territory.updated_by.clone(),
        share: None,
    };
    let text = time("write the JSON file", || format::write(&p, &meta).unwrap());
    println!("  file size: {:.1} MB", text.len() as f64 / 1e6);
    let loaded = time("read + validate the JSON file", || {
        format::read(text.as_bytes()).unwrap()
    });
    assert_eq!(loaded.project.count(Kind::Company), 20_000);
    let docs: Vec<(String, String)> = time("one stored document per record", || {
        stored::documents(&p)
            .into_iter()
            .map(|d| (d.key, d.json))
            .collect()
    });
    time("rebuild the project from its documents", || {
        stored::project_from_documents(&docs).unwrap().project
    });
    merge_bench(&p);
}

/// A partner's return of the whole project with 1 000 changes on each side
/// (other companies on each side, so no conflict).
fn merge_bench(base: &maillage_core::Project) {
    use maillage_core::merge;
    let mut mine = base.clone();
    let mut theirs = base.clone();
    for c in mine.companies.iter_mut().take(1000) {
        c.commune = "Commune du chargé".into();
        c.rev += 1;
    }
    for c in theirs.companies.iter_mut().skip(1000).take(1000) {
        c.tags.push("appelé par la JCE".into());
        c.rev += 1;
    }
    let plan = time(
        "merge: plan (20 000 companies, 1 000 + 1 000 changes)",
        || merge::plan(Some(base), &mine, &theirs, None),
    );
    assert_eq!(plan.counts(Kind::Company).changed, 1000);
    assert!(plan.conflicts.is_empty());
    let ctx = maillage_core::EditContext {
        now_ms: 1,
        author: base.territory.updated_by.clone(),
    };
    let applied = time("merge: apply and validate", || {
        merge::apply(&plan, mine.clone(), &[], &ctx).unwrap()
    });
    assert_eq!(applied.changed.len(), 1000);
}
