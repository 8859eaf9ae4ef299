//! One stable sort for the whole app. Sorting with `Vec::sort_by` copies the
//! sorting algorithm for every element type and every comparison closure,
//! which adds up to tens of kilobytes of WebAssembly to download; here the
//! algorithm runs once, on positions, through a dynamic comparison.

use std::cmp::Ordering;

/// Positions 0..n in the order given by `cmp` (stable).
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|a, b| cmp(*a, *b));
    idx
}

/// Sorts `v` by `cmp`, stable (equal elements keep their order).
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let idx = order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(idx.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `v` by a key, stable.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut w: Vec<String> = vec!["b".into(), "a".into()];
        sort_by(&mut w, |a, b| b.cmp(a));
        assert_eq!(w, vec!["b", "a"]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |x| *x);
        assert!(empty.is_empty());
    }

    #[test]
    fn matches_the_standard_sort() {
        let mut rng = crate::rng::Rng::new(4);
        for _ in 0..50 {
            let v: Vec<(u8, usize)> = (0..rng.below(60))
                .map(|i| (rng.below(5) as u8, i))
                .collect();
            let mut a = v.clone();
            let mut b = v;
            sort_by_key(&mut a, |x| x.0);
            b.sort_by_key(|x| x.0);
            assert_eq!(a, b);
        }
    }
}
