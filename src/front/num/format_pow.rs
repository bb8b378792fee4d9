//! `%.16g` as `py/formatfloat.c` prints it from 1.20 to 1.25.
//!
//! The decimal exponent comes from the binary one and is corrected with glibc's
//! `pow(10, e)`; each digit is found by subtracting `pow(10, k)` up to nine times (for
//! k > 0), or from the number scaled by ten (for k <= 0). One extra digit decides the
//! rounding.

use super::format_digits::{push_exponent, push_sign_or_special, round_up, strip_trailing_zeros};
use super::pow10::pow10;

/// `float.__repr__` precision for doubles before 1.26.
const PRECISION: i32 = 16;
/// The repr buffer (`char buf[32]`) bounds how far a rounding carry may grow the text.
const MAX_LEN: usize = 31;

/// `mp_format_float(value, buf, 32, 'g', 16, '\0')`.
pub(crate) fn format_g16(value: f64) -> Vec<u8> {
    let mut buf = Vec::with_capacity(32);
    let Some(mut f) = push_sign_or_special(&mut buf, value, None) else {
        return buf;
    };

    let mut prec = PRECISION;
    let mut fixed = false;
    let mut e;
    let mut dec = 0;
    let mut e_sign = 0u8;
    let mut num_digits = 0;
    let mut signed_e = 0;

    // A lower bound on |decimal exponent| from the binary exponent.
    let binary_exp = ((f.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let e_guess = (binary_exp as f64 * std::f64::consts::LOG10_2) as i32; // C writes 0.3010299956639812, the same double

    if f == 0.0 {
        e = 0;
    } else if f < 1.0 {
        let f_entry = f;
        e = -e_guess;
        let mut u_base = pow10(-e);
        while u_base > f {
            e += 1;
            u_base = pow10(-e);
        }
        f /= u_base;
        if e <= 4 {
            // fixed notation, digits taken from the unscaled number
            fixed = true;
            prec += e - 1;
            num_digits = prec + 1;
            f = f_entry;
        } else {
            e_sign = b'-';
            signed_e = -e;
        }
    } else {
        e = e_guess;
        let mut next_u = pow10(e + 1);
        while f >= next_u {
            e += 1;
            next_u = pow10(e + 1);
        }
        if e < prec {
            fixed = true;
            prec -= e + 1;
        }
        if fixed {
            dec = e;
            num_digits = prec + e + 1;
        } else {
            e_sign = b'+';
        }
        signed_e = e;
    }
    if prec < 0 {
        prec = 0;
    }
    if !fixed {
        if prec == 0 {
            prec = 1;
        }
        num_digits = prec;
    }

    // One more digit than printed; the last `d` decides the rounding.
    let mut d = 0;
    let mut digit_index = signed_e;
    while num_digits >= 0 {
        let u_base = if digit_index > 0 {
            pow10(digit_index)
        } else {
            1.0
        };
        d = 0;
        while d < 9 && f >= u_base {
            f -= u_base;
            d += 1;
        }
        if num_digits > 0 {
            buf.push(b'0' + d);
            if dec == 0 && prec > 0 {
                buf.push(b'.');
            }
        }
        dec -= 1;
        num_digits -= 1;
        if digit_index <= 0 {
            f *= 10.0;
        }
        digit_index -= 1;
    }
    if d >= 5 {
        round_up(&mut buf, !fixed, &mut e, &mut e_sign, MAX_LEN);
    }
    if prec > 0 {
        strip_trailing_zeros(&mut buf);
    }
    if e_sign != 0 {
        push_exponent(&mut buf, e_sign, e);
    }
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(v: f64) -> String {
        String::from_utf8(format_g16(v)).unwrap_or_default()
    }

    #[test]
    fn known_outputs_of_1_20_to_1_25() {
        assert_eq!(g(0.0), "0");
        assert_eq!(g(0.1), "0.1");
        assert_eq!(g(1e16), "1e+16");
        assert_eq!(g(1e-5), "1e-05");
        assert_eq!(g(1e-320), "1e-320");
        assert_eq!(g(5e-324), "1e-323");
        assert_eq!(g(1.7976931348623157e308), "1.797693134862316e+308");
    }
}
