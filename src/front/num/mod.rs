//! Number literals and float text exactly as mpy-cross handles them (`py/parsenum.c`,
//! `py/formatfloat.c`, `py/objfloat.c`, `py/objcomplex.c`).
//!
//! Float literals become doubles and float constants become text in the `.mpy`, both by
//! MicroPython's own algorithms, which are not correctly rounded and changed between
//! releases; they are reproduced step by step, including x87 extended precision and
//! glibc's `pow`, because the text lands in the output file.
//!
//! - [`style`]: which release does what ([`NumStyle::for_release`]).
//! - `int`: integer tokens (`0x1f`, `1_000`, big ints).
//! - `decimal`: decimal text to double, for tokens and for the printer's round-trip check.
//! - `format_table`, `format_pow`, `format_roundtrip`: the three float printers.
//! - `repr`: float and complex constant text.
//! - `int_float`: ints as doubles (for folding mixed int/float arithmetic).
//! - `x87`, `pow10`: the arithmetic the printers and parsers depend on.
//!
//! Inputs are number tokens as MicroPython's lexer makes them: they start with a digit or
//! `.`, carry no sign, and have had `_` removed (`_` is skipped here too).

mod decimal;
mod format_digits;
mod format_pow;
mod format_roundtrip;
mod format_table;
mod int;
mod int_float;
mod pow10;
mod repr;
pub mod style;
mod x87;

pub use int_float::int_to_float;
pub use repr::{complex_repr, float_repr};
pub use style::{FloatParse, FloatStyle, IntSyntax, NumStyle};

use crate::error::{CompileError, ExceptionKind};
use crate::front::obj::Obj;

/// A rejected number token: the exception mpy-cross raises, without the line (the parser
/// adds it). Number errors raised while parsing are `SyntaxError`s (`raise_exc` in
/// `py/parsenum.c` converts the `ValueError`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    /// Exception type name, as in [`CompileError::exception`].
    pub exception: ExceptionKind,
    /// The message, as mpy-cross prints it (`invalid syntax for integer with base 10: ...`).
    pub message: String,
}

impl NumError {
    fn syntax(message: impl Into<String>) -> NumError {
        NumError {
            exception: ExceptionKind::SyntaxError,
            message: message.into(),
        }
    }

    /// The compile error at the token's line (parser errors name no block).
    pub fn at_line(self, line: u32) -> CompileError {
        CompileError::new(self.exception, self.message).at_line(line)
    }
}

impl std::fmt::Display for NumError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.exception, self.message)
    }
}

impl std::error::Error for NumError {}

/// An integer literal (`0x1f`, `1_000`, `0o17`, `123456789012345678901234567890`) as
/// mpy-cross 1.28 reads it.
pub fn parse_integer_literal(text: &[u8]) -> Result<Obj, NumError> {
    parse_integer_literal_with(text, IntSyntax::for_release(crate::release::Release::V1_28))
}

/// An integer literal under a given release's syntax.
pub fn parse_integer_literal_with(text: &[u8], syntax: IntSyntax) -> Result<Obj, NumError> {
    int::parse_integer(text, syntax)
}

/// A float or imaginary literal (`1.5`, `1e10`, `2j`) as mpy-cross 1.28 reads it;
/// imaginary gives `Obj::Complex` with a zero real part.
pub fn parse_float_literal(text: &[u8]) -> Result<Obj, NumError> {
    parse_float_literal_with(
        text,
        FloatParse::for_release(crate::release::Release::V1_28),
    )
}

/// A float or imaginary literal under a given release's parsing.
pub fn parse_float_literal_with(text: &[u8], style: FloatParse) -> Result<Obj, NumError> {
    decimal::parse_float_token(text, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_for_1_28() {
        assert!(matches!(
            parse_integer_literal(b"0x1f"),
            Ok(Obj::SmallInt(31))
        ));
        assert!(matches!(parse_float_literal(b"0.1"), Ok(Obj::Float(v)) if v == 0.1));
        let s = NumStyle::default();
        assert_eq!(float_repr(0.1 + 0.2, s.format), "0.30000000000000004");
        let e = parse_integer_literal(b"01").err().map(|e| e.at_line(3));
        assert_eq!(
            e.map(|e| e.in_file("t.py").render()),
            Some(
                "Traceback (most recent call last):\n  File \"t.py\", line 3\n\
                 SyntaxError: invalid syntax for integer with base 0: '01'\n"
                    .to_string()
            )
        );
    }
}
