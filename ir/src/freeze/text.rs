//! The text conventions the frozen C follows: qstr identifiers, qstr hashes, C string
//! escapes, Python's `repr` of a qstr in comments, and Python's `%.16g` for floats.

/// The qstr hash (djb2 with xor) truncated to `bytes_hash` bytes (two when 0, as
/// `qstr.c` does), never 0 (0 means "not computed").
pub(super) fn compute_hash(bytes: &[u8], bytes_hash: u32) -> u64 {
    let mut hash: u64 = 5381;
    for &b in bytes {
        hash = hash.wrapping_mul(33) ^ u64::from(b);
    }
    let n = if bytes_hash == 0 { 2 } else { bytes_hash };
    let masked = if n >= 8 {
        hash
    } else {
        hash & ((1u64 << (8 * n)) - 1)
    };
    if masked == 0 {
        1
    } else {
        masked
    }
}

/// A qstr as the body of a C string in the pool: as it is when all printable ASCII
/// without `\` or `"`, otherwise every byte as `\xNN` (`makeqstrdata.escape_bytes`).
pub(super) fn escape_bytes(s: &str) -> String {
    if s.chars()
        .all(|c| (' '..='~').contains(&c) && c != '\\' && c != '"')
    {
        s.to_string()
    } else {
        s.bytes().map(|b| format!("\\x{b:02x}")).collect()
    }
}

/// Python's `"%.16g" % x`: 16 significant digits, trailing zeros dropped, exponent form
/// below 1e-4 or from 1e16, `inf`/`nan` spelt as Python does.
pub fn format_g16(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let sci = format!("{x:.15e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..16).contains(&exp) {
        let m = strip_zeros(mantissa);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{m}e{sign}{:02}", exp.abs())
    } else {
        let decimals = usize::try_from(15 - exp).unwrap_or(0);
        strip_zeros(&format!("{x:.decimals$}")).to_string()
    }
}

/// Drop trailing zeros after a decimal point, and the point if nothing follows it.
fn strip_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}
