//! The lexer's character window: three bytes of lookahead over the source, with the line
//! and column bookkeeping of `py/lexer.c` and the injection buffer used by f-strings.
//!
//! The window normalises line endings (CR and CR LF become LF), turns NUL bytes into
//! `0x01` so that they cannot be mistaken for the end of input, and appends a final
//! newline when the source does not end with one. Injected bytes (the `.format(...)`
//! arguments of an f-string) flow through the same window, so they advance the column
//! and line counters exactly like source bytes do in MicroPython.

/// The byte the window holds once the input is exhausted.
pub(super) const EOF: u8 = 0;
/// What a NUL byte in the source is turned into.
const INVALID_BYTE: u8 = 1;
/// Fills the window past the end of f-string arguments injected the pre-1.28 way (the
/// source cannot produce it: NUL bytes become [`INVALID_BYTE`]).
const ARGS_END: u8 = 0;
/// Tab stops are every 8 columns.
const TAB_SIZE: usize = 8;

/// Source bytes seen through a three-byte window (`chr0`, `chr1`, `chr2`).
pub(super) struct CharStream<'a> {
    source: &'a [u8],
    pos: usize,
    /// Bytes being injected ahead of the source; `inject_idx == 0` means none.
    injected: Vec<u8>,
    inject_idx: usize,
    /// The `.format(...)` (or t-string) arguments being collected for an f-string.
    pub(super) fstring_args: Vec<u8>,
    /// Before 1.28: the read position in `fstring_args` while they are injected (0 when
    /// not), and the window they replaced.
    args_idx: usize,
    saved: [u8; 3],
    pub(super) chr0: u8,
    pub(super) chr1: u8,
    pub(super) chr2: u8,
    /// 1-based line of `chr0`.
    pub(super) line: u32,
    /// 1-based column of `chr0` (tabs expanded to the next multiple of 8, plus one).
    pub(super) column: usize,
}

