//! The parser (`py/parse.c` with `py/grammar.h`): tokens to a [`Node`] tree shaped like
//! MicroPython's, with parse-time constant folding and `const()`.
//!
//! - `grammar`: the rules, as data.
//! - `parser`: the table-driven engine: a stack of rules in progress and a stack of
//!   results, no recursion, so deeply nested input cannot overflow the Rust stack.
//! - `build`: how a matched token or rule becomes a node (leaf kinds, interning,
//!   collapsing parentheses and tuples).
//! - `fold`: constant folding, `const()` and constant tuples.
//! - `arith`: the integer and float arithmetic folding relies on, with MicroPython's
//!   rules for overflow, division and mixed types.
//! - number literals are read by `front::num`, in the style of the release.
//! - [`print`]: a tree printer in the format of `mp_parse_node_print`.

mod arith;
mod build;
mod fold;
mod grammar;
mod parser;
mod print;

#[cfg(test)]
mod tests;

use crate::error::CompileError;
use crate::front::node::Node;
use crate::front::qstr::QstrPool;
use crate::profile::Profile;

pub use print::print_tree;

/// What the parser needs to know about the compile.
#[derive(Clone, Copy, Debug)]
pub struct ParseOptions<'a> {
    /// The release being imitated.
    pub profile: &'a Profile,
    /// Bits of a small int on the target (`-msmall-int-bits`, default 31); wider
    /// integer constants become constant objects instead of small-int leaves.
    pub small_int_bits: u8,
    /// mpy-cross's `-O` level; above zero, `__debug__` is `False`.
    pub optimize: u8,
}

impl<'a> ParseOptions<'a> {
    /// The defaults of mpy-cross for `profile`: 31-bit small ints, no `-O`.
    pub fn new(profile: &'a Profile) -> ParseOptions<'a> {
        ParseOptions {
            profile,
            small_int_bits: 31,
            optimize: 0,
        }
    }
}

/// Parse a whole module (`MP_PARSE_FILE_INPUT`).
///
/// Identifiers and short strings are interned into `pool` in the order MicroPython
/// interns them, since that order decides which long string literals are qstrs. The
/// driver should intern the source file name before calling this, as mpy-cross does.
pub fn parse(
    source: &[u8],
    pool: &mut QstrPool,
    opts: &ParseOptions,
) -> Result<Node, CompileError> {
    parser::Parser::run(source, pool, opts)
}
