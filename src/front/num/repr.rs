//! The text mpy-cross stores for a float or complex constant: `repr()` of the object
//! (`float_print` in `py/objfloat.c`, `complex_print` in `py/objcomplex.c`).

use super::format_pow;
use super::format_roundtrip::format_repr;
use super::format_table;
use super::style::FloatStyle;

/// `repr(value)`: the number as the release prints it, plus `.0` when that text has no
/// `.`, `e` or `n` (so it still reads as a float, but `inf` and `nan` stay bare).
pub fn float_repr(value: f64, style: FloatStyle) -> String {
    let mut text = number(value, style);
    if !text.iter().any(|&c| matches!(c, b'.' | b'e' | b'n')) {
        text.extend_from_slice(b".0");
    }
    into_string(text)
}

/// `repr(complex(real, imag))`: `2j` when the real part is zero (either sign), otherwise
/// `(1+2j)`. No `.0` is added to either part.
pub fn complex_repr(real: f64, imag: f64, style: FloatStyle) -> String {
    let mut text = Vec::with_capacity(48);
    if real == 0.0 {
        text.extend(number(imag, style));
        text.push(b'j');
        return into_string(text);
    }
    text.push(b'(');
    text.extend(number(real, style));
    match style {
        FloatStyle::RoundTrip => text.extend(format_repr(imag, Some(b'+'))),
        FloatStyle::Table16 | FloatStyle::Pow16 => {
            // Before 1.26 the `+` is added by the caller, also for -0.0: "(1+-0j)".
            if imag >= 0.0 || imag.is_nan() {
                text.push(b'+');
            }
            text.extend(number(imag, style));
        }
    }
    text.extend_from_slice(b"j)");
    into_string(text)
}

fn number(value: f64, style: FloatStyle) -> Vec<u8> {
    match style {
        FloatStyle::Table16 => format_table::format_g16(value),
        FloatStyle::Pow16 => format_pow::format_g16(value),
        FloatStyle::RoundTrip => format_repr(value, None),
    }
}

/// The printers only emit ASCII.
fn into_string(text: Vec<u8>) -> String {
    String::from_utf8(text).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats() {
        let s = FloatStyle::RoundTrip;
        assert_eq!(float_repr(1.0, s), "1.0");
        assert_eq!(float_repr(-0.0, s), "-0.0");
        assert_eq!(float_repr(1e300, s), "1e+300");
        assert_eq!(float_repr(f64::INFINITY, s), "inf");
        assert_eq!(float_repr(f64::NEG_INFINITY, s), "-inf");
        assert_eq!(float_repr(f64::NAN, s), "nan");
    }

    #[test]
    fn complexes() {
        for s in [
            FloatStyle::Table16,
            FloatStyle::Pow16,
            FloatStyle::RoundTrip,
        ] {
            assert_eq!(complex_repr(0.0, 2.0, s), "2j");
            assert_eq!(complex_repr(-0.0, 1.5, s), "1.5j");
            assert_eq!(complex_repr(1.0, 2.0, s), "(1+2j)");
            assert_eq!(complex_repr(1.0, -2.0, s), "(1-2j)");
            assert_eq!(complex_repr(f64::NAN, f64::NAN, s), "(nan+nanj)");
        }
        assert_eq!(complex_repr(1.0, -0.0, FloatStyle::Pow16), "(1+-0j)");
        assert_eq!(complex_repr(1.0, -0.0, FloatStyle::RoundTrip), "(1-0j)");
    }
}