impl<'a> CharStream<'a> {
    /// A window loaded with the first three bytes of `source`, positioned at line 1,
    /// column 1.
    pub(super) fn new(source: &'a [u8]) -> CharStream<'a> {
        let mut chars = CharStream {
            source,
            pos: 0,
            injected: Vec::new(),
            inject_idx: 0,
            fstring_args: Vec::new(),
            args_idx: 0,
            saved: [EOF; 3],
            chr0: EOF,
            chr1: EOF,
            chr2: EOF,
            line: 1,
            column: 1,
        };
        for _ in 0..3 {
            chars.shift_in();
        }
        chars
    }

    pub(super) fn is_end(&self) -> bool {
        self.chr0 == EOF
    }

    /// Consume `chr0`, updating the line and column it leaves behind.
    pub(super) fn next(&mut self) {
        match self.chr0 {
            b'\n' => {
                self.line = self.line.wrapping_add(1);
                self.column = 1;
            }
            b'\t' => {
                self.column = ((self.column.wrapping_sub(1) + TAB_SIZE) / TAB_SIZE) * TAB_SIZE + 1;
            }
            _ => self.column = self.column.wrapping_add(1),
        }
        if self.args_idx != 0 {
            self.shift_in_fstring_arg();
            return;
        }
        self.shift_in();
    }

    /// [`CharStream::next`] while f-string arguments are read the pre-1.28 way: past
    /// their end the window fills with [`ARGS_END`], and once that reaches `chr0` the
    /// saved window is back.
    fn shift_in_fstring_arg(&mut self) {
        self.chr0 = self.chr1;
        self.chr1 = self.chr2;
        self.chr2 = match self.fstring_args.get(self.args_idx) {
            Some(&byte) => {
                self.args_idx += 1;
                byte
            }
            None => ARGS_END,
        };
        if self.chr0 == ARGS_END {
            [self.chr0, self.chr1, self.chr2] = self.saved;
            self.fstring_args.clear();
            self.args_idx = 0;
        }
    }

    /// Shift the window by one byte and fetch the next byte into `chr2`.
    fn shift_in(&mut self) {
        self.chr0 = self.chr1;
        self.chr1 = self.chr2;
        let mut incoming = self.fetch();
        if self.chr1 == b'\r' {
            self.chr1 = b'\n';
            if incoming == b'\n' {
                // CR LF is a single newline.
                incoming = self.fetch();
            }
        }
        if incoming == EOF && self.chr1 != EOF && self.chr1 != b'\n' {
            // The last line always ends with a newline.
            incoming = b'\n';
        }
        self.chr2 = incoming;
    }

    /// The next raw byte, from the injection buffer if one is active.
    fn fetch(&mut self) -> u8 {
        if self.inject_idx != 0 {
            let byte = self.injected.get(self.inject_idx).copied().unwrap_or(EOF);
            self.inject_idx += 1;
            if self.inject_idx >= self.injected.len() {
                self.injected.clear();
                self.inject_idx = 0;
            }
            return byte;
        }
        match self.source.get(self.pos) {
            Some(&byte) => {
                self.pos += 1;
                if byte == EOF {
                    INVALID_BYTE
                } else {
                    byte
                }
            }
            None => EOF,
        }
    }

    /// Make `text` the next bytes the lexer reads, ahead of the current window.
    ///
    /// The three bytes in the window are pushed back behind `text`, so they come again
    /// after it. Nested injections (an f-string inside injected text) insert at the read
    /// position, exactly as MicroPython does.
    pub(super) fn inject(&mut self, text: &[u8]) {
        if self.inject_idx == 0 {
            self.injected
                .extend_from_slice(&[self.chr0, self.chr1, self.chr2]);
        } else {
            // The window's bytes are the three just read from the buffer: rewind over them.
            self.inject_idx = self.inject_idx.saturating_sub(3);
        }
        let at = self.inject_idx;
        self.injected.splice(at..at, text.iter().copied());
        self.chr0 = self.take_injected();
        self.chr1 = self.take_injected();
        self.chr2 = self.take_injected();
    }

    /// True while [`CharStream::fstring_args`] are being read (before 1.28).
    pub(super) fn is_injecting_fstring_args(&self) -> bool {
        self.args_idx != 0
    }

    /// Read [`CharStream::fstring_args`] next, then the bytes now in the window, the way
    /// f-string arguments were injected before 1.28: bytes added to the buffer while it is
    /// being read are read too, and the window comes back when the buffer is exhausted.
    pub(super) fn inject_fstring_args(&mut self) {
        self.saved = [self.chr0, self.chr1, self.chr2];
        let byte = |i: usize| self.fstring_args.get(i).copied().unwrap_or(ARGS_END);
        (self.chr0, self.chr1, self.chr2) = (byte(0), byte(1), byte(2));
        self.args_idx = 3;
    }

    fn take_injected(&mut self) -> u8 {
        let byte = self.injected.get(self.inject_idx).copied().unwrap_or(EOF);
        self.inject_idx += 1;
        byte
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drain(chars: &mut CharStream) -> Vec<(u8, u32, usize)> {
        let mut out = Vec::new();
        while !chars.is_end() {
            out.push((chars.chr0, chars.line, chars.column));
            chars.next();
        }
        out
    }

    #[test]
    fn line_endings_are_normalised_and_a_final_newline_added() {
        let mut chars = CharStream::new(b"a\r\nb\rc");
        let got: Vec<u8> = drain(&mut chars).iter().map(|c| c.0).collect();
        assert_eq!(got, b"a\nb\nc\n");
    }

    #[test]
    fn tabs_advance_to_the_next_stop() {
        let mut chars = CharStream::new(b"\tx\n ab\tc");
        let got = drain(&mut chars);
        assert_eq!(got[1], (b'x', 1, 9));
        assert_eq!(got[3], (b' ', 2, 1));
        assert_eq!(got[6], (b'\t', 2, 4));
        assert_eq!(got[7], (b'c', 2, 9));
    }

    #[test]
    fn nul_is_not_end_of_input() {
        let mut chars = CharStream::new(b"a\0b");
        let got: Vec<u8> = drain(&mut chars).iter().map(|c| c.0).collect();
        assert_eq!(got, b"a\x01b\n");
    }

    #[test]
    fn injected_text_comes_before_the_window() {
        let mut chars = CharStream::new(b"xyz!");
        chars.next();
        chars.inject(b"12");
        let got: Vec<u8> = drain(&mut chars).iter().map(|c| c.0).collect();
        assert_eq!(got, b"12yz!\n");
    }
}
