//! Token-stream tests on hand-written inputs.

use super::*;

fn kinds(source: &str) -> Vec<TokenKind> {
    tokenize(source.as_bytes(), 0)
        .expect("lexes")
        .into_iter()
        .map(|t| t.kind)
        .collect()
}

#[test]
fn smoke() {
    use TokenKind::*;
    assert_eq!(
        kinds("x = 1\n"),
        vec![Name, DelEqual, Integer, Newline, End]
    );
}
