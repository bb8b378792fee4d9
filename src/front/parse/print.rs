//! A debug printer for parse trees, in the format of MicroPython's `mp_parse_node_print`
//! (built with `MICROPY_DEBUG_PARSE_RULE_NAME`), so trees can be diffed against a debug
//! build of mpy-cross.
//!
//! The only difference is that constant objects print as `literal const=<repr>` where C
//! prints `literal const(<address>)=<repr>`. Like C's `%s`, qstr text is cut at a NUL.

use std::fmt::Write;

use crate::front::node::Node;
use crate::front::obj::Obj;
use crate::front::qstr::QstrPool;

/// The tree under `root`, one node per line.
pub fn print_tree(root: &Node, pool: &QstrPool) -> String {
    let mut out = String::new();
    // An explicit stack: trees can be deeper than the Rust stack allows recursion.
    let mut stack = vec![(root, 0usize)];
    while let Some((node, indent)) = stack.pop() {
        match node.line() {
            Some(line) => {
                let _ = write!(out, "[{:>4}] ", format!(" {line}"));
            }
            None => out.push_str("       "),
        }
        out.extend(std::iter::repeat_n(' ', indent));
        match node {
            Node::Null => out.push_str("NULL\n"),
            Node::SmallInt(v) => {
                let _ = writeln!(out, "int({v})");
            }
            Node::Id(q) => {
                let _ = writeln!(out, "id({})", c_string(pool.text(*q)));
            }
            Node::Str(q) => {
                let _ = writeln!(out, "str({})", c_string(pool.text(*q)));
            }
            Node::Token(kind) => {
                let _ = writeln!(out, "tok({})", *kind as u8);
            }
            Node::Const(c) => {
                let _ = writeln!(out, "literal const={}", repr(&c.obj, pool));
            }
            Node::Struct(s) => {
                let _ = writeln!(
                    out,
                    "{}({}) (n={})",
                    s.rule.c_name(),
                    s.rule as u8,
                    s.args.len()
                );
                for child in s.args.iter().rev() {
                    stack.push((child, indent + 2));
                }
            }
        }
    }
    out
}

/// Qstr text as C's `%s` prints it: up to the first NUL byte.
fn c_string(text: &[u8]) -> std::borrow::Cow<'_, str> {
    let end = text.iter().position(|&b| b == 0).unwrap_or(text.len());
    String::from_utf8_lossy(&text[..end])
}

/// `repr()` of a compile-time object, as MicroPython prints it.
pub(super) fn repr(obj: &Obj, pool: &QstrPool) -> String {
    match obj {
        Obj::None => "None".into(),
        Obj::False => "False".into(),
        Obj::True => "True".into(),
        Obj::Ellipsis => "Ellipsis".into(),
        Obj::SmallInt(v) => v.to_string(),
        Obj::BigInt(v) => v.to_string(),
        Obj::Float(f) => float_repr(*f),
        Obj::Complex { real, imag } => {
            if *real != 0.0 {
                let imag_text = float_text(*imag);
                let sign = if imag_text.starts_with('-') { "" } else { "+" };
                format!("({}{sign}{imag_text}j)", float_text(*real))
            } else {
                format!("{}j", float_text(*imag))
            }
        }
        Obj::Qstr(q) => str_repr(pool.text(*q)),
        Obj::Str(s) => str_repr(s),
        Obj::Bytes(b) => format!("b{}", bytes_repr(b)),
        Obj::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|o| repr(o, pool)).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
    }
}

/// A float as `repr` shows it: shortest round-trip digits, always with a `.` or an
/// exponent. (Approximates MicroPython's `%.16g`-based formatting.)
fn float_repr(f: f64) -> String {
    let text = float_text(f);
    if f.is_finite() && !text.contains(['.', 'e']) {
        format!("{text}.0")
    } else {
        text
    }
}

/// A float in `%g` style: plain digits for moderate exponents, else `1e+20`.
fn float_text(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..16).contains(&exp) {
        format!("{f}")
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exp.abs())
    }
}

/// A str as `repr` shows it (`uni_print_quoted`).
fn str_repr(text: &[u8]) -> String {
    let quote = choose_quote(text);
    let mut out = String::new();
    out.push(quote);
    let mut i = 0;
    while i < text.len() {
        let (c, len) = decode_utf8(&text[i..]);
        i += len;
        match c {
            _ if c == u32::from(quote) => {
                out.push('\\');
                out.push(quote);
            }
            0x5c => out.push_str("\\\\"),
            32..=126 => out.push(char::from(c as u8)),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            _ if c < 0x100 => {
                let _ = write!(out, "\\x{c:02x}");
            }
            _ if c < 0x1_0000 => {
                let _ = write!(out, "\\u{c:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{c:08x}");
            }
        }
    }
    out.push(quote);
    out
}

/// A bytes object's quoted text (`mp_str_print_quoted` for bytes).
fn bytes_repr(bytes: &[u8]) -> String {
    let quote = choose_quote(bytes);
    let mut out = String::new();
    out.push(quote);
    for &b in bytes {
        match b {
            _ if b == quote as u8 => {
                out.push('\\');
                out.push(quote);
            }
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(char::from(b)),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// Single quotes, unless the text has a single quote and no double quote.
fn choose_quote(text: &[u8]) -> char {
    let has_double = text.contains(&b'"');
    let has_single = text.contains(&b'\'');
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// MicroPython's lenient UTF-8 decoding (`utf8_get_char`/`utf8_next_char`): strip the
/// lead byte's length bits, then take every continuation byte that follows. Returns the
/// character and the bytes it spans.
fn decode_utf8(bytes: &[u8]) -> (u32, usize) {
    let lead = bytes.first().copied().unwrap_or(0);
    let is_ascii = lead < 0x80;
    let mut value = u32::from(lead & 0x7f);
    let mut mask = 0x40;
    while !is_ascii && value & mask != 0 {
        value &= !mask;
        mask >>= 1;
    }
    let mut len = 1;
    while let Some(&b) = bytes.get(len) {
        if b & 0xc0 != 0x80 {
            break;
        }
        // After an ASCII character, stray continuation bytes are skipped unread.
        if !is_ascii {
            value = value.wrapping_shl(6) | u32::from(b & 0x3f);
        }
        len += 1;
    }
    (value, len)
}
