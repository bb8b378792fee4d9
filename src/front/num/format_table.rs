//! `%.16g` as 1.19's `py/formatfloat.c` prints it.
//!
//! The number is brought into [1, 10) by multiplying with a table of powers of ten, then
//! each digit is the integer part, subtracted, times ten. The rounding errors of those
//! steps show in the last digits, so the double arithmetic is kept step for step.

use super::format_digits::{push_exponent, push_sign_or_special, round_up, strip_trailing_zeros};

const POS_POW: [f64; 9] = [1e256, 1e128, 1e64, 1e32, 1e16, 1e8, 1e4, 1e2, 1e1];
const NEG_POW: [f64; 9] = [1e-256, 1e-128, 1e-64, 1e-32, 1e-16, 1e-8, 1e-4, 1e-2, 1e-1];
/// Numbers from here to 1 are printed as if they were 1.
const ROUND_TO_ONE: f64 = 0.999999999995;
/// `float.__repr__` precision for doubles before 1.26.
const PRECISION: i32 = 16;

/// `mp_format_float(value, buf, 32, 'g', 16, '\0')`.
pub(crate) fn format_g16(value: f64) -> Vec<u8> {
    let mut buf = Vec::with_capacity(32);
    let Some(mut f) = push_sign_or_special(&mut buf, value, None) else {
        return buf;
    };

    let mut prec = PRECISION;
    let mut fixed = false;
    let mut e = 0;
    let mut dec = 0;
    let mut e_sign = 0u8;
    let mut num_digits = 0;

    if f == 0.0 {
        // stays in %g exponent form with no exponent: "0.000..." then stripped
    } else if f < 1.0 {
        let first_digit = if f >= ROUND_TO_ONE { b'1' } else { b'0' };
        for (i, (&neg, &pos)) in NEG_POW.iter().zip(&POS_POW).enumerate() {
            if neg > f {
                e += 256 >> i;
                f *= pos;
            }
        }
        let mut e_sign_char = b'-';
        if (ROUND_TO_ONE..1.0).contains(&f) {
            f = 1.0;
            if e == 0 {
                e_sign_char = b'+';
            }
        } else if f < 1.0 {
            e += 1;
            f *= 10.0;
        }
        if e <= 4 {
            // fixed notation: "0.00" and then the significant digits
            fixed = true;
            dec = -1;
            buf.push(first_digit);
            prec += e - 1;
            num_digits = prec;
            if num_digits != 0 {
                buf.push(b'.');
                loop {
                    e -= 1;
                    if e == 0 || num_digits == 0 {
                        break;
                    }
                    buf.push(b'0');
                    num_digits -= 1;
                }
            }
        } else {
            e_sign = e_sign_char;
        }
    } else {
        for (i, (&pos, &neg)) in POS_POW.iter().zip(&NEG_POW).enumerate() {
            if pos <= f {
                e += 256 >> i;
                f *= neg;
            }
        }
        // f can land right on 10 after the scaling
        if f as i32 >= 10 {
            e += 1;
            f *= 0.1;
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

    for _ in 0..num_digits {
        let d = f as i32;
        // a "digit" of 10 or more is printed as the character after '9', as C does
        buf.push(if d < 0 { b'0' } else { (b'0' as i32 + d) as u8 });
        if dec == 0 && prec > 0 {
            buf.push(b'.');
        }
        f -= d as f64;
        f *= 10.0;
        dec -= 1;
    }
    if f >= 5.0 {
        round_up(&mut buf, !fixed, &mut e, &mut e_sign, usize::MAX);
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
    fn known_outputs_of_1_19() {
        assert_eq!(g(0.0), "0");
        assert_eq!(g(1.5), "1.5");
        assert_eq!(g(1e16), "1e+16");
        assert_eq!(g(1e-5), "1e-05");
        assert_eq!(g(5e-324), "4.940656458412466e-324");
        assert_eq!(g(1e-320), "9.999888671826829e-321");
        assert_eq!(g(-2.5), "-2.5");
    }
}
