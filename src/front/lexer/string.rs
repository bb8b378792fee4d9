//! String and bytes literals.
//!
//! Adjacent literals are joined here, in the lexer, so one `String`/`Bytes` token carries
//! the whole decoded value. f-strings and t-strings are rewritten into ordinary Python
//! that the parser then sees, by injecting bytes into the character stream:
//!
//! - `f"a{x}b{y!r:>4}"` becomes the string `"a{}b{!r:>4}"` followed by the injected
//!   text `.format((x),(y),)`. The expression text is copied verbatim, without parsing it:
//!   it ends at the first `:`, `}` or `!r`/`!s` (followed by `:` or `}`) outside square
//!   or curly brackets. `{x=}` also copies `x=` into the string.
//! - `t"a{x}b"` becomes the name `__template__` followed by the injected call arguments
//!   `(('a','b',),(x),'x',None,'',)`: the string parts as a tuple, then for each
//!   interpolation its value, its source text, its conversion and its format spec.
//!
//! Malformed f-strings (`f"{}"`, an unclosed `{` in a t-string, ...) turn the token into
//! [`TokenKind::MalformedFstring`]; bad escapes into [`TokenKind::Invalid`]; a literal
//! without its closing quotes into [`TokenKind::LonelyStringOpen`].

use super::{is_space, Lexer};
use crate::error::{CompileError, ExceptionKind};
use crate::front::token::TokenKind;

/// The prefix of one literal: `b`, `r`, `f`, `t`, `u` and the two-letter combinations.
#[derive(Clone, Copy)]
struct Prefix {
    kind: TokenKind,
    is_raw: bool,
    is_fstring: bool,
    is_tstring: bool,
    len: u8,
}

