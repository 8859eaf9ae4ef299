//! The assignment problem (Hungarian method, O(n³)): which row goes to
//! which column for the least total cost.

/// `cost[row * n + col]`; returns the column of each row.
pub fn solve(n: usize, cost: &[i64]) -> Vec<usize> {
    // Potentials u (rows) and v (columns), 1-based with a dummy column 0.
    let inf = i64::MAX / 4;
    let (mut u, mut v) = (vec![0i64; n + 1], vec![0i64; n + 1]);
    let mut row_of = vec![0usize; n + 1];
    let mut way = vec![0usize; n + 1];
    for i in 1..=n {
        row_of[0] = i;
        let mut j0 = 0;
        let mut min = vec![inf; n + 1];
        let mut used = vec![false; n + 1];
        loop {
            used[j0] = true;
            let i0 = row_of[j0];
            let (mut delta, mut j1) = (inf, 0);
            for j in 1..=n {
                if used[j] {
                    continue;
                }
                let c = cost[(i0 - 1) * n + (j - 1)] - u[i0] - v[j];
                if c < min[j] {
                    min[j] = c;
                    way[j] = j0;
                }
                if min[j] < delta {
                    delta = min[j];
                    j1 = j;
                }
            }
            for j in 0..=n {
                if used[j] {
                    u[row_of[j]] += delta;
                    v[j] -= delta;
                } else {
                    min[j] -= delta;
                }
            }
            j0 = j1;
            if row_of[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            row_of[j0] = row_of[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut col_of = vec![0; n];
    for j in 1..=n {
        if row_of[j] > 0 {
            col_of[row_of[j] - 1] = j - 1;
        }
    }
    col_of
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::Rng;

    fn brute(n: usize, cost: &[i64]) -> i64 {
        fn go(row: usize, n: usize, cost: &[i64], used: &mut Vec<bool>) -> i64 {
            if row == n {
                return 0;
            }
            let mut best = i64::MAX;
            for c in 0..n {
                if !used[c] {
                    used[c] = true;
                    best = best.min(cost[row * n + c] + go(row + 1, n, cost, used));
                    used[c] = false;
                }
            }
            best
        }
        go(0, n, cost, &mut vec![false; n])
    }

    #[test]
    fn matches_brute_force() {
        let mut rng = Rng::new(5);
        for n in 1..=6 {
            for _ in 0..30 {
                let cost: Vec<i64> = (0..n * n).map(|_| rng.below(20) as i64).collect();
                let to = solve(n, &cost);
                let mut cols = to.clone();
                cols.sort_unstable();
                assert_eq!(cols, (0..n).collect::<Vec<_>>(), "a permutation");
                let total: i64 = (0..n).map(|r| cost[r * n + to[r]]).sum();
                assert_eq!(total, brute(n, &cost));
            }
        }
    }
}
