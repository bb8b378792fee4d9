//! Number literals and float text exactly as mpy-cross handles them (`py/parsenum.c`,
//! `py/formatfloat.c`, `py/objfloat.c`, `py/objcomplex.c`).
//!
//! Contract:
//!
//! ```ignore
//! /// An integer literal (`0x1f`, `1_000`, `0o17`, `123456789012345678901234567890`).
//! pub fn parse_integer_literal(text: &[u8]) -> Result<Obj, NumError>;
//! /// A float or imaginary literal (`1.5`, `1e10`, `2j`); imaginary gives `Obj::Complex`.
//! pub fn parse_float_literal(text: &[u8]) -> Result<Obj, NumError>;
//! /// The text a release's mpy-cross stores in a `.mpy` for a float / complex constant.
//! pub fn float_repr(value: f64, style: FloatStyle) -> String;
//! pub fn complex_repr(real: f64, imag: f64, style: FloatStyle) -> String;
//! ```