impl Lexer<'_> {
    /// True if a string or bytes literal (with an optional prefix) starts here.
    pub(super) fn at_string_start(&self) -> bool {
        let c = &self.chars;
        let is_quote = |b: u8| b == b'\'' || b == b'"';
        let tstrings = self.switches.tstrings;
        is_quote(c.chr0)
            || (matches!(c.chr0, b'r' | b'u' | b'b' | b'f') && is_quote(c.chr1))
            || (tstrings && c.chr0 == b't' && is_quote(c.chr1))
            || (matches!(
                (c.chr0, c.chr1),
                (b'r', b'f') | (b'f', b'r') | (b'r', b'b') | (b'b', b'r')
            ) && is_quote(c.chr2))
            || (tstrings
                && matches!((c.chr0, c.chr1), (b'r', b't') | (b't', b'r'))
                && is_quote(c.chr2))
    }

    /// True on an `rf`/`fr` prefix in a release without raw f-strings.
    fn at_unsupported_raw_fstring(&self) -> bool {
        !self.switches.raw_fstrings
            && matches!(
                (self.chars.chr0, self.chars.chr1),
                (b'r', b'f') | (b'f', b'r')
            )
    }

    /// Before 1.28: at the start of the token after an f-string, its arguments are
    /// injected, unless arguments are being injected already. They are read from the
    /// buffer they were collected in, so an f-string inside them adds its own arguments
    /// to the end of those being read.
    pub(super) fn inject_pending_fstring_args(&mut self) {
        if !self.chars.fstring_args.is_empty() && !self.chars.is_injecting_fstring_args() {
            self.chars.fstring_args.push(b')');
            self.chars.inject_fstring_args();
        }
    }

    fn string_prefix(&self) -> Prefix {
        let (c0, c1) = (self.chars.chr0, self.chars.chr1);
        let mut p = Prefix {
            kind: TokenKind::String,
            is_raw: false,
            is_fstring: false,
            is_tstring: false,
            len: 0,
        };
        match c0 {
            b'u' => p.len = 1,
            b'b' => {
                p.kind = TokenKind::Bytes;
                p.len = 1;
                if c1 == b'r' {
                    p.is_raw = true;
                    p.len = 2;
                }
            }
            b'r' => {
                p.is_raw = true;
                p.len = 1;
                match c1 {
                    b'b' => {
                        p.kind = TokenKind::Bytes;
                        p.len = 2;
                    }
                    b'f' => {
                        p.is_fstring = true;
                        p.len = 2;
                    }
                    b't' => {
                        p.is_tstring = true;
                        p.len = 2;
                    }
                    _ => {}
                }
            }
            b'f' | b't' => {
                if c0 == b'f' {
                    p.is_fstring = true;
                } else {
                    p.is_tstring = true;
                }
                p.len = 1;
                if c1 == b'r' {
                    p.is_raw = true;
                    p.len = 2;
                }
            }
            _ => {}
        }
        p
    }

    /// Scan one or more adjacent literals into a single token.
    pub(super) fn scan_strings(&mut self) -> Result<(), CompileError> {
        // `End` marks "no literal yet"; the first literal sets the kind.
        self.tok_kind = TokenKind::End;
        let mut had_tstring = false;
        loop {
            if self.at_unsupported_raw_fstring() {
                // The parser stops at this token. (mpy-cross does not consume the prefix;
                // skipping it keeps the token stream moving for other callers.)
                self.tok_kind = TokenKind::FstringRaw;
                self.chars.next();
                self.chars.next();
                return Ok(());
            }
            let prefix = self.string_prefix();
            had_tstring |= prefix.is_tstring;
            if self.tok_kind == TokenKind::End {
                self.tok_kind = prefix.kind;
            } else if self.tok_kind != prefix.kind {
                // A str cannot be joined to bytes (and an error token ends the run).
                break;
            }
            for _ in 0..prefix.len {
                self.chars.next();
            }
            self.scan_literal(prefix)?;
            self.skip_whitespace(true);
            if !self.at_string_start() {
                break;
            }
        }

        if had_tstring {
            // Close the tuple of string parts and put it in front of the interpolations.
            self.text.extend_from_slice(b",),");
            self.chars
                .fstring_args
                .splice(0..0, self.text.iter().copied());
            if self.tok_kind > TokenKind::MalformedFstring {
                self.tok_kind = TokenKind::Name;
                self.text.clear();
                self.text.extend_from_slice(b"__template__");
            }
        }

        if !self.chars.fstring_args.is_empty() && self.switches.fstring_inject_at_literal_end {
            // The f-string is complete: inject its arguments after it. (Before 1.28 they
            // wait for the next token, `inject_pending_fstring_args`.)
            self.chars.fstring_args.push(b')');
            let args = std::mem::take(&mut self.chars.fstring_args);
            self.chars.inject(&args);
        }
        Ok(())
    }

    /// Scan one literal, from its opening quote, appending its value to the token text.
    fn scan_literal(&mut self, prefix: Prefix) -> Result<(), CompileError> {
        let Prefix {
            is_fstring,
            is_tstring,
            ..
        } = prefix;
        let quote = if self.chars.chr0 == b'"' { b'"' } else { b'\'' };
        self.chars.next();
        let num_quotes = if self.chars.chr0 == quote && self.chars.chr1 == quote {
            self.chars.next();
            self.chars.next();
            3
        } else {
            1
        };

        if is_fstring
            && (self.chars.fstring_args.is_empty() || !self.switches.join_adjacent_fstrings)
        {
            // Assume there will be interpolations; a later literal of the run appends
            // (before 1.24 it started another `.format(`).
            self.chars.fstring_args.extend_from_slice(b".format(");
        }
        if is_tstring && self.chars.fstring_args.is_empty() {
            self.text.extend_from_slice(b"((");
            self.push_quotes(quote, num_quotes);
        }

        let mut t = TemplateState::default();
        let mut n_closing = 0;
        while !self.chars.is_end()
            && (num_quotes > 1 || self.chars.chr0 != b'\n')
            && n_closing < num_quotes
        {
            let c = self.chars.chr0;
            if c == quote {
                n_closing += 1;
                self.text.push(c);
            } else if is_tstring && c == b'\n' {
                // A t-string's text is reparsed as a one-line literal.
                self.text.extend_from_slice(b"\\n");
            } else {
                n_closing = 0;
                if (is_fstring || is_tstring) && c == b'{' {
                    if t.nesting > 0 {
                        // A `{` inside a t-string's format spec.
                        t.nesting += 1;
                    } else {
                        self.chars.next();
                        if self.chars.chr0 == b'{' {
                            // `{{` is left for str.format to unescape.
                            if !is_tstring {
                                self.text.push(b'{');
                            }
                            self.chars.next();
                        } else {
                            self.scan_interpolation(quote, num_quotes, is_tstring, &mut t);
                        }
                        self.text.push(b'{');
                        if self.switches.fstring_inject_at_literal_end || self.chars.chr0 == b'{' {
                            continue;
                        }
                        // Before 1.28 the character after a `{{` or an interpolation was
                        // taken as text, even a closing quote or a newline.
                    }
                }
                if !self.scan_literal_char(prefix, quote, &mut t)? {
                    // A backslash-newline: nothing is added.
                    self.chars.next();
                    continue;
                }
            }
            self.chars.next();
        }

        if n_closing < num_quotes {
            self.tok_kind = TokenKind::LonelyStringOpen;
        }
        if is_tstring {
            if t.nesting > 0 {
                self.tok_kind = TokenKind::MalformedFstring;
            }
            if 1 + t.interpolations * 4 > 255 {
                // Too many arguments for one call: pass the interpolations as a tuple.
                self.chars.fstring_args.insert(0, b'(');
                self.chars.fstring_args.push(b')');
            }
        } else {
            // The closing quotes are not part of the value.
            let keep = self.text.len().saturating_sub(n_closing);
            self.text.truncate(keep);
        }
        Ok(())
    }

    /// Handle the current (non-quote, non-brace) character of a literal. Returns false for
    /// an escaped newline, which contributes nothing.
    fn scan_literal_char(
        &mut self,
        prefix: Prefix,
        quote: u8,
        t: &mut TemplateState,
    ) -> Result<bool, CompileError> {
        let c = self.chars.chr0;
        if prefix.is_tstring && c == b'\\' {
            // Escapes are kept verbatim: the text is parsed again as a literal.
            self.text.push(b'\\');
            if prefix.is_raw {
                self.text.push(b'\\');
            } else {
                self.chars.next();
                self.text.push(self.chars.chr0);
            }
        } else if c == b'\\' {
            self.chars.next();
            match self.scan_escape(prefix.is_raw)? {
                None => return Ok(false),
                Some(value) => self.push_escaped(value),
            }
        } else if prefix.is_tstring && t.nesting > 0 && c == b'}' {
            t.nesting -= 1;
            if t.nesting > 0 {
                t.needs_fstring = true;
                self.text.push(c);
            } else {
                // End of an interpolation: its format spec becomes an argument.
                t.interpolations += 1;
                if t.needs_fstring {
                    self.chars.fstring_args.push(b'f');
                    t.needs_fstring = false;
                }
                self.chars.fstring_args.push(quote);
                let spec_start = (t.end_of_format + 1).min(self.text.len());
                self.chars
                    .fstring_args
                    .extend_from_slice(&self.text[spec_start..]);
                self.text.truncate(t.end_of_format.min(self.text.len()));
                self.chars.fstring_args.push(quote);
                self.chars.fstring_args.push(b',');
            }
        } else {
            // Bytes are copied as they are, so UTF-8 text passes through unchanged.
            self.text.push(c);
            if prefix.is_tstring && c == b'}' {
                if self.chars.chr1 == b'}' {
                    self.chars.next();
                } else {
                    self.tok_kind = TokenKind::MalformedFstring;
                }
            }
        }
        Ok(true)
    }

    /// Decode the escape whose backslash was just consumed (the window is on the
    /// character after it). `None` for an escaped newline.
    fn scan_escape(&mut self, is_raw: bool) -> Result<Option<u32>, CompileError> {
        let c = self.chars.chr0;
        if is_raw {
            // Raw literals keep the backslash and the character after it.
            self.text.push(b'\\');
            return Ok(Some(u32::from(c)));
        }
        let value = match c {
            b'\n' => return Ok(None),
            b'\\' | b'\'' | b'"' => u32::from(c),
            b'a' => 0x07,
            b'b' => 0x08,
            b't' => 0x09,
            b'n' => 0x0a,
            b'v' => 0x0b,
            b'f' => 0x0c,
            b'r' => 0x0d,
            b'u' | b'U' if self.tok_kind == TokenKind::Bytes => {
                // b'\u1234' is b'\\u1234'.
                self.text.push(b'\\');
                u32::from(c)
            }
            b'x' | b'u' | b'U' => {
                let digits = match c {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                match self.scan_hex(digits) {
                    Some(v) => v,
                    None => {
                        self.tok_kind = TokenKind::Invalid;
                        0
                    }
                }
            }
            b'N' => {
                return Err(CompileError::new(
                    ExceptionKind::NotImplementedError,
                    "unicode name escapes",
                ))
            }
            b'0'..=b'7' => {
                // Up to three octal digits.
                let mut value = u32::from(c - b'0');
                for _ in 0..2 {
                    if !matches!(self.chars.chr1, b'0'..=b'7') {
                        break;
                    }
                    self.chars.next();
                    value = value * 8 + u32::from(self.chars.chr0 - b'0');
                }
                value
            }
            _ => {
                // Unknown escapes are kept verbatim, backslash included.
                self.text.push(b'\\');
                u32::from(c)
            }
        };
        Ok(Some(value))
    }

    /// Read `digits` hex digits, leaving the window on the last one read. `None` if a
    /// non-hex character comes first (the window is then on it).
    fn scan_hex(&mut self, digits: usize) -> Option<u32> {
        let mut value: u32 = 0;
        for _ in 0..digits {
            self.chars.next();
            let digit = char::from(self.chars.chr0).to_digit(16)?;
            value = (value << 4).wrapping_add(digit);
        }
        Some(value)
    }

    /// Append an escaped character: UTF-8 encoded in a str, a byte in bytes.
    fn push_escaped(&mut self, value: u32) {
        if value < 0x11_0000 && self.tok_kind == TokenKind::String {
            push_utf8(&mut self.text, value);
        } else if value < 0x100 && self.tok_kind == TokenKind::Bytes {
            self.text.push(value as u8);
        } else {
            // Out of range; the parser reports a plain SyntaxError.
            self.tok_kind = TokenKind::Invalid;
        }
    }

    /// Extract one `{...}` interpolation (the window is just after the `{`) into the
    /// format arguments, leaving the window on the `:`, `}` or `!` that ends it.
    fn scan_interpolation(
        &mut self,
        quote: u8,
        num_quotes: usize,
        is_tstring: bool,
        t: &mut TemplateState,
    ) {
        // Each argument is wrapped in parentheses: f"{a,b}" passes the tuple (a,b).
        let parenthesised = self.switches.fstring_args_parenthesised;
        if parenthesised {
            self.chars.fstring_args.push(b'(');
        }
        let start = self.chars.fstring_args.len();
        // MicroPython counts only square and curly brackets, in an unsigned counter.
        let mut nesting: u32 = 0;
        while !self.chars.is_end() && (nesting != 0 || !self.at_interpolation_end()) {
            let c = self.chars.chr0;
            match c {
                b'[' | b'{' => nesting = nesting.wrapping_add(1),
                b']' | b'}' => nesting = nesting.wrapping_sub(1),
                _ => {}
            }
            self.chars.fstring_args.push(c);
            self.chars.next();
        }

        let mut was_debug = false;
        if self.chars.fstring_args.last() == Some(&b'=') {
            // f'{a=}' is 'a={}'.format(a): the text goes into the string too.
            self.text
                .extend_from_slice(&self.chars.fstring_args[start..]);
            self.chars.fstring_args.pop();
            was_debug = true;
        }
        if is_tstring {
            while self.chars.fstring_args.len() > start
                && self.chars.fstring_args.last().is_some_and(|&b| is_space(b))
            {
                self.chars.fstring_args.pop();
            }
        }
        if self.chars.fstring_args.len() == start && self.switches.fstring_empty_expr_malformed {
            // An empty expression, f'{}' (before 1.28 it formatted the empty tuple).
            self.tok_kind = TokenKind::MalformedFstring;
        }
        if parenthesised {
            self.chars.fstring_args.push(b')');
        }
        self.chars.fstring_args.push(b',');
        if is_tstring {
            self.start_template_interpolation(start, quote, num_quotes, was_debug, t);
        }
    }

    /// True on the `:`, `}` or `!r`/`!s` conversion that ends an interpolation.
    fn at_interpolation_end(&self) -> bool {
        let c = &self.chars;
        c.chr0 == b':'
            || c.chr0 == b'}'
            || (self.switches.fstring_conversions
                && c.chr0 == b'!'
                && matches!(c.chr1, b'r' | b's')
                && matches!(c.chr2, b':' | b'}'))
    }

    /// After a t-string interpolation's expression: add its source text and conversion
    /// as arguments, start the next string part, and begin collecting the format spec.
    fn start_template_interpolation(
        &mut self,
        start: usize,
        quote: u8,
        num_quotes: usize,
        was_debug: bool,
        t: &mut TemplateState,
    ) {
        // The expression's source text, as a quoted string.
        self.chars.fstring_args.push(quote);
        let expr_len = self.chars.fstring_args.len().saturating_sub(start + 3);
        for j in 0..expr_len {
            let b = self.chars.fstring_args[start + j];
            if b == quote || b == b'\\' {
                self.chars.fstring_args.push(b'\\');
            }
            self.chars.fstring_args.push(b);
        }
        self.chars.fstring_args.push(quote);
        self.chars.fstring_args.push(b',');

        // The next string part is a new element of the tuple of parts.
        self.push_quotes(quote, num_quotes);
        self.text.push(b',');
        self.push_quotes(quote, num_quotes);

        if self.chars.chr0 == b'!' {
            self.chars.next();
            self.chars.fstring_args.push(quote);
            self.chars.fstring_args.push(self.chars.chr0);
            self.chars.next();
            self.chars.fstring_args.push(quote);
            self.chars.fstring_args.push(b',');
        } else if was_debug && self.chars.chr0 != b':' {
            self.chars.fstring_args.extend_from_slice(b"'r',");
        } else {
            self.chars.fstring_args.extend_from_slice(b"None,");
        }
        if self.chars.chr0 == b':' {
            self.chars.next();
        }
        t.nesting = 1;
        t.end_of_format = self.text.len();
    }

    fn push_quotes(&mut self, quote: u8, num_quotes: usize) {
        for _ in 0..num_quotes {
            self.text.push(quote);
        }
    }
}

