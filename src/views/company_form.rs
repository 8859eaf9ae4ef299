//! Creating or editing a company. The draft is plain text until saved; the
//! core command checks it (SIRET key, NAF code, coordinates…) and nothing is
//! saved while an error remains, each error shown at its field.

use crate::components::draft::{DraftKeeper, DraftNotice};
use crate::components::field::{
    error_of, ChoiceField, FormErrors, MaybeChoiceField, SelectField, TextArea, TextField,
};
use crate::components::naf_picker::NafPicker;
use crate::route::{navigate, Route};
use crate::state::forms::FormGuard;
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::form::company::{new_company, CompanyFields};
use maillage_core::i18n::Msg;
use maillage_core::naf::Nomenclature;
use maillage_core::{commands, Confidentiality, Id, Organisation, SizeBand};

/// The form's fields as signals, one per input.
#[derive(Clone, Copy)]
struct Draft {
    name: RwSignal<String>,
    siret: RwSignal<String>,
    nomenclature: RwSignal<Nomenclature>,
    naf: RwSignal<String>,
    size: RwSignal<Option<SizeBand>>,
    address: RwSignal<String>,
    postcode: RwSignal<String>,
    commune: RwSignal<String>,
    zone: RwSignal<String>,
    lat: RwSignal<String>,
    lon: RwSignal<String>,
    tags: RwSignal<String>,
    notes: RwSignal<String>,
    confidentiality: RwSignal<Confidentiality>,
    organisation: RwSignal<Organisation>,
}

impl Draft {
    fn of(c: CompanyFields) -> Draft {
        Draft {
            name: RwSignal::new(c.name),
            siret: RwSignal::new(c.siret),
            nomenclature: RwSignal::new(c.nomenclature),
            naf: RwSignal::new(c.naf),
            size: RwSignal::new(c.size),
            address: RwSignal::new(c.address),
            postcode: RwSignal::new(c.postcode),
            commune: RwSignal::new(c.commune),
            zone: RwSignal::new(c.zone),
            lat: RwSignal::new(c.lat),
            lon: RwSignal::new(c.lon),
            tags: RwSignal::new(c.tags),
            notes: RwSignal::new(c.notes),
            confidentiality: RwSignal::new(c.confidentiality),
            organisation: RwSignal::new(c.organisation),
        }
    }

    /// What the inputs hold now.
    fn fields(self) -> CompanyFields {
        CompanyFields {
            name: self.name.get_untracked(),
            siret: self.siret.get_untracked(),
            nomenclature: self.nomenclature.get_untracked(),
            naf: self.naf.get_untracked(),
            size: self.size.get_untracked(),
            address: self.address.get_untracked(),
            postcode: self.postcode.get_untracked(),
            commune: self.commune.get_untracked(),
            zone: self.zone.get_untracked(),
            lat: self.lat.get_untracked(),
            lon: self.lon.get_untracked(),
            tags: self.tags.get_untracked(),
            notes: self.notes.get_untracked(),
            confidentiality: self.confidentiality.get_untracked(),
            organisation: self.organisation.get_untracked(),
        }
    }
}

