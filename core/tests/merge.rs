//! Merging a partner's returned file: the partner loop of the seed case,
//! tombstones, deletions against edits, a missing base, and property tests
//! over random edit histories on both sides (nothing lost without a
//! decision, idempotent, the same result whichever side merges).

mod common;
use common::*;
use maillage_core::merge::{self, Choice, Plan};
use maillage_core::share::{self, Partner, Scope};
use maillage_core::*;
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};

fn by(label: &str, now: i64) -> EditContext {
    EditContext {
        now_ms: now,
        author: Author {
            actor: uuid::Uuid::from_u128(label.len() as u128),
            label: label.into(),
        },
    }
}

fn officer(now: i64) -> EditContext {
    by("CC du Pays de Lisière", now)
}

fn partner(now: i64) -> EditContext {
    by("JCE du Pays de Lisière", now)
}

fn all_choices(plan: &Plan, c: Choice) -> Vec<Option<Choice>> {
    vec![Some(c); plan.conflicts.len()]
}

fn merged(base: Option<&Project>, mine: &Project, theirs: &Project, c: Choice) -> Project {
    let plan = merge::plan(base, mine, theirs, None);
    merge::apply(
        &plan,
        mine.clone(),
        &all_choices(&plan, c),
        &officer(9_000_000_000_000 / 3),
    )
    .expect("a valid merge")
    .project
}

fn contact_of<'a>(p: &'a Project, company: Id) -> &'a Contact {
    p.contacts_of(company).next().expect("a contact")
}

fn edit_contact(p: &mut Project, id: Id, ctx: &EditContext, f: impl FnOnce(&mut Contact)) {
    let mut c = p.contacts.iter().find(|c| c.id == id).unwrap().clone();
    f(&mut c);
    commands::save_contact(p, c, ctx).unwrap();
}

fn edit_company(p: &mut Project, id: Id, ctx: &EditContext, f: impl FnOnce(&mut Company)) {
    let mut c = p.company(id).unwrap().clone();
    f(&mut c);
    commands::save_company(p, c, ctx).unwrap();
}

fn call(p: &mut Project, company: Id, n: usize, ctx: &EditContext) -> Id {
    let i = Interaction {
        id: uuid::Uuid::from_u128(0xca11_0000 + n as u128 + company.as_u128() % 1000 * 100),
        rev: 0,
        updated_at: 0,
        updated_by: ctx.author.clone(),
        deleted: false,
        company_id: company,
        contact_id: None,
        kind: InteractionKind::Call,
        date: today(),
        done_by: Some("JCE".into()),
        outcome: Outcome::Interested,
        summary: format!("Appel {n}"),
        next_action: None,
    };
    let id = i.id;
    commands::save_interaction(p, i, ctx).unwrap();
    id
}

