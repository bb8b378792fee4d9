//! Keywords and operator spellings.

use crate::front::token::TokenKind;

/// The keyword spelled `name`, if it is one. `__debug__` is reported as
/// [`TokenKind::KwDebug`]; the lexer replaces it by its value.
pub(super) fn keyword(name: &[u8]) -> Option<TokenKind> {
    use TokenKind::*;
    Some(match name {
        b"False" => KwFalse,
        b"None" => KwNone,
        b"True" => KwTrue,
        b"__debug__" => KwDebug,
        b"and" => KwAnd,
        b"as" => KwAs,
        b"assert" => KwAssert,
        b"async" => KwAsync,
        b"await" => KwAwait,
        b"break" => KwBreak,
        b"class" => KwClass,
        b"continue" => KwContinue,
        b"def" => KwDef,
        b"del" => KwDel,
        b"elif" => KwElif,
        b"else" => KwElse,
        b"except" => KwExcept,
        b"finally" => KwFinally,
        b"for" => KwFor,
        b"from" => KwFrom,
        b"global" => KwGlobal,
        b"if" => KwIf,
        b"import" => KwImport,
        b"in" => KwIn,
        b"is" => KwIs,
        b"lambda" => KwLambda,
        b"nonlocal" => KwNonlocal,
        b"not" => KwNot,
        b"or" => KwOr,
        b"pass" => KwPass,
        b"raise" => KwRaise,
        b"return" => KwReturn,
        b"try" => KwTry,
        b"while" => KwWhile,
        b"with" => KwWith,
        b"yield" => KwYield,
        _ => return None,
    })
}

/// How an operator that starts with a given character may continue.
///
/// Each operator is matched greedily, one character at a time, as MicroPython's
/// `tok_enc` table does: `<` may become `<=` (final) or `<<`, which may become `<<=`.
pub(super) struct OperatorShape {
    /// The token for the first character alone.
    pub(super) single: TokenKind,
    /// Continuations tried in order: (next char, token, is final).
    /// A non-final continuation may be followed by the next entries; when a
    /// non-final one fails to match, matching stops.
    pub(super) steps: &'static [(u8, TokenKind, bool)],
}

/// The operator or delimiter starting with `c`. `!` and `.` are handled by the caller,
/// since neither `!` nor `..` is a token.
pub(super) fn operator_shape(c: u8) -> Option<OperatorShape> {
    use TokenKind::*;
    let (single, steps): (TokenKind, &'static [(u8, TokenKind, bool)]) = match c {
        b'(' => (DelParenOpen, &[]),
        b')' => (DelParenClose, &[]),
        b'[' => (DelBracketOpen, &[]),
        b']' => (DelBracketClose, &[]),
        b'{' => (DelBraceOpen, &[]),
        b'}' => (DelBraceClose, &[]),
        b',' => (DelComma, &[]),
        b';' => (DelSemicolon, &[]),
        b'~' => (OpTilde, &[]),
        b':' => (DelColon, &[(b'=', OpAssign, true)]),
        b'<' => (
            OpLess,
            &[
                (b'=', OpLessEqual, true),
                (b'<', OpDblLess, false),
                (b'=', DelDblLessEqual, true),
            ],
        ),
        b'>' => (
            OpMore,
            &[
                (b'=', OpMoreEqual, true),
                (b'>', OpDblMore, false),
                (b'=', DelDblMoreEqual, true),
            ],
        ),
        b'*' => (
            OpStar,
            &[
                (b'=', DelStarEqual, true),
                (b'*', OpDblStar, false),
                (b'=', DelDblStarEqual, true),
            ],
        ),
        b'+' => (OpPlus, &[(b'=', DelPlusEqual, true)]),
        b'-' => (
            OpMinus,
            &[(b'=', DelMinusEqual, true), (b'>', DelMinusMore, true)],
        ),
        b'&' => (OpAmpersand, &[(b'=', DelAmpersandEqual, true)]),
        b'|' => (OpPipe, &[(b'=', DelPipeEqual, true)]),
        b'/' => (
            OpSlash,
            &[
                (b'=', DelSlashEqual, true),
                (b'/', OpDblSlash, false),
                (b'=', DelDblSlashEqual, true),
            ],
        ),
        b'%' => (OpPercent, &[(b'=', DelPercentEqual, true)]),
        b'^' => (OpCaret, &[(b'=', DelCaretEqual, true)]),
        b'@' => (OpAt, &[(b'=', DelAtEqual, true)]),
        b'=' => (DelEqual, &[(b'=', OpDblEqual, true)]),
        _ => return None,
    };
    Some(OperatorShape { single, steps })
}
