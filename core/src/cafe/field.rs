//! Finite fields GF(q) for the affine construction: the integers modulo a
//! prime, and a few prime powers (4, 8, 9, 16, 25 tables) built as
//! polynomials over GF(p) modulo an irreducible polynomial. Elements are
//! numbered 0..q (0 is zero); the tables hold every sum and product.

pub struct Field {
    q: usize,
    add: Vec<u8>,
    mul: Vec<u8>,
}

impl Field {
    pub fn add(&self, a: usize, b: usize) -> usize {
        self.add[a * self.q + b] as usize
    }

    pub fn mul(&self, a: usize, b: usize) -> usize {
        self.mul[a * self.q + b] as usize
    }
}

fn is_prime(n: usize) -> bool {
    n >= 2 && (2..n).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

/// The prime p, the degree k and the low coefficients of the monic
/// irreducible polynomial x^k + c(x) used for each supported prime power.
const POWERS: &[(usize, usize, &[usize])] = &[
    (2, 2, &[1, 1]),       // GF(4):  x² + x + 1
    (2, 3, &[1, 1, 0]),    // GF(8):  x³ + x + 1
    (3, 2, &[1, 0]),       // GF(9):  x² + 1
    (2, 4, &[1, 1, 0, 0]), // GF(16): x⁴ + x + 1
    (5, 2, &[2, 0]),       // GF(25): x² + 2
];

/// GF(q) when the app knows how to build it (q ≤ 255).
pub fn field(q: usize) -> Option<Field> {
    if !(2..=255).contains(&q) {
        return None;
    }
    if is_prime(q) {
        return Some(table(q, |a, b| (a + b) % q, |a, b| a * b % q));
    }
    let &(p, k, low) = POWERS.iter().find(|(p, k, _)| p.pow(*k as u32) == q)?;
    // Element n is the polynomial whose coefficients are n's base-p digits.
    let digits = |mut n: usize| {
        (0..k)
            .map(|_| {
                let d = n % p;
                n /= p;
                d
            })
            .collect::<Vec<_>>()
    };
    let number = |coeffs: &[usize]| coeffs.iter().rev().fold(0, |n, c| n * p + c);
    let add = |a: usize, b: usize| {
        let (x, y) = (digits(a), digits(b));
        number(
            &x.iter()
                .zip(&y)
                .map(|(u, v)| (u + v) % p)
                .collect::<Vec<_>>(),
        )
    };
    let mul = |a: usize, b: usize| {
        let (x, y) = (digits(a), digits(b));
        let mut prod = vec![0usize; 2 * k - 1];
        for (i, u) in x.iter().enumerate() {
            for (j, v) in y.iter().enumerate() {
                prod[i + j] = (prod[i + j] + u * v) % p;
            }
        }
        // x^k = −c(x): fold the high terms down.
        for d in (k..2 * k - 1).rev() {
            let top = prod[d];
            prod[d] = 0;
            for (i, c) in low.iter().enumerate() {
                prod[d - k + i] = (prod[d - k + i] + top * (p - c % p)) % p;
            }
        }
        number(&prod[..k])
    };
    Some(table(q, add, mul))
}

fn table(
    q: usize,
    add: impl Fn(usize, usize) -> usize,
    mul: impl Fn(usize, usize) -> usize,
) -> Field {
    let mut f = Field {
        q,
        add: vec![0; q * q],
        mul: vec![0; q * q],
    };
    for a in 0..q {
        for b in 0..q {
            f.add[a * q + b] = add(a, b) as u8;
            f.mul[a * q + b] = mul(a, b) as u8;
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field axioms that the construction relies on, checked whole.
    #[test]
    fn every_supported_order_is_a_field() {
        let orders: Vec<usize> = (2..=30).filter(|&q| field(q).is_some()).collect();
        assert_eq!(
            orders,
            [2, 3, 4, 5, 7, 8, 9, 11, 13, 16, 17, 19, 23, 25, 29]
        );
        for q in orders {
            let f = field(q).unwrap();
            for a in 0..q {
                assert_eq!(f.add(a, 0), a, "GF({q}): zero");
                assert_eq!(f.mul(a, 1), a, "GF({q}): one");
                // Each row of the sums and of the non-zero products is a permutation.
                let mut sums: Vec<usize> = (0..q).map(|b| f.add(a, b)).collect();
                sums.sort_unstable();
                assert_eq!(sums, (0..q).collect::<Vec<_>>(), "GF({q}): a + x");
                if a != 0 {
                    let mut prods: Vec<usize> = (0..q).map(|b| f.mul(a, b)).collect();
                    prods.sort_unstable();
                    assert_eq!(prods, (0..q).collect::<Vec<_>>(), "GF({q}): {a} · x");
                }
                for b in 0..q {
                    assert_eq!(f.add(a, b), f.add(b, a));
                    assert_eq!(f.mul(a, b), f.mul(b, a));
                    for c in 0..q {
                        assert_eq!(
                            f.mul(a, f.add(b, c)),
                            f.add(f.mul(a, b), f.mul(a, c)),
                            "GF({q}): distributive"
                        );
                        assert_eq!(
                            f.mul(a, f.mul(b, c)),
                            f.mul(f.mul(a, b), c),
                            "GF({q}): associative"
                        );
                    }
                }
            }
        }
    }
}
