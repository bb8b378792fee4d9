//! Targets and backends for `.mpy` code.
//!
//! Module map:
//! - [`target`]: [`Target`] from a `-march=` name or a target-lexicon triple:
//!   arch number, word size, `.mpy` sub-version, `mp_fun_table` layout.
//! - [`bytecode`]: the bytecode backend (`py/emitbc.c`), with its stack-depth rules.
//! - [`native`]: native code backends (x64 first), after `py/emitnative.c`.
//! - [`exception`]: the Python exception kinds a rejected compile raises.
//! - [`assemble`]: lowers a whole IR module and nests it into an `mpy-ir` module.

#![deny(missing_docs)]

// Documented by the IR move into `mpy-ir`, which is editing this module.
#[allow(missing_docs)]
pub mod assemble;
pub mod bytecode;
pub mod exception;
pub mod native;
pub mod target;

pub use exception::ExceptionKind;
pub use target::{Arch, MpyVersion, Target, TargetError};
