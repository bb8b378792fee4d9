//! mpyc: a toolchain for MicroPython `.mpy` files, and a Python compiler that writes what
//! each release's `mpy-cross` writes, byte for byte.
//!
//! The entry point is [`compile()`]: source bytes in, `.mpy` bytes out, for a release and
//! a target chosen in [`CompileOptions`]; a rejected source is a [`CompileError`] with a
//! typed [`ExceptionKind`], file, line and column.
//!
//! ```
//! let opts = mpyc::CompileOptions::new(mpyc::Release::V1_28).with_arch(mpyc::Arch::X64)?;
//! let mpy = mpyc::compile(b"@micropython.native\ndef f(x):\n    return x\n", "f.py", &opts)?;
//! assert_eq!(mpy[2] >> 2, opts.target.header_arch()); // the header names x64
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Module map:
//! - [`front`]: the Python front end (tokens, qstrs, lexer, parser, compile-time values).
//! - [`mod@compile`]: scopes and the compiler, producing `mpy_ir::func`.
//! - [`driver`]: one compile from source bytes to `.mpy` bytes.
//! - [`codegen`]: a release's constant rules, lowering options and float text, for code
//!   generators that build IR themselves.
//! - [`options`]: mpy-cross's options as values, checked as mpy-cross checks them.
//! - [`release`]: the releases imitated, by name (the lowest layer).
//! - [`profile`]: one release's behaviour switches, gathered from every layer.
//! - [`error`]: compile errors, rendered like mpy-cross.
//! - `cli` (feature `cli`, on by default): the `mpyc` command line.
//!
//! Without the `cli` feature the crate is the compiler alone, with no argument parser,
//! progress bar or thread pool, for embedding in other programs.

// Printing goes through `cli::out`, which ends mpyc quietly when its reader goes away.
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![deny(missing_docs)]

#[cfg(feature = "cli")]
pub mod cli;
pub mod codegen;
pub mod compile;
pub mod cross_args;
pub mod driver;
pub mod error;
pub mod front;
pub mod options;
pub mod profile;
pub mod release;

pub use compile::StackPolicy;
pub use driver::{compile, CompileOptions};
pub use error::{CompileError, ExceptionKind};
pub use mpy_ir::CodeKind;
pub use mpy_targets::native::NativeBackend;
pub use mpy_targets::{Arch, Target};
pub use options::{CrossOptions, OptionError};
pub use release::Release;
