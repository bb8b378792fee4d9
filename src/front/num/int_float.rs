//! Ints as doubles, for constant folding of mixed int/float arithmetic.
//!
//! MicroPython converts a big int (mpz) to a double digit by digit: 32-bit digits on a
//! 64-bit host, `val = val * 2^32 + digit`, rounding at every step
//! (`mpz_as_float` in `py/mpz.c`). Above 2^64 that can differ from the correctly rounded
//! value: `(2**96 + 2**43 + 1) / 1` folds to `7.922816251426434e+28` (2^96), where CPython
//! says `7.922816251426436e+28`. Below 2^64 both agree, so small ints need no special case.

use num_bigint::{BigInt, Sign};

/// `mp_obj_get_float` of an int, as mpy-cross (x86-64) computes it.
pub fn int_to_float(value: &BigInt) -> f64 {
    let mut val = 0.0f64;
    for digit in value.magnitude().iter_u32_digits().rev() {
        val = val * 4_294_967_296.0 + digit as f64;
    }
    if value.sign() == Sign::Minus {
        -val
    } else {
        val
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_per_digit() {
        let v: BigInt = (BigInt::from(1) << 96u32) + (BigInt::from(1) << 43u32) + 1;
        assert_eq!(int_to_float(&v), 2f64.powi(96));
        assert_eq!(int_to_float(&-v), -(2f64.powi(96)));
    }

    #[test]
    fn small_values_are_correctly_rounded() {
        for v in [0i64, 1, -7, (1 << 53) + 1, i64::MAX, i64::MIN] {
            assert_eq!(int_to_float(&BigInt::from(v)), v as f64, "{v}");
        }
        let huge: BigInt = BigInt::from(1) << 1100u32;
        assert_eq!(int_to_float(&huge), f64::INFINITY);
    }
}
