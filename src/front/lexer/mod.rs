//! The lexer (`py/lexer.c`): source bytes to [`Token`]s, including indentation tokens and
//! the f-string/t-string rewriting MicroPython does in the lexer.
//!
//! The parser pulls one token at a time: [`Lexer::new`] loads the first token and
//! [`Lexer::advance`] moves to the next. Errors are mostly reported as error *tokens*
//! ([`TokenKind::Invalid`], [`TokenKind::DedentMismatch`], ...) that the parser turns into
//! a `SyntaxError` when it meets them; the only error the lexer raises itself is the
//! `NotImplementedError` for `\N{...}` escapes, at the moment the string is scanned.
//!
//! - `chars`: the three-byte window, line/column counting and byte injection.
//! - `string`: string and bytes literals, adjacent-literal concatenation, f/t-strings.
//! - `switches`: [`LexerSwitches`], what changed between releases.
//! - `operator`: keywords and operator spellings.

mod chars;
mod operator;
mod string;
mod switches;

#[cfg(test)]
mod tests;

use crate::error::CompileError;
use crate::front::token::{Token, TokenKind};

use chars::CharStream;
pub use switches::LexerSwitches;

/// A lexer over one source file. The current token is available through the accessors.
pub struct Lexer<'a> {
    chars: CharStream<'a>,
    /// Pending INDENT (> 0) or DEDENT (< 0) tokens.
    emit_dent: isize,
    /// Open brackets; newlines inside brackets are not tokens.
    nested_bracket_level: isize,
    /// Indentation of each open block; MicroPython stores them as 16-bit values.
    indent_levels: Vec<u16>,
    /// What `__debug__` stands for (`True` unless compiling with `-O`).
    debug_value: TokenKind,
    tok_kind: TokenKind,
    tok_line: u32,
    tok_column: usize,
    /// The token's text (`vstr` in C).
    text: Vec<u8>,
    /// What the imitated release's lexer does differently.
    switches: LexerSwitches,
}

impl<'a> Lexer<'a> {
    /// A lexer positioned on the first token of `source`, lexing as the latest release.
    ///
    /// `optimize` is mpy-cross's `-O` level: above zero, `__debug__` lexes as `False`.
    pub fn new(source: &'a [u8], optimize: u8) -> Result<Lexer<'a>, CompileError> {
        Lexer::with_switches(source, optimize, LexerSwitches::LATEST)
    }

    /// A lexer positioned on the first token of `source`, lexing as `switches` say.
    pub fn with_switches(
        source: &'a [u8],
        optimize: u8,
        switches: LexerSwitches,
    ) -> Result<Lexer<'a>, CompileError> {
        let mut lexer = Lexer {
            chars: CharStream::new(source),
            emit_dent: 0,
            nested_bracket_level: 0,
            indent_levels: vec![0],
            debug_value: if optimize == 0 {
                TokenKind::KwTrue
            } else {
                TokenKind::KwFalse
            },
            tok_kind: TokenKind::End,
            tok_line: 1,
            tok_column: 1,
            text: Vec::with_capacity(32),
            switches,
        };
        lexer.advance()?;
        // A first token that is not in column 1 is an unexpected indent (a newline token
        // is exempt since it moved to the end of its line).
        let exempt = switches.newline_at_line_end && lexer.tok_kind == TokenKind::Newline;
        if lexer.tok_column != 1 && !exempt {
            lexer.tok_kind = TokenKind::Indent;
        }
        Ok(lexer)
    }

    /// The current token's kind.
    pub fn kind(&self) -> TokenKind {
        self.tok_kind
    }

    /// The current token's 1-based line.
    pub fn line(&self) -> u32 {
        self.tok_line
    }

    /// The current token's 1-based column.
    pub fn column(&self) -> u32 {
        u32::try_from(self.tok_column).unwrap_or(u32::MAX)
    }

    /// The current token's text: the name, the number's digits, or the decoded string.
    pub fn text(&self) -> &[u8] {
        &self.text
    }

