//! Decimal text to double, the way each release's `py/parsenum.c` does it.
//!
//! All releases scan the same syntax (digits, one `.`, `e` with an optional sign, `_`
//! ignored) into a mantissa and a power of ten; they differ in how digits accumulate and
//! how the power of ten is applied (see [`FloatParse`]). None of them is correctly
//! rounded, so the steps are reproduced exactly.

use super::pow10::pow10;
use super::style::FloatParse;
use super::x87::{self, Ext};
use super::NumError;
use crate::front::obj::Obj;

/// A float or imaginary token (`1.5`, `1e-3`, `2j`): `mp_parse_num_float(text, allow_imag)`.
pub(crate) fn parse_float_token(text: &[u8], style: FloatParse) -> Result<Obj, NumError> {
    let invalid = || NumError::syntax("invalid syntax for number");
    let (mut value, mut end) = parse_decimal(text, style).ok_or_else(invalid)?;
    let imag = text.get(end).is_some_and(|&c| c | 0x20 == b'j');
    if imag {
        if end == 0 {
            // a bare "j" means 1j
            value = 1.0;
        }
        end += 1;
    }
    if end == 0 {
        return Err(invalid());
    }
    if !text[end..].iter().all(|&c| is_space(c)) {
        return Err(invalid());
    }
    Ok(if imag {
        Obj::Complex {
            real: 0.0,
            imag: value,
        }
    } else {
        Obj::Float(value)
    })
}

/// The unsigned decimal at the start of `text` and the number of bytes it used
/// (`mp_parse_float_internal`). `None` when an exponent has no digits (`1e`, `1e+`).
pub(crate) fn parse_decimal(text: &[u8], style: FloatParse) -> Option<(f64, usize)> {
    match style {
        FloatParse::DoubleDigits => {
            let (m, scan) = scan(text, DoubleMantissa(0.0), false)?;
            Some((scale_with_pow(m.0, scan.exp), scan.end))
        }
        FloatParse::DoubleDigitsDeferZeros => {
            let (m, scan) = scan(text, DoubleMantissa(0.0), true)?;
            Some((scale_with_pow(m.0, scan.exp), scan.end))
        }
        FloatParse::IntegerDigitsPow => {
            let (m, scan) = scan(text, IntMantissa(0), true)?;
            Some((scale_with_pow(m.0 as f64, scan.exp), scan.end))
        }
        FloatParse::IntegerDigitsExtended => {
            let (m, scan) = scan(text, IntMantissa(0), true)?;
            let value = x87::decimal_exp(Ext::from_u64(m.0), scan.exp).to_f64();
            Some((value, scan.end))
        }
    }
}

/// `unichar_isspace`.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Where the digits accumulate; once full, further digits only move the exponent.
trait Mantissa {
    fn is_full(&self) -> bool;
    fn push(&mut self, digit: u8);
}

/// Up to 1.24: a double, `10 * m + d` rounded at each step, full at 1e200.
struct DoubleMantissa(f64);

impl Mantissa for DoubleMantissa {
    fn is_full(&self) -> bool {
        self.0 >= 1e200
    }
    fn push(&mut self, digit: u8) {
        self.0 = 10.0 * self.0 + digit as f64;
    }
}

/// 1.25 and later: an exact `u64`, full once another digit could overflow it.
struct IntMantissa(u64);

impl Mantissa for IntMantissa {
    fn is_full(&self) -> bool {
        self.0 >= 0x1999_9999_9999_9998
    }
    fn push(&mut self, digit: u8) {
        self.0 = 10 * self.0 + digit as u64;
    }
}

/// The result of scanning: the number ends at `end` and is `mantissa * 10^exp`.
struct Scan {
    end: usize,
    exp: i32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Integer,
    Fraction,
    Exponent,
}

/// The exponent digits stop accumulating here (`(INT_MAX / 2 - 9) / 10`), which still
/// gives inf or 0 and leaves room to add the digit-count adjustments.
const EXP_ACCUMULATE_LIMIT: i64 = (i32::MAX as i64 / 2 - 9) / 10;

