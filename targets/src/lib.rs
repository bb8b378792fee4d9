//! Targets and backends for `.mpy` code: the function IR of `mpy_ir::func` goes in,
//! bytecode and machine code for every arch mpy-cross emits come out.
//!
//! Module map:
//! - [`target`]: [`Target`] from a `-march=` name or a target-lexicon triple:
//!   arch number, word size, `.mpy` sub-version, `mp_fun_table` layout.
//! - [`bytecode`]: the bytecode backend (`py/emitbc.c`).
//! - [`native`]: the native emitter (`py/emitnative.c`) over one assembler per arch
//!   (`native::isa`: x64, x86, ARM, Thumb, Xtensa, RV32, and the debug listing), and the
//!   inline assemblers (`native::inline`: Thumb, Xtensa, RV32).
//! - [`exception`]: the Python exception kinds a rejected compile raises.
//! - [`link`]: ELF objects to a native `.mpy` module (`mpyc link`, MicroPython's `mpy_ld.py`).
//! - [`mod@lower`]: the one lowering call, an unlowered `mpy_ir::Module` to a lowered one.

#![deny(missing_docs)]

pub mod bytecode;
pub mod exception;
pub mod link;
pub mod lower;
pub mod native;
pub mod target;

pub use exception::ExceptionKind;
pub use target::{Arch, MpyVersion, Target, TargetError};
