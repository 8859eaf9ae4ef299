//! Creating or editing a company. The draft is plain text until saved; the
//! core command checks it (SIRET key, NAF code, coordinates…) and nothing is
//! saved while an error remains, each error shown at its field.

use crate::components::draft::{DraftKeeper, DraftNotice};
use crate::components::field::{error_of, FormErrors, SelectField, TextArea, TextField};
use crate::components::naf_picker::NafPicker;
use crate::route::{navigate, Route};
use crate::state::forms::FormGuard;
use crate::state::{tr, use_app};
use leptos::prelude::*;
use maillage_core::form;
use maillage_core::i18n::{self, Msg};
use maillage_core::naf::{ActivityCode, Nomenclature};
use maillage_core::{commands, Author, Company, Confidentiality, Coordinates, Id, Issue, SizeBand};

/// The form's text fields, as typed.
#[derive(Clone, Copy)]
struct Draft {
    name: RwSignal<String>,
    siret: RwSignal<String>,
    nomenclature: RwSignal<Nomenclature>,
    naf: RwSignal<String>,
    size: RwSignal<String>,
    address: RwSignal<String>,
    postcode: RwSignal<String>,
    commune: RwSignal<String>,
    zone: RwSignal<String>,
    lat: RwSignal<String>,
    lon: RwSignal<String>,
    tags: RwSignal<String>,
    notes: RwSignal<String>,
    confidentiality: RwSignal<String>,
}

impl Draft {
    fn of(c: &Company, lang: i18n::Lang) -> Draft {
        let s = |v: &str| RwSignal::new(v.to_owned());
        let activity = c.activity.clone();
        Draft {
            name: s(&c.name),
            siret: s(c.siret.as_deref().unwrap_or("")),
            nomenclature: RwSignal::new(
                activity
                    .as_ref()
                    .map(|a| a.nomenclature)
                    .unwrap_or(Nomenclature::NafRev2),
            ),
            naf: s(activity.as_ref().map(|a| a.code.as_str()).unwrap_or("")),
            size: s(c.size_band.map(SizeBand::code).unwrap_or("")),
            address: s(&c.address),
            postcode: s(&c.postcode),
            commune: s(&c.commune),
            zone: s(&c.zone),
            lat: s(&form::number_text(lang, c.coordinates.map(|x| x.lat))),
            lon: s(&form::number_text(lang, c.coordinates.map(|x| x.lon))),
            tags: s(&c.tags.join(", ")),
            notes: s(&c.notes),
            confidentiality: s(conf_value(c.confidentiality)),
        }
    }

    /// The company described by the draft, or the fields that are not numbers.
    fn to_company(self, base: &Company) -> Result<Company, Vec<Issue>> {
        let mut issues = Vec::new();
        let lat = form::optional_number(&self.lat.get_untracked(), "coordinates.lat", &mut issues);
        let lon = form::optional_number(&self.lon.get_untracked(), "coordinates.lon", &mut issues);
        if !issues.is_empty() {
            return Err(issues);
        }
        let naf = self.naf.get_untracked();
        let mut c = base.clone();
        c.name = self.name.get_untracked();
        c.siret = Some(self.siret.get_untracked()).filter(|s| !s.trim().is_empty());
        c.activity = (!naf.trim().is_empty()).then(|| ActivityCode {
            nomenclature: self.nomenclature.get_untracked(),
            code: naf.trim().to_owned(),
        });
        c.size_band = SizeBand::from_code(&self.size.get_untracked());
        c.address = self.address.get_untracked().trim().to_owned();
        c.postcode = self.postcode.get_untracked().trim().to_owned();
        c.commune = self.commune.get_untracked().trim().to_owned();
        c.zone = self.zone.get_untracked().trim().to_owned();
        c.coordinates = match (lat, lon) {
            (Some(lat), Some(lon)) => Some(Coordinates { lat, lon }),
            _ => None,
        };
        c.tags = self
            .tags
            .get_untracked()
            .split(',')
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
        c.notes = self.notes.get_untracked();
        c.confidentiality = conf_from(&self.confidentiality.get_untracked());
        Ok(c)
    }
}

fn conf_value(c: Confidentiality) -> &'static str {
    match c {
        Confidentiality::Network => "network",
        Confidentiality::Facilitator => "facilitator",
        Confidentiality::Restricted => "restricted",
    }
}

fn conf_from(v: &str) -> Confidentiality {
    match v {
        "facilitator" => Confidentiality::Facilitator,
        "restricted" => Confidentiality::Restricted,
        _ => Confidentiality::Network,
    }
}

/// A blank company (a draft at rev 0) for the "new company" form.
fn blank(author: Author) -> Company {
    Company {
        id: uuid::Uuid::new_v4(),
        rev: 0,
        updated_at: 0,
        updated_by: author,
        deleted: false,
        name: String::new(),
        siret: None,
        activity: None,
        size_band: None,
        address: String::new(),
        postcode: String::new(),
        commune: String::new(),
        zone: String::new(),
        coordinates: None,
        tags: Vec::new(),
        notes: String::new(),
        confidentiality: Confidentiality::Network,
        stage_override: None,
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
        None => Some(blank(state.author.get_untracked())),
    };
    let Some(base) = base else {
        return view! { <p class="empty-state">{tr(Msg::CompanyNotFound)}</p> }.into_any();
    };
    let draft = Draft::of(&base, state.lang_now());
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
        let company = match draft.to_company(&base) {
            Ok(c) => c,
            Err(found) => return guard.issues.set(found),
        };
        if guard.save(state, |p| &p.companies, company, commands::save_company) {
            keeper.clear();
            state.notify_when_saved(Msg::CompanySaved);
            navigate(&Route::Company(id_now));
        }
    };
    let size_options = Signal::derive(move || {
        let lang = state.lang.get();
        std::iter::once((String::new(), "—".to_owned()))
            .chain(SizeBand::ALL.into_iter().map(|b| {
                (
                    b.code().to_owned(),
                    i18n::t(lang, i18n::size_band(b)).to_owned(),
                )
            }))
            .collect()
    });
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
    let conf_options = Signal::derive(move || {
        let lang = state.lang.get();
        [
            Confidentiality::Network,
            Confidentiality::Facilitator,
            Confidentiality::Restricted,
        ]
        .into_iter()
        .map(|c| {
            (
                conf_value(c).to_owned(),
                i18n::t(lang, i18n::confidentiality(c)).to_owned(),
            )
        })
        .collect()
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
                    <SelectField id="company-size" label=Msg::FieldSize value=draft.size options=size_options/>
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
                    <SelectField id="company-confidentiality" label=Msg::FieldConfidentiality value=draft.confidentiality options=conf_options/>
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
