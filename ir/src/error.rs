//! Load errors: what was expected, and the byte offset where it went wrong.

use std::fmt;

/// A loader error. Displays as `message (at offset 0x1a)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    offset: usize,
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input ended while `expected` was being read.
    UnexpectedEof {
        /// The item being read when the bytes ran out (`"feature byte"`, `"function data"`, ...).
        expected: &'static str,
    },
    /// The first byte is not `M`.
    BadMagic(u8),
    /// The major version is not 6.
    UnsupportedVersion(u8),
    /// A vuint does not fit in 64 bits.
    VuintOverflow,
    /// A length or count is larger than the remaining input could hold.
    LengthTooLarge {
        /// The field whose value was too large (`"qstr count"`, `"str constant"`, ...).
        what: &'static str,
        /// The length or count stored in the file.
        len: u64,
        /// Bytes left in the file after the field; every stored item takes at least one.
        remaining: usize,
    },
    /// A static qstr id outside 1..=165.
    BadStaticQstr(u64),
    /// A string, bytes or inline qstr lacks its `00` terminator.
    MissingTerminator {
        /// The item that should have ended (`"str constant"`, `"bytes constant"`, `"inline qstr"`).
        what: &'static str,
        /// The byte found where the `00` should be.
        found: u8,
    },
    /// An object type code outside 0..=10.
    BadObjectType(u8),
    /// Nesting (tuples or raw-code children) deeper than the loader allows.
    TooDeep {
        /// What was nested (`"tuple constants"` or `"raw code elements"`).
        what: &'static str,
        /// The loader's nesting limit, which keeps recursion off the end of the stack.
        limit: usize,
    },
    /// The prelude signature of a native function could not be decoded.
    BadPrelude(&'static str),
    /// A native prelude offset past the end of the function data.
    PreludeOffsetOutOfRange {
        /// The `prelude_offset` vuint of the native trailer (`mpy-format.md` 8.3).
        offset: u64,
        /// Length of the element's `fun_data`.
        len: usize,
    },
    /// A value that does not fit the field it is stored in.
    ValueOutOfRange {
        /// The field, named as in the end-of-input error for it.
        what: &'static str,
        /// The value found in the file.
        value: u64,
    },
    /// Bytes after the last raw-code element.
    TrailingBytes(usize),
    /// A runtime's header check failed, with MicroPython's own message.
    Incompatible {
        /// The runtime family whose check failed ([`Runtime::name`](crate::runtime::Runtime::name): `"1.19"`, `"1.27+"`, ...).
        runtime: &'static str,
        /// The exact `ValueError` text that release raises (`mpy-format.md` 4.3).
        message: &'static str,
    },
}

impl Error {
    /// An error of `kind` at byte `offset` of the file.
    pub fn new(offset: usize, kind: ErrorKind) -> Error {
        Error { offset, kind }
    }

    /// Byte offset in the file.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::UnexpectedEof { expected } => {
                write!(f, "unexpected end of file, expected {expected}")
            }
            ErrorKind::BadMagic(b) => write!(
                f,
                "not an .mpy file: magic byte is 0x{b:02x}, expected 0x4d ('M')"
            ),
            ErrorKind::UnsupportedVersion(v) => {
                write!(f, "unsupported .mpy version {v}, expected 6")
            }
            ErrorKind::VuintOverflow => f.write_str("vuint does not fit in 64 bits"),
            ErrorKind::LengthTooLarge {
                what,
                len,
                remaining,
            } => {
                write!(
                    f,
                    "{what} of {len} exceeds the {remaining} bytes left in the file"
                )
            }
            ErrorKind::BadStaticQstr(id) => write!(f, "static qstr id {id} is not in 1..=165"),
            ErrorKind::MissingTerminator { what, found } => {
                write!(
                    f,
                    "{what} is not terminated by a 00 byte (found 0x{found:02x})"
                )
            }
            ErrorKind::BadObjectType(t) => {
                write!(f, "unknown constant object type {t}, expected 0..=10")
            }
            ErrorKind::TooDeep { what, limit } => {
                write!(f, "{what} nested deeper than {limit} levels")
            }
            ErrorKind::BadPrelude(why) => write!(f, "bad native prelude: {why}"),
            ErrorKind::PreludeOffsetOutOfRange { offset, len } => {
                write!(
                    f,
                    "prelude offset {offset} is past the {len}-byte function data"
                )
            }
            ErrorKind::ValueOutOfRange { what, value } => {
                write!(f, "{what} {value} is out of range")
            }
            ErrorKind::TrailingBytes(n) => write!(f, "{n} trailing bytes after the last raw code"),
            ErrorKind::Incompatible { runtime, message } => write!(
                f,
                "{message} (MicroPython {runtime} would reject this file)"
            ),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at offset 0x{:x})", self.kind, self.offset)
    }
}

impl std::error::Error for Error {}

/// Shorthand for loader results.
pub type Result<T> = std::result::Result<T, Error>;
