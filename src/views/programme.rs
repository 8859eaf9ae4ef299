//! The programme itself: its name and type, its period (figures are read as
//! of its last day once it is past), the communes and zones of the
//! perimeter (zones are then picked in the company form), and the partners
//! with what they do (offered as "done by" in the outreach log and the time
//! log, listed in the report).

use crate::components::field::{error_of, FormErrors, TextArea, TextField};
use crate::components::links::programme_tabs;
use crate::route::Route;
use crate::state::forms::FormGuard;
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::form::programme::{zones_left_behind, ProgrammeFields};
use maillage_core::i18n::Msg;
use maillage_core::{commands, Territory};

/// One partner's row of the form.
#[derive(Clone, Copy)]
struct PartnerRow {
    key: usize,
    name: RwSignal<String>,
    role: RwSignal<String>,
}

impl PartnerRow {
    fn new(key: usize, name: String, role: String) -> PartnerRow {
        PartnerRow {
            key,
            name: RwSignal::new(name),
            role: RwSignal::new(role),
        }
    }
}

#[component]
pub fn Programme() -> impl IntoView {
    let state = use_app();
    let Some(base) = state
        .project
        .with_untracked(|p| p.as_ref().map(|p| p.territory.clone()))
    else {
        return ().into_any();
    };
    let f = ProgrammeFields::of(&base);
    let name = RwSignal::new(f.name);
    let programme = RwSignal::new(f.programme);
    let start = RwSignal::new(f.start);
    let end = RwSignal::new(f.end);
    let communes = RwSignal::new(f.communes);
    let zones = RwSignal::new(f.zones);
    let next_key = StoredValue::new(f.partners.len());
    let partners = RwSignal::new(
        f.partners
            .into_iter()
            .enumerate()
            .map(|(k, (n, r))| PartnerRow::new(k, n, r))
            .collect::<Vec<_>>(),
    );
    let guard = FormGuard::new(&base);
    let issues = guard.issues;
    let fields = move || ProgrammeFields {
        name: name.get_untracked(),
        programme: programme.get_untracked(),
        start: start.get_untracked(),
        end: end.get_untracked(),
        communes: communes.get_untracked(),
        zones: zones.get_untracked(),
        partners: partners
            .get_untracked()
            .iter()
            .map(|r| (r.name.get_untracked(), r.role.get_untracked()))
            .collect(),
    };
    let add_partner = move |_| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        partners.update(|v| v.push(PartnerRow::new(key, String::new(), String::new())));
    };
    // The zones that companies are in and the form no longer lists.
    let left_behind = Memo::new(move |_| {
        let listed: Vec<String> = zones
            .get()
            .lines()
            .map(str::trim)
            .filter(|z| !z.is_empty())
            .map(str::to_owned)
            .collect();
        state.project.with(|p| {
            p.as_ref()
                .map(|p| zones_left_behind(p, &listed))
                .unwrap_or_default()
        })
    });
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let territory = match fields().to_territory(&base) {
            Ok(t) => t,
            Err(found) => return issues.set(found),
        };
        if guard.save(state, territory_of, territory, commands::save_territory) {
            state.notify_when_saved(Msg::ProgrammeSaved);
        }
    };
    view! {
        <section class="programme">
            <h1>{tr(Msg::ProgrammeTitle)}</h1>
            {programme_tabs(Route::Programme)}
            <p class="lead">{tr(Msg::ProgrammeLead)}</p>
            <form on:submit=submit novalidate data-testid="programme-form">
                <FormErrors issues=issues/>
                <fieldset>
                    <legend>{tr(Msg::ProgrammeIdentity)}</legend>
                    <TextField id="programme-name" label=Msg::ProgrammeName value=name required=true error=error_of(issues, "name")/>
                    <TextField id="programme-type" label=Msg::ProgrammeType value=programme hint=Msg::ProgrammeTypeHint/>
                    <div class="row">
                        <TextField id="programme-start" label=Msg::ProgrammeStart value=start kind="date" error=error_of(issues, "start")/>
                        <TextField id="programme-end" label=Msg::ProgrammeEnd value=end kind="date" hint=Msg::ProgrammeEndHint error=error_of(issues, "end")/>
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::ProgrammePerimeter)}</legend>
                    <TextArea id="programme-communes" label=Msg::ProgrammeCommunes value=communes hint=Msg::OnePerLine rows=4/>
                    <TextArea id="programme-zones" label=Msg::ProgrammeZones value=zones hint=Msg::ProgrammeZonesHint rows=4/>
                    <ul class="warnings" data-testid="zones-left-behind" hidden=move || left_behind.with(Vec::is_empty)>
                        {move || left_behind.get().into_iter().map(|(zone, n)| view! {
                            <li>{state.tf(Msg::ProgrammeZoneInUse, &[("zone", &zone), ("count", &n.to_string())])}</li>
                        }).collect_view()}
                    </ul>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::ProgrammePartners)}</legend>
                    <p class="hint">{tr(Msg::ProgrammePartnersHint)}</p>
                    <For each=move || partners.get() key=|r| r.key let:row>
                        <div class="row partner-row" data-testid="partner-row">
                            <TextField id=format!("partner-name-{}", row.key) label=Msg::ProgrammePartnerName value=row.name/>
                            <TextField id=format!("partner-role-{}", row.key) label=Msg::ProgrammePartnerRole value=row.role/>
                            <button type="button" class="button tertiary small"
                                on:click=move |_| partners.update(|v| v.retain(|r| r.key != row.key))>
                                {tr(Msg::Remove)}
                            </button>
                        </div>
                    </For>
                    <button type="button" class="button secondary" data-testid="add-partner" on:click=add_partner>{tr(Msg::ProgrammeAddPartner)}</button>
                </fieldset>
                <div class="actions">
                    <button type="submit" class="button primary" data-testid="save-programme">{tr(Msg::Save)}</button>
                </div>
            </form>
        </section>
    }
    .into_any()
}

fn territory_of(p: &maillage_core::Project) -> &[Territory] {
    std::slice::from_ref(&p.territory)
}