/// Scan the number syntax, feeding digits to `mantissa`.
///
/// With `defer_zeros` (1.20+), zeros are held back and only pushed when a nonzero digit
/// follows, so trailing zeros never touch the mantissa: trailing integer zeros go to the
/// exponent and trailing fraction zeros are dropped.
fn scan<M: Mantissa>(text: &[u8], mut mantissa: M, defer_zeros: bool) -> Option<(M, Scan)> {
    let mut part = Part::Integer;
    let mut exp_negative = false;
    let mut exp_digits: i64 = 0;
    // digits that did not fit (integer part) or did fit (fraction part) shift the exponent
    let mut exp_extra: i64 = 0;
    let mut held_integer_zeros: i64 = 0;
    let mut held_fraction_zeros: i64 = 0;

    let accept = |m: &mut M, digit: u8, part: Part, exp_extra: &mut i64| {
        if !m.is_full() {
            m.push(digit);
            if part == Part::Fraction {
                *exp_extra -= 1;
            }
        } else if part == Part::Integer {
            *exp_extra += 1;
        }
    };

    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        i += 1;
        match c {
            b'0'..=b'9' => {
                let digit = c - b'0';
                if part == Part::Exponent {
                    if exp_digits < EXP_ACCUMULATE_LIMIT {
                        exp_digits = 10 * exp_digits + digit as i64;
                    }
                } else if defer_zeros && (digit == 0 || mantissa.is_full()) {
                    // Held back; once the mantissa is full every digit is held like a
                    // zero, which ends up the same as accepting it.
                    if part == Part::Integer {
                        held_integer_zeros += 1;
                    } else {
                        held_fraction_zeros += 1;
                    }
                } else {
                    for _ in 0..held_integer_zeros {
                        accept(&mut mantissa, 0, Part::Integer, &mut exp_extra);
                    }
                    for _ in 0..held_fraction_zeros {
                        accept(&mut mantissa, 0, Part::Fraction, &mut exp_extra);
                    }
                    held_integer_zeros = 0;
                    held_fraction_zeros = 0;
                    accept(&mut mantissa, digit, part, &mut exp_extra);
                }
            }
            b'.' if part == Part::Integer => part = Part::Fraction,
            b'e' | b'E' if part != Part::Exponent => {
                part = Part::Exponent;
                match text.get(i) {
                    Some(b'+') => i += 1,
                    Some(b'-') => {
                        i += 1;
                        exp_negative = true;
                    }
                    _ => {}
                }
                if i == text.len() {
                    return None;
                }
            }
            b'_' => {}
            _ => {
                i -= 1;
                break;
            }
        }
    }

    let exp_value = if exp_negative {
        -exp_digits
    } else {
        exp_digits
    };
    let exp = exp_value + exp_extra + held_integer_zeros;
    // Only inputs of a gigabyte of digits get near these bounds (C's int would overflow).
    let exp = exp.clamp(-(1 << 30), 1 << 30) as i32;
    Some((mantissa, Scan { end: i, exp }))
}

/// Up to 1.25: `m * 10^exp` with glibc's `pow`. Tiny exponents are pre-scaled by 1e-307
/// to stay clear of subnormal powers, and small negative ones divide by an exact power.
fn scale_with_pow(mut m: f64, mut exp: i32) -> f64 {
    if exp < -307 {
        exp += 307;
        m *= 1e-307;
    }
    if (-22..0).contains(&exp) {
        m / pow10(-exp)
    } else {
        m * pow10(exp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str, style: FloatParse) -> f64 {
        match parse_decimal(text.as_bytes(), style) {
            Some((v, end)) if end == text.len() => v,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn exact_cases_agree_everywhere() {
        for style in [
            FloatParse::DoubleDigits,
            FloatParse::DoubleDigitsDeferZeros,
            FloatParse::IntegerDigitsPow,
            FloatParse::IntegerDigitsExtended,
        ] {
            assert_eq!(value("1.5", style), 1.5);
            assert_eq!(value(".25", style), 0.25);
            assert_eq!(value("1e22", style), 1e22);
            assert_eq!(value("1_0.0_1", style), 10.01);
            assert_eq!(value("1e400", style), f64::INFINITY);
            assert_eq!(value("1e-400", style), 0.0);
        }
    }

    #[test]
    fn zero_times_huge_power() {
        assert!(value("0e400", FloatParse::IntegerDigitsPow).is_nan());
        assert_eq!(value("0e400", FloatParse::IntegerDigitsExtended), 0.0);
    }

    #[test]
    fn exponent_without_digits() {
        assert!(parse_decimal(b"1e", FloatParse::IntegerDigitsExtended).is_none());
        assert!(parse_decimal(b"1e-", FloatParse::IntegerDigitsExtended).is_none());
        // a sign followed by something else is fine: the exponent is just 0
        assert_eq!(
            parse_decimal(b"1e+j", FloatParse::IntegerDigitsExtended),
            Some((1.0, 3))
        );
    }

    #[test]
    fn tokens() {
        let s = FloatParse::IntegerDigitsExtended;
        assert!(
            matches!(parse_float_token(b"2j", s), Ok(Obj::Complex { real, imag }) if real == 0.0 && imag == 2.0)
        );
        assert!(
            matches!(parse_float_token(b"1ej", s), Ok(Obj::Complex { imag, .. }) if imag == 1.0)
        );
        for bad in ["1jj", "1.2.3", "1e", "0x1j", ""] {
            let e = parse_float_token(bad.as_bytes(), s)
                .err()
                .map(|e| e.message);
            assert_eq!(e.as_deref(), Some("invalid syntax for number"), "{bad}");
        }
    }
}
