//! Tree-shape tests on hand-written inputs. The expected trees are what a debug build of
//! mpy-cross 1.28 prints for the same input (constant-object addresses removed).

use super::*;
use crate::error::ExceptionKind;
use crate::front::qstr::{PoolRelease, QstrPool};
use crate::profile::Profile;

fn parse_with(source: &str, small_int_bits: u8) -> Result<String, CompileError> {
    let profile = Profile::v1_28();
    let opts = ParseOptions {
        small_int_bits,
        ..profile.parse_options()
    };
    let mut pool = QstrPool::new(PoolRelease::V1_28_0);
    parse(source.as_bytes(), &mut pool, &opts).map(|root| print_tree(&root, &pool))
}

fn tree(source: &str) -> String {
    parse_with(source, 31).unwrap_or_else(|e| format!("error: {e}"))
}

fn error(source: &str) -> CompileError {
    match parse_with(source, 31) {
        Ok(tree) => panic!("expected an error, got\n{tree}"),
        Err(e) => e,
    }
}

/// Compare ignoring the indentation of the expected text block.
fn assert_tree(source: &str, expected: &str) {
    let expected: String = expected
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("{}\n", l.strip_prefix("    ").unwrap_or(l)))
        .collect();
    assert_eq!(tree(source), expected, "source: {source:?}");
}

#[test]
fn a_tuple_with_a_name_keeps_its_parentheses() {
    assert_tree(
        "x = (1, y, 2)\n",
        "
    [   1] expr_stmt(5) (n=2)
             id(x)
    [   1]   atom_paren(45) (n=1)
    [   1]     testlist_comp(146) (n=3)
                 int(1)
                 id(y)
                 int(2)
    ",
    );
}

#[test]
fn docstrings_become_pass_and_lists_keep_testlist_comp() {
    assert_tree(
        "\"\"\"doc\"\"\"\nx = [a, 2]\n",
        "
    [   1] file_input_2(1) (n=2)
    [   1]   pass_stmt(8) (n=0)
    [   2]   expr_stmt(5) (n=2)
               id(x)
    [   2]     atom_bracket(46) (n=1)
    [   2]       testlist_comp(146) (n=2)
                   id(a)
                   int(2)
    ",
    );
}

#[test]
fn const_values_are_substituted_and_private_ones_vanish() {
    assert_tree(
        "X = const(1 << 40)\n_P = const(7)\nf(X, _P)\n",
        "
    [   1] file_input_2(1) (n=3)
    [   1]   expr_stmt(5) (n=2)
               id(X)
    [   0]     literal const=1099511627776
    [   0]   pass_stmt(8) (n=0)
    [   3]   expr_stmt(5) (n=2)
    [   3]     atom_expr_normal(44) (n=2)
                 id(f)
    [   3]       trailer_paren(48) (n=1)
    [   3]         arglist(164) (n=2)
    [   3]           literal const=1099511627776
                     int(7)
               NULL
    ",
    );
}

#[test]
fn small_ints_follow_the_target_width() {
    assert_tree(
        "x = 1 << 40\n",
        "
    [   1] expr_stmt(5) (n=2)
             id(x)
    [   0]   literal const=1099511627776
    ",
    );
    assert_eq!(
        parse_with("x = 1 << 40\n", 63).ok(),
        Some("[   1] expr_stmt(5) (n=2)\n         id(x)\n         int(1099511627776)\n".into())
    );
}

#[test]
fn logical_operators_fold_around_constants() {
    assert_tree(
        "y = 1 if 1 + 1 else 0 or x\n",
        "
    [   1] expr_stmt(5) (n=2)
             id(y)
    [   1]   test_if_expr(27) (n=2)
               int(1)
    [   1]     test_if_else(129) (n=2)
                 int(2)
                 id(x)
    ",
    );
    assert_tree(
        "z = not ()\n",
        "
    [   1] expr_stmt(5) (n=2)
             id(z)
             tok(16)
    ",
    );
}

#[test]
fn fstrings_become_format_calls() {
    assert_tree(
        "print(f\"a{x!r:>4}b\")\n",
        "
    [   1] expr_stmt(5) (n=2)
    [   1]   atom_expr_normal(44) (n=2)
               id(print)
    [   1]     trailer_paren(48) (n=1)
    [   1]       atom_expr_normal(44) (n=2)
                   str(a{!r:>4}b)
    [   1]         atom_expr_trailers(142) (n=2)
    [   1]           trailer_period(50) (n=1)
                       id(format)
    [   1]           trailer_paren(48) (n=1)
    [   1]             arglist(164) (n=1)
                         id(x)
             NULL
    ",
    );
}

#[test]
fn generators_and_one_tuples() {
    assert_tree(
        "g = (i for i in s)\nh = (1,)\n",
        "
    [   1] file_input_2(1) (n=2)
    [   1]   expr_stmt(5) (n=2)
               id(g)
    [   1]     atom_paren(45) (n=1)
    [   1]       testlist_comp(146) (n=2)
                   id(i)
    [   1]         comp_for(172) (n=4)
                     id(i)
                     id(s)
                     NULL
                     NULL
    [   2]   expr_stmt(5) (n=2)
               id(h)
    [   2]     literal const=(1,)
    ",
    );
}

#[test]
fn blocks_nest_by_indentation() {
    assert_tree(
        "if x:\n  pass\nelif y:\n  del z\n",
        "
    [   1] if_stmt(20) (n=4)
             id(x)
    [   2]   pass_stmt(8) (n=0)
    [   3]   if_stmt_elif(114) (n=2)
               id(y)
    [   4]     del_stmt(7) (n=1)
                 id(z)
             NULL
    ",
    );
}