#[component]
pub fn CompanyForm(id: Option<Id>) -> impl IntoView {
    let state = use_app();
    let base = match id {
        Some(id) => state.project.with_untracked(|p| {
            p.as_ref()
                .and_then(|p| p.company(id))
                .filter(|c| !c.deleted)
                .cloned()
        }),
        None => Some(new_company(
            uuid::Uuid::new_v4(),
            state.author.get_untracked(),
        )),
    };
    let Some(base) = base else {
        return view! { <p class="empty-state">{tr(Msg::CompanyNotFound)}</p> }.into_any();
    };
    let draft = Draft::of(CompanyFields::of(&base, state.lang_now()));
    let cancel_href = match id {
        Some(id) => Route::Company(id).to_hash(),
        None => Route::Companies(Default::default()).to_hash(),
    };
    let id_now = base.id;
    let guard = FormGuard::new(&base);
    let issues = guard.issues;
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let draft_key = match id {
        Some(id) => format!("company:{id}"),
        None => "company:new".to_owned(),
    };
    let keeper = DraftKeeper::new(draft_key, base.rev, form_ref);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        // Built on the version the form opened: fields it does not show (a
        // stage set by hand) and changes made elsewhere are kept by the guard.
        let company = match draft.fields().to_company(&base) {
            Ok(c) => c,
            Err(found) => return guard.issues.set(found),
        };
        if guard.save(state, |p| &p.companies, company, commands::save_company) {
            keeper.clear();
            state.notify_when_saved(Msg::CompanySaved);
            navigate(&Route::Company(id_now));
        }
    };
    let zone_options = Signal::derive(move || {
        let zones = state.project.with(|p| {
            p.as_ref()
                .map(|p| p.territory.zones.clone())
                .unwrap_or_default()
        });
        let mut v: Vec<(String, String)> = vec![(String::new(), "—".into())];
        let current = draft.zone.get_untracked();
        if !current.is_empty() && !zones.contains(&current) {
            v.push((current.clone(), current));
        }
        v.extend(zones.into_iter().map(|z| (z.clone(), z)));
        v
    });
    let title = if id.is_some() {
        Msg::CompanyFormEdit
    } else {
        Msg::CompanyFormNew
    };
    view! {
        <section class="company-form">
            <h1>{tr(title)}</h1>
            <form on:submit=submit novalidate node_ref=form_ref
                on:input=move |_| keeper.track() on:change=move |_| keeper.track()>
                <DraftNotice keeper=keeper/>
                <FormErrors issues=issues/>
                <fieldset>
                    <legend>{tr(Msg::SectionIdentity)}</legend>
                    <TextField id="company-name" label=Msg::FieldName value=draft.name required=true error=error_of(issues, "name") autocomplete="organization"/>
                    <TextField id="company-siret" label=Msg::FieldSiret value=draft.siret hint=Msg::FieldSiretHint error=error_of(issues, "siret") inputmode="numeric"/>
                    <NafPicker nomenclature=draft.nomenclature code=draft.naf error=error_of(issues, "activity.code")/>
                    <MaybeChoiceField id="company-size" label=Msg::FieldSize value=draft.size/>
                    <ChoiceField id="company-organisation" label=Msg::FieldOrganisation value=draft.organisation/>
                    <p class="hint">{tr(Msg::FieldOrganisationHint)}</p>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::SectionLocation)}</legend>
                    <TextField id="company-address" error=error_of(issues, "address") label=Msg::FieldAddress value=draft.address autocomplete="street-address"/>
                    <div class="row">
                        <TextField id="company-postcode" error=error_of(issues, "postcode") label=Msg::FieldPostcode value=draft.postcode autocomplete="postal-code"/>
                        <TextField id="company-commune" error=error_of(issues, "commune") label=Msg::FieldCommune value=draft.commune autocomplete="address-level2"/>
                    </div>
                    <SelectField id="company-zone" label=Msg::FieldZone value=draft.zone options=zone_options error=error_of(issues, "zone")/>
                    <div class="row">
                        <TextField id="company-lat" label=Msg::FieldLatitude value=draft.lat hint=Msg::FieldCoordinatesHint error=error_of(issues, "coordinates.lat") inputmode="decimal"/>
                        <TextField id="company-lon" label=Msg::FieldLongitude value=draft.lon error=error_of(issues, "coordinates.lon") inputmode="decimal"/>
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::SectionFollowUp)}</legend>
                    <TextField id="company-tags" error=error_of(issues, "tags") label=Msg::FieldTags value=draft.tags hint=Msg::FieldTagsHint/>
                    <TextArea id="company-notes" label=Msg::FieldNotes value=draft.notes rows=4/>
                    <ChoiceField id="company-confidentiality" label=Msg::FieldConfidentiality value=draft.confidentiality/>
                </fieldset>
                <div class="actions">
                    <button type="submit" class="button primary" data-testid="save-company">{tr(Msg::Save)}</button>
                    <a class="button tertiary" href=cancel_href on:click=move |_| keeper.clear()>{tr(Msg::Cancel)}</a>
                </div>
            </form>
        </section>
    }
    .into_any()
}
