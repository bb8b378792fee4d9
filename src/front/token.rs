//! Tokens, in the order of MicroPython's `mp_token_kind_t` (`py/lexer.h`, mpy-cross build:
//! async/await and f-strings enabled).
//!
//! The order is load-bearing: the parser and compiler map runs of operator tokens onto
//! binary-operator numbers by offset (`OpLess..=OpNotEqual` are the comparison ops 0..=5,
//! `OpPipe..=OpDblStar` the binary ops `OR..=POWER`, `DelPipeEqual..=DelDblStarEqual` the
//! in-place ops), exactly as `py/compile.c` and `py/parse.c` do.

/// A token kind. `as u8` gives MicroPython's numeric value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum TokenKind {
    /// End of input (`MP_TOKEN_END`), after the last `Dedent`s.
    End,

    /// Input no token can be made of (a stray character, a bad escape); the parser reports
    /// a syntax error at it.
    Invalid,
    /// A dedent to a column no enclosing block started at ("unindent doesn't match
    /// any outer indent level").
    DedentMismatch,
    /// A string literal whose closing quote never comes.
    LonelyStringOpen,
    /// An f-string the lexer could not rewrite into a `.format()` call.
    MalformedFstring,

    /// The end of a logical line (not inside brackets, not after a `\`).
    Newline,
    /// A line indented deeper than the enclosing block.
    Indent,
    /// One block closed by a less indented line; several in a row close several.
    Dedent,

    /// An identifier; `text` holds it.
    Name,
    /// An integer literal; `text` holds its digits, prefix included.
    Integer,
    /// A float or imaginary literal (`1.5`, `2e3`, `4j`); `text` holds it.
    FloatOrImag,
    /// A string literal, adjacent literals already joined; `text` holds the decoded value.
    String,
    /// A bytes literal; `text` holds the decoded value.
    Bytes,

    /// `...`
    Ellipsis,

    /// `False`
    KwFalse,
    /// `None`
    KwNone,
    /// `True`
    KwTrue,
    /// `__debug__`, which the lexer turns into `True` or `False` by the `-O` level.
    KwDebug,
    /// `and`
    KwAnd,
    /// `as`
    KwAs,
    /// `assert`
    KwAssert,
    /// `async`
    KwAsync,
    /// `await`
    KwAwait,
    /// `break`
    KwBreak,
    /// `class`
    KwClass,
    /// `continue`
    KwContinue,
    /// `def`
    KwDef,
    /// `del`
    KwDel,
    /// `elif`
    KwElif,
    /// `else`
    KwElse,
    /// `except`
    KwExcept,
    /// `finally`
    KwFinally,
    /// `for`
    KwFor,
    /// `from`
    KwFrom,
    /// `global`
    KwGlobal,
    /// `if`
    KwIf,
    /// `import`
    KwImport,
    /// `in`
    KwIn,
    /// `is`
    KwIs,
    /// `lambda`
    KwLambda,
    /// `nonlocal`
    KwNonlocal,
    /// `not`
    KwNot,
    /// `or`
    KwOr,
    /// `pass`
    KwPass,
    /// `raise`
    KwRaise,
    /// `return`
    KwReturn,
    /// `try`
    KwTry,
    /// `while`
    KwWhile,
    /// `with`
    KwWith,
    /// `yield`
    KwYield,

    /// `:=`
    OpAssign,
    /// `~`
    OpTilde,

    // Order of these 6 matches the corresponding binary operator (LESS..NOT_EQUAL).
    /// `<`
    OpLess,
    /// `>`
    OpMore,
    /// `==`
    OpDblEqual,
    /// `<=`
    OpLessEqual,
    /// `>=`
    OpMoreEqual,
    /// `!=`
    OpNotEqual,

    // Order of these 13 matches the corresponding binary operator (OR..POWER).
    /// `|`
    OpPipe,
    /// `^`
    OpCaret,
    /// `&`
    OpAmpersand,
    /// `<<`
    OpDblLess,
    /// `>>`
    OpDblMore,
    /// `+`
    OpPlus,
    /// `-`
    OpMinus,
    /// `*`
    OpStar,
    /// `@`
    OpAt,
    /// `//`
    OpDblSlash,
    /// `/`
    OpSlash,
    /// `%`
    OpPercent,
    /// `**`
    OpDblStar,

    // Order of these 13 matches the corresponding in-place operator (INPLACE_OR..INPLACE_POWER).
    /// `|=`
    DelPipeEqual,
    /// `^=`
    DelCaretEqual,
    /// `&=`
    DelAmpersandEqual,
    /// `<<=`
    DelDblLessEqual,
    /// `>>=`
    DelDblMoreEqual,
    /// `+=`
    DelPlusEqual,
    /// `-=`
    DelMinusEqual,
    /// `*=`
    DelStarEqual,
    /// `@=`
    DelAtEqual,
    /// `//=`
    DelDblSlashEqual,
    /// `/=`
    DelSlashEqual,
    /// `%=`
    DelPercentEqual,
    /// `**=`
    DelDblStarEqual,

    /// `(`
    DelParenOpen,
    /// `)`
    DelParenClose,
    /// `[`
    DelBracketOpen,
    /// `]`
    DelBracketClose,
    /// `{`
    DelBraceOpen,
    /// `}`
    DelBraceClose,
    /// `,`
    DelComma,
    /// `:`
    DelColon,
    /// `.`
    DelPeriod,
    /// `;`
    DelSemicolon,
    /// `=`
    DelEqual,
    /// `->`
    DelMinusMore,

    /// `rf"..."` before 1.24, which had no raw f-strings. (Those releases numbered it
    /// right after `MalformedFstring`; it is last here so the later numbers stay those of
    /// 1.24 and newer. No output depends on its number.)
    FstringRaw,
}

