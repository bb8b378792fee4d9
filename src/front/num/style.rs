//! How each MicroPython release reads number literals and prints floats.
//!
//! Found by compiling the same literals with every release's mpy-cross
//! (`tests/data/num/literals.tsv`) and reading `py/parsenum.c`, `py/parsenumbase.c`,
//! `py/formatfloat.c`, `py/objfloat.c` and `py/objcomplex.c` at each tag.

use crate::release::Release;

/// Integer literal syntax (`py/parsenumbase.c`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntSyntax {
    /// Up to 1.24: a leading zero is ignored, so `010` is ten.
    LeadingZerosDecimal,
    /// 1.25 and later: a literal that starts with `0` must be all zeros; `010` is a
    /// `SyntaxError` ("invalid syntax for integer with base 0: '010'").
    LeadingZerosRejected,
}

/// Decimal float parsing (`mp_parse_num_float`), the source of the stored double.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatParse {
    /// 1.19: digits accumulate in a double (until it reaches 1e200), which is then
    /// multiplied by glibc's `pow(10, e)` (divided for -22 <= e < 0; exponents below -307
    /// are pre-scaled by 1e-307). `0e400` is `nan` (0 * inf).
    DoubleDigits,
    /// 1.20 to 1.24: as [`FloatParse::DoubleDigits`], but zeros are only multiplied in
    /// when a nonzero digit follows, so `1.50` and `1.5` give the same double.
    DoubleDigitsDeferZeros,
    /// 1.25: the digits accumulate exactly in a `u64` (up to 0x1999999999999998), then
    /// are rounded to a double and scaled with `pow(10, e)` as before.
    IntegerDigitsPow,
    /// 1.26 and later: the `u64` mantissa is scaled by powers of ten in x87 extended
    /// precision and rounded to a double once. `0e400` is `0.0`.
    IntegerDigitsExtended,
}

/// Float printing for the `.mpy` constant text (`repr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatStyle {
    /// 1.19: `%.16g`, with the number scaled by a table of powers of ten and digits taken
    /// by repeated multiplication by 10 (so the last digit is often off).
    Table16,
    /// 1.20 to 1.25: `%.16g`, with digits taken by subtracting `pow(10, k)`.
    Pow16,
    /// 1.26 and later: the shortest of 16, 17, 18 or 19 significant digits that parses
    /// back to the same double, digits computed in x87 extended precision.
    RoundTrip,
}

/// The three number behaviours of one release.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NumStyle {
    /// How integer literals are read.
    pub int: IntSyntax,
    /// How float literals are turned into doubles.
    pub parse: FloatParse,
    /// How floats are printed (folded constants that become strings, `repr`).
    pub format: FloatStyle,
}

impl IntSyntax {
    /// The integer syntax `release`'s lexer accepts.
    pub fn for_release(release: Release) -> IntSyntax {
        if release >= Release::V1_25 {
            IntSyntax::LeadingZerosRejected
        } else {
            IntSyntax::LeadingZerosDecimal
        }
    }
}

impl FloatParse {
    /// The float parser of `release`'s `py/parsenum.c`.
    pub fn for_release(release: Release) -> FloatParse {
        match release {
            Release::V1_19 => FloatParse::DoubleDigits,
            r if r <= Release::V1_24 => FloatParse::DoubleDigitsDeferZeros,
            Release::V1_25 => FloatParse::IntegerDigitsPow,
            _ => FloatParse::IntegerDigitsExtended,
        }
    }
}

impl FloatStyle {
    /// The float formatting of `release`'s `py/formatfloat.c`.
    pub fn for_release(release: Release) -> FloatStyle {
        match release {
            Release::V1_19 => FloatStyle::Table16,
            r if r <= Release::V1_25 => FloatStyle::Pow16,
            _ => FloatStyle::RoundTrip,
        }
    }
}

impl NumStyle {
    /// All three number behaviours of `release`.
    pub fn for_release(release: Release) -> NumStyle {
        NumStyle {
            int: IntSyntax::for_release(release),
            parse: FloatParse::for_release(release),
            format: FloatStyle::for_release(release),
        }
    }
}

impl Default for NumStyle {
    /// mpy-cross 1.28.
    fn default() -> NumStyle {
        NumStyle::for_release(Release::V1_28)
    }
}
