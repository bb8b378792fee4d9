//! Integer literals (`mp_parse_num_integer` with base 0, called by the parser).

use num_bigint::{BigInt, BigUint};

use super::style::IntSyntax;
use super::NumError;
use crate::front::obj::Obj;

/// The value of an integer token, or the error mpy-cross raises for it.
pub(crate) fn parse_integer(text: &[u8], syntax: IntSyntax) -> Result<Obj, NumError> {
    let (base, prefix_len) = detect_base(text, syntax);
    let body = &text[prefix_len..];

    // The digit run: '_' is skipped (the lexer has already dropped them from tokens),
    // anything that is not a digit of the base ends it.
    let mut digits = Vec::with_capacity(body.len());
    let mut end = body.len();
    for (i, &c) in body.iter().enumerate() {
        if c == b'_' {
            continue;
        }
        match digit_value(c) {
            Some(d) if d < base.digit_limit() => digits.push(c),
            _ => {
                end = i;
                break;
            }
        }
    }
    // Trailing white space is accepted, as int("12 ") does.
    let rest_is_space = body[end..].iter().all(|&c| is_space(c));
    if digits.is_empty() || !rest_is_space {
        return Err(invalid_integer(base, body));
    }
    let value = match base.radix() {
        10 => decimal_value(&digits),
        radix => BigUint::parse_bytes(&digits, radix).unwrap_or_default(),
    };
    Ok(Obj::int(BigInt::from(value)))
}

/// The value of a run of decimal digits. Digit-by-digit accumulation (what mpz does) is
/// quadratic; splitting off low blocks of `CHUNK * 2^k` digits, `high * 10^len(low) + low`
/// with the powers squared once, keeps megabyte literals fast. (Power-of-two bases are
/// linear in `num-bigint` already.)
fn decimal_value(digits: &[u8]) -> BigUint {
    const CHUNK: usize = 256;
    fn combine(digits: &[u8], powers: &[BigUint]) -> BigUint {
        if digits.len() <= CHUNK {
            return BigUint::parse_bytes(digits, 10).unwrap_or_default();
        }
        // the largest block CHUNK << k shorter than the digits
        let k = (0..powers.len())
            .rev()
            .find(|&k| CHUNK << k < digits.len())
            .unwrap_or(0);
        let (high, low) = digits.split_at(digits.len() - (CHUNK << k));
        combine(high, powers) * &powers[k] + combine(low, powers)
    }
    // powers[k] = 10^(CHUNK << k)
    let mut powers = vec![BigUint::from(10u32).pow(CHUNK as u32)];
    while CHUNK << powers.len() < digits.len() {
        let next = powers.last().map(|p| p * p).unwrap_or_default();
        powers.push(next);
    }
    combine(digits, &powers)
}

/// The base a literal is read in, after `mp_parse_num_base`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Base {
    Radix(u32),
    /// A base-0 literal starting with `0` and no prefix (1.25+): only zeros may follow.
    /// Error messages call it base 0.
    ZerosOnly,
}

impl Base {
    fn digit_limit(self) -> u32 {
        match self {
            Base::Radix(r) => r,
            Base::ZerosOnly => 1,
        }
    }

    fn radix(self) -> u32 {
        match self {
            Base::Radix(r) => r,
            Base::ZerosOnly => 10,
        }
    }

    fn shown(self) -> u32 {
        match self {
            Base::Radix(r) => r,
            Base::ZerosOnly => 0,
        }
    }
}

/// The base and the length of the `0x`/`0o`/`0b` prefix to skip.
fn detect_base(text: &[u8], syntax: IntSyntax) -> (Base, usize) {
    if text.len() >= 2 && text[0] == b'0' {
        match text[1] | 0x20 {
            b'x' => return (Base::Radix(16), 2),
            b'o' => return (Base::Radix(8), 2),
            b'b' => return (Base::Radix(2), 2),
            _ if syntax == IntSyntax::LeadingZerosRejected => return (Base::ZerosOnly, 0),
            _ => {}
        }
    }
    (Base::Radix(10), 0)
}