    /// The current token as an owned value.
    pub fn token(&self) -> Token {
        Token {
            kind: self.tok_kind,
            line: self.tok_line,
            column: self.column(),
            text: self.text.clone(),
        }
    }

    /// Move to the next token (`mp_lexer_to_next`).
    pub fn advance(&mut self) -> Result<(), CompileError> {
        if !self.switches.fstring_inject_at_literal_end {
            self.inject_pending_fstring_args();
        }
        self.text.clear();

        let had_physical_newline = if self.switches.newline_at_line_end {
            // Newline tokens take the position of the end of the line they end.
            self.skip_whitespace(true)
        } else {
            // Newline tokens take the position of the next token.
            self.skip_whitespace(false) && self.nested_bracket_level == 0
        };
        self.tok_line = self.chars.line;
        self.tok_column = self.chars.column;

        if self.emit_dent < 0 {
            self.tok_kind = TokenKind::Dedent;
            self.emit_dent += 1;
        } else if self.emit_dent > 0 {
            self.tok_kind = TokenKind::Indent;
            self.emit_dent -= 1;
        } else if had_physical_newline {
            self.skip_whitespace(false);
            self.tok_kind = TokenKind::Newline;
            self.measure_indent();
        } else if self.chars.is_end() {
            self.tok_kind = TokenKind::End;
        } else if self.at_string_start() {
            self.scan_strings()?;
        } else if self.at_identifier_head() {
            self.scan_name();
        } else if self.chars.chr0.is_ascii_digit()
            || (self.chars.chr0 == b'.' && self.chars.chr1.is_ascii_digit())
        {
            self.scan_number();
        } else {
            self.scan_operator();
        }
        Ok(())
    }

    /// Compare the new line's indentation with the open blocks, queueing INDENT/DEDENT
    /// tokens.
    fn measure_indent(&mut self) {
        let num_spaces = self.chars.column.wrapping_sub(1);
        let top = usize::from(self.indent_top());
        if num_spaces > top {
            // MicroPython keeps indentation in 16 bits.
            self.indent_levels.push(num_spaces as u16);
            self.emit_dent += 1;
        } else if num_spaces < top {
            while num_spaces < usize::from(self.indent_top()) {
                self.indent_levels.pop();
                self.emit_dent -= 1;
            }
            if num_spaces != usize::from(self.indent_top()) {
                self.tok_kind = TokenKind::DedentMismatch;
            }
        }
    }

    fn indent_top(&self) -> u16 {
        // The bottom level (0) is never popped: no indentation is below it.
        self.indent_levels.last().copied().unwrap_or(0)
    }

    /// Skip spaces, comments and line continuations. With `stop_at_newline`, stop in
    /// front of a newline that is outside brackets and return true; without, return
    /// whether a newline was skipped.
    fn skip_whitespace(&mut self, stop_at_newline: bool) -> bool {
        let mut crossed_newline = false;
        while !self.chars.is_end() {
            let c = self.chars.chr0;
            if c == b'\n' {
                if stop_at_newline && self.nested_bracket_level == 0 {
                    return true;
                }
                crossed_newline = true;
                self.chars.next();
            } else if is_space(c) {
                self.chars.next();
            } else if c == b'#' {
                self.chars.next();
                while !self.chars.is_end() && self.chars.chr0 != b'\n' {
                    self.chars.next();
                }
            } else if c == b'\\' && self.chars.chr1 == b'\n' {
                self.chars.next();
                self.chars.next();
            } else {
                break;
            }
        }
        crossed_newline && !stop_at_newline
    }

    fn at_identifier_head(&self) -> bool {
        is_identifier_head(self.chars.chr0)
    }

    fn scan_name(&mut self) {
        self.tok_kind = TokenKind::Name;
        self.text.push(self.chars.chr0);
        self.chars.next();
        while !self.chars.is_end() && is_identifier_tail(self.chars.chr0) {
            self.text.push(self.chars.chr0);
            self.chars.next();
        }
        if let Some(kw) = operator::keyword(&self.text) {
            // `__debug__` becomes its value here so that `x.__debug__` is a syntax error.
            self.tok_kind = if kw == TokenKind::KwDebug {
                self.debug_value
            } else {
                kw
            };
        }
    }

