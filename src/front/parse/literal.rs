//! Number literal text (as the lexer leaves it) to values.
//!
//! Every conversion the parser does goes through this module.
//!
//! TODO: switch to `front::num` (`parse_integer_literal` / `parse_float_literal`, a port
//! of `py/parsenum.c`) when it lands. This stand-in accepts and rejects exactly what
//! `mp_parse_num_integer`/`mp_parse_num_float` do for lexer output, with the same
//! messages, but computes float values with Rust's correctly rounded parser, which can
//! differ from MicroPython's algorithm in the last bit for some long literals.

use num_bigint::BigInt;

use crate::front::obj::Obj;

/// A literal that MicroPython rejects; the parser raises it as a `SyntaxError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct LiteralError {
    pub(super) message: String,
}

/// An integer literal: decimal, `0x`/`0o`/`0b`, or all zeros (`00`). With
/// `leading_zero_is_decimal` (releases before 1.25), `0123` is decimal too.
pub(super) fn parse_integer(
    text: &[u8],
    leading_zero_is_decimal: bool,
) -> Result<Obj, LiteralError> {
    let (mut base, digits) = split_base_prefix(text);
    if base == 1 && leading_zero_is_decimal {
        base = 10;
    }
    // Base 1 means "starts with 0 but has no prefix": only zeros are valid.
    let radix = if base == 1 { 1 } else { base };
    let mut value = BigInt::from(0);
    let mut end = 0;
    for (i, &c) in digits.iter().enumerate() {
        let digit = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'_' => {
                end = i + 1;
                continue;
            }
            _ => match c | 0x20 {
                c @ b'a'..=b'z' => u32::from(c - b'a') + 10,
                _ => break,
            },
        };
        if digit >= radix {
            break;
        }
        value = value * radix + digit;
        end = i + 1;
    }
    if digits.is_empty() || end == 0 || end != digits.len() {
        return Err(integer_error(base, digits));
    }
    Ok(Obj::int(value))
}

/// Find the radix from a `0x`/`0o`/`0b` prefix (`mp_parse_num_base` with base 0).
fn split_base_prefix(text: &[u8]) -> (u32, &[u8]) {
    if text.len() <= 1 || text[0] != b'0' {
        return (10, text);
    }
    match text[1] | 0x20 {
        b'x' => (16, &text[2..]),
        b'o' => (8, &text[2..]),
        b'b' => (2, &text[2..]),
        _ => (1, text),
    }
}

fn integer_error(base: u32, rest: &[u8]) -> LiteralError {
    let shown_base = if base == 1 { 0 } else { base };
    LiteralError {
        message: format!(
            "invalid syntax for integer with base {shown_base}: {}",
            quote_bytes(rest)
        ),
    }
}

/// A float or imaginary literal: digits with an optional fraction and exponent, and an
/// optional `j` suffix.
pub(super) fn parse_float(text: &[u8]) -> Result<Obj, LiteralError> {
    let invalid = || LiteralError {
        message: "invalid syntax for number".into(),
    };
    let mut mantissa = String::new();
    let mut exponent = String::new();
    let mut in_fraction = false;
    let mut in_exponent = false;
    let mut pos = 0;
    while let Some(&c) = text.get(pos) {
        pos += 1;
        match c {
            b'0'..=b'9' if in_exponent => exponent.push(char::from(c)),
            b'0'..=b'9' => mantissa.push(char::from(c)),
            b'.' if !in_fraction && !in_exponent => {
                in_fraction = true;
                mantissa.push('.');
            }
            b'e' | b'E' if !in_exponent => {
                in_exponent = true;
                match text.get(pos) {
                    Some(b'+') => pos += 1,
                    Some(b'-') => {
                        exponent.push('-');
                        pos += 1;
                    }
                    _ => {}
                }
                if pos == text.len() {
                    return Err(invalid());
                }
            }
            b'_' => {}
            _ => {
                pos -= 1;
                break;
            }
        }
    }
    if pos == 0 {
        return Err(invalid());
    }
    let mut imaginary = false;
    if matches!(text.get(pos), Some(b'j' | b'J')) {
        imaginary = true;
        pos += 1;
    }
    if pos != text.len() {
        return Err(invalid());
    }
    let value = decimal_value(&mantissa, &exponent);
    Ok(if imaginary {
        Obj::Complex {
            real: 0.0,
            imag: value,
        }
    } else {
        Obj::Float(value)
    })
}

