//! The review of a merge before anything changes: what the returned file
//! brings per kind, and each conflict side by side — my version, theirs,
//! the one sent, who changed it and when — to keep, take or edit, one by
//! one or all of a kind at once. Applying is one step, after a backup.

use crate::components::issue_list::IssueList;
use crate::route::{navigate, Route};
use crate::state::files::{self, MergeFailure, MergeSetup};
use crate::state::{tr, tz_offset_min, use_app};
use leptos::prelude::*;
use leptos::task::spawn_local;
use maillage_core::format::Loaded;
use maillage_core::i18n::{self, Lang, Msg};
use maillage_core::merge::{self, Choice, Conflict, Side};
use maillage_core::{Issue, Kind};
use serde_json::Value;
use std::sync::Arc;

#[component]
pub fn MergeReview(
    loaded: Arc<Loaded>,
    setup: Arc<MergeSetup>,
    /// The file as read: it becomes the base of the next merge.
    bytes: Arc<Vec<u8>>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let state = use_app();
    let plan = &setup.plan;
    let choices = RwSignal::new(vec![None::<Choice>; plan.conflicts.len()]);
    let issues = RwSignal::new(Vec::<Issue>::new());
    let busy = RwSignal::new(false);
    let undecided = move || choices.with(|c| c.iter().filter(|x| x.is_none()).count());
    let nothing = plan.is_empty();
    let blocked = move || busy.get() || nothing || undecided() > 0;
    let open_left = move || undecided() > 0;
    let apply = {
        let (loaded, setup) = (loaded.clone(), setup.clone());
        move |_| {
            let (loaded, setup, bytes) = (loaded.clone(), setup.clone(), bytes.clone());
            busy.set(true);
            spawn_local(async move {
                let picked = choices.get_untracked();
                match files::apply_merge(state, &setup, &loaded, &bytes, &picked).await {
                    Ok(()) => navigate(&Route::Companies(Default::default())),
                    Err(MergeFailure::Issues(found)) => issues.set(found),
                    Err(MergeFailure::Storage) => {}
                }
                busy.set(false);
            });
        }
    };
    let lang = state.lang_now();
    let who = loaded.meta.exported_by.label.clone();
    let lead = match (&setup.exchange, plan.two_way) {
        (Some(x), false) => i18n::tf(
            lang,
            Msg::MergeLead,
            &[
                ("date", &i18n::date_time(lang, x.sent_at, tz_offset_min())),
                ("partner", &x.partner.name),
            ],
        ),
        _ => i18n::t(lang, Msg::MergeTwoWay).to_owned(),
    };
    let already = setup.already_merged.map(|at| {
        i18n::tf(
            lang,
            Msg::MergeAlready,
            &[("date", &i18n::date_time(lang, at, tz_offset_min()))],
        )
    });
    let kinds = plan.kinds();
    view! {
        <section class="merge card" data-testid="merge-review">
            <h2>{move || state.tf(Msg::MergeTitle, &[("label", &who)])}</h2>
            <p class="lead" class:warning-text=plan.two_way data-testid="merge-lead">{lead}</p>
            {already.map(|a| view! { <p class="note" data-testid="merge-already">{a}</p> })}
            {if nothing {
                view! { <p class="empty-state" data-testid="merge-nothing">{tr(Msg::MergeNothing)}</p> }.into_any()
            } else {
                view! { <CountsTable setup=setup.clone() kinds=kinds.clone()/> }.into_any()
            }}
            <Conflicts setup=setup.clone() choices=choices/>
            <Show when=move || !issues.with(Vec::is_empty)>
                <div class="import-error" role="alert">
                    {move || view! { <IssueList issues=issues.get() lang=state.lang.get()/> }}
                </div>
            </Show>
            <div class="actions">
                <button type="button" class="button primary" data-testid="merge-apply"
                    disabled=blocked on:click=apply>
                    {tr(Msg::MergeApply)}
                </button>
                <button type="button" class="button tertiary" on:click=move |_| on_cancel.run(())>{tr(Msg::Cancel)}</button>
                <Show when=open_left>
                    <p class="hint" role="status" data-testid="merge-undecided">
                        {move || state.tf(Msg::MergeUndecided, &[("n", &undecided().to_string())])}
                    </p>
                </Show>
            </div>
        </section>
    }
}

