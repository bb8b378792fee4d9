//! CPython's `repr()` and `str()` of the values mpy-tool prints (its views and the comments
//! of its frozen C), and `json.dump`'s string
//! escaping: mpy-tool's output is whatever CPython prints, so these are written to CPython's
//! rules (3.x `unicode_repr`, `float_repr_style == "short"`, `complex_repr`, `ensure_ascii`).

mod printable;

use std::fmt::Write as _;

use printable::NON_PRINTABLE;

/// A constant of a `.mpy` object table, as mpy-tool's `read_obj` turns it into a Python value.
#[derive(Clone, Debug, PartialEq)]
pub enum PyObj {
    /// `MP_PERSISTENT_OBJ_FUN_TABLE`, an `MPFunTable` whose repr is `mp_fun_table`.
    FunTable,
    /// `None`.
    None,
    /// `False`.
    False,
    /// `True`.
    True,
    /// `Ellipsis`.
    Ellipsis,
    /// A `str`.
    Str(String),
    /// A `bytes`.
    Bytes(Vec<u8>),
    /// An `int`, kept as its canonical decimal text (any size).
    Int(String),
    /// A `float`.
    Float(f64),
    /// A `complex` (real, imaginary).
    Complex(f64, f64),
    /// A `tuple`.
    Tuple(Vec<PyObj>),
}

impl PyObj {
    /// Python's `repr(obj)`.
    pub fn repr(&self) -> String {
        match self {
            PyObj::FunTable => "mp_fun_table".into(),
            PyObj::None => "None".into(),
            PyObj::False => "False".into(),
            PyObj::True => "True".into(),
            PyObj::Ellipsis => "Ellipsis".into(),
            PyObj::Str(s) => str_repr(s),
            PyObj::Bytes(b) => bytes_repr(b),
            PyObj::Int(i) => i.clone(),
            PyObj::Float(f) => float_repr(*f),
            PyObj::Complex(re, im) => complex_repr(*re, *im),
            PyObj::Tuple(items) => match items.as_slice() {
                [one] => format!("({},)", one.repr()),
                _ => format!(
                    "({})",
                    items.iter().map(PyObj::repr).collect::<Vec<_>>().join(", ")
                ),
            },
        }
    }

    /// Python's `str(obj)`: the text itself for a `str`, the repr otherwise.
    pub fn str(&self) -> String {
        match self {
            PyObj::Str(s) => s.clone(),
            other => other.repr(),
        }
    }
}

/// Python's `repr(list)` of strings: `['a', 'b']`.
pub fn str_list_repr<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let parts: Vec<String> = items.into_iter().map(str_repr).collect();
    format!("[{}]", parts.join(", "))
}

/// Whether CPython's `str.isprintable()` holds for `c`. Outside ASCII, from Python's
/// Unicode database ([`NON_PRINTABLE`], that of Python 3.11: a Python with another Unicode
/// version may quote a character assigned in between differently).
fn is_printable(c: char) -> bool {
    let u = u32::from(c);
    if u < 0x80 {
        return (0x20..0x7f).contains(&u);
    }
    NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < u {
                std::cmp::Ordering::Less
            } else if lo > u {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                let _ = if u < 0x100 {
                    write!(out, "\\x{u:02x}")
                } else if u < 0x10000 {
                    write!(out, "\\u{u:04x}")
                } else {
                    write!(out, "\\U{u:08x}")
                };
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

/// The shortest round-trip digits of a finite `f` (no sign) and its decimal point
/// position: `f == 0.DIGITS * 10^decpt`.
fn shortest_digits(f: f64) -> (String, i32) {
    // Rust's `{:e}` is the shortest round-trip representation too: "1.2345e-7".
    let s = format!("{:e}", f.abs());
    let (mantissa, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// CPython's `float_repr_style == "short"` formatting (`'r'` format code); `dot_zero` adds
/// the `.0` that `repr(float)` has and `repr(complex)` does not.
fn float_fmt(f: f64, dot_zero: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf" } else { "inf" }.into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let (digits, decpt) = shortest_digits(f);
    let n = digits.len() as i32;
    let body = if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
        } else if decpt >= n {
            let zeros = "0".repeat((decpt - n) as usize);
            if dot_zero {
                format!("{digits}{zeros}.0")
            } else {
                format!("{digits}{zeros}")
            }
        } else {
            format!(
                "{}.{}",
                &digits[..decpt as usize],
                &digits[decpt as usize..]
            )
        }
    } else {
        let exp = decpt - 1;
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{first}{frac}e{esign}{:02}", exp.abs())
    };
    format!("{sign}{body}")
}

/// Python's `repr(float)`.
pub fn float_repr(f: f64) -> String {
    float_fmt(f, true)
}

/// Python's `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let im_s = float_fmt(im, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{im_s}j");
    }
    let im_signed = if im_s.starts_with('-') {
        im_s
    } else {
        format!("+{im_s}")
    };
    format!("({}{}j)", float_fmt(re, false), im_signed)
}

