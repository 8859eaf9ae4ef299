//! Pools: three or more companies of one area with the same need (or
//! the same output), which could share a collection or a purchase.

use super::*;

/// Companies with the same need (or output) of the same material close
/// together: candidates for a pooled service (e.g. five companies each
/// paying for cardboard collection).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pool {
    /// Remembered when accepted or rejected: `pool:` and the sorted flow ids.
    pub key: String,
    pub direction: Direction,
    #[serde(with = "crate::materials::category_key")]
    pub category: materials::CategoryKey,
    pub flows: Vec<Id>,
    pub companies: Vec<Id>,
    /// Total per year, and its dimension, when the flows can be added up.
    pub volume: Option<(f64, Dimension)>,
    /// Members × volume (members alone when the volume is unknown).
    pub rank: f64,
    /// Largest distance from the first member, km.
    pub spread_km: f64,
}

/// Smallest pool worth proposing.
pub const MIN_MEMBERS: usize = 3;

pub fn pools(p: &Project, factors: &FactorSet, radius_km: f64) -> Vec<Pool> {
    pools_in(&Inputs::of(p), factors, radius_km)
}

/// [`pools`] from what matching reads of a project.
pub fn pools_in(input: &Inputs, factors: &FactorSet, radius_km: f64) -> Vec<Pool> {
    let decided = decided_keys(input);
    let mut groups: HashMap<(u8, &'static str), Vec<Info>> = HashMap::new();
    let mut interner = Interner::default();
    for f in input.flows.iter().filter(|f| !f.deleted) {
        let Some(c) = input.places.get(&f.company_id) else {
            continue;
        };
        // Pooling ignores freshness: any date will do for the check ages.
        let i = info(f, *c, factors, &mut interner, Date::from_days(0));
        let Some(cat) = i.category else { continue };
        // Same direction only: pooling a service is not buying a material.
        let side = match f.direction {
            Direction::SharedNeed => 0,
            Direction::Need => 1,
            Direction::Have => 2,
            Direction::SpareCapacity => continue,
        };
        groups.entry((side, cat.key)).or_default().push(i);
    }
    let mut out = Vec::new();
    let mut keys: Vec<(u8, &'static str)> = groups.keys().copied().collect();
    keys.sort();
    for key in keys {
        let mut members = groups.remove(&key).unwrap_or_default();
        members.retain(|i| i.company.coordinates.is_some());
        crate::sorting::sort_by(&mut members, |a, b| a.flow.id.cmp(&b.flow.id));
        // Neighbours within the radius, computed once per group.
        let neighbours: Vec<Vec<usize>> = (0..members.len())
            .map(|i| {
                let origin = members[i]
                    .company
                    .coordinates
                    .unwrap_or(Coordinates { lat: 0.0, lon: 0.0 });
                (0..members.len())
                    .filter(|&j| {
                        members[j]
                            .company
                            .coordinates
                            .is_some_and(|c| flat_km(origin, c) <= radius_km)
                    })
                    .collect()
            })
            .collect();
        let mut taken = vec![false; members.len()];
        // Greedy: the member whose neighbourhood holds the most companies
        // seeds a pool; repeat with those left.
        loop {
            let near_of = |i: usize, taken: &[bool]| -> Vec<usize> {
                neighbours[i]
                    .iter()
                    .copied()
                    .filter(|&j| !taken[j])
                    .collect()
            };
            let companies_in = |near: &[usize]| {
                near.iter()
                    .map(|&j| members[j].company.id)
                    .collect::<HashSet<Id>>()
                    .len()
            };
            let best = (0..members.len())
                .filter(|&i| !taken[i])
                .map(|i| (i, near_of(i, &taken)))
                .max_by(|(i, a), (j, b)| companies_in(a).cmp(&companies_in(b)).then(j.cmp(i)));
            let Some((seed, near)) = best.filter(|(_, near)| companies_in(near) >= MIN_MEMBERS)
            else {
                break;
            };
            for &j in &near {
                taken[j] = true;
            }
            let origin = members[seed]
                .company
                .coordinates
                .unwrap_or(Coordinates { lat: 0.0, lon: 0.0 });
            let c = pool_of(
                &near.iter().map(|&j| &members[j]).collect::<Vec<_>>(),
                key,
                origin,
            );
            if !decided.contains(&c.key) {
                out.push(c);
            }
        }
    }
    crate::sorting::sort_by(&mut out, |a, b| {
        b.rank.total_cmp(&a.rank).then_with(|| a.key.cmp(&b.key))
    });
    out
}

pub(super) fn pool_of(members: &[&Info], key: (u8, &'static str), origin: Coordinates) -> Pool {
    let mut flows: Vec<Id> = members.iter().map(|i| i.flow.id).collect();
    flows.sort();
    let mut companies: Vec<Id> = members.iter().map(|i| i.company.id).collect();
    companies.sort();
    companies.dedup();
    let dims: HashSet<Dimension> = members
        .iter()
        .filter_map(|i| i.amount.map(|a| a.1))
        .collect();
    // Volumes add up only when every member has one, all in the same dimension.
    let volume = match dims.iter().next() {
        Some(&dim) if dims.len() == 1 && members.iter().all(|i| i.amount.is_some()) => Some((
            members.iter().filter_map(|i| i.amount).map(|a| a.0).sum(),
            dim,
        )),
        _ => None,
    };
    let spread_km = members
        .iter()
        .filter_map(|i| i.company.coordinates)
        .map(|c| haversine_km(origin, c))
        .fold(0.0, f64::max);
    let n = companies.len() as f64;
    Pool {
        key: pool_key(&flows),
        direction: [Direction::SharedNeed, Direction::Need, Direction::Have][key.0 as usize],
        category: key.1,
        rank: volume.map_or(n, |(v, _)| n * v),
        flows,
        companies,
        volume,
        spread_km,
    }
}