#[component]
fn CountsTable(setup: Arc<MergeSetup>, kinds: Vec<Kind>) -> impl IntoView {
    let state = use_app();
    let cell =
        |n: usize| view! { <td class="num">{move || i18n::int(state.lang.get(), n as i64)}</td> };
    view! {
        <table class="counts merge-counts" data-testid="merge-counts">
            <caption>{tr(Msg::MergeCountsCaption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(Msg::MergeColKind)}</th>
                    <th scope="col">{tr(Msg::MergeColAdded)}</th>
                    <th scope="col">{tr(Msg::MergeColChanged)}</th>
                    <th scope="col">{tr(Msg::MergeColDeleted)}</th>
                    <th scope="col">{tr(Msg::MergeColConflicts)}</th>
                </tr>
            </thead>
            <tbody>
                {kinds.into_iter().map(|k| {
                    let c = setup.plan.counts(k);
                    view! {
                        <tr data-kind=k.collection()>
                            <th scope="row">{tr(i18n::kind_plural(k))}</th>
                            {cell(c.added)}{cell(c.changed)}{cell(c.deleted)}{cell(c.conflicts)}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn Conflicts(setup: Arc<MergeSetup>, choices: RwSignal<Vec<Option<Choice>>>) -> impl IntoView {
    let state = use_app();
    let plan = &setup.plan;
    if plan.conflicts.is_empty() {
        return ().into_any();
    }
    let kinds: Vec<Kind> = plan
        .kinds()
        .into_iter()
        .filter(|k| plan.counts(*k).conflicts > 0)
        .collect();
    let n = plan.conflicts.len();
    view! {
        <h3>{move || state.tf(Msg::MergeConflictsTitle, &[("n", &n.to_string())])}</h3>
        <p class="hint">{tr(Msg::MergeConflictsHint)}</p>
        {kinds.into_iter().map(|kind| {
            let items: Vec<(usize, Conflict)> = plan.conflicts.iter().cloned().enumerate().filter(|(_, c)| c.kind == kind).collect();
            let labels = setup.labels.clone();
            let all = {
                let plan = setup.plan.clone();
                move |side: Side| {
                    choices.update(|c| merge::choose_all(&plan, c, kind, side));
                }
            };
            let all2 = all.clone();
            view! {
                <div class="conflict-kind" data-kind=kind.collection()>
                    <div class="section-head">
                        <h4>{tr(i18n::kind_plural(kind))}</h4>
                        <div class="actions">
                            <button type="button" class="button tertiary small" data-testid="keep-all-mine" on:click=move |_| all(Side::Mine)>{tr(Msg::MergeKeepAllMine)}</button>
                            <button type="button" class="button tertiary small" data-testid="take-all-theirs" on:click=move |_| all2(Side::Theirs)>{tr(Msg::MergeTakeAllTheirs)}</button>
                        </div>
                    </div>
                    <ol class="conflicts">
                        {items.into_iter().map(|(i, c)| {
                            let label = labels.get(i).cloned().unwrap_or_default();
                            view! { <ConflictRow index=i conflict=c label=label choices=choices/> }
                        }).collect_view()}
                    </ol>
                </div>
            }
        }).collect_view()}
    }
    .into_any()
}

/// A value as shown in a conflict (a deletion reads "deleted" / "kept").
fn shown(lang: Lang, c: &Conflict, v: &Value) -> String {
    if c.is_deletion() {
        let deleted = v.as_bool().unwrap_or(false);
        i18n::t(
            lang,
            if deleted {
                Msg::RecordDeletedValue
            } else {
                Msg::RecordKeptValue
            },
        )
        .to_owned()
    } else {
        i18n::json_value(lang, v)
    }
}

/// One side of a conflict: its value, and who wrote it when.
fn side_text(lang: Lang, c: &Conflict, which: Side) -> (String, String) {
    let (v, by, at) = match which {
        Side::Mine => (&c.mine, &c.mine_by, c.mine_at),
        Side::Theirs => (&c.theirs, &c.theirs_by, c.theirs_at),
    };
    let who = i18n::tf(
        lang,
        Msg::MergeBy,
        &[
            ("who", &by.label),
            ("date", &i18n::date_time(lang, at, tz_offset_min())),
        ],
    );
    (shown(lang, c, v), who)
}

/// Whether a conflict can take a value typed by the user.
fn editable(c: &Conflict) -> bool {
    !c.is_deletion()
        && [&c.mine, &c.theirs]
            .iter()
            .all(|v| v.is_string() || v.is_number() || v.is_null())
}

fn typed_value(c: &Conflict, text: &str) -> Value {
    if c.mine.is_number() || c.theirs.is_number() {
        i18n::parse_number(text)
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    } else {
        Value::String(text.trim().to_owned())
    }
}

#[component]
fn ConflictRow(
    index: usize,
    conflict: Conflict,
    label: String,
    choices: RwSignal<Vec<Option<Choice>>>,
) -> impl IntoView {
    let state = use_app();
    let c = conflict;
    let name = format!("conflict-{index}");
    let current = move || choices.with(|v| v.get(index).cloned().flatten());
    let set = move |choice: Choice| choices.update(|v| v[index] = Some(choice));
    let other = RwSignal::new(match &c.mine {
        Value::String(s) => s.clone(),
        v if v.is_number() => i18n::json_value(state.lang_now(), v),
        _ => String::new(),
    });
    let field = i18n::field_label(state.lang_now(), &c.field());
    let text = |which: Side| {
        let c = c.clone();
        move || side_text(state.lang.get(), &c, which)
    };
    let (mine_value, mine_who) = (text(Side::Mine), text(Side::Mine));
    let (theirs_value, theirs_who) = (text(Side::Theirs), text(Side::Theirs));
    let base = c.base.clone().map(|b| {
        let c = c.clone();
        move || shown(state.lang.get(), &c, &b)
    });
    let can_edit = editable(&c);
    let c_edit = c.clone();
    let (name2, name3) = (name.clone(), name.clone());
    view! {
        <li class="conflict" data-testid="conflict" data-field=c.field()>
            <p class="conflict-what"><strong>{label}</strong>" · "{field}</p>
            <div class="conflict-sides">
                <label class="side" class:chosen=move || matches!(current(), Some(Choice::Mine))>
                    <input type="radio" name=name.clone() data-testid="choose-mine"
                        prop:checked=move || matches!(current(), Some(Choice::Mine)) on:change=move |_| set(Choice::Mine)/>
                    <span class="side-title">{tr(Msg::MergeMine)}</span>
                    <span class="side-value" data-testid="mine-value">{move || mine_value().0}</span>
                    <span class="side-who">{move || mine_who().1}</span>
                </label>
                <label class="side" class:chosen=move || matches!(current(), Some(Choice::Theirs))>
                    <input type="radio" name=name2 data-testid="choose-theirs"
                        prop:checked=move || matches!(current(), Some(Choice::Theirs)) on:change=move |_| set(Choice::Theirs)/>
                    <span class="side-title">{tr(Msg::MergeTheirs)}</span>
                    <span class="side-value" data-testid="theirs-value">{move || theirs_value().0}</span>
                    <span class="side-who">{move || theirs_who().1}</span>
                </label>
                {can_edit.then(|| {
                    let c = c_edit.clone();
                    let c2 = c_edit.clone();
                    view! {
                        <div class="side" class:chosen=move || matches!(current(), Some(Choice::Value(_)))>
                            <label>
                                <input type="radio" name=name3 data-testid="choose-other"
                                    prop:checked=move || matches!(current(), Some(Choice::Value(_)))
                                    on:change=move |_| set(Choice::Value(typed_value(&c, &other.get_untracked())))/>
                                <span class="side-title">{tr(Msg::MergeOther)}</span>
                            </label>
                            <input type="text" class="side-input" aria-label=tr(Msg::MergeOther) prop:value=move || other.get()
                                on:input=move |e| {
                                    other.set(event_target_value(&e));
                                    set(Choice::Value(typed_value(&c2, &other.get_untracked())));
                                }/>
                        </div>
                    }
                })}
            </div>
            {base.map(|b| view! { <p class="side-base" data-testid="base-value">{move || state.tf(Msg::MergeBaseLine, &[("value", &b())])}</p> })}
        </li>
    }
}