/// The value of `mantissa` (digits with at most one `.`) times ten to `exponent`.
fn decimal_value(mantissa: &str, exponent: &str) -> f64 {
    let digits = mantissa.trim_end_matches('.');
    let digits = if digits.is_empty() || digits == "." {
        "0"
    } else {
        digits
    };
    // Exponents too large for the parser's int are saturated: the value is 0 or inf.
    let exp: i64 = match exponent.parse::<i64>() {
        Ok(e) => e.clamp(-100_000, 100_000),
        Err(_) if exponent.starts_with('-') => -100_000,
        Err(_) if exponent.is_empty() => 0,
        Err(_) => 100_000,
    };
    format!("{digits}e{exp}").parse::<f64>().unwrap_or(0.0)
}

/// Bytes quoted as MicroPython's `repr` of a bytes object shows them (`'08'`).
fn quote_bytes(bytes: &[u8]) -> String {
    let has_single = bytes.contains(&b'\'');
    let has_double = bytes.contains(&b'"');
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            _ if char::from(b) == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(char::from(b)),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str) -> Result<i64, String> {
        match parse_integer(text.as_bytes(), false) {
            Ok(Obj::SmallInt(v)) => Ok(v),
            Ok(other) => Err(format!("{other:?}")),
            Err(e) => Err(e.message),
        }
    }

    #[test]
    fn integers_in_every_base() {
        assert_eq!(int("0"), Ok(0));
        assert_eq!(int("000"), Ok(0));
        assert_eq!(int("1234"), Ok(1234));
        assert_eq!(int("0x1F"), Ok(31));
        assert_eq!(int("0o17"), Ok(15));
        assert_eq!(int("0B101"), Ok(5));
        assert!(matches!(
            parse_integer(b"123456789012345678901234567890", false),
            Ok(Obj::BigInt(_))
        ));
    }

    #[test]
    fn bad_integers_report_like_micropython() {
        assert_eq!(
            int("1abc"),
            Err("invalid syntax for integer with base 10: '1abc'".into())
        );
        assert_eq!(
            int("0x"),
            Err("invalid syntax for integer with base 16: ''".into())
        );
        assert_eq!(
            int("08"),
            Err("invalid syntax for integer with base 0: '08'".into())
        );
        assert_eq!(
            int("0b102"),
            Err("invalid syntax for integer with base 2: '102'".into())
        );
    }

    #[test]
    fn leading_zeros_were_decimal_before_1_25() {
        assert!(matches!(
            parse_integer(b"0123", true),
            Ok(Obj::SmallInt(123))
        ));
        assert!(matches!(parse_integer(b"09", true), Ok(Obj::SmallInt(9))));
        assert!(parse_integer(b"0x", true).is_err());
    }

    #[test]
    fn floats_and_imaginaries() {
        assert!(matches!(parse_float(b"1.5"), Ok(Obj::Float(f)) if f == 1.5));
        assert!(matches!(parse_float(b".5e1"), Ok(Obj::Float(f)) if f == 5.0));
        assert!(matches!(parse_float(b"1e-2"), Ok(Obj::Float(f)) if f == 0.01));
        assert!(
            matches!(parse_float(b"2j"), Ok(Obj::Complex { real, imag }) if real == 0.0 && imag == 2.0)
        );
        assert!(matches!(parse_float(b"1e999"), Ok(Obj::Float(f)) if f.is_infinite()));
        for bad in ["1.2.3", "1e", "1e+", "1e5e3", "1jj", "1.5x"] {
            assert!(parse_float(bad.as_bytes()).is_err(), "{bad}");
        }
    }
}
