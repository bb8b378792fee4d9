//! The Python exceptions a compile can end with, as mpy-cross raises them.
//!
//! Front end and backends both raise them (the parser a `SyntaxError`, the native emitter a
//! `ViperTypeError`, an assembler a `RuntimeError`), so the kind is one enum here, below
//! both, and a caller can match on it instead of comparing names.

use std::fmt;

/// The type of the exception mpy-cross raises for a rejected input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExceptionKind {
    /// Invalid syntax, and most compile-time errors of the compiler and inline assemblers.
    SyntaxError,
    /// A bad indent or dedent (a subclass of `SyntaxError` in MicroPython).
    IndentationError,
    /// A type error in viper code (`@micropython.viper`).
    ViperTypeError,
    /// Something the imitated mpy-cross does not implement (`\N{...}` escapes, a native
    /// function too big), or where it fails an assertion and mpyc refuses instead.
    NotImplementedError,
    /// An internal limit: a name over 255 bytes, a branch out of range, an assembler
    /// overflow.
    RuntimeError,
    /// An immediate too wide for its field, in an inline assembler (RV32).
    OverflowError,
    /// Nesting deeper than the parser's stack, or an allocation over mpy-cross's limit.
    MemoryError,
}

impl ExceptionKind {
    /// The exception's Python name, as mpy-cross prints it (`SyntaxError`).
    pub fn name(self) -> &'static str {
        match self {
            ExceptionKind::SyntaxError => "SyntaxError",
            ExceptionKind::IndentationError => "IndentationError",
            ExceptionKind::ViperTypeError => "ViperTypeError",
            ExceptionKind::NotImplementedError => "NotImplementedError",
            ExceptionKind::RuntimeError => "RuntimeError",
            ExceptionKind::OverflowError => "OverflowError",
            ExceptionKind::MemoryError => "MemoryError",
        }
    }
}

impl fmt::Display for ExceptionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
