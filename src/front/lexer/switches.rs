//! The lexer's behaviour switches, one per change between releases.

use crate::release::Release;

/// How the lexer of a release reads f-strings, t-strings and line ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LexerSwitches {
    /// Each f-string argument is wrapped in parentheses, `f"{a,b}"` passing the tuple
    /// `(a,b)` (1.20+); before, the text went into `.format(` as it was.
    pub fstring_args_parenthesised: bool,
    /// A newline token is placed at the end of the line it ends (1.22+); before, at the
    /// first token of the next non-blank line, so errors there report that line.
    pub newline_at_line_end: bool,
    /// In an f-string, `!r`/`!s` before `:` or `}` ends the expression (1.21+); before,
    /// only `:` and `}` did, so `{x!r}` was invalid syntax.
    pub fstring_conversions: bool,
    /// `rf"..."` and `fr"..."` are raw f-strings (1.24+); before, they are the error
    /// "raw f-strings are not supported".
    pub raw_fstrings: bool,
    /// Adjacent f-strings share one `.format(` call (1.24+); before, each f-string of a
    /// concatenation started its own, which made the result invalid syntax.
    pub join_adjacent_fstrings: bool,
    /// An f-string's `.format(...)` arguments are injected as soon as its literal ends,
    /// and a nested f-string gets its own injection (1.28+). Before, they were injected
    /// when the next token was read, and an f-string inside the injected text appended
    /// its arguments to the text being injected.
    pub fstring_inject_at_literal_end: bool,
    /// `f"{}"` is a malformed f-string (1.28+); before, it formatted an empty tuple (from
    /// 1.20, whose arguments are parenthesised; 1.19's `.format(,)` is invalid syntax).
    pub fstring_empty_expr_malformed: bool,
    /// `t"..."` template strings (1.28+).
    pub tstrings: bool,
}

impl LexerSwitches {
    /// The lexer of 1.28 and later.
    pub const LATEST: LexerSwitches = LexerSwitches {
        fstring_args_parenthesised: true,
        newline_at_line_end: true,
        fstring_conversions: true,
        raw_fstrings: true,
        join_adjacent_fstrings: true,
        fstring_inject_at_literal_end: true,
        fstring_empty_expr_malformed: true,
        tstrings: true,
    };

    /// The lexer of `release`.
    pub fn for_release(release: Release) -> LexerSwitches {
        use Release::*;
        LexerSwitches {
            fstring_args_parenthesised: release >= V1_20,
            newline_at_line_end: release >= V1_22,
            fstring_conversions: release >= V1_21,
            raw_fstrings: release >= V1_24,
            join_adjacent_fstrings: release >= V1_24,
            fstring_inject_at_literal_end: release >= V1_28,
            fstring_empty_expr_malformed: release >= V1_28,
            tstrings: release >= V1_28,
        }
    }
}

impl Default for LexerSwitches {
    fn default() -> LexerSwitches {
        LexerSwitches::LATEST
    }
}