    /// A number: the token text keeps every letter, digit and `.` that follows (the
    /// literal parser rejects what is malformed), drops `_`, and spells exponents `e`.
    fn scan_number(&mut self) {
        let chars = &mut self.chars;
        let mut forced_integer = false;
        if chars.chr0 == b'.' {
            self.tok_kind = TokenKind::FloatOrImag;
        } else {
            self.tok_kind = TokenKind::Integer;
            if chars.chr0 == b'0' && matches!(chars.chr1 | 0x20, b'b' | b'o' | b'x') {
                forced_integer = true;
            }
        }
        self.text.push(chars.chr0);
        chars.next();
        while !chars.is_end() {
            let c = chars.chr0;
            if !forced_integer && (c == b'e' || c == b'E') {
                self.tok_kind = TokenKind::FloatOrImag;
                self.text.push(b'e');
                chars.next();
                if chars.chr0 == b'+' || chars.chr0 == b'-' {
                    self.text.push(chars.chr0);
                    chars.next();
                }
            } else if c.is_ascii_alphanumeric() || c == b'.' {
                if matches!(c, b'.' | b'j' | b'J') {
                    self.tok_kind = TokenKind::FloatOrImag;
                }
                self.text.push(c);
                chars.next();
            } else if c == b'_' {
                chars.next();
            } else {
                break;
            }
        }
    }

    fn scan_operator(&mut self) {
        let first = self.chars.chr0;
        self.chars.next();
        match first {
            b'!' => {
                // `!` alone is not an operator.
                if self.chars.chr0 == b'=' {
                    self.chars.next();
                    self.tok_kind = TokenKind::OpNotEqual;
                } else {
                    self.tok_kind = TokenKind::Invalid;
                }
            }
            b'.' => {
                // `..` is not a token: it is two periods.
                if self.chars.chr0 == b'.' && self.chars.chr1 == b'.' {
                    self.chars.next();
                    self.chars.next();
                    self.tok_kind = TokenKind::Ellipsis;
                } else {
                    self.tok_kind = TokenKind::DelPeriod;
                }
            }
            _ => match operator::operator_shape(first) {
                None => self.tok_kind = TokenKind::Invalid,
                Some(shape) => {
                    let mut kind = shape.single;
                    for &(next, longer, is_final) in shape.steps {
                        if self.chars.chr0 == next {
                            self.chars.next();
                            kind = longer;
                            if is_final {
                                break;
                            }
                        } else if !is_final {
                            break;
                        }
                    }
                    self.tok_kind = kind;
                    self.track_brackets(kind);
                }
            },
        }
    }

    /// Newlines inside brackets are implicit line joins.
    fn track_brackets(&mut self, kind: TokenKind) {
        use TokenKind::*;
        match kind {
            DelParenOpen | DelBracketOpen | DelBraceOpen => self.nested_bracket_level += 1,
            DelParenClose | DelBracketClose | DelBraceClose => self.nested_bracket_level -= 1,
            _ => {}
        }
    }
}

/// Every token of `source` up to and including the first `End` token.
pub fn tokenize(source: &[u8], optimize: u8) -> Result<Vec<Token>, CompileError> {
    let mut lexer = Lexer::new(source, optimize)?;
    let mut tokens = Vec::new();
    loop {
        tokens.push(lexer.token());
        if lexer.kind() == TokenKind::End {
            return Ok(tokens);
        }
        lexer.advance()?;
    }
}

/// `unichar_isspace`: ASCII space, tab, newline, vertical tab, form feed, carriage return.
pub(super) fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Identifiers may start with a letter, `_` or any byte of a UTF-8 sequence.
fn is_identifier_head(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

fn is_identifier_tail(c: u8) -> bool {
    is_identifier_head(c) || c.is_ascii_digit()
}