/// A digit's value in bases up to 36, letters in either case.
fn digit_value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some((c - b'0') as u32),
        _ => match c | 0x20 {
            l @ b'a'..=b'z' => Some((l - b'a') as u32 + 10),
            _ => None,
        },
    }
}

/// `unichar_isspace`: ASCII space, \t, \n, \v, \f, \r.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// "invalid syntax for integer with base N: '<text after the prefix>'" (detailed error
/// reporting), raised by the parser as a `SyntaxError`.
fn invalid_integer(base: Base, body: &[u8]) -> NumError {
    NumError::syntax(format!(
        "invalid syntax for integer with base {}: {}",
        base.shown(),
        quote_bytes(body)
    ))
}

/// The text as `mp_str_print_quoted` prints bytes: single quotes unless the text has a
/// `'` and no `"`, with backslash escapes for the quote, `\`, and non-printable bytes.
fn quote_bytes(text: &[u8]) -> String {
    let has_double = text.contains(&b'"');
    let quote = if text.contains(&b'\'') && !has_double {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote as char);
    for &c in text {
        match c {
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(c as char),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str, syntax: IntSyntax) -> String {
        match parse_integer(text.as_bytes(), syntax) {
            Ok(o) => o.as_bigint().map(|v| v.to_string()).unwrap_or_default(),
            Err(e) => format!("{}: {}", e.exception, e.message),
        }
    }

    #[test]
    fn prefixes_and_cases() {
        let s = IntSyntax::LeadingZerosRejected;
        assert_eq!(int("0x1F", s), "31");
        assert_eq!(int("0O17", s), "15");
        assert_eq!(int("0b101", s), "5");
        assert_eq!(int("000", s), "0");
        assert_eq!(int("1_000", s), "1000");
    }

    #[test]
    fn leading_zeros_changed_in_1_25() {
        assert_eq!(int("0777", IntSyntax::LeadingZerosDecimal), "777");
        assert_eq!(
            int("0777", IntSyntax::LeadingZerosRejected),
            "SyntaxError: invalid syntax for integer with base 0: '0777'"
        );
    }

    #[test]
    fn errors_quote_the_text_after_the_prefix() {
        let s = IntSyntax::LeadingZerosRejected;
        assert_eq!(
            int("0x", s),
            "SyntaxError: invalid syntax for integer with base 16: ''"
        );
        assert_eq!(
            int("0x1g", s),
            "SyntaxError: invalid syntax for integer with base 16: '1g'"
        );
        assert_eq!(
            int("1if", s),
            "SyntaxError: invalid syntax for integer with base 10: '1if'"
        );
        assert_eq!(quote_bytes(b"a'b"), "\"a'b\"");
        assert_eq!(quote_bytes(b"a'\"\x01"), "'a\\'\"\\x01'");
    }

    #[test]
    fn long_decimal_literals() {
        let digits: String = (0..5000)
            .map(|i| char::from(b'0' + (i * 7 % 10) as u8))
            .collect();
        let text = format!("1{digits}");
        let expected = BigInt::parse_bytes(text.as_bytes(), 10).map(|v| v.to_string());
        assert_eq!(Some(int(&text, IntSyntax::LeadingZerosRejected)), expected);
    }

    #[test]
    fn big_and_small_ints() {
        let s = IntSyntax::LeadingZerosRejected;
        let small = parse_integer(b"4611686018427387903", s);
        assert!(matches!(small, Ok(Obj::SmallInt(4611686018427387903))));
        let big = parse_integer(b"4611686018427387904", s);
        assert!(matches!(big, Ok(Obj::BigInt(_))));
        let all_ones: BigInt = (BigInt::from(1) << 160u32) - 1;
        assert_eq!(
            int(&format!("0x{}", "f".repeat(40)), s),
            all_ones.to_string()
        );
    }
}
