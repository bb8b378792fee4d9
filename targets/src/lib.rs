//! Targets and backends for `.mpy` code.
//!
//! Module map:
//! - [`ir`]: the target-independent function IR a compiler or code generator produces.
//!
//! A [`Target`](target::Target) is chosen from a `-march=` name or a target-lexicon triple;
//! a backend lowers IR functions for it (bytecode now, native emitters per arch later).

pub mod ir;
