//! The Python front end: tokens, qstrs, parse tree and compile-time values.
//!
//! - [`token`]: token kinds in MicroPython's order, and the token type.
//! - [`qstr`]: the qstr pool of the mpy-cross release being imitated.
//! - [`rule`]: grammar rule ids (`py/grammar.h`).
//! - [`node`]: the parse tree, shaped like MicroPython's.
//! - [`obj`]: compile-time values (literals, folded constants).
//! - [`num`]: number literals and float text.
//! - [`lexer`]: source to tokens.
//! - [`parse`]: tokens to the parse tree, with constant folding.

pub mod lexer;
pub mod node;
pub mod num;
pub mod obj;
pub mod parse;
pub mod qstr;
pub mod rule;
mod text_hash;
pub mod token;
