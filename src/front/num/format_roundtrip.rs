//! `repr` of a float from 1.26 on (`mp_format_float` with `MP_FLOAT_REPR_PREC`).
//!
//! The number is scaled to a 16-digit integer mantissa in x87 extended precision and
//! printed `%g`-style; if the text does not parse back (with the same release's parser)
//! to the same double, it is redone with 17, 18 and finally 19 digits.
//!
//! Quirk kept on purpose: for subnormals the exponent estimate can be one too high, so
//! the mantissa has a leading zero and the text reads like `0.999988867182683e-320`.

use super::decimal::parse_decimal;
use super::format_digits::push_sign_or_special;
use super::style::FloatParse;
use super::x87::{self, Ext};

/// Digits tried first, and the most a 64-bit mantissa holds.
const SAFE_DIGITS: u32 = 16;
const MAX_DIGITS: u32 = 19;
/// Exponents from 0 up to here are written out (`1e15` is `1000000000000000`), as CPython.
const MAX_EXP_ZEROS: i32 = 16;

/// The repr text of `value`, with `sign` (`+`) in front of non-negative numbers if given.
pub(crate) fn format_repr(value: f64, sign: Option<u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(32);
    let Some(f) = push_sign_or_special(&mut out, value, sign) else {
        return out;
    };

    let e = decimal_exponent(f);
    let mut num_digits = SAFE_DIGITS;
    loop {
        let dec_exp = if f == 0.0 {
            0
        } else {
            num_digits as i32 - e - 1
        };
        let scaled = x87::decimal_exp(Ext::from_f64(f), dec_exp);
        let mantissa = scaled.add(Ext::from_f64(0.5)).to_u64_trunc();
        let text = Mantissa {
            digits: mantissa,
            num_digits,
            exp: e,
            extra_zeros: MAX_DIGITS - num_digits,
        }
        .to_text();
        if num_digits < MAX_DIGITS {
            let back = parse_decimal(&text, FloatParse::IntegerDigitsExtended).map(|(v, _)| v);
            if back != Some(f) {
                num_digits += 1;
                continue;
            }
        }
        out.extend_from_slice(&text);
        return out;
    }
}

/// The `e` with 10^e <= f < 10^(e+1), where the powers are extended-precision values
/// rounded to double (so subnormals can get one too many).
fn decimal_exponent(f: f64) -> i32 {
    if f == 0.0 {
        return 0;
    }
    let binary_exp = ((f.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut e = (binary_exp as f64 * std::f64::consts::LOG10_2) as i32; // C writes 0.3010299956639812, the same double
    let at_least_one = f >= 1.0;
    let step = if at_least_one { 1 } else { -1 };
    let bound = |e: i32| x87::decimal_exp(Ext::from_u64(1), e + at_least_one as i32).to_f64();
    while (f >= bound(e)) == at_least_one {
        e += step;
    }
    e
}

/// A decimal mantissa ready to print (`mp_format_mantissa` in `%g` mode).
struct Mantissa {
    digits: u64,
    num_digits: u32,
    exp: i32,
    /// Zeros `%g` would append for the digits not computed; they matter only when the
    /// point falls among them, since trailing zeros after a point are stripped.
    extra_zeros: u32,
}

impl Mantissa {
    fn to_text(&self) -> Vec<u8> {
        let mut digits = self.digits;
        let mut num_digits = self.num_digits as i32;
        let mut e = self.exp;
        let mut trailing_zeros = self.extra_zeros as i32;
        // Position of the point: after digit `dec` (0-based); `None` when the text already
        // starts with "0." and no point goes among the digits.
        let mut dec: Option<i32> = Some(0);
        let mut out = Vec::with_capacity(32);

        // Rounding up can produce one digit too many.
        if digits != 0 && digits >= 10u64.pow(self.num_digits) {
            digits /= 10;
            e += 1;
        }

        if e > 0 && e < MAX_EXP_ZEROS {
            // 1 <= f < 1e16: plain digits, zeros appended if the point is past them
            dec = Some(e);
            if e >= num_digits {
                trailing_zeros = e - (num_digits - 1);
            }
            e = 0;
        } else if (-4..0).contains(&e) {
            // 1e-4 <= f < 1: "0.000ddd", dropping mantissa zeros the leading zeros absorb
            let mut dropped = 0;
            while e < 0 && digits.is_multiple_of(10) {
                digits /= 10;
                dropped += 1;
                e += 1;
            }
            num_digits -= dropped;
            out.extend_from_slice(b"0.");
            out.resize(out.len() + (dropped - e - 1).max(0) as usize, b'0');
            dec = None;
            e = 0;
        }

        // The digits, zero-padded to num_digits (a mantissa short of a digit keeps its
        // leading zero), with the point after digit `dec` when it falls inside.
        let start = out.len();
        let mut rest = digits;
        for _ in 0..num_digits.max(0) {
            out.push(b'0' + (rest % 10) as u8);
            rest /= 10;
        }
        out[start..].reverse();
        let mut has_point = dec.is_none();
        if let Some(d) = dec {
            if d + 1 < num_digits {
                out.insert(start + d as usize + 1, b'.');
                has_point = true;
            }
        }

        if trailing_zeros > 0 {
            let mut until_point = dec.map(|d| d - (num_digits - 1));
            for _ in 0..trailing_zeros {
                if until_point == Some(0) {
                    out.push(b'.');
                    has_point = true;
                }
                until_point = until_point.map(|u| u - 1);
                out.push(b'0');
            }
        }
        if has_point {
            while out.last() == Some(&b'0') {
                out.pop();
            }
            if out.last() == Some(&b'.') {
                out.pop();
            }
        }

        if e != 0 {
            out.push(b'e');
            out.push(if e >= 0 { b'+' } else { b'-' });
            let e = e.unsigned_abs();
            if e >= 100 {
                out.push(b'0' + (e / 100 % 10) as u8);
            }
            out.push(b'0' + (e / 10 % 10) as u8);
            out.push(b'0' + (e % 10) as u8);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repr(v: f64) -> String {
        String::from_utf8(format_repr(v, None)).unwrap_or_default()
    }

    #[test]
    fn shortest_digits_that_round_trip() {
        assert_eq!(repr(0.1), "0.1");
        assert_eq!(repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(repr(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(repr(1e16), "1e+16");
        assert_eq!(repr(1e15), "1000000000000000");
        assert_eq!(repr(123.0), "123");
        assert_eq!(repr(0.001), "0.001");
        assert_eq!(repr(1e-5), "1e-05");
        assert_eq!(repr(0.0), "0");
        assert_eq!(repr(-0.0), "-0");
    }

    #[test]
    fn subnormal_quirk() {
        assert_eq!(repr(1e-320), "0.999988867182683e-320");
        assert_eq!(repr(5e-324), "4.940656458412465e-324");
    }

    #[test]
    fn sign_for_complex_parts() {
        assert_eq!(format_repr(2.0, Some(b'+')), b"+2");
        assert_eq!(format_repr(-2.0, Some(b'+')), b"-2");
        assert_eq!(format_repr(f64::NAN, Some(b'+')), b"+nan");
    }
}
