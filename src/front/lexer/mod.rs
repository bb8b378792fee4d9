//! The lexer (`py/lexer.c`): source bytes to [`Token`](super::token::Token)s, including
//! indentation tokens and the f-string/t-string rewriting MicroPython does in the lexer.
//!
//! Owned by the front-end workstream. Contract: the parser pulls tokens one at a time.
