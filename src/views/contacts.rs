//! The people met at a company, with their consent to be contacted (RGPD).

use crate::components::confirm::ConfirmButton;
use crate::components::draft::{DraftKeeper, DraftNotice};
use crate::components::field::{error_of, CheckboxField, FormErrors, TextArea, TextField};
use crate::state::forms::FormGuard;
use crate::state::{tr, use_app};
use crate::storage::drafts;
use leptos::prelude::*;
use maillage_core::i18n::Msg;
use maillage_core::{commands, Contact, Id};

#[component]
pub fn Contacts(company_id: Id) -> impl IntoView {
    let state = use_app();
    let contacts = Memo::new(move |_| {
        state.project.with(|p| {
            p.as_ref()
                .map(|p| p.contacts_of(company_id).cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    // The contact being edited (Some(None): a new one); a form left with a
    // draft (before a reload) opens again.
    let editing = RwSignal::new(contacts.with_untracked(|list| {
        drafts::open_form(
            state.project.with_untracked(|p| p.as_ref().map(|p| p.id())),
            &format!("contact:new:{company_id}"),
            list.iter().map(|c| (format!("contact:{}", c.id), c.id)),
        )
    }));
    view! {
        <section class="card" aria-labelledby="contacts-title">
            <div class="section-head">
                <h2 id="contacts-title">{tr(Msg::ContactsTitle)}</h2>
                <button type="button" class="button secondary" data-testid="add-contact" on:click=move |_| editing.set(Some(None))>
                    {tr(Msg::AddContact)}
                </button>
            </div>
            {move || editing.get().map(|which| view! { <ContactForm company_id=company_id id=which done=editing/> })}
            <Show when=move || !contacts.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-state">{tr(Msg::NoContacts)}</p> }>
                <ul class="contact-list">
                    <For each=move || contacts.get() key=|c| (c.id, c.rev) children=move |c| view! { <ContactCard contact=c editing=editing/> }/>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn ContactCard(contact: Contact, editing: RwSignal<Option<Option<Id>>>) -> impl IntoView {
    let state = use_app();
    let c = contact;
    let id = c.id;
    let name = c.name.clone();
    let question = {
        let name = name.clone();
        Signal::derive(move || state.tf(Msg::ConfirmDeleteContact, &[("name", &name)]))
    };
    let consent = if c.opt_out {
        Some(Msg::OptedOut)
    } else if !c.consent {
        Some(Msg::NoConsent)
    } else {
        None
    };
    let email = c.email.clone();
    let phone = c.phone.clone();
    view! {
        <li class="contact-card" data-testid="contact">
            <p class="contact-name"><strong>{name}</strong>
                {(!c.role.is_empty()).then(|| view! { " — "<span>{c.role.clone()}</span> })}
            </p>
            <p class="contact-lines">
                {(!email.is_empty()).then(|| view! { <a href=format!("mailto:{email}")>{email.clone()}</a>" " })}
                {(!phone.is_empty()).then(|| view! { <a href=format!("tel:{}", phone.replace(' ', ""))>{phone.clone()}</a> })}
            </p>
            {consent.map(|m| view! { <p class="flag" class:danger=c.opt_out>{tr(m)}</p> })}
            <div class="actions">
                <button type="button" class="button tertiary small" on:click=move |_| editing.set(Some(Some(id)))>{tr(Msg::Edit)}</button>
                <ConfirmButton label=Msg::Delete question=question confirm=Msg::Delete quiet=true
                    on_confirm=Callback::new(move |_| { let _ = state.apply(|p, ctx| Ok(commands::delete_contact(p, id, ctx))); })/>
            </div>
        </li>
    }
}

#[component]
fn ContactForm(
    company_id: Id,
    id: Option<Id>,
    done: RwSignal<Option<Option<Id>>>,
) -> impl IntoView {
    let state = use_app();
    let base = id
        .and_then(|id| {
            state.project.with_untracked(|p| {
                p.as_ref()
                    .and_then(|p| p.contacts.iter().find(|c| c.id == id).cloned())
            })
        })
        .unwrap_or_else(|| Contact {
            id: uuid::Uuid::new_v4(),
            rev: 0,
            updated_at: 0,
            updated_by: state.author.get_untracked(),
            deleted: false,
            company_id,
            name: String::new(),
            role: String::new(),
            email: String::new(),
            phone: String::new(),
            consent: false,
            consent_date: None,
            opt_out: false,
            notes: String::new(),
        });
    let name = RwSignal::new(base.name.clone());
    let role = RwSignal::new(base.role.clone());
    let email = RwSignal::new(base.email.clone());
    let phone = RwSignal::new(base.phone.clone());
    let consent = RwSignal::new(base.consent);
    let consent_date = RwSignal::new(base.consent_date.map(|d| d.to_string()).unwrap_or_default());
    let opt_out = RwSignal::new(base.opt_out);
    let notes = RwSignal::new(base.notes.clone());
    let guard = FormGuard::new(&base);
    let issues = guard.issues;
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let draft_key = match id {
        Some(id) => format!("contact:{id}"),
        None => format!("contact:new:{company_id}"),
    };
    let keeper = DraftKeeper::new(draft_key, base.rev, form_ref);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let date_text = consent_date.get_untracked();
        let mut found = Vec::new();
        let date = maillage_core::form::optional_date(&date_text, "consent_date", &mut found);
        if !found.is_empty() {
            return issues.set(found);
        }
        let mut c = base.clone();
        c.name = name.get_untracked();
        c.role = role.get_untracked().trim().to_owned();
        c.email = email.get_untracked();
        c.phone = phone.get_untracked().trim().to_owned();
        c.consent = consent.get_untracked();
        c.consent_date = date;
        c.opt_out = opt_out.get_untracked();
        c.notes = notes.get_untracked();
        if guard.save(state, |p| &p.contacts, c, commands::save_contact) {
            keeper.clear();
            done.set(None);
            state.notify_when_saved(Msg::ContactSaved);
        }
    };
    view! {
        <form class="subform" on:submit=submit novalidate data-testid="contact-form" node_ref=form_ref
            on:input=move |_| keeper.track() on:change=move |_| keeper.track()>
            <DraftNotice keeper=keeper/>
            <h3>{move || state.t(if id.is_some() { Msg::EditContact } else { Msg::AddContact })}</h3>
            <FormErrors issues=issues/>
            <div class="row">
                <TextField id="contact-name" label=Msg::FieldName value=name required=true error=error_of(issues, "name") autocomplete="name"/>
                <TextField id="contact-role" label=Msg::FieldRole value=role autocomplete="organization-title"/>
            </div>
            <div class="row">
                <TextField id="contact-email" label=Msg::FieldEmail value=email kind="email" error=error_of(issues, "email") autocomplete="email"/>
                <TextField id="contact-phone" label=Msg::FieldPhone value=phone kind="tel" autocomplete="tel"/>
            </div>
            <div class="row">
                <CheckboxField id="contact-consent" label=Msg::FieldConsent value=consent/>
                <TextField id="contact-consent-date" label=Msg::FieldConsentDate value=consent_date kind="date" error=error_of(issues, "consent_date")/>
            </div>
            <CheckboxField id="contact-optout" label=Msg::FieldOptOut value=opt_out/>
            <TextArea id="contact-notes" label=Msg::FieldNotes value=notes rows=2/>
            <div class="actions">
                <button type="submit" class="button primary" data-testid="save-contact">{tr(Msg::Save)}</button>
                <button type="button" class="button tertiary" on:click=move |_| { keeper.clear(); done.set(None) }>{tr(Msg::Cancel)}</button>
            </div>
        </form>
    }
}