/// The seed case: the officer sends the phoning list to the JCE; the
/// partner logs ten calls, adds a contact and changes a phone; meanwhile
/// the officer edits another field of that company and the same phone of
/// another company the partner also changed.
#[test]
fn the_partner_round_trip_merges_and_shows_the_one_conflict() {
    let mine0 = sample();
    let scope = Scope {
        partner: Partner {
            name: "JCE".into(),
            facilitation_team: false,
        },
        companies: mine0.live_companies().take(30).map(|c| c.id).collect(),
        kinds: vec![Kind::Contact, Kind::Interaction, Kind::Event],
        notes: false,
    };
    let sent = share::share(&mine0, &scope).project;
    let (a, b) = (sent.companies[1].id, sent.companies[2].id);
    let (pa, pb) = (contact_of(&sent, a).id, contact_of(&sent, b).id);

    let mut theirs = sent.clone();
    let t = partner(1_800_000_000_000);
    let calls: Vec<Id> = (0..10)
        .map(|n| call(&mut theirs, sent.companies[n % 5].id, n, &t))
        .collect();
    let new_contact = Contact {
        id: uuid::Uuid::from_u128(0xc0),
        rev: 0,
        updated_at: 0,
        updated_by: t.author.clone(),
        deleted: false,
        company_id: a,
        name: "Nadia Nouvelle".into(),
        role: "Responsable achats".into(),
        email: String::new(),
        phone: "03 84 11 11 11".into(),
        consent: true,
        consent_date: None,
        opt_out: false,
        notes: String::new(),
    };
    commands::save_contact(&mut theirs, new_contact, &t).unwrap();
    edit_contact(&mut theirs, pa, &t, |c| c.phone = "03 84 22 22 22".into());
    edit_contact(&mut theirs, pb, &t, |c| c.phone = "03 84 33 33 33".into());

    let mut mine = mine0.clone();
    let o = officer(1_800_000_100_000);
    edit_company(&mut mine, a, &o, |c| c.commune = "Montclair-Haut".into());
    edit_contact(&mut mine, pb, &o, |c| c.phone = "03 84 44 44 44".into());

    let plan = merge::plan(Some(&sent), &mine, &theirs, None);
    assert!(!plan.two_way);
    assert_eq!(plan.conflicts.len(), 1, "{:?}", plan.conflicts);
    let c = &plan.conflicts[0];
    assert_eq!(
        (c.kind, c.id, c.field().as_str()),
        (Kind::Contact, pb, "phone")
    );
    assert_eq!(c.mine, Value::from("03 84 44 44 44"));
    assert_eq!(c.theirs, Value::from("03 84 33 33 33"));
    assert_eq!(c.theirs_by.label, "JCE du Pays de Lisière");
    assert_eq!(plan.counts(Kind::Interaction).added, 10);
    assert_eq!(plan.counts(Kind::Contact).added, 1);
    assert_eq!(plan.counts(Kind::Contact).changed, 1);
    assert_eq!(plan.counts(Kind::Contact).conflicts, 1);
    assert_eq!(plan.counts(Kind::Company), merge::Counts::default());

    // Undecided: refused.
    assert!(merge::apply(&plan, mine.clone(), &[None], &o).is_err());
    let done = merge::apply(&plan, mine.clone(), &[Some(Choice::Theirs)], &o).unwrap();
    let p = &done.project;
    for id in &calls {
        assert!(p.interactions.iter().any(|i| i.id == *id && !i.deleted));
    }
    assert!(p.contacts.iter().any(|c| c.name == "Nadia Nouvelle"));
    let phone = |id: Id| {
        p.contacts
            .iter()
            .find(|c| c.id == id)
            .unwrap()
            .phone
            .clone()
    };
    assert_eq!(phone(pa), "03 84 22 22 22");
    assert_eq!(phone(pb), "03 84 33 33 33");
    assert_eq!(p.company(a).unwrap().commune, "Montclair-Haut");
    // What stayed home is still here: notes, emails of opted-out contacts.
    for c in &mine.companies {
        assert_eq!(p.company(c.id).unwrap().notes, c.notes);
    }
    for c in &mine.contacts {
        let after = p.contacts.iter().find(|x| x.id == c.id).unwrap();
        assert_eq!(after.email, c.email);
    }
    // Merged records are newer than both versions, and say who merged.
    let merged_b = p.contacts.iter().find(|c| c.id == pb).unwrap();
    let (rm, rt) = (
        mine.contacts.iter().find(|c| c.id == pb).unwrap().rev,
        theirs.contacts.iter().find(|c| c.id == pb).unwrap().rev,
    );
    assert!(merged_b.rev > rm.max(rt));
    // The journal says who changed what.
    assert!(done
        .journal
        .iter()
        .any(|j| j.id == pa && j.field == "phone" && j.by.label == "JCE du Pays de Lisière"));
    // Merging the same file again, with it as the base, changes nothing.
    let again = merge::plan(Some(&theirs), p, &theirs, None);
    assert!(again.is_empty() && again.conflicts.is_empty());
}

#[test]
fn tombstones_travel_and_deletions_against_edits_are_asked() {
    let base = sample();
    let (x, y) = (base.contacts[0].id, base.contacts[1].id);
    let mut mine = base.clone();
    let mut theirs = base.clone();
    commands::delete_contact(&mut theirs, x, &partner(10));
    commands::delete_contact(&mut theirs, y, &partner(10));
    edit_contact(&mut mine, y, &officer(11), |c| c.role = "Directrice".into());
    let plan = merge::plan(Some(&base), &mine, &theirs, None);
    assert_eq!(plan.counts(Kind::Contact).deleted, 1);
    assert_eq!(plan.conflicts.len(), 1);
    assert!(plan.conflicts[0].is_deletion());
    assert_eq!(plan.conflicts[0].id, y);
    let keep = merged(Some(&base), &mine, &theirs, Choice::Mine);
    let find = |p: &Project, id| p.contacts.iter().find(|c| c.id == id).unwrap().clone();
    assert!(find(&keep, x).deleted);
    assert!(!find(&keep, y).deleted);
    assert_eq!(find(&keep, y).role, "Directrice");
    let gone = merged(Some(&base), &mine, &theirs, Choice::Theirs);
    assert!(find(&gone, y).deleted);
}

