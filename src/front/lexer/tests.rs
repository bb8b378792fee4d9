//! Token-stream tests on hand-written inputs.

use super::*;
use crate::error::ExceptionKind;
use TokenKind::*;

/// `String` is also a token kind here.
type Text = std::string::String;

fn kinds(source: &str) -> Vec<TokenKind> {
    tokens(source).into_iter().map(|t| t.kind).collect()
}

fn tokens(source: &str) -> Vec<Token> {
    tokenize(source.as_bytes(), 0).expect("lexes")
}

/// Kind and text of every token, text shown lossily.
fn texts(source: &str) -> Vec<(TokenKind, Text)> {
    tokens(source)
        .into_iter()
        .map(|t| (t.kind, Text::from_utf8_lossy(&t.text).into_owned()))
        .collect()
}

fn text_of(source: &str) -> Vec<u8> {
    tokens(source).remove(0).text
}

#[test]
fn a_simple_statement() {
    assert_eq!(
        kinds("x = 1\n"),
        vec![Name, DelEqual, Integer, Newline, End]
    );
    // The last line gets its newline even without one in the file.
    assert_eq!(kinds("x"), vec![Name, Newline, End]);
    assert_eq!(kinds(""), vec![End]);
}

#[test]
fn blocks_produce_indent_and_dedent() {
    assert_eq!(
        kinds("if x:\n    y\n        z\nw\n"),
        vec![
            KwIf, Name, DelColon, Newline, Indent, Name, Newline, Indent, Name, Newline, Dedent,
            Dedent, Name, Newline, End
        ]
    );
    // Dedenting to a level that was never opened.
    assert_eq!(
        kinds("if x:\n    y\n  z\n"),
        vec![
            KwIf,
            Name,
            DelColon,
            Newline,
            Indent,
            Name,
            DedentMismatch,
            Dedent,
            Name,
            Newline,
            End
        ]
    );
    // A first token away from column 1 is reported as an indent.
    assert_eq!(kinds("  x\n")[0], Indent);
    assert_eq!(kinds("\n  \n# c\nx\n")[0], Newline);
}

#[test]
fn newlines_inside_brackets_and_after_backslashes_are_joined() {
    assert_eq!(
        kinds("f(1,\n  2)\nx = 1 + \\\n  2\n"),
        vec![
            Name,
            DelParenOpen,
            Integer,
            DelComma,
            Integer,
            DelParenClose,
            Newline,
            Name,
            DelEqual,
            Integer,
            OpPlus,
            Integer,
            Newline,
            End
        ]
    );
}

#[test]
fn positions_count_tabs_to_the_next_stop() {
    let toks = tokens("if a:\n\tb = 1\n");
    let b = toks.iter().find(|t| t.text == b"b").expect("b");
    assert_eq!((b.line, b.column), (2, 9));
    // A newline token sits at the end of the line it ends.
    assert_eq!(
        (toks[3].kind, toks[3].line, toks[3].column),
        (Newline, 1, 6)
    );
    // CR and CR LF are newlines too.
    let toks = tokens("a\rb\r\nc");
    assert_eq!(toks.iter().filter(|t| t.kind == Newline).count(), 3);
    assert_eq!(toks[4].line, 3);
}

#[test]
fn operators_are_matched_greedily() {
    assert_eq!(
        kinds("<<= ** **= // //= -> != := ... . .. ~ @="),
        vec![
            DelDblLessEqual,
            OpDblStar,
            DelDblStarEqual,
            OpDblSlash,
            DelDblSlashEqual,
            DelMinusMore,
            OpNotEqual,
            OpAssign,
            Ellipsis,
            DelPeriod,
            DelPeriod,
            DelPeriod,
            OpTilde,
            DelAtEqual,
            Newline,
            End
        ]
    );
    assert_eq!(kinds("! $ ?")[..3], [Invalid, Invalid, Invalid]);
}

#[test]
fn keywords_and_debug() {
    assert_eq!(
        kinds("async await None nonlocal")[..4],
        [KwAsync, KwAwait, KwNone, KwNonlocal]
    );
    assert_eq!(kinds("__debug__")[0], KwTrue);
    let optimized = tokenize(b"__debug__", 1).expect("lexes");
    assert_eq!(optimized[0].kind, KwFalse);
    // Non-ASCII bytes are identifier characters.
    assert_eq!(texts("é1 = 2")[0], (Name, "é1".into()));
}