#[test]
fn arithmetic_folds_only_whole_rules() {
    assert_tree(
        "a = 1 + 2 * 3\nb = x + 1 + 2\n",
        "
    [   1] file_input_2(1) (n=2)
    [   1]   expr_stmt(5) (n=2)
               id(a)
               int(7)
    [   2]   expr_stmt(5) (n=2)
               id(b)
    [   2]     arith_expr(39) (n=5)
                 id(x)
                 tok(63)
                 int(1)
                 tok(63)
                 int(2)
    ",
    );
    // Division by zero and complex results are left for run time.
    assert_tree(
        "c = 1 // 0\n",
        "
    [   1] expr_stmt(5) (n=2)
             id(c)
    [   1]   term(40) (n=3)
               int(1)
               tok(67)
               int(0)
    ",
    );
    assert_tree(
        "d = 2 ** -1\ne = math.pi\n",
        "
    [   1] file_input_2(1) (n=2)
    [   1]   expr_stmt(5) (n=2)
               id(d)
    [   0]     literal const=0.5
    [   2]   expr_stmt(5) (n=2)
               id(e)
    [   0]     literal const=3.141592653589793
    ",
    );
}

#[test]
fn long_strings_are_interned_only_if_already_known() {
    // "AttributeError" is a built-in qstr; the other long string is not.
    assert_tree(
        "a = 'AttributeError'\nb = 'not interned yet'\n",
        "
    [   1] file_input_2(1) (n=2)
    [   1]   expr_stmt(5) (n=2)
               id(a)
               str(AttributeError)
    [   2]   expr_stmt(5) (n=2)
               id(b)
    [   2]     literal const='not interned yet'
    ",
    );
    // Once a name has interned the text, the string becomes a qstr.
    assert_tree(
        "not_interned_yet = 1\nb = 'not_interned_yet'\n",
        "
    [   1] file_input_2(1) (n=2)
    [   1]   expr_stmt(5) (n=2)
               id(not_interned_yet)
               int(1)
    [   2]   expr_stmt(5) (n=2)
               id(b)
               str(not_interned_yet)
    ",
    );
}

#[test]
fn syntax_errors_carry_the_line_and_no_block() {
    let e = error("x = (1,\n\ny = 2\n");
    assert_eq!(
        (e.exception, e.message.as_str(), e.line, e.block),
        (ExceptionKind::SyntaxError, "invalid syntax", Some(3), None)
    );
    let e = error("if x:\n    a\n  b\n");
    assert_eq!(
        (e.exception, e.message.as_str(), e.line),
        (
            ExceptionKind::IndentationError,
            "unindent doesn't match any outer indent level",
            Some(2)
        )
    );
    let e = error("  x = 1\n");
    assert_eq!(
        (e.exception, e.message.as_str(), e.line),
        (
            ExceptionKind::IndentationError,
            "unexpected indent",
            Some(1)
        )
    );
    let e = error("print(f\"{}\")\n");
    assert_eq!(
        (e.exception, e.message.as_str(), e.line),
        (ExceptionKind::SyntaxError, "malformed f-string", Some(1))
    );
    let e = error("\n\nx = 1abc\n");
    assert_eq!(
        (e.exception, e.message.as_str(), e.line),
        (
            ExceptionKind::SyntaxError,
            "invalid syntax for integer with base 10: '1abc'",
            Some(3)
        )
    );
    let e = error("x = 1\nX = const(\n  [1, 2])\n");
    assert_eq!(
        (e.exception, e.message.as_str(), e.line),
        (ExceptionKind::SyntaxError, "not a constant", Some(2))
    );
    let e = error("x = '\\N{DASH}'\n");
    assert_eq!(
        (e.exception, e.message.as_str(), e.line),
        (
            ExceptionKind::NotImplementedError,
            "unicode name escapes",
            None
        )
    );
}

#[test]
fn an_empty_file_is_an_empty_file_input() {
    assert_tree(
        "",
        "
    [   1] file_input(0) (n=1)
             NULL
    ",
    );
    // A lone newline token is the whole tree.
    assert_tree(
        "# nothing\n\n",
        "
           tok(5)
    ",
    );
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    // mpy-cross parses 7,643 nested lists and runs out of memory on 7,644.
    let nested = |depth: usize| format!("x = {}{}\n", "[".repeat(depth), "]".repeat(depth));
    let profile = Profile::v1_28();
    let opts = profile.parse_options();
    let mut pool = QstrPool::new(PoolRelease::V1_28_0);
    let root = parse(nested(7643).as_bytes(), &mut pool, &opts).expect("parses");
    assert!(print_tree(&root, &pool).lines().count() > 7643);
    drop_iteratively(root);
    let e = parse(nested(7644).as_bytes(), &mut pool, &opts).expect_err("too deep");
    assert_eq!(e.exception, ExceptionKind::MemoryError);

    let source = format!("x = {}1{}\n", "(".repeat(200_000), ")".repeat(200_000));
    let e = parse(source.as_bytes(), &mut pool, &opts).expect_err("too deep");
    assert_eq!(e.exception, ExceptionKind::MemoryError);
}

/// Drop a deep tree without recursing.
fn drop_iteratively(root: Node) {
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        if let Node::Struct(mut s) = node {
            stack.append(&mut s.args);
        }
    }
}
