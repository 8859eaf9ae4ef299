//! The matching work as one message: what the suggestions and the pools
//! read of a project (`matching::Inputs`, owned), small enough to hand to a
//! Web Worker (live flows, where their companies are, the flows of live
//! synergies), and what they find. Finding from the
//! message gives exactly what finding from the whole project gives (tested),
//! so the page can run it on either side of the worker boundary.

use crate::date::Date;
use crate::factors::FactorSet;
use crate::matching::{self, Inputs, Place, Pool, Suggestion};
use crate::model::*;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// What matching reads of a project, owned, to travel as one message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Work {
    /// Decisions, distance limit and the project's own factors.
    pub settings: Settings,
    /// Where the companies that own the flows are.
    pub places: Vec<Place>,
    pub flows: Vec<Flow>,
    /// The flows of each live synergy: their pairs are not proposed again.
    pub links: Vec<Vec<Id>>,
    /// Today, as days since 1970-01-01 (the age of each check).
    pub today: i64,
    /// Pooling radius, km.
    pub pool_radius_km: f64,
}

/// What matching finds: substitutions best first, and pooling candidates.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Found {
    pub suggestions: Vec<Suggestion>,
    pub pools: Vec<Pool>,
}

impl Work {
    /// What matching reads of `p`: live flows, where the live companies
    /// that own them are, the flows of live synergies.
    pub fn of(p: &Project, today: Date, pool_radius_km: f64) -> Work {
        let input = Inputs::of(p);
        let flows: Vec<Flow> = p.flows.iter().filter(|f| !f.deleted).cloned().collect();
        let owners: HashSet<Id> = flows.iter().map(|f| f.company_id).collect();
        let mut places: Vec<Place> = owners
            .iter()
            .filter_map(|id| input.places.get(id).copied())
            .collect();
        places.sort_by_key(|place| place.id);
        Work {
            settings: p.settings.clone(),
            places,
            flows,
            links: input.links.iter().map(|l| l.to_vec()).collect(),
            today: today.days_since_epoch(),
            pool_radius_km,
        }
    }

    /// Suggestions and pools of this work.
    pub fn find(&self) -> Found {
        let input = Inputs {
            settings: &self.settings,
            flows: &self.flows,
            places: self.places.iter().map(|place| (place.id, *place)).collect(),
            links: self.links.iter().map(Vec::as_slice).collect(),
        };
        let factors = FactorSet::of(&self.settings);
        Found {
            suggestions: matching::suggest(&input, &factors, Date::from_days(self.today)),
            pools: matching::pools_in(&input, &factors, self.pool_radius_km),
        }
    }
}

/// Suggestions and pools of a whole project, on this thread.
pub fn find(p: &Project, today: Date, pool_radius_km: f64) -> Found {
    let factors = FactorSet::of(&p.settings);
    Found {
        suggestions: matching::suggestions(p, &factors, today),
        pools: matching::pools(p, &factors, pool_radius_km),
    }
}