#[test]
fn a_company_deleted_here_while_the_partner_logged_calls_is_asked() {
    let base = sample();
    let company = base.companies[4].id;
    let mut mine = base.clone();
    commands::delete_company(&mut mine, company, &officer(20));
    let mut theirs = base.clone();
    let call = call(&mut theirs, company, 1, &partner(21));
    let plan = merge::plan(Some(&base), &mine, &theirs, None);
    let deletion = plan
        .conflicts
        .iter()
        .find(|c| c.id == company)
        .expect("the deletion is asked");
    assert!(deletion.is_deletion());
    assert_eq!(deletion.mine, Value::Bool(true));
    let restored = merged(Some(&base), &mine, &theirs, Choice::Theirs);
    assert!(!restored.company(company).unwrap().deleted);
    assert!(restored.interactions.iter().any(|i| i.id == call));
    // The other way round: deleted by the partner while I logged a call.
    let mut mine = base.clone();
    let mut theirs = base.clone();
    commands::delete_company(&mut theirs, company, &partner(20));
    self::call(&mut mine, company, 2, &officer(21));
    let plan = merge::plan(Some(&base), &mine, &theirs, None);
    assert!(plan
        .conflicts
        .iter()
        .any(|c| c.id == company && c.is_deletion()));
    let kept = merged(Some(&base), &mine, &theirs, Choice::Mine);
    assert!(!kept.company(company).unwrap().deleted);
}

#[test]
fn without_the_base_every_difference_is_shown_except_what_stayed_home() {
    let mine0 = sample();
    let scope = Scope {
        partner: Partner {
            name: "JCE".into(),
            facilitation_team: false,
        },
        companies: mine0.live_companies().map(|c| c.id).collect(),
        kinds: vec![Kind::Contact],
        notes: false,
    };
    let out = share::share(&mine0, &scope);
    let mut theirs = out.project.clone();
    let c = theirs.contacts[3].id;
    edit_contact(&mut theirs, c, &partner(30), |c| c.role = "Gérant".into());
    let info = share::ShareInfo {
        partner: scope.partner.clone(),
        sent_by: author(),
        sent_at: 0,
        sent_export_id: Id::nil(),
        kinds: scope.kinds.clone(),
        notes: false,
        withheld: out.withheld.clone(),
    };
    let plan = merge::plan(None, &mine0, &theirs, Some(&info));
    assert!(plan.two_way);
    // The role is a difference; the emptied notes are not.
    assert!(plan
        .conflicts
        .iter()
        .any(|x| x.id == c && x.field() == "role"));
    assert!(plan.conflicts.iter().all(|x| x.field() != "notes"));
    assert!(plan.conflicts.iter().all(|x| x.base.is_none()));
    // A company's notes emptied on the way out are kept.
    let p = merge::apply(
        &plan,
        mine0.clone(),
        &all_choices(&plan, Choice::Theirs),
        &officer(31),
    )
    .unwrap()
    .project;
    for c in &mine0.companies {
        assert_eq!(p.company(c.id).unwrap().notes, c.notes, "{}", c.name);
    }
}

#[test]
fn records_missing_from_the_file_are_never_deleted_by_omission() {
    let base = sample();
    let mut theirs = base.clone();
    theirs.contacts.truncate(3);
    theirs.flows.clear();
    let p = merged(Some(&base), &base, &theirs, Choice::Mine);
    assert_eq!(p.contacts, base.contacts);
    assert_eq!(p.flows, base.flows);
}

#[test]
fn replacing_counts_what_would_be_lost() {
    let file = sample();
    let mut here = file.clone();
    edit_company(&mut here, file.companies[0].id, &officer(40), |c| {
        c.commune = "Ailleurs".into()
    });
    call(&mut here, file.companies[1].id, 1, &officer(40));
    call(&mut here, file.companies[1].id, 2, &officer(40));
    let losses = merge::replace_losses(&here, &file);
    assert_eq!(losses, vec![(Kind::Company, 1), (Kind::Interaction, 2)]);
    assert!(merge::replace_losses(&file, &file).is_empty());
}

// ——— Property tests over random edit histories

