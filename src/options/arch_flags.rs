//! `-march-flags=`: which RV32 extensions the native emitter may use, read the way each
//! release's `mpy-cross/main.c` reads it ([`ArchFlagSyntax`]).
//!
//! The value is a number or a list of extension names. The number parsers differ between
//! releases in what they allow around the digits (spaces, a sign, `_`, octal), and the
//! result must name only extensions the release knows.

use crate::profile::ArchFlagSyntax;

/// Zba (`sh1add`, `sh2add`, `sh3add`).
pub const ZBA: u64 = 1;
/// Zcmp (`cm.push`, `cm.popret`, `cm.mva01s`, ...).
pub const ZCMP: u64 = 2;

/// The flags `value` asks for, or `None` for mpy-cross's "unrecognised arch flags".
/// `Unknown` releases never get here: for them the option itself is a usage error.
pub fn parse(syntax: ArchFlagSyntax, value: &str) -> Option<u64> {
    match syntax {
        ArchFlagSyntax::Unknown => None,
        ArchFlagSyntax::ZbaPrefix => match parse_small_int(value) {
            Some(n) => only(n, ZBA),
            None => value.starts_with("zba").then_some(ZBA),
        },
        ArchFlagSyntax::List => {
            let n = parse_small_int(value).or_else(|| parse_names(value))?;
            only(n, ZBA | ZCMP)
        }
        ArchFlagSyntax::ListStrtoul => {
            let n = parse_strtoul(value).or_else(|| parse_names(value))?;
            only(n, ZBA | ZCMP)
        }
    }
}

/// `n` if it names no extension outside `known`.
fn only(n: u64, known: u64) -> Option<u64> {
    (n & !known == 0).then_some(n)
}

/// `zba,zcmp` (a trailing comma allowed, an empty name not): at least one name.
fn parse_names(value: &str) -> Option<u64> {
    let body = value.strip_suffix(',').unwrap_or(value);
    if body.is_empty() {
        return None;
    }
    body.split(',').try_fold(0, |flags, name| match name {
        "zba" => Some(flags | ZBA),
        "zcmp" => Some(flags | ZCMP),
        _ => None,
    })
}

/// Whitespace as MicroPython's `unichar_isspace` and C's `isspace` see it.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// 1.27-1.28: `0b`/`0x` (when longer than two characters) picks the base, any other
/// leading `0` is refused; then `int()`'s parser: spaces either side, a sign, the base's
/// prefix, digits with `_` between them. The result must be a small int (63 bits here);
/// a negative one becomes its two's complement.
fn parse_small_int(value: &str) -> Option<u64> {
    let b = value.as_bytes();
    let base = if b.len() > 2 && b[0] == b'0' {
        match b[1] | 0x20 {
            b'b' => 2,
            b'x' => 16,
            _ => return None,
        }
    } else {
        10
    };
    let mut i = b.iter().take_while(|&&c| is_space(c)).count();
    let mut neg = false;
    match b.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            neg = true;
            i += 1;
        }
        _ => {}
    }
    // The base's own prefix, as mp_parse_num_base skips it.
    let rest = &b[i..];
    if rest.len() > 1 && rest[0] == b'0' {
        let p = rest[1] | 0x20;
        if (p == b'x' && base == 16) || (p == b'b' && base == 2) {
            i += 2;
        }
    }
    let start = i;
    let mut v: i64 = 0;
    while let Some(&c) = b.get(i) {
        let digit = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'_' => {
                i += 1;
                continue;
            }
            _ if (c | 0x20).is_ascii_lowercase() => u32::from((c | 0x20) - b'a') + 10,
            _ => break,
        };
        if digit >= base {
            break;
        }
        v = v
            .checked_mul(i64::from(base))?
            .checked_add(i64::from(digit))?;
        // A small int has 63 bits; a bigger value is a long int, which is refused.
        if v >= 1 << 62 {
            return None;
        }
        i += 1;
    }
    if i == start {
        return None;
    }
    i += b[i..].iter().take_while(|&&c| is_space(c)).count();
    if i != b.len() {
        return None;
    }
    Some(if neg {
        v.wrapping_neg() as u64
    } else {
        v as u64
    })
}

