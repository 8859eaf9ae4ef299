//! One module per screen.
pub mod backups;
pub mod companies;
pub mod company;
pub mod company_form;
pub mod contacts;
pub mod funnel;
pub mod import;
pub mod next_actions;
pub mod outreach;
pub mod projects;
pub mod welcome;
