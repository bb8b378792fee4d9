//! The MicroPython `.mpy` v6 container format (`mpy-format.md`).
//!
//! Module map:
//! - [`model`]: the in-memory file: header, qstr and object tables, raw-code tree.
//! - [`read`] / [`mod@write`]: loader and writer, mirrors of each other; `write(load(b)) == b`
//!   for every canonically encoded file.
//! - [`codec`]: primitive encodings (vuint, signed var-int, qstr) and the bounds-checked reader.
//! - [`error`]: load errors with byte offsets.
//! - [`runtime`]: the header checks of each MicroPython runtime, with their messages;
//!   [`compat`]: which runtimes load a file and run it safely.
//! - [`bytecode`]: opcode table, prelude, line table, decoder, assembler.
//! - [`inspect`]: decoded views of raw codes; [`dump`]: text and JSON dumps;
//!   [`verify`]: structural checks and runtime hazards.
//! - [`merge`]: several files into one, as `mpy-tool.py --merge`.
//! - [`freeze`]: modules to the C source of a firmware's frozen modules, as
//!   `mpy-tool.py -f`.
//! - [`mpy_tool_view`]: `mpy-tool.py`'s `-x`, `-d`, `-j` and `-e` views, byte for byte.
//! - [`func`]: the function IR a compiler or code generator builds, before a backend of
//!   `mpy-targets` lowers it, with its checked builder and verifier.
//! - [`fuzz`]: the properties every input must satisfy (fuzz body, also run as a test).
//! - [`static_qstrs`]: the 165 static qstrs.
//!
//! Nothing here knows Python; the compiler lives in the `mpyc` crate.

#![deny(missing_docs)]

pub mod bytecode;
pub mod codec;
pub mod compat;
pub mod dump;
pub mod error;
pub mod freeze;
pub mod func;
pub mod fuzz;
pub mod inspect;
pub mod merge;
pub mod model;
pub mod mpy_tool_view;
mod pyrepr;
mod qstr_ident;
pub mod read;
pub mod runtime;
pub mod static_qstrs;
pub mod verify;
pub mod write;

pub use error::{Error, ErrorKind};
pub use model::{
    Code, CodeKind, FloatBits, Header, HeaderError, Kind, Layout, Module, Object, RawCode,
};
pub use read::{load, load_with, LoadOptions};
pub use write::{write, WriteError};