/// What a side did, to check the merge against.
#[derive(Default)]
struct Edits {
    /// (kind, id, field) → value set.
    fields: BTreeMap<(Kind, Id, &'static str), Value>,
    created: HashSet<Id>,
    deleted: HashSet<Id>,
    tags_added: Vec<(Id, String)>,
}

const COMMUNES: [&str; 4] = ["Aval", "Amont", "Bourg", "Val"];
const ROLES: [&str; 3] = ["Gérant", "QHSE", "Achats"];

/// Contacts of live companies, still live themselves.
fn live_contacts(p: &Project) -> Vec<Id> {
    p.contacts
        .iter()
        .filter(|c| !c.deleted && p.company(c.company_id).is_some_and(|x| !x.deleted))
        .map(|c| c.id)
        .collect()
}

fn random_edits(
    p: &mut Project,
    rng: &mut rng::Rng,
    ctx: &EditContext,
    n: usize,
    side: &str,
) -> Edits {
    let mut e = Edits::default();
    let live_companies: Vec<Id> = p.live_companies().map(|c| c.id).collect();
    for k in 0..n {
        match rng.below(6) {
            0 => {
                let id = *rng.pick(&live_companies);
                if p.company(id).unwrap().deleted {
                    continue;
                }
                let v = format!("{} {side}{k}", rng.pick(&COMMUNES));
                edit_company(p, id, ctx, |c| c.commune = v.clone());
                e.fields
                    .insert((Kind::Company, id, "commune"), Value::from(v));
            }
            1 => {
                let id = *rng.pick(&live_companies);
                if p.company(id).unwrap().deleted {
                    continue;
                }
                let tag = format!("tag-{side}{k}");
                edit_company(p, id, ctx, |c| c.tags.push(tag.clone()));
                e.tags_added.push((id, tag));
            }
            2 => {
                let id = *rng.pick(&live_contacts(p));
                // Few distinct values, so both sides sometimes agree.
                let v = format!("03 84 00 00 0{}", rng.below(3));
                edit_contact(p, id, ctx, |c| c.phone = v.clone());
                e.fields
                    .insert((Kind::Contact, id, "phone"), Value::from(v));
            }
            3 => {
                let id = *rng.pick(&live_contacts(p));
                let v = rng.pick(&ROLES).to_string();
                edit_contact(p, id, ctx, |c| c.role = v.clone());
                e.fields.insert((Kind::Contact, id, "role"), Value::from(v));
            }
            4 => {
                let company = *rng.pick(&live_companies);
                if p.company(company).unwrap().deleted {
                    continue;
                }
                let mut i = p.interactions[0].clone();
                i.id = rng.uuid();
                i.rev = 0;
                i.company_id = company;
                i.contact_id = None;
                i.deleted = false;
                i.summary = format!("appel {side}{k}");
                e.created.insert(i.id);
                commands::save_interaction(p, i, ctx).unwrap();
            }
            _ => {
                let live: Vec<Id> = p
                    .interactions
                    .iter()
                    .filter(|i| !i.deleted)
                    .map(|i| i.id)
                    .collect();
                let id = *rng.pick(&live);
                commands::delete_interaction(p, id, ctx);
                e.deleted.insert(id);
            }
        }
    }
    e
}

fn field_of(p: &Project, kind: Kind, id: Id, field: &str) -> Value {
    let json = stored::record_json(p, kind, id).unwrap();
    serde_json::from_str::<Value>(&json).unwrap()[field].clone()
}

/// Contents of every record by kind and id, headers left out.
fn contents(p: &Project) -> BTreeMap<(Kind, Id), Value> {
    stored::all_records(p)
        .into_iter()
        .map(|(k, id, _)| {
            let mut v: Value =
                serde_json::from_str(&stored::record_json(p, k, id).unwrap()).unwrap();
            for h in ["rev", "updated_at", "updated_by"] {
                v.as_object_mut().unwrap().remove(h);
            }
            ((k, id), v)
        })
        .collect()
}

#[test]
fn random_histories_lose_nothing_and_merge_again_to_nothing() {
    let base = sample();
    for seed in 0..60u64 {
        let mut rng = rng::Rng::new(seed);
        let mut mine = base.clone();
        let mut theirs = base.clone();
        let n = 5 + rng.below(25);
        let em = random_edits(&mut mine, &mut rng, &officer(1_000 + seed as i64), n, "m");
        let et = random_edits(&mut theirs, &mut rng, &partner(2_000 + seed as i64), n, "t");
        let plan = merge::plan(Some(&base), &mine, &theirs, None);
        let conflicted: HashSet<(Kind, Id, String)> = plan
            .conflicts
            .iter()
            .map(|c| (c.kind, c.id, c.field()))
            .collect();
        for side in [Choice::Mine, Choice::Theirs] {
            let p = merge::apply(
                &plan,
                mine.clone(),
                &all_choices(&plan, side.clone()),
                &officer(3_000),
            )
            .unwrap_or_else(|e| panic!("seed {seed}: {e:?}"))
            .project;
            // Every field value one side set is there, or was a decision.
            for ((kind, id, field), v) in em.fields.iter().chain(&et.fields) {
                let from_mine = em.fields.get(&(*kind, *id, field));
                let from_theirs = et.fields.get(&(*kind, *id, field));
                let got = field_of(&p, *kind, *id, field);
                let key = (*kind, *id, field.to_string());
                match (from_mine, from_theirs) {
                    (Some(a), Some(b)) if a != b => {
                        assert!(conflicted.contains(&key), "seed {seed}: {key:?} not asked");
                        let want = if side == Choice::Mine { a } else { b };
                        assert_eq!(&got, want, "seed {seed}: {key:?}");
                    }
                    _ => assert_eq!(&got, v, "seed {seed}: {key:?} lost"),
                }
            }
            // Tags either side added are there.
            for (id, tag) in em.tags_added.iter().chain(&et.tags_added) {
                assert!(
                    p.company(*id).unwrap().tags.contains(tag),
                    "seed {seed}: tag {tag}"
                );
            }
            // Calls either side logged are there; deletions travel.
            for id in em.created.iter().chain(&et.created) {
                let i = p
                    .interactions
                    .iter()
                    .find(|i| i.id == *id)
                    .expect("created call kept");
                let deleted = em.deleted.contains(id) || et.deleted.contains(id);
                assert_eq!(i.deleted, deleted, "seed {seed}");
            }
            for id in em.deleted.iter().chain(&et.deleted) {
                assert!(p.interactions.iter().find(|i| i.id == *id).unwrap().deleted);
            }
            // With their file as the new base, merging it again changes nothing.
            let again = merge::plan(Some(&theirs), &p, &theirs, None);
            assert!(again.is_empty(), "seed {seed}: second merge not empty");
        }
        // A merge without conflicts gives the same records whichever side merges it.
        if plan.conflicts.is_empty() {
            let ab = merged(Some(&base), &mine, &theirs, Choice::Mine);
            let ba = merged(Some(&base), &theirs, &mine, Choice::Mine);
            assert_eq!(contents(&ab), contents(&ba), "seed {seed}: not symmetric");
        }
    }
}

#[test]
fn a_merge_of_a_file_with_itself_changes_nothing() {
    let p = sample();
    let plan = merge::plan(Some(&p), &p, &p, None);
    assert!(plan.is_empty());
    let plan = merge::plan(None, &p, &p, None);
    assert!(plan.is_empty() && plan.conflicts.is_empty());
}

#[test]
fn a_form_saved_on_an_old_revision_writes_only_what_was_typed() {
    let p = sample();
    let base = p.companies[9].clone();
    // Another tab changed the notes; this form changed the commune.
    let mut theirs = base.clone();
    theirs.notes = "Note de l'autre onglet".into();
    theirs.rev = base.rev + 1;
    let mut mine = base.clone();
    mine.commune = "Montclair-la-Côte (centre)".into();
    let merged = merge::rebase(&base, &mine, &theirs, &[]).unwrap();
    assert_eq!(merged.notes, "Note de l'autre onglet");
    assert_eq!(merged.commune, "Montclair-la-Côte (centre)");
    assert_eq!(merged.rev, theirs.rev, "on top of their version");
    // Both changed the commune: asked once, then kept knowingly.
    theirs.commune = "Montclair".into();
    let conflicts = merge::rebase(&base, &mine, &theirs, &[]).unwrap_err();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(merge::fields::path_text(&conflicts[0].path), "commune");
    assert_eq!(conflicts[0].theirs, Value::from("Montclair"));
    let kept = merge::rebase(&base, &mine, &theirs, &conflicts).unwrap();
    assert_eq!(kept.commune, "Montclair-la-Côte (centre)");
    assert_eq!(kept.notes, "Note de l'autre onglet");
    // Changed again elsewhere after being shown: asked again.
    theirs.commune = "Montclair-Bas".into();
    assert!(merge::rebase(&base, &mine, &theirs, &conflicts).is_err());
}