/// Per-literal state of a t-string's interpolations.
#[derive(Default)]
struct TemplateState {
    interpolations: usize,
    /// Where the current interpolation's format spec starts in the token text (at the
    /// `{` placeholder pushed after the expression).
    end_of_format: usize,
    /// Brace depth inside a format spec; 0 outside interpolations.
    nesting: usize,
    /// The format spec contains a nested `{...}` and must be an f-string itself.
    needs_fstring: bool,
}

/// MicroPython's `vstr_add_char`: UTF-8 without any check for surrogates.
pub(super) fn push_utf8(out: &mut Vec<u8>, c: u32) {
    if c < 0x80 {
        out.push(c as u8);
    } else if c < 0x800 {
        out.push((c >> 6) as u8 | 0xc0);
        out.push((c & 0x3f) as u8 | 0x80);
    } else if c < 0x1_0000 {
        out.push((c >> 12) as u8 | 0xe0);
        out.push(((c >> 6) & 0x3f) as u8 | 0x80);
        out.push((c & 0x3f) as u8 | 0x80);
    } else {
        out.push((c >> 18) as u8 | 0xf0);
        out.push(((c >> 12) & 0x3f) as u8 | 0x80);
        out.push(((c >> 6) & 0x3f) as u8 | 0x80);
        out.push((c & 0x3f) as u8 | 0x80);
    }
}
