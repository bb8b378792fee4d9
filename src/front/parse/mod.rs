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
use crate::front::lexer::LexerSwitches;
use crate::front::node::Node;
use crate::front::num::NumStyle;
use crate::front::qstr::QstrPool;

pub use print::print_tree;

/// What the parser needs to know about the compile: the imitated release's switches for
/// lexing, number literals and folding, and two command-line options.
///
/// `Profile::parse_options` (in [`crate::profile`], above the front end) fills it for a
/// release; each switch is documented on the `Profile` field of the same name.
#[derive(Clone, Copy, Debug)]
pub struct ParseOptions {
    /// How the lexer reads f-strings, t-strings and line ends.
    pub lexer: LexerSwitches,
    /// How number literals are read.
    pub num: NumStyle,
    /// Float arithmetic and `math` constants are folded.
    pub fold_float_constants: bool,
    /// A folded big-int result that fits a small int becomes a small int again.
    pub narrow_big_int_results: bool,
    /// `NAME: type = const(value)` defines a constant.
    pub const_with_annotation: bool,
    /// Only `True`, `False` and small ints count as constant conditions.
    pub narrow_const_conditions: bool,
    /// Bits of a small int on the target (`-msmall-int-bits`, default 31); wider
    /// integer constants become constant objects instead of small-int leaves.
    pub small_int_bits: u8,
    /// mpy-cross's `-O` level; above zero, `__debug__` is `False`.
    pub optimize: u8,
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
