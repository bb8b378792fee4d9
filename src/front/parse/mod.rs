//! The parser (`py/parse.c` with `py/grammar.h`): tokens to a [`Node`](super::node::Node)
//! tree shaped like MicroPython's, with parse-time constant folding and `const()`.
//!
//! Contract (for the driver and the compiler):
//!
//! ```ignore
//! pub fn parse(source: &[u8], pool: &mut QstrPool, opts: &ParseOptions) -> Result<Node, CompileError>;
//! pub struct ParseOptions<'a> { pub profile: &'a Profile, pub small_int_bits: u8, .. }
//! ```
//! The returned root is the `file_input` tree. Errors carry the line and no block name.