#[test]
fn number_text_drops_underscores_and_marks_floats() {
    assert_eq!(
        texts("1_000 1E5 0x1E 1.5j .5 1e-3 5."),
        vec![
            (Integer, "1000".into()),
            (FloatOrImag, "1e5".into()),
            (Integer, "0x1E".into()),
            (FloatOrImag, "1.5j".into()),
            (FloatOrImag, ".5".into()),
            (FloatOrImag, "1e-3".into()),
            (FloatOrImag, "5.".into()),
            (Newline, Text::new()),
            (End, Text::new()),
        ]
    );
    // Letters stick to the number; the parser rejects the literal.
    assert_eq!(texts("1if")[0], (Integer, "1if".into()));
}

#[test]
fn adjacent_literals_are_joined() {
    assert_eq!(texts("'a' \"b\" '''c'''")[0], (String, "abc".into()));
    assert_eq!(texts("b'a' rb'\\n'")[0], (Bytes, "a\\n".into()));
    // A str cannot be joined to bytes: two tokens.
    assert_eq!(kinds("'a' b'b'")[..2], [String, Bytes]);
    // Joining continues across lines only inside brackets.
    assert_eq!(texts("('a'\n 'b')")[1], (String, "ab".into()));
}

#[test]
fn escapes_are_decoded() {
    assert_eq!(text_of(r#"'\x41\101\n\t\\\'\"\a\0'"#), b"AA\n\t\\'\"\x07\0");
    assert_eq!(text_of(r"'\u00e9\U0001F600'"), "é😀".as_bytes());
    // Surrogates are encoded like any other code point.
    assert_eq!(text_of(r"'\ud800'"), b"\xed\xa0\x80");
    // Unknown escapes keep their backslash; in bytes \u is unknown.
    assert_eq!(text_of(r"'\q'"), b"\\q");
    assert_eq!(text_of(r"b'\u12'"), b"\\u12");
    assert_eq!(text_of(r"b'\xff'"), b"\xff");
    // Raw literals keep everything; a backslash-newline is dropped.
    assert_eq!(text_of(r"r'\n'"), b"\\n");
    assert_eq!(text_of("'a\\\nb'"), b"ab");
}

#[test]
fn bad_literals_are_error_tokens() {
    assert_eq!(kinds("'abc\n")[0], LonelyStringOpen);
    assert_eq!(kinds("'''abc")[0], LonelyStringOpen);
    // A bad hex escape swallows the character that ended it.
    assert_eq!(kinds(r"'\x4g'")[0], Invalid);
    assert_eq!(kinds(r"'\x4'")[0], LonelyStringOpen);
    assert_eq!(kinds(r"b'\777'")[0], Invalid);
    assert_eq!(kinds(r"'\U00110000'")[0], Invalid);
    let err = tokenize(br"'\N{DASH}'", 0).expect_err("not implemented");
    assert_eq!(
        (err.exception, err.message.as_str(), err.line),
        (
            ExceptionKind::NotImplementedError,
            "unicode name escapes",
            None
        )
    );
}

#[test]
fn fstrings_inject_a_format_call() {
    assert_eq!(
        texts("f'a{x!r:>4}b{y}'"),
        vec![
            (String, "a{!r:>4}b{}".into()),
            (DelPeriod, Text::new()),
            (Name, "format".into()),
            (DelParenOpen, Text::new()),
            (DelParenOpen, Text::new()),
            (Name, "x".into()),
            (DelParenClose, Text::new()),
            (DelComma, Text::new()),
            (DelParenOpen, Text::new()),
            (Name, "y".into()),
            (DelParenClose, Text::new()),
            (DelComma, Text::new()),
            (DelParenClose, Text::new()),
            (Newline, Text::new()),
            (End, Text::new()),
        ]
    );
    // Doubled braces pass through for str.format; `=` copies the expression text.
    assert_eq!(texts("f'{{}}{a=}'")[0], (String, "{{}}a={}".into()));
    // Plain literals join onto the f-string, before its arguments.
    assert_eq!(texts("'<' f'{x}' '>'")[0], (String, "<{}>".into()));
    // An empty expression.
    assert_eq!(kinds("f'{}'")[0], MalformedFstring);
}

#[test]
fn tstrings_become_template_calls() {
    let toks = texts("t'a{x!r}b'");
    assert_eq!(toks[0], (Name, "__template__".into()));
    let rest: Text = toks[1..]
        .iter()
        .map(|(k, t)| match k {
            String => format!("'{t}'"),
            Name => t.clone(),
            DelParenOpen => "(".into(),
            DelParenClose => ")".into(),
            DelComma => ",".into(),
            _ => Text::new(),
        })
        .collect();
    assert_eq!(rest, "(('a','b',),(x),'x','r','',)");
    assert_eq!(kinds("t'}'")[0], MalformedFstring);
    assert_eq!(kinds("t'{x'")[0], MalformedFstring);
}

#[test]
fn injected_text_advances_the_columns() {
    // The tokens after an f-string are shifted by the injected `.format(...)` text.
    let toks = tokens("f'{x}' + y\n");
    let y = toks.iter().find(|t| t.text == b"y").expect("y");
    assert_eq!((y.line, y.column), (1, 23));
}

/// Every token of `source` as the lexer of `release` reads it.
fn tokens_of(release: crate::release::Release, source: &str) -> Vec<Token> {
    let switches = crate::front::lexer::LexerSwitches::for_release(release);
    let mut lexer = Lexer::with_switches(source.as_bytes(), 0, switches).expect("lexes");
    let mut out = Vec::new();
    loop {
        out.push(lexer.token());
        if lexer.kind() == End {
            return out;
        }
        lexer.advance().expect("lexes");
    }
}

/// The tokens as source text, strings quoted, without spaces.
fn spelled(toks: &[Token]) -> Text {
    toks.iter()
        .map(|t| match t.kind {
            String => format!("'{}'", Text::from_utf8_lossy(&t.text)),
            Newline | End => Text::new(),
            DelParenOpen => "(".into(),
            DelParenClose => ")".into(),
            DelComma => ",".into(),
            DelPeriod => ".".into(),
            _ if t.text.is_empty() => format!("<{:?}>", t.kind),
            _ => Text::from_utf8_lossy(&t.text).into_owned(),
        })
        .collect()
}

#[test]
fn newline_tokens_moved_to_the_line_end_in_1_22() {
    use crate::release::Release;
    let at = |r| {
        let t = tokens_of(r, "x = 1  # c\n\ny\n");
        (t[3].kind, t[3].line, t[3].column)
    };
    assert_eq!(at(Release::V1_21), (Newline, 3, 1));
    assert_eq!(at(Release::V1_22), (Newline, 1, 11));
}

#[test]
fn fstring_syntax_by_release() {
    use crate::release::Release;
    let first = |r, s| tokens_of(r, s)[0].kind;
    assert_eq!(first(Release::V1_23, "rf'{x}'"), FstringRaw);
    assert_eq!(first(Release::V1_24, "rf'{x}'"), String);
    assert_eq!(first(Release::V1_27, "t'{x}'"), Name);
    assert_eq!(tokens_of(Release::V1_27, "t'{x}'")[1].kind, String);
    assert_eq!(first(Release::V1_27, "f'{}'"), String);
    assert_eq!(first(Release::V1_28, "f'{}'"), MalformedFstring);
    // `!r` ended the expression from 1.21.
    let conv = |r| spelled(&tokens_of(r, "f'{x!r}'"));
    assert!(conv(Release::V1_20).contains("x<Invalid>"));
    assert_eq!(conv(Release::V1_21), "'{!r}'.format((x),)");
}

#[test]
fn nested_fstring_arguments_joined_the_outer_ones_before_1_28() {
    use crate::release::Release;
    let src = "p(f'a{f\"b{x}\"}')";
    assert_eq!(
        spelled(&tokens_of(Release::V1_27, src)),
        "p('a{}'.format(('b{}'),)(x),)"
    );
    assert_eq!(
        spelled(&tokens_of(Release::V1_28, src)),
        "p('a{}'.format(('b{}'.format((x),)),))"
    );
}

#[test]
fn fstring_arguments_parenthesised_from_1_20() {
    use crate::release::Release;
    let spell = |r| spelled(&tokens_of(r, "f'{a,b}'"));
    assert_eq!(spell(Release::V1_19), "'{}'.format(a,b,)");
    assert_eq!(spell(Release::V1_20), "'{}'.format((a,b),)");
}
