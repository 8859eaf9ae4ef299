//! Suggestions and pools already decided: the keys decisions are kept
//! under, and what a key names.

use super::*;

/// The key a decision on a suggestion is kept under: `supply>demand`.
pub fn suggestion_key(supply: Id, demand: Id) -> String {
    format!("{supply}>{demand}")
}

/// The key a decision on a pool is kept under: `pool:` and its flows.
pub fn pool_key(flows: &[Id]) -> String {
    let ids: Vec<String> = flows.iter().map(Id::to_string).collect();
    format!("pool:{}", ids.join(","))
}

/// What a decision's key names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decided {
    /// A suggestion: this supply to that demand.
    Pair { supply: Id, demand: Id },
    /// A pool of these flows.
    Pool(Vec<Id>),
}

impl Decided {
    /// Reads a key written by [`suggestion_key`] or [`pool_key`]; `None` for
    /// anything else (a key from a newer version, a hand-edited file).
    pub fn of_key(key: &str) -> Option<Decided> {
        if let Some(list) = key.strip_prefix("pool:") {
            let flows: Option<Vec<Id>> = list.split(',').map(|id| id.parse().ok()).collect();
            return flows.filter(|f| !f.is_empty()).map(Decided::Pool);
        }
        let (a, b) = key.split_once('>')?;
        Some(Decided::Pair {
            supply: a.parse().ok()?,
            demand: b.parse().ok()?,
        })
    }
}

/// Pairs of flows already decided (accepted, rejected, or linked by a synergy).
pub(super) fn decided_pairs(input: &Inputs) -> HashSet<(Id, Id)> {
    let mut pairs: HashSet<(Id, Id)> = input
        .settings
        .decisions
        .iter()
        .filter_map(|d| match Decided::of_key(&d.key)? {
            Decided::Pair { supply, demand } => Some((supply, demand)),
            Decided::Pool(_) => None,
        })
        .collect();
    for flows in &input.links {
        for a in flows.iter() {
            for b in flows.iter() {
                pairs.insert((*a, *b));
            }
        }
    }
    pairs
}

/// Suggestions already decided: accepted or rejected, or linked by a synergy.
pub(super) fn decided_keys(input: &Inputs) -> HashSet<String> {
    let mut keys: HashSet<String> = input
        .settings
        .decisions
        .iter()
        .map(|d| d.key.clone())
        .collect();
    for flows in &input.links {
        for a in flows.iter() {
            for b in flows.iter() {
                keys.insert(suggestion_key(*a, *b));
            }
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_back_as_what_they_name() {
        let (a, b, c) = (Id::from_u128(1), Id::from_u128(2), Id::from_u128(3));
        assert_eq!(
            Decided::of_key(&suggestion_key(a, b)),
            Some(Decided::Pair {
                supply: a,
                demand: b
            })
        );
        assert_eq!(
            Decided::of_key(&pool_key(&[a, b, c])),
            Some(Decided::Pool(vec![a, b, c]))
        );
        for foreign in ["", "pool:", "pool:x,y", "a>b", "merge:1", &format!("{a}")] {
            assert_eq!(Decided::of_key(foreign), None, "{foreign:?}");
        }
    }
}