/// 1.29: a `0b`/`0o`/`0x` prefix picks the base (a `0` followed by anything else is
/// refused), then C's `strtoul` must read the rest to its end: leading spaces and a `-`
/// (wrapping) allowed, a `+` right at the start not, no `_`.
fn parse_strtoul(value: &str) -> Option<u64> {
    let b = value.as_bytes();
    let (base, skip) = match b {
        [b'0', p, ..] => match p | 0x20 {
            b'x' => (16, 2),
            b'o' => (8, 2),
            b'b' => (2, 2),
            _ => return None,
        },
        _ => (10, 0),
    };
    if skip == b.len() || b.get(skip) == Some(&b'+') {
        return None;
    }
    let mut rest = &b[skip..];
    while let [c, tail @ ..] = rest {
        if !is_space(*c) {
            break;
        }
        rest = tail;
    }
    let neg = match rest {
        [b'-', tail @ ..] => {
            rest = tail;
            true
        }
        [b'+', tail @ ..] => {
            rest = tail;
            false
        }
        _ => false,
    };
    // strtoul skips the hexadecimal prefix again when a digit follows it.
    if base == 16 {
        if let [b'0', x, d, ..] = rest {
            if *x | 0x20 == b'x' && d.is_ascii_hexdigit() {
                rest = &rest[2..];
            }
        }
    }
    if rest.is_empty() {
        return None;
    }
    let mut v: u64 = 0;
    for &c in rest {
        let digit = (c as char).to_digit(base)?;
        v = v
            .checked_mul(u64::from(base))?
            .checked_add(u64::from(digit))?;
    }
    Some(if neg { v.wrapping_neg() } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the real mpy-cross binaries did with each value (rc 0 and the header's
    /// flags, or "unrecognised arch flags").
    #[test]
    fn values_as_each_release_reads_them() {
        let zba = |v| parse(ArchFlagSyntax::ZbaPrefix, v);
        assert_eq!(zba("zba"), Some(1));
        assert_eq!(zba("zbax"), Some(1));
        assert_eq!(zba("zba,zzz"), Some(1));
        assert_eq!(zba("zba,zcmp"), Some(1));
        assert_eq!(zba("zcmp"), None);
        assert_eq!(zba("3"), None);
        assert_eq!(zba("0"), Some(0));
        assert_eq!(zba("-0"), Some(0));
        assert_eq!(zba("0x_1"), Some(1));
        assert_eq!(zba(" 1"), Some(1));
        assert_eq!(zba("+1"), Some(1));
        assert_eq!(zba("010"), None);
        assert_eq!(zba("0o1"), None);
        assert_eq!(zba("1_0"), None);

        let list = |v| parse(ArchFlagSyntax::List, v);
        assert_eq!(list("zba,zcmp"), Some(3));
        assert_eq!(list("zcmp"), Some(2));
        assert_eq!(list("zba,"), Some(1));
        assert_eq!(list(",zba"), None);
        assert_eq!(list("zba,,zcmp"), None);
        assert_eq!(list(""), None);
        assert_eq!(list("0b11"), Some(3));
        assert_eq!(list("0X2"), Some(2));
        assert_eq!(list("00"), Some(0));
        assert_eq!(list("01"), Some(1));
        assert_eq!(list("1 "), Some(1));
        assert_eq!(list("4"), None);
        assert_eq!(list("zbb"), None);

        let strtoul = |v| parse(ArchFlagSyntax::ListStrtoul, v);
        assert_eq!(strtoul("0x3"), Some(3));
        assert_eq!(strtoul("0o3"), Some(3));
        assert_eq!(strtoul("00"), None);
        assert_eq!(strtoul("01"), None);
        assert_eq!(strtoul("1 "), None);
        assert_eq!(strtoul(" 1"), Some(1));
        assert_eq!(strtoul("+1"), None);
        assert_eq!(strtoul("-0"), Some(0));
        assert_eq!(strtoul("-1"), None);
        assert_eq!(strtoul("0x_1"), None);
        assert_eq!(strtoul("0"), Some(0));
        assert_eq!(strtoul("zba,zcmp"), Some(3));
    }
}