/// Python's `float(text)` for the text MicroPython writes into a `.mpy` file.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    if matches!(unsigned, "inf" | "infinity" | "nan") {
        let v = if unsigned == "nan" {
            f64::NAN
        } else {
            f64::INFINITY
        };
        return Some(if lower.starts_with('-') { -v } else { v });
    }
    t.replace('_', "").parse().ok()
}

/// Python's `complex(text)`: `1j`, `(1+2j)`, `(-0-1.5e-07j)`, `3`.
pub fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let t = text.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return parse_float(t).map(|re| (re, 0.0));
    };
    // The split between real and imaginary parts: the last sign not at the start and not
    // an exponent's.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag = |s: &str| match s {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        s => parse_float(s),
    };
    match split {
        Some(i) => Some((parse_float(&body[..i])?, imag(&body[i..])?)),
        None => Some((0.0, imag(body)?)),
    }
}

/// Python's `str(int(text, 10))` for the decimal text of a `.mpy` int constant.
pub fn parse_int(text: &str) -> Option<String> {
    let t = text.trim().replace('_', "");
    let (neg, digits) = match t.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = digits.trim_start_matches('0');
    Some(match (digits.is_empty(), neg) {
        (true, _) => "0".into(),
        (false, true) => format!("-{digits}"),
        (false, false) => digits.into(),
    })
}

/// Append `s` as a JSON string the way Python's `json.dump` writes it (`ensure_ascii`):
/// everything outside printable ASCII as `\uXXXX`, surrogate pairs above the BMP.
pub fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            c => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_as_cpython() {
        for (f, want) in [
            (1.0, "1.0"),
            (1.5, "1.5"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-0.0, "-0.0"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
            (123456789.125, "123456789.125"),
        ] {
            assert_eq!(float_repr(f), want, "{f}");
        }
    }

    #[test]
    fn complex_as_cpython() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(-0.0, -1.5), "(-0-1.5j)");
        assert_eq!(parse_complex("(1+2j)"), Some((1.0, 2.0)));
        assert_eq!(parse_complex("1e-05j"), Some((0.0, 1e-5)));
        assert_eq!(parse_complex("(1e+16-1e-05j)"), Some((1e16, -1e-5)));
    }

    #[test]
    fn strings_as_cpython() {
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a'\"b"), "'a\\'\"b'");
        assert_eq!(str_repr("\u{1}\té"), "'\\x01\\té'");
        assert_eq!(bytes_repr(b"\x00a'"), "b\"\\x00a'\"");
        let mut s = String::new();
        json_string(&mut s, "\u{1b}é😀\u{7f}");
        assert_eq!(s, "\"\\u001b\\u00e9\\ud83d\\ude00\\u007f\"");
        assert_eq!(parse_int("-007").as_deref(), Some("-7"));
    }
}
