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
    /// How many of each the page shows: only those travel back.
    pub shown: Shown,
}

/// How many suggestions and pools, best first, a screen shows. Thousands
/// can be found on a large territory; reading them all back on the page
/// would hold it up for what nobody sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown {
    pub suggestions: usize,
    pub pools: usize,
}

impl Shown {
    pub const ALL: Shown = Shown {
        suggestions: usize::MAX,
        pools: usize::MAX,
    };
}

/// What matching finds: substitutions best first, and pooling candidates,
/// as many as shown, and how many more of each there are.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Found {
    pub suggestions: Vec<Suggestion>,
    pub pools: Vec<Pool>,
    pub more_suggestions: usize,
    pub more_pools: usize,
}

impl Found {
    fn of(mut suggestions: Vec<Suggestion>, mut pools: Vec<Pool>, shown: Shown) -> Found {
        let more_suggestions = suggestions.len().saturating_sub(shown.suggestions);
        let more_pools = pools.len().saturating_sub(shown.pools);
        suggestions.truncate(shown.suggestions);
        pools.truncate(shown.pools);
        Found {
            suggestions,
            pools,
            more_suggestions,
            more_pools,
        }
    }
}

impl Work {
    /// What matching reads of `p`: live flows, where the live companies
    /// that own them are, the flows of live synergies.
    pub fn of(p: &Project, today: Date, pool_radius_km: f64, shown: Shown) -> Work {
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
            shown,
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
        Found::of(
            matching::suggest(&input, &factors, Date::from_days(self.today)),
            matching::pools_in(&input, &factors, self.pool_radius_km),
            self.shown,
        )
    }
}

/// Suggestions and pools of a whole project, on this thread.
pub fn find(p: &Project, today: Date, pool_radius_km: f64, shown: Shown) -> Found {
    let factors = FactorSet::of(&p.settings);
    Found::of(
        matching::suggestions(p, &factors, today),
        matching::pools(p, &factors, pool_radius_km),
        shown,
    )
}
