//! The matching work as one message: what the suggestions and the pools
//! need of a project, small enough to hand to a Web Worker (only companies
//! with flows, only live records), and what they find. Finding from the
//! message gives exactly what finding from the whole project gives (tested),
//! so the page can run it on either side of the worker boundary.

use crate::date::Date;
use crate::factors::FactorSet;
use crate::matching::{self, Cluster, Suggestion};
use crate::model::*;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// What matching reads of a project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Work {
    /// Decisions, distance limit and the project's own factors.
    pub settings: Settings,
    pub companies: Vec<Company>,
    pub flows: Vec<Flow>,
    /// Synergies link flows: their pairs are not proposed again.
    pub synergies: Vec<Synergy>,
    /// Today, as days since 1970-01-01 (the age of each check).
    pub today: i64,
    /// Pooling radius, km.
    pub pool_radius_km: f64,
}

/// What matching finds: substitutions best first, and pooling candidates.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Found {
    pub suggestions: Vec<Suggestion>,
    pub pools: Vec<Cluster>,
}

impl Work {
    /// The part of `p` that matching reads: live flows, the live companies
    /// that own them, live synergies.
    pub fn of(p: &Project, today: Date, pool_radius_km: f64) -> Work {
        let flows: Vec<Flow> = p.flows.iter().filter(|f| !f.deleted).cloned().collect();
        let owners: HashSet<Id> = flows.iter().map(|f| f.company_id).collect();
        Work {
            settings: p.settings.clone(),
            companies: p
                .live_companies()
                .filter(|c| owners.contains(&c.id))
                .cloned()
                .collect(),
            flows,
            synergies: p.synergies.iter().filter(|s| !s.deleted).cloned().collect(),
            today: today.days_since_epoch(),
            pool_radius_km,
        }
    }

    /// Suggestions and pools of this work.
    pub fn find(self) -> Found {
        let today = Date::from_days(self.today);
        let radius = self.pool_radius_km;
        let factors = FactorSet::of(&self.settings);
        let p = self.into_project();
        Found {
            suggestions: matching::suggestions(&p, &factors, today),
            pools: matching::clusters(&p, &factors, radius),
        }
    }

    /// A project holding only this work's records (matching reads no more).
    fn into_project(self) -> Project {
        let ctx = EditContext {
            now_ms: 0,
            author: Author {
                actor: Id::nil(),
                label: String::new(),
            },
        };
        let mut p = Project::new(Id::nil(), self.settings.id, "", &ctx);
        p.settings = self.settings;
        p.companies = self.companies;
        p.flows = self.flows;
        p.synergies = self.synergies;
        p
    }
}

/// Suggestions and pools of a whole project, on this thread.
pub fn find(p: &Project, today: Date, pool_radius_km: f64) -> Found {
    let factors = FactorSet::of(&p.settings);
    Found {
        suggestions: matching::suggestions(p, &factors, today),
        pools: matching::clusters(p, &factors, pool_radius_km),
    }
}