impl TokenKind {
    /// Every kind, indexed by its numeric value.
    pub const ALL: [TokenKind; 97] = {
        use TokenKind::*;
        [
            End,
            Invalid,
            DedentMismatch,
            LonelyStringOpen,
            MalformedFstring,
            Newline,
            Indent,
            Dedent,
            Name,
            Integer,
            FloatOrImag,
            String,
            Bytes,
            Ellipsis,
            KwFalse,
            KwNone,
            KwTrue,
            KwDebug,
            KwAnd,
            KwAs,
            KwAssert,
            KwAsync,
            KwAwait,
            KwBreak,
            KwClass,
            KwContinue,
            KwDef,
            KwDel,
            KwElif,
            KwElse,
            KwExcept,
            KwFinally,
            KwFor,
            KwFrom,
            KwGlobal,
            KwIf,
            KwImport,
            KwIn,
            KwIs,
            KwLambda,
            KwNonlocal,
            KwNot,
            KwOr,
            KwPass,
            KwRaise,
            KwReturn,
            KwTry,
            KwWhile,
            KwWith,
            KwYield,
            OpAssign,
            OpTilde,
            OpLess,
            OpMore,
            OpDblEqual,
            OpLessEqual,
            OpMoreEqual,
            OpNotEqual,
            OpPipe,
            OpCaret,
            OpAmpersand,
            OpDblLess,
            OpDblMore,
            OpPlus,
            OpMinus,
            OpStar,
            OpAt,
            OpDblSlash,
            OpSlash,
            OpPercent,
            OpDblStar,
            DelPipeEqual,
            DelCaretEqual,
            DelAmpersandEqual,
            DelDblLessEqual,
            DelDblMoreEqual,
            DelPlusEqual,
            DelMinusEqual,
            DelStarEqual,
            DelAtEqual,
            DelDblSlashEqual,
            DelSlashEqual,
            DelPercentEqual,
            DelDblStarEqual,
            DelParenOpen,
            DelParenClose,
            DelBracketOpen,
            DelBracketClose,
            DelBraceOpen,
            DelBraceClose,
            DelComma,
            DelColon,
            DelPeriod,
            DelSemicolon,
            DelEqual,
            DelMinusMore,
            FstringRaw,
        ]
    };

    /// The kind with MicroPython's numeric value `n`, if there is one.
    pub fn from_u8(n: u8) -> Option<TokenKind> {
        Self::ALL.get(usize::from(n)).copied()
    }
}

/// One token as the lexer hands it to the parser.
///
/// `text` holds the token's data exactly as MicroPython's lexer leaves it in its `vstr`:
/// the identifier for `Name`, the digits for numbers, the *decoded* value (escapes
/// processed) for `String`/`Bytes`. Strings are byte strings because MicroPython allows
/// escapes that are not valid UTF-8 (for example lone surrogates).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// What the token is; for operators and keywords, all there is to know.
    pub kind: TokenKind,
    /// 1-based source line of the token's first character.
    pub line: u32,
    /// 1-based source column of the token's first character.
    pub column: u32,
    /// The token's data (see above); empty for keywords, operators and layout tokens.
    pub text: Vec<u8>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering_matches_micropython() {
        for (i, k) in TokenKind::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i);
        }
        assert_eq!(TokenKind::OpPipe as u8 - TokenKind::OpLess as u8, 6);
        assert_eq!(TokenKind::DelMinusMore as u8, 95);
    }
}
