//! mpyc: a toolchain for MicroPython `.mpy` files.
//!
//! - [`front`]: the Python front end (tokens, qstrs, lexer, parser, compile-time values).
//! - [`compile`]: scopes and the compiler, producing `mpy_targets::ir`.
//! - [`driver`]: one compile from source bytes to `.mpy` bytes.
//! - [`profile`]: which mpy-cross release is imitated, as behaviour switches.
//! - [`error`]: compile errors, rendered like mpy-cross.
//! - `cli` (feature `cli`, on by default): the `mpyc` command line.
//!
//! Without the `cli` feature the crate is the compiler alone, with no argument parser,
//! progress bar or thread pool, for embedding in other programs.

// Printing goes through `cli::out`, which ends mpyc quietly when its reader goes away.
#![deny(clippy::print_stdout, clippy::print_stderr)]

#[cfg(feature = "cli")]
pub mod cli;
pub mod compile;
pub mod driver;
pub mod error;
pub mod front;
pub mod profile;
