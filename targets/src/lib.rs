//! Targets and backends for `.mpy` code.
//!
//! Module map:
//! - [`target`]: [`Target`] from a `-march=` name or a target-lexicon triple:
//!   arch number, word size, `.mpy` sub-version, `mp_fun_table` layout.
//! - [`bytecode`]: the bytecode backend (`py/emitbc.c`), with its stack-depth rules.
//! - [`native`]: native code backends (x64 first), after `py/emitnative.c`.
//! - [`exception`]: the Python exception kinds a rejected compile raises.
//! - [`mod@lower`]: the one lowering call, an unlowered `mpy_ir::Module` to a lowered one.

#![deny(missing_docs)]

pub mod bytecode;
pub mod exception;
pub mod lower;
pub mod native;
pub mod target;

pub use exception::ExceptionKind;
pub use target::{Arch, MpyVersion, Target, TargetError};
