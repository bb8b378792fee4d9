//! Bytecode functions: opcode table, prelude, line table, decoder and assembler.
//!
//! - [`opcodes`]: the instruction set, defined once.
//! - [`prelude`]: signature, size, names and cells at the start of a function.
//! - [`lines`]: the line-number table.
//! - [`decode`]: bytes to instructions with resolved jump targets.
//! - [`asm`]: instructions and labels to bytes, with minimal jump encodings.

pub mod asm;
pub mod decode;
pub mod lines;
pub mod opcodes;
pub mod prelude;
